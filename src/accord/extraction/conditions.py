"""Conditions: the terms an act is made under ("until ...", "so long as ...", "while ...").

A condition is a subordinate clause of the act introduced by a conditional
marker. "While" conditions only when it opens a finite clause ("while
negotiations seek to ease tensions"), not a participle of manner ("while fully
taking into consideration ...").
"""
from __future__ import annotations

from accord.extraction.acts import Clause

MARKERS = {"until", "unless", "if", "while", "provided", "whilst"}
LONG_AS = {"so", "as"}


def find_condition(clause: Clause) -> str | None:
    ids = {t.i for t in clause.tokens}
    doc = clause.parsed.doc
    for t in clause.tokens:
        low = t.lower_
        start = None
        if low in MARKERS and t.dep_ in ("mark", "prep", "advmod", "cc") :
            verb = t.head if t.dep_ == "mark" else _clause_head(t)
            if verb is None:
                continue
            if low in ("while", "whilst") and not _finite(verb):
                continue
            start, verb_tok = t, verb
        elif low == "as" and t.dep_ == "mark" and t.i >= 2 and doc[t.i - 1].lower_ == "long" and doc[t.i - 2].lower_ in LONG_AS:
            start, verb_tok = doc[t.i - 2], t.head
        elif low in ("should", "were") and t.dep_ in ("aux", "ROOT", "advcl") and _inverted(t):
            start, verb_tok = t, t.head if t.dep_ == "aux" else t
        if start is None:
            continue
        sub = [w for w in verb_tok.subtree if w.i in ids and w.i >= start.i]
        if not sub:
            continue
        end = sub[-1]
        while end.is_punct and end.i > start.i:
            end = doc[end.i - 1]
        a = clause.parsed.start(start)
        b = clause.parsed.end(end)
        return doc.text[a - clause.parsed.offset:b - clause.parsed.offset]
    return None


def _clause_head(t):
    """For "until" parsed as a preposition, the verb of the clause it governs."""
    for c in t.children:
        if c.dep_ in ("pcomp", "pobj") and (c.pos_ in ("VERB", "AUX") or c.tag_.startswith("VB")):
            return c
    if t.head.pos_ in ("VERB", "AUX"):
        return t.head
    return None


def _finite(verb) -> bool:
    if verb.tag_ in ("VBZ", "VBP", "VBD", "MD"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "VBD", "MD") for c in verb.children)


def _inverted(t) -> bool:
    """"should the DPRK launch ...": the auxiliary stands before its subject."""
    verb = t.head if t.dep_ == "aux" else t
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and subj[0].i > t.i and verb.dep_ in ("advcl", "ccomp", "parataxis")
