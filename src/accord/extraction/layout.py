"""Layout: cut the cleaned text into blocks (title, date lines, headings, bullets, paragraphs).

Statements are written in a few visual shapes: a headline, a dateline or
release line, dash-bulleted summary lines, section headings and numbered
paragraphs. Later stages need to know which is which (headings open sessions,
date lines date the release, only prose is parsed for acts), with offsets
into the cleaned text. A news dateline is read here and only here: the
later stages take its city, its date and where the story begins from
``Block.dateline``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from accord.extraction.dates import RELATIVE_DAY, DateMention, find_dates, has_date, opening_date

BULLET = re.compile(r"^\s*(?:[-–—•*·▪+]|\d{1,2}[.)])\s+")
NUMBERED = re.compile(r"^\s*\d{1,2}\.\s+")
# Capitals as a dateline writes a city's name, its accents kept: "OSLO", "HÀ NỘI", "SÃO PAULO" (the extended Latin
# blocks hold both cases; the dateline's dash after the name is what tells it)
_CAPS = "A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ"
_CAP = "[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ]"
# A news dateline before a story's first word, read here once for every later stage. Its shapes, tried in order:
DATELINE_SHAPES = [
    # "WASHINGTON —", "SEOUL, Nov. 7 (Wire) --", "OSLO, Norway —", "WASHINGTON (Wire):", "OSLO, Norway, Oct. 22, 2027 –",
    # "OSLO, March 24, 2027, Nordic-Wire —" (the outlet after the date)
    # "BRUSSELS (Belgium), Dec 7 (Wire):": the country in brackets after the city
    re.compile(r"^(?P<city>" + _CAP + r"[" + _CAPS + r" .'-]{2,40}?)(?:\s*\([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\))?"
               r"(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"
               r"(?:,\s+[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,2})?)?\s*(?:\([^)]*\)\s*(?:—|–|--|-)(?=[A-Z][a-z])|"
               r"(?:\([^)]*\))?\s*(?:—|–|--|-|(?<=\)):)\s+)"),  # "OSLO (Wire) -Norway and ...": the wire's dash glued
    # "OSLO (Wire News / Agency - 23rd September, 2027) The ministers ...": the wire and its date in brackets, no dash
    # "OSLO, (Wire News / Agency - 23rd Sep, 2027 ) :The ministers ...", or alone on its line; "Bergen (Wire - ... 2027)"
    # "Bergen, Norway (4 May 2027) -- The ministers ...": the country after the city, a dash after the bracket
    re.compile(r"^(?P<city>[A-Z][A-Za-z .'-]{2,40}?)(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?,?\s*\((?=[^)]*\d{4}\s*\))[^)]{4,80}\)"
               r"\s*(?::\s*|(?:—|–|--|-)\s*|\s+)(?=[A-Z]|$)"),
    # "Bergen, Nov. 7 (Wire) --"; "Bergen (Wire News/Agency) - ": a wire's name in brackets is its mark
    re.compile(r"^(?P<city>[A-Z][a-z]+(?:[ .'-][A-Z][a-z]+){0,2})\s*\((?=[^)]*[A-Z]{2,})[^)]{2,40}\)\s*(?:—|–|--|-)\s+"),
    re.compile(r"^(?P<city>[A-Z][a-z]+(?:[ .'-][A-Z][a-z]+){0,2}),\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([^)]*\))?\s*(?:—|–|--|-)\s+"),
    # "Bergen: Norway and Poland held ...", "BERGEN: ...", "Bergen : ...", as Indian, Pakistani and other news sites
    # write it; "Bergen:" alone on its line
    re.compile(r"^(?P<city>(?!(?i:Note|Overview|Update|Updated|Source|Photo|Editor|Summary|Background|Read|Also|Watch|"
               r"Listen|Related|Tags|Date|Published|Posted|Subject|From|To|Q|A|By|Via|Breaking|Exclusive|Opinion|Analysis)\b)"
               r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}|[A-Z]{3,}(?:\s[A-Z]{2,}){0,2}))\s?:"
               r"(?:\s+(?=[A-Z])|\s*$)"),
    # "Phnom Penh, The Example Observer: Vietnamese ...": a city and the outlet's name before a colon
    re.compile(r"^(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}),\s+(?:The\s+)?(?:[A-Z][\w&.-]*\s+){0,3}"
               r"(?:Observer|Times|Post|News|Herald|Tribune|Daily|Gazette|Journal|Mail|Express|Star|Agency|Wire|Press|Online)"
               r"\s*:\s+(?=[A-Z])"),
    # "New Delhi [India], November 27 (Wire):" a wire's city with its country in square brackets and a colon
    re.compile(r"^(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s*\[[A-Z][\w ]{1,30}\],\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
               r"(?:,\s+\d{4})?\s*(?:\([^)]{1,30}\))?\s*:\s*"),
    # "Singapore, June 4 (Wire Press)--Norwegian ...": a wire's dash glued to the story; "OSLO, Norway, Oct. 22, 2027 –"
    re.compile(r"^(?P<city>[A-Z][\w.'’ -]{1,30}),\s+(?:[A-Z][a-z]+,\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*"
               r"(?:\([^)]{1,30}\))?\s*(?:—|–|--|-)\s*"),
]
WIRE_ONLY = re.compile(r"^\((?=[^)]*[A-Z]{2,})[A-Za-z .&/-]{2,30}\)\s*(?:—|–|--|-)\s+(?=[A-Z])")
# a date in any order the dates stage reads, between a city and a colon or a dash: "Bergen, September 1, 2027:",
# "OSLO, 7 June 2027 –", "OSLO, Norway, 7 June 2027 –", "OSLO 14 June 2027 —", "Taipei, 2 June 2027 (Wire): "
CITY_BEFORE_DATE = re.compile(r"^\s*(?:(?P<city>[A-Z][\w.'’ -]{1,30}),|(?P<caps>[A-Z][A-Z.'’ -]{2,30}))\s*(?:\w+,?\s+)?$")
WIRE_STOP = re.compile(r"\.\s+(?=[A-Z])")
AFTER_DATE = re.compile(r"\s*(?:\([\w .]{1,20}\)\s*)?(?::|[—–-]{1,2}\s)\s*")
# A first line naming a meeting with its date is the headline, not a date line: "Joint Statement following the Norway-Poland
# Ministers Meeting of 2 May 2027"
NAMES_A_MEETING = re.compile(r"\b(?:Meeting|Dialogue|Talks|Consultations|Committee|Commission|Council|2\+2)\b.*\b(?:of|on)\s+\S*\d")
# a headline's "A, B hold ...", "A and B to hold ...": who met where a story is linked to
LINKED_MEETING = re.compile(r"^\W*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?(?:,|\s+and)\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?\s+"
                            r"(?:to\s+)?(?:hold|holds|held|discuss|discussed|agree|agreed|meet|met|sign|signed)\b")
DATELINE_WORDS = 4  # a city of more words is a sentence's opening words, not a dateline
# "Seoul, November 15, 2027", "Washington, D.C., May 2, 2027": a release's date line alone under its headline
DASH_AFTER_DATE = re.compile(r"\s*[–—-]\s+(?=[A-Z])")
CITY_AFTER_DATE = re.compile(r"\s*[–—-]\s*(?P<city>[A-Z][\w.'’]+(?:\s[A-Z][\w.'’]+){0,2})(?:,\s+[A-Z][\w.'’]+(?:\s[A-Z][\w.'’]+){0,2})?\s*[–—-]\s+")
# "May 3, Oslo, Norway – The minister ...": a dateline that opens on its date, the city after a comma
CITY_AFTER_DATE_COMMA = re.compile(r",\s+(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})"
                                   r"(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})?\s*[–—-]{1,2}\s+(?=[A-Z])"
                                   r"|\s*\((?P<caps>[A-Z][A-Z .'-]{2,30})\)\s*[–—:-]{1,2}\s+(?=[A-Z])")  # "May 4, 2027 (BERGEN) - The ..."
CITY_LINE = re.compile(r"^(?P<city>[A-Z][\w.' -]+?(?:, D\.C\.)?),\s+")
RELEASE = re.compile(r"^(immediate release|for immediate release|press release|news release|release no\.?.*|readout)$", re.I)


@dataclass(frozen=True)
class Dateline:
    """A news dateline opening a paragraph ("WASHINGTON, Oct. 23, 2027 —", "Bergen:") or a release's date line
    standing alone ("Seoul, November 15, 2027"), read once here.

    Later stages take what they need from it rather than matching again: prose is parsed from ``end`` on (so
    no sentence, subject or title the parser gives starts inside it), ``date`` is the day a story's "today"
    is, and the pipeline blanks the span where a stage reads the page's raw lines.
    """
    start: int
    end: int  # where the story's first word begins (its paragraph's body_start), or the date line's end
    city: str  # as the page writes it, a city in capitals title-cased
    date: DateMention | None = None  # "Oct. 23, 2027"; a wire's "Nov. 7" has no year


@dataclass
class Block:
    kind: str  # title | meta | dateline | heading | bullet | paragraph
    start: int
    end: int
    text: str
    body_start: int | None = None  # where prose begins (after "1. " or "WASHINGTON —")
    dateline: Dateline | None = None  # the news dateline a paragraph opens with

    @property
    def city(self) -> str | None:
        """The dateline city of a news paragraph."""
        return self.dateline.city if self.dateline else None


LONG_LINE = 200  # characters; hard-wrapped text (PDF, e-mail) never has a line this long


def split_lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def substantive(b: Block) -> bool:
    """A paragraph of prose, not a stray line of a paged document ("Appendix 13")."""
    return len(b.text.split()) >= 8


def _line_span(text: str, line: str, after: int) -> tuple[int, int]:
    """The span of a stripped line, found after an offset."""
    s = text.index(line, after)
    return s, s + len(line)


def _dash_lead(text: str, lines: list[tuple[int, int]], k: int, blocks: list[Block]) -> bool:
    """ "– Vietnam and India held ...": a dateline's dash left before a page's first paragraph, not a list item.
    It is a long sentence before any other prose, and no item follows it."""
    line = text[lines[k][0]:lines[k][1]]
    if not re.match(r"^\s*[–—-]\s", line) or len(line.split()) < 25 or any(b.kind in ("paragraph", "bullet") for b in blocks):
        return False
    nxt = next((text[s:e] for s, e in lines[k + 1:] if text[s:e].strip()), "")
    return not BULLET.match(nxt)


def _is_heading(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 10 or len(line) > 90:
        return False
    if line.rstrip()[-1] in ".;:,!?\"”’'":
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps >= max(1, len(words) - 3)


SENTENCE_END = (".", "!", "?", ":", "\"", "”")


def _wrapped_lead(line: str) -> bool:
    """A dateline and the lead's first words, wrapped at a fixed width ("WASHINGTON, April 17, 2027 – Norway and
    the"): the line goes on in the next, it is no date line of its own."""
    d = read_dateline(line)
    return d is not None and bool(line[d.end:].strip()) and line.rstrip()[-1:] not in SENTENCE_END


def _ends_sentence(line: str) -> bool:
    return line.rstrip()[-1:] in SENTENCE_END or _is_heading(line)


def _name_runs_on(line: str, nxt: str) -> bool:
    """A country's name the wrap broke in two ("... and South" / "Korea Minister of ..."): the line runs on."""
    from accord.knowledge import default_knowledge

    last, first = line.split()[-1:], nxt.split()[:1]
    if not last or not first or not last[0][:1].isupper():
        return False
    pair = f"{last[0]} {first[0]}"
    return any(s == 0 and e > len(last[0]) for s, e, _ in default_knowledge().parties_in(pair))


def _starts_prose(line: str) -> bool:
    words = line.split()
    return len(words) > 10 or (bool(words) and line.rstrip()[-1:] in (".", ",", ";"))


def layout(text: str) -> list[Block]:
    """Blocks in document order; a paragraph is a run of non-blank lines."""
    blocks: list[Block] = []
    lines = split_lines(text)
    para: list[tuple[int, int]] = []

    def flush():
        if not para:
            return
        if len(para) > 1 and max(e - s for s, e in para) > LONG_LINE:
            # no blank lines, but lines longer than any wrap width: each line is a paragraph, as
            # crawlers and copy-paste give a page
            for ls, le in list(para):
                line = text[ls:le].strip()
                if blocks and len(line.split()) <= 15 and not _ends_sentence(line):
                    blocks.append(Block("heading", ls, ls + len(text[ls:le].rstrip()), line))  # a subtitle, a byline
                    continue
                para[:] = [(ls, le)]
                flush()
            para.clear()
            return
        first = text[para[0][0]:para[0][1]].strip()
        if len(para) > 1 and has_date(first) and len(first.split()) <= 8 and not first.endswith("."):
            blocks.append(_classify(text, para[0][0], para[0][1], first=False))  # "Seoul, November 15, 2019"
            para.pop(0)
        last = text[para[-1][0]:para[-1][1]].strip()
        date_after = len(para) > 1 and has_date(last) and len(last.split()) <= 8 and not last.endswith(".") \
            and not re.search(r"(?:\b(?:on|of|in|at|from|to|and|the|since|until|by|between)|,)$", text[para[-2][0]:para[-2][1]].rstrip())
        if date_after:  # "Joint Press Release ...\nJuly 27, 2024": the release's date line under its headline
            para.pop()
        s, e = para[0][0], para[-1][1]
        blocks.append(_classify(text, s, e, first=all(b.kind in ("meta", "dateline") for b in blocks)))
        if date_after:
            blocks.append(_classify(text, *_line_span(text, last, e), first=False))
        para.clear()

    for k, (s, e) in enumerate(lines):
        line = text[s:e]
        if not line.strip():
            flush()
            continue
        if BULLET.match(line) and not NUMBERED.match(line) and not _dash_lead(text, lines, k, blocks):
            flush()
            b = Block("bullet", s, e, line)
            b.body_start = s + BULLET.match(line).end()
            blocks.append(b)
            continue
        # A short line standing alone between sentences is a heading or a date line, even
        # without blank lines around it (PDF text comes out that way).
        nxt = text[lines[k + 1][0]:lines[k + 1][1]] if k + 1 < len(lines) else ""
        if _is_heading(line) and (not para or _ends_sentence(text[para[-1][0]:para[-1][1]])) and \
                _starts_prose(nxt) and not nxt.lstrip()[:1].islower() and not _wrapped_lead(line) \
                and not _name_runs_on(line, nxt):  # "...\nexpressed", "... and South\nKorea's minister": it runs on
            flush()
            para.append((s, e))
            flush()
            continue
        para.append((s, e))
    flush()
    return blocks


def _classify(text: str, s: int, e: int, first: bool) -> Block:
    # strip surrounding whitespace so offsets point at words
    raw = text[s:e]
    s += len(raw) - len(raw.lstrip())
    e -= len(raw) - len(raw.rstrip())
    body = text[s:e]
    one_line = "\n" not in body
    if one_line and RELEASE.match(body.strip()):
        return Block("meta", s, e, body)
    if one_line and has_date(body) and (len(body.split()) <= 12 or len(body.split()) <= 20 and _date_then_city(body)) \
            and not body.rstrip().endswith(".") and not (first and NAMES_A_MEETING.search(body)):
        return Block("dateline", s, e, body, dateline=_date_line(body, s))
    if first and one_line and len(body.split()) <= 30 and not (body.rstrip().endswith(".") and len(body.split()) > 9):
        return Block("title", s, e, body)  # a first line that is a whole sentence is the lead, not a headline
    if one_line and _is_heading(body):
        return Block("heading", s, e, body)
    b = Block("paragraph", s, e, body, body_start=s)
    m = NUMBERED.match(body) or re.match(r"[–—-]\s+(?=[A-Z])", body)  # a number, or a dateline's dash left alone
    if m:
        b.body_start = s + m.end()
    b.dateline = read_dateline(body, s)
    if b.dateline:
        b.body_start = b.dateline.end
    return b


def read_dateline(body: str, at: int = 0) -> Dateline | None:
    """The dateline a paragraph ``body`` (starting at offset ``at``) opens with, in any of the shapes news
    sites write it; none when its first words are the story's own."""
    if m := WIRE_ONLY.match(body):  # "(WIRE) - Deputy Minister A and ...": a wire's mark without a city
        return Dateline(at, at + m.end(), None, None)
    if (d := opening_date(body)) and d.year and (dash := DASH_AFTER_DATE.match(body, d.end)) \
            and RELATIVE_DAY.search(re.split(r"(?<=[.!?])\s", body[dash.end():], maxsplit=1)[0]):
        # "October 16, 2020 – The minister yesterday took part ...": the release's date, which the story counts back
        # from ("22 November 2022 – The consultations took place in ..." dates the talks themselves)
        return Dateline(at, at + dash.end(), None, d)
    span = None
    for shape in DATELINE_SHAPES:
        if m := shape.match(body):
            span = (m["city"], m.end())
            if (d := opening_date(body[m.end():])) and (after := AFTER_DATE.match(body, m.end() + d.end)):
                span = (m["city"], after.end())  # "OSLO - 4 May 2027: The ministers ...": the date after the dash
            break
    if span is None and (d := opening_date(body)) and (m := CITY_AFTER_DATE_COMMA.match(body, d.end)):
        span = (m["city"] or m["caps"], m.end())  # "May 3, Oslo, Norway – The minister ...": the date first, then the city
    if span is None and (dates := find_dates(body[:120])):
        d = dates[0]
        before, after = CITY_BEFORE_DATE.match(body[:d.start]), AFTER_DATE.match(body, d.end)
        if before and not after and re.match(r"[A-Z]{3,}", body) and (stop := WIRE_STOP.match(body, d.end)):
            after = stop  # "BAKU, Azerbaijan, December 2. Baku hosts ...": a wire's city in capitals, its date and a full stop
        if before and after:
            span = (before["city"] or before["caps"], after.end())
    if span is None or len(span[0].split()) > DATELINE_WORDS:
        return None
    city, end = span
    return Dateline(at, at + end, _city(city), next(iter(find_dates(body[:end], at)), None))


def _date_then_city(body: str) -> re.Match | None:
    """A release line that opens on its date: "January 16, 2018 – Vancouver, British Columbia – Department of
    National Defence" (date, city, issuer)."""
    return CITY_AFTER_DATE.match(body, d.end) if (d := opening_date(body)) else None


def _date_line(body: str, at: int) -> Dateline | None:
    """The city a release's date line names before its date, if it names one."""
    m = CITY_LINE.match(body)
    if after := _date_then_city(body):
        return Dateline(at, at + len(body), _city(after["city"]), next(iter(find_dates(body, at)), None))
    if not m or has_date(m["city"]) or len(m["city"].split()) > DATELINE_WORDS:
        return None  # "A review of the NATO Defence Ministers meeting, Brussels, 8-9 November": a title, no city
    if re.fullmatch(r"(?i)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?", m["city"].strip(" ,")):
        return Dateline(at, at + len(body), None, next(iter(find_dates(body, at)), None))  # "Wed, 06 Nov 1996": a day
    return Dateline(at, at + len(body), _city(m["city"]), next(iter(find_dates(body, at)), None))


def _city(name: str) -> str:
    name = name.strip(" ,")
    name = name[:-1] if re.search(r"[A-Za-z]{2}\.$", name) else name  # "MOSCOW. Oct 20 (Wire) -", not "Washington, D.C."
    return name.title() if name.isupper() else name


LEAD_AS_TITLE_WORDS = 20  # headlines run to 15 words or so; a first line this long is a sentence


def reads_as_lead(block: Block) -> bool:
    """A title too long for a headline: the lead the site set as its title ("A met B and discussed ..." with no full
    stop). It stays the page's title for its dates and places, and its acts are read as the lead's."""
    return block.kind == "title" and len(block.text.split()) >= LEAD_AS_TITLE_WORDS


def linked_headline(block: Block) -> bool:
    """A bullet that is another story's headline ("- Laos, Thailand hold 9th border talks" among related
    links): no sentence ends it, and what it says of who met is not this meeting."""
    return block.kind == "bullet" and not re.search(r"[.!?;:…\"”’)]\s*$", block.text) and len(block.text.split()) <= 16 \
        and bool(LINKED_MEETING.search(block.text))
