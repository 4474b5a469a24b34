"""Linking statements into threads, piece by piece, so one document's change touches only its neighbours.

Three steps, each a function of what it is given and nothing else:

- ``document_units``: a document's restatements of one position (a headline
  and its paragraph) are one *unit*, led by the fullest of them.
- ``unit_similarity``: how close two units of different documents are (their
  closest members), on frozen word weights (``weights.py``); below
  ``LINK_FLOOR`` it counts as nothing, so only real links are kept.
- ``cluster``: average-linkage agglomeration of the units of one *component*
  (units joined by links of at least the threshold). A thread never spans two
  components, since a merge needs a mean similarity of at least the threshold
  and so one link that strong; so a component can be clustered alone, and the
  units are ordered by key first, which makes the result the same whatever
  order the documents came in.

``build_threads`` runs the steps over a whole record; the store runs them
over the component a changed document touches (``accord.store.tracked``).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import cached_property, lru_cache
from dataclasses import dataclass
from typing import Iterable

import numpy as np

from accord.tracking.similarity import Signature, Weights, similarity

SCORING = "position-3"  # names how signatures, buckets and links are made: a change here rebuilds stored tracking
ECHO = 0.6  # similarity at which two statements of one document are one appearance
LINK_FLOOR = 0.15  # weaker similarities are not links (and count as none in a thread's mean)
INDEX_FLOOR = 1.5  # a word weighing less (said almost everywhere) proposes no candidates
INDEX_TERMS = 10  # a unit is indexed under its rarest words, this many
WINDOW_DAYS = 3 * 366  # appearances further apart than this link only through those between them
LINKS_COUNTED = 4  # a merge weighs at least this many pairs (absent links count 0 up to it)


@dataclass(frozen=True)
class Unit:
    """One appearance: the statements of one document that say one position, the fullest first."""

    key: str  # the leading statement's id
    document_id: str
    members: tuple[Signature, ...]  # empty where only the key, document and date are needed (``agglomerate``)
    date: str | None = None  # of its meeting

    @property
    def lead(self) -> Signature:
        return self.members[0]

    @cached_property
    def bucket(self) -> str:
        return bucket(self.lead)


def bucket(sig: Signature) -> str:
    """Only statements of one bucket can link (the inverted index's partition): one alliance, one set of actors,
    one family."""
    return "+".join(sig.alliance) + "/" + "+".join(sorted(sig.actors)) + "/" + sig.family


def document_units(sigs: list[Signature], w: Weights) -> list[Unit]:
    """The units of one document's signatures (given in the document's order)."""
    parent = list(range(len(sigs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(sigs)):
        for j in range(i + 1, len(sigs)):
            if similarity(sigs[i], sigs[j], w) >= ECHO:
                parent[root(j)] = root(i)
    groups: dict[int, list[Signature]] = defaultdict(list)
    for i, s in enumerate(sigs):
        groups[root(i)].append(s)
    out = []
    for members in groups.values():
        members.sort(key=lambda s: (-w.total(s), -s.length, s.statement_id))
        out.append(Unit(members[0].statement_id, members[0].document_id, tuple(members), members[0].date))
    return sorted(out, key=lambda u: u.key)


def index_terms(unit: Unit, w: Weights) -> set[str]:
    """The words by which a unit is found (the inverted index's keys): its rarest few.

    Two units are candidates only when they share one of these, so a unit
    meets the few hundred that could say the same thing, not every unit that
    uses "defense"; the rule is the same for a rebuild and an increment.
    """
    terms = {t for s in unit.members for t in s.terms if w.weight(t) >= INDEX_FLOOR}
    return set(sorted(terms, key=lambda t: (-w.weight(t), t))[:INDEX_TERMS])


def unit_similarity(a: Unit, b: Unit, w: Weights) -> float:
    if a.document_id == b.document_id or a.bucket != b.bucket or not near_in_time(a.date, b.date):
        return 0.0
    sim = max(similarity(x, y, w) for x in a.members for y in b.members)
    return sim if sim >= LINK_FLOOR else 0.0


@lru_cache(maxsize=65536)
def _day(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value[:10]).toordinal()
    except ValueError:
        return None


def near_in_time(a: str | None, b: str | None) -> bool:
    """Whether two meetings are close enough for their statements to link directly (undated ones always are).

    A position restated over decades is still one thread: its appearances
    link to those of the years around them, and the thread is their chain
    (``cluster`` weighs the links there are, not the pairs that could be).
    """
    da, db = _day(a), _day(b)
    return da is None or db is None or abs(da - db) <= WINDOW_DAYS


def links(units: list[Unit], w: Weights) -> list[tuple[str, str, float]]:
    """Every link among ``units`` as (key, key, similarity) with the smaller key first, sorted."""
    index: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for n, u in enumerate(units):
        for t in index_terms(u, w):
            index[u.bucket][t].append(n)
    seen: set[tuple[int, int]] = set()
    out = []
    for postings in (p for terms in index.values() for p in terms.values()):
        for i, u in enumerate(postings):
            for v in postings[i + 1:]:
                pair = (u, v) if u < v else (v, u)
                if pair in seen:
                    continue
                seen.add(pair)
                sim = unit_similarity(units[pair[0]], units[pair[1]], w)
                if sim > 0:
                    a, b = sorted((units[pair[0]].key, units[pair[1]].key))
                    out.append((a, b, sim))
    return sorted(out)


def components(keys: Iterable[str], found: list[tuple[str, str, float]], threshold: float) -> list[list[str]]:
    """Keys grouped by links of at least ``threshold``, each group sorted, the groups by their first key."""
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for a, b, sim in found:
        if sim >= threshold and a in parent and b in parent:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for k in parent:
        groups[root(k)].append(k)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def cluster(units: list[Unit], found: list[tuple[str, str, float]], threshold: float) -> list[list[Unit]]:
    """Average-linkage agglomeration of one component's units, never two of one document in a cluster.

    The closest pair of clusters merges first, down to ``threshold``: closeness
    is the mean similarity of the links between them, where fewer than
    ``LINKS_COUNTED`` pairs linked (of those near enough in time to link) count
    the missing ones as 0, so a lone link does not join two threads, unless
    it is the one pair of appearances close enough in time to say (the last
    of a position's old rounds and the first of its new ones). Ties go to the
    smaller keys. Pure in its inputs: the units are taken in key order, so the
    same component always clusters the same way.

    A component is re-clustered whole whenever a document touches it, so this
    works on dense arrays (a component's units are a few hundred): each
    cluster's summed similarity and link count to every other, and each row's
    best mean, so that finding the closest pair reads one row, not every pair.
    """
    units = sorted(units, key=lambda u: u.key)
    at = {u.key: i for i, u in enumerate(units)}
    pairs = [(at[a], at[b], sim) for a, b, sim in found if a in at and b in at]
    ia, ib, sims = (np.array(x) for x in zip(*pairs)) if pairs else (np.zeros(0, int), np.zeros(0, int), np.zeros(0))
    return [[units[i] for i in g] for g in agglomerate(units, ia, ib, sims, threshold)]


def agglomerate(units: list[Unit], ia: np.ndarray, ib: np.ndarray, sims: np.ndarray,
                threshold: float) -> list[list[int]]:
    """``cluster`` on positions: ``units`` in key order (their members are not needed), linked
    ``ia[k]``--``ib[k]`` with similarity ``sims[k]``; the clusters as sorted positions, in order of their first.
    Only the units' keys, documents and dates are read."""
    if threshold <= 0:
        raise ValueError("threshold must be above 0 (pairs without links are never merged)")
    n = len(units)
    members = {i: [i] for i in range(n)}
    if len(sims):
        total = np.zeros((n, n))  # summed similarity of the links between clusters (row = column)
        linked = np.zeros((n, n))  # how many links there are
        total[ia, ib] = total[ib, ia] = sims
        linked[ia, ib] = linked[ib, ia] = 1.0
        doc_no: dict[str, int] = {}
        docs = np.array([doc_no.setdefault(u.document_id, len(doc_no)) for u in units])
        shared = docs[:, None] == docs[None, :]  # the two clusters hold units of one document
        days = np.array([_day(u.date) or 0 for u in units])
        dated = np.array([_day(u.date) is not None for u in units])
        # pairs of members near enough in time to link (undated ones always are)
        near = ((np.abs(days[:, None] - days[None, :]) <= WINDOW_DAYS) | ~dated[:, None] | ~dated[None, :])
        near = near.astype(float)
        # mean[x, y]: the closeness of two clusters that may merge, -inf for those that may not (links are of
        # positive similarity, so a mean at the threshold has one); best[x]: the best of row x
        mean = np.where(~shared & (total >= threshold), total, -np.inf)
        best = mean.max(axis=1)
        while True:
            a = int(best.argmax())  # the first of the closest pairs: the smallest keys, and a < b
            if best[a] == -np.inf:
                break
            b = int(mean[a].argmax())
            members[a] += members.pop(b)
            total[a] += total[b]
            linked[a] += linked[b]
            shared[a] |= shared[b]
            near[a] += near[b]
            shared[:, b] = True  # gone: nothing merges with it
            total[:, a], linked[:, a], shared[:, a], near[:, a] = total[a], linked[a], shared[a], near[a]
            row = total[a] / np.maximum(linked[a], np.clip(near[a], 1, LINKS_COUNTED))
            row[shared[a] | (row < threshold)] = -np.inf
            stale = (mean[:, a] == best) | (mean[:, b] == best)  # rows whose best may be gone
            stale &= best > -np.inf
            mean[a], mean[:, a] = row, row
            mean[b], mean[:, b] = -np.inf, -np.inf
            np.maximum(best, row, out=best)
            stale[a], stale[b] = True, False
            best[b] = -np.inf
            again = np.flatnonzero(stale)
            best[again] = mean[again].max(axis=1)
    return [sorted(group) for _, group in sorted(members.items())]
