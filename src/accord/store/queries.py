"""Reading the store: meetings, documents and whole records, latest versions first.

Several documents may report one meeting (a joint statement and a news
report of the 22nd KIDD); the meeting's record is read from the most
authoritative of them: joint statement, communiqué, readout, news report.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Iterator

from accord.records import Head, Record
from accord.store.db import StoreError
from accord.store.rows import read_record

_KIND_RANK = ("CASE d.kind WHEN 'joint_statement' THEN 0 WHEN 'communique' THEN 1 WHEN 'readout' THEN 2"
              " WHEN 'news_report' THEN 3 ELSE 4 END")


@dataclass
class MeetingSummary:
    """One line of ``accord list``."""

    key: str
    dialogue: str | None
    acronym: str | None
    round: int | None
    start: str | None
    end: str | None
    venue: str | None
    format: str | None
    parties: list[str]
    document_id: str
    source: str
    kind: str
    acts: int
    commitments: int
    documents: int  # how many current documents report this meeting
    heads: list[Head] = field(default_factory=list)


def meetings(conn, dialogue: str | None = None, key: str | None = None) -> list[MeetingSummary]:
    """One summary per meeting, read from its most authoritative current document."""
    where, args = [], []
    if dialogue:
        same = conn.backend.same_text
        where.append(f"({same('m.acronym')} OR {same('m.dialogue')})")
        args += [dialogue, dialogue]
    if key:
        where.append(conn.backend.same_text("m.key"))
        args.append(key)
    rows = conn.execute(f"""
        WITH ranked AS (
            SELECT m.*, d.source, d.kind,
                   coalesce(m.start_date, m.end_date, d.published) AS sort_date,
                   row_number() OVER (PARTITION BY m.key ORDER BY {_KIND_RANK}, d.ingested_at DESC, d.id) AS rank,
                   count(*) OVER (PARTITION BY m.key) AS documents
            FROM meetings m JOIN current_documents d ON d.id = m.document_id
            WHERE {" AND ".join(where) or "1 = 1"}
        )
        SELECT r.*,
               (SELECT count(*) FROM statements s WHERE s.document_id = r.document_id) AS acts,
               (SELECT count(*) FROM statements s
                WHERE s.document_id = r.document_id AND s.commitment = 1) AS commitments
        FROM ranked r WHERE r.rank = 1
        ORDER BY r.acronym IS NULL, r.acronym, r.sort_date NULLS FIRST, r.round NULLS FIRST, r.key""",
        args).fetchall()
    heads: dict[str, list[Head]] = {}
    docs = [r["document_id"] for r in rows]
    for i in range(0, len(docs), 500):  # the heads of every meeting in a few queries, not one each
        part = docs[i:i + 500]
        for h in conn.execute(f"SELECT document_id, name, title, party FROM heads WHERE document_id IN"
                              f" ({', '.join('?' * len(part))}) ORDER BY document_id, ordinal", part):
            heads.setdefault(h[0], []).append(Head(h[1], h[2], h[3]))
    out = []
    for r in rows:
        out.append(MeetingSummary(
            key=r["key"], dialogue=r["dialogue"], acronym=r["acronym"], round=r["round"], start=r["start_date"],
            end=r["end_date"], venue=r["venue"], format=r["format"], parties=json.loads(r["parties"]),
            document_id=r["document_id"], source=r["source"], kind=r["kind"], acts=r["acts"],
            commitments=r["commitments"], documents=r["documents"], heads=heads.get(r["document_id"], [])))
    return out


def meeting(conn, key: str) -> Record | None:
    found = meetings(conn, key=key)
    return read_record(conn, found[0].document_id) if found else None


def documents_of(conn, key: str) -> list:
    """Every document reporting a meeting, current versions first."""
    return conn.execute(f"""
        SELECT d.id, d.source, d.version, d.kind, d.title, d.ingested_at,
               d.id IN (SELECT id FROM current_documents) AS current
        FROM meetings m JOIN documents d ON d.id = m.document_id
        WHERE {conn.backend.same_text("m.key")} ORDER BY current DESC, d.source, d.version DESC""", (key,)).fetchall()


def document_id(conn, name: str) -> str | None:
    """The id of a document named by its id or an unambiguous prefix of it (at least 6 characters)."""
    name = name.strip().lower()
    if conn.execute("SELECT 1 FROM documents WHERE id = ?", (name,)).fetchone():
        return name
    if len(name) < 6 or not all(c in "0123456789abcdef" for c in name):
        return None
    ids = [r[0] for r in conn.execute("SELECT id FROM documents WHERE substr(id, 1, length(?)) = ?", (name, name))]
    if len(ids) > 1:
        raise StoreError(f"{name} is the start of {len(ids)} document ids; give more of it")
    return ids[0] if ids else None


def statement_id(conn, ref: str) -> str:
    """A statement's id from its id, or from a document id (prefix) or meeting key, ':' and its number."""
    ref = ref.strip()
    if conn.execute("SELECT 1 FROM statements WHERE id = ?", (ref,)).fetchone():
        return ref
    head, sep, tail = ref.rpartition(":")
    if not sep:
        return ref
    doc = document_id(conn, head)
    if doc is None:
        found = meetings(conn, key=head)
        doc = found[0].document_id if found else None
    return f"{doc}:{tail}" if doc else ref


def resolve(conn, name: str) -> Record | None:
    """The record a person means by a meeting key (``KIDD-14``) or a document id."""
    doc = document_id(conn, name)
    if doc:
        return read_record(conn, doc)
    return meeting(conn, name.strip())


def records(conn, all_versions: bool = False) -> Iterator[Record]:
    """Every document's record, in order of meeting date."""
    table = "documents" if all_versions else "current_documents"
    ids = [r[0] for r in conn.execute(
        f"SELECT d.id FROM {table} d LEFT JOIN meetings m ON m.document_id = d.id"
        f" ORDER BY coalesce(m.start_date, m.end_date, d.published) NULLS FIRST, m.key NULLS FIRST, d.source,"
        f" d.version")]
    for doc in ids:
        rec = read_record(conn, doc)
        if rec is not None:
            yield rec


def counts(conn) -> dict[str, int]:
    """Rows per table: what a backup or a restore carries."""
    tables = conn.backend.tables(conn)
    return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
