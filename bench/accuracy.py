"""Accuracy beside speed: the perturbation suite, the shared corpus, and real pages when they are at hand.

The perturbation suite ships with the tests (tests/extraction/fixtures); the shared corpus
is read where ../shared exists; real pages are never in the repository, so they are scored
only when ACCORD_REAL_PAGES names a folder of them (eval/README.md says how to make one).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from common import REPO

SUITE = REPO / "tests" / "extraction" / "fixtures" / "perturbations.yaml"
SHARED = REPO.parent / "shared"


def measure() -> dict:
    from accord.evaluation import load_cases, score_suite
    from accord.pipeline import Pipeline
    from accord.records import Document, document_id

    cases = load_cases(SUITE)
    pipe = Pipeline()
    records = [pipe.extract(Document(id=document_id(c.text), source=f"{c.id}.txt", text=c.text.strip())) for c in cases]
    out = {"suite": {k: (v.acts.f1, v.commitments.f1, v.acts.tp + v.acts.fn) for k, v in score_suite(cases, records).items()}}
    if (SHARED / "tools" / "score.py").exists():
        inputs = [*sorted((SHARED / "seed").glob("*.txt")), *sorted((SHARED / "corpus").glob("*.txt")),
                  *sorted((SHARED / "corpus").glob("*.html"))]
        golds = [*sorted((SHARED / "gold").glob("*.json")), *sorted((SHARED / "corpus").glob("*.json"))]
        out["corpus"] = _scored(inputs, golds)
    real = os.environ.get("ACCORD_REAL_PAGES")
    if real and Path(real).is_dir():
        pages = {p.stem: p for p in Path(real).iterdir() if p.suffix in (".txt", ".html")}
        golds = [g for g in sorted((REPO / "eval" / "real").glob("*.json")) if g.stem in pages]
        out["real"] = _scored([pages[g.stem] for g in golds], golds)
    return out


def _scored(inputs, golds) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        with pred.open("wb") as f:
            subprocess.run([sys.executable, "-m", "accord.cli", "extract", "--format", "json", *map(str, inputs)],
                           stdout=f, stderr=subprocess.DEVNULL, check=False)
        res = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(pred), *map(str, golds), "--json"],
                             capture_output=True, check=True)
    summary = json.loads(res.stdout)["summary"]
    return {k: summary[k]["f1"] for k in summary}


def report(m: dict) -> list[str]:
    lines = ["Perturbation suite (statements we wrote, each reworded; acts F1 / commitments F1 / gold acts):", "",
             "| kind | acts F1 | commitments F1 | acts |", "| --- | --- | --- | --- |"]
    for kind, (acts, commits, n) in m["suite"].items():
        lines.append(f"| {kind} | {acts:.3f} | {commits:.3f} | {n} |")
    for key, label in (("corpus", "Shared corpus (seed and ../shared/corpus)"), ("real", "Real pages (ACCORD_REAL_PAGES)")):
        if key in m:
            s = m[key]
            meeting = " / ".join(f"{f} {s.get('meeting.' + f, 0):.2f}" for f in
                                 ("dialogue", "round", "venue", "format", "parties", "heads"))
            lines += ["", f"{label}: acts F1 {s['acts']:.3f}, commitments F1 {s['commitments']:.3f}, "
                          f"topics F1 {s.get('topics', 0):.3f}; meeting {meeting}"]
        elif key == "real":
            lines += ["", "Real pages: not scored in this run (set ACCORD_REAL_PAGES to a folder of saved pages)."]
    return lines
