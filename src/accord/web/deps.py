"""What routes are handed: a store connection for the request, the database's version, the tracking snapshot.

Routes depend on this module, never on ``app``: the app puts the database
path and the ``Tracking`` cache on ``app.state``, and these functions read
them, so ``app`` imports the routers and nothing imports ``app`` back.
"""
from __future__ import annotations

from contextlib import contextmanager, nullcontext
from typing import Iterator

from fastapi import Request

from accord.store import Store
from accord.web.adapters import Snapshot


@contextmanager
def store_of(request: Request) -> Iterator[Store]:
    """A connection for this request, opened and closed in the thread that uses it."""
    store = Store.open(request.app.state.db_path, create=False)
    try:
        yield store
    finally:
        store.close()


def version(request: Request, store: Store | None = None) -> tuple:
    """The state of the database this request sees (``adapters.fingerprint``), read once per request;
    without ``store``, a connection is opened only if the database may have changed."""
    found = getattr(request.state, "version", None)
    if found is None:
        found = request.state.version = request.app.state.tracking.version(
            (lambda: nullcontext(store)) if store is not None else (lambda: store_of(request)))
    return found


def wrote(request: Request) -> None:
    """After a change made by this request: what it reads next is the database as it now is."""
    request.state.version = None


def snapshot(request: Request, store: Store) -> Snapshot:
    """Tracking over the whole record, computed once per change to the database."""
    return request.app.state.tracking.snapshot(store, version(request, store))


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"
