"""Parquet via pyarrow: one row per statement, typed columns, list columns for actors and topics."""
from __future__ import annotations

import datetime as dt
from typing import IO, Iterable

from accord.export.rows import COLUMNS, Authors, statement_rows
from accord.records import Record


def schema():
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int32(), "date": pa.date32(), "bool": pa.bool_(),
             "list": pa.list_(pa.string())}
    return pa.schema([pa.field(name, types[kind], nullable=kind != "list") for name, kind in COLUMNS])


def write(records: Iterable[Record], out: str | IO[bytes], authors: Authors | None = None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(statement_rows(records, authors))
    for row in rows:
        for name, kind in COLUMNS:
            if kind == "date":
                row[name] = _date(row[name])
    table = pa.Table.from_pylist(rows, schema=schema())
    pq.write_table(table, out, compression="zstd")
    return len(rows)


def _date(value: str | None) -> dt.date | None:
    """A full date; a partial one (YYYY or YYYY-MM) is not a date and is left out."""
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None
