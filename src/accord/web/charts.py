"""Server-side SVG: a dialogue's rounds on a timeline, and its topics round by round.

Charts are plain SVG built here and placed inline in the page, so they need no
script and print as they look. Every label is escaped; colours are
presentation attributes (``fill=``), never ``style=``, so the page's
Content-Security-Policy holds.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup, escape

from accord.web.views import topic_label

# Sequential blues, light to dark: 0 acts, then bins of the count.
SCALE = ("#f1f5f9", "#dbeafe", "#93c5fd", "#3b82f6", "#1d4ed8", "#1e3a8a")
INK_ON = {c: ("#ffffff" if i >= 3 else "#0f172a") for i, c in enumerate(SCALE)}


@dataclass
class Round:
    key: str
    label: str  # what the axis shows: the round number, or the date
    date: str | None
    url: str
    title: str  # a longer description for the tooltip


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def timeline(rounds: list[Round], width: int = 960) -> Markup:
    """Rounds as dots on a line of years, each linking to its round page."""
    dated = [(r, _day(r.date)) for r in rounds]
    days = [d for _, d in dated if d]
    if not days:
        return Markup("")
    first, last = min(days), max(days)
    lo = dt.date(first.year, 1, 1)
    hi = dt.date(last.year + 1, 1, 1)
    pad, height, axis = 24, 86, 52
    span = (hi - lo).days or 1

    def x(d: dt.date) -> float:
        return pad + (width - 2 * pad) * (d - lo).days / span

    parts = [Markup('<svg class="chart timeline" viewBox="0 0 {} {}" role="img" aria-label="{}">').format(
        width, height, f"Timeline of {len(rounds)} rounds, {first.year} to {last.year}")]
    parts.append(Markup('<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#94a3b8" stroke-width="1.5"/>').format(
        pad, axis, width - pad, axis))
    for year in range(lo.year, hi.year + 1):
        xx = x(dt.date(year, 1, 1))
        parts.append(Markup('<line x1="{0:.1f}" y1="{1}" x2="{0:.1f}" y2="{2}" stroke="#94a3b8"/>').format(
            xx, axis - 4, axis + 4))
        if year < hi.year:
            mid = x(dt.date(year, 7, 1))
            parts.append(Markup('<text x="{:.1f}" y="{}" text-anchor="middle" class="tick">{}</text>').format(
                mid, axis + 22, year))
    placed: list[float] = []
    for r, d in dated:
        if d is None:
            continue
        xx = x(d)
        lift = 0 if all(abs(xx - p) > 26 for p in placed[-2:]) else 1
        placed.append(xx)
        y_label = axis - 16 - 16 * lift
        parts.append(Markup(
            '<a href="{url}" class="round-dot"><title>{title}</title>'
            '<circle cx="{x:.1f}" cy="{y}" r="7" fill="#1d4ed8" stroke="#ffffff" stroke-width="2"/>'
            '<text x="{x:.1f}" y="{ly}" text-anchor="middle" class="dot-label">{label}</text></a>').format(
            url=r.url, title=r.title, x=xx, y=axis, ly=y_label, label=r.label))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _bin(count: int, top: int) -> int:
    if count <= 0:
        return 0
    if top <= 5:
        return min(count, 5)
    return max(1, min(5, 1 + int(4 * (count - 1) / max(top - 1, 1) + 0.5)))


def heatmap(topics: list[str], rounds: list[Round], counts: dict[tuple[str, str], int],
            link: dict[tuple[str, str], str], totals: dict[str, int] | None = None) -> Markup:
    """Topics (rows) by rounds (columns); a cell's shade is how many acts of that round carry the topic.

    A last column marks topics that rose (▲) or fell (▼): their share of the
    acts in the latest rounds against their share before.
    """
    if not topics or not rounds:
        return Markup("")
    cell_w, cell_h, left, top = 36, 24, 196, 58
    trend_w = 44
    width = max(left + cell_w * len(rounds) + trend_w + 8, left + 420)
    legend_h = 64
    height = top + cell_h * len(topics) + legend_h
    peak = max(counts.values(), default=0)
    label = f"Topics by round: {len(topics)} topics over {len(rounds)} rounds; darker cells hold more acts"
    out = [Markup('<svg class="chart heatmap" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
                  'aria-label="{label}">').format(w=width, h=height, label=label)]
    # column labels: round above, year below
    for j, r in enumerate(rounds):
        cx = left + j * cell_w + cell_w / 2
        year = (r.date or "")[:4]
        out.append(Markup('<a href="{url}"><title>{title}</title><text x="{x:.1f}" y="{y1}" text-anchor="middle" '
                          'class="col-label">{label}</text></a>'
                          '<text x="{x:.1f}" y="{y2}" text-anchor="middle" class="col-year">{year}</text>').format(
            url=r.url, title=r.title, x=cx, y1=top - 24, y2=top - 9, label=r.label, year=year))
    out.append(Markup('<text x="{}" y="{}" text-anchor="end" class="axis-title">round →</text>').format(
        left - 8, top - 24))
    trends = len(rounds) >= 4
    if trends:
        out.append(Markup('<text x="{:.1f}" y="{}" text-anchor="middle" class="col-year">trend</text>').format(
            left + cell_w * len(rounds) + trend_w / 2, top - 9))
    totals = totals or {}
    for i, topic in enumerate(topics):
        y = top + i * cell_h
        out.append(Markup('<a href="{url}"><text x="{x}" y="{y:.1f}" text-anchor="end" class="row-label">{label}'
                          '</text></a>').format(url=link.get((topic, ""), "#"), x=left - 8, y=y + cell_h / 2 + 4,
                                                label=topic_label(topic)))
        series = []
        name = escape(topic_label(topic))
        for j, r in enumerate(rounds):  # the page's bulk: plain formatting, every text escaped
            n = counts.get((topic, r.key), 0)
            total = totals.get(r.key, 0)
            series.append(n / total if total else 0.0)
            color = SCALE[_bin(n, peak)]
            x = left + j * cell_w
            rect = (f'<rect x="{x}" y="{y}" width="{cell_w}" height="{cell_h}" rx="3" fill="{color}" stroke="#ffffff" '
                    f'stroke-width="2"><title>{name} at {escape(r.key)}: {n} act{"s" if n != 1 else ""}</title></rect>')
            if n:
                out.append(Markup(
                    f'<a href="{escape(link[(topic, r.key)])}" class="cell">{rect}<text x="{x + cell_w / 2:.1f}" '
                    f'y="{y + cell_h / 2 + 4:.1f}" text-anchor="middle" class="cell-n" fill="{INK_ON[color]}">{n}'
                    f'</text></a>'))
            else:
                out.append(Markup(rect))
        arrow, word = _trend(series)
        if arrow:
            out.append(Markup('<text x="{:.1f}" y="{:.1f}" text-anchor="middle" class="trend trend-{}">{}'
                              '<title>{} {}</title></text>').format(
                left + cell_w * len(rounds) + trend_w / 2, y + cell_h / 2 + 5, word, arrow,
                topic_label(topic), word))
    # legend
    ly = top + cell_h * len(topics) + 18
    out.append(Markup('<text x="{}" y="{}" class="legend-title" text-anchor="end">acts with the topic</text>').format(
        left - 8, ly + 12))
    steps = _legend_steps(peak)
    for k, (lo_n, hi_n) in enumerate(steps):
        x = left + k * 58
        color = SCALE[_bin(hi_n, peak)]
        out.append(Markup('<rect x="{}" y="{}" width="22" height="16" rx="3" fill="{}" stroke="#cbd5e1"/>'
                          '<text x="{}" y="{}" class="legend-label">{}</text>').format(
            x, ly, color, x + 27, ly + 12, str(lo_n) if lo_n == hi_n else f"{lo_n}–{hi_n}"))
    x = left
    ly += 24
    if trends:
        out.append(Markup('<text x="{}" y="{}" class="legend-label"><tspan class="trend-rising">▲</tspan> rising '
                          '<tspan class="trend-falling">▼</tspan> falling (share of acts, latest rounds)</text>'
                          ).format(x, ly + 12))
    out.append(Markup("</svg>"))
    return Markup("").join(out)


def _legend_steps(peak: int) -> list[tuple[int, int]]:
    if peak <= 5:
        return [(n, n) for n in range(0, max(peak, 1) + 1)]
    steps: dict[int, list[int]] = {}
    for n in range(0, peak + 1):
        steps.setdefault(_bin(n, peak), []).append(n)
    return [(min(v), max(v)) for _, v in sorted(steps.items())]


def _trend(series: list[float]) -> tuple[str, str]:
    """▲/▼ when the share in the latest rounds (last third, at least 2) differs clearly from before."""
    if len(series) < 4:
        return "", ""
    k = max(2, len(series) // 3)
    recent, before = series[-k:], series[:-k]
    a, b = sum(recent) / len(recent), sum(before) / len(before)
    if a - b >= 0.05 and a >= 1.5 * b:
        return "▲", "rising"
    if b - a >= 0.05 and b >= 1.5 * a:
        return "▼", "falling"
    return "", ""
