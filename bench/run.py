"""`make bench`: every benchmark in one run, written to docs/benchmarks.md.

Figures are medians and spreads measured side by side in this run; this
machine is shared and noisy, so compare ratios rather than absolute rates.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402
import backends  # noqa: E402
import crawl  # noqa: E402
import extraction  # noqa: E402
import memory  # noqa: E402
import record  # noqa: E402
import scaling  # noqa: E402
import startup  # noqa: E402
import thread_quality  # noqa: E402
import web  # noqa: E402
from common import REPO, machine  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer repetitions and smaller scales (a smoke run)")
    ap.add_argument("--out", default=str(REPO / "docs" / "benchmarks.md"))
    args = ap.parse_args(argv)
    quick = args.quick
    t0 = time.time()
    m = machine()
    sections: list[tuple[str, list[str]]] = []

    def step(title, fn):
        print(f"== {title}", flush=True)
        t = time.time()
        lines = fn()
        print("\n".join(lines), f"\n   ({time.time() - t:.0f} s)", flush=True)
        sections.append((title, lines))

    step("Extraction throughput", lambda: extraction.report(extraction.measure(min_docs=60 if quick else 200,
                                                                                reps=2 if quick else 3)))
    step("Accuracy", lambda: accuracy.report(accuracy.measure()))
    step("Start-up", lambda: startup.report(startup.measure(reps=3 if quick else 7)))
    with tempfile.TemporaryDirectory() as tmp:
        db_docs = 100 if quick else 1000
        db = scaling.build_db(db_docs, Path(tmp) / "web")
        from accord.store import Store

        with Store.open(db) as s:
            n_docs = s.document_count()
        extract_mb = memory.extract_peak_mb()
        server = web.Server(db)
        try:
            result = web.load(server, web.targets(server), requests=300 if quick else 2000,
                              concurrency=4)
            serve_mb = memory.process_peak_mb(server.proc.pid)
        finally:
            server.stop()
        sections.append(("Memory", memory.report(extract_mb, serve_mb, n_docs)))
        print("\n".join(sections[-1][1]), flush=True)
        sections.append(("Web latency", web.report(result, n_docs)))
        print("\n".join(sections[-1][1]), flush=True)
    def at_scale() -> list[str]:
        documents, statements = (600, 12_000) if quick else (5000, 100_000)
        db, info = record.cached_record(documents, statements, log=lambda m: print(m, flush=True))
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "record.db"
            shutil.copy(db, copy)
            ingest = record.ingest_one(copy, documents, statements)
            result = record.measure_web(copy, requests=800 if quick else 4000, seconds=120 if quick else 300)
        return record.report(info, ingest, result, record.thread_truth(600, 12_000))

    step("The record at scale (generated)", at_scale)
    step("Thread linking, tuned and held out", lambda: thread_quality.report(thread_quality.measure()))
    step("SQLite and PostgreSQL", lambda: backends.report(backends.measure(factor=1 if quick else 4,
                                                                           requests=150 if quick else 600)))
    step("Crawl: web archives to records", lambda: crawl.run_all(quick))
    step("Scaling of ingest", lambda: scaling.report(scaling.measure((1, 3, 10) if quick else (1, 10, 100))))

    lines = ["# Accord benchmarks", "",
             "Written by `make bench` (`bench/run.py`); do not edit by hand.", "",
             f"Run {m['date']} on {m['nproc']} cores, {m['memory']}, Python {m['python']} ({m['platform']}); "
             f"load average at start {m['load']}. Total {time.time() - t0:.0f} s"
             + (" (quick run)." if quick else "."), ""]
    for title, body in sections:
        lines += [f"## {title}", "", *body, ""]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
