"""Scoring records against keyword gold: how the perturbation suite and benchmarks measure extraction.

A gold act is found in a record when a statement's text holds the act's keywords in
order and the act and actors agree (the rule of ``../shared/tools/score.py``);
commitments are scored the same way with the commitment flag. Figures come out
per group of cases, so a suite can say which kind of rewording costs what.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import yaml

from accord.records import Record

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                         "\u00a0": " "})


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s or "").translate(_QUOTES)).strip().lower()


def has_keywords(text: str, keywords: list[str]) -> bool:
    t, pos = _norm(text), 0
    for k in keywords:
        at = t.find(_norm(k), pos)
        if at < 0:
            return False
        pos = at + len(_norm(k))
    return True


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Tally") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Case:
    id: str
    kind: str
    text: str
    acts: list[dict]
    meeting: dict = field(default_factory=dict)


@dataclass
class Score:
    acts: Tally = field(default_factory=Tally)
    commitments: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)


def load_cases(path: str | Path) -> list[Case]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    return [Case(c["id"], c["kind"], c["text"], c.get("acts") or [], c.get("meeting") or {}) for c in data["cases"]]


def score_record(record: Record, gold: list[dict]) -> Score:
    """Acts and commitments of one record against its gold acts (keywords, act, actors, commitment)."""
    out = Score()
    statements = list(record.statements)
    used: set[int] = set()
    for g in gold:
        hit = next((k for k, s in enumerate(statements) if k not in used and has_keywords(s.text, g["keywords"])
                    and s.act == g["act"] and sorted(s.actors) == sorted(g["actors"])), None)
        if hit is None:
            out.acts.fn += 1
            out.misses.append(f"missed {g['act']} {g['actors']}: {' '.join(g['keywords'])}")
        else:
            used.add(hit)
            out.acts.tp += 1
    # a prediction on a gold clause with another act or actors is counted once, as the miss above
    gold_spans = [k for k, s in enumerate(statements) if k not in used
                  and any(has_keywords(s.text, g["keywords"]) for g in gold)]
    for k, s in enumerate(statements):
        if k not in used and k not in gold_spans:
            out.acts.fp += 1
            out.misses.append(f"extra {s.act} {s.actors}: {s.text[:80]}")
    committed = [s for s in statements if s.commitment]
    matched = set()
    for g in (g for g in gold if g.get("commitment")):
        hit = next((k for k, s in enumerate(committed) if k not in matched and has_keywords(s.text, g["keywords"])
                    and sorted(s.actors) == sorted(g["actors"])), None)
        if hit is None:
            out.commitments.fn += 1
        else:
            matched.add(hit)
            out.commitments.tp += 1
    out.commitments.fp += len(committed) - len(matched)
    return out


def score_suite(cases: Iterable[Case], records: Iterable[Record]) -> dict[str, Score]:
    """Scores by kind of case, and over all cases under "all"."""
    by_kind: dict[str, Score] = {}
    total = Score()
    for case, record in zip(cases, records):
        s = score_record(record, case.acts)
        k = by_kind.setdefault(case.kind, Score())
        for agg in (k, total):
            agg.acts.add(s.acts)
            agg.commitments.add(s.commitments)
            agg.misses.extend(f"{case.id}: {m}" for m in s.misses)
    by_kind["all"] = total
    return by_kind
