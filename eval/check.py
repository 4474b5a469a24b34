#!/usr/bin/env python3
"""Check keyword gold in eval/real/ against a scratch folder of the pages it annotates.

usage: eval/check.py SCRATCH [NAME ...] [--split SPLIT]

For each gold file whose page (NAME.txt) is in SCRATCH: the keys the gold files share are there, every act and
topic is one of the closed lists, every keyword list is found in page order inside exactly one sentence, no
keyword has more than four words, every boilerplate list is on the page, and no five page words in a row are
copied (in the notes, the date basis, or a keyword list read joined: two keywords can run on into a copy). Exit
status 1 when a file fails. The page texts stay in SCRATCH; nothing is written.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED_TOOLS = HERE.parent.parent / "shared" / "tools"

ACTS = {"meet", "assess", "agree", "reaffirm", "commit", "note", "appreciate", "discuss", "concern", "other"}
TOPICS = set("""denuclearization dprk_threat sanctions inter_korean us_dprk_diplomacy remains_recovery
extended_deterrence deterrence_strategy combined_defense_posture exercises_training opcon_transition
command_structure usfk_presence base_relocation cost_sharing defense_industry science_technology cyber
space missile_defense information_sharing regional_cooperation alliance_coordination health_security other""".split())
KEYS = ("url", "site", "fetched", "how", "split", "kind", "document", "meeting", "statements", "boilerplate", "notes")
MEETING_KEYS = ("dialogue", "acronym", "round", "start", "end", "date_basis", "venue", "format", "parties", "heads",
                "sessions")
RUN = 5  # page words in a row that count as a copy


def _scorer():
    """The shared scorer's matching, so that a list this accepts is one the scorer finds."""
    if not (SHARED_TOOLS / "score.py").exists():
        sys.exit(f"eval/check.py: the shared scorer is not at {SHARED_TOOLS / 'score.py'}")
    sys.path.insert(0, str(SHARED_TOOLS))
    from score import has_keywords, norm  # noqa: E402
    return has_keywords, norm


def sentences(text: str) -> list[str]:
    return [p for p in re.split(r"(?<=[.!?;])\s+|\n+", text) if p.strip()]


def check(gold: Path, page: Path) -> list[str]:
    has_keywords, norm = _scorer()

    def words(s: str) -> list[str]:
        return re.findall(r"[\w'’-]+", norm(s))

    d = json.loads(gold.read_text(encoding="utf-8"))
    text = page.read_text(encoding="utf-8")
    sents = sentences(text)
    joined = " " + " ".join(words(text)) + " "
    errs = [f"missing key {k}" for k in KEYS if k not in d]
    if (d.get("document") or {}).get("source") not in (page.name, None):
        errs.append(f"document.source is not {page.name}")
    meeting = d.get("meeting") or {}
    errs += [f"meeting.{k} missing" for k in MEETING_KEYS if k not in meeting]
    own = [("notes", d.get("notes") or ""), ("date_basis", meeting.get("date_basis") or "")]
    for i, s in enumerate(d.get("statements") or []):
        kw = s.get("keywords") or []
        tag = f"statement {i} {kw}"
        if s.get("act") not in ACTS:
            errs.append(f"{tag}: act {s.get('act')!r} is not one of the list")
        errs += [f"{tag}: topic {t!r} is not one of the list" for t in s.get("topics") or [] if t not in TOPICS]
        if not kw:
            errs.append(f"{tag}: no keywords")
            continue
        if any(len(words(k)) > 4 for k in kw):
            errs.append(f"{tag}: a keyword has more than four words")
        found = sum(1 for x in sents if has_keywords(x, kw))
        if found != 1:
            errs.append(f"{tag}: found in {found} sentences, not one")
        own.append((tag, " ".join(kw)))
    errs += [f"boilerplate {b}: not on the page" for b in d.get("boilerplate") or []
             if not has_keywords(text, b if isinstance(b, list) else [b])]
    for where, s in own:
        w = words(s)
        copied = {" ".join(w[k:k + RUN]) for k in range(len(w) - RUN + 1) if f" {' '.join(w[k:k + RUN])} " in joined}
        errs += [f"{where}: copies {RUN} page words in a row ({run})" for run in sorted(copied)]
    return errs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("scratch", type=Path)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--split")
    ap.add_argument("--real", type=Path, default=HERE / "real", help=argparse.SUPPRESS)
    args = ap.parse_args()
    golds = [args.real / f"{n}.json" for n in args.names] or sorted(args.real.glob("*.json"))
    bad = checked = 0
    for g in golds:
        page = args.scratch / (g.stem + ".txt")
        if not g.exists() or not page.exists():
            continue
        if args.split and json.loads(g.read_text(encoding="utf-8")).get("split") != args.split:
            continue
        checked += 1
        errs = check(g, page)
        print(("OK   " if not errs else "FAIL ") + g.stem)
        for e in errs:
            print("     " + e)
        bad += bool(errs)
    if not checked:
        print(f"no gold file has its page in {args.scratch}", file=sys.stderr)
        return 2
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
