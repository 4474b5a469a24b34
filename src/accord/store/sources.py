"""Sources: where each document was found, and one meeting told by many pages.

The same joint statement is published by a ministry and republished by an
embassy, agencies and aggregators; a crawl brings every copy. Documents with
one meeting key are one meeting, and so are near-duplicate pages (grouped by
the crawl) whose own extraction named the meeting differently. A meeting's
sources are all their pages; each act of the meeting's record is traced to
every source whose document states it too (the same act in nearly the same
words), so an analyst sees who published what.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from accord.records import Record
from accord.store.db import transaction
from accord.store.ingest import Ingested, Track, store_new
from accord.store.keys import meeting_key
from accord.store.rows import read_record

SAME_ACT = 0.6  # word overlap (Jaccard) above which two documents' acts of one kind are the same act
_WORD = re.compile(r"\w+")


@dataclass
class Source:
    document_id: str
    url: str
    crawl_date: str | None = None
    archive: str | None = None
    offset: int | None = None
    group: str | None = None  # the id naming its group of near-duplicate documents


@dataclass
class MeetingSources:
    key: str
    document_id: str  # the document the meeting's record is read from
    sources: list[Source] = field(default_factory=list)
    acts: dict[str, list[int]] = field(default_factory=dict)  # statement id → indexes into sources


def ingest_crawled(conn, records: Iterable[dict], groups: dict[str, str] | None = None,
                   track: Track | None = None) -> Iterator[Ingested]:
    """Store crawled records (record dicts with ``provenance``), each with its page, in one transaction each,
    tracking brought up to date with it as for any ingest.

    A text already stored gains one more source and is otherwise unchanged.
    """
    groups = groups or {}
    for data in records:
        rec = Record.from_dict(data)
        doc, prov = rec.document, data.get("provenance") or {}
        doc.source = prov.get("url") or doc.source
        with transaction(conn):
            new = store_new(conn, rec, track) is not None
            conn.execute(
                "INSERT INTO document_sources (document_id, url, crawl_date, archive, archive_offset, near_duplicate_of)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (doc.id, doc.source, prov.get("crawl_date"), prov.get("archive") or "",
                 prov.get("offset") if prov.get("offset") is not None else -1, groups.get(doc.id)))
        key = meeting_key(rec.meeting, doc)
        yield Ingested(doc.source, "added" if new else "unchanged", doc.id, None, key,
                       None if new else "text already stored; source added")


def meeting_sources(conn, key: str) -> MeetingSources | None:
    """Every source of the meeting ``key`` and, for each act of its record, the sources that state it."""
    from accord.store.queries import meeting as meeting_record

    rec = meeting_record(conn, key)
    if rec is None:
        return None
    same = conn.backend.same_text
    docs = [r[0] for r in conn.execute(
        f"SELECT m.document_id FROM meetings m JOIN current_documents d ON d.id = m.document_id "
        f"WHERE {same('m.key')} ORDER BY m.document_id", (key,))]
    groups = {r[0] for r in conn.execute(
        "SELECT DISTINCT near_duplicate_of FROM document_sources WHERE near_duplicate_of IS NOT NULL AND document_id IN "
        f"({', '.join('?' * len(docs))})", docs)} if docs else set()
    if groups:
        docs += [r[0] for r in conn.execute(
            "SELECT DISTINCT s.document_id FROM document_sources s JOIN current_documents d ON d.id = s.document_id "
            f"WHERE s.near_duplicate_of IN ({', '.join('?' * len(groups))}) ORDER BY s.document_id", sorted(groups))
                 if r[0] not in docs]
    docs.sort(key=lambda d: (d != rec.document.id, d))
    out = MeetingSources(key, rec.document.id)
    for doc_id in docs:
        rows = conn.execute("SELECT * FROM document_sources WHERE document_id = ? ORDER BY url, archive, archive_offset",
                            (doc_id,)).fetchall()
        first = len(out.sources)
        if rows:
            out.sources += [Source(doc_id, r["url"], r["crawl_date"], r["archive"] or None,
                                   r["archive_offset"] if r["archive_offset"] >= 0 else None, r["near_duplicate_of"])
                            for r in rows]
        else:  # a file ingested from disk: the file is its source
            path = conn.execute("SELECT source FROM documents WHERE id = ?", (doc_id,)).fetchone()[0]
            out.sources.append(Source(doc_id, path))
        mine = range(first, len(out.sources))
        other = rec if doc_id == rec.document.id else read_record(conn, doc_id)
        for s in rec.statements:
            if doc_id == rec.document.id or _states(other, s):
                out.acts.setdefault(s.id, []).extend(mine)
    return out


def _states(rec: Record | None, s) -> bool:
    """Whether a record has the act ``s``: the same act in nearly the same words."""
    if rec is None:
        return False
    words = set(_WORD.findall(s.text.lower()))
    for t in rec.statements:
        if t.act == s.act:
            theirs = set(_WORD.findall(t.text.lower()))
            if words and len(words & theirs) / len(words | theirs) >= SAME_ACT:
                return True
    return False
