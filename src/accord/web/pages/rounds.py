"""A round: the source text with its acts marked, and the forms that correct them."""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse

from accord.knowledge import default_knowledge
from accord.store import Conflict, NotFound, StoreError, meeting_key
from accord.store.corrections import known_topics
from accord.web import adapters, views
from accord.web.auth import author
from accord.web.deps import snapshot, store_of
from accord.web.render import check_csrf, kept_page, redirect, render, short

router = APIRouter(include_in_schema=False)


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
    parties, topics = list(kb.parties), known_topics(kb)
    # each form ticks the topics this round's acts carry; any other is typed, from the page's one list
    used = [t for t in topics if any(t in h.statement.topics for h in hits)]
    milestones = {m.name: m for m in rec.milestones}
    thread_of = adapters.threads_of(store, snap, [h.statement.id for h in hits])
    cards = []
    for n, h in enumerate(hits, 1):
        s = h.statement
        cards.append({
            "n": n, "hit": h, "s": s, "thread": thread_of.get(s.id),
            "milestone": milestones.get(s.milestone) if s.milestone else None,
            "tracked": snap.milestones_of.get(s.id, []),
            "checks": views.act_checks(s, rec.meeting.parties, used),
        })
    sessions = [(x.acronym or x.name, f"{x.name} ({x.acronym})" if x.acronym else x.name) for x in rec.meeting.sessions]
    others = [d for d in store.documents_of(key) if d["id"] != rec.document.id]
    primary = snap.primary.get(key)
    found = store.meeting_sources(key) if primary == rec.document.id else None
    sources = found.sources if found else []
    for c in cards:
        c["sources"] = [sources[i] for i in found.acts.get(c["s"].id, [])] if found else []
    acts = Counter(h.statement.act for h in hits)
    return {
        "rec": rec, "m": rec.meeting, "doc": rec.document, "key": key, "name": name,
        "title": views.meeting_title(rec.meeting, key),
        "text": views.marked_text(rec.document.text, spans, selected), "cards": cards, "selected": selected,
        "add_checks": views.act_checks(None, rec.meeting.parties, used), "parties": parties,
        "topic_codes": [(t, views.topic_label(t)) for t in topics],
        "sessions": sessions, "others": others,
        "sources": sources,
        "is_primary": primary == rec.document.id, "primary": primary,
        "ref_base": key if primary == rec.document.id else rec.document.id[:8],
        "corrections": store.corrections(rec.document.id), "acts_count": acts,
        "commitments": sum(1 for h in hits if h.statement.commitment),
        "here": views.round_url(name),
    }


@router.get("/round/{name}", response_class=HTMLResponse)
def round_page(request: Request, name: str, s: str | None = Query(None, max_length=200)):
    if (kept := kept_page(request)) is not None:
        return kept
    with store_of(request) as store:
        ctx = _round_context(request, store, name, s)
    return render(request, "round.html", nav="round", **ctx)


def _choices(values: list[str]) -> list[str]:
    return [v.strip() for v in values if v and v.strip()]


def _codes(checked: list[str], typed: str, fold) -> list[str]:
    """What a form's boxes tick and what is typed beside them (apart by commas or spaces), each once, in that order."""
    return list(dict.fromkeys(fold(c) for c in [*_choices(checked), *re.split(r"[\s,;]+", typed.strip())] if c))


def _actors(checked: list[str], typed: str) -> list[str]:
    return _codes(checked, typed, str.upper)


def _topics(checked: list[str], typed: str) -> list[str]:
    return _codes(checked, typed, str.lower)


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
               actors: list[str] = Form([]), more_actors: str = Form("", max_length=400),
               topics: list[str] = Form([]), more_topics: str = Form("", max_length=400),
               commitment: str | None = Form(None),
               session: str = Form("", max_length=200), note: str = Form("", max_length=2000),
               by: str = Form("", max_length=80), revision: str = Form("", max_length=40)):
    check_csrf(request, csrf)
    with store_of(request) as store:
        rec, hit = _statement_in(store, name, sid)
        s = hit.statement
        wanted = {"act": act.strip().lower(), "actors": _actors(actors, more_actors),
                  "topics": _topics(topics, more_topics), "commitment": commitment is not None,
                  "session": session.strip() or None}
        current = {"act": s.act, "actors": list(s.actors), "topics": list(s.topics), "commitment": s.commitment,
                   "session": s.session}
        changes = {k: v for k, v in wanted.items() if v != current[k]}
        back = views.round_url(name, sid)
        if not changes:
            return redirect(back, "ok", "Nothing to change: the act already reads so.", by=by.strip())
        try:
            store.correct(sid, by=author(request, by), note=note.strip() or None, expect=revision or None, **changes)
        except Conflict as e:
            return redirect(back, "error", f"Not saved: {_conflict(e)}")
        except StoreError as e:
            return redirect(back, "error", f"Not saved: {e}")
    what = ", ".join(changes)
    return redirect(back, "ok", f"Saved: {what} of act {sid.rsplit(':', 1)[-1]} changed. The correction is logged "
                                f"and survives re-extraction.", by=by.strip())


@router.post("/round/{name}/act/{sid}/delete")
def delete_act(request: Request, name: str, sid: str, csrf: str = Form(""), note: str = Form("", max_length=2000),
               by: str = Form("", max_length=80), revision: str = Form("", max_length=40)):
    check_csrf(request, csrf)
    with store_of(request) as store:
        _statement_in(store, name, sid)
        try:
            gone = store.delete_statement(sid, by=author(request, by), note=note.strip() or None,
                                          expect=revision or None)
        except Conflict as e:
            return redirect(views.round_url(name, sid), "error", f"Not deleted: {_conflict(e)}")
        except StoreError as e:
            return redirect(views.round_url(name, sid), "error", f"Not deleted: {e}")
    return redirect(views.round_url(name), "ok", f"Deleted the {gone.act} act “{short(gone.text)}”.", by=by.strip())


@router.post("/round/{name}/act/add")
def add_act(request: Request, name: str, csrf: str = Form(""), start: int = Form(..., ge=0, le=10 ** 9),
            end: int = Form(..., ge=0, le=10 ** 9), act: str = Form(..., max_length=40), actors: list[str] = Form([]),
            more_actors: str = Form("", max_length=400), topics: list[str] = Form([]),
            more_topics: str = Form("", max_length=400), commitment: str | None = Form(None),
            session: str = Form("", max_length=200), note: str = Form("", max_length=2000),
            by: str = Form("", max_length=80)):
    check_csrf(request, csrf)
    with store_of(request) as store:
        rec = store.resolve(name)
        if rec is None:
            raise NotFound(f"no meeting or document {name!r}")
        fields: dict[str, Any] = {"commitment": commitment is not None}
        if _topics(topics, more_topics):
            fields["topics"] = _topics(topics, more_topics)
        if session.strip():
            fields["session"] = session.strip()
        try:
            added = store.add_statement(rec.document.id, start, end, act, _actors(actors, more_actors),
                                        by=author(request, by), note=note.strip() or None, **fields)
        except StoreError as e:
            return redirect(views.round_url(name), "error", f"Not added: {e}")
    return redirect(views.round_url(name, added.id), "ok",
                    f"Added a {added.act} act: “{short(added.text)}”.", by=by.strip())



def _conflict(e: Conflict) -> str:
    """What the analyst needs to redo their change: who won, and how the act reads now."""
    c = e.current
    if not c:
        return f"{e}."
    now = f"{c['act']}{' (commitment)' if c.get('commitment') else ''}, {', '.join(c.get('actors') or []) or 'no actors'}"
    topics = ", ".join(c.get("topics") or [])
    return f"{e}; it now reads: {now}{'; topics ' + topics if topics else ''}. Check it and correct it again if need be."
