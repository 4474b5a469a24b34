"""Analysts' corrections: change, delete, add; kept through every re-extraction."""
from __future__ import annotations

from dataclasses import replace

import pytest

from accord.store import NotFound, StoreError


def _statement(store, meeting: str, words: str):
    [hit] = [h for h in store.statements(meeting=meeting) if words in h.statement.text]
    return hit.statement


def test_a_correction_changes_the_statement_and_is_logged(fixture_store):
    s = _statement(fixture_store, "KIDD-26", "discussed ways to expand cooperation")
    fixed = fixture_store.correct(s.id, act="commit", actors=["kor", "USA"], topics=["space", "cyber"],
                                  commitment=True, session="", by="alice", note="they resolved to")
    assert (fixed.id, fixed.act, fixed.actors, fixed.topics, fixed.commitment, fixed.session) == \
        (s.id, "commit", ["KOR", "USA"], ["space", "cyber"], True, None)
    assert fixture_store.statement(s.id).corrected
    [c] = fixture_store.corrections()
    assert (c.action, c.act, c.by, c.note, c.status) == ("change", "discuss", "alice", "they resolved to", "applied")
    assert (c.start, c.end, c.before["act"]) == (s.start, s.end, "discuss")


def test_the_correction_is_what_search_and_records_see(fixture_store):
    s = _statement(fixture_store, "KIDD-26", "discussed ways to expand cooperation")
    fixture_store.correct(s.id, act="commit", commitment=True)
    assert [h.statement.id for h in fixture_store.search("space cyber", act="commit")] == [s.id]
    assert next(x for x in fixture_store.meeting("KIDD-26").statements if x.id == s.id).act == "commit"


def test_a_statement_can_be_named_by_meeting_and_number(fixture_store):
    s = _statement(fixture_store, "KIDD-26", "welcomed the progress")
    number = s.id.rsplit(":", 1)[1]
    assert fixture_store.correct(f"KIDD-26:{number}", topics=["exercises_training"]).id == s.id


def test_deleting_a_false_act_removes_it(fixture_store):
    s = _statement(fixture_store, "KIDD-26", "assessed that the Alliance")
    gone = fixture_store.delete_statement(s.id, by="bob")
    assert gone == s
    assert fixture_store.statement(s.id) is None
    assert fixture_store.corrections()[0].action == "delete"


def test_adding_a_missed_act_takes_its_words_from_the_text(fixture_store):
    rec = fixture_store.meeting("KIDD-26")
    start = rec.document.text.index("co-chaired the talks")
    added = fixture_store.add_statement(rec.document.id, start, start + len("co-chaired the talks"), "meet",
                                        ["KOR", "USA"], topics=["alliance_coordination"])
    assert (added.text, added.act, added.id) == ("co-chaired the talks", "meet", f"{rec.document.id}:a1")
    assert fixture_store.statement(added.id).origin == "added"


@pytest.mark.parametrize("start,end", [(-1, 10), (10, 10), (20, 10), (0, 10**6)])
def test_an_added_span_must_lie_in_the_text(fixture_store, start, end):
    rec = fixture_store.meeting("KIDD-26")
    with pytest.raises(StoreError):
        fixture_store.add_statement(rec.document.id, start, end, "note", ["KOR"])
    assert fixture_store.corrections() == []


@pytest.mark.parametrize("changes,message", [
    ({"act": "pledge"}, "unknown act"),
    ({"actors": ["USA", "XXX"]}, "unknown party XXX"),
    ({"topics": ["nukes"]}, "unknown topic nukes"),
    ({"colour": "red"}, "cannot change colour"),
    ({}, "nothing to change"),
])
def test_a_bad_correction_is_refused_and_nothing_is_logged(fixture_store, changes, message):
    s = _statement(fixture_store, "KIDD-26", "welcomed the progress")
    with pytest.raises(StoreError, match=message):
        fixture_store.correct(s.id, **changes)
    assert fixture_store.corrections() == []


def test_correcting_a_missing_statement_says_so(fixture_store):
    with pytest.raises(NotFound):
        fixture_store.correct("0000000000000000:3", act="commit")


def test_correction_survives_reextract(fixture_store, pipeline):
    changed = _statement(fixture_store, "KIDD-26", "discussed ways to expand cooperation")
    deleted = _statement(fixture_store, "KIDD-26", "assessed that the Alliance")
    fixture_store.correct(changed.id, act="commit", commitment=True, by="alice")
    fixture_store.correct(changed.id, topics=["space"], by="bob")  # a second correction of the same act
    fixture_store.delete_statement(deleted.id)
    rec = fixture_store.meeting("KIDD-26")
    start = rec.document.text.index("co-chaired the talks")
    added = fixture_store.add_statement(rec.document.id, start, start + 20, "meet", ["KOR", "USA"])
    before = fixture_store.meeting("KIDD-26")

    report = fixture_store.reextract(pipeline)

    assert (report.documents, report.applied, report.orphans, report.failed) == (2, 4, [], [])
    after = fixture_store.meeting("KIDD-26")
    assert after.statements == before.statements
    s = fixture_store.statement(changed.id).statement
    assert (s.act, s.commitment, s.topics) == ("commit", True, ["space"])
    assert fixture_store.statement(deleted.id) is None
    assert fixture_store.statement(added.id).statement.text == "co-chaired the talks"


class ChangedPipeline:
    """A changed extractor: it finds one more act at the top, so every ordinal moves by one,
    and it may no longer see an act, so a correction of that act finds nothing."""

    def __init__(self, pipeline, drop: str | None = None):
        self.pipeline, self.drop = pipeline, drop

    def extract_many(self, docs):
        for rec in self.pipeline.extract_many(docs):
            kept = [s for s in rec.statements if not (self.drop and self.drop in s.text)]
            found = [replace(rec.statements[0], act="other"), *kept]
            rec.statements = [replace(s, id=f"{rec.document.id}:{n}") for n, s in enumerate(found)]
            yield rec


def test_corrections_follow_their_span_and_act_not_their_number(fixture_store, pipeline):
    s = _statement(fixture_store, "KIDD-26", "welcomed the progress")
    fixture_store.correct(s.id, act="commit", commitment=True)
    report = fixture_store.reextract(ChangedPipeline(pipeline))
    assert report.orphans == []
    moved = _statement(fixture_store, "KIDD-26", "welcomed the progress")
    assert moved.id != s.id  # renumbered ...
    assert (moved.act, moved.commitment) == ("commit", True)  # ... and still corrected


def test_a_correction_that_finds_nothing_is_kept_as_an_orphan(fixture_store, pipeline):
    s = _statement(fixture_store, "KIDD-26", "assessed that the Alliance")
    fixture_store.correct(s.id, topics=["alliance_coordination", "other"])
    report = fixture_store.reextract(ChangedPipeline(pipeline, drop="assessed that the Alliance"))
    [orphan] = report.orphans
    assert orphan.statement_id == s.id and orphan.status == "orphaned"
    assert [c.id for c in fixture_store.corrections(status="orphaned")] == [orphan.id]

    report = fixture_store.reextract(pipeline)  # the act is found again: the correction applies again
    assert report.orphans == []
    assert fixture_store.corrections()[0].status == "applied"
    again = _statement(fixture_store, "KIDD-26", "assessed that the Alliance")
    assert again.topics == ["alliance_coordination", "other"]
