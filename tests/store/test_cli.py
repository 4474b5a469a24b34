"""The store's commands as a user types them."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import STATEMENTS


def test_help_stays_fast_and_loads_no_database_or_model():
    code = ("import sys; from accord.cli import app; "
            "print(sorted(m for m in ('sqlite3', 'pyarrow', 'spacy', 'accord.store', 'accord.export') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_session_ingest_list_show_correct_reextract(tmp_path, accord):
    db = tmp_path / "accord.db"
    env = {"ACCORD_DB": str(db)}  # every command finds the database through the environment

    ingested = accord("ingest", STATEMENTS, env=env)
    assert ingested.exit_code == 0
    assert "Added 2, unchanged 0, failed 0." in ingested.stdout

    listed = accord("list", env=env)
    assert listed.exit_code == 0
    for expected in ("KIDD-26", "SCC-2031-03-02", "2025-04-14/15", "Seoul", "Cho Chang-rae (KOR)"):
        assert expected in listed.stdout
    [kidd] = [json.loads(x) for x in accord("list", "--dialogue", "kidd", "--format", "json", env=env).stdout.splitlines()]
    assert (kidd["key"], kidd["round"], kidd["venue"]) == ("KIDD-26", 26, "Seoul")
    assert kidd["acts"] > kidd["commitments"] > 0

    shown = accord("show", "KIDD-26", env=env)
    assert shown.exit_code == 0
    assert "Heads of delegation" in shown.stdout and "Ely Ratner" in shown.stdout
    assert "[0]The Republic of Korea (ROK) Ministry" in shown.stdout  # the text, each act marked by its number

    hit = json.loads(accord("search", "welcomed the progress", "--format", "json", env=env).stdout.splitlines()[0])
    sid = hit["statement"]["id"]
    corrected = accord("correct", sid, "--act", "commit", "--actors", "KOR,USA", "--topics", "exercises_training",
                       "--commitment", "--by", "alice", "--note", "a pledge in substance", env=env)
    assert corrected.exit_code == 0, corrected.stderr
    assert "commit" in corrected.stdout and "exercises_training" in corrected.stdout

    doc = hit["document"]
    start = accord("show", doc, "--no-text", env=env)
    assert start.exit_code == 0 and "KIDD-26" in start.stdout  # a document id works as well as a key
    added = accord("add", doc, "--start", 0, "--end", 66, "--act", "other", "--actors", "KOR,USA", env=env)
    assert added.exit_code == 0, added.stderr
    assert "Joint Statement on the 26th Korea-U.S. Integrated Defense Dialogue" in added.stdout

    again = accord("reextract", env=env)
    assert again.exit_code == 0
    assert "Re-extracted 2 documents" in again.stdout and "2 corrections applied, 0 orphaned" in again.stdout

    after = json.loads(accord("search", "welcomed the progress", "--format", "json", env=env).stdout.splitlines()[0])
    assert (after["statement"]["act"], after["statement"]["commitment"], after["corrected"]) == ("commit", True, True)

    log = accord("corrections", env=env)
    assert "alice" in log.stdout and "a pledge in substance" in log.stdout


def test_commands_report_what_is_wrong_in_one_line(fixture_db, accord, tmp_path):
    missing = accord("list", "--db", tmp_path / "nothing.db")
    assert missing.exit_code == 1 and "no database at" in missing.stderr
    assert not (tmp_path / "nothing.db").exists()
    unknown = accord("show", "KIDD-99", "--db", fixture_db)
    assert unknown.exit_code == 1 and "no meeting or document 'KIDD-99'" in unknown.stderr
    nothing = accord("correct", "KIDD-26:1", "--db", fixture_db)
    assert nothing.exit_code == 2
    both = accord("correct", "KIDD-26:1", "--delete", "--act", "note", "--db", fixture_db)
    assert both.exit_code == 2
    bad = accord("correct", "KIDD-26:1", "--act", "pledge", "--db", fixture_db)
    assert bad.exit_code == 1 and "unknown act 'pledge'" in bad.stderr


def test_delete_from_the_command_line(fixture_db, accord):
    result = accord("correct", "KIDD-26:2", "--delete", "--db", fixture_db)
    assert result.exit_code == 0 and result.stdout.startswith("Deleted ")
    assert "KIDD-26:2" not in accord("show", "KIDD-26", "--db", fixture_db).stdout


def test_backup_and_restore_from_the_command_line(fixture_db, accord, tmp_path):
    copy = tmp_path / "backup.db"
    made = accord("backup", copy, "--db", fixture_db)
    assert made.exit_code == 0 and "2 documents" in made.stdout
    accord("correct", "KIDD-26:2", "--delete", "--db", fixture_db)
    restored = accord("restore", copy, "--db", fixture_db)
    assert restored.exit_code == 0 and "0 corrections" in restored.stdout


def test_a_missed_act_can_be_added_by_its_words(fixture_db, accord):
    added = accord("add", "KIDD-26", "--text", "co-chaired the talks", "--act", "meet", "--actors", "KOR,USA",
                   "--db", fixture_db)
    assert added.exit_code == 0, added.stderr
    assert "co-chaired the talks" in added.stdout
    twice = accord("add", "KIDD-26", "--text", "two sides", "--act", "note", "--actors", "KOR", "--db", fixture_db)
    assert twice.exit_code == 1 and "occurs" in twice.stderr
    neither = accord("add", "KIDD-26", "--act", "note", "--actors", "KOR", "--db", fixture_db)
    assert neither.exit_code == 2


def test_migrate_says_which_schema_the_database_has(fixture_db, accord):
    from accord.store.db import latest_version

    result = accord("migrate", "--db", fixture_db)
    assert result.exit_code == 0 and f"schema version {latest_version()}" in result.stdout


def test_a_bulk_ingest_tracks_once_at_the_end_and_gives_the_threads_of_one_document_at_a_time(tmp_path, accord):
    import sqlite3

    def threads(db):
        with sqlite3.connect(db) as conn:
            return sorted(conn.execute("SELECT statement_id, thread_id FROM thread_members").fetchall())

    one, bulk = tmp_path / "one.db", tmp_path / "bulk.db"
    assert accord("ingest", STATEMENTS, "--db", one).exit_code == 0
    done = accord("ingest", STATEMENTS, "--bulk", "--db", bulk)
    assert done.exit_code == 0 and "Added 2, unchanged 0, failed 0." in done.stdout
    assert threads(bulk) == threads(one) and threads(one)
