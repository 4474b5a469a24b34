"""`accord extract` as a user runs it: files, directories, stdin, bad input, JSON Lines."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ACCORD = [sys.executable, "-m", "accord.cli"]


def run(*args, stdin: bytes | None = None, env=None):
    return subprocess.run([*ACCORD, *args], input=stdin, capture_output=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    d = tmp_path_factory.mktemp("batch")
    (d / "seed.txt").write_bytes((FIXTURES / "seed-kidd-14.txt").read_bytes())
    (d / "empty.txt").write_bytes(b"")
    (d / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (d / "weather.txt").write_text("Rain is expected in the north this afternoon, with sun later in the week.\n")
    return d, run("extract", "--format", "json", str(d))


def test_json_lines_have_the_record_format_shape(batch):
    _, res = batch
    lines = [json.loads(l) for l in res.stdout.decode().splitlines()]
    assert len(lines) == 1
    rec = lines[0]
    assert set(rec) >= {"document", "meeting", "statements", "milestones"}
    assert set(rec["document"]) >= {"id", "source", "title", "published", "kind", "text"}
    assert set(rec["meeting"]) >= {"dialogue", "acronym", "round", "start", "end", "date_basis", "venue",
                                   "format", "parties", "heads", "sessions"}
    st = rec["statements"][0]
    assert set(st) >= {"id", "start", "end", "text", "actors", "act", "commitment", "content", "condition",
                       "topics", "session", "milestone", "reported_by"}
    assert st["id"].startswith(rec["document"]["id"] + ":")


def test_each_bad_file_gets_one_line_naming_it_and_the_batch_goes_on(batch):
    d, res = batch
    errors = res.stderr.decode().strip().splitlines()
    assert len(errors) == 3
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("picture.txt" in e and "binary" in e for e in errors)
    assert any("weather.txt" in e and "no dialogue" in e for e in errors)
    assert res.returncode == 1


def test_stdin_is_read_with_a_dash():
    res = run("extract", "--format", "json", "-", stdin=(FIXTURES / "seed-kidd-14.txt").read_bytes())
    assert res.returncode == 0
    rec = json.loads(res.stdout)
    assert rec["document"]["source"] == "<stdin>" and rec["meeting"]["round"] == 14


def test_nothing_extracted_exits_3_and_help_documents_the_codes(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run("extract", str(tmp_path / "empty.txt")).returncode == 3
    help_text = run("extract", "--help").stdout.decode()
    assert "Exit codes" in help_text and "3" in help_text


def test_the_table_view_shows_meeting_heads_and_acts():
    out = run("extract", str(FIXTURES / "seed-kidd-14.txt"), env={"COLUMNS": "200", "PATH": ""}).stdout.decode()
    assert "Korea-U.S. Integrated Defense Dialogue" in out and "Roberta Shea" in out and "Acts of record" in out


def test_a_deployment_can_replace_the_topic_list(tmp_path, batch):
    (tmp_path / "topics.yaml").write_text("fallback: misc\ntopics:\n  deterrence: ['deterr\\w+']\n")
    res = run("extract", "--format", "json", "--knowledge", str(tmp_path), str(FIXTURES / "seed-kidd-14.txt"))
    topics = {t for s in json.loads(res.stdout)["statements"] for t in s["topics"]}
    assert topics <= {"deterrence", "misc", "alliance_coordination"} and "deterrence" in topics


def test_a_lossy_decode_is_reported_on_stderr_with_the_file_name(tmp_path):
    seed = (FIXTURES / "seed-kidd-14.txt").read_bytes()
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(seed[:300] + b"\xfe\xfe" + seed[300:])
    res = run("extract", "--format", "json", str(damaged))
    assert res.returncode == 0
    assert f"{damaged}: warning: not valid UTF-8: 2 invalid byte sequences" in res.stderr.decode()
    rec = json.loads(res.stdout)
    assert rec["meeting"]["venue"] == "Seoul" and "\u2019" in rec["document"]["text"]


def test_a_bug_met_on_one_file_names_that_file_and_the_batch_goes_on(tmp_path, monkeypatch):
    from accord.extract import ExtractError, extract_paths
    from accord.pipeline import Pipeline

    finish = Pipeline._finish

    def flaky(self, p, ps):
        if "Bergen" in p.doc.text:
            raise KeyError("a stage tripped")
        return finish(self, p, ps)

    monkeypatch.setattr(Pipeline, "_finish", flaky)
    for name, city in (("a.txt", "Oslo"), ("b.txt", "Bergen"), ("c.txt", "Arica")):
        (tmp_path / name).write_text(f"Norway and Chile held their 9th Defence Dialogue in {city} on 14 May 2027. "
                                     "Both navies agreed to drill together.\n")
    out = list(extract_paths([str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")]))
    assert [type(r).__name__ for r in out] == ["Record", "ExtractError", "Record"]
    assert isinstance(out[1], ExtractError) and out[1].source.endswith("b.txt") and "a stage tripped" in out[1].reason
