"""Ingest cost and database size at 1x, 10x and 100x the corpus (copies made distinct)."""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import ACCORD, run, write_copies


def db_size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def ingest(files_dir: Path, db: Path) -> float:
    t = time.perf_counter()
    res = run([ACCORD, "ingest", "--db", str(db), str(files_dir)])
    if res.returncode not in (0, 1):
        raise RuntimeError(res.stderr[-2000:])
    return time.perf_counter() - t


def measure(factors=(1, 10, 100), keep: Path | None = None) -> dict:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for f in factors:
            d = Path(tmp) / f"x{f}"
            files = write_copies(d / "in", f)
            db = d / "accord.db"
            secs = ingest(d / "in", db)
            rows.append({"factor": f, "documents": len(files), "seconds": secs,
                         "per_doc_ms": 1000 * secs / len(files), "db_bytes": db_size(db)})
    return {"rows": rows}


def build_db(n_docs: int, dest: Path) -> Path:
    """A database of about ``n_docs`` distinct documents, for the web and memory benchmarks."""
    from common import corpus_files

    factor = max(1, round(n_docs / len(corpus_files())))
    write_copies(dest / "in", factor)
    db = dest / "accord.db"
    ingest(dest / "in", db)
    return db


def report(r: dict) -> list[str]:
    rows = r["rows"]
    out = ["| scale | documents | ingest time | per document | database size | per document |",
           "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for x in rows:
        out.append(f"| {x['factor']}x | {x['documents']} | {x['seconds']:.1f} s | {x['per_doc_ms']:.0f} ms | "
                   f"{x['db_bytes'] / 1e6:.1f} MB | {x['db_bytes'] / x['documents'] / 1e3:.1f} kB |")
    # the 1x run pays the model load on few documents; flatness is judged from 10x to 100x and 1x to 100x
    first, last = rows[0], rows[-1]
    mid = rows[1] if len(rows) > 2 else first
    ratio = last["per_doc_ms"] / mid["per_doc_ms"]
    ratio1 = last["per_doc_ms"] / first["per_doc_ms"]
    out.append("")
    out.append(f"- Cost per document, {last['factor']}x against {mid['factor']}x: {ratio:.2f}; "
               f"against {first['factor']}x: {ratio1:.2f} (the 1x run includes loading spaCy, about a second, "
               f"spread over {first['documents']} documents). Goal: flat within 20% — "
               f"{'met' if abs(ratio - 1) <= 0.2 else 'NOT met'} from {mid['factor']}x to {last['factor']}x.")
    return out
