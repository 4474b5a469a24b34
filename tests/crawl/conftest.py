"""Generated archives for the crawl tests: statements in page chrome among ordinary news (seeded).

The sources are the examples and, where present, ../shared's corpus; each archive is made once per run.
"""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from accord.crawl import synthetic
from tests.conftest import REPO, SHARED


def sources() -> list[synthetic.Source]:
    dirs = [REPO / "examples"] + ([SHARED / "corpus"] if (SHARED / "corpus").is_dir() else [])
    return synthetic.statement_sources(dirs)


@pytest.fixture(scope="session")
def archive_10k(tmp_path_factory):
    """10,000 pages in four WARC files, 40 of them statement pages (the republished copies included)."""
    srcs = sources()
    items = synthetic.pages(srcs, 10_000, seed=11, statement_pages=min(40, 2 * len(srcs)))
    folder = tmp_path_factory.mktemp("archive10k")
    for k, part in enumerate(synthetic.split(items, 4)):
        synthetic.write_archive(folder / f"crawl-{k}.warc.gz", part, "warc", seed=k)
    return folder, items


@pytest.fixture(scope="session")
def crawled(archive_10k, tmp_path_factory):
    """The 10,000-page archive crawled once: (summary, records, pages); the output folder is summary.out."""
    from accord.crawl.output import read_records
    from accord.crawl.run import crawl

    folder, items = archive_10k
    out = tmp_path_factory.mktemp("crawl10k") / "records"
    summary = crawl([str(folder)], str(out))
    summary.out = str(out)
    return summary, read_records(str(out)), items


@pytest.fixture(scope="session")
def small_archives(tmp_path_factory):
    """Six small archives (three WARC, three WET) with a few statements: for engines and resuming."""
    srcs = [s for s in sources() if s.page is None][:6]
    items = synthetic.pages(srcs, 240, seed=5, statement_pages=len(srcs))
    folder = tmp_path_factory.mktemp("small")
    for k, part in enumerate(synthetic.split(items, 6)):
        synthetic.write_archive(folder / f"part-{k}.{'warc' if k % 2 else 'wet'}.gz", part,
                                "warc" if k % 2 else "wet", seed=k)
    return folder, items


def members(items, kind="warc") -> list[bytes]:
    """The gzip members of an archive of these pages, to splice damaged ones among them."""
    return [gzip.compress(r, mtime=0) for r in synthetic.warc_records(items, kind)]


def offsets(parts: list[bytes]) -> list[int]:
    out, at = [], 0
    for p in parts:
        out.append(at)
        at += len(p)
    return out
