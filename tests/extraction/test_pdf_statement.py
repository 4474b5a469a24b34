"""A statement read from a PDF (hard-wrapped lines, no blank lines) keeps its record."""
from __future__ import annotations

from accord.reading import read_bytes
from tests.reading.conftest import make_pdf

LINES = [
    "Joint Press Statement for the 30th Korea-U.S. Integrated Defense Dialogue",
    "The Republic of Korea and the United States held the 30th Korea-U.S. Integrated Defense",
    "Dialogue (KIDD) in Seoul on May 2-3, 2027. ROK Deputy Minister for National Defense Policy",
    "Kim Min-su and U.S. Deputy Assistant Secretary of Defense for East Asia John Park led the talks.",
    "Deterrence Strategy Committee",
    "At the DSC session, the two sides agreed to complete the revision of the Tailored Deterrence",
    "Strategy by the end of this year. The United States reaffirmed its ironclad commitment to",
    "provide extended deterrence to the ROK.",
]


def test_a_pdf_statement_gives_its_meeting_heads_session_and_acts(pipeline):
    doc = read_bytes(make_pdf([LINES]), "statement.pdf")
    rec = pipeline.extract(doc)
    m = rec.meeting
    assert (m.acronym, m.round, m.start, m.venue) == ("KIDD", 30, "2027-05-02", "Seoul")
    assert {h.name for h in m.heads} == {"Kim Min-su", "John Park"}
    acts = [(s.act, s.actors, s.session) for s in rec.statements if s.act != "meet"]
    assert acts == [("agree", ["KOR", "USA"], "DSC"), ("reaffirm", ["USA"], "DSC")]
    assert any(x.when == "2027-12" for x in rec.milestones)
