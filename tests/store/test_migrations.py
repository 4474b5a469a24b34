"""A database made by an older Accord opens in this one, migrated in place."""
from __future__ import annotations

import sqlite3

import pytest

from accord.store import Store, StoreError
from accord.store import db as store_db


def test_migrations_are_numbered_without_gaps():
    steps = store_db.migrations()
    assert [m.version for m in steps] == list(range(1, len(steps) + 1))
    assert store_db.latest_version() == len(steps) >= 2


def test_a_new_database_has_the_latest_schema_in_wal_mode(tmp_path):
    with Store.open(tmp_path / "a.db") as store:
        assert store.schema_version == store_db.latest_version()
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_version_1_database_is_migrated_when_opened(tmp_path):
    path = tmp_path / "old.db"
    old = store_db.connect(path, upto=1)  # as Accord made it before search existed
    assert store_db.schema_version(old) == 1
    old.execute("INSERT INTO documents (id, source, version, text, content_hash, ingested_at, extracted_at)"
                " VALUES ('00000000000000aa', 'old.txt', 1, 'The two sides pledged to keep extended deterrence.',"
                " 'x', '2020-01-01', '2020-01-01')")
    old.execute("INSERT INTO meetings (document_id, key, acronym, round, start_date, parties)"
                " VALUES ('00000000000000aa', 'KIDD-9', 'KIDD', 9, '2016-04-01', '[\"KOR\", \"USA\"]')")
    old.execute("INSERT INTO statements (id, document_id, ordinal, span_start, span_end, text, act, actors, commitment)"
                " VALUES ('00000000000000aa:0', '00000000000000aa', 0, 0, 49,"
                " 'The two sides pledged to keep extended deterrence', 'commit', '[\"KOR\", \"USA\"]', 1)")
    old.close()

    with Store.open(path) as store:
        assert store.schema_version == store_db.latest_version()
        [hit] = store.search("extended deterrence")  # the search index was built from the old rows
        assert (hit.meeting_key, hit.statement.id) == ("KIDD-9", "00000000000000aa:0")
        assert [m.key for m in store.meetings()] == ["KIDD-9"]


def test_a_database_from_a_newer_accord_is_refused(tmp_path):
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {store_db.latest_version() + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this Accord"):
        Store.open(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database at all, just some words that fill a page " * 40)
    with pytest.raises(StoreError, match="not an Accord database"):
        Store.open(path)


def test_reading_commands_do_not_create_a_database(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        Store.open(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_corrections_made_before_accounts_survive_the_migration(tmp_path):
    path = tmp_path / "v3.db"
    old = store_db.connect(path, upto=3)  # the log as Accord kept it before undo and accounts
    old.execute("INSERT INTO documents (id, source, version, text, content_hash, ingested_at, extracted_at)"
                " VALUES ('00000000000000aa', 'old.txt', 1, 'The two sides pledged to act.', 'x', '2020', '2020')")
    old.execute("INSERT INTO statements (id, document_id, ordinal, span_start, span_end, text, act)"
                " VALUES ('00000000000000aa:0', '00000000000000aa', 0, 0, 28, 'The two sides pledged to act', 'commit')")
    old.execute("INSERT INTO corrections (document_id, statement_id, span_start, span_end, act, action, fields,"
                " before, made_by, made_at, note) VALUES ('00000000000000aa', '00000000000000aa:0', 0, 28, 'note',"
                " 'change', '{\"act\": \"commit\"}', '{\"act\": \"note\"}', 'alice', '2020', 'before accounts')")
    old.close()
    with Store.open(path) as store:
        [c] = store.corrections()
        assert (c.by, c.note, c.fields, c.undoes, c.status) == \
            ("alice", "before accounts", {"act": "commit"}, None, "applied")
        assert store.undo(c.id).undoes == c.id
        assert store.statement("00000000000000aa:0").statement.act == "note"
