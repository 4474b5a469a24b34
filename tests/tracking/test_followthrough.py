"""Milestones tracked to the meeting that reports them, statuses by date, analysts' verdicts as data."""
from __future__ import annotations

import datetime as dt

import pytest

from accord.records import Milestone
from accord.tracking.followthrough import Confirmation, track_milestones
from tests.tracking.conftest import make_record, meet

SCM = "50th Security Consultative Meeting"


@pytest.fixture
def rounds():
    kidd = make_record("KIDD", 14, "2018-07-25", [
        meet("KIDD", 14),
        {"act": "note", "commitment": False, "topics": ["alliance_coordination"], "milestone": SCM,
         "text": "They highlighted the 50th South Korean-U.S. Security Consultative Meeting scheduled to be held at the end of October"},
        {"act": "commit", "topics": ["opcon_transition"], "milestone": SCM,
         "text": "the two nations will aim to finalize several key documents ahead of the 50th South Korean-U.S. Security Consultative Meeting in October",
         "content": "to finalize several key documents ahead of the 50th South Korean-U.S. Security Consultative Meeting in October"},
        {"act": "agree", "commitment": True, "topics": ["exercises_training"], "milestone": "conduct the tabletop exercise",
         "text": "They agreed to conduct the tabletop exercise at an early date"},
    ], milestones=[Milestone(SCM, "2018-10")])
    scm = make_record("SCM", 50, "2018-10-31", [
        meet("SCM", 50),
        {"act": "other", "commitment": False, "topics": ["opcon_transition", "command_structure"],
         "text": "Bringing to completion the key documents that the two sides, at the 14th Korea-U.S. Integrated Defense Dialogue in July, had aimed to finalize before this meeting, the Secretary and the Minister signed the Alliance Guiding Principles"},
        {"act": "other", "commitment": False, "topics": ["opcon_transition"],
         "text": "The two sides likewise signed a revision of the Conditions-based OPCON Transition Plan"},
        {"act": "commit", "topics": ["cost_sharing"], "text": "They pledged to conclude the Special Measures Agreement at a fair level"},
    ], venue="Washington")
    return [kidd, scm]


def _by_quote(items, words):
    (hit,) = [m for m in items if words in m.quote]
    return hit


def test_the_key_documents_pledge_is_linked_to_the_meeting_it_was_due_by(rounds):
    items = track_milestones(rounds, dt.date(2019, 1, 1))
    docs = _by_quote(items, "finalize several key documents")
    assert docs.event == "SCM-50" and not docs.is_event
    assert docs.task.startswith("finalize several key documents")
    assert docs.due == "2018-10-31"
    assert "SCM-50" in docs.reported_in
    texts = [e.text for e in docs.evidence]
    assert any("Alliance Guiding Principles" in t for t in texts)
    assert any("OPCON Transition Plan" in t for t in texts)
    assert all("Special Measures" not in t for t in texts)
    assert docs.evidence[0].reason.startswith("points back to KIDD-14")
    assert docs.status == "met"


def test_the_meeting_itself_is_met_when_it_is_held(rounds):
    event = _by_quote(track_milestones(rounds, dt.date(2019, 1, 1)), "highlighted the 50th")
    assert event.is_event and event.status == "met"
    assert event.evidence[0].act == "meet" and event.evidence[0].kind == "done"


@pytest.mark.parametrize("today,status", [(dt.date(2018, 8, 1), "due"), (dt.date(2018, 11, 30), "overdue")])
def test_status_by_date_without_a_report(rounds, today, status):
    items = track_milestones(rounds[:1], today)
    assert {m.status for m in items if m.event == "SCM-50"} == {status}


def test_undated_without_evidence_is_unknown(rounds):
    ttx = _by_quote(track_milestones(rounds, dt.date(2019, 1, 1)), "tabletop")
    assert ttx.due is None and ttx.status == "unknown"


def test_an_analyst_rejects_every_proposal_and_the_milestone_is_overdue(rounds):
    docs = _by_quote(track_milestones(rounds, dt.date(2019, 1, 1)), "finalize several key documents")
    verdicts = [Confirmation(docs.id, e.statement_id, "reject", "analyst", "2019-01-02T10:00:00")
                for e in docs.evidence]
    again = _by_quote(track_milestones(rounds, dt.date(2019, 1, 1), verdicts), "finalize several key documents")
    assert {e.verdict for e in again.evidence} == {"reject"}
    assert again.status == "overdue"


def test_the_latest_verdict_wins_and_an_analyst_can_add_evidence(rounds):
    items = track_milestones(rounds, dt.date(2019, 1, 1))
    ttx = _by_quote(items, "tabletop")
    sma = next(s for s in rounds[1].statements if "Special Measures" in s.text)
    verdicts = [
        Confirmation(ttx.id, sma.id, "reject", "a", "2019-01-03T00:00:00"),
        Confirmation(ttx.id, sma.id, "confirm", "b", "2019-01-02T00:00:00"),
    ]
    assert _by_quote(track_milestones(rounds, dt.date(2019, 1, 1), verdicts), "tabletop").status == "unknown"
    added = _by_quote(track_milestones(rounds, dt.date(2019, 1, 1), verdicts[1:]), "tabletop")
    assert added.status == "met" and added.confirmed
    assert added.evidence[-1].statement_id == sma.id and added.evidence[-1].by == "b"


def test_a_meeting_already_held_is_a_reference_not_a_milestone(rounds):
    later = make_record("SCM", 51, "2019-11-15", [
        meet("SCM", 51),
        {"act": "note", "commitment": False, "topics": ["alliance_coordination"], "milestone": "14th Korea-U.S. Integrated Defense Dialogue",
         "text": "They recalled the work of the 14th Korea-U.S. Integrated Defense Dialogue"},
    ], milestones=[Milestone("14th Korea-U.S. Integrated Defense Dialogue", "2019-07")])
    items = track_milestones(rounds + [later], dt.date(2020, 1, 1))
    assert all(m.source_meeting != "SCM-51" for m in items)


def test_ids_are_stable(rounds):
    a = [m.id for m in track_milestones(rounds, dt.date(2019, 1, 1))]
    b = [m.id for m in track_milestones(list(reversed(rounds)), dt.date(2019, 1, 1))]
    assert sorted(a) == sorted(b) and len(set(a)) == len(a)


def _exercise_rounds():
    kidd = make_record("KIDD", 14, "2018-07-25", [
        meet("KIDD", 14),
        {"act": "agree", "commitment": True, "topics": ["exercises_training"], "milestone": "conduct the tabletop exercise",
         "text": "They agreed to conduct the combined tabletop exercise on extended deterrence by December"},
    ], milestones=[Milestone("conduct the tabletop exercise", "2018-12")])
    reports = [
        ("2018-09-12", ["The two sides reviewed the preparations for the combined tabletop exercise",
                        "The two sides completed the planning of the tabletop exercise"]),
        ("2018-10-30", ["The two sides completed the combined tabletop exercise on extended deterrence",
                        "They assessed the tabletop exercise"]),
        ("2018-12-05", ["Following the 14th Korea-U.S. Integrated Defense Dialogue, the two sides concluded the combined tabletop exercise on extended deterrence"]),
        ("2019-02-20", ["The two sides held the combined tabletop exercise on extended deterrence in November",
                        "The combined tabletop exercise was completed"]),
    ]
    later = [make_record("KIDD", 15 + n, day, [meet("KIDD", 15 + n)] + [
        {"act": "other", "commitment": False, "topics": ["exercises_training"], "text": t} for t in texts])
        for n, (day, texts) in enumerate(reports)]
    return kidd, later


@pytest.mark.parametrize("order", ["in date order", "out of order"])
def test_a_milestone_followed_one_record_at_a_time_keeps_what_following_all_of_them_gives(order):
    from dataclasses import asdict

    from accord.tracking.followthrough import followed_further, milestones_set_by

    kidd, later = _exercise_rounds()
    arriving = later if order == "in date order" else [later[2], later[0], later[3], later[1]]
    added, kept, verdicts = [], milestones_set_by(kidd, []), []
    for n, rec in enumerate(arriving):
        added.append(rec)
        kept = followed_further(kidd, kept, rec, verdicts)
        whole = milestones_set_by(kidd, added, verdicts)
        assert [asdict(m) for m in kept] == [asdict(m) for m in whole]
        if n == 1:  # the analysts' word: the weaker proposal (better ones push it out) confirmed, the other rejected
            verdicts = [Confirmation(whole[0].id, whole[0].evidence[-1].statement_id, "confirm", "a", "2019-01-01"),
                        Confirmation(whole[0].id, whole[0].evidence[0].statement_id, "reject", "b", "2019-01-02")]
            kept = milestones_set_by(kidd, added, verdicts)
    (final,) = kept
    assert len(final.evidence) > 3 and any(e.reason == "added by an analyst" for e in final.evidence)
