"""The store's commands: ingest, list, show, search, correct, add, corrections, reextract, export, backup, restore.

Each is a thin layer over ``accord.store.Store``; the store, its SQLite and
the views are imported inside the commands so `accord --help` stays fast.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from accord.cli import app
from accord.cli.common import View, db_option as _db_option, fail as _fail







class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    cameo = "cameo"
    plover = "plover"




def _open(db: Optional[str], create: bool = False):
    from accord.store import Store, StoreError

    try:
        return Store.open(db, create=create)
    except StoreError as e:
        _fail(str(e))


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr)


def _split(value: Optional[str]) -> Optional[List[str]]:
    return None if value is None else [v.strip() for v in value.split(",") if v.strip()]


@app.command(epilog="Exit codes: 0 every file was stored or unchanged; 1 some failed (each named on stderr); "
                    "3 every file failed.")
def ingest(
    paths: List[str] = typer.Argument(..., help="Files or directories (recursive), or the --out folder of "
                                                "`accord crawl` (its records and their sources)."),
    db: Optional[str] = _db_option(),
    bulk: bool = typer.Option(False, "--bulk", help="Track once at the end (one rebuild) rather than document "
                                                    "by document: quicker for a large load."),
) -> None:
    """Read, extract and store statements; a file already stored is left unchanged."""
    from collections import Counter

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from accord.store.ingest import count_files

    from itertools import chain

    from accord.crawl.output import is_output, read_groups, read_records

    crawled = [p for p in paths if is_output(p)]
    paths = [p for p in paths if p not in crawled]
    store = _open(db, create=True)
    err = _console(stderr=True)
    counts: Counter[str] = Counter()
    columns = (TextColumn("{task.description:<32.32}", style="progress.description", markup=False), BarColumn(),
               MofNCompleteColumn(),
               TimeElapsedColumn())
    with store, Progress(*columns, console=err, disable=not err.is_terminal, transient=True) as bar:
        records = [(read_records(p), read_groups(p)) for p in crawled]
        task = bar.add_task("Reading", total=count_files(paths) + sum(len(r) for r, _ in records))
        track = not bulk
        if track and store.tracker().stale():  # threads of an earlier version: brought up to date first
            bar.update(task, description="Rebuilding tracking")
            store.tracker().rebuild()
        results = chain(*(store.ingest_crawled(r, g, track=track) for r, g in records),
                        store.ingest_paths(paths, track=track) if paths else ())
        for result in results:
            counts[result.status] += 1
            lines = [f"accord: {result.source}: warning: {w}" for w in result.warnings]
            if result.status == "failed":
                lines.append(f"accord: {result.source}: {result.reason}")
            for line in lines:
                if err.is_terminal:
                    bar.console.print(line, style="red", soft_wrap=True, markup=False, highlight=False)
                else:
                    sys.stderr.write(line + "\n")
            bar.update(task, advance=1, description=Path(result.source).name)
        if bulk and (counts["added"] or counts["version"]):
            bar.update(task, description="Tracking")
            store.tracker().rebuild()
        stored = store.counts()
    added = counts["added"] + counts["version"]
    summary = f"Added {added}"
    if counts["version"]:
        summary += f" ({counts['version']} new versions)"
    summary += f", unchanged {counts['unchanged']}, failed {counts['failed']}."
    summary += f" {store.label}: {stored['documents']} documents, {stored['statements']} statements."
    typer.echo(summary)
    if counts["failed"] and not (added or counts["unchanged"]):
        raise typer.Exit(3)
    if counts["failed"]:
        raise typer.Exit(1)


@app.command("list")
def list_meetings(
    dialogue: Optional[str] = typer.Option(None, "--dialogue", "-d", help="Only this dialogue (acronym or name)."),
    format: View = typer.Option(View.table, "--format", "-f", help="table, or json: one meeting per line."),
    db: Optional[str] = _db_option(),
) -> None:
    """One row per meeting: dialogue, round, dates, venue, heads, acts and commitments."""
    from dataclasses import asdict

    from accord.cli.store_views import meetings_table

    with _open(db) as store:
        rows = store.meetings(dialogue)
    if format is View.json:
        for m in rows:
            sys.stdout.write(json.dumps(asdict(m), ensure_ascii=False) + "\n")
        return
    what = f"{dialogue} meetings" if dialogue else "Meetings"
    _console().print(meetings_table(rows, f"{what} in {store.label} ({len(rows)})"))


@app.command()
def show(
    name: str = typer.Argument(..., help="A meeting key (KIDD-14, SCC-2024-07-28) or a document id."),
    text: bool = typer.Option(True, "--text/--no-text", help="Print the source text with its acts marked."),
    db: Optional[str] = _db_option(),
) -> None:
    """The full record of one meeting or document, and its text with the acts marked."""
    from rich.table import Table

    from accord.cli.render import heads_table, meeting_table, milestones_table, sessions_line
    from accord.cli.store_views import corrections_table, legend, marked_text, statements_table
    from accord.store import StoreError, meeting_key

    with _open(db) as store:
        try:
            rec = store.resolve(name)
        except StoreError as e:
            _fail(str(e))
        if rec is None:
            _fail(f"no meeting or document {name!r} (`accord list` shows the meetings)")
        hits = store.statements(document_id=rec.document.id, all_versions=True)
        key = meeting_key(rec.meeting, rec.document)
        primary = store.meeting(key)
        ids = f"{rec.document.id}:#" + (f" or {key}:#" if primary and primary.document.id == rec.document.id else "")
        others = [d for d in store.documents_of(key) if d["id"] != rec.document.id]
        found = store.meeting_sources(key) if primary and primary.document.id == rec.document.id else None
        log = store.corrections(rec.document.id)
    out = _console()
    out.print(meeting_table(rec))
    if rec.meeting.heads:
        out.print(heads_table(rec))
    if rec.meeting.sessions:
        out.print(sessions_line(rec))
    commitments = sum(h.statement.commitment for h in hits)
    out.print(statements_table(hits, f"{key}: acts of record ({len(hits)}, {commitments} commitments);"
                                     f" statement ids: {ids}"))
    if rec.milestones:
        out.print(milestones_table(rec))
    if log:
        out.print(corrections_table(log, "Corrections"))
    if found and (len(found.sources) > 1 or found.sources[0].archive):
        out.print(f"Sources ({len(found.sources)}; each act above is stated in "
                  f"{min(map(len, found.acts.values()), default=0)} to {max(map(len, found.acts.values()), default=0)}"
                  " of them):", highlight=False)
        for n, src in enumerate(found.sources, 1):
            where = f" {src.archive}@{src.offset}" if src.archive else ""
            out.print(f"  {n}. {src.url}" + (f" · crawled {src.crawl_date[:10]}" if src.crawl_date else "") + where,
                      highlight=False, markup=False, soft_wrap=True)
    if others:
        out.print("Also reporting this meeting: " + "; ".join(
            f"{d['id']} ({d['kind']}, {Path(d['source']).name} v{d['version']}"
            + ("" if d["current"] else ", superseded") + ")" for d in others))
    if text:
        out.print()
        out.print(legend())
        out.print(marked_text(rec))


@app.command()
def search(
    query: str = typer.Argument(..., help='Words to find; "quoted words" as a phrase, word* as a prefix.'),
    topic: Optional[List[str]] = typer.Option(None, "--topic", "-t", help="Only statements on this topic."),
    act: Optional[List[str]] = typer.Option(None, "--act", "-a", help="Only this act (commit, reaffirm, ...)."),
    party: Optional[List[str]] = typer.Option(None, "--party", "-p", help="Only acts of this party (USA, KOR, ...)."),
    dialogue: Optional[List[str]] = typer.Option(None, "--dialogue", "-d", help="Only this dialogue (KIDD, SCM)."),
    since: Optional[str] = typer.Option(None, "--since", help="Meetings on or after this date (YYYY[-MM[-DD]])."),
    until: Optional[str] = typer.Option(None, "--until", help="Meetings on or before this date."),
    commitments: bool = typer.Option(False, "--commitments", "-c", help="Only commitments."),
    limit: int = typer.Option(20, "--limit", "-n", help="At most this many results (0: all)."),
    format: View = typer.Option(View.table, "--format", "-f", help="table, or json: JSON Lines, best first."),
    db: Optional[str] = _db_option(),
) -> None:
    """Search statements by their words, best match first (bm25), with filters."""
    from accord.cli.store_views import search_table
    from accord.store import StoreError

    with _open(db) as store:
        try:
            hits = store.search(query, limit or None, topic=topic, act=act, party=party, dialogue=dialogue,
                                since=since, until=until, commitments=commitments)
        except StoreError as e:
            _fail(str(e), 2)
    if format is View.json:
        for h in hits:
            sys.stdout.write(json.dumps(h.to_dict(), ensure_ascii=False) + "\n")
        return
    _console().print(search_table(hits, f"{len(hits)} statements for {query!r}"))


def _print_statement(store, statement_id: str, title: str) -> None:
    from accord.cli.store_views import statement_card

    _console().print(statement_card(store.statement(statement_id), title))


@app.command()
def correct(
    statement_id: str = typer.Argument(..., help="The statement's id, or KIDD-14:3 (`accord show` gives both)."),
    act: Optional[str] = typer.Option(None, "--act", help="The act: meet assess agree reaffirm commit note "
                                                           "appreciate discuss concern other."),
    actors: Optional[str] = typer.Option(None, "--actors", help="Party codes, comma-separated: KOR,USA."),
    topics: Optional[str] = typer.Option(None, "--topics", help="Topics, comma-separated."),
    commitment: Optional[bool] = typer.Option(None, "--commitment/--no-commitment", help="Binds a party, or not."),
    session: Optional[str] = typer.Option(None, "--session", help="The session (acronym); '' for none."),
    content: Optional[str] = typer.Option(None, "--content", help="What is pledged, assessed or agreed."),
    condition: Optional[str] = typer.Option(None, "--condition", help="A stated condition; '' for none."),
    reported_by: Optional[str] = typer.Option(None, "--reported-by", help="Parties reporting a third party's act."),
    delete: bool = typer.Option(False, "--delete", help="The act is false: remove it."),
    by: Optional[str] = typer.Option(None, "--by", help="Who corrects [default: $USER]."),
    note: Optional[str] = typer.Option(None, "--note", help="Why."),
    db: Optional[str] = _db_option(),
) -> None:
    """Correct an extracted act; the correction is kept through every re-extraction."""
    from accord.store import StoreError

    changes = {k: v for k, v in {
        "act": act, "actors": _split(actors), "topics": _split(topics), "commitment": commitment,
        "session": session, "content": content, "condition": condition, "reported_by": _split(reported_by),
    }.items() if v is not None}
    if delete and changes:
        _fail("--delete takes no other changes", 2)
    if not delete and not changes:
        _fail("nothing to correct: give --act, --actors, --topics, --commitment, --session, ... or --delete", 2)
    with _open(db) as store:
        try:
            if delete:
                gone = store.delete_statement(statement_id, by=by, note=note)
                typer.echo(f"Deleted {gone.id} ({gone.act}, {','.join(gone.actors)}): {gone.text}")
                return
            s = store.correct(statement_id, by=by, note=note, **changes)
        except StoreError as e:
            _fail(str(e))
        _print_statement(store, s.id, "Corrected")


@app.command()
def add(
    document: str = typer.Argument(..., help="The document id (or its meeting key)."),
    start: Optional[int] = typer.Option(None, "--start", help="First character of the act in the cleaned text."),
    end: Optional[int] = typer.Option(None, "--end", help="Character after its last."),
    words: Optional[str] = typer.Option(None, "--text", help="Or the act's words, which the text holds once."),
    act: str = typer.Option(..., "--act", help="The act."),
    actors: str = typer.Option(..., "--actors", help="Party codes, comma-separated."),
    topics: Optional[str] = typer.Option(None, "--topics", help="Topics, comma-separated."),
    commitment: bool = typer.Option(False, "--commitment/--no-commitment", help="Binds a party."),
    session: Optional[str] = typer.Option(None, "--session", help="The session (acronym)."),
    content: Optional[str] = typer.Option(None, "--content", help="What is pledged, assessed or agreed."),
    condition: Optional[str] = typer.Option(None, "--condition", help="A stated condition."),
    reported_by: Optional[str] = typer.Option(None, "--reported-by", help="Parties reporting a third party's act."),
    by: Optional[str] = typer.Option(None, "--by", help="Who adds [default: $USER]."),
    note: Optional[str] = typer.Option(None, "--note", help="Why."),
    db: Optional[str] = _db_option(),
) -> None:
    """Add an act the extractor missed, by its span of the document's cleaned text (or its words)."""
    from accord.store import StoreError
    from accord.store.corrections import locate

    if (words is None) == (start is None or end is None):
        _fail("give either --start and --end, or --text", 2)
    with _open(db) as store:
        try:
            rec = store.resolve(document)
            if rec is None:
                _fail(f"no document or meeting {document!r}")
            if words is not None:
                start, end = locate(rec.document.text, words)
            s = store.add_statement(rec.document.id, start, end, act, _split(actors) or [], by=by, note=note,
                                    topics=_split(topics) or [], commitment=commitment, session=session,
                                    content=content, condition=condition, reported_by=_split(reported_by))
        except StoreError as e:
            _fail(str(e))
        _print_statement(store, s.id, "Added")


@app.command()
def undo(
    correction: int = typer.Argument(..., help="The correction's number (# in `accord corrections`)."),
    by: Optional[str] = typer.Option(None, "--by", help="Who undoes it [default: $USER]."),
    note: Optional[str] = typer.Option(None, "--note", help="Why [default: undo of #N]."),
    db: Optional[str] = _db_option(),
) -> None:
    """Set back what a correction did, as a new entry of the log (the log is never rewritten)."""
    from accord.store import StoreError

    with _open(db) as store:
        try:
            u = store.undo(correction, by=by, note=note)
        except StoreError as e:
            _fail(str(e))
        typer.echo(f"Undid #{correction} with #{u.id} ({u.action} {u.statement_id}).")


@app.command()
def corrections(
    document: Optional[str] = typer.Option(None, "--document", help="Only this document (id or meeting key)."),
    orphaned: bool = typer.Option(False, "--orphaned", help="Only corrections that no longer find their act."),
    db: Optional[str] = _db_option(),
) -> None:
    """The analysts' corrections, oldest first."""
    from accord.cli.store_views import corrections_table

    with _open(db) as store:
        doc_id = None
        if document:
            rec = store.resolve(document)
            if rec is None:
                _fail(f"no document or meeting {document!r}")
            doc_id = rec.document.id
        rows = store.corrections(doc_id, "orphaned" if orphaned else None)
    _console().print(corrections_table(rows, f"{len(rows)} corrections"))


@app.command()
def reextract(db: Optional[str] = _db_option()) -> None:
    """Re-run extraction on every stored document; analysts' corrections are kept."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from accord.cli.store_views import corrections_table

    err = _console(stderr=True)
    with _open(db) as store, Progress(TextColumn("Re-extracting"), BarColumn(), MofNCompleteColumn(),
                                      TimeElapsedColumn(), console=err, disable=not err.is_terminal,
                                      transient=True) as bar:
        task = bar.add_task("", total=store.document_count())
        report = store.reextract(progress=lambda _: bar.advance(task))
    typer.echo(f"Re-extracted {report.documents} documents: {report.statements_before} → "
               f"{report.statements_after} statements, {len(report.changed)} documents changed; "
               f"{report.applied} corrections applied, {len(report.orphans)} orphaned.")
    for doc_id, reason in report.failed:
        typer.echo(f"accord: {doc_id}: {reason} (kept as it was)", err=True)
    if report.orphans:
        _console().print(corrections_table(report.orphans, "Orphaned corrections (kept; they find no act now)"))
    if report.failed:
        raise typer.Exit(1)


@app.command()
def export(
    format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f",
                                        help="jsonl: records; csv, parquet: one row per statement; "
                                             "cameo, plover: political event data."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of stdout (parquet needs it)."),
    all_versions: bool = typer.Option(False, "--all-versions", help="Include superseded versions of documents."),
    db: Optional[str] = _db_option(),
) -> None:
    """Export every statement, corrections applied."""
    from accord.export import BINARY
    from accord.export import export as write

    if format.value in BINARY and out is None:
        _fail(f"{format.value} is binary: give --out FILE", 2)
    with _open(db) as store:
        records = store.records(all_versions=all_versions)
        authors = store.correction_authors()
        if out is None:
            n = write(records, format.value, sys.stdout, authors)
        elif format.value in BINARY:
            n = write(records, format.value, str(out), authors)
        else:
            with open(out, "w", encoding="utf-8", newline="") as f:
                n = write(records, format.value, f, authors)
    unit = "records" if format is ExportFormat.jsonl else "events" if format.value in ("cameo", "plover") else "rows"
    typer.echo(f"Wrote {n} {unit}" + (f" to {out}" if out else ""), err=True)


@app.command()
def migrate(db: Optional[str] = _db_option()) -> None:
    """Create the database's tables, or bring an older database's up to date (a PostgreSQL server's too)."""
    with _open(db, create=True) as store:
        typer.echo(f"{store.label} is at schema version {store.schema_version} ({store.backend}).")


@app.command()
def backup(file: Path = typer.Argument(..., help="Where to write the copy."), db: Optional[str] = _db_option()) -> None:
    """A consistent copy of the database, taken while others may be using it."""
    with _open(db) as store:
        store.backup(file)
        typer.echo(f"Backed up {store.label} to {file}: {_sizes(store.counts())}.")


@app.command()
def restore(file: Path = typer.Argument(..., help="A backup made by `accord backup`."),
            db: Optional[str] = _db_option()) -> None:
    """Replace the database's content with a backup."""
    from accord.store import StoreError

    with _open(db, create=True) as store:
        try:
            store.restore(file)
        except StoreError as e:
            _fail(str(e))
        typer.echo(f"Restored {store.label} from {file}: {_sizes(store.counts())}.")


def _sizes(counts: dict[str, int]) -> str:
    return ", ".join(f"{counts[t]} {t}" for t in ("documents", "statements", "corrections"))
