"""Commitments: does the clause bind a party to future action?

Following the G7/G20 Research Group's coding of summit commitments: a pledge,
a reaffirmed commitment, goal or intention, a decision, or an agreement that
something will be done or continue ("agreed that sanctions will continue to
be enforced until ...") binds; an assessment of the past, a view that
something "is important", or a forecast about a third party does not.
"""
from __future__ import annotations

from accord.extraction.acts import Clause

BINDING_NOUNS = {"commitment", "pledge", "intention", "intent", "resolve", "goal", "objective", "objectives",
                 "determination", "promise", "aim", "goals", "vow"}
FUTURE = {"will", "would", "shall", "'ll"}
DECIDING = {"decide", "determine", "resolve"}
BELIEF_OBJECTS = {"view", "views", "understanding", "belief", "recognition"}
PARTY_WORDS = {"they", "we", "sides", "side", "nations", "countries", "militaries", "alliance", "allies", "governments", "delegations", "two"}


def is_commitment(clause: Clause, condition: str | None, party_names: set[str]) -> bool:
    act = clause.act
    if act == "commit" or clause.future:
        return True
    if act in ("meet", "assess", "discuss", "appreciate", "concern", "other"):
        return False
    content = clause.content_tokens()
    lemmas = {t.lemma_.lower() for t in content}
    lowers = {t.lower_ for t in content}
    head = clause.head.lemma_.lower()
    if act == "reaffirm":
        if clause.trigger.i != clause.head.i:  # "renewed its pledge"
            return True
        if (lemmas | lowers) & BINDING_NOUNS:
            return True
        return _binding_clause(content, party_names, strict=False)
    if act == "agree":
        if head in DECIDING:
            return _has_xcomp(clause) or _binding_clause(content, party_names, strict=False)
        if _has_xcomp(clause):
            return True
        belief = clause.trigger.i != clause.head.i and clause.trigger.lower_ in BELIEF_OBJECTS or head in ("confirm",)
        return _binding_clause(content, party_names, strict=belief)
    if act == "note":
        return bool(condition) and bool(lowers & FUTURE)
    return False


def _has_xcomp(clause: Clause) -> bool:
    """"agreed to strengthen", "decided to keep": an infinitive of future action."""
    return any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in clause.head.children)


def _binding_clause(content, party_names: set[str], strict: bool) -> bool:
    """A content clause that puts an obligation or a future on a party.

    Loose (agree, reaffirm): any future or deontic modal binds. Strict (shared
    views and beliefs): the modal must bear on a party or be passive ("must
    continue to be implemented"), so that a forecast about a third thing
    ("CFC should continue to carry out") is not taken for a pledge.
    """
    for t in content:
        low = t.lower_
        modal = (low in FUTURE or low in ("must", "should", "shall")) and t.dep_ in ("aux", "auxpass", "ROOT")
        need = t.lemma_.lower() == "need" and (t.pos_ in ("VERB", "AUX")) or (low == "needed" and t.dep_ in ("ROOT", "ccomp", "acomp", "auxpass"))
        if low == "continue" and t.dep_ in ("ccomp", "xcomp", "ROOT", "conj") and not strict:
            return True
        if not (modal or need):
            continue
        if not strict:
            return True
        verb = t.head if t.dep_ in ("aux", "auxpass") else t
        if low == "needed" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return True
        for v in (verb, *[x for x in verb.children if x.dep_ == "xcomp"]):
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            for s in subj:
                words = {w.lower_ for w in s.subtree} | {w.text for w in s.subtree}
                if words & PARTY_WORDS or words & party_names:
                    return True
                if any(c.dep_ == "auxpass" for w in s.head.children for c in [w]):
                    return True
            # passive infinitive under the modal: "must continue to be implemented"
            if any(c.dep_ == "auxpass" for x in verb.subtree for c in [x]):
                return True
    return False
