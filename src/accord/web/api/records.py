"""The API's meetings, documents, statements and search."""
from __future__ import annotations

from dataclasses import asdict

from fastapi import APIRouter, Query, Request

from accord.store import NotFound
from accord.web.api.shapes import DATE, filters, hit_json, record_json, shown_source, statement_json
from accord.web.adapters import counted, threads_of
from accord.web.cache import json_answer, kept_json
from accord.web.deps import snapshot, store_of

router = APIRouter(prefix="/api")


@router.get("/meetings", summary="Every meeting, one line each")
def meetings(request: Request, dialogue: str | None = Query(None, max_length=200, description="acronym or name")):
    if (kept := kept_json(request)) is not None:
        return kept
    with store_of(request) as store:
        return json_answer(request, [{**asdict(m), "source": shown_source(m.source)} for m in store.meetings(dialogue)])


@router.get("/meeting/{key}", summary="The record of one meeting (KIDD-14), or of a document by id")
@router.get("/meetings/{key}", include_in_schema=False)
def meeting(request: Request, key: str):
    if (kept := kept_json(request)) is not None:
        return kept
    with store_of(request) as store:
        rec = store.resolve(key)
        if rec is None:
            raise NotFound(f"no meeting or document {key!r} (GET /api/meetings lists them)")
        return json_answer(request, record_json(store, request, rec))


@router.get("/documents/{document_id}", summary="The record of one document, by id or unambiguous prefix")
def document(request: Request, document_id: str):
    if (kept := kept_json(request)) is not None:
        return kept
    with store_of(request) as store:
        rec = store.document(document_id)
        if rec is None:
            raise NotFound(f"no document {document_id!r}")
        return json_answer(request, record_json(store, request, rec))



@router.get("/statements", summary="Statements by filters, in the order of meetings and text")
def statements(request: Request,
               topic: str | None = Query(None, max_length=200, description="topic, or several separated by commas"),
               act: str | None = Query(None, max_length=200), party: str | None = Query(None, max_length=100),
               dialogue: str | None = Query(None, max_length=200), meeting: str | None = Query(None, max_length=200),
               document: str | None = Query(None, max_length=64),
               since: str | None = Query(None, pattern=DATE), until: str | None = Query(None, pattern=DATE),
               commitments: bool = False, limit: int = Query(200, ge=1, le=5000), offset: int = Query(0, ge=0, le=10 ** 9)):
    if (kept := kept_json(request)) is not None:
        return kept
    chosen = filters(topic, act, party, dialogue, meeting, document, since, until, commitments)
    with store_of(request) as store:
        count = store.count(**chosen)
        hits = store.statements(limit=limit, offset=offset, **chosen) if offset < count else []
        return json_answer(request, {"count": count, "offset": offset, "statements": [hit_json(h) for h in hits]})


@router.get("/statement/{statement_id}", summary="One statement, by id or KIDD-14:3")
@router.get("/statements/{statement_id}", include_in_schema=False)
def statement(request: Request, statement_id: str):
    if (kept := kept_json(request)) is not None:
        return kept
    with store_of(request) as store:
        hit = store.statement(statement_id)
        if hit is None:
            raise NotFound(f"no statement {statement_id!r}")
        d = hit_json(hit)
        d["statement"] = statement_json(hit, threads_of(store, snapshot(request, store), [hit.statement.id]))
        return json_answer(request, d)


@router.get("/search", summary="Full-text search with facet counts (dialogue, act, party, topic, year)")
def search(request: Request, q: str = Query(..., min_length=1, max_length=500),
           topic: str | None = Query(None, max_length=200), act: str | None = Query(None, max_length=200),
           party: str | None = Query(None, max_length=100), dialogue: str | None = Query(None, max_length=200),
           meeting: str | None = Query(None, max_length=200), document: str | None = Query(None, max_length=64),
           since: str | None = Query(None, pattern=DATE), until: str | None = Query(None, pattern=DATE),
           commitments: bool = False, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=10 ** 9)):
    if (kept := kept_json(request)) is not None:
        return kept
    chosen = filters(topic, act, party, dialogue, meeting, document, since, until, commitments)
    with store_of(request) as store:
        count, facets = counted(snapshot(request, store), store, q, chosen)
        hits = store.search(q, limit=limit, offset=offset, **chosen)
    out = []
    for h in hits:
        d = hit_json(h)
        d["highlights"] = [list(x) for x in h.highlights]
        out.append(d)
    return json_answer(request, {"query": q, "count": count, "offset": offset,
                                 "facets": {k: dict(v) for k, v in facets.items()}, "hits": out})

