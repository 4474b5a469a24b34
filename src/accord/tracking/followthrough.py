"""Follow-through: milestones and deadlines set in one round, checked against later rounds.

A round sets things to be done by a date or by a later meeting ("finalize
several key documents ahead of the 50th SCM in October"). Each becomes a
tracked item with a due date. A later document that is that meeting (its
dialogue and round match) or that mentions it reports on it; its statements
on the same topic are proposed as evidence of fulfilment, ranked by
how much they say it was done (signed, completed, approved ...) and whether
they point back to the round that set it. An analyst confirms or rejects each
proposal; the verdicts come in as data (``Confirmation``), so the store can
keep them as corrections and this module stays a pure function.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Iterable

from accord.knowledge import Knowledge, default_knowledge
from accord.records import Milestone, Record, Statement
from accord.tracking.rounds import MeetingRef, end_of, meeting_ref, parse_date
from accord.tracking.similarity import GENERIC_TOPICS, statement_words
from accord.tracking.vocabulary import Vocabulary, load_vocabulary
from accord.tracking.weights import reference_weights

STATUSES = ("due", "met", "overdue", "unknown")
DONE = re.compile(r"\b(sign(?:ed|ing)|complet(?:ed|ion|ing)|finali[sz](?:ed|ing)|approv(?:ed|al)|endors(?:ed|ing)|"
                  r"certif(?:ied|ication)|adopt(?:ed|ion)|conclud(?:ed|ing)|establish(?:ed|ment)|launch(?:ed)|"
                  r"revis(?:ed|ion)|ratif(?:ied|ication)|held|convened|issued|published|achiev(?:ed|ement))\b", re.I)
ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b")
GRACE = dt.timedelta(days=92)  # fulfilment is often reported at the meeting after the deadline
UNDATED_WINDOW = dt.timedelta(days=400)
MEETING_VERBS = re.compile(r"\b(?:convene|reconvene|hold|host|held|meet)\b", re.I)
UNDONE = re.compile(r"\b(?:delay(?:ed|s)?|postpone[sd]?|timetable|schedul\w*)\b", re.I)
HELD = re.compile(r"\b(?:last|held|set out at|at the|since the|following)\b", re.I)
MIN_SCORE = 0.35
MAX_EVIDENCE = 3
ANALYST = "added by an analyst"  # the reason given for evidence an analyst added


@dataclass
class Confirmation:
    """An analyst's verdict on a proposed (or added) piece of evidence."""

    milestone_id: str
    evidence_statement_id: str
    verdict: str  # confirm | reject
    by: str
    at: str  # ISO 8601 timestamp; the latest verdict on a pair wins


@dataclass
class Evidence:
    statement_id: str
    document_id: str
    meeting: str
    date: str | None
    act: str
    text: str
    reason: str
    score: float
    kind: str = "report"  # done: says it was done; report: speaks of it without saying so
    verdict: str | None = None  # None: proposed; "confirm" or "reject" by an analyst
    by: str | None = None
    at: str | None = None


@dataclass
class TrackedMilestone:
    id: str
    name: str  # the milestone: an event ("50th Security Consultative Meeting") or a deadline's task
    task: str | None  # what is to be done by it, when the statement pledges work due by the event
    when: str | None
    due: str | None  # the last day the date stands for
    venue: str | None
    source_statement: str | None
    source_document: str
    source_meeting: str
    source_date: str | None
    alliance: list[str]
    quote: str
    topics: list[str]
    event: str | None  # the meeting the milestone is or is tied to, as dialogue-round ("SCM-50")
    is_event: bool  # the milestone is that meeting itself, not a task due by it
    reported_in: list[str] = field(default_factory=list)  # later meetings that are the event or mention it
    evidence: list[Evidence] = field(default_factory=list)
    status: str = "unknown"

    @property
    def confirmed(self) -> bool:
        return any(e.verdict == "confirm" for e in self.evidence)


def milestone_id(document_id: str, name: str, statement_id: str | None = None) -> str:
    return "m" + hashlib.sha1(f"{document_id}|{name}|{statement_id or ''}".encode("utf-8")).hexdigest()[:8]


def track_milestones(records: list[Record], today: dt.date, confirmations: Iterable[Confirmation] = (), *,
                     knowledge: Knowledge | None = None, vocab: Vocabulary | None = None) -> list[TrackedMilestone]:
    """Every milestone on record with its status as of ``today`` and its evidence, the analysts' verdicts applied."""
    kb = knowledge or default_knowledge()
    vocab = vocab or load_vocabulary(kb)
    ctx = _Context(records, kb, vocab)
    verdicts = _latest(confirmations)
    out = []
    for rec in records:
        for item in _set_by(rec, ctx, verdicts):
            item.status = status(item, today)
            out.append(item)
    out.sort(key=lambda m: (m.due or "9999", m.source_date or "", m.id))
    return out


def milestones_set_by(rec: Record, later: list[Record], confirmations: Iterable[Confirmation] = (), *,
                      knowledge: Knowledge | None = None,
                      vocab: Vocabulary | None = None, memo: dict | None = None) -> list[TrackedMilestone]:
    """The milestones one record sets, followed through ``later`` (the records that could report on
    them, ``window`` says which). Status is left to ``status``.
    ``memo`` keeps the meetings texts and documents name between calls (they depend on nothing else)."""
    kb = knowledge or default_knowledge()
    ctx = _Context([rec, *later], kb, vocab or load_vocabulary(kb), memo)
    return _set_by(rec, ctx, _latest(confirmations))


def followed_further(rec: Record, kept: list[TrackedMilestone], new: Record,
                     confirmations: Iterable[Confirmation] = (), *, knowledge: Knowledge | None = None,
                     vocab: Vocabulary | None = None, memo: dict | None = None) -> list[TrackedMilestone] | None:
    """``rec``'s milestones as ``milestones_set_by`` gave them (``kept``), followed through one more record
    that could report on them: what ``milestones_set_by`` would give with ``new`` among ``later``, without
    reading the others again. Only ``new``'s statements are scored; each milestone keeps the best of its
    evidence and theirs. None when that cannot be told from ``kept``: ``new`` is of the dialogue a milestone
    names (it could be that meeting) or names the meeting (it would report on it)."""
    kb = knowledge or default_knowledge()
    ctx = _Context([rec, new], kb, vocab or load_vocabulary(kb), memo)
    ref, other = meeting_ref(rec), ctx.refs[new.document.id]
    by_id = {m.id: m for m in kept}
    verdicts = _latest(confirmations)
    out: dict[str, TrackedMilestone] = {}
    for ms, source in _milestones_of(rec):
        mid = milestone_id(rec.document.id, ms.name, source.id if source else None)
        item = by_id.get(mid)
        if mid in out or item is None:  # the first of one id is kept; one left out stays out (its meeting was held)
            continue
        event = _event(ms.name, ctx) or _event(ms.text or "", ctx) or (_event(source.text, ctx) if source else None)
        if event is not None and (event[0] == other.dialogue or _mentions(new, event, ctx)):
            return None
        start, due, day = parse_date(ref.date), parse_date(item.due), parse_date(other.date)
        limit = (due + GRACE) if due else (start + UNDATED_WINDOW if start else None)
        found = []
        if set(ref.alliance) <= set(other.alliance) and day and start and day > start and limit and day <= limit:
            words = item.task or f"{item.name} {statement_words(source) if source else ''}"
            wanted = set(ctx.vocab.content_terms(words))
            topics, back = set(item.topics) - GENERIC_TOPICS, _back_reference(ref, ctx)
            found = [ev for s in new.statements if (ev := _score(s, new, item, wanted, topics, back, False, ctx))]
        known = {e.statement_id: e for e in item.evidence}
        proposed = [replace(e, verdict=None, by=None, at=None) for e in item.evidence if e.reason != ANALYST]
        item.evidence = sorted(proposed + found, key=lambda e: (-e.score, e.date or "", e.statement_id))[:MAX_EVIDENCE]
        for s in new.statements:
            known.setdefault(s.id, Evidence(s.id, new.document.id, other.key, other.date, s.act, s.text, ANALYST,
                                            1.0, "done"))
        _apply(item, verdicts.get(item.id, {}), ctx, known)
        out[mid] = item
    return list(out.values())


def window(rec: Record, *, knowledge: Knowledge | None = None) -> tuple[str | None, str | None, list[str]]:
    """Where reports on a record's milestones are looked for: after its date, up to the last day any of
    them could be reported (None: open), and in the meetings they name (keys like ``SCM-50``)."""
    ctx = _Context([rec], knowledge or default_knowledge(), None, {})
    ref = meeting_ref(rec)
    start = parse_date(ref.date)
    until: dt.date | None = None
    events = []
    for ms, source in _milestones_of(rec):
        due = end_of(ms.when)
        limit = (due + GRACE) if due else (start + UNDATED_WINDOW if start else None)
        if limit and (until is None or limit > until):
            until = limit
        event = _event(ms.name, ctx) or _event(ms.text or "", ctx) or (_event(source.text, ctx) if source else None)
        if event is not None:
            events.append(f"{event[0]}-{event[1]}" if event[1] else event[0])
    return ref.date, until.isoformat() if until else None, sorted(set(events))


def milestone_ids(rec: Record) -> set[str]:
    """The ids of the milestones a record sets (verdicts name them)."""
    return {milestone_id(rec.document.id, ms.name, source.id if source else None) for ms, source in _milestones_of(rec)}


def _set_by(rec: Record, ctx: "_Context", verdicts: dict) -> list[TrackedMilestone]:
    ref = meeting_ref(rec)
    out = []
    for ms, source in _milestones_of(rec):
        item = _track(ms, source, rec, ref, ctx)
        if item is not None:
            _apply(item, verdicts.get(item.id, {}), ctx)
            out.append(item)
    return out


class _Context:
    def __init__(self, records: list[Record], kb: Knowledge, vocab: Vocabulary | None, memo: dict | None = None):
        self.records = records
        self.kb = kb
        self.vocab = vocab
        self.refs = {r.document.id: meeting_ref(r) for r in records}
        self.statements = {s.id: (s, r) for r in records for s in r.statements}
        self.idf = reference_weights()
        self.names = sorted(((n, d) for d in kb.dialogues for n in d.names()), key=lambda x: -len(x[0]))
        memo = memo if memo is not None else {}
        if len(memo.get("events", ())) > 50_000 or len(memo.get("named", ())) > 20_000:
            memo.clear()
        self.events: dict[str, tuple[str, int | None] | None] = memo.setdefault("events", {})  # text -> meeting named
        self.named: dict[str, set] = memo.setdefault("named", {})  # document id -> the numbered meetings it names
        self.terms: dict[str, set[str]] = {}  # statement id -> its content words

    def terms_of(self, s: Statement) -> set[str]:
        got = self.terms.get(s.id)
        if got is None:
            got = self.terms[s.id] = set(self.vocab.content_terms(statement_words(s)))
        return got


def _milestones_of(rec: Record) -> list[tuple[Milestone, Statement | None]]:
    """Each milestone with each statement that names it: one event can carry several pledges."""
    out, named = [], set()
    for ms in rec.milestones:
        sources = [s for s in rec.statements if s.milestone == ms.name]
        if not sources and ms.start is not None:
            sources = [s for s in rec.statements if s.start <= ms.start < s.end][:1]
        out += [(ms, s) for s in sources] or [(ms, None)]
        named.add(ms.name)
    for s in rec.statements:
        if s.milestone and s.milestone not in named:
            out.append((Milestone(s.milestone), s))
    return out


def _event(text: str, ctx: _Context) -> tuple[str, int | None] | None:
    """(dialogue acronym, round) of the first dialogue meeting the text names."""
    if text in ctx.events:
        return ctx.events[text]
    found = None
    for m in ORDINAL.finditer(text):
        tail = text[m.end():m.end() + 90]
        hits = ctx.kb.find_dialogues(tail)
        if hits and "." not in tail[:hits[0][0]].replace("U.S.", "").replace("U.N.", ""):
            info = hits[0][2]
            found = (info.acronym or info.name, int(m.group(1)))
            break
    if found is None:
        hits = ctx.kb.find_dialogues(text)
        if hits:
            found = (hits[0][2].acronym or hits[0][2].name, None)
    ctx.events[text] = found
    return found


def _events_named(rec: Record, ctx: _Context) -> set[tuple[str, int | None]]:
    """Every numbered meeting a document names ("the 50th SCM"), found once per document."""
    got = ctx.named.get(rec.document.id)
    if got is None:
        text = rec.document.text
        got = ctx.named[rec.document.id] = {e for m in ORDINAL.finditer(text)
                                            if (e := _event(text[m.start():m.end() + 90], ctx)) is not None}
    return got


def _track(ms: Milestone, source: Statement | None, rec: Record, ref: MeetingRef, ctx: _Context) -> TrackedMilestone | None:
    quote = source.text if source is not None else (ms.text or ms.name)
    event = _event(ms.name, ctx) or _event(ms.text or "", ctx) or (_event(source.text, ctx) if source else None)
    due = end_of(ms.when)
    start = parse_date(ref.date)
    held = None
    if event is not None:
        dialogue, rnd = event
        if (dialogue, rnd) == (ref.dialogue, ref.round):
            event = None
        else:
            held = _event_record(dialogue, rnd, start, due, ref.alliance, ctx)
            if held is not None and start and parse_date(meeting_ref(held).date) and parse_date(meeting_ref(held).date) < start:
                return None  # a meeting already held when the statement was made is a reference, not a milestone
    names_event = event is not None and (bool(re.match(rf"\s*(?:the\s+)?{ORDINAL.pattern}", ms.name, re.I)) or
                                         ms.name.lower().startswith(tuple(n.lower() for n, _ in ctx.names)))
    task = _task(source) if names_event else None
    is_event = names_event and task is None
    event_key = None
    if event is not None:
        event_key = meeting_ref(held).key if held is not None else (f"{event[0]}-{event[1]}" if event[1] else event[0])
    if due is None and held is not None and is_event:
        due = end_of(meeting_ref(held).date)
    item = TrackedMilestone(
        milestone_id(rec.document.id, ms.name, source.id if source else None), ms.name, task, ms.when,
        due.isoformat() if due else None, ms.venue,
        source.id if source else None, rec.document.id, ref.key, ref.date, list(ref.alliance), quote,
        list(source.topics) if source else [], event_key, is_event)
    item.reported_in, item.evidence = _reports(item, source, rec, ref, held, event, ctx)
    return item


def _task(source: Statement | None) -> str | None:
    """The work a statement pledges to finish by a meeting, or None when the meeting itself is the point."""
    if source is None or not source.commitment:
        return None
    if MEETING_VERBS.search(source.text):
        return None
    content = (source.content or source.text).strip()
    cut = re.search(r"\s+(?:ahead of|before|by|in preparing for|at)\s+the\b", content)
    task = re.sub(r"^(?:to|that)\s+", "", content[:cut.start()] if cut else content).strip(" ,;")
    return task or None


def _event_record(dialogue: str, rnd: int | None, after: dt.date | None, due: dt.date | None,
                  alliance: tuple[str, ...], ctx: _Context) -> Record | None:
    best = None
    for r in ctx.records:
        ref = ctx.refs[r.document.id]
        if ref.dialogue != dialogue:
            continue
        if rnd is not None:
            if ref.round == rnd:
                return r
            continue
        day = parse_date(ref.date)
        if day and after and day > after and (due is None or day <= due + GRACE) and set(alliance) <= set(ref.alliance):
            if best is None or day < parse_date(ctx.refs[best.document.id].date):
                best = r
    return best


def _reports(item: TrackedMilestone, source: Statement | None, rec: Record, ref: MeetingRef, held: Record | None,
             event: tuple[str, int | None] | None, ctx: _Context) -> tuple[list[str], list[Evidence]]:
    start = parse_date(ref.date)
    due = parse_date(item.due)
    limit = (due + GRACE) if due else (start + UNDATED_WINDOW if start else None)
    later = []
    for r in ctx.records:
        other = ctx.refs[r.document.id]
        day = parse_date(other.date)
        if r is rec or not set(ref.alliance) <= set(other.alliance) or not day or not start or day <= start:
            continue
        if r is held or (limit and day <= limit) or _mentions(r, event, ctx):
            later.append(r)
    reported = [ctx.refs[r.document.id].key for r in later if r is held or _mentions(r, event, ctx)]
    wanted = set(ctx.vocab.content_terms(item.task or f"{item.name} {statement_words(source) if source else ''}"))
    topics = set(item.topics) - GENERIC_TOPICS
    back = _back_reference(ref, ctx)
    evidence = []
    for r in later:
        for s in r.statements:
            ev = _score(s, r, item, wanted, topics, back, r is held, ctx)
            if ev is not None:
                evidence.append(ev)
    evidence.sort(key=lambda e: (-e.score, e.date or "", e.statement_id))
    return list(dict.fromkeys(reported)), evidence[:MAX_EVIDENCE]


def _mentions(rec: Record, event: tuple[str, int | None] | None, ctx: _Context) -> bool:
    if event is None or event[1] is None:
        return False
    return event in _events_named(rec, ctx)


def _back_reference(ref: MeetingRef, ctx: _Context) -> re.Pattern | None:
    """Words by which a later statement points back to the round that set the milestone ("at the 14th KIDD")."""
    if ref.round is None:
        return None
    names = [n for n, info in ctx.names if (info.acronym or info.name) == ref.dialogue]
    if not names:
        return None
    alts = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\b{ref.round}(?:st|nd|rd|th)\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{alts})", re.I)


def _score(s: Statement, rec: Record, item: TrackedMilestone, wanted: set[str],
           topics: set[str], back: re.Pattern | None, at_event: bool, ctx: _Context) -> Evidence | None:
    """A later statement as evidence: how much it is about the milestone, and whether it says it was done."""
    ref = ctx.refs[rec.document.id]
    if item.is_event:
        if at_event and s.act == "meet":
            return Evidence(s.id, rec.document.id, ref.key, ref.date, s.act, s.text, f"{ref.key} was held", 1.0, "done")
        if not at_event and item.event and _event(s.text, ctx) == _event_of_key(item.event, ctx) and HELD.search(s.text):
            return Evidence(s.id, rec.document.id, ref.key, ref.date, s.act, s.text,
                            f"{ref.key} speaks of {item.event} as held", 0.8, "done")
    if s.act == "meet":
        return None
    shared_topics = topics & set(s.topics)
    points_back = bool(back and back.search(s.text))
    if not (shared_topics or points_back):
        return None
    terms = ctx.terms_of(s)
    w = lambda ts: sum(ctx.idf.weight(t) for t in ts)  # noqa: E731
    overlap = w(terms & wanted) / max(w(wanted), 1.0) if wanted else 0.0
    if not (shared_topics or (points_back and overlap >= 0.1)):
        return None
    says_done = (bool(DONE.search(s.text)) and not s.commitment and s.act not in ("discuss", "assess")
                 and not UNDONE.search(s.text))
    done = says_done and (overlap >= 0.2 or points_back or at_event)
    if overlap < 0.1 and not (points_back or done):
        return None
    score = (0.45 * overlap + 0.2 * done + 0.3 * points_back + 0.15 * at_event
             + 0.05 * bool(shared_topics))
    if score < MIN_SCORE:
        return None
    reasons = [r for r, on in (
        (f"points back to {item.source_meeting}", points_back), ("says it was done", done),
        (f"at {item.event}", at_event),
        (f"same topic ({', '.join(sorted(shared_topics))})", shared_topics),
    ) if on]
    return Evidence(s.id, rec.document.id, ref.key, ref.date, s.act, s.text, "; ".join(reasons),
                    round(min(score, 1.0), 3), "done" if done else "report")


def _event_of_key(key: str, ctx: _Context) -> tuple[str, int | None] | None:
    dialogue, _, rnd = key.rpartition("-")
    return (dialogue, int(rnd)) if rnd.isdigit() else (key, None)


def _latest(confirmations: Iterable[Confirmation]) -> dict[str, dict[str, Confirmation]]:
    out: dict[str, dict[str, Confirmation]] = {}
    for c in sorted(confirmations, key=lambda c: c.at):
        out.setdefault(c.milestone_id, {})[c.evidence_statement_id] = c
    return out


def _apply(item: TrackedMilestone, verdicts: dict[str, Confirmation], ctx: _Context,
           known: dict[str, Evidence] | None = None) -> None:
    """The verdicts set on the evidence proposed; a statement confirmed but not proposed is added, when it is
    one of the records followed (``known``: those statements as evidence, where they are not in ``ctx``)."""
    by_id = {e.statement_id: e for e in item.evidence}
    for sid, c in verdicts.items():
        ev = by_id.get(sid)
        if ev is None and c.verdict == "confirm" and known is not None and sid in known:
            e = known[sid]
            ev = Evidence(e.statement_id, e.document_id, e.meeting, e.date, e.act, e.text, ANALYST, 1.0, "done")
            item.evidence.append(ev)
        elif ev is None and c.verdict == "confirm" and sid in ctx.statements:
            s, r = ctx.statements[sid]
            ref = ctx.refs[r.document.id]
            ev = Evidence(s.id, r.document.id, ref.key, ref.date, s.act, s.text, ANALYST, 1.0, "done")
            item.evidence.append(ev)
        if ev is not None:
            ev.verdict, ev.by, ev.at = c.verdict, c.by, c.at


def status(item: TrackedMilestone, today: dt.date) -> str:
    """met: evidence an analyst confirmed, or proposed evidence that says it was done."""
    if any(e.verdict == "confirm" or (e.verdict is None and e.kind == "done") for e in item.evidence):
        return "met"
    due = parse_date(item.due)
    if due is None:
        return "unknown"
    return "due" if due >= today else "overdue"
