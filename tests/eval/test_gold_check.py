"""eval/check.py, the annotators' check of keyword gold against a scratch page (a page and gold of our own)."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO, shared_or_skip

PAGE = ("Norway and Chile hold naval talks\n\nThe two navies met in Oslo on 3 May. They agreed to hold a joint "
        "exercise in the fjords next spring. Both sides noted the value of cadet exchanges.\n")


def gold(**change):
    meeting = dict.fromkeys(("dialogue", "acronym", "round", "start", "end", "date_basis", "venue", "format"))
    meeting.update(parties=["CHL", "NOR"], heads=[], sessions=[])
    g = {"url": "https://example.org/talks", "site": "example.org", "fetched": "2026-12-05", "how": "test",
         "split": "heldout99", "kind": "news_report", "document": {"source": "page.txt"}, "meeting": meeting,
         "boilerplate": [], "notes": "A short report of naval talks.",
         "statements": [{"keywords": ["met", "Oslo"], "act": "meet", "actors": ["CHL", "NOR"]},
                        {"keywords": ["agreed to hold", "exercise"], "act": "agree", "actors": ["CHL", "NOR"]}]}
    g.update(change)
    return g


def run_check(tmp_path, g):
    shared_or_skip()
    (tmp_path / "real").mkdir()
    (tmp_path / "scratch").mkdir()
    (tmp_path / "scratch" / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "real" / "page.json").write_text(json.dumps(g), encoding="utf-8")
    return subprocess.run([sys.executable, str(REPO / "eval" / "check.py"), str(tmp_path / "scratch"),
                           "--real", str(tmp_path / "real")], capture_output=True, text=True)


def test_a_gold_file_whose_keywords_are_found_in_one_sentence_passes(tmp_path):
    done = run_check(tmp_path, gold())
    assert done.returncode == 0 and done.stdout.startswith("OK   page"), done.stdout


def test_keywords_that_run_on_into_five_page_words_and_a_quoting_note_fail(tmp_path):
    g = gold(notes="They agreed to hold a joint exercise, the page says.")
    g["statements"][1]["keywords"] = ["agreed to hold", "a joint exercise"]
    done = run_check(tmp_path, g)
    assert done.returncode == 1
    assert "notes: copies 5 page words in a row" in done.stdout
    assert "statement 1 ['agreed to hold', 'a joint exercise']: copies 5 page words in a row" in done.stdout


def test_a_keyword_list_not_on_the_page_and_an_unknown_act_fail(tmp_path):
    g = gold()
    g["statements"].append({"keywords": ["condemned", "piracy"], "act": "condemn", "actors": ["NOR"]})
    done = run_check(tmp_path, g)
    assert done.returncode == 1
    assert "act 'condemn' is not one of the list" in done.stdout and "found in 0 sentences, not one" in done.stdout
