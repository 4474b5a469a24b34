"""Threads: positions followed from round to round, and one thread with its word-level changes."""
from __future__ import annotations

from collections import Counter
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from accord.store import NotFound
from accord.web import adapters, views
from accord.web.deps import snapshot, store_of
from accord.web.render import kept_page, render, target_of

router = APIRouter(include_in_schema=False)


THREADS_PAGE = 100  # threads a page lists; the filters and the pager reach the rest


@router.get("/threads", response_class=HTMLResponse)
def threads_page(request: Request, dialogue: str = Query("", max_length=100), status: str = Query("", max_length=20),
                 topic: str = Query("", max_length=60), q: str = Query("", max_length=200),
                 min: int = Query(1, ge=1, le=100), page: int = Query(1, ge=1, le=100000)):
    if (kept := kept_page(request)) is not None:
        return kept
    with store_of(request) as store:
        snap = snapshot(request, store)
    needle = q.lower()
    rows = [t for t in snap.threads
            if (not dialogue or dialogue in t.dialogues) and (not status or t.status == status)
            and (not topic or topic in t.topics) and (not needle or needle in t.search) and t.size >= min]
    pages = max(1, -(-len(rows) // THREADS_PAGE))
    page = page if page <= pages else pages  # ("min" here is the query's minimum of rounds)
    if "thread-choices" not in snap.memo:
        snap.memo["thread-choices"] = dict(
            statuses=Counter(t.status for t in snap.threads),
            dialogues=sorted({d for t in snap.threads for d in t.dialogues}),
            topics=sorted({x for t in snap.threads for x in t.topics}))
    pager_query = urlencode({k: v for k, v in (("dialogue", dialogue), ("status", status), ("topic", topic),
                                               ("q", q), ("min", min if min > 1 else "")) if v})
    return render(request, "threads.html", nav="threads", threads=rows[(page - 1) * THREADS_PAGE:page * THREADS_PAGE],
                  matching=len(rows), page=page, pages=pages, pager_query=pager_query, total=len(snap.threads),
                  **snap.memo["thread-choices"],
                  f={"dialogue": dialogue, "status": status, "topic": topic, "q": q, "min": min})


@router.get("/thread/{tid}", response_class=HTMLResponse)
def thread_page(request: Request, tid: str):
    if (kept := kept_page(request)) is not None:
        return kept
    with store_of(request) as store:
        snap = snapshot(request, store)
        thread = adapters.thread(store, snap, tid)
    if thread is None:
        raise NotFound(f"no thread {tid}")
    steps = []
    for i, a in enumerate(thread.appearances):
        change = thread.changes[i - 1] if i else None
        steps.append({"a": a, "change": change, "diff": views.word_diff(change.ops) if change else None,
                      "url": views.round_url(target_of(snap, a.document_id, a.meeting), a.statement_id)})
    return render(request, "thread.html", nav="threads", t=thread, steps=steps)

