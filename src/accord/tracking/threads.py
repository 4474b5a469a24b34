"""Threads: one position or commitment followed from round to round.

A dialogue restates its positions every round in new words: "the shared goal
of the complete denuclearization of the Korean Peninsula" becomes "their common
objective ... of the DPRK". Threads link those restatements, within a dialogue
and across the dialogues of one alliance (a KIDD pledge followed up at the
SCM), so that a reader can see when a position first appeared, how its words
moved and when it stopped being said.

Statements are linked by average-linkage agglomeration over their similarity
(``similarity.py``): a statement joins a thread only if it is close to the
thread as a whole, not merely to one member, which keeps two positions that
share a topic apart. A document contributes at most one appearance to a
thread; a restatement inside the same document (a headline and its paragraph)
rides along as an echo of that appearance.
"""
from __future__ import annotations

import hashlib
import heapq
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field

from accord.records import Record
from accord.tracking.diff import Change, compare
from accord.tracking.rounds import meeting_ref
from accord.tracking.similarity import Signature, Weights, rarity, signature, similarity, statement_words
from accord.tracking.vocabulary import Vocabulary, load_vocabulary

THRESHOLD = 0.35  # average similarity a statement needs to the thread it joins
ECHO = 0.6  # similarity at which two statements of one document are one appearance
STATUSES = ("new", "continuing", "changed", "dropped")


@dataclass
class Appearance:
    statement_id: str
    document_id: str
    meeting: str  # KIDD-14
    dialogue: str
    round: int | None
    date: str | None
    act: str
    actors: list[str]
    topics: list[str]
    text: str
    echoes: list[str] = field(default_factory=list)  # other statements of the document saying the same


@dataclass
class Thread:
    id: str
    label: str
    topics: list[str]
    actors: list[str]
    alliance: list[str]
    family: str  # position | assess | discuss | appreciate | concern
    appearances: list[Appearance]
    missing: list[str]  # rounds of its dialogues on record since it first appeared, without it
    status: str
    changes: list[Change] = field(default_factory=list)  # between consecutive appearances

    @property
    def first(self) -> Appearance:
        return self.appearances[0]

    @property
    def last(self) -> Appearance:
        return self.appearances[-1]

    @property
    def meetings(self) -> list[str]:
        return [a.meeting for a in self.appearances]

    @property
    def statement_ids(self) -> list[str]:
        return [s for a in self.appearances for s in (a.statement_id, *a.echoes)]

    def change_into(self, meeting: str) -> Change | None:
        """The change from the previous appearance into the one at this meeting."""
        for ch in self.changes:
            if ch.after_meeting == meeting:
                return ch
        return None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["first"], d["last"] = self.first.meeting, self.last.meeting
        for ch, obj in zip(self.changes, d["changes"]):
            obj["significant"] = ch.significant
            obj["key_terms"] = [dict(k, kind=c.kind) for k, c in zip(obj["key_terms"], ch.key_terms)]
            obj["ops"] = [op for op in obj["ops"] if op["op"] != "equal"]
        return d


def thread_id(statement_id: str) -> str:
    """Stable as long as the first appearance keeps its statement id."""
    return "t" + hashlib.sha1(statement_id.encode("utf-8")).hexdigest()[:8]


def build_threads(records: list[Record], *, vocab: Vocabulary | None = None,
                  threshold: float = THRESHOLD) -> list[Thread]:
    """Every position on record as a thread, the most often restated first."""
    vocab = vocab or load_vocabulary()
    by_doc = {r.document.id: r for r in records}
    stmts = {s.id: (s, r) for r in records for s in r.statements}
    sigs = [sig for r in records for s in r.statements if (sig := signature(s, r, vocab)) is not None]
    idf = Weights(rarity(sigs))
    units = _units(sigs, idf)
    clusters = _cluster(units, sigs, idf, threshold)

    rounds = _rounds_on_record(records)
    threads = []
    for members in clusters:
        found = []
        for u in members:
            rep, *echoes = units[u]
            st, rec = stmts[sigs[rep].statement_id]
            ref = meeting_ref(rec)
            found.append((Appearance(st.id, rec.document.id, ref.key, ref.dialogue, ref.round, ref.date, st.act,
                                     list(st.actors), list(st.topics), st.text,
                                     [sigs[e].statement_id for e in echoes]), sigs[rep]))
        found.sort(key=lambda f: (f[0].date or "9999", f[0].meeting, f[0].statement_id))
        threads.append(_thread([a for a, _ in found], [g for _, g in found], rounds, by_doc, idf, vocab))
    threads.sort(key=lambda t: (-len(t.appearances), t.first.date or "", t.id))
    return threads


def find_thread(threads: list[Thread], ref: str) -> Thread | None:
    """A thread by id (or unique id prefix) or by the id of any of its statements."""
    for t in threads:
        if t.id == ref or ref in t.statement_ids:
            return t
    hits = [t for t in threads if t.id.startswith(ref)]
    return hits[0] if len(hits) == 1 else None


def thread_index(threads: list[Thread]) -> dict[str, Thread]:
    """Statement id -> its thread."""
    return {sid: t for t in threads for sid in t.statement_ids}


def _units(sigs: list[Signature], idf: dict[str, float]) -> list[list[int]]:
    """Statements grouped into appearances: one document's restatements of one position count once."""
    parent = list(range(len(sigs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(sigs):
        by_doc[s.document_id].append(i)
    for idx in by_doc.values():
        for n, i in enumerate(idx):
            for j in idx[n + 1:]:
                if similarity(sigs[i], sigs[j], idf) >= ECHO:
                    parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(sigs)):
        groups[root(i)].append(i)
    return [sorted(g, key=lambda i: (-sum(idf.get(t, 1.0) for t in sigs[i].terms), -sigs[i].length))
            for g in groups.values()]


def _cluster(units: list[list[int]], sigs: list[Signature], idf: dict[str, float], threshold: float) -> list[list[int]]:
    """Average-linkage agglomeration of appearances, never two from one document in a cluster.

    The closest pair of clusters (by mean similarity of their members) merges
    first, down to ``threshold``. Similarities are kept sparse (only pairs
    that share a word) and the next merge comes from a heap, so the cost grows
    with the pairs that could link, not with the square of the record.
    """
    docs = {u: {sigs[members[0]].document_id} for u, members in enumerate(units)}
    size = {u: 1 for u in range(len(units))}
    members = {u: [u] for u in range(len(units))}
    version = {u: 0 for u in range(len(units))}
    near: dict[int, dict[int, float]] = defaultdict(dict)
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for u, group in enumerate(units):
        s = sigs[group[0]]
        buckets[(s.alliance, s.family)].append(u)
    for bucket in buckets.values():
        for u, v in _candidates(bucket, units, sigs):
            if docs[u] & docs[v]:
                continue
            sim = max(similarity(sigs[i], sigs[j], idf) for i in units[u] for j in units[v])
            if sim > 0:
                near[u][v] = near[v][u] = sim
    heap = [(-t, u, v, 0, 0) for u, others in near.items() for v, t in others.items() if u < v]
    heapq.heapify(heap)
    while heap:
        neg, a, b, va, vb = heapq.heappop(heap)
        if a not in members or b not in members or version[a] != va or version[b] != vb:
            continue  # stale: one side has merged since
        if -neg < threshold:
            break
        if docs[a] & docs[b]:
            continue
        members[a] += members.pop(b)
        docs[a] |= docs.pop(b)
        size[a] += size.pop(b)
        version[a] += 1
        mine, theirs = near[a], near.pop(b)
        mine.pop(b, None)
        theirs.pop(a, None)
        for x, t in theirs.items():
            near[x].pop(b, None)
            mine[x] = mine.get(x, 0.0) + t
            near[x][a] = mine[x]
        for x, t in mine.items():
            lo, hi = min(a, x), max(a, x)
            heapq.heappush(heap, (-t / (size[a] * size[x]), lo, hi, version[lo], version[hi]))
    return list(members.values())


COMMON_SHARE = 0.05  # in a large record, a word in more than 5% of a bucket's statements does not propose pairs
COMMON_FLOOR = 200


def _candidates(bucket: list[int], units: list[list[int]], sigs: list[Signature]):
    """Pairs of appearances in a bucket that share a word worth linking on."""
    index: dict[str, list[int]] = defaultdict(list)
    for u in bucket:
        for t in {t for i in units[u] for t in sigs[i].terms}:
            index[t].append(u)
    cap = max(COMMON_FLOOR, int(COMMON_SHARE * len(bucket)))
    seen: set[tuple[int, int]] = set()
    for postings in index.values():
        if len(postings) > cap:
            continue
        for n, u in enumerate(postings):
            for v in postings[n + 1:]:
                pair = (u, v) if u < v else (v, u)
                if pair not in seen:
                    seen.add(pair)
                    yield pair


def _rounds_on_record(records: list[Record]) -> dict[tuple, list[tuple[str, str]]]:
    """(dialogue, alliance) -> [(date, meeting key)] in date order, one entry per meeting."""
    out: dict[tuple, dict[str, str]] = defaultdict(dict)
    for r in records:
        ref = meeting_ref(r)
        out[(ref.dialogue, ref.alliance)].setdefault(ref.key, ref.date or "")
    return {k: sorted((d, key) for key, d in v.items()) for k, v in out.items()}


def _thread(apps: list[Appearance], sigs: list[Signature], rounds: dict, by_doc: dict[str, Record],
            idf: dict[str, float], vocab: Vocabulary) -> Thread:
    alliance = sigs[0].alliance
    topics = [t for t, _ in Counter(t for a in apps for t in a.topics).most_common()]
    actors = sorted({x for a in apps for x in a.actors})
    changes = [compare(p.text, n.text, before_statement=p.statement_id, after_statement=n.statement_id,
                       before_meeting=p.meeting, after_meeting=n.meeting, vocab=vocab)
               for p, n in zip(apps, apps[1:])]
    seen = {a.meeting for a in apps}
    first_date = apps[0].date or ""
    missing = []
    for dialogue in dict.fromkeys(a.dialogue for a in apps):
        missing += [key for date, key in rounds.get((dialogue, alliance), []) if date > first_date and key not in seen]
    last = apps[-1]
    on_record = rounds.get((last.dialogue, alliance), [])
    if on_record and on_record[-1][1] != last.meeting:
        status = "dropped"
    elif len(apps) == 1:
        status = "new"
    elif changes[-1].significant:
        status = "changed"
    else:
        status = "continuing"
    texts = [statement_words(st) if (st := _statement(by_doc, a)) else a.text for a in apps]
    return Thread(thread_id(apps[0].statement_id), label(texts, idf, vocab, len(texts) - 1), topics, actors, list(alliance),
                  sigs[0].family, apps, missing, status, changes)


def _statement(by_doc: dict[str, Record], app: Appearance):
    rec = by_doc.get(app.document_id)
    return next((s for s in rec.statements if s.id == app.statement_id), None) if rec else None


def label(texts: list[str], idf: dict[str, float], vocab: Vocabulary | None = None, focus: int = 0) -> str:
    """A short name from the phrases of one appearance (the latest) that the others share most.

    "complete denuclearization — common goal": the two phrases that best
    combine rarity and coverage across the appearances, worded as in the
    focus appearance (the wording a reader will meet next), the weightier first.
    """
    vocab = vocab or load_vocabulary()
    if not texts:
        return ""
    if len(texts) == 1:
        return short(texts[0])
    cover: Counter = Counter()
    for text in texts:
        cover.update({g for run in vocab.runs(text) for g, _ in _grams(run)})
    wording: dict[tuple, str] = {}
    for run in vocab.runs(texts[focus]):
        for gram, words in _grams(run):
            wording.setdefault(gram, words)

    def weight(gram: tuple) -> float:
        return sum(idf.get(t, 1.0) for t in gram) * (1.0 if len(set(gram)) == len(gram) else 0.5)

    def score(gram: tuple) -> float:
        return (cover[gram] / len(texts)) ** 2 * weight(gram)

    picked: list[tuple] = []
    for gram in sorted(wording, key=lambda g: (-score(g), g)):
        if len(picked) == 2 or (picked and cover[gram] / len(texts) < 0.3):
            break
        said = {w for p in picked for w in re.findall(r"\w+", wording[p].lower())}
        if not any(set(gram) & set(p) for p in picked) and not said & set(re.findall(r"\w+", wording[gram].lower())):
            picked.append(gram)
    picked.sort(key=lambda g: -weight(g))
    return " — ".join(wording[g] for g in picked)


def short(text: str, words: int = 10) -> str:
    """The first words of a clause, for a position stated only once."""
    parts = re.sub(r"^(?:to|that)\s+", "", text.strip(" ,;")).split()
    return " ".join(parts[:words]).rstrip(" ,;:(") + (" …" if len(parts) > words else "")


def _grams(run: list[tuple[str, str]]):
    for n in (1, 2, 3):
        for i in range(len(run) - n + 1):
            yield tuple(t for t, _ in run[i:i + n]), " ".join(w for _, w in run[i:i + n])
