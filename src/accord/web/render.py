"""Rendering pages and answering forms: templates, the CSRF cookie, one-time messages, redirects.

Pages work without script; changes are plain form posts, checked for their
CSRF token and answered with a redirect to the page that shows the result
(POST-redirect-GET) and a one-time message.
"""
from __future__ import annotations

import base64
import json
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import escape

from accord import __version__
from accord.records import Record
from accord.web import views
from accord.web.adapters import Snapshot
from accord.web.auth import csrf_valid, new_csrf, user_of
from accord.web.deps import version
from accord.web.security import CSRF_COOKIE, TOKEN_COOKIE, same

TEMPLATES = Path(str(resources.files("accord.web"))) / "templates"
FLASH_COOKIE = "accord_flash"
BY_COOKIE = "accord_by"


def templates_env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(
        round_url=views.round_url, search_url=views.search_url, url_key=views.url_key, anchor=views.anchor,
        act_class=views.act_class, topic_label=views.topic_label, dates=views.dates, ordinal=views.ordinal,
        ACTS=views.ACTS, ACT_COLORS=views.ACT_COLORS, version=__version__)
    return env


def _csrf(request: Request) -> tuple[str, bool]:
    """The form token: the cookie's, while it is one this server issued (for this session); else a new one."""
    value = request.cookies.get(CSRF_COOKIE)
    if value and csrf_valid(request, value, value):
        return value, False
    return new_csrf(request), True


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


CSRF_MARK = "\ue000csrf\ue001"  # where a kept page takes this visitor's form token (never escaped, never typed)
BY_MARK = "\ue000by\ue001"  # and the analyst's name


def kept_page(request: Request) -> HTMLResponse | None:
    """This GET's page as kept (``accord.web.cache``), if it is; else the request is marked so that
    ``render`` keeps the page it makes. A page with a one-time message is neither served from nor kept."""
    if request.cookies.get(FLASH_COOKIE):
        return None
    v = version(request)
    request.state.kept_as = (v, page_key(request))
    return kept_response(request, v)


def page_key(request: Request) -> tuple:
    user = user_of(request)
    return "page", request.url.path, request.url.query, (user.name, user.role) if user else None, _locked(request)


def kept_response(request: Request, version: tuple) -> HTMLResponse | None:
    """The page kept for this request at this version of the database, with this visitor's token and name."""
    html = request.app.state.kept.get(version, page_key(request))
    if html is None:
        return None
    response = _respond(request, html, 200, None)
    response.headers["x-accord-kept"] = "1"  # answered from a kept page (what the benchmark counts)
    return response


def render(request: Request, template: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    flash = _flash(request)
    kept_as = getattr(request.state, "kept_as", None) if status == 200 and flash is None else None
    ctx.setdefault("nav", "")
    html = request.app.state.templates.get_template(template).render(
        request=request, csrf=CSRF_MARK, flash=flash, analyst=BY_MARK,
        user=user_of(request), accounts=request.app.state.accounts, locked=_locked(request), **ctx)
    body = html.encode()
    if kept_as is not None:
        request.app.state.kept.put(*kept_as, body)
    return _respond(request, body, status, flash)


def _locked(request: Request) -> bool:
    app_token = request.app.state.token
    return app_token is not None and not same(request.cookies.get(TOKEN_COOKIE), app_token)


def _respond(request: Request, body: bytes, status: int, flash: dict | None) -> HTMLResponse:
    """The page with this visitor's form token and name filled in."""
    token, fresh = _csrf(request)
    body = body.replace(CSRF_MARK.encode(), str(escape(token)).encode()).replace(
        BY_MARK.encode(), str(escape(request.cookies.get(BY_COOKIE, ""))).encode())
    response = HTMLResponse(body, status_code=status)
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
    if not csrf_valid(request, request.cookies.get(CSRF_COOKIE), value):
        raise HTTPException(403, "the form's security token is missing or stale: reload the page and try again")


def safe_next(url: str | None, fallback: str) -> str:
    if url and url.startswith("/") and not url.startswith("//") and "\\" not in url and "\n" not in url:
        return url
    return fallback


def dialogue_of(rec: Record) -> str:
    return rec.meeting.acronym or rec.meeting.dialogue or "?"


def target_of(snap: Snapshot, document_id: str, key: str | None) -> str:
    """What a link to a document's round page names: its meeting key when the key shows this document."""
    if key and snap.primary.get(key) == document_id:
        return key
    return document_id


def short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
