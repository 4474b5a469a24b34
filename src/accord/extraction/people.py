"""People named in a phrase of a statement: name, title and the party the phrase gives them.

Names are told from titles by what titles are made of (``data/titles.yaml``):
in "Acting Deputy Assistant Defense Secretary for East Asia Marine Corps Brig.
Gen. Roberta Shea" every word up to "Roberta" is office, portfolio or rank, so
the name is "Roberta Shea"; a title may also follow the name ("Jean Roe,
Minister for the Armed Forces of France"). The party here is only what the
phrase itself says: a nationality before the title, "of X" after the name or
inside the title, or a nationality said once for a pair ("Japanese A and B").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from accord.knowledge import Knowledge, fold_accents

TOKEN = re.compile(r"\(together,[^)]*\)|\([^)]*\)|[^\s,;]+|,|;")
# A person's possessive before what is theirs ("Minister Vinh's visit", "Secretary Austin's talks"): the name
# ends there; a country's ("Japan's Defense Minister") is left to say the party
POSSESSIVE = re.compile(r"(?<=[a-z])['’]s(?=\s+[a-z]|[\s,.;]*$)")
# where a picture shows the person, between his name and his title: "A (L), Minister of ...", "B (2nd R), ..."
# (after a rank, "(R)" is "retired": "Lieutenant General (R) A")
PICTURED_AT = re.compile(r"(?<!General)(?<!Admiral)(?<!Marshal)(?<!Colonel)(?<!Brigadier)\s\((?:L|R|C|left|right|centre|center|front|\d(?:st|nd|rd|th)\s+(?:L|R|left|right))\)(?=[,\s])")
DASHED = re.compile(r"(?<=[a-z]) [-–—] (?=[A-Z])")  # "Ann Lee - Deputy Assistant Secretary": a dash sets off the title
TITLE_JOINS = {"and", "for", "the", "on", "with", "without", "responsible", "charge"}  # lower-case words inside a title ("Minister Delegate in charge of ...")
KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "On", "In", "At",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Today", "Yesterday",
            # a sentence's opening preposition, capitalised: "Before Lund, Soto also met ..."
            "Before", "After", "During", "Following", "Since", "Upon", "Besides", "Unlike", "Like", "Without"}
SUFFIX = {"Jr.", "Jr", "Sr.", "II", "III", "IV"}
# Letters after a name that are not part of it ("the Hon. Richard Marles MP", "Linda Reynolds CSC").
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})  # "Kim Hong‑cheol" with a non-breaking hyphen
POSTNOMINAL = {"MP", "CSC", "AO", "AC", "KC", "QC", "OBE", "CBE", "KBE", "MBE", "DSC", "AM", "PhD", "Ph.D.", "MEP", "LLB", "LLM", "GCMG", "KCMG", "CMG", "DSO", "MC", "ADC", "CVO", "LVO"}
ELIDED = re.compile(r"[A-Z]['’][A-Z][a-z][\w'’-]*\.?")  # "O'Brien", "D'Souza", "L'Eglise"
CAPS_NAME = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})?")  # a family name written in capitals: "HAYASHI Yoshimasa"


def family_first(word: str) -> bool:
    """A family name in capitals opens the name ("SATO Ken"); two capitals are a given name's initials ("KJ Lund")."""
    return bool(CAPS_NAME.fullmatch(word)) and len(word) > 2

# what reports the sentence, not a title: "A, a statement of the ministry said"
REPORT_AFTER = re.compile(r"\b(?:said|says|read|reads|stated|states|added|announced|noted|reported)$")
# ... or the verb that reports it after a title left open: "A, Director of the Bureau said the talks ..."
REPORT_WITHIN = re.compile(r"\s+(?:said|says|stated|added|announced|told)\s+(?=[a-z])")
# the kind of body a portfolio of subjects ends in ("Department of Treaty and Polar Affairs")
BUREAU_KINDS = {"Affairs", "Bureau", "Department", "Division", "Directorate", "Office", "Section", "Service"}
# a capitalised noun of an office's remit, which no surname is: "Engagements", "Operations", "Capabilities"
ABSTRACT_NOUN = re.compile(r"[A-Z][a-z]+(?:ments|tions?|ities)")
# two capitalised words and a word in lower case after them: a name and its verb ("Juan Soto-Ruiz thanked")
NAME_THEN_VERB = re.compile(r"(?<![\w'’-])(?=([A-Z][a-z][\w'’-]*\s[A-Z][a-z][\w'’-]*)\s(?!(?:and|for|the|with)\b)[a-z]{3,}\b)")
AND = ("and", "&")  # "Joint Secretary A & Maj Gen B": an ampersand joins two people as "and" does
COUNTERPART_OF = re.compile(r"\b(?P<w>counterpart|colleague|peer)\s+(?:from|of)\s+(?:the\s+)?"
                            r"(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})\s*$")
COUNTERPART_WORDS = {"counterpart", "counterparts", "colleague", "colleagues", "peer", "peers"}  # "his Chilean counterpart"
BODY_WORDS = {"Service", "Ministry", "Department", "Office", "Agency", "Secretariat", "Directorate", "Commission", "Bureau"}
BOUNDARY = {",", ";", *AND, "with", "together", "as", "well", "by", "while"}
PATRONYMIC = {"bin", "binti", "bint", "bte"}
PATRONYMIC_HONORIFICS = {"Haji", "Hj", "Hj.", "Hajah", "Hjh"}  # "bin Haji ...", "binti Hajah ...": the father's or mother's
PARTICLES = {"del", "dela", "de", "da", "di", "du", "dos", "do", "das", "e", "y", "van", "von", "der", "bin", "binti", "bint",
             "ibn", "al", "el", "uz", "ul", "ud", "ur"}  # "Hamood uz Zaman", "Badr bin Hamad al Harthy", "Silva e Luna"
# A name's initials: "T.", "T", and a Philippine name's two ("Meynardo LB. Montealegre")
INITIAL = re.compile(r"[A-Z]\.?|[A-Z]{2}\.")
INITIAL_DOT = re.compile(r"[A-Z]{1,2}\.")
SERVICES = {"Army", "Navy", "Marine", "Corps", "Force", "Guard"}  # what an office is "of": "Chief of Army", "of the Navy"
MIDDLE_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "Retno L.P. Marsudi": initials run together inside a name
GLUED = re.compile(r"[A-Z][a-z]+[A-Z]\w*")  # "SecBlinken"
# Words a page ran together ("Minister for Foreign Affairs ofJapan", "the AustralianMinister", "Ministerfor",
# "MarisePayne")
RUN_TOGETHER = re.compile(r"\b(?:of|for|and|the)(?=[A-Z][a-z])|(?<=[a-z])(?=(?:Minister|Secretary)\b)|\b(?:Minister|Secretary)(?=(?:of|for)\b)"
                          r"|\b(?!(?:Mac|Van|Von|Fitz|Della|Dela)[A-Z])[A-Z][a-z]{3,}(?=[A-Z][a-z]{2,}\b)")


def unglue(text: str, headline_end=None) -> str:
    """Words a page ran together, apart; where ``headline_end(word, after)`` says a headline ran into the lead
    ("... Closer TiesChilean Defence Minister A said"), a full stop between them, so no title spans both."""
    def apart(m: re.Match) -> str:
        after = re.match(r"[A-Za-z]+", text[m.end():])
        ends = headline_end is not None and after is not None and headline_end(m.group(), after.group())
        return m.group() + (". " if ends else " ")
    return RUN_TOGETHER.sub(apart, text)


GLUED_INITIAL = re.compile(r"(?P<initial>[A-Z]\.)(?P<name>[A-Z][a-z][\w'’-]+)")


def _unglued(token: str, start: int) -> list[tuple[str, int, int]]:
    """A given name's initial written against the family name ("Minister R.Lund", as some ministries print it) is
    two words of the name."""
    m = GLUED_INITIAL.fullmatch(token)
    if m is None:
        return [(token, start, start + len(token))]
    return [(m["initial"], start, start + 2), (m["name"], start + 2, start + len(token))]


# a country set off after a person's title: "A, Deputy Chief of Staff, Ruritania, ...", "B, Head of Policy, at
# Ruritania's Ministry of Defence, ..."
APPOSED_COUNTRY = re.compile(r"\s*,\s*(?:(?:the\s+)?([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})"
                             r"|(?:at|of|from)\s+(?:the\s+)?([A-Z][\w.'’-]*?(?:\s[A-Z][\w.'’-]*?){0,2})['’]s\s[^,;]{1,60})\s*(?=[,;.)]|$)")

# the body a title set off after a name is held at, by its country's name: "A, Director of Strategy at Ruritania's
# Defence Ministry."
AT_COUNTRYS_BODY = re.compile(r"\s(?:at|in)\s+(?:the\s+)?(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})['’]s\s+"
                              r"(?:[A-Z][\w-]*\s+){0,3}(?:Ministry|Department|Navy|Army|Armed Forces|Air Force|General Staff)\b")

# "Army Commander A", "Navy Commander A": the commander of a service is an office, not the naval rank
COMMANDED = {"Army", "Navy", "Force", "Forces", "Corps", "Guard", "Fleet", "Command"}
# "A, Chief of General Staff, Ruritanian Army and ...": the service after the title says the side
APPOSED_FORCE = re.compile(r"\s*,\s*(?:the\s+)?(?P<b>(?:[A-Z][\w.'’-]*\s){1,4}(?:Army|Navy|Air Force|Armed Forces|Defen[cs]e Forces?|"
                           r"Marine Corps|Coast Guard|Forces))(?=\s*(?:[,;.)]|and\b|$))")

# the bodies set off after a title, one to three: "A, Director General, Asian Affairs, Bureau of the Chilean Foreign
# Ministry led ...": the one party a body among them names is the side
APPOSED_BODIES = re.compile(r"(?:\s*,\s*(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w.&'’()-]*))*){1,3}")
BODY_KINDS = BUREAU_KINDS | {"Ministry", "Command", "Secretariat", "Agency", "Headquarters"}
HOLDERS = {"Minister", "Secretary", "Director", "Chief", "Commander", "Ambassador", "President", "Head", "Chairman",
           "Chair", "Envoy", "Representative", "General", "Admiral", "Mr", "Ms", "Mrs", "Dr"}  # a person's words, no body's

# the party said after a name: "Defence Minister Piet Vos of Mongolia", "Juan Soto of Chile", "A, from Chile"
OF_PARTY = re.compile(r"\s*(?P<comma>,)?\s*(?P<prep>of|from)\s+(?:the\s+)?"
                      r"(?P<name>[A-Z][\w.'’-]*(?:\s(?:of\s)?[A-Z][\w.'’-]*){0,3})")


PEERAGE = {"Lord", "Lady", "Baroness"}
# a title that ends in its portfolio's first country: the countries after its comma are the portfolio's list
# ("... secretary of defense for Chile, Peru and Bolivia"), not the holder's country
PORTFOLIO_END = re.compile(r"\bfor\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?$")


@dataclass
class Person:
    name: str
    title: str | None
    party: str | None
    start: int
    end: int
    shared: str | None = None  # the party of the person it is coordinated with ("Japanese A and B", "A and B of Japan")
    of: bool = False  # the party was said after the name ("A of Japan")


class PeopleReader:
    """Reads the people a phrase names, by the offices, portfolios, ranks and honorifics of ``titles.yaml``."""

    def __init__(self, kb: Knowledge):
        t = kb.titles
        self.kb = kb
        self.office = set(t.get("office", []))
        self.domain = set(t.get("domain", []))
        self.ranks = set(t.get("ranks", []))
        self.styles = set(t.get("name_styles") or [])
        self.honorifics = set(t.get("honorifics", [])) | self.styles
        spaced = sorted((h for h in self.honorifics if " " in h), key=len, reverse=True)  # "Tan Sri": one style
        self.token = re.compile("|".join([*(re.escape(h) + r"(?!\S)" for h in spaced), TOKEN.pattern]))
        self.word = re.compile("|".join([*(re.escape(h) + r"(?!\S)" for h in spaced), r"\S+"]))
        # the styles one country gives its people ("Datuk Seri", "Shri"), by that country
        self.honorific_party = {c: [re.compile(x) for x in pats] for c, pats in (t.get("honorific_party") or {}).items()}
        self.title_party = kb.office_parties
        self.vocab = self.office | self.domain | self.ranks | self.honorifics
        self.general_offices = set(t.get("general_offices") or [])
        self.senior_ranks = set(t.get("senior_ranks") or [])
        self.no_office = {code: [re.compile(p) for p in pats] for code, pats in (t.get("no_office") or {}).items()}
        self.korean_family = set(t.get("korean_family_names") or [])
        self.vietnamese_family = set(t.get("vietnamese_family_names") or [])
        given = t.get("given_name_ranks") or {}
        self.given_ranks = set(given.get("words") or [])
        self.given_after = set(given.get("after") or []) | self.honorifics
        self.not_names = set(t.get("not_names") or [])
        self.headline_verbs = set(t.get("headline_verbs") or [])
        self.holders = set(t.get("holders") or [])

    def people(self, seg: str, base: int = 0, bare: bool | str = False, known: dict | None = None) -> list[Person]:
        """People named with a title in a phrase; with ``bare``, a name that opens it needs none
        ("led by John Noh, ...": the agent of "led" is a person whatever the text calls him), and with
        ``bare="all"`` no name does ("their Australian counterparts, Ann Lee and Tom Grey")."""
        seg = DASHED.sub(",  ", POSSESSIVE.sub("  ", PICTURED_AT.sub(lambda m: " " * len(m.group()), seg.translate(HYPHENS))))
        toks = [t for m in self.token.finditer(seg) for t in _unglued(m.group(), m.start())]
        out: list[Person] = []
        i, last_end = 0, 0
        while i < len(toks):
            if not (self._namey(toks[i][0]) or self._given_rank(toks, i, start=True)):
                i += 1
                continue
            j = i
            while j < len(toks) and (self._namey(toks[j][0]) or (j > i and toks[j][0] in SUFFIX)
                                     or j > i and MIDDLE_INITIALS.fullmatch(toks[j][0]) and j + 1 < len(toks)
                                     and self._namey(toks[j + 1][0])
                                     or self._given_rank(toks, j, start=j == i) or self._particle(toks, i, j)):
                if j - i >= 2 and GLUED.fullmatch(toks[j][0]):
                    break  # "Antony Blinken SecBlinken": a handle after a full name is not part of it
                j += 1
                if toks[j - 1][0].endswith(".") and len(toks[j - 1][0]) > 3 and toks[j - 1][0] not in SUFFIX \
                        and toks[j - 1][0] not in self.ranks and toks[j - 1][0] not in self.honorifics \
                        and not MIDDLE_INITIALS.fullmatch(toks[j - 1][0]) and not (j < len(toks) and INITIAL_DOT.fullmatch(toks[j][0])):
                    break  # "... in Brussels. Arriving ...": a name does not run over a full stop
            if i < j < len(toks) and self._surname_place(toks, j):
                j += 1  # "Abraham Denmark", "Jorge Luis Arce Montserrat": a place word is a surname after given names
            run = toks[i:j]
            if j < len(toks) and toks[j][0].rstrip(".") in self.not_names:
                i = j + 1  # "European External Action Service", "Shangri-La Dialogue": a body's or an event's name
                continue
            if not any(CAPS_NAME.fullmatch(t[0]) is None and not INITIAL_DOT.fullmatch(t[0]) for t in run) \
                    and not (len(run) == 1 and i > 0 and toks[i - 1][0] in self.office and len(run[0][0]) >= 3
                             and not self.kb.parties_in(run[0][0]) and run[0][0] not in self.kb.dialogue_acronyms):
                i = j  # capitals alone are an acronym, not a name; but "Minister KISHI" is a family name in capitals
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
            core = [t for t in run if t[0] not in SUFFIX and not INITIAL.fullmatch(t[0])]
            peer = i > 0 and toks[i - 1][0] in PEERAGE and len(run) == 1  # "Lord Tupou": the style and one name
            if len(core) == 1 and len(run) >= 2 and INITIAL.fullmatch(run[0][0]):
                core = run[:2]  # "S. Jaishankar": an initial and a surname are a name
            whole = seg[run[0][1]:run[-1][2]].rstrip(".").rstrip("'’")
            lead = self.kb.parties_in(whole)
            if lead and lead[0][:2] == (0, len(whole)):
                i = j  # "the United Kingdom", "United States'" is a country, not a person
                continue
            if lead and lead[0][0] == 0 and " " in whole[:lead[0][1]].strip() and lead[0][1] < len(whole) \
                    and whole[lead[0][1]:lead[0][1] + 1] == " ":
                i = next(k for k in range(i, j) if toks[k][1] >= run[0][1] + lead[0][1])
                continue  # "... Chief Executive New Zealand Jane Roe": the country, then the name
            back = 2 if self._in_country_name(seg, toks, i - 1) else 1  # "of Trinidad and Tobago A": "Trinidad and" began it
            if i >= back and (inside := self.kb.parties_in(seg[toks[i - back][1]:run[-1][2]])) and inside[0][0] == 0 \
                    and toks[i - back][1] + inside[0][1] > run[0][1]:
                end_at = toks[i - back][1] + inside[0][1]  # "of Sri Lanka Aruni W.": "Sri" began the country's name
                i = next((k for k in range(i, j) if toks[k][1] >= end_at), j)
                continue
            country = self.kb.parties_in(seg[run[0][1]:run[0][1] + len(whole) + 40])
            if country and country[0][0] == 0 and country[0][1] > len(whole):
                i = j  # "Papua New" before "Guinea": the start of a country's name
                continue
            title, party = self._title_before(seg, toks, last_end, i) if core else (None, None)
            if i > 0 and toks[i - 1][0] in ("in", "at", "near"):
                title, party = None, None  # "met officials in Santiago": a place after the office, no one's name
            if known and len(run) == 1 and run[0][0] in known and not self.kb.parties_in(run[0][0]):
                full = known[run[0][0]]  # "Gates and Minister Kim attended": the Gates and the Kim named before
                out.append(Person(full.name, full.title, full.party, base + run[0][1], base + run[0][2], full.shared))
                last_end = i = j
                continue
            if len(core) == 1 and len(run) == 1 and title and self._titled_surname(seg, toks, i):
                core = core * 2  # "Secretary of State Blinken": a title and a surname name a person
            elif len(core) == 1 and len(run) == 1 and i > 0 and toks[i - 1][0] in self.ranks \
                    and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+){2,}", run[0][0]):
                core = core * 2  # "Lt. Gen. Vidal-Uz-Rojas": a name of three joined parts after a rank is whole
            elif len(core) == 1 and peer:
                core = core * 2  # "Lord Tupou", "Baroness Roe": a peer named by one name keeps his style in it
            if len(core) >= 2 and sum(1 for t in run if t[0].lower() not in PARTICLES) <= 6:  # "A Bin B Bin C Al D"
                if not title or not party and self._rank(title):
                    # a rank alone before the name: the office set off before it ("The Chilean Minister of Defence, General A")
                    office, said = self._appositive_title(seg, toks, last_end, i)
                    title, party = (office, party or said) if office else (title, party)
                k = j
                while k < len(toks) and toks[k][0] in POSTNOMINAL:
                    k += 1
                after, end = self._title_after(seg, toks, k)
                if after and (not title or self._only_title(seg[toks[k][2]:toks[end - 1][2]])
                              and not (self._next_person(toks, end + 1)  # "A, Title, Mr B": B's title
                                       or end + 1 < len(toks) and self._namey(toks[end + 1][0]))):
                    title = title or after
                    j = end  # the title after this name is this person's, not the next one's
                after_place_word = i > 0 and toks[i - 1][0] in ("in", "at", "on", "from", "to", "near")
                title = title or self._rank_before(toks, last_end, i)
                owner = party and self._country_before(seg[:run[0][1]])  # "Japan's A", "Australian A": no title needed
                # "and Mr. John Noh chaired", "Datuk Seri Ali Noor said": a personal style, or a country's, names a person
                honored = i > 0 and (toks[i - 1][0].rstrip(".") in ("Mr", "Ms", "Mrs", "Dr") or any(
                    x.search(seg[toks[k][1]:run[-1][2]]) for k in range(max(0, i - 2), i)
                    for pats in self.honorific_party.values() for x in pats))
                said_of, of_country = self._party_after(seg[run[-1][2]:])  # "Lloyd Roe of the United States"
                if title or owner or honored or of_country \
                        or (bare and (i == 0 or bare == "all") and not after_place_word):
                    of = False
                    if party is None:  # "Defence Minister Piet Vos of Mongolia"
                        party = said_of
                        of = party is not None
                    if party is None and j > i and toks[j - 1][2] > run[-1][2] and not self.party_of_title(title) \
                            and not PORTFOLIO_END.search(title or ""):  # "A, Deputy Chief of Staff, Ruritania,"
                        after = APPOSED_COUNTRY.match(seg, toks[j - 1][2])
                        country = after and (after[1] or after[2])
                        party = self.kb.party_of_name(country) if country and self.kb.is_country(country) else None
                        body = None if party else APPOSED_FORCE.match(seg, toks[j - 1][2])
                        forces = {code for _, _, code in self.kb.parties_in(body["b"])} if body else set()
                        party = forces.pop() if len(forces) == 1 else party  # "A, Chief of Staff, Ruritanian Army"
                    if party is None and j > i and toks[j - 1][2] > run[-1][2] and not self.party_of_title(title):
                        party = self._party_of_bodies(seg[toks[j - 1][2]:])
                    if party is None and j > i and (at := AT_COUNTRYS_BODY.search(seg, run[-1][2], toks[j - 1][2])):
                        party = self.kb.party_of_name(at["c"]) if self.kb.is_country(at["c"]) else None
                    # "Sheikh A", and a page's lower-case "sheikh A": the style stays in the name
                    styled = peer or i > 0 and toks[i - 1][0].capitalize() in self.styles
                    first = toks[i - 1][1] if styled else run[0][1]
                    name = seg[first:run[-1][2]]
                    if name.endswith(".") and run[-1][0] not in SUFFIX and not INITIAL_DOT.fullmatch(run[-1][0]):
                        name = name[:-1]  # the sentence's full stop
                    out.append(Person(name, title, party, base + first, base + run[-1][2], of=of))
                    last_end = j
            i = j
        self._share(seg, base, out)
        for p in out:  # a holder the page names without his country; not one to share with whom he is named beside
            p.party = p.party or self.kb.country_of_person(p.name)
        return out

    def _party_of_bodies(self, after: str) -> str | None:
        """The one party the bodies set off after a person's title name (``APPOSED_BODIES``); a body is a phrase with
        a bureau's or a ministry's word, so a name joined on by "and" says nothing."""
        m = APPOSED_BODIES.match(after)
        codes = set()
        for part in m[0].split(",") if m else ():
            if HOLDERS & {w.rstrip(".") for w in part.split()}:
                break  # the next person's title: "A, Minister of Defence of Chile, Dr B, the Norwegian Minister ..."
            if BODY_KINDS & set(part.split()):
                codes.update(code for _, _, code in self.kb.parties_in(part))
        return codes.pop() if len(codes) == 1 else None

    def _party_after(self, after: str) -> tuple[str | None, bool]:
        """The party "of" or "from" names right after a name, and whether that is plain "of" and a country
        ("Juan Soto of Chile": the country alone makes him a person, with no title)."""
        m = OF_PARTY.match(after)
        found = self.kb.parties_in(m["name"]) if m else []
        if not found or found[0][0] != 0:
            return None, False
        country = not m["comma"] and m["prep"] == "of" and self.kb.is_country(m["name"][:found[0][1]])
        return found[0][2], country

    def _share(self, seg: str, base: int, people: list[Person]) -> None:
        """"Japanese Foreign Minister A and Defence Minister B", "Foreign Minister A and Defence Minister B of
        Japan": a nationality said once qualifies both offices, unless the second is the same office or one
        that party does not have."""
        for a, b in zip(people, people[1:]):
            between = seg[a.end - base:b.start - base]  # "and" and the second's title, nothing else
            # a list of offices after one country's name: "Norway's Foreign Minister A, Defence Minister B, and
            # Intelligence Chief C"
            if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|(?:,\s*)?and\s+)(?:(?:[A-Z][\w.'’-]*|of|for|and|the|on)\s+)*", between) \
                    or not b.title or a.title == b.title:
                continue
            said = a.party or a.shared
            if said and not a.of and not b.party and not self._country_in_title(b.title) \
                    and not self._lacks(said, b.title):
                b.shared = said
            elif b.party and b.of and not a.party and not self._country_in_title(a.title) \
                    and not self._lacks(b.party, a.title):
                a.shared = b.party

    def _country_before(self, before: str) -> bool:
        """A country or nationality said right before a name ("Japan's", "Australian")."""
        tail = re.sub(r"['’]s$", "", before.rstrip())[-40:]
        found = self.kb.parties_in(tail)
        return bool(found) and found[-1][1] == len(tail)

    def _lacks(self, party: str, title: str | None) -> bool:
        return any(p.search(title or "") for p in self.no_office.get(party, []))

    def _given_rank(self, toks, k: int, start: bool) -> bool:
        """A rank abbreviation that is a given name here ("Minister Gen Nakatani", "Mr. Gen Nakatani",
        "Nakatani Gen,"): after an honorific or a civilian office and before a family name alone, or ending a name."""
        if k >= len(toks) or toks[k][0] not in self.given_ranks:
            return False
        if start:
            return k > 0 and toks[k - 1][0] in self.given_after and k + 1 < len(toks) and self._namey(toks[k + 1][0]) \
                and not (k + 2 < len(toks) and self._namey(toks[k + 2][0]))  # "Minister Gen Ola Lund": a rank
        return not (k + 1 < len(toks) and self._namey(toks[k + 1][0]))

    def _particle(self, toks, i: int, j: int) -> bool:
        """"Albert del Rosario", "Ursula von der Leyen", "Salah el-Din": a lower-case particle inside a name."""
        if j > i and re.fullmatch(r"(?:el|al|ad|ud|ul|bin|ibn)-[A-Z][a-z]+", toks[j][0]):
            return True  # "Mohamed Salah el-Din Hasan", "Khalid al-Attiyah": an Arabic particle joined to its word
        if j > i and toks[j][0] in PATRONYMIC_HONORIFICS and toks[j - 1][0].lower() in PATRONYMIC \
                and j + 1 < len(toks) and self._namey(toks[j + 1][0]):
            return True  # "Ismail bin Haji Bakar": the father's honorific is part of the name
        return j > i and toks[j][0] in PARTICLES and j + 1 < len(toks) and \
            (self._namey(toks[j + 1][0]) or toks[j + 1][0] in PARTICLES
             or toks[j][0].lower() in PATRONYMIC and toks[j + 1][0] in PATRONYMIC_HONORIFICS)

    def _surname_place(self, toks, j: int) -> bool:
        tok = toks[j][0]
        nxt = toks[j + 1][0] if j + 1 < len(toks) else ","
        return bool(re.fullmatch(r"[A-Z][a-z]{2,}", toks[j - 1][0])) and bool(re.fullmatch(r"[A-Z][a-z]+", tok)) \
            and bool(self.kb.parties_in(tok)) and (nxt in BOUNDARY or nxt in (".", "(") or nxt[:1].islower())

    def _titled_surname(self, seg, toks, i: int) -> bool:
        """A lone name right after an office word, and the phrase goes on to its verb or next person."""
        return i > 0 and toks[i - 1][0][:1].isupper() and toks[i - 1][0] in self.office | self.domain and \
            (i + 1 >= len(toks) or toks[i + 1][0] in (",", ";", *AND, "(", "convened", "met", "held", "led")
             or seg.startswith("  ", toks[i][2])  # a possessive taken off: "Secretary Roe's talks"
             or toks[i + 1][0].startswith("(") or toks[i - 1][0] in self.holders and toks[i + 1][0][:1].islower())

    def _namey(self, tok: str) -> bool:
        if tok in self.vocab or tok.rstrip(".") in self.vocab or tok.startswith("(") or tok.rstrip(".") in POSTNOMINAL or tok.rstrip(".") in CALENDAR \
                or tok.rstrip(".") in self.not_names or tok in self.headline_verbs:
            return False
        if "-" in tok and all(w in self.vocab for w in tok.split("-")):
            return False  # "Secretary-General"
        if tok.endswith(("-", "–")) or "-" in tok and tok.split("-")[0] in self.vocab and tok.split("-")[-1][:1].islower():
            return False  # "Minister-led", "Secretary-level", a word cut at its hyphen
        if tok.endswith("s") and (tok[:-1] in self.office or tok[:-2] in self.office and tok.endswith("ies")
                                  or tok[:-3] + "y" in self.office):
            return False  # "Ministers", "Secretaries": an office in the plural names no one
        if INITIAL.fullmatch(tok):
            return len(tok) < 3 or not self.kb.parties_in(tok[:2])  # not "US."
        if CAPS_NAME.fullmatch(tok):
            return not self.kb.parties_in(tok) and tok not in self.kb.dialogue_acronyms
        if ABSTRACT_NOUN.fullmatch(tok.rstrip(".")):
            return False  # "Director of International Engagements": a title's last word, no surname
        if re.fullmatch(r"[A-Z][a-z][A-Z]+", tok):
            return False  # "MoFA", "MoD": a ministry's acronym, not a given name
        if not (len(tok) > 1 and tok[0].isupper() and tok[1].islower() and re.fullmatch(r"\w[\w'’-]*\.?", tok)
                or ELIDED.fullmatch(tok)):
            return False
        if tok.endswith("'s") or tok.endswith("’s"):
            return False
        if self.kb.parties_in(tok):
            return False
        return True

    def _title_before(self, seg, toks, lo: int, hi: int) -> tuple[str | None, str | None]:
        k = hi
        while k > lo and (toks[k - 1][0] not in BOUNDARY or self._listed_bureau(toks, k - 1, hi)
                          or self._listed_portfolio(toks, k - 1, hi) or self._in_country_name(seg, toks, k - 1)) \
                and not toks[k - 1][0].endswith(":") and not self._sentence_end(toks[k - 1][0]):
            k -= 1
        # "and" inside a title ("for Asian and Arctic Affairs") is not a boundary; only the "and" right after the
        # previous person is, or one before a rank ("... and Intelligence and Rear Adm A": A's title starts there)
        while k > lo + 1 and toks[k - 1][0] in AND and (toks[k][0] not in self.ranks or toks[k][0] in self.office) \
                and (toks[k - 2][0] in self.vocab or self._portfolio_before(toks, lo, k - 1)
                     or self._listed_bureau(toks, k - 1, hi)):
            k -= 1
            while k > lo and (toks[k - 1][0] not in BOUNDARY or self._listed_portfolio(toks, k - 1, hi)):
                k -= 1
        # "Undersecretary for policy and ASEAN affairs A": a portfolio in lower case after "for"
        portfolio = next((x for x in range(k + 1, hi) if self._portfolio_opens(toks, x)), hi)
        for x in range(k, min(hi, portfolio)):  # "... took place during Deputy Minister A's visit": the title starts after the verb
            t = toks[x][0]
            if re.fullmatch(r"[a-z]{3,}", t) and t not in TITLE_JOINS and t.capitalize() not in self.vocab \
                    or t in CALENDAR or t.isdigit() or t in ("–", "—", "-", ")"):
                k = x + 1  # "On Friday Minister A met ...", "19 May 2024 (Manila) – Secretary A": no part of the title
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
        countries = [(a, b) for a, b, _ in self.kb.parties_in(text)]  # "of Sri Lanka": "Sri" is no honorific there
        ws = [m[0] for m in self.word.finditer(text) if not m[0].startswith("(")
              and (m[0] not in self.honorifics or any(a <= m.start() < b for a, b in countries))]
        # ranks and services sit between title and name ("... for East Asia Marine Corps Brig. Gen."); inside
        # a title they are part of it ("Vice Minister", "Director General", "Commander of ...")
        while ws and (ws[-1] in self.ranks or ws[-1] in self.honorifics or ws[-1] in ("the", "The")) \
                and not (len(ws) > 1 and ws[-1] == "General" and ws[-2] in self.general_offices) \
                and not (len(ws) > 1 and ws[-1] == "Commander" and ws[-2] in COMMANDED) \
                and not (len(ws) > 1 and ws[-1] in SERVICES and ws[-2] in ("of", "the")):  # "Chief of Army A"
            ws.pop()
        title = " ".join(ws)
        if not title or not any(self._office_word(w) for w in title.split()):
            return None, party
        return normalize_title(title), party

    def _in_country_name(self, seg: str, toks, at: int) -> bool:
        """"Trinidad and Tobago's Minister A": the "and" of a country's name is no boundary."""
        if at < 1 or at + 1 >= len(toks) or toks[at][0] not in AND:
            return False
        s, e = toks[at - 1][1], toks[at + 1][2]
        return any(a <= toks[at][1] - s and toks[at][2] - s <= b for a, b, _ in self.kb.parties_in(seg[s:e]))

    def _sentence_end(self, tok: str) -> bool:
        """"... in Oslo. Norway's A": a word and a full stop end the sentence before; an abbreviation does not."""
        word = tok[:-1]
        return tok.endswith(".") and len(word) > 3 and word.isalpha() and word[1:].islower() and tok not in self.ranks \
            and tok not in self.honorifics

    def _rank_before(self, toks, lo: int, hi: int) -> str | None:
        """A rank alone is title enough where no office is said ("Vice Admiral Kim Ha-na led the delegation")."""
        k = hi
        while k > lo and (toks[k - 1][0] in self.ranks or toks[k - 1][0] in self.honorifics):
            k -= 1
        rank = [t for t, _, _ in toks[k:hi] if t in self.ranks]
        return " ".join(rank) if any(w.rstrip(".") in self.senior_ranks for w in rank) else None

    def _rank(self, words: str) -> bool:
        """A rank alone, its words spaced or hyphenated ("Lieutenant General", "Lieutenant-General")."""
        return all(w in self.ranks for w in re.split(r"[\s-]+", words) if w)

    def _appositive_title(self, seg, toks, lo: int, hi: int) -> tuple[str | None, str | None]:
        """A title set off by a comma before the name: "Deputy Minister for Policy (DEPMIN), Dr. Park Min-ho"."""
        k = hi
        while k > lo and (toks[k - 1][0] in self.honorifics | self.ranks or toks[k - 1][0] == "the"
                          or self._rank(toks[k - 1][0])):
            k -= 1
        if k <= lo + 1 or toks[k - 1][0] != ",":
            return None, None
        title, party = self._title_before(seg, toks, lo, k - 1)
        if title is None and (m := COUNTERPART_OF.search(seg, toks[lo][1] if lo < len(toks) else 0, toks[k - 1][1])) \
                and (found := self.kb.parties_in(m["c"])) and found[0][:2] == (0, len(m["c"])):
            return m["w"].capitalize(), found[0][2]  # "his counterpart from Chile, General A": the country is A's
        if title is None and (body := self._body_set_off(seg, toks, lo, k - 1)) is not None:
            # "Director for Asia, European External Action Service, Ana Lopez": the office, then its body
            title, party = self._title_before(seg, toks, lo, body)
            if title:
                said = seg[toks[body + 1][1]:toks[k - 2][2]]
                found = self.kb.parties_in(said)
                party = party or (found[0][2] if found else self.party_of_title(said))
                title = f"{title}, {said}"
        if title and party is None:  # "the Navy Chief of Chile, the fleet's commander, Admiral A"
            commas = [x for x in range(lo, k - 1) if toks[x][0] == ","]
            if commas:
                before = seg[toks[commas[-2] if len(commas) > 1 else lo][2]:toks[commas[-1]][1]]
                found = {code for _, _, code in self.kb.parties_in(before)}
                if len(found) == 1 and HOLDERS & set(before.split()):
                    party = found.pop()
        return title, party if title else None

    def _body_set_off(self, seg, toks, lo: int, hi: int) -> int | None:
        """Where a body named between two commas before ``hi`` begins ("..., MEA, A", "..., Ministry of Foreign
        Affairs, A"), if the words before it, up to another comma, are an office."""
        k = hi
        while k > lo and toks[k - 1][0] != ",":
            k -= 1
        if k <= lo + 1 or k == hi:
            return None
        said = seg[toks[k][1]:toks[hi - 1][2]]
        if not (set(said.split()) & BODY_WORDS or re.fullmatch(r"[A-Z]{2,5}", said) or self.kb.parties_in(said)
                or self.party_of_title(said)) or len(said.split()) > 8:
            return None
        return k - 1

    def _title_after(self, seg, toks, j: int) -> tuple[str | None, int]:
        """The title set off after a name ("NAME, Minister of Defence of Japan,", "NAME performing the duties
        of ..."), and the index past it: it ends at a comma, or at "and" where the next person begins."""
        if j + 1 < len(toks) and toks[j][0] == "," and toks[j + 1][0] in AND:
            return None, j  # "A, and the chief of staff of B, C": the next person's title begins
        if j + 1 < len(toks) and toks[j][0] == "the" and toks[j + 1][0][:1].isupper():
            k = j + 1  # "A the Defence Minister led ...": a title set off by its article alone
            while k < len(toks) and (toks[k][0][:1].isupper() or k + 1 < len(toks) and toks[k + 1][0][:1].isupper() and (
                    toks[k][0] in ("of", "for") or toks[k][0] == "the" and toks[k - 1][0] in ("of", "for"))
                    or toks[k][0] in ("of", "for") and k + 2 < len(toks) and toks[k + 1][0] == "the"):
                k += 1  # "the Chief of Defence of the Armed Forces of Chile"
            text = seg[toks[j + 1][1]:toks[k - 1][2]]
            if any(self._office_word(w) for w in text.split()) and (k == len(toks) or toks[k][0][:1].islower()
                                                                     and toks[k][0] not in AND and toks[k][0] not in ("of", "for", "the")):
                return normalize_title(text), k  # a verb follows; not "A and the Minister of Defence, B": B's title
        if j < len(toks) and (toks[j][0] == "," or toks[j][0] in ("performing", "acting")):
            j = j if toks[j][0] == "," else j - 1
            k = j + 1
            while k < len(toks) and toks[k][0] not in (",", ";") and not (toks[k][0] == "with" and not self._body_after(toks, k + 1)) \
                    and not (toks[k][0] in AND and self._next_person(toks, k + 1)):
                k += 1
            if k > j + 1:
                text = seg[toks[j + 1][1]:toks[k - 1][2]]
                text = re.sub(r"\s+(?:in|at|on)\s+[A-Z].*$|[.]$", "", text)  # "..., Minister for Defence in Tokyo."
                text = REPORT_WITHIN.split(text)[0]  # "A, Director of the Bureau said the talks ...": no closing comma
                if any(self._office_word(w) for w in text.split()) and not REPORT_AFTER.search(text) \
                        and not self._names_and_acts(text):
                    text = re.sub(r"^performing the duties of", "Performing the Duties of", text)
                    return normalize_title(text), k
        return None, j

    def _names_and_acts(self, text: str) -> bool:
        """"Vice Minister Juan Soto-Ruiz thanked ...": after an office, a name of two words and a verb, the next
        person's clause, not the title of the name before the comma."""
        office = next((m.end() for m in re.finditer(r"\S+", text) if self._office_word(m[0])), None)
        return office is not None and any(self._names_someone(m[1]) and not self.kb.parties_in(m[1])
                                          for m in NAME_THEN_VERB.finditer(text, office))

    @staticmethod
    def _body_after(toks, k: int) -> bool:
        """"A, head of Arctic affairs with the EEAS Crisis Directorate": the office's body,
        not the person met ("A, Minister of Defence with the Chilean delegation")."""
        return k + 1 < len(toks) and toks[k][0] == "the" and toks[k + 1][0][:1].isupper() and any(
            t in BODY_WORDS for t, _, _ in toks[k + 1:k + 8])

    def _next_person(self, toks, k: int) -> bool:
        """"... of Japan and Mr. SATO Ken", "... of Australia and Senator the Hon. Ann Lee", "... and Rear
        Admiral B", "... (JP&P) and his Chilean counterpart B"."""
        if k < len(toks) and toks[k][0] in ("his", "her", "their") and any(
                t in COUNTERPART_WORDS for t, _, _ in toks[k + 1:k + 5]):
            return True
        while k < len(toks) and toks[k][0] in ("the", "The"):
            k += 1
        if k < len(toks) and (toks[k][0] in self.honorifics or bool(CAPS_NAME.fullmatch(toks[k][0]))
                              and not self.kb.parties_in(toks[k][0]) and toks[k][0] not in self.vocab):
            return True
        if k < len(toks) and toks[k][0] in self.senior_ranks:  # "... Policy and Major General B, Director of ..."
            while k < len(toks) and toks[k][0] in self.ranks:
                k += 1
            return k < len(toks) and re.fullmatch(r"[A-Z][a-z][\w'’-]*", toks[k][0]) is not None \
                and toks[k][0] not in self.vocab and not self.kb.parties_in(toks[k][0])
        # "... of the Philippines and US Indo-Pacific commander Admiral John Aquilino led ...": a country and a title,
        # then a name of two words or more
        j = k
        while j < len(toks) and (self.kb.parties_in(toks[j][0]) or self._title_word(toks[j][0])):
            j += 1
        if j > k:
            run = 0
            while j + run < len(toks) and run < 4 and re.fullmatch(r"[A-Z][a-z][\w'’-]*", toks[j + run][0]) \
                    and not self._title_word(toks[j + run][0]) and not self.kb.parties_in(toks[j + run][0]):
                run += 1
            # "... head of the Security Office of Costa Rica on May 3": a country of two words, no name
            if run >= 2 and not self.kb.parties_in(" ".join(t for t, _, _ in toks[j:j + run])):
                return True
        # "... (CMC) and Chan Heng Kee, permanent secretary of ...": two or three words of no title, then a comma
        run = 0
        while k + run < len(toks) and run < 4 and re.fullmatch(r"[A-Z][a-z][\w'’-]*", toks[k + run][0]) \
                and toks[k + run][0] not in self.vocab and not self.kb.parties_in(toks[k + run][0]):
            run += 1
        return 2 <= run <= 3 and k + run < len(toks) and toks[k + run][0] == ","

    def party_of_title(self, title: str | None) -> str | None:
        if not title:
            return None
        for code, pat in self.title_party:
            if pat.search(title):
                return code
        return None

    def _portfolio_before(self, toks, lo: int, at: int) -> bool:
        """An office's "for ..." runs up to this "and" ("Undersecretary for policy and ASEAN affairs")."""
        x = at - 1
        while x > lo and toks[x][0] not in BOUNDARY:
            if self._portfolio_opens(toks, x):
                return True
            x -= 1
        return False

    def _listed_bureau(self, toks, at: int, hi: int) -> bool:
        """"Chilean Foreign, Trade and Development Office Under-Secretary A", "Department of Treaty and Polar
        Affairs of ...": this comma or "and" lists a body's subjects, capitalised on both sides of it, up to the
        body's kind, not the next person."""
        if toks[at][0] not in (",", *AND) or at == 0 or not toks[at - 1][0][:1].isupper():
            return False
        x = at + 1
        while x < hi and x - at <= 5 and (toks[x][0][:1].isupper() and not self._office_word(toks[x][0])
                                          or toks[x][0] in AND) and toks[x][0] not in BUREAU_KINDS:
            x += 1
        return at + 1 < x < hi and toks[x][0] in BUREAU_KINDS and toks[x - 1][0] not in AND

    def _listed_portfolio(self, toks, at: int, hi: int) -> bool:
        """"Minister of Defence, Police and Customs A": this comma lists one office's portfolios, from its "of"
        or "for" to an "and" before the name, not two people."""
        if toks[at][0] != "," or at < 3:
            return False
        x = at - 1
        while x > 0 and at - x <= 3 and toks[x][0] in self.domain and toks[x][0][:1].isupper():
            x -= 1
        if toks[x][0] not in ("of", "for") or x == at - 1 or not self._office_word(toks[x - 1][0]):
            return False
        after = [w for w, _, _ in toks[at + 1:hi]]
        while after and after[-1] not in self.domain:
            after.pop()  # "Security Mr Ola Lund": an honorific or rank between the office and the name
        return 3 <= len(after) <= 6 and after[-2] in AND and all(w in AND or w == "," or w in self.domain and w[:1].isupper()
                                                               for w in after)

    def _portfolio_opens(self, toks, x: int) -> bool:
        """"Undersecretary for ...": an office's "for", after which lower-case words are its portfolio."""
        return toks[x][0] == "for" and self._office_word(toks[x - 1][0])

    def _office_word(self, w: str) -> bool:
        return any(x in self.office or x.capitalize() in self.office for x in w.split("-"))

    def _only_title(self, text: str) -> bool:
        """A title set off after a titled name repeats it ("Ambassador A, Special Representative for ...");
        "and ..." or a name in it is the next person."""
        words = text.split()
        return bool(words) and words[0] != "and" and all(
            not w[:1].isupper() or self._title_word(w) or self.kb.parties_in(w.strip(",.")) for w in words)

    def _names_someone(self, text: str) -> bool:
        """Two capitalised words in a row that are no title words: a name ("... Defense Kihara Minoru")."""
        caps = [w[:1].isupper() and not self._title_word(w) for w in text.split()]
        return any(a and b for a, b in zip(caps, caps[1:]))

    def _title_word(self, w: str) -> bool:
        w = w.strip(",")
        return any(x in self.vocab for x in (w, w.capitalize(), w.lower(), w.rstrip("s"), w.capitalize().rstrip("s")))

    def _country_in_title(self, title: str | None) -> str | None:
        """The holder's country in a title: "the Australian Minister for Defence", "Minister ... of Japan"."""
        # a preposition the title ran into comes off too ("called on Chilean President A": "on Chilean President")
        m = re.match(r"(?:(?:on|with|by|to|from)\s+)?(?:(?:the|his|her|their|its)\s+)?(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s",
                     title or "")
        found = self.kb.parties_in(m["c"]) if m else []
        if found and found[0][0] == 0:
            return found[0][2]
        # ... or in the name of the force or body whose office it is: "the Royal Ruritanian Navy's commander"
        m = re.match(r"(?:the\s+)?(?P<c>(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*)['’]s?\s", title or "")
        found = self.kb.parties_in(m["c"]) if m else []
        if len({code for _, _, code in found}) == 1:
            return found[0][2]
        # ... or before the office's lower-case words: "secretary-general of the Chilean ministry of ...", "secretary of
        # Peru's department of ..."
        # "Secretary of State for the Navy of Chile": each "of" in turn, the first that names a country
        for m in re.finditer(r"\bof\s+(?:the\s+)?(?P<c>(?:[A-Z][\w.'’-]*\s*(?:of\s+)?){1,5})"
                             r"(?:$|(?<=\s)(?:for|on)\s|(?<=\s)(?=(?!(?:of|the|and|for|on|in|to|at)\b)[a-z]))", title or ""):
            found = self.kb.parties_in(m["c"])
            if found:
                return found[-1][2]
        # "at the U.S. National Security Council", "an adviser with the European Defence Agency"
        m = re.search(r"\b(?:at|of|in|with)\s+the\s+(?P<c>[A-Z][\w.'’-]*)\s+[A-Z]", title or "")
        found = self.kb.parties_in(m["c"]) if m else []
        if found and found[0][0] == 0:
            return found[0][2]
        # "vice chief of the Joint Staff Department under China's Central Military Commission"
        m = re.search(r"\b(?P<c>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)['’]s\s+(?:[A-Z]|[Mm]inistry|[Dd]epartment)", title or "")
        found = self.kb.parties_in(m["c"]) if m else []
        return found[0][2] if found and found[0][:2] == (0, len(m["c"])) else None

    def _korean(self, name: str) -> bool:
        """A Korean name: a hyphenated given name ("Han Min-koo"), or a family name first ("Suh Wook")."""
        words = name.replace(",", " ").split()
        return any(KOREAN_GIVEN.fullmatch(w) for w in words) or \
            (len(words) in (2, 3) and words[0] in self.korean_family and all(len(w) <= 6 for w in words[1:]))

    def _vietnamese(self, name: str) -> bool:
        """A Vietnamese name: family name first, in three words or more ("Tran Van Binh")."""
        words = fold_accents(name).split()  # "Hoàng Văn Lâm" as a page writes it, "Hoang" in the list
        return len(words) >= 3 and words[0] in self.vietnamese_family and all(w[:1].isupper() for w in words)


def normalize_title(title: str) -> str:
    """Official form of a title: "Deputy Assistant Defense Secretary" -> "Deputy Assistant Secretary of Defense"."""
    t = re.sub(r"\s+", " ", title).strip(" ,")
    t = t.lstrip("“”‘’\"'-–—: ")  # the quotation marks around a sentence that opens with the title
    t = re.sub(r"^(?:When|While|After|As|Before|Since|Although|Once|Then|But|the|The)\s+(?=[A-Z])", "", t)  # the sentence's, not the title's
    t = re.sub(r"^the\s+(?=[a-z]+ of\b)", "", t)  # "the commander of the navy of ..."
    t = re.sub(r"\b((?:Principal |Acting )*(?:Deputy )?(?:Assistant |Under )?)(Defense|State) Secretary\b", r"\1Secretary of \2", t)
    t = re.sub(r"\s*\([A-Z]{2,6}\)", "", t)
    return t
