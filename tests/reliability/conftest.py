"""The reliability suite's ledger, and the report written at the end of a full run.

Tests record what they tried with the ``ledger`` fixture::

    ledger.case("faults", "kill -9 during reextract", "sound database, rerun completes", faults=1)

The cases and each test's outcome are kept in the system's temporary folder, so
``python tests/reliability/report.py -`` shows the last run's report. A test
run leaves the work tree as it found it: only ``make reliability`` (which sets
``ACCORD_WRITE_REPORT=1``) rewrites docs/reliability.md, and only after a run
of every test of tests/reliability.
"""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.reliability import report

HERE = Path(__file__).resolve().parent
PREFIX = "tests/reliability/"


@dataclass
class Entry:
    area: str
    case: str
    outcome: str
    inputs: int = 1
    faults: int = 0
    requests: int = 0
    refused: int = 0
    errors: int = 0
    seconds: float | None = None
    test: str | None = None
    limit: str = ""  # what this machine could not do, for the report's "Not tested on this machine"


@dataclass
class Run:
    entries: list[Entry] = field(default_factory=list)
    tests: dict[str, dict] = field(default_factory=dict)
    collected: set[str] = field(default_factory=set)
    deselected: int = 0
    started: float = field(default_factory=time.monotonic)


RUN = Run()


class Ledger:
    """Records the cases of one test (``test`` is filled in with its node id)."""

    def __init__(self, test: str | None):
        self.test = test

    def case(self, area: str, case: str, outcome: str, **counts) -> Entry:
        entry = Entry(area, case, outcome, test=self.test, **counts)
        RUN.entries.append(entry)
        return entry


@pytest.fixture
def ledger(request) -> Ledger:
    return Ledger(request.node.nodeid)


# -- helpers the test files share ----------------------------------------------------------

def accord_cmd(*args) -> list[str]:
    return [sys.executable, "-c", "from accord.cli import main; main()", *map(str, args)]


def as_nobody() -> list[str] | None:
    """A command prefix that runs as the unprivileged 'nobody' (root ignores file modes), or None."""
    if os.geteuid() != 0:
        return []
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    probe = f"import os, accord.pipeline; open({str(HERE / 'worker.py')!r}).read(); print(os.geteuid())"
    try:  # the checkout, the venv and the model must all be readable by 'nobody' (a CI clone may be 0700)
        ok = subprocess.run([*prefix, sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return prefix if ok.returncode == 0 and ok.stdout.strip() == "65534" else None


# -- the report ------------------------------------------------------------------------

def pytest_collection_modifyitems(session, config, items):
    RUN.collected = {i.nodeid for i in items if i.nodeid.startswith(PREFIX)}


def pytest_deselected(items):
    RUN.deselected += sum(1 for i in items if i.nodeid.startswith(PREFIX))


def pytest_runtest_logreport(report):
    if not report.nodeid.startswith(PREFIX):
        return
    t = RUN.tests.setdefault(report.nodeid, {"outcome": "passed", "reason": "", "seconds": 0.0})
    t["seconds"] = round(t["seconds"] + report.duration, 2)
    if hasattr(report, "wasxfail"):
        if report.skipped:
            t.update(outcome="xfailed", reason=report.wasxfail)
        return
    if report.failed:
        t.update(outcome="failed", reason=str(report.longrepr).strip().splitlines()[-1] if report.longrepr else "")
    elif report.skipped and t["outcome"] != "failed":
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        t.update(outcome="skipped", reason=reason.removeprefix("Skipped: "))


def _complete() -> bool:
    """Did this session run every test of tests/reliability?"""
    files = {f"{PREFIX}{p.name}" for p in HERE.glob("test_*.py")}
    ran_files = {n.split("::")[0] for n in RUN.collected}
    return bool(RUN.collected) and files == ran_files and not RUN.deselected \
        and RUN.collected <= set(RUN.tests)


def pytest_sessionfinish(session, exitstatus):
    if not RUN.tests:
        return
    data = {
        "meta": {
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}",
            "seconds": sum(t["seconds"] for t in RUN.tests.values()),
            "complete": _complete(),
        },
        "cases": [asdict(e) for e in RUN.entries],
        "tests": RUN.tests,
    }
    try:
        report.CACHE_FILE.parent.mkdir(parents=True, exist_ok=True)
        report.CACHE_FILE.write_text(json.dumps(data, indent=1), encoding="utf-8")
    except OSError:
        pass  # a read-only checkout still gets the document below
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if not os.environ.get("ACCORD_WRITE_REPORT"):
        message = "reliability report: `python tests/reliability/report.py -` shows this run's (make reliability writes it)"
    elif data["meta"]["complete"]:
        path = report.write(data)
        message = f"reliability report written to {path.relative_to(report.REPO)}"
    else:
        message = ("reliability report not rewritten (not every test of tests/reliability ran); "
                   "`python tests/reliability/report.py -` shows this run's")
    if reporter:
        reporter.write_line(message)
