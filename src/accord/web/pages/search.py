"""Search: full text and facets (dialogue, act, party, topic, year) over every statement."""
from __future__ import annotations

import math
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from accord.store import StoreError
from accord.store.search import FACETS
from accord.web import views
from accord.web.adapters import counted
from accord.web.deps import snapshot, store_of
from accord.web.render import kept_page, render, target_of

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 25
@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = Query("", max_length=500), dialogue: str = Query("", max_length=100),
                act: str = Query("", max_length=40), party: str = Query("", max_length=10),
                topic: str = Query("", max_length=60), year: str = Query("", pattern=r"^(\d{4})?$"),
                meeting: str = Query("", max_length=100), doc: str = Query("", max_length=64),
                commitments: bool = Query(False), page: int = Query(1, ge=1, le=10000)):
    if (kept := kept_page(request)) is not None:
        return kept
    chosen = {"dialogue": dialogue, "act": act, "party": party, "topic": topic, "year": year}
    with store_of(request) as store:
        snap = snapshot(request, store)
        filters: dict[str, Any] = {}
        if dialogue:
            filters["dialogue"] = dialogue
        if act:
            filters["act"] = act
        if party:
            filters["party"] = party
        if topic:
            filters["topic"] = topic
        if year:
            filters["since"] = filters["until"] = year
        if meeting:
            filters["meeting"] = meeting
        if doc:
            found = store.document(doc) if len(doc) >= 6 else None
            filters["document_id"] = found.document.id if found else doc
        if commitments:
            filters["commitments"] = True
        error = None
        count, facets, hits = 0, {name: [] for name in FACETS}, []
        try:
            count, facets = counted(snap, store, q, filters)
            pages = max(1, math.ceil(count / PAGE_SIZE))
            page = min(page, pages)
            window = {"limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE}
            hits = store.search(q, **window, **filters) if q.strip() else store.statements(**window, **filters)
        except StoreError as e:
            error = str(e)
    params = {"q": q, **chosen, "meeting": meeting, "doc": doc, "commitments": "1" if commitments else ""}

    def with_(**changes: str | None) -> str:
        return views.search_url(**{**params, "page": None, **changes})

    facet_view = []
    for name in FACETS:
        facet_view.append({"name": name, "chosen": chosen[name], "clear_url": with_(**{name: None}),
                           "items": [{"value": v, "count": n, "url": with_(**{name: v}),
                                      "label": views.topic_label(v) if name == "topic" else v}
                                     for v, n in facets[name]]})
    pages = max(1, math.ceil(count / PAGE_SIZE))
    page = min(page, pages)
    results = [{"h": h, "text": views.highlighted(h.statement.text, h.highlights),
                "url": views.round_url(target_of(snap, h.document_id, h.meeting_key), h.statement.id)}
               for h in hits]
    chips = [(name, value, with_(**{name: None})) for name, value in
             (*chosen.items(), ("meeting", meeting), ("in", snap.keys.get(filters.get("document_id", ""), doc)))
             if value]
    if commitments:
        chips.append(("only", "commitments", with_(commitments=None)))
    chips = [(n if n != "in" else "document", v, u if n != "in" else with_(doc=None)) for n, v, u in chips]
    return render(request, "search.html", nav="search", q=q, count=count, results=results, facets=facet_view,
                  chips=chips, page=page, pages=pages, error=error,
                  page_url=lambda n: views.search_url(**{**params, "page": str(n)}),
                  commitments_url=with_(commitments=None if commitments else "1"), commitments=commitments)

