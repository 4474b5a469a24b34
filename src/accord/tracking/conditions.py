"""Conditions over time: what the record says, round by round, about each stated condition.

Some commitments are made under conditions that the allies themselves define
(the three conditions of the conditions-based OPCON transition plan). Those
conditions are data (``conditions.yaml``), so an analyst can add the
conditions of any alliance; this module gathers every statement that speaks
to each one, with its act and date, so one can read how the record on a
condition moved: from pledges to meet it, to reviews of progress, to findings
that it is closer to being met.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from accord.knowledge import Knowledge, default_knowledge
from accord.records import Record
from accord.tracking.rounds import chronological, meeting_ref


@dataclass
class Condition:
    id: str
    name: str
    group: str | None  # None for a group itself
    parties: list[str]
    terms: list[re.Pattern]
    topics: list[str] = field(default_factory=list)
    exclude: list[re.Pattern] = field(default_factory=list)

    @property
    def is_group(self) -> bool:
        return self.group is None

    def match(self, text: str, topics: list[str]) -> str | None:
        """The words that make the text speak to this condition, or None."""
        if self.topics and not set(self.topics) & set(topics):
            return None
        if any(p.search(text) for p in self.exclude):
            return None
        for p in self.terms:
            m = p.search(text)
            if m:
                return m.group(0)
        return None


@dataclass
class ConditionEvidence:
    condition_id: str
    statement_id: str
    document_id: str
    meeting: str
    date: str | None
    act: str
    commitment: bool
    text: str
    matched: str  # the words that tie it to the condition


@dataclass
class ConditionTrack:
    condition: Condition
    evidence: list[ConditionEvidence] = field(default_factory=list)

    @property
    def meetings(self) -> list[str]:
        return list(dict.fromkeys(e.meeting for e in self.evidence))

    def to_dict(self) -> dict:
        c = self.condition
        return {"id": c.id, "name": c.name, "group": c.group, "parties": c.parties,
                "evidence": [vars(e) for e in self.evidence]}


def _compile(pattern: str) -> re.Pattern:
    flags = 0 if re.sub(r"[^A-Za-z]", "", pattern).isupper() else re.IGNORECASE
    return re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", flags)


def load_conditions(kb: Knowledge | None = None) -> list[Condition]:
    """Groups first, each followed by its conditions, in file order."""
    raw = (kb or default_knowledge()).conditions or {}
    groups = {g["id"]: g for g in raw.get("groups") or []}
    out = []
    for gid, g in groups.items():
        out.append(Condition(gid, g["name"], None, list(g.get("parties") or []),
                             [_compile(t) for t in g.get("terms") or []], list(g.get("topics") or [])))
        for c in raw.get("conditions") or []:
            if c.get("group") == gid:
                out.append(_condition(c, g))
    out += [_condition(c, {}) for c in raw.get("conditions") or [] if c.get("group") not in groups]
    return out


def _condition(c: dict, group: dict) -> Condition:
    return Condition(c["id"], c["name"], c.get("group") or "", list(c.get("parties") or group.get("parties") or []),
                     [_compile(t) for t in c.get("terms") or []], list(c.get("topics") or []),
                     [_compile(t) for t in c.get("exclude") or []])


def select(conditions: list[Condition], name: str | None) -> list[Condition]:
    """Conditions whose id, group or name contains ``name`` (case-insensitive); a group brings its members."""
    if not name:
        return conditions
    key = name.casefold()
    hit = {c.id for c in conditions if key in c.id.casefold() or key in c.name.casefold()
           or (c.group and key in c.group.casefold())}
    return [c for c in conditions if c.id in hit or (c.group in hit)]


def track_conditions(records: list[Record], *, name: str | None = None,
                     knowledge: Knowledge | None = None) -> list[ConditionTrack]:
    """Each condition with the statements that speak to it, in date order."""
    conditions = select(load_conditions(knowledge), name)
    tracks = [ConditionTrack(c) for c in conditions]
    for rec in chronological(records):
        ref = meeting_ref(rec)
        for st in rec.statements:
            if st.act == "meet":
                continue
            for track in tracks:
                c = track.condition
                if c.parties and not set(c.parties) <= set(ref.alliance):
                    continue
                matched = c.match(st.text, st.topics)
                if matched:
                    track.evidence.append(ConditionEvidence(c.id, st.id, rec.document.id, ref.key, ref.date, st.act,
                                                            st.commitment, st.text, matched))
    return tracks
