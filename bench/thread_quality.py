"""Precision and recall of thread linking on the hand-labelled statement pairs, tuned and held out.

    .venv/bin/python bench/thread_quality.py [--from PATH ...] [--pairs FILE] [--heldout] [--threshold X] [--sweep] [-v]

Reads the statements of ../shared (seed and corpus) unless --from is given,
builds threads and scores every labelled pair: a pair is predicted "same
position" when both statements fall in one thread. ``--heldout`` scores the
pairs never used for tuning (``thread_pairs_heldout.yaml``), over ../shared
and the rounds they come from.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
PAIRS = REPO / "tests" / "tracking" / "fixtures" / "thread_pairs.yaml"
HELDOUT = REPO / "tests" / "tracking" / "fixtures" / "thread_pairs_heldout.yaml"
HELDOUT_FROM = [REPO / "examples" / "kidd-24-2024.txt", REPO / "examples" / "usphl-2plus2-2024.txt",
                REPO / "tests" / "fixtures" / "statements", REPO / "tests" / "web" / "fixtures" / "kidd-27-hostile.txt"]
SHARED = REPO.parent / "shared"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="paths", action="append", help="statements to read (default: ../shared seed + corpus)")
    ap.add_argument("--pairs", default=None)
    ap.add_argument("--heldout", action="store_true", help="score the held-out pairs")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--sweep", action="store_true", help="score a range of thresholds")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the pairs threads get wrong")
    args = ap.parse_args(argv)

    from accord.extract import extract_paths
    from accord.tracking.quality import pair_quality
    from accord.tracking.threads import THRESHOLD, build_threads

    paths = args.paths or [str(SHARED / "seed"), str(SHARED / "corpus"),
                           *(map(str, HELDOUT_FROM) if args.heldout else ())]
    records = [r for r in extract_paths(paths) if not isinstance(r, Exception)]
    pairs = load_pairs(Path(args.pairs) if args.pairs else HELDOUT if args.heldout else PAIRS)
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


def load_pairs(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["pairs"]


def measure() -> dict[str, object]:
    """Both sets, over the statements they come from (for make bench)."""
    from accord.extract import extract_paths
    from accord.tracking.quality import pair_quality
    from accord.tracking.threads import build_threads

    if not (SHARED / "corpus").is_dir():
        return {}
    out = {}
    for name, pairs, extra in (("tuned", PAIRS, ()), ("held-out", HELDOUT, HELDOUT_FROM)):
        paths = [str(SHARED / "seed"), str(SHARED / "corpus"), *map(str, extra)]
        records = [r for r in extract_paths(paths) if not isinstance(r, Exception)]
        out[name] = pair_quality(build_threads(records), records, load_pairs(pairs))
    return out


def report(found: dict) -> list[str]:
    if not found:
        return ["- Skipped: ../shared is not here."]
    lines = []
    for name, q in found.items():
        pos = q.count(True, True) + q.count(True, False)
        lines.append(f"- {name} pairs ({len(q.results)}: {pos} same, {len(q.results) - pos} different"
                     f"{f'; {len(q.unresolved)} not found' if q.unresolved else ''}): precision {q.precision:.3f}, "
                     f"recall {q.recall:.3f}, F1 {q.f1:.3f}.")
    return lines


if __name__ == "__main__":
    sys.exit(main())
