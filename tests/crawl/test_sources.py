"""Many reports of one meeting: near-duplicates grouped, copies merged into one meeting with every source,
each act traced to its sources, shown in the CLI and the web app; keys unique when dialogues share an acronym."""
from __future__ import annotations

import sqlite3
from collections import defaultdict

import pytest

from accord.crawl import synthetic
from accord.crawl.dedup import near_duplicates
from accord.crawl.output import read_groups
from accord.keys import meeting_key
from accord.records import Document, Meeting, Record
from accord.store import Store
from tests.crawl.conftest import sources


@pytest.fixture(scope="module")
def crawled_db(backend, crawled, tmp_path_factory, request):
    """The crawl of 10,000 pages ingested into a store, on each backend."""
    summary, records, items = crawled
    if backend == "sqlite":
        path = tmp_path_factory.mktemp("crawldb") / "crawl.db"
    else:
        path = request.getfixturevalue("postgres").create()
    with Store.open(path) as store:
        results = list(store.ingest_crawled(records, read_groups(summary.out)))
    assert len(results) == len(records)
    yield path, records, items
    if backend != "sqlite":
        request.getfixturevalue("postgres").drop(path)


def test_near_duplicate_copies_share_a_group_and_other_statements_do_not():
    srcs = [s for s in sources() if s.page is None][:4]
    items = [p for p in synthetic.pages(srcs, 8, seed=3, statement_pages=8) if p.statement]
    texts = {p.url: synthetic.wet_text(p.html) for p in items}
    groups = near_duplicates(texts.items())
    by_statement = defaultdict(set)
    for p in items:
        by_statement[p.statement].add(groups[p.url])
    assert all(len(g) == 1 for g in by_statement.values())  # every copy of a statement in one group
    assert len({next(iter(g)) for g in by_statement.values()}) == len(by_statement)  # statements apart


def test_republished_copies_are_merged_into_one_meeting_with_every_source(crawled_db):
    path, records, items = crawled_db
    pages_of = defaultdict(set)
    for p in items:
        if p.statement:
            pages_of[p.statement].add(p.url)
    with Store.open(path) as store:
        meetings = store.meetings()
        assert len(meetings) == len(pages_of)
        seen = set()
        for m in meetings:
            found = store.meeting_sources(m.key)
            urls = {s.url for s in found.sources}
            name = next(n for n, u in pages_of.items() if urls & u)
            assert urls == pages_of[name], m.key
            seen.add(name)
            assert all(found.acts.get(s.id) for s in store.meeting(m.key).statements)  # each act has its sources
            copies = [i for i, s in enumerate(found.sources) if s.document_id != found.document_id]
            if copies:  # a copy states the acts of the record too
                assert sum(bool(set(ix) & set(copies)) for ix in found.acts.values()) >= 0.8 * len(found.acts)
        assert seen == set(pages_of)


def test_the_round_page_and_show_list_the_sources_of_a_meeting(crawled_db):
    from fastapi.testclient import TestClient

    from accord.web.app import create_app

    path, _, _ = crawled_db
    with Store.open(path) as store:
        m = max(store.meetings(), key=lambda m: len(store.meeting_sources(m.key).sources))
        found = store.meeting_sources(m.key)
    assert len(found.sources) >= 2
    page = TestClient(create_app(path)).get(f"/round/{m.key}").text
    assert "<dt>Sources</dt>" in page
    for s in found.sources:
        assert f'href="{s.url}"' in page and f"@{s.offset}" in page
    assert f"of {len(found.sources)}: " in page  # each act names its sources


@pytest.mark.sqlite_only
def test_a_source_url_that_is_not_http_is_shown_but_never_linked(crawled_db, tmp_path):
    from fastapi.testclient import TestClient

    from accord.web.app import create_app

    path, records, _ = crawled_db
    rec = dict(records[0])
    rec["provenance"] = dict(rec["provenance"], url="javascript:alert(1)", offset=1)
    db = tmp_path / "x.db"
    with Store.open(db) as store:
        list(store.ingest_crawled([records[0], rec]))
        key = store.meetings()[0].key
    page = TestClient(create_app(db)).get(f"/round/{key}").text
    assert "javascript:alert(1)" in page and 'href="javascript:' not in page


def _record(acronym, parties, rnd=4, dialogue=None):
    return Record(Document("d" + "".join(parties), "x", "text"),
                  Meeting(dialogue=dialogue, acronym=acronym, round=rnd, parties=parties))


def test_dialogues_that_share_an_acronym_get_distinct_keys_and_briefs():
    from accord.tracking.brief import BriefError, make_brief
    import datetime as dt

    kor, phl = _record("2+2", ["USA", "KOR"], dialogue="Korea-U.S. Foreign and Defense Ministers' Meeting"), \
        _record("2+2", ["PHL", "USA"], dialogue="U.S.-Philippines Ministerial Dialogue")
    assert meeting_key(kor.meeting, kor.document) == "KOR-USA-2+2-4"
    assert meeting_key(phl.meeting, phl.document) == "PHL-USA-2+2-4"
    kidd = _record("KIDD", ["KOR", "USA"], 14)
    assert meeting_key(kidd.meeting, kidd.document) == "KIDD-14"
    with pytest.raises(BriefError, match="2\\+2 names several dialogues: KOR-USA-2\\+2, PHL-USA-2\\+2"):
        make_brief([kor, phl], "2+2", dt.date(2025, 1, 1))


@pytest.mark.sqlite_only
def test_an_older_database_gets_its_shared_acronym_keys_qualified(tmp_path):
    from tests.conftest import REPO

    path = tmp_path / "old.db"
    with Store.open(path) as store:
        list(store.ingest_paths([str(REPO / "examples" / "usphl-2plus2-2024.txt")]))
        key = store.meetings()[0].key
    assert key == "PHL-USA-2+2-4"
    from importlib import resources

    migration = (resources.files("accord.store") / "migrations" / "sqlite" / "006_sources.sql").read_text()
    conn = sqlite3.connect(path)
    conn.executescript("DROP TABLE document_sources; UPDATE meetings SET key = '2+2-4';")  # as before 006
    conn.executescript(migration)
    conn.close()
    with Store.open(path) as store:
        assert [m.key for m in store.meetings()] == ["PHL-USA-2+2-4"]


def test_crawled_documents_are_tracked_like_any_other(crawled_db):
    path, records, items = crawled_db
    with Store.open(path) as store:
        stored = {r[0] for r in store.conn.execute("SELECT id FROM documents")}
        tracked = {r[0] for r in store.conn.execute("SELECT DISTINCT document_id FROM track_statements")}
    assert stored and stored <= tracked
