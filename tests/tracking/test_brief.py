"""The pre-meeting brief from hand-made rounds: next round by cadence, statuses, citations, safe HTML."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from accord.tracking.brief import BriefError, make_brief
from accord.tracking.brief_format import to_html, to_markdown
from tests.tracking.conftest import make_record

TODAY = dt.date(2020, 1, 15)


def test_next_round_is_estimated_from_the_cadence(kidd_rounds):
    b = make_brief(kidd_rounds, "KIDD", TODAY)
    assert (b.last, b.previous, b.next_round) == ("KIDD-16", "KIDD-15", "KIDD-17")
    assert b.next_date == "2020-03"
    assert "twice a year" in b.next_basis
    assert b.rounds == ["KIDD-13", "KIDD-14", "KIDD-15", "KIDD-16"]


def test_the_brief_takes_the_dialogue_by_name_too(kidd_rounds):
    assert make_brief(kidd_rounds, "Korea-U.S. Integrated Defense Dialogue", TODAY).last == "KIDD-16"


def test_last_round_commitments_with_their_status_and_source(kidd_rounds):
    b = make_brief(kidd_rounds, "KIDD", TODAY)
    by_status = {line.status: line for line in b.commitments}
    goal, space = by_status["restated"], by_status["new"]
    assert goal.cite.meeting == "KIDD-16" and "common goal" in goal.cite.quote
    assert any("since KIDD-13" in d for d in goal.details)
    assert "space" in space.cite.quote
    for line in b.commitments:
        statement = next(s for r in kidd_rounds for s in r.statements if s.id == line.cite.statement_id)
        assert statement.text == line.cite.quote


def test_changes_topics_and_pledges_not_restated(kidd_rounds):
    b = make_brief(kidd_rounds, "KIDD", TODAY)
    significant = [c for c in b.changes if c.status == "significant"]
    assert any("object of denuclearization" in d for c in significant for d in c.details)
    assert {t.text for t in b.topics_new} == {"space"}
    assert {"extended_deterrence", "opcon_transition"} <= {t.text for t in b.topics_gone}
    assert any("extended deterrence" in line.cite.quote for line in b.not_restated)


def test_milestones_due_by_the_next_round(kidd_rounds):
    from accord.records import Milestone

    rounds = kidd_rounds[:-1] + [make_record("KIDD", 16, "2019-09-26", [
        {"act": "commit", "topics": ["deterrence_strategy"], "milestone": "hold the tabletop exercise",
         "text": "They pledged to hold the tabletop exercise by the end of this year"}],
        milestones=[Milestone("hold the tabletop exercise", "2019")])]
    b = make_brief(rounds, "KIDD", TODAY)
    (line,) = b.milestones
    assert line.status == "overdue" and line.cite.meeting == "KIDD-16"


def test_unknown_dialogue_is_an_error(kidd_rounds):
    with pytest.raises(BriefError):
        make_brief(kidd_rounds, "NATO DefMin", TODAY)


def test_markdown_cites_every_line(kidd_rounds):
    md = to_markdown(make_brief(kidd_rounds, "KIDD", TODAY))
    assert md.startswith("# Pre-meeting brief: Korea-U.S. Integrated Defense Dialogue (KIDD)")
    bullets = [l for l in md.splitlines() if l.startswith("  - ")]
    assert bullets and all(re.search(r"— \S+ `[0-9a-f]{16}:\d+`$", l) for l in bullets)


def test_html_is_self_contained_and_escapes_the_record(kidd_rounds):
    hostile = make_record("KIDD", 17, "2020-04-21", [
        {"act": "commit", "topics": ["cyber"], "text": "They pledged <script>alert('x')</script> & \"cyber\" cooperation"}])
    page = to_html(make_brief(kidd_rounds + [hostile], "KIDD", TODAY))
    assert "<script>" not in page and "&lt;script&gt;" in page and "&amp;" in page
    assert "<style>" in page
    assert not re.search(r"""(?:src|href)\s*=|<link\b|@import|url\(""", page)
    assert page.count("<h2>") == 6
