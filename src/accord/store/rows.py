"""Records to rows and back: the only module that knows how a Record is laid out in tables."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone

from accord.records import Document, Head, Meeting, Milestone, Record, Session, Statement
from accord.store.keys import meeting_key


@dataclass
class StoredStatement:
    """A statement as it stands in the store, and whether an analyst made or changed it."""

    statement: Statement
    origin: str = "extracted"  # extracted | added
    corrected: bool = False


def revision(s: Statement) -> str:
    """A short fingerprint of a statement's every field: what an analyst saw when they corrected it."""
    fields_ = {k: getattr(s, k) for k in s.__dataclass_fields__}
    return hashlib.sha256(json.dumps(fields_, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _json(value) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _list(value: str | None) -> list | None:
    return None if value is None else json.loads(value)


# -- writing ---------------------------------------------------------------------

def insert_document(conn, doc: Document, version: int) -> None:
    stamp = now()
    conn.execute(
        "INSERT INTO documents (id, source, version, text, title, published, kind, format, content_hash,"
        " removed, ingested_at, extracted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (doc.id, doc.source, version, doc.text, doc.title, doc.published, doc.kind or "other",
         doc.format or "text", hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
         _json(list(doc.removed or [])), stamp, stamp))


def write_extraction(conn, rec: Record) -> None:
    """Replace a document's meeting, heads, sessions and milestones with those of ``rec``."""
    doc_id, m = rec.document.id, rec.meeting
    for table in ("meetings", "heads", "sessions", "milestones"):
        conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))
    conn.execute(
        "INSERT INTO meetings (document_id, key, dialogue, acronym, round, start_date, end_date, date_basis,"
        " venue, format, parties) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (doc_id, meeting_key(m, rec.document), m.dialogue, m.acronym, m.round, m.start, m.end, m.date_basis,
         m.venue, m.format, _json(list(m.parties))))
    conn.executemany("INSERT INTO heads (document_id, ordinal, name, title, party) VALUES (?,?,?,?,?)",
                     [(doc_id, n, h.name, h.title, h.party) for n, h in enumerate(m.heads)])
    conn.executemany("INSERT INTO sessions (document_id, ordinal, name, acronym) VALUES (?,?,?,?)",
                     [(doc_id, n, s.name, s.acronym) for n, s in enumerate(m.sessions)])
    conn.executemany(
        "INSERT INTO milestones (document_id, ordinal, name, due, venue, span_start, span_end, text)"
        " VALUES (?,?,?,?,?,?,?,?)",
        [(doc_id, n, x.name, x.when, x.venue, x.start, x.end, x.text) for n, x in enumerate(rec.milestones)])
    conn.execute("UPDATE documents SET title = ?, published = ?, kind = ?, extracted_at = ? WHERE id = ?",
                 (rec.document.title, rec.document.published, rec.document.kind or "other", now(), doc_id))


def write_statements(conn, document_id: str, entries: list[StoredStatement]) -> None:
    """Replace a document's statements (the search index follows: by trigger, or a generated column).

    Rows go in batches, not one round trip per statement: on a database server that is most of the cost.
    """
    conn.execute("DELETE FROM statements WHERE document_id = ?", (document_id,))
    ordered = sorted(entries, key=_reading_order)
    conn.executemany(
        "INSERT INTO statements (id, document_id, ordinal, span_start, span_end, text, act, actors, commitment,"
        " content, condition, session, milestone, reported_by, origin, corrected)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(s.id, document_id, n, s.start, s.end, s.text, s.act, _json(list(s.actors)), int(bool(s.commitment)),
          s.content, s.condition, s.session, s.milestone, _json(list(s.reported_by)) if s.reported_by else None,
          e.origin, int(e.corrected)) for n, (e, s) in enumerate((e, e.statement) for e in ordered)])
    pks = dict(conn.execute("SELECT id, pk FROM statements WHERE document_id = ?", (document_id,)).fetchall())
    conn.executemany("INSERT INTO statement_topics (statement_pk, position, topic) VALUES (?,?,?)"
                     " ON CONFLICT DO NOTHING",
                     [(pks[e.statement.id], i, t) for e in ordered for i, t in enumerate(e.statement.topics)])


def _reading_order(e: StoredStatement) -> tuple:
    """Statements in the order of the text; at the same place, extracted before added."""
    s = e.statement
    tail = s.id.rsplit(":", 1)[-1]
    return (s.start, e.origin != "extracted", int(tail) if tail.isdigit() else 0, s.end)


# -- reading ---------------------------------------------------------------------

def document_from_row(row) -> Document:
    return Document(id=row["id"], source=row["source"], text=row["text"], title=row["title"],
                    published=row["published"], kind=row["kind"], format=row["format"],
                    removed=_list(row["removed"]) or [])


def statement_from_row(row, topics: list[str]) -> Statement:
    return Statement(
        id=row["id"], start=row["span_start"], end=row["span_end"], text=row["text"],
        actors=_list(row["actors"]) or [], act=row["act"], commitment=bool(row["commitment"]),
        content=row["content"], condition=row["condition"], topics=topics, session=row["session"],
        milestone=row["milestone"], reported_by=_list(row["reported_by"]))


def topics_of(conn, pks: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {pk: [] for pk in pks}
    for i in range(0, len(pks), 900):  # stay under SQLite's limit on bound parameters
        chunk = pks[i:i + 900]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT statement_pk, topic FROM statement_topics WHERE statement_pk IN ({marks})"
                              " ORDER BY statement_pk, position", chunk):
            out[r[0]].append(r[1])
    return out


def read_statements(conn, document_id: str) -> list[StoredStatement]:
    rows = conn.execute("SELECT * FROM statements WHERE document_id = ? ORDER BY ordinal", (document_id,)).fetchall()
    topics = topics_of(conn, [r["pk"] for r in rows])
    return [StoredStatement(statement_from_row(r, topics[r["pk"]]), r["origin"], bool(r["corrected"])) for r in rows]


def read_record(conn, document_id: str) -> Record | None:
    row = conn.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
    if row is None:
        return None
    m = conn.execute("SELECT * FROM meetings WHERE document_id = ?", (document_id,)).fetchone()
    meeting = Meeting()
    if m is not None:
        meeting = Meeting(
            dialogue=m["dialogue"], acronym=m["acronym"], round=m["round"], start=m["start_date"],
            end=m["end_date"], date_basis=m["date_basis"], venue=m["venue"], format=m["format"],
            parties=_list(m["parties"]) or [],
            heads=[Head(r["name"], r["title"], r["party"]) for r in conn.execute(
                "SELECT * FROM heads WHERE document_id = ? ORDER BY ordinal", (document_id,))],
            sessions=[Session(r["name"], r["acronym"]) for r in conn.execute(
                "SELECT * FROM sessions WHERE document_id = ? ORDER BY ordinal", (document_id,))])
    milestones = [Milestone(r["name"], r["due"], r["venue"], r["span_start"], r["span_end"], r["text"])
                  for r in conn.execute("SELECT * FROM milestones WHERE document_id = ? ORDER BY ordinal",
                                        (document_id,))]
    statements = [e.statement for e in read_statements(conn, document_id)]
    return Record(document_from_row(row), meeting, statements, milestones)
