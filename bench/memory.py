"""Peak resident memory of `accord extract` on the corpus and of `accord serve` holding 1,000 documents."""
from __future__ import annotations

import resource
import subprocess
import sys

from common import ACCORD, PYTHON, corpus_files, run

PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
        "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def extract_peak_mb() -> float:
    res = run([PYTHON, "-c", PEAK, ACCORD, "extract", "--format", "json", *map(str, corpus_files())], check=True)
    return int(res.stdout.strip()) / 1024


def process_peak_mb(pid: int) -> float:
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) / 1024
    return float("nan")


def children(pid: int) -> list[int]:
    """The processes ``pid`` started (a server's workers), from /proc."""
    import os

    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry))
    return sorted(out)


def report(extract_mb: float, serve_mb: float | None, serve_docs: int | None) -> list[str]:
    out = [f"- `accord extract` on the corpus ({len(corpus_files())} files): peak RSS {extract_mb:.0f} MB — "
           f"goal < 400 MB: {'met' if extract_mb < 400 else 'NOT met'}."]
    if serve_mb is not None:
        out.append(f"- `accord serve` holding {serve_docs} documents, after the load test: peak RSS {serve_mb:.0f} MB.")
    return out
