"""Near-duplicate pages: the same statement republished by a ministry, an embassy, agencies, aggregators.

Each document's prose is cut into word 5-shingles and summarised by a MinHash;
locality-sensitive hashing (datasketch) finds the pairs whose estimated Jaccard
similarity passes the threshold without comparing every pair, and the pairs
are joined into groups. A group is named by its smallest document id, so the
grouping is the same however the records were ordered or split.
"""
from __future__ import annotations

import re
from typing import Iterable

from datasketch import MinHash, MinHashLSH

THRESHOLD = 0.8  # copies differ by a credit line or a dropped paragraph; other rounds share far less
NUM_PERM = 128
SHINGLE = 5
PROSE = 12
_WORD = re.compile(r"\w+")


def signature(text: str, num_perm: int = NUM_PERM) -> MinHash:
    """The MinHash of the text's prose: lines of at least ``PROSE`` words, so that a page's menus and
    headline lists (which a WET text keeps) do not make two copies of one statement look different."""
    prose = [line for line in text.lower().splitlines() if len(_WORD.findall(line)) >= PROSE]
    words = _WORD.findall("\n".join(prose) if prose else text.lower())
    m = MinHash(num_perm=num_perm, seed=1)
    m.update_batch(" ".join(words[i:i + SHINGLE]).encode() for i in range(max(1, len(words) - SHINGLE + 1)))
    return m


def near_duplicates(texts: Iterable[tuple[str, str]], threshold: float = THRESHOLD) -> dict[str, str]:
    """document id → the id naming its group, for every document given (a group of one names itself)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for doc_id, text in sorted(dict(texts).items()):
        if doc_id in parent:
            continue
        parent[doc_id] = doc_id
        sig = signature(text)
        for other in lsh.query(sig):
            a, b = find(doc_id), find(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
        lsh.insert(doc_id, sig)
    return {d: find(d) for d in parent}
