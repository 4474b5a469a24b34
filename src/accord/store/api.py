"""The Store: Accord's system of record, one Python API for the CLI, the web app and tracking."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from accord.knowledge import Knowledge
from accord.records import Record, Statement
from accord.store import accounts
from accord.store import backup as backup_mod
from accord.store import corrections as corr
from accord.store import db, ingest, queries, reextract as reextract_mod, search as search_mod
from accord.store import sources as sources_mod
from accord.store.corrections import Correction
from accord.store.ingest import Ingested
from accord.store.queries import MeetingSummary
from accord.store.reextract import Reextracted
from accord.store.search import Hit

if TYPE_CHECKING:
    from accord.store.tracked import Tracker


class Store:
    """A database of dialogue records. ``Store.open()`` creates or migrates it as needed."""

    def __init__(self, conn: Any, path: str, knowledge: Knowledge | None = None):
        self.conn = conn
        self.path = path
        self.knowledge = knowledge
        self._tracker = None
        conn.on_change = self._track  # corrections bring tracking up to date inside their transaction

    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, create: bool = True,
             knowledge: Knowledge | None = None) -> "Store":
        """Open the database at ``path``, a SQLite file or a ``postgresql://`` URL (default: $ACCORD_DB or
        ./accord.db)."""
        path = os.fspath(path) if path is not None else db.default_path()
        return cls(db.connect(path, create=create), path, knowledge)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgres``."""
        return self.conn.backend.name

    @property
    def label(self) -> str:
        """The database as shown to people: a file path, or a URL without its password."""
        return self.conn.backend.label

    @property
    def schema_version(self) -> int:
        return db.schema_version(self.conn)

    # -- tracking ----------------------------------------------------------------
    def tracker(self) -> Tracker:
        """Threads kept in the store: updated with every change below, rebuilt by ``accord track --rebuild``."""
        if self._tracker is None:
            from accord.store.tracked import Tracker

            self._tracker = Tracker(self.conn, self.knowledge)
        return self._tracker

    def _track(self, ids: set[str]) -> None:
        self.tracker().update_in(ids)

    # -- ingest ------------------------------------------------------------------
    def ingest_records(self, records: Iterable[Record], track: bool = True) -> Iterator[Ingested]:
        """Store extracted records, each in its own transaction with its tracking update; known content is
        left as it is. ``track=False`` leaves tracking to one rebuild after a large load."""
        for rec in records:
            yield ingest.ingest_record(self.conn, rec, self._track if track else None)

    def ingest_paths(self, paths: Iterable[str], pipeline: Callable[[], Any] | None = None,
                     batch: int = 64, track: bool = True) -> Iterator[Ingested]:
        """Read, extract and store files; spaCy is loaded only if some file is new."""
        return ingest.ingest_paths(self.conn, paths, pipeline or self._pipeline, batch, self._track if track else None)

    def ingest_crawled(self, records: Iterable[dict], groups: dict[str, str] | None = None,
                       track: bool = True) -> Iterator[Ingested]:
        """Store the records of a crawl (with their provenance): a text already stored gains a source."""
        return sources_mod.ingest_crawled(self.conn, records, groups, self._track if track else None)

    def meeting_sources(self, key: str) -> "sources_mod.MeetingSources | None":
        """Every page that reports the meeting, and the sources of each of its acts."""
        return sources_mod.meeting_sources(self.conn, key)

    def has_document(self, document_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone() is not None

    # -- reading -----------------------------------------------------------------
    def meetings(self, dialogue: str | None = None) -> list[MeetingSummary]:
        return queries.meetings(self.conn, dialogue)

    def meeting(self, key: str) -> Record | None:
        """The record of a meeting (``KIDD-14``), from its most authoritative current document."""
        return queries.meeting(self.conn, key)

    def document(self, document_id: str) -> Record | None:
        """The record of a document, by id or an unambiguous prefix of it."""
        found = queries.document_id(self.conn, document_id)
        return queries.read_record(self.conn, found) if found else None

    def resolve(self, name: str) -> Record | None:
        """A meeting key or a document id, whichever ``name`` is."""
        return queries.resolve(self.conn, name)

    def documents_of(self, key: str) -> list:
        return queries.documents_of(self.conn, key)

    def records(self, all_versions: bool = False) -> Iterator[Record]:
        """Every record, corrections applied; latest versions only unless ``all_versions``."""
        return queries.records(self.conn, all_versions)

    def statement_id(self, ref: str) -> str:
        """The full id of a statement named by its id or by ``KIDD-14:3`` (meeting key or document id, ':', #)."""
        return queries.statement_id(self.conn, ref)

    def statement(self, ref: str) -> Hit | None:
        statement_id = self.statement_id(ref)
        row = self.conn.execute("SELECT document_id FROM statements WHERE id = ?", (statement_id,)).fetchone()
        if row is None:
            return None
        hits = search_mod.statements(self.conn, document_id=row[0], all_versions=True)
        return next(h for h in hits if h.statement.id == statement_id)

    def statements(self, limit: int | None = None, offset: int = 0, **filters: Any) -> list[Hit]:
        """Statements matching filters: topic, act, party, dialogue, meeting, document_id, since, until,
        commitments, all_versions."""
        return search_mod.statements(self.conn, limit, offset, **filters)

    def count(self, **filters: Any) -> int:
        """How many statements ``statements`` finds with these filters."""
        return search_mod.count(self.conn, **filters)

    def search(self, query: str, limit: int | None = None, offset: int = 0, **filters: Any) -> list[Hit]:
        """Full-text search, best first, narrowed by the same filters as ``statements``."""
        return search_mod.search(self.conn, query, limit, offset, **filters)

    def facets(self, query: str | None = None, parties: list[str] | None = None,
               **filters: Any) -> tuple[int, dict[str, list]]:
        """How many statements a search (or, without ``query``, a listing) finds, and its facet counts
        (by dialogue, act, topic, year, and the ``parties`` given, by default every party on record)."""
        if parties is None:
            parties = search_mod.parties_on_record(self.conn)
        return search_mod.facets(self.conn, query, parties, **filters)

    def counts(self) -> dict[str, int]:
        return queries.counts(self.conn)

    # -- corrections ---------------------------------------------------------------
    def correct(self, statement_id: str, *, by: str | None = None, note: str | None = None,
                expect: str | None = None, **changes: Any) -> Statement:
        """Change act, actors, topics, commitment, session, content, condition, milestone or reported_by.

        ``statement_id`` may also be written ``KIDD-14:3``; the correction is logged with who and why.
        ``expect`` is the statement's revision as the analyst saw it (``Hit.revision``): if it changed
        since, the attempt is logged as refused and ``Conflict`` raised with the statement as it is.
        """
        return corr.change(self.conn, self.statement_id(statement_id), changes, by, note, self.knowledge,
                           expect).statement

    def delete_statement(self, statement_id: str, *, by: str | None = None, note: str | None = None,
                         expect: str | None = None) -> Statement:
        """Remove a false act; returns it as it was."""
        return corr.delete(self.conn, self.statement_id(statement_id), by, note, expect).statement

    def undo(self, correction_id: int, *, by: str | None = None, note: str | None = None) -> Correction:
        """Set back what a correction did, as a new entry of the log (which is never rewritten)."""
        return corr.undo(self.conn, correction_id, by, note)

    def add_statement(self, document_id: str, start: int, end: int, act: str, actors: list[str], *,
                      by: str | None = None, note: str | None = None, **fields: Any) -> Statement:
        """Record an act the extractor missed: its text is the document's text[start:end]."""
        found = queries.document_id(self.conn, document_id) or document_id
        return corr.add(self.conn, found, start, end, act, actors, by, note, self.knowledge, **fields).statement

    def corrections(self, document_id: str | None = None, status: str | None = None) -> list[Correction]:
        """The corrections log, oldest first; ``status='orphaned'`` for those that found no statement,
        ``'refused'`` for attempts that lost a race for the same act."""
        return corr.corrections(self.conn, document_id, status)

    def correction_authors(self) -> dict[str, tuple[str, str]]:
        """Who last corrected each statement that stands corrected, and when (for exports)."""
        return corr.authors(self.conn)

    def record_verdict(self, milestone_id: str, statement_id: str, verdict: str, *, by: str | None = None,
                       note: str | None = None) -> dict[str, str]:
        """Confirm or reject a statement as evidence that a milestone was met; kept like a correction.
        The milestone's follow-through is updated with it."""
        made = corr.record_verdict(self.conn, milestone_id, statement_id, verdict, by, note)
        row = self.conn.execute("SELECT source_document FROM track_milestones WHERE id = ?", (milestone_id,)).fetchone()
        if row is not None:
            self.tracker().follow([row[0]])
        return made

    def milestone_verdicts(self) -> list[dict[str, str]]:
        """Every verdict, oldest first, in the shape tracking takes (``Confirmation``)."""
        return corr.milestone_verdicts(self.conn)

    # -- accounts --------------------------------------------------------------------
    def add_user(self, name: str, role: str, password: str) -> accounts.User:
        return accounts.add_user(self.conn, name, role, password)

    def set_role(self, name: str, role: str) -> accounts.User:
        return accounts.set_role(self.conn, name, role)

    def set_password(self, name: str, password: str) -> None:
        accounts.set_password(self.conn, name, password)

    def users(self) -> list[dict]:
        return accounts.users(self.conn)

    def new_token(self, name: str, label: str | None = None) -> str:
        """A new API token for ``name``; only its hash is stored, so it is shown this once."""
        return accounts.new_token(self.conn, name, label)

    def revoke_tokens(self, name: str) -> int:
        return accounts.revoke_tokens(self.conn, name)

    def authenticate(self, name: str, password: str, address: str = "") -> accounts.User:
        """The user if the password is theirs; raises LoginRefused, or Throttled after too many failures."""
        return accounts.authenticate(self.conn, name, password, address)

    def start_session(self, user: accounts.User) -> str:
        return accounts.start_session(self.conn, user)

    def session_user(self, secret: str | None) -> accounts.User | None:
        return accounts.session_user(self.conn, secret)

    def end_session(self, secret: str | None) -> None:
        accounts.end_session(self.conn, secret)

    def token_user(self, token: str | None) -> accounts.User | None:
        return accounts.token_user(self.conn, token)

    def server_key(self) -> bytes:
        return accounts.server_key(self.conn)

    # -- shared views ----------------------------------------------------------------
    def shared_view(self, name: str, fingerprint: str, compute: Callable[[], bytes]) -> bytes:
        """A view over the whole record kept in the database: computed once per fingerprint, by whichever
        process (server worker) asks first, and read by the others."""
        from accord.store.shared import shared_view

        return shared_view(self.conn, name, fingerprint, compute)

    # -- maintenance ---------------------------------------------------------------
    def reextract(self, pipeline: Any | None = None, progress: Callable[[str], None] | None = None) -> Reextracted:
        """Re-run extraction on every stored text; corrections are replayed, never lost."""
        return reextract_mod.reextract(self.conn, pipeline or self._pipeline(), progress, self._track)

    def document_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def backup(self, dest: str | os.PathLike) -> Path:
        return backup_mod.backup(self.conn, dest)

    def restore(self, src: str | os.PathLike) -> None:
        backup_mod.restore(self.conn, src)

    def _pipeline(self):
        from accord.pipeline import Pipeline

        return Pipeline(self.knowledge)

