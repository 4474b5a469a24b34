"""Milestones: future events and deadlines the statement names.

Two shapes: a later round of a dialogue ("the 50th SCM scheduled for the end
of October", "ahead of the 55th SCM", "the next round of the KIDD") and a
deadline on a commitment ("update the multi-year plan by the end of this
year"). Dates resolve relative to the meeting ("in October" after a July
meeting is October of the same year).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from accord.extraction.dates import resolve_when
from accord.extraction.meeting import MeetingFacts, Mention, dialogue_mentions
from accord.knowledge import Knowledge
from accord.records import Milestone

FUTURE = re.compile(r"\b(scheduled|to be held|to take place|ahead of|in preparing for|prepare for|preparations? for|"
                    r"will|upcoming|next|later this year|this fall|reconvene|convene|hold|host|be reported to|before|looked forward|look forward|"
                    r"carried into|lead-up to|run-up to)\b", re.I)
PAST = re.compile(r"\b(last|had|held on|was held|took place|set out at|since|previous|at the \d+(?:st|nd|rd|th)\b[^,.]*\bin (?:19|20)\d\d)\b", re.I)
DEADLINE = re.compile(
    r"\b(?:by|before|within|no later than|until)\s+(?:the\s+end\s+of\s+)?(?:this|the|its|next)?\s*(?:year|month|fiscal year)(?:\s+in\s+\w+\s+\d{4})?"
    r"|\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d"
    r"|\b(?:by|before|until)\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\bin\s+(?:19|20)\d\d\b|\bin\s+(?:early|mid|late)[- ](?:19|20)\d\d\b"
    r"|\bin the (?:first|second) half of (?:this|next) year\b"
    r"|\bin the near term\b|\bat an early date\b"
    r"|\b(?:next|later this)\s+(?:week|month|year)\b|\bnext week(?:'s|’s)\s+[A-Z][\w ]+"
    r"|\bduring\s+(?:its|the|their)?\s*(?:combined\s+)?(?:exercise|training|command post training)\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", re.I)
NEXT_ROUND = re.compile(r"\bthe next (?:round|meeting) of the (?P<name>[\w .'’-]+?)(?=\s+(?:in|on|at|to|,)|[.,;]|$)", re.I)
ORD = {1: "st", 2: "nd", 3: "rd"}


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else ORD.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass
class Found:
    milestone: Milestone
    start: int
    end: int


def _event_name(m: Mention, ref: dt.date | None, when: str | None, kb: Knowledge) -> str:
    rnd = m.round
    if rnd is None and m.info and when:
        rnd = m.info.round_in_year(int(when[:4]))
    if rnd is not None:
        return f"{ordinal(rnd)} {m.name}"
    if re.search(r"\b(Meeting|Dialogue|Talks|Consultations|Summit|Conference)$", m.name):
        return m.name
    return f"{m.name} meeting"


def find_milestones(text: str, sentences: list[tuple[int, int]], facts: MeetingFacts, ref: dt.date | None,
                    kb: Knowledge) -> list[Found]:
    out: list[Found] = []
    for s, e in sentences:
        sent = text[s:e]
        for m in dialogue_mentions(text, s, e, kb):
            same = (m.info is facts.info and m.info is not None) or (m.info is None and m.name == facts.dialogue)
            if same and re.search(r"\bnext\s+(?:\S+\s+){0,3}$", text[max(s, m.start - 40):m.start]) and facts.round:
                m.round = facts.round + 1  # "convening the next 2+2 Ministerial Dialogue"
            elif same and (m.round is None or m.round == facts.round):
                continue
            local = text[max(s, m.start - 60):min(e, m.end + 100)]
            before = text[max(s, m.start - 30):m.start]
            if not FUTURE.search(local) or PAST.search(text[m.start:min(e, m.end + 40)]) or PAST.search(before):
                continue
            if re.search(r"\b(each|every|annual|regular)\b[\w\s-]*$", before, re.I):
                continue  # "at each annual SCM and MCM": a recurring forum, not one event
            after = text[m.end:e]
            when = resolve_when(after[:120], ref) or resolve_when(text[max(s, m.start - 40):m.start], ref)
            if when is None and re.search(r"\bthis year(?:'s|’s)\b", text[max(s, m.start - 30):m.start]) and ref:
                when = str(ref.year)
            venue = _venue(after[:80])
            out.append(Found(Milestone(_event_name(m, ref, when, kb), when, venue, m.start, m.end, text[m.start:m.end]), m.start, m.end))
        for nm in NEXT_ROUND.finditer(sent):
            if facts.round is not None and facts.dialogue:
                when = resolve_when(sent[nm.end():], ref)
                name = f"{ordinal(facts.round + 1)} {facts.dialogue}"
                out.append(Found(Milestone(name, when, _venue(sent[nm.end():nm.end() + 60])), s + nm.start(), s + nm.end()))
    return _drop_unnumbered(out)


def unique(found: list[Found]) -> list[Milestone]:
    """One milestone per event, whichever mention dates it."""
    by_name: dict[str, Milestone] = {}
    for f in found:
        m = by_name.get(f.milestone.name)
        if m is None:
            by_name[f.milestone.name] = f.milestone
        else:
            m.when = m.when or f.milestone.when
            m.venue = m.venue or f.milestone.venue
    return list(by_name.values())


def deadline(content: str, ref: dt.date | None) -> Milestone | None:
    """A commitment's deadline, named by what is to be done."""
    m = DEADLINE.search(content)
    if not m:
        return None
    when = resolve_when(m.group(0), ref)
    if when is None and re.search(r"near term|early date", m.group(0), re.I):
        when = None
    elif when is None:
        return None
    if ref and when and when[:4].isdigit() and int(when[:4]) < ref.year:
        return None
    name = content
    cut = DEADLINE.search(name)
    if cut:
        name = name[:cut.start()]
    name = re.sub(r"^(?:to|that)\s+", "", name.strip(" ,"))
    words = name.split()
    name = " ".join(words[:12]).rstrip(" ,;")
    if not name:
        return None
    return Milestone(name, when, None)


def _venue(text: str) -> str | None:
    m = re.search(r"\bin\s+(?P<p>Washington(?:, D\.C\.)?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b", text)
    if m and not re.match(r"(January|February|March|April|May|June|July|August|September|October|November|December)", m["p"]):
        p = m["p"]
        return "Washington, D.C." if p == "Washington" else p
    return None


def _drop_unnumbered(found: list[Found]) -> list[Found]:
    """"the third meeting of the NCG ... (NCG)" names one event twice; keep the numbered name."""
    numbered = {f.milestone.name.split(" ", 1)[1] for f in found if f.milestone.name[:1].isdigit()}
    return [f for f in found if not (f.milestone.name.endswith(" meeting") and f.milestone.name[:-8] in numbered)]
