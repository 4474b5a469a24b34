"""SQLite and PostgreSQL side by side: ingest documents/s and web p95 per page on the same documents.

PostgreSQL is a throwaway cluster in a temporary directory (as the tests start
it); the team server is measured as a team uses it: accounts on, an API
token on every request, and once more with two server workers.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import web
from common import ACCORD, REPO, write_copies

sys.path.insert(0, str(REPO))


def _ingest(files: Path, db: str) -> float:
    t = time.perf_counter()
    res = subprocess.run([ACCORD, "ingest", "--bulk", "--db", db, str(files)], capture_output=True, text=True)
    if res.returncode not in (0, 1):
        raise RuntimeError(res.stderr[-2000:])
    return time.perf_counter() - t


def _store_only(source_db: str, dest: str) -> tuple[int, float]:
    """Writing already-extracted records: what the backend itself costs per document."""
    from accord.store import Store

    with Store.open(source_db) as src:
        records = list(src.records(all_versions=True))
    with Store.open(dest) as out:
        t = time.perf_counter()
        for _ in out.ingest_records(records, track=False):
            pass
        out.tracker().rebuild()  # once, as `accord ingest --bulk` does
        return len(records), time.perf_counter() - t


def _token(db: str) -> str:
    subprocess.run([ACCORD, "users", "add", "bench", "--role", "reader", "--db", db],
                   input="a bench password\n", capture_output=True, text=True, check=True)
    return subprocess.run([ACCORD, "users", "token", "bench", "--db", db], capture_output=True, text=True,
                          check=True).stdout.strip()


def measure(factor: int = 4, requests: int = 600) -> dict:
    from tests.postgres import Cluster, Unavailable

    try:
        cluster = Cluster().start()
    except Unavailable as e:
        return {"skipped": str(e)}
    out: dict = {"ingest": {}, "store": {}, "web": {}}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            files = write_copies(Path(tmp) / "in", factor)
            targets = {"sqlite": str(Path(tmp) / "accord.db"), "postgres": cluster.create(name="bench")}
            for name, db in targets.items():
                out["ingest"][name] = (len(files), _ingest(Path(tmp) / "in", db))
            for name in targets:
                dest = str(Path(tmp) / "again.db") if name == "sqlite" else cluster.create(name="again")
                out["store"][name] = _store_only(targets["sqlite"], dest)
            token = _token(targets["postgres"])
            runs = {"sqlite": (targets["sqlite"], (), None),
                    "postgres": (targets["postgres"], (), {"authorization": f"Bearer {token}"}),
                    "postgres, 2 workers": (targets["postgres"], ("--workers", "2"),
                                            {"authorization": f"Bearer {token}"})}
            for name, (db, args, headers) in runs.items():
                server = web.Server(db, args, headers)
                try:
                    out["web"][name] = web.load(server, web.targets(server), requests=requests, concurrency=4)
                finally:
                    server.stop()
    finally:
        cluster.stop()
    return out


def report(r: dict) -> list[str]:
    if "skipped" in r:
        return [f"- Skipped: {r['skipped']}."]
    out = ["| backend | documents | ingest (extract + store) | store only (records already extracted) |",
           "| --- | ---: | ---: | ---: |"]
    for name, (n, secs) in r["ingest"].items():
        sn, ss = r["store"][name]
        out.append(f"| {name} | {n} | {n / secs:.1f} documents/s | {sn / ss:.0f} documents/s |")
    out += ["", "| page | " + " | ".join(f"{k} p95" for k in r["web"]) + " |",
            "| --- | " + " | ".join("---:" for _ in r["web"]) + " |"]
    kinds = next(iter(r["web"].values()))["latency"]
    for kind in kinds:
        cells = [f"{1000 * web.pct(res['latency'][kind], 0.95):.0f} ms" for res in r["web"].values()]
        out.append(f"| {kind} | " + " | ".join(cells) + " |")
    out.append("")
    for name, res in r["web"].items():
        out.append(f"- {name}: {res['requests']} requests at concurrency {res['concurrency']}, "
                   f"{res['requests'] / res['seconds']:.0f} requests/s, {len(res['errors'])} errors, "
                   f"first requests (tracking computed) {res['warmup']:.1f} s.")
    out.append("- PostgreSQL is served as a team server (accounts on, an API token checked on every request); "
               "SQLite as the single-user app. Ingest (`accord ingest --bulk`) is mostly extraction, the same on both; "
               "both columns include building tracking once at the end (store/tracked.py), the same Python on both.")
    return out


if __name__ == "__main__":
    for line in report(measure(factor=1, requests=100)):
        print(line)
