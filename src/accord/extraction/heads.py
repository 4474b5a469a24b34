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
from collections import Counter
from dataclasses import dataclass

from accord.knowledge import Knowledge
from accord.records import Head

LEAD = re.compile(r"\b(?P<verb>co-chaired|co-chair|chaired|led|headed|met|meets|held|holds?|convened|hosted|welcomed|participated|attended|took part|represented|were represented|was represented)\b")
NOT_OUR_MEETING = re.compile(r"\b(session|committee|working group|plenary)\b", re.I)
TOKEN = re.compile(r"\(together,[^)]*\)|\([^)]*\)|[^\s,;]+|,|;")
KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "On", "In", "At",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Today", "Yesterday"}
MEETING_WORDS = re.compile(r"\b(?:talks|dialogue|meeting|consultations|session|2\+2)\b", re.I)
# What a delegation head leads: the talks, a delegation, a side
LED = re.compile(r"\b(?:talks|delegations?|dialogue|meeting|consultations|side|discussions?|forum)\b", re.I)
COUNTERPARTS = re.compile(r"\b(?:his|her|their)\s+(?:[A-Z][\w.'’-]*\s+){0,2}counterparts?\b")
SUFFIX = {"Jr.", "Jr", "Sr.", "II", "III", "IV"}
# Letters after a name that are not part of it ("the Hon. Richard Marles MP", "Linda Reynolds CSC").
POSTNOMINAL = {"MP", "CSC", "AO", "AC", "KC", "QC", "OBE", "CBE", "KBE", "MBE", "DSC", "AM", "PhD", "Ph.D.", "MEP"}
CAPS_NAME = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})?")  # a family name written in capitals: "HAYASHI Yoshimasa"
BOUNDARY = {",", ";", "and", "with", "together", "as", "well", "by", "while"}
PARTICLES = {"del", "dela", "de", "da", "di", "du", "dos", "van", "von", "der", "bin", "binti"}
GLUED = re.compile(r"[A-Z][a-z]+[A-Z]\w*")  # "SecBlinken"
# Words a page ran together ("Minister for Foreign Affairs ofJapan", "the AustralianMinister", "Ministerfor")
RUN_TOGETHER = re.compile(r"\b(?:of|for|and|the)(?=[A-Z][a-z])|(?<=[a-z])(?=(?:Minister|Secretary)\b)|\b(?:Minister|Secretary)(?=(?:of|for)\b)"
                          r"|\b(?!(?:Mac|Van|Von|Fitz|Della|Dela)[A-Z])[A-Z][a-z]{3,}(?=[A-Z][a-z]{2,}\b)")  # "MarisePayne"


def unglue(text: str) -> str:
    return RUN_TOGETHER.sub(lambda m: m.group() + " ", text)


@dataclass
class Person:
    name: str
    title: str | None
    party: str | None
    start: int
    end: int
    shared: str | None = None  # the party of the person it is coordinated with ("Japanese A and B", "A and B of Japan")
    of: bool = False  # the party was said after the name ("A of Japan")


class HeadFinder:
    def __init__(self, kb: Knowledge):
        t = kb.titles
        self.kb = kb
        self.office = set(t.get("office", []))
        self.domain = set(t.get("domain", []))
        self.ranks = set(t.get("ranks", []))
        self.honorifics = set(t.get("honorifics", []))
        self.title_party = [(code, re.compile(p, re.I)) for code, pats in (t.get("party") or {}).items() for p in pats]
        self.vocab = self.office | self.domain | self.ranks | self.honorifics
        self.no_office = {code: [re.compile(p) for p in pats] for code, pats in (t.get("no_office") or {}).items()}
        self.organization_head = re.compile(t["organization_head"]) if t.get("organization_head") else None
        self.korean_family = set(t.get("korean_family_names") or [])
        given = t.get("given_name_ranks") or {}
        self.given_ranks = set(given.get("words") or [])
        self.given_after = set(given.get("after") or []) | self.honorifics
        self.not_names = set(t.get("not_names") or [])
        self.holders = set(t.get("holders") or [])
        self.not_heads = [re.compile(x) for x in t.get("not_delegation_heads") or []]

    # -- people in a phrase -------------------------------------------------
    def people(self, seg: str, base: int = 0, bare: bool | str = False, known: dict | None = None) -> list[Person]:
        """People named with a title in a phrase; with ``bare``, a name that opens it needs none
        ("led by John Noh, ...": the agent of "led" is a person whatever the text calls him), and with
        ``bare="all"`` no name does ("their Australian counterparts, Ann Lee and Tom Grey")."""
        toks = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(seg)]
        out: list[Person] = []
        i, last_end = 0, 0
        while i < len(toks):
            if not (self._namey(toks[i][0]) or self._given_rank(toks, i, start=True)):
                i += 1
                continue
            j = i
            while j < len(toks) and (self._namey(toks[j][0]) or (j > i and toks[j][0] in SUFFIX)
                                     or self._given_rank(toks, j, start=j == i) or self._particle(toks, i, j)):
                if j - i >= 2 and GLUED.fullmatch(toks[j][0]):
                    break  # "Antony Blinken SecBlinken": a handle after a full name is not part of it
                j += 1
                if toks[j - 1][0].endswith(".") and len(toks[j - 1][0]) > 3 and toks[j - 1][0] not in SUFFIX \
                        and not (j < len(toks) and re.fullmatch(r"[A-Z]\.", toks[j][0])):
                    break  # "... in Brussels. Arriving ...": a name does not run over a full stop
            if j < len(toks) and j - i == 1 and self._surname_place(toks, j):
                j += 1  # "Abraham Denmark": a place word is a surname after a given name
            run = toks[i:j]
            if not any(CAPS_NAME.fullmatch(t[0]) is None and not re.fullmatch(r"[A-Z]\.", t[0]) for t in run):
                i = j  # capitals alone are an acronym, not a name
                continue
            if j + 1 < len(toks) and toks[j][0] == "," and toks[j + 1][0] in SUFFIX:
                run = toks[i:j + 2]  # "Gilberto C. Teodoro, Jr."
                j += 2
            elif j - i == 1 and j + 1 < len(toks) and toks[j][0] == "," and KOREAN_GIVEN.fullmatch(toks[j + 1][0]):
                run = toks[i:j + 2]  # "Kang, Kyung-wha": family name, comma, given name
                j += 2
            elif j - i == 1 and toks[i][0] in self.korean_family and j + 1 < len(toks) and toks[j][0] == "," \
                    and re.fullmatch(r"[A-Z][a-z]{1,7}", toks[j + 1][0]) and toks[j + 1][0] not in self.vocab:
                # "Kim, Kwan Jin", "Lee, Sanghee": a Korean family name set off from its given name
                given = 2 if j + 2 < len(toks) and re.fullmatch(r"[A-Z][a-z]{1,4}", toks[j + 2][0]) \
                    and toks[j + 2][0] not in self.vocab else 1
                run = toks[i:j + 1 + given]
                j += 1 + given
            core = [t for t in run if t[0] not in SUFFIX and not re.fullmatch(r"[A-Z]\.?", t[0])]
            if len(core) == 1 and len(run) >= 2 and re.fullmatch(r"[A-Z]\.?", run[0][0]):
                core = run[:2]  # "S. Jaishankar": an initial and a surname are a name
            whole = seg[run[0][1]:run[-1][2]].rstrip(".")
            if self.kb.parties_in(whole) and self.kb.parties_in(whole)[0][:2] == (0, len(whole)):
                i = j  # "the United Kingdom" is a country, not a person
                continue
            title, party = self._title_before(seg, toks, last_end, i) if core else (None, None)
            if known and len(run) == 1 and run[0][0] in known and not self.kb.parties_in(run[0][0]):
                full = known[run[0][0]]  # "Gates and Minister Kim attended": the Gates and the Kim named before
                out.append(Person(full.name, full.title, full.party, base + run[0][1], base + run[0][2], full.shared))
                last_end = i = j
                continue
            if len(core) == 1 and len(run) == 1 and title and self._titled_surname(seg, toks, i):
                core = core * 2  # "Secretary of State Blinken": a title and a surname name a person
            if len(core) >= 2 and len(run) <= 6:
                if not title:
                    title, party = self._appositive_title(seg, toks, last_end, i)
                if not title:
                    k = j
                    while k < len(toks) and toks[k][0] in POSTNOMINAL:
                        k += 1
                    title, end = self._title_after(seg, toks, k)
                    if title:  # the title after this name is this person's, not the next one's
                        j = end
                after_place_word = i > 0 and toks[i - 1][0] in ("in", "at", "on", "from", "to", "near")
                if title or (bare and (i == 0 or bare == "all") and not after_place_word):
                    of = False
                    if party is None:  # "Defence Minister Piet Vos of Mongolia"
                        after = re.match(r"\s*,?\s*of\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s(?:of\s)?[A-Z][\w.'’-]*){0,3})", seg[run[-1][2]:])
                        found = self.kb.parties_in(after[1]) if after else []
                        party = found[0][2] if found and found[0][0] == 0 else None
                        of = party is not None
                    name = seg[run[0][1]:run[-1][2]]
                    if name.endswith(".") and run[-1][0] not in SUFFIX and not re.fullmatch(r"[A-Z]\.", run[-1][0]):
                        name = name[:-1]  # the sentence's full stop
                    out.append(Person(name, title, party, base + run[0][1], base + run[-1][2], of=of))
                    last_end = j
            i = j
        self._share(seg, base, out)
        return out

    def _share(self, seg: str, base: int, people: list[Person]) -> None:
        """"Japanese Foreign Minister A and Defence Minister B", "Foreign Minister A and Defence Minister B of
        Japan": a nationality said once qualifies both offices, unless the second is the same office or one
        that party does not have."""
        for a, b in zip(people, people[1:]):
            between = seg[a.end - base:b.start - base]  # "and" and the second's title, nothing else
            if not re.fullmatch(r"\s*(?:,\s*)?and\s+(?:(?:[A-Z][\w.'’-]*|of|for|and|the|on)\s+)*", between) \
                    or not b.title or a.title == b.title:
                continue
            if a.party and not a.of and not b.party and not self._country_in_title(b.title) \
                    and not self._lacks(a.party, b.title):
                b.shared = a.party
            elif b.party and b.of and not a.party and not self._country_in_title(a.title) \
                    and not self._lacks(b.party, a.title):
                a.shared = b.party

    def _lacks(self, party: str, title: str | None) -> bool:
        return any(p.search(title or "") for p in self.no_office.get(party, []))

    def _given_rank(self, toks, k: int, start: bool) -> bool:
        """A rank abbreviation that is a given name here ("Minister Gen Nakatani", "Mr. Gen Nakatani",
        "Nakatani Gen,"): after an honorific or a civilian office, or ending a name."""
        if k >= len(toks) or toks[k][0] not in self.given_ranks:
            return False
        if start:
            return k > 0 and toks[k - 1][0] in self.given_after and k + 1 < len(toks) and self._namey(toks[k + 1][0])
        return not (k + 1 < len(toks) and self._namey(toks[k + 1][0]))

    def _particle(self, toks, i: int, j: int) -> bool:
        """"Albert del Rosario", "Ursula von der Leyen": a lower-case particle inside a name."""
        return j > i and toks[j][0] in PARTICLES and j + 1 < len(toks) and \
            (self._namey(toks[j + 1][0]) or toks[j + 1][0] in PARTICLES)

    def _surname_place(self, toks, j: int) -> bool:
        tok = toks[j][0]
        nxt = toks[j + 1][0] if j + 1 < len(toks) else ","
        return bool(re.fullmatch(r"[A-Z][a-z]{2,}", toks[j - 1][0])) and bool(re.fullmatch(r"[A-Z][a-z]+", tok)) \
            and bool(self.kb.parties_in(tok)) and (nxt in BOUNDARY or nxt in (".", "(") or nxt[:1].islower())

    def _titled_surname(self, seg, toks, i: int) -> bool:
        """A lone name right after an office word, and the phrase goes on to its verb or next person."""
        return i > 0 and toks[i - 1][0][:1].isupper() and toks[i - 1][0] in self.office | self.domain and \
            (i + 1 >= len(toks) or toks[i + 1][0] in (",", ";", "and", "(", "convened", "met", "held", "led")
             or toks[i + 1][0].startswith("(") or toks[i - 1][0] in self.holders and toks[i + 1][0][:1].islower())

    def _namey(self, tok: str) -> bool:
        if tok in self.vocab or tok.rstrip(".") in self.vocab or tok.startswith("(") or tok in POSTNOMINAL or tok.rstrip(".") in CALENDAR \
                or tok.rstrip(".") in self.not_names:
            return False
        if "-" in tok and all(w in self.vocab for w in tok.split("-")):
            return False  # "Secretary-General"
        if tok.endswith("s") and (tok[:-1] in self.office or tok[:-2] in self.office and tok.endswith("ies")
                                  or tok[:-3] + "y" in self.office):
            return False  # "Ministers", "Secretaries": an office in the plural names no one
        if re.fullmatch(r"[A-Z]\.?", tok):
            return True
        if CAPS_NAME.fullmatch(tok):
            return not self.kb.parties_in(tok) and tok not in self.kb.dialogue_acronyms
        if not (len(tok) > 1 and tok[0].isupper() and tok[1].islower() and re.fullmatch(r"\w[\w'’-]*\.?", tok)):
            return False
        if tok.endswith("'s") or tok.endswith("’s"):
            return False
        if self.kb.parties_in(tok):
            return False
        return True

    def _title_before(self, seg, toks, lo: int, hi: int) -> tuple[str | None, str | None]:
        k = hi
        while k > lo and toks[k - 1][0] not in BOUNDARY and not toks[k - 1][0].endswith(":"):
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
        while ws and (ws[-1] in self.ranks or ws[-1] in self.honorifics or ws[-1] in ("the", "The")):
            ws.pop()
        title = " ".join(w for w in ws if not w.startswith("("))
        if not title or not any(self._office_word(w) for w in title.split()):
            return None, party
        return normalize_title(title), party

    def _appositive_title(self, seg, toks, lo: int, hi: int) -> tuple[str | None, str | None]:
        """A title set off by a comma before the name: "Deputy Minister for Policy (DEPMIN), Dr. Heo Tae-keun"."""
        k = hi
        while k > lo and (toks[k - 1][0] in self.honorifics | self.ranks or toks[k - 1][0] == "the"):
            k -= 1
        if k <= lo + 1 or toks[k - 1][0] != ",":
            return None, None
        title, party = self._title_before(seg, toks, lo, k - 1)
        return title, party if title else None

    def _title_after(self, seg, toks, j: int) -> tuple[str | None, int]:
        """The title set off after a name ("NAME, Minister of Defence of Japan,", "NAME performing the duties
        of ..."), and the index past it: it ends at a comma, or at "and" where the next person begins."""
        if j < len(toks) and (toks[j][0] == "," or toks[j][0] in ("performing", "acting")):
            j = j if toks[j][0] == "," else j - 1
            k = j + 1
            while k < len(toks) and toks[k][0] not in (",", ";", "with") \
                    and not (toks[k][0] == "and" and self._next_person(toks, k + 1)):
                k += 1
            if k > j + 1:
                text = seg[toks[j + 1][1]:toks[k - 1][2]]
                text = re.sub(r"\s+(?:in|at|on)\s+[A-Z].*$|[.]$", "", text)  # "..., Minister for Defence in Tokyo."
                if any(self._office_word(w) for w in text.split()):
                    text = re.sub(r"^performing the duties of", "Performing the Duties of", text)
                    return normalize_title(text), k
        return None, j

    def _next_person(self, toks, k: int) -> bool:
        """"... of Japan and Mr. KISHI Nobuo", "... of Australia and Senator the Hon. Penny Wong"."""
        while k < len(toks) and toks[k][0] in ("the", "The"):
            k += 1
        return k < len(toks) and (toks[k][0] in self.honorifics or bool(CAPS_NAME.fullmatch(toks[k][0]))
                                  and not self.kb.parties_in(toks[k][0]) and toks[k][0] not in self.vocab)

    def party_of_title(self, title: str | None) -> str | None:
        if not title:
            return None
        for code, pat in self.title_party:
            if pat.search(title):
                return code
        return None

    # -- heads of this meeting ------------------------------------------------
    def find(self, sentences: list[tuple[int, str]], parties: list[str], dialogue_names: list[str],
             text: str | None = None) -> list[Head]:
        """Heads from the sentences that say who led, headed, co-chaired, met or hosted the talks.

        A head whose party those sentences do not give takes the one the whole ``text``
        names beside them ("Indonesian Foreign Minister Retno Marsudi" in a caption,
        "Bishop of Australia" later on).
        """
        heads: list[Head] = []
        known = self._surnames(text) if text else {}
        for base, sent in sentences:
            sent = unglue(sent)
            hosts: list[tuple[Head, bool]] = []
            # one_side: True for one delegation ("hosts" and "guests" are two), None for the agents of "was led by"
            for seg, side, one_side in self._lead_segments(sent, dialogue_names, known):
                counterparts = self._counterparts(seg)
                cp = COUNTERPARTS.search(seg)
                after_cp = cp.start() if cp and counterparts and not side else 0  # "A and his Norwegian counterpart, B": B's
                marks = self._side_marks(seg)
                found = []
                for p in self.people(seg, bare="all" if COUNTERPARTS.search(seg) or one_side is None else False, known=known):
                    said = p.party or self._marked(p, marks) or side or (counterparts if p.start >= after_cp else None)
                    found.append((p, said or self._country_in_title(p.title) or self._japanese(p.name, parties)
                                  or self._office_party(p.title, parties) or p.shared, bool(said)))
                if one_side:  # hosts, or guests, are one delegation: a party known for one is the others'
                    known = {party for _, party, _ in found if party}
                    if len(known) == 1:
                        found = [(p, party or next(iter(known)), said) for p, party, said in found]
                new = [(Head(p.name, p.title, party), said) for p, party, said in found
                       if not any(h.name == p.name for h in heads)]
                heads += [h for h, _ in new]
                if one_side == "hosts":
                    hosts = new
                elif one_side == "guests":
                    self._opposite(hosts, new, parties)
        if not heads:
            heads = self._fallback([(b, unglue(x)) for b, x in sentences], parties, dialogue_names, known)
        heads = self._leaders_apart(heads)
        if text:
            missing = [c for c in parties if c not in {h.party for h in heads}]
            for h in heads:
                if h.party is None and not (len(missing) == 1 and sum(1 for x in heads if x.party is None) == 1):
                    h.party = self._party_beside(h.name, text, parties)
        # by elimination: the one party of the meeting that no head claims yet
        unknown = [h for h in heads if h.party is None]
        if unknown:
            missing = [c for c in parties if c not in {h.party for h in heads}]
            if len(missing) == 1:
                for h in unknown:
                    h.party = missing[0]
        for h in heads:
            if h.party is None:
                h.party = self._without_office(h.title, parties)
        unknown = [h for h in heads if h.party is None]
        if not parties and len(unknown) == 1 and len(heads) > 1 and self._korean(unknown[0].name) \
                and "KOR" not in {h.party for h in heads}:
            unknown[0].party = "KOR"  # the other sides are known: a Korean name is Korea's
        if text and (heads and len(parties) >= 2 or any(len(c) != 3 for c in parties)):
            heads += self._leaders_apart(self._missing_side(heads, parties, text), keep_one=False)
        return heads

    @staticmethod
    def _opposite(hosts: list[tuple[Head, bool]], guests: list[tuple[Head, bool]], parties: list[str]) -> None:
        """"A met with B": A and B lead different sides, so a side the text says for one tells the other's
        where the other's is unknown or only guessed from the office."""
        if len(parties) != 2 or not hosts or not guests:
            return
        for strong in (True, False):  # what the text says first, then what the offices tell
            for these, those in ((hosts, guests), (guests, hosts)):
                said = {h.party for h, s in these if (s or not strong)}
                if len(said) == 1 and None not in said and not any(s for _, s in those) \
                        and all(h.party in (None, *said) for h, _ in those):
                    other = next(c for c in parties if c not in said)
                    for h, _ in those:
                        h.party = other
                    return

    def _leaders_apart(self, heads: list[Head], keep_one: bool = True) -> list[Head]:
        """Heads of state and government the text names beside the delegations ("President Y and President Z
        agreed last year to ...") are not delegation heads; a surname alone repeats a head already named."""
        kept = [h for h in heads if not any(p.search((h.title or "").strip()) for p in self.not_heads)] \
            or (heads if keep_one else [])
        full = [[w for w in h.name.split() if w not in SUFFIX] for h in kept if len(h.name.split()) >= 2]
        return [h for h in kept if len(h.name.split()) > 1 or not any(h.name in (f[0], f[-1]) for f in full)]

    def named(self, text: str, parties: list[str]) -> dict[str, str]:
        """Everyone the page names with a title, and the meeting party each belongs to, where the page
        tells it: a minister named only in a later paragraph still acts for a side."""
        out: dict[str, str] = {}
        for para in text.split("\n")[:200]:
            for p in self.people(para):
                party = p.party or self._country_in_title(p.title) or self._office_party(p.title, parties) \
                    or self._party_beside(p.name, text, parties)
                if party in parties and p.name not in out:
                    out[p.name] = party
        return out

    def _without_office(self, title: str | None, parties: list[str]) -> str | None:
        """"Minister for Foreign Affairs X" at a meeting with the United States is the other side's."""
        others = [c for c in parties if not any(p.search(title or "") for p in self.no_office.get(c, []))]
        return others[0] if title and len(others) == 1 and len(parties) == 2 else None

    def _missing_side(self, heads: list[Head], parties: list[str], text: str) -> list[Head]:
        """Heads of a side the lead sentences leave out ("... held talks with their Australian
        counterparts"): the people the page later names with that party's offices; an organisation's
        Secretary General for the organisation."""
        claimed = Counter(h.party for h in heads if h.party)
        missing = [c for c in parties if c not in claimed]
        if not missing:
            return []
        most = max(claimed.values(), default=1)
        org = next((c for c in missing if len(c) != 3), None)
        found: list[Head] = []
        for para in text.split("\n")[:60]:
            for p in self.people(para):
                if any(h.name == p.name for h in heads + found):
                    continue
                party = p.party or self._country_in_title(p.title) or self._office_party(p.title, parties)
                if party is None and p.title and re.search(r"\b(?:Minister|Secretary)\b", p.title):
                    party = self._party_beside(p.name, text, parties)
                if party is None and org and self.organization_head and \
                        self.organization_head.search(para[max(0, p.start - 30):p.start]):
                    party = org
                if party in missing and p.title and sum(1 for h in found if h.party == party) < most:
                    found.append(Head(p.name, p.title, party))
        return found

    def _named(self, seg: str, known: dict | None = None) -> list[Person]:
        """People in a phrase, untitled ones too after "their X counterparts"."""
        return self.people(seg, bare="all" if COUNTERPARTS.search(seg) else False, known=known)

    def _surnames(self, text: str) -> dict[str, Person]:
        """The people the page names with a title, by their surname, where only one has it."""
        by: dict[str, list[Person]] = {}
        for para in unglue(text).split("\n")[:60]:
            for p in self.people(para):
                words = [w for w in p.name.replace(",", " ").split() if w not in SUFFIX]
                if len(words) >= 2 and not CAPS_NAME.fullmatch(words[0]):
                    p.party = p.party or self._country_in_title(p.title)
                    by.setdefault(words[0] if self._korean(p.name) else words[-1], []).append(p)
        return {k: v[0] for k, v in by.items() if len({p.name for p in v}) == 1}

    def _fallback(self, sentences, parties, dialogue_names, known=None) -> list[Head]:
        """No lead verb named the heads: "Attending the meeting were A, B and C", "officials took part in the
        talks, including A and B", "A and B shared their opinions ... at the 48th SCM", "talks between A and B";
        at last the first sentence whose subject is two officials or more ("A and his counterpart, B, spoke")."""
        out: list[Head] = []
        for _, sent in sentences:
            if not (MEETING_WORDS.search(sent) or any(n.lower() in sent.lower() for n in dialogue_names if len(n) > 3)):
                continue
            m = re.search(r"\b(?:attending|participating in)\b[^,;]{0,60}?\b(?:were|was|are|is)\s+|"
                          r"\b(?:took part in|participated in|attended)\b[^;]{0,80}?,?\s+including\s+", sent, re.I)
            seg = sent[m.end():] if m else None
            if seg is None:  # "a joint communique issued after talks at the Pentagon between A and B said ..."
                m = re.search(r"\b(?:talks|meeting|consultations|dialogue)\b[^;]{0,60}?\bbetween\s+", sent)
                seg = sent[m.end():] if m and len(self.people(sent[m.end():])) >= 2 else None
            if seg is None:  # "The dialogue brought together A and B, along with C"
                m = re.search(r"\b(?:brought(?:\s+together)?|gathered|convened)\s+", sent)
                seg = re.split(r",?\s+along with\s", sent[m.end():])[0] if m else None
                seg = seg if seg and len(self.people(seg)) >= 2 else None
            if seg is None:  # "A, B and C took part in the meeting", "A and his counterpart, B, reached the agreement"
                verbs = re.finditer(r"\s(?:shared|discussed|agreed|reaffirmed|reviewed|exchanged|signed|held|reached|pledged|"
                                    r"took part|attended|participated)\b", sent)
                seg = next((sent[:v.start()] for v in verbs if len(self.people(sent[:v.start()])) >= 2), None)
            for p in self.people(seg, bare="all") if seg else []:
                party = p.party or self._country_in_title(p.title) or self._office_party(p.title, parties) or p.shared
                if not any(h.name == p.name for h in out):
                    out.append(Head(p.name, p.title, party))
            if out:
                break
        for _, sent in sentences if not out else []:
            verb = re.search(r"\s(?:also\s+)?(?:[a-z]{3,}ed|spoke|said|told|met|held|made|took|gave|signed)\b", sent)
            who = [p for p in self.people(sent[:verb.start()], known=known) if p.title
                   and not any(x.search(p.title) for x in self.not_heads)] if verb else []
            if len(who) >= 2:
                out = [Head(p.name, p.title, p.party or self._country_in_title(p.title)
                            or self._office_party(p.title, parties) or p.shared) for p in who]
                break
        if not out:  # a list of the ministers who met, one per line: "Jean Roe, Minister for the Armed Forces of France"
            listed = [ps[0] for _, sent in sentences if len(sent.split()) <= 25
                      and len(ps := self.people(sent)) == 1 and ps[0].start <= 16 and ps[0].title]
            if len(listed) >= 2:
                out = [Head(p.name, p.title, p.party or self._country_in_title(p.title)
                            or self._office_party(p.title, parties) or p.shared) for p in listed]
        return out

    def _counterparts(self, seg: str) -> str | None:
        """"(with) their Japanese counterparts, A and B": the guests' nationality, said once for all."""
        m = re.match(r"\s*(?:with\s+)?(?:his|her|their|its)\s+(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s+counterparts?\b", seg) \
            or re.search(r"\b(?:his|her|their)\s+(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s+counterparts?\b", seg)
        found = self.kb.parties_in(m["c"]) if m else []
        return found[0][2] if found else None

    def _side_marks(self, seg: str) -> list[tuple[int, str]]:
        """"A and B, from the Japanese side, and C and D, from the Canadian side": where each side's names end."""
        out = []
        for m in re.finditer(r"\b(?:from|for|on)\s+the\s+(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s+side\b", seg):
            found = self.kb.parties_in(m["c"])
            if found:
                out.append((m.start(), found[0][2]))
        return out

    def _korean(self, name: str) -> bool:
        """A Korean name: a hyphenated given name ("Han Min-koo"), or a family name first ("Suh Wook")."""
        words = name.replace(",", " ").split()
        return any(KOREAN_GIVEN.fullmatch(w) for w in words) or \
            (len(words) in (2, 3) and words[0] in self.korean_family and all(len(w) <= 6 for w in words[1:]))

    def _party_beside(self, name: str, text: str, parties: list[str]) -> str | None:
        """The meeting party (any party, while they are not known) most often named just before a
        person's name or after it as "of X"."""
        family = max((w for w in name.replace(",", " ").split() if w[:1].isupper()), key=len, default=None)
        if not family or len(family) < 3:
            return None
        votes: Counter[str] = Counter()
        for m in re.finditer(r"(?<![\w-])(?:" + re.escape(name) + "|" + re.escape(family) + r")(?![\w-])", text):
            window = re.sub(r"\b(Mr|Ms|Mrs|Dr|Hon|Sen|Gen|Lt|Col|Adm)\.", r"\1", text[max(0, m.start() - 90):m.start()])
            before = re.split(r"[;:.()\n]", window)[-1].replace(",", ", ")
            words = before.split()
            found = self.kb.parties_in(" ".join(words[-7:]))
            # the country qualifies the title just before the name ("Indonesian Foreign Minister X"), not
            # another person or thing ("met the Japanese PM, X")
            found = [c for _, e, c in found[-1:] if all(self._title_word(w) or w in name.split()
                                                        for w in " ".join(words[-7:])[e:].split())]
            after = re.match(r"[\w\s.,'’-]{0,40}?\s+of\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})", text[m.end():m.end() + 80])
            if not found and after:
                found = [c for _, _, c in self.kb.parties_in(after[1])]
            if found and (found[-1] in parties or not parties):
                votes[found[-1]] += 1
            said = re.match(r"(?:\s+(?:MP|[A-Z]{2,3}))?\s*,\s+(?:the\s+)?(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)(?P<t>\s[^,;.\n]*)",
                            text[m.end():m.end() + 120])
            country = self.kb.parties_in(said["c"]) if said else []
            if country and country[0][0] == 0 and (country[0][2] in parties or not parties) \
                    and not self._names_someone(said["t"]):
                votes[country[0][2]] += 2  # "Ann Lee MP, Australian Minister for ...": the title says whose
        if not votes and "KOR" in parties and "PRK" not in parties and self._korean(name):
            return "KOR"
        best = votes.most_common(2)
        return best[0][0] if best and (len(best) == 1 or best[0][1] > best[1][1]) else None

    def _office_word(self, w: str) -> bool:
        return any(x in self.office or x.capitalize() in self.office for x in w.split("-"))

    def _names_someone(self, text: str) -> bool:
        """Two capitalised words in a row that are no title words: a name ("... Defense Kihara Minoru")."""
        caps = [w[:1].isupper() and not self._title_word(w) for w in text.split()]
        return any(a and b for a, b in zip(caps, caps[1:]))

    def _title_word(self, w: str) -> bool:
        w = w.strip(",")
        return any(x in self.vocab for x in (w, w.capitalize(), w.lower(), w.rstrip("s"), w.capitalize().rstrip("s")))

    @staticmethod
    def _marked(p: Person, marks: list[tuple[int, str]]) -> str | None:
        return next((code for at, code in marks if at >= p.end), None)

    @staticmethod
    def _japanese(name: str, parties: list[str]) -> str | None:
        """Japan's ministries write a Japanese name family name first, in capitals ("KAMIKAWA Yoko"),
        and a foreign one given name first ("Catherine COLONNA")."""
        return "JPN" if "JPN" in parties and CAPS_NAME.fullmatch(name.split()[0]) else None

    def _office_party(self, title: str | None, parties: list[str]) -> str | None:
        """The party an office implies ("Secretary of Defense"), if that party is at the meeting."""
        party = self.party_of_title(title)
        return party if party and (not parties or party in parties) else None

    def _country_in_title(self, title: str | None) -> str | None:
        """The holder's country in a title: "the Australian Minister for Defence", "Minister ... of Japan"."""
        m = re.match(r"(?:(?:the|his|her|their|its)\s+)?(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s", title or "")
        found = self.kb.parties_in(m["c"]) if m else []
        if found and found[0][0] == 0:
            return found[0][2]
        m = re.search(r"\bof\s+(?:the\s+)?(?P<c>(?:[A-Z][\w.'’-]*\s*(?:of\s+)?){1,5})(?:$|(?<=\s)for\s)", title or "")
        found = self.kb.parties_in(m["c"]) if m else []
        if found:
            return found[-1][2]
        m = re.search(r"\b(?:at|of|in)\s+the\s+(?P<c>[A-Z][\w.'’-]*)\s+[A-Z]", title or "")  # "at the U.S. National Security Council"
        found = self.kb.parties_in(m["c"]) if m else []
        return found[0][2] if found and found[0][0] == 0 else None

    @staticmethod
    def _names_meeting(obj: str, dialogue_names: list[str], words: re.Pattern[str] = None) -> bool:
        """The words after a lead verb name the talks ("led the talks", "held the Ninth ... 2+2")."""
        head = re.split(r"[,;]", obj)[0]
        return bool((words or MEETING_WORDS).search(head)) or any(n.lower() in head.lower() for n in dialogue_names)

    def _lead_segments(self, sent: str, dialogue_names: list[str], known: dict | None = None):
        """(phrase naming leaders, party of the side they led, one side: True / False / None for agents)."""
        parts, held = [], ""
        for part in sent.split(";"):  # "A, director ...; B, ..., and C, ..., attended": one clause
            held = held + ";" + part if held else part
            if any(m["verb"] != "held" or not re.search(r"\b(?:was|were|is|are|be|been)\s+$", part[:m.start()])
                   for m in LEAD.finditer(part)):  # "the meeting, which was held on May 9, A, ...; B, ..." goes on
                parts.append(held)
                held = ""
        if held:  # "... led by A, director ...; and B, ...": the list goes on after the verb
            parts = parts[:-1] + [parts[-1] + ";" + held] if parts else [held]
        for clause in (c for part in parts for c in re.split(r",?\s+(?:while|whereas)\s+", part)):
            counterpart = re.search(r"\bcounterparts?,?\s+(?:was|were|is|are)\s+", clause)
            if counterpart:
                yield clause[counterpart.end():], None, False
                clause = clause[:counterpart.start()]
            passive = re.search(r"\b(?:was|were|is|are)\s+(?:led|headed|represented|chaired|co-chaired|co-hosted|hosted|attended)\b"
                                r"|\b(?:led\s+(?:on|for)\s+the|(?:attended|led|headed|co-hosted|co-chaired|chaired|hosted|convened)\s+by)\b", clause)
            if passive:
                for who, side in self._agents(clause, passive.start()):
                    yield who, side, None  # the agents of "led by": names count without a title
            else:
                yield from self._subjects(clause, dialogue_names, known)

    def _agents(self, clause: str, at: int):
        """"The U.S. delegation was led by A and B", "led on the ROK side by X and on the U.S. side by Y"."""
        subj_party = self._side(clause[:at][-60:])
        rest = clause[at:]
        bys = list(re.finditer(r"(?:(?:on|for)\s+the\s+(?P<side>[^,;]{1,40}?)\s+side\s+)?\bby\b", rest))
        if "respectively" in rest and bys:
            # "The South Korean and U.S. delegations, led by A and B, respectively": sides in order
            sides = [code for _, _, code in self.kb.parties_in(clause[:at][-80:])]
            who = rest[bys[0].end():rest.index("respectively")]
            pieces = [x for x in re.split(r",?\s+and\s+|;\s*", who.strip(" ,")) if x.strip()]
            if len(sides) == len(pieces) >= 2:
                yield from zip(pieces, sides)
                return
        for k, b in enumerate(bys):
            end = bys[k + 1].start() if k + 1 < len(bys) else len(rest)
            who = re.split(r",?\s+(?:while|whereas|as)\s", rest[b.end():end])[0].strip()
            who = re.sub(r"(?:[\s,]*\b(?:and|led|headed|represented)\b[\s,]*)+$", "", who).strip(" ,.")
            if re.match(r"(?:a|the)\s+delegation\b", who):
                continue
            side = self._side(b["side"] + " side") if b["side"] else None
            if k and not side:  # "X was represented by A and the American delegation was led by B"
                named = list(re.finditer(r"\b(?P<who>[\w.'-]+(?:\s[\w.'-]+)?)\s+(?:side|delegation)\b", rest[bys[k - 1].end():b.start()]))
                side = self._side(named[-1][0]) if named else None
            yield who, side or subj_party

    def _subjects(self, clause: str, dialogue_names: list[str], known: dict | None = None):
        """"X and Y led the talks", "X headed the U.S. delegation and Y headed the ROK delegation"."""
        last = 0
        for m in LEAD.finditer(clause):
            verb = m["verb"]
            obj = clause[m.end():m.end() + 80]
            seg = clause[last:m.start()]
            last = m.end()
            guests = None
            if verb in ("hosted", "welcomed"):
                guests = re.split(r"\s(?:in|at)\s(?=[A-Z])|\son\s(?=\d|[A-Z][a-z]+\s\d)|\sfor\s(?=the\s)|\sto\s|[;]|,\s(?!and\b|the\b)(?=[a-z])",
                                  clause[m.end():])[0]
            elif verb in ("met", "meets", "held", "hold", "holds", "convened") and (w := re.match(r"\s+with\b|(?:(?!\bwith\b)[^;])*?\bwith\b", clause[m.end():])):
                guests = clause[m.end() + w.end():]  # "A met with B", "A and B held the 10th 2+2 with C and D"
            elif verb in ("met", "meets") and not re.match(r"\s+(?:in|at|on|for|to|via|virtually|separately|here|today)\b", clause[m.end():]):
                guests = re.split(r"\s(?:in|at)\s(?=[A-Z])|\son\s(?=\d|[A-Z][a-z]+\s\d)|\sfor\s(?=the\s)|[;]", clause[m.end():])[0]
            if guests is not None and self.people(seg) and not self._named(guests) and COUNTERPARTS.search(guests):
                yield seg, None, True  # "A and B held talks with their Australian counterparts": one side, named
                last = len(clause)
                continue
            if guests is not None and self.people(seg) and self._named(guests):
                # hosts and guests each led their side
                yield seg, None, "hosts"
                yield guests, None, "guests"
                last = len(clause)
                continue
            if verb == "represented":
                # "A and B represented Japan, while C and D led the Indonesian delegation"
                country = re.match(r"\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)", obj)
                found = self.kb.parties_in(country[1]) if country else []
                if found and found[0][0] == 0 and self.people(seg):
                    yield seg, found[0][2], True
                    last = m.end() + country.end()
                continue
            if verb in ("hosted", "welcomed"):
                if guests is not None and self.people(seg) and self._names_meeting(guests, dialogue_names):
                    yield seg, None, True  # "A and B hosted the third 2+2": the hosts' side, named
                continue
            if verb in ("participated", "attended", "took part"):  # "A and B attended the 2+2", not "took part on a side"
                if len(self._named(seg, known)) >= 2 and (verb == "participated" or self._names_meeting(obj, dialogue_names)):
                    yield seg, None, False
                continue
            if verb in ("met", "meets", "held", "hold", "holds", "convened"):
                # "A, B, C and D met in Tokyo", "A, B, C and D held the Ninth ... Consultations"
                if len(self.people(seg)) >= 2 and (verb in ("met", "meets") or self._names_meeting(obj, dialogue_names)):
                    yield seg, None, False
                elif len(self.people(seg)) == 1 and verb == "held" and guests and re.match(r"\s+talks\b", obj) \
                        and self.kb.parties_in(guests):  # "Defense Secretary A held talks on Friday with South Korea"
                    yield seg, None, True
                continue
            if verb.startswith("were") or verb.startswith("was"):
                continue
            obj_head = re.split(r"[,;]|\band\b", obj)[0]
            if NOT_OUR_MEETING.search(obj_head) or self._other_meeting(obj_head, dialogue_names):
                continue
            if not self._names_meeting(obj_head, dialogue_names, LED):
                continue
            yield seg, self._side(obj_head), False
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
