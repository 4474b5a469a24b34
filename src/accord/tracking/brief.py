"""The pre-meeting brief: what a staff officer reads before the next round of a dialogue.

Five questions, each answered from the record with the words that support
it: what did the last round commit to and where does each commitment stand;
what falls due by the next round; which positions changed wording in the last
two rounds (key-term changes first); which topics came up or fell away; and
which positions the last round no longer restated. Every line cites its
source statement (meeting, statement id, quote). Rendering is in
``brief_format.py``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable

from accord.knowledge import Knowledge, default_knowledge
from accord.records import Record, Statement
from accord.tracking.followthrough import Confirmation, TrackedMilestone, track_milestones
from accord.tracking.rounds import add_months, dialogue_matches, meeting_ref, parse_date
from accord.tracking.threads import Thread, build_threads, thread_index
from accord.tracking.vocabulary import load_vocabulary


class BriefError(Exception):
    """No brief can be made: the dialogue has no round on record."""


@dataclass
class Citation:
    meeting: str
    statement_id: str
    quote: str


@dataclass
class BriefLine:
    text: str  # what the line says, in a few words
    status: str | None
    cite: Citation
    details: list[str] = field(default_factory=list)
    before: Citation | None = None  # the earlier wording, for changes


@dataclass
class Brief:
    dialogue: str
    acronym: str | None
    prepared: str
    rounds: list[str]  # meeting keys on record, oldest first
    last: str
    last_date: str | None
    last_venue: str | None
    previous: str | None
    next_round: str | None
    next_date: str | None  # YYYY-MM
    next_basis: str
    commitments: list[BriefLine] = field(default_factory=list)
    milestones: list[BriefLine] = field(default_factory=list)
    changes: list[BriefLine] = field(default_factory=list)
    topics_new: list[BriefLine] = field(default_factory=list)
    topics_gone: list[BriefLine] = field(default_factory=list)
    not_restated: list[BriefLine] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.dialogue} ({self.acronym})" if self.acronym and self.acronym != self.dialogue else self.dialogue


def make_brief(records: list[Record], dialogue: str, today: dt.date, confirmations: Iterable[Confirmation] = (), *,
               threads: list[Thread] | None = None, knowledge: Knowledge | None = None) -> Brief:
    kb = knowledge or default_knowledge()
    vocab = load_vocabulary(kb)
    own = [r for r in records if dialogue_matches(r, dialogue)]
    if not own:
        labels = sorted({meeting_ref(r).dialogue for r in records if r.meeting.acronym == dialogue})
        if len(labels) > 1:
            raise BriefError(f"{dialogue} names several dialogues: {', '.join(labels)} (brief one of them)")
        raise BriefError(f"no round of {dialogue} on record")
    rounds: dict[str, list[Record]] = {}
    for r in sorted(own, key=lambda r: meeting_ref(r).sort_key):
        rounds.setdefault(meeting_ref(r).key, []).append(r)
    keys = list(rounds)
    last, previous = keys[-1], (keys[-2] if len(keys) > 1 else None)
    last_ref = meeting_ref(rounds[last][0])
    threads = threads if threads is not None else build_threads(records, vocab=vocab)
    index = thread_index(threads)
    milestones = track_milestones(records, today, confirmations, knowledge=kb, vocab=vocab)
    info = kb.dialogue(dialogue) or kb.dialogue(last_ref.dialogue)
    m = rounds[last][0].meeting
    next_round, next_date, basis = _next_round(last_ref, info, milestones)
    brief = Brief(
        dialogue=(info.name if info else m.dialogue) or dialogue, acronym=(info.acronym if info else m.acronym),
        prepared=today.isoformat(), rounds=keys, last=last, last_date=last_ref.date, last_venue=m.venue,
        previous=previous, next_round=next_round, next_date=next_date, next_basis=basis)
    brief.commitments = _commitments(rounds[last], index, milestones)
    brief.milestones = _due(milestones, last_ref.alliance, last, rounds[previous][0] if previous else None, next_date)
    brief.changes = _changes(threads, {last, previous} - {None})
    if previous:
        brief.topics_new, brief.topics_gone = _topics(rounds[previous], rounds[last], previous, last)
        brief.not_restated = _not_restated(threads, previous, last)
    return brief


def _cite(meeting: str, st: Statement) -> Citation:
    return Citation(meeting, st.id, st.text)


def _next_round(last, info, milestones: list[TrackedMilestone]) -> tuple[str | None, str | None, str]:
    nxt = f"{last.dialogue}-{last.round + 1}" if last.round is not None else None
    announced = [m for m in milestones if nxt and m.event == nxt and m.due]
    if announced:
        return nxt, announced[0].due[:7], f"as announced at {announced[0].source_meeting}"
    start = parse_date(last.date)
    if info and info.per_year and start:
        months = round(12 / info.per_year)
        when = add_months(start, months)
        cadence = {1: "once a year", 2: "twice a year"}.get(int(info.per_year), f"{info.per_year:g} times a year")
        return nxt, f"{when.year:04d}-{when.month:02d}", f"estimated: the dialogue meets {cadence}, {months} months after {last.key}"
    return nxt, None, "no cadence on record for this dialogue"


def _commitments(recs: list[Record], index: dict[str, Thread], milestones: list[TrackedMilestone]) -> list[BriefLine]:
    out = []
    for rec in recs:
        key = meeting_ref(rec).key
        for st in rec.statements:
            if not st.commitment:
                continue
            thread = index.get(st.id)
            details = []
            if thread is None or thread.first.meeting == key:
                status = "new"
            else:
                earlier = [a.meeting for a in thread.appearances if a.meeting != key]
                status = "restated"
                details.append(f"since {thread.first.meeting} ({len(earlier)} earlier appearance{'s' * (len(earlier) != 1)})")
                change = thread.change_into(key)
                if change is not None and change.significant:
                    status = "changed"
                    details += [k.describe() for k in change.key_terms]
            for ms in milestones:
                if ms.source_statement == st.id:
                    details.append(f"milestone {ms.task or ms.name}: due {ms.due or 'date not given'}, {ms.status}")
            out.append(BriefLine(thread.label if thread else (st.content or st.text), status, _cite(key, st), details))
    return out


def _due(milestones: list[TrackedMilestone], alliance: tuple[str, ...], last: str, previous: Record | None,
         next_date: str | None) -> list[BriefLine]:
    since = meeting_ref(previous).date if previous is not None else None
    until = f"{next_date}-31" if next_date else None
    out = []
    for ms in milestones:
        if ms.status == "met" or tuple(ms.alliance) != tuple(alliance):
            continue
        if ms.due is None:
            if ms.source_meeting != last:
                continue
        elif (since and ms.due < since) or (until and ms.due > until):
            continue
        if ms.source_meeting != last and ms.source_date and since and ms.source_date < since[:4]:
            continue
        details = [f"due {ms.due or 'date not given'}"]
        if ms.event:
            details.append(f"tied to {ms.event}")
        details += [f"evidence ({e.kind}): {e.meeting} {e.statement_id}" for e in ms.evidence]
        out.append(BriefLine(ms.task or ms.name, ms.status,
                             Citation(ms.source_meeting, ms.source_statement or ms.source_document, ms.quote), details))
    return out


def _changes(threads: list[Thread], meetings: set[str]) -> list[BriefLine]:
    out = []
    for t in threads:
        for ch in t.changes:
            if ch.after_meeting not in meetings or ch.unchanged:
                continue
            before = next(a for a in t.appearances if a.statement_id == ch.before_statement)
            after = next(a for a in t.appearances if a.statement_id == ch.after_statement)
            details = [k.describe() for k in ch.key_terms] or [
                f"{op.op}: “{op.before}” → “{op.after}”" if op.op == "replace" else f"{op.op}: “{op.before or op.after}”"
                for op in ch.edits()[:3]]
            out.append(BriefLine(t.label, "significant" if ch.significant else "reworded",
                                 Citation(after.meeting, after.statement_id, after.text), details,
                                 Citation(before.meeting, before.statement_id, before.text)))
    out.sort(key=lambda b: (b.status != "significant", b.cite.meeting, b.text))
    return out


def _topics(prev: list[Record], last: list[Record], prev_key: str, last_key: str) -> tuple[list[BriefLine], list[BriefLine]]:
    def first_by_topic(recs):
        found: dict[str, Statement] = {}
        for r in recs:
            for st in r.statements:
                if st.act != "meet":
                    for t in st.topics:
                        found.setdefault(t, st)
        return found

    a, b = first_by_topic(prev), first_by_topic(last)
    new = [BriefLine(t, "appeared", _cite(last_key, b[t])) for t in b if t not in a]
    gone = [BriefLine(t, "disappeared", _cite(prev_key, a[t])) for t in a if t not in b]
    return new, gone


def _not_restated(threads: list[Thread], previous: str, last: str) -> list[BriefLine]:
    out = []
    for t in threads:
        meetings = t.meetings
        if previous in meetings and last not in meetings and t.family == "pledge":
            app = t.appearances[meetings.index(previous)]
            out.append(BriefLine(t.label, "not restated", Citation(app.meeting, app.statement_id, app.text),
                                 [f"{len(t.appearances)} appearance{'s' * (len(t.appearances) != 1)} since {t.first.meeting}"]))
    return out
