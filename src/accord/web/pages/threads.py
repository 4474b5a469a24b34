"""Threads: positions followed from round to round, and one thread with its word-level changes."""
from __future__ import annotations

from collections import Counter

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from accord.store import NotFound
from accord.web import views
from accord.web.deps import snapshot, store_of
from accord.web.render import render, target_of

router = APIRouter(include_in_schema=False)


@router.get("/threads", response_class=HTMLResponse)
def threads_page(request: Request, dialogue: str = Query("", max_length=100), status: str = Query("", max_length=20),
                 topic: str = Query("", max_length=60), q: str = Query("", max_length=200),
                 min: int = Query(1, ge=1, le=100)):
    with store_of(request) as store:
        snap = snapshot(request, store)
    rows = []
    for t in snap.threads:
        if dialogue and dialogue not in {a.dialogue for a in t.appearances}:
            continue
        if status and t.status != status:
            continue
        if topic and topic not in t.topics:
            continue
        if q and q.lower() not in (t.label + " " + " ".join(a.text for a in t.appearances)).lower():
            continue
        if len(t.appearances) < min:
            continue
        rows.append(t)
    statuses = Counter(t.status for t in snap.threads)
    dialogues = sorted({a.dialogue for t in snap.threads for a in t.appearances})
    topics = sorted({x for t in snap.threads for x in t.topics})
    return render(request, "threads.html", nav="threads", threads=rows, total=len(snap.threads), statuses=statuses,
                  dialogues=dialogues, topics=topics, f={"dialogue": dialogue, "status": status, "topic": topic,
                                                         "q": q, "min": min}, snap=snap)


@router.get("/thread/{tid}", response_class=HTMLResponse)
def thread_page(request: Request, tid: str):
    with store_of(request) as store:
        snap = snapshot(request, store)
    thread = snap.thread(tid)
    if thread is None:
        raise NotFound(f"no thread {tid}")
    steps = []
    for i, a in enumerate(thread.appearances):
        change = thread.changes[i - 1] if i else None
        steps.append({"a": a, "change": change, "diff": views.word_diff(change.ops) if change else None,
                      "url": views.round_url(target_of(snap, a.document_id, a.meeting), a.statement_id)})
    return render(request, "thread.html", nav="threads", t=thread, steps=steps)

