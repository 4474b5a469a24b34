"""Start-up: `accord --help` and `accord extract` of the seed, each from a cold process."""
from __future__ import annotations

import time

from common import ACCORD, REPO, fmt, median_spread, run


def measure(reps: int = 7) -> dict:
    seed = REPO / "examples" / "kidd-14-2018-seed.txt"
    out = {"help": [], "extract": []}
    for _ in range(reps):
        t = time.perf_counter()
        run([ACCORD, "--help"], check=True)
        out["help"].append(time.perf_counter() - t)
        t = time.perf_counter()
        run([ACCORD, "extract", "--format", "json", str(seed)], check=True)
        out["extract"].append(time.perf_counter() - t)
    return out


def report(r: dict) -> list[str]:
    h, e = median_spread(r["help"])[0], median_spread(r["extract"])[0]
    return [
        f"- `accord --help`: {fmt(r['help'], ' s', 3)} — goal < 0.3 s: {'met' if h < 0.3 else 'NOT met'}.",
        f"- `accord extract` of the seed: {fmt(r['extract'], ' s')} — goal < 3 s: {'met' if e < 3 else 'NOT met'}.",
    ]
