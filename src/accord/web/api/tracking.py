"""The API's tracking: threads, milestones and their evidence, the pre-meeting brief."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from accord.store import NotFound
from accord.web import adapters
from accord.web.auth import author
from accord.web.cache import json_answer, kept_json
from accord.web.deps import snapshot, store_of, wrote

router = APIRouter(prefix="/api")


class VerdictBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    statement_id: str = Field(min_length=1, max_length=200, description="the evidence statement")
    verdict: Literal["confirm", "reject"]
    by: str | None = Field(default=None, max_length=80)


def _thread_summary(t) -> dict[str, Any]:
    return {"id": t.id, "label": t.label, "status": t.status, "family": t.family, "topics": t.topics,
            "actors": t.actors, "appearances": t.size, "dialogues": t.dialogues,
            "first": t.first_meeting, "last": t.last_meeting, "last_change_significant": t.last_significant}


@router.get("/threads", summary="Positions followed from round to round, most restated first")
def threads(request: Request, dialogue: str | None = Query(None, max_length=100),
            status: Literal["new", "continuing", "changed", "dropped"] | None = None,
            topic: str | None = Query(None, max_length=60), limit: int = Query(200, ge=1, le=5000),
            offset: int = Query(0, ge=0, le=10 ** 9)):
    if (kept := kept_json(request)) is not None:
        return kept
    with store_of(request) as store:
        snap = snapshot(request, store)
    found = [t for t in snap.threads if (not dialogue or dialogue in t.dialogues)
             and (not status or t.status == status) and (not topic or topic in t.topics)]
    return json_answer(request, [_thread_summary(t) for t in found[offset:offset + limit]])


@router.get("/thread/{thread_id}", summary="One thread: appearances and word-level changes between them")
@router.get("/threads/{thread_id}", include_in_schema=False)
def thread(request: Request, thread_id: str):
    if (kept := kept_json(request)) is not None:
        return kept
    with store_of(request) as store:
        t = adapters.thread(store, snapshot(request, store), thread_id)
    if t is None:
        raise NotFound(f"no thread {thread_id!r} (GET /api/threads lists them)")
    return json_answer(request, t.to_dict())


@router.get("/milestones", summary="Milestones and deadlines with their follow-through status and evidence")
def milestones(request: Request, status: Literal["due", "met", "overdue", "unknown"] | None = None,
               meeting: str | None = Query(None, max_length=200, description="the meeting that set them")):
    if (kept := kept_json(request)) is not None:
        return kept
    with store_of(request) as store:
        snap = snapshot(request, store)
    return json_answer(request, [asdict(m) for m in snap.milestones if (not status or m.status == status)
                                 and (not meeting or m.source_meeting.lower() == meeting.lower())])


@router.get("/milestone/{milestone_id}", summary="One tracked milestone")
@router.get("/milestones/{milestone_id}", include_in_schema=False)
def milestone(request: Request, milestone_id: str):
    if (kept := kept_json(request)) is not None:
        return kept
    with store_of(request) as store:
        snap = snapshot(request, store)
    m = snap.milestone(milestone_id)
    if m is None:
        raise NotFound(f"no milestone {milestone_id!r} (GET /api/milestones lists them)")
    return json_answer(request, asdict(m))


@router.post("/milestone/{milestone_id}/evidence", summary="Confirm or reject a piece of evidence for a milestone")
@router.post("/milestones/{milestone_id}/evidence", include_in_schema=False)
def milestone_evidence(request: Request, milestone_id: str, body: VerdictBody):
    with store_of(request) as store:
        snap = snapshot(request, store)
        if snap.milestone(milestone_id) is None:
            raise NotFound(f"no milestone {milestone_id!r}")
        if store.statement(body.statement_id) is None:
            raise NotFound(f"no statement {body.statement_id!r}")
        adapters.record_verdict(store, milestone_id, store.statement_id(body.statement_id), body.verdict,
                                author(request, body.by))
        wrote(request)
        m = snapshot(request, store).milestone(milestone_id)
    return asdict(m)


@router.get("/brief/{dialogue}", summary="The pre-meeting brief of a dialogue (JSON, Markdown or HTML)",
            responses={200: {"content": {"application/json": {}, "text/markdown": {"schema": {"type": "string"}},
                                         "text/html": {"schema": {"type": "string"}}}}})
def brief(request: Request, dialogue: str, format: Literal["json", "md", "html"] = "json"):
    if format == "json" and (kept := kept_json(request)) is not None:
        return kept
    with store_of(request) as store:
        snap = snapshot(request, store)
        b = adapters.brief(store, snap, dialogue)
    if b is None:
        raise NotFound(f"no round of {dialogue!r} on record")
    if format == "json":
        return json_answer(request, asdict(b))
    from accord.tracking.brief_format import to_html, to_markdown
    if format == "md":
        return Response(to_markdown(b), media_type="text/markdown; charset=utf-8")
    return Response(to_html(b), media_type="text/html; charset=utf-8", headers={
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"})

