"""JSON Lines: one record per line in exactly the exchange format of record-format.md."""
from __future__ import annotations

import json
from typing import IO, Iterable

from accord.records import Record


def write(records: Iterable[Record], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n
