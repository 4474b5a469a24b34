"""The tracking commands, on hand-made records anywhere and on the shared corpus and the store where present."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO, shared_or_skip


@pytest.fixture
def from_records(monkeypatch):
    """Make `--from PATH` yield the given records instead of reading files."""
    def use(records):
        import accord.tracking.source as source

        monkeypatch.setattr(source, "extract_records", lambda paths, on_error=None: list(records))
    return use


def test_threads_thread_milestones_conditions_brief(accord, from_records, kidd_rounds, tmp_path):
    from_records(kidd_rounds)
    r = accord("threads", "--from", "x", "--dialogue", "KIDD", "--format", "json")
    assert r.exit_code == 0, r.output
    threads = json.loads(r.stdout)
    goal = next(t for t in threads if "denuclearization" in t["topics"] and len(t["appearances"]) == 5)
    assert goal["first"] == "KIDD-13"

    r = accord("threads", "--from", "x", "--topic", "denuclearization")
    assert r.exit_code == 0 and goal["id"] in r.stdout

    r = accord("thread", goal["id"], "--from", "x")
    assert r.exit_code == 0 and "significant: object of denuclearization" in r.stdout
    assert accord("thread", "nope", "--from", "x").exit_code == 1

    r = accord("milestones", "--from", "x", "--format", "json", "--today", "2020-01-01")
    assert r.exit_code == 0 and json.loads(r.stdout) == []
    assert accord("milestones", "--from", "x", "--today", "someday").exit_code == 2

    r = accord("conditions", "--from", "x", "--name", "opcon", "--format", "json")
    assert r.exit_code == 0
    assert [c["id"] for c in json.loads(r.stdout)] == ["opcon", "opcon-1", "opcon-2", "opcon-3"]

    out = tmp_path / "brief.html"
    r = accord("brief", "KIDD", "--from", "x", "--format", "html", "--out", out, "--today", "2020-01-15")
    assert r.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    r = accord("brief", "KIDD", "--from", "x")
    assert r.exit_code == 0 and r.stdout.startswith("# Pre-meeting brief")
    assert accord("brief", "NOPE", "--from", "x").exit_code == 1


def test_without_a_database_the_commands_say_what_to_do(accord, tmp_path):
    r = accord("threads", "--db", tmp_path / "none.db")
    assert r.exit_code == 1 and "--from PATH" in r.stderr


def test_tracking_reads_the_store(accord, corpus_db):
    r = accord("threads", "--db", corpus_db, "--dialogue", "KIDD", "--format", "json")
    assert r.exit_code == 0, r.output
    threads = json.loads(r.stdout)
    assert any("denuclearization" in t["topics"] and len(t["appearances"]) >= 8 for t in threads)
    r = accord("milestones", "--db", corpus_db, "--status", "met")
    assert r.exit_code == 0 and "met" in r.stdout


def test_threads_from_the_shared_corpus_as_typed():
    corpus = shared_or_skip() / "corpus"
    accord = os.path.join(os.path.dirname(sys.executable), "accord")
    r = subprocess.run([accord, "threads", "--from", str(corpus), "--dialogue", "KIDD", "--format", "json"],
                       capture_output=True, text=True, timeout=300, cwd=REPO)
    assert r.returncode == 0, r.stderr
    assert any(len(t["appearances"]) >= 8 for t in json.loads(r.stdout))


def test_help_does_not_load_tracking():
    code = "import sys, accord.cli; print(any(m.startswith(('accord.tracking', 'rich', 'spacy')) for m in sys.modules))"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert r.stdout.strip() == "False", r.stderr
