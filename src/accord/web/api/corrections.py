"""The API's corrections: the log, and adding, changing and deleting acts (logged, replayed by reextract)."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any, Literal

from fastapi import APIRouter, Header, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from accord.store import NotFound, StoreError
from accord.web.api.shapes import Act, statement_json
from accord.web.auth import author
from accord.web.deps import store_of
from accord.web.views import ACTS

Short = Field(default=None, max_length=2000)

router = APIRouter(prefix="/api")


class ChangeBody(BaseModel):
    """The fields to change; those left out stay as they are."""

    model_config = ConfigDict(extra="forbid")
    act: Act | None = None
    actors: list[str] | None = Field(default=None, max_length=20)
    topics: list[str] | None = Field(default=None, max_length=30)
    commitment: bool | None = None
    session: str | None = Field(default=None, max_length=200)
    content: str | None = Short
    condition: str | None = Short
    milestone: str | None = Field(default=None, max_length=300)
    reported_by: list[str] | None = Field(default=None, max_length=20)
    by: str | None = Field(default=None, max_length=80,
                           description="who makes the correction (on a team server: the signed-in account)")
    note: str | None = Short
    revision: str | None = Field(default=None, max_length=40,
                                 description="the act's revision as you read it: if it changed since, 409 with the "
                                             "current act (also as an If-Match header)")

    def changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.model_dump(exclude_unset=True).items() if k not in ("by", "note", "revision")}


class AddBody(BaseModel):
    """An act the extractor missed: its text is the document's text[start:end]."""

    model_config = ConfigDict(extra="forbid")
    document: str = Field(min_length=1, max_length=100, description="document id (or prefix) or meeting key")
    start: int = Field(ge=0, le=10 ** 9)
    end: int = Field(ge=1, le=10 ** 9)
    act: Act
    actors: list[str] = Field(min_length=1, max_length=20)
    topics: list[str] = Field(default_factory=list, max_length=30)
    commitment: bool = False
    session: str | None = Field(default=None, max_length=200)
    content: str | None = Short
    condition: str | None = Short
    milestone: str | None = Field(default=None, max_length=300)
    reported_by: list[str] | None = Field(default=None, max_length=20)
    by: str | None = Field(default=None, max_length=80)
    note: str | None = Short



@router.get("/corrections", summary="The corrections log, oldest first")
def corrections(request: Request, document: str | None = Query(None, max_length=64),
                status: Literal["applied", "orphaned", "refused"] | None = None):
    with store_of(request) as store:
        return [asdict(c) for c in store.corrections(document, status)]


@router.post("/corrections", status_code=201, summary="Record an act the extractor missed")
def add_correction(request: Request, body: AddBody):
    with store_of(request) as store:
        rec = store.resolve(body.document)
        if rec is None:
            raise NotFound(f"no meeting or document {body.document!r}")
        more = body.model_dump(exclude={"document", "start", "end", "act", "actors", "by", "note"}, exclude_none=True)
        added = store.add_statement(rec.document.id, body.start, body.end, body.act, body.actors,
                                    by=author(request, body.by),
                                    note=body.note, **more)
        hit = store.statement(added.id)
        return {"statement": statement_json(hit, None), "document": rec.document.id}


@router.put("/corrections/{statement_id}", summary="Change an act's fields",
            responses={409: {"description": "the act changed since the given revision (or since this request "
                                            "began): `current` holds it as it now is"}})
def change_correction(request: Request, statement_id: str, body: ChangeBody,
                      if_match: str | None = Header(None, max_length=42)):
    with store_of(request) as store:
        if store.statement(statement_id) is None:
            raise NotFound(f"no statement {statement_id!r}")
        changes = body.changes()
        if not changes:
            raise StoreError("nothing to change: give at least one field")
        changed = store.correct(statement_id, by=author(request, body.by), note=body.note,
                                expect=body.revision or _etag(if_match), **changes)
        hit = store.statement(changed.id)
        return {"statement": statement_json(hit, None)}


@router.delete("/corrections/{statement_id}", summary="Delete a false act; returns it as it was",
               responses={409: {"description": "the act changed since the given revision"}})
def delete_correction(request: Request, statement_id: str, by: str | None = Query(None, max_length=80),
                      note: str | None = Query(None, max_length=2000), revision: str | None = Query(None, max_length=40),
                      if_match: str | None = Header(None, max_length=42)):
    with store_of(request) as store:
        if store.statement(statement_id) is None:
            raise NotFound(f"no statement {statement_id!r}")
        gone = store.delete_statement(statement_id, by=author(request, by), note=note,
                                      expect=revision or _etag(if_match))
        return {"deleted": asdict(gone)}


@router.post("/corrections/{correction_id}/undo", status_code=201,
             summary="Undo a correction: a new entry of the log sets back what it did")
def undo_correction(request: Request, correction_id: int = Path(ge=1, le=2 ** 63 - 1),
                    by: str | None = Query(None, max_length=80)):
    with store_of(request) as store:
        return asdict(store.undo(correction_id, by=author(request, by)))


def _etag(value: str | None) -> str | None:
    return (value.strip().removeprefix("W/").strip('"') or None) if value else None


@router.get("/vocabulary", summary="The acts, parties and topics a correction may use")
def vocabulary(request: Request):
    from accord.knowledge import default_knowledge
    from accord.store.corrections import known_topics

    kb = default_knowledge()
    return {"acts": list(ACTS), "parties": list(kb.parties), "topics": known_topics(kb),
            "today": dt.date.today().isoformat()}
