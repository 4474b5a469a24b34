"""Crawl benchmarks: the screen per core (WET and WARC HTML), the archive readers (FastWARC against
warcio), HTML to text (trafilatura through accord.reading against resiliparse), end to end on both
engines, and how time and memory grow from 1,000 to 100,000 pages. Archives are generated (seeded)."""
from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import PYTHON, REPO, SHARED, fmt, median_spread

sys.path.insert(0, str(REPO))

PAGES_PER_ARCHIVE = 2_500


def _sources():
    from accord.crawl import synthetic

    dirs = [REPO / "examples"] + ([SHARED / "corpus"] if (SHARED / "corpus").is_dir() else [])
    return synthetic.statement_sources(dirs)


def _pages(n: int, seed: int = 7):
    from accord.crawl import synthetic

    return synthetic.pages(_sources(), n, seed=seed, statement_pages=min(80, max(4, n * 4 // 1000)))


def write_archives(folder: Path, n: int, kind: str = "warc", seed: int = 7) -> list:
    from accord.crawl import synthetic

    folder.mkdir(parents=True, exist_ok=True)
    items = _pages(n, seed)
    for k, part in enumerate(synthetic.split(items, max(1, n // PAGES_PER_ARCHIVE))):
        synthetic.write_archive(folder / f"crawl-{k:03d}.{kind}.gz", part, kind, seed=k)
    return items


# -- the screen -------------------------------------------------------------------------------

def screen(n: int = 20_000, reps: int = 3) -> dict:
    from accord.crawl import synthetic
    from accord.crawl.screen import Screen

    sc = Screen()
    items = _pages(n)
    html = [p.html.encode() for p in items]
    wet = [synthetic.wet_text(p.html).encode() for p in items]
    out = {"pages": n, "statements": sum(1 for p in items if p.statement)}
    for name, pages in (("wet", wet), ("html", html)):
        rates, kept = [], 0
        for _ in range(reps):
            t = time.perf_counter()
            kept = sum(1 for p in pages if sc.keep(p))
            rates.append(len(pages) / (time.perf_counter() - t))
        out[name] = {"rates": rates, "kept": kept, "kb": sum(map(len, pages)) / len(pages) / 1024}
    return out


# -- readers ----------------------------------------------------------------------------------

def readers(n: int = 10_000, reps: int = 3) -> dict:
    from accord.crawl.readers import Page, read

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        write_archives(Path(tmp), n, "warc")
        files = sorted(Path(tmp).glob("*.warc.gz"))

        def accord_reader():
            return sum(isinstance(x, Page) for f in files for x in read(str(f)))

        def fastwarc_plain():
            from fastwarc.warc import ArchiveIterator, WarcRecordType

            c = 0
            for f in files:
                for r in ArchiveIterator(str(f), record_types=WarcRecordType.response, parse_http=True):
                    r.reader.read()
                    c += 1
            return c

        def warcio_plain():
            from warcio.archiveiterator import ArchiveIterator

            c = 0
            for f in files:
                with open(f, "rb") as fh:
                    for r in ArchiveIterator(fh):
                        if r.rec_type == "response":
                            r.content_stream().read()
                            c += 1
            return c

        for name, fn in (("accord (zlib members + FastWARC)", accord_reader), ("FastWARC alone", fastwarc_plain),
                         ("warcio alone", warcio_plain)):
            rates = []
            for _ in range(reps):
                t = time.perf_counter()
                got = fn()
                rates.append(got / (time.perf_counter() - t))
            out[name] = rates
    return out


# -- HTML to text -----------------------------------------------------------------------------

_WORD = re.compile(r"\w+")


def _quality(text: str, paragraphs: list[str], chrome: list[str]) -> tuple[float, float]:
    """(share of the statement's paragraphs kept, share of chrome lines left in)."""
    flat = " ".join(text.split())
    kept = sum(1 for p in paragraphs if " ".join(p.split())[:120] in flat) / max(1, len(paragraphs))
    leaked = sum(1 for c in chrome if c in flat) / max(1, len(chrome))
    return kept, leaked


def html_to_text(reps: int = 3) -> dict:
    """Both extractors on the statement pages (page chrome around known paragraphs)."""
    from resiliparse.extract.html2text import extract_plain_text

    from accord.crawl import synthetic
    from accord.reading import read_bytes

    srcs = [s for s in _sources() if s.page is None]
    items = [p for p in synthetic.pages(srcs, 1, seed=3, statement_pages=3 * len(srcs)) if p.statement]
    by_name = {s.name: s for s in srcs}
    chrome_of = {}
    for p in items:
        heads = re.findall(r'<li><a href="https://[^"]+/(?:topic|news)/\d+">([^<]+)</a>', p.html)
        chrome_of[p.url] = heads + ["Accept all cookies", "All rights reserved", "Subscribe to our newsletter"]
    extractors = {
        "trafilatura (accord.reading: + boilerplate rules)": lambda h: read_bytes(h, "page.html").text,
        "resiliparse (main content)": lambda h: extract_plain_text(h.decode(), main_content=True),
        "resiliparse (whole page)": lambda h: extract_plain_text(h.decode(), main_content=False),
    }
    out = {"pages": len(items)}
    for name, fn in extractors.items():
        rates, kept, leaked = [], [], []
        for rep in range(reps):
            t = time.perf_counter()
            texts = [fn(p.html.encode()) for p in items]
            rates.append(len(items) / (time.perf_counter() - t))
        for p, text in zip(items, texts):
            k, leak = _quality(text, by_name[p.statement].paragraphs, chrome_of[p.url])
            kept.append(k)
            leaked.append(leak)
        out[name] = {"rates": rates, "kept": sum(kept) / len(kept), "leaked": sum(leaked) / len(leaked),
                     "all_kept": sum(1 for k in kept if k == 1.0)}
    # What matters in the end: the records. Extract each page both ways and compare meeting and acts.
    from accord.crawl.stages import extract, row
    from accord.pipeline import Pipeline

    pipe = Pipeline()
    rows = [row(input="x", type="page", archive="x", offset=k, url=p.url, kind="html", content=p.html.encode())
            for k, p in enumerate(items)]
    got = {}
    for way in ("trafilatura", "resiliparse"):
        got[way] = [json.loads(r["record"]) for r in extract(rows, pipe, way) if r["type"] == "record"]
    same = sum(1 for a, b in zip(got["trafilatura"], got["resiliparse"]) if a["meeting"] == b["meeting"]
               and [(s["act"], s["actors"], s["commitment"]) for s in a["statements"]]
               == [(s["act"], s["actors"], s["commitment"]) for s in b["statements"]])
    out["same_records"] = (same, len(got["trafilatura"]), len(got["resiliparse"]))
    return out


# -- end to end and scaling -------------------------------------------------------------------

_RUN = """
import json, resource, sys, time
from accord.crawl.run import crawl
t = time.perf_counter()
s = crawl([sys.argv[1]], sys.argv[2], engine=sys.argv[3])
secs = time.perf_counter() - t
print(json.dumps({"seconds": secs, "pages": s.pages, "kept": s.kept, "records": s.records, "groups": s.groups,
                  "problems": len(s.problems),
                  # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the forked parent
                  "rss_mb": int(next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]) / 1024,
                  "child_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def crawl_once(n: int, engine: str = "local", kind: str = "warc") -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        items = write_archives(Path(tmp) / "in", n, kind)
        made = time.perf_counter() - t
        res = subprocess.run([PYTHON, "-c", _RUN, str(Path(tmp) / "in"), str(Path(tmp) / "out"), engine],
                             capture_output=True, text=True)
        if res.returncode != 0:
            raise RuntimeError(res.stderr[-3000:])
        out = json.loads(res.stdout.strip().splitlines()[-1])
        out["statements"] = sum(1 for p in items if p.statement)
        out["generate_s"] = made
        out["archive_mb"] = sum(f.stat().st_size for f in (Path(tmp) / "in").iterdir()) / 2**20
        return out


def scaling(sizes=(1_000, 10_000, 100_000)) -> list[dict]:
    return [dict(crawl_once(n), n=n) for n in sizes]


def report(scr: dict, rd: dict, h2t: dict, e2e: dict, scale: list[dict]) -> list[str]:
    wet, html = scr["wet"], scr["html"]
    wet_rate = median_spread(wet["rates"])[0]
    lines = [
        f"Screen (one process = one core) over {scr['pages']:,} generated pages, {scr['statements']} of them statements:",
        "",
        "| input | page size | pages/s per core | kept |",
        "| --- | ---: | ---: | ---: |",
        f"| WET text | {wet['kb']:.1f} KB | {fmt(wet['rates'], digits=0)} | {wet['kept']:,} |",
        f"| WARC HTML (raw, chrome and scripts) | {html['kb']:.1f} KB | {fmt(html['rates'], digits=0)} | {html['kept']:,} |",
        "",
        f"Goal: at least 5,000 WET pages/s per core — {'met' if wet_rate >= 5000 else 'NOT met'} "
        f"({wet_rate:,.0f}). A month of Common Crawl (about 3 billion WET pages) on 100 such cores: "
        f"{3e9 / (wet_rate * 100) / 3600:.1f} h of screening (docs/scale.md has the assumptions).",
        "",
        "Readers (WARC with HTML responses, gzip per record):",
        "",
        "| reader | records/s |",
        "| --- | ---: |",
        *[f"| {name} | {fmt(rates, digits=0)} |" for name, rates in rd.items()],
        "",
        f"HTML to text on {h2t['pages']} statement pages in page chrome (paragraphs kept: share of the statement's "
        "paragraphs found in the text; chrome left: share of menu headlines and footer lines still in it):",
        "",
        "| extractor | pages/s | paragraphs kept | pages kept whole | chrome left |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, r in h2t.items():
        if name in ("pages", "same_records"):
            continue
        lines.append(f"| {name} | {fmt(r['rates'], digits=0)} | {100 * r['kept']:.1f}% | {r['all_kept']}/{h2t['pages']} "
                     f"| {100 * r['leaked']:.1f}% |")
    same, n_a, n_b = h2t["same_records"]
    lines += ["", f"Records from the two texts (`--html-text trafilatura` and `resiliparse`): {n_a} and {n_b} records; "
                  f"{same} with the same meeting and the same acts (act, actors, commitment) in the same order."]
    lines += ["", "End to end (`accord crawl`, generated WARC files of 2,500 pages; read, screen, HTML to text, "
                  "extraction, Parquet out, near-duplicate grouping):", "",
              "| engine | pages | statements | kept by the screen | records | seconds | pages/s |",
              "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for name, r in e2e.items():
        lines.append(f"| {name} | {r['pages']:,} | {r['statements']} | {r['kept']:,} | {r['records']:,} | "
                     f"{r['seconds']:.1f} | {r['pages'] / r['seconds']:,.0f} |")
    lines += ["", "Scaling (local engine):", "",
              "| pages | archive | seconds | µs per page | peak memory (driver) | peak memory (largest worker) | records |",
              "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in scale:
        lines.append(f"| {r['n']:,} | {r['archive_mb']:.0f} MB | {r['seconds']:.1f} | {1e6 * r['seconds'] / r['pages']:,.0f} "
                     f"| {r['rss_mb']:.0f} MB | {r['child_rss_mb']:.0f} MB | {r['records']} |")
    return lines


def run_all(quick: bool) -> list[str]:
    scr = screen(5_000 if quick else 20_000, reps=2 if quick else 3)
    rd = readers(2_500 if quick else 10_000, reps=2 if quick else 3)
    h2t = html_to_text(reps=1 if quick else 3)
    e2e = {"local": crawl_once(2_500 if quick else 10_000, "local")}
    e2e["ray (a local Ray started by the crawl)"] = crawl_once(2_500 if quick else 10_000, "ray")
    scale = scaling((1_000, 3_000, 10_000) if quick else (1_000, 10_000, 100_000))
    return report(scr, rd, h2t, e2e, scale)


if __name__ == "__main__":
    print("\n".join(run_all("--quick" in sys.argv)))
