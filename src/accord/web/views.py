"""View models: the source text cut into escaped, offset-carrying pieces with its acts marked.

The round page shows a document's cleaned text with every act highlighted. It
is built by slicing ``document.text`` at the statements' offsets, never by
searching for their words, and every piece is escaped. Acts nest: a clause
inside a sentence-long act is a mark inside a mark. An act that starts inside
another and ends after it (they cross) is split in two at the outer act's end;
both parts carry its id, the first one its anchor (``id="s-<statement id>"``).

Every run of text is a ``<span data-start="N">`` holding ``text[N:N+len]``, so
the browser can turn a selection into offsets against ``document.text``
exactly: the offset of a selection end is its text node's ``data-start`` plus
the offset inside that node.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Iterable
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

from accord.records import Meeting, Statement
from accord.store.corrections import ACTS  # noqa: F401  (re-exported: the acts of record, one list)

# Background / accent per act; dark text (#1f2937) on each background passes WCAG AA.
ACT_COLORS = {
    "meet": ("#e5e7eb", "#4b5563"),
    "assess": ("#dbeafe", "#1d4ed8"),
    "agree": ("#d1fae5", "#047857"),
    "reaffirm": ("#ccfbf1", "#0f766e"),
    "commit": ("#fef3c7", "#b45309"),
    "note": ("#ede9fe", "#6d28d9"),
    "appreciate": ("#fce7f3", "#be185d"),
    "discuss": ("#e0f2fe", "#0369a1"),
    "concern": ("#fee2e2", "#b91c1c"),
    "other": ("#f1f5f9", "#475569"),
}


def act_class(act: str) -> str:
    return f"act-{act}" if act in ACT_COLORS else "act-other"


def url_key(key: str) -> str:
    """A meeting key or id as one path segment (keys may hold spaces or '+')."""
    return quote(key, safe="")


def round_url(key: str, statement_id: str | None = None, **params: str) -> str:
    url = f"/round/{url_key(key)}"
    if statement_id and "s" not in params:
        params = {"s": statement_id, **params}
    if params:
        url += "?" + urlencode(params)
    if statement_id:
        url += "#" + anchor(statement_id)
    return url


def anchor(statement_id: str) -> str:
    return "s-" + statement_id


def search_url(**params: str | None) -> str:
    clean = {k: v for k, v in params.items() if v not in (None, "")}
    return "/search" + ("?" + urlencode(clean) if clean else "")


# -- the text with its acts --------------------------------------------------------

@dataclass
class Span:
    """One act's span to mark; ``first`` is False on the continuation of a split act."""

    start: int
    end: int
    statement: Statement
    first: bool = True
    corrected: bool = False
    origin: str = "extracted"
    children: list["Span"] = field(default_factory=list)


def nest(spans: Iterable[Span], length: int) -> list[Span]:
    """Arrange spans into a forest: each inside the smallest one containing it; crossing spans split."""
    queue: list[tuple[int, int, int, Span]] = []
    seq = 0
    for sp in spans:
        start, end = max(0, sp.start), min(length, sp.end)
        if end <= start:
            continue
        sp.start, sp.end = start, end
        heapq.heappush(queue, (start, -end, seq, sp))
        seq += 1
    roots: list[Span] = []
    stack: list[Span] = []
    while queue:
        _, _, _, sp = heapq.heappop(queue)
        while stack and stack[-1].end <= sp.start:
            stack.pop()
        if stack and sp.end > stack[-1].end:  # crosses its container: keep the inside, queue the rest
            rest = Span(stack[-1].end, sp.end, sp.statement, False, sp.corrected, sp.origin)
            sp.end = stack[-1].end
            heapq.heappush(queue, (rest.start, -rest.end, seq, rest))
            seq += 1
        (stack[-1].children if stack else roots).append(sp)
        stack.append(sp)
    return roots


def text_run(text: str, start: int, end: int) -> Markup:
    if end <= start:
        return Markup("")
    return Markup('<span class="t" data-start="{}">{}</span>').format(start, text[start:end])


def marked_text(text: str, spans: Iterable[Span], selected: str | None = None) -> Markup:
    """The whole text as HTML: escaped runs with data-start, acts as nested <mark>s."""
    out: list[str] = []

    def emit(nodes: list[Span], start: int, end: int) -> None:
        pos = start
        for sp in nodes:
            out.append(text_run(text, pos, sp.start))
            s = sp.statement
            classes = ["act", act_class(s.act)]
            if s.commitment:
                classes.append("commitment")
            if sp.corrected:
                classes.append("corrected")
            if sp.origin == "added":
                classes.append("added")
            if not sp.first:
                classes.append("cont")
            if selected and s.id == selected:
                classes.append("selected")
            label = f"{s.act}{' (commitment)' if s.commitment else ''}: {', '.join(s.actors)}"
            attrs = Markup(' class="{}" data-sid="{}" data-act="{}" title="{}"').format(
                " ".join(classes), s.id, s.act, label)
            if sp.first:
                attrs += Markup(' id="{}" tabindex="0" role="button" aria-controls="panel"').format(anchor(s.id))
            out.append(Markup("<mark{}>").format(attrs))
            emit(sp.children, sp.start, sp.end)
            out.append(Markup("</mark>"))
            pos = sp.end
        out.append(text_run(text, pos, end))

    emit(nest(list(spans), len(text)), 0, len(text))
    return Markup("").join(out)


def act_checks(statement: Statement | None, meeting_parties: list[str],
               topics: list[str]) -> tuple[Markup, Markup]:
    """A correction form's actor and topic checkboxes for one act (None: the form that adds an act).

    The round page holds one form per act: each lists the meeting's parties
    and the act's own actors, and the topics of the round's acts (``topics``);
    any other party or topic is typed (``more_actors``, ``more_topics``,
    offered from the page's lists of codes), so a page of many acts does not
    repeat every party and topic in every form.
    """
    actors = list(statement.actors) if statement else list(meeting_parties)
    out = []
    for code in list(dict.fromkeys([*meeting_parties, *actors])):
        out.append(f'<label class="check"><input type="checkbox" name="actors" '
                   f'value="{escape(code)}" {"checked" if code in actors else ""}>{escape(code)}</label>')
    chosen = list(statement.topics) if statement else []
    boxes = []
    for t in chosen + [t for t in topics if t not in chosen]:
        boxes.append(f'<label class="check"><input type="checkbox" name="topics" value="{escape(t)}" '
                     f'{"checked" if t in chosen else ""}>{escape(topic_label(t))}</label>')
    return Markup("".join(out)), Markup("".join(boxes))


def highlighted(text: str, ranges: Iterable[tuple[int, int]]) -> Markup:
    """Plain text with some ranges wrapped in <b class="hit"> (search matches), all escaped."""
    out, pos = [], 0
    for a, b in sorted(ranges):
        a, b = max(a, pos), min(b, len(text))
        if b <= a:
            continue
        out.append(escape(text[pos:a]))
        out.append(Markup('<b class="hit">{}</b>').format(text[a:b]))
        pos = b
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def word_diff(ops: Iterable) -> Markup:
    """Word-level changes as the later text with <del>earlier</del><ins>new</ins> words marked, all escaped."""
    out = []
    for op in ops:
        kind = op.op if hasattr(op, "op") else op["op"]
        before = op.before if hasattr(op, "before") else op["before"]
        after = op.after if hasattr(op, "after") else op["after"]
        if kind == "equal":
            out.append(escape(after))
        elif kind == "delete":
            out.append(Markup("<del>{}</del>").format(before))
        elif kind == "insert":
            out.append(Markup("<ins>{}</ins>").format(after))
        else:
            out.append(Markup("<del>{}</del> <ins>{}</ins>").format(before, after))
    return Markup(" ").join(out)


# -- small formatting helpers ------------------------------------------------------

def dates(start: str | None, end: str | None) -> str:
    if not start and not end:
        return "date unknown"
    if not end or end == start:
        return start or end or ""
    if start and end and start[:7] == end[:7]:
        return f"{start} – {end[8:]}"
    return f"{start or '?'} – {end}"


def meeting_title(m: Meeting, key: str) -> str:
    name = m.dialogue or m.acronym or key
    if m.round is not None:
        return f"{ordinal(m.round)} {name}"
    return name


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def topic_label(topic: str) -> str:
    special = {"opcon_transition": "OPCON transition", "usfk_presence": "USFK presence",
               "us_dprk_diplomacy": "U.S.–DPRK diplomacy", "dprk_threat": "DPRK threat",
               "inter_korean": "Inter-Korean relations", "science_technology": "Science & technology",
               "exercises_training": "Exercises & training", "remains_recovery": "Remains recovery",
               "cost_sharing": "Cost sharing", "other": "Other"}
    return special.get(topic, topic.replace("_", " ").capitalize())
