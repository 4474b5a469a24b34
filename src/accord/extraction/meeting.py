"""Meeting: which dialogue met, which round, between whom (where and in what format: ``place``).

Known dialogues come from the registry (``data/dialogues.yaml``); a dialogue
the registry lacks still gets its name, acronym and round from the text
("the 7th U.S.-Philippines Ministerial Dialogue (MDB)").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from accord.extraction.dates import ADVISED_BY, ORDINAL_SUFFIX
from accord.extraction.layout import Block, reads_as_lead, substantive
from accord.extraction.place import PLACING_CAPTION_WORDS, venue_and_format
from accord.knowledge import DialogueInfo, Knowledge

_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth"]
_TENS = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}
ORDINAL_WORDS = {"first-ever": 1, "inaugural": 1} | {w: n for n, w in enumerate(_UNITS, 1)} | {w: n for n, w in enumerate(_TEENS, 10)} | \
    {t + "ieth": v for t, v in _TENS.items()} | \
    {f"{t}y{sep}{u}": v + n for t, v in _TENS.items() for n, u in enumerate(_UNITS, 1) for sep in ("-", " ", "")}
# an ordinal: "30th", "30 th" as a crawler spaces it, "thirtieth"
_ORDINAL_WORD = r"(?i:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r")"
_ORD = r"(?:(?P<num>\d{1,3})" + ORDINAL_SUFFIX + r"|(?P<word>" + _ORDINAL_WORD + r"))"
ORDINAL_ANY = r"(?:\d{1,3}" + ORDINAL_SUFFIX + r"|" + _ORDINAL_WORD + r")"  # the same without its groups, to use twice in a pattern
# "the seventh annual AUKMIN", "the second biennial India-US 2+2", "the first-ever Chile-Norway Dialogue"
_CADENCE_WORD = r"(?:annual|bi-?annual|semi-?annual|biennial|yearly|half-yearly|regular|periodic)"  # how often it meets
_CADENCE = r"(?:(?:" + _CADENCE_WORD + r"|ministerial|high-level|bilateral|trilateral|virtual|online|structured|formal|joint(?=\s+[A-Z]))\s+)?"
ORDINAL_BEFORE = re.compile(
    _ORD + r"(?:\s+|-)(?:ever\s+)?" + _CADENCE + r"(?:(?i:meeting|round|session|plenary|edition|iteration) of (?:the )?(?:" + _CADENCE_WORD + r"\s+)?)?"
    r"(?:(?:[A-Z][\w.'’&+–/-]*|\d\s?\+\s?\d|\([A-Z][\w.]*\)(?:[-–][A-Z][\w.]*)?|of|and|the|on|for|-|–)\s+){0,9}$"
    r"|" + _ORD.replace("?P<num>", "?P<num2>").replace("?P<word>", "?P<word2>") + r"\s+(?:round|meeting|session) of (?:the )?(?:[\w.'’-]+\s+){1,8}\($")  # "... of ... dialogue (KIDD)"
SLASH_PAIR = re.compile(r"(?P<a>\b[A-Z][\w.'’-]*)/(?P<b>[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*)?)")
# A name word: capitalised, "2+2", or a small word inside a name ("Foreign and Defence", "Talks on ...").
_TWO_PLUS_TWO = r"(?:[“\"‘']?(?:\d\s?\+\s?\d|two-plus-two|2-plus-2|2 plus 2|two plus two)[”\"’']?)"
# "the 2+2 Dialogue on Thursday": a day or month after "on" is when, not part of the name
_NOT_A_DAY = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
              r"August|September|October|November|December)\b)")
# What a name goes on with after its kind and "on", "of" or "for": "... of the Organ (MCO) on Politics, Defence and
# Security Cooperation"
_TAIL = (_NOT_A_DAY + r"[A-Z][\w-]*(?:\s+\([A-Z]{2,6}\)(?=\s+(?:on|of|for)\s))?(?:,?\s+(?:and\s+)?[A-Z][\w-]*){0,5}")
_NAME_WORD = r"(?:[A-Z][\w.'’&+–-]*|" + _TWO_PLUS_TWO + r"|\(" + _TWO_PLUS_TWO + r"\)|\([A-Z][\w.]*\)|[-–]|and|of|on|for|the|to(?=\s+[A-Z]))"
_KIND = r"(?:Dialogue|Meeting|Consultations?|Talks|Discussions|Committee|Sub-?[Cc]ommittee|Forum|Summit|Conference|Council|Commission|Group|Board|Quadriga|Tripartite|Mechanism|Teleconference|Videoconference)\b(?:[- ]Plus\b)?"
# Written in lower case, a name needs two words before its kind ("the 9th joint defence policy dialogue")
# or a "2+2" ("the sixth 2+2 meeting").
_FUNCTION = r"(?!(?:the|a|an|since|of|in|at|for|with|and|to|on|by|this|that|their|its|his|her|our|from|during|after|before|as|round|session|plenary|meeting|edition|iteration)\s)"
# Two capitalised names or more in a list, as nationalities before an office are given: "Norwegian, Danish and Finnish"
NAME_LIST = r"[A-Z][\w.'’-]*(?:(?:,\s*|,?\s+and\s+)[A-Z][\w.'’-]*)+"
# one word of the subject is name enough before a dialogue's kind: "their third strategic dialogue"
_TOPICAL = r"(?:strategic|strategy|security|defen[cs]e|policy|military|maritime|political|diplomatic|economic|cyber|space|nuclear)"
_LOWER_NAME = (r"(?:(?:[A-Z][\w.'’&-]*\s+){0,3}" + _TWO_PLUS_TWO + r"\s+(?:[a-z][a-z-]*\s+){0,5}(?=(?:dialogue|consultations|talks|meetings?)\b)|" + _FUNCTION
               + r"(?:[a-z][a-z-]+,\s+){1,3}[a-z][a-z-]+,?\s+and\s+[a-z][a-z-]+\s+(?=dialogue|consultations|talks)"  # "political, security and defence"
               + r"|" + _FUNCTION + r"(?:(?!(?:this|that|these|those|such)\s)[a-z](?:[a-z-]|–(?=[a-z]))+['’]?\s+(?:\([A-Z]{2,6}\)\s+)?){2,5}?"  # not "the first iteration of this ... dialogue"
               r"|(?:[A-Z][\w.'’&-]*-?,?\s+(?:(?:of|and)\s+(?=[A-Z]))?){2,6}"  # "the inaugural Norway-Chile Ministerial dialogue", "Norway, Chile and Peru Foreign Ministers dialogue"
               r"|(?:[A-Z][\w.'’-]*\s+){2,3}(?:[a-z][a-z-]+\s+){1,2})"  # "8th Norway Chile strategic dialogue": the pair unhyphenated
               r"(?:dialogue|consultations|talks|meetings?|ministerial|(?<!press )conference|forum|exchange)\b"
               r"|" + _TOPICAL + r"\s+(?:dialogue|consultations?|talks)\b"
               # "the 4th round of senior-level consultations on border affairs": talks named by their field
               r"|(?:high-level|senior-level|working-level|bilateral|strategic)\s+(?:consultations|talks|dialogue)\s+on\s+"
               r"(?:[a-z]+\s+){0,2}(?:affairs|issues|matters)\b")
# The acronym a name gives in brackets after it: "(KIDD)", "( JMD)", "(“2+2”)"
_ACRONYM_AFTER = r"(?:\s*\(\s?(?P<acr>[“\"]?[A-Z0-9][A-Za-z0-9+&\- ]{1,12}[”\"]?)\))?"
GENERIC_DIALOGUE = re.compile(
    _ORD + r"\s+(?!(?:day|days|time|week|year)\b)" + _CADENCE
    + r"(?:(?i:(?:ordinary|extraordinary|regular|special|annual)\s+)?(?i:meeting|round|session|plenary|edition|iteration)\s+(?i:of)\s+"
    + r"(?:(?i:consultations|talks)\s+of\s+)?(?:(?i:the|their|its)\s+)?(?:joint\s+|" + _CADENCE_WORD + r"\s+)?)?"  # "the 240th meeting of the ... Board"
    + r"(?P<name>(?<=meeting of )(?:[A-Z][\w.'’-]*\s+){1,4}Ministers\b"  # "the inaugural meeting of ... Defence Ministers"
    # "the 3rd regular meeting of the Norwegian, Danish and Finnish Foreign Ministers"
    + r"|(?<=meeting of the )" + NAME_LIST + r"\s+(?:(?!of\b)[A-Za-z]+\s+){0,2}(?i:ministers)\b"
    # a body named by its kind and its members right after the ordinal: "the 9th Council of Interior Ministers of
    # the Andes"
    + r"|(?<=\s)(?:Council|Committee|Commission|Conference|Board)\s+of\s+(?:the\s+)?" + _TAIL
    + r"(?:\s+(?:on|of|for)\s+(?:the\s+)?" + _TAIL + r"){0,2}"
    # a body named by its kind and its members: "the 32nd Ordinary Session of the Council of Ministers of Defence and
    # Security of the Standby Force"
    + r"|(?<=(?i:session|meeting) of the )(?:Council|Committee|Commission|Conference|Board)\s+of\s+(?:the\s+)?" + _TAIL
    + r"(?:\s+(?:on|of|for)\s+(?:the\s+)?" + _TAIL + r"){0,2}"
    + r"|(?:(?:[A-Z][\w.'’&+–/-]*|" + _TWO_PLUS_TWO + r"),?\s+(?:" + _NAME_WORD + r",?\s+){0,9}" + _KIND  # "Norway, Chile and Peru ..."
    + r"(?:\s+(?:on|of|for)\s+(?:the\s+)?" + _TAIL + r"){0,2}"  # "Joint Board on Defense", "Committee of Chiefs of Defence Staff"
    # "the second Dialogue on Cyber and Space", "the sixth session of the Subcommittee on Fisheries"
    + r"|(?:Dialogue|Consultations?|Talks|Sub-?[Cc]ommittee|Committee|Commission)\s+on\s+(?:the\s+)?" + _TAIL
    + r"|" + _LOWER_NAME + r"))"
    + _ACRONYM_AFTER)
# A round said to be new rather than numbered: "held a new round of border and coast guard consultations"
NEW_ROUND = re.compile(r"\b(?:a|the)\s+(?:new|fresh|latest|further)\s+round\s+of\s+(?:(?i:the|their|its)\s+)?"
                       r"(?P<name>" + _LOWER_NAME + r")")
# Without an ordinal, a name is a dialogue's when it names its parties: "the France-Australia
# Ministerial Consultations", "the 2023 Japan-U.K. 2+2".
_PAIR = r"(?!The\b)[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2}(?:(?:[-–/]|(?<=\.)[-–]\s|\s[-–]\s?)(?!The\b)[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)+"
# Neither: a capitalised name after a verb of meeting ("convened a Trilateral Ministerial Meeting"), or of its first
# or renewed meeting ("launched their Strategic Dialogue on 2 May").
NAMED_MEETING = re.compile(
    r"\b(?:convened|held|hold|holds|hosted|co-hosted|attended|concluded|opened|chaired|co-chaired|conducted|"
    r"wrapped up|kicked off|took part in|participated in|joined|led|co-led|headed|launched|inaugurated|resumed)\s+"
    r"(?:a|an|the|their)\s+"
    # "led the 2026 Annual Bilateral Consultation", "held a regular bilateral Naval Staff Dialogue"
    r"(?:(?:annual|inaugural|first-ever|formal|bilateral|trilateral|regular|official|(?:19|20)\d\d)\s+){0,3}"
    r"(?P<name>[A-Z][\w.'’&+–-]*\s+(?:" + _NAME_WORD + r"\s+){0,8}?" + _KIND + r")"
    + _ACRONYM_AFTER)
# A capitalised name said to be held, without an ordinal or its parties: "at the bilateral Strategic Policy Talks held
# in Lima", "the annual Defence Policy Talks were held"
HELD_NAME = re.compile(r"\b(?:the|a|an)\s+(?:annual\s+|bilateral\s+|inaugural\s+|regular\s+)?"
                       r"(?P<name>[A-Z][\w.'’&+–-]*\s+(?:" + _NAME_WORD + r"\s+){0,6}?" + _KIND + r")"
                       + _ACRONYM_AFTER + r"\s+(?:was\s+|were\s+)?held\b")
# A capitalised name before its kind in lower case, then held or placed: "at the Chile-Peru Border Cooperation talks
# in Lima", "the second Joint Coast Guard meeting between Chile and Peru"
TITLED_LOWER = re.compile(r"\b(?:[Tt]he|an?)\s+(?:" + _ORD + r"\s+)?(?:annual\s+|bilateral\s+|inaugural\s+|regular\s+)?"
                          r"(?P<name>(?:[A-Z][\w.'’&–-]*\s+(?:(?:of|on|for|and)\s+)?){2,6}"
                          r"(?:talks|meeting|dialogue|consultations))"
                          r"\s+(?:(?:was|were)\s+held\b|held\b|between\b|in\s+[A-Z]|took\s+place\b)")
# A capitalised name said to recur, or given a Roman round: "for the annual Defense Committee", "during the II Bilateral
# Defense Meeting" (pages translated from Spanish or Portuguese number rounds so), or just held: "at the most recent
# Border Commission"
_ROMAN = r"(?P<roman>(?=[LXVI]{2})(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"  # "XI", "LXV": two letters at least, not the pronoun
# a meeting just held, said so before its name: "the most recent", "the latest", "the recently concluded"
_JUST_HELD = r"(?:most\s+recent|latest|(?:recently|just)[\s-](?:concluded|held))"
RECURRING_NAME = re.compile(r"\b(?:the|their|its)\s+(?:" + _CADENCE_WORD + r"\s+|" + _ROMAN + r"\s+"
                            r"|(?<=\bthe\s)" + _JUST_HELD + r"\s+)"
                            r"(?P<name>[A-Z][\w.'’&+–-]*\s+(?:" + _NAME_WORD + r"\s+){0,6}?" + _KIND + r")" + _ACRONYM_AFTER)
# A standing body's session without a round: "the Session of the Joint Board of the Military departments of ...",
# "a meeting of the bloc's Joint Defence Council"
BODY_SESSION = re.compile(r"\b(?i:session|sitting|meeting)s?\s+of\s+the\s+"
                          r"(?:(?:union|bloc|group|alliance|community|organi[sz]ation)['’]s\s+)?"
                          r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,4}?(?:Board|Council|Committee|Commission)\b"
                          r"(?:\s+(?:of|on|for)\s+(?:the\s+)?" + _TAIL + r")?)" + _ACRONYM_AFTER)
# A body's meeting had, with its acronym before "meeting": "had a Ministerial Committee (MC) meeting in Kaunas"
BODY_MEETING = re.compile(r"\b(?:had|held|hold|holds|convened)\s+(?:a|an|the|their)\s+(?:regular\s+|annual\s+)?(?:" + _ORD + r"\s+)?"
                          r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,4}?(?:[A-Z][\w'’-]*))\s+\((?P<acr>[A-Z][A-Za-z&]{1,9})\)\s+"
                          r"(?:meeting|session|talks)\b")
# A standing body that says it met, with its round after: "The Nordic Joint Board on Coastal Security has held its
# 31st meeting" (the name from the capitals before its kind; an acronym in brackets after it is left out)
BODY_HELD_ITS = re.compile(r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,4}" + _KIND + r"(?:\s+(?:on|of|for|in)\s+(?:the\s+)?[A-Z][\w'’-]*"
                           r"(?:\s+[A-Z][\w'’-]*)*){0,3})\s+(?:\([A-Z]{2,8}\)\s+)?(?:has\s+|have\s+)?(?:held|convened|concluded|"
                           r"opened|closed)\s+(?:its|their)\s+" + _ORD + r"\s+(?:\w+\s+)?(?:meeting|session|round|sitting)\b")
# An organisation's standing body written in lower case after its acronym: "The GCC joint defense council renewed ..."
ORG_BODY = re.compile(r"\b(?P<name>[A-Z]{2,6}\s+(?:[a-z]+\s+){1,4}(?:council|committee|commission))\b")
# A standing body's meeting said with its possessive: "At the Nordic Defence Council's session in Bergen"
BODY_POSSESSIVE = re.compile(r"\b(?:the|a)\s+(?P<name>(?:[A-Z][\w'-]*\s+){1,5}(?:Committee|Council|Commission|Board|Forum))['’]s?\s+"
                             r"(?:meeting|session|talks|consultations)\b")
# Talks of one field held, in lower case: "held bilateral consultations in the defense sector", "have held bilateral
# defense consultations", "During the bilateral defense consultations of May"
FIELD_TALKS = re.compile(r"\b(?:held|hold|holds|conducted|convened|[Dd]uring|[Aa]t)\s+(?:their\s+|the\s+|a\s+|an\s+)?"
                         r"(?:(?:annual|regular|virtual|inaugural|first)\s+)*(?:high-level\s+)?"
                         r"(?P<name>(?!bilateral\s+talks\b(?!\s+in\s+the\s))"  # "held bilateral talks with": a meeting, not a dialogue
                         r"(?:(?:bilateral|intergovernmental)\s+(?:" + _TOPICAL + r"\s+){0,2}|" + _TOPICAL + r"\s+(?=dialogue\b)|" + _TOPICAL + r"\s+" + _TOPICAL + r"\s+"
                         r"|(?<=high-level )(?:" + _TOPICAL + r"\s+){1,2})"  # "held their regular high-level maritime talks"
                         r"(?:consultations?|dialogue|talks)(?:\s+in\s+the\s+"
                         + _TOPICAL + r"\s+(?:sector|field|sphere|area))?)\b")
# A dialogue of one field in lower case, said as ended, begun or met for: "ended their joint security dialogue",
# "met for a bilateral strategic dialogue"
FIELD_DIALOGUE = re.compile(r"(?:\b(?:held|hold|holds|conducted|convened|ended|concluded|opened|began|launched|revived|resumed|chaired|co-chaired|for|of)\s+"
                            r"(?:their\s+|the\s+|a\s+|an\s+)?|\bat\s+their\s+|(?:^|(?<=[.!?–—-]\s))The\s+)"
                            r"(?:annual\s+|regular\s+|periodic\s+|inaugural\s+|first\s+|high-level\s+|" + _ORD + r"\s+)?"
                            r"(?:bilateral\s+|joint\s+)?(?P<name>" + _TOPICAL + r"(?:\s*[-–]\s*|\s+)(?:" + _TOPICAL + r"\s+){0,2}(?:cooperation\s+)?dialogue)\b")
# A field's talks said of the parties, then held: "political consultations between Chile and Peru were held in Lima"
FIELD_BETWEEN = re.compile(r"(?:^|(?<=[.!?,:]\s))(?P<name>(?:[Bb]ilateral\s+)?(?i:" + _TOPICAL + r")\s+(?:" + _TOPICAL
                           + r"\s+)?(?:consultations|dialogue|talks))\s+between\s+[^.;]{3,80}?\s+(?:were|was)\s+(?:held|conducted)\b")
# A group's ministers' meeting in lower case: "for the Northern Group Ministers meeting"
MINISTERS_MEETING = re.compile(r"\b(?:the|a|an)\s+(?:annual\s+|inaugural\s+|regular\s+|trilateral\s+)?"
                               r"(?P<name>(?:[A-Z][\w.'’&-]*\s+){1,4}Ministers['’]?\s+meeting)\b")
# A ministers' meeting of a kind, in lower case and with no ordinal: "at their yearly defence ministerial meeting",
# "took the chance of the trilateral ministerial meeting to ..."
LOWER_MINISTERIAL = re.compile(r"\b(?:the|their|its)\s+(?:(?:annual|regular|yearly)\s+)?"
                               r"(?P<name>(?=(?:[a-z]+\s+){0,2}?(?:trilateral|quadrilateral|defen[cs]e|foreign)\s)"
                               r"(?:(?:bilateral|trilateral|quadrilateral)\s+)?(?:(?:defen[cs]e|foreign)\s+)?"
                               r"(?:ministers['’]?\s+meeting|ministerial\s+(?:meeting|talks)))\b")
# "2+2" marks a dialogue of ministers whether or not its name gives an ordinal or the parties:
# "the 2+2 Ministerial Dialogue", "a regular 'two plus two' meeting".
TWO_PLUS_TWO_MEETING = re.compile(
    r"(?P<name>(?:[A-Z][\w.'’&-]*\s+(?:and\s+)?){0,4}" + _TWO_PLUS_TWO + r"\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?"
    r"(?i:dialogue|meetings?|talks|consultations)\b)"
    + _ACRONYM_AFTER)
# A round of a format named only by it: "hosted the second meeting in 2+2 format between the Ministers of ..."
FORMAT_MEETING = re.compile(_ORD + r"\s+(?:ministerial\s+)?(?:meeting|session|round)\s+in\s+(?:the\s+)?(?:a\s+)?(?P<name>"
                            + _TWO_PLUS_TWO + r")\s+format\b")
# A word that ends a sentence, inside what a pattern took for one name ("... General SOTO Juan. Both Ministers")
SENTENCE_END = re.compile(r"\b(?!(?:St|Mt|Ft|Gen|Col|Adm|Lt|Dr|Mr|Mrs|Ms|No|Jr|Sr)\.)[A-Za-z][a-z]+\.\s+[A-Z]")
# A grouping's acronym before the name: "the AUKUS Defence Ministers' Meeting", "NATO Defence Ministers Meeting".
GROUPING_MEETING = re.compile(
    r"(?P<name>(?-i:[A-Z]{3,}|Quad)\s+(?:" + _NAME_WORD + r"\s+){0,6}?(?:" + _KIND + r"|Ministers\b(?!['’]?\s+" + _KIND + r")))"
    + _ACRONYM_AFTER)
# "the 2023 Japan-U.K. 2+2", "the Japan-Vietnam defense ministers' meeting", "the Defence Policy Dialogue between
# Vietnam and India": a name with its parties and no kind in capitals, or a kind with its parties after it
PAIRED_TWO_PLUS_TWO = re.compile(r"(?P<name>" + _PAIR + r"\s+" + _TWO_PLUS_TWO + r")(?![\w+])")
# Two sides' services and a kind in lower case, after an ordinal: "the 17th Chilean Navy and Norwegian Navy staff talks"
SIDES_AND_LOWER = re.compile(r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,2}and\s+(?:[A-Z][\w'’-]*\s+){1,2}(?:[a-z][\w'’-]*\s+){1,3}?"
                             r"(?:talks|dialogue|consultations|meeting))\b")
PAIRED_LOWER = re.compile(r"(?P<name>" + _PAIR + r"\s+(?:[a-z][\w'’-]*\s+){1,4}?(?:meeting|dialogue|talks|consultations?|committee|commission|(?:planning|working|steering|consultative|coordination) group)"
                          r"(?:\s+(?:group|mechanism|forum))?\b"  # "... military dialogue group meeting"
                          r"(?:(?<=group|ittee|ssion)\s+on\s+" + _TOPICAL + r"(?:-[a-z]+)?(?:\s+cooperation)?(?![\w-]))?)")  # "... group on security"
BETWEEN_MEETING = re.compile(r"(?:\b(?i:the|a|an)\s+|^|(?<=\n))(?P<name>[A-Z][\w.'’&-]*\s+(?:(?:[A-Z][\w.'’&-]*|and|of|on|for)\s+){0,5}?"
                             + _KIND + r")" + _ACRONYM_AFTER
                             + r"\s+(?i:between)\s+(?:(?i:the)\s+)?[A-Z]")
# a meeting named by how many sides it has, in lower case: "held a tripartite summit with ...", "for their annual
# trilateral presidential summit of the Andean States", "the trilateral meeting of foreign ministers"
SIDES_MEETING = re.compile(r"\b(?:a|an|the|their|its)\s+(?:(?:regular|annual|inaugural|first|second|third|fourth|fifth)\s+)?"
                           r"(?P<name>(?:trilateral|tripartite|quadrilateral|three-way|four-way)\s+"
                           r"(?:(?:presidential|ministerial|leaders['’]?|defen[cs]e|foreign|ministers['’]?|security)\s+){0,2}"
                           r"(?:summit|meeting|talks|consultations)"
                           r"(?:\s+of\s+(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}|(?:foreign|defen[cs]e)\s+ministers))?)\b")
PAIR_BEFORE = re.compile(r"(?P<pair>" + _PAIR + r")\s+$")
# a country and an office joined by a dash, as a title gives them: "Ruritania - Secretary of the Security Council"
PAIRED_TITLE = re.compile(r"[^-–/]+[-–/]\s*(?:Secretary|Minister|Director|Chief|Head|Chairman|Chairperson|President|Deputy|"
                          r"Assistant|Commander|Ambassador)\b")
# the field a joint body works in, as translations name it, in lower case: "... Joint Committee in the area of border
# security"
IN_THE_FIELD = re.compile(r"\s+in\s+the\s+(?:field|area|sphere|domain)s?\s+of\s+(?:the\s+)?[a-z][\w-]*"
                          r"(?:,?\s+(?:and\s+)?(?!(?:was|were|is|are|held|in|on|at)\b)[a-z][\w-]*){0,3}")
PAIRED_DIALOGUE = re.compile(
    r"(?:(?P<year>(?:19|20)\d\d)\s+)?"
    r"(?P<name>" + _PAIR + r"\s+(?:" + _NAME_WORD + r"\s+){0,8}?" + _KIND
    + r"(?:\s+on\s+" + _TAIL + r")?)"  # "Sri Lanka-Japan Dialogue on Maritime Security, Safety and Oceanic Issues"
    + _ACRONYM_AFTER)
# The acronym inside the name, before a kind in lower case: "the annual Australia-United States Ministerial (AUSMIN)
# consultations".
PAIRED_ACRONYM = re.compile(r"(?P<name>" + _PAIR + r"(?:\s+[A-Z][\w'’-]*){1,4}\s+\((?P<acr>[A-Z][A-Za-z0-9+&-]{1,10})\)\s+"
                            r"(?:consultations|talks|dialogue|meeting)s?)\b")
COMMA_PAIR = re.compile(r"(?:^|\b(?:The|the)\s+)(?P<c>(?!The\b)[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?),\s+$")
LEADERS_SUMMIT = re.compile(r"\s+(?:(?:Leaders['’]?|Presidential|Heads of State)\s+)?[Ss]ummit\b")
LEADING_ORDINAL = re.compile(r"(?:" + _ORD + r"|" + _ROMAN + r")\s+(?=[A-Z])")
# The acronym a name gives in brackets before its last word: "Japan-Canada Military to Military (MM) Dialogue"
INNER_ACRONYM = re.compile(r"\s\((?P<a>[A-Z][A-Za-z&]{1,9})\)\s(?=\S+$)")
# A standing forum the ministers met within: "Meeting ... under the framework of Nordic Defence Cooperation (NORDEFCO)"
FRAMEWORK = re.compile(r"\b(?:under|within|in)\s+the\s+(?:framework|auspices)\s+of\s+(?:the\s+)?"
                       r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*)\s*\(\s?(?P<acr>[A-Z][A-Za-z0-9+&-]{1,10})\)")


# A round named as a meeting of a standing body: "the third Envoy-level meeting of the Baltic Sea Security Conclave"
OF_BODY = re.compile(r"\s+of\s+the\s+(?P<body>(?:[A-Z][\w'’-]*\s+){1,5}?(?:Conclave|Forum|Council|Committee|Commission|Group|Board|"
                     r"Dialogue|Process|Initiative|Partnership))\b" + _ACRONYM_AFTER.replace("?P<acr>", "?P<bacr>"))
# A round of a body the pair names, whatever its last word: "the fifth meeting of the Norway-Chile Defence Collaboration"
PAIRED_OF = re.compile(_ORD + r"\s+(?:meeting|session|round)\s+of\s+the\s+(?P<name>" + _PAIR + r"(?:\s+[A-Z][\w'’-]*){1,4})")
# A body of the page's parties said to convene, by its name in capitals: "the Nordic Joint Defence Council convened"
BODY_CONVENED = re.compile(r"(?<!\bof\s)\b(?:the|The)\s+(?!(?:UN|United\s+Nations)\s)(?P<name>(?:[A-Z][\w'’-]*\s+){2,4}(?:Council|Committee|Commission|Board))"
                           r"(?:\s+\((?P<acr>[A-Z][A-Za-z&]{1,9})\))?\s+(?:convened|met)\b")
# ... or by its kind and its members: "The Council of Defence Chiefs of the Nordic Pact (NP) met today"
BODY_OF_CONVENED = re.compile(r"\b(?:the|The)\s+(?P<name>(?:Council|Committee|Commission|Board)\s+of\s+(?:the\s+)?" + _TAIL
                              + r"(?:\s+(?:of|for)\s+(?:the\s+)?" + _TAIL + r")?)(?:\s+\((?P<acr>[A-Z][A-Za-z&]{1,9})\))?\s+(?:convened|met)\b")
# A body of ministers said to hold its round: "The Ministers of Justice of the Arctic Council, AC, member states held
# their 12th meeting"
MINISTERS_ROUND = re.compile(r"\b(?P<name>(?:[A-Z][\w'’-]*\s+){0,2}Ministers\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
                             r"(?:\s+(?:of\s+the\s+|of\s+|and\s+)?[A-Z][\w'’-]*){0,6})(?:,\s*[A-Z]{2,6},)?\s+"
                             r"(?:member\s+(?:countries|states)\s+)?(?:held|hold|holds)\s+(?:their|its)\s+" + _ORD
                             + r"\s+(?:[a-z]+\s+)?(?:meeting|session)\b")


# A joint body of the parties, named without its round or its parties: "signed a plan at a Joint Committee on Border
# Safety in ...", a headline's "Hold Joint Military Cooperation Board", "their joint security commission began", "the
# permanent joint board on defence had its 90th meeting"
JOINT_BODY = re.compile(r"(?:\b(?:a|the|their|its|(?:the\s+)?(?:two|three|both)\s+(?:countries|nations|sides)['’])\s+(?:annual\s+|regular\s+|ordinary\s+|\w+-day\s+)?(?:" + _ORD + r"\s+)?|\b(?i:convene[sd]?|holds?|held)\s+)"
                        r"(?P<name>Joint\s+(?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,4}(?:Commission|Committee|Board|Council|Mechanism)\b"
                        r"(?:\s+(?:on|of|for)\s+(?:the\s+)?" + _TAIL + r"){0,2}"
                        r"|(?:permanent\s+joint\s+|joint\s+(?:(?:permanent|defen[cs]e|security|military|border|consultative|political|cooperation)\s+(?:and\s+)?){1,3})"
                        r"(?:commission|committee|board)\b(?:\s+on\s+(?:" + _TOPICAL + r")(?:\s+and\s+" + _TOPICAL + r")?(?:\s+cooperation)?\b)?"
                        r"|(?:bilateral|joint)\s+(?:commission|committee)\s+on\s+" + _TOPICAL + r"(?:\s+and\s+" + _TOPICAL + r")?(?:\s+cooperation)?\b)"
                        + _ACRONYM_AFTER)


# A standing body named with the acronym it abbreviates to, where the talks are said to be its: "at the close of their
# Joint Permanent Commission on Defence (JPCD)", "the ... Joint Border Committee (JBC) meeting in Lusaka",
# "the army chiefs' Border Liaison Conference (BLC) concluded", "The Border Committee (BC), which met in Lima"
_BODY = (r"(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:of|on|for|and)\s+)?){1,6}" + _KIND
         + r"(?:\s+(?:on|of|for)\s+(?:the\s+)?" + _TAIL + r")?)\s*\(\s?(?P<acr>[A-Z][A-Za-z&]{1,9}(?:-[A-Z][A-Za-z&]{1,9})?)(?:\s(?P<nth>\d{1,3}))?\)")  # "(JDC 5)": its fifth
ACRONYM_BODY = re.compile(r"\b(?:(?:end|close|conclusion|opening|session|meeting|sitting)\s+of|held|convened|concluded|opened|"
                          r"hosted|attended|during)\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,8}?" + _BODY)
# A capitalised name whose opening or close the page places something at: "signed at the close of the two-day Regional
# Conference on Border Security", "at the opening of the Joint Permanent Commission"
EVENT_PART = re.compile(r"\b(?:end|close|conclusion|opening)\s+of\s+the\s+(?:[\w]+-day\s+)?"
                        r"(?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:of|on|for|and)\s+)?){1,6}" + _KIND
                        + r"(?:\s+(?:on|of|for)\s+(?:the\s+)?" + _TAIL + r"){0,2})")
# The acronym first, its name after it in brackets: "the Norway-Chile NBCC (Naval Border Commanders' Conference)"
ACRONYM_FIRST = re.compile(r"(?<![\w-])(?P<acr>[A-Z]{3,6})\s+\((?P<name>(?:[A-Z][\w'’-]*\s+(?:(?:of|on|for|and)\s+)?){1,6}" + _KIND + r")\)")
ACRONYM_BODY_MEETING = re.compile(r"(?<![\w-])" + _BODY + r"(?:,\s+which)?\s+(?:(?:(?:annual|regular|inaugural|ordinary|extraordinary)\s+)?"
                                  r"(?:meeting|session|talks)|concluded|ended|opened|began|convened|met|was\s+held|took\s+place"
                                  r"|held\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session))\b")


OPENING = 3  # paragraphs that name the meeting; a news story may name it only in its second or third
ROUND_WITHIN = 8  # paragraphs searched for the round of a meeting the opening names without one


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


# A headline's verb in title case, with who did it before it: the name begins after it ("Navy Chief Holds
# Norway-Chile Staff Talks", "Minister Attends the ... Dialogue").
HEADLINE_VERB = re.compile(r"^(?:[\w.'’-]+\s+){1,6}?(?:Co-[Cc]hairs|Chairs|Attends|Holds|Hosts|Leads|Opens|Joins|Addresses|"
                           r"Concludes|Convenes|Welcomes|Conducts)\s+(?:the\s+|a\s+)?")


def dialogue_mentions(text: str, start: int, end: int, kb: Knowledge, in_title: bool = False) -> list[Mention]:
    """Dialogues named in text[start:end], registry ones first, with any round before them."""
    seg = text[start:end]
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for s, e, info in kb.find_dialogues(seg):
        taken.append((s, e))
        if LEADERS_SUMMIT.match(seg, e) and "summit" not in info.name.lower():
            continue  # "the first C5+1 Presidential Summit": the format's leaders met, not its ministers
        out.append(Mention(start + s, start + e, info, info.name, info.acronym,
                           _ordinal_before(seg[:s]), in_title))
    for pattern in (GENERIC_DIALOGUE, PAIRED_DIALOGUE, PAIRED_ACRONYM, GROUPING_MEETING, NAMED_MEETING, MINISTERS_MEETING, FIELD_TALKS, FIELD_DIALOGUE, TWO_PLUS_TWO_MEETING,
                    FRAMEWORK, PAIRED_TWO_PLUS_TWO, BETWEEN_MEETING, HELD_NAME, RECURRING_NAME, BODY_SESSION, BODY_MEETING, BODY_POSSESSIVE, PAIRED_LOWER, ORG_BODY,
                    FORMAT_MEETING, ACRONYM_BODY, ACRONYM_BODY_MEETING, JOINT_BODY, MINISTERS_ROUND, BODY_HELD_ITS, FIELD_BETWEEN,
                    PAIRED_OF, BODY_CONVENED, BODY_OF_CONVENED, ACRONYM_FIRST, LOWER_MINISTERIAL, SIDES_MEETING,
                    SIDES_AND_LOWER, NEW_ROUND, TITLED_LOWER, EVENT_PART):
        for m in pattern.finditer(seg):
            if any(m.start("name") < e and s < m.end("name") for s, e in taken):
                continue
            name = re.sub(r"^(?:the|an?|of)\s+", "", m["name"].strip(), flags=re.I)
            if SENTENCE_END.search(name):
                continue  # "... General SOTO Juan. Both Ministers met": two sentences, no name
            if name[:1].islower():  # "inspector general (IG) level frontier conference": the name without its words' acronym
                name = re.sub(r"\s\([A-Z]{2,6}\)(?=\s)", "", name)
            if pattern is PAIRED_DIALOGUE and PAIRED_TITLE.match(name):
                continue  # "the envoy of Ruritania - Secretary of the Security Council": a title, no pair
            if pattern is PAIRED_LOWER and len(name_parties(name, kb)) < 2:
                continue  # "ZENDA. - Zenda hosted the consultations": a dateline and a city, no pair
            if pattern is SIDES_AND_LOWER and (len({c for _, _, c in kb.parties_in(name)}) < 2
                                               or _ordinal_before(seg[:m.start("name")]) is None):
                continue  # numbered, and each side named: not "Chile and Norway held talks"
            if pattern is MINISTERS_ROUND and not (name_parties(name, kb) or re.search(_KIND + "$", name)):
                continue  # "the Defence Ministers of the Nordic countries": no body named (an organisation's is its party)
            if pattern is ORG_BODY and not ((org := kb.parties_in(name.split()[0])) and kb.is_organisation(org[0][2])):
                continue  # "the GCC joint defense council", not "the USA security council"
            if pattern is PAIRED_ACRONYM:
                name = name.replace(f" ({m['acr']})", "")
            # "The Standing Committee on River Patrols (COPAFLU), which met ...": a body that met, its acronym in
            # another language; the name stands, the acronym does not
            translated = pattern is ACRONYM_BODY_MEETING and not abbreviates(m["acr"], name) and not kb.parties_in(m["acr"])
            if pattern in (FRAMEWORK, ACRONYM_BODY, ACRONYM_BODY_MEETING, ACRONYM_FIRST) and not translated and (
                    not abbreviates(m["acr"], name) or kb.parties_in(m["acr"])  # "the Gulf Cooperation Council (GCC)": a party
                    or pattern is FRAMEWORK and re.search(r"\b(?:Treaty|Agreement|Arrangement|Declaration|Initiative|Strategy|"
                                                          r"Plan|Program(?:me)?)$", name)):
                continue  # a forum, not the treaty or plan the talks were held under
            if re.search(r"\b(?:Statement|Communiqu\w*|Press|Release|Readout)\b", name):
                continue  # "Korea-United States Joint Statement After Meeting" names a document
            s0 = m.start("name")
            if pattern is GENERIC_DIALOGUE and (pair := PAIR_BEFORE.search(seg, 0, m.start())):
                # "the Philippines-United States Fourth 2+2 Ministerial Dialogue": the pair names it too
                name, s0 = f"{pair['pair']} {name}", pair.start("pair")
            acr = _acronym(m["acr"]) if m.groupdict().get("acr") and not translated else None
            end = m.end("name")
            if pattern is GENERIC_DIALOGUE and re.search(r"(?i:meeting|session)$", name) and (body := OF_BODY.match(seg, m.end()))\
                    and not kb.parties_in(body["body"]):
                name, acr, end = body["body"], _acronym(body["bacr"]) if body["bacr"] else None, body.end("body")
            comma = COMMA_PAIR.search(seg, 0, s0)
            if comma and (first := kb.parties_in(name)) and first[0][0] == 0 and \
                    (other := kb.parties_in(comma["c"])) and other[0][:2] == (0, len(comma["c"])) and other[0][2] != first[0][2]:
                name, s0 = f"{comma['c']}-{name}", comma.start("c")  # "The Nigeria, U.S. Bi-National Commission"
            inner = INNER_ACRONYM.search(name)
            if inner and not acr and abbreviates(inner["a"], name[:inner.start()]):
                name, acr = name[:inner.start()] + name[inner.end() - 1:], inner["a"]  # "... Political-Military (PM) Dialogue"
            # "the 5th annual United States -Kazakhstan ... Dialogue": an ordinal the name itself could not take
            rnd = _ordinal_value(m) if pattern in (GENERIC_DIALOGUE, FORMAT_MEETING, MINISTERS_ROUND, BODY_HELD_ITS, PAIRED_OF) \
                or pattern in (BODY_MEETING, FIELD_DIALOGUE, JOINT_BODY, TITLED_LOWER) and (m["num"] or m["word"]) \
                or (pattern is RECURRING_NAME and m['roman']) else \
                _ordinal_before(seg[:s0]) if pattern in (PAIRED_DIALOGUE, PAIRED_LOWER, SIDES_AND_LOWER) else \
                int(m["nth"]) if m.groupdict().get("nth") else None
            if (said := HEADLINE_VERB.match(name)) and len(name) > said.end():
                name, s0 = name[said.end():], s0 + said.end()  # "State Secretary Co-Chairs Norway-Chile ... Committee"
                if pattern is GENERIC_DIALOGUE:
                    rnd = None  # "2nd Fleet Hosts Naval Staff Talks": the ordinal was the subject's
            if (first := LEADING_ORDINAL.match(name)) and rnd is None:
                name, rnd = name[first.end():], _ordinal_value(first)  # "Twelfth Japan–Australia 2+2 ..." in a title
            name = SLASH_PAIR.sub(lambda x: f"{x['a']}-{x['b']}" if kb.parties_in(x["a"]) and kb.parties_in(x["b"]) else x[0], name)
            # "the Chile/Norway Joint Commission" is the Chile-Norway one; "Foreign/Defence" stays
            name = AT_LEVEL.sub("", name).strip()
            if SESSION_ONLY.fullmatch(name):  # "the 24th Ordinary Meeting": a kind of session, whose body is the name
                if (of := OF_THE.match(seg, end)) and (body := BODY_BEFORE.match(seg, of.end())):
                    name, end = body["name"], body.end("name")
                    acr = body["acr"] if body["acr"] and abbreviates(body["acr"], name) else None
                elif own := _body_holding(seg[:s0]):
                    name, acr, s0 = own
            if re.search(r"(?:Commission|Committee)$", name) and (field := IN_THE_FIELD.match(seg, end)):
                name, end = name + field[0], field.end()  # "the Chile-Peru Joint Committee in the sphere of training"
            out.append(Mention(start + s0, start + end, None, name, acr, rnd, in_title))
            taken.append((m.start("name"), end))
    out = [replace(x, round=None) if x.round is not None and NOT_A_ROUND.match(text, x.end) else x for x in out]
    out.sort(key=lambda x: x.start)
    return out


def _body_holding(before: str) -> tuple[str, str | None, int] | None:
    """The body a sentence names before "its (Nth) Special Meeting": its name, acronym and start."""
    if not OWN_SESSION.search(before):
        return None
    start = max(before.rfind(". "), before.rfind("\n")) + 1
    bodies = list(BODY_BEFORE.finditer(before, start))
    if not bodies:
        return None
    last = bodies[-1]
    name = re.sub(r"^(?:The|THE)\s+", "", last["name"])
    acr = last["acr"] if last["acr"] and abbreviates(last["acr"], name) else None
    return name, acr, last.start("name") + len(last["name"]) - len(name)


# A kind of session, no name: "Ordinary Meeting", "Second Special Session"
SESSION_ONLY = re.compile(r"(?i:ordinary|extraordinary|special|regular|plenary|formal|informal)\s+(?i:meeting|session|sitting)s?")
# A title-case headline's verb or pronoun after a body's name: "... Coast Guard Chiefs Closed Their 31st ..."
_HEADLINE_VERB = r"(?:Ended|Opened|Closed|Concluded|Convened|Held|Holds|Met|Meets|Wraps|Wrapped|Begins|Began|Their|Its)\b"
# The body that held its session, named before it: "The Nordic Council of Coast Guard Chiefs (NCCGC) gathered in
# Oslo for their 31st Ordinary Meeting", "The Council for Coastal Security used its Second Special Meeting"
BODY_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,4}(?:Council|Committee|Commission|Board|Conference|Forum)"
                         r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+)?(?!" + _HEADLINE_VERB
                         + r")[A-Z][\w'’-]*){0,5})?)"
                         r"(?:\s+\((?P<acr>[A-Z]{2,8})\))?")
OF_THE = re.compile(r"\s+of\s+the\s+")
OWN_SESSION = re.compile(r"\b(?i:its|their)\s+(?:" + _ORD + r"\s+)?$")
# The level talks are held at is no part of their name: "ministerial-level defence policy dialogue" is the defence
# policy dialogue; "2+2 Ministerial Level Dialogue" the 2+2 Ministerial Dialogue
AT_LEVEL = re.compile(r"(?i)\b(?:(?:vice|deputy)[- ]?)?minister(?:ial)?\s?[-–]\s?level\s+(?!(?:dialogue|talks|meetings?|consultations)\b)"
                      r"|(?<=ministerial)[- ]level(?=\s+(?:dialogue|talks|meetings?|consultations)\b)")
# "the first NCG meeting under the new administration", "the first ... since 2019": an ordinal of a span, not the round
NOT_A_ROUND = re.compile(r"(?:\s*\([A-Z][\w+&-]{1,10}\))?\s+(?:(?:meeting|session|round|talks)\s+)?(?:under(?!\s+the\s+(?:auspices|framework|aegis|co-?chair))|since|in\s+(?:over\s+|more\s+than\s+)?"
                         r"(?:a|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|decades?|months?))\b")


FILE_LABEL = re.compile(r"(?:PDF|DOCX?|XLSX?|PPTX?|HTML?|JPE?G|PNG|MP[34]|\d+\s?[KM]B)", re.I)


def _acronym(acr: str) -> str | None:
    """ "AUKMIN III", "“2+2”" as the dialogue's acronym: no quotes, no round numeral; a link's file type
    ("... Meeting (PDF)") or a label ("... Dialogue (Overview)") is none."""
    acr = re.sub(r"\s+(?:[IVXL]+|\d+)$", "", acr.strip("“”\""))
    return None if FILE_LABEL.fullmatch(acr) or re.fullmatch(r"[A-Z][a-z]{4,}", acr) else acr


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` can abbreviate ``long`` (Schwartz & Hearst, 2003): its letters and digits occur in
    ``long`` in order, read from the right, and its first one starts a word."""
    s, l = [c for c in short.lower() if c.isalnum()], long.lower()
    if not s:
        return False
    j = len(l) - 1
    for k in range(len(s) - 1, -1, -1):
        while j >= 0 and (l[j] != s[k] or (k == 0 and j > 0 and l[j - 1].isalnum())):
            j -= 1
        if j < 0:
            return False
        j -= 1
    return True


# A dialogue's acronym as statements write it: "(AUKMIN)", "AUKMIN III", "the SPD", "2006 AUKMIN Communiqué".
ACRONYM = re.compile(r"(?<![\w+-])(?P<a>[A-Z][A-Z0-9&]{2,9})(?:\s+[IVXL]+)?(?![\w+-])")


def _acronym_of(name: str, scope: str, kb: Knowledge) -> str | None:
    """The acronym the title or opening gives a dialogue the registry lacks: one that abbreviates its name,
    half or more of it from the initials of the name's words ("AUKMIN" for "Australia-UK Ministerial ...")."""
    initials = [w[0].lower() for w in re.split(r"[\s\-–]+", name) if w[:1].isalnum()]
    for m in ACRONYM.finditer(scope):
        a = m["a"]
        if kb.parties_in(a) or kb.find_dialogues(a) or not abbreviates(a, name):
            continue  # a party's or another dialogue's ("NATO", "ROK", "SCM")
        if (spelt := _spelt_before(a, scope[:m.start()])) and spelt.lower() not in name.lower():
            continue  # "Armed Forces Division (AFD)": the acronym of the words it follows, not the dialogue's
        if (spelt := _spelt_out(a, scope)) and spelt.lower() not in name.lower():
            continue  # "the Chilean Naval Academy ... the CNA's cadets": another body's, spelt out elsewhere
        got, k = 0, 0
        for c in a.lower():
            if c in initials[k:]:
                k, got = initials.index(c, k) + 1, got + 1
        if got >= 2 and got * 2 >= len(a):
            return a
    return None


def _spelt_out(acronym: str, scope: str) -> str | None:
    """Capitalised words anywhere in ``scope`` whose initials spell the acronym: "Chilean Naval Academy"."""
    if not acronym.isalpha():
        return None
    words = r"\s+".join(rf"{c}[\w'’-]*" for c in acronym.upper())
    found = re.search(rf"\b{words}\b", scope)
    return found[0] if found else None


def _spelt_before(acronym: str, before: str) -> str | None:
    """The words just before "(" that the acronym spells, by their initials: "Armed Forces Division (AFD)"."""
    if not before.rstrip().endswith("("):
        return None
    words = before.rstrip()[:-1].split()[-len(acronym):]
    if len(words) == len(acronym) and "".join(w[0] for w in words).upper() == acronym.upper():
        return " ".join(words)
    return None


def split_pairs(text: str) -> str:
    """ "India-Japan", "U.S.-ROK", "Botswana/Zambia" as two names (same length, so offsets hold)."""
    return re.sub(r"(?<=[\w.])[-–/](?=[A-Z])", " ", text)


# Two towns joined in a name: "the Hanoi-Vientiane Joint Commission"
TOWN_PAIR = re.compile(r"(?P<a>(?:[A-Z][\w'’.]*\s){0,2}[A-Z][\w'’.]*)[-–/](?P<b>[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*){0,2})")


def capital_pair(name: str, kb: Knowledge) -> set[str]:
    """The countries whose capitals a name joins, the way news names governments by their seats."""
    out = set()
    for m in TOWN_PAIR.finditer(name):
        a, b = m["a"].split(), m["b"].split()
        left = next((c for k in range(len(a)) if (c := kb.country_of_place(" ".join(a[k:]), capital=True))), None)
        right = next((c for k in range(len(b), 0, -1) if (c := kb.country_of_place(" ".join(b[:k]), capital=True))), None)
        if left and right and left != right:
            out |= {left, right}
    return out


MEMBERS_MEET = re.compile(r"\b(?:Ministers|Leaders|Chiefs|Secretaries|Heads)\b")


def name_parties(name: str, kb: Knowledge) -> list[str]:
    """The parties a dialogue's name joins: "Japan-Australia 2+2" is JPN and AUS; one party names none."""
    found = kb.parties_in(split_pairs(name))
    codes = {code for _, _, code in found}
    codes = sorted(codes if len(codes) >= 2 else codes | capital_pair(name, kb))
    members = kb.group_members(split_pairs(name))
    if members and (codes or len(members) >= 2 and MEMBERS_MEET.search(name)):
        # "G5 Sahel-France ...": a group of countries is its members, as in "the Meeting of North American Defense
        # Ministers" (not a forum they hold with another: "the Nordic-Baltic Forum")
        return sorted(members | set(codes))
    if len(codes) == 1 and found[0][0] == 0 and (name[:found[0][1]].isupper() or kb.is_organisation(found[0][2])):
        return codes  # a grouping that is itself the party: "NATO Defence Ministers Meeting", "Pacific Islands Forum ... Committee"
    if len(codes) == 1 and found[-1][1] == len(name.rstrip()) and re.search(r"\bof (?:the )?$", name[:found[-1][0]]) \
            and ((org := name[found[-1][0]:found[-1][1]]).isupper() and not kb.is_country(org) or kb.is_organisation(found[-1][2])):
        return codes  # the organisation whose body meets: "Council of Ministers of Defence and Security of EASF"
    return codes if len(codes) >= 2 else []


ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _ordinal_value(m: re.Match) -> int:
    groups = m.groupdict()
    if groups.get("roman"):  # "the XI High-Level Dialogue"
        values = [ROMAN[c] for c in groups["roman"]]
        return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))
    num, word = groups.get("num") or groups.get("num2"), groups.get("word") or groups.get("word2")
    return int(num) if num else ORDINAL_WORDS[re.sub(r"\s+", " ", word.lower())]


ORDINAL = re.compile(r"\b" + _ORD + r"(?=\s+[\w(])")
ORDINAL_TOKEN = re.compile(_ORD)  # one word that is an ordinal: "sixth", "42nd"


def ordinals_in(text: str) -> list[int]:
    """The ordinals a sentence gives ("the 42nd session", "the third Dialogue"), 'first' as a word excepted:
    it is as often an adverb ("first held in 2019") as a round."""
    return [_ordinal_value(m) for m in ORDINAL.finditer(text) if (m["word"] or "").lower() != "first"]


def _ordinal_before(prefix: str) -> int | None:
    m = ORDINAL_BEFORE.search(prefix[-90:])
    return _ordinal_value(m) if m else None


def identify(text: str, blocks: list[Block], kb: Knowledge, dateline_city: str | None,
             captions: tuple[str, ...] | list[str] = ()) -> MeetingFacts:
    """The meeting the statement reports, from its title and opening paragraphs; ``captions``, the pictures' captions
    the page's chrome held, give a registered dialogue's round when nothing else does (a caption's "after holding the
    51st ...") and, last, its venue."""
    mentions: list[Mention] = []
    prose = [b for b in blocks if b.kind in ("paragraph", "bullet")]
    for b in blocks:
        if b.kind == "title":
            mentions += dialogue_mentions(text, b.start, b.end, kb, in_title=True)
    body = _body_prose(prose)
    opening = body[:OPENING]
    for b in opening:
        mentions += dialogue_mentions(text, b.start, b.end, kb)
    page_parties: list[set[str]] = []  # the parties the whole page names, read once and only when asked

    def another_acronym(m: Mention) -> bool:
        """"the Joint Mine Countermeasures Group (MCM Arctic)" is not the Korea-U.S. MCM: a registered dialogue
        known only by its acronym is the meeting on a page that names one of its parties."""
        if m.info is None or not m.info.parties or text[m.start:m.end] != m.info.acronym:
            return False
        if not page_parties:
            page_parties.append({code for _, _, code in kb.parties_in(text)})
        return not set(m.info.parties) & page_parties[0]

    mentions = [m for m in mentions if not another_acronym(m)]
    facts = MeetingFacts()
    titles = " ".join(b.text for b in blocks if b.kind == "title")
    further = body[:ROUND_WITHIN]
    scope = " ".join([titles, *(text[b.start:b.end] for b in further)])
    # "held bilateral discussions on the sidelines of the ASEAN Defense Ministers' Meeting-Plus": the event that
    # hosted the meeting is not the meeting
    mentions = [m for m in mentions if m.in_title or not SIDELINES.search(text, max(0, m.start - SIDELINES_REACH), m.start)]
    # "During the NATO ministers' meetings, A and B held bilateral talks": the gathering that hosted the talks
    mentions = [m for m in mentions if m.in_title or not _hosted_bilateral(text, m.start, m.end)]
    # "A, who visited Laos to attend the ADMM, held a meeting with B": what the guest came for, not the meeting
    mentions = [m for m in mentions if m.in_title or not _came_for_another(text, m.start, m.end)]
    # "will co-chair exercises under the framework of the ADMM-Plus": a forum the sentence's meeting is not held in
    mentions = [m for m in mentions if m.in_title or not _framework_of_another(text, m.start)]
    # "set out their priorities ahead of the upcoming OSCE Ministerial Council meeting": a meeting still to come
    mentions = [m for m in mentions if m.in_title or not UPCOMING.search(text, max(0, m.start - 40), m.start)
                and not TO_BE_HELD.search(text, max(0, m.start - 80), m.start)]
    # "praised Chile for hosting the Forum", "invited Chile to attend the Oslo Dialogue": another meeting
    mentions = [m for m in mentions if m.in_title or not ANOTHER_EVENT.search(text, max(0, m.start - 120), m.start)]
    mentions = [m for m in mentions if m.in_title or not DISCUSSED.search(text, max(0, m.start - 40), m.start)
                and not _recalled(text, m.start)]
    # "glad to see each other since the Oslo Forum": where they met before
    mentions = [m for m in mentions if m.in_title or not SINCE.search(text, max(0, m.start - 40), m.start)]
    # "On the advice of the ministers' meeting held in Oslo, ...": the meeting that called for this one
    mentions = [m for m in mentions if m.in_title or not ON_THE_ADVICE_OF.search(text, max(0, m.start - 90), m.start)]
    # "The holding of this ministerial meeting precedes the Summit, which will be held ...": the one it prepares
    mentions = _without(mentions, [m for m in mentions if not m.in_title and PREPARES.search(text, max(0, m.start - 60), m.start)])
    # Where a pact was signed years before ("a treaty signed at the leaders' 30th summit") is another meeting when the
    # text names one more or the leaders met; a plan settled "during the third ... round" and nothing else named is
    # this meeting's
    adopted = [m for m in mentions if not m.in_title and ADOPTED_AT.search(text, max(0, m.start - 60), m.start)]
    mentions = _without(mentions, adopted if len(adopted) < len(mentions) else [m for m in adopted if LEADERS.search(m.name)
                                                                                or AT_LEADERS_LEVEL.match(text, m.end)])
    bilateral = any(BILATERAL.search(text, b.start, b.end) for b in blocks if b.kind == "title" or b in opening[:1])

    def backed(m: Mention) -> bool:
        """What the parties back or belong to, not the meeting they held: "pledging support to the FPDA", "are
        both members of the Quad", and, where the lead says the meeting was bilateral, any group of more than two
        ("On the FPDA, ...")."""
        return bool(SUPPORTED.search(text, max(0, m.start - 40), m.start)) \
            or bool(WITHIN_FORUMS.search(text, max(0, m.start - 80), m.start)) \
            or bool(LISTED_AMONG.search(text, max(0, m.start - 120), m.start)) \
            or bool(AN_EXAMPLE.search(text, max(0, m.start - 120), m.start)) \
            or bool(MEMBERS_OF_GROUP.search(text, max(0, m.start - 100), m.start)) or _cooperation_within(text, m.start) \
            or bilateral and m.info is not None and m.info.grouping and len(m.info.parties) > 2

    mentions = _without(mentions, [m for m in mentions if backed(m)])
    # "coordinating closely within the ADMM": a forum the parties work in, when the text names the meeting too
    inside = [m for m in mentions if not m.in_title and WITHIN_FORUM.search(text, max(0, m.start - 40), m.start)]
    lead = opening[0] if opening else None
    if inside and (len(inside) < len(mentions)
                   or lead is not None and MET_WORDS.search(text, lead.start, lead.end)
                   and all(m.start >= lead.end for m in inside)):
        # ... or when the lead already says who met and the forum comes only after it ("A met B today. ... their
        # cooperation within the Nordic-Andean Charter")
        mentions = [m for m in mentions if m not in inside]

    bilateral_opening = any(BILATERAL.search(text, b.start, b.end) for b in opening)

    def of_others(m: Mention) -> bool:
        """A meeting of sides the opening never names, where it says the talks were bilateral: "a bilateral meeting
        between A and B", and far below "During the Nordic-Andean Ministers' Meeting, A said ...": another meeting."""
        if not bilateral_opening:
            return False
        named = set(m.info.parties if m.info is not None else name_parties(m.name, kb))
        return bool(named) and not named <= {code for b in opening for _, _, code in kb.parties_in(text[b.start:b.end])}

    def held_further_down(m: Mention) -> bool:
        """A registered dialogue; or a round, a first one or a name with its parties said as held ("when he chaired
        the 9th Regular Session of ...", "we convened the first ... Council"); or a name said as just held."""
        reach = max(0, m.start - 80)
        said_held = bool(HELD_AT.search(text, reach, m.start) or WAS_HELD.match(text, m.end))
        numbered = m.round is not None or bool(name_parties(m.name, kb)) or _ordinal_before(text[:m.start]) is not None
        just_held = m.name[:1].isupper() and bool(JUST_HELD.search(text, reach, m.start))
        return (m.info is not None or numbered and said_held or just_held) and not LEADERS.search(m.name) \
            and not of_others(m)

    if not mentions:  # a news story may open on what was said and name the meeting only further down
        mentions = [m for b in further[OPENING:] for m in dialogue_mentions(text, b.start, b.end, kb)
                    if held_further_down(m) and not another_acronym(m) and not SIDELINES.search(text, max(0, m.start - SIDELINES_REACH), m.start)
                    and not UPCOMING.search(text, max(0, m.start - 40), m.start) and not backed(m) and not _recalled(text, m.start)][:1]
    if not mentions:  # ... or only near its end, said as where they met: "A and B talked in Oslo, as part of the ninth Joint Commission"
        rest = body[ROUND_WITHIN:]
        mentions = [m for b in rest for m in dialogue_mentions(text, b.start, b.end, kb)
                    if (m.info is not None and not another_acronym(m) or m.round is not None) and HELD_AT.search(text, max(0, m.start - 80), m.start)
                    and not OTHER_ROUND_BEFORE.search(text, max(0, m.start - 80), m.start) and not backed(m)
                    and not _recalled(text, m.start)][:1]
    if mentions:
        best = _choose(mentions, text, kb)
        if best.round is None and best.info is None and TWO_PLUS_TWO_ANY.search(best.name):
            # "hold '2+2' talks" in the headline, "their fifth biennial ministerial talks" below: one meeting
            plain = [m for m in mentions if m.round is not None and m.info is None and m.name[:1].islower()]
            if plain:
                best = replace(best, round=plain[0].round)
        if best.info is None and best.name.split()[-1].islower():
            # "the third Chile-Peru foreign and defence ministers' meeting", and "The third Chile-Peru Foreign and Defence
            # Ministerial Meeting" in the headline or below: the name written as a name, with the round said
            named = [m for m in mentions if m.info is None and not m.name.split()[-1].islower()
                     and name_parties(m.name, kb) and name_parties(m.name, kb) == name_parties(best.name, kb)]
            if named:
                best = replace(named[0], round=best.round if best.round is not None else named[0].round)
        if best.info is None and not name_parties(best.name, kb):
            # "6th Defense Policy Dialogue" in a headline, "the sixth Chile-Norway Defense Policy Dialogue" below
            fuller = [m for m in mentions if m.info is None and m.name.endswith(best.name) and name_parties(m.name, kb)]
            if fuller:
                best = Mention(best.start, best.end, None, fuller[0].name, best.acronym or fuller[0].acronym,
                               best.round if best.round is not None else fuller[0].round, best.in_title)
        _name(facts, best, mentions, text, kb, scope, titles)
        if facts.dialogue and facts.round is None and best.info is None:
            facts.round = _ordinal_before(text[:best.start])  # "the first China-Malaysia defense and security consultation"
    if facts.round is None:  # "after the sixth meeting of the standing commission": a round of a body not named
        # a lead the site set as its title ("... during the ninth round of ..." with no full stop) says it too
        facts.round = _round_said(" ".join(text[b.start:b.end] for b in [*filter(reads_as_lead, blocks), *opening]))
    if facts.dialogue and facts.round is None:
        # a news story may give the round further down ("During the second 2+2 Dialogue, ...")
        later = body[OPENING:ROUND_WITHIN]
        same = [m for b in later for m in dialogue_mentions(text, b.start, b.end, kb)
                if m.round is not None and (m.info is not None and m.info is facts.info or best.name.endswith(m.name)
                                            or best.info is None and m.name.endswith(best.name) and best.name[:1].islower())]
        facts.round = same[0].round if same else _round_said(" ".join(text[b.start:b.end] for b in later))
        if same and len(same[0].name) > len(facts.dialogue) and same[0].name.endswith(best.name):
            # "held a coast guard dialogue", and further down "the third round of the Norway-Chile coast guard
            # dialogue": the name in full, with its parties
            facts.dialogue, facts.parties = same[0].name, facts.parties or name_parties(same[0].name, kb)
    if facts.info is not None and facts.round is None:
        captioned = [m for line in captions if len(line.split()) >= PLACING_CAPTION_WORDS and line.rstrip().endswith((".", "]", ")"))
                     for m in dialogue_mentions(line, 0, len(line), kb) if m.info is facts.info and m.round is not None]
        facts.round = captioned[0].round if captioned else None
    if facts.acronym and facts.round is None:
        numbered = re.search(r"\b" + re.escape(facts.acronym) + r"[-–]\s?(\d{1,3})\b(?![-–/.]\d)", text)
        facts.round = int(numbered[1]) if numbered else None  # "the theme of ADMM-17": its round, said first
    names = {n.casefold() for n in facts.info.names()} if facts.info else set()
    facts.venue, facts.format = venue_and_format(text, blocks, opening, further, kb, dateline_city, names, captions)
    return facts


def _body_prose(prose: list[Block]) -> list[Block]:
    """The paragraphs of prose, and the bullets among or after them: a news story set out as a list goes on in its
    bullets ("* The spokesman said delegations met during the 4th ..."), while bullets above its first paragraph are
    highlights; a release all in bullets is read whole."""
    full = [b for b in prose if substantive(b)]
    first = next((k for k, b in enumerate(full) if b.kind == "paragraph"), 0)
    return full[first:]


def _without(mentions: list[Mention], dropped: list[Mention]) -> list[Mention]:
    """The mentions but those dropped, and the acronym each dropped one gives in brackets ("... Meeting (SCM)")."""
    twin = lambda m: any(0 <= m.start - d.end <= 3 and m.info is d.info and m.name == d.name for d in dropped)  # noqa: E731
    return [m for m in mentions if m not in dropped and not twin(m)]


def known_by_parties(facts: MeetingFacts, parties: list[str], kb: Knowledge, opening: str = "") -> MeetingFacts:
    """A "2+2" named generically ("two-plus-two talks") between parties whose 2+2 the registry knows by a name
    of its own is that dialogue: Japan and the United States hold theirs as the Security Consultative Committee.
    A 2+2 known only as such keeps the page's wording; one the opening only calls so ("ministerial talks, the
    so-called '2 plus 2', were held") is the registered one too."""
    said = " ".join(x for x in (facts.dialogue, facts.acronym) if x)
    if facts.info is not None or len(parties) < 2 or not (
            TWO_PLUS_TWO_ANY.search(said) or facts.dialogue is None and TWO_PLUS_TWO_CALLED.search(opening)):
        return facts
    found = [d for d in kb.dialogues if sorted(d.parties) == sorted(parties) and d.acronym
             and not TWO_PLUS_TWO_ANY.search(d.acronym) and any(TWO_PLUS_TWO_ANY.search(n) for n in d.names())]
    if len(found) != 1:
        return facts
    return replace(facts, dialogue=found[0].name, acronym=found[0].acronym, info=found[0])


ROUND_SAID = re.compile(r"(?<!since )\b(?i:its|the|this|their|this\s+year['’]s)\s+" + _ORD + r"\s+(?:such\s+(?:[A-Z][\w+]*\s+)?|high-level\s+|annual\s+|ministerial\s+)?"
                        r"(?:(?i:round|meeting|session|dialogue|talks|iteration|edition|install?ment|sitting)|of its kind|since\s+(?:the|its|their)\s+(?:dialogue|talks|forum|meeting)s?\s+(?:was|were)\s+(?:established|launched|founded|created))\b(?!\s+(?:was|were)\b)")


UNDER_A_GOVERNMENT = re.compile(r"[^.;!?]{0,60}?\b(?:under|since)\s+(?:the\s+|this\s+)?(?:new\s+)?(?:[A-Z][\w.'’-]+\s+){0,2}"
                                r"(?:Administration|[Gg]overnment|[Pp]residency|[Cc]abinet)\b")


# "met for the first time", "for the first time held joint consultations": the first round, unless it is the
# first time since something ("held talks for the first time in six years", "... since 2019")
FIRST_TIME = re.compile(r"\b(?:met|meet|held|hold|convened|gathered)\b[^.;]{0,30}?\bfor the first time\b(?!\s+(?:since|after|as|in\s+(?:\w+\s+)?(?:years?|decades?|months?))\b)"
                        r"|\bfor the first time\s+(?:ever\s+)?(?:met|held|convened|gathered)\b", re.I)


# "held the dialogue for the 12th time"
NTH_TIME = re.compile(r"\b(?:met|meet|held|hold|convened|gathered)\b[^.;]{0,80}?\bfor the " + _ORD
                      + r"\s+time\b(?!\s+(?:since|after|as|in\s+(?:\w+\s+)?(?:years?|decades?|months?))\b)", re.I)


# The round with the meeting's description between it and its kind: "the 8th special defence and security session
# of Chile and Peru", "The 10th Norwegian and Chilean military cooperation meetings are underway"
ROUND_DESCRIBED = re.compile(r"\b(?i:the|their|its)\s+" + _ORD + r"\s+(?:ever\s+)?"
                             r"(?:(?!(?:of|on|for|in|at|with|and\s+the)\b)[A-Za-z][\w-]*\s+(?:[-–]\s+)?){1,6}?"
                             r"(?:meetings?|session|round|dialogue|talks|consultations?|exchange|summit|conference)\b"
                             r"(?!\s+(?:of|was|were)\b)")


def _round_said(opening: str) -> int | None:
    """The round said in words beside the dialogue's name: "for its third meeting", "the eighth round of ..."."""
    m = ROUND_SAID.search(opening) or NTH_TIME.search(opening) or ROUND_DESCRIBED.search(opening)
    if m:
        return None if _of_a_span(opening, m) or _of_a_named_body(opening, m) \
            or TO_BE_HELD.search(opening, max(0, m.start() - 40), m.start()) else _ordinal_value(m)  # "will hold its 5th"
    return 1 if FIRST_TIME.search(opening) else None


AT_THE_SIDE = re.compile(r"\b(?:sidelines?|margins?|fringes?)\s+of\b", re.I)


def _of_a_named_body(text: str, m: re.Match) -> bool:
    """The round of the event a meeting was held beside, named after it: "on the sidelines of his stay at the 80th
    session of the Assembly in New York"."""
    before = re.split(r"[.!?]\s", text[max(0, m.start() - SIDELINES_REACH):m.start()])[-1]
    return bool(re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[m.end():])) and bool(AT_THE_SIDE.search(before))


def _of_a_span(text: str, m: re.Match) -> bool:
    """The ordinal counts within a span, not the rounds: "the first iteration of this dialogue under the new
    Administration", "their first meeting in six years", "the opening edition in 2009"; "the fifth since 2010"
    still counts the rounds."""
    after = text[m.end():]
    return bool(UNDER_A_GOVERNMENT.match(text, m.end()) or re.match(r"\s+in\s+(?:19|20)\d\d\b", after)
                or NOT_A_ROUND.match(text, m.end()) and not (_ordinal_value(m) > 1 and re.match(r"\s+since\b", after)))


TWO_PLUS_TWO_ANY = re.compile(_TWO_PLUS_TWO, re.I)
# The meeting called a "2+2" beside its name: "Ministerial Meeting or “2+2”", "the so-called two-plus-two", "in 2+2 format"
TWO_PLUS_TWO_CALLED = re.compile(r"\b(?:so-called|also called|known as|called|or|in|hold|holds|held|convened|hosted)\s+(?:the\s+|a\s+)?" + _TWO_PLUS_TWO, re.I)
QUOTED_WORDS = re.compile(r"[\"“‘]([^\"“”‘’]{1,40})[\"”’]|\((\d\s?\+\s?\d)\)")


def _format_of(m: re.Match | None) -> str | None:
    """The format a name or a mention gives: "2+2" for "two-plus-two" or “2 + 2”, "3+3" for a "3+3"."""
    if m is None:
        return None
    digits = re.search(r"(\d)\s?\+\s?(\d)", m[0])
    return f"{digits[1]}+{digits[2]}" if digits else "2+2"


# What a body is on, said after the acronym its name gives in brackets: "Joint Study Group (JSG) on coastal radar
# work held in ...", up to the verb, place or date that follows the name.
BRACKETED_ACRONYM = re.compile(r"\s*\(\s?[A-Z][^()]{1,14}\)")
_SUBJECT_ENDS = r"(?=\s+(?:held|was|were|in|at|met|on|which|took|has|have|is|are|opened|began|concluded)\b|\s*[.,;:(]|\s*$)"
SUBJECT_AFTER_ACRONYM = re.compile(r"\s+on\s+(?P<t>" + _NOT_A_DAY + r"(?!the\b|a\b|an\b|\d)(?:[A-Za-z][\w&-]*,?\s+){0,5}?[A-Za-z][\w&-]*)"
                                   + _SUBJECT_ENDS)

# What a standing body is on, in capitals after its name, or after its acronym and "meeting": "the standing
# commission on Fisheries and Coast Guards", "Standing Commission (SC) meeting on Fisheries", "Consultations on Polar
# Research and non-governmental work"
BODY_END = re.compile(r"(?i:commission|committee|consultations|council|board|group|mechanism)$")
SUBJECT_AFTER_BODY = re.compile(r"(?:\s*\(\s?[A-Z][^()]{1,14}\)\s+meeting)?\s+on\s+(?P<t>" + _NOT_A_DAY
                                + r"[A-Z][\w&-]*(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w&-]*){0,4}(?:\s+and\s+[a-z][\w-]*)?)" + _SUBJECT_ENDS)


def _name(facts: MeetingFacts, best: Mention, mentions: list[Mention], text: str, kb: Knowledge, scope: str,
          titles: str) -> None:
    """Dialogue, acronym, round and parties from the best mention of the dialogue."""
    facts.info = best.info
    facts.dialogue = QUOTED_WORDS.sub(lambda m: m[1] or m[2], best.name)  # the “two-plus-two” talks, the (2+2) Meeting
    facts.dialogue = re.sub(r"\s+", " ", re.sub(r"(?<=\w)-\s+(?=[A-Z])|(?<=\w)\s+-(?=[A-Z])", "-", facts.dialogue))  # "United States -Kazakhstan", a name wrapped at its hyphen
    facts.acronym = best.acronym
    same = [m for m in mentions if m.name == best.name and m.round is not None]
    facts.round = best.round if best.round is not None else (same[0].round if same else None)
    if best.info:
        facts.parties = sorted(best.info.parties)
        if best.info.grouping:  # "the G5 Sahel countries and Norway", "Norway and the Nordic states": a partner met the group
            after = re.match(r"\s+(?:and|with)\s+(?:the\s+)?(?P<p>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)", text[best.end:best.end + 60])
            before = re.search(r"(?P<p>[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)\s+(?:and|with)\s+(?:the\s+)?$", text[max(0, best.start - 60):best.start])
            for m in (after, before):
                found = kb.parties_in(m["p"]) if m else []
                if found and found[0][:2] == (0, len(m["p"])) and not kb.is_organisation(found[0][2]):
                    facts.parties = sorted({*facts.parties, found[0][2]})
    else:
        if best.acronym is None:
            acr = re.search(re.escape(best.name) + r"\s*\((?P<a>[A-Z][\w+&-]{1,10})\)", text)
            facts.acronym = _acronym(acr["a"]) if acr else _format_of(TWO_PLUS_TWO_ANY.search(best.name))
        if facts.acronym is None:
            facts.acronym = _acronym_of(best.name, scope, kb) or \
                _format_of(TWO_PLUS_TWO_CALLED.search(scope) or TWO_PLUS_TWO_ANY.search(titles))
        facts.parties = name_parties(best.name, kb)
        bracket = BRACKETED_ACRONYM.match(text, best.end)
        if bracket and (on := SUBJECT_AFTER_ACRONYM.match(text, bracket.end())):
            facts.dialogue = f"{facts.dialogue} on {on['t']}"  # "the Standing Commission (SC) on Fisheries and Coast Guards"
        elif BODY_END.search(best.name) and " on " not in best.name and (on := SUBJECT_AFTER_BODY.match(text, best.end)):
            facts.dialogue = f"{facts.dialogue} on {on['t']}"  # "the standing commission on Fisheries", "(SC) meeting on ..."



# The event a meeting was held at, named after the meeting in its sentence: "convened a Trilateral Meeting ...
# during the 20th Asia Security Summit", "held the talks on the sidelines of the NATO Summit".
# the event's own ordinal and cadence before its name: "the sixth annual ...", "this year's 20th ..."
_EVENT_ORDINAL = (r"(?:the\s+|this year's\s+|this year’s\s+)?(?:\d+" + ORDINAL_SUFFIX + r"\s+|[a-z]+(?:st|nd|rd|th)\s+)?"
                  r"(?:" + _CADENCE_WORD + r"\s+)?")
HOST_EVENT = re.compile(r"\b(?:during|on the (?:sidelines?|margins?) of|on the side of|in conjunction with|alongside|"
                        r"ahead of|on the eve of)\s+" + _EVENT_ORDINAL + "$", re.I)


SIDELINES_REACH = 120  # characters before a mention read for "on the sidelines of [the organiser's] ..."
SIDELINES = re.compile(r"\b(?:(?:on|in|at) the (?:sidelines?|margins?|side|fringes?) of|(?:held\s+)?alongside)\s+" + _EVENT_ORDINAL +
                       # the host's name before the event's: "the Nordic Institute for Peace Studies (NIPS) ..."
                       r"(?:(?:(?-i:[A-Z])[\w'’-]*|for|of|on|and)\s+){0,8}?(?:\((?-i:[A-Z]{2,6})\)\s+)?$", re.I)
SPACED_DASH = re.compile(r"(?<=[\w.])(?:\s+[-–—]\s*|\s*[-–—]\s+)(?=[A-Z])|(?<=[a-z])\s+[–—]\s+(?=[a-z])")  # "diplomatic – defence dialogue"


def written_name(name: str | None) -> str | None:
    """The dialogue's name as the record gives it: a pair set off by a spaced dash as one name ("Australia - Papua
    New Guinea Ministerial Forum" is the "Australia-Papua New Guinea Ministerial Forum"), without the day a story
    gives it ("Thursday's ...") or a quote that opens before it and closes inside ("'2+2' dialogue"); the text
    keeps its own."""
    return SPACED_DASH.sub("-", NAME_LEAD.sub("", name)) if name else name


NAME_LEAD = re.compile(r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun|Yester|To)day['’]s\s+|[\"“‘'](?=[^\"”’']*$))")


BILATERAL = re.compile(r"\bbilateral\s+(?:meeting|talks|consultations|discussions)\b", re.I)
# "pledging support to the FPDA", "to support the goals of the FPDA", "as members of the Nordic Defence
# Cooperation": what the parties back or belong to, not the meeting they held
SUPPORTED = re.compile(r"\b(?:(?:support|commitment|committed|contributions?|anniversary)\s+(?:for|to|of)\s+(?:the\s+)?"
                       r"|support(?:s|ing)?\s+the\s+(?:aims?|goals?|objectives?|vision|work)\s+of\s+(?:the\s+)?"
                       r"|\b(?:are|is|were|was|as)\s+(?:(?:all|both|also)\s+)?(?:part|members?)\s+of\s+(?:the\s+)?)$", re.I)
# "A and B, like C, are members of the Quad": the group they belong to, said in passing, not a meeting
MEMBERS_OF_GROUP = re.compile(r"\b(?:are|is|were|was|as|become|became|remain|remains)\s+(?:[\w-]+\s+){0,4}?members?\s+of\s+"
                              r"(?:the\s+)?[^.;]{0,60}$", re.I)
WITHIN_FORUM = re.compile(r"\b(?:within|through)\s+(?:the\s+)?$", re.I)
NAME_BEFORE_BRACKET = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,5}\(\s*$")


def _cooperation_within(text: str, start: int) -> bool:
    """"defence cooperation within the Visegrad Four (V4) grouping", "cooperation among the V4 countries": the forum
    the parties work in, not their meeting (and an acronym in brackets goes with the name before it)."""
    if bracket := NAME_BEFORE_BRACKET.search(text, max(0, start - 80), start):
        start = bracket.start()
    return bool(COOPERATION_WITHIN.search(text, max(0, start - 60), start))


COOPERATION_WITHIN = re.compile(r"\b(?:cooperation|co-operation|coordination|collaboration)\s+(?:[\w-]+\s+){0,2}?(?:within|of|among)\s+(?:the\s+)?"
                                r"(?:framework\s+of\s+(?:the\s+)?)?$", re.I)
# ... or one of a list of them: "cooperate via the UN, NATO, the JEF and ..."
# (a list: one name and a comma alone ends a fronted clause, "Meeting in Oslo, the Council ...")
WITHIN_FORUMS = re.compile(r"\b(?:within|through|in|via)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s?)+,\s+(?:(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s?)+,\s+)+"
                           r"(?:and\s+)?|and\s+)(?:the\s+)?$"
                           # "within NATO, the EU and the ...", "within the UN and the ..."
                           r"|\b(?:within|through|via)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s?)+(?:,\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s?)+)*"
                           r",?\s+and\s+(?:the\s+)?$")
# ... or the last of a list of those who took part: "ministers from ten states, including China, India and Central
# Asian countries" (the group is among the members, not the meeting)
LIST_OF_MEMBERS = r"\b(?:including|such as|among them|notably)\s+"  # "ten states, including A, B and C"
LISTED_AMONG = re.compile(LIST_OF_MEMBERS + r"(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*(?:,\s+|\s+and\s+))+"
                          r"(?:and\s+)?(?:the\s+)?$")
# "through platforms such as the ADMM-Plus and the Oslo Forum": forums given as examples, not the meeting
AN_EXAMPLE = re.compile(r"\b(?:such as|like)\s+(?:(?!\b(?:at|as|during|in|on|to|for|with|when|after|before|by)\s)[^.;:]){0,100}$", re.I)
# How a story names the round it reports when it names it late: "when she chaired the 9th Regular Session of ...",
# "during the 16th meeting of ..." (not "adopted by the 30th Summit", "the holding of the first ... meeting").
HELD_AT = re.compile(r"\b(?:chaired|co-chaired|chairing|co-chairing|(?:co-)?headed|convened|hosted|co-hosted|hosting|opened|during|at|"
                     r"held|presid(?:ed|ing)\s+over|on\s+the\s+occasion\s+of|(?:with)?in\s+the\s+framework\s+of|as\s+part\s+of|"
                     r"(?:visit|trip)(?:\s+to\s+(?:the\s+)?[A-Z][\w'’ -]{1,30}?)?\s+(?:was|is)\s+for)\s+(?:the\s+)?"  # "his visit to Oslo was for the ..."
                     r"(?:(?:" + _JUST_HELD + r"|recent|(?:recently\s+|just[\s-])?(?:concluded|held|ended))\s+)?"  # "at the recently concluded"
                     r"(?:(?:opening|closing|final|plenary)\s+)?"
                     r"(?:\w+(?:st|nd|rd|th)\s+)?(?:(?:ordinary|extraordinary|regular|annual)\s+)?"
                     r"(?:(?:session|meeting|round)\s+of\s+(?:the\s+)?)?$", re.I)
OTHER_ROUND_BEFORE = re.compile(r"\b(?:next|upcoming|forthcoming|last|previous|prior|earlier|former|will|would)\b[^.;]*$", re.I)
# "at the most recent Norway-Chile Border Commission": a meeting just held, named with no round
JUST_HELD = re.compile(r"\b(?:at|during)\s+the\s+" + _JUST_HELD + r"\s+$", re.I)
# "The fifth round of the ... dialogue took place, on 3 May, at ...": the round said as held after its name
WAS_HELD = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:(?:was|were|has\s+been|have\s+been)\s+(?:held|convened|conducted)|took\s+place)\b"
                      r"|,\s+held\s+(?:in|at|on|from)\b"  # "..., held in Oslo on 3 May"
                      # "the Norway-Chile Committee had held its sessions in Oslo": the body said to have met
                      r"|\s+(?:(?:has|have|had)\s+)?(?:held|convened)\s+(?:a\s+series\s+of|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:meetings?|sessions?|talks|round)\b")
LEADERS = re.compile(r"\b(?:Leaders['’]?|Summit|Heads of (?:State|Government))\b", re.I)  # a leaders' meeting, not the ministers'
AT_LEADERS_LEVEL = re.compile(r"\s+(?:meeting\s+|held\s+)?at\s+the\s+level\s+of\s+(?:the\s+)?Heads\s+of\s+(?:State|Government)", re.I)  # a summit by name
ADOPTED_AT = re.compile(r"\b(?:adopted|signed|agreed|concluded|established|launched|endorsed|approved)\s+(?:during|at|by|in)\s+"
                        r"(?:the\s+)?(?:[\dIVXLC]+(?:st|nd|rd|th)?\s+|[a-z]+(?:st|nd|rd|th)\s+)?(?:(?:meeting|session)\s+of\s+(?:the\s+)?)?$", re.I)
PREPARES = re.compile(r"\b(?:precedes|preceded|ahead of|prior to|on the eve of|in preparation for|in the run-up to|"
                      r"to prepare(?: for)?|for\s+(?:consideration|approval|adoption)\s+(?:by|at)|(?:submitted|forwarded|referred)\s+to)"
                      r"\s+(?:the\s+)?(?:(?:upcoming|forthcoming|inaugural|annual|[\w]+-day),?\s+){0,3}(?:\w+(?:st|nd|rd|th)\s+)?$", re.I)
# A meeting one side is congratulated on or invited to: "praised Chile for hosting the Forum so well", "invited Chile
# to attend the next Oslo Dialogue" (another meeting, held before or still to come)
ANOTHER_EVENT = re.compile(r"\b(?:congratulat\w*|commended|praised|thanked|lauded)\b[^.;]{0,80}?\b(?:organi[sz]\w*|hosting|holding|"
                           r"chairmanship|chairing|success)\s+(?:of\s+)?(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$"
                           r"|\b(?:invit\w*|asked|urged|encouraged)\b[^.;]{0,80}?\bto\s+(?:be\s+part\s+of|attend|join|participate\s+in|"
                           r"take\s+part\s+in)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$"
                           # "thanked Chile for supporting the plan at the Forum": what a side did at another meeting
                           r"|\b(?:thanked|praised|commended|appreciated|lauded)\b[^.;]{0,40}?\bfor\s+(?:its\s+|their\s+|his\s+|her\s+)?"
                           r"(?:support(?:ing)?|backing|endors\w+|help(?:ing)?)\b[^.;]{0,100}?\b(?:at|during)\s+(?:the\s+)?"
                           r"(?:\d+(?:st|nd|rd|th)\s+)?$", re.I)
# A meeting that is what was discussed ("took up matters regarding the Forum's states"), or one a paragraph recalls
# ("Recall, speaking at the 9th meeting of ...", "Earlier, at the ... Forum")
DISCUSSED = re.compile(r"\b(?:issues?|matters?|questions?|topics?|developments?)\s+(?:concerning|regarding|related\s+to|relating\s+to|"
                       r"about)\s+(?:the\s+)?$", re.I)
RECALLED = re.compile(r"(?:^|[.!?]\s+|\n)(?:Recall|Recalling|Earlier|Previously|In\s+(?:19|20)\d\d)\b,?[^.!?\n]*$")
# ... but not to the day's own earlier hours, when the sides held the meeting then: "Earlier in the day, both
# ministers held the 55th ..."
SAME_DAY_HELD = re.compile(r"\bEarlier\s+(?:in\s+the\s+day|today|that\s+day|this\s+(?:morning|afternoon))\b,?"
                           r"[^.!?\n]*\b(?:held|convened|co-chaired|chaired|opened)\s+(?:the|their)\s+(?:[\w-]+\s+)?$")


def _recalled(text: str, at: int) -> bool:
    """The sentence the name at ``at`` stands in opens by looking back ("Earlier, at the 9th Forum ...")."""
    return bool(RECALLED.search(text, max(0, at - 200), at)) and not SAME_DAY_HELD.search(text, max(0, at - 200), at)


# "agreed to hold a seventh round of the talks soon", "welcomed holding a first Dialogue next year", "the committee will
# hold its fifth meeting next month": a round to come
TO_BE_HELD = re.compile(r"\b(?:(?:agreed|agree|agreeing|decided|plan(?:s|ned)?|welcomed|look(?:s|ed)?\s+forward)\s+"
                        r"(?:to\s+hold|holding|to\s+holding|to\s+convene|convening)"
                        r"|(?:will|would|shall|is\s+to|are\s+to)\s+(?:hold|convene|host))"
                        r"\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?"
                        r"(?:[\w-]+\s+){0,2}?(?:(?:round|session|meeting|edition)\s+of\s+(?:the\s+)?)?$", re.I)
UPCOMING = re.compile(r"\b(?:(?:upcoming|forthcoming|next|coming|future)\s+|look(?:s|ing|ed)?\s+ahead\s+(?:at|to)\s+(?:the\s+)?)"
                      r"(?:\d+(?:st|nd|rd|th)\s+)?$", re.I)  # "they looked ahead to the NATO Summit": the next meeting
ON_THE_ADVICE_OF = re.compile(ADVISED_BY + r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$")  # the meeting before this one
SINCE = re.compile(r"\b(?:since|at\s+(?:the|their)\s+(?:last|previous))\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$", re.I)
AHEAD_OF = re.compile(r"\b(?:ahead of|before|after|prior to|on the eve of|following)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?$", re.I)
# What a guest came for besides the meeting: "Minister B, who visited Korea to attend the first ... Summit",
# "Minister C, visiting Laos to attend the 11th ..."
_NTH = r"(?:\d+(?:st|nd|rd|th)\s+|[a-z]+(?:st|nd|rd|th)\s+|maiden\s+|inaugural\s+)?"
_CAME_FOR = (r"\b(?:who (?:visited|came to|was in|is in|travell?ed to|is visiting|was visiting)|visiting|travell?ing to"
             r"|reached|arrived (?:in|at)|landed in|(?:his|her|their) (?:official |working |state )?visit to)"
             r" (?:the\s+)?[A-Z][\w ]{1,30}?(?:,\s+(?:the\s+)?[A-Z][\w ]{1,20}?)?"  # "visiting the Philippines to attend"
             r"(?:\s+on\s+[\w ,]{3,24}?)?"  # "reached Siem Reap, Cambodia on May 3 to co-chair"
             r" to (?:attend|co-chair|chair|participate in|take part in)\s+(?:the\s+)?" + _NTH)
CAME_FOR = re.compile(_CAME_FOR + "$")  # right before the event's name
CAME_FOR_IN = re.compile(_CAME_FOR)  # anywhere in a sentence
# the second event a guest came for: "... to co-chair the X and attend the 9th Y"
AND_ATTEND = re.compile(r"\s+and\s+(?:to\s+)?(?:also\s+)?(?:attend|participate in|take part in)\s+(?:the\s+)?" + _NTH + "$")
OTHER_EVENT = re.compile(r"\b(?:preceded|followed|precedes|follows|prior to|on the eve of|in the run-up to|launch(?:ing)?|"
                         r"establish(?:ing)?|creat(?:e|ing)|set(?:ting)? up|agreement on|agreed on|"
                         r"(?:decisions|recommendations|resolutions|outcomes?|conclusions|minutes)\s+of)\s+"
                         r"(?:(?:a|an|the|new|their)\s+)?(?:\d+(?:st|nd|rd|th)\s+)?[“\"]?$", re.I)


UNDER_FRAMEWORK = re.compile(r"\b(?:under|within|in)\s+the\s+(?:framework|auspices)\s+of\s+(?:the\s+)?$", re.I)
MET_WORDS = re.compile(r"\b(?:met|meet|meeting|held|hold|convened|talks|gathered|dialogue|consultations)\b", re.I)


FRONTED_DURING = re.compile(r"(?:^|[.!?]\s+|\n)(?:During|At|Amid)\s+(?:the\s+)?[^,;.\n]{0,80}$")
BILATERAL_TALKS = re.compile(r"\bbilateral\s+(?:talks|meetings?|discussions|consultations)\b")


def _hosted_bilateral(text: str, start: int, end: int) -> bool:
    """The mention is the gathering a fronted "During ..." sets the sentence in, and what the sentence says was
    held there is bilateral talks."""
    if not FRONTED_DURING.search(text, max(0, start - 82), start):
        return False
    rest = _sentence_after(text, end, 400)
    return "," in rest and bool(BILATERAL_TALKS.search(rest))


def _sentence_after(text: str, end: int, reach: int) -> str:
    """The rest of the sentence a mention ending at ``end`` stands in."""
    return re.split(r"(?<=[.!?])\s", text[end:end + reach], maxsplit=1)[0]


MET_BEFORE = re.compile(r"\b(?:welcomed|received|met(?: with)?|hosted|held (?:a\s+)?(?:bilateral\s+)?(?:meeting|talks) with)\s+"
                        r"(?:[A-Z]|his\b|her\b|the\b)[^;]{0,160}?\b(?:visit(?:ing)?|came|was in|is in|arrived|reached)\b")
ARRIVAL = re.compile(r"\s*(?:Upon|On|After)\s+(?:his|her|their)?\s*arrival\b", re.I)
MET_WITH_AFTER = re.compile(r"\b(?:met|held\s+(?:a\s+|an\s+)?(?:bilateral\s+)?(?:meeting|talks|discussions)\s+with)\b")


def _came_for(text: str, start: int) -> bool:
    """The mention at ``start`` is an event a guest came to attend or chair."""
    if CAME_FOR.search(text, max(0, start - 100), start):
        return True
    also = AND_ATTEND.search(text, max(0, start - 60), start)
    if also is None:
        return False
    before = re.split(r"(?<=[.!?])\s+", text[max(0, also.start() - 300):also.start()])[-1]
    return bool(CAME_FOR_IN.search(before))  # the sentence named the first event the guest came for


def _came_for_another(text: str, start: int, end: int) -> bool:
    """The mention is what a guest came to attend, in a sentence (or the one after it: "Upon his arrival, ...")
    that goes on to say whom the guest met."""
    if not _came_for(text, start):
        return False
    rest = _sentence_after(text, end, 300)
    before = re.split(r"(?<=[a-z]{4}[.!?])\s+(?=[A-Z])", text[max(0, start - 300):start])[-1]  # past "Gen.", "Mr."
    if MET_BEFORE.search(before):
        return True  # "A welcomed B during his visit to Chile to attend the X": whom the guest met
    arrival = ARRIVAL.match(text, end + len(rest) + 1)
    after = text[arrival.end():arrival.end() + 160] if arrival else ""  # its sentence, titles' stops and all
    return bool(MET_WITH_AFTER.search(rest) or MET_WITH_AFTER.search(after))


def _framework_of_another(text: str, start: int) -> bool:
    if not UNDER_FRAMEWORK.search(text, max(0, start - 40), start):
        return False
    sentence = re.split(r"(?<=[.!?])\s+", text[max(0, start - 400):start])[-1]
    return not MET_WORDS.search(sentence)


def _choose(mentions: list[Mention], text: str, kb: Knowledge) -> Mention:
    def hosting(m: Mention) -> bool:
        """A registered dialogue "during the 24th KIDD" is still the meeting, and so is a name the sentence
        gives first ("reviewed cooperation during the 2+2 Dialogue")."""
        if m.info is not None or m.in_title or not HOST_EVENT.search(text, max(0, m.start - 60), m.start):
            return False
        return any(n.start < m.start and not n.in_title and not re.search(r"[.!?]\s", text[n.end:m.start])
                   for n in mentions)

    two_plus_two = any(TWO_PLUS_TWO_ANY.search(m.name) for m in mentions)

    def elsewhere(m: Mention) -> bool:
        """A dialogue named as what the meeting preceded or followed, or agreed to launch ("the 2+2 session
        preceded the 48th SCM", "agreed on an Extended Deterrence Strategy and Consultation Group"), when the
        text names another meeting."""
        start = next((n.start for n in mentions if n.info is not None and n.info is m.info and n.end <= m.start
                      and text[n.end:m.start].strip() == "("), m.start)  # "... Meeting (SCM)" is one mention
        if not m.in_title and _came_for(text, start):
            return any(n is not m for n in mentions)
        if m.in_title or not OTHER_EVENT.search(text, max(0, start - 60), start):
            return False
        return any(n is not m and not n.in_title and not OTHER_EVENT.search(text, max(0, n.start - 60), n.start)
                   for n in mentions)

    def plain(m: Mention) -> bool:
        """A name in lower case ("their fifth biennial ministerial talks", "Nippo-German foreign and security
        consultations") where the text also calls the meeting a "2+2": the 2+2 is its name."""
        return two_plus_two and m.info is None and m.name.split()[-1].islower() and not TWO_PLUS_TWO_ANY.search(m.name)

    def headline(m: Mention) -> bool:
        """A registered dialogue the headline names, and the body too: what the page is about, over another
        the body names with its round ("commitments of the 57th SCM")."""
        return m.info is not None and not AHEAD_OF.search(text, max(0, m.start - 40), m.start) and \
            any(n.info is m.info and not n.in_title for n in mentions)

    def wider(m: Mention) -> bool:
        """A registered group named after a meeting named by its own fewer sides ("the annual United States-Chile
        Strategic Dialogue", then "Chile's part in the C7+1"): the group is not the meeting."""
        return m.info is not None and len(m.info.parties) > 2 and any(
            n.info is None and n.start < m.start and set() < set(name_parties(n.name, kb)) < set(m.info.parties)
            for n in mentions)

    def rank(m: Mention):
        return (hosting(m) or elsewhere(m) or wider(m), plain(m), 0 if m.in_title and (m.round is not None or headline(m)) else
                1 if m.round is not None else
                2 if m.in_title else 3, 0 if m.info else 1, m.start)
    return min(mentions, key=rank)
