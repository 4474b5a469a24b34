"""Helpers the benchmarks share: inputs, timing, the machine, distinct copies of the corpus."""
from __future__ import annotations

import datetime as dt
import os
import platform
import re
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
ACCORD = str(REPO / ".venv" / "bin" / "accord")
PYTHON = sys.executable


def corpus_files() -> list[Path]:
    """The shared corpus and seed where present, and always the bundled examples."""
    files = []
    if (SHARED / "corpus").is_dir():
        files += sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "corpus").glob("*.html"))
        files += sorted((SHARED / "seed").glob("*.txt"))
    files += [p for p in sorted((REPO / "examples").iterdir()) if p.suffix in (".txt", ".html")
              and not any(p.read_bytes() == f.read_bytes() for f in files)]
    return files


def median_spread(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def fmt(values: list[float], unit: str = "", digits: int = 2) -> str:
    m, lo, hi = median_spread(values)
    return f"{m:.{digits}f}{unit} (min {lo:.{digits}f}, max {hi:.{digits}f}, n={len(values)})"


def machine() -> dict[str, str]:
    mem = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {
        "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "nproc": str(os.cpu_count()),
        "memory": mem,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


ORDINAL = re.compile(r"\b(\d{1,3})(st|nd|rd|th)\b")


def suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def distinct_copy(text: str, k: int) -> str:
    """The k-th distinct variant of a statement: rounds renumbered, a release number added."""
    if k == 0:
        return text
    out = ORDINAL.sub(lambda m: f"{int(m[1]) + 100 * k}{suffix(int(m[1]) + 100 * k)}", text)
    lines = out.split("\n", 1)
    return lines[0] + f"\n\nRelease No. {k}\n" + (("\n" + lines[1]) if len(lines) > 1 else "")


def write_copies(dest: Path, factor: int) -> list[Path]:
    """The corpus ``factor`` times over as distinct files."""
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(factor):
        for f in corpus_files():
            p = dest / f"{f.stem}-{k:03d}{f.suffix}"
            p.write_text(distinct_copy(f.read_text(encoding="utf-8"), k), encoding="utf-8")
            out.append(p)
    return out


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kw)
