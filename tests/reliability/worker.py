"""Subprocesses of the reliability suite, so that what must not hang runs under a timeout.

    python tests/reliability/worker.py accord [OPTIONS] -- ARGS...
        `accord ARGS...`, with faults:
        --vanish PATH, --unreadable PATH: the file is removed, or made
            unreadable, right after the batch lists it and before it reads it.
        --inject: raise the PermissionError that open() would raise, for when
            chmod does not bind (root).
        --kill-in MODULE.FUNCTION:N: on the N-th call of the store's
            write_statements (as MODULE imported it), write half the rows, then
            SIGKILL this process: a kill -9 in the middle of a transaction.
        --fail-in MODULE.FUNCTION:N:full|oserror: there, raise SQLite's
            "database or disk is full", or OSError(ENOSPC), instead.

    python tests/reliability/worker.py budget FILE...
        Read and extract each file in turn; print one JSON line per file with
        the seconds it took and what came of it.
"""
from __future__ import annotations

import errno
import json
import os
import sys
import time
from pathlib import Path


def hooked_expand(real, vanish: set[str], unreadable: set[str], at: int = 1):
    """``expand_paths`` that removes or locks some files once they are listed, before they are read.

    ``at`` is the listing that does it: `accord ingest` lists the files once to
    count them for its progress bar, then again as it reads them (at=2).
    """
    seen: dict[str, int] = {}

    def expand(paths):
        for item in real(paths):
            if isinstance(item, str) and item in vanish | unreadable:
                seen[item] = seen.get(item, 0) + 1
                if seen[item] == at and item in vanish:
                    os.unlink(item)
                if seen[item] == at and item in unreadable:
                    os.chmod(item, 0)
            yield item
    return expand


def injected_open(real_open, unreadable: set[str]):
    """``Path.open`` that refuses the locked files as the kernel would for a non-root user."""
    def open_(self, *args, **kwargs):
        if str(self) in unreadable:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)
    return open_


def fault_in(where: str, fault: str) -> None:
    """Replace ``MODULE.write_statements``: on its N-th call, write half the rows, then the fault."""
    import importlib
    import signal
    import sqlite3

    target, nth = where.rsplit(":", 1)
    module_name, name = target.rsplit(".", 1)
    module = importlib.import_module(module_name)
    real = getattr(module, name)
    calls = 0

    def faulty(conn, document_id, entries):
        nonlocal calls
        calls += 1
        if calls != int(nth):
            return real(conn, document_id, entries)
        real(conn, document_id, entries[:max(1, len(entries) // 2)])
        if fault == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        if fault == "full":
            raise sqlite3.OperationalError("database or disk is full")
        raise OSError(errno.ENOSPC, "No space left on device")

    setattr(module, name, faulty)


def run_accord(argv: list[str]) -> None:
    import accord.reading as reading

    vanish, unreadable, inject = set(), set(), False
    while argv and argv[0] != "--":
        flag = argv.pop(0)
        if flag == "--vanish":
            vanish.add(argv.pop(0))
        elif flag == "--unreadable":
            unreadable.add(argv.pop(0))
        elif flag == "--inject":
            inject = True
        elif flag == "--kill-in":
            fault_in(argv.pop(0), "kill")
        elif flag == "--fail-in":
            where, _, fault = argv.pop(0).rpartition(":")
            fault_in(where, fault)
        else:
            sys.exit(f"worker: unknown option {flag}")
    argv = argv[1:]
    reading.expand_paths = hooked_expand(reading.expand_paths, vanish, unreadable)
    if inject:
        Path.open = injected_open(Path.open, unreadable)
    from accord.cli import main

    sys.argv = ["accord", *argv]  # as the `accord` console script runs it
    main()


def budget(files: list[str]) -> None:
    from accord.pipeline import NotAStatement, Pipeline
    from accord.reading import ReadError, read_path

    pipe = Pipeline()
    pipe.extract(read_path(Path(__file__).parents[1] / "fixtures" / "statements" / "kidd-26-2025.txt"))  # warm
    for f in files:
        start = time.monotonic()
        try:
            rec = pipe.extract(read_path(f))
            outcome = f"record ({len(rec.statements)} statements)"
        except ReadError as e:
            outcome = f"refused: {e.reason}"
        except NotAStatement as e:
            outcome = f"refused: {e}"
        print(json.dumps({"file": f, "seconds": round(time.monotonic() - start, 2), "outcome": outcome}), flush=True)


if __name__ == "__main__":
    command, rest = sys.argv[1], sys.argv[2:]
    if command == "accord":
        run_accord(rest)
    elif command == "budget":
        budget(rest)
    else:
        sys.exit(f"worker: unknown command {command}")
