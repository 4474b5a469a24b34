"""What routes are handed: a store connection for the request and the tracking snapshot.

Routes depend on this module, never on ``app``: the app puts the database
path and the ``Tracking`` cache on ``app.state``, and these functions read
them, so ``app`` imports the routers and nothing imports ``app`` back.
"""
from __future__ import annotations

from contextlib import contextmanager
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


def snapshot(request: Request, store: Store) -> Snapshot:
    """Tracking over the whole record, computed once per change to the database."""
    return request.app.state.tracking.snapshot(store)


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"
