"""Rich views of what the store holds: meetings, statements, search hits, the text with its acts marked."""
from __future__ import annotations

from rich import box
from rich.table import Table
from rich.text import Text

from accord.cli.render import ACT_STYLE, statement_cell
from accord.records import Record, Statement
from accord.store import Correction, Hit, MeetingSummary


def meetings_table(rows: list[MeetingSummary], title: str) -> Table:
    """Meetings by their key (dialogue and round, or date), heads one per line."""
    t = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD)
    for name, kw in (("Meeting", {"style": "bold", "no_wrap": True}), ("Round", {"justify": "right", "no_wrap": True}),
                     ("Dates", {"no_wrap": True}), ("Venue", {}), ("Heads", {"ratio": 1}),
                     ("Acts", {"justify": "right", "no_wrap": True}),
                     ("Commitments", {"justify": "right", "no_wrap": True})):
        t.add_column(name, **kw)
    for m in rows:
        heads = "\n".join(f"{h.name} ({h.party})" if h.party else h.name for h in m.heads)
        t.add_row(m.key, "" if m.round is None else str(m.round), dates(m.start, m.end), m.venue or "-", heads,
                  str(m.acts), str(m.commitments))
    return t


def dates(start: str | None, end: str | None) -> str:
    """2018-03-19/20: ISO 8601's short form of an interval."""
    if not start:
        return end or "?"
    if not end or end == start:
        return start
    common = 8 if start[:8] == end[:8] else 5 if start[:5] == end[:5] else 0
    return f"{start}/{end[common:]}"


def statements_table(hits: list[Hit], title: str) -> Table:
    """The acts of one document; # is the end of the statement id, as marked in the text."""
    t = Table(title=title, title_justify="left")
    for name, kw in (("#", {"justify": "right", "no_wrap": True}), ("Act", {"no_wrap": True}), ("Topics", {}),
                     ("Text", {"ratio": 1})):
        t.add_column(name, **kw)
    for h in hits:
        t.add_row(short_id(h), act_cell(h.statement), "\n".join(h.statement.topics), details(h.statement))
    return t


def search_table(hits: list[Hit], title: str) -> Table:
    t = Table(title=title, title_justify="left")
    for name, kw in (("Meeting", {"no_wrap": True}), ("Act", {"no_wrap": True}), ("Topics", {}),
                     ("Text", {"ratio": 1})):
        t.add_column(name, **kw)
    for h in hits:
        text = Text(h.statement.text)
        for a, b in h.highlights:
            text.stylize("bold reverse", a, b)
        where = Text(h.meeting_key or "-", style="bold")
        where.append(f"\n{h.date or ''}\n")
        where.append(statement_label(h))
        t.add_row(where, act_cell(h.statement), "\n".join(h.statement.topics), text)
    return t


def statement_card(h: Hit, title: str) -> Table:
    """One statement, field by field: what `accord correct` and `accord add` print."""
    s = h.statement
    t = Table(title=title, show_header=False, title_justify="left")
    t.add_column(style="bold", no_wrap=True)
    t.add_column(ratio=1)
    rows = [("Statement", statement_label(h)), ("Meeting", f"{h.meeting_key or '-'} ({h.date or '?'})"),
            ("Source", f"{h.source} [{s.start}:{s.end}]"), ("Act", act_text(s)), ("Actors", ",".join(s.actors)),
            ("Commitment", "yes" if s.commitment else "no"), ("Topics", ", ".join(s.topics)),
            ("Session", s.session or "-"), ("Content", s.content or "-"), ("Condition", s.condition or "-"),
            ("Milestone", s.milestone or "-"), ("Reported by", ", ".join(s.reported_by or []) or "-"),
            ("Text", s.text)]
    for k, v in rows:
        t.add_row(k, v)
    return t


def statement_label(h: Hit, short: bool = False) -> Text:
    """The statement's id (or just its number), marked + when an analyst added it, ✎ when corrected."""
    label = Text(h.statement.id.rsplit(":", 1)[-1] if short else h.statement.id)
    sep = "" if short else " "
    if h.origin == "added":
        label.append(sep + "+", style="bold green")
    elif h.corrected:
        label.append(sep + "✎", style="bold yellow")
    return label


def short_id(h: Hit) -> Text:
    return statement_label(h, short=True)


def act_cell(s: Statement) -> Text:
    """Act, commitment, actors and session stacked in one narrow cell."""
    cell = act_text(s)
    if s.commitment:
        cell.append(" ✓", style="bold")
    cell.append("\n" + (",".join(s.actors) or "-"))
    if s.session:
        cell.append("\n" + s.session, style="dim")
    return cell


def act_text(s: Statement) -> Text:
    return Text(s.act, style=ACT_STYLE.get(s.act, ""))


def details(s: Statement) -> Text:
    return statement_cell(s)


def marked_text(rec: Record) -> Text:
    """The cleaned text with each act coloured by its type, commitments underlined, its # before it."""
    base = Text(rec.document.text)
    for s in rec.statements:
        style = ACT_STYLE.get(s.act, "") + (" underline" if s.commitment else "")
        base.stylize(style, s.start, s.end)
    marks = sorted(((s.start, n) for n, s in enumerate(rec.statements)), reverse=True)
    out, pos = [], len(base)
    for start, n in marks:
        out.append(base[start:pos])
        out.append(Text(f"[{rec.statements[n].id.rsplit(':', 1)[-1]}]", style="dim"))
        pos = start
    out.append(base[0:pos])
    return Text("").join(reversed(out))


def legend() -> Text:
    t = Text("Acts: ")
    for act, style in ACT_STYLE.items():
        t.append(act, style=style)
        t.append(" ")
    t.append("  ")
    t.append("commitments underlined", style="underline")
    return t


def corrections_table(rows: list[Correction], title: str) -> Table:
    t = Table(title=title, title_justify="left", expand=True)
    for name, kw in (("#", {"justify": "right"}), ("Statement", {"no_wrap": True}), ("Action", {"no_wrap": True}),
                     ("Set", {"ratio": 1, "min_width": 28}), ("By, when (UTC)", {"no_wrap": True}),
                     ("Note", {"ratio": 1})):
        t.add_column(name, **kw)
    for c in rows:
        statement = Text(c.statement_id or "")
        statement.append("\n" + c.status, style="red" if c.status == "orphaned" else "green")
        action = c.action + (f"\nwas {c.act}" if c.act else "")
        fields = "\n".join(f"{k}={_value(v)}" for k, v in c.fields.items())
        t.add_row(str(c.id), statement, action, fields, f"{c.by}\n{c.at[:16].replace('T', ' ')}", c.note or "")
    return t


def _value(v) -> str:
    if isinstance(v, list):
        return ",".join(v) or "[]"
    return str(v)
