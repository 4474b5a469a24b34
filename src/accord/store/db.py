"""Connections, transactions and versioned migrations, on whichever backend the target names.

Every write goes through ``transaction`` (rolled back on any error), so a
killed process leaves the database as it was after its last complete
document. Each backend keeps its numbered scripts in ``migrations/<backend>/``
(``NNN_name.sql``, the same numbers on both); they bring any older database up
to date when it is opened.
"""
from __future__ import annotations

import os
import re
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator

from accord.store.backend import Backend, SQLite, backend_for
from accord.store.errors import Conflict, NotFound, StoreError

DEFAULT_PATH = "accord.db"

__all__ = ["StoreError", "NotFound", "Conflict", "connect", "transaction", "migrate", "migrations",
           "latest_version", "schema_version", "default_path"]


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations(backend: Backend | None = None) -> list[Migration]:
    """A backend's numbered migration scripts in order: ``NNN_name.sql`` brings the schema to version NNN."""
    backend = backend or SQLite(":memory:")
    if backend.name not in _SCRIPTS:  # read once per process: a web server opens a connection per request
        _SCRIPTS[backend.name] = _read_migrations(backend)
    return list(_SCRIPTS[backend.name])


_SCRIPTS: dict[str, tuple[Migration, ...]] = {}


def _read_migrations(backend: Backend) -> tuple[Migration, ...]:
    found = []
    for name, sql in backend.migration_scripts():
        m = re.fullmatch(r"(\d{3})_(\w+)\.sql", name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), sql))
    found.sort(key=lambda x: x.version)
    if [x.version for x in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migration numbers must run 001, 002, ... without gaps")
    return tuple(found)


def latest_version() -> int:
    return len(migrations())


def default_path() -> str:
    return os.environ.get("ACCORD_DB") or DEFAULT_PATH


def connect(target: str | os.PathLike, *, create: bool = True, upto: int | None = None) -> Any:
    """Open (or create) a database and migrate it to the current schema, or to ``upto``."""
    backend = backend_for(target)
    conn = backend.connect(create=create)
    try:
        if upto is not None or not backend.known_current():
            migrate(conn, upto)
            if upto is None:
                backend.remember_current()
    except BaseException:
        conn.close()
        raise
    return conn


def schema_version(conn) -> int:
    return conn.backend.schema_version(conn)


def migrate(conn, upto: int | None = None) -> list[int]:
    """Apply the pending migrations, each in its own transaction; returns the versions applied."""
    backend = conn.backend
    steps = migrations(backend)
    target = len(steps) if upto is None else upto
    found = schema_version(conn)
    if found == target:
        return []
    if found > len(steps):
        raise StoreError(f"the database has schema version {found}, newer than this "
                         f"Accord knows ({len(steps)}): upgrade Accord")
    applied = []
    for step in steps[:target]:
        if schema_version(conn) >= step.version:
            continue
        with transaction(conn):
            if schema_version(conn) >= step.version:  # another process got here first
                continue
            backend.run_script(conn, step.sql)
            backend.set_schema_version(conn, step.version)
        applied.append(step.version)
    return applied


@contextmanager
def transaction(conn) -> Iterator[Any]:
    """One unit of work: all of it is written, or none of it; one writer at a time."""
    conn.backend.begin(conn)
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (a full disk does that)
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except Exception:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
