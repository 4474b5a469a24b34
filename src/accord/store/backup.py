"""Backup and restore with SQLite's online backup API: a consistent copy while others read and write."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from accord.store.db import StoreError, latest_version, migrate, schema_version


def backup(conn: sqlite3.Connection, dest: str | os.PathLike) -> Path:
    """Copy the live database to ``dest`` as one self-contained file, replacing it only when complete."""
    dest = Path(dest)
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


def restore(conn: sqlite3.Connection, src: str | os.PathLike) -> None:
    """Replace the live database's content with a backup, then bring its schema up to date."""
    src = Path(src)
    if not src.is_file():
        raise StoreError(f"no backup at {src}")
    try:
        backup_conn = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
        try:
            version = schema_version(backup_conn)
            tables = {r[0] for r in backup_conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            ok = backup_conn.execute("PRAGMA quick_check").fetchone()[0]
            if version < 1 or "documents" not in tables:
                raise StoreError(f"{src} is not an Accord database")
            if version > latest_version():
                raise StoreError(f"{src} has schema version {version}, newer than this Accord knows "
                                 f"({latest_version()}): upgrade Accord")
            if ok != "ok":
                raise StoreError(f"{src} is damaged: {ok}")
            backup_conn.backup(conn)
        finally:
            backup_conn.close()
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{src} is not an Accord database ({e})") from None
    conn.execute("PRAGMA journal_mode = WAL")
    migrate(conn)
