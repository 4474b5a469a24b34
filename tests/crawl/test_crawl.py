"""`accord crawl` end to end: every statement found among 10,000 pages, records as `accord extract` gives
them, provenance kept, bad archives named with their offsets, and a killed crawl resumed."""
from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from accord.crawl import synthetic
from accord.crawl.output import read_records
from accord.crawl.run import crawl
from tests.conftest import REPO
from tests.crawl.conftest import members, offsets

ACCORD = [sys.executable, "-m", "accord.cli"]


def test_every_statement_among_10000_pages_is_found_and_few_others_are_parsed(crawled):
    summary, records, items = crawled
    statements = {p.url for p in items if p.statement}
    assert summary.pages == 10_000 and not summary.problems
    assert {r["provenance"]["url"] for r in records} == statements
    assert summary.kept - len(statements) <= 0.01 * (summary.pages - len(statements))


def test_each_record_carries_its_url_crawl_date_archive_and_offset(crawled, archive_10k):
    _, records, items = crawled
    by_url = {p.url: p for p in items}
    for r in records:
        prov = r["provenance"]
        assert r["document"]["source"] == prov["url"] and prov["crawl_date"] == by_url[prov["url"]].date
        with open(prov["archive"], "rb") as f:
            f.seek(prov["offset"])
            head = gzip.GzipFile(fileobj=io.BytesIO(f.read(1 << 16))).read(1000)
        assert head.startswith(b"WARC/1.0") and prov["url"].encode() in head


def test_crawled_records_equal_accord_extract_of_the_same_pages(crawled, tmp_path):
    from accord.extract import extract_paths

    _, records, items = crawled
    by_url = {p.url: p for p in items}
    sample = records[::7]
    paths = []
    for k, r in enumerate(sample):
        path = tmp_path / f"page-{k}.html"
        path.write_text(by_url[r["provenance"]["url"]].html, encoding="utf-8")
        paths.append(str(path))
    extracted = list(extract_paths(paths))
    for r, e in zip(sample, extracted):
        mine = json.loads(json.dumps({k: v for k, v in r.items() if k != "provenance"}))  # a copy: the fixture is shared
        theirs = e.to_dict()
        mine["document"].pop("source"), theirs["document"].pop("source")
        assert json.dumps(mine, sort_keys=True) == json.dumps(theirs, sort_keys=True)


def test_bad_archives_are_named_with_their_offsets_and_the_crawl_goes_on(small_archives, tmp_path):
    folder, items = small_archives
    parts = members(items[:20])
    parts[4] = gzip.compress(gzip.decompress(parts[4]).replace(b"Content-Length: ", b"Content-Length: 9", 1), mtime=0)
    at = offsets(parts)
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"".join(parts)[:at[12] + 50])
    cp1252 = synthetic.pages([s for s in _sources() if s.page is None][:1], 1, seed=3, statement_pages=1)[0]
    cp1252.html = cp1252.html.replace("<p>", "<p>Caf\u00e9 \u2013 ", 1)
    latin = synthetic.write_archive(tmp_path / "latin.wet.gz", [cp1252], "wet", encoding="cp1252")
    run = subprocess.run([*ACCORD, "crawl", str(bad), str(latin), str(folder / "part-0.wet.gz"),
                          "--out", str(tmp_path / "out")], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    errors = run.stderr.splitlines()
    assert f"accord: {bad}@{at[4]}: wrong record length (declares" in run.stderr
    assert f"accord: {bad}@{at[12]}: truncated gzip member" in run.stderr
    assert any(line.startswith(f"accord: {latin}@") and "not UTF-8" in line for line in errors)
    assert "Crawled 3 of 3 inputs" in run.stdout
    records = read_records(str(tmp_path / "out"))
    assert any(r["provenance"]["archive"] == str(latin) and "Café –" in r["document"]["text"] for r in records)


def _sources():
    from tests.crawl.conftest import sources

    return sources()


def test_a_page_table_is_crawled_with_chosen_columns(tmp_path):
    items = synthetic.pages([s for s in _sources() if s.page is None][:2], 30, seed=4, statement_pages=2)
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist([{"link": p.url, "body": synthetic.wet_text(p.html)} for p in items]),
                   tmp_path / "pages.parquet")
    run = subprocess.run([*ACCORD, "crawl", str(tmp_path / "pages.parquet"), "--text-column", "body",
                          "--url-column", "link", "--out", str(tmp_path / "out")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    records = read_records(str(tmp_path / "out"))
    assert sorted(r["provenance"]["url"] for r in records) == sorted(p.url for p in items if p.statement)
    assert all(r["provenance"]["archive"] == str(tmp_path / "pages.parquet") for r in records)


def test_a_crawl_killed_midway_and_restarted_gives_the_same_output(small_archives, tmp_path):
    folder, _ = small_archives
    whole = tmp_path / "whole"
    crawl([str(folder)], str(whole), workers=1)
    out = tmp_path / "resumed"
    proc = subprocess.Popen([*ACCORD, "crawl", str(folder), "--out", str(out), "--workers", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and len(list((out / "_done").glob("*.json"))) < 2:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = len(list((out / "_done").glob("*.json")))
    assert 0 < done_before < 6, "the crawl was not stopped midway"
    run = subprocess.run([*ACCORD, "crawl", str(folder), "--out", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert f"Crawled {6 - done_before} of 6 inputs ({done_before} done before)" in run.stdout
    names = sorted(p.name for p in whole.iterdir())
    assert sorted(p.name for p in out.iterdir()) == names
    for name in names:
        if name.endswith(".parquet"):
            assert (out / name).read_bytes() == (whole / name).read_bytes()
    assert read_records(str(out)) == read_records(str(whole))


def test_resiliparse_html_text_gives_the_same_meeting_and_acts(pipeline):
    import json as _json

    from accord.crawl.stages import extract, row

    srcs = [s for s in _sources() if s.page is None][:2]
    pages = [p for p in synthetic.pages(srcs, 2, seed=8, statement_pages=2)]
    rows = [row(input="x", type="page", archive="x", offset=k, url=p.url, kind="html", content=p.html.encode())
            for k, p in enumerate(pages)]
    a = [_json.loads(r["record"]) for r in extract(rows, pipeline, "trafilatura")]
    b = [_json.loads(r["record"]) for r in extract(rows, pipeline, "resiliparse")]
    assert len(a) == len(b) == 2
    for x, y in zip(a, b):
        assert x["meeting"] == y["meeting"]
        assert [(s["act"], s["actors"]) for s in x["statements"]] == [(s["act"], s["actors"]) for s in y["statements"]]
