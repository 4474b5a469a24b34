"""Rich views of a record for the terminal."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from accord.records import Record, Statement

console = Console()

ACT_STYLE = {
    "meet": "bold white", "assess": "cyan", "agree": "green", "reaffirm": "blue", "commit": "bold magenta",
    "note": "yellow", "appreciate": "bright_green", "discuss": "bright_cyan", "concern": "red", "other": "white",
}


def meeting_table(rec: Record) -> Table:
    m, d = rec.meeting, rec.document
    t = Table(title=d.title or d.source, show_header=False, title_justify="left", expand=False)
    t.add_column(style="bold")
    t.add_column()
    rows = [
        ("Source", d.source), ("Document", f"{d.id} ({d.kind})"), ("Published", d.published or "-"),
        ("Dialogue", f"{m.dialogue or '-'}" + (f" ({m.acronym})" if m.acronym else "")),
        ("Round", str(m.round) if m.round is not None else "-"),
        ("Dates", m.start if m.start and m.start == m.end else f"{m.start or '?'} to {m.end or '?'}"),
        ("Date basis", m.date_basis or "-"),
        ("Venue", m.venue or "-"), ("Format", m.format or "-"), ("Parties", ", ".join(m.parties) or "-"),
    ]
    for k, v in rows:
        t.add_row(k, v)
    return t


def heads_table(rec: Record) -> Table:
    t = Table(title="Heads of delegation", title_justify="left")
    for c in ("Party", "Name", "Title"):
        t.add_column(c)
    for h in rec.meeting.heads:
        t.add_row(h.party or "?", h.name, h.title or "")
    return t


def statement_cell(s: Statement) -> Text:
    """A statement's words, with its condition, milestone and reporters after them."""
    text = Text(s.text)
    extra = []
    if s.condition:
        extra.append(f"[condition: {s.condition}]")
    if s.milestone:
        extra.append(f"[milestone: {s.milestone}]")
    if s.reported_by:
        extra.append(f"[reported by {', '.join(s.reported_by)}]")
    if extra:
        text.append("  " + " ".join(extra), style="dim")
    return text


def acts_table(rec: Record) -> Table:
    t = Table(title=f"Acts of record ({len(rec.statements)}, "
                    f"{sum(s.commitment for s in rec.statements)} commitments)", title_justify="left", show_lines=False)
    for c, kw in (("#", {"justify": "right"}), ("Act", {}), ("Actors", {}), ("C", {}), ("Session", {}),
                  ("Topics", {}), ("Text", {"ratio": 1})):
        t.add_column(c, **kw)
    for n, s in enumerate(rec.statements):
        t.add_row(str(n), Text(s.act, style=ACT_STYLE.get(s.act, "")), ",".join(s.actors),
                  "✓" if s.commitment else "", s.session or "", ", ".join(s.topics), statement_cell(s))
    return t


def sessions_line(rec: Record) -> str:
    return "Sessions: " + "; ".join(f"{s.name} ({s.acronym})" if s.acronym else s.name for s in rec.meeting.sessions)


def milestones_table(rec: Record) -> Table:
    t = Table(title="Milestones", title_justify="left")
    for c in ("Milestone", "When", "Venue"):
        t.add_column(c)
    for m in rec.milestones:
        t.add_row(m.name, m.when or "?", m.venue or "")
    return t


def print_record(rec: Record) -> None:
    console.print(meeting_table(rec))
    if rec.meeting.heads:
        console.print(heads_table(rec))
    if rec.meeting.sessions:
        console.print(sessions_line(rec))
    console.print(acts_table(rec))
    if rec.milestones:
        console.print(milestones_table(rec))
    for u in rec.unresolved:  # said, not guessed
        console.print(f"Actors not resolved ({u.act}, by {u.subject}): {u.text}", markup=False, highlight=False)
    console.print()
