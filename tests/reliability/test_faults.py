"""Faults: kill -9, a full disk, injected I/O errors, two writers, a backup during an ingest.

tests/store/test_kill.py kills one ingest from outside and checks that the next
run finishes. This builds on it (and on its 48 distinct statements): a kill -9
placed inside a transaction, half its rows written; kills from outside at
several points; kills during `accord reextract` after analysts' corrections;
and in every case the database is compared, table by table, with the one the
same work gives without any fault: nothing lost, nothing duplicated, no
correction dropped.
"""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite_only  # reads and damages SQLite files directly

from accord.store import Store
from tests.reliability import dbcheck
from tests.reliability.conftest import accord_cmd
from tests.store.test_kill import _many_statements

HERE = Path(__file__).resolve().parent
WORKER = HERE / "worker.py"
AREA = "faults"
EPOCH = "2000-01-01T00:00:00+00:00"


# -- shared material: 48 statements, and what storing them gives without faults -------------------

@pytest.fixture(scope="module")
def statements(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("statements")
    _many_statements(folder)
    return folder


@pytest.fixture(scope="module")
def reference(tmp_path_factory, statements, pipeline) -> Path:
    """The database an undisturbed ingest of ``statements`` gives."""
    db = tmp_path_factory.mktemp("reference") / "accord.db"
    with Store.open(db) as store:
        results = list(store.ingest_paths([str(statements)], pipeline=lambda: pipeline))
    assert {r.status for r in results} == {"added"}
    return db


def _copy(src: Path, dest: Path) -> Path:
    a, b = sqlite3.connect(src), sqlite3.connect(dest)
    a.backup(b)
    a.close()
    b.close()
    return dest


def _correct(db: Path, positions: list[int]) -> list[str]:
    """Analysts' corrections on the documents at these positions (in reextract's order): a change, a delete
    and an add on each. Returns the ids of the documents corrected."""
    with Store.open(db) as store:
        ids = [r[0] for r in store.conn.execute("SELECT id FROM documents ORDER BY source, version")]
        chosen = [ids[p] for p in positions]
        for doc_id in chosen:
            first, second = store.statements(document_id=doc_id)[:2]
            store.correct(first.statement.id, act="other", commitment=True, by="alice", note="reliability")
            store.delete_statement(second.statement.id, by="bob", note="reliability")
            text = store.document(doc_id).document.text
            end = text.index(".") + 1
            store.add_statement(doc_id, 0, end, "note", ["KOR"], by="carol", topics=["other"])
    return chosen


def _run(cmd: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    """Run to the end (or to its kill -9); then end whatever it forked, and collect its output."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        proc.wait(timeout=timeout)
    finally:
        _killpg(proc)
    out, err = proc.communicate()
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def _killpg(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the process and any worker it forked
    except (ProcessLookupError, PermissionError):
        pass


def _worker(*args) -> list[str]:
    return [sys.executable, str(WORKER), "accord", *map(str, args)]


def _per_document(snap: dict) -> dict[str, list]:
    """The statements of each document, for checking that each stored document is whole."""
    out: dict[str, list] = {}
    for row in snap["statements"]:  # (id, document_id, ...)
        out.setdefault(row[1], []).append(row)
    return out


def _whole(db: Path, reference_db: Path) -> list[str]:
    """Documents of ``db`` whose rows differ from the reference's (each stored document must be whole)."""
    got, want = dbcheck.snapshot(db), dbcheck.snapshot(reference_db)
    wrong = []
    ref_docs = {r[0]: r for r in want["documents"]}
    for r in got["documents"]:
        if ref_docs.get(r[0]) != r:
            wrong.append(f"document {r[0]} differs")
    have, ref = _per_document(got), _per_document(want)
    for doc_id, rows in have.items():
        if rows != ref.get(doc_id):
            wrong.append(f"statements of {doc_id} differ ({len(rows)} vs {len(ref.get(doc_id) or [])})")
    return wrong


# -- kill -9 during ingest ---------------------------------------------------------------------

def test_kill_9_inside_an_ingest_transaction_loses_only_that_document(statements, reference, tmp_path, ledger):
    db = tmp_path / "accord.db"
    killed = _run(_worker("--kill-in", "accord.store.ingest.write_statements:5", "--", "ingest", statements,
                          "--db", db))
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert dbcheck.unsound(db) == []
    assert dbcheck.count(db) == 4  # the fifth was half written when killed: rolled back whole
    assert _whole(db, reference) == []

    rerun = subprocess.run(accord_cmd("ingest", statements, "--db", db), capture_output=True, text=True,
                           timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "Added 44, unchanged 4, failed 0." in rerun.stdout
    assert dbcheck.unsound(db) == []
    assert dbcheck.snapshot(db) == dbcheck.snapshot(reference)
    ledger.case(AREA, "kill -9 inside an ingest transaction (5th document, half its statements written)",
                "integrity ok, 4 whole documents, the 5th absent; the rerun adds 44 and the database equals an "
                "undisturbed ingest", inputs=48, faults=1)


def test_kill_9_from_outside_at_several_points_of_an_ingest(statements, reference, tmp_path, ledger):
    db = tmp_path / "accord.db"
    points = []
    for _ in range(3):
        before = dbcheck.count(db)
        proc = subprocess.Popen(accord_cmd("ingest", statements, "--db", db), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 120
        while dbcheck.count(db) <= before and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        _killpg(proc)
        proc.wait()
        points.append(dbcheck.count(db))
        assert dbcheck.unsound(db) == []
        assert _whole(db, reference) == []
        if points[-1] == 48:
            break
    assert points[0] < 48, "the first ingest must be killed part way"
    rerun = subprocess.run(accord_cmd("ingest", statements, "--db", db), capture_output=True, text=True,
                           timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"Added {48 - points[-1]}, unchanged {points[-1]}, failed 0." in rerun.stdout
    assert dbcheck.snapshot(db) == dbcheck.snapshot(reference)
    ledger.case(AREA, f"kill -9 from outside, {len(points)} times, during ingests of the same 48 files",
                f"killed with {', '.join(map(str, points))} documents stored; each time integrity ok and every "
                f"document whole; the rerun completes and equals an undisturbed ingest",
                inputs=48, faults=len(points))


# -- kill -9 during reextract, after corrections ---------------------------------------------------

@pytest.fixture
def corrected(reference, tmp_path, pipeline):
    """A corrected copy of the reference, and what re-extracting it undisturbed gives."""
    db = _copy(reference, tmp_path / "accord.db")
    corrected_docs = _correct(db, [0, 4, 47])
    with Store.open(db) as store:
        store.conn.execute("UPDATE documents SET extracted_at = ?", (EPOCH,))
    expected = _copy(db, tmp_path / "expected.db")
    with Store.open(expected) as store:
        report = store.reextract(pipeline)
    assert report.applied == 9 and not report.orphans and not report.failed
    return db, expected, corrected_docs


def _corrections_hold(db: Path, docs: list[str]) -> None:
    with Store.open(db) as store:
        log = store.corrections()
        assert len(log) == 9 and {c.status for c in log} == {"applied"}
        for doc_id in docs:
            acts = [h.statement for h in store.statements(document_id=doc_id)]
            assert any(s.act == "other" and s.commitment for s in acts)
            assert any(s.id.startswith(f"{doc_id}:a") and s.act == "note" for s in acts)


def test_kill_9_inside_a_reextract_transaction_keeps_every_correction(corrected, ledger):
    db, expected, docs = corrected
    before = dbcheck.snapshot(db)
    killed = _run(_worker("--kill-in", "accord.store.reextract.write_statements:5", "--", "reextract",
                          "--db", db))
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert dbcheck.unsound(db) == []
    after = dbcheck.snapshot(db)
    assert after["corrections"] == before["corrections"]
    assert after["statements"] == before["statements"]  # re-extraction by the same pipeline changes nothing
    with Store.open(db) as store:
        stamps = [r[0] for r in store.conn.execute("SELECT extracted_at FROM documents ORDER BY source, version")]
    assert all(s != EPOCH for s in stamps[:4]) and all(s == EPOCH for s in stamps[4:])  # the 5th rolled back
    _corrections_hold(db, docs)

    rerun = subprocess.run(accord_cmd("reextract", "--db", db), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "9 corrections applied, 0 orphaned" in rerun.stdout
    assert dbcheck.unsound(db) == []
    assert dbcheck.snapshot(db) == dbcheck.snapshot(expected)
    _corrections_hold(db, docs)
    ledger.case(AREA, "kill -9 inside a reextract transaction (5th document, which has corrections; half its "
                      "statements written)",
                "integrity ok; the 5th document as it was; 9 corrections kept; the rerun applies all 9, orphans "
                "none, and equals an undisturbed reextract", inputs=48, faults=1)


def test_kill_9_from_outside_during_reextract(corrected, ledger):
    db, expected, docs = corrected
    proc = subprocess.Popen(accord_cmd("reextract", "--db", db), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)

    def done() -> int:
        try:
            with dbcheck.connect(db) as conn:
                return conn.execute("SELECT count(*) FROM documents WHERE extracted_at != ?", (EPOCH,)).fetchone()[0]
        except sqlite3.Error:
            return 0

    deadline = time.monotonic() + 120
    while done() == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    _killpg(proc)
    proc.wait()
    at = done()
    assert 0 < at < 48, f"the reextract must be killed part way ({at} of 48 done)"
    assert dbcheck.unsound(db) == []
    _corrections_hold(db, docs)
    rerun = subprocess.run(accord_cmd("reextract", "--db", db), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert dbcheck.snapshot(db) == dbcheck.snapshot(expected)
    _corrections_hold(db, docs)
    ledger.case(AREA, "kill -9 from outside during `accord reextract` (after 9 corrections on 3 documents)",
                f"killed with {at} of 48 documents re-extracted; integrity ok, corrections kept; the rerun "
                f"equals an undisturbed reextract", inputs=48, faults=1)


# -- a full disk -------------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """An 8 MB tmpfs, which fills like a disk; skipped where mounting is not allowed.

    Not 2 MB: an ingest needs room for the write-ahead log, which SQLite lets grow to 1,000 pages (4 MB)
    before it checkpoints, on top of the database (500 KB for the 48 statements)."""
    where = tmp_path / "disk"
    where.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a real full disk needs root to mount a small tmpfs; the injected faults below still run")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(where)], capture_output=True,
                          text=True)
    if made.returncode != 0:
        pytest.skip(f"mount -t tmpfs is not permitted here ({made.stderr.strip()}); the injected faults "
                    "below still run")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _fill(where: Path, leave: int) -> Path:
    st = os.statvfs(where)
    filler = where / "filler"
    with open(filler, "wb") as f:
        f.write(b"\0" * max(0, st.f_bavail * st.f_frsize - leave))
    return filler


def test_a_full_disk_during_ingest_fails_cleanly_and_the_next_run_completes(statements, reference, small_disk,
                                                                           pipeline, ledger):
    db = small_disk / "accord.db"
    first = sorted(statements.iterdir())[:2]
    with Store.open(db) as store:
        list(store.ingest_paths([str(p) for p in first], pipeline=lambda: pipeline))
    before = dbcheck.snapshot(db)
    filler = _fill(small_disk, 96 * 1024)
    full = subprocess.run(accord_cmd("ingest", statements, "--db", db), capture_output=True, text=True,
                          timeout=300)
    assert full.returncode not in (0, 3) and full.returncode > 0, "the ingest must fail, not die or succeed"
    assert dbcheck.unsound(db) == []
    assert _whole(db, reference) == []
    after = dbcheck.snapshot(db)
    stored = dbcheck.count(db)
    for table in before:  # what was there is untouched; what was added is whole
        assert set(before[table]) <= set(after[table]), table
    filler.unlink()
    rerun = subprocess.run(accord_cmd("ingest", statements, "--db", db), capture_output=True, text=True,
                           timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert dbcheck.unsound(db) == []
    assert dbcheck.snapshot(db) == dbcheck.snapshot(reference)
    said = (full.stderr.strip().splitlines() or ["(nothing)"])[-1]
    ledger.case(AREA, "a full disk (8 MB tmpfs, 96 KB left) during `accord ingest` of 48 files",
                f"exit {full.returncode} with {stored - 2} documents added, integrity ok, the 2 stored before "
                f"untouched; last stderr line: {said[:90]!r}; after freeing space the rerun completes",
                inputs=48, faults=1)


NOTE = "why: " + "the source says so. " * 10_000
FAULTS = {
    "sqlite-full": ("SQLite's own 'database or disk is full' (PRAGMA max_page_count reached)", None),
    "injected-full": ("an injected sqlite3.OperationalError('database or disk is full') after half the rows",
                      "full"),
    "injected-enospc": ("an injected OSError(ENOSPC) after half the rows", "oserror"),
}


def _arm(store: Store, monkeypatch, fault: str, module: str) -> None:
    import importlib
    import errno

    if fault == "sqlite-full":
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        return
    mod = importlib.import_module(module)
    real = mod.write_statements

    def faulty(conn, document_id, entries):
        real(conn, document_id, entries[:max(1, len(entries) // 2)])
        if fault == "injected-full":
            raise sqlite3.OperationalError("database or disk is full")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(mod, "write_statements", faulty)


# re-extracting with the same pipeline rewrites rows of the same size, so SQLite's page limit is never reached
COMBINATIONS = [(op, f) for op in ("ingest", "correct", "reextract") for f in FAULTS
                if (op, f) != ("reextract", "sqlite-full")]


@pytest.mark.parametrize("operation, fault", COMBINATIONS)
def test_a_write_that_fails_leaves_the_database_as_it_was(fault, operation, fixture_db, pipeline, monkeypatch,
                                                         ledger):
    from tests.conftest import SHARED, STATEMENTS

    new = SHARED / "corpus" / "kidd-23-2023.txt"
    if not new.is_file():
        new = STATEMENTS.parent.parent / "extraction" / "fixtures" / "seed-kidd-14.txt"
    if operation == "reextract":
        with Store.open(fixture_db) as store:  # a correction for the failed reextract not to lose
            store.correct(store.statements()[0].statement.id, act="other", by="alice")
    before = dbcheck.snapshot(fixture_db)
    store = Store.open(fixture_db)
    try:
        module = {"ingest": "accord.store.ingest", "correct": "accord.store.corrections",
                  "reextract": "accord.store.reextract"}[operation]
        _arm(store, monkeypatch, fault, module)
        with pytest.raises((sqlite3.OperationalError, OSError)) as err:
            if operation == "ingest":
                list(store.ingest_paths([str(new)], pipeline=lambda: pipeline))
            elif operation == "correct":  # a long note: the log must grow past the page limit
                store.correct(store.statements()[1].statement.id, act="concern", by="alice", note=NOTE)
            else:
                store.reextract(pipeline)
        assert not store.conn.in_transaction, "the failed transaction must be rolled back, not left open"
        assert dbcheck.snapshot(fixture_db) == before
        monkeypatch.undo()
        store.conn.execute("PRAGMA max_page_count = 1073741823")
        if operation == "ingest":  # the same store goes on once the fault is gone
            assert [r.status for r in store.ingest_paths([str(new)], pipeline=lambda: pipeline)] == ["added"]
        elif operation == "correct":
            store.correct(store.statements()[1].statement.id, act="concern", by="alice", note=NOTE)
        else:
            assert store.reextract(pipeline).applied == 1
    finally:
        store.close()
    assert dbcheck.unsound(fixture_db) == []
    ledger.case(AREA, f"{FAULTS[fault][0]} during {operation}",
                f"{type(err.value).__name__}: {err.value}; the database unchanged, no transaction left open; "
                f"the same connection succeeds once the fault is gone", faults=1)


@pytest.mark.parametrize("operation", ["ingest", "correct"])
def test_a_full_database_says_it_is_full(operation, fixture_db, pipeline, ledger):
    from tests.conftest import SHARED, STATEMENTS

    new = SHARED / "corpus" / "kidd-23-2023.txt"
    if not new.is_file():
        new = STATEMENTS.parent.parent / "extraction" / "fixtures" / "seed-kidd-14.txt"
    with Store.open(fixture_db) as store:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        with pytest.raises(sqlite3.OperationalError) as err:
            if operation == "ingest":
                list(store.ingest_paths([str(new)], pipeline=lambda: pipeline))
            else:
                store.correct(store.statements()[1].statement.id, act="concern", by="alice", note=NOTE)
    ledger.case(AREA, f"the error a full database gives during {operation} (PRAGMA max_page_count reached)",
                f"{err.value}", faults=1, errors=int("full" not in str(err.value)))
    assert "database or disk is full" in str(err.value)


def test_a_full_disk_is_one_line_on_stderr_not_a_traceback(statements, tmp_path, ledger):
    db = tmp_path / "accord.db"
    res = _run(_worker("--fail-in", "accord.store.ingest.write_statements:3:full", "--", "ingest", statements,
                       "--db", db))
    lines = res.stderr.strip().splitlines()
    ledger.case(AREA, "what `accord ingest` says on a full disk (injected on the 3rd document)",
                f"exit {res.returncode}, {len(lines)} stderr lines, last: {lines[-1][:80] if lines else ''!r}",
                faults=1, errors=int("Traceback" in res.stderr or len(lines) != 1))
    assert res.returncode > 0 and dbcheck.unsound(db) == [] and dbcheck.count(db) == 2
    assert "Traceback" not in res.stderr
    assert len(lines) == 1 and lines[0].startswith("accord: ") and "full" in lines[0]


# -- two writers -------------------------------------------------------------------------------

def test_two_ingests_at_once_end_with_the_union(statements, reference, tmp_path, ledger):
    files = sorted(statements.iterdir())
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, part in ((a, files[:30]), (b, files[18:])):  # 12 statements in both folders
        folder.mkdir()
        for f in part:
            shutil.copy(f, folder / f.name)
    db = tmp_path / "accord.db"  # not there yet: both create and migrate it at once
    procs = [subprocess.Popen(accord_cmd("ingest", folder, "--db", db), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for folder in (a, b)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1] for o in outs]
    assert dbcheck.unsound(db) == []
    without = {"source"}  # the 12 shared texts are stored from whichever folder came first
    assert dbcheck.snapshot(db, without) == dbcheck.snapshot(reference, without)
    with dbcheck.connect(db) as conn:
        assert tuple(conn.execute("SELECT count(*), count(DISTINCT content_hash) FROM documents").fetchone()) == (48, 48)
    ledger.case(AREA, "two `accord ingest` processes at once on one new database (30 + 30 files, 12 in both)",
                "both exit 0; 48 documents, none twice; equal to a single ingest; integrity ok",
                inputs=60, faults=1)


# -- backup while an ingest writes -----------------------------------------------------------------

def test_a_backup_taken_while_an_ingest_writes_is_consistent(statements, reference, tmp_path, pipeline, ledger):
    db = tmp_path / "accord.db"
    Store.open(db).close()
    proc = subprocess.Popen(accord_cmd("ingest", statements, "--db", db), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    backups = []
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        with Store.open(db) as store:
            backups.append((dbcheck.count(db), store.backup(tmp_path / f"backup-{len(backups)}.db")))
        time.sleep(0.05)
    proc.communicate(timeout=300)
    assert proc.returncode == 0
    counts = []
    for _, path in backups:
        assert dbcheck.unsound(path) == [], path
        assert _whole(path, reference) == [], path
        counts.append(dbcheck.count(path))
    assert counts == sorted(counts) and len(set(counts)) >= 2, f"backups must span the ingest: {counts}"
    middle = next(p for (_, p), n in zip(backups, counts) if 0 < n < 48)
    with Store.open(tmp_path / "restored.db") as store:  # a mid-ingest backup restores, and ingest finishes it
        store.restore(middle)
        results = list(store.ingest_paths([str(statements)], pipeline=lambda: pipeline))
    assert sum(r.status == "added" for r in results) == 48 - dbcheck.count(middle)
    assert dbcheck.snapshot(tmp_path / "restored.db") == dbcheck.snapshot(reference)
    ledger.case("faults", f"{len(backups)} backups taken while `accord ingest` wrote 48 documents",
                f"every backup opens with integrity ok and whole documents ({min(counts)}..{max(counts)}); a "
                f"mid-ingest backup restores and the next ingest completes it", inputs=len(backups), faults=0)
