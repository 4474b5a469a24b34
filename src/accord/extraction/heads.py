"""Heads of delegation: who led each side, with full title and party.

The sentences that say who led, headed, co-chaired, met or hosted the talks name
the heads (``people.py`` reads each name and title). The party comes from what
the phrase says (a nationality, "of X"), else from the delegation or side led,
the other side of whom a head met, the office itself, the page beside the name,
and else by elimination among the parties of the meeting.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from accord.extraction.meeting import NAME_LIST, split_pairs
from accord.extraction.parse import english_noun
from accord.extraction.people import COUNTERPART_WORDS, SUFFIX, Person, PeopleReader, normalize_title, unglue, family_first
from accord.knowledge import Knowledge
from accord.records import Head

__all__ = ["HeadFinder", "normalize_title"]

LEAD = re.compile(r"(?<![-–])\b(?P<verb>co-chaired|co-chairing|co-chairs?|co-led|co-headed|chaired|chairs|led|leads|leading|headed|heads|heading|represents|representing|met|meets|meeting|held|holds?|had(?=\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?(?:talks|meeting|discussions?|consultations|call|conversation)\b)|discussed(?=\s+(?:[\w-]+\s+){0,3}?with\b)|convened|hosted|hosts|hosting|welcomed|welcomes|welcoming|received|receiving|participated|attended|took part|visited|represented|were represented|was represented|was joined|were joined|(?:is|was|are|were) in charge)\b")
NOT_OUR_MEETING = re.compile(r"\b(?<!opening )(?<!closing )(?<!inaugural )(session|committee|working group|plenary)\b", re.I)
MEETING_WORDS = re.compile(r"\b(?:talks|dialogue|meeting|consultations|session|teleconference|videoconference|2\+2)\b", re.I)
# A lead said in the present ("X leads the U.S. delegation", "Y represents Korea") reads as its past
PRESENT = {"co-chair": "co-chaired", "co-chairs": "co-chaired", "chairs": "chaired", "leads": "led", "heads": "headed",
           "represents": "represented", "hosts": "hosted", "welcomes": "welcomed",
           # "..., with Vice Minister A leading the delegation and B representing China"
           "leading": "led", "heading": "headed", "representing": "represented", "co-chairing": "co-chaired",
           "hosting": "hosted", "welcoming": "welcomed", "receiving": "received",  # "A was welcoming his counterpart B"
           "meeting": "met"}  # "..., with Minister A meeting General B on Monday"
HONORED = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Hon)\.?\s+$")  # "Dr A and Mr B discussed ...": named as officials are
# what one side's head said or did to the other's, face to face: "A urged B to ...", "A told B ..."
ADDRESSED = re.compile(r"\s(?:urged|told|assured|briefed|thanked|invited|informed|congratulated|asked)\s+(?=[A-Z])")
# What a delegation head leads: the talks, a delegation, a side
LED = re.compile(r"\b(?:talks|delegations?|teams?|panel|dialogue|meeting|consultations|side|discussions?|forum|teleconference|videoconference|rounds?|"
                 r"(?:opening|closing|inaugural) session)\b", re.I)
RESPECTIVE_SIDES = re.compile(r"\s+(?:their\s+|the\s+)?(?:respective|two)\s+(?:sides|delegations|countries|governments)\b")
CHAIRED_EVENT = re.compile(r"\s+the\s+(?:event|gathering|proceedings|function)\b")  # "A and B co-chaired the event": the meeting
COUNTERPARTS = re.compile(r"\b(?:his|her|their)\s+(?:respective\s+|visiting\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}(?:"
                          + "|".join(sorted(COUNTERPART_WORDS)) + r")\b")
# "agreed to invite their Peruvian counterpart to a meeting": one to come, not one who met
INVITING = re.compile(r"\binvit(?:e|es|ed|ing)\s+$")
COUNTERPARTS_MANY = re.compile(r"\b(?:his|her|their)\s+(?P<c>[A-Z][\w.'’-]*(?:,?\s+(?:and\s+)?[A-Z][\w.'’-]*){1,4})\s+counterparts\b,?")
# "The foreign ministers of Bulgaria, Romania, and Turkey – A, B, and C, held ...": the heads in the countries' order
_COUNTRY = (r"(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){0,2}(?:Republic|Kingdom|Federation|Sultanate|Principality|Commonwealth|State)"
            r"\s+of\s+(?:the\s+)?)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?")  # "Chile and the Republic of Norway"
# and by nationalities before the office: "the Norwegian, Danish and Finnish Foreign Ministers, A, B, C, ..."
MINISTERS_OF_MANY = re.compile(r"\b(?:(?:[Mm]inisters|[Ss]ecretaries|[Cc]hiefs|[Hh]eads)(?:\s+of\s+the(?:\s+[A-Z][\w'’-]*){1,4})?"
                               r"\s+of\s+(?P<c>" + _COUNTRY + r"(?:,\s+" + _COUNTRY + r")*,?\s+and\s+"
                               + _COUNTRY + r")"
                               r"|(?P<n>" + NAME_LIST + r")\s+(?:(?!of\b)[A-Za-z]+\s+){0,2}"
                               r"(?:[Mm]inisters|[Ss]ecretaries))"
                               # or no mark at all before two names: "Chilean and Peruvian defense ministers A B and C D"
                               r"(?:\s*(?:[–—:,]|\s-\s)\s*|\s+(?=[A-Z][a-z]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+and\s+[A-Z]))")
# Talks on a forum's sidelines are held where neither side need be at home
ON_SIDELINES = re.compile(r"\b(?:sidelines?|margins?|fringes?)\s+of\b", re.I)
# whom the verb's subject met, an office of a country with no name: "... met on Tuesday with the Chilean Minister of ..."
UNNAMED_GUEST = re.compile(r"\s*(?:[\w,-]+\s+){0,6}?with\s+(?:the\s+)?(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s+"
                           r"(?:(?:Deputy|Vice|Defen[cs]e|Foreign|State)\s+)?(?:Minister|Secretary|Chief|Commander|Ambassador|Envoy)\b")
COUNTERPARTS_FROM = re.compile(r"\bcounterparts?\s+(?:from|of)\s+(?P<c>(?:the\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})")
# "The three ministers, A of X, B of Y, and C of Z, agreed ...": the officials named in apposition to their number
APPOSED_MINISTERS = re.compile(r"\s*(?:The|the)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z]+\s+)?"
                               r"(?:ministers|chiefs|secretaries|heads of delegation|commanders|officials|envoys)\s*,")
# how many sides a meeting is said to have ("a trilateral meeting", "all three nations")
SIDES_SAID = {"trilateral": 3, "three": 3, "quadrilateral": 4, "four": 4}
# The parties, unnamed, as two: "the two sides reviewed ...", "both countries agreed ...", "the two deputy prime
# ministers" (a page may name one of them only)
TWO_SIDES = re.compile(r"\b(?:[Tt]he two|[Bb]oth)\s+(?:[\w-]+\s+){0,2}?(?:sides|countries|nations|delegations|[Mm]inisters|parties|"
                       r"governments|neighbou?rs|militaries|armies|navies|chiefs|[Ss]ecretaries|leaders)\b")
OFFICE = re.compile(r"\b(?:Minister|Secretary|counterpart)\b", re.I)  # "A ... with his Korean counterpart, B"
LOWER_OFFICE = re.compile(r"\b(?P<office>head|chief|commander|director|minister|secretary)\s+of\s+the\s+"
                          r"(?P<body>[A-Z][\w'’-]+(?:\s+[a-z][\w-]*){1,4})\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})")
FIRST_PERSON_MET = re.compile(r"\bI\s+(?:(?:also|have|had)\s+)?(?:met|meet|held|hosted|welcomed|received)\b")  # a minister's own release
MET_DELEGATION = re.compile(r"\s(?:met|meets|(?:held\s+)?talks)\s+with\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?delegation\s*,?\s*$")
JOINED_MAX = 3  # "A and B were joined by C and D": a 2+2's other ministers lead with them; more are a delegation
# the verbs whose passive names who led a side: "the Chilean side was represented by B", "... was joined by C"
PASSIVE_LEAD = r"led|headed|represented|chaired|co-chaired|co-hosted|hosted|attended|graced|joined"
SHOOK_HANDS = re.compile(r"\s+(?:shak(?:e|es|ing)|shook)\s+hands\b")
SAID_AT_TALKS = re.compile(r"\s(?:said|stated|noted|told\s+reporters)\s+(?:at|during|after|following)\s+(?:the\s+|a\s+|an\s+|(?i:to|yester|mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+|their\s+|his\s+|her\s+)?"
                           r"(?:(?:bilateral|official|annual)\s+)?(?:talks|meeting|negotiations)\s+with\b")
SAID_FIRST_AT_TALKS = re.compile(r"\bsaid\s+(?P<who>[A-Z][^;]{3,150}?),?\s+(?:at|during)\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?"
                                 r"(?:(?:bilateral|official|annual)\s+)?(?:talks|meeting|negotiations)\s+with\b")
# "During the talks with B, Vice Minister A expressed ...": A met B (each named, the deed after A)
DURING_TALKS_WITH = re.compile(r"^\s*(?:During|At|In)\s+(?:the|their|his|her)\s+(?:(?:bilateral|official)\s+)?"
                               r"(?:talks|meeting|discussions?|consultations)\s+with\s+(?P<whom>[^,;]{3,120}?),\s+"
                               r"(?P<who>[A-Z][^,;]{3,120}?)(?:,\s+[^,;]{3,120}?,)?\s+(?=[a-z]{3,}ed\b)")
# "A discussed yesterday in Oslo with his Chilean counterpart, B, ...": A met B
DISCUSSED_WITH = re.compile(r"\s(?:discussed|talked|conferred|spoke)\b[^,;.]{0,40}?\s+with\s+"
                            r"(?=(?:his|her|their)\s+(?:[\w'’-]+\s+){0,2}counterparts?\b)")
# Who signed or witnessed what the talks settled: "signed by", "formalized at the ministry on Friday by", "signed in the
# presence of" (a declaration adopted or issued by leaders is named in passing as often as it is the talks')
SIGNED_BY = re.compile(r"\b(?P<verb>signed|adopted|endorsed|issued|formali[sz]ed|inked)\s+(?:[^;,]{0,50}?\s)?(?:by|in the presence of)\s+")
UNDER_CHAIR = re.compile(r"\bunder\s+the\s+(?:co-?|joint\s+)?chair(?:manship)?\s+of\b", re.I)
LEADER_OF = re.compile(r"\b(?:[Ll]eader|[Hh]ead)\s+of\s+(?:the\s+)?(?P<side>[\w.'’ -]{2,40}?)\s+delegation(?:,\s+|\s+(?:was|is)\s+)"
                       r"(?P<who>[^,;()]{3,60}?)\s*[,;(]")
# "The Chilean head of delegation and co-chair, Admiral A said ...": the side, then the office, then the name
SIDE_HEAD_OF_DELEGATION = re.compile(r"\b(?P<side>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+head\s+of\s+delegation\b"
                                     r"(?:\s+and\s+[\w -]{3,40}?)?,\s+(?P<who>[^,;()]{3,60}?)(?=\s*[,;(]|\s+(?:said|noted|stated|added|told)\b)")
HEADING_SIDE = re.compile(r"\b(?:Heading|Leading)\s+the\s+(?P<side>[\w.'’ -]{2,40}?)\s+(?:side|delegation|team)\s*,?\s+"
                          r"(?:were|was)\s+(?P<who>.+)$")
BETWEEN = re.compile(r"\b(?:took place|(?:was|were) held|(?:was|were) conducted)\s+between\s+")
# a clause set before the lead that dates it by another meeting ("Days before the summit between A and B, ..."):
# who met there are not the heads or parties of this one
ANOTHER_OCCASION = r"Ahead\s+of|(?:(?:A\s+few|\w+)\s+)?(?i:days?|weeks?|hours?|months?)\s+(?:before|after|ahead\s+of)"
FRONTED_OCCASION = re.compile(rf"^\s*(?:{ANOTHER_OCCASION})\b[^,;.]{{0,200}},\s")


# a fronted "Led by ..." before the delegation that met: its head, then the clause that says whom they met
FRONTED_LED_BY = re.compile(r"^\s*(?:Led|Headed)\s+by\s+(?P<who>.+?),\s+(?P<side>the\s+(?:[\w'’-]+\s+){0,4}(?:delegation|side|team)\b)")


def _this_occasion(sent: str) -> str:
    """The sentence without a fronted clause that dates it by another meeting, blanked to keep offsets."""
    m = FRONTED_OCCASION.match(sent)
    return " " * m.end() + sent[m.end():] if m else sent


# Who came along with a head, set off by commas before the head's verb: "A, accompanied by the Chief of Staff, General B,
# hosted C": B attended; he led no side
ESCORT = re.compile(r",\s+(?:who\s+was\s+)?accompanied\s+by\s+[^;.]+?,(?=\s+[a-z]+\b)")


def _without_escort(sent: str) -> str:
    """The sentence with those who came along with a head blanked, offsets kept."""
    return ESCORT.sub(lambda m: " " * len(m.group()), sent)


# those present beside the heads: "The talks were also attended by A"
ALSO_ATTENDED = re.compile(r"\balso\s+attended\s+by\b")
# An office its holder no longer held, said before his name in the same clause: "the then Defence Minister, General A"
FORMER_BEFORE = re.compile(r"\b(?:the\s+then|then-|former|late)\s(?:(?!\band\b)[^;.]){0,70}$", re.I)


def _former(page: str, name: str) -> bool:
    """Every mention of the person on the page gives an office he held before: a history, not a head of these talks."""
    at = [m.start() for m in re.finditer(re.escape(name), page)]
    return bool(at) and all(FORMER_BEFORE.search(page, max(0, i - 80), i) for i in at)


# A passive lead verb capitalised in an office's style: "was co-Chaired by", read in lower case (same length)
CAPITAL_CHAIRED = re.compile(r"(?:(?<=\bwas )|(?<=\bwere ))(?:[Cc]o-)?[Cc]haired\b")


# "A and his counterparts B and C sat down for talks", "A opened the Dialogue with B": they held them
HELD_IN_OTHER_WORDS = re.compile(r"\bsat down (?:for|to)(?=\s+(?:[\w-]+\s+){0,2}(?:talks|meeting|discussions)\b)"
                      # "A took part in several events, including a meeting with B": A held one with B
                      r"|\b(?:engaged|took part|participated)\s+in\s+[^,.;]{0,60},\s+including(?=\s+(?:a|an|bilateral)\s+"
                      r"(?:[\w-]+\s+)?(?:meeting|talks)\s+with\b)"
                      r"|\bopened(?=\s+(?:the\s+|their\s+)?(?:[\w.+-]+\s+){0,6}(?:[Dd]ialogue|[Tt]alks|[Mm]eeting|[Cc]onsultations)"
                      r"\s+with\b)")


# "A discussed, with Chile's naval chief B, the border": the comma a translation puts before "with"
VERB_COMMA_WITH = re.compile(r"\b(?P<verb>discussed|conferred|consulted|met|talked)\s*,(?=\s+with\b)")


def _lower_lead_verbs(sent: str) -> str:
    """The lead verbs in the shape the patterns read (same length): "was Co-Chaired", "sat down for talks",
    "discussed, with"."""
    sent = VERB_COMMA_WITH.sub(lambda m: m["verb"].ljust(len(m.group())), sent)
    sent = HELD_IN_OTHER_WORDS.sub(lambda m: "held".ljust(len(m.group())), sent)
    return CAPITAL_CHAIRED.sub(lambda c: c.group().lower(), sent)


# "talks between the defence chiefs of the two nations, A and B": the two who met, named after their offices
MEETING_BETWEEN = re.compile(r"\b(?:(?:meeting|talks|consultations)\s+between\s+the\s+[^,;]{3,60}?"
                             # "as found by the chiefs of ... of the two countries' ministries, A and B"
                             r"|the\s+(?:heads|chiefs|directors|commanders|leaders)\s+of\s+[^,;]{3,100}?)"
                             r"\s+of\s+the\s+(?:two|three|four)\s+(?:countries|nations|sides)(?:['’]\s+[^,;]{3,40}?)?\s*,\s+")
# where the two named after "between" end: the place, the occasion or the next clause ("..., in Oslo", "; ...")
# "... with his counterpart B and also called on President C": the guests end where the host's next deed begins
NEXT_DEED = re.compile(r",?\s+and\s+(?:also\s+|later\s+|then\s+)?(?!armed\b|united\b|retired\b)(?:paid|met|held|[a-z]+ed)\b")
PAIR_END = r",?\s(?:in|at|on)\s(?=[A-Z0-9])|,\s(?:during|at|in|on|while)\s|[;]"
# talks between two people named with their offices (the talks between the sides' offices go above)
TALKS_BETWEEN = re.compile(r"\b(?:talks|discussions|meeting|consultations|conversation|(?:tele)?phone\s+call|video\s+call)\s+"
                           r"(?:held\s+)?between\s+(?!the\s+(?:two|three|four)\b)")
# "the Defence Ministers of ...", "the heads of the defence ministries of ...": offices whose holders follow their countries
OFFICES_OF = re.compile(r"\b(?P<office>(?:[Dd]efen[cs]e|[Ff]oreign|[Ii]nterior)\s+[Mm]inisters|[Mm]inisters\s+(?:for|of)\s+(?:[Ff]oreign\s+[Aa]ffairs|[Dd]efen[cs]e)|[Hh]eads\s+of\s+(?:the\s+)?(?:[a-z]+\s+){1,3}"
                        r"(?:ministries|departments|services|staffs)|[Cc]hiefs\s+of\s+(?:the\s+)?[Gg]eneral\s+[Ss]taffs?)\s+of\s+(?:the\s+)?")
_IN_TURN_WORD = r"[A-Z][\w'’.-]+"
_IN_TURN_FULL = _IN_TURN_WORD + r"(?:\s+" + _IN_TURN_WORD + r"){1,3}"  # a name of two to four words
IN_TURN_NAME = re.compile(r",?\s+(?P<n>" + _IN_TURN_FULL + r")(?P<and>\s+and\s+(?:the\s+)?)?")  # "of Chile, A B, and ..."
# one name of a list, before the next country: " N1, the Republic of ", " N2 and "
EACH_NAME = re.compile(r",?\s+(?P<n>" + _IN_TURN_FULL + r")"
                       r"(?P<and>(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation|Commonwealth)\s+of\s+)?)")
IN_TURN_AND = re.compile(r"\s+and\s+(?:the\s+)?")
IN_TURN_PAIR = re.compile(r"\s+(?P<a>" + _IN_TURN_FULL + r")\s+and\s+(?P<b>" + _IN_TURN_FULL + r")\b")
# two names joined by "and", each of up to three capitalised words: "the United States and Morocco"
TWO_NAMES = r"(?P<a>(?:the\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})\s+and\s+(?P<b>(?:the\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})"
PAIR_BETWEEN = re.compile(r"\bbetween\s+" + TWO_NAMES)  # "ties between Norway and Poland"
HYPHEN_PAIR = re.compile(r"\b[A-Z][\w.'’]+[-–][A-Z][\w.'’]+")  # "Chilean-Norwegian", "U.S.-ROK"
TWO_PLUS_TWO = re.compile(r"2\+2|two-plus-two|\bForeign and Defen[cs]e\b", re.I)
# a fact sheet's list of who took part, and the side each part of it is ("(Japanese side)", "Chilean delegation:")
PARTICIPANTS = re.compile(r"^[ \t]*(?:\(?\d{1,2}[.)]\s*)?(?:Participants|Attendees|Delegations|Members of the delegations)\b[^\n]{0,40}$",
                          re.M | re.I)
_PERSON = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
PLURAL_RANK = re.compile(r"^(?:Generals|Lieutenant Generals|Major Generals|Admirals|Vice Admirals|Messrs\.?)\s+")
NAMES_THEN_OFFICES = re.compile(r"(?P<names>" + _PERSON + r"(?:,\s*" + _PERSON + r")*\s+and\s+" + _PERSON + r"),\s+(?:the\s+)?"
                                r"(?P<office>(?:[A-Z][\w-]*\s+){0,3}(?:Ministers|Secretaries|Chiefs|Advisers|Advisors|Commanders)"
                                r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}){0,2})\s+of\s+"
                                r"(?P<c>(?:the\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?(?:,\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)*"
                                r",?\s+and\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?),")
# "Norwegian and Chilean Foreign and Defence Ministers A, B, C and D": each office's holders in the order of the sides
_NATIONALITY = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?"
OFFICES_THEN_NAMES = re.compile(r"(?P<c>" + _NATIONALITY + r"(?:,\s+" + _NATIONALITY + r")*,?\s+and\s+" + _NATIONALITY + r")\s+"
                                r"(?P<offices>(?:Foreign|Defen[cs]e)(?:\s+and\s+(?:Foreign|Defen[cs]e))?)\s+Ministers,?\s+"
                                r"(?P<names>" + _PERSON + r"(?:,\s*" + _PERSON + r")*,?\s+and\s+" + _PERSON + r")")
# "The Ministers of Defence of Norway and Chile, A and B, met", "deputy ministers for defence of Chile and Peru - A and
# B": the holders after the countries, in their order
OFFICES_OF_THEN_NAMES = re.compile(
    r"(?P<office>\b(?:(?!(?:[Tt]he|of|and|by|with|for|between)\s)[A-Za-z][\w-]*\s+){0,2}"
    r"(?:[Mm]inisters|[Ss]ecretaries|[Cc]hiefs|[Cc]ommanders)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Za-z][\w-]*(?:\s+(?:and\s+)?[A-Za-z][\w-]*){0,2})?)\s+of\s+"
    r"(?P<c>" + _NATIONALITY + r"(?:,\s+" + _NATIONALITY + r")*,?\s+and\s+" + _NATIONALITY + r")\s*(?:,|\s[-–—])\s*"
    r"(?P<names>" + _PERSON + r"(?:,\s*" + _PERSON + r")*,?\s+and\s+" + _PERSON + r")")
PLURAL_OFFICE = re.compile(r"\b([Mm]inister|[Cc]hief|[Aa]dviser|[Aa]dvisor|[Cc]ommander)s\b|\b([Ss]ecretar)ies\b")


def _one_holders(office: str) -> str:
    """The office of one of those a plural names: one "Secretary" each, one "Chief of Staff of ..." each."""
    return PLURAL_OFFICE.sub(lambda o: o[1] or o[2] + "y", office, count=1)


SIDE_MARK = re.compile(r"\b(?:from|for|on)\s+the\s+(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s+side\b"
                       r"|\((?P<c2>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s+[Ss]ide\)")
SIDE_FIRST = re.compile(r"\s*(?:by\s|,\s*(?!and\b|while\b|who\b|which\b)(?:the\s+)?[A-Z])")  # "... side by A", "... side, B"
SIDE_LABEL = re.compile(r"^\s*[(\[]?(?P<side>[A-Z][\w.'’ -]{1,30}?)\s+(?:[Ss]ide|[Dd]elegation)[)\]]?\s*:?\s*")
ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[IVX]+\.)\s")  # "(4) Overview", "2. Both sides ..."
PARTICIPANT_LINES = 16
# a visit to a country, its host: "back home after a visit to Chile", "during his working visit to Oslo"
VISIT_TO = re.compile(r"\b(?:visit\s+to|visited|visiting)\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
OPENING_LINES = 8  # lines (paragraphs and the blank lines between) whose countries an office may be of
FIRST_PARAGRAPHS = 24  # lines (paragraphs and the blank lines between): where a report names the ministers who met
PAGE_PARAGRAPHS = 200  # paragraphs read for the people a page names
LATER_PARAGRAPHS = 60  # of those, where a side the lead leaves out, or a surname it uses, is named


@dataclass
class Mention:
    """A person the page names with a title, in its paragraph ``para``, and the party the phrase says."""
    para: int
    text: str
    person: Person
    party: str | None


def _by_office(names: list[str], offices: list[str], sides: int, text: str) -> list[str] | None:
    """Names listed for several offices, put office by office: "Foreign and Defence Ministers A, B, C and D" lists
    them by office where the page also says "Foreign Ministers A and B", by side where it says "Foreign Ministers A
    and C"; where it says neither, nothing."""
    def holders(group: list[str]) -> bool:
        return bool(re.search(re.escape(offices[0]) + r"\s+Ministers,?\s+" + r",?\s+and\s+".join(map(re.escape, group))
                              + r"\b", text))
    if holders(names[:sides]):
        return names
    if holders(names[::len(offices)][:sides]):
        return [names[side * len(offices) + office] for office in range(len(offices)) for side in range(sides)]
    return None


class HeadFinder(PeopleReader):
    def __init__(self, kb: Knowledge):
        super().__init__(kb)
        t = kb.titles
        self.organization_head = re.compile(t["organization_head"]) if t.get("organization_head") else None
        self._read: tuple[str | None, list[Mention], dict] = (None, [], {})  # the last page read (_page)
        self.not_heads = [re.compile(x) for x in t.get("not_delegation_heads") or []]
        self.leader_offices = {o: re.compile(rf"(?<!vice )(?<!deputy )(?<!vice-)\b{o}\b") for o in t.get("leader_offices") or []}

    def find(self, sentences: list[tuple[int, str]], parties: list[str], dialogue_names: list[str],
             text: str | None = None) -> list[Head]:
        """Heads from the sentences that say who led, headed, co-chaired, met or hosted the talks.

        A head whose party those sentences do not give takes the one the whole ``text``
        names beside them ("Indonesian Foreign Minister Retno Marsudi" in a caption,
        "Bishop of Australia" later on).
        """
        heads: list[Head] = []
        known = self._surnames(text) if text else {}
        sentences = [(b, _lower_lead_verbs(_this_occasion(_without_escort(self._unglue(x))))) for b, x in sentences]
        joined: list[Head] = []  # "A was joined by B and C": heads beside A, who is found as if they were not said
        for base, sent in sentences:
            hosts: list[tuple[Head, bool]] = []
            # one_side: True for one delegation ("hosts" and "guests" are two), None for the agents of "was led by"
            for seg, side, one_side in self._lead_segments(sent, dialogue_names, known):
                joining = one_side == "joined"
                if joining:
                    one_side = None  # agents of "was joined by", counted apart
                counterparts = self._counterparts(seg)
                cp = COUNTERPARTS.search(seg)
                if side is None and cp is None:  # A is of the other side than the one he met, named by country alone
                    side = next((o for c in self._met_unnamed(sent, seg) if (o := self._other(c, parties))), None)
                after_cp = cp.start() if cp and counterparts and not side else 0  # "A and his Norwegian counterpart, B": B's
                both = re.search(r"\b(?:both|the two)\s+(?:countries|nations|sides)['’]?\s", seg)
                marks = self._side_marks(seg, sent[:max(sent.find(seg), 0)])
                found = []
                bare = "all" if COUNTERPARTS.search(seg) or one_side in (None, "guests") \
                    or one_side == "hosts" and not self.people(seg) else False  # hosts named without a title
                named = self.people(seg, bare=bare, known=known)
                if one_side == "guests" and not COUNTERPARTS.search(seg):
                    named = self._paired(seg, named)
                for p in named:
                    if both and p.start >= both.start():  # "... and both countries' defense ministers, A and B": in order
                        other = next((c for c in parties if c != counterparts), None) if counterparts and len(parties) == 2 else None
                        order = list(dict.fromkeys(party or (other if q.start < after_cp else None)
                                                   for q, party, _ in found if party or q.start < after_cp and other))
                        rank = sum(1 for q, _, _ in found if q.start >= both.start())
                        if len(order) >= 2 and rank < len(order):
                            found.append((p, order[rank], True))
                            continue
                    within = p.start >= after_cp and not (both and p.start >= both.start())
                    said = p.party or self._marked(p, marks) or side or (counterparts if within else None) \
                        or (self._other(counterparts, parties) if after_cp and p.start < after_cp else None)
                    found.append((p, said or self._country_in_title(p.title) or self._japanese(p.name, parties)
                                  or self._office_party(p.title, parties) or p.shared
                                  or self._item_party(seg, p, parties), bool(said)))
                if one_side:  # hosts, or guests, are one delegation: a party known for one is the others'
                    one = {party for _, party, _ in found if party}
                    if len(one) == 1:
                        found = [(p, party or next(iter(one)), said) for p, party, said in found]
                new = [(Head(p.name, p.title, party), said) for p, party, said in found
                       if not any(h.name == p.name for h in heads + joined)]
                if joining:
                    joined += [h for h, _ in new]
                    continue
                heads += [h for h, _ in new]
                if one_side == "hosts":
                    hosts = new
                elif one_side == "guests":
                    home = self._host_country(sent, parties)
                    if home and not any(h.party for h, _ in hosts + new):  # "A hosted B ... in London": A is British
                        for h, _ in hosts:
                            h.party = home
                    self._opposite(hosts, new, parties)
        if not heads:
            heads = self._fallback(sentences, parties, dialogue_names, known)
        if not heads and joined and text:  # "He was joined by B and C": who he is, the page tells
            heads = self.from_page(text, parties, dialogue_names)
        if len(joined) <= JOINED_MAX or not heads:  # a longer list who joined is the delegation
            heads += [h for h in joined if not any(g.name == h.name for g in heads)]
        leaders = heads
        heads = self._leaders_apart(heads, hosting=self._leader_hosting(sentences, heads))
        leaders = [h for h in leaders if h not in heads]  # set apart now, a side's one head if it has no other
        if text:
            for h in heads:
                h.party = h.party or self._styled(h.name, text, parties)
            missing = [c for c in parties if c not in {h.party for h in heads}]
            for h in heads:
                if h.party is None and not (len(missing) == 1 and sum(1 for x in heads if x.party is None) == 1):
                    h.party = self._party_beside(h.name, text, parties)
        self._eliminate(heads, parties)
        for h in heads:
            if h.party is None:
                h.party = self._without_office(h.title, parties)
        self._eliminate(heads, parties)  # a minister at a meeting with the United States leaves one side
        countries = [c for c in parties if len(c) == 3]
        if len(countries) == 1 and len(parties) > 1:  # ASEAN's, NATO's own head is its Secretary General
            for h in heads:
                if h.party is None and not (self.organization_head and self.organization_head.search(h.title or "")):
                    h.party = countries[0]  # "Minister of Defense KISHI attended the ASEAN-Japan meeting"
        self._fewest(heads, parties)
        unknown = [h for h in heads if h.party is None]
        if not parties and len(unknown) == 1 and len(heads) > 1 and self._korean(unknown[0].name) \
                and "KOR" not in {h.party for h in heads}:
            unknown[0].party = "KOR"  # the other sides are known: a Korean name is Korea's
        if text and (heads and len(parties) >= 2 or any(len(c) != 3 for c in parties)):
            heads += self._leaders_apart(self._missing_side(heads, parties, text), keep_one=False)
        if text and len(parties) == 2 and any(TWO_PLUS_TWO.search(n) for n in [*dialogue_names, text[:600]]):
            heads += self._second_minister(heads, parties, text)
        heads = self._respectively(sentences, parties, heads)
        for side in [c for c in parties if c not in {h.party for h in heads}]:  # "Minister A met President B in Cairo"
            heads += [h for h in leaders if h.party == side][:1]  # a leader the guest met is his side's one head
        heads = [h for k, h in enumerate(heads) if not any(g.name == h.name for g in heads[:k])]
        heads = [h for h in heads if not self._surname_of_another(h, heads)]
        self._eliminate(heads, parties)  # the other side, named further down, leaves these theirs
        lead_text = " ".join(x for _, x in sentences)
        self._in_named_order(heads, parties, [*dialogue_names, *HYPHEN_PAIR.findall(lead_text),
                                              *(f"{m['a']}-{m['b']}" for m in PAIR_BETWEEN.finditer(lead_text))])
        return heads

    def _respectively(self, sentences: list[tuple[int, str]], parties: list[str], heads: list[Head]) -> list[Head]:
        """"A and B, Defence Ministers of Chile and Norway, met ...", "Chilean and Norwegian Defence Ministers A and
        B": the names take the countries in the order said, whatever else placed them."""
        out = list(heads)
        text = " ".join(x for _, x in sentences)
        for _, sent in sentences:
            for name, title, side in [*self._names_then_offices(sent, parties), *self._offices_then_names(sent, parties, text),
                                      *self._offices_of_then_names(sent, parties)]:
                out = [h for h in out if h.name != name and not name.endswith(" " + h.name)]
                out.append(Head(name, title, side))
        return out

    def _sides_said(self, countries: str, parties: list[str]) -> list[str] | None:
        """The sides a list of countries or nationalities names, each once, all at the meeting."""
        sides = [code for _, _, code in self.kb.parties_in(countries)]
        return sides if len(set(sides)) == len(sides) and not (parties and not set(sides) <= set(parties)) else None

    def _names_then_offices(self, sent: str, parties: list[str]):
        for m in NAMES_THEN_OFFICES.finditer(sent):
            names = re.split(r",\s*|\s+and\s+", PLURAL_RANK.sub("", m["names"]))  # "Generals A and B, ..."
            sides = self._sides_said(m["c"], parties)
            if sides is None or len(names) != len(sides) or not all(len(n.split()) >= 2 for n in names):
                continue
            yield from ((name, _one_holders(m["office"]), side) for name, side in zip(names, sides))

    def _offices_then_names(self, sent: str, parties: list[str], text: str):
        for m in OFFICES_THEN_NAMES.finditer(sent):
            names = re.split(r",?\s+and\s+|,\s*", m["names"])
            sides = self._sides_said(m["c"], parties)
            offices = re.split(r"\s+and\s+", m["offices"])
            if sides is None or len(sides) < 2 or len(names) != len(sides) * len(offices):
                continue
            n = len(sides)
            if len(offices) > 1 and (names := _by_office(names, offices, n, text)) is None:
                continue
            # the first office's holders, side by side, then the next office's
            yield from ((name, f"{offices[k // n]} Minister", sides[k % n]) for k, name in enumerate(names))

    def _offices_of_then_names(self, sent: str, parties: list[str]):
        for m in OFFICES_OF_THEN_NAMES.finditer(sent):
            names = re.split(r",?\s+and\s+|,\s*", PLURAL_RANK.sub("", m["names"]))
            sides = self._sides_said(m["c"], parties)
            if sides is None or len(sides) < 2 or len(names) != len(sides):
                continue
            yield from ((name, _one_holders(m["office"]), side) for name, side in zip(names, sides))

    def _in_named_order(self, heads: list[Head], parties: list[str], dialogue_names: list[str]) -> None:
        """Two co-chairs of a two-sided meeting whom nothing places ("co-chaired by A, Secretary ..., and B, ...")
        are named in the order the dialogue's own name, or a pair the lead names, gives their countries ("the
        Chile-Norway ... dialogue", "Chilean-Norwegian ties"): a page names its own side first in both."""
        if len(parties) != 2 or len(heads) != 2 or any(h.party for h in heads):
            return
        for name in dialogue_names:
            order = list(dict.fromkeys(c for _, _, c in self.kb.parties_in(split_pairs(name)) if c in parties))
            if len(order) == 2:
                heads[0].party, heads[1].party = order
                return

    def _styled(self, name: str, text: str, parties: list[str] | None) -> str | None:
        """The one meeting party (any party, where ``parties`` is None) whose official style the page puts
        before the name ("Shri A", "Datuk Seri A")."""
        before = [m["w"] for m in re.finditer(r"(?P<w>(?:\S+\s+){1,3})" + re.escape(name), text)]
        styled = {c for w in before for k in range(len(w.split())) for c, pats in self.honorific_party.items()
                  if (parties is None or c in parties) and any(x.search(" ".join(w.split()[k:]) + " " + name) for x in pats)}
        return styled.pop() if len(styled) == 1 else None

    def _host_country(self, sent: str, parties: list[str]) -> str | None:
        """The party whose capital or country the sentence says the hosts received their guests in."""
        for m in re.finditer(r"\b(?:in|at)\s+(?P<p>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)", sent):
            found = {c for _, _, c in self.kb.parties_in(m["p"]) if c in parties}
            if len(found) == 1:
                return found.pop()
        return None

    def _item_party(self, seg: str, p: Person, parties: list[str]) -> str | None:
        """In a list set off by semicolons, the one party a head's own item names after the title ("A, Principal
        Adviser ..., U.S. Department of State; B, ..., Ministry of Foreign Affairs of Chile; and C ...")."""
        if ";" not in seg:
            return None
        end = seg.find(";", p.end)
        found = {c for _, _, c in self.kb.parties_in(seg[p.end:end if end >= 0 else len(seg)])
                 if not parties or c in parties}
        return found.pop() if len(found) == 1 and end >= 0 else None

    @staticmethod
    def _surname_of_another(h: Head, heads: list[Head]) -> bool:
        """"Parrikar" beside "Manohar Parrikar" is the same head, named again; the full name keeps the side."""
        for g in heads:
            if g is not h and " " not in h.name and g.name.split()[-1] == h.name and h.party in (None, g.party):
                return True
        return False

    def _second_minister(self, heads: list[Head], parties: list[str], text: str) -> list[Head]:
        """A foreign and defence ministers' meeting sends two ministers a side: where the lead names one, the
        other is the minister of that side the page names later (signing an agreement, at a press conference)."""
        found: list[Head] = []
        for m in self._page(text):
            p = m.person
            if m.para >= LATER_PARAGRAPHS or not p.title or not re.search(r"\b(?:Minister|Secretary)\b", p.title) \
                    or any(x.search(p.title.strip()) for x in self.not_heads) or any(h.name == p.name for h in heads + found):
                continue
            party = m.party or p.shared or self._office_party(p.title, parties)
            if party in parties and sum(1 for h in heads + found if h.party == party) == 1:
                found.append(Head(p.name, p.title, party))
        return found

    @staticmethod
    def _other(party: str | None, parties: list[str]) -> str | None:
        """Who has "their Japanese counterparts" is of the meeting's other side."""
        return next((c for c in parties if c != party), None) if party and len(parties) == 2 and party in parties else None

    @staticmethod
    def _paired(seg: str, people: list) -> list:
        """Guests named without a title count where they are paired with one who has it ("hosted A and B,
        Secretaries of State and Defense"); a place or an event's name after "hosted" is no one."""
        def joined(a, b):
            return re.fullmatch(r"\s*,?\s*and\s+", seg[a.end:b.start]) is not None
        return [p for k, p in enumerate(people) if p.title
                or k + 1 < len(people) and people[k + 1].title and joined(p, people[k + 1])
                or k and people[k - 1].title and joined(people[k - 1], p)]

    @staticmethod
    def _eliminate(heads: list[Head], parties: list[str]) -> None:
        """By elimination: the one party of the meeting that no head claims yet."""
        missing = [c for c in parties if c not in {h.party for h in heads}]
        if len(missing) == 1:
            for h in heads:
                h.party = h.party or missing[0]

    @staticmethod
    def _fewest(heads: list[Head], parties: list[str]) -> None:
        """Sides send like delegations: a head still of no side is of the one side that has fewest heads
        ("Defence Minister A and External Affairs Minister B" beside two Japanese ministers)."""
        unknown = [h for h in heads if h.party is None]
        claimed = Counter(h.party for h in heads if h.party in parties)
        if len(unknown) == 1 and len(parties) >= 2 and all(c in claimed for c in parties):
            counts = sorted((claimed[c], c) for c in parties)
            if counts[0][0] < counts[1][0]:
                unknown[0].party = counts[0][1]

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

    def _leaders_apart(self, heads: list[Head], keep_one: bool = True, hosting: str | None = None) -> list[Head]:
        """Heads of state and government the text names beside the delegations ("President Y and President Z
        agreed last year to ...") are not delegation heads, but for one who received the guest himself
        (``hosting``); a surname alone repeats a head already named."""
        kept = [h for h in heads if not any(p.search((h.title or "").strip()) for p in self.not_heads)]
        kept = [h for h in heads if h in kept or h.name == hosting] if kept else (heads if keep_one else [])
        full = [[w for w in h.name.split() if w not in SUFFIX] for h in kept if len(h.name.split()) >= 2]
        return [h for h in kept if len(h.name.split()) > 1 or not any(h.name in (f[0], f[-1]) for f in full)]

    @staticmethod
    def _leader_hosting(sentences: list[tuple[int, str]], heads: list[Head]) -> str | None:
        """The head the lead's first sentence says received, hosted or met the guest ("President A received
        Minister B"): he led his side, whatever his office."""
        first = next((x for _, x in sentences if LEAD.search(x)), "")
        return next((h.name for h in heads if re.search(re.escape(h.name) + r"\s+(?:(?:on|this|last)\s+\w+\s+)?"
                                                         r"(?:received|hosted|welcomed|met)\b", first)), None)

    def speakers(self, said: list[tuple[str, str]], parties: list[str], text: str) -> list[Head]:
        """No reading of the page found a head, yet people it names by name alone act for one side each ("Haugland
        hailed ...", "Mr. Soto gave an overview"): ``said`` pairs each act's subject with the one party its
        actors give. The first of each side heads it (a page whose lead was cut off names them so), by the full
        name the page gives elsewhere if it does."""
        found: list[Head] = []
        known = self._surnames(text)
        for phrase, party in said:
            words, title = phrase.split(), []
            while words and (words[0] in self.honorifics or words[0] in self.vocab or words[0] in ("'s", "’s")
                             or re.fullmatch(r"[A-Z][a-z]{0,3}\.", words[0]) or self.kb.parties_in(words[0])):
                # "Mr.", "Minister", "Gen.", "Norway's"
                if self._office_word(words[0]):
                    title.append(words[0])
                words = words[1:]
            name = " ".join(words)
            if party not in parties or not 1 <= len(words) <= 4 or not all(self._namey(w) for w in words) \
                    or any(h.party == party or h.name == name for h in found):
                continue
            if len(words) == 1 and (full := known.get(name)) is not None and full.party in (None, party):
                found.append(Head(full.name, full.title, party))
                continue
            found.append(Head(name, " ".join(title) or None, party))
        return self.named_as_people(found)

    def named_as_people(self, heads: list[Head]) -> list[Head]:
        """Heads but those named by one word of English a title ran into ("Director of International Engagements",
        "the 30th ... Festival"); a family name that is also a word stays where an office holder bears it
        ("Minister Tanner"); nor a town named without a title ("the governor of Saint Louis": "Saint Louis"), nor a
        pair of countries ("the Chile-Peru ties": "Chile-Peru")."""
        return [h for h in heads if self._a_person(h)]

    def _a_person(self, h: Head) -> bool:
        words = len(h.name.split())
        if words == 1 and english_noun(h.name) and self.kb.country_of_person(h.name) is None:
            return False
        if words > 1 and not h.title and self.kb.country_of_place(h.name):
            return False
        return len({code for _, _, code in self.kb.parties_in(split_pairs(h.name))}) < 2

    def offices(self, text: str, parties: list[str]) -> dict[str, str]:
        """The leaders' offices the page names one party's holder of, with that party: "the President" is
        Chile's on a page whose only president is Chile's."""
        sides: dict[str, set[str]] = {}
        for m in self._page(text):
            title = (m.person.title or "").lower()
            party = m.party or self._office_party(m.person.title, parties)
            for office, held in self.leader_offices.items() if party in parties else ():
                if held.search(title):
                    sides.setdefault(office, set()).add(party)
        return {office: next(iter(found)) for office, found in sides.items() if len(found) == 1}

    def named(self, text: str, parties: list[str], captions: list[str] = ()) -> dict[str, str]:
        """Everyone the page names with a title, and the meeting party each belongs to, where the page
        tells it: a minister named only in a later paragraph still acts for a side. ``captions``, lines the
        reader took off, may name one more ("Canadian Minister A (R) and B shake hands"); the page's own
        reading, kept for the other questions about it, is not replaced by theirs."""
        out: dict[str, str] = {}
        taken_off = [Mention(-1, line, p, p.party or self._country_in_title(p.title))
                     for line in captions[:PAGE_PARAGRAPHS] for p in self.people(self._unglue(line))]
        for m in [*self._page(text), *taken_off]:
            party = m.party or self._office_party(m.person.title, parties) or self._party_beside(m.person.name, text, parties) \
                or self._office_said_of(m.person.title, text, parties) or self._styled(m.person.name, text, parties)
            if party in parties and m.person.name not in out:
                out[m.person.name] = party
        return out

    def _office_said_of(self, title: str | None, text: str, parties: list[str]) -> str | None:
        """The one meeting party the page gives the office to elsewhere: "Minister of Defence A stated ..."
        after "under the leadership of the Russian Minister of Defence"."""
        office = re.match(r"(?:Deputy\s+|Vice\s+)?(?:Minister|Secretary|Chief|Director|Head|Chairman)\b[\w ]*?(?=\s+(?:General|Admiral|Lt|Maj|Col)\b|$)", title or "")
        if not office or len(office.group().split()) < 3:
            return None  # "Minister" alone says no office
        said = {code for m in re.finditer(r"(?P<adj>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)(?:['’]s)? +" + re.escape(office.group()), text)
                for _, _, code in self.kb.parties_in(m["adj"]) if code in parties}
        return said.pop() if len(said) == 1 else None

    def _page(self, text: str) -> list[Mention]:
        """The people the page names with a title, read once per page: the heads' sides, the side the lead
        leaves out, the surnames the lead uses and the actors' names all come from this one reading."""
        if self._read[0] != text:
            mentions = [Mention(n, para, p, p.party or self._country_in_title(p.title))
                        for n, para in enumerate(self._unglue(text).split("\n")[:PAGE_PARAGRAPHS]) for p in self.people(para)]
            self._read = (text, mentions, {})
        return self._read[1]

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
        for m in self._page(text):
            p = m.person
            if m.para >= LATER_PARAGRAPHS or any(h.name == p.name for h in heads + found):
                continue
            party = m.party or p.shared or self._office_party(p.title, parties)
            if party is None and p.title and re.search(r"\b(?:Minister|Secretary)\b", p.title):
                party = self._party_beside(p.name, text, parties)
            if party is None and org and self.organization_head and \
                    self.organization_head.search(m.text[max(0, p.start - 30):p.start]):
                party = org
            if party in missing and (p.title or self.kb.country_of_person(p.name) == party) \
                    and sum(1 for h in found if h.party == party) < most:  # an office holder needs no title
                found.append(Head(p.name, p.title, party))
        return found

    def from_page(self, text: str, parties: list[str], dialogue_names: list[str]) -> list[Head]:
        """No sentence says who led: the ministers and secretaries of the meeting's parties the page names
        first (a news report quoting each side's minister "at the meeting"), as many per side as a 2+2 sends."""
        if len(parties) < 2:
            return []
        per_side = 2 if any(TWO_PLUS_TWO.search(n) for n in [*dialogue_names, text[:600]]) else 1
        found, unplaced = self._first_of_each_side(text, parties, per_side, lambda title: bool(OFFICE.search(title)))
        short = [c for c in parties if sum(1 for h in found if h.party == c) < per_side]
        if len(short) == 1 and found:  # the side no office or nationality tells: by elimination
            room = per_side - sum(1 for h in found if h.party == short[0])
            found += [replace(h, party=short[0]) for h in unplaced[:room]]
        return self._leaders_apart(found, keep_one=False) if {h.party for h in found} == set(parties) else []

    def first_titled(self, text: str, parties: list[str]) -> list[Head]:
        """No sentence says who led and no side is named whole: the first office-holder the opening names for
        each side (a report on a visit names the visitor and the host who received him, in that order)."""
        found, unplaced = self._first_of_each_side(text, parties, 1, self._held_office)
        short = [c for c in parties if c not in {h.party for h in found}]
        if len(parties) == 2 and len(short) == 2 and unplaced and (host := self._visited(text, unplaced[0], parties)):
            short = [c for c in parties if c != host]  # "A ... wrapping up his visit to Chile": A is the guest's side
        if len(parties) == 2 and len(short) == 1 and unplaced:  # the side no office or nationality tells
            found.append(replace(unplaced[0], party=short[0]))
        return self._leaders_apart(found, keep_one=False)

    def by_country(self, text: str, parties: list[str]) -> list[Head]:
        """No office-holder is named: one person for each side, the opening giving each a country and no title
        ("Chile's A, B of Peru and Norway's C later spoke to the press")."""
        found: list[Head] = []
        for m in self._page(text):
            p = m.person
            if m.para < FIRST_PARAGRAPHS and not p.title and m.party in parties \
                    and all(h.party != m.party and h.name != p.name for h in found):
                found.append(Head(p.name, None, m.party))
        return found if len(parties) >= 2 and {h.party for h in found} == set(parties) else []

    def known_holders(self, text: str, parties: list[str]) -> list[Head]:
        """Nothing on the page says who led or whose each person is: the first office holder of each side the
        opening names, by who holds office where ("Defence Ministers A and B signed ...", A British, B Italian)."""
        found: list[Head] = []
        for para in self._unglue(text).split("\n")[:FIRST_PARAGRAPHS]:
            for p in self.people(para, bare="all"):  # a name the dictionary knows needs no title
                party = self.kb.country_of_person(p.name)
                if party in parties and all(h.party != party for h in found):
                    found.append(Head(p.name, p.title, party))
        return self._leaders_apart(found) if len(parties) >= 2 and {h.party for h in found} == set(parties) else []

    def _visited(self, text: str, guest: Head, parties: list[str]) -> str | None:
        """The party whose country the sentence that first names ``guest`` says he visited."""
        at = text.find(guest.name)
        end = min((i for i in (text.find(". ", at), text.find("\n", at)) if i > at), default=len(text))
        m = VISIT_TO.search(text, at, end) if at >= 0 else None
        host = {c for _, _, c in self.kb.parties_in(m["place"])} if m else set()
        if m and not host and (country := self.kb.country_of_place(m["place"])):
            host = {country}  # "who visited Oslo": the capital's country
        return next(iter(host)) if len(host) == 1 and host < set(parties) else None

    def _first_of_each_side(self, text: str, parties: list[str], per_side: int, office) -> tuple[list[Head], list[Head]]:
        """The office-holders the page's opening names, in order: up to ``per_side`` for each party whose side the
        page or the office tells, and those it tells no side for. ``office`` says which titles count."""
        found: list[Head] = []
        unplaced: list[Head] = []
        holders = [m for m in self._page(text) if m.para < FIRST_PARAGRAPHS and m.person.title and office(m.person.title)
                   and not any(x.search(m.person.title.strip()) for x in self.not_heads)]
        said = {m.party or m.person.shared for m in holders} - {None}  # "US Secretary of Defense B": the US is B's
        for m in holders:
            p = m.person
            if any(h.name == p.name for h in found + unplaced):
                continue
            office_party = self._office_party(p.title, parties)
            party = m.party or p.shared or (office_party if office_party not in said else None) \
                or self._party_beside(p.name, text, parties)
            if party in parties and sum(1 for h in found if h.party == party) < per_side:
                found.append(Head(p.name, p.title, party))
            elif party is None:
                unplaced.append(Head(p.name, p.title, None))
        return found, unplaced

    def _held_office(self, title: str) -> bool:
        """A title with an office word that names its holder ("Chief of Army", "Deputy Defence Minister")."""
        return any(x.strip(",.()") in self.holders for word in title.split() for x in word.split("-"))

    def in_turn(self, sentences: list[tuple[int, str]], parties: list[str]) -> list[Head]:
        """No title beside the names: "the Defence Ministers of Norway and Chile Per Lund and Pedro Soto", "the
        heads of the defence ministries of Norway Per Lund and Chile Pedro Soto" (a wire's style): each country's
        office holder, in the order the countries are named."""
        if len(parties) < 2:
            return []
        for _, sent in sentences:
            for m in OFFICES_OF.finditer(sent):
                rest = sent[m.end():]
                found = [(a, b, c) for a, b, c in self.kb.parties_in(rest[:200]) if c in parties]
                if len(found) < 2:
                    continue
                title = " ".join(m["office"].split())
                if len(found) >= 3 and (many := self._each_after_country(rest, found, title)) is not None:
                    return many
                if (pair := IN_TURN_PAIR.match(rest[found[1][1]:])) and IN_TURN_AND.fullmatch(rest[found[0][1]:found[1][0]]):
                    heads = [Head(pair["a"], title, found[0][2]), Head(pair["b"], title, found[1][2])]  # "A and B N1 and N2"
                else:
                    first = IN_TURN_NAME.fullmatch(rest[found[0][1]:found[1][0]])  # "A N1 and B N2"
                    second = IN_TURN_NAME.match(rest[found[1][1]:])
                    if not (first and second and first["and"]):
                        continue
                    heads = [Head(first["n"], title, found[0][2]), Head(second["n"], title, found[1][2])]
                if len({h.party for h in heads}) == 2 and all(len(h.name.split()) >= 2 for h in heads):
                    return heads
        return []

    @staticmethod
    def _each_after_country(rest: str, found: list[tuple[int, int, str]], title: str) -> list[Head] | None:
        """"... of A N1, the Republic of B N2 and the Republic of C N3 held ...": each name after its country."""
        heads = []
        for k, (_, end, code) in enumerate(found):
            after = rest[end:found[k + 1][0]] if k + 1 < len(found) else rest[end:]
            m = (EACH_NAME.fullmatch(after) if k + 1 < len(found) else IN_TURN_NAME.match(after))
            if not m or (k + 1 < len(found)) != bool(m["and"]):
                return None
            heads.append(Head(m["n"], title, code))
        return heads if len({h.party for h in heads}) == len(heads) >= 2 else None

    def from_roster(self, lines: list[str], parties: list[str], text: str) -> list[Head]:
        """No sentence names the heads: the ministers a release lists above its text ("Related ministers:
        The Hon A MP / Minister for Defence", "- Dr B, Minister for Foreign Affairs") or signs under it
        ("by / Secretary of State C / Minister of Defense D"), lines the reader
        strips with the site's header. A side comes from the title, the member's style, a country heading
        the list, the office, the page, and else by elimination; the list counts only if it names two sides."""
        if len(parties) < 2:
            return []
        found: list[Head] = []
        unplaced: list[Head] = []
        side = None
        for k, line in enumerate(lines):
            item = re.sub(r"^\s*(?:[-•*·]|\d+[.)])\s*", "", line).strip()
            heading = self.kb.parties_in(item.rstrip(":"))
            if heading and heading[0][:2] == (0, len(item.rstrip(":"))):
                side = heading[0][2]
                continue
            after = re.sub(r"^\s*[-•*·]\s*", "", lines[k + 1]).strip() if k + 1 < len(lines) else ""
            signed = "," not in item and len(item) < 80  # a signature: "Secretary of State A"
            if "," not in item and after and OFFICE.search(after) and self._only_title(after):
                item, signed = f"{item}, {after}", False  # the name on one line, the office on the next
            for p in self.people(item, bare="all"):
                if not p.title or not OFFICE.search(p.title) or p.start > 60 \
                        or ("," not in item and not (signed and p.end >= len(item.rstrip(". ")))) \
                        or any(h.name == p.name for h in found + unplaced):
                    continue
                styled = [c for c, pats in self.honorific_party.items() if c in parties and any(x.search(item.split(",")[0].strip()) for x in pats)]
                party = self._country_in_title(p.title) or (styled[0] if len(styled) == 1 else None) or side \
                    or self._office_party(p.title, parties) or self._party_beside(p.name, text, parties) \
                    or self._without_office(p.title, parties)
                if party in parties:
                    found.append(Head(p.name, p.title, party))
                elif party is None:
                    unplaced.append(Head(p.name, p.title, None))
        short = [c for c in parties if not any(h.party == c for h in found)]
        if len(short) == 1 and found:
            found += [replace(h, party=short[0]) for h in unplaced]
        return found if len({h.party for h in found}) >= 2 else []

    def beyond_the_lead(self, own_page: str, parties: list[str], dialogue_names: list[str], removed: list[str],
                        captions: list[str], page: str) -> list[Head]:
        """No sentence of the lead says who led: the other ways a page names the heads, the surest first. The
        whole page's sentences of meeting, a list of participants, a roster taken out as chrome, the first
        office-holder of each side, one person each side's country is given to, and last a photo caption
        ("A (right) and his Chilean counterpart B hold talks")."""
        readings = (lambda: self.from_page(own_page, parties, dialogue_names),
                    lambda: self.from_participants(own_page, parties),
                    lambda: self.from_roster(removed, parties, own_page),
                    lambda: self.first_titled(own_page, parties),
                    lambda: self.by_country(own_page, parties),
                    lambda: self.known_holders(own_page, parties))
        for reading in readings:
            if heads := [h for h in reading() if not _former(own_page, h.name)]:
                return heads
        return [h for h in self.find([(0, line) for line in captions], parties, dialogue_names, page) if h.party in parties]

    def from_participants(self, text: str, parties: list[str]) -> list[Head]:
        """A fact sheet's list of participants, side by side ("(3) Participants / (Japanese side) Ministry of
        Foreign Affairs: Mr. A, Deputy Minister, Mr. B, Director ... / (Chilean side) ..."): the first person
        listed under a side heads its delegation. Counts only if it gives two sides."""
        found: dict[str, Head] = {}
        for m in PARTICIPANTS.finditer(text):
            side = None
            for line in text[m.end():].split("\n")[1:PARTICIPANT_LINES]:
                if ITEM.match(line) and not SIDE_LABEL.match(line):
                    break  # the fact sheet's next item
                label = SIDE_LABEL.match(line)
                if label:
                    codes = [c for _, _, c in self.kb.parties_in(label["side"]) if c in parties]
                    side = codes[0] if len(codes) == 1 else None
                    line = line[label.end():]
                if side is None or side in found:
                    continue
                person = next((q for q in self.people(line, bare="all") if q.title), None)
                if person is not None:
                    found[side] = Head(person.name, person.title, side)
            if len(found) >= 2:
                return [found[c] for c in parties if c in found]
            found = {}
        return []

    def counterpart_sides(self, sentences: list[tuple[int, str]]) -> set[str]:
        """The sides a lead names only by their counterparts: "met his Australian counterpart", "with their
        counterparts from Japan"."""
        out = {c for _, sent in sentences for m in COUNTERPARTS.finditer(sent)
               if not INVITING.search(sent[:m.start()]) and (c := self._counterparts(m.group()))}
        return out | {code for _, sent in sentences for m in COUNTERPARTS_FROM.finditer(sent)
                      for _, _, code in self.kb.parties_in(m["c"])}

    def host_of_many(self, sentences: list[tuple[int, str]], parties: list[str]) -> str | None:
        """The side of one who met "his Japanese and American counterparts", where those are all the parties
        found and the meeting is said to have one side more ("trilateral", "all three"): the side his office
        implies ("Minister for Defence"), though his release never names his own country."""
        if not any(SIDES_SAID.get(w.lower()) == len(parties) + 1 for _, x in sentences for w in re.findall(r"[A-Za-z]+", x)):
            return None
        for _, sent in sentences:
            m = COUNTERPARTS_MANY.search(sent)
            if not m or {c for _, _, c in self.kb.parties_in(m["c"])} != set(parties):
                continue
            host = next(iter(self.people(sent[:m.start()])), None)
            own = host and (self._country_in_title(host.title) or self.party_of_title(host.title))
            if own and own not in parties:
                return own
        return None

    def home_side(self, sentences: list[tuple[int, str]], party: str, text: str, heads: list[Head],
                  venue_country: str | None = None) -> str | None:
        """The other side where the page names one party only: the country a head's official style gives
        ("Defence Minister Datuk Seri A and his Indonesian counterpart B", in a Malaysian paper); else, for one
        who meets "his South Korean counterpart", the one country the page pairs with that party ("Italy and
        Japan share ..."), else the country the meeting was held in (``venue_country``, not a forum's sidelines),
        else the country it names most after that party (the home of the page's minister),
        if one does. A head of no party said ("A hosted his first meeting with Finland's minister B") takes only
        a pair's."""
        if not self.kb.is_organisation(party):
            styled = {c for h in heads if (c := self._styled(h.name, text, None)) and c != party}
            if len(styled) == 1:
                return styled.pop()
        unplaced = any(h.party is None for h in heads)
        said = any(self._counterparts(m.group()) == party for _, sent in sentences for m in COUNTERPARTS.finditer(sent)) \
            or any(FIRST_PERSON_MET.search(sent) for _, sent in sentences)  # "Today I met with Chile's minister": the speaker's side
        pair = any(TWO_SIDES.search(sent) for _, sent in sentences)
        if not said and not unplaced and not pair:
            return None
        found = self.kb.parties_in(text)
        forms = "|".join(re.escape(n) for n in self.kb.parties.get(party, {}).get("names", []))
        paired = {c for s, e, c in found if c != party and len(c) == 3 and forms and (
            re.match(r"\s*(?:and|&)\s+(?:" + forms + ")", text[e:e + 60]) or  # "Italy and Japan share": glued or not
            re.search(r"(?:" + forms + r")\s+(?:and|&)\s+$", text[max(0, s - 60):s]))}
        if len(paired) == 1:
            return next(iter(paired))
        if venue_country and venue_country != party and not self.kb.is_organisation(party) \
                and not any(ON_SIDELINES.search(sent) for _, sent in sentences):
            return venue_country  # "A hosted his counterpart, U.S. Secretary B, ... in Halifax": A's side is at home
        if not said:  # a head of no party said, "A hosted his first meeting with Finland's minister B": only a pair tells
            return None
        named = Counter(c for _, _, c in found if c != party and len(c) == 3).most_common(2)
        return named[0][0] if named and (len(named) == 1 or named[0][1] > named[1][1]) else None

    def _named(self, seg: str, known: dict | None = None) -> list[Person]:
        """People in a phrase, untitled ones too after "their X counterparts"."""
        return self.people(seg, bare="all" if COUNTERPARTS.search(seg) else False, known=known)

    def _surnames(self, text: str) -> dict[str, Person]:
        """The people the page names with a title, by their surname, where only one has it; and by the first word
        of a name of two or three the page uses alone, as Chinese family names are ("Chen Bingde ... Chen said")."""
        by: dict[str, list[Person]] = {}
        first: dict[str, list[Person]] = {}
        for m in self._page(text):
            words = [w for w in m.person.name.replace(",", " ").split() if w not in SUFFIX]
            while len(words) > 2 and words[0].capitalize() in self.styles:
                words = words[1:]  # "Sheikh A bin B ... Sheikh A said": the style is no first name
            if m.para < LATER_PARAGRAPHS and len(words) >= 2 and not family_first(words[0]):
                by.setdefault(words[0] if self._korean(m.person.name) else words[-1], []).append(replace(m.person, party=m.party))
                if len(words) <= 3 and re.search(r"\b" + re.escape(words[0]) + r"\s+(?!" + re.escape(words[1]) + r"\b)[a-z]", text):
                    first.setdefault(words[0], []).append(replace(m.person, party=m.party))
        named = by | {k: v for k, v in first.items() if k not in by}  # a surname over another's first word
        return {k: v[0] for k, v in named.items() if len({p.name for p in v}) == 1}

    def _fallback(self, sentences, parties, dialogue_names, known=None) -> list[Head]:
        """No lead verb named the heads: "Attending the meeting were A, B and C", "officials took part in the
        talks, including A and B", "A and B shared their opinions ... at the 48th SCM", "talks between A and B";
        at last the first sentence whose subject is two officials or more ("A and his counterpart, B, spoke")."""
        out: list[Head] = []
        for _, sent in sentences:
            listed = APPOSED_MINISTERS.match(sent)
            many_of = MINISTERS_OF_MANY.search(sent)
            if not (MEETING_WORDS.search(sent) or COUNTERPARTS.search(sent) or listed or many_of
                    or (signed := SIGNED_BY.search(sent)) and signed["verb"] not in ("adopted", "endorsed", "issued")
                    or any(n.lower() in sent.lower() for n in dialogue_names if len(n) > 3)):
                continue  # a sentence of counterparts ("A and his visiting Saudi peer B discussed ...") names heads too
            m = re.search(r"\b(?:attending|participating in|in attendance)\b[^,;]{0,60}?\b(?:were|was|are|is)\s+|"
                          r"\b(?:took part in|participated in|attended)\b[^;]{0,80}?,?\s+including\s+", sent, re.I)
            seg = sent[m.end():] if m else None
            if seg is None and many_of:  # "the defence ministers of A and B, X and Y, said ...": in the countries' order
                seg = re.split(r",?\s+(?:said|says|met|held|agreed|discussed|signed|told|reaffirmed)\b", sent[many_of.start():])[0]
                seg = seg if len(self.people(seg[many_of.end() - many_of.start():], bare="all")) >= 2 else None
            if seg is None:  # "a joint communique issued after talks at the Pentagon between A and B said ...",
                # "after a meeting of Foreign Secretary A and Foreign Minister B in Rome"
                # "... hosted the fifth meeting in 2+2 form between the Norwegian Ministers of Foreign Affairs, A, and Defence, B"
                m = re.search(r"\b(?:talks|meeting|negotiations|consultations|dialogue)\b(?:[^;]{0,60}?\bbetween\s+(?:the\s+)?|\s+of\s+)(?=[A-Z])", sent)
                seg = sent[m.end():] if m and len(self.people(sent[m.end():])) >= 2 else None
            if seg is None:  # "a strategy signed by A and B during the 55th SCM": its signatories met there; "formalized at
                # the ministry on Monday by A and B", "signed in the presence of A and his counterpart B"
                m = SIGNED_BY.search(sent)
                seg = re.split(r"\s(?:during|at|in|on|for)\s", sent[m.end():])[0] if m else None
                seg = seg if seg and len(self.people(seg)) >= 2 else None
            if seg is None:  # "The dialogue brought together A and B, along with C"
                m = re.search(r"\b(?:brought(?:\s+together)?|gathered|convened)\s+", sent)
                seg = re.split(r",?\s+along with\s", sent[m.end():])[0] if m else None
                seg = seg if seg and len(self.people(seg)) >= 2 else None
            if seg is None:  # "A, B and C took part in the meeting", "A and his counterpart, B, reached the agreement"
                verbs = re.finditer(r"\s(?:shared|discussed|agreed|reaffirmed|reviewed|exchanged|signed|held|reached|pledged|"
                                    r"took part|attended|participated)\b", sent)
                seg = next((sent[:v.start()] for v in verbs if len(self.people(
                    sent[:v.start()], bare="all" if COUNTERPARTS_MANY.search(sent[:v.start()])
                    or MINISTERS_OF_MANY.search(sent[:v.start()]) or listed else False)) >= 2), None)
            cp = COUNTERPARTS.search(seg) if seg else None
            counterparts = self._counterparts(seg[cp.start():]) if cp else None
            marks = self._side_marks(seg) if seg else []
            many = (COUNTERPARTS_MANY.search(seg) or MINISTERS_OF_MANY.search(seg)) if seg and not cp else None
            sides = [c for _, _, c in self.kb.parties_in(many["c"] or many["n"])] if many else []
            for p in self.people(seg, bare="all", known=known) if seg else []:
                side = (counterparts if p.start >= cp.start() else self._other(counterparts, parties)) if counterparts else None
                ranked = None
                if many and p.start >= many.end():  # "his Latvian and Estonian counterparts A and B": in that order
                    rank = sum(1 for h in self.people(seg[many.end():p.start], bare="all"))
                    side = ranked = sides[rank] if rank < len(sides) else None
                # "officials on the Japan side ... including A, and on the China side ... including B": the side said before
                before = next((code for at, code, _ in reversed(marks) if at < p.start), None)
                party = ranked or p.party or side or before or self._country_in_title(p.title) or self._office_party(p.title, parties) or p.shared
                if not any(h.name == p.name for h in out):
                    out.append(Head(p.name, p.title, party))
            if out:
                break
        for _, sent in sentences if not out else []:
            # the first verb, not a title's participle ("A and B, a retired general, formalized ...")
            verb = re.search(r"\s(?:also\s+)?(?!(?:retired|designated|appointed|elected|distinguished|decorated)\b)"
                             r"(?:[a-z]{3,}ed|spoke|said|told|met|held|made|took|gave|signed)\b", sent)
            who = [p for p in self.people(sent[:verb.start()], known=known)
                   if (p.title or len(parties) == 2 and HONORED.search(sent[:p.start]))
                   and not any(x.search(p.title or "") for x in self.not_heads)] if verb else []
            said = [Head(p.name, p.title, p.party or self._country_in_title(p.title)
                         or self._office_party(p.title, parties) or p.shared) for p in who]
            said = [h for h in said if not parties or h.party in (None, *parties)]  # not others discussed
            if len(said) >= 2:
                out = said
                break
        if not out:  # a list of the ministers who met, one per line: "Jean Roe, Minister for the Armed Forces of France"
            listed = [ps[0] for _, sent in sentences if len(sent.split()) <= 25
                      and len(ps := self.people(sent)) == 1 and ps[0].start <= 16 and ps[0].title]
            if len(listed) >= 2:
                out = [Head(p.name, p.title, p.party or self._country_in_title(p.title)
                            or self._office_party(p.title, parties) or p.shared) for p in listed]
        for _, sent in sentences if not out else []:
            # "The chief of the Polish border guard A and the head of the Czech border police B met":
            # offices in lower case, each with its country, before the verb of meeting
            verb = re.search(r"\s(?:met|held talks|co-chaired|led the)\b", sent)
            found = [m for m in LOWER_OFFICE.finditer(sent[:verb.start()])] if verb else []
            heads = [Head(m["name"], f"{m['office']} of the {m['body']}", (self.kb.parties_in(m["body"]) or [(0, 0, None)])[0][2])
                     for m in found]
            if len(heads) >= 2 and all(h.party for h in heads) and len({h.party for h in heads}) == len(heads):
                out = heads
                break
        for _, sent in sentences if not out and len(parties) == 2 else []:
            # "DG A urged DG B to adopt ...", "Mr. A told B, Chile's Minister of ...": one side's head spoke to the other's
            verb = ADDRESSED.search(sent)
            if verb is None:
                continue
            who = [p for p in self.people(sent[:verb.start()], known=known) if p.title]
            whom = self.people(sent[verb.end():verb.end() + 160], known=known)
            if len(who) == 1 and whom and whom[0].start < 40:
                pair = [Head(p.name, p.title, p.party or self._country_in_title(p.title) or self._office_party(p.title, parties)
                             or p.shared) for p in (who[0], whom[0])]
                if pair[0].party != pair[1].party or pair[0].party is None:
                    out = pair
                    break
        return out

    def _met_unnamed(self, sent: str, seg: str):
        """The country of whom the people of ``seg`` met, given by nationality and no name after it: "A led the talks
        with his Chilean counterpart", "A had a meeting in Oslo with the Chilean Minister of Defence"."""
        if (at := sent.find(seg)) < 0:
            return
        end = at + len(seg)
        if (later := COUNTERPARTS.search(sent, end)) and not self.people(sent[later.end():]):
            yield self._counterparts(sent[later.start():])
        if (guest := UNNAMED_GUEST.match(sent, end)) and not self.people(sent[guest.start():]) \
                and (country := self.kb.parties_in(guest["c"])) and country[0][0] == 0:
            yield country[0][2]

    def _counterparts(self, seg: str) -> str | None:
        """"(with) their Japanese counterparts, A and B": the guests' nationality, said once for all."""
        m = re.match(r"\s*(?:with\s+)?(?:his|her|their|its)\s+(?:respective\s+)?(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s+(?:counterparts?|colleagues?|peers?)\b", seg) \
            or re.search(r"\b(?:his|her|their)\s+(?:respective\s+)?(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s+(?:counterparts?|colleagues?|peers?)\b", seg)
        found = self.kb.parties_in(m["c"]) if m else []
        return found[0][2] if found else None

    def _side_marks(self, seg: str, before: str = "") -> list[tuple[int, str, bool]]:
        """"A and B, from the Japanese side, and C and D, from the Canadian side": where each side's names end;
        or begin, for a side said first ("from the Japanese side by A and from the Canadian side, B"), flagged.
        ``before``, the words before the segment, may hold the side said for its first names."""
        out = []
        just_before = len(re.sub(r"(?:\s+by|,)?\s*$", "", before))  # where a side said right before the segment ends
        # also a label after each delegation: "A, Additional Secretary, Ministry of Defence (India Side) and B, Head (EU Side)"
        for m in SIDE_MARK.finditer(before + seg):
            found = self.kb.parties_in(m["c"] or m["c2"])
            if found and (m.start() >= len(before) or m.end() >= just_before and m["c"]):
                out.append((m.start() - len(before), found[0][2], bool(m["c"]) and bool(SIDE_FIRST.match((before + seg)[m.end():]))))
        return out

    def _party_beside(self, name: str, text: str, parties: list[str]) -> str | None:
        """The meeting party (any party, while they are not known) most often named just before a
        person's name or after it as "of X"."""
        self._page(text)
        key = (name, tuple(parties))
        if key not in self._read[2]:
            self._read[2][key] = self._vote_beside(name, text, parties)
        return self._read[2][key]

    def _vote_beside(self, name: str, text: str, parties: list[str]) -> str | None:
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
            # "Ivan Sokolov, deputy minister of Defence of the Russian Federation": the first "of" that names a
            # party of the meeting (while the parties are unknown, the first "of" only: a chair's own country is
            # not a party of the body he chairs)
            # the title ends where the next person begins: "A, B, the secretary-general of X", "A with Minister of
            # Defence of X B" are not A's
            title_after = ",".join(re.match(r"[\w\s.,'’-]{0,60}", text[m.end():m.end() + 80])[0].split(",")[:2])
            title_after = re.split(r"\swith\s", title_after)[0]
            if re.match(r"\s+(?:and|&)\s+(?:(?:the|his|her)\s+)?[A-Z]", title_after):
                title_after = ""  # "Minister A and the Defence Minister of X, B": the title after "and" is B's
            ofs = list(re.finditer(r"\s+of\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})", title_after))
            for after in (ofs if parties else ofs[:1]) if not found else ():
                found = [c for _, _, c in self.kb.parties_in(after[1]) if c in parties or not parties]
                if found:
                    break
            if found and (found[-1] in parties or not parties):
                votes[found[-1]] += 1
            said = re.match(r"(?:\s+(?:MP|[A-Z]{2,3}))?\s*,\s+(?:the\s+)?(?P<c>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)(?P<t>\s[^,;.\n]*|(?=[,;]))",
                            text[m.end():m.end() + 120])
            country = self.kb.parties_in(said["c"]) if said else []
            if country and country[0][0] == 0 and (country[0][2] in parties or not parties) \
                    and not self._names_someone(said["t"]):
                votes[country[0][2]] += 2  # "Ann Lee MP, Australian Minister for ...": the title says whose
        if not votes and "KOR" in parties and "PRK" not in parties and self._korean(name):
            return "KOR"
        if not votes and "VNM" in parties and self._vietnamese(name):
            return "VNM"
        best = votes.most_common(2)
        return best[0][0] if best and (len(best) == 1 or best[0][1] > best[1][1]) else None

    @staticmethod
    def _marked(p: Person, marks: list[tuple[int, str, bool]]) -> str | None:
        """The side said just after a head's name, unless what follows is the next side said first: then the
        side said first before the name."""
        after = next(((code, first) for at, code, first in marks if at >= p.end), None)
        if after and not after[1]:
            return after[0]
        return next((code for at, code, first in reversed(marks) if first and at < p.start), None)

    @staticmethod
    def _japanese(name: str, parties: list[str]) -> str | None:
        """Japan's ministries write a Japanese name family name first, in capitals ("KAMIKAWA Yoko"),
        and a foreign one given name first ("Catherine COLONNA")."""
        return "JPN" if "JPN" in parties and family_first(name.split()[0]) else None

    def _office_party(self, title: str | None, parties: list[str]) -> str | None:
        """The party an office implies ("Secretary of Defense"), if that party is at the meeting; while the
        parties are not known yet, if the page names it at all: Singapore's "Minister for Defence" is no
        Australian on a page that never names Australia."""
        party = self.party_of_title(title)
        if not party:
            return None
        if parties:
            return party if party in parties else None
        named = self._page_parties()
        return party if named is None or party in named else None

    def _page_parties(self) -> set[str] | None:
        """The parties the opening of the page last read names (None before any page is read), read once per
        page: a country named further down, at another meeting of the minister's trip, is not one."""
        if self._read[0] is None:
            return None
        if "parties" not in self._read[2]:
            opening = "\n".join(self._read[0].split("\n")[:OPENING_LINES])
            self._read[2]["parties"] = {code for _, _, code in self.kb.parties_in(opening)}
        return self._read[2]["parties"]

    @staticmethod
    def _names_meeting(obj: str, dialogue_names: list[str], words: re.Pattern[str] = None) -> bool:
        """The words after a lead verb name the talks ("led the talks", "held the Ninth ... 2+2")."""
        head = re.split(r"[,;]", obj)[0]
        return bool((words or MEETING_WORDS).search(head)) or any(n.lower() in head.lower() for n in dialogue_names)

    def _lead_segments(self, sent: str, dialogue_names: list[str], known: dict | None = None):
        """(phrase naming leaders, party of the side they led, one side: True / False / None for agents, "joined"
        for those who joined a head named elsewhere)."""
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
            clause = UNDER_CHAIR.sub("co-chaired by", clause)  # "held ... under the co-chair of A and B"
            clause = SAID_AT_TALKS.sub(" met with", clause)  # "A said at the day's talks with B": A met B
            clause = SHOOK_HANDS.sub(" met", clause)  # a picture's caption: "A (R) shakes hands with B before the talks"
            if said := SAID_FIRST_AT_TALKS.search(clause):  # "..., said A at a meeting with B": A met B
                clause = said["who"] + " met with" + clause[said.end():]
            if (during := DURING_TALKS_WITH.match(clause)) and self.people(during["who"]):
                yield during["who"], None, "hosts"  # "During the talks with B, Minister A thanked ...": A met B
                yield during["whom"], None, None  # named alone, as an agent of "led by" may be
                continue
            clause = DISCUSSED_WITH.sub(" met with ", clause)  # "A discussed yesterday with his Chilean counterpart B"
            for m in [*LEADER_OF.finditer(clause), *SIDE_HEAD_OF_DELEGATION.finditer(clause)]:
                # "Leader of the South African delegation, Mr. A, said ...", "The head of the Thai delegation was B"
                yield m["who"], self._side(m["side"] + " delegation"), None
            if m := HEADING_SIDE.search(clause):  # "Heading the Polish side were A and B"
                yield m["who"], self._side(m["side"] + " delegation"), None
                continue
            if (talks := TALKS_BETWEEN.search(clause)) and len(self.people(clause[talks.end():])) >= 2:
                # "a statement issued after discussions between Prime Minister A and the President of B, C"
                pair = re.sub(r",\s+who\s[^,;]*,", ",", clause[talks.end():])  # "A, who is on a visit to B, and C"
                yield re.split(PAIR_END + r"|\s(?:held|took\s+place|was|were)\s", pair)[0], None, None
                continue
            if (between := MEETING_BETWEEN.search(clause)) and self.people(clause[between.end():], bare="all"):
                yield re.split(PAIR_END, clause[between.end():])[0], None, None
                continue
            between = BETWEEN.search(clause)
            if between and self._names_meeting(clause[:between.start()], dialogue_names):
                # "The dialogue took place between A and B in Rome": the two who met, one a side
                yield re.split(r"\s(?:in|at|on)\s(?=[A-Z0-9])|[;]", clause[between.end():])[0], None, None
                continue
            if (fronted := FRONTED_LED_BY.match(clause)) and self._side(fronted["side"]) is None:
                # "Led by its Commander, General A, the NAF delegation met C": A met C (a side named is read as it is)
                clause = fronted["who"] + clause[fronted.end("side"):]
            counterpart = re.search(r"\bcounterparts?,?\s+(?:was|were|is|are)\s+", clause)
            if counterpart:
                yield clause[counterpart.end():], None, False
                clause = clause[:counterpart.start()]
            passive = re.search(r"\b(?:was|were|is|are)\s+(?:" + PASSIVE_LEAD + r")\b"
                                r"|\b(?:led\s+(?:on|for)\s+the|(?:attended|[Ll]ed|headed|represented|co-hosted|co-chaired|chaired|hosted|convened)\s+by)\b", clause)
            if passive and ALSO_ATTENDED.search(clause, max(0, passive.start() - 12), passive.end()):
                continue  # "The talks were also attended by A": present beside those who led
            if passive:
                before = clause[:passive.start()]
                if (met := MET_DELEGATION.search(before)) and self.people(before[:met.start()]):
                    yield before[:met.start()], None, True  # "A met with the Chilean delegation, led by B": A led his side
                elif self.people(before):  # "Minister A hosted the U.S. delegation led by B"
                    yield from self._subjects(before, dialogue_names, known)
                joined = "joined" if re.match(r"\w+\s+joined\b", passive.group()) else None
                for who, side in self._agents(clause, passive.start()):
                    yield who, side, joined  # the agents of "led by": names count without a title
            else:
                yield from self._subjects(clause, dialogue_names, known)

    def _agents(self, clause: str, at: int):
        """"The U.S. delegation was led by A and B", "led on the ROK side by X and on the U.S. side by Y"."""
        subj_party = self._side(clause[:at][-60:])
        rest = clause[at:]
        # "... by A and from the Chilean side, B": the second side's "by" left out
        bys = list(re.finditer(r"(?:(?:on|for|from)\s+the\s+(?P<side>[^,;]{1,40}?)\s+side\s+)?\bby\b"
                               r"|(?<=\band )(?:on|from)\s+the\s+(?P<gap>[^,;]{1,40}?)\s+side,", rest))
        if "respectively" in rest and bys:
            # "The Chilean and Polish teams, led by A and B, respectively": sides in order
            sides = [code for _, _, code in self.kb.parties_in(clause[:at][-80:])]
            who = rest[bys[0].end():rest.index("respectively")]
            pieces = [x for x in re.split(r",?\s+and\s+|;\s*", who.strip(" ,")) if x.strip()]
            if len(sides) == len(pieces) >= 2:
                yield from zip(pieces, sides)
                return
        for k, b in enumerate(bys):
            end = bys[k + 1].start() if k + 1 < len(bys) else len(rest)
            if k + 1 < len(bys) and (gap := self._gapped_side(rest[b.end():end])):
                end = b.end() + gap[0]  # "represented by A and Vietnam by B": Vietnam is the next side, not A's
            who = re.split(r",?\s+(?:while|whereas|as)\s", rest[b.end():end])[0].strip()
            # "led by A, Minister of Defence, and included B, ...": who came along heads nothing
            who = re.split(r",?\s+(?:and\s+)?(?:included|including|comprised|accompanied\s+by)\b", who)[0].strip()
            # "The Norwegian delegation, led by A, hosted B and the Chilean delegation": B is the guest, of his own side
            hosted = re.search(r",\s+(?:hosted|welcomed|received|met(?:\s+with)?)\s+", who)
            guests = who[hosted.end():] if hosted else ""
            who = who[:hosted.start()] if hosted else who
            # "A, Minister of Foreign Affairs of Norway and the delegation of B was headed by ...": the next side begins
            who = re.split(r",?\s+and\s+the\s+(?:[\w.'’-]+\s+){0,3}?(?:side|delegation)\b", who)[0]
            who = re.sub(r"(?:[\s,]*\b(?:and|led|headed|represented)\b[\s,]*)+$", "", who).strip(" ,.")
            if re.match(r"(?:a|the)\s+delegation\b", who):
                continue
            side = self._side((b["side"] or b["gap"]) + " side") if b["side"] or b["gap"] else None
            if k and not side:  # "X was represented by A and the American delegation was led by B"
                named = list(re.finditer(r"\b(?P<who>[\w.'-]+(?:\s[\w.'-]+)?)\s+(?:side|delegation)\b", rest[bys[k - 1].end():b.start()]))
                side = self._side(named[-1][0]) if named else None
                if not side and (of := re.search(r"\b(?:side|delegation)\s+(?:of|from)\s+(?:the\s+)?(?P<c>[A-Z][^,;]{1,60}?)"
                                                 r"\s+(?:was|were)\s+\w+\s*$", rest[bys[k - 1].end():b.start()])):
                    side = self._side(of["c"])  # "..., and the delegation of the Union was led by B"
                if not side and (gap := self._gapped_side(rest[bys[k - 1].end():b.start()])):
                    side = gap[1]  # "Japan was represented by A; Norway by B"
            yield who, side or subj_party
            if (guest_side := self._side(guests)) and guest_side != (side or subj_party):
                yield guests, guest_side

    def _gapped_side(self, between: str) -> tuple[int, str] | None:
        """The country that ends the words between two "by"s, alone or as the subject of the next passive
        ("; Norway by B", ", and Norway was represented by B"): (where it begins, its code)."""
        gapped = re.search(r"(?:[;,]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<c>[A-Z][\w.'’ -]{1,30}?)\s*"
                           r"(?:(?:was|were)\s+(?:" + PASSIVE_LEAD + r")\s*)?$", between)
        found = self.kb.parties_in(gapped["c"]) if gapped else []
        if found and found[0][:2] == (0, len(gapped["c"])):
            return gapped.start(), found[0][2]
        return None

    def _subjects(self, clause: str, dialogue_names: list[str], known: dict | None = None):
        """"X and Y led the talks", "X headed the U.S. delegation and Y headed the ROK delegation"."""
        last, subject = 0, ""
        for m in LEAD.finditer(clause):
            verb = PRESENT.get(m["verb"], m["verb"])
            obj = clause[m.end():m.end() + 80]
            if verb != m["verb"] and not re.match(r"\s+(?:(?:here|there)\s+)?(?:with\s+)?(?:the|a|an|his|her|its|their|[A-Z])", obj):
                continue  # "heads of delegation", "leads to": a noun or another verb, not "when meeting here with A"
            if m["verb"] == "meeting" and re.search(r"(?:\b(?:a|an|the|this|that|their|his|her|its)|['’]s)\s+$", clause[:m.start()]):
                continue  # "A's meeting with the Chilean minister in the presence of B": who met whom is not said
            seg = clause[last:m.start()]
            if subject and re.fullmatch(r"[^,;]*\band\s+", seg) and not self.people(seg):
                seg = subject  # "A chaired the plenary and then held talks with B": A held the talks
            elif self.people(seg):
                subject = seg
            last = m.end()
            guests = None
            if verb in ("hosted", "welcomed", "received"):
                guests = re.split(r"\s(?:in|at)\s(?=[A-Z])|\son\s(?=\d|[A-Z][a-z]+\s\d)|\sfor\s(?=the\s)|\sto\s|[;]|,\s(?!and\b|the\b)(?=[a-z])",
                                  clause[m.end():])[0]
            elif verb in ("met", "meets", "held", "hold", "holds", "had", "convened", "discussed") and (w := re.match(r"\s+with\b|(?:(?!\bwith\b)[^;])*?\bwith\b", clause[m.end():])):
                guests = NEXT_DEED.split(clause[m.end() + w.end():])[0]  # "A met with B", "A and B held the 10th 2+2 with C and D"
            elif verb in ("met", "meets") and not re.match(r"\s+(?:in|at|on|for|to|via|virtually|separately|here|today)\b", clause[m.end():]):
                guests = re.split(r"\s(?:in|at)\s(?=[A-Z])|\son\s(?=\d|[A-Z][a-z]+\s\d)|\sfor\s(?=the\s)|[;]", clause[m.end():])[0]
            if guests is not None and self.people(seg) and not self._named(guests) and COUNTERPARTS.search(guests):
                yield seg, None, True  # "A and B held talks with their Australian counterparts": one side, named
                last = len(clause)
                continue
            if guests is not None and self._named(guests) and (self.people(seg, known=known if verb != m["verb"] or COUNTERPARTS.search(guests) else None)
                                                                or (verb == "hosted" or COUNTERPARTS.search(guests))
                                                                and self.people(seg, bare="all")):
                # hosts and guests each led their side; hosts named without a title host titled guests
                # ("A and Sir B hosted Foreign Minister C and Defence Minister D in London"), or their counterparts
                # ("Prince A held talks with his Japanese counterpart B")
                yield seg, None, "hosts"
                yield guests, None, "guests"
                last = len(clause)
                continue
            if verb == "represented" and RESPECTIVE_SIDES.match(obj) and self.people(seg, bare="all"):
                yield seg, None, False  # "A, Director-General ..., and B, ... represented their respective sides"
                last = m.end()
                continue
            if verb == "represented":
                # "A and B represented Japan, while C and D led the Indonesian delegation"
                country = re.match(r"\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)", obj)
                found = self.kb.parties_in(country[1]) if country else []
                # "... while A represented the Chilean delegation", "..., while A represented Norway": a name alone
                # will do for a delegation or a country
                titled = self.people(seg)
                if found and found[0][0] == 0 and (titled or (re.match(r"\s+delegation\b", obj[country.end():])
                                                              or found[0][1] == len(country[1].rstrip(".")))
                                                   and self.people(seg.strip(), bare=True)):
                    yield seg, found[0][2], True if titled else None
                    last = m.end() + country.end()
                continue
            if verb in ("hosted", "welcomed", "received"):
                if guests is not None and self.people(seg) and self._names_meeting(guests, dialogue_names, LED):
                    yield seg, None, True  # "A and B hosted the third 2+2", "A hosted the U.S. delegation": one side
                continue
            if verb in ("participated", "attended", "took part", "visited"):  # "A and B attended the 2+2", not "took part on a side"
                if len(self._named(seg, known)) >= 2 and (verb == "participated" or self._names_meeting(obj, dialogue_names)):
                    yield seg, None, False
                    cp = COUNTERPARTS.search(clause, m.end())  # "... took part in the 2+2 with their Japanese counterparts, A and B"
                    if cp and self._named(clause[cp.start():]):
                        yield clause[cp.start():], None, False
                        last = len(clause)
                continue
            if verb in ("met", "meets", "held", "hold", "holds", "convened"):
                # "A, B, C and D met in Tokyo", "A, B, C and D held the Ninth ... Consultations"
                gathered = verb == "convened" and re.match(r"\s+(?:in|at|virtually|online|here|today)\b", obj)
                # "A, B, C and D met", or one named beside the other side's unnamed ministers ("the Foreign Ministers of X and A met")
                enough = len(self.people(seg)) >= 2 or len(self.people(seg)) == 1 and re.search(r"\b(?:Ministers|officials)\s+(?:of|from)\b", seg)
                if enough and (verb in ("met", "meets") or gathered or self._names_meeting(obj, dialogue_names)):
                    yield seg, None, False
                elif len(self.people(seg)) == 1 and verb == "held" and guests and re.match(r"\s+talks\b", obj) \
                        and self.kb.parties_in(guests):  # "Defense Secretary A held talks on Friday with South Korea"
                    yield seg, None, True
                continue
            if verb.endswith("in charge"):  # "As for the American side, A is in charge (of the delegation)"
                side = self._side(seg) or self._side(re.split(r"[,;]", obj)[0])
                if side and self.people(seg, bare="all"):
                    yield seg, side, None
                continue
            if verb.startswith("were") or verb.startswith("was"):
                continue
            obj_head = re.split(r"[,;]|\band\b", obj)[0]
            named_at = [(k, n) for n in dialogue_names if n and 0 <= (k := clause[m.end():].lower().find(n.lower())) < 30]
            if named_at:  # "co-chaired the third X-Y defense strategy and cooperation dialogue": "and" inside the name
                obj_head = obj[:named_at[0][0] + len(named_at[0][1])]
            # "co-chaired the ... Committee" the page names is the meeting; "the ... Committee session of the KIDD" is not
            unnamed = re.sub("|".join(re.escape(n) for n in dialogue_names if n) or "$^", "", obj_head, flags=re.I)
            if NOT_OUR_MEETING.search(unnamed) or self._other_meeting(obj_head, dialogue_names):
                continue
            if not self._names_meeting(obj_head, dialogue_names, LED) \
                    and not (verb in ("co-chaired", "chaired") and CHAIRED_EVENT.match(obj_head)):
                continue
            partner = re.match(r"[^;]*?\bwith\s+(?!(?:a|an)\s)", clause[m.end():]) if verb in ("co-chaired", "chaired") else None
            if partner and (self.people(seg) or self.people(seg.strip(), bare=True, known=known)) and self._named(clause[m.end() + partner.end():]):
                # "A co-chaired the talks with B": each led a side
                yield seg, None, "hosts"
                yield clause[m.end() + partner.end():], None, "guests"
                last = len(clause)
                continue
            side = self._side(obj_head)
            # "A, leading the Ruritanian delegation, said ...": who leads a side's delegation is its head, title or not
            untitled = side and re.search(r"\bdelegation\b", obj_head) and not self.people(seg) \
                and self.people(seg.strip(), bare=True)  # the name opens the clause: not the tail of a long title
            yield seg, side, None if untitled else False
            last = m.end() + len(obj_head)
        tail = clause[last:]
        if last and self._side_marks(tail) and self.people(tail):
            yield tail, None, False  # "A and B took part on the Japanese side, and C and D on the German side"

    def _unglue(self, text: str) -> str:
        """The page's run-together words apart, and a headline run into the lead ended where it was glued."""
        return unglue(text, self._headline_end)

    def _headline_end(self, word: str, after: str) -> bool:
        """"... Vow Closer TiesChilean Defence Minister": a plain word run into a country's or its people's name
        ends a headline the crawler joined to the lead; "AustralianMinister" or a given name run into a family
        name does not."""
        return word[:1].isupper() and not self._office_word(word) and not self.kb.parties_in(word) \
            and any(s == 0 and e == len(after) for s, e, _ in self.kb.parties_in(after))

    def _side(self, text: str) -> str | None:
        """The party of the side or delegation named last ("the ROK delegation met the U.S. delegation")."""
        m = ([m for m in re.finditer(r"(?:the\s+)?(?P<who>[\w.'’ -]{1,40}?)\s+(?:side|delegation|panel|team)\b", text)
              if self.kb.parties_in(m["who"])] or [None])[-1]
        if m:
            found = self.kb.parties_in(m["who"])
            if found:
                return found[-1][2]
        of = [m for m in re.finditer(r"\b(?:side|delegation|team)\s+(?:of|from)\s+(?P<who>(?:the\s+)?[A-Z][\w.'’-]*"
                                     r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*)*)", text)
              if self.kb.parties_in(m["who"])]
        if of:  # "Chile's delegation" said as "the delegation of Chile, led by ...", "led a delegation from Chile"
            return self.kb.parties_in(of[-1]["who"])[0][2]
        found = self.kb.parties_in(text)
        if found and re.match(r"^\s*(?:the\s+)?[\w.' -]{0,30}$", text.strip()) and len(text.split()) <= 5:
            return found[0][2]
        return None

    def _other_meeting(self, obj: str, dialogue_names: list[str]) -> bool:
        if re.search(r"\b\d+(st|nd|rd|th)\b", obj):
            return not any(n.lower() in obj.lower() for n in dialogue_names)
        return False
