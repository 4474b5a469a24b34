"""The web app's bridge to the store and to tracking.

Tracking works on the whole record (``list[Record]``): threads, follow-through
of milestones and the brief are computed from every current record at once.
That takes a moment, so the result is kept until the database changes (a new
document, a re-extraction, a correction or an analyst's verdict), which a
cheap fingerprint query detects. On a team server the snapshot is also kept
in the database (``Store.shared_view``), so several server workers compute it
once per change between them and each just reads it.

Analysts' verdicts on proposed milestone evidence are kept by the store
(``Store.record_verdict``), like corrections.
"""
from __future__ import annotations

import datetime as dt
import json
import pickle
import threading
from dataclasses import dataclass, field
from typing import Any

from accord.records import Record
from accord.store import Store
from accord.store.keys import meeting_key
from accord.store.search import parties_on_record
from accord.tracking import brief as brief_mod
from accord.tracking.followthrough import Confirmation, track_milestones
from accord.tracking.threads import build_threads, find_thread, thread_index


def fingerprint(store: Store) -> tuple:
    """Changes whenever anything tracking reads changes: documents, extraction, corrections, verdicts, the day."""
    row = store.conn.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT max(extracted_at) FROM documents),"
        " (SELECT count(*) FROM corrections), (SELECT max(id) FROM corrections),"
        " (SELECT count(*) FROM statements),"
        " (SELECT count(*) FROM milestone_verdicts), (SELECT max(id) FROM milestone_verdicts)").fetchone()
    return (*tuple(row), dt.date.today().isoformat())


@dataclass
class Snapshot:
    """Everything computed over the whole record, valid until the database changes."""

    records: list[Record]
    keys: dict[str, str]  # document id -> meeting key
    primary: dict[str, str]  # meeting key -> the document its record is read from
    threads: list[Any] = field(default_factory=list)
    thread_of: dict[str, Any] = field(default_factory=dict)  # statement id -> thread
    milestones: list[Any] = field(default_factory=list)
    milestones_of: dict[str, list[Any]] = field(default_factory=dict)  # statement id -> tracked milestones
    confirmations: list[Any] = field(default_factory=list)  # analysts' verdicts, as tracking takes them
    briefs: dict[str, Any] = field(default_factory=dict)  # dialogue -> Brief, made on first request
    memo: dict[str, Any] = field(default_factory=dict)  # pages' views of the snapshot, made once each

    def record(self, document_id: str) -> Record | None:
        if "by_doc" not in self.memo:
            self.memo["by_doc"] = {r.document.id: r for r in self.records}
        return self.memo["by_doc"].get(document_id)

    def thread(self, ref: str) -> Any | None:
        return find_thread(self.threads, ref)

    def milestone(self, ref: str) -> Any | None:
        return next((m for m in self.milestones if m.id == ref), None)


class Tracking:
    """Computes snapshots and keeps the last one; with ``shared``, through the database for every process."""

    def __init__(self, shared: bool = False) -> None:
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._snap: Snapshot | None = None
        self.shared = shared
        self.built = 0  # snapshots this process computed itself

    def snapshot(self, store: Store) -> Snapshot:
        key = fingerprint(store)
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


def build(store: Store) -> Snapshot:
    records = list(store.records())
    keys = {r.document.id: meeting_key(r.meeting, r.document) for r in records}
    primary = {m.key: m.document_id for m in store.meetings()}
    snap = Snapshot(records, keys, primary)
    snap.threads = build_threads(records)
    snap.thread_of = thread_index(snap.threads)
    snap.confirmations = [Confirmation(**v) for v in store.milestone_verdicts()]
    snap.milestones = track_milestones(records, dt.date.today(), snap.confirmations, threads=snap.threads)
    for m in snap.milestones:
        if m.source_statement:
            snap.milestones_of.setdefault(m.source_statement, []).append(m)
    return snap


def verdicts(store: Store) -> list[dict[str, str]]:
    return store.milestone_verdicts()


def record_verdict(store: Store, milestone_id: str, statement_id: str, verdict: str, by: str | None = None) -> dict:
    """Keep an analyst's confirm/reject of one piece of evidence; the latest verdict on a pair wins."""
    return store.record_verdict(milestone_id, statement_id, verdict, by=by)


def brief(snap: Snapshot, dialogue: str) -> Any | None:
    """Tracking's pre-meeting brief of a dialogue (None when it has no round on record), kept with the snapshot."""
    key = dialogue.casefold()
    if key not in snap.briefs:
        try:
            snap.briefs[key] = brief_mod.make_brief(snap.records, dialogue, dt.date.today(), snap.confirmations,
                                                    threads=snap.threads)
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
