"""Place: where the meeting was held and whether in person.

Statements say it in many ways: a city after "in" or "at", a site inside a city ("at HMAS Watson in Sydney"),
a news story's "here" under its dateline, a capital named by its country ("the Belgian capital Brussels").
A country or region the talks were about, another round's place and a body's seat are not the venue.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

from accord.extraction.dates import ADVISED_BY_BEFORE, find_dates
from accord.extraction.layout import Block, substantive
from accord.knowledge import Knowledge

VIRTUAL = re.compile(r"\b(video[ -]?teleconferenc\w*|video[ -]?conferenc\w*|videoconferenc\w*|virtual(ly)?|video link|teleconference|online (?:meeting|format|talks|session|conference)|via (?:a )?video|(?:tele)?phone conversation|(?:held|met|meet|conducted|convened|took place|participated) online|by video|video (?:talks|meetings?|sessions?|dialogue|consultations)|(?:tele)?phone (?:call|talks)|by (?:tele)?phone|video call)\b", re.I)
# "the 14th session held in Oslo last year": the place of a round before this one
LAST_YEAR = re.compile(r",?\s+(?:last|the\s+previous|the\s+preceding)\s+year\b", re.I)
# A sentence about an earlier round ("its previous round was last conducted online") says nothing of this one's format
PAST_ROUND = re.compile(r"\b(?:was|were)\s+(?:last|previously)\s+(?:held|convened|conducted)\b|\bthe (?:last|previous) (?:round|meeting|session)\b", re.I)


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text)


# Met in person though the page names no city: "met ... at the State Department", "who is visiting Japan",
# "held their first talks in six years", "the first in-person meeting", "took place at the Ministry".
IN_PERSON = re.compile(r"\b(?:met|meets|hosted|visiting|visited|welcomed|attended|in[- ]person|face[- ]to[- ]face|co-chaired|"
                       r"took place (?:at|in)|held (?:a |the |an |their |its )?(?:[\w-]+ ){0,3}(?:meetings?|talks|dialogue|consultations)|"
                       r"(?:was|were) held (?:at|in) (?:the )?[A-Z]\w*|"  # "was held at the Presidential Palace"
                       r"(?:days? of|after|during) (?:[\w-]+ ){0,2}talks with|"  # "said Friday after two days of talks with ..."
                       r"here (?:today|yesterday|this (?:week|morning|afternoon)|on \w+day)|"
                       # a guest received or arrived, a visit, talks held or ended at a place: the sides were together
                       r"received|receiving|arrived (?:in|at)|on (?:an? )?(?:official|working|state|goodwill) visit|"
                       r"held (?:[\w-]+ ){0,2}discussions|discussions? (?:was|were) held|(?:ended|concluded|opened) (?:at|in) (?:the )?[A-Z]\w*|"
                       r"(?:after|following|during|at) (?:a|the|their) (?:[\w-]+ ){0,2}meeting (?:in|near|at) (?:the )?[A-Z]\w*)\b", re.I)
PENTAGON = "Pentagon, Washington, D.C."  # a building that is itself the venue, named with the city it stands for
# A news story's "held talks here", "said here today", "met in the federal capital" with no capital named: the
# meeting was in its dateline city.
HERE = re.compile(r"\b(?:held|hold|holds|met|meet|meets|concluded|convened|opened|began|said|told|talks|meeting|dialogue|consultations)\b"
                  r"(?:\s+[\w'’-]+){0,6}?\s+(?:here\b|in\s+the\s+(?:federal\s+|national\s+)?capital\b(?!\s+(?:city\s+)?(?:of\s+)?[A-Z]))")
# A capitalised word of a place's name, accents and all ("Brasília", "Hà Nội")
_PLACE_WORD = r"[A-Z][a-zA-Z\u00C0-\u024F\u1E00-\u1EFF'’-]+"
PLACE = re.compile(r"\b(?:in|at) (?:the |(?:[A-Z][\w.-]*\s){0,3}[A-Z][\w-]*['’]s )(?:[\w-]+ ){0,2}?(?:city|town|hometown|port|province|island|resort) of (?P<t>" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r")?)"  # "in the city of Bergen", "at the coastal town of Molde", "in General A's hometown of B"
                   r"|(?:\b(?:in|at|while visiting|reached)|(?:^|(?<=[.!?]\s))In(?=\s+[A-Z][^,]{1,40},)|\b(?:welcomed|hosted|received)\s[^;]{1,160}?\bto)\s+"
                   r"(?:(?:central|northern|southern|eastern|western|downtown)\s+)?(?P<p>(?:(?:St|Ste|Mt|Ft|Port)\.?\s)?(?:" + _PLACE_WORD + r")(?:[ \t]+" + _PLACE_WORD + r"){0,2}(?:,?\s+D\.?C\.?(?![\w.]))?)"
                   r"|\b(?:in\s+)?[Tt]he (?:[A-Z][\w-]+ )*capital(?: city)?,? (?:of )?(?:[A-Z][\w-]+, )?(?P<c>" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r")?)"  # "in the Belgian capital Brussels", "The Georgian capital of Tbilisi hosted"
                   r"|\bat (?P<l>the Pentagon)\b")  # a building that is itself the venue
# a country's capital named after it: "... in Norway's capital(,) Oslo"
CAPITAL_NAMED = re.compile(r"\s+capital(?:\s+city)?,?\s+(?P<c>" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r"){0,2})")
# A site inside a city ("at HMAS Watson in Sydney", "at NATO Headquarters, Brussels"): the city is the venue.
_SITE_WORD = (r"(?:Headquarters|Institution|University|Hall|House|Ministry|Department|Building|Cent(?:er|re)|Base|"
              r"Palace|Hotel|Resort|Camp|Barracks|Office|Academy|College|Museum)")
SITE = re.compile(r"\b" + _SITE_WORD + r"\b|^(?:HMAS|HMS|USS|RAAF|RAF|JS|ROKS)\b")
# "at the Ministry of National Defence, Hanoi", "in Ministry of Defence office, Jakarta": a building, then its city
SITE_THEN_CITY = re.compile(r"\b(?:at the|in(?: the)?(?= [A-Z]\w+ of\b)) (?:[A-Z][\w'’-]*\s+){0,3}(?:Headquarters|Ministry|Department|"
                            r"Building|Palace|Hotel|Cent(?:er|re)|Hall|House|Office)\b"
                            r"(?:\s+(?:of|for|on|and|the|office|headquarters|building|complex|compound|premises|[A-Z][\w'’()-]*|\([A-Z]{2,6}\)))*?"
                            r"(?:,|\s+in)\s+(?P<c>" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r")?)")
# "at the Grand Oslo Hotel": a building whose name holds its city
NAMED_SITE = re.compile(r"\bat the (?P<s>(?:[A-Z][\w'’-]*\s+){1,4}" + _SITE_WORD + r")\b")
# "at Los Andes Gardens Hotel", "at Royal Norwegian Air Force (RNoAF) Base in Bodø"
SITE_GOES_ON = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*|\([A-Z][A-Za-z]{1,7}\)))*?\s+" + _SITE_WORD + r"\b")
CITY_AFTER_SITE = re.compile(r"^(?:,|\s+in)\s+(?P<c>" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r")?(?:,?\s+D\.?C\.?(?![\w.]))?)")
# Another round, or one still to come, before a place: "Their previous meeting was held in Lima", "agreed to hold
# the next meeting in Warsaw", "will meet again in Seoul".
OTHER_ROUND = re.compile(r"\b(?:(?:previous|next|upcoming|forthcoming)\s+(?:[\w-]+\s+){0,4}?|(?:last|prior|earlier)\s+)"
                         r"(?:talks|meetings?|rounds?|dialogues?|sessions?|consultations|summits?|conferences?)\b"
                         r"|\b(?:last|previously)\s+(?:met|held)\b|\bmeet again\b|\b(?:will|to)\s+(?:be\s+)?(?:hold|held|host|hosted)\b", re.I)
# the rest of a town's name joined by a small word: "Port| of Spain", "Dar| es Salaam" (not its own
# country's name: "Santiago| de Chile")
JOINED_NAME = re.compile(r"\s(?:of|de|del|da|do|dos|es|al|el|la|le)\s" + _PLACE_WORD)
MET_TO = re.compile(r"\b(?:met|arrived|travell?ed|gathered|came|convened)\b(?!.*\b(?:agreed|decided|planned)\b)")
# "the government in Seoul", "its embassy in Tokyo": a body's seat, not where the meeting was
OF_A_BODY = re.compile(r"\b(?:government|authorities|embassy|regime|administration|forces|troops)\s*$", re.I)
# "in Yongsan, central Seoul", "in Yongsan-gu, Seoul": the city, not its district
DISTRICT = re.compile(r"^,\s+(?P<where>(?:central|downtown|northern|southern|eastern|western|north|south|east|west)\s+)?(?P<c>" + _PLACE_WORD + r")")
TALKS_IN = re.compile(r"\b(?:talks|meeting|session|dialogue|consultations|met|held|convened|took\s+place)\s+(?P<at>(?:in|at)\s+[A-Z])")
# A release's overview of labelled fields: "(2) Venue: Oslo (Ministry of Defence, Akershus Fortress)"
VENUE_FIELD = re.compile(r"(?m)^\W*(?:\(?\d\)?\s*)?(?:Venue|Place|Location)\s*:\s*(?P<c>" + _PLACE_WORD + r"(?: " + _PLACE_WORD + r")?)\s*(?:[(,]|$)")
PLACING_CAPTION_WORDS = 15  # a line this long is a picture's caption, not another story's headline ("A meets B in Oslo")
# A caption of a picture taken on another day places nothing: "A file photo of ...", "(Archive image)"
FILE_PHOTO = re.compile(r"\b(?:file|archive)\s+(?:photo|picture|image)\b", re.I)
# Countries that are one city: a meeting "in Singapore" has a venue.
CITY_STATES = {"singapore", "monaco", "hong kong", "macau", "vatican city"}
_WEEKDAYS = "|".join(calendar.day_name)
_MONTHS = "|".join(calendar.month_name[1:])
NOT_PLACE = re.compile(r"^(?:Charge|Attendance|Person|" + _MONTHS + r"|The|This|Their|Its|His|Her|Each|Both|Security|Defense|Phase|Particular|Addition|Support|Light|Response|Order|Line|Fiscal|Calendar|FY|Year|Accordance|Recognition|Keeping|Terms|Principle|Partnership|Cooperation|Defence|All|Every|Various|Several|Many|Other|"
                       r"Operations?|Exercises?|Missions?|Programm?e?s?|Projects?|Initiatives?)\b")  # "involved in Operation A"
WEEKDAY_AFTER = re.compile(r"\s+(?:" + _WEEKDAYS + r")$")
FILED_LATER = 2  # days: a reporter at the talks files the same day or the next
REGION = re.compile(r"\b(?:Asia|Europe|Africa|Pacific|Peninsula|Sea|Strait|Ocean|Gaza|Balkans|Arctic|Region|America)$")
MONTH_AFTER = re.compile(r"\s+(?:" + _MONTHS + r")$")
NOT_A_CITY = re.compile(r"\b(?:Minister|Secretary|President|Ambassador|Admiral|Hq|HQ|Force|Forces|Command|Hotel)$"
                        r"|^(?:Vice|Deputy|Minister|Secretary)\b|\.(?i:com|org|net|gov)\b|-to-|['’]$"
                        r"|^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$"
                        r"|^(?:" + _WEEKDAYS + r"|" + _MONTHS + r"|Today|Yesterday)$"  # "at the Pentagon, June 11"
                        r"|\s(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sir)\.?$")  # "at the Ministry of Defence, Chile Dr A ..."


def venue_and_format(text: str, blocks: list[Block], opening: list[Block], further: list[Block], kb: Knowledge,
                     dateline_city: str | None, names: set[str], captions: Sequence[str] = ()) -> tuple[str | None, str | None]:
    """Where the meeting was and whether in person, from its first paragraph, the opening, the dateline, the
    headline, said of the talks, the paragraphs after and, last, the pictures' ``captions`` the page's chrome held;
    ``names`` are the dialogue's, never a place."""
    meet = meeting_paragraph(text, blocks)
    head = text[meet[0]:meet[1]] if meet else ""
    opening_text = " ".join(text[b.start:b.end] for b in opening)
    titles = " ".join(b.text for b in blocks if b.kind == "title")
    if any(VIRTUAL.search(x) and not PAST_ROUND.search(x) for x in _sentences(opening_text)) or VIRTUAL.search(titles):
        # "met in Seoul, with the third minister joining virtually": the hosts' city is the venue of a meeting
        # that was neither in person nor virtual
        venue = _venue(head, kb, names) if re.search(r"\b(?:met|held|convened|gathered)\s+(?:\w+\s+){0,4}?in\s+[A-Z]", head) else None
        return venue, None if venue else "virtual"
    here = dateline_city if dateline_city and (HERE.search(head) or HERE.search(opening_text)) else None
    field = VENUE_FIELD.search(text[:3000])
    venue = (field and _city(field["c"])) or _venue(head, kb, names) or (here and _city(here)) or _venue(opening_text, kb, names) \
        or _town_acts(head, kb) or _town_acts(opening_text, kb)
    if dateline_city and venue is None and not _filed_later(text, blocks):
        venue = _city(dateline_city)
    if venue is None:
        for b in blocks:
            if b.kind == "title":
                venue = venue or _venue(b.text, kb, names)
    if venue is None:
        # said further down, of the talks themselves: "During their meeting in Lima, held on the margins of ..."
        after = [b for b in blocks if b.kind == "paragraph" and b not in opening  # short ones too ("It was in Oslo.")
                 and opening[0].start <= b.start and b.end <= further[-1].end] if opening and further else []
        for b in after:
            for m in TALKS_IN.finditer(text, b.start, b.end):
                venue = venue or _venue(text[m.start("at"):b.end], kb, names)
    if venue is None:  # "A (R) greets B before their talks in Tromsø, Norway, May 4. (NTB)", not a file photo's
        venue = next((v for c in captions if len(c.split()) >= PLACING_CAPTION_WORDS and not FILE_PHOTO.search(c)
                      and (v := _venue(c, kb, names))), None)
    return venue, "in_person" if venue or IN_PERSON.search(head) or IN_PERSON.search(opening_text) else None


def meeting_paragraph(text: str, blocks: list[Block]) -> tuple[int, int] | None:
    """The first paragraph, the one that says who met where and when."""
    for b in blocks:
        if b.kind == "paragraph" and substantive(b):
            return (b.body_start or b.start, b.end)
    return None


def _venue(seg: str, kb: Knowledge, names: set[str]) -> str | None:
    site, first = SITE_THEN_CITY.search(seg), PLACE.search(seg)
    if site and (first is None or site.start() <= first.start()) and not kb.is_country(site["c"]) \
            and not REGION.search(site["c"]):
        district = DISTRICT.match(seg[site.end():])
        if district and (site["c"].endswith(("-gu", "-dong", "-ku", "-ward")) or district["where"]):
            return _city(district["c"])  # "at the Ministry of National Defense in Yongsan-gu, Seoul"
        if city := _city(site["c"]):
            return city  # not "at the Ministry of Defence, Chile Dr A": a name, the city told after it
    for m in PLACE.finditer(seg):
        if m["c"]:
            if kb.is_country(m["c"]):
                continue  # "the capital of Georgia": the country, its city unnamed
            return _city(m["c"])
        if m["t"]:
            if _of_another_round(seg, m.start(), m.end()):
                continue
            return _city(m["t"])
        if m["p"] and re.search(r"['’]s$", m["p"]) and (cap := CAPITAL_NAMED.match(seg, m.end())) \
                and not kb.is_country(cap["c"]):
            return _city(WEEKDAY_AFTER.sub("", cap["c"]))  # "in Norway's capital Oslo", "in Norway's capital, Oslo"
        p = re.sub(r"['’]s?$", "", (m["p"] or m["l"]).strip())  # "in Egypt's new capital": the country, no city
        if (owned := re.fullmatch(r"(.+?)['’]s\s+(.+)", p)) and kb.is_country(owned[1]):
            p = owned[2]  # "met in Norway's Lakselv": the town
        if NOT_PLACE.match(p) or _of_another_round(seg, m.start(), m.end()) or OF_A_BODY.search(seg, 0, m.start()):
            continue
        if (p.isupper() and len(p) <= 4) or (re.match(r"[A-Z]{2,}\s", p) and not SITE.search(p)):
            continue  # "cooperation in AI", "in ICT", "a role in EU Common Security and Defence Policy work": no city
        district = DISTRICT.match(seg[m.end():]) if m["p"] else None
        if district and (p.endswith(("-gu", "-dong", "-ku", "-ward")) or district["where"]):
            return _city(district["c"])  # "in Yongsan, central Seoul", "in Yongsan-gu, Seoul"
        joined = JOINED_NAME.match(seg[m.end():]) if m["p"] else None
        if joined and (home := kb.country_of_place(p + joined[0])) \
                and home not in {c for _, _, c in kb.parties_in(joined[0])}:
            return _city(p + joined[0])  # "in Port of Spain", "in Dar es Salaam": a town's name goes on in lower case
        longer = SITE_GOES_ON.match(seg[m.end():]) if m["p"] else None  # "at Les Vegas Gardens Hotel": a longer name
        if SITE.search(p) or m["l"] or longer:
            city = CITY_AFTER_SITE.match(seg[m.end() + (longer.end() if longer else 0):])
            if city and not kb.is_country(city["c"]) and (named := _city(city["c"])):
                return named  # not "at the Pentagon, June 11": a date
            if m["l"]:
                return PENTAGON  # the building and the city it stands for
            if (owner := re.match(r"(.+?)['’]s\s", p)) and not kb.is_country(owner[1]) and kb.country_of_place(owner[1]):
                return _city(owner[1])  # "at New Delhi's Manekshaw Centre": the city that owns the building
            continue  # the building alone; its city may be named next ("at ... University in Palo Alto")
        if p.casefold() in names or any(w in p for w in ("Dialogue", "Meeting", "Committee", "Defense", "Command")):
            continue
        if "-" in p and all(kb.parties_in(x) for x in p.split("-")):
            continue  # "progress in Japan-Philippine cooperation": a pair's adjective
        if any(p in spec.get("adjectives", []) for spec in kb.parties.values()):
            continue  # "detected in Japanese airspace": a country's adjective
        if re.match(r"\s+of\s", seg[m.end():]):
            continue  # "met in Chiefs of Defence Session": a body's name, not a place
        p = WEEKDAY_AFTER.sub("", p)  # "in Tokyo Friday"
        if (kb.is_country(p) and p.casefold() not in CITY_STATES) or REGION.search(p):
            continue  # a country or a region the talks were about ("in North Korea", "in West Asia"), not a city
        if city := _city(p):
            return city
    for m in NAMED_SITE.finditer(seg):
        inside = next((w for w in m["s"].split() if not SITE.search(w) and not kb.is_country(w)
                       and kb.country_of_place(w, capital=True)), None)
        if inside and not _of_another_round(seg, m.start(), m.end()):
            return _city(inside)  # "held at the Grand Oslo Hotel": a capital in the building's name
    return None


# A side's going to a place: "visited Riga", "on a visit to Riga", "a trip to Riga", "flew to Riga", "arrived in Riga"
VISITED_WORDS = r"\b(?:visited|(?:visit|trip)\s+to|(?:flew|travell?ed)\s+to|arrived\s+in)\s+"
# A town as the host or the place visited: "On May 4, Bishkek hosted consultations ...", "the minister visited Riga",
# "led a delegation on a visit to Riga, during which ...", "flew to Riga for talks"
TOWN_ACTS = re.compile(r"(?:^|[,.;:]\s+|\b(?:On|on)\s+\w+\s+\d{1,2},\s+)(?P<a>" + _PLACE_WORD + r"(?:\s" + _PLACE_WORD + r")?)\s+hosted\b"
                       r"|" + VISITED_WORDS + r"(?P<b>" + _PLACE_WORD + r"(?:\s" + _PLACE_WORD + r")?)\b(?!\s+(?:[A-Z]|of\b))")


DATED_AFTER = re.compile(r"\s+in\s+(?:(?:" + _MONTHS + r")\s+)?\d{4}\b")


def _town_acts(seg: str, kb: Knowledge) -> str | None:
    """A town the gazetteer knows, said to host the talks or to be visited (not a country: "visited Georgia"), not
    in a year gone by ("visit to Oslo in March 2002") or by someone who has since left office ("during the then
    minister's visit to Oslo")."""
    for m in TOWN_ACTS.finditer(seg):
        town = m["a"] or m["b"]
        if m["b"] and (DATED_AFTER.match(seg, m.end()) or re.search(r"\bthe\s+then\b", seg[max(0, m.start() - 120):m.start()])):
            continue
        if not kb.is_country(town) and kb.country_of_place(town):
            return _city(town)
    return None


def _filed_later(text: str, blocks: list[Block]) -> bool:
    """The story's dateline is days after the talks its first paragraph dates ("Bergen, 2 June 2027 (Wire): ...
    held talks on Monday, May 30"): it was written at the writer's desk, and its city says nothing of the venue."""
    b = next((b for b in blocks if b.kind == "paragraph" and substantive(b)), None)
    filed = b.dateline.date if b and b.dateline else None
    told = next(iter(find_dates(text[b.dateline.end:b.end])), None) if filed else None
    if told is None:
        return False
    year = filed.year or told.year or 2000
    try:
        sent, held = dt.date(year, filed.month, filed.day), dt.date(told.year or year, told.month, told.day)
        if told.year is None and held > sent:
            held = held.replace(year=year - 1)  # "Jan. 2" filed on talks of "December 30"
    except ValueError:
        return False
    return (sent - held).days >= FILED_LATER


def _of_another_round(seg: str, at: int, end: int) -> bool:
    """The place at ``at``..``end`` follows another round in its sentence ("Their previous meeting was held in
    Lima", "agreed their next meeting would be in Warsaw"), or is dated before this one ("held in Oslo last year")."""
    if LAST_YEAR.match(seg, end):
        return True
    s = max(seg.rfind(". ", 0, at), seg.rfind("\n", 0, at)) + 1
    if ADVISED_BY_BEFORE.search(seg[s:at]):
        return True  # "Upon the advice of the ministers' meeting held in Oslo, ...": the meeting before this one
    m = OTHER_ROUND.search(seg[s:at])
    if m and m[0].lower().startswith("to ") and MET_TO.search(seg[s:s + m.start()]):
        return False  # "flew in on Monday to hold the talks' third round in Krakow": this round's purpose
    return bool(m)


def _city(p: str) -> str | None:
    """The place as a city's name; None for what only looks like one: a title, a weekday, a building, a site's
    address or a region ("Minister Chun", "Wed", "Hilton Hotel", "Akipress.Com", "Central America")."""
    p = MONTH_AFTER.sub("", p.strip().rstrip(","))  # "in Singapore June 2": the city
    if NOT_A_CITY.search(p) or REGION.search(p):
        return None
    if p.upper() == p:
        p = p.title()
    if re.fullmatch(r"Washington(?:,?\s*D\.?\s?C\.?)?", p):
        return "Washington, D.C."  # one city however the page writes it: "Washington DC", "Washington D.C."
    return p


def held_in_person(fmt: str | None, acts: list[str], text: str) -> str | None:
    """A meeting whose record has a meeting of record ("A held talks with B") and whose page speaks of no call or video
    link was held in person, though no sentence of its opening says where or "met"."""
    return fmt or ("in_person" if "meet" in acts and not VIRTUAL.search(text) else None)
