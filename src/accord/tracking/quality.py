"""How well threads link statements, measured against hand-labelled pairs.

A labelled pair names two statements by meeting and text and says whether
they carry the same position. Threads "link" a pair when both statements are
in one thread. Statements are found by their text, not their ids, so the
labels outlive changes in extraction.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from accord.records import Record, Statement
from accord.tracking.rounds import meeting_ref
from accord.tracking.threads import Thread, thread_index


@dataclass
class PairResult:
    same: bool
    linked: bool
    a: str  # statement id, or "?" when the text was not found
    b: str
    why: str = ""


@dataclass
class Quality:
    results: list[PairResult] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)  # labelled texts not found in the records

    def count(self, same: bool, linked: bool) -> int:
        return sum(r.same is same and r.linked is linked for r in self.results)

    @property
    def precision(self) -> float:
        tp, fp = self.count(True, True), self.count(False, True)
        return tp / (tp + fp) if tp + fp else 1.0

    @property
    def recall(self) -> float:
        tp, fn = self.count(True, True), self.count(True, False)
        return tp / (tp + fn) if tp + fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def errors(self) -> list[PairResult]:
        return [r for r in self.results if r.same is not r.linked]


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def find_statement(records: list[Record], meeting: str | None, text: str) -> Statement | None:
    """The statement with this text, preferably at this meeting; near matches allowed."""
    want = _norm(text)
    pool = [(meeting_ref(r).key, s) for r in records for s in r.statements]
    for key, s in pool:
        if _norm(s.text) == want and (meeting is None or key == meeting):
            return s
    words = set(want.split())
    best, best_score = None, 0.0
    for key, s in pool:
        if meeting is not None and key != meeting:
            continue
        other = set(_norm(s.text).split())
        score = len(words & other) / max(len(words | other), 1)
        if score > best_score:
            best, best_score = s, score
    return best if best_score >= 0.8 else None


def pair_quality(threads: list[Thread], records: list[Record], pairs: list[dict]) -> Quality:
    index = thread_index(threads)
    q = Quality()
    for p in pairs:
        found = []
        for side in (p["a"], p["b"]):
            st = find_statement(records, side.get("meeting"), side["text"])
            if st is None:
                q.unresolved.append(f"{side.get('meeting')}: {side['text'][:80]}")
            found.append(st)
        if None in found:
            continue
        a, b = found
        ta, tb = index.get(a.id), index.get(b.id)
        q.results.append(PairResult(bool(p["same"]), ta is not None and ta is tb, a.id, b.id, p.get("why", "")))
    return q
