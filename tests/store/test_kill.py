"""An ingest killed with SIGKILL leaves a sound database, and the next run finishes the work."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

from tests.conftest import STATEMENTS

COPIES = 24  # of each test statement: 48 documents, three extraction batches


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _many_statements(folder):
    """Distinct statements: each copy names another round (or, without a round, another year)."""
    kidd = (STATEMENTS / "kidd-26-2025.txt").read_text()
    scc = (STATEMENTS / "scc-2031-03-02.txt").read_text()
    for i in range(COPIES):
        (folder / f"kidd-{100 + i}.txt").write_text(kidd.replace("26th", _ordinal(100 + i)))
        (folder / f"scc-{2100 + i}.txt").write_text(scc.replace("2031", str(2100 + i)))
    return 2 * COPIES


def _accord(*args):
    return [sys.executable, "-c", "from accord.cli import main; main()", *map(str, args)]


def _documents(db) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def test_killed_ingest_leaves_a_sound_database_that_the_next_run_completes(tmp_path):
    folder = tmp_path / "statements"
    folder.mkdir()
    total = _many_statements(folder)
    db = tmp_path / "accord.db"

    proc = subprocess.Popen(_accord("ingest", folder, "--db", db), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while _documents(db) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the ingest and any worker it started
        proc.wait()
    stored = _documents(db)
    assert 3 <= stored < total, "the ingest must be killed part way"

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")
        half_written = conn.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM meetings m WHERE m.document_id = d.id)"
            " OR NOT EXISTS (SELECT 1 FROM statements s WHERE s.document_id = d.id)").fetchone()[0]
        assert half_written == 0

    rerun = subprocess.run(_accord("ingest", folder, "--db", db), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"Added {total - stored}, unchanged {stored}, failed 0." in rerun.stdout
    assert _documents(db) == total
