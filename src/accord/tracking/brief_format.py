"""The brief as Markdown and as one self-contained HTML page (inline CSS, no external assets, all text escaped)."""
from __future__ import annotations

import html
import re

from accord.tracking.brief import Brief, BriefLine, Citation

SECTIONS = (
    ("commitments", "Commitments of {last} and where they stand"),
    ("milestones", "Milestones due by the next round"),
    ("changes", "Wording that changed in the last two rounds"),
    ("topics_new", "Topics that appeared ({previous} → {last})"),
    ("topics_gone", "Topics that disappeared ({previous} → {last})"),
    ("not_restated", "Pledges of {previous} not restated at {last}"),
)
EMPTY = "Nothing on record."


def heading(brief: Brief, template: str) -> str:
    return template.format(last=brief.last, previous=brief.previous or "-")


def _summary(brief: Brief) -> list[str]:
    venue = f", {brief.last_venue}" if brief.last_venue else ""
    rounds = f"{len(brief.rounds)} round{'s' * (len(brief.rounds) != 1)} on record ({brief.rounds[0]} … {brief.rounds[-1]})"
    nxt = (f"Next round: {brief.next_round or 'the next round'}, about {brief.next_date} ({brief.next_basis})."
           if brief.next_date else f"Next round: {brief.next_round or 'not known'} ({brief.next_basis}).")
    return [f"Prepared {brief.prepared} from {rounds}.",
            f"Last round: {brief.last}, {brief.last_date or 'date unknown'}{venue}.", nxt]


# -- Markdown -------------------------------------------------------------------

def _md(text: str) -> str:
    return re.sub(r"([\\`*\[\]<>#|])", r"\\\1", text)


def _md_cite(c: Citation) -> str:
    return f"“{_md(c.quote)}” — {_md(c.meeting)} `{c.statement_id}`"


def _md_line(line: BriefLine) -> list[str]:
    head = f"- **{_md(line.status)}** · {_md(line.text)}" if line.status else f"- {_md(line.text)}"
    if line.details:
        head += " — " + "; ".join(_md(d) for d in line.details)
    out = [head]
    if line.before is not None:
        out.append(f"  - before: {_md_cite(line.before)}")
        out.append(f"  - after: {_md_cite(line.cite)}")
    else:
        out.append(f"  - {_md_cite(line.cite)}")
    return out


def to_markdown(brief: Brief) -> str:
    out = [f"# Pre-meeting brief: {_md(brief.title)}", ""]
    out += [_md(s) for s in _summary(brief)]
    for attr, template in SECTIONS:
        out += ["", f"## {_md(heading(brief, template))}", ""]
        lines = getattr(brief, attr)
        if not lines:
            out.append(EMPTY)
        for line in lines:
            out += _md_line(line)
    return "\n".join(out) + "\n"


# -- HTML -------------------------------------------------------------------------

CSS = """
body{font:15px/1.5 Georgia,'Times New Roman',serif;color:#1d232a;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem;border-bottom:2px solid #1d3557;padding-bottom:.3rem}
h2{font-size:1.15rem;color:#1d3557;margin-top:1.8rem}
p.meta{margin:.2rem 0;color:#444}
ul{padding-left:1.2rem} li{margin:.5rem 0}
.status{display:inline-block;font:600 .75rem/1.6 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.03em;
 padding:0 .45rem;border-radius:.25rem;background:#e9ecef;color:#333;margin-right:.35rem}
.s-new,.s-appeared{background:#d8f3dc;color:#1b4332}
.s-changed,.s-significant,.s-overdue,.s-disappeared{background:#ffe5d9;color:#9d0208}
.s-restated,.s-continuing,.s-met{background:#dbe9f6;color:#1d3557}
.s-due,.s-reworded,.s-unknown,.s-not-restated{background:#fff3bf;color:#7a5c00}
.details{color:#444}
blockquote{margin:.25rem 0 .25rem 0;padding:.1rem .7rem;border-left:3px solid #adb5bd;color:#333;font-style:italic}
cite{font:.8rem system-ui,sans-serif;color:#555;font-style:normal}
code{font:.78rem ui-monospace,monospace;background:#f1f3f5;padding:0 .2rem}
.empty{color:#777}
"""


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def _html_cite(c: Citation, label: str = "") -> str:
    prefix = f"{_h(label)}: " if label else ""
    return (f"<blockquote>{prefix}“{_h(c.quote)}”<br><cite>{_h(c.meeting)} · <code>{_h(c.statement_id)}</code>"
            f"</cite></blockquote>")


def _html_line(line: BriefLine) -> str:
    parts = ["<li>"]
    if line.status:
        cls = "s-" + re.sub(r"[^a-z]+", "-", line.status.lower()).strip("-")
        parts.append(f'<span class="status {cls}">{_h(line.status)}</span>')
    parts.append(f"<strong>{_h(line.text)}</strong>")
    if line.details:
        parts.append(f' <span class="details">— {_h("; ".join(line.details))}</span>')
    if line.before is not None:
        parts.append(_html_cite(line.before, "before") + _html_cite(line.cite, "after"))
    else:
        parts.append(_html_cite(line.cite))
    parts.append("</li>")
    return "".join(parts)


def to_html(brief: Brief) -> str:
    title = f"Pre-meeting brief: {brief.title}"
    body = [f"<h1>{_h(title)}</h1>"] + [f'<p class="meta">{_h(s)}</p>' for s in _summary(brief)]
    for attr, template in SECTIONS:
        body.append(f"<h2>{_h(heading(brief, template))}</h2>")
        lines = getattr(brief, attr)
        body.append("<ul>" + "".join(_html_line(x) for x in lines) + "</ul>" if lines else f'<p class="empty">{EMPTY}</p>')
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{_h(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")
