"""One flat row per statement with its meeting's columns: the shape of the CSV and Parquet exports."""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from accord.records import Record
from accord.store.keys import meeting_key

# (column, type) in order; types name the Parquet column type.
COLUMNS: list[tuple[str, str]] = [
    ("statement_id", "string"), ("document_id", "string"), ("meeting", "string"),
    ("dialogue", "string"), ("acronym", "string"), ("round", "int"),
    ("meeting_start", "date"), ("meeting_end", "date"), ("venue", "string"), ("meeting_format", "string"),
    ("parties", "list"), ("heads", "list"),
    ("source", "string"), ("title", "string"), ("published", "date"), ("kind", "string"),
    ("start", "int"), ("end", "int"), ("act", "string"), ("actors", "list"), ("commitment", "bool"),
    ("content", "string"), ("condition", "string"), ("topics", "list"), ("session", "string"),
    ("milestone", "string"), ("reported_by", "list"), ("text", "string"),
    ("corrected_by", "string"), ("corrected_at", "string"),
]

Authors = dict[str, tuple[str, str]]  # statement id -> (who, when) of the latest correction that set it


def statement_rows(records: Iterable[Record], authors: Authors | None = None) -> Iterator[dict[str, Any]]:
    """``authors`` (``Store.correction_authors()``) fills corrected_by and corrected_at."""
    authors = authors or {}
    for rec in records:
        d, m = rec.document, rec.meeting
        meeting = {
            "document_id": d.id, "meeting": meeting_key(m, d), "dialogue": m.dialogue, "acronym": m.acronym,
            "round": m.round, "meeting_start": m.start, "meeting_end": m.end, "venue": m.venue,
            "meeting_format": m.format, "parties": list(m.parties),
            "heads": [f"{h.name} ({h.party})" if h.party else h.name for h in m.heads],
            "source": d.source, "title": d.title, "published": d.published, "kind": d.kind,
        }
        for s in rec.statements:
            yield {
                "statement_id": s.id, **meeting, "start": s.start, "end": s.end, "act": s.act,
                "actors": list(s.actors), "commitment": bool(s.commitment), "content": s.content,
                "condition": s.condition, "topics": list(s.topics), "session": s.session,
                "milestone": s.milestone, "reported_by": list(s.reported_by or []), "text": s.text,
                "corrected_by": authors.get(s.id, (None, None))[0], "corrected_at": authors.get(s.id, (None, None))[1],
            }
