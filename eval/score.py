#!/usr/bin/env python3
"""Score Accord on a scratch folder of real pages against the keyword gold in eval/real/.

usage: eval/score.py SCRATCH [--split dev|heldout|heldout2|heldout3|heldout4|heldout5] [--detail] [--accord PATH]

Runs `accord extract --format json` over the pages saved in SCRATCH (NAME.txt or
NAME.html, named as their gold files), then ../shared/tools/score.py over the gold
of those pages: all pages, then the pages of dialogues other than KIDD. The
predictions (they carry the pages' text) are written inside SCRATCH, never here.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SCORER = REPO.parent / "shared" / "tools" / "score.py"


def gold_files(scratch: Path, split: str | None) -> list[Path]:
    pages = {p.stem for p in scratch.iterdir() if p.suffix in (".txt", ".html", ".htm")}
    out = []
    for g in sorted((HERE / "real").glob("*.json")):
        if g.stem not in pages:
            continue
        if split and json.loads(g.read_text(encoding="utf-8")).get("split") != split:
            continue
        out.append(g)
    return out


def is_kidd(gold: Path) -> bool:
    meeting = json.loads(gold.read_text(encoding="utf-8")).get("meeting") or {}
    return (meeting.get("acronym") or "").upper() == "KIDD"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("scratch", type=Path)
    ap.add_argument("--split")
    ap.add_argument("--detail", action="store_true")
    ap.add_argument("--accord", default=str(REPO / ".venv" / "bin" / "accord"))
    args = ap.parse_args()
    golds = gold_files(args.scratch, args.split)
    if not golds:
        print(f"no page in {args.scratch} has gold in {HERE / 'real'}", file=sys.stderr)
        return 2
    pages = [str(p) for g in golds for p in args.scratch.glob(g.stem + ".*") if p.suffix in (".txt", ".html", ".htm")]
    pred = args.scratch / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        subprocess.run([args.accord, "extract", "--format", "json", *pages], stdout=out, check=False)
    for label, group in (("all pages", golds), ("dialogues other than KIDD", [g for g in golds if not is_kidd(g)])):
        print(f"== {label} ({len(group)} pages)")
        cmd = [sys.executable, str(SCORER), str(pred), *map(str, group)]
        if args.detail and group is golds:
            cmd.append("--detail")
        sys.stdout.flush()
        subprocess.run(cmd, check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
