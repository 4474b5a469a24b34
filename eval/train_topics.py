#!/usr/bin/env python3
"""Train the broad-topic model (src/accord/data/topic_weights.tsv) on keyword gold of real pages.

usage: eval/train_topics.py SCRATCH [--hold-out SPLIT ...] [--folds 5] [--dry-run] [--gold DIR] [--out TABLE]

Extracts every page in SCRATCH that has gold in eval/real/ (or --gold DIR) with the rules alone (the model switched off), pairs
each statement with the gold statement it matches (as ../shared/tools/score.py does: keywords, act and actors),
and fits one logistic model per broad topic (the `learned` topics of data/topics.yaml) on the clause's words and
meeting features (accord.extraction.topic_model.features). Before writing, it reports the topics F1 of the rules and
of rules plus model in a cross-validation by page, so a table is only replaced by one measured on pages it was not
fitted on. Splits named with --hold-out are left out entirely (a blind split stays blind). Needs scikit-learn
(`pip install -e '.[train]'`); the page texts stay in SCRATCH and only word weights are written.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED_TOOLS = REPO.parent / "shared" / "tools"
C = 4.0  # inverse regularisation, chosen by cross-validation on the real set
MIN_PAGES = 2  # a word must occur in this many statements to get a weight


def _scorer():
    sys.path.insert(0, str(SHARED_TOOLS))
    from score import has_keywords, party_set  # noqa: E402
    return has_keywords, party_set


def pairs(scratch: Path, gold_dir: Path, hold_out: set[str]) -> list[tuple[str, set[str], set[str], set[str]]]:
    """(page, features, rule topics, gold topics) for every extracted statement that matches a gold one."""
    from accord.pipeline import Pipeline
    from accord.reading import read_bytes

    has_keywords, party_set = _scorer()
    pipeline = Pipeline()
    tagger = pipeline.topics
    tagger.model = None  # the rules' topics, which the model reads as features
    out = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        page = next((p for p in (scratch / (gold_path.stem + ext) for ext in (".txt", ".html")) if p.exists()), None)
        if page is None or gold.get("split") in hold_out:
            continue
        try:
            record = pipeline.extract(read_bytes(page.read_bytes(), page.name))
        except Exception as e:  # a page with no record has no statement to learn from
            print(f"{page.name}: {e}", file=sys.stderr)
            continue
        if tagger.registered(record.meeting.dialogue, record.meeting.acronym):
            continue  # a registered dialogue keeps the rules' topics (its own, in the registry)
        parties = list(record.meeting.parties)
        wanted = [g for g in gold.get("statements") or [] if "keywords" in g]
        used: set[int] = set()
        for s in record.statements:
            for i, g in enumerate(wanted):
                if i not in used and has_keywords(s.text, g["keywords"]) and s.act == g["act"] \
                        and party_set(s.actors) == party_set(g["actors"]):
                    used.add(i)
                    if not g.get("optional"):
                        feats = tagger.features(s.topics, s.text, s.act, s.commitment, parties)
                        out.append((gold_path.stem, feats, set(s.topics), set(g.get("topics") or [])))
                    break
    return out


def fit(rows, topics: tuple[str, ...]):
    """Vocabulary, biases and weights per topic."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer=lambda feats: sorted(feats), binary=True, use_idf=False, min_df=MIN_PAGES)
    X = vec.fit_transform([r[1] for r in rows])
    vocab = vec.get_feature_names_out()
    bias, weights = [], []
    for t in topics:
        y = [int(t in r[3]) for r in rows]
        m = LogisticRegression(C=C, max_iter=5000).fit(X, y)
        bias.append(float(m.intercept_[0]))
        weights.append(m.coef_[0])
    return list(vocab), bias, weights


def table(vocab, bias, weights, topics, n_rows: int, n_pages: int) -> str:
    lines = [f"# Broad-topic weights, written by eval/train_topics.py from {n_rows} statements of {n_pages} real pages.",
             "# Binary features (a clause's words, RULE_/ACT_/NP_/HAS_ meeting features) scaled to unit length.",
             "#topics\t" + "\t".join(topics), "#bias\t" + "\t".join(f"{b:.4f}" for b in bias)]
    for k, f in enumerate(vocab):
        ws = [w[k] for w in weights]
        if any(abs(w) >= 0.0005 for w in ws):
            lines.append(f + "\t" + "\t".join(f"{w:.4f}" for w in ws))
    return "\n".join(lines) + "\n"


def f1(pairs_) -> float:
    tp = sum(len(a & b) for a, b in pairs_)
    fp = sum(len(a - b) for a, b in pairs_)
    fn = sum(len(b - a) for a, b in pairs_)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def cross_validate(rows, topics, threshold: float, folds: int, order: list[str]) -> tuple[float, float]:
    from accord.extraction.topic_model import TopicModel, parse_table, settle

    pages = sorted({r[0] for r in rows})
    random.Random(7).shuffle(pages)
    fold_of = {p: i % folds for i, p in enumerate(pages)}
    rules, learned = [], []
    for k in range(folds):
        train = [r for r in rows if fold_of[r[0]] != k]
        model: TopicModel = parse_table(table(*fit(train, topics), topics, len(train), 0), threshold)
        for page, feats, found, gold in (r for r in rows if fold_of[r[0]] == k):
            rules.append((found, gold))
            learned.append((set(settle(model, sorted(found), feats, order)), gold))
    return f1(rules), f1(learned)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("scratch", type=Path)
    ap.add_argument("--hold-out", nargs="*", default=[])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dry-run", action="store_true", help="report the cross-validation, write nothing")
    ap.add_argument("--gold", type=Path, default=HERE / "real", help="keyword gold (default: eval/real)")
    ap.add_argument("--out", type=Path, help="the table to write (default: the one data/topics.yaml names)")
    args = ap.parse_args(argv)
    from accord.extraction.topics import TopicTagger
    from accord.knowledge import default_knowledge

    learned = default_knowledge().topics.get("learned") or {}
    topics = tuple(learned.get("topics") or ())
    if not topics or not learned.get("weights"):
        sys.exit("data/topics.yaml has no `learned` section naming the topics and the weights table")
    rows = pairs(args.scratch, args.gold, set(args.hold_out))
    if not rows:
        sys.exit(f"no statement of a page in {args.scratch} matches the gold in {args.gold}")
    n_pages = len({r[0] for r in rows})
    order = TopicTagger(default_knowledge()).names
    rules, model = cross_validate(rows, topics, float(learned.get("threshold", 0.5)), args.folds, order)
    print(f"{len(rows)} statements of {n_pages} pages of dialogues outside the registry; topics F1 by page-grouped "
          f"{args.folds}-fold cross-validation: rules {rules:.3f}, rules and model {model:.3f}")
    if args.dry_run:
        return 0
    out = args.out or REPO / "src" / "accord" / "data" / learned["weights"]
    out.write_text(table(*fit(rows, topics), topics, len(rows), n_pages), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
