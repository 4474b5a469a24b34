"""Threads: one position or commitment followed from round to round.

A dialogue restates its positions every round in new words: "their joint aim
of a Korean Peninsula rid of nuclear arms" becomes "the goal both sides share
... for the North". Threads link those restatements, within a dialogue
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
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Iterable

from accord.records import Record
from accord.tracking.diff import Change, compare
from accord.tracking.linking import Unit, cluster, components, document_units, links
from accord.tracking.rounds import MeetingRef, meeting_ref
from accord.tracking.similarity import Signature, Weights, signature, statement_words
from accord.tracking.vocabulary import Vocabulary, load_vocabulary
from accord.tracking.weights import reference_weights

THRESHOLD = 0.35  # average similarity a statement needs to the thread it joins
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
                  threshold: float = THRESHOLD, weights: Weights | None = None) -> list[Thread]:
    """Every position on record as a thread, the most often restated first."""
    vocab = vocab or load_vocabulary()
    w = weights or reference_weights()
    stmts = {s.id: (s, meeting_ref(r)) for r in records for s in r.statements}
    units = [u for r in records for u in record_units(r, vocab, w)]
    threads = [assemble([appearance(u, stmts) for u in group], [statement_words(stmts[u.key][0]) for u in group],
                        group[0].lead, w, vocab)
               for group in link_units(units, w, threshold)]
    rounds = rounds_on_record([meeting_ref(r) for r in records])
    for t in threads:
        situate(t, rounds)
    threads.sort(key=lambda t: (-len(t.appearances), t.first.date or "", t.id))
    return threads


def record_units(rec: Record, vocab: Vocabulary, w: Weights) -> list[Unit]:
    """A record's appearances: its positions, each restatement within the document riding with the fullest."""
    return document_units([g for s in rec.statements if (g := signature(s, rec, vocab)) is not None], w)


def link_units(units: list[Unit], w: Weights, threshold: float = THRESHOLD) -> list[list[Unit]]:
    """The units grouped into threads: each component of strong links clustered on its own."""
    by_key = {u.key: u for u in units}
    found = links(units, w)
    groups = components(by_key, found, threshold)
    where = {k: n for n, g in enumerate(groups) for k in g}
    per: dict[int, list] = defaultdict(list)
    for link in found:
        if where[link[0]] == where[link[1]]:
            per[where[link[0]]].append(link)
    return [c for n, g in enumerate(groups) for c in cluster([by_key[k] for k in g], per[n], threshold)]


def appearance(unit: Unit, stmts: dict) -> Appearance:
    """A unit as a thread shows it; ``stmts`` maps statement id -> (Statement, MeetingRef)."""
    st, ref = stmts[unit.key]
    return Appearance(st.id, ref.document_id, ref.key, ref.dialogue, ref.round, ref.date, st.act, list(st.actors),
                      list(st.topics), st.text, [m.statement_id for m in unit.members[1:]])


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


def rounds_on_record(refs: Iterable[MeetingRef]) -> dict[tuple, list[tuple[str, str]]]:
    """(dialogue, alliance) -> [(date, meeting key)] in date order, one entry per meeting."""
    out: dict[tuple, dict[str, str]] = defaultdict(dict)
    for ref in refs:
        out[(ref.dialogue, ref.alliance)].setdefault(ref.key, ref.date or "")
    return {k: sorted((d, key) for key, d in v.items()) for k, v in out.items()}


def assemble(apps: list[Appearance], words: list[str], lead: Signature, w: Weights, vocab: Vocabulary,
             runs: list[list] | None = None, every_change: bool = True) -> Thread:
    """A thread from its appearances (any order) and the words of each; its status waits for ``situate``.

    Without ``every_change`` only the last change is compared (the status needs it); the store keeps
    threads so, and compares the rest when a thread is shown.
    """
    order = sorted(range(len(apps)), key=lambda n: (apps[n].date or "9999", apps[n].meeting, apps[n].statement_id))
    apps, words = [apps[n] for n in order], [words[n] for n in order]
    runs = [runs[n] for n in order] if runs is not None else None
    topics = [t for t, _ in Counter(t for a in apps for t in a.topics).most_common()]
    actors = sorted({x for a in apps for x in a.actors})
    return Thread(thread_id(apps[0].statement_id), label(words, w, vocab, len(words) - 1, runs), topics, actors,
                  list(lead.alliance), lead.family, apps, [], "",
                  changes_of(apps if every_change else apps[-2:], vocab))


def changes_of(apps: list[Appearance], vocab: Vocabulary | None = None) -> list[Change]:
    return [compare(p.text, n.text, before_statement=p.statement_id, after_statement=n.statement_id,
                    before_meeting=p.meeting, after_meeting=n.meeting, vocab=vocab)
            for p, n in zip(apps, apps[1:])]


def situate(t: Thread, rounds: dict[tuple, list[tuple[str, str]]]) -> Thread:
    """The rounds a thread missed since it appeared, and its status against the last round on record."""
    alliance = tuple(t.alliance)
    seen = {a.meeting for a in t.appearances}
    first_date = t.first.date or ""
    t.missing = []
    for dialogue in dict.fromkeys(a.dialogue for a in t.appearances):
        t.missing += [key for date, key in rounds.get((dialogue, alliance), []) if date > first_date and key not in seen]
    on_record = rounds.get((t.last.dialogue, alliance), [])
    if on_record and on_record[-1][1] != t.last.meeting:
        t.status = "dropped"
    elif len(t.appearances) == 1:
        t.status = "new"
    elif t.changes[-1].significant:
        t.status = "changed"
    else:
        t.status = "continuing"
    return t


def label(texts: list[str], idf: dict[str, float], vocab: Vocabulary | None = None, focus: int = 0,
          runs: list[list] | None = None) -> str:
    """A short name from the phrases of one appearance (the latest) that the others share most.

    "complete denuclearization — common goal": the two phrases that best
    combine rarity and coverage across the appearances, worded as in the
    focus appearance (the wording a reader will meet next), the weightier first.
    ``runs`` are the texts' ``Vocabulary.runs``, when they are kept already.
    """
    vocab = vocab or load_vocabulary()
    if not texts:
        return ""
    if len(texts) == 1:
        return short(texts[0])
    runs = runs if runs is not None else [vocab.runs(text) for text in texts]
    wording: dict[tuple, str] = {}
    for run in runs[focus]:
        for gram, words in _grams(run):
            wording.setdefault(gram, words)
    cover: Counter = Counter()  # only the focus's phrases are named, so only theirs are counted
    for text_runs in runs:
        cover.update({g for run in text_runs for g in _terms(run)} & wording.keys())

    def weight(gram: tuple) -> float:
        return sum(idf.weight(t) if isinstance(idf, Weights) else idf.get(t, 1.0) for t in gram) * (1.0 if len(set(gram)) == len(gram) else 0.5)

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


def _terms(run: list[tuple[str, str]]):
    """The terms of ``_grams`` alone."""
    terms = [t for t, _ in run]
    for n in (1, 2, 3):
        for i in range(len(terms) - n + 1):
            yield tuple(terms[i:i + n])


def _grams(run: list[tuple[str, str]]):
    for n in (1, 2, 3):
        for i in range(len(run) - n + 1):
            yield tuple(t for t, _ in run[i:i + n]), " ".join(w for _, w in run[i:i + n])
