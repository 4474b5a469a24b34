"""Rarity weights of content words, frozen: a statement's links never move when unrelated documents arrive.

Rarity computed over the record at hand (its inverse document frequency)
changes with every document added, and with it every similarity on record,
so no increment could match a rebuild. The weights are instead the rarity of
each word over a reference record of real statements, kept in
``data/term_weights.tsv``; a word the reference never uses counts as the
rarest. ``python -m accord.tracking.weights PATH...`` writes the table again
from the statements extracted from PATH.
"""
from __future__ import annotations

import math
import sys
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

from accord.tracking.similarity import Signature, Weights

TABLE = "term_weights.tsv"


@lru_cache(maxsize=1)
def reference_weights() -> Weights:
    """Term -> weight, with ``Weights.default`` for words the reference record never uses."""
    lines = (resources.files("accord.data") / TABLE).read_text(encoding="utf-8").splitlines()
    n = int(lines[0].split("\t")[1])
    df = {term: int(count) for term, count in (line.split("\t") for line in lines[1:] if line)}
    w = Weights({t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()})
    w.default = math.log((n + 1) / 0.5)
    return w


def table(signatures: list[Signature]) -> str:
    df = Counter(t for s in signatures for t in s.terms | s.side)
    rows = [f"#statements\t{len(signatures)}"] + [f"{t}\t{c}" for t, c in sorted(df.items()) if c >= 2]
    return "\n".join(rows) + "\n"


def main(argv: list[str]) -> int:
    from accord.extract import extract_paths
    from accord.tracking.similarity import signature
    from accord.tracking.vocabulary import load_vocabulary

    vocab = load_vocabulary()
    records = [r for r in extract_paths(argv) if not isinstance(r, Exception)]
    sigs = [g for r in records for s in r.statements if (g := signature(s, r, vocab)) is not None]
    out = Path(__file__).resolve().parents[1] / "data" / TABLE
    out.write_text(table(sigs), encoding="utf-8")
    print(f"{out}: {len(sigs)} statements of {len(records)} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
