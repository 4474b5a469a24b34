"""Tracking fixtures: records made by hand (run anywhere) and the shared corpus (skipped where absent)."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from accord.records import Document, Meeting, Milestone, Record, Statement
from tests.conftest import shared_or_skip

FIXTURES = Path(__file__).resolve().parent / "fixtures"

DIALOGUES = {"KIDD": "Korea-U.S. Integrated Defense Dialogue", "SCM": "Security Consultative Meeting",
             "SCC": "U.S.-Japan Security Consultative Committee"}


def make_record(acronym: str, rnd: int | None, date: str, statements: list[dict], *,
                parties: tuple[str, ...] = ("KOR", "USA"), milestones: list[Milestone] = (),
                venue: str | None = "Seoul") -> Record:
    """A record as the extractor would give it; each statement dict needs act and text, the rest defaults."""
    text = " ".join(s["text"] + "." for s in statements) or f"{acronym} {rnd}"
    doc_id = hashlib.sha256(f"{acronym}{rnd}{date}{text}".encode()).hexdigest()[:16]
    out, pos = [], 0
    for n, s in enumerate(statements):
        out.append(Statement(
            id=f"{doc_id}:{n}", start=pos, end=pos + len(s["text"]), text=s["text"],
            actors=list(s.get("actors", parties)), act=s["act"],
            commitment=s.get("commitment", s["act"] in ("commit", "reaffirm")),
            content=s.get("content", s["text"]), condition=s.get("condition"), topics=list(s.get("topics", [])),
            milestone=s.get("milestone")))
        pos += len(s["text"]) + 2
    meeting = Meeting(dialogue=DIALOGUES.get(acronym, acronym), acronym=acronym, round=rnd, start=date, end=date,
                      venue=venue, parties=list(parties))
    return Record(Document(doc_id, f"{acronym}-{rnd}.txt", text, published=date), meeting, out, list(milestones))


def meet(acronym: str, rnd: int | None) -> dict:
    return {"act": "meet", "text": f"The two sides held the {rnd}th {DIALOGUES.get(acronym, acronym)}",
            "commitment": False, "topics": ["alliance_coordination"]}


DENUC = "denuclearization"


@pytest.fixture
def kidd_rounds() -> list[Record]:
    """Four KIDD rounds and one SCM: the denuclearization goal reworded, sanctions, extended deterrence, OPCON."""
    return [
        make_record("KIDD", 13, "2018-03-19", [
            meet("KIDD", 13),
            {"act": "reaffirm", "topics": [DENUC],
             "text": "They reaffirmed that the peaceful denuclearization of the Korean Peninsula remains the common objective of the two nations"},
            {"act": "agree", "commitment": True, "topics": [DENUC, "sanctions"],
             "text": "They agreed that the United Nations Security Council sanctions will continue to be enforced until North Korea takes concrete steps towards denuclearization"},
            {"act": "reaffirm", "actors": ["USA"], "topics": ["extended_deterrence"],
             "text": "The United States reaffirmed its commitment to provide extended deterrence to the ROK, backed by the full range of U.S. military capabilities"},
            {"act": "agree", "commitment": True, "topics": ["opcon_transition"],
             "text": "They agreed to strengthen their joint efforts to meet the conditions for the transition of wartime operational control"},
        ]),
        make_record("KIDD", 14, "2018-09-20", [
            meet("KIDD", 14),
            {"act": "reaffirm", "topics": [DENUC],
             "text": "The delegations reaffirmed that the complete denuclearization of the Korean Peninsula is their shared goal"},
            {"act": "agree", "commitment": True, "topics": [DENUC, "sanctions"],
             "text": "Both sides shared the view that UN Security Council resolutions must continue to be implemented until North Korea abides by its obligations to denuclearize"},
            {"act": "reaffirm", "actors": ["USA"], "topics": ["extended_deterrence"],
             "text": "The United States renewed its pledge of extended deterrence to the ROK, backed by the full range of U.S. military capabilities, nuclear, conventional and missile defense alike"},
            {"act": "agree", "commitment": True, "topics": ["deterrence_strategy"],
             "text": "They agreed to complete the revision of their bilateral Tailored Deterrence Strategy within this year"},
            {"act": "agree", "commitment": True, "topics": ["opcon_transition"],
             "text": "They agreed to accelerate their joint efforts to meet the conditions set for the OPCON transition"},
        ]),
        make_record("SCM", 50, "2018-10-31", [
            meet("SCM", 50),
            {"act": "reaffirm", "topics": [DENUC],
             "text": "The Minister and the Secretary reaffirmed that their common goal is the complete denuclearization of the Korean Peninsula"},
        ]),
        make_record("KIDD", 15, "2019-04-23", [
            meet("KIDD", 15),
            {"act": "reaffirm", "topics": [DENUC],
             "text": "ROK and U.S. reaffirm the common goal of complete denuclearization of the DPRK"},
            {"act": "reaffirm", "topics": [DENUC],
             "text": "At the SPI session, the two sides reiterated their common goal: the complete denuclearization of the Democratic People's Republic of Korea",
             "content": "their common goal: the complete denuclearization of the Democratic People's Republic of Korea"},
            {"act": "reaffirm", "actors": ["USA"], "topics": ["extended_deterrence"],
             "text": "The United States restated its ironclad commitment to extended deterrence for the ROK with the full spectrum of U.S. military power, including nuclear capabilities"},
            {"act": "agree", "commitment": True, "topics": ["opcon_transition", "exercises_training"],
             "text": "They decided that the Full Operational Capability of the future Combined Forces Command will be assessed in 2020"},
        ]),
        make_record("KIDD", 16, "2019-09-26", [
            meet("KIDD", 16),
            {"act": "reaffirm", "topics": [DENUC],
             "text": "Both sides reiterated that the complete denuclearization of the DPRK remains their common goal"},
            {"act": "commit", "topics": ["space"], "text": "They pledged to deepen cooperation in space domain awareness"},
        ]),
    ]


@pytest.fixture(scope="session")
def corpus_records(pipeline) -> list[Record]:
    """The seed (14th KIDD) and the shared corpus, extracted once per session."""
    from accord.pipeline import NotAStatement
    from accord.reading import ReadError, read_all

    shared = shared_or_skip()
    docs = [d for d in read_all([str(shared / "seed"), str(shared / "corpus")]) if not isinstance(d, ReadError)]
    return [r for r in pipeline.extract_many(docs) if not isinstance(r, NotAStatement)]


@pytest.fixture(scope="session")
def corpus_threads(corpus_records):
    from accord.tracking.threads import build_threads

    return build_threads(corpus_records)
