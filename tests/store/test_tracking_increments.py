"""Tracking kept in the store: one document at a time gives what a full rebuild gives."""
from __future__ import annotations

import dataclasses
import json
import random

import pytest

from accord.store import Store
from accord.store.tracked import Component
from accord.synth import generate
from accord.tracking.threads import build_threads, thread_index


def _state(store: Store) -> tuple[dict, list, list, dict]:
    members = dict(store.conn.execute("SELECT statement_id, thread_id FROM thread_members").fetchall())
    threads = [tuple(r) for r in store.conn.execute("SELECT * FROM threads ORDER BY id")]
    milestones = [tuple(r) for r in store.conn.execute("SELECT * FROM track_milestones ORDER BY id")]
    return members, threads, milestones, _components(store)


def _components(store: Store) -> dict:
    """The kept components (their units, documents and links, in any order) and which units each holds.

    A link's similarity is compared to 12 places: a sum over a set of words can differ in its last bit with
    the order the set was built in."""
    kept = {}
    for cid, units, links in store.conn.execute("SELECT id, units, links FROM track_components"):
        c = Component.decode(cid, units, bytes(links))
        links = {(c.keys[a], c.keys[b], round(float(s), 12)) for a, b, s in zip(c.ia, c.ib, c.sims)}
        kept[cid] = (c.keys, c.documents, c.dates, links)
    held = dict(store.conn.execute("SELECT unit, component FROM track_unit_components").fetchall())
    assert held == {k: cid for cid, (keys, *_) in kept.items() for k in keys}
    assert set(held) == {r[0] for r in store.conn.execute("SELECT DISTINCT unit FROM track_statements")}
    return kept


def _verdicts(store: Store) -> None:
    """A proposal confirmed and another rejected; a statement confirmed that was not proposed."""
    rows = [(mid, json.loads(data)["evidence"]) for mid, data in store.conn.execute(
        "SELECT id, data FROM track_milestones ORDER BY id").fetchall()]
    proposed = [(mid, ev[0]["statement_id"]) for mid, ev in rows if ev]
    store.record_verdict(*proposed[0], "confirm", by="test")
    store.record_verdict(*proposed[1], "reject", by="test")
    other = next(mid for mid, ev in rows if not ev)
    stored = next(r[0] for r in store.conn.execute("SELECT id FROM statements WHERE act != 'meet' ORDER BY id"))
    store.record_verdict(other, stored, "confirm", by="test")


@pytest.fixture(scope="module")
def records():
    return [x.record for x in generate(documents=200, statements=4000, seed=11)]


def test_increments_in_any_order_with_corrections_and_new_versions_give_the_threads_and_milestones_of_a_rebuild(
        tmp_path, records):
    shuffled = records[:]
    random.Random(4).shuffle(shuffled)
    with Store.open(tmp_path / "inc.db") as store:
        for rec in shuffled[:100]:
            list(store.ingest_records([rec]))
        # verdicts before more documents arrive: the evidence they bring is weighed with the analysts' word
        _verdicts(store)
        for rec in shuffled[100:-1]:
            list(store.ingest_records([rec]))
        # a new version of one source replaces its old statements in tracking
        old = shuffled[-2]
        newer = dataclasses.replace(shuffled[-1], document=dataclasses.replace(shuffled[-1].document,
                                                                                 source=old.document.source))
        assert [d.status for d in store.ingest_records([newer])] == ["version"]
        # corrections: a statement deleted, another's act changed, an act added
        pledge = next(s for s in records[5].statements if s.commitment and not s.milestone)
        store.delete_statement(pledge.id, by="test")
        other = next(s for r in records[9:] for s in r.statements if s.act == "reaffirm")
        store.correct(other.id, act="agree", by="test")
        lead = records[12].statements[3]
        store.add_statement(records[12].document.id, lead.start, lead.end, "commit", lead.actors, by="test",
                            topics=lead.topics, commitment=True)
        # an analyst confirms a piece of evidence the generator's "completion" reports offer
        mid, data = store.conn.execute("SELECT id, data FROM track_milestones WHERE data LIKE '%completion of%'"
                                       " AND met = 0 LIMIT 1").fetchone() or (None, None)
        if mid is None:
            mid = store.conn.execute("SELECT id FROM track_milestones LIMIT 1").fetchone()[0]
        witness = next(s.id for s in records[-3].statements if s.act != "meet")
        store.record_verdict(mid, witness, "confirm", by="test")
        increments = _state(store)
        assert old.document.id not in {r[0] for r in store.conn.execute("SELECT document_id FROM track_statements")}
        assert pledge.id not in increments[0]
        store.tracker().rebuild()
        rebuilt = _state(store)
        pure = thread_index(build_threads(list(store.records())))
    assert len(increments[1]) > 100 and max(r[7] for r in increments[1]) > 10
    assert increments[0] == rebuilt[0]
    assert increments[1] == rebuilt[1]
    assert len(increments[2]) > 50 and any(r[7] for r in increments[2]) and not all(r[7] for r in increments[2])
    assert increments[2] == rebuilt[2]
    assert increments[3] == rebuilt[3]
    assert {sid: t.id for sid, t in pure.items()} == rebuilt[0]


def test_a_database_from_before_tracking_is_built_on_first_use(tmp_path, records):
    with Store.open(tmp_path / "old.db") as store:
        list(store.ingest_records(records[:30]))
        store.conn.execute("DELETE FROM track_meta")
        for table in ("track_statements", "track_terms", "track_links", "threads", "thread_members"):
            store.conn.execute(f"DELETE FROM {table}")
        list(store.ingest_records(records[30:40]))  # not tracked: nothing to update before a build
        assert store.conn.execute("SELECT count(*) FROM threads").fetchone()[0] == 0
        store.tracker().ensure()
        members = _state(store)[0]
    assert {sid: t.id for sid, t in thread_index(build_threads(records[:40])).items()} == members


def test_threads_scored_by_an_older_linker_are_built_again_on_first_use(tmp_path, records):
    with Store.open(tmp_path / "older.db") as store:
        list(store.ingest_records(records[:30]))
        store.conn.execute("UPDATE track_meta SET value = 'words-0' WHERE key = 'scoring'")
        store.conn.execute("UPDATE thread_members SET thread_id = 'tstale'")
        assert not store.tracker().built()
        store.tracker().ensure()
        assert store.tracker().built()
        members = _state(store)[0]
    assert {sid: t.id for sid, t in thread_index(build_threads(records[:30])).items()} == members


def test_accord_track_rebuild_names_what_it_rebuilt(tmp_path, records):
    from typer.testing import CliRunner

    from accord.cli import app

    with Store.open(tmp_path / "cli.db") as store:
        list(store.ingest_records(records[:20]))
        before = _state(store)
    result = CliRunner().invoke(app, ["track", "--rebuild", "--db", str(tmp_path / "cli.db")])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("threads rebuilt: ")
    with Store.open(tmp_path / "cli.db") as store:
        assert _state(store) == before


def test_pages_read_threads_of_an_older_linker_as_they_are_and_the_next_ingest_rebuilds_them(tmp_path, records):
    from typer.testing import CliRunner

    from accord.cli import app
    from accord.web.adapters import build

    db = tmp_path / "older.db"
    with Store.open(db) as store:
        list(store.ingest_records(records[:20]))
        store.conn.execute("UPDATE track_meta SET value = 'words-0' WHERE key = 'scoring'")
        assert store.tracker().stale()
        build(store)  # a web worker's snapshot: no rebuild in a page request
        assert store.tracker().stale()
    page = tmp_path / "new.txt"
    page.write_text("Joint Statement of the 31st Korea-U.S. Integrated Defense Dialogue\n\nThe Republic of Korea and "
                    "the United States held the 31st Korea-U.S. Integrated Defense Dialogue in Busan on May 2, 2031."
                    "\n\nThe two sides agreed to meet again.", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(page), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        assert store.tracker().built() and not store.tracker().stale()
