"""Sessions: which session of the dialogue governs each part of the text.

A session opens at a cue, "At the Security Policy Initiative session," or
"During the ... meeting", or at a heading naming a known session, and runs
over the following paragraphs until a heading, another session cue, or a
closing paragraph that speaks of the dialogue as a whole.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from accord.extraction.layout import Block
from accord.knowledge import DialogueInfo, SessionInfo
from accord.records import Session

CUE = re.compile(r"\b(?:At|During|In|at|during)\s+(?:the|a)\s+(?P<name>[^,.;]{2,120}?)\s+(?P<kind>session|meeting|plenary session|plenary|working group meeting)\b")
# A known session named with no "session" after it: "During the Security Policy Initiative (SPI), ...",
# "At a session of the allies' Deterrence Strategy Committee (DSC) -- ..."
NAMED_CUE = re.compile(r"\b(?:At|During|In|at|during)\s+(?:the|a)\s+(?P<name>[^,.;]{2,120}?(?:\([A-Z]{2,6}\))?)\s*(?:,|--|—)")


@dataclass
class Scope:
    session: Session
    start: int
    end: int


def _match_known(name: str, info: DialogueInfo | None) -> SessionInfo | None:
    if not info:
        return None
    key = re.sub(r"\s*\([^)]*\)", "", name).strip().casefold()
    key = re.sub(r"\s+plenary$", "", key)
    # "the KIDD's Security Policy Initiative", "a session of the allies' Deterrence Strategy Committee"
    key = re.sub(r"^(?:(?:a|the)\s+)?(?:session\s+of\s+)?(?:the\s+)?(?:[\w.-]+(?:['’]s?)\s+)?", "", key) if \
        re.search(r"['’]s?\s|^(?:a|the)\s+session\s+of\s", key) else key
    acr = re.search(r"\(([A-Z]{2,6})\)", name)
    for s in info.sessions:
        names = [s.name, *(s.aliases or [])] + ([s.acronym] if s.acronym else [])
        if any(key == n.casefold() for n in names) or (acr and s.acronym == acr.group(1)):
            return s
    return None


def mentioned(text: str, info: DialogueInfo | None) -> list[Session]:
    """Known sessions the text names in full as held ("during the Security Policy Initiative (SPI)", "co-chaired the
    Deterrence Strategy Committee session", "a session of the Deterrence Strategy Committee")."""
    out = []
    for s in (info.sessions if info else []):
        held = r"\b(?:held|convened|called|named|at|during|in|chaired|co-chaired|hosted|session\s+of)\s+(?:the\s+|a\s+|another\s+)?(?:[\w'’,-]+\s+){0,4}?"
        # or as the subject of what it did: "the ... Committee saw staff run an exercise", "...
        # (DSC) met on Tuesday"
        did = r"(?:\s*\([A-Z]{2,6}\))?\s+(?:also\s+)?(?:met|convened|saw|discussed|reviewed|examined|assessed|agreed|focused)\b"
        if re.search(held + re.escape(s.name) + r"\b", text, re.I) or re.search(r"\b" + re.escape(s.name) + did, text):
            out.append(Session(s.name, s.acronym))  # not "work together through the DSC": that is a plan
    return out


def _new_session(name: str) -> Session | None:
    """A session the registry does not know, named as the text names it."""
    clean = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if not clean or not clean[0].isupper() and not re.search(r"\b(committee|group|initiative|council|forum)\b", clean, re.I):
        return None
    if not re.search(r"\b(committee|group|initiative|council|forum|board|panel|dialogue)\b", clean, re.I):
        return None
    if re.search(r"\d|\b(?:first|second|third|fourth|fifth|annual|inaugural)\b|['’]s$", clean, re.I):
        return None  # "the 30th border committee meeting", "the Defence Committee's meeting": the meeting itself
    acr = re.search(r"\(([A-Z][A-Za-z]{1,7})\)", name)
    return Session(clean[0].upper() + clean[1:], acr.group(1) if acr else None)


def scopes(text: str, blocks: list[Block], info: DialogueInfo | None, dialogue_names: list[str]) -> list[Scope]:
    out: list[Scope] = []
    current: Scope | None = None
    closing = re.compile("|".join(re.escape(n) for n in dialogue_names), re.I) if dialogue_names else None
    own = {n.strip().casefold() for n in dialogue_names if n}

    def close(at: int):
        nonlocal current
        if current:
            current.end = at
            out.append(current)
            current = None

    for b in blocks:
        if b.kind == "heading":
            close(b.start)
            known = _match_known(b.text.strip(), info)
            if known and b.text.strip().casefold() in {n.casefold() for n in [known.name, known.acronym or "", *known.aliases] if n}:
                current = Scope(Session(known.name, known.acronym), b.start, len(text))
            continue
        if b.kind not in ("paragraph",):
            continue
        body = text[b.start:b.end]
        cues = list(CUE.finditer(body))
        cues += [m for m in NAMED_CUE.finditer(body) if _match_known(m["name"], info)
                 and not any(c.start() == m.start() for c in cues)]
        cues.sort(key=lambda m: m.start())
        opened = False
        for m in cues:
            # a cue governs only when it opens a clause: at the paragraph or sentence start, or after "officials said"
            before = body[:m.start()].rstrip()
            if before and not before.endswith((".", ":")) and not re.search(r"\b(said|announced)\s*,?$", before):
                continue
            if m["name"].strip().casefold() in own:
                continue  # "During the Norway-Chile Border Committee meeting held ...": the dialogue, no session of it
            known = _match_known(m["name"], info)
            sess = Session(known.name, known.acronym) if known else _new_session(m["name"]) if m.re is CUE else None
            if sess is None:
                continue
            close(b.start + m.start())
            current = Scope(sess, b.start + m.start(), len(text))
            opened = True
        if current and not opened and closing and closing.search(body) and re.search(r"\b(this|the)\b", body):
            # a closing paragraph that speaks of the dialogue as a whole belongs to no session
            if re.search(r"\b(?:\d+(?:st|nd|rd|th)|this)\s+(?:[\w.-]+\s+){0,4}?(?:" + closing.pattern + r")", body, re.I):
                close(b.start)
    close(len(text))
    return out


def session_at(pos: int, scopes_: list[Scope]) -> Session | None:
    for s in scopes_:
        if s.start <= pos < s.end:
            return s.session
    return None


def sessions_held(scopes_: list[Scope], named: list[Session] = ()) -> list[Session]:
    """The sessions of the meeting: those that govern a part of the text, then those it names in full."""
    seen, out = set(), []
    for sess in [*(s.session for s in scopes_), *named]:
        key = sess.acronym or sess.name
        if key not in seen:
            seen.add(key)
            out.append(sess)
    return out
