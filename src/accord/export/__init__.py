"""Exports: stored records as files that other tools read.

Every writer takes records (corrections already applied, as the store holds
them) and a destination, and returns how many rows or lines it wrote. The
tabular ones (CSV, Parquet) also name who last corrected each statement and
when, from ``Store.correction_authors()``.
"""
from __future__ import annotations

from typing import IO, Iterable

from accord.records import Record

FORMATS = ("jsonl", "csv", "parquet", "cameo", "plover")
BINARY = frozenset({"parquet"})


def export(records: Iterable[Record], fmt: str, out: IO, authors: dict | None = None) -> int:
    """Write ``records`` as ``fmt`` to ``out`` (a text stream; a binary file or path for parquet)."""
    if fmt == "jsonl":
        from accord.export.jsonl import write
    elif fmt == "csv":
        from accord.export.csv import write
    elif fmt == "parquet":
        from accord.export.parquet import write
    elif fmt == "cameo":
        from accord.export.events import write_cameo as write
    elif fmt == "plover":
        from accord.export.events import write_plover as write
    else:
        raise ValueError(f"unknown export format {fmt!r}; formats: {', '.join(FORMATS)}")
    if fmt in ("csv", "parquet"):
        return write(records, out, authors)
    return write(records, out)
