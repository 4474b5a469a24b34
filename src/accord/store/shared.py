"""Views computed over the whole record, kept in the database so every server process shares them.

A view is named and tied to a fingerprint of what it was computed from. The
first process that needs a view for a new fingerprint claims it and computes
it; the others wait for it (or take over a claim left by a process that
died) and read the result, so a change to the record is computed once, not
once per worker. The table is a cache, made on first use: it holds nothing
that cannot be computed again.
"""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Callable

from accord.store.db import transaction

CLAIM_TIMEOUT = timedelta(minutes=2)  # a claim older than this was left by a process that died


def _stamp(delta: timedelta = timedelta(0)) -> str:
    return (datetime.now(timezone.utc) + delta).isoformat(timespec="milliseconds")


_READY: set[str] = set()  # databases whose table this process has made sure of


def _ensure(conn) -> None:
    if conn.backend.target not in _READY:
        conn.backend.create_views_table(conn)
        _READY.add(conn.backend.target)


def shared_view(conn, name: str, fingerprint: str, compute: Callable[[], bytes], wait: float = 120.0) -> bytes:
    """The bytes of view ``name`` for ``fingerprint``: read if some process made them, else made here once."""
    _ensure(conn)
    deadline = time.monotonic() + wait
    while True:
        row = conn.execute("SELECT fingerprint, state, value, made_at FROM shared_views WHERE name = ?",
                           (name,)).fetchone()
        if row is not None and row[0] == fingerprint and row[1] == "ready":
            return bytes(row[2])
        pending = row is not None and row[0] == fingerprint and row[1] == "computing" \
            and row[3] > _stamp(-CLAIM_TIMEOUT)
        if pending and time.monotonic() < deadline:
            time.sleep(0.05)
            continue
        if _claim(conn, name, fingerprint, force=pending):
            break
    value = compute()
    with transaction(conn):
        conn.execute("UPDATE shared_views SET state = 'ready', value = ?, made_at = ?"
                     " WHERE name = ? AND fingerprint = ?", (value, _stamp(), name, fingerprint))
    return value


def _claim(conn, name: str, fingerprint: str, force: bool) -> bool:
    """Take the job of computing the view, unless another process has just taken it."""
    with transaction(conn):
        row = conn.execute("SELECT fingerprint, state, made_at FROM shared_views WHERE name = ?", (name,)).fetchone()
        if not force and row is not None and row[0] == fingerprint and (
                row[1] == "ready" or row[2] > _stamp(-CLAIM_TIMEOUT)):
            return False
        conn.execute("INSERT INTO shared_views (name, fingerprint, state, value, made_at)"
                     " VALUES (?, ?, 'computing', NULL, ?) ON CONFLICT (name) DO UPDATE SET fingerprint = excluded.fingerprint, state = 'computing',"
                     " value = NULL, made_at = excluded.made_at", (name, fingerprint, _stamp()))
    return True
