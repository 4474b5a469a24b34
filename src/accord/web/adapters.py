"""The web app's bridge to the store and to tracking.

Tracking works on the whole record (``list[Record]``): threads, follow-through
of milestones and the brief are computed from every current record at once.
That takes a moment, so the result is kept until the database changes (a new
document, a re-extraction, a correction or an analyst's verdict), which a
cheap fingerprint query detects.

Analysts' verdicts on proposed milestone evidence are kept by the store when
it offers that (``Store.milestone_verdicts`` / ``Store.record_verdict``);
until it does, they live in a table of their own, ``web_milestone_verdicts``,
in the same database: a log that re-extraction does not touch.
"""
from __future__ import annotations

import datetime as dt
import importlib
import threading
from dataclasses import dataclass, field
from typing import Any

from accord.records import Record
from accord.store import Store
from accord.store.corrections import analyst
from accord.store.db import StoreError, transaction
from accord.store.keys import meeting_key

VERDICTS = ("confirm", "reject")
_VERDICT_TABLE = """CREATE TABLE IF NOT EXISTS web_milestone_verdicts (
    id           INTEGER PRIMARY KEY,
    milestone_id TEXT NOT NULL,
    statement_id TEXT NOT NULL,
    verdict      TEXT NOT NULL CHECK (verdict IN ('confirm', 'reject')),
    made_by      TEXT NOT NULL,
    made_at      TEXT NOT NULL
)"""


def _module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def fingerprint(store: Store) -> tuple:
    conn = store.conn
    row = conn.execute(
        "SELECT (SELECT count(*) FROM documents), (SELECT max(extracted_at) FROM documents),"
        " (SELECT count(*) FROM corrections), (SELECT max(id) FROM corrections),"
        " (SELECT count(*) FROM statements)").fetchone()
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'web_milestone_verdicts'").fetchone()
    verdicts = conn.execute("SELECT count(*), max(id) FROM web_milestone_verdicts").fetchone() if has_table else (0, 0)
    own = getattr(store, "milestone_verdicts", None)
    extra = len(own()) if callable(own) else 0
    return (*tuple(row), *tuple(verdicts), extra, dt.date.today().isoformat())


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
    missing: list[str] = field(default_factory=list)  # tracking features not available

    def record(self, document_id: str) -> Record | None:
        return next((r for r in self.records if r.document.id == document_id), None)

    def thread(self, ref: str) -> Any | None:
        threads_mod = _module("accord.tracking.threads")
        return threads_mod.find_thread(self.threads, ref) if threads_mod else None

    def milestone(self, ref: str) -> Any | None:
        return next((m for m in self.milestones if m.id == ref), None)


class Tracking:
    """Computes snapshots and keeps the last one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._snap: Snapshot | None = None

    def snapshot(self, store: Store) -> Snapshot:
        key = fingerprint(store)
        with self._lock:
            if self._snap is None or key != self._key:
                self._snap = build(store)
                self._key = key
            return self._snap


def build(store: Store) -> Snapshot:
    records = list(store.records())
    keys = {r.document.id: meeting_key(r.meeting, r.document) for r in records}
    primary = {m.key: m.document_id for m in store.meetings()}
    snap = Snapshot(records, keys, primary)
    threads_mod = _module("accord.tracking.threads")
    if threads_mod is None:
        snap.missing.append("threads")
    else:
        snap.threads = threads_mod.build_threads(records)
        snap.thread_of = threads_mod.thread_index(snap.threads)
    follow = _module("accord.tracking.followthrough")
    if follow is None or not hasattr(follow, "track_milestones"):
        snap.missing.append("milestones")
    else:
        snap.confirmations = [follow.Confirmation(**v) for v in verdicts(store)]
        snap.milestones = follow.track_milestones(records, dt.date.today(), snap.confirmations, threads=snap.threads)
        for m in snap.milestones:
            if m.source_statement:
                snap.milestones_of.setdefault(m.source_statement, []).append(m)
    return snap


# -- analysts' verdicts on milestone evidence ---------------------------------------

def verdicts(store: Store) -> list[dict[str, str]]:
    own = getattr(store, "milestone_verdicts", None)
    if callable(own):
        return [_as_verdict(v) for v in own()]
    conn = store.conn
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'web_milestone_verdicts'").fetchone():
        return []
    return [dict(milestone_id=r["milestone_id"], evidence_statement_id=r["statement_id"], verdict=r["verdict"],
                 by=r["made_by"], at=r["made_at"])
            for r in conn.execute("SELECT * FROM web_milestone_verdicts ORDER BY id")]


def _as_verdict(v: Any) -> dict[str, str]:
    get = (lambda k: v[k]) if isinstance(v, dict) else (lambda k: getattr(v, k))
    return dict(milestone_id=get("milestone_id"), evidence_statement_id=get("evidence_statement_id"),
                verdict=get("verdict"), by=get("by"), at=get("at"))


def record_verdict(store: Store, milestone_id: str, statement_id: str, verdict: str, by: str | None = None) -> dict:
    """Keep an analyst's confirm/reject of one piece of evidence; the latest verdict on a pair wins."""
    verdict = verdict.strip().lower()
    if verdict not in VERDICTS:
        raise StoreError(f"a verdict is confirm or reject, not {verdict!r}")
    own = getattr(store, "record_verdict", None)
    if callable(own):
        return _as_verdict(own(milestone_id, statement_id, verdict, by=by))
    at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds")
    who = analyst(by)
    conn = store.conn
    conn.execute(_VERDICT_TABLE)
    with transaction(conn):
        conn.execute("INSERT INTO web_milestone_verdicts (milestone_id, statement_id, verdict, made_by, made_at)"
                     " VALUES (?,?,?,?,?)", (milestone_id, statement_id, verdict, who, at))
    return dict(milestone_id=milestone_id, evidence_statement_id=statement_id, verdict=verdict, by=who, at=at)


def brief(snap: Snapshot, dialogue: str) -> Any | None:
    """Tracking's pre-meeting brief of a dialogue (None when it has no round on record), kept with the snapshot."""
    mod = _module("accord.tracking.brief")
    if mod is None:
        raise StoreError("this installation has no pre-meeting brief (accord.tracking.brief is missing)")
    key = dialogue.casefold()
    if key not in snap.briefs:
        try:
            snap.briefs[key] = mod.make_brief(snap.records, dialogue, dt.date.today(), snap.confirmations,
                                              threads=snap.threads)
        except mod.BriefError:
            snap.briefs[key] = None
    return snap.briefs[key]


def brief_formats():
    """(to_markdown, to_html) of tracking's brief."""
    mod = _module("accord.tracking.brief_format")
    if mod is None:
        raise StoreError("this installation cannot format briefs (accord.tracking.brief_format is missing)")
    return mod.to_markdown, mod.to_html
