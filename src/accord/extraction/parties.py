"""Parties: who met, when the dialogue's name does not say.

Those who met, not those discussed (the DPRK, China): the heads' sides, the
subject of the sentence that says they met and whom they met with, the sides
named as counterparts, two countries as the lead's subject, else the
countries the lead lists before its verb.
"""
from __future__ import annotations

import re
from collections import Counter

from accord.extraction.heads import ANOTHER_OCCASION, HYPHEN_PAIR, SIDES_SAID, TWO_NAMES, TWO_SIDES, HeadFinder
from accord.extraction.meeting import LIST_OF_MEMBERS, NAME_LIST, dialogue_mentions, name_parties, split_pairs
from accord.extraction.place import VISITED_WORDS
from accord.knowledge import Knowledge
from accord.records import Head

MEETING_VERB = re.compile(r"(?<!\bto be )(?<!\bwill be )(?<!\bwill )"  # not a meeting still to come ("a summit to be held")
                          r"\b(?:held|hold|holds|met|meet|meets|convened|convene|hosted|host|concluded|gathered|co-chaired|"
                          r"took place|(?:are|were|is|was) meeting|(?:was|were) attended by|"
                          r"attended(?=\s+(?:the|this|its|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|dialogue|session|consultations)\b))\b"
                          # not "capabilities that meet our needs": a need met is no meeting
                          r"(?!\s+(?:[\w'’-]+\s+){0,2}(?:needs|requirements|demands|standards|criteria|expectations|"
                          r"obligations|targets|goals|challenges|threshold|deadline)\b)")
# "held joint training", "held a ceremony": something the sides did, not a meeting of theirs
NOT_MET = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:training|drills?|exercises?|ceremony|ceremonies|parades?|celebrations?|"
                     r"funerals?|elections?|man(?:oeu|eu)vres|maneuvers|patrols?|rehearsals?|festivals?|exhibitions?)\b")
# "..., during a two-way meeting held in Oslo": "held" is the participle of the meeting, not the verb of the sentence
MEETING_HELD = re.compile(r"\b(?:meeting|talks|session|dialogue|consultations|summit|conference)\s+$")
# the parties, unnamed, as the subject of the sentence that says they met
_THE_PARTIES = r"(?:[Mm]inisters|sides|delegations|leaders|countries|nations|parties|[Ss]ecretaries)"
THE_TWO = re.compile(r"^\s*(?:The|Both)\s+(?:two\s+)?" + _THE_PARTIES + r"\s*$")
# "The two ministers also discussed ..., the summit held in Athens": the sentence's subject is the parties unnamed
THE_TWO_OPENS = re.compile(r"^\s*(?:The|Both)\s+(?:two\s+)?" + _THE_PARTIES + r"\s+(?!of\b|from\b|and\b)[a-z]")
# whom they met with, not what they met about
_WHOM = r"((?:(?!\s(?:on|in|at|amid|during|for|to|as|after|before|over|about)\s)[^,;.])*)"
MET_WITH = re.compile(r"[^,;.]*?\b(?:with|between)\b" + _WHOM)
# whom they met, said as the verb's object: "Defence ministers of ASEAN met Norway's minister in ..."
MET_WHOM = re.compile(r"\s+(?!(?:in|at)\s)" + _WHOM)  # not the town: "met in Oslo on May 3"
# The members of a multilateral meeting listed: "with the Foreign Ministers from Denmark, Finland, ... and Norway",
# "delegates from A, B and C, with D and E as observers" (observers are not listed with them), "Ministers of A – B – C"
MINISTERS_FROM = re.compile(r"\b(?:[Mm]inisters|[Ss]ecretaries|delegations|delegates|representatives|colleagues|counterparts)\s+(?:from|of)\s+"
                            r"((?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}(?:,\s*|,?\s+and\s+|\s+[-–—]\s+)){2,}(?:the\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})")
# The countries whose officials met, said as a list of nationalities: "the Azerbaijani, Georgian and Turkish foreign
# ministers", "the Nordic and Baltic defence chiefs" (at least two names before the office)
NATIONALITIES_MINISTERS = re.compile(r"\b(" + NAME_LIST + r")\s+(?:[a-z]+\s+){0,2}"
                                     r"(?:[Mm]inisters|[Ss]ecretaries|[Cc]hiefs|[Dd]elegations)\b")
LEAD_SUBJECT_END = re.compile(r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|[a-z]\w*ed|have|has|will|are|"
                              # a verb of record in the present ("A, B and C welcome ..."), or a quotation opening
                              r"(?:agree|welcome|appreciate|condemn|reaffirm|support|call|urge|pledge|vow|stress|underline)s?)\b"
                              r"|\s[\"“]")
# two countries the meeting is said to be between: "Defence Dialogue between India and Italy", "Security Dialogue
# (SD) between Chile and Norway"
_TALKS = r"\b(?:talks|dialogue|meeting|consultations?|2\+2|conference|council|committee|engagement)\s+"
BETWEEN = re.compile(_TALKS + r"(?:\([A-Z][\w-]{1,12}\)\s+)?(?:was\s+held\s+|took\s+place\s+)?between\s+" + TWO_NAMES, re.I)
# a meeting between a party and a group of countries: "a dialogue between the EU and the states of Central Asia"
GROUP_BETWEEN = re.compile(_TALKS + r"between\s+"
                           r"(?P<who>(?:the\s+)?[A-Z][^,;.]{2,40}?\s+and\s+(?:the\s+)?[^,;.]{3,60}?)(?=\s+(?:on|in|at|was|were|which|took)\b|[,;.]|$)",
                           re.I)
# two countries a relation is between: "the defence ties between Norway and Chile"
RELATION_BETWEEN = re.compile(r"\b(?:partnership|relationship|relations|ties|cooperation|alliance|friendship)\s+between\s+"
                              + TWO_NAMES)
# two countries as the subject: "OSLO. Norway and Chile have settled ...", "TOKYO, Japan — Japan and the
# Philippines agreed ...", "During the talks, India and Japan on Thursday agreed ...", "After the talks, A and B plan to ..."
PAIR_SUBJECT = re.compile(r"^(?:[A-Z][\w .,'()-]{0,40}?(?:[.:]|\s[—–-]{1,2})\s+)?(?:(?:During|At|In|On|After|Following|Amid|Despite|As|With|Before|Under)\b[^,]{0,80},\s+)?"
                          # "The defence chiefs of A and B vowed ...": the officials of the two
                          r"(?:[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:[Mm]inisters|heads|[Cc]hiefs|leaders|delegations|officials|representatives|[Ss]ecretaries)"
                          r"(?:\s+of\s+(?:[Dd]efen[cs]e|[Ss]taff|[Ff]oreign\s+[Aa]ffairs))?\s+(?:of|from)\s+)?"
                          r"(?P<a>(?:the\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})"
                          r"\s+and\s+(?P<b>(?:the\s+)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})\s+(?:(?:today|yesterday|jointly|also)\s+)?"
                          r"(?:have|has|on|were|are|will|had|\w+ed|plan|agree|vow|pledge|seek|aim|intend|want)\b")


# A clause set before the subject says why or when, not who: "As Russia masses troops on Ukraine's border,
# the advisers of A, B and C gathered in D" names no party in its "As ..." clause
SIDELINES_OF = re.compile(r"\b(?:[Oo]n|[Aa]t|[Ii]n)\s+the\s+(?:sidelines?|margins?|fringes?)\s+of\s+[^,;.]{0,120}")
FRONTED = re.compile(rf"^\s*(?:As|While|Amid|Amidst|Despite|Although|Though|Given|Against|{ANOTHER_OCCASION}"
                     r"|(?:On|At|In)\s+the\s+(?:sidelines?|margins?|fringes?)\s+of)\b[^,;.]{0,200},\s")  # the event hosting it
CHAIRED_BY = re.compile(r"(?<![\w-])(?:(?:[Pp]resided over|[Cc]haired|[Hh]osted)\s+by|[Uu]nder\s+the\s+(?:chairmanship|chairpersonship|chairing)\s+of)"
                        r"\s+([^,;.]{0,80})")  # not "co-chaired by": both sides
MEMBERS_LISTED = re.compile(LIST_OF_MEMBERS + r"[^;.]*")
HOSTS = re.compile(r"\b(?:hosted|hosts|chaired|chairs|presided|convened)\b")
# the ministers of an organisation's members: "of the CSTO member states", "of the member nations of the EAC"
MEMBERS_OF = re.compile(r"\bof\s+(?:the\s+)?(?P<a>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4})(?:\s+\([A-Z]+\))?\s+[Mm]ember\s+(?:[Ss]tates|countries|nations)\b"
                        r"|\b[Mm]ember\s+(?:[Ss]tates|countries|nations)\s+of\s+(?:the\s+)?(?P<b>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,4})")
# "Yesterday, at their meeting in Oslo, the Nordic defence ministers agreed ...": the subject is who met
# The next leg of a trip: "a visit to A prior to departing for B", "en route to B": B is no side of these talks
ONWARD = re.compile(r"\b(?:(?:prior to|before|ahead of)\s+(?:departing|leaving|travell?ing|heading|flying|continuing)\s+(?:on\s+)?(?:for|to)|"
                    r"en route to|on (?:his|her|their|the) way to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}")
AT_THEIR_MEETING = re.compile(r"^(?:[A-Z]\w+,\s+)?[Aa]t their\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|session|consultations)\b[^,;.]{0,80},\s+")
# Where the talks were held, fronted: "During the CSTO ministerial meetings, A and B held talks", "On the sidelines
# of the ASEAN meeting, A met B": the organisation whose meeting it was is no side when the rest names two
# a town given with its country: "met in Bergen, Norway, with ...": where, not who
TOWN_AND_COUNTRY = re.compile(r"\b(?:in|at)\s+(?P<town>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}),\s+"
                              r"(?P<c>(?:the\s+)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}?)(?=\s*(?:[,.;]|$))")
SETTING = re.compile(r"^\s*(?:During|Amid|At|On\s+the\s+(?:sidelines|margins|occasion)\s+of|On\s+the\s+side\s*lines\s+of)\b[^,;.]{0,200},\s")
# what a head is doing besides, between commas: "Minister A, who is attending the SCO summit in B, held talks with ..."
ASIDE = re.compile(r",\s+(?:who|which)\s[^,;.]*,")
AS_OBSERVERS = re.compile(r"\b(?:attending|attended|participat(?:ing|ed)|took part|taking part|presence[^.;]{0,40}?|invited[^.;]{0,60}?)"
                          r"\s+as\s+(?:an?\s+)?(?:special\s+)?(?:[Oo]bservers?|[Gg]uests?)\b(?!\s+of\s+[Hh]onou?r)(?!\s+(?:in|at)\s+(?:the|an?)\b)")
SIDES_COUNT = {w: n for w, n in SIDES_SAID.items() if w.endswith("lateral")}  # how many sides a meeting's name says it has
SIDES_IN_NAME = re.compile(r"\b(?:" + "|".join(SIDES_COUNT) + r")\b", re.I)
HEADLINE_PAIR = re.compile(r"^\s*(?P<a>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?),\s+(?P<b>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\s+[a-z]")


PLACE_BEFORE = re.compile(r"\b(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+){0,3}|(?:depart\w*|leav\w*|head\w*|travel\w*|"
                          r"bound|en\s+route|onward)\s+(?:for|to)\s+(?:the\s+)?)$")  # "held in Oslo, ", "departing for " a country
# the country or town a guest visited: "visited war-torn Chile's capital", "on a visit to Santiago", "arrived in Chile"
VISITED = re.compile(VISITED_WORDS + r"(?:[a-z][\w-]*\s+){0,2}"
                     r"(?P<where>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})")
# a guest's visit told in the lead's first words: "A, Norway's minister, is in Santiago on a working visit", "A paid an
# official visit to Chile"
ON_A_VISIT = re.compile(r"^\s*(?P<who>[^.;]{3,160}?)\s+(?:is|was|arrived|has arrived|is paying|paid|pays|made|makes|began|"
                        r"has begun|is on|was on)\b[^.;]{0,80}?\bvisit\b")
NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# the parties counted, not named: "the five countries also agreed"
COUNTED = re.compile(r"\b[Tt]he\s+(" + "|".join(NUMBER_WORDS) + r"|[3-9])\s+"
                     r"(?:countries|nations|states|member[- ]states|neighbou?rs)\b", re.I)
# partners counted and then listed: "ministers from the bloc's members and eight partner countries — A, B, ..."
PARTNER_COUNTS = {**NUMBER_WORDS, "two": 2}
PARTNERS_LISTED = re.compile(r"\b(" + "|".join(PARTNER_COUNTS) + r"|[2-9]|1[0-9])\s+(?:partner|other|dialogue\s+partner|guest)\s+"
                             r"(?:countries|nations|states)\s*(?:[—–:]|--|,\s+(?:namely|including)\b)\s*([^.;]+)", re.I)
# a page that says three or more sides met
MORE_SIDES = re.compile(r"\b(?:" + "|".join(w for w in SIDES_SAID if w not in SIDES_COUNT) + r"|five|all|several)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:sides|countries|nations|delegations|parties|ministers)\b"
                        r"|\b(?:" + "|".join(SIDES_COUNT) + r"|tripartite|multilateral)\b", re.I)


# Who else took part, said of the meeting itself: "at the three-way meeting, which also involved A and B, ...",
# "the talks, held with the participation of A and B"
ALSO_INVOLVED = re.compile(r"\b(?:meeting|talks|dialogue|engagement|session|consultations|gathering)\b,?\s+(?:(?:which|that)\s+"
                           r"(?:also\s+)?(?:involved|included|brought\s+together)|(?:held\s+)?with\s+the\s+(?:participation|"
                           r"involvement)\s+of)\s+(?P<who>[^,.;]{3,80}?)(?=[,.;]|\s+(?:the|and\s+the)\s+[a-z])")

# "his counterparts", "her colleagues": the sentence leaves the speaker's own side unnamed
OWN_SIDE_UNNAMED = re.compile(r"\b(?:counterparts?|colleagues?|peers?)\b", re.I)


class PartyFinder:
    def __init__(self, kb: Knowledge, heads: HeadFinder):
        self.kb = kb
        self.heads = heads

    def of_meeting(self, lead: list[tuple[int, str]], heads: list[Head], first_paragraph: str,
                   titles: tuple[str, ...] = (), further: str = "", venue_country: str | None = None) -> list[str]:
        """The parties of a meeting whose dialogue's name names none; where that is one country, the other is
        the one a pair in the headline or lead names with it ("the Chile-Peru border", "Chile, Norway
        reach accord ..."). ``venue_country``: the country of the town the meeting was held in, its host's."""
        parties = self._of_meeting(lead, heads, first_paragraph, titles, further, venue_country)
        half_known = any(h.party is None for h in heads) and any(h.party for h in heads)
        one = self._one_side(lead, parties, titles) \
            if len(parties) == 1 and (half_known or not self.kb.is_organisation(parties[0])) else None
        if one is not None and len(one) < 2 and half_known \
                and set(parties) < set(wider := self.of_meeting(lead, [], first_paragraph, titles, further, venue_country)):
            return wider  # one head's side, the other's unknown, and nothing pairs it: the sides named without the heads
        if (counted := self._counted(lead)) and (set(parties) < counted or counted < set(parties) and not any(
                self.kb.is_organisation(c) for c in set(parties) - counted)):
            return sorted(counted)  # "Troops from A, B, C and D ... The four countries also agreed": all four, and no fifth
        bodies = [c for c in parties if self.kb.is_organisation(c)]
        if len(parties) == 3 and len(bodies) == 1 and not any(h.party == bodies[0] for h in heads) \
                and TWO_SIDES.search(first_paragraph + " " + further) and not MORE_SIDES.search(first_paragraph + " " + further):
            return [c for c in parties if c != bodies[0]]  # "the two sides discussed ... an ASEAN partnership": the bloc is discussed
        if one is not None and not self.kb.is_organisation(parties[0]):
            return sorted(one)
        if not parties:  # no side named as meeting: the one pair the lead's first sentence names ("... good
            # Chilean-Norwegian cooperation"), else the headline's ("Chile, Norway vow closer ties")
            pairs = {frozenset(p) for _, x in lead[:1] for p in self._pairs_in(x)} \
                or {frozenset(p) for t in titles[:1] for p in self._pairs_in(t)}
            return sorted(next(iter(pairs))) if len(pairs) == 1 else []
        return parties

    @staticmethod
    def narrowed_to_heads(parties: list[str], heads: list[Head]) -> list[str]:
        """Sides read from every country a page names (no head to go by at first), once the heads found are of two of
        them and no other: those two met, the others were discussed ("EU accession", "a NATO summit")."""
        sides = {h.party for h in heads}
        return sorted(sides) if len(sides) == 2 and None not in sides and sides < set(parties) else parties

    def _one_side(self, lead: list[tuple[int, str]], parties: list[str], titles: tuple[str, ...]) -> set[str]:
        """One country known to have met: the pair a headline or the lead names it in, else its visitor, the country
        it visited or the one other country the lead names."""
        pair = next((pair for text in (*titles, *(x for _, x in lead)) for pair in self._pairs_in(text)
                     if set(parties) < pair), None)
        return set(pair) if pair else {*parties, *(self._visitor(lead[:2]) or self._visited(lead[:2], parties[0])
                                                   or self._only_other(lead[:1], parties[0]))}

    def _of_meeting(self, lead: list[tuple[int, str]], heads: list[Head], first_paragraph: str,
                    titles: tuple[str, ...] = (), further: str = "", venue_country: str | None = None) -> list[str]:
        first_paragraph = SIDELINES_OF.sub(lambda m: " " * len(m[0]), first_paragraph)  # the event's host did not meet
        titled = [named for t in titles for m in MINISTERS_FROM.finditer(t)
                  if len(named := {c for _, _, c in self.kb.parties_in(m[1])}) >= 3]
        if titled:  # "Trilateral Meeting of the Foreign Ministers of A, B and C": the title says who met
            return sorted(titled[0])
        subjects = self.meeting_subjects(lead)
        if len(subjects) < 2:  # "The American and Australian officials met in Washington" as a headline
            headline = next((t for t in (self.meeting_subjects([(0, x)]) for x in titles) if len(t) >= 2), set())
            subjects = headline if subjects <= headline else subjects
        # the sentence that says who met outweighs an office read as another country's ("Defense Secretary")
        # ... but a group named for its members ("hosted counterparts from the Baltic states") was met by a side
        sides = {h.party for h in heads if h.party} if len(subjects) < 2 or self.kb.is_group(subjects) else set()
        if len(sides) >= 2 and len(subjects) == 1 and not subjects <= sides:
            subjects = set()  # "A and B agreed to counter Ruritania's missiles at the talks held in Oslo": discussed
        parties = sides | subjects | self.heads.counterpart_sides(lead)
        if len(parties) == 1:  # one side known: the other is the one the lead pairs it with ("ties between A and B")
            parties |= next((pair for _, sent in lead for m in RELATION_BETWEEN.finditer(sent)
                             if parties < (pair := self._pair(m))), set())
        if (body := self.kb.sole_organisation(sorted(parties))) and (other := self.paired_with(body, further)):
            parties.add(other)  # a body's talks the lead names alone: "... ties between Norway and the EU" further down
        if len(parties) == 1:  # "The Defense Ministers of Colombia, A, and of Ecuador, B, agreed": the lead's subject
            named = {c for _, _, c in self.kb.parties_in(split_pairs(LEAD_SUBJECT_END.split(first_paragraph, 1)[0]))}
            parties = named if len(named) == 2 and parties < named and all(len(c) == 3 for c in named) else parties
        listed = [{c for _, _, c in self.kb.parties_in(m[1])} for m in MINISTERS_FROM.finditer(further)]
        if parties and listed and len(listed[0]) >= 3 and len(parties - listed[0]) <= 1:
            return sorted(parties | listed[0])  # "A hosted ... with her counterparts from B, C, D and E": the host's side and theirs
        nationalities = self._nationalities(sent for _, sent in lead)
        if parties and nationalities and parties < nationalities:
            return sorted(nationalities)  # a head the page names garbled or not at all is still one who met
        if parties:
            return sorted(parties)
        if listed and len(listed[0]) >= 3:  # "the annual meeting with the Foreign Ministers from A, B, C and D"
            host = {venue_country} if venue_country and any(
                c == venue_country for _, sent in lead for _, _, c in self.kb.parties_in(sent)) else set()
            return sorted(listed[0] | host)  # "A's Prime Minister welcomed delegates from B, C and D to [A's town]"
        # the countries the lead's subject lists ("Denmark, Finland, ... and Sweden on Thursday reaffirmed"),
        # not those it goes on to discuss; else every country the first paragraph names
        named = self._named(LEAD_SUBJECT_END.split(first_paragraph, 1)[0])
        if len(named) == 1 and self.kb.sole_organisation(sorted(named)):
            return sorted(named)  # "..., NATO Foreign Ministers discussed ... the Summit in A": the body met as itself
        found = named if len(named) >= 2 else {c for _, _, c in self.kb.parties_in(ONWARD.sub(" ", first_paragraph))}
        if len(found) < 2:  # "The Ministers discussed ... the U.S. role in the Arctic": a subject, not a side
            found = self._nationalities([further]) or self.two_sides(further) or found  # "the Chilean and Norwegian ministers" below
        if not found:  # "... in his closing words he hoped for closer ties between Chile and Norway"
            found = next((pair for m in RELATION_BETWEEN.finditer(further) if (pair := self._pair(m))), set())
        if len(found) > 2 and not any(self.kb.is_organisation(c) for c in found) \
                and (two := self.two_sides(first_paragraph + " " + further)) and two < found:
            found = two  # "The two Ministers met in Oslo" on a page that names three countries (no body among them)
        return sorted(found)

    def fewer_than_registered(self, lead: list[tuple[int, str]], titles: tuple[str, ...],
                              registered: list[str]) -> set[str]:
        """"A and B met in Tokyo. They reflected on the A-B-C Trilateral Meeting ...": the lead's first sentence
        says who met, fewer than the registered dialogue the page names after it; or, with no verb of meeting,
        the sides it names ("A renewed ties with B on his first visit"). Those who met, where the title and that
        sentence name no dialogue; else nothing."""
        first = " ".join([*titles, *(x for _, x in lead[:1])])
        if not lead or dialogue_mentions(first, 0, len(first), self.kb) or OWN_SIDE_UNNAMED.search(lead[0][1]):
            return set()  # "A met his Latvian and Lithuanian colleagues": A's own side goes unnamed
        subjects = self.meeting_subjects(lead[:1])
        met = subjects or self._named(lead[0][1], groups=False)
        # ... or more: "The Nordic chiefs met with the Baltic chiefs" on a page filed under the Nordic body's name; said
        # as those who met, and another group (a country the sentence only names, "... to deter North Korea", met no one)
        more = bool(subjects) and set(registered) < met and len(met - set(registered)) >= 2 \
            and not any(self.kb.is_organisation(c) for c in met | set(registered))
        return met if len(met) >= 2 and (met < set(registered) or more) else set()

    def dateline_side(self, dialogue: str | None, parties: list[str], heads: list[Head], city: str | None) -> str | None:
        """The side a trilateral's name counts and the page leaves unnamed, its head's country not given: the
        country of the dateline's capital, where the release was issued."""
        count = SIDES_IN_NAME.search(dialogue or "")
        if not count or not city or SIDES_COUNT[count[0].lower()] != len(parties) + 1 or not any(h.party is None for h in heads):
            return None
        home = self.kb.country_of_place(city, capital=True)
        return home if home and home not in parties else None

    def paired_with(self, body: str, text: str) -> str | None:
        """The one country the text pairs an organisation with ("ties between Norway and the EU"), where
        the page names no other side of the body's talks."""
        found = {c for m in RELATION_BETWEEN.finditer(text) if body in (pair := self._pair(m)) and len(pair) == 2
                 for c in pair if c != body and not self.kb.is_organisation(c)}
        return found.pop() if len(found) == 1 else None

    def without_hosting_member(self, parties: list[str], lead: list[tuple[int, str]], venue_country: str | None) -> list[str]:
        """"Astana hosted the talks of the interior ministers of the CSTO member states", "A chaired the talks
        of the chiefs of the member nations of B": the organisation meets as itself, and the member that hosts or
        chairs it is no party beside it."""
        bodies = [c for c in parties if self.kb.is_organisation(c)]
        if len(bodies) == 1 and len(parties) == 2 and set(parties) - set(bodies) <= self.kb.members_of(bodies[0]):
            # "Malawi's minister led its team to the SADC Defence Sub-Committee": the body meets as itself (two
            # members beside a body are talks of their own: "A and B, both ASEAN members, held talks")
            return bodies
        if len(bodies) == 1 and len(parties) > 1:
            # "The 75th meeting of the X Council, presided over by Norway's minister, took place": its chair
            for _, sent in lead:
                chairs = {c for m in CHAIRED_BY.finditer(sent) for _, _, c in self.kb.parties_in(m[1])}
                # named again as a side, not as one of the members listed ("ten states, including A, B and C")
                chairs -= {c for _, _, c in self.kb.parties_in(MEMBERS_LISTED.sub("", CHAIRED_BY.sub("", sent)))} | set(bodies)
                if chairs:
                    return [c for c in parties if c not in chairs]
        for _, sent in lead:
            for m in MEMBERS_OF.finditer(sent):
                body = [c for _, _, c in self.kb.parties_in(m["a"] or m["b"]) if self.kb.is_organisation(c)]
                if len(body) != 1 or body[0] not in parties:
                    continue
                verb = HOSTS.search(sent[:m.start()])
                hosts = {c for _, _, c in self.kb.parties_in(sent[:verb.start()])} if verb else set()
                hosts |= {venue_country} if venue_country else set()
                # a member whose delegation the page names, but not the sentence, is one of the members
                named = {c for _, _, c in self.kb.parties_in(sent)}
                return [c for c in parties if c == body[0] or c in named and c not in hosts]
        return parties

    def observers(self, text: str) -> set[str]:
        """Those who sat in as observers or guests ("with A and B attending as observers", "C was invited to the
        dialogue as a special guest"), or whom the meeting also involved: parties of the meeting too, as guests are.
        Not a guest of honour elsewhere, nor an observer at an exercise."""
        found: set[str] = set()
        for m in AS_OBSERVERS.finditer(text):
            start = max(text.rfind(stop, 0, m.start()) for stop in (". ", "; ", "\n", " with ", " while "))
            found |= {c for _, _, c in self.kb.parties_in(text[start + 1:m.start()])}
        for m in ALSO_INVOLVED.finditer(text):  # "the three-way talks, which also involved A and B"
            found |= {c for _, _, c in self.kb.parties_in(m["who"])}
        return found

    def _visitor(self, lead: list[tuple[int, str]]) -> set[str]:
        """The one country of the guest the lead says is on a visit ("Minister A of Norway is in Santiago on an
        official visit"): a side of the talks the visit was for."""
        for _, sent in lead:
            if (m := ON_A_VISIT.match(sent)) and len(named := {c for _, _, c in self.kb.parties_in(m["who"])
                                                               if not self.kb.is_organisation(c)}) == 1:
                return named
        return set()

    def _visited(self, lead: list[tuple[int, str]], guest: str) -> set[str]:
        """The one country the lead says the guest's side visited ("Norway's minister visited Chile's capital",
        "... arrived in Santiago"): the host of the talks the visit was for."""
        for _, sent in lead:
            for m in VISITED.finditer(sent):
                named = {c for _, _, c in self.kb.parties_in(m["where"]) if not self.kb.is_organisation(c)} \
                    or {c for c in [self.kb.country_of_place(m["where"])] if c}
                if len(named) == 1 and guest not in named:
                    return named
        return set()

    def _only_other(self, lead: list[tuple[int, str]], side: str) -> set[str]:
        """The one other country the lead's first sentence names beside the one side it names as meeting ("Chile's
        attaché to Norway met the Minister of Defence"): the side met."""
        # not a country named as where the talks were held ("in Cayenne, French Guiana") or as a trip's next leg
        named = {c for _, sent in lead for s, _, c in self.kb.parties_in(sent) if not PLACE_BEFORE.search(sent, 0, s)} - {side}
        return named if len(named) == 1 and not any(self.kb.is_organisation(c) for c in named) else set()

    def _counted(self, lead: list[tuple[int, str]]) -> set[str]:
        """The countries of the lead's first list that has as many as a later "the N countries" counts (N >= 3)."""
        for k, (_, sent) in enumerate(lead):
            if not (m := COUNTED.search(sent)):
                continue
            n = int(m[1]) if m[1].isdigit() else NUMBER_WORDS[m[1].lower()]
            for _, earlier in lead[:k + 1]:
                named = {c for _, _, c in self.kb.parties_in(earlier) if not self.kb.is_organisation(c)}
                if len(named) == n:
                    return named
        return set()

    def partners_listed(self, lead: list[tuple[int, str]]) -> set[str]:
        """The partners a body's meeting brought together, counted and then listed as many as counted."""
        for _, sent in lead:
            for m in PARTNERS_LISTED.finditer(sent):
                n = int(m[1]) if m[1].isdigit() else PARTNER_COUNTS[m[1].lower()]
                named = {c for _, _, c in self.kb.parties_in(m[2]) if not self.kb.is_organisation(c)}
                if len(named) == n:
                    return named
        return set()

    def two_sides(self, text: str) -> set[str]:
        """A page that opens in the middle of the talks ("At the talks, both sides went over ..."): the two
        countries it names most, where it speaks of two sides and a third country is named less."""
        if not TWO_SIDES.search(text):
            return set()
        named = Counter(c for _, _, c in self.kb.parties_in(text) if not self.kb.is_organisation(c)).most_common(3)
        if len(named) >= 2 and (len(named) == 2 or named[1][1] > named[2][1]):
            return {named[0][0], named[1][0]}
        return set()

    def meeting_subjects(self, lead: list[tuple[int, str]]) -> set[str]:
        """Parties of the first sentence that says who met: its subject, and whom they met with."""
        first: set[str] = set()
        for _, sent in lead:
            if m := FRONTED.match(sent):
                sent = " " * m.end() + sent[m.end():]
            if (m := SETTING.match(sent)) and len(self._named(sent[m.end():], groups=False)) >= 2:
                sent = " " * m.end() + sent[m.end():]
            sent = ASIDE.sub(lambda a: a[0] if MEETING_VERB.search(a[0]) else " " * len(a[0]), sent)
            sent = TOWN_AND_COUNTRY.sub(self._town_only, sent)
            pair = self._pair(BETWEEN.search(sent))
            if pair:
                return pair
            if (m := AT_THEIR_MEETING.match(sent)) and len(found := self._named(LEAD_SUBJECT_END.split(sent[m.end():], 1)[0])) >= 2:
                return found
            if (m := GROUP_BETWEEN.search(sent)) and (members := self.kb.group_members(m["who"])):
                named = {c for _, _, c in self.kb.parties_in(m["who"])}
                if named - members:
                    return named | members  # the party that met the group, and the group's members
            m = next((v for v in MEETING_VERB.finditer(sent)
                      if not (v[0] in ("held", "hold", "holds") and NOT_MET.match(sent, v.end()))), None)
            if m and not first and (THE_TWO.search(sent[:m.start()]) or THE_TWO_OPENS.match(sent)):
                break  # "The two Ministers held a meeting": the parties, unnamed; a later "held" is of something else
            if m:
                # "attended by the ministers of the contributing countries (A, B and C)": one list, commas and all
                rest = re.sub(r"\([^()]*\)", lambda b: b[0].replace(",", " "), sent[m.end():])
                after = MET_WITH.match(rest) or (MET_WHOM.match(rest) if m[0] in ("met", "meets", "hosted", "co-chaired") or m[0].endswith(" by") else None)
                said = sent[:m.start()] + " " + (after[1] if after else "")
                # a group of countries stands for its members in the first sentence that says who met, not in a
                # later one ("a drill involving the FPDA countries will be held")
                found = self._named(said, groups=not first)
                if len(found) > 2 and MEETING_HELD.search(sent[:m.start()]) \
                        and len(subject := self._named(LEAD_SUBJECT_END.split(sent, 1)[0], groups=not first)) >= 2:
                    return subject  # "A and B committed to ... North Korean issues during a meeting held ...": A and B
                if len(found) >= 2:
                    return found
                first = first or found  # "A & his French counterpart hold ...": one side; the next may say both
        pairs = [pair for _, sent in lead if (pair := self._pair(PAIR_SUBJECT.match(sent.strip())))]
        if first:  # "A met their Australian counterparts": the side named, with the other a sentence of the lead pairs it with
            return next((pair for pair in pairs if first <= pair), first)
        return pairs[0] if pairs else set()

    def _town_only(self, m: re.Match) -> str:
        """"in Bergen, Norway": the town kept, its country blanked, where the town is no country itself."""
        if self.kb.is_country(m["c"].removeprefix("the ")) and not self.kb.is_country(m["town"]):
            return m[0][:m.start("c") - m.start()] + " " * len(m["c"])
        return m[0]

    def _named(self, text: str, groups: bool = True) -> set[str]:
        """The parties a phrase names; with ``groups``, a group of countries by its members ("the Baltic ministers")."""
        named = {c for _, _, c in self.kb.parties_in(split_pairs(text))}
        return named | self.kb.group_members(text) if groups else named

    def _nationalities(self, texts) -> set[str]:
        """The first list of two or more nationalities before an office ("the Chilean and Norwegian ministers")."""
        return next((named for text in texts for m in NATIONALITIES_MINISTERS.finditer(text)
                     if len(named := {c for _, _, c in self.kb.parties_in(m[1])}) >= 2), set())

    def _pairs_in(self, text: str) -> list[set[str]]:
        """The two countries each hyphened pair ("Chilean-Norwegian", "Chile-Peru") or headline's comma pair
        ("Chile, Norway reach ...") names."""
        out = []
        for m in HYPHEN_PAIR.finditer(text):
            found = set(name_parties(m[0], self.kb))
            if len(found) == 2 and not any(self.kb.is_organisation(c) for c in found):
                out.append(found)
        m = HEADLINE_PAIR.match(text)
        if m and (pair := self._pair(m)) and not any(self.kb.is_organisation(c) for c in pair):
            out.append(pair)
        return out

    def _pair(self, m: re.Match[str] | None) -> set[str]:
        """The two parties a match's ``a`` and ``b`` name, when each is a country and they differ."""
        if not m:
            return set()
        a, b = self.kb.parties_in(m["a"]), self.kb.parties_in(m["b"])
        if a and b and a[0][2] != b[0][2]:
            return {a[0][2], b[0][2]}
        # a name with "and" in it ("between Chile and Trinidad and Tobago"): the first two the words name
        text = m.string[m.start("a"):m.end("b") + 25]
        named = self.kb.parties_in(text)[:2]
        if len(named) == 2 and named[0][2] != named[1][2] and any(" and " in text[i:j] for i, j, _ in named):
            return {c for _, _, c in named}
        return set()
