"""Several analysts at once: a correction names the state it was made on, a lost race is a clear
conflict kept in the log, and an undo is a new entry."""
from __future__ import annotations

import threading

import pytest

from accord.store import Conflict, Store


def _act(store, words: str):
    return next(h for h in store.statements(meeting="KIDD-26") if words in h.statement.text)


def test_two_analysts_on_one_act_one_wins_the_other_gets_the_current_state(fixture_store):
    seen = _act(fixture_store, "welcomed the progress")  # both opened the act at this revision
    fixture_store.correct(seen.statement.id, act="commit", by="kim", expect=seen.revision)
    with pytest.raises(Conflict) as lost:
        fixture_store.correct(seen.statement.id, act="note", topics=["space"], by="lee", expect=seen.revision)
    assert lost.value.current["act"] == "commit"  # what lee is shown: kim's version
    assert fixture_store.statement(seen.statement.id).statement.act == "commit"
    [won, refused] = fixture_store.corrections()
    assert (won.by, won.status, won.fields) == ("kim", "applied", {"act": "commit"})
    assert (refused.by, refused.status, refused.fields) == ("lee", "refused", {"act": "note", "topics": ["space"]})
    assert refused.before["act"] == "commit"


def test_parallel_corrections_of_one_act_are_saved_or_refused_never_lost(fixture_db):
    with Store.open(fixture_db) as store:
        target = _act(store, "welcomed the progress").statement
    acts = ["commit", "note", "agree", "assess", "concern", "discuss", "reaffirm", "other"]
    outcome: dict[str, str] = {}
    start = threading.Barrier(len(acts))

    def correct(act: str) -> None:
        with Store.open(fixture_db) as store:
            start.wait()
            try:
                store.correct(target.id, act=act, by=f"analyst-{act}")
                outcome[act] = "saved"
            except Conflict:
                outcome[act] = "conflict"
            except Exception as e:  # noqa: BLE001 - any other answer is the bug this test is for
                outcome[act] = f"{type(e).__name__}: {e}"

    threads = [threading.Thread(target=correct, args=(a,)) for a in acts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(outcome.values()) <= {"saved", "conflict"} and "saved" in outcome.values(), outcome
    with Store.open(fixture_db) as store:
        log = store.corrections()
        assert len(log) == len(acts)
        assert {c.fields["act"]: c.status for c in log} == \
            {a: "applied" if o == "saved" else "refused" for a, o in outcome.items()}
        last_saved = [c for c in log if c.status == "applied"][-1]
        assert store.statement(target.id).statement.act == last_saved.fields["act"]


def test_an_undo_is_a_new_entry_that_sets_the_act_back(fixture_store, pipeline):
    before = _act(fixture_store, "welcomed the progress").statement
    fixture_store.correct(before.id, act="commit", commitment=True, topics=["space"], by="kim")
    changed = fixture_store.corrections()[-1]
    undo = fixture_store.undo(changed.id, by="lee")
    assert (undo.undoes, undo.by, undo.note) == (changed.id, "lee", f"undo of #{changed.id}")
    assert fixture_store.statement(before.id).statement == before
    assert [c.status for c in fixture_store.corrections()] == ["applied", "applied"]  # nothing rewritten
    with pytest.raises(Exception, match="undone already"):
        fixture_store.undo(changed.id)
    fixture_store.reextract(pipeline)  # the log replays to the same act
    assert fixture_store.statement(before.id).statement == before


def test_undoing_a_delete_brings_the_act_back_and_undoing_an_add_removes_it(fixture_store):
    gone = _act(fixture_store, "assessed that the Alliance").statement
    fixture_store.delete_statement(gone.id, by="kim")
    back = fixture_store.undo(fixture_store.corrections()[-1].id)
    restored = fixture_store.statement(back.statement_id).statement
    assert (restored.start, restored.end, restored.act, restored.actors, restored.topics) == \
        (gone.start, gone.end, gone.act, gone.actors, gone.topics)
    fixture_store.undo(back.id)
    assert fixture_store.statement(back.statement_id) is None
