"""Finding statements: full-text search (the backend's own machinery) and the filters shared with listing."""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

from accord.records import Statement
from accord.store.backend import MARK_END, MARK_START
from accord.store.db import StoreError
from accord.store.rows import revision, statement_from_row, topics_of

_START, _END = MARK_START, MARK_END  # around matched words in the backend's highlight, turned into offsets


@dataclass
class Hit:
    """A statement found, with where it comes from."""

    statement: Statement
    document_id: str
    meeting_key: str | None
    source: str
    date: str | None  # the meeting's first day (or the document's publication date)
    origin: str = "extracted"
    corrected: bool = False
    score: float | None = None  # bm25 (SQLite) or ts_rank_cd (PostgreSQL), higher is better; None when listing
    highlights: list[tuple[int, int]] = field(default_factory=list)  # matched words, offsets into statement.text

    @property
    def revision(self) -> str:
        """What a correction names as the state it was made on (``Store.correct(..., expect=)``)."""
        return revision(self.statement)

    def to_dict(self) -> dict[str, Any]:
        return {"revision": self.revision,
            "meeting": self.meeting_key, "document": self.document_id, "source": self.source, "date": self.date,
            "start": self.statement.start, "end": self.statement.end, "score": self.score,
            "corrected": self.corrected, "origin": self.origin, "statement": asdict(self.statement),
        }


@dataclass
class Filters:
    """Each filter narrows; several values of one filter mean any of them."""

    topic: list[str] = field(default_factory=list)
    act: list[str] = field(default_factory=list)
    party: list[str] = field(default_factory=list)
    dialogue: list[str] = field(default_factory=list)
    meeting: list[str] = field(default_factory=list)
    document_id: str | None = None
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive, on the meeting's date
    until: str | None = None
    commitments: bool = False
    all_versions: bool = False

    @classmethod
    def of(cls, **given: Any) -> "Filters":
        unknown = set(given) - set(cls.__dataclass_fields__)
        if unknown:
            raise TypeError(f"unknown filter {', '.join(sorted(unknown))}")
        for name in ("topic", "act", "party", "dialogue", "meeting"):
            if name in given:
                given[name] = _many(given[name])
        return cls(**given)

    def where(self, backend) -> tuple[str, list[Any]]:
        sql, args = [], []

        def any_of(expr: str, values: list[str]) -> None:
            sql.append("(" + " OR ".join([expr] * len(values)) + ")")
            for v in values:
                args.extend([v] * expr.count("?"))

        if self.topic:
            any_of("EXISTS (SELECT 1 FROM statement_topics t WHERE t.statement_pk = s.pk AND t.topic = ?)",
                   [t.lower() for t in self.topic])
        if self.act:
            any_of("s.act = ?", [a.lower() for a in self.act])
        if self.party:
            any_of(backend.json_contains("s.actors"), [p.upper() for p in self.party])
        if self.dialogue:
            any_of(f"({backend.same_text('m.acronym')} OR {backend.same_text('m.dialogue')})", self.dialogue)
        if self.meeting:
            any_of(backend.same_text("m.key"), self.meeting)
        if self.document_id:
            sql.append("s.document_id = ?")
            args.append(self.document_id)
        for bound, op in ((self.since, ">="), (self.until, "<=")):
            if bound:
                _check_date(bound)
                sql.append(f"substr({_DATE}, 1, length(CAST(? AS TEXT))) {op} ?")
                args.extend([bound, bound])
        if self.commitments:
            sql.append("s.commitment = 1")
        return (" AND ".join(sql) or "1 = 1"), args

    @property
    def documents(self) -> str:
        return "documents" if self.all_versions else "current_documents"


_DATE = "coalesce(m.start_date, m.end_date, d.published)"
_STATEMENT = ("s.pk, s.id, s.document_id, s.ordinal, s.span_start, s.span_end, s.text, s.act, s.actors, s.commitment,"
              " s.content, s.condition, s.session, s.milestone, s.reported_by, s.origin, s.corrected")
_COLUMNS = f"{_STATEMENT}, d.source AS source, m.key AS meeting_key, {_DATE} AS meeting_date"


def statements(conn, limit: int | None = None, offset: int = 0, **filters: Any) -> list[Hit]:
    """Statements matching the filters, in the order of meetings and then of the text."""
    f = Filters.of(**filters)
    where, args = f.where(conn.backend)
    sql = (f"SELECT {_COLUMNS} FROM statements s JOIN {f.documents} d ON d.id = s.document_id"
           f" LEFT JOIN meetings m ON m.document_id = s.document_id WHERE {where}"
           f" ORDER BY meeting_date NULLS FIRST, m.key NULLS FIRST, d.id, s.ordinal")
    return _hits(conn, conn.execute(sql + _page(limit, offset), args).fetchall())


def count(conn, **filters: Any) -> int:
    """How many statements match the filters (what ``statements`` pages through)."""
    f = Filters.of(**filters)
    where, args = f.where(conn.backend)
    return conn.execute(f"SELECT count(*) FROM statements s JOIN {f.documents} d ON d.id = s.document_id"
                        f" LEFT JOIN meetings m ON m.document_id = s.document_id WHERE {where}", args).fetchone()[0]


def _page(limit: int | None, offset: int) -> str:
    if not offset:
        return f" LIMIT {int(limit)}" if limit else ""
    return f" LIMIT {int(limit) if limit else 2 ** 62} OFFSET {int(offset)}"


FACETS = ("dialogue", "act", "party", "topic", "year")


def facets(conn, query: str | None, parties: Iterable[str], **filters: Any) -> tuple[int, dict[str, list]]:
    """How many statements match, and their counts by dialogue, act, party, topic and year, counted in SQL.

    ``parties`` are the codes to count (a statement counts once for each of its actors).
    """
    f = Filters.of(**filters)
    where, args = f.where(conn.backend)
    joins = f"JOIN {f.documents} d ON d.id = s.document_id LEFT JOIN meetings m ON m.document_id = s.document_id"
    if query and query.strip():
        sql, query_args = conn.backend.search_sql(_COLUMNS, joins, where, query_terms(query))
        phrase = " ".join(re.findall(r"\w+", query.lower()))
        matching, margs = f"SELECT pk FROM ({sql}) AS found", [*query_args, *args, phrase]
    else:
        matching, margs = f"SELECT s.pk FROM statements s {joins} WHERE {where}", args
    groups = (f"SELECT coalesce(m.acronym, m.dialogue, '?'), s.act, substr({_DATE}, 1, 4), s.actors, count(*)"
              f" FROM statements s JOIN documents d ON d.id = s.document_id LEFT JOIN meetings m"
              f" ON m.document_id = s.document_id WHERE s.pk IN ({matching}) GROUP BY 1, 2, 3, 4")
    codes = set(parties)
    total = 0
    counted: dict[str, Counter] = {name: Counter() for name in FACETS}
    try:  # the matches counted by (dialogue, act, year, actors) in SQL; each facet sums those few groups
        for dialogue, act, year, actors, n in conn.execute(groups, margs):
            total += n
            counted["dialogue"][dialogue] += n
            if act is not None:
                counted["act"][act] += n
            if year is not None:
                counted["year"][year] += n
            for code in set(json.loads(actors or "[]")) & codes:
                counted["party"][code] += n
        if not total:
            return 0, {name: [] for name in FACETS}
        counted["topic"].update(dict(conn.execute(
            f"SELECT t.topic, count(DISTINCT t.statement_pk) FROM statement_topics t WHERE t.statement_pk IN"
            f" ({matching}) GROUP BY t.topic", margs).fetchall()))
    except conn.backend.search_errors as e:
        raise StoreError(f"cannot search for {query!r}: {' '.join(str(e).split())}") from None
    out = {name: sorted(c.items(), key=lambda x: (-x[1], x[0])) for name, c in counted.items()}
    out["year"].sort()
    return total, out


def parties_on_record(conn) -> list[str]:
    """Every party code some current statement names as an actor."""
    found: set[str] = set()
    for (actors,) in conn.execute("SELECT DISTINCT actors FROM statements"):
        found.update(json.loads(actors or "[]"))
    return sorted(found)


def search(conn, query: str, limit: int | None = None, offset: int = 0, **filters: Any) -> list[Hit]:
    """Statements whose words match the query, best first.

    Every word must occur (in any form the stemmer folds together: FTS5's
    porter on SQLite, snowball english without stop words on PostgreSQL);
    "quoted words" must occur as a phrase, and ``word*`` matches a prefix.
    A statement holding the query as written ranks above the rest.
    """
    f = Filters.of(**filters)
    where, args = f.where(conn.backend)
    phrase = " ".join(re.findall(r"\w+", query.lower()))
    joins = f"JOIN {f.documents} d ON d.id = s.document_id LEFT JOIN meetings m ON m.document_id = s.document_id"
    sql, query_args = conn.backend.search_sql(_COLUMNS, joins, where, query_terms(query))
    sql += _page(limit, offset)
    try:
        rows = conn.execute(sql, [*query_args, *args, phrase]).fetchall()
    except conn.backend.search_errors as e:
        raise StoreError(f"cannot search for {query!r}: {' '.join(str(e).split())}") from None
    return _hits(conn, rows)


def query_terms(query: str) -> list[tuple[list[str], bool]]:
    """The user's words as (words, is-prefix) terms: a quoted chunk or a word (``word*`` a prefix);
    only word characters survive, so punctuation is never query syntax on either backend."""
    terms = []
    for m in re.finditer(r'"([^"]*)"?|(\S+)', query):
        chunk = m.group(1) if m.group(1) is not None else m.group(2)
        words = re.findall(r"\w+", chunk)
        if words:
            terms.append((words, bool(m.group(2) and chunk.endswith("*"))))
    if not terms:
        raise StoreError("search for at least one word")
    return terms


def _hits(conn, rows: list) -> list[Hit]:
    topics = topics_of(conn, [r["pk"] for r in rows])
    out = []
    for r in rows:
        keys = r.keys()
        out.append(Hit(
            statement=statement_from_row(r, topics[r["pk"]]), document_id=r["document_id"],
            meeting_key=r["meeting_key"], source=r["source"], date=r["meeting_date"], origin=r["origin"],
            corrected=bool(r["corrected"]), score=round(r["score"], 4) if "score" in keys else None,
            highlights=_offsets(r["marked"]) if "marked" in keys else []))
    return out


def _offsets(marked: str | None) -> list[tuple[int, int]]:
    """Spans of the marked words, as offsets into the unmarked text."""
    out, at, removed = [], 0, 0
    marked = marked or ""
    while (a := marked.find(_START, at)) >= 0 and (b := marked.find(_END, a + 1)) >= 0:
        out.append((a - removed, b - removed - 1))
        removed += 2
        at = b + 1
    return out


def _many(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [v for item in value for v in _many(item)]


def _check_date(value: str) -> None:
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise StoreError(f"dates are YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
