"""The JSON API under /api/: everything the pages show, and the analysts' corrections.

Reading: meetings, one meeting or document (the exchange format of
record-format.md plus ``key`` and each statement's origin, corrected flag and
thread), statements by filters, search with facet counts, threads, milestones
and their follow-through, the pre-meeting brief, the corrections log.

Changing (JSON bodies; the server's token when it has one):
``POST /api/corrections`` records an act the extractor missed,
``PUT /api/corrections/{statement}`` changes an act,
``DELETE /api/corrections/{statement}`` removes a false act,
``POST /api/milestone/{id}/evidence`` confirms or rejects evidence.
Each goes through the same ``Store`` functions as ``accord correct``/``add``,
so it is logged and survives ``accord reextract``.

Errors: an unknown id is 404 and bad input 422, both ``{"detail": ...}``.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import asdict
from typing import Any, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from accord.store import NotFound, StoreError, meeting_key
from accord.web import adapters
from accord.web.app import store_of
from accord.web.views import ACTS

router = APIRouter(prefix="/api")

Act = Literal["meet", "assess", "agree", "reaffirm", "commit", "note", "appreciate", "discuss", "concern", "other"]
Code = Field(min_length=1, max_length=10)
Short = Field(default=None, max_length=2000)


class ChangeBody(BaseModel):
    """The fields to change; those left out stay as they are."""

    model_config = ConfigDict(extra="forbid")
    act: Act | None = None
    actors: list[str] | None = Field(default=None, max_length=20)
    topics: list[str] | None = Field(default=None, max_length=30)
    commitment: bool | None = None
    session: str | None = Field(default=None, max_length=200)
    content: str | None = Short
    condition: str | None = Short
    milestone: str | None = Field(default=None, max_length=300)
    reported_by: list[str] | None = Field(default=None, max_length=20)
    by: str | None = Field(default=None, max_length=80, description="who makes the correction")
    note: str | None = Short

    def changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.model_dump(exclude_unset=True).items() if k not in ("by", "note")}


class AddBody(BaseModel):
    """An act the extractor missed: its text is the document's text[start:end]."""

    model_config = ConfigDict(extra="forbid")
    document: str = Field(min_length=1, max_length=100, description="document id (or prefix) or meeting key")
    start: int = Field(ge=0)
    end: int = Field(ge=1)
    act: Act
    actors: list[str] = Field(min_length=1, max_length=20)
    topics: list[str] = Field(default_factory=list, max_length=30)
    commitment: bool = False
    session: str | None = Field(default=None, max_length=200)
    content: str | None = Short
    condition: str | None = Short
    milestone: str | None = Field(default=None, max_length=300)
    reported_by: list[str] | None = Field(default=None, max_length=20)
    by: str | None = Field(default=None, max_length=80)
    note: str | None = Short


class VerdictBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    statement_id: str = Field(min_length=1, max_length=200, description="the evidence statement")
    verdict: Literal["confirm", "reject"]
    by: str | None = Field(default=None, max_length=80)


def _snap(request: Request, store) -> adapters.Snapshot:
    return request.app.state.tracking.snapshot(store)


def _statement(hit, snap: adapters.Snapshot | None = None) -> dict[str, Any]:
    d = asdict(hit.statement)
    d.update(origin=hit.origin, corrected=hit.corrected)
    if snap is not None:
        t = snap.thread_of.get(hit.statement.id)
        d["thread"] = t.id if t is not None else None
    return d


def _record(store, request: Request, rec) -> dict[str, Any]:
    snap = _snap(request, store)
    hits = store.statements(document_id=rec.document.id, all_versions=True)
    d = rec.to_dict()
    key = meeting_key(rec.meeting, rec.document)
    d["key"] = key
    d["statements"] = [_statement(h, snap) for h in hits]
    d["documents"] = [{"id": r["id"], "source": r["source"], "kind": r["kind"], "version": r["version"],
                       "current": bool(r["current"])} for r in store.documents_of(key)]
    return d


# -- meetings and documents -----------------------------------------------------------

@router.get("/meetings", summary="Every meeting, one line each")
def meetings(request: Request, dialogue: str | None = Query(None, max_length=200, description="acronym or name")):
    with store_of(request) as store:
        return [asdict(m) for m in store.meetings(dialogue)]


@router.get("/meeting/{key}", summary="The record of one meeting (KIDD-14), or of a document by id")
@router.get("/meetings/{key}", include_in_schema=False)
def meeting(request: Request, key: str):
    with store_of(request) as store:
        rec = store.resolve(key)
        if rec is None:
            raise NotFound(f"no meeting or document {key!r} (GET /api/meetings lists them)")
        return _record(store, request, rec)


@router.get("/documents/{document_id}", summary="The record of one document, by id or unambiguous prefix")
def document(request: Request, document_id: str):
    with store_of(request) as store:
        rec = store.document(document_id)
        if rec is None:
            raise NotFound(f"no document {document_id!r}")
        return _record(store, request, rec)


# -- statements and search --------------------------------------------------------------

def _filters(topic, act, party, dialogue, meeting, document, since, until, commitments) -> dict[str, Any]:
    given = {"topic": topic, "act": act, "party": party, "dialogue": dialogue, "meeting": meeting,
             "document_id": document, "since": since, "until": until}
    out = {k: v for k, v in given.items() if v}
    if commitments:
        out["commitments"] = True
    return out


DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@router.get("/statements", summary="Statements by filters, in the order of meetings and text")
def statements(request: Request,
               topic: str | None = Query(None, max_length=200, description="topic, or several separated by commas"),
               act: str | None = Query(None, max_length=200), party: str | None = Query(None, max_length=100),
               dialogue: str | None = Query(None, max_length=200), meeting: str | None = Query(None, max_length=200),
               document: str | None = Query(None, max_length=64),
               since: str | None = Query(None, pattern=DATE), until: str | None = Query(None, pattern=DATE),
               commitments: bool = False, limit: int = Query(200, ge=1, le=5000), offset: int = Query(0, ge=0)):
    with store_of(request) as store:
        hits = store.statements(**_filters(topic, act, party, dialogue, meeting, document, since, until, commitments))
        return {"count": len(hits), "offset": offset, "statements": [h.to_dict() for h in hits[offset:offset + limit]]}


@router.get("/statement/{statement_id}", summary="One statement, by id or KIDD-14:3")
@router.get("/statements/{statement_id}", include_in_schema=False)
def statement(request: Request, statement_id: str):
    with store_of(request) as store:
        hit = store.statement(statement_id)
        if hit is None:
            raise NotFound(f"no statement {statement_id!r}")
        d = hit.to_dict()
        d["statement"] = _statement(hit, _snap(request, store))
        return d


@router.get("/search", summary="Full-text search with facet counts (dialogue, act, party, topic, year)")
def search(request: Request, q: str = Query(..., min_length=1, max_length=500),
           topic: str | None = Query(None, max_length=200), act: str | None = Query(None, max_length=200),
           party: str | None = Query(None, max_length=100), dialogue: str | None = Query(None, max_length=200),
           meeting: str | None = Query(None, max_length=200), document: str | None = Query(None, max_length=64),
           since: str | None = Query(None, pattern=DATE), until: str | None = Query(None, pattern=DATE),
           commitments: bool = False, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)):
    with store_of(request) as store:
        snap = _snap(request, store)
        if "acronyms" not in snap.memo:
            snap.memo["acronyms"] = {m.key: (m.acronym or m.dialogue or "?") for m in store.meetings()}
        acronym = snap.memo["acronyms"]
        hits = store.search(q, **_filters(topic, act, party, dialogue, meeting, document, since, until, commitments))
    facets: dict[str, Counter] = {k: Counter() for k in ("dialogue", "act", "party", "topic", "year")}
    for h in hits:
        facets["dialogue"][acronym.get(h.meeting_key or "", "?")] += 1
        facets["act"][h.statement.act] += 1
        facets["party"].update(set(h.statement.actors))
        facets["topic"].update(set(h.statement.topics))
        if h.date:
            facets["year"][h.date[:4]] += 1
    out = []
    for h in hits[offset:offset + limit]:
        d = h.to_dict()
        d["highlights"] = [list(x) for x in h.highlights]
        out.append(d)
    return {"query": q, "count": len(hits), "offset": offset,
            "facets": {k: dict(v.most_common()) for k, v in facets.items()}, "hits": out}


# -- threads, milestones, brief ------------------------------------------------------------

def _thread_summary(t) -> dict[str, Any]:
    return {"id": t.id, "label": t.label, "status": t.status, "family": t.family, "topics": t.topics,
            "actors": t.actors, "appearances": len(t.appearances), "meetings": t.meetings,
            "first": t.first.meeting, "last": t.last.meeting,
            "significant_changes": sum(1 for c in t.changes if c.significant)}


@router.get("/threads", summary="Positions followed from round to round, most restated first")
def threads(request: Request, dialogue: str | None = Query(None, max_length=100),
            status: Literal["new", "continuing", "changed", "dropped"] | None = None,
            topic: str | None = Query(None, max_length=60)):
    with store_of(request) as store:
        snap = _snap(request, store)
    out = []
    for t in snap.threads:
        if dialogue and dialogue not in {a.dialogue for a in t.appearances}:
            continue
        if (status and t.status != status) or (topic and topic not in t.topics):
            continue
        out.append(_thread_summary(t))
    return out


@router.get("/thread/{thread_id}", summary="One thread: appearances and word-level changes between them")
@router.get("/threads/{thread_id}", include_in_schema=False)
def thread(request: Request, thread_id: str):
    with store_of(request) as store:
        snap = _snap(request, store)
    t = snap.thread(thread_id)
    if t is None:
        raise NotFound(f"no thread {thread_id!r} (GET /api/threads lists them)")
    return t.to_dict()


@router.get("/milestones", summary="Milestones and deadlines with their follow-through status and evidence")
def milestones(request: Request, status: Literal["due", "met", "overdue", "unknown"] | None = None,
               meeting: str | None = Query(None, max_length=200, description="the meeting that set them")):
    with store_of(request) as store:
        snap = _snap(request, store)
    return [asdict(m) for m in snap.milestones
            if (not status or m.status == status) and (not meeting or m.source_meeting.lower() == meeting.lower())]


@router.get("/milestone/{milestone_id}", summary="One tracked milestone")
@router.get("/milestones/{milestone_id}", include_in_schema=False)
def milestone(request: Request, milestone_id: str):
    with store_of(request) as store:
        snap = _snap(request, store)
    m = snap.milestone(milestone_id)
    if m is None:
        raise NotFound(f"no milestone {milestone_id!r} (GET /api/milestones lists them)")
    return asdict(m)


@router.post("/milestone/{milestone_id}/evidence", summary="Confirm or reject a piece of evidence for a milestone")
@router.post("/milestones/{milestone_id}/evidence", include_in_schema=False)
def milestone_evidence(request: Request, milestone_id: str, body: VerdictBody):
    with store_of(request) as store:
        snap = _snap(request, store)
        if snap.milestone(milestone_id) is None:
            raise NotFound(f"no milestone {milestone_id!r}")
        if store.statement(body.statement_id) is None:
            raise NotFound(f"no statement {body.statement_id!r}")
        adapters.record_verdict(store, milestone_id, store.statement_id(body.statement_id), body.verdict, body.by)
        m = _snap(request, store).milestone(milestone_id)
    return asdict(m)


@router.get("/brief/{dialogue}", summary="The pre-meeting brief of a dialogue (JSON, Markdown or HTML)",
            responses={200: {"content": {"application/json": {}, "text/markdown": {"schema": {"type": "string"}},
                                         "text/html": {"schema": {"type": "string"}}}}})
def brief(request: Request, dialogue: str, format: Literal["json", "md", "html"] = "json"):
    with store_of(request) as store:
        snap = _snap(request, store)
        b = adapters.brief(snap, dialogue)
    if b is None:
        raise NotFound(f"no round of {dialogue!r} on record")
    if format == "json":
        return asdict(b)
    from accord.tracking.brief_format import to_html, to_markdown
    if format == "md":
        return Response(to_markdown(b), media_type="text/markdown; charset=utf-8")
    return Response(to_html(b), media_type="text/html; charset=utf-8", headers={
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"})


# -- corrections ------------------------------------------------------------------------

@router.get("/corrections", summary="The corrections log, oldest first")
def corrections(request: Request, document: str | None = Query(None, max_length=64),
                status: Literal["applied", "orphaned"] | None = None):
    with store_of(request) as store:
        return [asdict(c) for c in store.corrections(document, status)]


@router.post("/corrections", status_code=201, summary="Record an act the extractor missed")
def add_correction(request: Request, body: AddBody):
    with store_of(request) as store:
        rec = store.resolve(body.document)
        if rec is None:
            raise NotFound(f"no meeting or document {body.document!r}")
        more = body.model_dump(exclude={"document", "start", "end", "act", "actors", "by", "note"}, exclude_none=True)
        added = store.add_statement(rec.document.id, body.start, body.end, body.act, body.actors, by=body.by,
                                    note=body.note, **more)
        hit = store.statement(added.id)
        return {"statement": _statement(hit, None), "document": rec.document.id}


@router.put("/corrections/{statement_id}", summary="Change an act's fields")
def change_correction(request: Request, statement_id: str, body: ChangeBody):
    with store_of(request) as store:
        if store.statement(statement_id) is None:
            raise NotFound(f"no statement {statement_id!r}")
        changes = body.changes()
        if not changes:
            raise StoreError("nothing to change: give at least one field")
        changed = store.correct(statement_id, by=body.by, note=body.note, **changes)
        hit = store.statement(changed.id)
        return {"statement": _statement(hit, None)}


@router.delete("/corrections/{statement_id}", summary="Delete a false act; returns it as it was")
def delete_correction(request: Request, statement_id: str, by: str | None = Query(None, max_length=80),
                      note: str | None = Query(None, max_length=2000)):
    with store_of(request) as store:
        if store.statement(statement_id) is None:
            raise NotFound(f"no statement {statement_id!r}")
        gone = store.delete_statement(statement_id, by=by, note=note)
        return {"deleted": asdict(gone)}


@router.get("/vocabulary", summary="The acts, parties and topics a correction may use")
def vocabulary(request: Request):
    from accord.knowledge import default_knowledge
    from accord.store.corrections import known_topics

    kb = default_knowledge()
    return {"acts": list(ACTS), "parties": list(kb.parties), "topics": known_topics(kb),
            "today": dt.date.today().isoformat()}
