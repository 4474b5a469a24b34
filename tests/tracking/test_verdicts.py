"""An analyst confirms or rejects proposed milestone evidence; the verdict is kept like a correction."""
from __future__ import annotations

import datetime as dt

import pytest

from accord.store import Store, StoreError
from accord.tracking.followthrough import Confirmation, track_milestones


def _milestone_with_evidence(store: Store):
    records = list(store.records())
    for m in track_milestones(records, dt.date(2030, 1, 1)):
        if m.evidence:
            return m
    pytest.skip("no milestone with proposed evidence in this database")


def test_a_rejected_piece_of_evidence_stays_rejected_after_reextract(corpus_store, pipeline):
    m = _milestone_with_evidence(corpus_store)
    proposed = m.evidence[0].statement_id
    corpus_store.record_verdict(m.id, proposed, "reject", by="analyst")
    corpus_store.reextract(pipeline)
    verdicts = [Confirmation(**v) for v in corpus_store.milestone_verdicts()]
    assert [(v.milestone_id, v.evidence_statement_id, v.verdict, v.by) for v in verdicts] == [
        (m.id, proposed, "reject", "analyst")]
    again = next(x for x in track_milestones(list(corpus_store.records()), dt.date(2030, 1, 1), verdicts) if x.id == m.id)
    assert all(e.statement_id != proposed or getattr(e, "verdict", "reject") == "reject" for e in again.evidence)


def test_a_verdict_must_be_confirm_or_reject_and_name_a_real_statement(corpus_store):
    m = _milestone_with_evidence(corpus_store)
    with pytest.raises(StoreError):
        corpus_store.record_verdict(m.id, m.evidence[0].statement_id, "maybe")
    with pytest.raises(StoreError):
        corpus_store.record_verdict(m.id, "0000000000000000:99", "confirm")


def test_the_cli_confirms_and_the_milestones_command_shows_it(corpus_db, accord):
    import json

    items = json.loads(accord("milestones", "--db", str(corpus_db), "--format", "json", "--today", "2030-01-01").stdout)
    m = next(i for i in items if i["evidence"])
    st = m["evidence"][0]["statement_id"]
    res = accord("confirm", m["id"], st, "--db", str(corpus_db), "--by", "kim")
    assert res.exit_code == 0 and "confirmed" in res.stdout
    items = json.loads(accord("milestones", "--db", str(corpus_db), "--format", "json", "--today", "2030-01-01").stdout)
    again = next(i for i in items if i["id"] == m["id"])
    assert again["status"] == "met"
    assert any(e["statement_id"] == st and e.get("verdict") == "confirm" for e in again["evidence"])
