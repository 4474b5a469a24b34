"""One store, two backends: the same data gives the same record on SQLite and on PostgreSQL."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest

from accord.export import export
from accord.store import Store

QUERIES = ["commitment", "extended deterrence", '"Nuclear Consultative Group"', "deter*", "pledges to strengthen",
           "the", "U.S.-ROK", "space cyber"]


def _same_edits(store: Store) -> None:
    kidd = store.meeting("KIDD-26")
    first, second = kidd.statements[1], kidd.statements[2]
    store.correct(first.id, act="commit", commitment=True, topics=["space"], by="kim")
    store.delete_statement(second.id, by="lee")
    start = kidd.document.text.index("co-chaired the talks")
    store.add_statement(kidd.document.id, start, start + 20, "meet", ["KOR", "USA"], by="kim")
    store.record_verdict("KIDD-26/m0", first.id, "confirm", by="kim")


@pytest.fixture
def both(fixture_template, fixture_template_pg, postgres, tmp_path):
    from tests.conftest import _copy

    url = postgres.create(template=fixture_template_pg)
    with Store.open(_copy(fixture_template, tmp_path / "a.db")) as lite, Store.open(url) as pg:
        _same_edits(lite)
        _same_edits(pg)
        yield lite, pg
    postgres.drop(url)


def test_records_listings_corrections_and_exports_are_the_same(both):
    lite, pg = both
    assert (lite.backend, pg.backend) == ("sqlite", "postgres")
    assert lite.counts() == pg.counts()
    assert lite.meetings() == pg.meetings()
    assert list(lite.records()) == list(pg.records())
    for filters in ({}, {"party": "kor"}, {"dialogue": "scc"}, {"meeting": "kidd-26", "commitments": True},
                    {"since": "2030"}, {"topic": "space"}, {"act": "commit,meet"}):
        assert lite.statements(**filters) == pg.statements(**filters), filters

    def log(store):
        return [replace(c, at="") for c in store.corrections()]

    assert log(lite) == log(pg)
    assert [dict(v, at="") for v in lite.milestone_verdicts()] == [dict(v, at="") for v in pg.milestone_verdicts()]
    for fmt in ("jsonl", "csv"):
        a, b = io.StringIO(), io.StringIO()
        export(lite.records(), fmt, a)
        export(pg.records(), fmt, b)
        assert a.getvalue() == b.getvalue(), fmt


@pytest.mark.parametrize("query", QUERIES)
def test_search_finds_the_same_statements(both, query):
    """The same hits and matched words; the order differs only where bm25 (SQLite) and ts_rank_cd
    (PostgreSQL) score differently: statements holding the words as typed come first on both."""
    import re

    lite, pg = both
    a, b = lite.search(query), pg.search(query)
    assert sorted(h.statement.id for h in a) == sorted(h.statement.id for h in b)
    phrase = " ".join(re.findall(r"\w+", query.lower()))
    for hits in (a, b):
        holds = [phrase in h.statement.text.lower() for h in hits]
        assert holds == sorted(holds, reverse=True)

    def marked(hits):
        return {h.statement.id: " ".join(h.statement.text[x:y] for x, y in h.highlights).lower().split()
                for h in hits}  # FTS5 marks a phrase as one range, ts_headline word by word

    assert marked(a) == marked(b)
