"""Threads kept in the store and updated document by document.

``update(conn, ids)`` is called after a document is added, re-extracted,
corrected or replaced by a new version. It drops what the store held of
those documents, signs their current statements again, finds each new
appearance's candidates through the inverted index (``track_terms``), keeps
the links, and re-clusters only the components the change touched: those
that held the old appearances and those the new ones link to strongly. A
thread never spans two components (``accord.tracking.linking``), so the rest
of the record stands as it was. Each component is kept whole
(``track_components``: its units and the links among them), so one is read
in one row, not link by link. ``rebuild(conn)`` does the same for every
document at once; both give the same threads.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from functools import lru_cache
from typing import Any, Iterable

import numpy as np

from accord.knowledge import Knowledge
from accord.records import Record
from accord.store.db import transaction
from accord.store.corrections import milestone_verdicts
from accord.store.queries import read_record
from accord.tracking.followthrough import (Confirmation, Evidence, TrackedMilestone, followed_further,
                                           milestone_ids, milestones_set_by, status, window)
from accord.tracking.linking import (LINK_FLOOR, SCORING, Unit, agglomerate, bucket, cluster, components,
                                     index_terms, links, near_in_time, unit_similarity)
from accord.tracking.rounds import MeetingRef, meeting_ref
from accord.tracking.similarity import Signature, Weights, statement_words, stored_terms
from accord.tracking.threads import THRESHOLD, Appearance, Thread, assemble, record_units
from accord.tracking.vocabulary import Vocabulary, load_vocabulary
from accord.tracking.weights import reference_weights

CHUNK = 500  # ids per IN (...) list
SIGNATURE = "statement_id, document_id, unit, rank, terms, topics, family, actors, alliance, length, date"
RECORDS_KEPT = 400  # records kept while following milestones through their neighbours


class Tracker:
    """The vocabulary and weights tracking runs with, and the functions that keep its tables."""

    def __init__(self, conn, knowledge: Knowledge | None = None,
                 threshold: float = THRESHOLD):
        self.conn = conn
        self.knowledge = knowledge
        self._memo: dict = {}  # follow-through's findings about texts, kept between updates
        self.vocab: Vocabulary = load_vocabulary(knowledge) if knowledge else load_vocabulary()
        self.w: Weights = reference_weights()
        self.threshold = threshold

    # -- writing -------------------------------------------------------------------
    def built(self) -> bool:
        """Whether tracking is built, by this scoring: threads scored otherwise are built again (``ensure``)."""
        conn = self.conn
        if conn.execute("SELECT 1 FROM track_meta WHERE key = 'built'").fetchone() is None:
            return False
        row = conn.execute("SELECT value FROM track_meta WHERE key = 'scoring'").fetchone()
        return (row is not None and row[0] == SCORING) or conn.execute(
            "SELECT 1 FROM track_statements LIMIT 1").fetchone() is None

    def stale(self) -> bool:
        """Tracking built by an earlier scoring: it is kept as it is (pages read it) until a rebuild."""
        return self.conn.execute("SELECT 1 FROM track_meta WHERE key = 'built'").fetchone() is not None \
            and not self.built()

    def _scored(self) -> None:
        self.conn.execute("INSERT INTO track_meta (key, value) VALUES ('scoring', ?)"
                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (SCORING,))

    def ensure(self) -> None:
        """Build tracking over the whole record if it never was (a database from before tracking was kept)."""
        if not self.built():
            self.rebuild()

    def update(self, document_ids: Iterable[str]) -> int:
        """Bring tracking up to date with these documents (and the versions they replace); threads rewritten.

        Before tracking was ever built, there is nothing to update: ``ensure`` builds it whole.
        """
        ids = set(document_ids)
        if not ids or not self.built():
            return 0
        with transaction(self.conn):
            return self._update(ids)

    def update_in(self, document_ids: Iterable[str]) -> int:
        """``update`` inside the caller's transaction (the change and its tracking commit together)."""
        ids = set(document_ids)
        return self._update(ids) if ids and self.built() else 0

    def _update(self, ids: set[str]) -> int:
        conn = self.conn
        self._scored()
        sources = _rows(conn, "SELECT DISTINCT source FROM documents WHERE id IN ({})", ids)
        family = ids | set(_rows(conn, "SELECT id FROM documents WHERE source IN ({})", [s[0] for s in sources],
                                 column=0))
        tracked = set(_rows(conn, "SELECT DISTINCT document_id FROM track_statements WHERE document_id IN ({})",
                            family, column=0))
        current = set(_rows(conn, "SELECT id FROM current_documents WHERE id IN ({})", family, column=0))
        touched = tracked | current
        old_units = set(_rows(conn, "SELECT DISTINCT unit FROM track_statements WHERE document_id IN ({})",
                              touched, column=0))
        old_threads = set(_rows(conn, "SELECT DISTINCT thread_id FROM thread_members WHERE unit IN ({})", old_units,
                                column=0))
        dates = {r[0] for r in _rows(conn, "SELECT coalesce(m.start_date, m.end_date, d.published) FROM documents d"
                                           " LEFT JOIN meetings m ON m.document_id = d.id WHERE d.id IN ({})", touched)}
        parties = {p for r in _rows(conn, "SELECT parties FROM meetings WHERE document_id IN ({})", touched)
                   for p in json.loads(r[0] or "[]")}
        keys = {r[0] for r in _rows(conn, "SELECT key FROM meetings WHERE document_id IN ({})", touched)}
        _exec(conn, "DELETE FROM thread_members WHERE thread_id IN ({})", old_threads)
        _exec(conn, "DELETE FROM threads WHERE id IN ({})", old_threads)
        held = self._components(old_units)  # read before the appearances that go are forgotten
        self._forget(touched, old_units)
        new_units: list[Unit] = []
        read = {}
        for doc in sorted(current):
            read[doc] = rec = read_record(conn, doc)
            if rec is not None:
                new_units += self._sign(rec)
        found = [link for u in new_units for link in self._link(u)]
        fresh = {u.key: (u.document_id, u.lead.date) for u in new_units}
        held.update(self._components({k for a, b, sim in found if sim >= self.threshold for k in (a, b)} - set(fresh),
                                     skip=held))
        done = self._recluster(held, old_units, fresh, found)
        reporting = self._reporting_on(dates, parties, keys)
        if not tracked and len(current) == 1 and touched == current and read[min(current)] is not None:
            self._follow_new(read[min(current)], reporting)  # a new document: nothing it replaces to take back
        else:
            self._follow(touched | reporting)
        return done

    def rebuild(self) -> int:
        """Every table of tracking emptied and filled again from the current documents."""
        conn = self.conn
        with transaction(conn):
            for table in ("track_statements", "track_terms", "track_links", "threads", "thread_members",
                          "track_milestones", "track_components", "track_unit_components"):
                conn.execute(f"DELETE FROM {table}")
            units: list[Unit] = []
            for (doc,) in conn.execute("SELECT id FROM current_documents ORDER BY id").fetchall():
                rec = read_record(conn, doc)
                if rec is not None:
                    units += self._sign(rec)
            found = links(units, self.w)
            conn.executemany("INSERT INTO track_links (a, b, sim) VALUES (?, ?, ?)", found)
            by_key = {u.key: u for u in units}
            groups = components(by_key, found, self.threshold)
            where = {k: n for n, g in enumerate(groups) for k in g}
            per: dict[int, list] = {}
            for link in found:
                if where[link[0]] == where[link[1]]:
                    per.setdefault(where[link[0]], []).append(link)
            for n, g in enumerate(groups):
                self._write_threads([by_key[k] for k in g], per.get(n, []))
                at = {k: i for i, k in enumerate(g)}
                inside = per.get(n, [])
                self._keep_component(g, [(by_key[k].document_id, by_key[k].lead.date) for k in g],
                                     [at[a] for a, _, _ in inside],
                                     [at[b] for _, b, _ in inside], [sim for _, _, sim in inside], {})
            self._follow({r[0] for r in conn.execute("SELECT id FROM current_documents").fetchall()})
            conn.execute("INSERT INTO track_meta (key, value) VALUES ('built', '1') ON CONFLICT (key) DO NOTHING")
            self._scored()
            return len(groups)

    def _forget(self, documents: set[str], units: set[str]) -> None:
        conn = self.conn
        _exec(conn, "DELETE FROM track_links WHERE a IN ({})", units)
        _exec(conn, "DELETE FROM track_links WHERE b IN ({})", units)
        _exec(conn, "DELETE FROM track_terms WHERE unit IN ({})", units)
        _exec(conn, "DELETE FROM track_unit_components WHERE unit IN ({})", units)
        _exec(conn, "DELETE FROM track_statements WHERE document_id IN ({})", documents)
        _exec(conn, "DELETE FROM thread_members WHERE document_id IN ({})", documents)

    def _sign(self, rec: Record) -> list[Unit]:
        """Store a record's signatures and index its appearances; returns them."""
        units = record_units(rec, self.vocab, self.w)
        ref = meeting_ref(rec)
        stmts = {s.id: s for s in rec.statements}
        rows = []
        for u in units:
            for rank, sig in enumerate(u.members):
                st = stmts[sig.statement_id]
                rows.append((sig.statement_id, sig.document_id, u.key, rank, bucket(sig), sig.family,
                             json.dumps(list(sig.alliance)), json.dumps(sorted(sig.actors)),
                             json.dumps(sorted(sig.topics)), sig.stored_terms, sig.length,
                             statement_words(st), json.dumps(self.vocab.runs(statement_words(st))), ref.key,
                             ref.dialogue, ref.round, ref.date, st.act, st.text))
            self.conn.executemany("INSERT INTO track_terms (bucket, term, unit) VALUES (?, ?, ?)",
                                  [(bucket(u.lead), t, u.key) for t in sorted(index_terms(u, self.w))])
        self.conn.executemany(f"INSERT INTO track_statements VALUES ({', '.join('?' * 19)})", rows)
        return units

    def _link(self, u: Unit) -> list[tuple[str, str, float]]:
        """Store a new appearance's links to its candidates; returns them."""
        terms = sorted(index_terms(u, self.w))
        if not terms:
            return []
        marks = ", ".join("?" * len(terms))
        others = [r[0] for r in self.conn.execute(
            f"SELECT DISTINCT unit FROM track_terms WHERE bucket = ? AND term IN ({marks}) AND unit != ?",
            (bucket(u.lead), *terms, u.key))]
        # only those that can link are read whole: of another document, and near enough in time
        others = [r[0] for r in _rows(self.conn, "SELECT unit, document_id, date FROM track_statements"
                                                 " WHERE rank = 0 AND unit IN ({})", others)
                  if r[1] != u.document_id and near_in_time(u.lead.date, r[2])]
        found = []
        for v in self.units(others).values():
            sim = unit_similarity(u, v, self.w)
            if sim >= LINK_FLOOR:
                a, b = sorted((u.key, v.key))
                found.append((a, b, sim))
        self.conn.executemany("INSERT INTO track_links (a, b, sim) VALUES (?, ?, ?)"
                              " ON CONFLICT (a, b) DO UPDATE SET sim = excluded.sim", found)
        return found

    # -- components --------------------------------------------------------------------
    def _components(self, units: set[str], skip: Iterable[str] = ()) -> dict[str, "Component"]:
        """The kept components holding these units (but those in ``skip``), by id."""
        ids = set(_rows(self.conn, "SELECT DISTINCT component FROM track_unit_components WHERE unit IN ({})", units,
                        column=0)) - set(skip)
        return {r[0]: Component.decode(r[0], r[1], bytes(r[2]))
                for r in _rows(self.conn, "SELECT id, units, links FROM track_components WHERE id IN ({})", ids)}

    def _recluster(self, held: dict[str, "Component"], gone: set[str], fresh: dict[str, tuple],
                   found: list[tuple[str, str, float]]) -> int:
        """Re-cluster and keep again the components of a change: ``held``, the kept ones it touches, less the
        units that are ``gone``, joined by the ``fresh`` units (key -> document and date) and their ``found`` links.
        Returns how many components there are now."""
        found = [(a, b, sim) for (a, b), sim in {(a, b): sim for a, b, sim in found}.items()]  # as track_links has them
        where = {k: c.id for c in held.values() for k in c.keys}
        parent: dict[str, str] = {}  # kept components ("c:") and fresh units ("u:"), joined by new strong links

        def root(x: str) -> str:
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for x in [*("c:" + c for c in held), *("u:" + k for k in fresh)]:
            root(x)

        def node(k: str) -> str:
            return "u:" + k if k in fresh else "c:" + where.get(k, "")

        for a, b, sim in found:
            na, nb = node(a), node(b)
            if sim >= self.threshold and na in parent and nb in parent and root(na) != root(nb):
                ra, rb = root(na), root(nb)
                parent[max(ra, rb)] = min(ra, rb)
        groups: dict[str, list[str]] = {}
        for x in sorted(parent):
            groups.setdefault(root(x), []).append(x)
        kept: set[str] = set()
        for group in groups.values():
            parts = [held[x[2:]] for x in group if x.startswith("c:")]
            keys = sorted({k for c in parts for k in c.keys if k not in gone}
                          | {x[2:] for x in group if x.startswith("u:")})
            if not keys:
                continue
            at = {k: i for i, k in enumerate(keys)}
            heads = [fresh.get(k) for k in keys]  # (document, date) of each
            for c in parts:
                for k, d, day in zip(c.keys, c.documents, c.dates):
                    if k in at and k not in fresh:
                        heads[at[k]] = (d, day)
            if len(parts) > 1:  # components joined: the weak links between them were kept in neither
                rows = [r for r in _rows(self.conn, "SELECT a, b, sim FROM track_links WHERE a IN ({})", keys)
                        if r[1] in at]
                ia = np.array([at[r[0]] for r in rows], dtype=np.int64)
                ib = np.array([at[r[1]] for r in rows], dtype=np.int64)
                sims = np.array([r[2] for r in rows], dtype=float)
            else:
                ia, ib, sims = _joined(parts, at, gone, [(a, b, sim) for a, b, sim in found if a in at and b in at])
            was = {k: c.id for c in parts for k in c.keys if k not in gone}
            lost = any(k in gone for c in parts for k in c.keys)
            for part in _split(len(keys), ia, ib, sims, self.threshold) if lost else [list(range(len(keys)))]:
                sub_keys, sub_heads = [keys[i] for i in part], [heads[i] for i in part]
                sub = _within(part, len(keys), ia, ib, sims) if lost else (ia, ib, sims)
                self._reclustered(sub_keys, sub_heads, *sub)
                self._keep_component(sub_keys, sub_heads, *sub, was)
                kept.add(sub_keys[0])
        _exec(self.conn, "DELETE FROM track_components WHERE id IN ({})", set(held) - kept)
        return len(kept)

    def _reclustered(self, keys: list[str], heads: list[tuple], ia, ib, sims) -> None:
        """The threads of one component written again where they changed."""
        conn = self.conn
        old: dict[str, set[str]] = {}
        for r in _rows(conn, "SELECT thread_id, unit FROM thread_members WHERE unit IN ({})", keys):
            old.setdefault(r[0], set()).add(r[1])
        units = [Unit(k, doc, (), date) for k, (doc, date) in zip(keys, heads)]
        now = {frozenset(keys[i] for i in g) for g in agglomerate(units, ia, ib, sims, self.threshold)}
        before = {tid: frozenset(members) for tid, members in old.items()}
        gone = [tid for tid, members in before.items() if members not in now]
        fresh = sorted(now - set(before.values()), key=min)
        _exec(conn, "DELETE FROM thread_members WHERE thread_id IN ({})", gone)
        _exec(conn, "DELETE FROM threads WHERE id IN ({})", gone)
        units = self.units(k for g in fresh for k in g)  # only the threads that changed are read whole
        self._write_clusters([[units[k] for k in sorted(g)] for g in fresh])

    def _keep_component(self, keys: list[str], heads: list[tuple], ia, ib, sims, was: dict[str, str]) -> None:
        """Store one component whole, and which units it holds where that changed (``was``: unit -> the
        kept component it was in)."""
        cid = keys[0]
        self.conn.execute("INSERT INTO track_components (id, units, links) VALUES (?, ?, ?)"
                          " ON CONFLICT (id) DO UPDATE SET units = excluded.units, links = excluded.links",
                          (cid, json.dumps([keys, *map(list, zip(*heads))]), Component.encode(ia, ib, sims)))
        self.conn.executemany("INSERT INTO track_unit_components (unit, component) VALUES (?, ?)"
                              " ON CONFLICT (unit) DO UPDATE SET component = excluded.component",
                              [(k, cid) for k in keys if was.get(k) != cid])

    def _write_threads(self, units: list[Unit], found: list[tuple[str, str, float]]) -> None:
        self._write_clusters(cluster(units, found, self.threshold))

    def _write_clusters(self, groups: list[list[Unit]]) -> None:
        rows = self.statement_rows(u.key for g in groups for u in g)
        threads, members = [], []
        for group in groups:
            t = assemble([appearance_of(rows[u.key], [m.statement_id for m in u.members[1:]]) for u in group],
                         [rows[u.key]["words"] for u in group], group[0].lead, self.w, self.vocab,
                         [json.loads(rows[u.key]["runs"]) for u in group], every_change=False)
            text = " ".join([t.label, *(a.text for a in t.appearances)]).lower()
            threads.append((t.id, t.label, t.family, json.dumps(t.alliance), json.dumps(t.topics),
                            json.dumps(t.actors), json.dumps(list(dict.fromkeys(a.dialogue for a in t.appearances))),
                            len(t.appearances), t.first.meeting, t.first.date, t.last.meeting, t.last.dialogue,
                            t.last.date, int(bool(t.changes) and t.changes[-1].significant), text))
            members += [(m.statement_id, t.id, u.key, u.document_id) for u in group for m in u.members]
        self.conn.executemany(f"INSERT INTO threads VALUES ({', '.join('?' * 15)})", threads)
        self.conn.executemany("INSERT INTO thread_members (statement_id, thread_id, unit, document_id)"
                              " VALUES (?, ?, ?, ?)", members)

    # -- follow-through ----------------------------------------------------------------
    def follow(self, document_ids: Iterable[str]) -> None:
        """Follow again the milestones these documents set (after an analyst's verdict on their evidence)."""
        with transaction(self.conn):
            self._follow(set(document_ids))

    def _reporting_on(self, dates: set, parties: set[str], keys: set[str]) -> set[str]:
        """Documents whose milestones a document of these dates, parties and meeting keys could report on."""
        out = set()
        days = sorted(d for d in dates if d)
        # those whose window could hold one of the dates, or that name meetings; then each exactly
        where = "events <> '[]'" + (" OR (coalesce(start_date, '') < ? AND (until_date IS NULL OR until_date >= ?))"
                                    if days else "")
        for r in self.conn.execute("SELECT source_document, alliance, start_date, until_date, events"
                                   f" FROM track_milestones WHERE {where}", (days[-1], days[0]) if days else ()):
            if not _json_set(r[1]) <= parties:  # reports come from meetings of all its parties
                continue
            named = keys & _json_set(r[4])
            inside = any(d and (r[2] or "") < d and (r[3] is None or d <= r[3]) for d in dates)
            if named or inside:
                out.add(r[0])
        return out

    def _follow(self, documents: set[str]) -> None:
        conn = self.conn
        _exec(conn, "DELETE FROM track_milestones WHERE source_document IN ({})", documents)
        current = set(_rows(conn, "SELECT id FROM current_documents WHERE id IN ({})", documents, column=0))
        every_verdict = [Confirmation(**v) for v in milestone_verdicts(conn)]
        rows = []
        self._records: dict[str, Record | None] = {}
        order = sorted(_rows(conn, "SELECT d.id, coalesce(m.start_date, m.end_date, d.published, '') FROM documents d"
                                   " LEFT JOIN meetings m ON m.document_id = d.id WHERE d.id IN ({})", current),
                       key=lambda r: (r[1], r[0]))
        for doc, _ in order:
            rec = self._record(doc)
            if rec is None or not (rec.milestones or any(s.milestone for s in rec.statements)):
                continue
            start, until, events = window(rec, knowledge=self.knowledge)
            mine = milestone_ids(rec)
            verdicts = [v for v in every_verdict if v.milestone_id in mine]
            later = self._later(rec, start, until, events, verdicts)
            ref = meeting_ref(rec)
            rows += [_milestone_row(m, doc, ref.dialogue, start, until, events)
                     for m in milestones_set_by(rec, later, verdicts, knowledge=self.knowledge, vocab=self.vocab,
                                                memo=self._memo)]
        conn.executemany(f"INSERT INTO track_milestones VALUES ({', '.join('?' * 12)})"
                         " ON CONFLICT (id) DO NOTHING", rows)

    def _follow_new(self, rec: Record, sources: set[str]) -> None:
        """Follow a new document's milestones, and those of ``sources`` through it: where it is among the
        records that report on them, only its statements are scored against their evidence
        (``followed_further``); where that cannot tell, they are followed again whole."""
        conn, doc = self.conn, rec.document.id
        here = conn.execute("SELECT m.parties, m.key, coalesce(m.start_date, m.end_date, d.published) FROM"
                            " current_documents d JOIN meetings m ON m.document_id = d.id WHERE d.id = ?",
                            (doc,)).fetchone()
        every_verdict = [Confirmation(**v) for v in milestone_verdicts(conn)]
        again, rows = {doc}, []
        for src in sorted(sources - {doc}) if here is not None else ():
            kept = conn.execute("SELECT data, dialogue, start_date, until_date, events FROM track_milestones"
                                " WHERE source_document = ?", (src,)).fetchall()
            start, until, events = kept[0]["start_date"], kept[0]["until_date"], json.loads(kept[0]["events"])
            day = here[2]
            if start is None or day is None or not day > start:
                continue  # not one of the records that could report on them (``_later``): they stand
            source = read_record(conn, src)
            if source is None or not ((until is not None and day <= until) or here[1] in events) or not (
                    set(source.meeting.parties) <= set(json.loads(here[0] or "[]"))):
                continue
            mine = milestone_ids(source)
            verdicts = [v for v in every_verdict if v.milestone_id in mine]
            merged = None
            if doc not in {v.evidence_statement_id.split(":", 1)[0] for v in verdicts}:
                merged = followed_further(source, [milestone_from_json(r["data"]) for r in kept], rec, verdicts,
                                          knowledge=self.knowledge, vocab=self.vocab, memo=self._memo)
            if merged is None:
                again.add(src)
                continue
            conn.execute("DELETE FROM track_milestones WHERE source_document = ?", (src,))
            rows += [_milestone_row(m, src, kept[0]["dialogue"], start, until, events) for m in merged]
        conn.executemany(f"INSERT INTO track_milestones VALUES ({', '.join('?' * 12)})"
                         " ON CONFLICT (id) DO NOTHING", rows)
        self._follow(again)

    def _later(self, rec: Record, start: str | None, until: str | None, events: list[str],
               verdicts: list[Confirmation]) -> list[Record]:
        """The current records that could report on ``rec``'s milestones, in date order."""
        if start is None:
            return []
        alliance = set(rec.meeting.parties)
        found = []
        day = "coalesce(m.start_date, m.end_date, d.published)"
        bound = f" AND ({day} <= ?" + (f" OR m.key IN ({', '.join('?' * len(events))}))" if events else ")")
        for r in self.conn.execute(
                f"SELECT d.id, m.parties, m.key, {day} AS day FROM current_documents d JOIN meetings m"
                f" ON m.document_id = d.id WHERE {day} > ? AND d.id <> ?{bound if until is not None else ''}"
                " ORDER BY day, d.id", (start, rec.document.id, *((until, *events) if until is not None else ()))
        ).fetchall():
            if r[0] == rec.document.id or not alliance <= set(json.loads(r[1] or "[]")):
                continue
            if (until is not None and r[3] <= until) or r[2] in events:
                found.append(r[0])
        named = {v.evidence_statement_id.split(":", 1)[0] for v in verdicts}
        found += sorted(named - set(found) - {rec.document.id})
        return [x for doc in found if (x := self._record(doc)) is not None]

    def _record(self, doc: str) -> Record | None:
        """A record read once per follow-through pass (neighbouring documents share their candidates)."""
        if doc not in self._records:
            if len(self._records) >= RECORDS_KEPT:
                self._records.clear()
            self._records[doc] = read_record(self.conn, doc)
        return self._records[doc]

    def milestones(self, today: dt.date) -> list[TrackedMilestone]:
        """Every milestone kept, with its status as of ``today``, in order of due date."""
        out = []
        for (data,) in self.conn.execute("SELECT data FROM track_milestones ORDER BY due NULLS LAST, id").fetchall():
            m = milestone_from_json(data)
            m.status = status(m, today)
            out.append(m)
        out.sort(key=lambda m: (m.due or "9999", m.source_date or "", m.id))
        return out

    # -- reading -------------------------------------------------------------------
    def statement_rows(self, units: Iterable[str]) -> dict[str, Any]:
        """Unit key -> the row of its leading statement."""
        return {r["unit"]: r for r in _rows(self.conn, "SELECT * FROM track_statements WHERE rank = 0 AND unit IN ({})",
                                            set(units))}

    def units(self, keys: Iterable[str]) -> dict[str, Unit]:
        """The stored units with these keys, members in rank order."""
        grouped: dict[str, list] = {}
        for r in sorted(_rows(self.conn, f"SELECT {SIGNATURE} FROM track_statements WHERE unit IN ({{}})", set(keys)),
                        key=lambda r: (r["unit"], r["rank"])):
            grouped.setdefault(r["unit"], []).append(signature_of(r))
        return {k: Unit(k, sigs[0].document_id, tuple(sigs), sigs[0].date) for k, sigs in grouped.items()}


class Component:
    """A kept component: its units in key order, their documents and dates, and the links among them by
    position."""

    def __init__(self, cid: str, keys: list[str], documents: list[str], dates: list[str | None], ia, ib, sims):
        self.id, self.keys, self.documents, self.dates = cid, keys, documents, dates
        self.ia, self.ib, self.sims = ia, ib, sims

    @staticmethod
    def encode(ia, ib, sims) -> bytes:
        return (np.asarray(ia, "<i4").tobytes() + np.asarray(ib, "<i4").tobytes()
                + np.asarray(sims, "<f8").tobytes())

    @classmethod
    def decode(cls, cid: str, units: str, links: bytes) -> "Component":
        keys, documents, dates = json.loads(units)
        n = len(links) // 16
        return cls(cid, keys, documents, dates, np.frombuffer(links, "<i4", n, 0), np.frombuffer(links, "<i4", n, 4 * n),
                   np.frombuffer(links, "<f8", n, 8 * n))


def _joined(parts: list[Component], at: dict[str, int], gone: set[str], found: list[tuple[str, str, float]]):
    """The kept links among the units that remain and the new ones, by position in ``at``."""
    ia, ib, sims = [], [], []
    for c in parts:
        pos = np.array([-1 if k in gone else at.get(k, -1) for k in c.keys], dtype=np.int64)
        a, b = pos[c.ia], pos[c.ib]
        keep = (a >= 0) & (b >= 0)
        ia.append(a[keep])
        ib.append(b[keep])
        sims.append(c.sims[keep])
    ia.append(np.array([at[a] for a, _, _ in found], dtype=np.int64))
    ib.append(np.array([at[b] for _, b, _ in found], dtype=np.int64))
    sims.append(np.array([sim for _, _, sim in found], dtype=float))
    return np.concatenate(ia), np.concatenate(ib), np.concatenate(sims)


def _split(n: int, ia, ib, sims, threshold: float) -> list[list[int]]:
    """Positions 0..n-1 grouped by links of at least ``threshold`` (what is left of components that lost units)."""
    strong = sims >= threshold
    return components(range(n), list(zip(ia[strong].tolist(), ib[strong].tolist(), sims[strong].tolist())), threshold)


def _within(part: list[int], n: int, ia, ib, sims):
    """The links among ``part`` (sorted positions), renumbered from 0."""
    pos = np.full(n, -1, dtype=np.int64)
    pos[part] = np.arange(len(part))
    a, b = pos[ia], pos[ib]
    keep = (a >= 0) & (b >= 0)
    return a[keep], b[keep], sims[keep]


def _milestone_row(m: TrackedMilestone, doc: str, dialogue: str, start: str | None, until: str | None,
                   events: list[str]) -> tuple:
    return (m.id, doc, m.source_statement, m.source_meeting, dialogue, json.dumps(m.alliance), m.due,
            int(status(m, dt.date.min) == "met"), start, until, json.dumps(events), json.dumps(asdict(m)))


def milestone_from_json(data: str) -> TrackedMilestone:
    d = json.loads(data)
    d["evidence"] = [Evidence(**e) for e in d.get("evidence") or []]
    return TrackedMilestone(**d)


def signature_of(row) -> Signature:
    terms, side = stored_terms(row["terms"])
    return Signature(row["statement_id"], row["document_id"], terms, _json_set(row["topics"]), row["family"],
                     _json_set(row["actors"]), _json_tuple(row["alliance"]), row["length"], row["date"], side)


@lru_cache(maxsize=8192)
def _json_set(text: str) -> frozenset[str]:
    """A JSON list as a set (the same few lists of topics and actors come back on every row)."""
    return frozenset(json.loads(text))


@lru_cache(maxsize=1024)
def _json_tuple(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def appearance_of(row, echoes: list[str]) -> Appearance:
    return Appearance(row["statement_id"], row["document_id"], row["meeting"], row["dialogue"], row["round"],
                      row["date"], row["act"], json.loads(row["actors"]), json.loads(row["topics"]), row["text"],
                      echoes)



def _rows(conn, sql: str, values: Iterable, *, column: int | None = None,
          tail: tuple = ()) -> list:
    """``sql`` with its ``IN ({})`` filled from ``values``, in chunks; rows, or one column of them."""
    values = sorted(set(values))
    out = []
    for i in range(0, len(values), CHUNK):
        part = values[i:i + CHUNK]
        for r in conn.execute(sql.format(", ".join("?" * len(part))), (*part, *tail)):
            out.append(r[column] if column is not None else r)
    return out


def _exec(conn, sql: str, values: Iterable) -> None:
    values = sorted(set(values))
    for i in range(0, len(values), CHUNK):
        part = values[i:i + CHUNK]
        conn.execute(sql.format(", ".join("?" * len(part))), part)


__all__ = ["Tracker", "MeetingRef", "Thread"]
