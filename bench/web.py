"""Web latency: p50 / p95 / p99 of the main pages and of search, under a bounded load from loopback."""
from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
from pathlib import Path

from common import ACCORD


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`accord serve` in a process; ``headers`` go with every request (a team server's API token)."""

    def __init__(self, db: Path | str, args: tuple[str, ...] = (), headers: dict[str, str] | None = None):
        self.port = free_port()
        self.headers = headers or {}
        self.proc = subprocess.Popen([ACCORD, "serve", "--db", str(db), "--port", str(self.port), *args],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                c.request("GET", "/api/meetings", headers=self.headers)
                if c.getresponse().status == 200:
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("accord serve did not start")

    def get(self, path: str, timeout: float = 30):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        c.request("GET", path, headers=self.headers)
        r = c.getresponse()
        return r.status, r.read()

    def stop(self):
        """The server and its workers (its own process group), however busy they are."""
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()


def targets(server: Server) -> dict[str, list[str]]:
    """The pages to load, from what the database holds."""
    _, body = server.get("/api/meetings")
    meetings = json.loads(body)
    items = meetings["meetings"] if isinstance(meetings, dict) else meetings
    keys = [m["key"] for m in items][:50]
    return {
        "overview": ["/"],
        "round": [f"/round/{urllib.parse.quote(k)}" for k in keys],
        "search": [f"/search?q={urllib.parse.quote(q)}" for q in
                   ("extended deterrence", "denuclearization", "OPCON transition", "Tailored Deterrence Strategy",
                    "sanctions", "cyber")],
        "tracker": ["/tracker"],
        "api search": [f"/api/search?q={urllib.parse.quote(q)}" for q in ("deterrence", "exercises")],
    }


def load(server: Server, pages: dict[str, list[str]], requests: int = 1500, concurrency: int = 8,
         seconds: float = 600, plan: list[tuple[str, str]] | None = None) -> dict:
    """Up to ``requests`` requests from ``concurrency`` clients, stopping after ``seconds`` at the latest.

    With ``plan`` ((kind, path) pairs), exactly those requests, in that order, and no warm-up before them.
    """
    warm_first = plan is None
    if plan is None:
        kinds = [(k, p) for k, paths in pages.items() for p in paths]
        plan = [kinds[i % len(kinds)] for i in range(requests)]
    lat: dict[str, list[float]] = {k: [] for k in dict.fromkeys([*pages, *(k for k, _ in plan)])}
    kept: dict[str, int] = {k: 0 for k in lat}  # answers the server says it kept from an earlier request
    errors = []
    lock = threading.Lock()
    cursor = iter(range(len(plan)))

    stop_at = [float("inf")]

    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        while True:
            with lock:
                i = next(cursor, None) if time.perf_counter() < stop_at[0] else None
            if i is None:
                return
            kind, path = plan[i]
            t = time.perf_counter()
            try:
                conn.request("GET", path, headers=server.headers)
                r = conn.getresponse()
                r.read()
                ok = r.status == 200
                hit = r.getheader("x-accord-kept") == "1"
            except OSError as e:
                ok, hit, conn = False, False, http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
            dt = time.perf_counter() - t
            with lock:
                lat[kind].append(dt)
                kept[kind] += hit
                if not ok:
                    errors.append(path)

    t = time.perf_counter()
    for paths in pages.values() if warm_first else ():  # the first request computes tracking; then it is kept
        for p in paths[:3]:
            server.get(p, timeout=900)
    warmup = time.perf_counter() - t
    t = time.perf_counter()
    stop_at[0] = t + seconds
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return {"requests": sum(len(v) for v in lat.values()), "concurrency": concurrency,
            "seconds": time.perf_counter() - t, "latency": lat, "kept": kept, "errors": errors, "warmup": warmup, "limit": seconds}


def pct(values: list[float], q: float) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, int(round(q * (len(v) - 1))))] if v else float("nan")


def report(r: dict, docs: int) -> list[str]:
    out = [f"- {r['requests']} requests at concurrency {r['concurrency']} from a Python client on loopback, "
           f"{docs} documents in the database: {r['requests'] / r['seconds']:.0f} requests/s, "
           f"{len(r['errors'])} errors. Before the load, the first requests (which compute threads and "
           f"milestones over the whole record, then kept until the database changes) took {r['warmup']:.0f} s.", "",
           "| page | requests | p50 | p95 | p99 |", "| --- | ---: | ---: | ---: | ---: |"]
    worst = 0.0
    for kind, v in r["latency"].items():
        p95 = pct(v, 0.95)
        if kind != "api search":
            worst = max(worst, p95)
        out.append(f"| {kind} | {len(v)} | {1000 * pct(v, 0.5):.0f} ms | {1000 * p95:.0f} ms | {1000 * pct(v, 0.99):.0f} ms |")
    out.append("")
    out.append(f"- Worst page p95 {1000 * worst:.0f} ms — goal < 100 ms: {'met' if worst < 0.1 else 'NOT met'}.")
    return out
