"""Backup and restore: a consistent online copy, and a restore that brings back every table."""
from __future__ import annotations

import sqlite3

import pytest

from accord.store import Store, StoreError

pytestmark = pytest.mark.sqlite_only  # reads and damages SQLite files directly


def _tables(path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                        " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    out = {n: sorted(map(tuple, conn.execute(f'SELECT * FROM "{n}"')), key=repr) for n in names}
    out["user_version"] = conn.execute("PRAGMA user_version").fetchall()
    conn.close()
    return out


def _corrected(store):
    s = store.statements(meeting="KIDD-26", act="appreciate")[0].statement
    store.correct(s.id, act="commit", commitment=True, by="alice")
    return s


def test_restore_round_trips_every_table(fixture_store, fixture_db, tmp_path):
    _corrected(fixture_store)
    fixture_store.backup(tmp_path / "backup.db")
    fixture_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    at_backup = _tables(fixture_db)

    s = fixture_store.statements(meeting="SCC-2031-03-02")[0].statement
    fixture_store.delete_statement(s.id)
    fixture_store.conn.execute("DELETE FROM documents WHERE id = ?", (s.id.split(":")[0],))
    assert _tables(fixture_db) != at_backup

    fixture_store.restore(tmp_path / "backup.db")
    fixture_store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _tables(fixture_db) == at_backup  # documents to corrections, and the search index's tables
    assert [h.meeting_key for h in fixture_store.search("China")] == ["SCC-2031-03-02"]


def test_a_backup_is_one_self_contained_file(fixture_store, tmp_path):
    dest = fixture_store.backup(tmp_path / "backup.db")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("backup")) == ["backup.db"]
    assert sqlite3.connect(dest).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Store.open(dest) as copy:
        assert copy.counts() == fixture_store.counts()


def test_a_backup_is_consistent_while_another_writer_is_mid_transaction(fixture_store, fixture_db, tmp_path):
    before = fixture_store.counts()
    writer = sqlite3.connect(fixture_db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM statements")
    try:
        fixture_store.backup(tmp_path / "backup.db")  # sees the last committed state, not the open transaction
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    with Store.open(tmp_path / "backup.db") as copy:
        assert copy.counts() == before


def test_restore_refuses_what_is_not_an_accord_backup(fixture_store, tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)")
    text = tmp_path / "notes.txt"
    text.write_text("hello " * 200)
    before = fixture_store.counts()
    for path, message in ((other, "not an Accord database"), (text, "not an Accord database"),
                          (tmp_path / "missing.db", "no backup")):
        with pytest.raises(StoreError, match=message):
            fixture_store.restore(path)
    assert fixture_store.counts() == before


def test_restoring_an_older_backup_migrates_it(fixture_store, tmp_path):
    from accord.store import db as store_db

    old = tmp_path / "v1.db"
    store_db.connect(old, upto=1).close()
    fixture_store.restore(old)
    assert fixture_store.schema_version == store_db.latest_version()
    assert fixture_store.counts()["documents"] == 0
