"""Tracking commands: threads, thread, milestones, conditions, brief.

Each reads records (the database, or files with --from), runs one pure
function of ``accord.tracking`` and shows the result. Tracking and Rich are
imported inside the commands so `accord --help` stays fast.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from accord.cli import app
from accord.cli.common import View as Fmt, db_option as _db, fail as _fail

FROM_HELP = "Read statements from these files or directories instead of the database (repeatable)."
TODAY_HELP = "The date milestones are judged against (YYYY-MM-DD) [default: today]."




class BriefFmt(str, Enum):
    md = "md"
    html = "html"


class Status(str, Enum):
    due = "due"
    met = "met"
    overdue = "overdue"
    unknown = "unknown"




def _from():
    return typer.Option(None, "--from", help=FROM_HELP, show_default=False)




def _records(db: Optional[str], paths: Optional[List[str]]):
    from accord.tracking.source import SourceError, load_records

    try:
        return load_records(db, paths or (), on_error=lambda m: typer.echo(f"accord: {m}", err=True))
    except SourceError as e:
        _fail(str(e))


def _today(value: Optional[str]) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"--today must be a date as YYYY-MM-DD, not {value!r}", 2)


def _json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=lambda o: vars(o)) + "\n")


def _console():
    from rich.console import Console

    return Console()


STATUS_STYLE = {"new": "green", "continuing": "blue", "changed": "bold red", "dropped": "dim",
                "met": "green", "due": "yellow", "overdue": "bold red", "unknown": "dim"}


@app.command()
def threads(
    dialogue: Optional[str] = typer.Option(None, "--dialogue", "-d", help="Only threads that appear in this dialogue (acronym or name)."),
    topic: Optional[str] = typer.Option(None, "--topic", "-t", help="Only threads on this topic."),
    status: Optional[str] = typer.Option(None, "--status", help="Only threads of this status: new, continuing, changed, dropped."),
    min_rounds: int = typer.Option(1, "--min", help="Only threads that appear in at least this many rounds."),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f", help="table or json."),
    db: Optional[str] = _db(),
    paths: Optional[List[str]] = _from(),
) -> None:
    """Positions and commitments followed across rounds, most often restated first."""
    from accord.tracking.rounds import dialogue_matches
    from accord.tracking.threads import build_threads

    records = _records(db, paths)
    by_doc = {r.document.id: r for r in records}
    shown = [t for t in build_threads(records)
             if (not dialogue or any(dialogue_matches(by_doc[a.document_id], dialogue) for a in t.appearances))
             and (not topic or topic in t.topics) and (not status or t.status == status)
             and len(t.appearances) >= min_rounds]
    if format is Fmt.json:
        _json([t.to_dict() for t in shown])
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"Threads ({len(shown)})", title_justify="left")
    for col, kw in (("ID", {"no_wrap": True}), ("Status", {"no_wrap": True}), ("Label", {"ratio": 3}),
                    ("Topic", {"ratio": 1}), ("Rounds", {"ratio": 2}), ("Missing", {"ratio": 2})):
        table.add_column(col, **kw)
    for t in shown:
        rounds = f"{len(t.appearances)}: {t.first.meeting}" + (f" … {t.last.meeting}" if len(t.appearances) > 1 else "")
        table.add_row(t.id, Text(t.status, style=STATUS_STYLE.get(t.status, "")), t.label,
                      t.topics[0] if t.topics else "", rounds, ", ".join(t.missing))
    _console().print(table)


@app.command()
def thread(
    thread_id: str = typer.Argument(..., help="A thread id (or unique prefix), or the id of any statement in it."),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f", help="table or json."),
    db: Optional[str] = _db(),
    paths: Optional[List[str]] = _from(),
) -> None:
    """Every appearance of one thread in date order, with the word-level changes between consecutive ones."""
    from accord.tracking.threads import build_threads, find_thread

    t = find_thread(build_threads(_records(db, paths)), thread_id)
    if t is None:
        _fail(f"no thread {thread_id}", 1)
    if format is Fmt.json:
        _json(t.to_dict())
        return
    from rich.text import Text

    con = _console()
    con.print(Text.assemble((f"{t.id}  ", "bold"), (t.label, "bold cyan"), "  ",
                            (t.status, STATUS_STYLE.get(t.status, ""))))
    con.print(f"topics: {', '.join(t.topics)} · actors: {', '.join(t.actors)} · {t.family} · "
              f"appears in {len(t.appearances)}: {' '.join(t.meetings)}"
              + (f" · missing: {' '.join(t.missing)}" if t.missing else ""))
    for i, a in enumerate(t.appearances):
        con.print()
        con.print(Text.assemble((f"{a.meeting}", "bold"), f"  {a.date or '?'}  {a.act}  ", (a.statement_id, "dim")))
        if i == 0:
            con.print(Text(a.text))
        else:
            change = t.changes[i - 1]
            line = Text()
            plain = not con.is_terminal
            for op in change.ops:
                if line:
                    line.append(" ")
                if op.op == "equal":
                    line.append(op.before)
                    continue
                if op.before:
                    line.append(f"[-{op.before}-]" if plain else op.before, style="red strike")
                if op.before and op.after:
                    line.append(" ")
                if op.after:
                    line.append(f"{{+{op.after}+}}" if plain else op.after, style="green underline")
            con.print(line)
            for k in change.key_terms:
                con.print(Text(f"  significant: {k.describe()}", style="bold red"))
        if a.echoes:
            con.print(Text(f"  also said in the same document: {', '.join(a.echoes)}", style="dim"))


@app.command()
def milestones(
    status: Optional[Status] = typer.Option(None, "--status", "-s", help="Only milestones of this status."),
    dialogue: Optional[str] = typer.Option(None, "--dialogue", "-d", help="Only milestones set by this dialogue."),
    today: Optional[str] = typer.Option(None, "--today", help=TODAY_HELP),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f", help="table or json."),
    db: Optional[str] = _db(),
    paths: Optional[List[str]] = _from(),
) -> None:
    """Milestones and deadlines, whether later rounds report them done, with proposed evidence."""
    from accord.tracking.followthrough import track_milestones
    from accord.tracking.rounds import dialogue_matches

    records = _records(db, paths)
    by_doc = {r.document.id: r for r in records}
    from accord.tracking.source import load_verdicts

    items = [m for m in track_milestones(records, _today(today), load_verdicts(db, paths or ()))
             if (not status or m.status == status.value)
             and (not dialogue or dialogue_matches(by_doc[m.source_document], dialogue))]
    if format is Fmt.json:
        _json([dict(vars(m), evidence=[vars(e) for e in m.evidence]) for m in items])
        return
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"Milestones ({len(items)})", title_justify="left", show_lines=True)
    for col, kw in (("ID", {"no_wrap": True}), ("Status", {}), ("Due", {"no_wrap": True}), ("Milestone", {"ratio": 2}),
                    ("Set at", {}), ("Evidence", {"ratio": 3})):
        table.add_column(col, **kw)
    for m in items:
        what = Text(m.task or m.name)
        if m.task:
            what.append(f"\nby {m.name}", style="dim")
        evidence = Text()
        for e in m.evidence:
            style = "green" if e.kind == "done" else ""
            evidence.append(f"{e.meeting} {e.statement_id} ({e.kind}; {e.reason})\n", style=style)
            evidence.append(f"“{e.text[:160]}”\n", style="dim")
        table.add_row(m.id, Text(m.status, style=STATUS_STYLE.get(m.status, "")), m.due or "-", what,
                      f"{m.source_meeting}\n{m.source_statement or ''}", evidence)
    _console().print(table)


@app.command()
def conditions(
    name: Optional[str] = typer.Option(None, "--name", "-n", help="Only conditions whose id, group or name contains this (e.g. opcon)."),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f", help="table or json."),
    db: Optional[str] = _db(),
    paths: Optional[List[str]] = _from(),
) -> None:
    """Each stated condition (conditions.yaml) and the statements that speak to it over time."""
    from accord.tracking.conditions import track_conditions

    tracks = track_conditions(_records(db, paths), name=name)
    if not tracks:
        _fail(f"no condition matches {name!r}" if name else "no conditions are defined")
    if format is Fmt.json:
        _json([t.to_dict() for t in tracks])
        return
    from rich.table import Table

    con = _console()
    for t in tracks:
        c = t.condition
        title = f"{c.id}: {c.name}" + (" (the plan as a whole)" if c.is_group else "")
        table = Table(title=title, title_justify="left")
        for col, kw in (("Date", {"no_wrap": True}), ("Meeting", {}), ("Act", {}), ("C", {}), ("Matched", {}),
                        ("Statement", {"ratio": 1})):
            table.add_column(col, **kw)
        for e in t.evidence:
            table.add_row(e.date or "?", e.meeting, e.act, "✓" if e.commitment else "", e.matched, e.text)
        if not t.evidence:
            table.add_row("", "", "", "", "", "nothing on record")
        con.print(table)


@app.command()
def brief(
    dialogue: str = typer.Argument(..., help="The dialogue, by acronym or name (KIDD)."),
    format: BriefFmt = typer.Option(BriefFmt.md, "--format", "-f", help="md (Markdown) or html (one self-contained page)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write to this file instead of standard output."),
    today: Optional[str] = typer.Option(None, "--today", help=TODAY_HELP),
    db: Optional[str] = _db(),
    paths: Optional[List[str]] = _from(),
) -> None:
    """The pre-meeting brief for the next round of a dialogue, each line citing its source statement."""
    from accord.tracking.brief import BriefError, make_brief
    from accord.tracking.brief_format import to_html, to_markdown

    try:
        from accord.tracking.source import load_verdicts

        b = make_brief(_records(db, paths), dialogue, _today(today), load_verdicts(db, paths or ()))
    except BriefError as e:
        _fail(str(e))
    text = to_html(b) if format is BriefFmt.html else to_markdown(b)
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"accord: wrote {out}", err=True)


def _verdict(milestone: str, statement: str, verdict: str, by: Optional[str], note: Optional[str],
             db: Optional[str]) -> None:
    from accord.store import Store, StoreError

    try:
        with Store.open(db, create=False) as store:
            v = store.record_verdict(milestone, store.statement_id(statement), verdict, by=by, note=note)
    except StoreError as e:
        _fail(str(e))
    typer.echo(f"{v['verdict']}ed: {v['evidence_statement_id']} as evidence for {v['milestone_id']} (by {v['by']})")


@app.command()
def confirm(
    milestone: str = typer.Argument(..., help="The milestone id (see `accord milestones`)."),
    statement: str = typer.Argument(..., help="The evidence statement (its id, or KIDD-14:3)."),
    by: Optional[str] = typer.Option(None, "--by", help="Who confirms (default: $USER)."),
    note: Optional[str] = typer.Option(None, "--note", help="Why."),
    db: Optional[str] = _db(),
) -> None:
    """Confirm a statement as evidence that a milestone was met; kept in the database like a correction."""
    _verdict(milestone, statement, "confirm", by, note, db)


@app.command()
def reject(
    milestone: str = typer.Argument(..., help="The milestone id (see `accord milestones`)."),
    statement: str = typer.Argument(..., help="The proposed evidence statement to reject."),
    by: Optional[str] = typer.Option(None, "--by", help="Who rejects (default: $USER)."),
    note: Optional[str] = typer.Option(None, "--note", help="Why."),
    db: Optional[str] = _db(),
) -> None:
    """Reject a proposed piece of milestone evidence; the milestone's status is computed without it."""
    _verdict(milestone, statement, "reject", by, note, db)


@app.command()
def track(
    rebuild: bool = typer.Option(False, "--rebuild", help="Rebuild every thread from the current documents."),
    db: Optional[str] = _db(),
) -> None:
    """Bring the threads the database keeps up to date (built once; then every change updates them)."""
    import time

    from accord.store import Store, StoreError

    try:
        store = Store.open(db, create=False)
    except StoreError as e:
        _fail(str(e))
    with store:
        started = time.perf_counter()
        tracker = store.tracker()
        if rebuild or not tracker.built():
            tracker.rebuild()
            done = "rebuilt"
        else:
            done = "up to date"
        threads, statements = store.conn.execute(
            "SELECT (SELECT count(*) FROM threads), (SELECT count(*) FROM thread_members)").fetchone()
        typer.echo(f"threads {done}: {threads} threads over {statements} statements "
                   f"({time.perf_counter() - started:.1f} s)")
