"""Actors: who did it, resolved from the subject of a verb of record.

"the U.S. side" is USA; "the two sides", "they", "the leaders", "the
delegations" are the parties in play; "Secretary Mattis" or "the Minister" is
the party of the delegation head so named; "It" continues the last single
actor. Bare "officials" or "the ministry" attribute a report and are not actors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from accord.knowledge import Knowledge, fold_accents
from accord.records import Head

COLLECTIVE = re.compile(
    r"\b(sides?|delegations?|nations|countries|parties|leaders|ministers|minsters|principals|officials|"
    r"governments|allies|alliance|both|each|two|three|four|chiefs|counterparts|secretaries|heads|"
    r"participants|partners|co-chairs|chairs|militaries|men|women|pair|duo|trio|attendees|ministries|representatives|authorities|"
    r"delegates|interlocutors|negotiators|advisers|advisors|commanders|envoys|directors|directors-general|generals|admirals|"
    r"diplomats|signatories|officers|deputies|co-hosts|NSAs|teams|premiers|presidents|politicians|statesmen|"
    r"counsellors|commissioners|ambassadors)\b"
    # a forum's members, not those of anything else: "Members", "Northern Group members", "the committee members",
    # not "civic group members"
    r"|(?:^|\b(?:the|all|its|their|meeting|committee|commission|council|(?-i:[A-Z])[\w.-]*)\s+)members\b"
    r"|\bmember (?:states|countries|nations)\b", re.I)
# an office's portfolio runs on after "for": what it names is not an actor ("Minister of State for ... and the UN")
PORTFOLIO = re.compile(r"\b(?i:Minister|Secretary|Commissioner|Envoy|Representative|Director(?:-General)?|Director General|"
                       r"Coordinator|Adviser|Advisor)s?(?:\s+of\s+(?i:State|Defen[cs]e))?\s+for\b[^.;()]*$")
# one side of talks held in the other's country, named by its role: "the visiting minister", "the host side"
GUEST_WORD = re.compile(r"\b(?:visiting|guests?|visitors?)\b", re.I)
HOST_WORD = re.compile(r"\b(?:hosts?|hosting)\b", re.I)
# one person named before, called by a role: "the diplomat", "the ambassador"
ANAPHORIC = re.compile(r"the (?:[a-z]+ )?(?:diplomat|ambassador)")
# one person named before, called by an office no head's title settles: "The minister said ...", "the army general"
OFFICE_ANAPHOR = re.compile(r"the (?:[a-z]+ ){0,2}(?:minister|secretary|general|admiral|commander|chief|premier|"
                            r"president|chairman|chairperson|chairwoman)")
# an organisation's body as subject, by its kind alone: "Council", "the Committee"
BODY = re.compile(r"(?:the )?(?:council|committee|commission|assembly|board|conference)")
# who comments on the talks from outside them
COMMENTATOR = re.compile(r"\b(?:analysts?|commentators?|scholars?|researchers?|professors?|think[- ]tanks?|columnists?)\b", re.I)
NUMBERED_COLLECTIVE = re.compile(r"\b(?:two|both|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|respective|\d{1,2})\b", re.I)
# the same with its quantifier: "They all noted ...", "all of them", "both of us"
PLURAL_PRONOUN = re.compile(r"(?:they|we|both)(?: (?:all|both|each|together))?|(?:all|both|each) of (?:them|us)")
SINGULAR_PRONOUNS = {"it", "he", "she"}
_OFFICES = "Secretary|Minister|Director|Chairman|Ambassador|Commander|Chief|Administrator|Representative"
TITLE_WORD = re.compile(rf"\b({_OFFICES}|DASD|ASD|PDASD|USD)\b")
# the same offices in lower case too ("the minister"), but not "chief" alone, an adjective as often as not
TITLE_WORD_ANY_CASE = re.compile(rf"\b((?i:{_OFFICES.replace('|Chief', '')})|Chief|DASD|ASD|PDASD|USD)\b")


@dataclass
class ActorContext:
    kb: Knowledge
    parties: list[str]
    heads: list[Head] = field(default_factory=list)
    last_single: list[str] | None = None
    last_person: list[str] | None = None  # the side of the last person who spoke alone: who "he" or "she" is
    offices: dict[str, str] = field(default_factory=dict)  # a leader's office the page names one party's holder of
    commentator: bool = False  # a commentator spoke last: "he", and the pledges he tells of, are no side's
    last_body: bool = False  # the last act's subject was the meeting or the body that met
    people: dict[str, str] = field(default_factory=dict)  # any name token, casefolded -> party
    unresolved: list = field(default_factory=list)  # acts of record whose actors no rule resolves
    dialogue_kinds: set[str] = field(default_factory=set)  # "group" for the Nuclear Consultative Group
    dialogue_names: list[str] = field(default_factory=list)  # the dialogue's names and acronym, as the page gives them
    year: int | None = None  # the meeting's year: acts dated before it are background
    named: dict[str, str] = field(default_factory=dict)  # other people the page names with their party ("Minister Kishida")
    host: str | None = None  # the party in whose country the meeting was held, where the venue says so
    venue: str | None = None  # the city the meeting was held in ("Baku hosts the 16th meeting": the meeting's)
    aliases: dict[str, str] = field(default_factory=dict)  # a side's forces by the acronym the page gives ("the PDF")
    # the heads' and the named people's names of two words or more, whose words may be a country's
    full_names: list[str] = field(default_factory=list, init=False)

    def __post_init__(self):
        self.full_names = [n for n in [*(h.name for h in self.heads), *self.named] if " " in n]
        self.people.update({acr.casefold(): party for acr, party in self.aliases.items() if party in self.parties})
        for name, party in [*((h.name, h.party) for h in self.heads if h.party), *self.named.items()]:
            for tok in name.split():  # "HAYASHI Yoshimasa" is "Minister Hayashi"
                tok = tok.strip(".,")
                # the parser splits "Kosiniak-Kamysz" at its hyphen: each long part names him too
                for part in [tok, *(x for x in tok.split("-") if len(x) > 3)] if "-" in tok else [tok]:
                    if _name_token(part):
                        self.people.setdefault(part.casefold(), party)
        for key, party in list(self.people.items()):
            self.people.setdefault(fold(key), party)


# a side's forces or ministry named with the acronym the page goes on to use: "the Norwegian Defence Force (NDF)",
# "the Chilean Armed Forces (CAF)"
FORCE_ACRONYM = re.compile(r"\b((?:[A-Z][\w'’.-]*\s+){1,5}(?:Defen[cs]e\s+Forces?|Armed\s+Forces|Army|Navy|Air\s+Force|"
                           r"General\s+Staff|Coast\s+Guard|Defen[cs]e\s+Services|Ministry\s+of\s+(?:National\s+)?Defen[cs]e|Police(?:\s+Force)?))"
                           r"\s+\(([A-Z]{2,6})\)")


def force_acronyms(text: str, kb: Knowledge) -> dict[str, str]:
    """The acronyms a page defines for one country's forces or ministry, with that country."""
    out = {}
    for m in FORCE_ACRONYM.finditer(text):
        named = {code for _, _, code in kb.parties_in(m[1])}
        if len(named) == 1 and not kb.parties_in(m[2]):
            out.setdefault(m[2], named.pop())
    return out


def _name_token(tok: str) -> bool:
    """A word of a person's name that names them alone: "Hayashi", and two-letter family names ("Ng", "Oh"),
    not initials or a code ("US")."""
    return tok[:1].isupper() and (len(tok) > 2 or len(tok) == 2 and tok[1].islower())


def _capitals(phrase: str, ctx: ActorContext) -> list[str] | None:
    """The parties a subject names by their capitals alone, as news reports do ("Oslo and Santiago adopted ...",
    "Santiago will send ..."); only capitals of the meeting's parties, for a capital is a venue as often."""
    parts = [p for p in re.split(r",\s*|\s+and\s+", phrase.strip()) if p]
    if not parts or not all(p[:1].isupper() for p in parts):
        return None  # "the officials": no place names, no lookup
    codes = {ctx.kb.country_of_place(p, capital=True) for p in parts}
    return sorted(codes) if None not in codes and codes <= set(ctx.parties) else None


# a side's people as the whole subject: "The Americans", "the Chileans" (not "a number of Chileans")
DEMONYMS = re.compile(r"(?:[Tt]he\s+)?(?P<one>[A-Z][a-z]+(?:an|i))s")  # "Americans", "Pakistanis"
# a body's members, named after it: "two EU countries, A and B", "the NATO allies A and B"
MEMBERS_OF = re.compile(r"\s+(?:member\s+)?(?:countries|states|nations|allies|members|partners)\b")
# where a diplomat is posted, not whose he is: "the Norwegian Ambassador to Chile", "Chile's envoy in Oslo"
POSTED_TO = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Aa]ttach[eé]|High\s+Commissioner|[Cc]onsul(?:[\s-][Gg]eneral)?)"
                       r"\s+(?:to|in)\s+(?:the\s+)?$")


def parties_outside_names(phrase: str, ctx: ActorContext) -> list[tuple[int, int, str]]:
    """The parties a phrase names, but for a country's name inside a person's ("Minister Jorge Luis Arce Montserrat":
    a surname, not the territory)."""
    names = [(m.start(), m.end()) for n in ctx.full_names if n in phrase for m in re.finditer(re.escape(n), phrase)]
    return [(at, end, code) for at, end, code in ctx.kb.parties_in(phrase)
            if not any(a <= at and end <= b for a, b in names)]


def resolve(phrase: str, head_lemma: str, ctx: ActorContext, has_determiner: bool, reports: bool = True) -> list[str] | None:
    """Parties named by a subject phrase; None when it names no actor of record. ``reports`` is False where the
    subject's own verb is an act of record, not a report of one ("officials agreed", not "officials said")."""
    if COMMENTATOR.search(phrase):
        return None  # "A, a defence analyst with a think-tank in B, suggested ...": no side speaks
    found, posted = [], set()
    for at, end, code in parties_outside_names(phrase, ctx):
        if code not in ctx.parties and PORTFOLIO.search(phrase[:at]):
            continue  # "Minister for the Gulf ... and the United Nations", "Secretary for Latin America": his portfolio
        if ctx.kb.is_organisation(code) and MEMBERS_OF.match(phrase[end:]) \
                and any(not ctx.kb.is_organisation(c) for _, _, c in ctx.kb.parties_in(phrase[end:])):
            continue  # "two NATO allies, Norway and Denmark": the members named, not the body
        if POSTED_TO.search(phrase[:at]):
            posted.add(code)
        elif code not in found:
            found.append(code)
    if not found:  # "the Ambassador to Chile": the one country named, for want of another
        found = sorted(posted)
    members = ctx.kb.group_members(phrase)
    if ctx.parties and set(ctx.parties) < members:
        members &= set(ctx.parties)  # "the Nordic ministers" at talks of two of them: those two
    if members:  # "the Ministers of the G5 Sahel countries": its members ("the allied JEF partners": not NATO)
        found = [code for code in found if code in members or code in ctx.parties or not ctx.kb.is_organisation(code)]
        found += sorted(members - set(found))
    people = people_named(phrase, ctx)
    for code in people:
        if code not in found:
            found.append(code)
    if found and len(found) == 1 and len(ctx.parties) == 2 and found[0] in ctx.parties \
            and re.search(r"\band (?:I|he|she)\b|\b(?:I|he|she|He|She) and\b", phrase):
        return sorted(ctx.parties)  # "Minister Thanh and I" in one minister's release, "she and Minister Lund": both sides
    if found and len(found) == 1 and len(ctx.parties) == 2 and found[0] in ctx.parties \
            and (_counterpart_pair(phrase, ctx) or AND_COUNTERPART.search(phrase)):
        return sorted(ctx.parties)  # "The Foreign Secretary and Mr Kowal discussed ...": one side's head and the other's
    if found and set(found) < set(ctx.parties) and AND_THE_OTHERS.search(phrase):
        return sorted(ctx.parties)  # "Lund and the two ministers", "A and his counterparts": one side with all the others
    numbered = bool(NUMBERED_COLLECTIVE.search(phrase) and COLLECTIVE.search(phrase))  # "the two defense ministries"
    if found and ctx.parties and not set(found) & set(ctx.parties) and numbered:
        return sorted(ctx.parties)  # "Ministers of the twelve European countries": the members, not the EU
    body = ctx.kb.sole_organisation(ctx.parties)
    if body and body in found \
            and not any(ctx.kb.is_organisation(c) for c in found if c not in ctx.parties):
        return [body]  # "A, Mozambique's minister and chair of a SADC committee": he speaks for the body
    if found:
        return sorted(found)
    capitals = _capitals(phrase, ctx)
    if capitals:
        return capitals
    if (people := DEMONYMS.fullmatch(phrase.strip())) is not None:
        sides = {code for _, _, code in ctx.kb.parties_in(people["one"])} & set(ctx.parties)
        if len(sides) == 1:
            return sorted(sides)  # "The Americans lauded ...": one side's delegation, by its people's name
    low = " ".join(phrase.lower().split())
    if body and BODY.fullmatch(low):
        return [body]  # "Council further reiterates ...": the organisation's body that met
    if low == "it" and ctx.last_body and ctx.parties:
        return sorted(ctx.parties)  # "The commission noted ... It also reviewed ...": the body again
    if low in SINGULAR_PRONOUNS:
        last = ctx.last_person if low != "it" and ctx.last_person else ctx.last_single
        return list(last) if last else None
    if PLURAL_PRONOUN.fullmatch(low) or low in ("the two", "the two of them") and len(ctx.parties) == 2:  # "The two discussed ..."
        return sorted(ctx.parties) if ctx.parties else None
    if ctx.host and len(ctx.parties) == 2 and (GUEST_WORD.search(phrase) or HOST_WORD.search(phrase)):
        guest = next(c for c in ctx.parties if c != ctx.host)  # "the visiting minister", "the host side"
        return [guest] if GUEST_WORD.search(phrase) else [ctx.host]
    if numbered:
        return sorted(ctx.parties) if ctx.parties else None  # "the two defense ministries reached this consensus"
    attributing = set(ctx.kb.acts.get("attribution_subjects", []))
    if head_lemma.lower() in attributing and not has_determiner and reports:
        return None  # "officials said", "defense officials announced"; "officials also reaffirmed" is those who met
    if head_lemma.lower() in {"ministry", "department", "statement", "readout", "release", "source", "spokesman", "spokesperson"}:
        return None
    if COLLECTIVE.search(phrase) or low in ("the group", "the grouping"):  # "The group agreed to deepen ..."
        return sorted(ctx.parties) if ctx.parties else None
    if len(ctx.parties) == 2 and re.fullmatch(r"(?i)the\s+(?:minister|secretary)\s+and\s+the\s+(?:minister|secretary)", low):
        return sorted(ctx.parties)  # "the secretary and the minister": the two heads, whichever is whose
    titled = _titled(phrase, ctx)
    if titled:
        return titled
    offices = {code for code, office in ctx.kb.office_parties if office.search(phrase) and code in ctx.parties}
    if len(offices) == 1:
        return sorted(offices)  # "The Secretary of Foreign Relations said ...": an office only Mexico has, at talks with it
    if ANAPHORIC.fullmatch(low) and ctx.last_single:
        return list(ctx.last_single)  # "Iran's Ambassador A highlighted ... The diplomat said ...": the one just named
    if OFFICE_ANAPHOR.fullmatch(low) and ctx.last_person:
        return list(ctx.last_person)  # "Lund praised ... The minister said ...": the one who spoke last
    if len(TITLE_WORD.findall(phrase)) >= 2 and re.search(r"\band\b", phrase):
        return sorted(ctx.parties) if ctx.parties else None  # "Secretary X and Minister Y": the delegations
    return None


# an office and the name of its holder after it, to the end of the phrase: "Prime Minister Ola Lund"
NAMED_AFTER_TITLE = re.compile(rf"\b(?:{_OFFICES})\s+(?P<name>(?:[A-Z][\w'’.-]+\s+){{0,3}}[A-Z][\w'’-]+)\s*$")
# "Minister A and her Ecuadorian counterpart B", "the national government and its Polish counterpart": one side and the other
AND_COUNTERPART = re.compile(r"\band\s+(?:his|her|their|its)\s+(?:[A-Z][\w'’-]*\s+)?counterparts?\b")
# one side's head and all the others of a meeting: "Lund and the two ministers", "A and his two counterparts"
AND_THE_OTHERS = re.compile(r"\band\s+(?:his|her|their|the)\s+(?:(?:two|three|four|five|six|seven|eight|other|fellow)\s+)*"
                            r"(?:(?:nations|countries|states)\s*['’]\s+)?"  # "A and the three countries' chiefs"
                            r"(?:[A-Z][\w'’-]*\s+)?(?:counterparts|ministers|colleagues|secretaries|chiefs)\b", re.I)
PERSON_MARK = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Minister|Secretary|Ambassador|General|Admiral|Director|Deputy|Chairman|"
                         r"Foreign|Defen[cs]e|High Representative|Undersecretary|Under Secretary)\b")


def _counterpart_pair(phrase: str, ctx: ActorContext) -> bool:
    """Two people joined by "and", one of a known party and the other of none the page gives, or of the other
    side by title: in a meeting of two sides, they are both ("The Foreign Secretary and Mr Kowal discussed ...")."""
    parts = re.split(r"\s+and\s+", phrase.strip())
    if len(parts) != 2 or "," in phrase or re.search(r"\b(?:their|his|her|its)\b", phrase, re.I):
        return False
    if not all(PERSON_MARK.search(x) for x in parts):
        return False
    sides = [{c for _, _, c in ctx.kb.parties_in(x)} | set(people_named(x, ctx)) | set(_titled(x, ctx) or [])
             for x in parts]
    return sum(1 for x in sides if x) == 1 or set().union(*sides) == set(ctx.parties)


def fold(name: str) -> str:
    """A name without its accents, in any case: "Chiến" and "Chien" are one man."""
    return fold_accents(name).casefold()


def _one_edit(a: str, b: str) -> bool:
    """One letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:] if len(a) < len(b) else a[i + 1:] == b[i:]


def _misspelt(tok: str, ctx: ActorContext) -> str | None:
    """The party of the one person whose long name the word misses by a letter ("Pokharel" for "Pokhrel"), as
    copy typed in haste spells a minister the page named a line before."""
    word = fold(tok)
    if len(word) < 6 or TITLE_WORD_ANY_CASE.fullmatch(tok) or ctx.kb.parties_in(tok):
        return None
    sides = {party for key, party in ctx.people.items() if len(key) >= 6 and _one_edit(word, key)}
    return sides.pop() if len(sides) == 1 else None


def _holder(tok: str, ctx: ActorContext) -> str | None:
    """The side of the one office holder of a meeting's parties whose family name the word is ("Mr. Lund said"),
    where the page itself never placed him."""
    if TITLE_WORD_ANY_CASE.fullmatch(tok) or ctx.kb.parties_in(tok):
        return None
    code = ctx.kb.country_of_person(tok)
    return code if code in ctx.parties else None


def people_named(phrase: str, ctx: ActorContext) -> list[str]:
    """The parties of the people a phrase names by a word of their name."""
    out = []
    for tok in (t for t in re.findall(r"(?<![\w'’-])[^\W\d_][\w'’-]+", phrase) if t[0].isupper()):  # "Çavuşoğlu" too
        code = ctx.people.get(tok.casefold()) or ctx.people.get(fold(tok)) or _misspelt(tok, ctx) or _holder(tok, ctx)
        if code and code not in out:
            out.append(code)
    return out


def _initials(phrase: str, ctx: ActorContext) -> list[str] | None:
    """"The CNS", "the CDS": the one head whose title those are the initials of ("Chief of Naval Staff")."""
    m = re.fullmatch(r"(?:the\s+)?([A-Z]{2,5})", phrase.strip(), re.I)
    if not m or not m[1].isupper():
        return None
    owners = {h.party for h in ctx.heads if h.party and h.title
              and m[1] in "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", h.title))}
    return sorted(owners) if len(owners) == 1 else None


def _titled(phrase: str, ctx: ActorContext) -> list[str] | None:
    """"The Secretary" or "the Minister": the head whose title has that word."""
    words = [w if w.isupper() else w.capitalize() for w in TITLE_WORD_ANY_CASE.findall(phrase)]  # "the minister" too
    bare = " ".join(re.sub(r"^the\s+", "", phrase.strip(), flags=re.I).lower().split())
    exact = {h.party for h in ctx.heads if h.party and h.title and " ".join(h.title.lower().split()) == bare}
    if len(exact) == 1:
        return sorted(exact)  # "The deputy defense minister", "Raksha Mantri": the head of that very title
    if bare in ctx.offices:
        return [ctx.offices[bare]]  # "The President", "the prime minister": the leader of that office the page names
    within = {h.party for h in ctx.heads if h.party and h.title and " " in bare
              and re.search(rf"\b{re.escape(bare)}\b", h.title.lower())}
    if len(within) == 1:
        return sorted(within)  # "the prime minister" of a head who is both premier and defence minister
    if not words:
        return _initials(phrase, ctx)
    if len(ctx.parties) == 2 and (m := NAMED_AFTER_TITLE.search(phrase)) and not people_named(m["name"], ctx):
        # "Prime Minister Ola Lund", a man the page places nowhere, is not whichever head is a minister; at talks
        # of two, the side no one is placed on yet may take him
        return None
    if len(exact) > 1 and ctx.host in exact:
        return [ctx.host]  # both sides send a "Defence Secretary": the one the home press leaves unqualified
    items = [re.sub(r"^the\s+", "", x.strip(), flags=re.I).lower() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", phrase) if x.strip()]
    if len(items) >= 2:  # "The Secretary of Defense, Deputy Prime Minister, and Secretary of State for Defence": each a head's title
        sides = [{h.party for h in ctx.heads if h.party and h.title and x in h.title.lower()} for x in items]
        if all(len(side) == 1 for side in sides):
            return sorted({c for side in sides for c in side})
    out = []
    for w in words:
        # "the deputy prime minister": a head whose title lacks a word that qualifies the office is not the one named
        qualifiers = {q.lower() for m in re.finditer(rf"((?:[\w-]+\s+){{0,2}}){w}\b", phrase, re.I)
                      for q in re.findall(r"(?i)\b(?:prime|deputy|vice|foreign|interior|home)\b", m[1])}
        owners = {h.party for h in ctx.heads if h.party and h.title and re.search(rf"\b{w}\b", h.title)
                  and all(re.search(rf"\b{q}\b", h.title, re.I) for q in qualifiers)}
        # prefer the head whose title begins with the word: "the Secretary" is the Secretary of Defense
        if len(owners) > 1:
            lead = {h.party for h in ctx.heads if h.party and h.title and h.title.startswith(w)}
            owners = lead or owners
        if len(owners) == 1:
            code = owners.pop()
            if code not in out:
                out.append(code)
    return sorted(out) or None
