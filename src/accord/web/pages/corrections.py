"""The corrections log (analysts' changes and verdicts)."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from accord.web import adapters, views
from accord.web.deps import snapshot, store_of
from accord.web.render import render, target_of

router = APIRouter(include_in_schema=False)


@router.get("/corrections", response_class=HTMLResponse)
def corrections_page(request: Request):
    with store_of(request) as store:
        snap = snapshot(request, store)
        log = list(reversed(store.corrections()))
        verdict_log = list(reversed(adapters.verdicts(store)))
    rows = [{"c": c, "key": snap.keys.get(c.document_id), "url": views.round_url(
        target_of(snap, c.document_id, snap.keys.get(c.document_id)),
        c.statement_id if c.action != "delete" else None)} for c in log]
    return render(request, "corrections.html", nav="corrections", rows=rows, verdicts=verdict_log)
