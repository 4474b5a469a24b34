"""Readers: pages with their provenance from WARC, WET and page tables; damaged archives reported, not fatal."""
from __future__ import annotations

import gzip
import json

import fsspec
import pytest

from accord.crawl import synthetic
from accord.crawl.readers import Columns, Page, Problem, expand, read
from tests.crawl.conftest import members, offsets, sources


@pytest.fixture(scope="module")
def items():
    return synthetic.pages(sources()[:3], 30, seed=2, statement_pages=4)


def test_every_page_has_its_url_crawl_date_and_record_offset(tmp_path, items):
    path = synthetic.write_archive(tmp_path / "a.warc.gz", items, "warc")
    pages = list(read(str(path)))
    assert [p.url for p in pages] == [i.url for i in items]
    assert all(p.kind == "html" and p.date and p.date.startswith("2024-11-0") for p in pages)
    data = path.read_bytes()
    for p, item in zip(pages, items):  # the offset is where the record's gzip member starts
        member = gzip.GzipFile(fileobj=__import__("io").BytesIO(data[p.offset:])).read(200 + len(p.url))
        assert member.startswith(b"WARC/1.0") and p.url.encode() in member
        assert p.content == item.html.encode()


def test_wet_records_are_read_as_text(tmp_path, items):
    pages = list(read(str(synthetic.write_archive(tmp_path / "a.wet.gz", items, "wet"))))
    assert len(pages) == len(items) and all(p.kind == "text" for p in pages)
    assert pages[0].content.decode() == synthetic.wet_text(items[0].html)


def _damaged(tmp_path, items, k, replace):
    parts = members(items)
    parts[k] = replace(parts[k])
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(b"".join(parts))
    return path, offsets(parts)


def _split(out):
    out = list(out)
    return [x for x in out if isinstance(x, Page)], [x for x in out if isinstance(x, Problem)]


def test_a_corrupt_record_is_reported_at_its_offset_and_the_rest_is_read(tmp_path, items):
    def corrupt(m):
        m = bytearray(m)
        m[len(m) // 2:len(m) // 2 + 16] = b"\x00" * 16
        return bytes(m)

    path, at = _damaged(tmp_path, items, 5, corrupt)
    pages, problems = _split(read(str(path)))
    assert [(p.archive, p.offset) for p in problems] == [(str(path), at[5])]
    assert "corrupt gzip" in problems[0].reason
    assert len(pages) == len(items) - 1


def test_a_record_with_a_wrong_length_is_reported_and_skipped(tmp_path, items):
    def lie(m):
        raw = gzip.decompress(m)
        return gzip.compress(raw.replace(b"Content-Length: ", b"Content-Length: 7", 1), mtime=0)

    path, at = _damaged(tmp_path, items, 3, lie)
    pages, problems = _split(read(str(path)))
    assert len(problems) == 1 and problems[0].offset == at[3] and "wrong record length" in problems[0].reason
    assert len(pages) == len(items) - 1  # the next records are not swallowed by the wrong length


def test_a_truncated_archive_keeps_the_records_before_the_cut(tmp_path, items):
    parts = members(items)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(b"".join(parts)[:offsets(parts)[10] + 100])
    pages, problems = _split(read(str(path)))
    assert len(pages) == 9 and problems[0].offset == offsets(parts)[10]
    assert "truncated" in problems[0].reason


def test_a_50_mb_page_is_reported_and_skipped(tmp_path, items):
    big = synthetic.SynthPage("https://huge.example.com/page", "<html><body>" + "<p>word</p>" * 4_800_000, items[0].date)
    path = synthetic.write_archive(tmp_path / "big.warc.gz", [items[0], big, items[1]], "warc")
    pages, problems = _split(read(str(path)))
    assert [p.url for p in pages] == [items[0].url, items[1].url]
    assert len(problems) == 1 and "too large" in problems[0].reason and problems[0].offset > 0


def test_page_tables_in_jsonl_and_parquet_with_chosen_columns(tmp_path, items):
    rows = [{"page_url": i.url, "body": synthetic.wet_text(i.html), "seen": i.date} for i in items]
    jl = tmp_path / "pages.jsonl"
    jl.write_text("".join(json.dumps(r) + "\n" for r in rows) + "not json\n")
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "pages.parquet")
    cols = Columns(text="body", html=None, url="page_url", date="seen")
    for name in ("pages.jsonl", "pages.parquet"):
        pages, problems = _split(read(str(tmp_path / name), cols))
        assert [(p.url, p.date, p.offset, p.kind) for p in pages] == [(i.url, i.date, n, "text") for n, i in enumerate(items)]
    assert [p.offset for p in _split(read(str(jl), cols))[1]] == [len(items)]
    wrong = list(read(str(tmp_path / "pages.parquet"), Columns()))
    assert len(wrong) == 1 and "needs a 'url' column" in wrong[0].reason


def test_archives_on_an_object_store_url_are_read_through_fsspec(items):
    fs = fsspec.filesystem("memory")
    with fs.open("/bucket/crawl/one.wet.gz", "wb") as f:
        for rec in synthetic.warc_records(items, "wet"):
            f.write(gzip.compress(rec, mtime=0))
    names = list(expand(["memory://bucket/crawl/*.wet.gz"]))
    assert names == [fs.unstrip_protocol("/bucket/crawl/one.wet.gz")]
    pages = list(read(names[0]))
    assert pages[0].archive == names[0] and len(pages) == len(items)
    assert [str(p) for p in expand(["memory://bucket/none/*.wet.gz"])] == ["memory://bucket/none/*.wet.gz: matches no file"]
