"""Pages and API answers kept as made until the database changes.

An answer is kept under its URL and the version of the database it was made
from (``deps.version``: the fingerprint of what pages read). The first
request that sees a new version drops everything kept, so nothing outlives a
change to the record. What differs between visitors is never kept: the form
token and the analyst's name are filled in on the way out, a page carrying a
one-time message is not kept, and a signed-in user's pages are kept apart
from everyone else's. The store is bounded in bytes, least recently used
first out, and kept compressed (pages of a large record repeat their markup:
a round page's forms, a heatmap's cells), so a worker keeps hundreds of them.

A server of several workers also keeps them in one place they all read
(``Shared``: a diskcache directory the server makes for its run), so a page
one worker made is not made again by the next worker the kernel hands the
same URL to: at scale a page costs seconds to make and milliseconds to read.
"""
from __future__ import annotations

import hashlib
import threading
import zlib
from collections import OrderedDict
from typing import Any

import diskcache

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response

from accord.web.deps import version
from accord.web.render import FLASH_COOKIE, kept_response

KEPT_BYTES = 64 * 1024 * 1024  # per server process, pages and API answers together
SHARED_BYTES = 512 * 1024 * 1024  # on disk, for all the workers of one server


class Shared:
    """Answers kept where every worker of one server reads them: a diskcache directory (SQLite and files).

    Entries are tagged with the database version they were made from; the
    first worker to see a newer version drops the older one's.
    """

    def __init__(self, directory: str, limit: int = SHARED_BYTES) -> None:
        self.directory = directory
        self._cache = diskcache.Cache(directory, size_limit=limit, tag_index=True)

    @staticmethod
    def tag(version: Any) -> str:
        return hashlib.blake2b(repr(version).encode(), digest_size=12).hexdigest()

    def get(self, version: Any, key: Any) -> bytes | None:
        return self._cache.get((self.tag(version), key))

    def put(self, version: Any, key: Any, value: bytes) -> None:
        tag = self.tag(version)
        self._cache.set((tag, key), value, tag=tag)

    def drop(self, version: Any) -> None:
        self._cache.evict(self.tag(version))

    def close(self) -> None:
        self._cache.close()


class Kept:
    """Answers by key for one version of the database, at most ``limit`` bytes of them in this process,
    and in ``shared`` (``Shared``) when the server has more than one worker."""

    def __init__(self, limit: int = KEPT_BYTES, shared: Shared | None = None) -> None:
        self.limit = limit
        self.size = 0
        self.shared = shared
        self._version: Any = None
        self._items: OrderedDict[Any, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, version: Any, key: Any) -> bytes | None:
        with self._lock:
            value = self._items.get(key) if version == self._version else None
            if value is not None:
                self._items.move_to_end(key)
        if value is None and self.shared is not None:
            value = self.shared.get(version, key)
            if value is not None:
                self._keep(version, key, value)
        return zlib.decompress(value) if value is not None else None

    def put(self, version: Any, key: Any, value: bytes) -> None:
        value = zlib.compress(value, 1)
        if len(value) > self.limit // 8:  # one answer may not push out most of the rest
            return
        if self.shared is not None:
            self.shared.put(version, key, value)
        self._keep(version, key, value)

    def _keep(self, version: Any, key: Any, value: bytes) -> None:
        n = len(value)
        with self._lock:
            if version != self._version:
                if self.shared is not None and self._version is not None:
                    self.shared.drop(self._version)
                self._items.clear()
                self.size, self._version = 0, version
            old = self._items.pop(key, None)
            self.size -= len(old) if old is not None else 0
            self._items[key] = value
            self.size += n
            while self.size > self.limit:
                _, gone = self._items.popitem(last=False)
                self.size -= len(gone)

    def clear(self) -> None:
        """Forget what this process keeps (what it shares stays until the database changes)."""
        with self._lock:
            self._items.clear()
            self.size, self._version = 0, None

    def __len__(self) -> int:
        return len(self._items)


class KeptMiddleware:
    """Answers a GET from what is kept before routing it, when the database is known unchanged without a query.

    It sits inside the security and accounts middleware, so a kept answer is
    checked and signed-in like any other; a miss goes on to the route, which
    makes the answer and keeps it. On a backend with no change counter
    (PostgreSQL) every request goes to its route.
    """

    def __init__(self, app, state) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            version = self.state.tracking.known_version()
            if version is not None:
                request = Request(scope)
                answer = None
                if not request.cookies.get(FLASH_COOKIE):
                    answer = kept_response(request, version)
                if answer is None:
                    answer = _kept_json(request, version)
                if answer is not None:
                    await answer(scope, receive, send)
                    return
        await self.app(scope, receive, send)


def _json_key(request: Request) -> tuple:
    return "json", request.url.path, request.url.query


def _kept_json(request: Request, version: tuple) -> Response | None:
    body = request.app.state.kept.get(version, _json_key(request))
    return None if body is None else Response(body, media_type="application/json", headers={"x-accord-kept": "1"})


def kept_json(request: Request) -> Response | None:
    """The API's answer to this GET as kept, if it is; else the request is marked so ``json_answer`` keeps it."""
    v = version(request)
    request.state.kept_as = (v, _json_key(request))
    return _kept_json(request, v)


def json_answer(request: Request, data: Any) -> Response:
    """``data`` as JSON, kept for the next identical request when ``kept_json`` looked for it first."""
    response = JSONResponse(jsonable_encoder(data))
    kept_as = getattr(request.state, "kept_as", None)
    if kept_as is not None:
        request.app.state.kept.put(*kept_as, bytes(response.body))
    return response
