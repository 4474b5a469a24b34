"""The corrections log (analysts' changes and verdicts)."""
from __future__ import annotations

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import HTMLResponse

from accord.store import StoreError
from accord.web import adapters, views
from accord.web.auth import author
from accord.web.deps import snapshot, store_of
from accord.web.render import check_csrf, kept_page, redirect, render, target_of

router = APIRouter(include_in_schema=False)


@router.get("/corrections", response_class=HTMLResponse)
def corrections_page(request: Request):
    if (kept := kept_page(request)) is not None:
        return kept
    with store_of(request) as store:
        snap = snapshot(request, store)
        log = list(reversed(store.corrections()))
        verdict_log = list(reversed(adapters.verdicts(store)))
    undone = {c.undoes: c.id for c in log if c.undoes is not None and c.status == "applied"}
    rows = [{"c": c, "key": snap.keys.get(c.document_id), "undone_by": undone.get(c.id), "url": views.round_url(
        target_of(snap, c.document_id, snap.keys.get(c.document_id)),
        c.statement_id if c.action != "delete" else None)} for c in log]
    return render(request, "corrections.html", nav="corrections", rows=rows, verdicts=verdict_log)


@router.post("/corrections/{correction_id}/undo")
def undo_correction(request: Request, correction_id: int = Path(ge=1, le=2 ** 63 - 1), csrf: str = Form(""),
                    by: str = Form("", max_length=80)):
    """Set back what a correction did: a new entry of the log, made by whoever undoes it."""
    check_csrf(request, csrf)
    with store_of(request) as store:
        try:
            u = store.undo(correction_id, by=author(request, by))
        except StoreError as e:
            return redirect("/corrections", "error", f"Not undone: {e}")
    return redirect("/corrections", "ok", f"Undid #{correction_id} (entry #{u.id} of the log).")
