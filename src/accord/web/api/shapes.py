"""What the API answers with: a statement and a record as JSON, the filters statements are chosen by."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any, Literal

from fastapi import Request

from accord.store import meeting_key
from accord.web.adapters import threads_of
from accord.web.deps import snapshot

Act = Literal["meet", "assess", "agree", "reaffirm", "commit", "note", "appreciate", "discuss", "concern", "other"]
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def shown_source(source: str) -> str:
    """The name a document was ingested under (its file name), never a path on the server."""
    return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def hit_json(hit) -> dict[str, Any]:
    d = hit.to_dict()
    d["source"] = shown_source(d["source"])
    return d


def statement_json(hit, thread_of: dict | None = None) -> dict[str, Any]:
    """A statement as the API gives it; with ``thread_of`` (statement id -> thread), the id of its thread."""
    d = asdict(hit.statement)
    d.update(origin=hit.origin, corrected=hit.corrected)
    if thread_of is not None:
        t = thread_of.get(hit.statement.id)
        d["thread"] = t.id if t is not None else None
    return d


def record_json(store, request: Request, rec) -> dict[str, Any]:
    snap = snapshot(request, store)
    hits = store.statements(document_id=rec.document.id, all_versions=True)
    d = rec.to_dict()
    d["document"]["source"] = shown_source(d["document"]["source"])
    key = meeting_key(rec.meeting, rec.document)
    d["key"] = key
    thread_of = threads_of(store, snap, [h.statement.id for h in hits])
    d["statements"] = [statement_json(h, thread_of) for h in hits]
    d["documents"] = [{"id": r["id"], "source": shown_source(r["source"]), "kind": r["kind"], "version": r["version"],
                       "current": bool(r["current"])} for r in store.documents_of(key)]
    return d


def filters(topic, act, party, dialogue, meeting, document, since, until, commitments) -> dict[str, Any]:
    given = {"topic": topic, "act": act, "party": party, "dialogue": dialogue, "meeting": meeting,
             "document_id": document, "since": since, "until": until}
    out = {k: v for k, v in given.items() if v}
    if commitments:
        out["commitments"] = True
    return out

