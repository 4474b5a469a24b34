"""Briefs: the pre-meeting brief of a dialogue, as a page or a download (Markdown, HTML)."""
from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from accord.keys import dialogue_label
from accord.records import Meeting
from accord.store import NotFound
from accord.tracking import brief_format
from accord.web import adapters, views
from accord.web.deps import snapshot, store_of
from accord.web.render import kept_page, render, target_of

router = APIRouter(include_in_schema=False)


@router.get("/brief", response_class=HTMLResponse)
def briefs(request: Request):
    if (kept := kept_page(request)) is not None:
        return kept
    with store_of(request) as store:
        meetings = store.meetings()
    names = sorted({(dialogue_label(Meeting(m.dialogue, m.acronym, parties=m.parties)), m.dialogue or m.acronym or "?")
                    for m in meetings})
    return render(request, "briefs.html", nav="brief", dialogues=names)


@router.get("/brief/{dialogue}", response_class=HTMLResponse)
def brief_page(request: Request, dialogue: str, format: str = Query("page", pattern="^(page|md|html)$")):
    if format == "page" and (kept := kept_page(request)) is not None:
        return kept
    with store_of(request) as store:
        snap = snapshot(request, store)
        brief = adapters.brief(store, snap, dialogue)
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
        hit_doc = cite.statement_id.split(":", 1)[0] if cite.statement_id.split(":", 1)[0] in snap.keys else None
        if hit_doc is None:
            return views.round_url(cite.meeting)
        return views.round_url(target_of(snap, hit_doc, snap.keys.get(hit_doc)), cite.statement_id)

    sections = [(attr, brief_format.heading(brief, title), getattr(brief, attr))
                for attr, title in brief_format.SECTIONS]
    return render(request, "brief.html", nav="brief", brief=brief, sections=sections, link=link,
                  dialogue=dialogue)


