"""Heads of delegation: who led each side, with full title and party.

Names are told from titles by what titles are made of (``data/titles.yaml``):
in "Acting Deputy Assistant Defense Secretary for East Asia Marine Corps Brig.
Gen. Roberta Shea" every word up to "Roberta" is office, portfolio or rank, so
the name is "Roberta Shea". The party comes from a nationality before the
title, else from the delegation or side led, else from the office itself,
else by elimination among the parties of the meeting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from accord.knowledge import Knowledge
from accord.records import Head

LEAD = re.compile(r"\b(?P<verb>co-chaired|co-chair|chaired|led|headed|met|hosted|welcomed|were represented|was represented)\b")
NOT_OUR_MEETING = re.compile(r"\b(session|committee|working group|plenary)\b", re.I)
TOKEN = re.compile(r"\(together,[^)]*\)|\([^)]*\)|[^\s,;]+|,|;")
SUFFIX = {"Jr.", "Jr", "Sr.", "II", "III", "IV"}
BOUNDARY = {",", ";", "and", "with", "together", "as", "well", "by", "while"}


@dataclass
class Person:
    name: str
    title: str | None
    party: str | None
    start: int
    end: int


class HeadFinder:
    def __init__(self, kb: Knowledge):
        t = kb.titles
        self.kb = kb
        self.office = set(t.get("office", []))
        self.domain = set(t.get("domain", []))
        self.ranks = set(t.get("ranks", []))
        self.honorifics = set(t.get("honorifics", []))
        self.title_party = [(code, re.compile(p)) for code, pats in (t.get("party") or {}).items() for p in pats]
        self.vocab = self.office | self.domain | self.ranks | self.honorifics

    # -- people in a phrase -------------------------------------------------
    def people(self, seg: str, base: int = 0) -> list[Person]:
        toks = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(seg)]
        out: list[Person] = []
        i, last_end = 0, 0
        while i < len(toks):
            if not self._namey(toks[i][0]):
                i += 1
                continue
            j = i
            while j < len(toks) and (self._namey(toks[j][0]) or (j > i and toks[j][0] in SUFFIX)):
                j += 1
            run = toks[i:j]
            core = [t for t in run if t[0] not in SUFFIX and not re.fullmatch(r"[A-Z]\.", t[0])]
            if len(core) >= 2 and len(run) <= 5:
                title, party = self._title_before(seg, toks, last_end, i)
                if not title:
                    title = self._title_after(seg, toks, j)
                if title:
                    name = seg[run[0][1]:run[-1][2]]
                    if name.endswith(".") and run[-1][0] not in SUFFIX and not re.fullmatch(r"[A-Z]\.", run[-1][0]):
                        name = name[:-1]  # the sentence's full stop
                    out.append(Person(name, title, party, base + run[0][1], base + run[-1][2]))
                    last_end = j
            i = j
        return out

    def _namey(self, tok: str) -> bool:
        if tok in self.vocab or tok.startswith("("):
            return False
        if re.fullmatch(r"[A-Z]\.", tok):
            return True
        if not re.fullmatch(r"[A-Z][a-z][\w'’-]*\.?", tok):
            return False
        if tok.endswith("'s") or tok.endswith("’s"):
            return False
        if self.kb.parties_in(tok):
            return False
        return True

    def _title_before(self, seg, toks, lo: int, hi: int) -> tuple[str | None, str | None]:
        k = hi
        while k > lo and toks[k - 1][0] not in BOUNDARY:
            k -= 1
        # "and" inside a title ("for Asian and Pacific Security Affairs") is not a boundary;
        # only the "and" right after the previous person is
        while k > lo + 1 and toks[k - 1][0] == "and" and toks[k - 2][0] in self.vocab:
            k -= 1
            while k > lo and toks[k - 1][0] not in BOUNDARY:
                k -= 1
        words = toks[k:hi]
        if not words:
            return None, None
        text = seg[words[0][1]:words[-1][2]]
        party = None
        found = self.kb.parties_in(text)
        if found and found[0][0] <= 2:
            s, e, party = found[0]
            rest = text[e:]
            rest = re.sub(r"^\s*\([A-Z.]+\)\s*", " ", rest)
            rest = re.sub(r"^(?:'s|’s)\s*", " ", rest)
            text = rest
        ws = [w for w in text.split() if w not in self.ranks and w not in self.honorifics]
        # ranks and services sit between title and name ("... for East Asia Marine Corps Brig. Gen.")
        while ws and (ws[-1] in self.ranks or ws[-1] in self.honorifics):
            ws.pop()
        title = " ".join(w for w in ws if not w.startswith("("))
        if not title or not any(w in self.office for w in title.split()):
            return None, party
        return normalize_title(title), party

    def _title_after(self, seg, toks, j: int) -> str | None:
        if j < len(toks) and toks[j][0] == ",":
            k = j + 1
            while k < len(toks) and toks[k][0] not in (",", ";"):
                k += 1
            if k > j + 1:
                text = seg[toks[j + 1][1]:toks[k - 1][2]]
                if any(w in self.office for w in text.split()):
                    text = re.sub(r"^performing the duties of", "Performing the Duties of", text)
                    return normalize_title(text)
        return None

    def party_of_title(self, title: str | None) -> str | None:
        if not title:
            return None
        for code, pat in self.title_party:
            if pat.search(title):
                return code
        return None

    # -- heads of this meeting ------------------------------------------------
    def find(self, sentences: list[tuple[int, str]], parties: list[str], dialogue_names: list[str]) -> list[Head]:
        """Heads from the sentences that say who led, headed or co-chaired the talks."""
        heads: list[Head] = []
        for base, sent in sentences:
            for seg, side in self._lead_segments(sent, dialogue_names):
                for p in self.people(seg):
                    party = p.party or side or self.party_of_title(p.title)
                    if not any(h.name == p.name for h in heads):
                        heads.append(Head(p.name, p.title, party))
        # by elimination: the one party of the meeting that no head claims yet
        unknown = [h for h in heads if h.party is None]
        if unknown:
            missing = [c for c in parties if c not in {h.party for h in heads}]
            if len(missing) == 1:
                for h in unknown:
                    h.party = missing[0]
        return heads

    def _lead_segments(self, sent: str, dialogue_names: list[str]):
        """(phrase naming leaders, party of the side they led) for each lead verb."""
        for clause in sent.split(";"):
            passive = re.search(r"\b(?:was|were)\s+(?:led|headed|represented|chaired)\b|\bled\s+(?:on|for)\s+the\b", clause)
            if passive:
                yield from self._agents(clause, passive.start())
            else:
                yield from self._subjects(clause, dialogue_names)

    def _agents(self, clause: str, at: int):
        """"The U.S. delegation was led by A and B", "led on the ROK side by X and on the U.S. side by Y"."""
        subj_party = self._side(clause[:at][-60:])
        rest = clause[at:]
        bys = list(re.finditer(r"(?:(?:on|for)\s+the\s+(?P<side>[^,;]{1,40}?)\s+side\s+)?\bby\b", rest))
        for k, b in enumerate(bys):
            end = bys[k + 1].start() if k + 1 < len(bys) else len(rest)
            who = rest[b.end():end].strip()
            who = re.sub(r"(?:[\s,]*\b(?:and|led|headed|represented)\b[\s,]*)+$", "", who).strip(" ,.")
            if re.match(r"(?:a|the)\s+delegation\b", who):
                continue
            side = self._side(b["side"] + " side") if b["side"] else None
            yield who, side or subj_party

    def _subjects(self, clause: str, dialogue_names: list[str]):
        """"X and Y led the talks", "X headed the U.S. delegation and Y headed the ROK delegation"."""
        last = 0
        for m in LEAD.finditer(clause):
            verb = m["verb"]
            obj = clause[m.end():m.end() + 80]
            seg = clause[last:m.start()]
            last = m.end()
            if verb == "met":
                if len(self.people(seg)) >= 2:
                    yield seg, None
                continue
            if verb in ("hosted", "welcomed"):
                # "A and B hosted C and D in Manila for the fourth 2+2": hosts and guests led their sides
                guests = re.split(r"\s(?:in|at|on|for|to)\s|[,;]", clause[m.end():])[0]
                if self.people(seg) and self.people(guests):
                    yield seg, None
                    yield guests, None
                continue
            if verb.startswith("were") or verb.startswith("was"):
                continue
            obj_head = re.split(r"[,;]|\band\b", obj)[0]
            if NOT_OUR_MEETING.search(obj_head) or self._other_meeting(obj_head, dialogue_names):
                continue
            if not re.search(r"\b(talks|delegations?|dialogue|meeting|consultations|side|discussions?)\b", obj_head, re.I) and not any(n.lower() in obj_head.lower() for n in dialogue_names):
                continue
            yield seg, self._side(obj_head)
            last = m.end() + len(obj_head)

    def _side(self, text: str) -> str | None:
        m = re.search(r"(?:the\s+)?(?P<who>[\w.' -]{1,40}?)\s+(?:side|delegation)\b", text)
        if m:
            found = self.kb.parties_in(m["who"])
            if found:
                return found[-1][2]
        found = self.kb.parties_in(text)
        if found and re.match(r"^\s*(?:the\s+)?[\w.' -]{0,30}$", text.strip()) and len(text.split()) <= 5:
            return found[0][2]
        return None

    def _other_meeting(self, obj: str, dialogue_names: list[str]) -> bool:
        if re.search(r"\b\d+(st|nd|rd|th)\b", obj):
            return not any(n.lower() in obj.lower() for n in dialogue_names)
        return False


def normalize_title(title: str) -> str:
    """Official form of a title: "Deputy Assistant Defense Secretary" -> "Deputy Assistant Secretary of Defense"."""
    t = re.sub(r"\s+", " ", title).strip(" ,")
    t = re.sub(r"\b((?:Principal |Acting )*(?:Deputy )?(?:Assistant |Under )?)(Defense|State) Secretary\b", r"\1Secretary of \2", t)
    t = re.sub(r"\s*\([A-Z]{2,6}\)", "", t)
    return t
