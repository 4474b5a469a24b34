"""Is a database sound, and what does it hold (comparable between two runs)?"""
from __future__ import annotations

import sqlite3
from pathlib import Path

# Columns that differ between two runs doing the same work: wall-clock stamps and rowids.
VOLATILE = {"ingested_at", "extracted_at", "made_at", "pk", "statement_pk"}
TABLES = ["documents", "meetings", "heads", "sessions", "statements", "milestones", "corrections"]


def connect(db: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    conn.row_factory = sqlite3.Row
    return conn


def unsound(db: str | Path) -> list[str]:
    """What is wrong with the database: damage, broken links, half-written documents, a stale index."""
    out = []
    conn = sqlite3.connect(db, timeout=30)  # writable: FTS5's own check is an INSERT
    try:
        check = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            out.append(f"integrity_check: {check[:5]}")
        fks = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fks:
            out.append(f"foreign_key_check: {len(fks)} rows point nowhere")
        try:
            conn.execute("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as e:
            out.append(f"search index: {e}")
        half = conn.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS"
                            " (SELECT 1 FROM meetings m WHERE m.document_id = d.id)").fetchone()[0]
        if half:
            out.append(f"{half} documents without their meeting (half written)")
    finally:
        conn.close()
    return out


def snapshot(db: str | Path, without: set[str] = frozenset()) -> dict[str, list[tuple]]:
    """Every table's rows without the volatile columns, sorted; topics keyed by statement id."""
    out = {}
    with connect(db) as conn:
        for table in TABLES:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                    if r[1] not in VOLATILE and r[1] not in without]
            rows = conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            out[table] = sorted((tuple(r) for r in rows), key=repr)
        out["statement_topics"] = sorted(tuple(r) for r in conn.execute(
            "SELECT s.id, t.position, t.topic FROM statement_topics t JOIN statements s ON s.pk = t.statement_pk"))
    return out


def count(db: str | Path, table: str = "documents") -> int:
    try:
        with connect(db) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created, or not migrated yet
