"""Re-extraction: run a (better) pipeline over every stored text, keeping every correction.

Each document's extracted data is replaced in one transaction, and the
corrections log is replayed over the new statements; corrections that no
longer find their statement are marked orphaned, never dropped.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from accord.records import Document
from accord.store.corrections import Correction, corrections, replay
from accord.store.db import transaction
from accord.store.rows import StoredStatement, document_from_row, read_statements, write_extraction, write_statements


@dataclass
class Reextracted:
    documents: int = 0
    statements_before: int = 0
    statements_after: int = 0
    changed: list[str] = field(default_factory=list)  # documents whose statements changed
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document id, reason): left as they were
    applied: int = 0
    orphans: list[Correction] = field(default_factory=list)


def reextract(conn, pipeline, progress: Callable[[str], None] | None = None,
              track: Callable[[set], object] | None = None) -> Reextracted:
    from accord.pipeline import NotAStatement

    report = Reextracted()
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY source, version")]

    def stored_documents():
        for doc_id in ids:
            row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
            doc = document_from_row(row)
            yield Document(id=doc.id, source=doc.source, text=doc.text, title=doc.title,
                           published=doc.published, format=doc.format, removed=doc.removed)  # kind found anew

    for doc_id, rec in zip(ids, pipeline.extract_many(stored_documents())):
        report.documents += 1
        if isinstance(rec, NotAStatement):
            report.failed.append((doc_id, str(rec)))
        else:
            with transaction(conn):
                before = _signature(conn, doc_id)
                text = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
                log = [c for c in corrections(conn, doc_id) if c.status != "refused"]
                entries = [StoredStatement(s) for s in rec.statements]
                orphans = replay(entries, log, text)
                write_extraction(conn, rec)
                write_statements(conn, doc_id, entries)
                lost = {c.id for c in orphans}
                for c in log:
                    c.status = "orphaned" if c.id in lost else "applied"
                    conn.execute("UPDATE corrections SET status = ? WHERE id = ?", (c.status, c.id))
                after = _signature(conn, doc_id)
                if track is not None and before != after:
                    track({doc_id})
            report.statements_before += len(before)
            report.statements_after += len(after)
            report.applied += len(log) - len(orphans)
            report.orphans += orphans
            if before != after:
                report.changed.append(doc_id)
        if progress:
            progress(doc_id)
    return report


def _signature(conn, doc_id: str) -> list[tuple]:
    return [(s.start, s.end, s.act, s.actors, s.commitment, s.content, s.condition, s.session, s.milestone,
             s.reported_by, s.topics) for s in (e.statement for e in read_statements(conn, doc_id))]
