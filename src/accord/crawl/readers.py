"""Readers: web archives and page tables in, ``Page``s (or ``Problem``s) out.

WARC and WET files are gzipped one record per member, as Common Crawl ships
them. The members are framed here with zlib, so that every record has its
byte offset and a damaged one (truncated, corrupt, or declaring a length it
does not have) is reported at its offset while the rest of the file is still
read; FastWARC parses each record (headers, HTTP response, charset). Page
tables are JSONL or Parquet with chosen columns. Every path may be local or an
fsspec URL (``s3://``, ``gs://``, ``memory://`` ...).
"""
from __future__ import annotations

import io
import json
import zlib
from dataclasses import dataclass
from typing import BinaryIO, Iterator

import fsspec
from fastwarc.warc import ArchiveIterator, WarcRecordType

MB = 1024 * 1024
MAX_PAGE = 8 * MB  # a statement is tens of KB; a record beyond this is skipped and reported
CHUNK = 4 * MB
WINDOW = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b\x08"
ARCHIVE_SUFFIXES = (".warc.gz", ".wet.gz", ".warc", ".wet", ".warc.wet.gz")
TABLE_SUFFIXES = (".jsonl", ".jsonl.gz", ".parquet")


@dataclass
class Page:
    """One page and where it came from; ``offset`` is the record's byte offset (a table's row number)."""

    url: str
    date: str | None
    archive: str
    offset: int
    content: bytes
    kind: str  # html | text
    charset: str | None = None


@dataclass
class Problem:
    """A part of an input that could not be read; the rest of the input still is."""

    archive: str
    offset: int | None
    reason: str

    def __str__(self) -> str:
        where = self.archive if self.offset is None else f"{self.archive}@{self.offset}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Columns:
    """Which columns of a page table hold what; text or html (or both) must exist."""

    text: str | None = "text"
    html: str | None = "html"
    url: str = "url"
    date: str | None = "date"


def is_input(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES + TABLE_SUFFIXES)


def expand(inputs: list[str]) -> Iterator[str | Problem]:
    """Input files in a stable order: globs and directories expanded, on any fsspec filesystem."""
    for given in inputs:
        fs, path = fsspec.core.url_to_fs(given)
        if any(c in path for c in "*?["):
            found = sorted(fs.glob(path))
        elif fs.isdir(path):
            found = sorted(p for p in fs.find(path) if is_input(p))
        elif fs.exists(path):
            found = [path]
        else:
            yield Problem(given, None, "no such file or directory")
            continue
        if not found:
            yield Problem(given, None, "matches no file")
        for p in found:
            yield fs.unstrip_protocol(p) if "://" in given else p


def read(name: str, columns: Columns = Columns(), max_page: int = MAX_PAGE) -> Iterator[Page | Problem]:
    """Every page of one input, with a Problem for each part that cannot be read."""
    low = name.lower()
    try:
        with fsspec.open(name, "rb") as f:
            if low.endswith(".parquet"):
                yield from _parquet(f, name, columns)
            elif low.endswith((".jsonl", ".jsonl.gz")):
                yield from _jsonl(f, name, columns, gz=low.endswith(".gz"))
            else:
                kind = "text" if ".wet" in low else "html"
                gz = f.read(3) == GZIP_MAGIC
                f.seek(0)
                records = _members(f, name, max_page) if gz else _plain(f, name)
                yield from _pages(records, name, kind)
    except OSError as e:
        yield Problem(name, None, f"cannot read: {e}")


# -- WARC / WET -------------------------------------------------------------------------------

def _members(f: BinaryIO, name: str, max_page: int) -> Iterator[tuple[int, bytes] | Problem]:
    """(offset, decompressed record) for each gzip member; damage is reported and skipped over.

    Input goes to zlib in small windows, so that what is left over after a member (``unused_data``)
    stays small: feeding a whole chunk would copy the rest of it once per record.
    """
    buf, pos, base = b"", 0, 0  # buf[pos] is at file offset base + pos
    while True:
        if pos >= len(buf):
            base, buf, pos = base + len(buf), f.read(CHUNK), 0
            if not buf:
                return
        start = base + pos
        d = zlib.decompressobj(31)
        parts: list[bytes] = []
        size = 0
        try:
            while not d.eof:
                if pos >= len(buf):
                    base, buf, pos = base + len(buf), f.read(CHUNK), 0
                    if not buf:
                        yield Problem(name, start, "truncated gzip member (the file ends inside this record)")
                        return
                window = memoryview(buf)[pos:pos + WINDOW]
                out = d.decompress(window, max_page + 1 - size if size <= max_page else 1 << 20)
                pos += len(window) - _left(d)
                while d.unconsumed_tail and not d.eof:  # output was capped: drain this window
                    if size <= max_page:
                        parts.append(out)
                    size += len(out)
                    tail = d.unconsumed_tail
                    out = d.decompress(tail, max_page + 1 - size if size <= max_page else 1 << 20)
                    pos += len(tail) - _left(d)
                if size <= max_page:
                    parts.append(out)
                size += len(out)
        except zlib.error as e:
            yield Problem(name, start, f"corrupt gzip data ({e})")
            base, buf = _resync(f, start + 1)
            pos = 0
            continue
        if size > max_page:
            yield Problem(name, start, f"record too large ({size / MB:.1f} MB > {max_page / MB:.0f} MB), skipped")
        else:
            yield start, b"".join(parts)


def _left(d) -> int:
    """How much of the last input zlib did not use: past the member's end, or beyond the output cap."""
    return len(d.unused_data) if d.eof else len(d.unconsumed_tail)


def _resync(f: BinaryIO, offset: int) -> tuple[int, bytes]:
    """The next gzip member at or after ``offset``: its offset and the bytes from there."""
    f.seek(offset)
    tail = b""
    while True:
        chunk = f.read(CHUNK)
        if not chunk:
            return offset, b""
        buf = tail + chunk
        i = buf.find(GZIP_MAGIC)
        if i >= 0:
            return offset - len(tail) + i, buf[i:]
        tail = buf[-2:]
        offset += len(chunk)


def _plain(f: BinaryIO, name: str) -> Iterator[tuple[int, bytes] | Problem]:
    """An uncompressed archive: FastWARC frames the records by their declared lengths."""
    data = f.read()
    starts = [r.stream_pos for r in ArchiveIterator(io.BytesIO(data), parse_http=False)]
    for a, b in zip(starts, starts[1:] + [len(data)]):
        yield a, data[a:b]


def _pages(records: Iterator[tuple[int, bytes] | Problem], name: str, kind: str) -> Iterator[Page | Problem]:
    wanted = WarcRecordType.response if kind == "html" else WarcRecordType.conversion
    for item in records:
        if isinstance(item, Problem):
            yield item
            continue
        offset, raw = item
        if not raw.startswith(b"WARC/"):
            yield Problem(name, offset, "not a WARC record")
            continue
        try:
            rec = next(iter(ArchiveIterator(io.BytesIO(raw), record_types=wanted, parse_http=kind == "html",
                                            stream_detect=False)), None)
            if rec is None:
                continue  # another record type (warcinfo, request, metadata)
            body_at = raw.find(b"\r\n\r\n") + 4
            declared, actual = int(rec.headers.get("Content-Length") or -1), len(raw) - body_at
            if actual != declared + 4 or not raw.endswith(b"\r\n\r\n"):
                yield Problem(name, offset, f"wrong record length (declares {declared:,} bytes, holds "
                                            f"{max(actual - 4, 0):,}), skipped")
                continue
            url = rec.headers.get("WARC-Target-URI") or ""
            date = rec.headers.get("WARC-Date")
            charset = None
            if kind == "html":
                if rec.http_headers.status_code != 200:
                    continue
                if not (rec.http_content_type or "").startswith(("text/html", "application/xhtml")):
                    continue
                charset = rec.http_charset
            block = rec.reader.read()
        except (OSError, ValueError) as e:
            yield Problem(name, offset, f"unreadable record ({e})")
            continue
        yield Page(url, date, name, offset, block, kind, charset)


# -- page tables ------------------------------------------------------------------------------

def _row_page(row: dict, n: int, name: str, c: Columns) -> Page | Problem:
    url = row.get(c.url)
    html = row.get(c.html) if c.html else None
    text = row.get(c.text) if c.text else None
    if not url:
        return Problem(name, n, f"row {n} has no {c.url!r}")
    if html:
        return Page(str(url), _date(row.get(c.date) if c.date else None), name, n, _bytes(html), "html")
    if text:
        return Page(str(url), _date(row.get(c.date) if c.date else None), name, n, _bytes(text), "text")
    return Problem(name, n, f"row {n} has neither {c.html!r} nor {c.text!r}")


def _bytes(v) -> bytes:
    return v if isinstance(v, bytes) else str(v).encode("utf-8", "surrogatepass")


def _date(v) -> str | None:
    if v is None:
        return None
    return v.isoformat() if hasattr(v, "isoformat") else str(v)


def _jsonl(f: BinaryIO, name: str, c: Columns, gz: bool) -> Iterator[Page | Problem]:
    import gzip

    stream = gzip.GzipFile(fileobj=f) if gz else f
    for n, line in enumerate(stream):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as e:
            yield Problem(name, n, f"row {n} is not JSON ({e})")
            continue
        yield _row_page(row, n, name, c) if isinstance(row, dict) else Problem(name, n, f"row {n} is not an object")


def _parquet(f: BinaryIO, name: str, c: Columns) -> Iterator[Page | Problem]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(f)
    have = set(pf.schema_arrow.names)
    wanted = [x for x in (c.url, c.html, c.text, c.date) if x and x in have]
    if c.url not in have or not ({c.html, c.text} & have):
        yield Problem(name, None, f"needs a {c.url!r} column and a {c.html!r} or {c.text!r} column "
                                  f"(it has {', '.join(sorted(have))})")
        return
    n = 0
    for batch in pf.iter_batches(columns=wanted, batch_size=1024):
        for row in batch.to_pylist():
            yield _row_page(row, n, name, c)
            n += 1
