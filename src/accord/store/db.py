"""The SQLite connection: pragmas, transactions and versioned migrations.

Every write goes through ``transaction`` (``BEGIN IMMEDIATE`` ... ``COMMIT``,
rolled back on any error), so a killed process leaves the database as it was
after its last complete document. The schema version is SQLite's
``user_version``; the numbered files in ``migrations/`` bring any older
database up to date when it is opened.
"""
from __future__ import annotations

import os
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterator

DEFAULT_PATH = "accord.db"


class StoreError(Exception):
    """A problem the user can act on; str() is one line."""


class NotFound(StoreError):
    """No meeting, document or statement by that name."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """The numbered migration scripts in order: ``NNN_name.sql`` brings the schema to version NNN."""
    found = []
    for entry in (resources.files("accord.store") / "migrations").iterdir():
        m = re.fullmatch(r"(\d{3})_(\w+)\.sql", entry.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda x: x.version)
    if [x.version for x in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migration numbers must run 001, 002, ... without gaps")
    return found


def latest_version() -> int:
    return len(migrations())


def default_path() -> str:
    return os.environ.get("ACCORD_DB") or DEFAULT_PATH


def connect(path: str | os.PathLike, *, create: bool = True, upto: int | None = None) -> sqlite3.Connection:
    """Open (or create) a database and migrate it to the current schema, or to ``upto``."""
    path = os.fspath(path)
    if not create and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"no database at {path} (run `accord ingest` first, or pass --db)")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # in WAL, durable across a crash of the process
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.OperationalError as e:
        raise StoreError(f"cannot open {path}: {e}") from None
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: not an Accord database ({e})") from None
    migrate(conn, upto)
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, upto: int | None = None) -> list[int]:
    """Apply the pending migrations, each in its own transaction; returns the versions applied."""
    steps = migrations()
    target = len(steps) if upto is None else upto
    if schema_version(conn) > len(steps):
        raise StoreError(f"the database has schema version {schema_version(conn)}, newer than this "
                         f"Accord knows ({len(steps)}): upgrade Accord")
    applied = []
    for step in steps[:target]:
        if schema_version(conn) >= step.version:
            continue
        with transaction(conn):
            if schema_version(conn) >= step.version:  # another process got here first
                continue
            for statement in _statements(step.sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step.version}")
        applied.append(step.version)
    return applied


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One unit of work: all of it is written, or none of it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (a full disk does that)
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> Iterator[str]:
    """Split a script into statements (trigger bodies included), so they run inside our transaction."""
    buf = ""
    for piece in script.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if _sql_text(buf):
                yield buf
            buf = ""
    if _sql_text(buf.rstrip(";")):
        raise RuntimeError(f"incomplete SQL statement in migration: {buf.strip()[:60]}")


def _sql_text(sql: str) -> str:
    return re.sub(r"--[^\n]*", "", sql).strip().strip(";").strip()
