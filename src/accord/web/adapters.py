"""The web app's bridge to the store and to tracking.

The store keeps threads and follow-through up to date with every change
(``accord.store.tracked``); a snapshot reads their light rows once per change
to the database (a new document, a re-extraction, a correction or an
analyst's verdict), which a cheap fingerprint query detects, and a page reads
the rest (a thread in full, the threads of a round's statements) when it
shows it. On a team server the snapshot is also kept
in the database (``Store.shared_view``), so several server workers compute it
once per change between them and each just reads it.

Analysts' verdicts on proposed milestone evidence are kept by the store
(``Store.record_verdict``), like corrections.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import pickle
import sys
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, ContextManager

from accord.keys import dialogue_label
from accord.records import Meeting
from accord.store import Store
from accord.store.search import parties_on_record
from accord.tracking import brief as brief_mod
from accord.tracking.followthrough import Confirmation
from accord.tracking.rounds import MeetingRef
from accord.tracking.threads import Thread, assemble, rounds_on_record, situate


def fingerprint(store: Store) -> tuple:
    """Changes whenever anything the pages read changes: documents, extraction, corrections, verdicts, the
    sources of a text, the day."""
    row = store.conn.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT max(extracted_at) FROM documents),"
        " (SELECT count(*) FROM corrections), (SELECT max(id) FROM corrections),"
        " (SELECT count(*) FROM statements),"
        " (SELECT count(*) FROM milestone_verdicts), (SELECT max(id) FROM milestone_verdicts),"
        " (SELECT count(*) FROM document_sources)").fetchone()
    return (*tuple(row), dt.date.today().isoformat())


@dataclass
class ThreadRow:
    """A thread as lists show it, read from the store's ``threads`` table, its status as of this snapshot."""

    id: str
    label: str
    family: str
    alliance: list[str]
    topics: list[str]
    actors: list[str]
    dialogues: list[str]
    size: int
    first_meeting: str
    first_date: str | None
    last_meeting: str
    last_dialogue: str
    last_date: str | None
    last_significant: bool
    search: str
    status: str = ""


@dataclass
class Snapshot:
    """What the pages read over the whole record, valid until the database changes.

    Threads and milestones are kept by the store (``accord.store.tracked``) and
    read from it; nothing here holds the records themselves, so a snapshot
    costs the same few queries whatever the size of the record.
    """

    keys: dict[str, str]  # document id -> meeting key
    primary: dict[str, str]  # meeting key -> the document its record is read from
    meetings: list[Any] = field(default_factory=list)  # one summary per meeting (``Store.meetings``)
    rounds: dict[tuple, list[tuple[str, str]]] = field(default_factory=dict)  # (dialogue, alliance) -> rounds
    threads: list[ThreadRow] = field(default_factory=list)
    milestones: list[Any] = field(default_factory=list)
    milestones_of: dict[str, list[Any]] = field(default_factory=dict)  # statement id -> tracked milestones
    confirmations: list[Any] = field(default_factory=list)  # analysts' verdicts, as tracking takes them
    briefs: dict[str, Any] = field(default_factory=dict)  # dialogue -> Brief, made on first request
    memo: dict[str, Any] = field(default_factory=dict)  # pages' views of the snapshot, made once each

    def thread_row(self, tid: str) -> ThreadRow | None:
        if "thread_rows" not in self.memo:
            self.memo["thread_rows"] = {t.id: t for t in self.threads}
        return self.memo["thread_rows"].get(tid)

    def milestone(self, ref: str) -> Any | None:
        if "milestone_ids" not in self.memo:
            self.memo["milestone_ids"] = {m.id: m for m in self.milestones}
        return self.memo["milestone_ids"].get(ref)


class Tracking:
    """Computes snapshots and keeps the last one; with ``shared``, through the database for every process.

    ``version`` says which state of the database a request sees: the
    fingerprint, read again only when the backend's change counter moved
    (SQLite's data_version: no query at all while nothing is written) or the
    day changed.
    """

    def __init__(self, shared: bool = False, counter: Callable[[], Any] | None = None) -> None:
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._snap: Snapshot | None = None
        self.shared = shared
        self.built = 0  # snapshots this process computed itself
        self._counter = counter
        self._seen: Any = None  # the counter's reading when ``_version`` was taken
        self._version: tuple | None = None

    def known_version(self) -> tuple | None:
        """The version, when the change counter says it still holds (no query); else None."""
        if self._counter is None:
            return None
        reading = self._counter()
        with self._lock:
            if self._version is not None and reading == self._seen and self._version[-1] == dt.date.today().isoformat():
                return self._version
        return None

    def version(self, connect: Callable[[], ContextManager[Store]]) -> tuple:
        reading = self._counter() if self._counter is not None else None
        today = dt.date.today().isoformat()
        with self._lock:
            if (self._counter is not None and self._version is not None and reading == self._seen
                    and self._version[-1] == today):
                return self._version
        with connect() as store:
            key = fingerprint(store)
        with self._lock:
            self._seen, self._version = reading, key
        return key

    def snapshot(self, store: Store, key: tuple | None = None) -> Snapshot:
        key = key if key is not None else fingerprint(store)
        with self._lock:
            if self._snap is None or key != self._key:
                self._snap = self._shared(store, key) if self.shared else self._build(store)
                self._key = key
            return self._snap

    def _build(self, store: Store) -> Snapshot:
        self.built += 1
        return build(store)

    def _shared(self, store: Store, key: tuple) -> Snapshot:
        from accord import __version__

        made: list[Snapshot] = []

        def compute() -> bytes:
            made.append(self._build(store))
            return pickle.dumps(made[0], protocol=pickle.HIGHEST_PROTOCOL)

        data = store.shared_view("tracking", json.dumps([__version__, *key]), compute)
        if made:
            return made[0]
        try:
            return pickle.loads(data)
        except Exception:  # noqa: BLE001 - a damaged view is computed again here
            return self._build(store)


@functools.lru_cache(maxsize=1)
def _say_stale() -> None:
    sys.stderr.write("accord: warning: this database's threads were built by an earlier version of Accord; "
                     "the pages show them as they are until `accord track --rebuild` (or the next `accord ingest`)\n")


def build(store: Store) -> Snapshot:
    tracker = store.tracker()
    if tracker.stale():  # a web worker does not spend minutes rebuilding: the threads as they are, and a word
        _say_stale()
    else:
        tracker.ensure()  # a database from before tracking was kept is built once, here
    keys = {r[0]: r[1] for r in store.conn.execute("SELECT document_id, key FROM meetings").fetchall()}
    meetings = store.meetings()
    primary = {m.key: m.document_id for m in meetings}
    refs = [MeetingRef(key, dialogue_label(Meeting(name, acronym, rnd, parties=json.loads(parties or "[]"))), rnd, date,
                       tuple(sorted(set(json.loads(parties or "[]")))), doc)
            for doc, key, acronym, name, rnd, date, parties in store.conn.execute(
                "SELECT d.id, m.key, m.acronym, m.dialogue, m.round, coalesce(m.start_date, m.end_date, d.published),"
                " m.parties FROM current_documents d JOIN meetings m ON m.document_id = d.id").fetchall()]
    snap = Snapshot(keys, primary, meetings, rounds_on_record(refs))
    for r in store.conn.execute("SELECT * FROM threads ORDER BY appearances DESC, first_date, id").fetchall():
        t = ThreadRow(r["id"], r["label"], r["family"], json.loads(r["alliance"]), json.loads(r["topics"]),
                      json.loads(r["actors"]), json.loads(r["dialogues"]), r["appearances"], r["first_meeting"],
                      r["first_date"], r["last_meeting"], r["last_dialogue"], r["last_date"],
                      bool(r["last_significant"]), r["search"])
        t.status = status_of(t, snap.rounds)
        snap.threads.append(t)
    snap.confirmations = [Confirmation(**v) for v in store.milestone_verdicts()]
    snap.milestones = tracker.milestones(dt.date.today())
    for m in snap.milestones:
        if m.source_statement:
            snap.milestones_of.setdefault(m.source_statement, []).append(m)
    return snap


def status_of(t: ThreadRow, rounds: dict) -> str:
    """As ``threads.situate`` says it: dropped, new, changed or continuing against the rounds on record."""
    on_record = rounds.get((t.last_dialogue, tuple(t.alliance)), [])
    if on_record and on_record[-1][1] != t.last_meeting:
        return "dropped"
    if t.size == 1:
        return "new"
    return "changed" if t.last_significant else "continuing"


def threads_of(store: Store, snap: Snapshot, statement_ids: list[str]) -> dict[str, ThreadRow]:
    """Statement id -> its thread, for the statements a page shows."""
    out = {}
    ids = sorted(set(statement_ids))
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        for sid, tid in store.conn.execute(
                f"SELECT statement_id, thread_id FROM thread_members WHERE statement_id IN ({', '.join('?' * len(part))})",
                part).fetchall():
            row = snap.thread_row(tid)
            if row is not None:
                out[sid] = row
    return out


def thread(store: Store, snap: Snapshot, ref: str) -> Thread | None:
    """One thread in full (every appearance, every change of wording), by id, unique id prefix or statement id."""
    tid = ref if snap.thread_row(ref) else None
    if tid is None:
        row = store.conn.execute("SELECT thread_id FROM thread_members WHERE statement_id = ?", (ref,)).fetchone()
        tid = row[0] if row else None
    if tid is None:
        hits = [t.id for t in snap.threads if t.id.startswith(ref)]
        tid = hits[0] if len(hits) == 1 else None
    if tid is None:
        return None
    key = ("thread", tid)
    if key not in snap.memo:
        if len(snap.memo.get("threads_kept", ())) >= THREADS_KEPT:
            for old in snap.memo.pop("threads_kept"):
                snap.memo.pop(old, None)
        snap.memo.setdefault("threads_kept", []).append(key)
        snap.memo[key] = _full_thread(store, snap, tid)
    return snap.memo[key]


THREADS_KEPT = 256  # full threads kept with the snapshot


def _full_thread(store: Store, snap: Snapshot, tid: str) -> Thread:
    from accord.store.tracked import appearance_of, signature_of

    tracker = store.tracker()
    members = store.conn.execute("SELECT statement_id, unit FROM thread_members WHERE thread_id = ?", (tid,)).fetchall()
    echoes: dict[str, list[str]] = {}
    for sid, unit in members:
        echoes.setdefault(unit, [])
        if sid != unit:
            echoes[unit].append(sid)
    rows = tracker.statement_rows(echoes)
    units = sorted(echoes)
    t = assemble([appearance_of(rows[u], sorted(echoes[u])) for u in units], [rows[u]["words"] for u in units],
                 signature_of(rows[units[0]]), tracker.w, tracker.vocab, [json.loads(rows[u]["runs"]) for u in units])
    return situate(t, snap.rounds)


def verdicts(store: Store) -> list[dict[str, str]]:
    return store.milestone_verdicts()


def record_verdict(store: Store, milestone_id: str, statement_id: str, verdict: str, by: str | None = None) -> dict:
    """Keep an analyst's confirm/reject of one piece of evidence; the latest verdict on a pair wins."""
    return store.record_verdict(milestone_id, statement_id, verdict, by=by)


def brief(store: Store, snap: Snapshot, dialogue: str) -> Any | None:
    """Tracking's pre-meeting brief of a dialogue (None when it has no round on record), kept with the snapshot.

    It is made from the records of that dialogue alone (its rounds, their threads and milestones).
    """
    key = dialogue.casefold()
    if key not in snap.briefs:
        records = [r for r in (store.document(m.document_id) for m in store.meetings(dialogue)) if r is not None]
        try:
            snap.briefs[key] = brief_mod.make_brief(records, dialogue, dt.date.today(), snap.confirmations)
        except brief_mod.BriefError:
            snap.briefs[key] = None
    return snap.briefs[key]


FACET_MEMO = 256  # searches whose counts are kept until the database changes


def counted(snap: Snapshot, store: Store, q: str, filters: dict[str, Any]) -> tuple[int, dict[str, list]]:
    """The number of hits and the facet counts, from SQL, kept with the snapshot for repeated searches."""
    memo = snap.memo.setdefault("facets", {})
    key = (q.strip(), tuple(sorted((k, str(v)) for k, v in filters.items())))
    if key not in memo:
        if len(memo) >= FACET_MEMO:
            memo.clear()
        if "parties" not in snap.memo:
            snap.memo["parties"] = parties_on_record(store.conn)
        memo[key] = store.facets(q if q.strip() else None, parties=snap.memo["parties"], **filters)
    return memo[key]


def statements_by_id(store: Store, ids: list[str]) -> dict:
    """The statements with these ids (corrections applied), read in a few queries."""
    from accord.store.rows import statement_from_row, topics_of

    out = {}
    wanted = sorted(set(ids))
    for i in range(0, len(wanted), 500):
        part = wanted[i:i + 500]
        rows = store.conn.execute(f"SELECT * FROM statements WHERE id IN ({', '.join('?' * len(part))})", part).fetchall()
        topics = topics_of(store.conn, [r["pk"] for r in rows])
        out.update({r["id"]: statement_from_row(r, topics[r["pk"]]) for r in rows})
    return out
