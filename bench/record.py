"""The record at scale: the generated 100,000 statements, one more document at a time, and its pages under load.

    .venv/bin/python bench/record.py [--documents N] [--statements N] [--requests N]

The generated record (``accord.synth``) is stored and tracked once and kept
outside the work tree (``.venv/accord-bench/``, ignored by git), keyed by the
generator's arguments and the code that tracks it; a later run copies it.
Measured on a copy:

- ingest of one more document, its tracking update included (the held-back
  documents, one at a time), beside the full rebuild of tracking;
- the web pages at concurrency 16 against ``accord serve --workers 4``: a
  load client bounded in requests and in time, each page type's p50/p95/p99,
  errors, and every worker's peak memory;
- thread linking on the generated record, where each statement's position is
  known (sampled pairs of statements).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from common import REPO

CACHE = REPO / ".venv" / "accord-bench"
HELD_BACK = 15  # documents kept out of the cached record, ingested one by one in the measurement
PAGES = ("overview", "round", "search", "threads", "thread", "commitments", "brief", "api")


def code_hash() -> str:
    """What the cached record depends on besides the generator's arguments."""
    h = hashlib.sha256()
    for sub in ("synth", "tracking", "store"):
        for p in sorted((REPO / "src" / "accord" / sub).rglob("*")):
            if p.is_file() and p.suffix in (".py", ".sql", ".tsv", ".yaml"):
                h.update(p.read_bytes())
    h.update((REPO / "src" / "accord" / "data" / "term_weights.tsv").read_bytes())
    return h.hexdigest()[:12]


def cached_record(documents: int, statements: int, seed: int = 13, log=print) -> tuple[Path, dict]:
    """The stored, tracked record (all but the held-back documents) and what building it took."""
    from accord.store import Store
    from accord.synth import generate

    name = f"record-{documents}-{statements}-{seed}-{code_hash()}"
    db, meta = CACHE / f"{name}.db", CACHE / f"{name}.json"
    if db.exists() and meta.exists():
        return db, json.loads(meta.read_text())
    CACHE.mkdir(parents=True, exist_ok=True)
    records = [x.record for x in generate(documents, statements, seed)][:-HELD_BACK]
    part = db.with_suffix(".part")
    part.unlink(missing_ok=True)
    t = time.perf_counter()
    with Store.open(part) as store:
        for _ in store.ingest_records(records, track=False):
            pass
        stored = time.perf_counter() - t
        log(f"   stored {len(records)} documents in {stored:.0f} s; rebuilding tracking ...")
        t = time.perf_counter()
        store.tracker().rebuild()
        rebuild = time.perf_counter() - t
        counts = dict(zip(("statements", "threads", "links", "milestones"), store.conn.execute(
            "SELECT (SELECT count(*) FROM statements), (SELECT count(*) FROM threads),"
            " (SELECT count(*) FROM track_links), (SELECT count(*) FROM track_milestones)").fetchone()))
    part.rename(db)
    for stale in CACHE.glob(f"record-{documents}-{statements}-{seed}-*"):  # made by older code
        if stale.stem != name:
            stale.unlink()
    info = {"documents": len(records), "store_s": stored, "rebuild_s": rebuild, **counts,
            "size_mb": db.stat().st_size / 1e6}
    meta.write_text(json.dumps(info))
    return db, info


def ingest_one(db: Path, documents: int, statements: int, seed: int = 13) -> list[float]:
    """Seconds to store each held-back document with its tracking update, one at a time."""
    from accord.store import Store
    from accord.synth import generate

    held = [x.record for x in generate(documents, statements, seed)][-HELD_BACK:]
    times = []
    with Store.open(db) as store:
        for rec in held:
            t = time.perf_counter()
            done = list(store.ingest_records([rec]))
            times.append(time.perf_counter() - t)
            assert done[0].status == "added", done
    return times


SEARCH_TERMS = ("extended deterrence", "cyber", "supply chains", "interoperability", "freedom of navigation",
                "disaster relief", "missile defense", "information sharing", "space situational awareness",
                "sanctions", "climate change", "critical infrastructure", "wartime", "exercises", "readiness",
                "industrial", "humanitarian", "stationed forces", "special measures", "asean centrality")


def targets(db: Path) -> dict[str, list[str]]:
    """Many distinct URLs of each page type (rounds, search terms and their pages and facets, threads, pages of
    lists), so the load is not one kept page asked again and again."""
    from accord.store import Store

    rng = random.Random(5)
    with Store.open(db, create=False) as store:
        meetings = store.meetings()
        keys = [m.key for m in rng.sample(meetings, min(200, len(meetings)))]
        threads = [r[0] for r in store.conn.execute("SELECT id FROM threads ORDER BY id")]
        acronyms = sorted({m.acronym for m in meetings if m.acronym})
        topics = [r[0] for r in store.conn.execute("SELECT DISTINCT topic FROM statement_topics ORDER BY topic")]
    q = urllib.parse.quote
    search = [f"/search?q={q(w)}" for w in SEARCH_TERMS] + [f"/search?q={q(w)}&page=2" for w in SEARCH_TERMS[:8]]
    search += ["/search?act=commit", "/search?act=commit&page=3", "/search?commitments=1&page=2"]
    search += [f"/search?q=deterrence&dialogue={q(a)}" for a in rng.sample(acronyms, 8)]
    search += [f"/search?topic={q(t)}" for t in rng.sample(topics, 6)]
    lists = ["", "?status=changed", "?status=dropped", "?status=new", "?page=2", "?page=5", "?q=deterrence"]
    return {
        "overview": ["/", "/?page=2", "/?page=3", "/?page=5", "/?page=8", "/?page=13", "/?page=21"],
        "round": [f"/round/{q(k)}" for k in keys],
        "search": search,
        "threads": [f"/threads{x}" for x in lists] + [f"/threads?dialogue={q(a)}" for a in rng.sample(acronyms, 8)],
        "thread": [f"/thread/{t}" for t in rng.sample(threads, min(100, len(threads)))],
        "commitments": ["/tracker", "/tracker?status=overdue", "/tracker?status=met", "/tracker?status=none",
                        "/tracker?page=3", "/tracker?page=20"] + [f"/tracker?dialogue={q(a)}"
                                                                  for a in rng.sample(acronyms, 8)],
        "brief": [f"/brief/{q(a)}" for a in rng.sample(acronyms, 16)],
        "api": [f"/api/meeting/{q(k)}" for k in keys[:100]] + [f"/api/search?q={q(w)}" for w in SEARCH_TERMS[:10]],
    }


WARM_PASSES = 1  # each URL asked again after the cold pass, answered from the pages the workers keep together


def measure_web(db: Path, requests: int, concurrency: int = 16, workers: int = 4, seconds: float = 300) -> dict:
    """Every URL once, in random order, at ``concurrency`` (cold: each is made, not kept, by the worker that takes
    it); then each asked ``WARM_PASSES`` times more (kept: the workers of one server keep their pages together);
    then the bounded load, counting the answers the server says were kept."""
    import memory
    import web

    load = os.getloadavg()[0]
    server = web.Server(db, ("--workers", str(workers)))
    try:
        pages = targets(db)
        # each worker reads its tracking snapshot (once per change to the database) before anything is timed
        web.load(server, {}, plan=[("snapshot", "/threads?min=100")] * (4 * workers), concurrency=concurrency,
                 seconds=900)
        started = set(memory.children(server.proc.pid))
        everything = [(kind, p) for kind, paths in pages.items() for p in paths]
        random.Random(7).shuffle(everything)
        cold = web.load(server, {}, plan=everything, concurrency=concurrency, seconds=seconds)
        t = time.perf_counter()
        web.load(server, {}, plan=everything * WARM_PASSES, concurrency=concurrency, seconds=seconds)
        warm = time.perf_counter() - t
        result = web.load(server, pages, requests=requests, concurrency=concurrency, seconds=seconds)
        result["warm"] = warm
        result["cold"] = cold
        result["urls"] = {k: len(v) for k, v in pages.items()}
        result["workers_mb"] = [memory.process_peak_mb(pid) for pid in memory.children(server.proc.pid)]
        result["restarted"] = len(started - set(memory.children(server.proc.pid)))  # workers the server replaced
        result["load"] = (load, os.getloadavg()[0])
    finally:
        server.stop()
    return result


def thread_truth(documents: int, statements: int, seed: int = 13, pairs: int = 4000) -> dict:
    """Linking on a slice of the generated record, scored against each statement's known position."""
    from accord.synth import generate
    from accord.tracking.threads import build_threads, thread_index

    items = list(generate(documents, statements, seed))
    truth = {k: v for x in items for k, v in x.positions.items()}
    index = thread_index(build_threads([x.record for x in items]))
    by: dict[str, list[str]] = {}
    for sid, pos in truth.items():
        by.setdefault(pos, []).append(sid)
    rng = random.Random(1)
    ids = sorted(truth)
    tp = fp = fn = 0
    for _ in range(pairs):
        a = rng.choice(ids)
        b = rng.choice(by[truth[a]]) if rng.random() < 0.5 else rng.choice(ids)
        if a == b:
            continue
        same, linked = truth[a] == truth[b], index.get(a) is not None and index.get(a) is index.get(b)
        tp += same and linked
        fp += linked and not same
        fn += same and not linked
    return {"precision": tp / max(1, tp + fp), "recall": tp / max(1, tp + fn), "documents": documents}


def report(info: dict, ingest: list[float], web_result: dict | None, truth: dict | None) -> list[str]:
    from web import pct

    out = [f"- The generated record (`accord.synth`, seed 13): {info['documents'] + HELD_BACK} documents, "
           f"{info['statements']:,} statements stored before the {HELD_BACK} held back; {info['threads']:,} threads, "
           f"{info['links']:,} links, {info['milestones']:,} milestones; database {info['size_mb']:.0f} MB.",
           f"- Ingest of one more document with its tracking update: median {statistics.median(ingest):.2f} s "
           f"(p90 {pct(ingest, 0.9):.2f}, min {min(ingest):.2f}, max {max(ingest):.2f}, n={len(ingest)}) — goal < 1 s: "
           f"{'met' if statistics.median(ingest) < 1 else 'NOT met'}. Full rebuild of tracking "
           f"(`accord track --rebuild`): {info['rebuild_s']:.0f} s; storing the documents without tracking: "
           f"{info['store_s']:.0f} s (both once, when the cached record was made)."]
    if web_result:
        r = web_result
        cold = r["cold"]
        out += [f"- Web: `accord serve --workers 4`, a Python client on the same 2 cores at concurrency "
                f"{r['concurrency']}, over {sum(r['urls'].values())} distinct URLs "
                f"({', '.join(f'{n} {k}' for k, n in r['urls'].items())}); load average "
                f"{r['load'][0]:.1f} before, {r['load'][1]:.1f} after.",
                f"- Cold: every URL once, in random order ({cold['requests']} requests, {len(cold['errors'])} errors"
                f"{' (' + ', '.join(cold['errors'][:5]) + ')' if cold['errors'] else ''}): "
                f"each page made by the worker that takes it (the tracking snapshot read before). Then each URL "
                f"{WARM_PASSES} time{'s' if WARM_PASSES > 1 else ''} more ({r['warm']:.0f} s), answered from the pages the "
                f"workers keep together (until the database changes). Then the load, bounded at {r['requests']} requests and {r['limit']:.0f} s: "
                f"{r['requests'] / r['seconds']:.0f} requests/s, {len(r['errors'])} errors, "
                f"{sum(r['kept'].values())} answered from kept pages; {r['restarted']} workers restarted by the "
                f"server.", "",
                "| page | cold p50 | cold p95 | requests | kept | p50 | p95 | p99 |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        worst = 0.0
        for kind, v in r["latency"].items():
            worst = max(worst, pct(v, 0.95))
            c = cold["latency"].get(kind, [])
            out.append(f"| {kind} | {1000 * pct(c, 0.5):.0f} ms | {1000 * pct(c, 0.95):.0f} ms | {len(v)} | "
                       f"{r['kept'][kind]} | "
                       f"{1000 * pct(v, 0.5):.0f} ms | {1000 * pct(v, 0.95):.0f} ms | {1000 * pct(v, 0.99):.0f} ms |")
        mbs = r["workers_mb"]
        out += ["", f"- Worst page p95 {1000 * worst:.0f} ms — goal < 100 ms: {'met' if worst < 0.1 else 'NOT met'}.",
                f"- Peak memory per worker: {', '.join(f'{m:.0f}' for m in mbs)} MB — goal < 500 MB: "
                f"{'met' if mbs and max(mbs) < 500 else 'NOT met'}."]
    if truth:
        out.append(f"- Thread linking against the generator's positions ({truth['documents']} documents, sampled "
                   f"pairs): precision {truth['precision']:.3f}, recall {truth['recall']:.3f}.")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=5000)
    ap.add_argument("--statements", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=4000)
    args = ap.parse_args(argv)
    db, info = cached_record(args.documents, args.statements)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "record.db"
        shutil.copy(db, copy)
        ingest = ingest_one(copy, args.documents, args.statements)
        result = measure_web(copy, args.requests)
    truth = thread_truth(600, 12_000)
    print("\n".join(report(info, ingest, result, truth)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
