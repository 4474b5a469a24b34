"""CSV: one row per statement with its meeting's columns; list columns joined with ';'."""
from __future__ import annotations

import csv
from typing import IO, Iterable

from accord.export.rows import COLUMNS, Authors, statement_rows
from accord.records import Record

SEPARATOR = ";"


def write(records: Iterable[Record], out: IO[str], authors: Authors | None = None) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _ in COLUMNS])
    n = 0
    for row in statement_rows(records, authors):
        writer.writerow([_cell(row[name], kind) for name, kind in COLUMNS])
        n += 1
    return n


def _cell(value, kind: str) -> str:
    if value is None:
        return ""
    if kind == "list":
        return SEPARATOR.join(value)
    if kind == "bool":
        return "true" if value else "false"
    return str(value)
