"""Analysts' corrections: a log kept apart from extraction and replayed over it.

A correction remembers the statement it was made on by document, span and act,
not by ordinal, because a better extractor may number the acts differently.
Replaying the log in order over a fresh extraction gives back what the
analysts saw: each change or delete finds its statement (the same span, or the
one that overlaps it most, with the same act), and each add always applies.
A correction that finds nothing is kept and reported as orphaned.

The log is append-only. An undo is a new entry that sets back what the entry
it names changed. Two analysts correcting one act at once cannot overwrite
each other unseen: a change names the state it was made on (its
``revision``, or the state read when the request began), and if the act no
longer stands so when the write's turn comes, the attempt is logged as
``refused`` and answered with a ``Conflict`` carrying the act as it now is.
"""
from __future__ import annotations

import getpass
import json
import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

from accord.knowledge import Knowledge, default_knowledge
from accord.records import Statement
from accord.store.db import Conflict, NotFound, StoreError, transaction
from accord.store.rows import StoredStatement, now, read_statements, revision, write_statements

ACTS = ("meet", "assess", "agree", "reaffirm", "commit", "note", "appreciate", "discuss", "concern", "other")
CHANGEABLE = ("act", "actors", "topics", "commitment", "session", "content", "condition", "milestone", "reported_by")
ACTIONS = ("change", "delete", "add")


@dataclass
class Correction:
    document_id: str
    start: int
    end: int
    action: str  # change | delete | add
    act: str | None = None  # the act the statement had when corrected (None for an add)
    fields: dict[str, Any] = field(default_factory=dict)
    statement_id: str | None = None
    before: dict[str, Any] | None = None
    by: str = ""
    at: str = ""
    note: str | None = None
    status: str = "applied"  # applied | orphaned | refused
    id: int | None = None
    undoes: int | None = None  # the correction this one undoes

    @classmethod
    def from_row(cls, row) -> "Correction":
        return cls(document_id=row["document_id"], start=row["span_start"], end=row["span_end"],
                   action=row["action"], act=row["act"], fields=json.loads(row["fields"]),
                   statement_id=row["statement_id"], before=json.loads(row["before"]) if row["before"] else None,
                   by=row["made_by"], at=row["made_at"], note=row["note"], status=row["status"], id=row["id"],
                   undoes=row["undoes"] if "undoes" in row.keys() else None)


def analyst(by: str | None) -> str:
    if by:
        return by
    try:
        return os.environ.get("USER") or getpass.getuser()
    except Exception:
        return "unknown"


def validate(changes: dict[str, Any], kb: Knowledge | None = None) -> dict[str, Any]:
    """The changes in canonical form, or a StoreError saying which value is wrong."""
    kb = kb or default_knowledge()
    unknown = set(changes) - set(CHANGEABLE)
    if unknown:
        raise StoreError(f"cannot change {', '.join(sorted(unknown))}; fields: {', '.join(CHANGEABLE)}")
    out = dict(changes)
    for name in ("act", "actors", "topics", "commitment"):
        if name in out and out[name] is None:
            raise StoreError(f"{name} cannot be null; leave it out to keep it as it is")
    for name in ("actors", "reported_by", "topics"):
        if out.get(name) is not None and (isinstance(out[name], str) or not all(isinstance(x, str) for x in out[name])):
            raise StoreError(f"{name} must be a list of codes")
    if "commitment" in out and not isinstance(out["commitment"], bool):
        raise StoreError("commitment must be true or false")
    if "act" in out:
        out["act"] = str(out["act"]).strip().lower()
        if out["act"] not in ACTS:
            raise StoreError(f"unknown act {out['act']!r}; acts: {', '.join(ACTS)}")
    for name in ("actors", "reported_by"):
        if name in out and out[name] is not None:
            codes = [c.strip().upper() for c in out[name] if c.strip()]
            bad = [c for c in codes if c not in kb.parties]
            if bad:
                raise StoreError(f"unknown party {', '.join(bad)}; parties: {', '.join(kb.parties)}")
            out[name] = codes or ([] if name == "actors" else None)
    if "topics" in out:
        known = known_topics(kb)
        topics = list(dict.fromkeys(t.strip() for t in out["topics"] if t.strip()))
        bad = [t for t in topics if t not in known]
        if bad:
            raise StoreError(f"unknown topic {', '.join(bad)}; topics: {', '.join(known)}")
        out["topics"] = topics
    if "commitment" in out:
        out["commitment"] = bool(out["commitment"])
    for name in ("session", "content", "condition", "milestone"):
        if name in out and out[name] is not None:
            out[name] = str(out[name]).strip() or None
    return out


def known_topics(kb: Knowledge) -> list[str]:
    topics = list(kb.topics.get("topics") or {})
    extra = [kb.topics.get("fallback"), (kb.topics.get("general") or {}).get("topic")]
    return topics + [t for t in extra if t and t not in topics]


# -- replaying ---------------------------------------------------------------------

def apply(entries: list[StoredStatement], c: Correction, text: str) -> StoredStatement | None:
    """Apply one correction to a document's statements in place.

    Returns the statement added, changed or deleted; None if the correction found none.
    """
    if c.action == "add":
        entries.append(StoredStatement(added_statement(c, text), origin="added", corrected=True))
        return entries[-1]
    target = find(entries, c)
    if target is None:
        return None
    if c.action == "delete":
        entries.remove(target)
    else:
        target.statement = replace(target.statement, **c.fields)
        target.corrected = True
    return target


def replay(entries: list[StoredStatement], corrections: list[Correction], text: str) -> list[Correction]:
    """Apply every correction in the order made; returns those that found no statement."""
    orphans = []
    for c in corrections:
        if apply(entries, c, text) is None:
            orphans.append(c)
    return orphans


def find(entries: list[StoredStatement], c: Correction) -> StoredStatement | None:
    """The statement a correction was made on: same document span and act, else the best overlap.

    A statement that already carries the act the correction sets also matches:
    the extractor may have learnt what the analyst taught it.
    """
    acts = [a for a in (c.act, c.fields.get("act")) if a]
    best, best_score = None, None
    for e in entries:
        s = e.statement
        if s.act not in acts:
            continue
        overlap = min(s.end, c.end) - max(s.start, c.start)
        shorter = min(s.end - s.start, c.end - c.start) or 1
        if overlap * 2 < shorter:
            continue
        score = (s.start == c.start and s.end == c.end, s.act == c.act, s.id == c.statement_id,
                 overlap, -abs(s.start - c.start))
        if best_score is None or score > best_score:
            best, best_score = e, score
    return best


def added_statement(c: Correction, text: str) -> Statement:
    f = c.fields
    return Statement(
        id=f"{c.document_id}:a{c.id}", start=c.start, end=c.end, text=text[c.start:c.end],
        actors=list(f.get("actors") or []), act=f["act"], commitment=bool(f.get("commitment", False)),
        content=f.get("content"), condition=f.get("condition"), topics=list(f.get("topics") or []),
        session=f.get("session"), milestone=f.get("milestone"), reported_by=f.get("reported_by"))


# -- recording ---------------------------------------------------------------------

def statement_row(conn, statement_id: str) -> Any:
    row = conn.execute("SELECT * FROM statements WHERE id = ?", (statement_id,)).fetchone()
    if row is None:
        raise NotFound(f"no statement {statement_id}")
    return row


def record(conn, c: Correction, expect: str | None = None) -> StoredStatement:
    """Log a correction and apply it to the stored statements, in one transaction.

    A change or delete acts on the statement as it stands when the write's turn
    comes (found by id, else by span and act). With ``expect``, that statement
    must still have that revision: otherwise the attempt is logged as refused
    and ``Conflict`` raised. Returns the statement as it now stands (as it was,
    for a delete).
    """
    refused: Conflict | None = None
    with transaction(conn):
        text = _text(conn, c.document_id)
        entries = read_statements(conn, c.document_id)
        if c.action != "add":
            target = next((e for e in entries if e.statement.id == c.statement_id), None) or find(entries, c)
            if target is None and expect is None:
                raise NotFound(f"no {c.act} statement at {c.start}-{c.end} of document {c.document_id}")
            current = _as_dict(target.statement) if target else None
            if expect is not None and (target is None or revision(target.statement) != expect):
                refused = Conflict(f"statement {c.statement_id} was changed by someone else meanwhile"
                                   if target else f"statement {c.statement_id} was deleted meanwhile", current)
                c.status = "refused"
            else:
                s = target.statement
                c.start, c.end, c.act, c.statement_id = s.start, s.end, s.act, s.id
            c.before = current
        c.at = c.at or now()
        c.id = conn.execute(
            "INSERT INTO corrections (document_id, statement_id, span_start, span_end, act, action, fields, before,"
            " made_by, made_at, note, status, undoes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
            (c.document_id, c.statement_id, c.start, c.end, c.act, c.action,
             json.dumps(c.fields, ensure_ascii=False), json.dumps(c.before, ensure_ascii=False) if c.before else None,
             c.by, c.at, c.note, c.status, c.undoes)).fetchone()[0]
        if refused is None:
            if c.action == "add":
                c.statement_id = f"{c.document_id}:a{c.id}"
                conn.execute("UPDATE corrections SET statement_id = ? WHERE id = ?", (c.statement_id, c.id))
            result = apply(entries, c, text)
            write_statements(conn, c.document_id, entries)
            on_change = getattr(conn, "on_change", None)  # the store's tracking, updated in this transaction
            if on_change is not None:
                on_change({c.document_id})
    if refused is not None:
        refused.correction = c
        raise refused
    assert result is not None
    return result


def _stored(conn, statement_id: str) -> tuple[Any, StoredStatement]:
    row = statement_row(conn, statement_id)
    entry = next(e for e in read_statements(conn, row["document_id"]) if e.statement.id == statement_id)
    return row, entry


def change(conn, statement_id: str, changes: dict[str, Any], by: str | None = None,
           note: str | None = None, kb: Knowledge | None = None, expect: str | None = None) -> StoredStatement:
    """``expect``: the revision the analyst saw; by default the one read now, before the write's turn."""
    if not changes:
        raise StoreError("nothing to change: give at least one field")
    fields_ = validate(changes, kb)
    row, entry = _stored(conn, statement_id)
    c = Correction(row["document_id"], row["span_start"], row["span_end"], "change", act=row["act"],
                   fields=fields_, statement_id=statement_id, by=analyst(by), note=note)
    return record(conn, c, expect or revision(entry.statement))


def delete(conn, statement_id: str, by: str | None = None, note: str | None = None,
           expect: str | None = None) -> StoredStatement:
    row, entry = _stored(conn, statement_id)
    c = Correction(row["document_id"], row["span_start"], row["span_end"], "delete", act=row["act"],
                   statement_id=statement_id, by=analyst(by), note=note)
    return record(conn, c, expect or revision(entry.statement))


def undo(conn, correction_id: int, by: str | None = None, note: str | None = None) -> Correction:
    """Set back what an applied correction did, as a new entry of the log; returns that entry."""
    row = conn.execute("SELECT * FROM corrections WHERE id = ?", (int(correction_id),)).fetchone()
    if row is None:
        raise NotFound(f"no correction #{correction_id}")
    c = Correction.from_row(row)
    if c.status != "applied":
        raise StoreError(f"correction #{c.id} is {c.status}: only an applied correction can be undone")
    done = conn.execute("SELECT id FROM corrections WHERE undoes = ? AND status = 'applied'", (c.id,)).fetchone()
    if done:
        raise StoreError(f"correction #{c.id} is undone already (by #{done[0]})")
    note = note or f"undo of #{c.id}"
    before = c.before or {}
    if c.action == "change":
        u = Correction(c.document_id, c.start, c.end, "change", act=c.fields.get("act", c.act),
                       fields={k: before.get(k) for k in c.fields}, statement_id=c.statement_id)
    elif c.action == "delete":
        kept = {k: before.get(k) for k in CHANGEABLE if before.get(k) not in (None, [])}
        u = Correction(c.document_id, c.start, c.end, "add", fields={"commitment": False, **kept})
    else:
        u = Correction(c.document_id, c.start, c.end, "delete", act=c.fields.get("act"), statement_id=c.statement_id)
    u.by, u.note, u.undoes = analyst(by), note, c.id
    record(conn, u)
    return u


def add(conn, document_id: str, start: int, end: int, act: str, actors: list[str],
        by: str | None = None, note: str | None = None, kb: Knowledge | None = None,
        **more: Any) -> StoredStatement:
    text = _text(conn, document_id)
    if start >= end:
        raise StoreError(f"the span's start ({start}) must come before its end ({end})")
    if start < 0 or end > len(text):
        raise StoreError(f"span {start}-{end} is outside the document's text (0-{len(text)})")
    if not text[start:end].strip():
        raise StoreError(f"span {start}-{end} holds no words")
    f = validate({"act": act, "actors": actors, **more}, kb)
    if not f["actors"]:
        raise StoreError("an added act needs its actors (--actors KOR,USA)")
    f = {k: v for k, v in f.items() if v is not None and v != []}
    f.setdefault("commitment", False)
    c = Correction(document_id, start, end, "add", fields=f, by=analyst(by), note=note)
    return record(conn, c)


def locate(text: str, words: str) -> tuple[int, int]:
    """The span of ``words`` in a document's text, which must hold them exactly once."""
    first = text.find(words) if words else -1
    if first < 0:
        raise StoreError(f"{words!r} is not in the document's text")
    if text.find(words, first + 1) >= 0:
        raise StoreError(f"{words!r} occurs {text.count(words)} times in the document; give --start and --end")
    return first, first + len(words)


def corrections(conn, document_id: str | None = None, status: str | None = None) -> list[Correction]:
    sql, args = "SELECT * FROM corrections WHERE 1 = 1", []
    if document_id:
        sql += " AND document_id = ?"
        args.append(document_id)
    if status:
        sql += " AND status = ?"
        args.append(status)
    return [Correction.from_row(r) for r in conn.execute(sql + " ORDER BY id", args)]


def authors(conn) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for statement_id, by, at in conn.execute(
            "SELECT statement_id, made_by, made_at FROM corrections WHERE status = 'applied' AND action <> 'delete'"
            " AND statement_id IS NOT NULL ORDER BY id"):
        out[statement_id] = (by, at)
    return out


def _text(conn, document_id: str) -> str:
    row = conn.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
    if row is None:
        raise NotFound(f"no document {document_id}")
    return row[0]


def _as_dict(s: Statement) -> dict[str, Any]:
    return {f.name: getattr(s, f.name) for f in fields(s)}


VERDICTS = ("confirm", "reject")


def record_verdict(conn, milestone_id: str, statement_id: str, verdict: str,
                   by: str | None, note: str | None) -> dict[str, str]:
    verdict = (verdict or "").strip().lower()
    if verdict not in VERDICTS:
        raise StoreError(f"a verdict is confirm or reject, not {verdict!r}")
    if not milestone_id or not statement_id:
        raise StoreError("a verdict names a milestone and a statement")
    if conn.execute("SELECT 1 FROM statements WHERE id = ?", (statement_id,)).fetchone() is None:
        raise NotFound(f"no statement {statement_id}")
    who, at = analyst(by), now()
    with transaction(conn):
        conn.execute("INSERT INTO milestone_verdicts (milestone_id, statement_id, verdict, made_by, made_at, note)"
                     " VALUES (?,?,?,?,?,?)", (milestone_id, statement_id, verdict, who, at, note))
    return dict(milestone_id=milestone_id, evidence_statement_id=statement_id, verdict=verdict, by=who, at=at)


def milestone_verdicts(conn) -> list[dict[str, str]]:
    rows = conn.execute("SELECT milestone_id, statement_id, verdict, made_by, made_at FROM milestone_verdicts"
                        " ORDER BY id").fetchall()
    return [dict(milestone_id=r[0], evidence_statement_id=r[1], verdict=r[2], by=r[3], at=r[4]) for r in rows]
