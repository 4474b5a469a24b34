"""The HTML pages: overview, round, threads, tracker, search, brief, corrections, API docs.

Pages are rendered on the server (Jinja2, autoescaping on) and work without
script; ``static/app.js`` adds the side panel, text selection and small
conveniences. Changes are plain form posts, checked for their CSRF token,
answered with a redirect to the page that shows the result (POST-redirect-GET)
and a one-time message.
"""
from __future__ import annotations

from urllib.parse import urlencode

import base64
import json
import math
import secrets
from collections import Counter, defaultdict
from typing import Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from accord.knowledge import default_knowledge
from accord.records import Record
from accord.store import NotFound, StoreError, meeting_key
from accord.store.corrections import known_topics
from accord.tracking import brief_format
from accord.web import adapters, charts, views
from accord.web.app import store_of
from accord.web.security import CSRF_COOKIE, TOKEN_COOKIE, csrf_ok, same

router = APIRouter(include_in_schema=False)

FLASH_COOKIE = "accord_flash"
BY_COOKIE = "accord_by"
PAGE_SIZE = 25
STATUS_LABEL = {"due": "due", "met": "met", "overdue": "overdue", "unknown": "unknown", "none": "no deadline"}


# -- rendering helpers ------------------------------------------------------------

def _csrf(request: Request) -> tuple[str, bool]:
    value = request.cookies.get(CSRF_COOKIE)
    if value and len(value) >= 20:
        return value, False
    return secrets.token_urlsafe(24), True


def _flash(request: Request) -> dict | None:
    raw = request.cookies.get(FLASH_COOKIE)
    if not raw:
        return None
    try:
        data = json.loads(base64.urlsafe_b64decode(raw.encode()).decode())
        if data.get("kind") in ("ok", "error") and isinstance(data.get("message"), str):
            return {"kind": data["kind"], "message": data["message"][:500]}
    except (ValueError, UnicodeDecodeError):
        pass
    return None


def render(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    token, fresh = _csrf(request)
    flash = _flash(request)
    app_token = request.app.state.token
    ctx.setdefault("nav", "")
    html = request.app.state.templates.get_template(template).render(
        request=request, csrf=token, flash=flash, analyst=request.cookies.get(BY_COOKIE, ""),
        locked=app_token is not None and not same(request.cookies.get(TOKEN_COOKIE), app_token), **ctx)
    response = HTMLResponse(html, status_code=status)
    if fresh:
        response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")
    if flash is not None:
        response.delete_cookie(FLASH_COOKIE, path="/")
    response.headers["cache-control"] = "no-store"
    return response


def error_page(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, title=title, message=message)


def redirect(url: str, kind: str | None = None, message: str | None = None, by: str | None = None) -> Response:
    response = RedirectResponse(url, status_code=303)
    if kind and message:
        value = base64.urlsafe_b64encode(json.dumps({"kind": kind, "message": message}).encode()).decode()
        response.set_cookie(FLASH_COOKIE, value, httponly=True, samesite="strict", path="/", max_age=60)
    if by:
        response.set_cookie(BY_COOKIE, by[:80], httponly=True, samesite="strict", path="/", max_age=3600 * 24 * 365)
    return response


def check_csrf(request: Request, value: str) -> None:
    if not csrf_ok(request.cookies.get(CSRF_COOKIE), value):
        from fastapi import HTTPException

        raise HTTPException(403, "the form's security token is missing or stale: reload the page and try again")


def safe_next(url: str | None, fallback: str) -> str:
    if url and url.startswith("/") and not url.startswith("//") and "\\" not in url and "\n" not in url:
        return url
    return fallback


def snapshot(request: Request, store) -> adapters.Snapshot:
    return request.app.state.tracking.snapshot(store)


def dialogue_of(rec: Record) -> str:
    return rec.meeting.acronym or rec.meeting.dialogue or "?"


def target_of(snap: adapters.Snapshot, document_id: str, key: str | None) -> str:
    """What a link to a document's round page names: its meeting key when the key shows this document."""
    if key and snap.primary.get(key) == document_id:
        return key
    return document_id


# -- overview ------------------------------------------------------------------------

@router.get("/", response_class=HTMLResponse)
def overview(request: Request):
    with store_of(request) as store:
        snap = snapshot(request, store)
        if "overview" not in snap.memo:  # the views change only with the snapshot, that is, with the database
            snap.memo["overview"] = _overview_context(snap, store.meetings(), store.counts())
    return render(request, "overview.html", nav="overview", **snap.memo["overview"])


def _overview_context(snap: adapters.Snapshot, meetings: list, counts: dict) -> dict:
    by_doc = {r.document.id: r for r in snap.records}
    groups: dict[str, list] = defaultdict(list)
    for m in meetings:
        groups[m.dialogue or m.acronym or "Other"].append(m)
    dialogues = []
    for name, rows in groups.items():
        rows.sort(key=lambda m: (m.start or m.end or "9999", m.round or 0))
        acronym = rows[0].acronym or name
        rounds = [charts.Round(m.key, str(m.round) if m.round is not None else (m.start or "?")[:7],
                               m.start, views.round_url(m.key),
                               f"{m.key}: {views.dates(m.start, m.end)}{', ' + m.venue if m.venue else ''}")
                  for m in rows]
        topic_counts: dict[tuple[str, str], int] = {}
        links: dict[tuple[str, str], str] = {}
        totals: dict[str, int] = {}
        per_topic: Counter = Counter()
        for m in rows:
            rec = by_doc.get(m.document_id)
            if rec is None:
                continue
            totals[m.key] = len(rec.statements)
            c = Counter(t for s in rec.statements for t in dict.fromkeys(s.topics))
            for t, n in c.items():
                topic_counts[(t, m.key)] = n
                links[(t, m.key)] = views.search_url(topic=t, doc=m.document_id)
                per_topic[t] += n
        topics = sorted(per_topic, key=lambda t: (t == "other", -per_topic[t], t))
        for t in topics:
            links[(t, "")] = views.search_url(topic=t, dialogue=acronym)
        dialogues.append({
            "name": name, "acronym": acronym, "rounds": rows,
            "timeline": charts.timeline(rounds),
            "heatmap": charts.heatmap(topics, rounds, topic_counts, links, totals) if len(rows) >= 2 else Markup(""),
            "acts": sum(m.acts for m in rows), "commitments": sum(m.commitments for m in rows),
            "first": rows[0], "last": rows[-1],
        })
    dialogues.sort(key=lambda d: (-len(d["rounds"]), d["name"]))
    statuses = Counter(m.status for m in snap.milestones)
    return dict(dialogues=dialogues, counts=counts, meetings=meetings, threads=len(snap.threads), statuses=statuses)


# -- round ---------------------------------------------------------------------------

ROUND_MEMO = 512  # round pages kept rendered-ready between changes to the database


def _round_context(request: Request, store, name: str, selected: str | None) -> dict:
    rec = store.resolve(name)
    if rec is None:
        raise NotFound(f"no meeting or document {name!r}")
    snap = snapshot(request, store)
    key = meeting_key(rec.meeting, rec.document)
    hits = store.statements(document_id=rec.document.id, all_versions=True)
    spans = [views.Span(h.statement.start, h.statement.end, h.statement, corrected=h.corrected, origin=h.origin)
             for h in hits]
    kb = store.knowledge or default_knowledge()
    milestones = {m.name: m for m in rec.milestones}
    cards = []
    for n, h in enumerate(hits, 1):
        s = h.statement
        cards.append({
            "n": n, "hit": h, "s": s, "thread": snap.thread_of.get(s.id),
            "milestone": milestones.get(s.milestone) if s.milestone else None,
            "tracked": snap.milestones_of.get(s.id, []),
        })
    sessions = [(x.acronym or x.name, f"{x.name} ({x.acronym})" if x.acronym else x.name) for x in rec.meeting.sessions]
    others = [d for d in store.documents_of(key) if d["id"] != rec.document.id]
    primary = snap.primary.get(key)
    acts = Counter(h.statement.act for h in hits)
    return {
        "rec": rec, "m": rec.meeting, "doc": rec.document, "key": key, "name": name,
        "title": views.meeting_title(rec.meeting, key),
        "text": views.marked_text(rec.document.text, spans, selected), "cards": cards, "selected": selected,
        "parties": list(kb.parties), "topics": known_topics(kb), "sessions": sessions, "others": others,
        "is_primary": primary == rec.document.id, "primary": primary,
        "ref_base": key if primary == rec.document.id else rec.document.id[:8],
        "corrections": store.corrections(rec.document.id), "acts_count": acts,
        "commitments": sum(1 for h in hits if h.statement.commitment),
        "here": views.round_url(name),
    }


@router.get("/round/{name}", response_class=HTMLResponse)
def round_page(request: Request, name: str, s: str | None = Query(None, max_length=200)):
    with store_of(request) as store:
        snap = snapshot(request, store)
        rounds = snap.memo.setdefault("rounds", {})  # the snapshot, and so this, ends with any change
        ctx = rounds.get((name, s))
        if ctx is None:
            if len(rounds) >= ROUND_MEMO:
                rounds.clear()
            ctx = rounds[(name, s)] = _round_context(request, store, name, s)
    return render(request, "round.html", nav="round", **ctx)


def _choices(values: list[str]) -> list[str]:
    return [v.strip() for v in values if v and v.strip()]


def _statement_in(store, name: str, sid: str):
    rec = store.resolve(name)
    if rec is None:
        raise NotFound(f"no meeting or document {name!r}")
    hit = store.statement(sid)
    if hit is None or hit.document_id != rec.document.id:
        raise NotFound(f"no statement {sid} in {name}")
    return rec, hit


@router.post("/round/{name}/act/{sid}/change")
def change_act(request: Request, name: str, sid: str, csrf: str = Form(""), act: str = Form(..., max_length=40),
               actors: list[str] = Form([]), topics: list[str] = Form([]), commitment: str | None = Form(None),
               session: str = Form("", max_length=200), note: str = Form("", max_length=2000),
               by: str = Form("", max_length=80)):
    check_csrf(request, csrf)
    with store_of(request) as store:
        rec, hit = _statement_in(store, name, sid)
        s = hit.statement
        wanted = {"act": act.strip().lower(), "actors": [a.upper() for a in _choices(actors)],
                  "topics": _choices(topics), "commitment": commitment is not None,
                  "session": session.strip() or None}
        current = {"act": s.act, "actors": list(s.actors), "topics": list(s.topics), "commitment": s.commitment,
                   "session": s.session}
        changes = {k: v for k, v in wanted.items() if v != current[k]}
        back = views.round_url(name, sid)
        if not changes:
            return redirect(back, "ok", "Nothing to change: the act already reads so.", by=by.strip())
        try:
            store.correct(sid, by=by.strip() or None, note=note.strip() or None, **changes)
        except StoreError as e:
            return redirect(back, "error", f"Not saved: {e}")
    what = ", ".join(changes)
    return redirect(back, "ok", f"Saved: {what} of act {sid.rsplit(':', 1)[-1]} changed. The correction is logged "
                                f"and survives re-extraction.", by=by.strip())


@router.post("/round/{name}/act/{sid}/delete")
def delete_act(request: Request, name: str, sid: str, csrf: str = Form(""), note: str = Form("", max_length=2000),
               by: str = Form("", max_length=80)):
    check_csrf(request, csrf)
    with store_of(request) as store:
        _statement_in(store, name, sid)
        try:
            gone = store.delete_statement(sid, by=by.strip() or None, note=note.strip() or None)
        except StoreError as e:
            return redirect(views.round_url(name, sid), "error", f"Not deleted: {e}")
    return redirect(views.round_url(name), "ok", f"Deleted the {gone.act} act “{_short(gone.text)}”.", by=by.strip())


@router.post("/round/{name}/act/add")
def add_act(request: Request, name: str, csrf: str = Form(""), start: int = Form(..., ge=0),
            end: int = Form(..., ge=0), act: str = Form(..., max_length=40), actors: list[str] = Form([]),
            topics: list[str] = Form([]), commitment: str | None = Form(None),
            session: str = Form("", max_length=200), note: str = Form("", max_length=2000),
            by: str = Form("", max_length=80)):
    check_csrf(request, csrf)
    with store_of(request) as store:
        rec = store.resolve(name)
        if rec is None:
            raise NotFound(f"no meeting or document {name!r}")
        fields: dict[str, Any] = {"commitment": commitment is not None}
        if _choices(topics):
            fields["topics"] = _choices(topics)
        if session.strip():
            fields["session"] = session.strip()
        try:
            added = store.add_statement(rec.document.id, start, end, act, _choices(actors), by=by.strip() or None,
                                        note=note.strip() or None, **fields)
        except StoreError as e:
            return redirect(views.round_url(name), "error", f"Not added: {e}")
    return redirect(views.round_url(name, added.id), "ok",
                    f"Added a {added.act} act: “{_short(added.text)}”.", by=by.strip())


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# -- milestone evidence -------------------------------------------------------------

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
            adapters.record_verdict(store, mid, statement_id, verdict, by=by.strip() or None)
        except StoreError as e:
            return redirect(back, "error", str(e))
    word = "Confirmed" if verdict.strip().lower() == "confirm" else "Rejected"
    return redirect(back, "ok", f"{word} the evidence from {statement_id}.", by=by.strip())


# -- threads -------------------------------------------------------------------------

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


# -- tracker -------------------------------------------------------------------------

def tracker_rows(snap: adapters.Snapshot) -> list[dict]:
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


# -- search --------------------------------------------------------------------------

FACETS = ("dialogue", "act", "party", "topic", "year")


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = Query("", max_length=500), dialogue: str = Query("", max_length=100),
                act: str = Query("", max_length=40), party: str = Query("", max_length=10),
                topic: str = Query("", max_length=60), year: str = Query("", pattern=r"^(\d{4})?$"),
                meeting: str = Query("", max_length=100), doc: str = Query("", max_length=64),
                commitments: bool = Query(False), page: int = Query(1, ge=1, le=10000)):
    chosen = {"dialogue": dialogue, "act": act, "party": party, "topic": topic, "year": year}
    with store_of(request) as store:
        snap = snapshot(request, store)
        if "acronyms" not in snap.memo:
            snap.memo["acronyms"] = {m.key: (m.acronym or m.dialogue or "?") for m in store.meetings()}
        acronym = snap.memo["acronyms"]
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
        try:
            hits = store.search(q, **filters) if q.strip() else store.statements(**filters)
        except StoreError as e:
            hits, error = [], str(e)
    facets: dict[str, Counter] = {name: Counter() for name in FACETS}
    for h in hits:
        s = h.statement
        facets["dialogue"][acronym.get(h.meeting_key or "", "?")] += 1
        facets["act"][s.act] += 1
        facets["party"].update(set(s.actors))
        facets["topic"].update(set(s.topics))
        if h.date:
            facets["year"][h.date[:4]] += 1
    params = {"q": q, **chosen, "meeting": meeting, "doc": doc, "commitments": "1" if commitments else ""}

    def with_(**changes: str | None) -> str:
        return views.search_url(**{**params, "page": None, **changes})

    facet_view = []
    for name in FACETS:
        items = facets[name].most_common() if name != "year" else sorted(facets[name].items())
        facet_view.append({"name": name, "chosen": chosen[name], "clear": with_(**{name: None}),
                           "items": [{"value": v, "count": n, "url": with_(**{name: v}),
                                      "label": views.topic_label(v) if name == "topic" else v} for v, n in items]})
    pages = max(1, math.ceil(len(hits) / PAGE_SIZE))
    page = min(page, pages)
    results = []
    for h in hits[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]:
        results.append({"h": h, "text": views.highlighted(h.statement.text, h.highlights),
                        "url": views.round_url(target_of(snap, h.document_id, h.meeting_key), h.statement.id)})
    chips = [(name, value, with_(**{name: None})) for name, value in
             (*chosen.items(), ("meeting", meeting), ("in", snap.keys.get(filters.get("document_id", ""), doc)))
             if value]
    if commitments:
        chips.append(("only", "commitments", with_(commitments=None)))
    chips = [(n if n != "in" else "document", v, u if n != "in" else with_(doc=None)) for n, v, u in chips]
    return render(request, "search.html", nav="search", q=q, hits=hits, results=results, facets=facet_view,
                  chips=chips, page=page, pages=pages, error=error,
                  page_url=lambda n: views.search_url(**{**params, "page": str(n)}),
                  commitments_url=with_(commitments=None if commitments else "1"), commitments=commitments)


# -- brief ---------------------------------------------------------------------------

@router.get("/brief", response_class=HTMLResponse)
def briefs(request: Request):
    with store_of(request) as store:
        meetings = store.meetings()
    names = sorted({(m.acronym or m.dialogue or "?", m.dialogue or m.acronym or "?") for m in meetings})
    return render(request, "briefs.html", nav="brief", dialogues=names)


@router.get("/brief/{dialogue}", response_class=HTMLResponse)
def brief_page(request: Request, dialogue: str, format: str = Query("page", pattern="^(page|md|html)$")):
    with store_of(request) as store:
        snap = snapshot(request, store)
        brief = adapters.brief(snap, dialogue)
    if brief is None:
        raise NotFound(f"no round of {dialogue!r} on record")
    if format != "page":
        from accord.tracking.brief_format import to_html, to_markdown
        name = "".join(c if c.isalnum() else "-" for c in (brief.acronym or dialogue)).strip("-") or "brief"
        if format == "md":
            return Response(to_markdown(brief), media_type="text/markdown; charset=utf-8", headers={
                "content-disposition": f'attachment; filename="brief-{name}-{brief.prepared}.md"'})
        return Response(to_html(brief), media_type="text/html; charset=utf-8", headers={
            "content-disposition": f'attachment; filename="brief-{name}-{brief.prepared}.html"',
            # the self-contained brief carries its own inline stylesheet, and nothing else
            "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"})

    def link(cite) -> str:
        hit_doc = cite.statement_id.split(":", 1)[0] if snap.record(cite.statement_id.split(":", 1)[0]) else None
        if hit_doc is None:
            return views.round_url(cite.meeting)
        return views.round_url(target_of(snap, hit_doc, snap.keys.get(hit_doc)), cite.statement_id)

    sections = [(attr, brief_format.heading(brief, title), getattr(brief, attr))
                for attr, title in brief_format.SECTIONS]
    return render(request, "brief.html", nav="brief", brief=brief, sections=sections, link=link,
                  dialogue=dialogue)




# -- corrections log, API docs ---------------------------------------------------------

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


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    spec = request.app.openapi()
    ops = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            ops.append({"path": path, "method": method.upper(), "op": op})
    return render(request, "docs.html", nav="api", spec=spec, ops=ops,
                  schemas=spec.get("components", {}).get("schemas", {}), dumps=lambda x: json.dumps(x, indent=2),
                  type_of=_type_of)


def _type_of(schema: dict) -> str:
    """A parameter's type in a few words: "string", "integer | null", "one of due, met"."""
    if "enum" in schema:
        return "one of " + ", ".join(str(v) for v in schema["enum"])
    if "anyOf" in schema:
        return " | ".join(_type_of(s) for s in schema["anyOf"])
    if schema.get("type") == "array":
        return f"list of {_type_of(schema.get('items') or {})}"
    return str(schema.get("type") or "any")
