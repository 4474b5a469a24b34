"""Political event data: each act of record as directed events, CAMEO (PETRARCH/Phoenix) or PLOVER.

An event has one source and one target, so an act becomes one event per
dyad: a joint act of KOR and USA is KOR->USA and USA->KOR; a single party's
act targets the other parties to the meeting (a reported act, North Korea's
reaffirmation, has the reported party as source); an act aimed at a party
the clause names (a condemnation of North Korea) targets that party.
The act-to-code mapping is data: ``accord/data/cameo.yaml``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import IO, Any, Iterable, Iterator

from accord.knowledge import Knowledge, default_knowledge
from accord.records import Record, Statement
from accord.store.keys import meeting_key

CAMEO_COLUMNS = ("date", "source", "target", "code", "root_code", "quad_class", "goldstein",
                 "document_id", "text", "statement_id")


@dataclass
class Event:
    date: str | None  # YYYY-MM-DD: the meeting's first day, else the document's publication
    source: str
    target: str
    statement: Statement
    document_id: str
    meeting: str
    parties: list[str]


def events(records: Iterable[Record], kb: Knowledge) -> Iterator[Event]:
    aimed = set(kb.cameo.get("aimed") or [])
    for rec in records:
        m, d = rec.meeting, rec.document
        key = meeting_key(m, d)
        for s in rec.statements:
            for source, target in dyads(s, m.parties, kb if s.act in aimed else None):
                yield Event(m.start or m.end or d.published, source, target, s, d.id, key, list(m.parties))


def dyads(s: Statement, parties: list[str], kb: Knowledge | None = None) -> list[tuple[str, str]]:
    """(source, target) pairs of one act; ``kb`` given for an act aimed at a party the clause names."""
    actors = list(s.actors)
    if kb is not None:
        named = [code for _, _, code in kb.parties_in(s.content or s.text) if code not in actors]
        if named:
            return [(a, named[0]) for a in actors] or [("", named[0])]
    if len(actors) > 1:
        return [(a, b) for a in actors for b in actors if a != b]
    others = [p for p in parties if p not in actors]
    source = actors[0] if actors else ""
    return [(source, t) for t in others] or [(source, "")]


def cameo_code(s: Statement, kb: Knowledge) -> tuple[str, str, int | None, float | None]:
    """(code, root code, quad class, Goldstein score) of an act."""
    table = kb.cameo
    rule = (table.get("acts") or {}).get(s.act) or (table.get("acts") or {}).get("other") or {"code": "010"}
    code = str(rule.get("commitment") if s.commitment and rule.get("commitment") else rule["code"])
    military = table.get("military") or {}
    if s.commitment and code == "030" and set(s.topics) & set(military.get("topics") or []):
        code = str(military["code"])
    root = code[:2]
    quad = ((table.get("roots") or {}).get(root) or {}).get("quad_class")
    goldstein = ((table.get("codes") or {}).get(code) or {}).get("goldstein")
    return code, root, quad, goldstein


def write_cameo(records: Iterable[Record], out: IO[str], kb: Knowledge | None = None) -> int:
    """Tab-separated, one event per line under a header line, in the PETRARCH/Phoenix column order."""
    kb = kb or default_knowledge()
    out.write("\t".join(CAMEO_COLUMNS) + "\n")
    n = 0
    for e in events(records, kb):
        code, root, quad, goldstein = cameo_code(e.statement, kb)
        cells = [(e.date or "").replace("-", ""), e.source, e.target, code, root,
                 "" if quad is None else str(quad), "" if goldstein is None else f"{goldstein:.1f}",
                 e.document_id, e.statement.text, e.statement.id]
        out.write("\t".join(_one_line(c) for c in cells) + "\n")
        n += 1
    return n


def write_plover(records: Iterable[Record], out: IO[str], kb: Knowledge | None = None) -> int:
    """PLOVER-style JSON Lines, one event per line."""
    kb = kb or default_knowledge()
    n = 0
    for i, e in enumerate(events(records, kb)):
        out.write(json.dumps(plover_event(e, kb, i), ensure_ascii=False) + "\n")
        n += 1
    return n


def plover_event(e: Event, kb: Knowledge, n: int) -> dict[str, Any]:
    table = kb.cameo.get("plover") or {}
    rule = (table.get("acts") or {}).get(e.statement.act) or {}
    event_type = rule.get("event_type")
    mode = rule.get("mode")
    if mode is None and len(e.parties) > 2:
        mode = (table.get("multilateral_mode") or {}).get(event_type)
    s = e.statement
    return {
        "id": f"{s.id}/{e.source or '-'}-{e.target or '-'}",
        "date": e.date, "event_type": event_type, "mode": mode,
        "actor": e.source or None, "recipient": e.target or None,
        "text": s.text, "act": s.act, "commitment": s.commitment, "topics": list(s.topics),
        "cameo": cameo_code(s, kb)[0], "statement_id": s.id, "document_id": e.document_id, "meeting": e.meeting,
    }


def _one_line(cell: str) -> str:
    return " ".join(str(cell).split()) if any(c in str(cell) for c in "\t\r\n") else str(cell)
