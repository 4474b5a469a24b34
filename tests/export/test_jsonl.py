"""JSON Lines: the record-format shape, one document a line, corrections applied."""
from __future__ import annotations

import io
import json

from accord.export import export
from accord.records import Record

SHAPE = {
    "document": {"id", "source", "title", "published", "kind", "text"},
    "meeting": {"dialogue", "acronym", "round", "start", "end", "date_basis", "venue", "format", "parties", "heads",
                "sessions"},
    "statement": {"id", "start", "end", "text", "actors", "act", "commitment", "content", "condition", "topics",
                  "session", "milestone", "reported_by"},
}


def test_jsonl_is_the_record_format_with_every_statement(store, statement_ids):
    out = io.StringIO()
    n = export(store.records(), "jsonl", out)
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert n == len(lines) == store.counts()["documents"]
    for d in lines:
        assert set(d) == {"document", "meeting", "statements", "milestones", "unresolved"}
        assert set(d["document"]) == SHAPE["document"]
        assert set(d["meeting"]) == SHAPE["meeting"]
        for s in d["statements"]:
            assert set(s) == SHAPE["statement"]
            assert d["document"]["text"][s["start"]:s["end"]] == s["text"]
    assert {s["id"] for d in lines for s in d["statements"]} == statement_ids


def test_jsonl_reads_back_into_the_stored_records(store):
    out = io.StringIO()
    export(store.records(), "jsonl", out)
    back = [Record.from_dict(json.loads(x)) for x in out.getvalue().splitlines()]
    stored = list(store.records())
    assert [r.statements for r in back] == [r.statements for r in stored]
    assert [r.meeting for r in back] == [r.meeting for r in stored]
    corrected = [s for r in back for s in r.statements if s.topics == ["other"]]
    added = [s for r in back for s in r.statements if ":a" in s.id]
    assert corrected and added
