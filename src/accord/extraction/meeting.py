"""Meeting: which dialogue met, which round, where, in what format, between whom.

Known dialogues come from the registry (``data/dialogues.yaml``); a dialogue
the registry lacks still gets its name, acronym and round from the text
("the 7th U.S.-Philippines Ministerial Dialogue (MDB)").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from accord.extraction.layout import Block
from accord.knowledge import DialogueInfo, Knowledge

ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_ORD = r"(?:(?P<num>\d{1,3})(?:st|nd|rd|th)|(?P<word>(?i:" + "|".join(ORDINAL_WORDS) + r")))"
ORDINAL_BEFORE = re.compile(
    _ORD + r"\s+(?:(?:meeting|round|session|plenary) of (?:the )?)?"
    r"(?:(?:[A-Z][\w.'’&+-]*|of|and|the|-)\s+){0,7}$")
GENERIC_DIALOGUE = re.compile(
    _ORD + r"\s+"
    r"(?P<name>(?:[A-Z][\w.'’&+-]*\s+){0,7}?(?:Dialogue|Meeting|Consultations?|Talks|Committee|Forum|Summit|Conference|Council))"
    r"(?:\s*\((?P<acr>[A-Z][A-Za-z0-9+&\- ]{1,12})\))?")
VIRTUAL = re.compile(r"\b(video ?teleconference|video ?conference|videoconference|virtual(ly)?|video link|teleconference|online meeting|by video)\b", re.I)
PLACE = re.compile(r"\b(?:in|at)\s+(?P<p>(?:[A-Z][a-zA-Z'’-]+)(?:\s+[A-Z][a-zA-Z'’-]+){0,2}(?:,\s+D\.C\.)?)")
NOT_PLACE = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|The|This|Their|Its|His|Her|Each|Both|Security|Defense|Phase|Particular|Addition|Support|Light|Response|Order|Line)\b")


@dataclass
class MeetingFacts:
    dialogue: str | None = None
    acronym: str | None = None
    round: int | None = None
    venue: str | None = None
    format: str | None = None
    parties: list[str] = field(default_factory=list)
    info: DialogueInfo | None = None


@dataclass
class Mention:
    start: int
    end: int
    info: DialogueInfo | None
    name: str
    acronym: str | None
    round: int | None
    in_title: bool


def dialogue_mentions(text: str, start: int, end: int, kb: Knowledge, in_title: bool = False) -> list[Mention]:
    """Dialogues named in text[start:end], registry ones first, with any round before them."""
    seg = text[start:end]
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for s, e, info in kb.find_dialogues(seg):
        taken.append((s, e))
        out.append(Mention(start + s, start + e, info, info.name, info.acronym,
                           _ordinal_before(seg[:s]), in_title))
    for m in GENERIC_DIALOGUE.finditer(seg):
        if any(m.start("name") < e and s < m.end("name") for s, e in taken):
            continue
        name = m["name"].strip()
        name = re.sub(r"^(?:the|of)\s+", "", name, flags=re.I)
        out.append(Mention(start + m.start("name"), start + m.end("name"), None, name,
                           m["acr"], _ordinal_value(m), in_title))
    out.sort(key=lambda x: x.start)
    return out


def _ordinal_value(m: re.Match) -> int:
    return int(m["num"]) if m["num"] else ORDINAL_WORDS[m["word"].lower()]


def _ordinal_before(prefix: str) -> int | None:
    m = ORDINAL_BEFORE.search(prefix[-90:])
    return _ordinal_value(m) if m else None


def identify(text: str, blocks: list[Block], kb: Knowledge, dateline_city: str | None) -> MeetingFacts:
    """The meeting the statement reports, from its title and opening paragraphs."""
    mentions: list[Mention] = []
    prose = [b for b in blocks if b.kind in ("paragraph", "bullet")]
    for b in blocks:
        if b.kind == "title":
            mentions += dialogue_mentions(text, b.start, b.end, kb, in_title=True)
    opening = [b for b in prose if b.kind == "paragraph"][:2]
    for b in opening:
        mentions += dialogue_mentions(text, b.start, b.end, kb)
    facts = MeetingFacts()
    if not mentions:
        return facts
    best = _choose(mentions)
    facts.info = best.info
    facts.dialogue = best.name
    facts.acronym = best.acronym
    same = [m for m in mentions if m.name == best.name and m.round is not None]
    facts.round = best.round if best.round is not None else (same[0].round if same else None)
    if best.info:
        facts.parties = sorted(best.info.parties)
    elif best.acronym is None:
        acr = re.search(re.escape(best.name) + r"\s*\((?P<a>[A-Z][\w+&-]{1,10})\)", text)
        facts.acronym = acr["a"] if acr else None

    meet = meeting_paragraph(text, blocks, facts)
    head = text[meet[0]:meet[1]] if meet else ""
    opening_text = " ".join(text[b.start:b.end] for b in opening)
    if VIRTUAL.search(opening_text):
        facts.format = "virtual"
    else:
        facts.venue = _venue(head, kb, facts) or _venue(opening_text, kb, facts)
        if facts.venue is None and dateline_city:
            facts.venue = _city(dateline_city)
        if facts.venue is None:
            for b in blocks:
                if b.kind == "title":
                    facts.venue = _venue(b.text, kb, facts)
        facts.format = "in_person" if facts.venue else None
    return facts


def _choose(mentions: list[Mention]) -> Mention:
    def rank(m: Mention):
        return (0 if m.in_title and m.round is not None else
                1 if m.round is not None else
                2 if m.in_title else 3, 0 if m.info else 1, m.start)
    return min(mentions, key=rank)


def meeting_paragraph(text: str, blocks: list[Block], facts: MeetingFacts) -> tuple[int, int] | None:
    """The first paragraph, the one that says who met where and when."""
    for b in blocks:
        if b.kind == "paragraph":
            return (b.body_start or b.start, b.end)
    return None


def _venue(seg: str, kb: Knowledge, facts: MeetingFacts) -> str | None:
    names = set()
    if facts.info:
        names = {n.casefold() for n in facts.info.names()}
    for m in PLACE.finditer(seg):
        p = m["p"].strip()
        if NOT_PLACE.match(p):
            continue
        if p.casefold() in names or any(w in p for w in ("Dialogue", "Meeting", "Committee", "Ministry", "Department", "Defense", "Command")):
            continue
        return _city(p)
    return None


def _city(p: str) -> str:
    p = p.strip().rstrip(",")
    if p.upper() == p:
        p = p.title()
    if p == "Washington":
        return "Washington, D.C."
    return p
