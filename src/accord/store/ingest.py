"""Ingest: files in, one transaction per document, idempotent by content.

A document whose cleaned text is already stored is "unchanged" and is not
extracted again, so re-running an interrupted ingest only does what is left.
A changed file at a known path becomes a new version; the old one is kept.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from accord.records import Document, Record
from accord.store.db import transaction
from accord.store.keys import meeting_key
from accord.store.rows import StoredStatement, insert_document, write_extraction, write_statements

Track = Callable[[set], object]  # brings tracking up to date with these documents, inside the open transaction


@dataclass
class Ingested:
    """What became of one file."""

    source: str
    status: str  # added | version | unchanged | failed
    document_id: str | None = None
    version: int | None = None
    key: str | None = None
    reason: str | None = None  # why it failed, or where unchanged content is already stored
    warnings: list[str] = field(default_factory=list)  # what reading had to guess or lose


def ingest_known(conn, doc: Document) -> Ingested | None:
    """The outcome for a document whose content is stored already; None for new content.

    A file changed and then changed back becomes its source's current version again.
    """
    row = conn.execute("SELECT source, version FROM documents WHERE id = ?", (doc.id,)).fetchone()
    if row is None:
        return None
    if row["source"] == doc.source and row["version"] < _latest_version(conn, doc.source):
        with transaction(conn):
            version = _latest_version(conn, doc.source) + 1
            conn.execute("UPDATE documents SET version = ? WHERE id = ?", (version, doc.id))
        return Ingested(doc.source, "version", doc.id, version, _key(conn, doc.id))
    same = None if row["source"] == doc.source else f"same text as {row['source']}"
    return Ingested(doc.source, "unchanged", doc.id, row["version"], _key(conn, doc.id), same)


def store_new(conn, rec: Record, track: Track | None = None) -> int | None:
    """Inside an open transaction: write a record whose text is not stored yet, and bring tracking up to
    date; its version, or None when the text is stored already."""
    doc = rec.document
    if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone() is not None:
        return None
    version = _latest_version(conn, doc.source) + 1
    insert_document(conn, doc, version)
    write_extraction(conn, rec)
    write_statements(conn, doc.id, [StoredStatement(s) for s in rec.statements])
    if track is not None:
        track({doc.id})
    return version


def ingest_record(conn, rec: Record, track: Track | None = None) -> Ingested:
    """Store one extracted record in one transaction, with ``track`` bringing tracking up to date in it."""
    doc = rec.document
    with transaction(conn):
        version = store_new(conn, rec, track)
    if version is not None:
        return Ingested(doc.source, "added" if version == 1 else "version", doc.id, version,
                        meeting_key(rec.meeting, doc))
    return ingest_known(conn, doc)  # stored meanwhile, by an earlier file or another process


def ingest_paths(conn, paths: Iterable[str], pipeline: Callable[[], object],
                 batch: int = 64, track: Track | None = None) -> Iterator[Ingested]:
    """Read, extract and store every file under the paths; one outcome per file, failures included.

    ``pipeline`` makes the extraction pipeline, and is called only if some file is new.
    """
    from accord.reading import ReadError, expand_paths, read_all

    pending: list[Document] = []
    pipe = None

    def flush() -> Iterator[Ingested]:
        nonlocal pipe
        pipe = pipe or pipeline()
        for doc, rec in zip(pending, _extract(pipe, pending, batch)):
            if isinstance(rec, Exception):
                yield Ingested(doc.source, "failed", doc.id, reason=str(rec), warnings=doc.warnings)
            else:
                done = ingest_record(conn, rec, track)
                done.warnings = doc.warnings
                yield done
        pending.clear()

    for item in expand_paths(paths):
        if isinstance(item, ReadError):
            yield Ingested(item.source, "failed", reason=item.reason)
            continue
        if item == "-":
            yield Ingested("<stdin>", "failed", reason="ingest reads files; save standard input to a file first")
            continue
        doc = next(read_all([item]))
        if isinstance(doc, ReadError):
            yield Ingested(doc.source, "failed", reason=doc.reason)
            continue
        doc.source = os.path.abspath(item)  # one file, one version history, wherever ingest runs from
        known = ingest_known(conn, doc)
        if known:
            yield known
            continue
        pending.append(doc)
        if len(pending) >= batch:
            yield from flush()
    if pending:
        yield from flush()


def _extract(pipe, docs: list[Document], batch: int) -> Iterator:
    """Records or exceptions, one per document, as they come (each is stored before the next arrives);
    an extractor bug fails its own document only."""
    done = 0
    try:
        for rec in pipe.extract_many(list(docs), batch=batch):
            done += 1
            yield rec
    except Exception:
        for doc in docs[done:]:
            try:
                yield next(iter(pipe.extract_many([doc])))
            except Exception as e:
                yield RuntimeError(f"extraction failed: {type(e).__name__}: {e}")


def count_files(paths: Iterable[str]) -> int:
    """How many files ingest will read (for a progress bar)."""
    from accord.reading import expand_paths

    return sum(1 for _ in expand_paths(paths))


def _latest_version(conn, source: str) -> int:
    return conn.execute("SELECT coalesce(max(version), 0) FROM documents WHERE source = ?", (source,)).fetchone()[0]


def _key(conn, document_id: str) -> str | None:
    row = conn.execute("SELECT key FROM meetings WHERE document_id = ?", (document_id,)).fetchone()
    return row[0] if row else None
