"""Precision and recall of thread linking on the hand-labelled statement pairs.

    .venv/bin/python bench/thread_quality.py [--from PATH ...] [--pairs FILE] [--threshold X] [--sweep] [-v]

Reads the statements of ../shared (seed and corpus) unless --from is given,
builds threads and scores every labelled pair: a pair is predicted "same
position" when both statements fall in one thread.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
PAIRS = REPO / "tests" / "tracking" / "fixtures" / "thread_pairs.yaml"
SHARED = REPO.parent / "shared"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="paths", action="append", help="statements to read (default: ../shared seed + corpus)")
    ap.add_argument("--pairs", default=str(PAIRS))
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--sweep", action="store_true", help="score a range of thresholds")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the pairs threads get wrong")
    args = ap.parse_args(argv)

    from accord.extract import extract_paths
    from accord.tracking.quality import pair_quality
    from accord.tracking.threads import THRESHOLD, build_threads

    paths = args.paths or [str(SHARED / "seed"), str(SHARED / "corpus")]
    records = [r for r in extract_paths(paths) if not isinstance(r, Exception)]
    pairs = yaml.safe_load(Path(args.pairs).read_text(encoding="utf-8"))["pairs"]
    thresholds = [round(0.30 + 0.05 * i, 2) for i in range(9)] if args.sweep else [args.threshold or THRESHOLD]
    for t in thresholds:
        q = pair_quality(build_threads(records, threshold=t), records, pairs)
        pos, neg = q.count(True, True) + q.count(True, False), q.count(False, True) + q.count(False, False)
        print(f"threshold {t:.2f}: {len(q.results)} pairs ({pos} same, {neg} different): "
              f"precision {q.precision:.3f}  recall {q.recall:.3f}  F1 {q.f1:.3f}  "
              f"(TP {q.count(True, True)} FP {q.count(False, True)} FN {q.count(True, False)} TN {q.count(False, False)})")
        for u in q.unresolved:
            print(f"  not found: {u}", file=sys.stderr)
        if args.verbose:
            for r in q.errors():
                print(f"  {'FN' if r.same else 'FP'} {r.why}  [{r.a} / {r.b}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
