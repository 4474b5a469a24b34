"""Header: the title, release date, kind and dateline of a statement."""
from __future__ import annotations

import re
from dataclasses import dataclass

from accord.extraction.dates import find_dates
from accord.extraction.layout import Block

KINDS = [
    ("communique", re.compile(r"communiq", re.I)),
    ("joint_statement", re.compile(r"\bjoint (press )?(statement|declaration)\b|\bjoint statement\b", re.I)),
    ("readout", re.compile(r"\breadout\b|\bresults of\b|\boutcomes? of\b", re.I)),
]
ATTRIBUTION = re.compile(r"\b(officials|spokesperson|spokesman|the ministry|the department|according to)\b[^.]{0,40}\b(said|say|says|announced|told)\b|\b(said|told reporters)\b", re.I)


@dataclass
class Header:
    title: str | None = None
    published: str | None = None
    kind: str = "other"
    dateline_city: str | None = None
    release_line: str | None = None  # the text of the line that dates the release


def read_header(text: str, blocks: list[Block], html_title: str | None = None,
                html_published: str | None = None) -> Header:
    h = Header(title=html_title, published=html_published)
    prose_seen = 0
    for b in blocks:
        if b.kind == "title" and h.title is None:
            h.title = b.text.strip()
        elif b.kind == "dateline" and prose_seen == 1 and h.published is None and h.release_line is None:
            # a date line under the headline and its one-sentence summary
            dates = [d for d in find_dates(b.text) if d.year]
            if dates:
                h.published = f"{dates[0].year:04d}-{dates[0].month:02d}-{dates[0].day:02d}"
                h.release_line = b.text.strip()
        elif b.kind == "dateline" and prose_seen == 0:
            dates = [d for d in find_dates(b.text) if d.year]
            if dates and (h.published is None or h.release_line is None):
                # the statement's own date line under its headline, over a site's stamp around it
                d = dates[0]
                h.published = f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
                h.release_line = b.text.strip()
            if b.city and h.dateline_city is None:
                h.dateline_city = b.city
        elif b.kind == "paragraph":
            if prose_seen == 0 and b.city and h.dateline_city is None:
                h.dateline_city = b.city
            prose_seen += 1
    h.kind = _kind(h.title or "", text, blocks)
    return h


def _kind(title: str, text: str, blocks: list[Block]) -> str:
    for kind, pat in KINDS:
        if pat.search(title):
            return kind
    if any(b.kind == "paragraph" and b.city for b in blocks[:4]):
        return "news_report"
    if len(ATTRIBUTION.findall(text)) >= 2:
        return "news_report"
    if any(b.kind == "bullet" for b in blocks[:6]):
        return "readout"
    if re.search(r"\bjoint (press )?statement\b", text[:2000], re.I):
        return "joint_statement"
    return "other"
