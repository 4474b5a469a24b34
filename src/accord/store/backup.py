"""Backup and restore: a consistent copy while others read and write (SQLite's online backup API,
or pg_dump on PostgreSQL), and a restore that brings the copy's schema up to date."""
from __future__ import annotations

import os
from pathlib import Path

from accord.store.db import StoreError, latest_version, migrate


def backup(conn, dest: str | os.PathLike) -> Path:
    """Copy the live database to ``dest`` as one self-contained file, replacing it only when complete."""
    return conn.backend.backup(conn, Path(dest))


def restore(conn, src: str | os.PathLike) -> None:
    """Replace the live database's content with a backup, then bring its schema up to date."""
    src = Path(src)
    if not src.is_file():
        raise StoreError(f"no backup at {src}")
    conn.backend.restore(conn, src, latest_version())
    migrate(conn)
