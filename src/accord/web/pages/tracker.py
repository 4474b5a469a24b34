"""The tracker: commitments and milestones with their follow-through, and analysts' verdicts on evidence."""
from __future__ import annotations

import json
from collections import Counter
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse

from accord.store import NotFound, StoreError
from accord.store.search import Filters
from accord.web import adapters, views
from accord.web.adapters import Snapshot
from accord.web.auth import author
from accord.web.deps import snapshot, store_of
from accord.web.render import check_csrf, kept_page, redirect, render, safe_next, target_of

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



TRACKER_PAGE = 200  # rows a tracker page shows; the filters and the pager reach the rest


ORDER = {"overdue": 0, "due": 1, "unknown": 2, "met": 3}


def milestone_rows(store, snap: Snapshot) -> list[dict]:
    """Every tracked milestone as a tracker row, most pressing first (kept with the snapshot)."""
    meetings = {m.key: m for m in snap.meetings}
    actors = {}
    sources = sorted({m.source_statement for m in snap.milestones if m.source_statement})
    for i in range(0, len(sources), 500):
        part = sources[i:i + 500]
        for sid, raw in store.conn.execute(f"SELECT id, actors FROM statements WHERE id IN"
                                           f" ({', '.join('?' * len(part))})", part).fetchall():
            actors[sid] = json.loads(raw or "[]")
    rows = []
    for m in snap.milestones:
        info = meetings.get(m.source_meeting)
        rows.append({"m": m, "sid": m.source_statement, "key": m.source_meeting, "status": m.status, "due": m.due,
                     "dialogue": (info.acronym or info.dialogue) if info else m.source_meeting,
                     "start": m.source_date, "parties": m.alliance, "topics": set(m.topics),
                     "actors": set(actors.get(m.source_statement, m.alliance)), "document": m.source_document})
    rows.sort(key=lambda r: (ORDER.get(r["status"], 9), r["due"] or "9999", r["start"] or ""))
    return rows


def _commitments(store, filters: dict, limit: int, offset: int) -> tuple[int, list[str]]:
    """Commitments that set no tracked milestone: how many match, and the ids of one page of them, from SQL."""
    f = Filters.of(**filters)
    where, args = f.where(store.conn.backend)
    base = ("FROM statements s JOIN current_documents d ON d.id = s.document_id LEFT JOIN meetings m"
            " ON m.document_id = s.document_id WHERE s.commitment = 1 AND NOT EXISTS"
            f" (SELECT 1 FROM track_milestones t WHERE t.source_statement = s.id) AND {where}")
    count = store.conn.execute(f"SELECT count(*) {base}", args).fetchone()[0]
    ids = [r[0] for r in store.conn.execute(
        f"SELECT s.id {base} ORDER BY coalesce(m.start_date, m.end_date, d.published), d.id, s.ordinal"
        f" LIMIT {int(limit)} OFFSET {int(offset)}", args).fetchall()] if limit > 0 else []
    return count, ids


@router.get("/tracker", response_class=HTMLResponse)
def tracker_page(request: Request, dialogue: str = Query("", max_length=100), party: str = Query("", max_length=10),
                 topic: str = Query("", max_length=60), status: str = Query("", max_length=20),
                 page: int = Query(1, ge=1, le=100000)):
    if (kept := kept_page(request)) is not None:
        return kept
    with store_of(request) as store:
        snap = snapshot(request, store)
        if "tracker" not in snap.memo:
            snap.memo["tracker"] = milestone_rows(store, snap)
        all_rows = snap.memo["tracker"]
        wanted = {k: v for k, v in (("dialogue", dialogue), ("party", party), ("topic", topic)) if v}
        ms = [r for r in all_rows if status != "none" and (not status or r["status"] == status)
              and (not dialogue or r["dialogue"] == dialogue) and (not party or party.upper() in r["actors"])
              and (not topic or topic in r["topics"])]
        start = (page - 1) * TRACKER_PAGE
        shown = ms[start:start + TRACKER_PAGE]
        plain, ids = 0, []
        if not status or status == "none":
            take = TRACKER_PAGE - len(shown)
            pages_memo = snap.memo.setdefault("tracker-pages", {})  # the snapshot, and so this, ends with any change
            key = (tuple(sorted(wanted.items())), take, max(0, start - len(ms)))
            if key not in pages_memo:
                if len(pages_memo) >= 256:
                    pages_memo.clear()
                pages_memo[key] = _commitments(store, wanted, take, max(0, start - len(ms)))
            plain, ids = pages_memo[key]
        if "tracker-plain" not in snap.memo:
            snap.memo["tracker-plain"] = _commitments(store, {}, 0, 0)[0]
        if "tracker-total" not in snap.memo:
            snap.memo["tracker-total"] = len(all_rows) + snap.memo["tracker-plain"]
        matching = len(ms) + plain
        pages = max(1, -(-matching // TRACKER_PAGE))
        page = min(page, pages)
        found = adapters.statements_by_id(store, [r["sid"] for r in shown if r["sid"]] + ids)
        if "meetings-by-doc" not in snap.memo:
            snap.memo["meetings-by-doc"] = {m.document_id: m for m in snap.meetings}
        meetings = snap.memo["meetings-by-doc"]
        rows = [dict(r, s=found.get(r["sid"]),
                     url=views.round_url(target_of(snap, r["document"], snap.keys.get(r["document"])), r["sid"]))
                for r in shown]
        for sid in ids:
            s_ = found[sid]
            doc = sid.split(":", 1)[0]
            info = meetings.get(doc)
            key = snap.keys.get(doc, doc)
            rows.append({"s": s_, "m": None, "key": key, "status": "none", "due": None,
                         "start": info.start if info else None, "parties": [],
                         "url": views.round_url(target_of(snap, doc, key), sid)})
        if "tracker-choices" not in snap.memo:
            snap.memo["tracker-choices"] = dict(
                statuses=Counter(r["status"] for r in all_rows) + Counter({"none": snap.memo["tracker-plain"]}),
                dialogues=sorted({r["dialogue"] for r in all_rows} | {(m.acronym or m.dialogue or "?")
                                                                      for m in snap.meetings}),
                parties=sorted(adapters.parties_on_record(store.conn)),
                topics=sorted(r[0] for r in store.conn.execute("SELECT DISTINCT topic FROM statement_topics")))
    pager_query = urlencode({k: v for k, v in (("dialogue", dialogue), ("party", party), ("topic", topic),
                                               ("status", status)) if v})
    return render(request, "tracker.html", nav="tracker", rows=rows, total=snap.memo["tracker-total"], matching=matching,
                  page=page, pages=pages, pager_query=pager_query, status_label=STATUS_LABEL,
                  **snap.memo["tracker-choices"],
                  f={"dialogue": dialogue, "party": party, "topic": topic, "status": status},
                  here=str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""))

