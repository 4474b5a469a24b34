"""Acts: every clause of record, found by rules on the dependency parse.

A clause of record has a verb of record ("reaffirmed", "pledged", "shared
the view") whose subject is a party. Coordinated verbs ("assessed ... and
pledged ...") are separate acts; a verb of record inside another act's
content ("agreed that ... will consult") is content, not an act; a verb whose
subject only attributes ("officials said", "noting") is transparent, so the
act it reports is still found. Relative clauses and noun modifiers carry no acts.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from functools import lru_cache

from accord.extraction.actors import (COLLECTIVE, COMMENTATOR, GUEST_WORD, HOST_WORD, NUMBERED_COLLECTIVE,
                                     OFFICE_ANAPHOR, PORTFOLIO, TITLE_WORD, TITLE_WORD_ANY_CASE, ActorContext,
                                     parties_outside_names, people_named, resolve)
from accord.extraction.dates import MONTHS, WEEKDAYS
from accord.extraction.meeting import ORDINAL_TOKEN, ordinals_in
from accord.extraction.parse import QUOTING as SPEAKERS_WORDS, Parsed
from accord.knowledge import Knowledge

BLOCKING_DEPS = {"relcl", "acl", "amod", "pcomp", "pobj", "csubj", "csubjpass", "nmod", "appos", "compound", "dobj", "nsubj", "nsubjpass", "attr", "npadvmod"}
# What a report previews: "are likely to discuss", "are set to review", "are scheduled to sign".
PREVIEW = {"likely", "set", "scheduled", "slated", "poised", "due", "unlikely", "planned"}
# What was "made known" at a meeting: "This was announced during talks of A and B" reports the talks.
DISCLOSED = {"announce", "reveal", "disclose", "unveil", "state", "say", "mention"}
# Meetings in the plural, held as a habit rather than the one reported ("talks" and "consultations" are plural words).
HABITUAL_MEETINGS = {"meetings", "dialogues", "sessions", "summits", "conferences", "rounds"}
# Verbs of holding a meeting that, as a gerund after "after" or "following", still report the meeting held.
MEETING_GERUNDS = {"hold", "convene", "conclude", "co-chair", "chair", "co-host", "host"}
REPORTING = {"say", "tell", "add", "announce", "report", "state", "note", "accord"}
# Verbs that introduce a minister's quoted words ("Lund warned: '...'"): whose "we" the quotation's is
# (and "concluded: '...'"; not before its speaker, where "..., concluded the ministers" closes their talks)
QUOTING = REPORTING | SPEAKERS_WORDS | {"conclude"}
# Verbs that lend their subject to the verb they govern, hedged news ("are believed to have agreed").
RAISING = {"believe", "say", "report", "understand", "expect", "appear", "seem", "think", "go"}
# Future verbs of an itinerary or a calendar, not of policy: "They will later head to Washington".
SCHEDULE = {"head", "travel", "visit", "go", "arrive", "leave", "return", "celebrate", "mark", "attend", "take",
            "meet", "watch", "observe", "tour", "depart"}
SPEECHES = {"speech", "address", "lecture", "keynote", "remarks"}  # "will give a lecture to cadets": a programme
EVENTS = {"conclave", "ceremony", "function", "celebration", "parade", "reception", "dinner", "summit", "conference",
          "forum", "meeting", "session"}  # "will join the chiefs' conclave": a programme, not a pledge
TURNS = {"presidency", "chairmanship", "chair", "helm"}  # "will take the chair of the Council": its turn
# What a party takes that is a policy, not a trip: "will take practical steps"
POLICY_STEPS = {"step", "action", "measure", "initiative"}
# What a standing body or a cooperation is about, said in the present, describes it: no act of the meeting reported
SCOPE_VERBS = {"focus", "cover", "center", "centre", "revolve", "concentrate"}
AGENDA = {"discuss", "touch", "talk", "debate", "exchange"}  # what talks to come will cover, not what anyone pledges
VISITS = {"visit", "trip", "tour", "stay", "programme", "program", "itinerary"}  # "will complete its visit on Nov 24"
# Future verbs of what will come about, not of what a party will do: "the alliance will remain vital",
# "ties will only get stronger", "the policy will result in ...", "their strength will contribute to peace".
PREDICTIONS = {"be", "remain", "become", "get", "grow", "result", "prove", "contribute", "lead", "serve", "mean"}
# Verbs of what a thing will bring about, said of a thing ("It will help step up ties", "The new centre will allow
# joint planning", "The exercise will restore confidence"); a party that will help is pledging
FORECASTS = {"help", "allow", "enable", "play", "pave", "open", "lay", "bring", "restore", "create"}
# head nouns of a subject that stand for a party or its people: their "will help" is theirs to do
ACTING_NOUNS = {"side", "sides", "country", "countries", "nation", "nations", "government", "governments", "ministry",
                "ministries", "army", "armies", "navy", "navies", "force", "forces", "military", "militaries",
                "delegation", "delegations", "minister", "ministers", "leader", "leaders", "official", "officials",
                "party", "parties", "state", "states", "partner", "partners", "ally", "allies", "team", "teams"}
# what is signed at a meeting: signed, inked, exchanged or adopted there, it is the parties' act
SIGNING = {"sign", "ink", "exchange", "adopt"}
# instruments that bind those who sign them ("signed a memorandum of cooperation", "the pact was signed")
INSTRUMENTS = {"agreement", "agreements", "memorandum", "memoranda", "mou", "declaration", "pact", "treaty", "accord",
               "arrangement", "arrangements", "guidelines", "plan", "letter", "protocol", "charter", "framework", "deal"}
SIGNED_PAPERS = INSTRUMENTS | {"plans", "protocols", "document", "documents", "roadmap", "minutes", "programme",
                               "program", "letters", "contract", "contracts", "note", "notes"}
JOINT_DOCUMENTS = {"statement", "communique", "communiqué", "declaration", "readout"}
# Acts that, said in the passive without an agent, a meeting's report gives to those who met ("Cooperation in
# space was discussed", "Mutual efforts ... were also reviewed"); an agreement or a signing may be anyone's.
# Nouns that measure what the act is in: "reached a high degree of consensus", "a broad range of agreement"
MEASURES = {"degree", "level", "measure", "range"}
PASSIVE_OF_THE_MEETING = {"discuss", "note", "agree", "reaffirm", "assess", "appreciate"}
# Who chaired a meeting named by its number or name ("co-chaired the 240th meeting of the PJBD") met; who
# chaired "the talks" just held only led them.
CHAIRING = {"chair", "co-chair", "co-host"}
# What a body still to be made is said to undergo: "A joint committee will be formed", not "The next meeting will be held"
FOUNDING = {"form", "set", "establish", "create", "constitute", "launch"}
# What a meeting is told, said of it in the passive: "The Board was briefed about ...", "was given updates about
# ...": those who met took the matter up
BRIEFED = {"brief", "provide", "present", "update"}
RENEWING = {"renew", "relaunch", "resume", "revive", "reinstall", "reinstate", "reactivate", "reconvene"}  # with the dialogue as object: the meeting held again
JOINT_BY_NATURE = {"communique", "communiqué"}  # "The communique also welcomed ...": joint without saying so
# Verbs of taking up a matter that, with a complement, hold a view of it instead ("considered one of", "considers that")
JUDGING = {"consider"}
# Verbs that judge what they take as object: "described the talks as fruitful" judges the talks, "described ties as
# strategic in his meeting with ..." the ties, the meeting being where it was said
DESCRIBING = {"describe"}


def _judgement(tok) -> bool:
    return any(c.dep_ == "oprd" or c.dep_ == "ccomp" and not any(g.tag_ in ("WRB", "WDT", "WP") or g.lower_ in ("whether", "if")
                                                               for g in c.children)
               or c.dep_ == "dobj" and c.lower_ == "one" and any(g.lower_ == "of" for g in c.children)  # "considered one of"
               for c in tok.children)


HABITUAL = {"normally", "usually", "regularly", "typically", "generally", "annually", "twice", "once", "every", "often"}
PRESS = {"press", "news", "media"}  # "press conference", "news briefing": an occasion for reporters
OTHER_OCCASION = {"previous", "last", "next", "first", "earlier", "upcoming", "following", "future", "past", "later"}
# what the first of two coordinated verbs holds of its own when each has its object: "welcomed X and noted Y"
WORRY = {"concern", "alarm", "worry", "anxiety", "apprehension", "dismay", "regret"}  # "noted with concern": a concern
SHARED_OBJECT_BLOCKERS = {"dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "dative", "oprd", "advcl", "npadvmod"}
ABOUT = {"about", "over", "regarding", "concerning", "amid", "against", "on"}  # what a meeting was about
STATE_VERBS = {"be", "remain", "stay", "stand"}  # "remain committed", "are deeply concerned about", "stand united in"
# States that bind with "to" + verb: "remain determined to", "is ready to", "is keen to" ("committed to" binds alone)
BINDING_STATES = {"determined", "ready", "willing", "committed", "keen", "eager", "prepared", "resolved"}
# a wish in a minister's quoted words is his word, not a pledge of record; what he says his side is willing or ready
# to do, quoted or not, is its pledge
WISHES = {"keen", "eager"}
# What the talks bring about, whose future is a forecast: "Security in the north will increase", "this agreement will delay ..."
OUTCOMES = {"security", "agreement", "stability", "peace", "benefit", "benefits"}
RELATIONSHIPS = {"partnership", "alliance", "relationship", "relation", "tie", "cooperation", "friendship"}
# words of a subject that make it no person's name ("The Commander", "the Chilean delegation")
NOT_NAME_WORDS = {"the", "he", "she", "it", "they", "we", "i", "both", "all", "each", "this", "that", "ministry", "government",
                  "army", "navy", "forces", "department", "office", "side", "delegation", "statement", "council", "committee"}
SIDE_FRONTED = re.compile(r"(?:On|For) the ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) side,")  # "On the Chilean side, ..."
# What a standing body is, described by what its members do in it
FORUMS = {"forum", "body", "mechanism", "platform", "framework", "channel", "venue", "format", "dialogue", "group"}
# Parts of a meeting whose acts are the meeting's: "working groups of the Council", "sub-committees of the JDC"
MEETING_PARTS = {"group", "subgroup", "sub-group", "committee", "subcommittee", "sub-committee", "panel", "team", "table"}
# What a speaker calls his own side: "his country", "her government"
OWN_SIDE = {"country", "government", "nation", "side", "ministry", "delegation"}
SPEAKERS = {"side", "delegation", "minister", "secretary", "co-chair", "chair", "principal", "leader", "head",
            "diplomat", "ambassador"}
# who speaks for a side where the subject names it: "the Chilean army chief", "the Norwegian envoy"
SIDE_SPEAKERS = {"chief", "commander", "general", "admiral", "envoy", "spokesman",
                 "spokesperson", "spokeswoman", "officer", "representative", "president", "premier"}
# one side of talks held in the other's country, named by its role alone: "the host", "our guests"
HOST_OR_GUEST = re.compile(rf"(?:the|our|their)\s+(?:{HOST_WORD.pattern}|{GUEST_WORD.pattern})", re.I)
LEADING_JUNK = {"that", "of", "about", "over", "at", "on", "for", "with", ",", ":", "whether"}


MIN_MEETING_SENTENCE = 8  # tokens; "Who met at the 2+2 Dialogue?" is a section's heading


def _with_particle(verb) -> str:
    """The verb's lemma with its particle or bare preposition, as a phrasal verb is listed ("take up", "touch upon")."""
    part = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "prep") and c.i == verb.i + 1
                 and c.lower_ in ("up", "upon", "on")), None)
    return f"{verb.lemma_.lower()} {part}" if part else verb.lemma_.lower()


# a period gone by before the meeting, after "last": not "last week" or "last month", which may be the talks' own
LAST_PERIODS = frozenset("year january february march april may june july august september october november december "
                         "spring summer autumn fall winter".split())
HISTORY = re.compile(r"\b(?:first|last|previous|earlier|since)\b[^.]{0,40}\b(?:in|of)\s+(?:19|20)\d\d\b")

QUOTES = ('"', "“", "”")
ANY_QUOTE = (*QUOTES, "'", "’")  # straight and curly, double and single
# verbs that need someone to talk with: at talks of two, the other side talked too (not "touched on", "raised")
TALKED_OVER = {"discuss", "review", "exchange", "examine", "explore", "deliberate"}
RECIPROCAL = {"agree", "discuss"}  # acts done with the one met: agreeing, exchanging views
SIGNED_WITH = {"sign", "ink"}  # "signed a memorandum with his Chilean counterpart": a paper both sides signed
NOT_PERSONS = {"country", "nation", "government", "state", "kingdom", "republic", "people"}
CLOSING_QUOTES = ('"', "”", "’", "'", "“")  # what closes a quotation before its speaker ('"...," said Lund', "„...“")


COURTESY = re.compile(r"\b(?:Excellency|Highness|Majesty|Governor|President|Prime Minister|King|Queen|Emperor|Premier|"
                      r"Chancellor|Speaker|Minister|Secretary|Chief|[Cc]ounterparts?)\b")


def _courtesy_call(prep) -> bool:
    """"called on the Governor-General", "called upon President A": whom a visitor called on is a person, and the
    call is a visit; "called on Russia to withdraw" asks something of a party."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or any(c.dep_ in ("xcomp", "acl") for c in prep.head.children) or any(
            c.dep_ in ("acl", "relcl") and c.tag_ == "VB" for c in obj.children):
        return False
    return bool(COURTESY.search(" ".join(w.text for w in obj.subtree)))


def _progressive(tok) -> bool:
    """"is dealing with ...": a finite verb in its progressive form, not "dealing with threats"."""
    return tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in tok.children)


def _first_since(mark) -> bool:
    """"have met ... for the first time since the two countries gained independence": the meeting is new, not
    a habit since then."""
    before = [w.lower_ for w in mark.doc[max(mark.sent.start, mark.i - 4):mark.i]]
    return "first" in before


# "In this regard, ...", "In addition, ...": a phrase that links the sentence to the one before, not a time or place
LINKING_NOUNS = {"regard", "respect", "context", "connection", "addition", "particular", "turn", "light", "line", "view"}


def _linking(prep) -> bool:
    return prep.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in LINKING_NOUNS for g in prep.children)


def _stray_that_clause(tok) -> bool:
    """"A said at the start of the talks that ...": the parser hung the that-clause on the last noun of the phrase
    between, as a relative clause; a relative clause has no "that" as its mark. "A said the level of trust that
    both armies share was high": the parser took the words' subject for the verb's object."""
    for w in tok.subtree:
        if w.dep_ not in ("relcl", "acl") or w.i < tok.i or not any(m.dep_ == "mark" and m.lower_ == "that" for m in w.children) \
                or w.dep_ == "acl" and w.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        up = w.head
        while up != tok and (up.dep_ in ("pobj", "prep") or up.dep_ == "dobj" and up.head == tok):
            up = up.head
        if up == tok:
            return True
    return False


def _past_tagged_participle(tok) -> bool:
    """"Their talks centered on ...", "Lund said the talks focused on ...": a clause's own verb with its subject
    and no auxiliary, which the tagger read as a participle, is in the past tense."""
    return tok.dep_ in ("ROOT", "ccomp") and any(c.dep_ == "nsubj" for c in tok.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _perfect(tok) -> bool:
    """"have touched upon": a participle in the active perfect, not a passive one."""
    return any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "'ve") for c in tok.children) \
        and not passive(tok)


BOUND_WITH = {"pledge", "vow", "promise", "commit", "agree", "decide", "resolve", "reaffirm", "reiterate", "renew"}


def _gerund_of_act(tok) -> bool:
    """A gerund after "by" under a verb: the way its subject did it ("closed the talks by reaffirming ..."); and
    a meeting held "after holding their annual SCM": the meeting its subject held; and a gerund with a subject of
    its own after "with" ("the talks ended with both sides pledging to ..."): what they bound themselves to as it
    ended (other gerunds there tell how the talks went)."""
    if not (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX")):
        return False
    lemma = tok.lemma_.lower()
    return tok.head.lower_ == "by" or tok.head.lower_ in ("after", "following", "upon") and lemma in MEETING_GERUNDS \
        or tok.head.lower_ == "with" and lemma in BOUND_WITH and any(c.dep_ == "nsubj" for c in tok.children)


def _over_gerund(tok, i: int) -> bool:
    """The "by" (or "after") a gerund of record hangs from, on the way up to its verb."""
    return tok.dep_ == "prep" and any(c.i == i and _gerund_of_act(c) for c in tok.children)


def _quoting(tok) -> bool:
    """The verb introduces or closes a quotation ('said, "..."', '"...," he said'): a minister's words,
    not an act of record. Quotation marks around a term ("Free and Open Indo-Pacific") do not count."""
    sent = tok.sent
    told = {w.i for c in tok.children if c.dep_ in ("dobj", "dative") for w in c.subtree}  # "told reporters, "...""
    after = [t for t in sent if t.i > tok.i and t.text not in (",", ":") and t.i not in told][:1]
    if after and after[0].text in QUOTES:
        return True
    before = [t for t in sent if t.i < tok.i]
    return bool(before) and before[0].text in QUOTES and any(t.text in QUOTES for t in before[1:])


MEETINGS_AS_OCCASION = {"meeting", "talk", "talks", "dialogue", "session", "consultation", "visit", "discussion", "conference",
                        "round"}
OCCASIONS = {"occasion", "opportunity", "chance", "platform", "pain"}  # "took pains to stress that ..."
# whom one meets by office alone ("met Norway's foreign minister", "met the Chilean defence chiefs")
OFFICIALS = {"minister", "secretary", "chief", "commander", "president", "premier", "adviser", "advisor",
             "ambassador", "director", "official"}
# verbs of talking that, with an official, report the two having met ("spoke with his counterpart"); not "spoke to reporters"
CONVERSING = {"talk", "speak", "confer", "converse"}
GUESTS = {"counterpart", "counterparts", "delegation", "delegations", "visitor", "visitors", "guest", "guests", "envoy",
          "official", "officials"}  # "received the visiting official and his delegation"
ONE_MET = GUESTS - {"delegation", "delegations"}  # whom a reciprocal act is done with; a delegation is a side


def _occasion_taken(tok):
    """The verb that took the occasion, for an act said as its clause ("took the opportunity to praise ..."):
    the parser hangs the act on the occasion as an acl."""
    occ = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VB" or occ.lemma_.lower() not in OCCASIONS:
        return None
    if occ.dep_ == "dobj" and occ.head.lemma_.lower() in ("take", "use", "seize"):
        return occ.head
    # "provided both sides with a chance to ...": the chance is given with "with"
    giver = occ.head.head if occ.dep_ == "pobj" and occ.head.lower_ == "with" else occ.head
    if (occ.dep_ in ("dobj", "attr") or giver is not occ.head) \
            and giver.lemma_.lower() in ("provide", "offer", "give", "afford", "be", "serve") \
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in MEETINGS_AS_OCCASION for c in giver.children):
        return giver  # "The meeting was an opportunity to stress ...": what those who met did there
    return None


def _said_before(tok) -> bool:
    """"Mr A said, the signing adds new impetus to ties": the parser makes what was said the root and the speech
    a parenthesis before it."""
    return tok.dep_ == "parataxis" and tok.head.i > tok.i and tok.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "nsubj" for c in tok.children) and not any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.children)


# How often a dialogue meets: "twice a year", "every two years", "annually", "three or four times a year"
HOW_OFTEN = re.compile(r"\b(?:(?:once|twice|(?:\w+ (?:or \w+ )?)?times) (?:a|per|each|in) (?:\w+ )?(?:years?|months?)|every (?:\w+ )?(?:years?|months?)|"
                       r"on an? (?:annual|yearly|regular|rotating|rotational|biennial) basis|"
                       r"annually|biannually|biennially|regularly|alternately|in alternating)\b")


@lru_cache(maxsize=4)
def _name_prefixes(kb: Knowledge) -> frozenset[str]:
    """The ranks and courtesies ``titles.yaml`` lists, which may stand before a name and are no part of it."""
    return frozenset(w.rstrip(".") for k in ("ranks", "honorifics") for w in kb.titles.get(k, []))


def _coordination_left_off(doc, first: int) -> list:
    """"..., held in Oslo, Deputy Minister A and State Secretary of the Chilean Ministry B agreed": the first of
    two office-holders the parser hung on the phrase before them, so that the subject starts at the second one's
    name. The words back to the comma that opens the pair, when they are names, titles and "and" only."""
    if first < 2 or doc[first - 1].is_punct or doc[first].pos_ != "PROPN":
        return []
    start = first
    while start > doc[first].sent.start and not doc[start - 1].is_punct:
        start -= 1
        if doc[start].pos_ not in ("PROPN", "ADP", "DET", "CCONJ"):
            return []
    words = list(doc[start:first])
    if start == doc[first].sent.start or doc[start - 1].text != ",":
        return []
    return words if any(w.lower_ == "and" for w in words) and words[0].pos_ == "PROPN" else []


def _a_name(phrase: str, kb: Knowledge) -> bool:
    """A person's name, with a rank, a courtesy or a minister's office before it at most ("General Portolano", "Mr.
    Lund", "Defence Minister Lund"), not an office alone ("The Commander") nor a body."""
    before = _name_prefixes(kb)
    words = phrase.split()
    while words and (words[0].rstrip(".") in before or TITLE_WORD_ANY_CASE.fullmatch(words[0])
                     or words[0] in ("of", "Defence", "Defense", "Foreign", "Affairs", "State", "Chief", "Staff", "Prime",
                                     "Deputy", "Vice", "Acting", "National", "Armed", "Forces")):
        words = words[1:]
    return 1 <= len(words) <= 4 and all(w[:1].isupper() and w.lower() not in NOT_NAME_WORDS for w in words) \
        and not TITLE_WORD_ANY_CASE.search(" ".join(words))


def _the_unplaced_side(phrase: str, ctx: ActorContext) -> list[str] | None:
    """"Portolano reiterated ...", at talks of two countries where everyone the page places is of one of them: a
    person by name alone is of the other side, the one no name stands for yet."""
    countries = [c for c in ctx.parties if len(c) == 3]
    placed = set(ctx.people.values())
    if len(ctx.parties) != 2 or len(countries) != 2 or len(placed) != 1 or not placed < set(countries) \
            or not _a_name(phrase, ctx.kb) or ctx.kb.parties_in(phrase):
        return None
    return [c for c in countries if c not in placed]


def _forget_commentator(subj, ctx: ActorContext) -> None:
    """"A, a defence analyst, suggested ... He said ...": after a commentator speaks, "he" is no side's minister."""
    if COMMENTATOR.search(" ".join(w.text for w in subj.subtree)):
        ctx.last_single, ctx.last_person, ctx.commentator = None, None, True


def _no_person(subj, ctx: ActorContext) -> bool:
    """A country, its government or its people as subject ("Australia has assisted Chile", "The country has sent
    ..."): no one a later "he" or "she" can be."""
    if subj is None:
        return False
    words = [w for w in subj.subtree if w.dep_ != "det"]
    return subj.lemma_.lower() in NOT_PERSONS and not any(w.pos_ == "PROPN" for w in words) \
        or ctx.kb.party_of_name(" ".join(w.text for w in words)) is not None


def _spoke(side: list[str], ctx: ActorContext, person: bool) -> None:
    """One side spoke or acted alone: a later "it" is that side, a later "he" or "she" too if a person did."""
    ctx.last_single, ctx.commentator = side, False
    if person:
        ctx.last_person = side


def _a_visit(noun) -> bool:
    """"will complete its visit", "will end the programme": a guest's stay, not "will expand exchange programmes"."""
    lemma = noun.lemma_.lower()
    return lemma in VISITS and not (lemma in ("programme", "program") and any(
        c.dep_ in ("compound", "amod") for c in noun.children))


def _said_after(tok, closing_quote: bool = False) -> bool:
    """"The navies will patrol together, Lund said": the words reported come first, the speaker after a comma.
    With ``closing_quote``, the words may be a quotation the comma closes ('"...," said Lund'); else they are
    a minister's words quoted, which the clause after them only attributes."""
    before = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i]
    if not before or any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return False
    last = max(w.i for w in before[-1].subtree)
    while last > before[-1].i and tok.doc[last].text in (",", *CLOSING_QUOTES):
        last -= 1  # the parser may hang the comma, or the quotation's close, before the speaker on the words reported
    between = tok.doc[last + 1:tok.i]
    if not 0 < len(between) <= 16:
        return False
    k = 0  # the comma and the quotation marks that close the words ('... tinderbox\'," Lund said': an inner one's too)
    while k < len(between) and between[k].text in (",", *CLOSING_QUOTES):
        k += 1
    closes = [t.text for t in between[:k]]
    if closing_quote and "," in closes and any(q in closes for q in CLOSING_QUOTES):
        return not any(t.text in ANY_QUOTE for t in between[k:]) and not _within_quotation(tok)
    return between[0].text == "," \
        and not any(t.text in ANY_QUOTE for t in tok.doc[max(tok.sent.start, between[0].i - 2):tok.i]) \
        and not _within_quotation(tok)  # '..., ” he said' closes a quotation: a minister's words, not an act


def _from_saying(say, toks: list) -> list:
    """The clause's tokens run back to the verb that said it, an adverb before it ("also said ..."), and the speaker
    named right before them ("Lund said Norway is ready to ..."), as a reader quotes it; not the words that set
    the sentence up ("For his part, ...")."""
    start = min([say.i] + [c.i for c in say.children if c.dep_ == "advmod" and c.i < say.i])
    speaker = [c for c in say.children if c.dep_ == "nsubj" and c.i < start]
    if speaker and max(w.i for w in speaker[-1].subtree) == start - 1:
        start = min(w.i for w in speaker[-1].subtree)
    return list(say.doc[start:toks[0].i]) + toks


ATTRIBUTION_DEPS = {"nsubj", "advmod", "prep", "npadvmod", "aux", "neg", "dative", "dobj"}  # "dobj": "told reporters"


def _attribution_after(tok, toks) -> list:
    """The words that say who reported a clause, after it ("..., the ministry said in its release"), where the
    clause runs up to them: what another act of the sentence says in between is not taken with them."""
    said = tok.head
    if tok.dep_ != "ccomp" or said.i <= toks[-1].i or not _said_after(said, closing_quote=True) \
            or not any(c.dep_ == "nsubj" for c in said.children) or passive(said):
        return []  # "..., the results of which will be reported to ...": no one says it
    content_end = max(w.i for w in tok.subtree)
    if any(not w.is_punct for w in tok.doc[toks[-1].i + 1:content_end + 1]):
        return []
    # the verb of saying with its speaker and its own modifiers ("..., officials told reporters on Friday in
    # Oslo"), not a clause joined to it ("..., officials said, and they pledged ...")
    own = [said] + [w for c in said.children if c.i > content_end and c.dep_ in ATTRIBUTION_DEPS for w in c.subtree
                    if not w.is_punct and not w.is_space]
    end = max(w.i for w in own)
    if any(w.dep_ in ("conj", "cc", "ccomp", "advcl", "parataxis") and content_end < w.i < end for w in said.children):
        return []
    return list(tok.doc[toks[-1].i + 1:end + 1])


def _run_on_list(verb, conj) -> bool:
    """"discussed fishing, aid to Chile as the flood goes on as well as port repairs": the parser made a clause of
    the list's last items, joined to the verb with no "and", "but" or semicolon before it."""
    start = min(w.i for w in conj.subtree)
    return verb.i < start and not any(w.lower_ in ("and", "but", "while", "whereas", "or", ";") for w in verb.doc[verb.i:start])


def _notes_matter(verb) -> bool:
    """"The joint statement noted the importance of ...": a matter noted, not a report of what was said."""
    return verb.lemma_.lower() == "note" and any(c.dep_ == "dobj" for c in verb.children) \
        and not any(c.dep_ == "ccomp" for c in verb.children)


def _first_conjunct(tok):
    """The verb a run of coordinated verbs hangs on: "review" in "review ..., discuss ... and explore ..."."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _in_infinitive_series(tok) -> bool:
    """A bare verb coordinated under a verb that governs the whole series: "pledged to deepen ..., enhance ... and
    explore ...", "will set up ..., run ... and explore ..." (the parser hangs the later verbs on the finite one)."""
    if tok.dep_ != "conj" or tok.tag_ not in ("VB", "VBP") or any(c.dep_ in ("nsubj", "aux", "auxpass") for c in tok.children):
        return False
    top = _first_conjunct(tok)
    if tok.tag_ == "VBP" and top.tag_ != "VBD":
        return False  # "decided to reinforce ..., support ...": the tagger's present beside a past is the bare verb
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < tok.i for c in top.children) \
        or top.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in top.children) \
        or any(t.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
               and t.head.lemma_.lower() not in ("able", "manage", "succeed")  # "were able to validate ..., reaffirm ...": done
               for t in tok.doc[top.i + 1:tok.i])  # "held its session to discuss ... and jointly explore ..."


def _describes_forum(tok) -> bool:
    """"The DPD is a venue in which both navies review ... and discuss ways to ...": what a standing body is
    for, said in the present in a clause on it, is no act of this meeting."""
    verb = _first_conjunct(tok)
    return tok.tag_ in ("VBP", "VBZ", "VB") and verb.tag_ in ("VBP", "VBZ") and verb.dep_ == "relcl" \
        and verb.head.lemma_.lower() in FORUMS


def _numbered_acronym(subj) -> bool:
    """A round named by the dialogue's acronym and its number ("The fourth JDCC will be hosted by ..."): a meeting."""
    return subj.text.isupper() and len(subj.text) >= 3 and any(
        ORDINAL_TOKEN.fullmatch(c.text) or c.lower_ in ("next", "upcoming", "following") for c in subj.children)


def _on_a_day(prep) -> bool:
    """"on its final day", "on Tuesday": a day of the talks, not another place or time the matter was taken up in;
    "In a communique released by the delegations, ...": where the matter is reported, not where it was taken up."""
    return prep.lower_ == "on" and any(g.dep_ == "pobj" and (g.lemma_.lower() == "day" or g.lower_ in WEEKDAYS)
                                       for g in prep.children) \
        or prep.lower_ == "in" and prep.i < prep.head.i and any(g.dep_ == "pobj" and g.lemma_.lower() in JOINT_DOCUMENTS
                                                                for g in prep.children)


def _scheduled(verb) -> bool:
    """A verb of an itinerary ("will take part", "will visit", "will give a keynote address", "will join the chiefs'
    conclave"), or an office's turn ("will assume the chairmanship"), not "will take practical steps"."""
    if verb.lemma_.lower() in ("deliver", "give") and any(c.dep_ == "dobj" and c.lemma_.lower() in SPEECHES for c in verb.children):
        return True
    if verb.lemma_.lower() == "join" and any(c.dep_ == "dobj" and c.lemma_.lower() in EVENTS for c in verb.children):
        return True
    if _a_turn(verb):
        return True
    return verb.lemma_.lower() in SCHEDULE and not (verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in POLICY_STEPS for c in verb.children)) \
        and not (verb.lemma_.lower() == "go" and any(  # "will go further to combat ...": no trip
            c.dep_ == "advmod" and c.lower_ in ("further", "ahead", "forward", "beyond") for c in verb.children))


def _a_turn(verb) -> bool:
    """An office held in turn: "will assume the chairmanship", "will take the chair"."""
    return verb.lemma_.lower() in ("hold", "assume", "take") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TURNS for c in verb.children)


def _about_to(tok):
    """The verb of "are set to boost", "is going to step up": what is about to be done, else None."""
    if tok.lower_ not in ("set", "going") or not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VB"
                 and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)


def passive(verb, past: bool = False) -> bool:
    """A verb in the passive; ``past``: said of what was done ("were focused on"), not of a state ("is focused on")."""
    return any(c.dep_ == "auxpass" and not (past and c.lower_ in ("is", "are", "be")) for c in verb.children)


def takes_infinitive(noun) -> bool:
    """The noun takes what is to be done: "their wish to patrol together", "cooperation to build an airbase"."""
    return any(c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in noun.children)


def _object_after_aside(verb) -> list:
    """"expressed, on Tuesday in Oslo, her thanks for ...": the object after a time or place set off by commas,
    which the parser hangs on the aside."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return []
    close = next((t for t in doc[verb.i + 2:min(len(doc), verb.i + 10)] if t.text == ","), None)
    if close is None or any(t.pos_ == "VERB" for t in doc[verb.i + 2:close.i]):
        return []
    for t in doc[close.i + 1:min(len(doc), close.i + 5)]:
        if t.pos_ == "NOUN":
            return [t]
        if t.pos_ not in ("DET", "PRON", "ADJ", "ADV"):
            break
    return []


def _wh_object(verb) -> bool:
    """"discussed the threats and how partners could respond": a question coordinated with the object, not a
    clause of its own (the parser hangs its verb beside the verb of record)."""
    first = min(verb.subtree, key=lambda w: w.i)
    return first.lower_ in ("how", "what", "whether", "why", "which", "where") and first.tag_ in ("WRB", "WP", "WDT", "IN")


def _alternatives(patterns) -> re.Pattern:
    """One pattern for a list of ways to say a thing (``acts.yaml``), each tried at a word's start."""
    return re.compile("|".join(r"\b(?:" + p + ")" for p in patterns))


# the parts of a meeting a word was said at: "at the closing session of the ninth Joint Committee"
MEETING_MOMENTS = {"opening", "ceremony", "session", "sidelines", "margins", "margin", "close", "start", "end", "outset"}
# what was said, said again by a word that points back to it: "said so", "made the remarks"
SAID_AGAIN = {"so", "this", "that", "remark", "remarks", "comment", "comments", "statement"}


def _said_there(verb) -> bool:
    """"Lund made these remarks at the second Coast Guard Forum", "Both said as much at the close of ...": words told
    before, placed at the meeting they were said at; the telling is that meeting's record."""
    lemma = verb.lemma_.lower()
    return lemma in ("say", "make", "speak") and not any(c.dep_ == "ccomp" for c in verb.children) \
        and any(c.dep_ in ("dobj", "advmod") and c.lower_ in SAID_AGAIN for c in verb.children)


def _under_way(verb) -> bool:
    """"are underway", "is under way": going on now."""
    return any(c.dep_ == "acomp" and c.lower_ == "underway" or c.dep_ == "prep" and c.lower_ == "under" and any(
        g.lower_ == "way" for g in c.children) for c in verb.children)


def _adding(verb) -> bool:
    """A verb of saying that goes on from the act before it: "..., adding that ...", "..., noting that ..."."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj")


def _as_saying(verb) -> bool:
    """"was quoted as saying", "is reported as saying": who said it, in the passive of a report."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "as"


def _of_more_than_one(subj) -> bool:
    """A subject of more than one: "the two nations", "both navies", "Lund and Soto"."""
    return any(w.dep_ == "conj" or w.lower_ in ("and", "both", "two") for w in subj.subtree)


# Where or at what someone spoke or signed: "said Minister A at his meeting with the Thai commander", "signed by both
# ministers in the Chilean capital"; a country named there is not the actor's
SETTINGS = {"meeting", "talk", "talks", "visit", "address", "speech", "ceremony", "conference", "capital", "city",
            "headquarters", "base", "forum", "session", "summit", "sideline", "sidelines", "margin", "margins"}


def _done(verb) -> bool:
    """A deed told as done ("have agreed", "agreed"), not a standing position ("Chile and Norway oppose ...")."""
    return verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _after_setting(subj) -> bool:
    """A subject that follows, set off by a comma, the setting of its verb ("in a meeting with Chile's envoy,")."""
    start = min(w.i for w in subj.subtree)
    return any(p.dep_ == "prep" and p.i < start and p.lower_ in ("at", "in", "during")
               and any(g.dep_ == "pobj" and g.lemma_.lower() in SETTINGS for g in p.children)
               and subj.doc[start - 1].text == "," and max(w.i for w in p.subtree) == start - 2 for p in subj.head.children)


def _setting_of(phrase) -> set[int]:
    """The words of the phrase that set where or at what it acted ("at his meeting with ...", "in the capital")."""
    return {x.i for w in phrase.subtree for p in w.children
            if p.dep_ == "prep" and p.lower_ in ("at", "in", "during", "on", "after") and p.i > phrase.i
            and any(g.dep_ == "pobj" and g.lemma_.lower() in SETTINGS for g in p.children) for x in p.subtree}


def _closes_word(quote) -> bool:
    """The quotation mark clings to the word before it and not to the one after: it closes."""
    doc = quote.doc
    return quote.i > 0 and not doc[quote.i - 1].whitespace_ and not doc[quote.i - 1].is_space \
        and (bool(quote.whitespace_) or quote.i + 1 >= len(doc) or doc[quote.i + 1].is_punct)


def _within_quotation(tok) -> bool:
    """The word stands inside a quotation opened before it in its paragraph: a speaker's words."""
    before = [t.text for t in tok.doc[:tok.i] if t.text in QUOTES]
    curly = 0
    for t in tok.doc[:tok.i]:
        if t.text == "“" and not _closes_word(t) or t.text == "„":
            curly += 1
        elif t.text == "”" or t.text == "“":  # "“...“": a page that closes with the opening mark (as „...“ does)
            curly = max(curly - 1, 0)
    if curly:
        return True
    if sum(1 for t in tok.doc if t.text == '"') % 2 == 0:
        return before.count('"') % 2 == 1
    depth = 0  # an odd number of straight quotes: a quotation runs on from the paragraph before, or into the next
    for t in tok.doc[:tok.i]:
        if t.text == '"':  # one that closes clings to the word before ("poaching," he said)
            closing = t.i > 0 and not tok.doc[t.i - 1].whitespace_ and (t.whitespace_ or t.i + 1 >= len(tok.doc)
                                                                          or tok.doc[t.i + 1].is_punct)
            depth = max(depth - 1, 0) if closing else depth + 1
    return depth > 0


# the words that end a fronted time: a day, a month, a date's number, a year
TIME_WORD = re.compile(r"(?i:" + "|".join([*WEEKDAYS, *MONTHS, "today", "yesterday"]) + r")\.?|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d")


@dataclass
class Clause:
    """A verb of record with its actors and the tokens of its clause."""

    parsed: Parsed
    head: object  # spacy Token: the verb of record
    trigger: object  # last token of the trigger ("concern" in "expressed concern")
    act: str
    actors: list[str]
    tokens: list = field(default_factory=list)
    reported_by: list[str] | None = None
    future: bool = False  # "will aim to", "will hold", "stressed their wish to ...": the act binds by its tense or intent
    lead_start: int | None = None  # a list item that continues its lead-in ("committed to: - Supporting ...")

    @property
    def start(self) -> int:
        if self.lead_start is not None:
            return self.lead_start
        return self.parsed.start(next((t for t in self.tokens if not t.is_space), self.tokens[0]))

    @property
    def end(self) -> int:
        """Where the clause's last word ends: a line break the parser kept in it is no part of its text."""
        return self.parsed.end(next((t for t in reversed(self.tokens) if not t.is_space), self.tokens[-1]))

    def content_tokens(self) -> list:
        toks = [t for t in self.tokens if t.i > self.trigger.i]
        while toks and toks[0].lower_ in LEADING_JUNK:
            toks = toks[1:]
        return toks


class ActFinder:
    def __init__(self, kb: Knowledge):
        acts = kb.acts
        self.kb = kb
        self.verbs: dict[str, str] = acts.get("verbs", {})
        self.phrases: dict[str, dict[str, str]] = acts.get("phrases", {})
        self.nouns: dict[str, str] = acts.get("nouns", {})
        self.particles: dict[str, dict[str, str]] = acts.get("particles", {})
        self.meeting_verbs = set(acts.get("meeting_verbs", []))
        self.meeting_nouns = set(acts.get("meeting_nouns", []))
        self.meeting_kinds = set(acts.get("meeting_kinds", []))
        self.meeting_subjects = self.meeting_kinds | set(acts.get("meeting_subjects", []))
        self.leading = set(acts.get("leading_verbs", []))
        self.future = set(acts.get("future", []))
        self.binding = set(acts.get("binding", []))
        self.progressive = set(acts.get("progressive", []))
        self.existential: dict[str, str] = acts.get("existential", {})
        self.attending = set(acts.get("attending", []))
        self.views_without_clause: str | None = acts.get("views_without_clause")
        self.with_clause: dict[str, str] = acts.get("with_clause", {})
        self.subject_phrases: dict[str, dict[str, str]] = acts.get("subject_phrases", {})
        self.matter_phrases: dict[str, dict[str, str]] = acts.get("matter_phrases", {})
        self.matter_places: dict[str, dict[str, list[str]]] = acts.get("matter_places", {})
        self.matter_roles: set[str] = set(acts.get("matter_roles") or [])
        self.matter_objects: dict[str, set[str]] = {v: set(ns) for v, ns in (acts.get("matter_objects") or {}).items()}
        self.intentions: set[str] = set(acts.get("intentions") or [])
        self.matter_lists: dict[str, set[str]] = {k: set(v) for k, v in (acts.get("matter_lists") or {}).items()}
        self.outcomes: dict[str, dict[str, dict[str, str]]] = acts.get("outcomes", {})
        self.arrivals: dict[str, dict[str, dict[str, str]]] = acts.get("arrivals", {})
        self.speech = set(acts.get("speech", []))
        self.speech_after = set(acts.get("speech_after", []))
        self.speech_with_clause = set(acts.get("speech_with_clause", []))
        self.attributing = set(acts.get("attribution_subjects", []))
        self.speaking_bodies = set(acts.get("speaking_bodies", []))
        self.states: dict[str, dict[str, str]] = acts.get("states", {})
        self.being: dict[str, str] = acts.get("being", {})
        self.pleased = set(acts.get("pleased", []))
        self.sanguine = set(acts.get("sanguine", []))
        self.infinitive_only = set(acts.get("infinitive_only", []))
        self.finite_only = set(acts.get("finite_only", []))
        names = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in acts.get("met_in_passing_names", [])) + ")"
        self.met = _alternatives(acts.get("met_phrases", []))
        self.met_in_passing = _alternatives(p.replace("{meeting}", names) for p in acts.get("met_in_passing", []))
        # words of the registered dialogues' names, but not those every sentence uses ("Nordic Defence Cooperation":
        # "Cooperation on equipment ... shall be pursued" names no dialogue), nor a party's ("ASEAN" of the ACDFM),
        # nor a region's ("South-East Europe Defence Ministerial": "leading Europe in ..." names no meeting)
        words = {w for d in kb.dialogues for n in d.names() for w in n.split()}
        self.dialogue_words = {w.lower() for w in words if kb.party_of_name(w) is None} \
            - {"the", "of", "and", "cooperation", "partnership", "europe", "south-east", "southeast"}

    def says_who_chaired(self, clause: Clause) -> bool:
        """"The session was chaired by A and B": a meeting act that says who ran the talks, not that they were held."""
        lemma = clause.head.lemma_.lower()
        return clause.act == "meet" and (lemma in CHAIRING or lemma in self.leading) and passive(clause.head)

    def attends(self, clause: Clause) -> bool:
        """A meeting act that only says who attended the meeting ("B attended the talks", "The session was attended
        by C as well"): beside the meeting already reported, no second meeting of record."""
        return clause.act == "meet" and not clause.future and clause.head.lemma_.lower() == "attend"

    # -- which tokens carry an act ------------------------------------------
    def classify(self, tok) -> tuple[str, object, bool] | None:
        """(act, last trigger token, binds-by-tense) for a verb of record, else None."""
        lemma = tok.lemma_.lower()
        if tok.i >= 2 and tok.doc[tok.i - 1].lower_ in ("and", "or") and tok.doc[tok.i - 2].pos_ == "ADP" \
                and tok.doc[tok.i - 2].dep_ == "prep":
            return None  # "thanked Chile for its help with and support for the hospital": a noun after two prepositions
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "so" for c in tok.children):
            return None  # "... so that they support the vision": a purpose, not an act
        if lemma in self.finite_only and tok.tag_ not in ("VBD", "VBZ", "VBP") and not (_progressive(tok) and any(
                c.dep_ == "nsubj" and self._meeting_word(c) for c in tok.children)):
            return None  # "..., citing rising costs", "to deal with threats": a reason or a purpose, not an act
        if lemma in self.infinitive_only and not any(c.dep_ == "xcomp" for c in tok.children):
            return None  # "wishing them a pleasant stay": a courtesy; "wished to update the agreement" is an act
        if lemma in BRIEFED and passive(tok, past=True) \
                and (told := next((c for c in tok.children if c.dep_ == "nsubjpass"), None)) is not None and self._meeting_word(told):
            return "discuss", tok, False  # "The session was given updates about ...": taken up
        if self._concerned(tok):
            return "concern", tok, False  # "remains concerned about the launches", "were concerned by"
        if tok.lower_ in self.states or lemma == "be" and self.being:
            at_one = self._at_one(tok, lemma)
            if at_one:
                return at_one
        if not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")):
            if tok.lower_ == "committed" and tok.dep_ in ("acomp", "ROOT", "conj"):
                return "commit", tok, False
            if tok.lower_ in BINDING_STATES and (tok.lower_ not in WISHES or not _within_quotation(tok)) \
                    and (tok.dep_ in ("acomp", "ROOT", "conj") or self._said(tok) and any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)) \
                    and any(c.dep_ == "xcomp" for c in tok.children):
                return "commit", tok, False  # "remain determined to strengthen ...", "China is ready to work with ..."
            if tok.lower_ in self.pleased and tok.dep_ in ("acomp", "ROOT", "conj") and not _within_quotation(tok) \
                    and not any(c.dep_ == "xcomp" for c in tok.children):
                return "appreciate", tok, False  # "Ministers were pleased the partnership now extends ...", not "pleased to"
            if tok.lower_ in self.sanguine and tok.dep_ in ("acomp", "ROOT", "conj") and not _within_quotation(tok) \
                    and any(c.dep_ == "ccomp" for c in tok.children):
                return "assess", tok, False  # "Both sides were optimistic that a deal would soon be reached"
            return None
        will = any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in tok.children) or self._backshifted(tok)
        objects = [c for c in tok.children if c.dep_ in ("dobj", "attr", "dative", "obj", "oprd")]
        if lemma in ("welcome", "host", "receive") and self._receives_guest(tok, objects):
            return "meet", tok, False
        if lemma == "meet" and any(o.dep_ == "dobj" and (o.lemma_.lower() in OFFICIALS or self._guest(o) or self._person(o))
                                   for o in objects):
            return None if will else ("meet", tok, False)  # "met Norway's foreign minister"; "will meet": a calendar
        if lemma in CONVERSING and not will and tok.tag_ in ("VBD", "VBN") and any(
                c.dep_ == "prep" and c.lower_ == "with" and any(
                    o.dep_ == "pobj" and (self._guest(o) or o.lemma_.lower() in OFFICIALS) for o in c.children)
                for c in tok.children):
            return "meet", tok, False  # "has talked today with the Director of ... B", "spoke with Chile's minister by video"
        if lemma in CHAIRING and (tok.tag_ in ("VBZ", "VBP") or tok.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in tok.children)):
            return None  # "Norway is currently chairing the Group", "Chile chairs the forum this year": a role held
        if will and lemma in self.meeting_verbs and _a_turn(tok):
            return None  # "will hold the chairmanship of the Council": its turn, no pledge and no meeting
        if lemma in self.meeting_verbs and any(w.tag_ == "NNP" or w.like_num or w.lower_.endswith(("st", "nd", "rd", "th")) and w.text[:1].isdigit()
                                               for o in objects for w in o.subtree) and self._about_meeting(tok, objects):
            return ("commit", tok, True) if will else ("meet", tok, False)
        if lemma in self.leading and any(o.dep_ == "dobj" and self._meeting_word(o) for o in objects):
            return ("commit", tok, True) if will else ("meet", tok, False)
        if lemma == "be" and _under_way(tok) and any(c.dep_ == "nsubj" and self._meeting_word(c) for c in tok.children):
            return "meet", tok, False  # "The talks are underway in Oslo": the meeting is being held
        if lemma == "be" and any(c.dep_ == "expl" for c in tok.children):
            for o in objects:
                if o.lower_ in self.existential:
                    return self.existential[o.lower_], o, False  # "There were also discussions on ..."
        if lemma == "be" and tok.i > tok.sent.start and any(c.i < tok.i and c.dep_ in ("advmod", "prep") for c in tok.children):
            for c in tok.children:  # "Alongside were discussions of ...", "Also on the agenda were talks on ...": inverted
                if c.dep_ == "nsubj" and c.i > tok.i and c.lower_ in self.existential:
                    return self.existential[c.lower_], c, False
        if lemma in self.attending and any(c.dep_ == "prep" and c.lower_ in ("in", "at") and
                                           any(g.tag_ == "NNP" or g.like_num for g in c.subtree) and
                                           any(self._meeting_word(g) for g in c.subtree) for c in tok.children):
            return "meet", tok, False  # "virtually participated in the second Chile-Peru 2+2"
        if (arrival := self._arrived_at(tok)) is not None:
            return arrival
        if (act := self._matter_act(tok)) is not None:
            return act, tok, False  # "The whole spectrum of relations came under discussion"
        if lemma in self.subject_phrases:
            for c in tok.children:
                if c.dep_ == "nsubj" and (act := self.subject_phrases[lemma].get(c.lemma_.lower())):
                    return act, tok, False  # "Discussions included ...": the act is in the subject
        if lemma in self.phrases:
            withs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "of", "in")
                     for g in c.children if g.dep_ == "pobj"] if lemma not in DESCRIBING else []
            named = lemma in self.meeting_verbs  # "The Third ... Consultations were held": a meeting, not talks
            measured = [g for o in objects if o.lemma_.lower() in MEASURES for c in o.children if c.dep_ == "prep"
                        and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]  # "a high degree of consensus"
            if not objects:
                measured += _object_after_aside(tok)
            for o in objects + [c for c in tok.children if c.dep_ in ("acomp", "prt", "advmod") or c.dep_ == "nsubjpass"
                                and not (named and any(w.tag_ == "NNP" or w.like_num for w in c.subtree))
                                # "made clear that ...": the parser takes the adjective for the clause said
                                # ("made it clear that ...": "it" only stands for the clause)
                                or c.dep_ == "ccomp" and c.tag_ == "JJ" and not any(g.dep_ == "nsubj" and g.lower_ != "it"
                                                                                    for g in c.children)] \
                    + withs + measured:
                act = next((a for c in o.children if c.dep_ == "amod"
                            and (a := self.phrases[lemma].get(f"{c.lower_} {o.lemma_.lower()}"))), None) \
                    or self.phrases[lemma].get(o.lemma_.lower()) or self.phrases[lemma].get(o.lower_)
                if act == "agree" and o.lemma_.lower() in ("view", "opinion") and o.tag_ == "NNS" and self.views_without_clause and \
                        not any(c.dep_ == "ccomp" or c.dep_ in ("acl", "relcl") and any(
                            g.dep_ == "mark" and g.lower_ == "that" for g in c.children) for c in (*o.children, *tok.children)):
                    act = self.views_without_clause  # "shared views on policy directions"
                if act == "meet" and lemma == "have" and not any(c.dep_ == "prep" and c.lower_ == "with"
                                                                 for c in (*o.children, *tok.children)):
                    if o.lower_ != "talks":
                        continue  # "had a meeting with ...", not "had a meeting of minds"
                    if not any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                            g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) for c in (*o.children, *tok.children)):
                        act = "discuss"  # "had talks on the border"; "had official talks in Oslo" is the meeting
                if act == "meet" and tok.tag_ == "VBG" and tok.dep_ in ("acl", "advcl") and o.lemma_.lower() in VISITS \
                        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                    return None  # "met B, paying an official visit to Chile": who B is, within the meeting's clause
                if act == "meet" and will or act == "none":
                    # "will pay an official visit to Oslo": a calendar, as "will meet" is; "none": no act with this
                    # object ("inspected the guard of honour")
                    return None
                if act:
                    return ("commit", o, True) if will else (act, o, False)
        if lemma in SCOPE_VERBS and tok.tag_ == "VBZ" and not any(
                c.dep_ == "nsubj" and c.lemma_.lower() in self.meeting_subjects for c in tok.children):
            # "The Dialogue focuses on regional stability", "cooperation covers training": what it is about; "Our
            # discussion focuses on ..." still reports the talks
            return None
        if lemma in self.particles and (tok.tag_ != "VBN" or self._misparsed_predicate(tok) or _past_tagged_participle(tok)
                                        # "have touched upon", "the talks have focused on"; not "cooperation has focused on"
                                        or _perfect(tok) and (lemma not in SCOPE_VERBS or any(
                                            c.dep_ == "nsubj" and (c.lemma_.lower() in self.meeting_subjects or self._meeting_word(c))
                                            and not any(w.lower_ in OTHER_OCCASION for w in c.children) for c in tok.children))
                                        or passive(tok, past=True) and self._particle_act(tok) in PASSIVE_OF_THE_MEETING) \
                and not self._naming_as(tok, self.particles[lemma]):
            for c in tok.children:
                if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in self.particles[lemma]:  # "looked forward (advmod) to"
                    if lemma == "call" and c.lower_ in ("on", "upon") and _courtesy_call(c):
                        return "meet", c, False  # "called on the Governor-General, Her Excellency ...": a visit paid, not an appeal
                    if self.particles[lemma][c.lower_] == "meet" and tok.tag_ in ("VBZ", "VBP", "VBG"):
                        return None  # "The forum brings its members together each year": what the format is;
                        # "..., bringing together the delegations": the meeting sentence said again
                    return self.particles[lemma][c.lower_], c, False
                for g in c.children if c.dep_ == "advcl" else ():  # "called for all countries to uphold ..."
                    if g.dep_ == "mark" and g.lower_ in self.particles[lemma] and g.i == tok.i + 1:
                        return self.particles[lemma][g.lower_], g, False
        if not will and self._meeting_told(tok) is not None:
            return "meet", tok, False  # "The step came during talks of A and B", "Lund said so at the talks"
        if lemma == "take" and any(c.dep_ in ("dobj", "prt") and c.lower_ == "place" for c in tok.children):
            if will and self._meeting_will(tok):
                return None  # "Their next round will take place in Oslo": a calendar, not a pledge
            return ("commit", tok, True) if will else ("meet", tok, False)
        if lemma in RENEWING and not will and any(self._meeting_word(o) for o in objects):
            return "meet", tok, False  # "renewed the U.S.-Ruritania Strategic Dialogue": held it again
        if (lemma in CHAIRING or lemma in self.leading) and passive(tok, past=True) and self._agent(tok) is not None \
                and any(c.dep_ == "nsubjpass" and self._meeting_word(c) for c in tok.children) and not will:
            return "meet", tok, False  # "The session was co-chaired by A and B": those who chaired it met
        if lemma in self.meeting_verbs and lemma not in CHAIRING and self._about_meeting(tok, objects):
            return ("commit", tok, True) if will else ("meet", tok, False)
        if (planned := _about_to(tok)) is not None and not will:
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            doing = planned.lemma_.lower()
            if doing in AGENDA | SCHEDULE | PREDICTIONS or doing in self.meeting_verbs or passive(planned) \
                    or self.verbs.get(doing) in ("discuss", "assess", "note") or (self._particle_act(planned) or "") == "discuss" \
                    or subj is None or subj.lemma_.lower() in self.meeting_subjects | self.meeting_nouns:
                return None  # "are set to meet again", "are set to review ...", "to focus on ...": a calendar or an agenda
            return "commit", tok, True  # "The two navies are set to boost ...", "are going to step up ...": as "will"
        if lemma in self.future and (will or lemma in ("plan", "intend") or lemma == "aim" and self._aim_of_parties(tok)) \
                and any(c.dep_ == "xcomp" for c in tok.children):
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and any(
                    c.dep_ == "xcomp" and (c.lemma_.lower() in self.meeting_verbs or c.lemma_.lower() == "take" and any(
                        o.lower_ == "place" for o in c.children)) for c in tok.children):
                return None  # "First planned to be held in Oslo, the talks went online": the meeting's plan, no pledge
            return "commit", tok, True
        if lemma in self.with_clause and any(c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that"
                                                                       for g in c.children) for c in tok.children):
            return self.with_clause[lemma], tok, False  # "They held that cooperation has advanced"
        if lemma in self.binding and any(c.dep_ == "xcomp" for c in tok.children) \
                and not any(c.dep_ == "nsubj" and c.lemma_.lower() in self.meeting_subjects for c in tok.children):
            return "commit", tok, True  # not "This meeting seeks to build on ...": what a meeting is for
        if lemma in self.progressive and tok.tag_ == "VBG" and tok.dep_ in ("ROOT", "conj") \
                and any(c.dep_ == "aux" and c.lower_ in ("are", "is", "'re") for c in tok.children) and not _within_quotation(tok):
            return "commit", tok, True  # "we are developing a roadmap for ...": under way, and theirs to finish
        if lemma in self.verbs:
            if lemma in JUDGING and _judgement(tok):
                # "Both sides considered the meeting productive": their view of it; "is considered one of the
                # region's ...": what others hold
                held = tok.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "nsubj" for c in tok.children) and not will \
                    and any(c.dep_ in ("oprd", "ccomp") and (c.pos_ == "ADJ" or any(g.dep_ == "det" for g in c.children))
                            for c in tok.children)
                return ("assess", tok, False) if held else None
            if will and (self._meeting_will(tok) or _scheduled(tok) or lemma in BRIEFED and passive(tok)):
                return None  # "President A will meet with President B on Tuesday", "He will be briefed": a calendar
            if will and lemma in AGENDA:
                return None  # "Ministers will also discuss NATO-EU cooperation": the agenda of talks to come
            if not will and self.verbs[lemma] == "note" and any(
                    c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in WORRY for g in c.children) for c in tok.children):
                return "concern", tok, False  # "noted with concern the situation"
            return ("commit", tok, True) if will else (self.verbs[lemma], tok, False)
        if lemma in self.speech and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj"):
            return None  # "praised the talks, adding that ...": the words of the act before, not one of their own
        if lemma in self.speech and (any((c.dep_ == "ccomp" or c.dep_ == "dobj" and lemma == "explain") and c.i > tok.i
                                         for c in tok.children) or _stray_that_clause(tok) or _said_before(tok)):
            return "other", tok, False  # "..., Gates said" after the report only attributes it
        if (lemma in self.speech or lemma in self.speech_after) and self._closes_words(tok):
            return "other", tok, False  # "The navies will patrol together, Lund said": one minister's word
        if will and tok.pos_ == "VERB" and (tok.dep_ in ("ROOT", "conj") or self._reported_speech(tok)) and not self._framed(tok) \
                and not _scheduled(tok) and not any(c.dep_ == "dobj" and _a_visit(c) for c in tok.children) \
                and not _quoting(tok) and not self._meeting_will(tok) and not self._predicted(tok) \
                and not self._both_told_by_one(tok):
            return "commit", tok, True  # "The two sides will also resume ...": a party's future action
        return None

    @staticmethod
    def _predicted(tok) -> bool:
        """What will come about, not what a party will do ("will remain vital", "will continue to be strong"), or what a
        relationship, an outcome, a signed paper or a visit will do ("Norway-Chile cooperation will bring many
        benefits", "The visit will deepen ties"), or what a thing will help bring about ("It will help step up ties")."""
        lemma = tok.lemma_.lower()
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)  # "Cooperation shall be pursued": a pledge
        if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in VISITS for c in tok.children):
            return True  # "The minister's tour is to be followed by another": a calendar
        return lemma in PREDICTIONS or lemma == "continue" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in PREDICTIONS for c in tok.children) \
            or subj is not None and subj.lemma_.lower() in RELATIONSHIPS | OUTCOMES | INSTRUMENTS | VISITS \
            or lemma in FORECASTS and subj is not None and (subj.lower_ in ("it", "this", "that", "which") or subj.pos_ == "NOUN"
                                                             and subj.lemma_.lower() not in ACTING_NOUNS)

    def _aim_of_parties(self, tok) -> bool:
        """"They also aim to incorporate ...": what the parties now aim at binds them; not what a forum or an
        alliance exists for ("NORDEFCO aims to bolster ..."), nor a minister's words quoted."""
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if tok.tag_ not in ("VBP", "VBZ") or subj is None or _within_quotation(tok):
            return False
        return subj.lower_ in ("they", "we") or subj.lemma_.lower() in SPEAKERS | {"country", "nation", "government"} \
            or bool(self.kb.parties_in(" ".join(w.text for w in subj.subtree if w.dep_ not in ("relcl", "acl", "appos"))))

    @staticmethod
    def _state_of(tok) -> bool:
        """"Chile thanks Norway ... and is willing to work with it": the state is said by a verb of its own, which
        goes on from another act."""
        verb = tok.head
        return tok.dep_ == "acomp" and verb.lemma_.lower() in STATE_VERBS and verb.dep_ == "conj" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)

    @staticmethod
    def _concerned(tok) -> bool:
        """Parties concerned about something, said as a state ("are deeply concerned by") or a passive; or opposed
        to it ("are strongly opposed to any unilateral action")."""
        if tok.lower_ == "opposed" and any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            return tok.dep_ == "acomp" and tok.head.lemma_.lower() in STATE_VERBS or \
                tok.dep_ in ("ROOT", "conj") and passive(tok)
        if tok.lower_ != "concerned" or not any(c.dep_ in ("prep", "agent") and c.lower_ in ("about", "over", "by", "at")
                                                or c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                                                for c in tok.children):  # "are gravely concerned that ..."
            return False
        return tok.dep_ == "acomp" and tok.head.lemma_.lower() in STATE_VERBS or \
            tok.dep_ in ("ROOT", "conj") and passive(tok)

    def _at_one(self, tok, lemma: str) -> tuple[str, object, bool] | None:
        """Parties at one in something: "are united in their commitment to ...", "are in agreement with ...",
        "were on the same page over ...", "were of the view that ..."."""
        for c in tok.children:
            if c.dep_ != "prep" or c.lower_ not in ("in", "on", "of", "about"):
                continue
            for g in c.children:
                if g.dep_ not in ("pobj", "pcomp"):
                    continue
                if tok.lower_ in self.states and c.lower_ in ("in", "about", "on"):
                    # "were unanimous in their view that ...", and in anything else: "unanimous about continuing ..."
                    act = self.states[tok.lower_].get(g.lemma_.lower(), self.states[tok.lower_].get("*"))
                elif c.lower_ == "of" and lemma == "be":
                    act = self.being.get("of " + g.lemma_.lower())  # "were of the view that ..."
                elif lemma == "be" and not any(x.dep_ == "expl" for x in tok.children):
                    same = any(x.lower_ == "same" for x in g.children)
                    act = self.being.get(("same " if same else "") + g.lemma_.lower())
                else:
                    act = None
                if act:
                    return act, g, False
        if "*" in self.states.get(tok.lower_, {}) and tok.dep_ in ("acomp", "ROOT", "conj"):
            if any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
                return self.states[tok.lower_]["*"], tok, False  # "were unanimous that ...", "unanimous to focus on ..."
        at_one = next((c for c in tok.children if c.dep_ == "acomp" and "*" in self.states.get(c.lower_, {})), None) \
            if lemma == "be" else None
        if at_one is not None and any(c.dep_ in ("ccomp", "xcomp") and c.i > at_one.i for c in tok.children):
            return self.states[at_one.lower_]["*"], at_one, False  # the same, the clause hung on "were"
        return None

    def _receives_guest(self, tok, objects: list) -> bool:
        """A host welcomes or receives a guest: "welcomed Secretary Pompeo to New Delhi", "received his Greek
        counterpart", and "received on Thursday Chilean Defence Minister A", the guest the parser hung on "on"."""
        if any(o.pos_ == "PROPN" and o.lemma_.lower() not in self.meeting_nouns for o in objects) \
                and any(c.dep_ == "prep" and c.lower_ in ("to", "in") and c.i > tok.i for c in tok.children):
            return True
        if any(self._guest(o) for o in objects if o.dep_ == "dobj"):
            return True
        if passive(tok) and (by := self._agent(tok)) is not None and (self._guest(by) or by.lemma_.lower() in OFFICIALS):
            return True  # "A was received by Norwegian Prime Minister B": the guest named first
        return tok.tag_ == "VBD" and not objects and any(
            c.dep_ == "prep" and c.lower_ in ("on", "in", "at")
            and any(g.dep_ == "pobj" and g.pos_ == "PROPN" and self._guest(g) for g in c.children) for c in tok.children)

    @staticmethod
    def _guest(obj) -> bool:
        """Whom a host welcomes: a counterpart, a delegation, an official by title ("welcomed visiting Foreign
        Minister A"), not a plan or a statement ("welcomed the new Strategy")."""
        return obj.lemma_.lower() in GUESTS or obj.pos_ == "PROPN" and (bool(TITLE_WORD_ANY_CASE.search(
            " ".join(w.text for w in obj.subtree if w.i <= obj.i)))  # "the Minister of Defence of Chile, A", "navy commander A"
            or any(c.dep_ == "appos" and TITLE_WORD_ANY_CASE.search(c.text) for c in obj.children))  # "Mr. A, Chile's Defense Minister"

    def _person(self, obj) -> bool:
        """A name met ("met Ibn Ouf", "met President A"), not a party, a place or a meeting ("met NATO", "met Oslo")."""
        name = " ".join(w.text for w in obj.subtree if w.i <= obj.i and w.dep_ in ("compound", "amod", "poss") or w is obj)
        return obj.tag_ == "NNP" and obj.lemma_.lower() not in self.meeting_nouns and not self.kb.parties_in(name) \
            and self.kb.country_of_place(name) is None

    def _said(self, tok) -> bool:
        """The clause is what a verb of saying reports ("said they discussed ...")."""
        return tok.dep_ == "ccomp" and (tok.head.lemma_.lower() in REPORTING or self._speech(tok.head))

    def _report_around(self, tok):
        """The clause reported that holds ``tok`` further down ("affirmed ties, as the ministers met ..., a release
        said": "met" is within what "said" reports), or None; not a verb joined to it, an act of its own."""
        while tok.dep_ in ("advcl", "xcomp") and tok.head.i != tok.i:
            tok = tok.head
            if self._said(tok):
                return tok
        return None

    @staticmethod
    def _own_side(subj) -> bool:
        """"his country", "her government": the side of whoever speaks."""
        return subj.lemma_.lower() in OWN_SIDE and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its")
                                                      for c in subj.children)

    def _of_themselves(self, tok, status: dict) -> bool:
        """"Lund said he was confident ...": one speaker telling his own view; the saying is the act of record."""
        verb = tok.head if tok.dep_ == "acomp" else tok  # "said he was pleased": the state's verb is what was said
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return self._said(verb) and subj is not None and subj.lower_ in ("he", "she", "i") \
            and not any(c.dep_ == "conj" for c in subj.children) and len(status.get(verb.head.i) or ()) == 1

    def _backshifted(self, tok) -> bool:
        """"Lund said Norway would send two ships": the "will" of what was said, told in the past; not a minister's
        own words quoted, where "would" keeps its own sense."""
        if not (any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children) and self._said(tok)
                and tok.head.tag_ == "VBD" and not _within_quotation(tok)):
            return False
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or _of_more_than_one(subj):
            return False  # "said the two nations would ...": what one side says both will do stays his word
        said_of = {t.i for c in subj.subtree if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}  # "Chile, which ..."
        named = {code for _, _, code in self.kb.parties_in(" ".join(w.text for w in subj.subtree if w.i not in said_of))}
        return len(named) == 1 or subj.lower_ == "it"

    def _both_told_by_one(self, tok) -> bool:
        """"Lund said the two nations will hold a drill": what one speaker says both sides will do stays his word, as
        with "would"; the saying carries it. Not "The ministers said both sides will ...", said by both."""
        if not self._said(tok):
            return False
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not (_of_more_than_one(subj) or len(self.kb.parties_in(" ".join(w.text for w in subj.subtree))) > 1):
            return False
        speaker = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return speaker is not None and speaker.tag_ in ("NNP", "NN", "PRP") and speaker.lower_ not in ("they", "we") \
            and not _of_more_than_one(speaker) \
            and speaker.lemma_.lower() not in self.attributing

    def _reported_speech(self, tok) -> bool:
        """"Gates said the United States will continue to ...": what a party will do, as reported; not what a
        relationship will be ("said the partnership will have a defining role")."""
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return self._said(tok) and subj is not None and subj.lemma_.lower() not in RELATIONSHIPS

    def _said_by_speaker(self, tok) -> bool:
        """What a minister or a side said it did ("Kim said they discussed ..."): readers quote it from "said";
        what officials or a ministry said is only attributed ("Officials said both sides reaffirmed ...")."""
        if not self._said(tok):
            return False
        saying = tok.head
        while (saying.dep_ == "conj" or _adding(saying)) and not any(c.dep_ == "nsubj" for c in saying.children) \
                and saying.head.i != saying.i:
            saying = saying.head  # "Li praised the ties and remarked that ...", "..., adding that ...": who praised
        subj = next((c for c in saying.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.lemma_.lower() not in self.attributing

    def _meeting_word(self, w) -> bool:
        """A word that names a meeting: "talks", "session", or a word of a registered dialogue's name."""
        return w.lemma_.lower() in self.meeting_nouns or w.lower_ in self.dialogue_words

    def _about_meeting(self, tok, objects) -> bool:
        # the object's own words and its "of" phrase ("the first round of talks"), not a clause hung on it
        # ("held joint exercises, initiated in response to ... talks")
        words = []
        for o in objects:
            hung = {x.i for c in o.subtree if c.i != o.i and c.dep_ in ("acl", "relcl", "advcl") for x in c.subtree}
            words += [w for w in o.subtree if w.i not in hung]
        if tok.lemma_.lower() in ("host", "convene", "meet", "gather"):  # "hosted ... for the 2+2 dialogue", "convened for the 26th KIDD"
            words += [w for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for w in c.subtree]
        # what was held is in its object: "The talks were held", but not "group members held a rally"
        held = tok.lemma_.lower() == "hold" and objects
        subj = [w for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree] if not held else []
        if not held and not subj and passive(tok) \
                and (fronted := self._fronted_subject(tok)) is not None:
            subj = [w for w in fronted.subtree if w.i < tok.i]  # "At the invitation of A, the meeting ... was held"
        if any(w.lower_ in ("which", "that") for w in subj + words):  # "this meeting, which was held for two days"
            subj += [tok.head] if tok.dep_ == "relcl" else \
                [g for c in tok.children if c.dep_ == "prep" and c.i < tok.i for g in c.children if g.dep_ == "pobj"]
        if tok.lemma_.lower() == "hold" and any(o.lemma_.lower() in ("discussion", "deliberation", "conversation") for o in objects):
            return False  # "held discussions on ... defence engagements": the talks had, what they took up is no meeting
        if any(o.tag_ == "NNS" and o.lower_ in HABITUAL_MEETINGS and not any(
                c.dep_ in ("det", "poss") or c.like_num and not c.text[:1].isdigit() and c.dep_ == "amod" for c in o.children)
               for o in objects):
            return False  # "Norway has held 2+2 meetings with three partners", "Chile holds 2+2 Dialogues with ...": a habit;
            # "held their first two-plus-two meetings" is one round
        for w in words + subj:
            if w.lemma_.lower() in self.meeting_nouns or w.lower_ in self.meeting_nouns \
                    or w.lower_ in self.dialogue_words and w.text[:1].isupper() and not self._in_party_name(w):
                return True  # a word of a dialogue's name, not of a country's ("authority over South Korean troops")
        if tok.lemma_.lower() in ("meet", "gather", "convene", "reconvene") and not objects:
            return True  # "met in Seoul", "gathered Wednesday in Seoul", "convened online last week"
        return False

    # -- subjects ------------------------------------------------------------
    @staticmethod
    def subject(tok, parent=None):
        """The token heading the subject of a verb, following coordination and participles."""
        for _ in range(8):
            if tok is None:
                return None
            if (misparsed := ActFinder._misparsed_subject(tok)) is not None:
                return misparsed
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "expl", "nsubjpass", "csubjpass")
                        or c.dep_ == "csubj" and passive(tok)] or [
                g for c in tok.children if tok.pos_ == "ADJ" and c.pos_ == "AUX" and c.i < tok.i
                for g in c.children if g.dep_ == "nsubj"]
            # the parser hangs a state's subject on its copula at times: "Ministers (were) pleased"
            if subjects and subjects[-1].lower_ == "who" and tok.dep_ == "relcl":
                return tok.head  # "the minister, who also expressed concern ...": the one the clause is about
            if subjects:
                return subjects[-1]  # the one nearest the verb heads the phrase ("The co - chairs")
            if (first := ActFinder._series_first(tok)) is not None:
                return next(g for g in first.children if g.dep_ == "nsubj")
            if (said := ActFinder._said_series_subject(tok)) is not None:
                return said
            up = parent(tok) if parent else tok.head
            if up is None or up.i == tok.i:
                return ActFinder._fronted_subject(tok)
            if tok.dep_ == "conj" or (tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG") or tok.dep_ == "acomp":
                tok = up
                continue
            if _gerund_of_act(tok):  # "closed the meeting by reiterating ...": who closed it reiterated
                tok = up.head
                continue
            if tok.dep_ == "xcomp" and up.lemma_.lower() in RAISING or tok.dep_ == "advcl" and up.lemma_.lower() == "go" \
                    and any(c.dep_ == "prt" and c.lower_ == "on" for c in up.children) \
                    or tok.dep_ in ("xcomp", "advcl") and up.lemma_.lower() in ("take", "use", "seize") and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in OCCASIONS | {"meeting", "forum"}
                        for c in up.children):
                tok = up  # "are believed to have shared concern", "went on to note", "took this occasion to thank"
                continue
            if (taker := _occasion_taken(tok)) is not None:
                tok = taker  # "took the opportunity to praise" parsed as the opportunity's own clause
                continue
            return None
        return None

    @staticmethod
    def _said_series_subject(tok):
        """"The ministry said both sides gave briefings, reviewed ... and discussed ...": the parser hangs the
        series' later verbs on "said" as clauses of their own, without the subject the first one has."""
        if tok.dep_ != "ccomp" or tok.i == 0 or tok.doc[tok.i - 1].text != "," \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
            return None
        first = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i < tok.i and c.tag_ == tok.tag_), None)
        return next((g for g in first.children if g.dep_ == "nsubj"), None) if first is not None else None

    @staticmethod
    def _series_first(tok):
        """"the two sides discussed ideas ..., underscored the need ... and pledged ...": a series of verbs the
        parser hung on the second, the first taken for a clause of its own (with the series' subject)."""
        if tok.i == 0 or tok.doc[tok.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return None
        for c in tok.children:
            if c.dep_ == "advcl" and c.i < tok.i and c.pos_ == "VERB" and c.tag_ == tok.tag_ \
                    and not any(g.dep_ in ("mark", "advmod", "aux") and g.i < c.i for g in c.children) \
                    and any(g.dep_ == "nsubj" for g in c.children):
                return c
        return None

    def _meeting_actors(self, verb, actors: list[str], ctx: ActorContext) -> list[str]:
        """A meeting is held by all who met: "the U.S. DoD hosted the ROK MND for the 13th KIDD"."""
        found = set(actors)
        called = verb.lemma_.lower() == "call"  # "called on Minister B": the one called on met him
        met_with = ("on", "upon") if called else ("with",)
        for c in verb.children:
            # those met or hosted, not the place of the meeting ("convened ... in Singapore")
            if c.dep_ in ("dobj", "attr") or c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "for", *met_with):
                # nor what they met about ("met for their annual talks about North Korea's missiles")
                place = {w.i for p in c.subtree if p.dep_ == "prep" and p.lower_ in ("in", "at", "on") and p.i != c.i
                         for w in p.subtree}
                place |= {w.i for p in c.subtree if p.i != c.i and p.lower_ in ABOUT for w in p.subtree}
                # nor what a clause on the meeting tells ("held a meeting with B, where they discussed aid to C")
                place |= {w.i for p in c.subtree if p.i != c.i and p.dep_ == "relcl" and p.pos_ in ("VERB", "AUX")
                          for w in p.subtree}
                # nor an office's portfolio ("Directors for Central Asia and Russia")
                place |= {w.i for p in c.subtree if p.lower_ == "for" and p.i != c.i
                          and PORTFOLIO.search(p.head.text + " for") for w in p.subtree}
                phrase = " ".join(w.text for w in c.subtree if w.i not in place)
                found |= {code for _, _, code in parties_outside_names(phrase, ctx)}
        # "A met with minister B": in a meeting of two sides, the one met is the other side
        met_someone = verb.lemma_.lower() in ("meet", "call") and len(ctx.parties) == 2 and any(
            c.dep_ == "prep" and c.lower_ in met_with and any(o.dep_ == "pobj" and o.pos_ == "PROPN" and not self.kb.parties_in(o.text)
                                                           for o in c.children) for c in verb.children) \
            or verb.lemma_.lower() == "meet" and len(ctx.parties) == 2 and any(  # "He met his counterpart, General A"
                c.dep_ == "dobj" and (c.lemma_.lower() in ONE_MET or self._person(c)) for c in verb.children) \
            or verb.lemma_.lower() == "receive" and len(ctx.parties) == 2 and any(  # "received a courtesy call from A"
                c.dep_ == "dobj" and c.lemma_.lower() in ("call", "visit") for c in verb.children)
        if len(ctx.parties) == 1 and self.kb.is_organisation(ctx.parties[0]) and ctx.parties[0] in found:
            return list(ctx.parties)  # "Bishkek hosted the meeting of the SCO's ministers": the body meets as itself
        if set(ctx.parties) <= found or (found <= set(ctx.parties) and (met_someone or any(
                w.lower_ in self.dialogue_words and w.text[:1].isupper() for w in verb.subtree))):
            return sorted(ctx.parties) if set(found) <= set(ctx.parties) else sorted(found)
        if len(ctx.parties) == 2 and len(found) == 1 and found < set(ctx.parties) and verb.lemma_.lower() in ("hold", "have") \
                and any(o.dep_ == "dobj" and (self._meeting_word(o) or any(
                    self._meeting_word(g) for p in o.children if p.lower_ == "of" for g in p.children)) for o in verb.children):
            return sorted(ctx.parties)  # "A held a series of meetings while in Chile": at talks of two, with the other
        return sorted(found)

    def _done_with(self, verb, ctx: ActorContext) -> set[str]:
        """The sides of the one a reciprocal act was done with: "discussed with his Chilean counterpart B ...",
        "discussed ... in a meeting with Minister B"."""
        withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
        withs += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "at")
                  for o in c.children if o.dep_ == "pobj" and self._meeting_word(o)
                  for g in o.children if g.dep_ == "prep" and g.lower_ == "with"]
        # "discussed the deepening of ties with B": a person met, though the parser hangs him on the matter
        # a paper signed with a country is signed by it too ("signed an agreement with its neighbour, Chile")
        signed = verb.lemma_.lower() in SIGNED_WITH
        withs += [g for c in verb.children if c.dep_ == "dobj" for g in c.subtree if g.dep_ == "prep" and g.lower_ == "with"
                  and (signed or any(
                      o.dep_ == "pobj" and (o.pos_ == "PROPN" and not self.kb.parties_in(o.text)
                                            or o.lemma_.lower() in ONE_MET | OFFICIALS)  # "held discussions with the navy's commander"
                      for o in g.children))]
        found: set[str] = set()
        for w in withs:
            # the one met, not a side ("talked with the Chilean side" stays the side's own act)
            # ... or that side's officials ("agreed with Chilean officials to ...")
            # ... or one named beside a common noun ("signed an agreement with its neighbour, Chile")
            objects = [o for p in w.children if p.dep_ == "pobj" for o in (p, *(a for a in p.children if a.dep_ == "appos"))]
            for o in (o for o in objects if o.pos_ == "PROPN" or o.lemma_.lower() in ONE_MET
                      or o.lemma_.lower() in OFFICIALS):
                who = resolve(" ".join(t.text for t in o.subtree), o.lemma_, ctx,
                              any(c.dep_ in ("det", "poss") for c in o.children))
                found |= set(who or ())
            # "discussed with his Slovak counterpart B security challenges": the parser makes the matter the object
            met = next((t for t in w.subtree if t.i > w.i and t.lemma_.lower() in ONE_MET and t.dep_ == "compound"), None)
            if met is not None and not found:
                found |= set(resolve(" ".join(t.text for t in w.doc[w.i + 1:met.i + 1]), met.lemma_, ctx, True) or ())
        return found

    def _arrived_at(self, tok) -> tuple[str, object, bool] | None:
        """"The two sides came to an agreement on ...": what the subject arrived at is its act."""
        arrived = self._prep_object(tok, self.arrivals)
        return (*arrived, False) if arrived is not None else None

    @staticmethod
    def _prep_object(tok, table: dict[str, dict[str, dict[str, str]]]) -> tuple[str, object] | None:
        """The act and noun a table of verb, preposition and object noun gives ("result in agreement", "come to
        terms": the noun as written or as its lemma, for an idiom in the plural)."""
        verbs = {**table.get(tok.lemma_.lower(), {}), **table.get(_with_particle(tok), {})}  # "come to", "come up with"
        for c in tok.children:
            nouns = verbs.get(c.lower_) if c.dep_ == "prep" else None
            for g in c.children if nouns else ():
                if g.dep_ == "pobj" and (noun := g.lower_ if g.lower_ in nouns else g.lemma_.lower()) in nouns:
                    return nouns[noun], g
        return None

    def _matter_act(self, tok) -> str | None:
        """The act of "came under discussion", "came up for review": said of the matter, done by the meeting."""
        places = self.matter_places.get(tok.lemma_.lower(), {})
        holders = [tok, *(c for c in tok.children if c.dep_ in ("acomp", "advmod"))]  # "was high on the agenda"
        for c in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in places):
            if any(g.dep_ == "pobj" and g.lemma_.lower() in places[c.lower_] for g in c.children) \
                    and any(s.dep_ in ("nsubj", "nsubjpass") for s in tok.children):
                return "discuss"  # "Fisheries were on the agenda", "featured prominently in the talks"
        if tok.lemma_ == "be":
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            roles = []
            if any(c.lemma_.lower() not in self.meeting_subjects for c in subjects):
                roles += [a for a in tok.children if a.dep_ == "attr" and a.lemma_.lower() in self.matter_roles]
                roles += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                          if g.dep_ == "pobj" and g.lemma_.lower() in self.matter_roles]  # "was in the focus of ..."
            if any(a.dep_ == "attr" for a in tok.children):  # "The main topic of the talks was border security"
                roles += [c for c in subjects if c.lemma_.lower() in self.matter_roles]
            if roles and any(p.dep_ == "prep" and p.lower_ in ("of", "at", "during") and any(
                    g.dep_ == "pobj" and (self._meeting_word(g) or g.lemma_.lower() in self.meeting_subjects) for g in p.children)
                   for r in [*roles, tok] for p in r.children):
                return "discuss"  # "Border security was the focus of the talks", "A central point of the discussions was ..."
        held = self.matter_objects.get(tok.lemma_.lower())
        if held and any(s.dep_ == "nsubj" and s.lemma_.lower() not in self.meeting_subjects | self.meeting_kinds
                        for s in tok.children):
            for o in (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in held):
                if o.lemma_.lower() == "agenda" or self._meeting_word(o) or any(
                        p.dep_ == "prep" and p.lower_ in ("of", "at", "during", "in") and any(
                            g.dep_ == "pobj" and (self._meeting_word(g) or g.lemma_.lower() in self.meeting_subjects)
                            for g in p.children) for p in (*o.children, *tok.children)):
                    return "discuss"  # "Polar research formed the main theme of the talks", "Fisheries topped the agenda"
        if (act := self._listed_matter(tok)) is not None:
            return act
        # "The talks resulted in agreement on ...": what the meeting came to, its parties did
        if (came_to := self._prep_object(tok, self.outcomes)) is not None:
            said_of = [s for s in tok.children if s.dep_ == "nsubj"] or [self._misparsed_subject(tok)]
            if any(s is not None and self._meeting_word(s) for s in said_of):
                return came_to[0]
        nouns = self.matter_phrases.get(tok.lemma_.lower())
        if not nouns:
            return None
        up = any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
        for c in tok.children:  # "came under discussion", "came up for review"; not "came together for discussions"
            if c.dep_ == "prep" and (c.lower_ == "under" or c.lower_ == "for" and up):
                for g in c.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() in nouns:
                        return nouns[g.lemma_.lower()]
        return None

    def _intends(self, tok) -> bool:
        """The verb's object is an intention with what is to be done ("their wish to patrol together")."""
        return any(o.dep_ == "dobj" and o.lemma_.lower() in self.intentions and takes_infinitive(o) for o in tok.children)

    def _listed_matter(self, tok) -> str | None:
        """"Among the subjects discussed were ...", "The issues agreed upon included ...": the act of the participle
        that lists the matters, when no one else is named as its doer."""
        lists = self.matter_lists
        # "Other topics taken up are patrolling the fjords and ...": the parser's progressive is the list's copula
        listing = tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)
        if tok.lemma_.lower() not in lists.get("verbs", ()) and not listing:
            return None
        matters = [c for c in tok.children if c.dep_ == "nsubj"]
        matters += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "among" for g in c.children if g.dep_ == "pobj"]
        for n in matters:
            if n.lemma_.lower() not in lists.get("nouns", ()) and n.lower_ not in lists.get("nouns", ()):
                continue
            for p in n.children:
                if p.dep_ in ("acl", "amod") and p.tag_ in ("VBN", "VBD") \
                        and {p.lemma_.lower(), _with_particle(p)} & set(lists.get("participles", ())) \
                        and self._by_all_or_none(p):
                    return "agree" if self.verbs.get(p.lemma_.lower()) == "agree" else "discuss"
        return None

    def _by_all_or_none(self, participle) -> bool:
        """No doer named, or all the sides: "issues the two ministers discussed ... by Norway and Chile"."""
        agent = self._agent(participle)
        if agent is None:
            return not any(c.dep_ == "agent" for c in participle.children)
        phrase = " ".join(w.text for w in agent.subtree)
        named = {code for _, _, code in self.kb.parties_in(phrase)}
        return len(named) >= 2 or not named and bool(COLLECTIVE.search(phrase))  # not "by the U.S. side"

    def actors_of(self, subj, ctx: ActorContext, act: str, verb=None) -> list[str] | None:
        if verb is not None and self._matter_act(verb) is not None:
            return sorted(ctx.parties) or None  # the matter came under discussion: the meeting discussed it
        if subj is None:
            if verb is not None and verb.dep_ == "ROOT" and verb.tag_ == "VBN" and act != "meet" \
                    and passive(verb) and not any(c.dep_ == "agent" for c in verb.children):
                return sorted(ctx.parties) or None  # "Also discussed was how to ...": the meeting's parties
            if verb is not None and self._telegraphic(verb):
                return sorted(ctx.parties) or None  # "- Reaffirmed the ironclad commitment ...": a readout's item
            return None
        if subj.lemma_.lower() in JOINT_DOCUMENTS and (any(c.lower_ == "joint" for c in subj.children)
                                                     or subj.lemma_.lower() in JOINT_BY_NATURE or self._the_document(subj)) \
                and not (verb is not None and (self._speech(verb) or verb.lemma_.lower() in REPORTING and not _notes_matter(verb)
                                               or any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children))):
            return sorted(ctx.parties) or None  # "The joint statement also welcomed ...": its signatories
        if subj.dep_ == "expl" and subj.lower_ == "there":
            return sorted(ctx.parties) or None  # "There were also discussions on ..."
        if (subj.lower_ == "we" and act not in ("agree", "discuss", "meet") or subj.lower_ == "i" and subj.dep_ == "nsubj") \
                and _within_quotation(subj) and (speaker := self._quoted_speaker(subj, ctx)):
            return speaker  # '"We will support this effort," Hegseth said': the speaker's side; "we agreed" is both
        if (subj.dep_ in ("nsubjpass", "csubjpass") or subj.dep_ == "csubj" and passive(subj.head)) and act != "meet" \
                and (verb is None or subj.head.i == verb.i) \
                and not (verb is not None and (verb.lower_ in self.states or verb.lower_ in BINDING_STATES
                                               or self._concerned(verb) or _about_to(verb) is not None)):
            # "are united in", "are committed to": a state; "are set to boost": as "will boost"
            return self._passive_actors(subj, ctx, verb)
        words = [w for w in subj.subtree if w.dep_ not in ("relcl", "acl") or w.i == subj.i]
        # keep only the subject's own tokens, not a relative clause hanging on it
        siblings = [c for c in subj.head.children if c.dep_ == subj.dep_] if subj.dep_ != "ROOT" else [subj]
        # "A, in a meeting with B's navy chief, Admiral C, stressed ...": C, read as a second subject, is whom A met
        siblings = [c for c in siblings if not _after_setting(c)] or siblings
        subj = subj if subj in siblings else siblings[0]
        # ... but "teams representing A and B" says whom they stand for
        blocked = {x.i for w in subj.subtree if w.dep_ in ("relcl", "acl") and w.i != subj.i
                   and not (w.dep_ == "acl" and w.lemma_.lower() == "represent") for x in w.subtree} | _setting_of(subj)
        # the subject ends before its verb: an apposition the parser hung after the verb is not part of it
        words = [w for sib in siblings for w in sib.subtree if w.i not in blocked and (verb is None or w.i < verb.i)]
        if not words and verb is not None and subj.i > verb.i and (self._speech(verb) or any(
                c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)):
            # "..., said Minister Lund", "..., stressed Minister Lund": the speaker after, his words before
            words = [w for w in subj.subtree if w.i not in blocked]
        if verb is not None and words:
            first = min(w.i for w in words)
            words = (self._pair_left_off(subj.doc, first) or _coordination_left_off(subj.doc, first)) + words
        phrase = " ".join(w.text for w in words)
        has_det = any(w.dep_ in ("det", "nummod", "poss", "prep", "predet") for w in subj.children)
        if act == "meet" and ctx.venue and phrase.strip() == ctx.venue.split(",")[0].strip():
            return sorted(ctx.parties) or None  # "Baku hosts the 16th ... meeting": the city for those who met in it
        if act == "meet":
            if verb is not None and (during := self._meeting_told(verb)) is not None:
                named = {code for _, _, code in self.kb.parties_in(" ".join(w.text for w in during.subtree))}
                return sorted(ctx.parties) if named <= set(ctx.parties) else None  # those who held the meeting
            if subj.dep_ == "nsubjpass" and self._meeting_word(subj) and (by := self._agent(verb)) is not None:
                # "The meeting was attended by Chilean and Peruvian admirals": the sides it names met;
                # "... by representatives from both countries": the parties
                named = " ".join(w.text for w in by.subtree)
                who = resolve(named, by.lemma_, ctx, any(c.dep_ in ("det", "nummod", "poss") for c in by.children))
                if self.kb.parties_in(named) or who and set(who) == set(ctx.parties):
                    return who
            # the dialogue itself as subject: "The 16th KIDD took place", "The 18th KIDD convened officials"
            if any(w.lower_ in self.dialogue_words and w.text[:1].isupper() for w in words) and not self.kb.parties_in(phrase):
                return sorted(ctx.parties) or None
            if self._this_meeting(subj, ctx, verb) and {code for _, _, code in self.kb.parties_in(phrase)} <= set(ctx.parties):
                return sorted(ctx.parties) or None  # "The dialogue was held in Colombo", "The talks with Kyrgyzstan took place"
        elif (subj.lemma_.lower() in self.meeting_subjects or subj.lower_ in ctx.dialogue_kinds) and not self.kb.parties_in(phrase):
            return sorted(ctx.parties) or None  # "The talks highlighted ...", "The meeting concluded with a pledge"
        elif self._names_dialogue(phrase, ctx):
            return sorted(ctx.parties) or None  # "AUKMIN III highlighted ...", "the members of the SCC affirmed"
        elif subj.lemma_.lower() in MEETING_PARTS and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(
                    self._meeting_word(g) or g.lower_ in ctx.dialogue_kinds or g.text in self.kb.dialogue_acronyms
                    for g in p.children) for p in subj.children) and not self.kb.parties_in(phrase):
            return sorted(ctx.parties) or None  # "Working groups of the Council reviewed ...": the meeting's
        reports = verb is None or subj.head.i != verb.i or self._speech(verb) or act == "other"
        who = resolve(phrase, subj.lemma_, ctx, has_det, reports)
        if who is None and subj.pos_ == "PROPN" and (other := _the_unplaced_side(phrase, ctx)):
            return other
        if who is not None and len(who) == 1 and (pair := self._named_pair(subj, who, ctx)):
            return pair
        if verb is not None and (who is None or len(who) == 1) and (side := SIDE_FRONTED.match(verb.sent.text)) \
                and len(named := {c for _, _, c in self.kb.parties_in(side[1])}) == 1 and named <= set(ctx.parties):
            return sorted(named)  # "On the Chilean side, Minister A conveyed ...": the side the sentence opens on
        return who

    def _named_pair(self, subj, who: list[str], ctx: ActorContext) -> list[str] | None:
        """"Soto and Lund agreed ...", "Oslo and Santiago welcomed ...", at talks of two countries where the page
        places one of the two and not the other: two named acting together are the two sides."""
        countries = [c for c in ctx.parties if len(c) == 3]
        names = [subj, *(c for c in subj.conjuncts if c.dep_ == "conj")]
        if len(ctx.parties) != 2 or len(countries) != 2 or len(names) != 2 or not all(n.text[:1].isupper() for n in names):
            return None
        unplaced = [n for n in names if n.lower_ not in ctx.people and not self.kb.parties_in(n.text)]
        if len(unplaced) != 1 or not _a_name(unplaced[0].text, self.kb):
            return None
        return sorted(countries) if who[0] in countries else None

    def _pair_left_off(self, doc, first: int) -> list:
        """"Ethiopia, Djibouti agree to ...": a headline's pair whose first country the parser left off the subject
        starting at ``first``; the words of that country's name, when only a dateline stands before it."""
        if first < 2 or doc[first - 1].text != "," or doc[first - 2].pos_ != "PROPN":
            return []
        other = doc[first - 2]
        start = other.i
        while start > other.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == other.i:
            start -= 1  # "South Korea, Japan agree ...": the whole name
        named = list(doc[start:other.i + 1])
        opening = all(w.pos_ in ("PROPN", "PUNCT") for w in doc[other.sent.start:start])
        return named if opening and self.kb.party_of_name(" ".join(w.text for w in named)) else []

    def _quoted_speaker(self, tok, ctx: ActorContext) -> list[str] | None:
        """The one party whose minister speaks the quotation a word stands in, by a verb of saying outside it."""
        found = set()
        for v in tok.doc:
            if v.lemma_.lower() in QUOTING and not _within_quotation(v) and v.i != tok.i:
                for s in (c for c in v.children if c.dep_ == "nsubj" and c.lower_ not in ("we", "i")):
                    who = resolve(" ".join(w.text for w in s.subtree), s.lemma_, ctx, False)
                    if who:
                        found.add(tuple(who))
        return list(found.pop()) if len(found) == 1 and len(next(iter(found))) == 1 else None

    @staticmethod
    def _telegraphic(verb) -> bool:
        """A readout's or a communiqué's item that starts at its verb, without a subject ("Strongly condemned ...",
        "Reaffirm ...")."""
        if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP", "VB"):
            return False  # VBZ, VBP: a communiqué's operative paragraph ("Council: 1. Reiterates ...", "The Ministers: Reaffirm ...")
        before = [w for w in verb.doc[verb.sent.start:verb.i] if not (w.is_punct or w.is_space)]
        return all(w.pos_ == "ADV" for w in before) and (before[0] if before else verb).text[:1].isupper()

    def _in_party_name(self, w) -> bool:
        """The word is part of a party's name in its sentence ("South" of "South Korean")."""
        sent = w.sent
        return any(sent.start_char + a <= w.idx < sent.start_char + b for a, b, _ in self.kb.parties_in(sent.text))

    @staticmethod
    def _the_document(subj) -> bool:
        """"The statement endorsed ...": the statement the page has named, two words and nothing else."""
        return [w.lower_ for w in subj.subtree] == ["the", subj.lower_]

    def _body(self, subj, ctx: ActorContext) -> bool:
        """The subject is the meeting or the body that met ("The meeting", "The commission", "The JPCDS"), which a
        following "It" goes on speaking for."""
        phrase = " ".join(w.text for w in subj.subtree)
        return (subj.lemma_.lower() in self.meeting_subjects | JOINT_BY_NATURE or self._the_document(subj) or subj.lower_ in ctx.dialogue_kinds
                or self._names_dialogue(phrase, ctx)) and not self.kb.parties_in(phrase)

    def _names_dialogue(self, phrase: str, ctx: ActorContext) -> bool:
        """The subject is the dialogue itself, by its name or acronym, and names no party besides."""
        for name in ctx.dialogue_names:
            flags = 0 if name.isupper() else re.I
            m = re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", phrase, flags)
            if m and not self.kb.parties_in(phrase[:m.start()] + " " + phrase[m.end():]):
                return True
        return False

    @staticmethod
    def _naming_as(tok, particles) -> bool:
        """"(referred to collectively as ...)", "referred to Chile as a partner" name, they are no act; the talks
        "focused on piracy as a threat to trade" took it up ("..., as well as" adds, it names nothing; "As for
        the border, ..." sets the matter before the verb)."""
        if not any(c.lower_ == "as" and c.dep_ != "cc" and c.i > tok.i for c in tok.children):
            return False
        return tok.lemma_.lower() == "refer" or not any(
            c.dep_ == "prep" and c.lower_ in particles and any(g.dep_ == "pobj" for g in c.children) for c in tok.children)

    # -- the clauses of one parsed block -----------------------------------------
    def find(self, parsed: Parsed, ctx: ActorContext) -> list[Clause]:
        doc = parsed.doc
        cands: dict[int, tuple[str, object, bool]] = {}
        for tok in doc:
            c = self.classify(tok)
            if c:
                cands[tok.i] = c
        reattached = self._reattach(doc, cands)
        series = {i for i, j in reattached.items() if doc[j].head.i == i}  # a series' later verbs, now under its first
        for i in list(cands):
            framing = self._framing_misparsed(doc[i], cands)
            if framing is not None:  # the content goes back under its verb of record
                reattached[framing.i], reattached[i] = framing.i, framing.i

        def parent(tok):
            return doc[reattached[tok.i]] if tok.i in reattached else tok.head

        status: dict[int, list[str] | None] = {}

        def own_side(i: int, pledges: list[int]) -> bool:
            """The pledges the speaker of ``i`` reports are all his own side's."""
            return all(status.get(j) and set(status[j]) <= set(status[i]) for j in pledges)

        speakers = {t.i: c for t in doc if t.i not in cands and t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT"
                    and not _within_quotation(t) for c in t.children if c.dep_ == "nsubj" and (
                        c.pos_ == "PROPN" or c.pos_ == "NOUN" and any(w.pos_ == "PROPN" for w in c.subtree))}
        # "According to A, the two countries' interests are close. He stressed ...": A speaks, and "he" is A
        speakers.update({t.i: o for t in doc if t.lower_ == "according" and t.i not in cands and not _within_quotation(t)
                         for to in t.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")})
        for i in sorted(set(cands) | set(speakers)):
            if i not in cands:  # "Minister A visited the academy. He stressed ...": who "he" is, though no act yet
                who = resolve(" ".join(w.text for w in speakers[i].subtree), speakers[i].lemma_, ctx, False)
                if who is not None and len(who) == 1 and set(who) <= set(ctx.parties):
                    _spoke(who, ctx, person=not _no_person(speakers[i], ctx))
                elif who is None:
                    _forget_commentator(speakers[i], ctx)
                continue
            act = cands[i][0]
            subj = self.subject(doc[i], parent)
            status[i] = self.actors_of(subj, ctx, act, verb=doc[i])
            if status[i] is None and subj is not None and self._own_side(subj) and self._said(doc[i]) \
                    and status.get(parent(doc[i]).i):
                status[i] = status[parent(doc[i]).i]  # "He added that his government would keep ...": the speaker's
            if status[i] is None and subj is not None:
                _forget_commentator(subj, ctx)
            if status[i] and act == "commit" and ctx.commentator and any(
                    a.i in status and status[a.i] is None and self._speech(a) for a in doc[i].ancestors):
                status[i] = None  # "He said both navies are keen to ...", he the analyst: his view, no side's pledge
            if subj is not None and status[i] and subj.lower_ != "it":
                ctx.last_body = self._body(subj, ctx)  # what a following "It" stands for
            if status[i] and act != "meet" and self._speech(doc[i]) and not self._speaker(subj, ctx):
                status[i] = None
            if status[i] and act == "other" and self._speech(doc[i]) and subj is not None \
                    and subj.lemma_.lower() in self.speaking_bodies \
                    and any(j in cands for j in [*(w.i for w in doc[i].subtree if w.i != i),
                                                 *(a.i for a in doc[i].ancestors)]):
                status[i] = None  # "Chile will send ships, its ministry said": the ministry reports Chile's act
            pledges = self._pledges_told(doc[i], cands, before=True)
            if status[i] and act == "other" and pledges and (_said_after(doc[i]) or self._closes_words(doc[i])):
                if own_side(i, pledges):
                    status[i] = None  # "Norway will send two ships, Lund said": his own side's pledge, "said" attributes it
                else:
                    for j in pledges:  # "The navies will patrol together, Lund said": one minister's word, not a pledge
                        status[j] = None
            elif status[i] and doc[i].lemma_.lower() in REPORTING and any(
                    c.dep_ == "ccomp" and c.i < i and status.get(c.i) and not self._history(c, ctx.year)
                    for c in doc[i].children):
                # "..., officials concluded the talks, the Pentagon announced": what is reported (not a past it
                # recalls, "Ties had grown since the accord of 1990, Soto said", which leaves only his saying so)
                status[i] = None
            if act == "meet" and status[i] is not None:
                status[i] = self._meeting_actors(doc[i], status[i], ctx)
            if act == "appreciate" and doc[i].lemma_.lower() == "thank" and status[i] and len(status[i]) >= 2 \
                    and set(status[i]) == set(ctx.parties):
                thanked = self._thanked(doc[i])  # "They thanked Norway for its support": the others thanked it
                if len(thanked) == 1 and thanked < set(status[i]):
                    status[i] = sorted(set(status[i]) - thanked)
            met = doc[i].head
            if act in RECIPROCAL and status[i] and doc[i].dep_ == "conj" and cands.get(met.i, ("",))[0] == "meet" \
                    and set(status[i]) < set(status.get(met.i) or ()) and not any(c.dep_ == "nsubj" for c in doc[i].children):
                status[i] = status[met.i]  # "A held talks with B and reached an agreement on ...": both agreed
            if (act in RECIPROCAL or doc[i].lemma_.lower() in SIGNED_WITH) and status[i]:
                both = set(status[i]) | self._done_with(doc[i], ctx)
                if both != set(status[i]) and both <= set(ctx.parties):
                    status[i] = sorted(both)  # "A discussed with his Chilean counterpart B ...": both
                elif act == "discuss" and doc[i].lemma_.lower() in TALKED_OVER and len(ctx.parties) == 2 \
                        and len(status[i]) == 1 and set(status[i]) < set(ctx.parties):
                    status[i] = sorted(ctx.parties)  # at talks of two, "A discussed ..." was discussed with the other
            if status[i] and len(status[i]) == 1 and act != "meet" and set(status[i]) <= set(ctx.parties):
                # "the minister stated that Norway considers ...": someone of that side spoke for his country
                reported = doc[i].dep_ == "ccomp" and self._speech(doc[i].head)
                _spoke(status[i], ctx, person=reported or not _no_person(subj, ctx))
                self._learn_surname(subj, status[i][0], ctx)
            if status[i] is None and act not in ("meet", "other") and doc[i].dep_ == "ROOT" and subj is not None \
                    and subj.dep_ == "nsubj" and not self._speech(doc[i]) and self._unresolvable(subj):
                ctx.unresolved.append(Clause(parsed, doc[i], doc[i], act, [], [w for w in doc[i].sent if not w.is_space]))

        for i in [i for i in status if status[i] and cands[i][0] == "other" and self._speech(doc[i])]:
            if (told := self._pledges_told(doc[i], cands, before=False)) and own_side(i, told):
                status[i] = None  # "Lund said that Norway is ready to send two ships": his own side's pledge

        def valid(i: int, depth: int = 0) -> bool:
            if status.get(i) is None or depth > 10:
                return False
            tok, all_conj = doc[i], True
            if self._misparsed_predicate(tok):
                return True
            if depth == 0 and _in_infinitive_series(tok):
                return False  # "pledged to deepen ..., enhance ... and explore ...": one pledge, not an act per verb
            if depth == 0 and self._of_themselves(tok, status):
                return False  # "Lund says he is glad of ...": the speaker's word about himself, one act
            while parent(tok).i != tok.i:
                if self._open_relative(tok):
                    return True
                if tok.i == i and (taker := _occasion_taken(tok)) is not None:
                    tok = taker  # "took the opportunity to praise": the act stands where "took" does
                    continue
                if tok.dep_ in BLOCKING_DEPS and not (tok.i == i and (tok.dep_ == "conj" or _gerund_of_act(tok))) \
                        and not self._open_relative(tok):
                    return False
                # coordinated verbs and participles ("..., underlining ...", "by reaffirming ...") are acts of their own
                all_conj = all_conj and (tok.dep_ == "conj" or tok.i in series or tok.i == i and (
                    self._state_of(tok) or tok.dep_ == "advcl" and tok.tag_ == "VBG" or _gerund_of_act(tok)) or _over_gerund(tok, i))
                below, tok = tok, parent(tok)
                if below.i != i and below.dep_ == "conj" and below.i in cands and status.get(below.i) is None \
                        and doc[i].head.i == below.i and doc[i].dep_ == "ccomp" and self._speech(below):
                    return True  # "praised the ties and said Chile would ...": the pledge told stands on its own
                if below.dep_ == "ccomp" and self._speech(tok) and (_adding(tok) and cands[i][0] == "commit" or _as_saying(tok)):
                    # "praised the ties, adding that Chile is ready to ..." (a pledge; other words added go with the
                    # praise), "was quoted as saying that Norway is ready to ...": what he said, as under "said"
                    return True
                if tok.i in cands and status.get(tok.i) is not None and not self._speech(tok):
                    if below.i == i and below.dep_ == "ccomp" and set(status[i]) > set(status[tok.i]) and _done(doc[i]):
                        return valid(tok.i, depth + 1)  # "Lund noted both sides have agreed ...": one side tells what all did
                    return valid(tok.i, depth + 1) if all_conj else False
            return True

        heads = [i for i in sorted(cands) if valid(i) and not self._elsewhere(doc[i]) and not self._setting(doc[i])
                 and not _describes_forum(doc[i])
                 and not self._history(doc[i], ctx.year) and not self._negated(doc[i]) and not self._hedged(doc[i])
                 and not (cands[i][0] == "meet" and self._custom(doc[i]))]
        # one act where both verbs say the same ("welcomed and endorsed the plan"); two where they differ
        heads = [i for i in heads if not (self._shares_object(doc[i], set(heads), parent) and cands[i][0] == cands[parent(doc[i]).i][0])]
        head_set = set(heads)
        clauses: list[Clause] = []
        for i in heads:
            tok = doc[i]
            act, trig, future = cands[i]
            coordinates = {j for j in head_set if j != i and (parent(doc[j]).i == i or self._state_of(doc[j])
                                                              and parent(doc[j].head).i == i)}
            if i in series:
                coordinates.add(reattached[i])  # the series' first verb, hung below this one, is an act of its own
            toks = self._clause_tokens(tok, coordinates)
            shared = next((doc[j] for j in sorted(coordinates) if self._shares_object(doc[j], head_set, parent)), None)
            if toks and shared is not None and toks[-1].i < shared.i:
                # "reviewed and appreciated the cooperation": the first verb's object is the second's
                inner = {j for j in head_set if j != shared.i and parent(doc[j]).i == shared.i}
                toks = toks + list(doc[toks[-1].i + 1:shared.i]) + self._clause_tokens(shared, inner)
            told = any(c.i in head_set and c.dep_ == "ccomp" and not self._open_relative(c)
                       for c in tok.children)  # what was said is an act itself
            asides = {w.i for c in tok.children if told and c.dep_ in ("prep", "advmod", "npadvmod") and c.i > tok.i
                      for w in c.subtree}
            if not toks or (self._speech(tok) or told) \
                    and not any(w.i > tok.i and not w.is_punct and w.i not in asides for w in toks) \
                    and not (_said_after(tok, closing_quote=True) and any(c.dep_ == "ccomp" and c in toks for c in tok.children)):
                continue  # "He said, both sides expressed ...": what he said is the act, "He said (in turn)" alone is none
            if tok.dep_ == "acomp" and tok.head.lemma_.lower() in STATE_VERBS and tok.head.i < toks[0].i:
                # "remains committed to ...": the state is said by its verb too, and by who said it after
                toks = list(doc[tok.head.i:toks[0].i]) + toks
                for c in tok.head.children:  # "is willing to work with Chile to train ...": the parser hangs the
                    # purpose on "is", and the bare verbs that go on with it ("..., further deepen ties, and push ...")
                    if (c.dep_ == "xcomp" or c.dep_ == "advcl" and c.i == tok.i + 2 and tok.nbor().lower_ == "to"
                            or c.dep_ in ("conj", "dep") and c.tag_ == "VB" and not any(
                            g.dep_ in ("nsubj", "nsubjpass", "aux") for g in c.children)) \
                            and c.i > toks[-1].i and c.i not in head_set:
                        toks += [w for w in c.subtree if w.i > toks[-1].i and not w.is_space]
                toks = [w for w in toks if not (w.i == toks[-1].i and w.is_punct)]
                if self._said_by_speaker(tok.head) and tok.head.head.i < toks[0].i:
                    toks = _from_saying(tok.head.head, toks)  # "Lund said Norway is ready to ...", as a reader quotes it
                elif self._said(state := _first_conjunct(tok.head)) and (tail := _attribution_after(state, toks)):
                    toks = toks + tail  # "... is ready to host the next round, Lund said", "thanks A and is ready to ..., he added"
                    we = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.lower_ in ("we", "i")), None)
                    if we is not None and we.i < toks[0].i:
                        toks = list(doc[we.i:toks[0].i]) + toks  # "“We are ready to ...,” Lund said": his words whole
            elif self._said_by_speaker(tok) and tok.head.i < toks[0].i and self._said_series_subject(tok) is None:
                toks = _from_saying(tok.head, toks)  # "also said Japan will continue ...", as a reader quotes it
            elif self._said(tok) and (tail := _attribution_after(tok, toks)):
                toks = toks + tail  # "..., the ministry said in its release", as a reader quotes it
            elif (report := self._report_around(tok)) is not None and (tail := _attribution_after(report, toks)):
                toks = toks + tail  # "A affirmed ..., as the ministers met on Sunday, a release said": the last act
            elif (taker := _occasion_taken(tok)) is not None and taker.i < toks[0].i:
                toks = list(doc[taker.i:toks[0].i]) + toks  # "took the opportunity to praise ...", as a reader quotes it
            elif _gerund_of_act(tok) and tok.head.lower_ != "by" and tok.head.i < toks[0].i:
                toks = [tok.head] + toks  # "after holding their annual SCM", as a reader quotes it
            elif self._misparsed_predicate(tok):
                toks = [w for w in self._misparsed_subject(tok).subtree if w.i < toks[0].i and not w.is_space] + toks
            elif tok.dep_ in ("advcl", "xcomp") and tok.head.lemma_.lower() in ("go", "take", "use", "seize") \
                    and tok.head.i < toks[0].i:
                toks = list(doc[tok.head.i:toks[0].i]) + toks  # "went on to note that ...", "took the occasion to thank"
            intends = act in ("note", "reaffirm") and self._intends(tok)  # "stressed their wish to patrol together"
            clauses.append(Clause(parsed, tok, trig, act, status[i], toks, future=future or intends))
            clauses.extend(self._reported(parsed, toks, status[i], ctx))
        clauses.sort(key=lambda c: (c.tokens[0].i, c.head.i))
        return clauses

    def _thanked(self, verb) -> set[str]:
        """The parties thanked ("thanked Norway for ...", "thanked the Chilean side"), not what for."""
        found: set[str] = set()
        for o in (c for c in verb.children if c.dep_ == "dobj"):
            words = [w.text for w in o.subtree if not any(a.dep_ == "prep" and a.head.i == o.i and w in a.subtree
                                                          for a in o.children)]
            found |= {c for _, _, c in self.kb.parties_in(" ".join(words))}
        return found

    def _particle_act(self, verb) -> str | None:
        """The act of a verb and its particle ("touched upon", "looked into"), else None."""
        return next((self.particles[verb.lemma_.lower()][c.lower_] for c in verb.children
                     if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in self.particles.get(verb.lemma_.lower(), {})), None)

    @staticmethod
    def _agent(verb):
        """The object of a passive's "by" ("was attended by the ministers"), else None."""
        if verb is None:
            return None
        return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)

    def _passive_actors(self, subj, ctx: ActorContext, verb) -> list[str] | None:
        """The passive: "was highlighted by both sides" is theirs; "It was agreed that ..." and
        "Concern was expressed" are the meeting's parties'; any other passive subject is not an actor."""
        verb = verb if verb is not None else subj.head
        if verb.lemma_.lower() in BRIEFED and self._meeting_word(subj):
            return sorted(ctx.parties) or None  # "The Committee was briefed by the commander": the committee's members
        if (by := self._agent(verb)) is not None:
            # "by the two ministers, whom Chile's ministry called fruitful": the agent, not what is said of it
            said_of = {w.i for c in by.children if c.dep_ in ("relcl", "acl") for w in c.subtree} | _setting_of(by)
            found = resolve(" ".join(w.text for w in by.subtree if w.i not in said_of and not (
                said_of and w.is_punct and w.i > by.i)), by.lemma_, ctx,
                            any(c.dep_ in ("det", "nummod", "poss") for c in by.children))
            if found is None and self._meeting_word(by) and not _within_quotation(verb):
                return sorted(ctx.parties) or None  # "The plan was approved by the Committee": the body that met
            return found
        if subj.lower_ == "it" or self.phrases.get(verb.lemma_.lower(), {}).get(subj.lemma_.lower()):
            return sorted(ctx.parties) or None
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children) and verb.dep_ == "ROOT" \
                and not _within_quotation(verb) and subj.text not in self.kb.dialogue_acronyms \
                and (not self._meeting_word(subj) or verb.lemma_.lower() in FOUNDING):  # "A working group will be set up"
            return sorted(ctx.parties) or None  # "Training exchanges will be sustained": what the statement binds them to
        if any(c.dep_ == "prep" and c.lower_ in ("during", "at", "in") and any(
                g.dep_ == "pobj" and self._meeting_word(g) for g in c.children) for c in verb.children):
            return sorted(ctx.parties) or None  # "Regional concerns were discussed during the meeting"
        if verb.lemma_.lower() in SIGNING and subj.lemma_.lower() in SIGNED_PAPERS and verb.tag_ == "VBN" \
                and verb.dep_ != "advcl":  # not "Decades after the treaty was signed, ..."
            return sorted(ctx.parties) or None  # "A training plan for next year was signed": by the sides that met
        if (self.verbs.get(verb.lemma_.lower()) or self._particle_act(verb)) in PASSIVE_OF_THE_MEETING and verb.tag_ == "VBN" \
                and not any(c.dep_ in ("prep", "advcl") and c.lower_ in ("in", "on", "since", "before") and not _on_a_day(c)
                            and c.lower_ not in self.particles.get(verb.lemma_.lower(), {})  # "were focused on": its particle
                            and not _linking(c) for c in verb.children):
            return sorted(ctx.parties) or None  # "Industrial cooperation was discussed": by those who met
        return None

    def meeting_sentence(self, parsed: list[Parsed], kinds: list[str], opening_ends: int,
                         parties: list[str], names: tuple[str, ...] = (), round_: int | None = None) -> Clause | None:
        """The opening's sentence that says the parties met, when the parser read no act of meeting in it.

        A lead that lists three ministers with their titles before "held talks" is often parsed as one
        long noun phrase; the sentence still records the meeting, by the meeting's parties. A story that
        leads with what was signed may say so further down, naming the meeting ("The 42nd session ...
        took place from 8 to 10 August").
        """
        for where, pattern in (("opening", self.met), ("opening", self.met_in_passing), ("page", self.met),
                               ("page", self.met_in_passing)):
            for ps in parsed:
                if (ps.offset < opening_ends) != (where == "opening") or kinds[ps.block_index] not in ("paragraph", "bullet"):
                    continue
                for sent in ps.doc.sents:
                    m = pattern.search(sent.text)
                    if m is None or HISTORY.search(sent.text) or len(sent) < MIN_MEETING_SENTENCE or sent.text.rstrip().endswith("?"):
                        continue
                    said = ordinals_in(sent.text)
                    if where == "page" and not (any(n in sent.text for n in names) or round_ in said):
                        continue
                    if pattern is self.met_in_passing and round_ and any(n != round_ for n in said):
                        continue  # "build on the second Dialogue that was held in Lima"
                    at = sent.start_char + m.start()
                    verb = next((t for t in sent if t.idx >= at), None)
                    toks = [t for t in sent if not t.is_space]
                    while toks and toks[-1].is_punct:
                        toks.pop()
                    if verb is not None and toks:
                        return Clause(ps, verb, verb, "meet", sorted(parties), toks)
        return None

    @staticmethod
    def listed(parsed: Parsed, lead_in: Clause, first: bool = False) -> Clause:
        """An item of a list under "They committed to:": the lead-in's act, once more, over the item.

        The first item carries its lead-in's words ("committed to: Supporting ..."), as a reader quotes it.
        """
        toks = [t for t in parsed.doc if not t.is_space]
        while toks and (toks[0].is_punct or toks[0].like_num and len(toks) > 1 and toks[1].is_punct):
            toks = toks[1:]
        while toks and (toks[-1].is_punct or toks[-1].lower_ in ("and", "or")):
            toks.pop()
        head = next((t for t in toks if t.dep_ == "ROOT"), toks[0])
        return Clause(parsed, head, toks[0], lead_in.act, list(lead_in.actors), toks, future=lead_in.future,
                      lead_start=lead_in.start if first and lead_in.parsed is not parsed else None)

    def _this_meeting(self, subj, ctx: ActorContext, verb) -> bool:
        """A subject that is the meeting reported, held by all its parties: not "meetings" at other levels, not
        "the previous meeting", and not "was attended by ...", which names some of those present."""
        if not (subj.lemma_.lower() in self.meeting_kinds or subj.lower_ in ctx.dialogue_kinds):
            return False
        if subj.tag_ == "NNS" and subj.lower_ not in ("talks", "consultations"):
            return False
        if any(c.dep_ in ("compound", "amod") and c.lower_ in PRESS for c in subj.children):
            return False  # "once the news conference was over": the reporters' occasion, not the talks'
        if any(w.lower_ in OTHER_OCCASION for w in subj.children) or verb is not None and (
                verb.lemma_.lower() == "attend" or any(c.dep_ == "advmod" and c.lower_ in OTHER_OCCASION for c in verb.children)):
            return False
        # "The dialogue ... normally meets twice a year": what the dialogue does, not this meeting
        return not (verb is not None and verb.tag_ in ("VBZ", "VBP") and any(w.lower_ in HABITUAL for w in verb.subtree))

    @staticmethod
    def _elsewhere(tok) -> bool:
        """"restated their support at the Chile-Nordic Summit": said at another meeting, reported here (not "met
        in Oslo in advance of the Summit", where the summit only times the talks)."""
        return any(c.dep_ == "prep" and c.lower_ in ("at", "in", "during") and
                   any(w.dep_ == "pobj" and w.text == "Summit" for w in c.children) for c in tok.children)

    @staticmethod
    def _history(tok, year: int | None) -> bool:
        """"agreed in 2014 to postpone", "under the Park administration ... agreed", "have held the talks
        since 2011": an act dated before this meeting is background, not its record."""
        perfect = any(a.dep_ == "aux" and a.lower_ in ("have", "has", "had") for a in tok.children)
        if any(c.dep_ == "advmod" and c.lower_ in ("last", "previously") for c in tok.children):
            return True  # "the ministers last met in London", "as previously agreed"
        if any(c.dep_ in ("npadvmod", "advmod", "nmod", "compound") and c.i < tok.i and (
                c.lower_ in LAST_PERIODS and any(g.lower_ == "last" for g in c.children)
                or c.lower_ == "year" and {"earlier", "this"} <= {g.lower_ for g in c.children}) for c in tok.children):
            return True  # "Last year, Chile signed a contract ...", "Last November, ...", "Earlier this year, ..."
        if any(c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "then" and g.i < c.i and g.i > 0 and g.doc[g.i - 1].lower_ == "the"
                                                        for g in c.children) for c in tok.children):
            return True  # "the then Chilean president signed ...": someone in an office held before
        objects = [c.i for c in tok.children if c.dep_ in ("dobj", "ccomp")]
        for c in tok.children:
            if c.dep_ == "prep" and (c.lower_ in ("in", "on", "under", "during") or c.lower_ == "since" and perfect):
                words = [w for w in c.subtree]
                if objects and min(objects) < c.i:
                    # after the object, a phrase the parser hung on the verb may be the object's: "welcomed the
                    # progress made ... during the visit of X to Japan in 2014"; its own date still dates the verb
                    nested = {x.i for w in words if w.dep_ == "prep" and w.i != c.i for x in w.subtree}
                    words = [w for w in words if w.i not in nested]
                # not the year something is the first "since": "In the first consultation since April 2015"
                since = {x.i for w in words if w.lower_ == "since" and w.i != c.i for x in w.subtree}
                years = [int(w.text) for w in words if re.fullmatch(r"1[5-9]\d\d|20\d\d", w.text) and w.i not in since]
                if year and years and max(years) < year:
                    return True
                if c.lower_ == "under" and any(w.lower_ == "administration" for w in words):
                    return True
            if c.dep_ == "advcl" and perfect and any(
                    g.lower_ == "since" and g.dep_ == "mark" and not _first_since(g) for g in c.children):
                return True  # "have held the meeting once a year since it was launched"
        return False

    def _meeting_will(self, tok) -> bool:
        """"The meeting will discuss ...", "The NCG will hold its inaugural meeting", "The next round will be held in
        Oslo": a programme, not a pledge."""
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.dep_ == "nsubjpass" and tok.lemma_.lower() in FOUNDING:
            return False  # "A working group will be set up": a body still to be made, theirs to make
        said = self.meeting_subjects | self.meeting_nouns if subj is not None and subj.dep_ == "nsubj" else self.meeting_nouns
        return subj is not None and (subj.lemma_.lower() in said or subj.text in self.kb.dialogue_acronyms
                                     or _numbered_acronym(subj))

    def _setting(self, tok) -> bool:
        """"The talks come as Washington seeks to deepen ties ...": what the meeting is set against is background."""
        if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in tok.children):
            return False
        if tok.head.lemma_.lower() == "be":
            return False  # "Alongside were discussions of ..., as the partners reaffirmed ...": the talks' own acts
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj is not None and (subj.lemma_.lower() in self.meeting_subjects | self.meeting_nouns
                                     or subj.text in self.kb.dialogue_acronyms)

    @staticmethod
    def _custom(tok) -> bool:
        """"The dialogue takes place twice a year in alternating capitals": how a dialogue is held, said in the
        present with how often, is its custom, not this meeting."""
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.tag_ == "VBG" and [a.lower_ for a in auxes][-2:] in (["have", "been"], ["has", "been"]):
            return True  # "staff talks have been taking place for months": going on, not this meeting
        present = tok.tag_ in ("VBZ", "VBP") or tok.tag_ == "VBN" and any(c.tag_ in ("VBZ", "VBP") for c in auxes)
        if not present or any(c.tag_ in ("VBD", "MD") for c in auxes):
            return False  # "are held twice a year", "have met every two years": a habit too
        words = " ".join(w.lower_ for w in tok.subtree)
        return bool(HOW_OFTEN.search(words))

    def _hedged(self, tok) -> bool:
        """"they may have discussed", "the talks would focus on", "not clear if the United States would agree":
        what a reporter supposes or previews is not of record."""
        aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
        if aux & {"may", "might", "could"} or any(c.dep_ == "advmod" and c.lower_ in ("probably", "possibly", "presumably", "likely",
                                                                                     "perhaps", "maybe")
                                                    for c in tok.children):
            return True
        if tok.dep_ == "xcomp" and "to" in aux and (tok.head.lower_ in PREVIEW or tok.head.lemma_.lower() == "expect"
                                                     and passive(tok.head)):
            return True  # "they are expected to discuss ...", "the ministers are set to review ...": a preview
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.children):
            return True
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return "would" in aux and subj is not None and subj.lemma_.lower() in self.meeting_subjects | self.meeting_nouns

    @staticmethod
    def _negated(tok) -> bool:
        """"had not met since 2011", "did not agree", "none of the officials mentioned", "nothing had been decided":
        what did not happen is not of record."""
        return any(c.dep_ == "neg" or c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("none", "neither", "nobody", "nothing")
                                                              or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
                   for c in tok.children)

    @staticmethod
    def _fronted_subject(tok):
        """"On the eve of the anniversary of ..., Kazakhstan and the United States assessed that ...": the parser
        took the subject into the long phrase fronted before it, as one more of its nouns. The head of the words
        between that phrase's last comma and the verb, if they are a noun phrase; else None."""
        if tok.dep_ != "ROOT" or tok.pos_ != "VERB":
            return None
        commas = [w.i for w in tok.sent if w.i < tok.i and w.text == ","]
        start = commas[-1] + 1 if commas else ActFinder._unpunctuated_front_end(tok)
        if start is None:
            return None
        if commas == [tok.i - 1]:  # "Under Secretary for Policy Dr. A, hosted ...": a comma between subject and verb
            lead = tok.doc[tok.sent.start:tok.i - 1]
            top = next((w for w in lead if not lead.start <= w.head.i < lead.end), None)
            if top is not None and 0 < len(lead) <= 15 and not any(w.pos_ in ("VERB", "AUX", "PRON") for w in lead):
                if top.pos_ == "ADP":  # "Under Secretary" read as a preposition: its object is the name
                    top = next((c for c in top.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
                if top is not None and top.pos_ in ("PROPN", "NOUN"):
                    return top
        # the verb's own auxiliaries and adverbs stand between ("..., A and B have also agreed")
        own = [c.i for c in tok.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and start <= c.i < tok.i]
        span = tok.doc[start:min(own, default=tok.i)]
        # "..., Minister Soto and I agreed": a first person joined to the subject is part of it
        if not 0 < len(span) <= 15 or any(w.pos_ in ("VERB", "AUX") or w.pos_ == "PRON" and not (
                w.dep_ == "conj" and w.lower_ in ("i", "we")) for w in span) \
                or not any(w.pos_ in ("PROPN", "NOUN") for w in span):
            return None
        head = next((w for w in span if not span.start <= w.head.i < span.end), None)
        return head if head is not None and head.pos_ in ("PROPN", "NOUN") else None

    @staticmethod
    def _unpunctuated_front_end(tok) -> int | None:
        """"On Tuesday Nordic ministers agreed ...", "At the talks on 4 May Baltic ministers signed ...": news copy
        fronts a time with no comma, and the parser reads the subject as more of that phrase. Where the sentence
        opens with a preposition of the verb and its phrase holds a day, a date or a year, the subject starts
        after the last of them; else None."""
        first = tok.sent[0]
        if first.pos_ != "ADP" or first.head.i != tok.i:
            return None
        times = [w.i for w in first.subtree if w.i < tok.i - 1 and TIME_WORD.fullmatch(w.text)]
        return times[-1] + 1 if times else None

    @staticmethod
    def _misparsed_subject(tok):
        """"The discussions (during the meeting) revolved around ...": the parser hung the sentence's only verb on
        its subject as a modifier, as if the sentence were a caption. The subject, else None.

        Modifiers of the subject before the verb ("The proceedings, chaired by the ministers, focused on ...")
        may have verbs of their own, and so may phrases after it ("..., with the US elaborating on ...")."""
        if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("auxpass", "agent", "aux")
                                                                      for c in tok.children):
            return None
        root = tok.sent.root
        if root.pos_ not in ("NOUN", "PROPN") or root.i > tok.i:
            return None
        h = tok.head
        while h.i != root.i:  # hung on the subject itself or on a phrase of it ("during the meeting")
            if h.dep_ not in ("pobj", "prep") or h.head.i == h.i:
                return None
            h = h.head
        allowed = {w.i for c in root.children if c.dep_ in ("acl", "relcl") and c.i < tok.i for w in c.subtree}
        allowed |= {w.i for w in tok.subtree}
        finite = any(w.tag_ in ("VBD", "VBZ", "VBP", "MD") and w.i not in allowed for w in tok.sent)
        return None if finite else root

    def _misparsed_predicate(self, tok) -> bool:
        return self._misparsed_subject(tok) is not None

    @staticmethod
    def _framing_misparsed(tok, cands):
        """"the delegations assessed that ..., the two nations are making progress": the parser made the content
        the root and its verb of record a clause hung before it, with "that" as its object. The verb of record."""
        return next((c for c in tok.children if c.dep_ in ("advcl", "parataxis") and c.i < tok.i and c.i in cands
                     and any(g.dep_ == "nsubj" for g in c.children)
                     and any(g.dep_ in ("dobj", "mark") and g.lower_ == "that" and g.i == c.i + 1 for g in c.children)),
                    None)

    def _framed(self, tok) -> bool:
        """"..., the Ministers agreed, the two countries will ...": a verb of record with its own subject
        frames the future clause, which is then its content, not an act of its own."""
        return any(c.dep_ in ("advcl", "parataxis") and c.lemma_.lower() in self.verbs
                   and any(g.dep_ == "nsubj" for g in c.children) for c in tok.children)

    def _unresolvable(self, subj) -> bool:
        """A subject that is somebody (a name, a title), not an attribution ("officials", "the ministry")."""
        return subj.lemma_.lower() not in self.attributing | self.meeting_subjects and subj.pos_ in ("PROPN", "NOUN") \
            and subj.lower_ not in ("it", "this", "that")

    @staticmethod
    def _pledges_told(verb, cands, before: bool) -> list[int]:
        """The pledges a verb of saying reports, said before it ("Chile will send ships, Soto said") or after it
        ("Soto said that Chile is ready to ..."): the clause's verb, or the state its copula binds."""
        return [j for c in verb.children if c.dep_ == "ccomp" and (c.i < verb.i) == before
                for j in [c.i, *(g.i for g in c.children if g.dep_ == "acomp")]
                if cands.get(j, ("",))[0] == "commit" and (cands[j][2] or j != c.i)]

    def _speech(self, tok) -> bool:
        lemma = tok.lemma_.lower()
        return lemma in self.speech or lemma in self.speech_with_clause and any(
            c.dep_ == "ccomp" and c.i > tok.i for c in tok.children) and not any(c.dep_ == "dobj" for c in tok.children) \
            or lemma in self.speech_after and self._closes_words(tok)

    @staticmethod
    def _closes_words(tok) -> bool:
        """The sentence's verb says who spoke the words before it: "The navies will patrol together, Lund said"."""
        return tok.dep_ == "ROOT" and _said_after(tok, closing_quote=True)

    def _learn_surname(self, subj, party: str, ctx: ActorContext) -> None:
        """"Norway's Minister of State, Minister of the Interior ... Ola Lund expressed ...", then "Lund added ...":
        a name the page gives with a long title, learnt from the subject it resolved to one party."""
        if subj is None:
            return
        names = [w for w in subj.subtree if w.pos_ == "PROPN" and w.i < subj.i + 30]
        last = names[-1] if names else None
        if last is None or last.i + 1 < len(last.doc) and last.doc[last.i + 1].pos_ == "PROPN" or len(last.text) < 3 \
                or not last.text[:1].isupper() or TITLE_WORD.search(last.text) or self.kb.parties_in(last.text) \
                or last.text.casefold() in ctx.people or len(names) < 2 or names[-2].i != last.i - 1:
            return  # a surname after a given name ("Ola Lund"), not a country, an office or a lone word
        phrase = " ".join(w.text for w in subj.subtree)
        if {c for _, _, c in self.kb.parties_in(phrase)} != {party} or not TITLE_WORD.search(phrase):
            return  # a titled official whose party the subject says itself ("Norway's Minister ..."), not by a rule
        ctx.people[last.text.casefold()] = party

    def _speaker(self, subj, ctx: ActorContext) -> bool:
        """A person speaks: a delegation head by name, a titled official ("the Minister"), or one side."""
        if subj is None:
            return False
        words = [w.text for w in subj.subtree]
        if len(words) == 1 and words[0].lower() in ("he", "she"):
            return bool(ctx.last_single)  # the minister just named goes on speaking
        if len(words) == 1 and words[0].lower() == "they":
            return len(resolve("they", "they", ctx, False) or []) >= 2  # the sides that met, not one side's people
        if subj.pos_ == "PROPN" and subj.dep_ == "nsubj" and len(words) <= 3 and len(resolve(" ".join(words), subj.lemma_, ctx, False) or []) == 1:
            return True  # "Washington said that it would ...": a party by its name or its capital
        phrase = " ".join(words)
        if subj.pos_ == "PROPN" and _the_unplaced_side(phrase, ctx):
            return True  # "Soto says ...", the one name at talks of two that no title or nationality places
        if (phrase.lower() in ("both", "the trio", "the duo", "the pair") or COLLECTIVE.search(phrase) and (
                NUMBERED_COLLECTIVE.search(phrase) or len(ctx.kb.parties_in(phrase)) >= 2)) \
                and len(resolve(phrase, subj.lemma_, ctx, True) or []) >= 2:
            return True  # "Envoys of the two countries said ...", "Ministers from A and B said ...", "Both said ..."
        if subj.lemma_.lower() in SIDE_SPEAKERS | self.speaking_bodies \
                and len(named := {c for _, _, c in ctx.kb.parties_in(phrase)}) == 1 \
                and named <= set(ctx.parties):
            return True  # "The Chilean army chief said ...", "Chile's defence ministry said ...": that side speaks
        if OFFICE_ANAPHOR.fullmatch(" ".join(phrase.lower().split())) and ctx.last_person:
            return True  # "The general said ...": the one who spoke last goes on
        if ctx.host and len(ctx.parties) == 2 and HOST_OR_GUEST.fullmatch(" ".join(phrase.lower().split())):
            return True  # "..., the host said": the side whose country the talks were held in
        return bool(people_named(phrase, ctx)) or bool(TITLE_WORD.search(phrase)) \
            or subj.lemma_.lower() in SPEAKERS  # "the French side stated that ...", "the ministers told reporters"

    def _open_relative(self, tok) -> bool:
        """"..., at which they reaffirmed ...", "the minister, who also expressed concern ...", "..., where the two
        sides discussed ...": a relative clause that reports a new act of its own."""
        if tok.dep_ == "ccomp" and tok.i > tok.head.i:  # "concluded here during which officials discussed ...": the
            first = min(tok.subtree, key=lambda w: w.i)  # parser's content clause of the verb the relative hangs on
            return first.tag_ == "IN" and first.i + 1 < len(tok.doc) and tok.doc[first.i + 1].lower_ == "which" \
                and any(c.dep_ == "nsubj" for c in tok.children)
        if tok.dep_ not in ("relcl", "advcl"):  # "held on May 3, during which the sides reviewed": an advcl to the parser
            return False
        who = None if tok.dep_ == "advcl" else next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ == "who"), None)
        first = min(tok.subtree, key=lambda w: w.i)
        if tok.lemma_.lower() == "meet" and (who is not None or first.lower_ == "where") \
                and any(c.dep_ == "dobj" for c in tok.children):
            return True  # "an official who met Chile's minister today", "..., where he met the President": a meeting
        if who is not None and who.i > 0 and tok.doc[who.i - 1].text == "," \
                and tok.lemma_.lower() not in self.meeting_verbs | {"visit", "arrive"}:
            return True  # not "the Ministers, who met for the twelfth time, ...": that only describes them
        nxt = tok.doc[first.i + 1] if first.i + 1 < len(tok.doc) else None
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if first.lower_ == "where" and subj is not None and subj.lower_ not in ("it", "this") \
                and tok.lemma_.lower() not in self.meeting_verbs \
                and not any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in tok.children) \
                and not re.search(r"\b(?:leaders?|President|Prime Minister|PM)\b", " ".join(w.text for w in subj.subtree)):
            return True  # "The talks were held in Canberra, where the two sides discussed ...": not a leaders' summit
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "whereas") for c in tok.children) \
                and tok.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lower_ not in ("it", "this")
                                                             for c in tok.children):
            return True  # "There were discussions of regional issues, as the partners reaffirmed ...": an act of its own
        return (first.tag_ == "IN" and nxt is not None and nxt.lower_ in ("which", "whom")
                and any(c.dep_ == "nsubj" for c in tok.children))

    @staticmethod
    def _made_known(verb) -> bool:
        """"This was made known (announced, revealed) during a meeting of A and B": the news is the meeting's."""
        lemma = verb.lemma_.lower()
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return passive(verb) and subj is not None and (subj.lower_ in ("this", "it", "that") or any(
            c.dep_ == "det" and c.lower_ == "this" for c in subj.children)) \
            and (lemma in DISCLOSED or lemma == "make" and any(c.lower_ == "known" for c in verb.children))

    def _meeting_told(self, verb):
        """The meeting a verb places what it tells at: "The step came during talks of A and B", "This was made known
        at ...", "Lund said so at the talks"; else None."""
        if verb.lemma_.lower() == "come" or self._made_known(verb):
            return self._came_during(verb)
        return self._at_meeting(verb) if _said_there(verb) else None

    def _came_during(self, verb):
        """The meeting "This came during ..." or "... came at ..." names, as the object of the preposition."""
        return self._at_meeting(verb) \
            or next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"  # "came while conferring with B"
                     and c.lemma_.lower() in CONVERSING | {"meet", "receive", "host"}), None)

    def _at_meeting(self, verb):
        """The meeting, or the moment of one, a verb's "during" or "at" names: "during talks of A and B", "at the
        closing session of the ninth Joint Committee"."""
        known = [g for c in verb.children if c.dep_ == "oprd" for g in c.children]  # "made known during ..."
        return next((o for c in [*verb.children, *known] if c.dep_ == "prep" and c.lower_ in ("during", "at")
                     for o in c.children if o.dep_ == "pobj" and (self._meeting_word(o) or o.lemma_.lower() in MEETING_MOMENTS
                                                                  and any(self._meeting_word(g) for p in o.children
                                                                          if p.lower_ == "of" for g in p.children))), None)

    def _reattach(self, doc, cands) -> dict[int, int]:
        """Coordinated verbs of record the parser hung in the wrong place.

        In "concurred that X are important ..., and committed to ...", the
        parser often makes "committed" a conjunct of "are"; in "highlighted
        ..., officials said, and expressed ...", a conjunct of "said". A
        past-tense verb of record with a complement, coordinated with a verb
        that is not one, is the next act of the nearest verb of record above
        it (or, under an attribution, of the one the attribution reports). In
        "discussed X, underscored Y, and pledged Z" the parser may make the
        first verb a clause under the second: the first takes the second's
        place and the second hangs under it.
        """
        out = {}
        for i in cands:
            t = doc[i]
            if t.dep_ != "conj" or t.tag_ not in ("VBD", "VBN"):
                continue
            # "reviewed the decisions of the 10th session, which took place in 2010, and noted progress": the
            # parser joined "noted" to the relative clause's verb; it is the next act of "reviewed"
            relative = t.head.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that")
                                                      for c in t.head.children)
            if t.head.i in cands and not self._speech(t.head) and any(c.dep_ == "nsubj" for c in t.head.children) \
                    and not relative:
                continue  # an ordinary coordination of two verbs of record
            # "to expand ties and deliberated on ...": a past tense the tagger took for a participle, joined to an infinitive
            misread = t.tag_ == "VBN" and t.head.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in t.children)
            if t.tag_ == "VBN" and not misread and not (passive(t.head)
                                                        and any(c.dep_ in ("ccomp", "xcomp") for c in t.children)):
                continue  # "must be strengthened and recognized that ...": only under a passive, with a complement
            if t.tag_ not in ("VBD", "VBN") or not any(c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "attr", "advcl") for c in t.children):
                continue
            own = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            h = t.head
            if h.lemma_.lower() in REPORTING:
                subj = [c for c in h.children if c.dep_ == "nsubj"]
                if subj and subj[0].lemma_.lower() in self.attributing:
                    left = [c for c in h.children if c.i in cands and c.i < t.i]
                    if left and not own:
                        out[i] = left[-1].i
                    continue
            if own and own[0].lower_ not in ("they", "we") :
                continue
            if not own and h.tag_ == "VBD" and h.dep_ not in ("ccomp", "xcomp", "conj") and not relative:
                continue
            if h.head.i == h.i:
                continue
            up = h
            while up.head.i != up.i:
                up = up.head
                if up.i in cands and (up.tag_ == "VBD" or _perfect(up)) and not self._speech(up):  # "have agreed"
                    out[i] = up.i
                    break
        for i in cands:  # "A discussed X, underscored Y": the first of the series stands where the parser put the second
            first = self._series_first(doc[i])
            if first is not None and first.i in cands:
                up = out.get(i, doc[i].head.i)
                out[first.i] = first.i if up == i else up  # the root's place is the root's
                out[i] = first.i
        return out

    @staticmethod
    def _shares_object(tok, heads: set[int], parent) -> bool:
        """The second of two verbs with one object is one act with the first: "welcomed and endorsed the plan"."""
        first = parent(tok)
        if tok.dep_ != "conj" or first.i not in heads or first.i == tok.i or tok.i - first.i > 3:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
        between = tok.doc[first.i + 1:tok.i]
        # "and" between them, or a comma where the list goes on: "discussed, assessed, and reached agreement on ..."
        listed = any(w.lower_ == "and" for w in between) or any(c.dep_ == "conj" for c in tok.children)
        return all(w.lower_ in ("and", ",", "as", "well") for w in between) and listed \
            and not any(c.dep_ in SHARED_OBJECT_BLOCKERS and c.i > first.i for c in first.children)

    def _clause_tokens(self, tok, heads: set[int]) -> list:
        drop: set[int] = set()
        for h in heads:  # coordinated acts hung anywhere below this verb, with the verb that says a state
            act = tok.doc[h].head if self._state_of(tok.doc[h]) and tok.doc[h].head.i != tok.i else tok.doc[h]
            if any(a.i == tok.i for a in act.ancestors):
                drop |= {w.i for w in act.subtree}
        for c in tok.children:
            if c.i in heads or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                                and not _wh_object(c) and not _run_on_list(tok, c)):
                drop |= {w.i for w in c.subtree}
            elif c.lemma_.lower() in REPORTING and c.dep_ in ("parataxis", "ccomp", "conj", "advcl") and c.i > tok.i:
                subj = self.subject(c)
                if subj is not None and subj.lemma_.lower() in self.attributing:
                    drop |= {w.i for w in c.subtree}
        # in text order: a crossing arc ("made agreements yesterday to patrol ...") gives a subtree out of order
        toks = sorted((w for w in tok.subtree if w.i not in drop), key=lambda w: w.i)
        head = tok.head
        framing = tok.dep_ in ("advcl", "parataxis") and head.i != tok.i and \
            not any(c.dep_ in ("ccomp", "xcomp", "dobj") and not (c.lower_ == "that" and c.i == tok.i + 1) for c in tok.children)
        if framing or tok.dep_ == "ccomp" and head.i > tok.i and head.lemma_.lower() not in REPORTING and \
                not any(c.dep_ == "nsubj" and c.i < tok.i for c in head.children):
            # "It reiterated that, should X ..., the regime would come to an end": the parser made the
            # content's main verb the root; the content runs on to the end of its clause
            toks += [w for w in head.subtree if (w.i > tok.i or framing) and w.i not in drop and not w.is_space
                     and w not in toks]
            toks.sort(key=lambda w: w.i)
        # cut at a dropped gap after the head: the clause ends where a coordinated act begins
        out, prev = [], None
        for w in toks:
            if prev is not None and w.i != prev.i + 1 and w.i > tok.i and any(k in drop for k in range(prev.i + 1, w.i)):
                break
            out.append(w)
            prev = w
        while out and (out[-1].is_punct or out[-1].dep_ == "cc" or out[-1].lower_ in ("and", "but", "while")):
            if out[-1].text == ")" and sum(w.text == "(" for w in out) > sum(w.text == ")" for w in out[:-1]):
                break  # "(KIDD)" keeps its closing parenthesis
            out.pop()
        while out and (out[0].is_punct or out[0].dep_ in ("cc", "mark") and out[0].head.i == tok.i):
            out.pop(0)
        return out

    def _reported(self, parsed: Parsed, toks: list, reporters: list[str], ctx: ActorContext) -> list[Clause]:
        """Acts the parties report of a third party: "North Korea's reaffirmation of its commitment"."""
        out = []
        for w in toks:
            act = self.nouns.get(w.lemma_.lower())
            if not act or w.pos_ != "NOUN":
                continue
            poss = [c for c in w.children if c.dep_ == "poss"]
            if not poss:
                continue
            phrase = " ".join(x.text for x in poss[0].subtree)
            who = sorted({code for _, _, code in self.kb.parties_in(phrase)})
            if not who or set(who) & set(ctx.parties):
                continue
            sub = sorted(w.subtree, key=lambda x: x.i)
            out.append(Clause(parsed, w, w, act, who, sub, reported_by=sorted(reporters)))
        return out
