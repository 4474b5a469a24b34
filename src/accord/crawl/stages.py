"""The crawl pipeline, defined once: scan an input (read + screen), then extract what was kept.

Both engines run these two functions and nothing else: ``local`` in a process
pool on this machine, ``ray`` as Ray Data stages on a cluster. Between them
pass plain rows (dicts with the fields of ``ROW``), which is what Ray Data
moves between blocks; a row is a kept page, a problem, a file's tally, or an
extracted record.
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator

from accord.crawl.readers import Columns, Page, Problem, read
from accord.crawl.screen import Screen

ROW = ("input", "type", "archive", "offset", "url", "crawl_date", "kind", "charset", "content", "reason",
       "pages", "kept", "document_id", "record")


def row(**fields) -> dict:
    out = dict.fromkeys(ROW)
    out.update(fields)
    return out


def scan(name: str, screen: Screen, columns: Columns = Columns()) -> Iterator[dict]:
    """Rows for one input: each page the screen keeps, each problem, then the input's tally."""
    pages = kept = 0
    for item in read(name, columns):
        if isinstance(item, Problem):
            yield row(input=name, type="problem", archive=item.archive, offset=item.offset, reason=item.reason)
            continue
        pages += 1
        if screen.keep(item.content):
            kept += 1
            yield row(input=name, type="page", archive=item.archive, offset=item.offset, url=item.url,
                      crawl_date=item.date, kind=item.kind, charset=item.charset, content=item.content)
    yield row(input=name, type="stats", pages=pages, kept=kept)


HTML_TEXT = ("trafilatura", "resiliparse")


def extract(rows: Iterable[dict], pipe, html_text: str = "trafilatura", n_process: int | None = 1) -> Iterator[dict]:
    """Records for the kept pages (problems and tallies pass through), in input order.

    With ``trafilatura`` a page becomes a Document through ``accord.reading`` exactly as
    ``accord extract`` reads a file, so a crawled page and the same page saved to disk give the
    same record. ``resiliparse`` takes the page's main text with Resiliparse first (an order of
    magnitude faster; the text then goes through the same cleaning), and the record may differ in
    its text's layout and the title and date the HTML's metadata would have given. ``n_process``
    is the pipeline's (None: its own choice, forking for a large batch; Ray actors use 1).
    """
    from accord.pipeline import NotAStatement
    from accord.reading import ReadError, read_bytes

    out: list[dict | None] = []
    docs, owners = [], []  # owners: (slot in out, page row) of each document
    for r in rows:
        if r["type"] != "page":
            out.append(r)
            continue
        content, note = _utf8(r["content"], r["charset"])
        if note:
            out.append(_problem(r, note))
        try:
            if html_text == "resiliparse" and r["kind"] == "html":
                doc = read_bytes(_main_text(content), "page.txt")
                doc.source = r["url"]
            else:
                doc = read_bytes(content, r["url"])
        except ReadError as e:
            out.append(_problem(r, e.reason))
            continue
        docs.append(doc)
        owners.append((len(out), r))
        out.append(None)
    for (k, r), rec in zip(owners, pipe.extract_many(docs, n_process=n_process) if docs else ()):
        if isinstance(rec, NotAStatement):
            out[k] = row(input=r["input"], type="dropped", archive=r["archive"], offset=r["offset"], reason=str(rec))
            continue
        data = rec.to_dict()
        data["provenance"] = {"url": r["url"], "crawl_date": r["crawl_date"], "archive": r["archive"],
                              "offset": r["offset"]}
        out[k] = row(input=r["input"], type="record", archive=r["archive"], offset=r["offset"], url=r["url"],
                     crawl_date=r["crawl_date"], document_id=rec.document.id,
                     record=json.dumps(data, ensure_ascii=False, sort_keys=True))
    return iter(out)


def _main_text(content: bytes) -> bytes:
    from resiliparse.extract.html2text import extract_plain_text

    from accord.reading.html import declared_charset
    from accord.reading.text import decode

    head = content[:4096].decode("latin-1")
    return extract_plain_text(decode(content, declared_charset(head)).text, main_content=True).encode("utf-8")


def _problem(page: dict, reason: str) -> dict:
    return row(input=page["input"], type="problem", archive=page["archive"], offset=page["offset"], reason=reason)


def _utf8(content: bytes, charset: str | None) -> tuple[bytes, str | None]:
    """UTF-8 bytes for the reader and a note when the page was not UTF-8 (reading still goes on)."""
    try:
        content.decode("utf-8")
        return content, None
    except UnicodeDecodeError as e:
        where = f"byte {e.start:,}"
    if charset and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            return content.decode(charset).encode("utf-8"), f"not UTF-8 ({where}); read as {charset}, as the server declared"
        except (LookupError, UnicodeDecodeError):
            pass
    return content, f"not UTF-8 ({where}); encoding detected from the page"


def row_schema():
    """The rows' Arrow schema, fixed so that every block of a Ray dataset agrees."""
    import pyarrow as pa

    types = {"offset": pa.int64(), "pages": pa.int64(), "kept": pa.int64(), "content": pa.binary()}
    return pa.schema([(name, types.get(name, pa.string())) for name in ROW])
