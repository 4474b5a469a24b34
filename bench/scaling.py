"""Ingest cost and database size at 1x, 10x and 100x the corpus (copies made distinct)."""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import ACCORD, run, write_copies


def db_size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def ingest(files_dir: Path, db: Path) -> float:
    """`accord ingest --bulk`: the copies are near-duplicates, each a candidate of every other, so tracking is
    built once at the end rather than document by document (the one-document case is bench/record.py's)."""
    t = time.perf_counter()
    res = run([ACCORD, "ingest", "--bulk", "--db", str(db), str(files_dir)])
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
    out = ["`accord ingest --bulk` (extracted and stored, then tracking built once):", "",
           "| scale | documents | ingest time | per document | database size | per document |",
           "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for x in rows:
        out.append(f"| {x['factor']}x | {x['documents']} | {x['seconds']:.1f} s | {x['per_doc_ms']:.0f} ms | "
                   f"{x['db_bytes'] / 1e6:.1f} MB | {x['db_bytes'] / x['documents'] / 1e3:.1f} kB |")
    # Fixed costs (starting Python, loading spaCy) are paid once per ingest, so the average cost per
    # document falls with scale; what must stay flat is the cost of each further document.
    first, last = rows[0], rows[-1]
    mid = rows[1] if len(rows) > 2 else first
    avg_ratio = last["per_doc_ms"] / mid["per_doc_ms"]
    low = (mid["seconds"] - first["seconds"]) / max(1, mid["documents"] - first["documents"])
    high = (last["seconds"] - mid["seconds"]) / max(1, last["documents"] - mid["documents"])
    marginal = high / low if low > 0 else float("nan")
    out.append("")
    out.append(f"- Average cost per document, {last['factor']}x against {mid['factor']}x: {avg_ratio:.2f} "
               f"(it falls as the fixed start-up cost spreads over more documents).")
    out.append(f"- Cost of each further document: {1000 * low:.0f} ms from {first['factor']}x to {mid['factor']}x, "
               f"{1000 * high:.0f} ms from {mid['factor']}x to {last['factor']}x: ratio {marginal:.2f}. "
               f"Goal: flat within 20% — {'met' if marginal <= 1.2 and avg_ratio <= 1.2 else 'NOT met'}.")
    out.append(f"- Database size per document: {rows[1]['db_bytes'] / rows[1]['documents'] / 1e3:.1f} kB at "
               f"{mid['factor']}x, {last['db_bytes'] / last['documents'] / 1e3:.1f} kB at {last['factor']}x.")
    return out
