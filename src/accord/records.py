"""The typed records that pass from stage to stage, and their JSON shape.

The JSON shape is the exchange format of ``../shared/record-format.md``:
``Record.to_dict()`` writes it and ``Record.from_dict()`` reads it back, so the
store, the exports and the web app all speak the same record.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any


def document_id(text: str) -> str:
    """Documents are identified by their cleaned text, so re-reading a file is idempotent."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    """A statement as read: the cleaned text that every offset points into."""

    id: str
    source: str
    text: str
    title: str | None = None
    published: str | None = None
    kind: str = "other"
    format: str = "text"  # text | html | pdf: how it was read
    removed: list[str] = field(default_factory=list)  # boilerplate lines the reader stripped
    warnings: list[str] = field(default_factory=list)  # what the reader had to guess or lose, for stderr


@dataclass
class Head:
    name: str
    title: str | None
    party: str | None


@dataclass
class Session:
    name: str
    acronym: str | None = None


@dataclass
class Meeting:
    dialogue: str | None = None
    acronym: str | None = None
    round: int | None = None
    start: str | None = None
    end: str | None = None
    date_basis: str | None = None
    venue: str | None = None
    format: str | None = None
    parties: list[str] = field(default_factory=list)
    heads: list[Head] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)


@dataclass
class Statement:
    """One act of record, pointing back to its span of the cleaned text."""

    id: str
    start: int
    end: int
    text: str
    actors: list[str]
    act: str
    commitment: bool = False
    content: str | None = None
    condition: str | None = None
    topics: list[str] = field(default_factory=list)
    session: str | None = None
    milestone: str | None = None
    reported_by: list[str] | None = None


@dataclass
class Milestone:
    """A future event or deadline the statement names."""

    name: str
    when: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    venue: str | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None


@dataclass
class Unresolved:
    """An act of record whose actors Accord could not tell: said, not guessed (and not a statement)."""

    start: int
    end: int
    text: str
    act: str
    subject: str


@dataclass
class Record:
    document: Document
    meeting: Meeting
    statements: list[Statement] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = self.document
        return {
            "document": {
                "id": d.id,
                "source": d.source,
                "title": d.title,
                "published": d.published,
                "kind": d.kind,
                "text": d.text,
            },
            "meeting": asdict(self.meeting),
            "statements": [asdict(s) for s in self.statements],
            "milestones": [asdict(m) for m in self.milestones],
            "unresolved": [asdict(u) for u in self.unresolved],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Record":
        doc = data["document"]
        m = dict(data.get("meeting") or {})
        m["heads"] = [Head(**_known(Head, h)) for h in m.get("heads") or []]
        m["sessions"] = [Session(**_known(Session, s)) for s in m.get("sessions") or []]
        return cls(
            document=Document(**_known(Document, doc)),
            meeting=Meeting(**_known(Meeting, m)),
            statements=[Statement(**_known(Statement, s)) for s in data.get("statements") or []],
            milestones=[Milestone(**_known(Milestone, x)) for x in data.get("milestones") or []],
            unresolved=[Unresolved(**_known(Unresolved, x)) for x in data.get("unresolved") or []],
        )


def _known(cls, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}
