"""The web app: ``create_app(db_path)`` gives an ASGI app over one Accord database.

Pages (``pages/``, one module per page area) and the JSON API (``api/``) read and correct
the record through ``accord.store.Store``, the same functions the CLI uses, so
a correction made in the browser is logged and replayed by ``accord
reextract`` like any other. Each request opens its own connection (SQLite in
WAL mode lets readers and a writer share the file); what tracking computes
over the whole record is cached until the database changes (``adapters``),
and so are the pages and API answers made from it (``cache``).
Routes get both from ``deps``, never from this module.
"""
from __future__ import annotations

import logging
import os
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from accord import __version__
from accord.store import Conflict, NotFound, Store, StoreError
from accord.store.backend import backend_for
from accord.web import api, pages
from accord.web.adapters import Tracking
from accord.web.auth import AccountsMiddleware
from accord.web.cache import Kept, KeptMiddleware, Shared
from accord.web.deps import is_api
from accord.web.render import error_page, templates_env
from accord.web.security import MAX_BODY, SecurityMiddleware

WEB_DIR = Path(str(resources.files("accord.web")))
STATIC = WEB_DIR / "static"


def create_app(db_path: str | os.PathLike, token: str | None = None, *, allowed_hosts: list[str] | None = None,
               max_body: int = MAX_BODY, accounts: bool = False, kept_dir: str | None = None) -> FastAPI:
    """The app over the database at ``db_path`` (a SQLite file or a PostgreSQL URL).

    With ``accounts`` (a team server: the CLI turns it on for PostgreSQL and
    beyond loopback), every request needs a signed-in account or an API token,
    and changes need an analyst or admin (``auth``); ``token`` is then one more
    admin credential for scripts. Without accounts, ``token`` is what every
    change (POST/PUT/DELETE) must present. ``allowed_hosts`` limits the Host
    header the app answers to. ``kept_dir`` is where the workers of one server
    keep the pages they made for each other (``cache.Shared``).
    """
    path = os.fspath(db_path)
    Store.open(path, create=False).close()  # fail now, with a clear message, if it is not a database
    app = FastAPI(
        title="Accord", version=__version__,
        description="The record of alliance defense dialogues: meetings, statements (acts of record), threads, "
                    "milestones, briefs, and analysts' corrections. Changes (POST, PUT, DELETE) take JSON and, "
                    "when the server has a token, `Authorization: Bearer TOKEN`.",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.db_path = path
    app.state.token = None if accounts else token
    app.state.accounts = accounts
    app.state.tracking = Tracking(shared=accounts, counter=backend_for(path).change_counter())
    app.state.kept = Kept(shared=Shared(kept_dir) if kept_dir else None)
    app.state.templates = templates_env()
    app.add_middleware(KeptMiddleware, state=app.state)  # innermost: after the checks of those added below
    if accounts:
        app.add_middleware(AccountsMiddleware, state=app.state, token=token)
    app.add_middleware(SecurityMiddleware, token=app.state.token, max_body=max_body, allowed_hosts=allowed_hosts)
    app.mount("/static", StaticFiles(directory=str(STATIC), follow_symlink=False), name="static")

    for router in (*api.ROUTERS, *pages.ROUTERS):
        app.include_router(router)
    _handlers(app)
    return app


def _handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        if is_api(request):
            return JSONResponse({"detail": str(exc)}, status_code=404)
        return error_page(request, 404, "Not found", str(exc))

    @app.exception_handler(Conflict)
    async def conflict(request: Request, exc: Conflict):
        if is_api(request):
            return JSONResponse({"detail": str(exc), "current": exc.current}, status_code=409)
        return error_page(request, 409, "Changed meanwhile", str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        if is_api(request):  # the shape FastAPI's own 422s have, as the OpenAPI description says
            return JSONResponse({"detail": [{"loc": ["body"], "msg": str(exc), "type": "value_error"}]},
                                status_code=422)
        return error_page(request, 422, "Cannot do that", str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 400 and is_api(request):  # a body that cannot be parsed is invalid input
            return JSONResponse({"detail": [{"loc": ["body"], "msg": str(exc.detail), "type": "json_invalid"}]},
                                status_code=422)
        if is_api(request) or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        titles = {404: "Not found", 405: "Not allowed", 403: "Refused"}
        return error_page(request, exc.status_code, titles.get(exc.status_code, "Error"), str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
        if is_api(request) or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"detail": errors}, status_code=422)
        message = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or 'input'}: {e['msg']}" for e in errors)
        return error_page(request, 422, "Invalid input", message)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):  # pragma: no cover - a bug, but never a traceback
        logging.getLogger("accord.web").exception("unexpected error on %s", request.url.path)
        if is_api(request):
            return JSONResponse({"detail": "internal error"}, status_code=500)
        return HTMLResponse("<h1>Internal error</h1>", status_code=500)
