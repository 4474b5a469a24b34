"""Writes many rounds of many dialogues: evolving wording, recurring and changing commitments, milestones.

Each alliance (two parties) holds several standing dialogues, each with its
rounds from a first year to 2026. An alliance has a pool of positions (who
says it, what kind of act, what is held or promised); each round restates
some of them, in the wording of its era (words move every few years, a
position may be phrased afresh), sometimes with a side clause that many
positions share ("over the next five years"), which is what fools a linker
that counts shared words. Rounds set milestones (the next round, a project
due by a year); later rounds report them done, delayed, or say nothing.

Every statement carries its position (``Synth.positions``), so thread
quality can be measured on the generated record too.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Iterator

from accord.records import Document, Head, Meeting, Milestone, Record, Statement, document_id

LAST_YEAR = 2026
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

# code: (name, adjective, capital, region, sea)
PARTIES = {
    "USA": ("the United States", "U.S.", "Washington", "the Indo-Pacific", "the South China Sea"),
    "KOR": ("the Republic of Korea", "ROK", "Seoul", "the Korean Peninsula", "the Yellow Sea"),
    "JPN": ("Japan", "Japanese", "Tokyo", "the Indo-Pacific", "the East China Sea"),
    "AUS": ("Australia", "Australian", "Canberra", "the Pacific", "the Coral Sea"),
    "PHL": ("the Philippines", "Philippine", "Manila", "Southeast Asia", "the South China Sea"),
    "GBR": ("the United Kingdom", "British", "London", "the Euro-Atlantic area", "the North Atlantic"),
    "FRA": ("France", "French", "Paris", "the Mediterranean", "the Mediterranean Sea"),
    "DEU": ("Germany", "German", "Berlin", "Europe", "the Baltic Sea"),
    "IND": ("India", "Indian", "New Delhi", "the Indian Ocean region", "the Indian Ocean"),
    "CAN": ("Canada", "Canadian", "Ottawa", "the Arctic", "the Arctic Ocean"),
    "NZL": ("New Zealand", "New Zealand", "Wellington", "the Pacific Islands", "the Tasman Sea"),
}
ALLIANCES = [("KOR", "USA"), ("JPN", "USA"), ("AUS", "USA"), ("PHL", "USA"), ("GBR", "USA"), ("IND", "USA"),
             ("AUS", "JPN"), ("JPN", "PHL"), ("KOR", "JPN"), ("FRA", "DEU"), ("CAN", "USA"), ("AUS", "NZL"),
             ("GBR", "JPN"), ("AUS", "KOR")]
# name pattern, acronym suffix, rounds a year, share of the alliance's positions it takes up
LEVELS = [("{a}-{b} Ministerial Consultations", "MC", 1, 1.0),
          ("{a}-{b} Defense Policy Dialogue", "DPD", 2, 0.9),
          ("{a}-{b} Security Policy Talks", "SPT", 2, 0.8),
          ("{a}-{b} Military Committee Meeting", "MCM", 1, 0.75),
          ("{a}-{b} Working Group on Deterrence", "WGD", 3, 0.7)]

# Positions: topic, family, and wordings from oldest to newest ({big} the larger party, {small} the other,
# {region}, {sea}). A family is what the act puts on record: a pledge, a view, a concern, a discussion.
POSITIONS = [
    ("extended_deterrence", "pledge", ["extended deterrence for {small} by {big} using the full range of its military capabilities",
                                       "the firm extended deterrence pledge of {big}, resting on every one of its capabilities, nuclear ones among them",
                                       "an unwavering extended deterrence commitment, drawing on all categories of military capabilities of {big}"]),
    ("regional_cooperation", "view", ["the importance of freedom of navigation and overflight in {sea}",
                                      "upholding freedom of navigation and overflight throughout {sea}",
                                      "the principle of navigational freedom and lawful overflight in {sea}"]),
    ("cyber", "pledge", ["deepening cooperation on cyber defense and the protection of critical infrastructure",
                         "expanding cyber defense cooperation, including protection of critical infrastructure",
                         "joint work on cyber resilience of critical infrastructure"]),
    ("space", "pledge", ["strengthening cooperation on space situational awareness",
                         "enhancing space domain awareness cooperation",
                         "closer collaboration on space domain awareness and the security of satellites"]),
    ("exercises_training", "pledge", ["continuing combined exercises and training to maintain readiness",
                                      "sustaining combined exercises to ensure a robust combined defense posture",
                                      "realistic combined training that keeps both forces ready to fight tonight"]),
    ("defense_industry", "pledge", ["expanding defense industrial cooperation, including co-development and co-production",
                                    "broadening defense industrial collaboration through co-production of munitions",
                                    "integrating their defense industrial bases for co-development and co-sustainment"]),
    ("information_sharing", "pledge", ["enhancing information sharing on missile warning data",
                                       "real-time sharing of missile warning data",
                                       "a data-sharing mechanism for missile warning in real time"]),
    ("combined_defense_posture", "pledge", ["improving interoperability between their forces",
                                            "advancing the interoperability of the two militaries",
                                            "seamless interoperability across every domain"]),
    ("defense_industry", "pledge", ["building resilient defense supply chains",
                                    "strengthening the resilience of defense supply chains",
                                    "securing supply chains for critical minerals and munitions"]),
    ("health_security", "pledge", ["cooperation on humanitarian assistance and disaster relief",
                                   "joint preparedness for humanitarian assistance and disaster relief operations",
                                   "coordinated disaster response across {region}"]),
    ("regional_cooperation", "concern", ["one-sided efforts to redraw the status quo through force or pressure in {sea}",
                                         "any one-sided bid to shift the status quo with coercion in {sea}",
                                         "coercive and destabilizing activities aimed at changing the status quo in {sea}"]),
    ("dprk_threat", "concern", ["ballistic missile launches that threaten regional security",
                                "the continued ballistic missile launches in violation of Security Council resolutions",
                                "the growing missile threat, including intercontinental ballistic missiles"]),
    ("cost_sharing", "pledge", ["concluding a new special measures agreement on cost sharing",
                                "a fair and mutually agreeable cost-sharing arrangement",
                                "an equitable sharing of the costs of stationed forces"]),
    ("usfk_presence", "pledge", ["maintaining the current level of forces stationed in {small}",
                                 "sustaining the presence of forward-deployed forces in {small}",
                                 "a stable, forward force presence on the territory of {small}"]),
    ("command_structure", "pledge", ["the transfer of wartime command under the agreed conditions",
                                     "the conditions-based transition of wartime operational control",
                                     "steady progress toward meeting the conditions for the command transition"]),
    ("remains_recovery", "pledge", ["resuming the recovery of remains of service members missing in action",
                                    "finding and bringing back the remains of service members still missing",
                                    "bringing home the remains of those still unaccounted for"]),
    ("sanctions", "pledge", ["full implementation of Security Council resolutions and sanctions",
                             "the complete enforcement of all relevant sanctions resolutions",
                             "closing loopholes in the enforcement of the sanctions regime"]),
    ("science_technology", "pledge", ["joint research on emerging technologies such as artificial intelligence and quantum",
                                      "cooperation in critical and emerging technologies, including artificial intelligence",
                                      "co-developing trusted artificial intelligence and quantum sensing"]),
    ("regional_cooperation", "view", ["what climate change means for security",
                                      "climate change as a threat multiplier for {region}",
                                      "the effects of a warming climate on security across {region}"]),
    ("base_relocation", "pledge", ["completing the relocation of the air station to the new facility",
                                   "the timely realignment of forces to the replacement facility",
                                   "finishing the move of the air wing to its new base"]),
    ("regional_cooperation", "pledge", ["countering terrorism and violent extremism in {region}",
                                        "joint efforts against terrorist networks across {region}",
                                        "disrupting the financing and recruitment of violent extremist groups"]),
    ("regional_cooperation", "pledge", ["coordinating capacity-building assistance to partners in {region}",
                                        "aligning security assistance to partner nations in {region}",
                                        "helping regional partners build maritime law enforcement capacity"]),
    ("regional_cooperation", "view", ["support for ASEAN centrality and the regional security architecture",
                                      "the central role of ASEAN in an open and inclusive regional architecture",
                                      "ASEAN-led mechanisms as the core of regional security cooperation"]),
    ("extended_deterrence", "pledge", ["strengthening consultation on nuclear deterrence planning",
                                       "deeper joint planning and consultation on nuclear deterrence",
                                       "a standing mechanism for nuclear consultation and planning"]),
    ("combined_defense_posture", "pledge", ["concluding an acquisition and cross-servicing agreement",
                                            "mutual logistics support under a cross-servicing agreement",
                                            "reciprocal access to logistics and maintenance facilities"]),
    ("information_sharing", "pledge", ["concluding a general security of military information agreement",
                                       "a framework for the protection of classified military information",
                                       "secure channels for exchanging classified defense information"]),
    ("defense_industry", "pledge", ["cooperation on ship maintenance, repair and overhaul",
                                    "the repair and overhaul of naval vessels at each other's shipyards",
                                    "shipyard access for maintenance of deployed naval vessels"]),
    ("alliance_coordination", "pledge", ["expanding military education and personnel exchanges",
                                         "more exchanges of officers and students at military academies",
                                         "exchange programs that build ties between the next generation of officers"]),
    ("missile_defense", "pledge", ["integrating air and missile defense",
                                   "a layered and integrated air and missile defense architecture",
                                   "combined counter-missile capabilities against every kind of missile threat"]),
    ("exercises_training", "discussion", ["the schedule of combined exercises for the coming year",
                                          "plans for the next cycle of combined exercises",
                                          "the scope and timing of upcoming combined training"]),
    ("alliance_coordination", "discussion", ["the security situation in {region}",
                                             "recent developments in the security environment of {region}",
                                             "the evolving strategic landscape across {region}"]),
]
VERBS = {
    "pledge": [("reaffirm", "reaffirmed their commitment to"), ("commit", "committed to"),
               ("agree", "agreed to pursue"), ("commit", "pledged to continue")],
    "view": [("agree", "agreed on"), ("reaffirm", "reaffirmed"), ("note", "noted")],
    "concern": [("concern", "expressed serious concern about"), ("concern", "voiced strong opposition to")],
    "discussion": [("discuss", "discussed"), ("discuss", "exchanged views on")],
}
SIDE = [", over the next five years", ", in the {n} year of the alliance", ", as agreed at the previous meeting",
        ", in close coordination with other partners", ", taking into account the changing security environment"]
PROJECTS = ["roadmap for maritime security cooperation", "joint study on integrated missile defense",
            "revised alliance defense guidelines", "bilateral logistics framework", "joint cyber exercise program",
            "space cooperation arrangement", "combined command post facility", "munitions co-production plan",
            "joint threat assessment", "training range upgrade", "shared operating picture",
            "crisis communication protocol"]
FIRST = ("Min-jun", "Hiroshi", "James", "Maria", "Arjun", "Claire", "Thomas", "Sophie", "Daniel", "Grace")
LAST = ("Kim", "Tanaka", "Smith", "Santos", "Sharma", "Dubois", "Weber", "Brown", "Wilson", "Lee")


@dataclass
class Synth:
    """One generated document: its record, and the position each statement states (its thread in truth)."""

    record: Record
    positions: dict[str, str] = field(default_factory=dict)  # statement id -> position key


@dataclass
class _Dialogue:
    name: str
    acronym: str
    alliance: tuple[str, str]
    per_year: int
    first: int
    share: float


@dataclass
class _Position:
    key: str
    topic: str
    family: str
    actors: tuple[str, ...]
    wordings: list[str]
    breaks: list[int]  # years at which the wording moves on
    since: int
    until: int


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def generate(documents: int = 5000, statements: int = 100_000, seed: int = 13) -> Iterator[Synth]:
    """``documents`` documents holding ``statements`` statements in all, in the order of their meetings."""
    rng = random.Random(seed)
    dialogues = _dialogues(rng)
    rounds = sorted(((d, n, year) for d in dialogues for n, year in _rounds(d)),
                    key=lambda r: (r[2], r[0].acronym, r[1]))
    docs_per_round = _spread(documents, len(rounds), rng, low=1)
    per_doc = _spread(statements, documents, rng, low=6)
    positions = {a: _positions(a, rng) for a in ALLIANCES}
    pending: dict[tuple, list[tuple[str, int, str]]] = {a: [] for a in ALLIANCES}  # projects set, not yet reported
    k = 0
    for (d, n, year), count in zip(rounds, docs_per_round):
        month = rng.randint(1, 12) if d.per_year == 1 else (rng.randint(1, 5) if n % 2 else rng.randint(7, 11))
        if d.per_year == 3:
            month = rng.randint(1, 12)
        date = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
        host = d.alliance[n % 2]
        plan = _round_plan(d, n, year, positions[d.alliance], pending[d.alliance], rng)
        for i in range(count):
            yield _document(d, n, date, host, plan, per_doc[k], i, rng)
            k += 1


def _dialogues(rng: random.Random) -> list[_Dialogue]:
    out = []
    for a, b in ALLIANCES:
        for pattern, suffix, per_year, share in LEVELS:
            name = pattern.format(a=PARTIES[a][1], b=PARTIES[b][1])
            out.append(_Dialogue(name, f"{a[0]}{b[0]}-{suffix}", (a, b), per_year, rng.randint(1990, 2008), share))
    return out


def _rounds(d: _Dialogue) -> list[tuple[int, int]]:
    return [(i + 1, d.first + i // d.per_year) for i in range((LAST_YEAR - d.first + 1) * d.per_year)]


def _spread(total: int, slots: int, rng: random.Random, low: int) -> list[int]:
    """``slots`` counts of at least ``low`` summing to ``total``, uneven as real documents are."""
    base, extra = divmod(total, slots)
    counts = [base + (1 if i < extra else 0) for i in range(slots)]
    for _ in range(slots):
        i, j = rng.randrange(slots), rng.randrange(slots)
        move = rng.randint(0, max(0, min(counts[i] - low, base // 3)))
        counts[i] -= move
        counts[j] += move
    return counts


def _positions(alliance: tuple[str, str], rng: random.Random) -> list[_Position]:
    small, big = alliance if alliance[1] == "USA" else (alliance[0], alliance[1])
    values = {"big": PARTIES[big][0], "small": PARTIES[small][0], "region": PARTIES[small][3],
              "sea": PARTIES[small][4]}
    out = []
    for n, (topic, fam, wordings) in enumerate(POSITIONS):
        for who, actors in (("both", tuple(sorted(alliance))), ("one", (big,))):
            if who == "one" and (fam not in ("pledge", "view") or rng.random() < 0.4):
                continue
            since = 1990 + int(rng.random() ** 2 * 30)
            until = LAST_YEAR if rng.random() < 0.75 else rng.randint(since + 2, LAST_YEAR)
            breaks = sorted(rng.sample(range(since + 1, LAST_YEAR + 1), k=min(len(wordings) - 1, LAST_YEAR - since)))
            key = f"{'-'.join(alliance)}:{n}:{who}"
            out.append(_Position(key, topic, fam, actors, [w.format(**values) for w in wordings], breaks, since, until))
    return out


@dataclass
class _Plan:
    """What a round puts on record; every document of the round states it, each in its own selection."""

    said: list[tuple[_Position, str, str, str]]  # position, act, verb, wording
    milestones: list[tuple[str, str, str, str]]  # sentence, act, name, when
    reports: list[tuple[str, str, str]]  # sentence, act, project


def _round_plan(d: _Dialogue, n: int, year: int, pool: list[_Position], pending: list, rng: random.Random) -> _Plan:
    live = [p for p in pool if p.since <= year <= p.until and rng.random() < d.share]
    rng.shuffle(live)
    said = []
    for p in live:
        act, verb = rng.choice(VERBS[p.family])
        era = sum(1 for b in p.breaks if b <= year)
        said.append((p, act, verb, p.wordings[min(era, len(p.wordings) - 1)]))
    milestones = []
    nxt = n + 1
    milestones.append((f"agreed to hold the {ordinal(nxt)} {d.name} in {PARTIES[d.alliance[nxt % 2]][2]}",
                       "agree", f"{ordinal(nxt)} {d.name}", str(year + (1 if d.per_year == 1 else 0))))
    if rng.random() < 0.3:
        project = rng.choice(PROJECTS)
        due = year + rng.randint(1, 3)
        milestones.append((f"committed to complete the {project} by {due}", "commit", project, str(due)))
        pending.append((project, due, d.acronym))
    reports = []
    for item in list(pending):
        project, due, _ = item
        if year >= due - 1 and rng.random() < 0.5:
            pending.remove(item)
            if rng.random() < 0.65:
                reports.append((f"welcomed the completion of the {project}", "appreciate", project))
            else:
                reports.append((f"noted delays in the {project} and agreed on a new timetable", "note", project))
    return _Plan(said, milestones, reports)


def _document(d: _Dialogue, n: int, date: str, host: str, plan: _Plan, count: int, copy: int,
              rng: random.Random) -> Synth:
    kind = ("joint_statement", "press_release", "news_report")[min(copy, 2)]
    a, b = d.alliance
    year, month, day = int(date[:4]), int(date[5:7]), int(date[8:])
    when = f"{MONTHS[month - 1]} {day}, {year}"
    title = {"joint_statement": f"Joint Statement of the {ordinal(n)} {d.name}",
             "press_release": f"Press Release: {ordinal(n)} {d.name} Held in {PARTIES[host][2]}",
             "news_report": f"{PARTIES[a][1]}, {PARTIES[b][1]} Officials Hold {ordinal(n)} {d.name}"}[kind]
    heads = [Head(f"{rng.choice(FIRST)} {rng.choice(LAST)}", "Deputy Minister for Defense Policy", p)
             for p in (a, b)]
    parts = [title, "", f"{PARTIES[host][2]}, {when}", ""]
    offset = sum(len(p) + 1 for p in parts)
    text_parts: list[str] = []
    stmts: list[Statement] = []
    positions: dict[str, str] = {}
    milestones: list[Milestone] = []
    both = tuple(sorted(d.alliance))

    def say(sentence_head: str, clause: str, act: str, actors: tuple[str, ...], content: str | None,
            topics: list[str], commitment: bool = False, milestone: str | None = None) -> Statement:
        nonlocal offset
        sentence = f"{sentence_head} {clause}" if sentence_head else clause
        start = offset + (len(sentence_head) + 1 if sentence_head else 0)
        st = Statement("", start, start + len(clause), clause, list(actors), act, commitment, content,
                       None, topics, None, milestone)
        text_parts.append(sentence + ". ")
        offset += len(sentence) + 2
        stmts.append(st)
        return st

    meet = f"The {ordinal(n)} {d.name} ({d.acronym}) was held in {PARTIES[host][2]} on {when}"
    say("", meet, "meet", both, None, ["alliance_coordination"])
    both_name = rng.choice(["The two sides", "Both sides", f"{PARTIES[a][0][0].upper()}{PARTIES[a][0][1:]} and "
                                                           f"{PARTIES[b][0]}"])
    for sentence, act, name, due in plan.milestones[: max(0, count - 1)]:
        st = say(both_name, sentence, act, both, sentence.split(" ", 1)[1], ["alliance_coordination"],
                 commitment=True, milestone=name)
        milestones.append(Milestone(name, due, None, st.start, st.end, st.text))
    for sentence, act, _project in plan.reports[: max(0, count - len(stmts))]:
        say(both_name, sentence, act, both, sentence.split(" ", 1)[1], ["alliance_coordination"])
    said = plan.said if copy == 0 else rng.sample(plan.said, k=len(plan.said))
    for p, act, verb, wording in said[: max(0, count - len(stmts))]:
        who = both_name if len(p.actors) == 2 else f"The {PARTIES[p.actors[0]][1]} side"
        tail = rng.choice(SIDE).format(n=ordinal(year - 1950)) if rng.random() < 0.15 else ""
        lead = "further " if rng.random() < 0.1 and act == "commit" else ""
        st = say(who, f"{lead}{verb} {wording}{tail}", act, p.actors, wording, [p.topic],
                 commitment=p.family == "pledge")
        positions[id(st)] = p.key
    while len(stmts) < count:  # a round with little to say fills with the situation it discussed
        say(both_name, f"reviewed progress since the {ordinal(max(1, n - 1))} meeting", "discuss", both, None,
            ["alliance_coordination"])
    body = "".join(text_parts).rstrip()
    text = "\n".join(parts) + "\n" + body + "\n"
    doc = Document(document_id(text), f"synth/{d.acronym}/{n:03d}-{copy}.txt", text, title, date, kind)
    by_id = {}
    for i, st in enumerate(stmts, 1):
        key = positions.get(id(st))
        st.id = f"{doc.id}:{i}"
        if key:
            by_id[st.id] = key
    for st in stmts:
        assert text[st.start:st.end] == st.text, (st.text, text[st.start:st.end])
    meeting = Meeting(d.name, d.acronym, n, date, date, None, PARTIES[host][2], "in_person", list(both), heads, [])
    return Synth(Record(doc, meeting, stmts, milestones), by_id)
