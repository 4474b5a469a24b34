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
SIDE_WEIGHT = 0.15  # of a word said only in a side clause
SIDE_MARK = "~"
HEAD_TERMS = 2  # a statement's rarest words of what is held: its object ("sma", "tds", "cmwg")
HEAD_BONUS = 0.15  # of the way to 1, for two statements about one object
CORE_TERMS = 3  # a clause holding fewer words before its side clause ("to cooperate so that ...") holds what follows


@dataclass(frozen=True)
class Signature:
    statement_id: str
    document_id: str
    terms: frozenset[str]  # the words of what is held or promised
    topics: frozenset[str]
    family: str
    actors: frozenset[str]
    alliance: tuple[str, ...]
    length: int = 0  # characters of the clause: of two restatements in one document, the fuller one leads
    date: str | None = None  # of the meeting that said it
    side: frozenset[str] = frozenset()  # words only in its side clauses (how, why, alongside what): they count less

    @property
    def stored_terms(self) -> str:
        """Its words as one string, side-clause words marked with ``~`` (the store's ``terms`` column)."""
        return " ".join([*sorted(self.terms), *(SIDE_MARK + t for t in sorted(self.side))])


def stored_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(terms, side) from ``Signature.stored_terms``."""
    words = text.split()
    return (frozenset(w for w in words if not w.startswith(SIDE_MARK)),
            frozenset(w[1:] for w in words if w.startswith(SIDE_MARK)))


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
    held, side = position_terms(statement_words(st), vocab)
    if not held:
        return None
    ref = meeting_ref(rec)
    return Signature(st.id, rec.document.id, held, frozenset(st.topics), fam,
                     frozenset(st.actors), ref.alliance, len(st.text), ref.date, side)


# What a clause says besides its position: a purpose, a means, a list of
# examples, a circumstance. From the first of these words on, the clause
# is side clause.
SIDE_CLAUSE = re.compile(r"(?:,\s*|\s+)(?:in order to|so as to|so that|as well as|with a view to|in line with|"
                         r"in accordance with|on the (?:basis|foundation) of|based on|as part of|by way of|through|"
                         r"including|such as|which|while|whereas|following|in the wake of|amid|given|drawing on|"
                         r"in response to|ahead of|on the occasion of|to mark|"
                         r"to commemorate|with (?:the )?(?:aim|goal|objective) of)\b", re.I)
# Dates, counts of years and ordinals say when, not what: two positions sharing "over the next five years" share nothing.
WHEN = re.compile(r"\b(?:(?:in|by|until|through|within|before|after|since|from|during|of|for|launched in|"
                  r"held in|later|earlier|early|late|mid-?)\s+)*(?:(?:19|20)\d\d|this|next|last|the (?:coming|following|past|next|last)"
                  r"(?:\s+(?:\w+|\d+))?)\s*(?:years?|months?|weeks?|decades?)?\b(?!\s+of\b)|"
                  r"\b(?:\w+|\d+)[- ]year\b|\byears?\b|\bin the \w+ year of (?:the|their|our) \w+|"
                  r"\b\w+ anniversary\b|\banniversary\b|\b\d+(?:st|nd|rd|th)\b", re.I)


def position_terms(words: str, vocab: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """(the terms of what is held or promised, the terms only its side clauses use).

    "committed to carry on their bilateral security cooperation ..., in order
    to advance peace and stability on the Peninsula" holds the cooperation;
    the peace it serves is said of half the positions on record, and a
    position shares nothing with another for having the same years or round.
    """
    words = WHEN.sub(" ", words)
    m = SIDE_CLAUSE.search(words)
    held = frozenset(vocab.content_terms(words[:m.start()] if m else words))
    if m is None or len(held) < CORE_TERMS:
        return frozenset(vocab.content_terms(words)), frozenset()
    return held, frozenset(vocab.content_terms(words[m.end():])) - held


def rarity(signatures: list[Signature]) -> dict[str, float]:
    """Inverse document frequency of each content word over the statements given."""
    n = len(signatures)
    df = Counter(t for s in signatures for t in s.terms)
    return {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}


def comparable(a: Signature, b: Signature) -> bool:
    if a.alliance != b.alliance or a.family != b.family:
        return False
    if a.actors != b.actors:
        return False
    ta, tb = a.topics - GENERIC_TOPICS, b.topics - GENERIC_TOPICS
    return bool(a.topics & b.topics) or not ta or not tb


class Weights(dict):
    """Rarity weights of words, with each signature's total and head kept once they are known."""

    def __init__(self, idf: dict[str, float], default: float = 1.0):
        super().__init__(idf)
        self.default = default  # the weight of a word not in the table
        self.totals: dict[tuple, float] = {}
        self.heads: dict[tuple, frozenset[str]] = {}

    def weight(self, term: str) -> float:
        return self.get(term, self.default)

    def head(self, sig: Signature) -> frozenset[str]:
        """The rarest words of what is held: the object a position is about."""
        key = (sig.statement_id, sig.terms)
        h = self.heads.get(key)
        if h is None:
            h = self.heads[key] = frozenset(sorted(sig.terms, key=lambda t: (-self.weight(t), t))[:HEAD_TERMS])
        return h

    def total(self, sig: Signature) -> float:
        """The statement's weight: its words' rarity, a side clause's words at ``SIDE_WEIGHT`` of it."""
        key = (sig.statement_id, sig.terms, sig.side)  # a statement re-extracted keeps its id, not its words
        t = self.totals.get(key)
        if t is None:
            t = self.totals[key] = (sum(self.weight(x) for x in sig.terms)
                                    + SIDE_WEIGHT * sum(self.weight(x) for x in sig.side))
        return t


def similarity(a: Signature, b: Signature, idf: dict[str, float]) -> float:
    """0..1: rarity-weighted overlap of content words (the mean of Jaccard and containment), blended with topic agreement.

    Words of side clauses count at ``SIDE_WEIGHT``; a word held by one and
    said in passing by the other counts at the lesser weight. When one names
    the other's object (its rarest held words: "the Counter-Missile Working
    Group", "the SMA"), the two are closer by ``HEAD_BONUS`` of the way to 1:
    a position restated in new words keeps its object.
    """
    if not comparable(a, b):
        return 0.0
    w = idf if isinstance(idf, Weights) else Weights(idf)
    held = a.terms & b.terms
    passing = ((a.terms | a.side) & (b.terms | b.side)) - held
    if not held and not passing:
        return 0.0
    shared = sum(w.weight(t) for t in held) + SIDE_WEIGHT * sum(w.weight(t) for t in passing)
    wa, wb = w.total(a), w.total(b)
    jaccard = shared / (wa + wb - shared)
    containment = shared / max(min(wa, wb), CONTAINMENT_FLOOR)
    words = (jaccard + containment) / 2
    ta, tb = a.topics - GENERIC_TOPICS, b.topics - GENERIC_TOPICS
    topics = len(ta & tb) / len(ta | tb) if ta and tb else 0.0
    sim = (1 - TOPIC_WEIGHT) * words + TOPIC_WEIGHT * topics
    if w.head(a) & (b.terms | b.side) or w.head(b) & (a.terms | a.side):
        sim += HEAD_BONUS * (1 - sim)
    return sim
