"""How close two statements are to carrying the same position.

A statement's signature is what a position is made of: its content words,
its topics, its family (a pledge, a view and a discussion of one subject are
different things on record), its actors and its alliance. Two statements are
compared only when they could be the same position at all (same alliance and
family, shared actors, a shared topic unless one names only the alliance at
large); then by the overlap of their content words weighted by rarity, so
that "complete denuclearization" counts for more than "cooperation", with
agreement of specific topics as a smaller part.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from accord.records import Record, Statement
from accord.tracking.rounds import meeting_ref
from accord.tracking.vocabulary import Vocabulary

POSITIONS = frozenset({"reaffirm", "commit", "agree", "note", "other"})
FAMILIES = {"discuss": "discussion", "appreciate": "appreciation", "concern": "concern"}
FINDING = re.compile(r"\b(?:assess|evaluat)\w*\s+(?:that|whether|how)\b", re.I)
GENERIC_TOPICS = frozenset({"alliance_coordination", "other"})
TOPIC_WEIGHT = 0.2  # the rest is the words
CONTAINMENT_FLOOR = 10.0  # a clause of one or two words is not "contained" in every clause that uses them


@dataclass(frozen=True)
class Signature:
    statement_id: str
    document_id: str
    terms: frozenset[str]
    topics: frozenset[str]
    family: str
    actors: frozenset[str]
    alliance: tuple[str, ...]
    length: int = 0  # characters of the clause: of two restatements in one document, the fuller one leads
    date: str | None = None  # of the meeting that said it


MANNER = re.compile(r",?\s+(?:while\s+(?:fully\s+)?taking|taking into (?:consideration|account)|bearing in mind)\b.*$",
                    re.I | re.S)


def statement_words(st: Statement) -> str:
    """The words that state the position: the content (or the clause when the content is a stub), less manner tails.

    "..., while fully taking into consideration future changes in the
    security situation" says how, not what; it would pull the clause away
    from the restatements that leave it out.
    """
    content = (st.content or "").strip()
    words = content if len(content.split()) >= 3 else st.text
    return MANNER.sub("", words) or words


def family(st: Statement) -> str | None:
    """What kind of thing the statement puts on record; only statements of one family can be one position.

    A pledge (any act binding a party to future action) is not a view (a
    shared assessment or finding, "confirmed that progress has been made"),
    and neither is a discussion ("exchanged assessments of ..."); the meeting
    itself is no position at all.
    """
    if st.act in POSITIONS:
        return "pledge" if st.commitment else "view"
    if st.act == "assess":
        return "view" if FINDING.search(st.text) else "discussion"
    return FAMILIES.get(st.act)


def signature(st: Statement, rec: Record, vocab: Vocabulary) -> Signature | None:
    """None for acts that are not positions to follow (the meeting itself)."""
    fam = family(st)
    if fam is None:
        return None
    terms = frozenset(vocab.content_terms(statement_words(st)))
    if not terms:
        return None
    ref = meeting_ref(rec)
    return Signature(st.id, rec.document.id, terms, frozenset(st.topics), fam,
                     frozenset(st.actors), ref.alliance, len(st.text), ref.date)


def rarity(signatures: list[Signature]) -> dict[str, float]:
    """Inverse document frequency of each content word over the statements given."""
    n = len(signatures)
    df = Counter(t for s in signatures for t in s.terms)
    return {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}


def comparable(a: Signature, b: Signature) -> bool:
    if a.alliance != b.alliance or a.family != b.family:
        return False
    if not (a.actors & b.actors):
        return False
    ta, tb = a.topics - GENERIC_TOPICS, b.topics - GENERIC_TOPICS
    return bool(a.topics & b.topics) or not ta or not tb


class Weights(dict):
    """Rarity weights of words, with each signature's total kept once it is known."""

    def __init__(self, idf: dict[str, float], default: float = 1.0):
        super().__init__(idf)
        self.default = default  # the weight of a word not in the table
        self.totals: dict[str, float] = {}

    def weight(self, term: str) -> float:
        return self.get(term, self.default)

    def total(self, sig: Signature) -> float:
        t = self.totals.get(sig.statement_id)
        if t is None:
            t = self.totals[sig.statement_id] = sum(self.weight(x) for x in sig.terms)
        return t


def similarity(a: Signature, b: Signature, idf: dict[str, float]) -> float:
    """0..1: rarity-weighted overlap of content words (the mean of Jaccard and containment), blended with topic agreement."""
    if not comparable(a, b):
        return 0.0
    common = a.terms & b.terms
    if not common:
        return 0.0
    if isinstance(idf, Weights):
        shared = sum(idf.weight(t) for t in common)
        wa, wb = idf.total(a), idf.total(b)
    else:
        shared = sum(idf.get(t, 1.0) for t in common)
        wa, wb = (sum(idf.get(t, 1.0) for t in x.terms) for x in (a, b))
    jaccard = shared / (wa + wb - shared)
    containment = shared / max(min(wa, wb), CONTAINMENT_FLOOR)
    words = (jaccard + containment) / 2
    ta, tb = a.topics - GENERIC_TOPICS, b.topics - GENERIC_TOPICS
    topics = len(ta & tb) / len(ta | tb) if ta and tb else 0.0
    return (1 - TOPIC_WEIGHT) * words + TOPIC_WEIGHT * topics
