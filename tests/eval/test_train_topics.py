"""eval/train_topics.py, the broad-topic model's trainer, on pages and gold of our own."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO, shared_or_skip

PAIRS = [("Norway", "Chile", "NOR", "CHL", "Oslo"), ("Peru", "Norway", "PER", "NOR", "Lima"),
         ("Chile", "Peru", "CHL", "PER", "Santiago"), ("Norway", "Peru", "NOR", "PER", "Bergen"),
         ("Chile", "Norway", "CHL", "NOR", "Arica"), ("Peru", "Chile", "PER", "CHL", "Cusco")]
CLAUSES = [("They reviewed the security picture in the wider region", "discuss",
            ["reviewed", "picture", "region"], ["regional_cooperation"]),
           ("They agreed to expand cooperation between their navies", "agree",
            ["agreed to expand", "navies"], ["alliance_coordination"]),
           ("They expressed concern over piracy and smuggling", "concern",
            ["expressed concern", "piracy"], ["other"])]


def write_page(scratch, real, n, a, b, ca, cb, city):
    name = f"talks-{n}"
    text = (f"{a} and {b} hold defence talks\n\n{a} and {b} held defence policy talks in {city} on 3 May 2026. "
            + ". ".join(c[0] for c in CLAUSES) + ".\n")
    (scratch / f"{name}.txt").write_text(text, encoding="utf-8")
    statements = [{"keywords": kw, "act": act, "actors": sorted([ca, cb]), "topics": topics}
                  for _, act, kw, topics in CLAUSES]
    gold = {"split": "dev", "document": {"source": f"{name}.txt"}, "statements": statements,
            "meeting": {"parties": sorted([ca, cb]), "heads": None}}
    (real / f"{name}.json").write_text(json.dumps(gold), encoding="utf-8")


def test_the_trainer_reports_a_cross_validation_and_writes_a_table_the_tagger_reads(tmp_path):
    shared_or_skip()
    pytest.importorskip("sklearn", reason="the trainer's extra: pip install -e '.[train]'")
    scratch, real = tmp_path / "scratch", tmp_path / "real"
    scratch.mkdir()
    real.mkdir()
    for n, pair in enumerate(PAIRS):
        write_page(scratch, real, n, *pair)
    out = tmp_path / "weights.tsv"
    done = subprocess.run([sys.executable, str(REPO / "eval" / "train_topics.py"), str(scratch), "--gold", str(real),
                           "--out", str(out), "--folds", "2"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "18 statements of 6 pages" in done.stdout and "cross-validation" in done.stdout
    from accord.extraction.topic_model import parse_table

    model = parse_table(out.read_text(encoding="utf-8"), 0.4)
    assert model.topics == ("alliance_coordination", "regional_cooperation", "other")
    regional = model.topics.index("regional_cooperation")
    assert model.weights["region"][regional] > 0 > model.weights["navies"][regional]
