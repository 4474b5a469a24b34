"""The tracker: commitments and milestones with their follow-through, and analysts' verdicts on evidence."""
from __future__ import annotations

from collections import Counter
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse

from accord.store import NotFound, StoreError
from accord.web import adapters, views
from accord.web.adapters import Snapshot
from accord.web.auth import author
from accord.web.deps import snapshot, store_of
from accord.web.render import check_csrf, dialogue_of, redirect, render, safe_next, target_of

STATUS_LABEL = {"due": "due", "met": "met", "overdue": "overdue", "unknown": "unknown", "none": "no deadline"}

router = APIRouter(include_in_schema=False)


@router.post("/milestone/{mid}/evidence")
def milestone_verdict(request: Request, mid: str, csrf: str = Form(""), statement_id: str = Form(..., max_length=200),
                      verdict: str = Form(..., max_length=20), by: str = Form("", max_length=80),
                      next: str = Form("", max_length=500)):
    check_csrf(request, csrf)
    back = safe_next(next, f"/tracker#m-{mid}")
    with store_of(request) as store:
        snap = snapshot(request, store)
        if snap.milestone(mid) is None:
            raise NotFound(f"no milestone {mid}")
        if store.statement(statement_id) is None:
            raise NotFound(f"no statement {statement_id}")
        try:
            adapters.record_verdict(store, mid, statement_id, verdict, by=author(request, by))
        except StoreError as e:
            return redirect(back, "error", str(e))
    word = "Confirmed" if verdict.strip().lower() == "confirm" else "Rejected"
    return redirect(back, "ok", f"{word} the evidence from {statement_id}.", by=by.strip())



def tracker_rows(snap: Snapshot) -> list[dict]:
    """Every commitment, with the milestones it sets; and every tracked milestone without a commitment."""
    rows = []
    seen = set()
    for rec in snap.records:
        key = snap.keys.get(rec.document.id)
        for s in rec.statements:
            tracked = snap.milestones_of.get(s.id, [])
            if not s.commitment and not tracked:
                continue
            for m in tracked or [None]:
                if m is not None:
                    seen.add(m.id)
                rows.append({"s": s, "rec": rec, "key": key, "m": m, "status": m.status if m else "none",
                             "due": m.due if m else None, "dialogue": dialogue_of(rec),
                             "url": views.round_url(target_of(snap, rec.document.id, key), s.id)})
    for m in snap.milestones:
        if m.id in seen:
            continue
        rec = snap.record(m.source_document)
        if rec is None:
            continue
        rows.append({"s": None, "rec": rec, "key": m.source_meeting, "m": m, "status": m.status, "due": m.due,
                     "dialogue": dialogue_of(rec), "url": views.round_url(target_of(snap, rec.document.id,
                                                                                     snap.keys.get(rec.document.id)))})
    order = {"overdue": 0, "due": 1, "unknown": 2, "met": 3, "none": 4}
    rows.sort(key=lambda r: (order.get(r["status"], 9), r["due"] or "9999", r["rec"].meeting.start or ""))
    return rows


TRACKER_PAGE = 200  # rows a tracker page shows; the filters and the pager reach the rest


@router.get("/tracker", response_class=HTMLResponse)
def tracker_page(request: Request, dialogue: str = Query("", max_length=100), party: str = Query("", max_length=10),
                 topic: str = Query("", max_length=60), status: str = Query("", max_length=20),
                 page: int = Query(1, ge=1, le=100000)):
    with store_of(request) as store:
        snap = snapshot(request, store)
    if "tracker" not in snap.memo:
        snap.memo["tracker"] = tracker_rows(snap)
    rows = all_rows = snap.memo["tracker"]

    def keep(r: dict) -> bool:
        actors = set(r["s"].actors) if r["s"] else set(r["rec"].meeting.parties)
        topics = set(r["s"].topics) if r["s"] else set(r["m"].topics)
        return ((not dialogue or r["dialogue"] == dialogue) and (not party or party.upper() in actors)
                and (not topic or topic in topics) and (not status or r["status"] == status))

    rows = [r for r in rows if keep(r)]
    pages = max(1, -(-len(rows) // TRACKER_PAGE))
    page = min(page, pages)
    matching = len(rows)
    rows = rows[(page - 1) * TRACKER_PAGE:page * TRACKER_PAGE]
    if "tracker-choices" not in snap.memo:
        snap.memo["tracker-choices"] = dict(
            statuses=Counter(r["status"] for r in all_rows),
            dialogues=sorted({r["dialogue"] for r in all_rows}),
            parties=sorted({a for r in all_rows for a in (r["s"].actors if r["s"] else [])}),
            topics=sorted({t for r in all_rows for t in (r["s"].topics if r["s"] else [])}))
    pager_query = urlencode({k: v for k, v in (("dialogue", dialogue), ("party", party), ("topic", topic),
                                               ("status", status)) if v})
    return render(request, "tracker.html", nav="tracker", rows=rows, total=len(all_rows), matching=matching,
                  page=page, pages=pages, pager_query=pager_query, status_label=STATUS_LABEL,
                  **snap.memo["tracker-choices"],
                  f={"dialogue": dialogue, "party": party, "topic": topic, "status": status},
                  here=str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""))

