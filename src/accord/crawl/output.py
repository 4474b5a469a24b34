"""The crawl's output folder: a Parquet dataset of records, one part per input, and what is done.

An input counts as done only once its part and its tally are in place (each
written to a temporary name and renamed), so a crawl killed at any point and
started again with the same ``--out`` reads only the inputs not yet done, and
writes no record twice: a half-written part is never under its final name,
and an input redone replaces its part. Any fsspec URL works as the folder.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

SCHEMA = pa.schema([
    ("archive", pa.string()), ("offset", pa.int64()), ("url", pa.string()), ("crawl_date", pa.string()),
    ("document_id", pa.string()), ("record", pa.string()),
])


@dataclass
class Tally:
    input: str
    pages: int = 0
    kept: int = 0
    records: int = 0
    problems: list[str] = field(default_factory=list)


class Output:
    def __init__(self, url: str):
        self.url = url.rstrip("/")
        self.fs, self.path = fsspec.core.url_to_fs(self.url)
        self.fs.makedirs(f"{self.path}/_done", exist_ok=True)
        for stale in self.fs.glob(f"{self.path}/*.tmp") + self.fs.glob(f"{self.path}/_done/*.tmp"):  # left by a crawl killed mid-write
            self.fs.rm(stale)

    @staticmethod
    def key(name: str) -> str:
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", name.rsplit("/", 1)[-1])[:60]
        return f"{stem}-{hashlib.sha256(name.encode()).hexdigest()[:12]}"

    def done(self) -> set[str]:
        """The inputs whose output is complete."""
        out = set()
        for p in self.fs.glob(f"{self.path}/_done/*.json"):
            try:
                out.add(json.loads(self.fs.cat_file(p))["input"])
            except (ValueError, KeyError, OSError):
                continue  # an unreadable tally: that input is done again
        return out

    def write(self, tally: Tally, records: list[dict]) -> None:
        """Store one input's records (sorted by offset) and then its tally."""
        key = self.key(tally.input)
        part = f"{self.path}/part-{key}.parquet"
        if records:
            rows = sorted(({k: r[k] for k in SCHEMA.names} for r in records), key=lambda r: (r["archive"], r["offset"]))
            with self.fs.open(part + ".tmp", "wb") as f:
                pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMA), f, compression="zstd")
            self.fs.mv(part + ".tmp", part)
        done = f"{self.path}/_done/{key}.json"
        with self.fs.open(done + ".tmp", "wb") as f:
            f.write(json.dumps(tally.__dict__, ensure_ascii=False, sort_keys=True).encode())
        self.fs.mv(done + ".tmp", done)

    def write_groups(self, groups: dict[str, str]) -> None:
        """Which documents are near-duplicates of which (document id → its group's id), for the whole output."""
        rows = [{"document_id": d, "group": g} for d, g in sorted(groups.items())]
        table = pa.Table.from_pylist(rows, schema=pa.schema([("document_id", pa.string()), ("group", pa.string())]))
        with self.fs.open(f"{self.path}/groups.parquet.tmp", "wb") as f:
            pq.write_table(table, f)
        self.fs.mv(f"{self.path}/groups.parquet.tmp", f"{self.path}/groups.parquet")

    def tallies(self) -> list[Tally]:
        return [Tally(**json.loads(self.fs.cat_file(p))) for p in sorted(self.fs.glob(f"{self.path}/_done/*.json"))]


def is_output(url: str) -> bool:
    """Whether a path is a crawl's output folder."""
    fs, path = fsspec.core.url_to_fs(url.rstrip("/"))
    return fs.isdir(f"{path}/_done")


def read_groups(url: str) -> dict[str, str]:
    """The near-duplicate groups of a crawl's output: document id → its group's id (empty before any)."""
    fs, path = fsspec.core.url_to_fs(url.rstrip("/"))
    if not fs.exists(f"{path}/groups.parquet"):
        return {}
    with fs.open(f"{path}/groups.parquet", "rb") as f:
        return {r["document_id"]: r["group"] for r in pq.read_table(f).to_pylist()}


def read_records(url: str) -> list[dict]:
    """Every record of a crawl's output, as record dicts with their provenance, sorted by archive and offset."""
    fs, path = fsspec.core.url_to_fs(url.rstrip("/"))
    rows = []
    for p in sorted(fs.glob(f"{path}/part-*.parquet")):
        with fs.open(p, "rb") as f:
            rows += pq.read_table(f).to_pylist()
    rows.sort(key=lambda r: (r["archive"], r["offset"]))
    return [json.loads(r["record"]) for r in rows]
