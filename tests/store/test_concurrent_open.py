"""Several processes opening one new SQLite database at the same moment all get it (two `accord ingest` runs
started together, a server and an ingest): none is turned away with "database is locked"."""
from __future__ import annotations

import multiprocessing as mp
import time

from accord.store.backend import SQLite


def _open_at(path: str, at: float, answers) -> None:
    while time.time() < at:
        pass
    try:
        conn = SQLite(path).connect()
        conn.execute("CREATE TABLE IF NOT EXISTS t (x)")
        conn.close()
        answers.put("")
    except Exception as e:  # noqa: BLE001 - the answer is what the test reads
        answers.put(str(e))


def test_four_processes_opening_one_new_database_at_once_all_open_it(tmp_path):
    refused = []
    for trial in range(20):
        path = str(tmp_path / f"new-{trial}.db")
        answers = mp.Queue()
        at = time.time() + 0.3
        procs = [mp.Process(target=_open_at, args=(path, at, answers)) for _ in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(timeout=120)
        refused += [a for a in (answers.get(timeout=10) for _ in procs) if a]
    assert refused == []
