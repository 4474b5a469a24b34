"""The seed (the 14th KIDD, July 2018) end to end, against its hand-made gold record.

The text and its gold live in this repo, so these tests run anywhere.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from accord.reading import read_path

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def seed(pipeline):
    return pipeline.extract(read_path(FIXTURES / "seed-kidd-14.txt"))


@pytest.fixture(scope="module")
def gold():
    return json.loads((FIXTURES / "seed-kidd-14.gold.json").read_text(encoding="utf-8"))


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u2019", "'")).strip().lower()


def _span(text: str, clause: str) -> tuple[int, int]:
    i = _norm(text).find(_norm(clause))
    assert i >= 0, clause
    # the fixture text has no runs of spaces inside clauses, so offsets carry over
    start = text.replace("\u2019", "'").lower().find(_norm(clause)[:40])
    return start, start + len(clause)


def _matches(seed, gold):
    """Gold acts matched by a predicted act over the same span with the same act and actors."""
    text = seed.document.text
    found, missed = [], []
    for g in gold["statements"]:
        if g.get("optional"):
            continue
        s, e = _span(text, g["text"])
        hit = [p for p in seed.statements
               if max(p.start, s) < min(p.end, e) and p.act == g["act"] and set(p.actors) == set(g["actors"])]
        (found if hit else missed).append((g, hit[0] if hit else None))
    return found, missed


def test_the_comment_form_is_stripped(seed):
    assert "Leave a Reply" not in seed.document.text
    assert "Required fields are marked" not in seed.document.text
    assert seed.document.text.rstrip().endswith("everyday cooperation and coordination.")


def test_the_meeting_is_the_14th_kidd_in_seoul(seed):
    m = seed.meeting
    assert (m.dialogue, m.acronym, m.round) == ("Korea-U.S. Integrated Defense Dialogue", "KIDD", 14)
    assert (m.venue, m.format, m.parties) == ("Seoul", "in_person", ["KOR", "USA"])


def test_the_year_is_inferred_from_the_weekday_and_said_so(seed):
    assert (seed.meeting.start, seed.meeting.end) == ("2018-07-25", "2018-07-26")
    basis = seed.meeting.date_basis
    assert "no year" in basis and "Thursday" in basis and "2018" in basis


def test_the_heads_of_delegation_are_named_without_their_ranks(seed):
    heads = {(h.name, h.party) for h in seed.meeting.heads}
    assert heads == {("Yeo Suk-joo", "KOR"), ("Roberta Shea", "USA")}
    shea = next(h for h in seed.meeting.heads if h.name == "Roberta Shea")
    assert shea.title == "Acting Deputy Assistant Secretary of Defense for East Asia"


def test_the_three_sessions_are_found(seed):
    assert [s.acronym for s in seed.meeting.sessions] == ["SPI", "COTWG", "DSC"]


def test_acts_match_the_gold_record(seed, gold):
    found, missed = _matches(seed, gold)
    assert not missed, [g["text"][:60] for g, _ in missed]
    assert len(seed.statements) <= len(gold["statements"]) + 1


def test_sessions_conditions_and_commitments_match_the_gold_record(seed, gold):
    found, _ = _matches(seed, gold)
    for g, p in found:
        assert p.session == g["session"], g["text"][:60]
        assert p.commitment == g["commitment"], g["text"][:60]
        if g["condition"]:
            assert p.condition and _norm(g["condition"]) in _norm(p.condition)
        else:
            assert p.condition is None, g["text"][:60]


def test_the_closing_paragraph_belongs_to_no_session(seed):
    last = seed.statements[-1]
    assert last.text.startswith("they pledged to maintain") and last.session is None


def test_north_koreas_reaffirmation_is_reported_by_both_sides(seed):
    prk = [s for s in seed.statements if s.actors == ["PRK"]]
    assert prk and prk[0].act == "reaffirm" and prk[0].reported_by == ["KOR", "USA"]


def test_officials_said_is_not_an_act(seed):
    assert not any(s.text.strip().lower().startswith(("officials said", "defense officials")) for s in seed.statements)
    assert not any("officials said" in s.text for s in seed.statements if s.act == "meet")


def test_the_key_documents_are_tied_to_the_50th_scm_in_october_2018(seed):
    docs = next(s for s in seed.statements if "finalize several key documents" in s.text)
    assert docs.act == "commit" and docs.commitment and docs.milestone == "50th Security Consultative Meeting"
    scm = next(m for m in seed.milestones if m.name == "50th Security Consultative Meeting")
    assert scm.when == "2018-10"


def test_every_statement_is_the_text_at_its_span(seed):
    for s in seed.statements:
        assert seed.document.text[s.start:s.end] == s.text
