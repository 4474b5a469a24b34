"""The two databases the store runs on, and everything in which their SQL differs.

``backend_for(target)`` is the one place that tells them apart: a
``postgresql://`` URL is a PostgreSQL server, anything else a SQLite file.
The store's modules write one SQL (``?`` parameters, ``RETURNING``,
``ON CONFLICT``, ``NULLS FIRST``) that both understand, and ask the
connection's ``backend`` for the few fragments that cannot be shared: the
full-text search query, a JSON list lookup, case-insensitive equality, the
schema version, how a write transaction begins, backup and restore.

SQLite serialises writers with ``BEGIN IMMEDIATE``; on PostgreSQL every write
transaction takes one advisory lock, so the store's read-then-write units
(a correction reads the statements it replaces) see the same single-writer
order on both.
"""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import threading
import time
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence
from urllib.parse import urlsplit, urlunsplit

from accord.store.errors import StoreError

WRITE_LOCK = 7_140_001  # the advisory lock every PostgreSQL write transaction holds
MARK_START, MARK_END = "\x02", "\x03"  # around matched words in search highlights


def backend_for(target: str | os.PathLike) -> "Backend":
    target = os.fspath(target)
    if target.startswith(("postgresql://", "postgres://")):
        return PostgreSQL(target)
    return SQLite(target)


def is_url(target: str | os.PathLike | None) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


class Backend:
    name = ""
    target = ""

    def connect(self, create: bool = True) -> Any:
        raise NotImplementedError

    @property
    def label(self) -> str:
        """The target as shown to people (a URL without its password)."""
        return self.target

    def known_current(self) -> bool:
        """Whether this process has already brought the database's schema up to date."""
        return False

    def remember_current(self) -> None:
        pass

    def change_counter(self) -> Callable[[], Any] | None:
        """A cheap reading that changes whenever another connection commits, or None where the backend has none.

        Readers that keep views of the record (the web app) ask it before the costlier fingerprint query.
        """
        return None

    def migration_scripts(self) -> Iterator[tuple[str, str]]:
        """(file name, SQL) of this backend's migrations."""
        for entry in (resources.files("accord.store") / "migrations" / self.name).iterdir():
            yield entry.name, entry.read_text(encoding="utf-8")


# -- SQLite ------------------------------------------------------------------------

class SQLiteConnection(sqlite3.Connection):
    backend: "SQLite"


def _wal(conn: sqlite3.Connection, wait: float = 30.0) -> None:
    """Turn on WAL. Two processes creating one new database at once can meet here: SQLite may answer the switch
    of journal mode with "database is locked" at once, without waiting on the busy timeout, so wait here."""
    deadline = time.monotonic() + wait
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class SQLite(Backend):
    name = "sqlite"

    def __init__(self, path: str):
        self.target = path

    def connect(self, create: bool = True) -> SQLiteConnection:
        path = self.target
        if not create and path != ":memory:" and not Path(path).exists():
            raise StoreError(f"no database at {path} (run `accord ingest` first, or pass --db)")
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=30, factory=SQLiteConnection)
            conn.backend = self
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA busy_timeout = 30000")
            _wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")  # in WAL, durable across a crash of the process
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.OperationalError as e:
            raise StoreError(f"cannot open {path}: {e}") from None
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{path}: not an Accord database ({e})") from None
        return conn

    def release(self, conn: SQLiteConnection) -> None:
        conn.close()

    def change_counter(self) -> Callable[[], Any] | None:
        """``PRAGMA data_version`` on a connection kept for it (it changes with every other connection's commit)."""
        if self.target == ":memory:":
            return None
        conn = sqlite3.connect(self.target, isolation_level=None, timeout=30, check_same_thread=False)
        lock = threading.Lock()

        def read() -> int:
            with lock:
                return conn.execute("PRAGMA data_version").fetchone()[0]

        return read

    # schema
    def schema_version(self, conn) -> int:
        return conn.execute("PRAGMA user_version").fetchone()[0]

    def set_schema_version(self, conn, version: int) -> None:
        conn.execute(f"PRAGMA user_version = {int(version)}")

    def run_script(self, conn, script: str) -> None:
        for statement in _statements(script):
            conn.execute(statement)

    def create_views_table(self, conn) -> None:
        conn.execute("CREATE TABLE IF NOT EXISTS shared_views (name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL,"
                     " state TEXT NOT NULL, value BLOB, made_at TEXT NOT NULL)")

    # transactions
    def begin(self, conn) -> None:
        conn.execute("BEGIN IMMEDIATE")

    # SQL fragments
    def json_contains(self, column: str) -> str:
        return f"EXISTS (SELECT 1 FROM json_each({column}) WHERE json_each.value = ?)"

    def same_text(self, expr: str) -> str:
        return f"{expr} = ? COLLATE NOCASE"

    def tables(self, conn) -> list[str]:
        return [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'statements_fts%' AND name <> 'shared_views' ORDER BY name")]

    # search: FTS5 with bm25 (statement text weighs twice what it pledges), highlight() for the marks
    def search_sql(self, columns: str, joins: str, where: str, terms: list[tuple[list[str], bool]]):
        match = " ".join('"' + " ".join(words) + '"' + ("*" if prefix else "") for words, prefix in terms)
        sql = (f"SELECT {columns}, -bm25(statements_fts, 1.0, 0.5) AS score,"
               f" highlight(statements_fts, 0, char(2), char(3)) AS marked"
               f" FROM statements_fts JOIN statements s ON s.pk = statements_fts.rowid {joins}"
               f" WHERE statements_fts MATCH ? AND {where}"
               f" ORDER BY instr(lower(s.text), ?) > 0 DESC, score DESC, s.pk")
        return sql, [match]

    search_errors: tuple = (sqlite3.OperationalError,)

    def backup(self, conn, dest: Path) -> Path:
        tmp = dest.with_name(dest.name + ".partial")
        tmp.unlink(missing_ok=True)
        out = sqlite3.connect(tmp)
        try:
            conn.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")  # no -wal file beside the copy
        finally:
            out.close()
        os.replace(tmp, dest)
        return dest

    def restore(self, conn, src: Path, latest: int) -> None:
        try:
            backup_conn = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
            try:
                version = backup_conn.execute("PRAGMA user_version").fetchone()[0]
                tables = {r[0] for r in backup_conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                ok = backup_conn.execute("PRAGMA quick_check").fetchone()[0]
                if version < 1 or "documents" not in tables:
                    raise StoreError(f"{src} is not an Accord database")
                if version > latest:
                    raise StoreError(f"{src} has schema version {version}, newer than this Accord knows "
                                     f"({latest}): upgrade Accord")
                if ok != "ok":
                    raise StoreError(f"{src} is damaged: {ok}")
                backup_conn.backup(conn)
            finally:
                backup_conn.close()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{src} is not an Accord database ({e})") from None
        _wal(conn)


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


# -- PostgreSQL --------------------------------------------------------------------

class Row:
    """A result row read like sqlite3.Row: by position, by column name, ``keys()``."""

    __slots__ = ("_values", "_index")

    def __init__(self, values: Sequence[Any], index: dict[str, int]):
        self._values = tuple(values)
        self._index = index

    def __getitem__(self, key):
        if isinstance(key, str):
            return self._values[self._index[key]]
        return self._values[key]

    def keys(self) -> list[str]:
        return list(self._index)

    def __iter__(self):
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other) -> bool:
        return tuple(self) == tuple(other) if isinstance(other, (Row, tuple)) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._values)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values))!r})"


def _row_factory(cursor):
    index: dict[str, int] = {}
    for i, column in enumerate(cursor.description or []):
        index.setdefault(column.name, i)
    return lambda values: Row(values, index)


_PARAM = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"])*\"|(\?)|(%)")


def _pg_sql(sql: str, cache: dict[str, str] = {}) -> str:
    """``?`` parameters as psycopg's ``%s`` (and a literal ``%`` as ``%%``), outside quoted text."""
    out = cache.get(sql)
    if out is None:
        out = cache[sql] = _PARAM.sub(lambda m: "%s" if m.group(1) else "%%" if m.group(2) else m.group(0), sql)
    return out


def _params(args: Sequence[Any]) -> tuple:
    """PostgreSQL text cannot hold NUL: a NUL in a value becomes U+FFFD (so a name holding one finds nothing)."""
    return tuple(a.replace("\x00", "\ufffd") if isinstance(a, str) and "\x00" in a else a for a in args)


class PostgresConnection:
    """A pooled psycopg connection that speaks the store's SQL (``?`` parameters, rows by name)."""

    def __init__(self, raw, backend: "PostgreSQL"):
        self.raw = raw
        self.backend = backend

    def execute(self, sql: str, args: Sequence[Any] | None = None):
        if args is None or len(args) == 0:
            return self.raw.execute(sql) if "?" not in sql else self.raw.execute(_pg_sql(sql), ())
        return self.raw.execute(_pg_sql(sql), _params(args))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [_params(r) for r in rows]
        if rows:
            with self.raw.cursor() as cur:
                cur.executemany(_pg_sql(sql), rows)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self.backend.release(self)


class PostgreSQL(Backend):
    name = "postgres"
    _pools: dict[str, Any] = {}
    _migrated: set[str] = set()
    _lock = threading.Lock()

    def __init__(self, url: str):
        self.target = url

    @property
    def label(self) -> str:
        parts = urlsplit(self.target)
        if parts.password is None:
            return self.target
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))

    def _pool(self):
        with self._lock:
            pool = self._pools.get(self.target)
            if pool is None:
                from psycopg_pool import ConnectionPool

                size = int(os.environ.get("ACCORD_PG_POOL", "8"))
                pool = ConnectionPool(self.target, min_size=1, max_size=max(1, size), open=False,
                                      kwargs={"autocommit": True, "row_factory": _row_factory},
                                      check=ConnectionPool.check_connection, name="accord")
                try:
                    pool.open(wait=True, timeout=10)
                except Exception as e:
                    pool.close()
                    raise StoreError(f"cannot connect to {self.label}: {_reason(e)}") from None
                self._pools[self.target] = pool
            return pool

    def known_current(self) -> bool:
        return self.target in self._migrated

    def remember_current(self) -> None:
        self._migrated.add(self.target)

    def connect(self, create: bool = True) -> PostgresConnection:
        pool = self._pool()
        try:
            raw = pool.getconn(timeout=30)
        except Exception as e:
            raise StoreError(f"cannot connect to {self.label}: {_reason(e)}") from None
        conn = PostgresConnection(raw, self)
        if not create and self.schema_version(conn) == 0:
            self.release(conn)
            raise StoreError(f"no Accord database at {self.label} (run `accord migrate` or `accord ingest` first)")
        return conn

    def release(self, conn: PostgresConnection) -> None:
        pool = self._pools.get(self.target)
        if conn.raw is None:
            return
        raw, conn.raw = conn.raw, None
        if pool is not None and not pool.closed:
            pool.putconn(raw)
        else:
            raw.close()

    @classmethod
    def close_pool(cls, url: str) -> None:
        """Close the pool of one database (before it is dropped or used as a template)."""
        with cls._lock:
            pool = cls._pools.pop(url, None)
            cls._migrated.discard(url)
        if pool is not None:
            pool.close()

    @classmethod
    def close_all(cls) -> None:
        """Close every pool (tests drop their databases after this)."""
        with cls._lock:
            for pool in cls._pools.values():
                pool.close()
            cls._pools.clear()
            cls._migrated.clear()

    # schema
    def schema_version(self, conn) -> int:
        if conn.execute("SELECT to_regclass('accord_schema')").fetchone()[0] is None:
            return 0
        row = conn.execute("SELECT version FROM accord_schema").fetchone()
        return row[0] if row else 0

    def set_schema_version(self, conn, version: int) -> None:
        conn.execute("CREATE TABLE IF NOT EXISTS accord_schema (version INTEGER NOT NULL)")
        conn.execute("DELETE FROM accord_schema")
        conn.execute("INSERT INTO accord_schema (version) VALUES (?)", (int(version),))

    def run_script(self, conn, script: str) -> None:
        conn.raw.execute(script)

    def create_views_table(self, conn) -> None:
        conn.raw.execute("SELECT pg_advisory_lock(%s)", (WRITE_LOCK,))  # CREATE IF NOT EXISTS races on PostgreSQL
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS shared_views (name ctext PRIMARY KEY, fingerprint ctext NOT NULL,"
                         " state ctext NOT NULL, value BYTEA, made_at ctext NOT NULL)")
        finally:
            conn.raw.execute("SELECT pg_advisory_unlock(%s)", (WRITE_LOCK,))

    # transactions
    def begin(self, conn) -> None:
        conn.raw.execute("BEGIN")
        conn.raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))

    # SQL fragments
    def json_contains(self, column: str) -> str:
        return f"(CAST({column} AS jsonb) @> jsonb_build_array(CAST(? AS text)))"

    def same_text(self, expr: str) -> str:
        return f"lower({expr}) = lower(?)"

    def tables(self, conn) -> list[str]:
        return [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            " AND tablename NOT IN ('accord_schema', 'shared_views') ORDER BY tablename")]

    # search: a tsvector column (text weighted A, what it pledges B) with a GIN index,
    # websearch_to_tsquery for words and "phrases", to_tsquery for word* prefixes, ts_rank_cd to rank
    def search_sql(self, columns: str, joins: str, where: str, terms: list[tuple[list[str], bool]]):
        plain = " ".join('"' + " ".join(w) + '"' if len(w) > 1 else w[0] for w, prefix in terms if not prefix)
        prefixed = " & ".join(" <-> ".join(w) + ":*" for w, prefix in terms if prefix)
        parts, args = [], []
        if plain:
            parts.append("websearch_to_tsquery('accord', ?)")
            args.append(plain)
        if prefixed:
            parts.append("to_tsquery('accord', ?)")
            args.append(prefixed)
        sql = (f"SELECT {columns}, ts_rank_cd(s.search, q.query) AS score,"
               f" ts_headline('accord', s.text, q.query,"
               f" 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', HighlightAll=true') AS marked"
               f" FROM (SELECT {' && '.join(parts)} AS query) q JOIN statements s ON s.search @@ q.query {joins}"
               f" WHERE {where}"
               f" ORDER BY strpos(lower(s.text), ?) > 0 DESC, score DESC, s.pk")
        return sql, args

    @property
    def search_errors(self) -> tuple:
        import psycopg

        return (psycopg.errors.SyntaxError, psycopg.errors.DataException)

    def backup(self, conn, dest: Path) -> Path:
        """``pg_dump`` in its custom format, replacing ``dest`` only when complete."""
        tmp = dest.with_name(dest.name + ".partial")
        tmp.unlink(missing_ok=True)
        _run_pg_tool("pg_dump", ["--format=custom", "--no-owner", f"--file={tmp}", f"--dbname={self.target}"])
        os.replace(tmp, dest)
        return dest

    def restore(self, conn, src: Path, latest: int) -> None:
        _run_pg_tool("pg_restore", ["--list", str(src)])  # refuses what is not a pg_dump archive
        _run_pg_tool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction",
                                    f"--dbname={self.target}", str(src)])
        self._migrated.discard(self.target)


def _reason(e: Exception) -> str:
    return " ".join(str(e).split()) or type(e).__name__


def _run_pg_tool(tool: str, args: list[str]) -> None:
    exe = shutil.which(tool) or next(iter(sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{tool}"), reverse=True)),
                                     None)
    if exe is None:
        raise StoreError(f"{tool} is not installed (apt-get install postgresql-client)")
    done = subprocess.run([str(exe), *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise StoreError(f"{tool} failed: {' '.join(done.stderr.split())[:300]}")
