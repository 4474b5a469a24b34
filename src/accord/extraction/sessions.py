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
from accord.extraction.meeting import ORDINAL_ANY, ORDINAL_WORDS
from accord.knowledge import DialogueInfo, SessionInfo
from accord.records import Session

CUE = re.compile(r"\b(?:At|During|In|at|during)\s+(?:the|a)\s+(?P<name>[^,.;]{2,120}?)\s+(?P<kind>session|meeting|plenary session|plenary|working group meeting)\b")
# A known session named with no "session" after it: "During the Security Policy Initiative (SPI), ...",
# "At a session of the allies' Deterrence Strategy Committee (DSC) -- ..."
NAMED_CUE = re.compile(r"\b(?:At|During|In|at|during)\s+(?:the|a)\s+(?P<name>[^,.;]{2,120}?(?:\([A-Z]{2,6}\))?)\s*(?:,|--|—)")
# A part of the meeting named as it opens: "On the B Committee, both sides ...", "This was followed by the B Talks."
PART_CUE = re.compile(r"\b(?:(?:At|During|In|On|at|during|in|on)\s+the|(?:This|It)\s+was\s+followed\s+by\s+the)\s+"
                      r"(?P<name>[^,.;()]{2,120}?)(?:\s*\([A-Z]{2,6}\))?\s*[,.]")


# Parts of a meeting named as held, for dialogues the registry does not know:
# "saw three working group meetings on A, B and the C"
_UNIT = r"(?P<unit>[Ww]orking[ -][Gg]roup|[Ss]ub-?[Cc]ommittee)"
LISTED_UNITS = re.compile(r"\b" + _UNIT + r"\s+(?:meetings|sessions)\s+on\s+(?P<list>[^.;:]{3,200})")
# "held a plenary and 1) the A working group meeting, 2) the B working group meeting"
NUMBERED_UNITS = re.compile(r"(?:\d\)|\([a-z\d]\)|\b(?:meeting|session|plenary),?\s+(?:and\b)?|\bheld(?:\s+(?:a|the))?)\s*(?P<name>(?:[\w'’-]+\s+){1,8}?)" + _UNIT
                            + r"\s+(?:meeting|session)\b(?!s)")
# "the meeting of the A subcommittee", "convened the A and B subcommittees"
NAMED_UNITS = re.compile(r"\b(?:meeting\s+of|convened|held|hosted)\s+the\s+(?P<names>(?:[A-Z][\w'’-]*\s+)+?"
                         r"(?:and\s+(?:[A-Z][\w'’-]*\s+)+?)?)" + _UNIT + r"(?P<plural>s?)\b(?!\s+(?:on|of)\b)")
# "The dialogue had two components: A Talks; and B Talks."
COMPONENTS = re.compile(r"\b(?:components?|parts?|segments?|tracks?|strands?)\s*:\s*(?P<list>[^.]{3,200})")
PART_NOUN = re.compile(r"\b(?:Talks|Session|Meeting|Committee|Subcommittee|Sub-Committee|Group|Consultations?|Dialogue)$")
# "the 14th A Meeting (AM) and 9th B Committee (BC) meeting": two bodies met together, one of them the dialogue
MET_TOGETHER = re.compile(r"\bthe\s+" + ORDINAL_ANY + r"\s+(?P<a>[A-Z][^()]{3,80}?)(?:\s+\((?P<aa>[A-Z]{2,6})\))?\s+and\s+"
                          r"(?:the\s+)?" + ORDINAL_ANY + r"\s+(?P<b>[A-Z][^()]{3,80}?)(?:\s+\((?P<ba>[A-Z]{2,6})\))?\s+meetings?\b")
HELD_PARTS = re.compile(r"\b(?:held|saw|convened|hosted|included|featured|comprised|consisted\s+of|there\s+were)\b")
NOT_A_NAME = {"the", "a", "an", "its", "their", "two", "three", "four", "five", "six", "several", "various", "all",
              "joint", "bilateral", "trilateral", "annual", "plenary", "separate", "respective", "other"}
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _part(name: str, unit: str = "") -> Session | None:
    """A part named in a list, with its kind after it ("maritime economy" + "working group"); none when the words
    only count or qualify ("three", "the joint") or give the round ("14th")."""
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(" ,;"), flags=re.I).strip()
    acr = re.search(r"\s*\(([A-Z][A-Za-z]{1,7})\)$", name)
    name = name[:acr.start()].strip() if acr else name
    words = name.split()
    if not words or all(w.casefold() in NOT_A_NAME for w in words) or re.search(r"\d", name) \
            or any(w.casefold() in ORDINAL_WORDS for w in words):
        return None
    return Session(f"{name} {unit}".strip(), acr.group(1) if acr else None)


def _listed(items: str) -> list[str]:
    """The names of a list: "A, B and C, and the D" split on its commas, or on "and" when it has none."""
    items = re.split(r"\s+(?:which|that|where|to|for)\s", items)[0]
    parts = re.split(r"\s*[,;]\s*(?:and\s+)?", items) if re.search(r"[,;]", items) else re.split(r"\s+and\s+", items)
    return [p for p in parts if p.strip()]


def components(text: str, dialogue_names: list[str] = (), acronym: str | None = None) -> list[Session]:
    """The parts of the meeting that the text names as held: working groups and subcommittees that met, the
    components a dialogue had, a second body that met with the dialogue's own. They are the sessions of a
    dialogue the registry does not know."""
    own = {n.strip().casefold() for n in dialogue_names if n} | ({acronym.casefold()} if acronym else set())
    found: list[Session] = []
    for sentence in SENTENCE_END.split(text):
        held = HELD_PARTS.search(sentence)
        for m in LISTED_UNITS.finditer(sentence) if held else ():
            found += [_part(n, m["unit"]) for n in _listed(m["list"])]
        for m in NUMBERED_UNITS.finditer(sentence) if held else ():
            found.append(_part(m["name"], m["unit"]))
        for m in NAMED_UNITS.finditer(sentence):
            names = re.split(r"\s+and\s+", m["names"].strip()) if m["plural"] else [m["names"]]
            found += [_part(n, m["unit"]) for n in names]
        for m in COMPONENTS.finditer(sentence):
            items = _listed(m["list"])
            if len(items) > 1 and all(i[:1].isupper() and PART_NOUN.search(i.strip()) for i in items):
                found += [_part(i) for i in items]
        for m in MET_TOGETHER.finditer(sentence):
            a_own = m["a"].casefold() in own or (m["aa"] or "").casefold() in own
            b_own = m["b"].casefold() in own or (m["ba"] or "").casefold() in own
            if a_own != b_own:
                other, acr = (m["b"], m["ba"]) if a_own else (m["a"], m["aa"])
                found.append(_part(f"{other} ({acr})" if acr else other))
    out, seen = [], set(own)
    for s in found:
        if s and s.name.casefold() not in seen and not any(s.name.casefold() in n for n in own):
            seen.add(s.name.casefold())
            out.append(s)
    return out


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


def scopes(text: str, blocks: list[Block], info: DialogueInfo | None, dialogue_names: list[str],
           parts: list[Session] = ()) -> list[Scope]:
    out: list[Scope] = []
    part_named = {p.name.casefold(): p for p in parts}
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
        cues += [m for m in PART_CUE.finditer(body) if m["name"].strip().casefold() in part_named
                 and not any(c.start() == m.start() for c in cues)]
        cues.sort(key=lambda m: m.start())
        opened = listed_part = False
        for m in cues:
            # a cue governs only when it opens a clause: at the paragraph or sentence start, or after "officials said"
            before = body[:m.start()].rstrip()
            if before and not before.endswith((".", ":")) and not re.search(r"\b(said|announced)\s*,?$", before):
                continue
            if m["name"].strip().casefold() in own:
                continue  # "During the Norway-Chile Border Committee meeting held ...": the dialogue, no session of it
            known = _match_known(m["name"], info)
            sess = Session(known.name, known.acronym) if known else part_named.get(m["name"].strip().casefold()) \
                if m.re is PART_CUE else _new_session(m["name"]) if m.re is CUE else None
            if sess is None:
                continue
            close(b.start + m.start())
            current = Scope(sess, b.start + m.start(), len(text))
            opened, listed_part = True, m.re is PART_CUE
        if listed_part:
            close(b.end)  # a part the page only lists, with no headings, governs the paragraph that names it
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
