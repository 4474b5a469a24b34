"""Chrome in page text: the site around a statement, told apart from it as jusText does in HTML.

Crawlers, search snippets and copy-paste give a page as plain text with its
site still around it: banners, menus, breadcrumbs, bylines, related links.
Each line is a block for jusText's classifier (length, stop-word density,
link density, headings, then the context of its neighbours). Plain text has
no links, so the share of a line made of navigation words (the ``links`` of
``boilerplate.yaml``) stands in for its link density.

The statement is the stretch from the first to the last good block. Before
it only the header a statement carries is kept (its title, a date line or a
dateline); after it, short lines stay up to the first line that is chrome on
its own, and everything from there goes. Inside it only the site's lines that
interrupt it are taken out (a related headline between two paragraphs, which
jusText's neighbour rule would take for the statement's end); a heading or a
short line between paragraphs belongs to the statement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from justext import get_stoplist
from justext.core import classify_paragraphs, revise_paragraph_classification

from accord.extraction.dates import find_dates, has_date, opening_date

from . import furniture

# jusText's defaults are tuned for web prose; diplomatic prose is dense with names and acronyms
# ("the Kingdom of Norway (NOR) Ministry of Defence (MOD) hosted the 7th NCG in Bergen"), so
# its stop-word density is lower and the thresholds are set lower to match.
LENGTH_LOW, LENGTH_HIGH = 60, 160
STOPWORDS_LOW, STOPWORDS_HIGH = 0.18, 0.24
MAX_LINK_DENSITY = 0.4
HEADER_LINES = 4  # a statement's own header (date line, release label) sits right above its first paragraph
HEADER_SPAN = 6  # a title this close above the first paragraph keeps the lines between (summary, issuer)
MAX_LINES = 3_000  # a page has tens of blocks; jusText's neighbour search is quadratic in long runs of short lines
LINK_LIST = 3  # this many short unpunctuated lines after the statement are a list of links
LEAD_IN_WORDS = 5  # a line ending in a colon this long hands the paragraphs below it their subject ("The Ministers of A and B:")
GAP = 3  # a statement resumes after at most this many lines of the site between its paragraphs
TITLE_REACH = 12  # how far above the first paragraph a title is looked for
MENU_LINES, MENU_WORDS = 12, 40  # the most of the site's short lines a lead may stand above the body by
BULLET = re.compile(r"^(?:[-–—•*·▪+]|\d{1,2}[.)])\s")
SECTION = re.compile(r"^(?:[IVXL]{1,5}|[A-H]|\d{1,2})[.)]\s")
TITLE = re.compile(r"\b(?:joint|statement|communiqu|readout|release|declaration|dialogue|meeting|consultations?|"
                   r"talks|ministerial|summit|conference|forum|2\s?\+\s?2|teleconference|video\s?conference|"
                   r"(?:video|tele)?phone\s+call|video\s+call)", re.I)
STATEMENT_TITLE = re.compile(r"\b(?:statement|communiqu|readout|declaration|press release)", re.I)
RELEASE = re.compile(r"(?:for )?immediate release|(?:press|news|media) (?:release|note)|(?:(?:press|news|media) )?release (?:no|number)\.?.*|readout", re.I)
# The issuer under a title: "Department of Foreign Affairs and Trade", "Ministry of National Defense".
ISSUER = re.compile(r"(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}(?:Department|Ministry|Office|Embassy|Bureau|Secretariat|Government)"
                    r"\b[\w\s,&'’.()-]{0,80}$")
MINOR_WORDS = frozenset("a an and at by for from in of on or the to with".split())  # lower case in a title
# The label of the site's date of a page: "Published on November 10, 2026", "Posted: 3 March 2026".
# What a page's date line says besides its date: the weekday, the clock time, a label ("Today:", "Updated")
STAMP_WORDS = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?|today|updated?|"
                         r"published|posted|year|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4}\b)?)|[|,:]", re.I)
STAMP_LABEL = re.compile(r"^(?:first |last |originally )?(?:published|posted|updated|modified|date)(?:\s+on)?\s*:?\s*", re.I)
SEPARATORS = re.compile(r"\s[|>»·•/]\s")


class _Line:
    """A line as jusText's classifier sees a paragraph."""

    def __init__(self, text: str, nav_chars: int, heading: bool):
        self.text = " ".join(text.split())
        self.chars_count_in_links = nav_chars
        self.dom_path = "body.h2" if heading else "body.p"
        self.heading = heading
        self.cf_class = self.class_type = ""

    @property
    def is_heading(self) -> bool:
        return self.heading

    def __len__(self) -> int:
        return len(self.text)

    @property
    def words_count(self) -> int:
        return len(self.text.split())

    def stopwords_density(self, stopwords) -> float:
        words = self.text.split()
        return sum(w.lower().strip(".,;:()\"'“”’") in stopwords for w in words) / len(words) if words else 0.0

    def links_density(self) -> float:
        return self.chars_count_in_links / len(self.text) if self.text else 0.0


@dataclass(frozen=True)
class Verdict:
    start: int  # index of the first line of the statement
    end: int  # index past its last line
    keep: frozenset[int]  # lines outside [start, end) kept as the statement's header
    skip: frozenset[int] = frozenset()  # lines inside [start, end) that are the site's (a teaser between paragraphs)
    dated: int | None = None  # the line of the page's own date, taken out as chrome: it dates the page


@lru_cache(maxsize=1)
def _stoplist() -> frozenset[str]:
    return frozenset(get_stoplist("English"))


def classify(lines: list[str], nav: re.Pattern[str], more: bool = False,
             headline: re.Pattern[str] | None = None, unwrapped: bool = False,
             after_chrome: frozenset[int] = frozenset()) -> Verdict | None:
    """Where the statement lies among the lines; None when no line reads as prose (leave the text be).

    ``more``: the page goes on after the lines given (with chrome already taken out). ``headline``: a verb
    of news headlines, which tells another story's headline between two paragraphs from a section's heading.
    ``after_chrome``: the lines that come right after a line of chrome taken out before (after the statement's
    last paragraph, the statement does not go on past the site's chrome).
    Text broken into lines of a fixed width (a PDF, an e-mail) is judged by its paragraphs, as jusText
    judges an HTML page's, and the verdict given back for its lines.
    """
    units = [(i, s) for i, s in enumerate(lines) if s.strip()]
    if not units or len(units) > MAX_LINES:
        return None
    blocks = [_Line(s, _nav_chars(s, nav), _heading_like(s)) for _, s in units]
    if not unwrapped and _wrapped(blocks):
        groups = _paragraphs(lines)
        if len(groups) < len(units):
            v = classify([" ".join(lines[i].strip() for i in g) for g in groups], nav, more, headline, unwrapped=True)
            if v is None:
                return None
            every = lambda ks: frozenset(i for k in ks for i in groups[k])  # noqa: E731
            return Verdict(groups[v.start][0], groups[v.end - 1][-1] + 1, every(v.keep), every(v.skip),
                           None if v.dated is None else groups[v.dated][0])
    classify_paragraphs(blocks, _stoplist(), length_low=LENGTH_LOW, length_high=LENGTH_HIGH,
                        stopwords_low=STOPWORDS_LOW, stopwords_high=STOPWORDS_HIGH,
                        max_link_density=MAX_LINK_DENSITY)
    revise_paragraph_classification(blocks)
    good = [k for k, b in enumerate(blocks) if b.class_type == "good"]
    if not good and not _wrapped(blocks):  # a short statement: no paragraph is long enough to be good on its own
        # (a name-heavy sentence is "bad" by its stop-word density alone, not by its links)
        good = [k for k, b in enumerate(blocks) if b.cf_class != "short" and _sentence(b) and b.links_density() <= 0.2]
        if len(good) < 2:
            return None
    prose = [k for k in good if _sentences(blocks[k].text) and not furniture.furniture(blocks[k].text)
             and not furniture.addressed(blocks[k].text)
             and (blocks[k].cf_class == "good"
                  or blocks[k].cf_class == "neargood" and blocks[k].text.endswith((".", ":", ";", "\"", "”")))]
    if not prose:
        return None
    # Short lines between the site's header and the first paragraph are revised to good by their
    # context; the statement begins at its first line that is prose on its own.
    first, last = prose[0], good[-1]
    # A lone sentence far above the body (a banner that reads like prose) does not start the statement.
    # Nor does a short one above the statement's title or a headline (a section's description under the site's menu,
    # named by its links: "Official statements, press releases, speeches and transcripts").
    for nxt in prose[1:]:
        if first >= last:
            break
        titled = blocks[first].words_count < 25 and blocks[first].chars_count_in_links > 0 and any(
            _headline(blocks[k].text) or 3 <= blocks[k].words_count <= 30 and TITLE.search(blocks[k].text)
            and not _sentence(blocks[k]) and not blocks[k].text.endswith((".", ":")) for k in range(first + 1, nxt))
        if nxt - first <= HEADER_LINES + 2 and not titled or blocks[first].words_count >= 40 \
                or _sentence(blocks[first]) and _leads(blocks[first].text, " ".join(b.text for b in blocks[nxt:])):
            break
        first = nxt
    # A sentence right above the first paragraph is the statement's too, though jusText judged it bad for
    # its few stop words (the opening sentence of a readout is all names and titles).
    while first > 0 and (blocks[first - 1].cf_class != "short" and _sentence(blocks[first - 1]) or _lead_in(blocks[first - 1])) \
            and blocks[first - 1].links_density() <= 0.2 and not furniture.furniture(blocks[first - 1].text):
        first -= 1
    # The lead may stand above a few of the site's lines (a menu, a share bar) that cut it from the body.
    first, jumped = _lead_above(blocks, first, " ".join(b.text for b in blocks[first:last + 1]))
    while first < last and furniture.blurb(blocks[first].text):
        first += 1  # the site's line about itself above the story ("Your go-to source for ..."), prose as it is
    # A sentence right below the last paragraph that names what the statement names is the statement's too
    # ("Brigadier A, Commander of Norway's 3rd Division, reaffirmed Norway's commitment to ..."): all names and
    # titles, as a closing line can be, jusText judged it bad for its few stop words.
    paragraphs = " ".join(blocks[k].text for k in range(first, last + 1))
    while last + 1 < len(blocks) and blocks[last + 1].cf_class == "bad" and _sentence(blocks[last + 1]) \
            and blocks[last + 1].links_density() <= 0.2 and not _head_or_tail_chrome(blocks[last + 1].text) \
            and not _site_line(blocks[last + 1].text) and _about(blocks[last + 1].text, paragraphs):
        last += 1
    # Short lines right after the last paragraph (a closing list, a sign-off) stay, up to the
    # first line that reads as chrome on its own; a run of them without a full stop is a list of
    # links to other pages (related headlines), not the statement's.
    last, skip = _resume(blocks, last)
    last = _before_related(blocks, first, last, headline)
    skip |= jumped
    # A site's section tag over other stories ends it too, with the headlines under it that jusText took for prose.
    tags = [k for k in range(first + 1, last + 1) if _section_tag(blocks, k)]
    listing = bool(tags) and not any(_sentence(blocks[j]) for j in range(tags[0], last + 1))
    if listing:
        last = tags[0] - 1
        while last > first and not _sentence(blocks[last]):
            last -= 1  # and the page's stamp and labels above the listing
    # The site's blurb about itself ends the statement, whatever the site says after it.
    last = next((k - 1 for k in range(first + 1, last + 1) if furniture.blurb(blocks[k].text)), last)
    while last > first and (_site_line(blocks[last].text) or furniture.blurb(blocks[last].text)):
        last -= 1  # a call to the reader, a caption or the site's blurb after the last paragraph ("Read the full transcript")
    tail = last
    cut = not more and _cut_sentence(blocks[-1].text)  # the page's last line is a sentence cut short, not a label
    while not listing and tail + 1 < len(blocks) and (_list_goes_on(blocks, tail + 1) or not _head_or_tail_chrome(blocks[tail + 1].text)
                                      and blocks[tail + 1].cf_class in ("short", "neargood")
                                      and blocks[tail + 1].links_density() <= MAX_LINK_DENSITY
                                      and not _link_list(blocks[tail + 1:tail + 1 + LINK_LIST])
                                      and (units[tail + 1][0] not in after_chrome or cut and tail + 2 == len(blocks))):
        tail += 1
    # The statement does not end on a name or a label: a number after the last sentence is the site's
    # (a counter), and so is a title-case line (a link, a contact's name) unless the statement has
    # sections, where it is the heading of one the page was cut before.
    sections = any(_heading_like(blocks[k].text) for k in range(first + 1, last))
    ran_on = tail
    while tail > last and not (cut and tail == len(blocks) - 1) and (
            _label(blocks[tail].text, sections) or (more or tail + 1 < len(blocks)) and (
                _headline(blocks[tail].text) or not blocks[last].text.endswith(":") and _related(blocks[tail].text, headline))):
        tail -= 1  # a headline with the page going on after it links to another story; the page's last line was cut
    while tail > last and tail == len(blocks) - 1 and not more and _credit(blocks[tail].text, sections) \
            and blocks[tail - 1].text.rstrip().endswith((".", "!", "?", "\"", "”")):
        tail -= 1  # the site's credit under the last sentence ("Nordpost", "AB/CD", "#defence #security")
    if sections and tail - last >= 2 and tail == len(blocks) - 1 and not more and all(
            _menu_word(blocks[k].text) for k in range(last + 1, tail + 1)):
        tail = last  # headings in a row that end the page are a menu: a section's heading the page was cut after is one
    announced = tail > last + 1 and _lead_in(blocks[last + 1], words=3) \
        and all(BULLET.match(blocks[k].text) for k in range(last + 2, tail + 1))  # a list its lead-in announced
    if announced or sum(not blocks[k].text.endswith((".", ":", ";")) for k in range(last + 1, tail + 1)) < LINK_LIST:
        last = tail
    run = last
    while run > first and _unended(blocks[run].text):
        run -= 1
    linked = ran_on > tail and any(_headline(blocks[k].text) for k in range(tail + 1, ran_on + 1))
    if (last - run >= LINK_LIST or linked and last - run >= 2) and blocks[run].text.endswith((".", "\"", "”")):
        last = run  # other stories' headlines the last paragraph runs into, none ending as a sentence does (two are
        # enough where more of them after were taken for links)
    if headline is not None:  # another story's headline between two paragraphs (a section's heading has no verb)
        skip |= {k for k in range(first + 1, last) if _headline(blocks[k].text) and blocks[k].words_count >= 5
                 and headline.search(blocks[k].text)
                 and blocks[k - 1].words_count > 12 and blocks[k + 1].words_count > 12}
    skip |= {k for k in range(first + 1, last) if _site_line(blocks[k].text) or _interrupts(blocks, k)}
    skip |= _related_run(blocks, first, last, headline)
    body = " ".join(blocks[k].text for k in range(first, last + 1)
                    if blocks[k].words_count >= 8 and not _interruption(blocks[k]))  # the statement's prose
    skip |= _site_runs(blocks, first, last, body, {k for k, (i, _) in enumerate(units) if i in after_chrome})
    skip |= _labels_of(blocks, first, last, skip, body)
    title = _title(units, blocks, first)
    keep, dated = set(), None
    for k in range(first):
        s = units[k][1].strip()
        if _head_or_tail_chrome(s):
            continue
        if title is not None and k < title and _bare_date(STAMP_LABEL.sub("", s)) \
                or title is None and k == first - 1 and _bare_date(s) and not any(has_date(units[j][1]) for j in range(k)) \
                or _stamp(s) and not (title is not None and STATEMENT_TITLE.search(units[title][1])):
            dated = units[k][0]  # the page's date, bare, "Published on" or with its weekday (a statement's own date stays)
            continue
        if RELEASE.fullmatch(s) and not re.search(r"readout", s, re.I):
            continue  # the site's label of the page ("Press release", "Release No: 105-13"); a date in it still dates it
        if has_date(s) and (len(s.split()) <= 12 or _dated_line(s)) or first - k <= HEADER_LINES and RELEASE.fullmatch(s):
            keep.add(units[k][0])  # a date line or a readout's label: it dates and labels the statement
        elif k == title or unwrapped and title is not None and k == title - 1 and _title_goes_on(s, units[title][1]) \
                or (title is not None and title < k and first - title <= HEADER_SPAN
                            and blocks[k].links_density() <= MAX_LINK_DENSITY and blocks[k].words_count > 5
                            and not ISSUER.match(s) and (_sentence(blocks[k]) or _about(s, body))):
            keep.add(units[k][0])  # the title, and the summary lines of a compact header under it (a widget's title
            # between them, "The Facts Inside Our Notebook", says nothing the statement says)
    return Verdict(units[first][0], units[last][0] + 1, frozenset(keep), frozenset(units[k][0] for k in skip), dated)


def _site_line(text: str) -> bool:
    """A line of the site between two paragraphs: a caption, a byline or stamp, a call to the reader, an aside in
    parentheses or brackets (a source's tag, "[Photo]")."""
    return furniture.caption(text) or furniture.stamp(text) or furniture.call(text) or furniture.address(text) \
        or furniture.aside(text) or furniture.addressed(text) and not re.search(r"[\"“”‘’']\s|\s[\"“”‘’']|^[\"“‘]", text) \
        or furniture.label(text) and not text.rstrip().endswith(":")


def _head_or_tail_chrome(text: str) -> bool:
    """A line of the site above the first paragraph or below the last: the cues that hold between paragraphs,
    and there also a bare label ("Begin text:"), a line that speaks to the reader or the site's blurb about itself."""
    return furniture.furniture(text) or furniture.aside(text) or furniture.addressed(text) or furniture.blurb(text) \
        or furniture.teaser(text)


def _title_goes_on(line: str, title: str) -> bool:
    """A title a fixed-width layout broke over two lines ("Joint Communique of the 51st" / "Security Consultative
    Meeting"): the line above names a statement too and runs on into the title's line, which begins in capitals."""
    words = line.split()
    return 2 <= len(words) <= 15 and TITLE.search(line) is not None and not line.rstrip().endswith((".", ":", ";", "!", "?")) \
        and " ".join(line.split()).casefold() != " ".join(title.split()).casefold() and title.strip()[:1].isupper() \
        and not SEPARATORS.search(line) and not has_date(line)


def _cut_sentence(text: str) -> bool:
    """The opening words of a sentence the page was cut in ("The Ministry of National Def"): a determiner and
    more words after it, and no end."""
    words = text.split()
    return len(words) >= 4 and words[0] in ("The", "This", "These", "Both", "Their", "Its", "In", "On") \
        and not text.endswith((".", "!", "?", ":", ";", ")", "\"", "”"))


def _bare_date(text: str) -> bool:
    """A line that is a date and nothing else ("September 30, 2026", "30 September 2026")."""
    dates = find_dates(text)
    return len(dates) == 1 and dates[0].year is not None and not text[:dates[0].start].strip(" ,.") \
        and not text[dates[0].end:].strip(" ,.")


def _stamp(text: str) -> bool:
    """A line that dates the page and says nothing else ("Thursday, 3 May 2024", "Today: Friday, May 3, 2024 | 10:15")."""
    return _bare_date(STAMP_WORDS.sub(" ", text).strip())


def _section_tag(blocks: list[_Line], k: int) -> bool:
    """A site's section tag over each story it lists ("WORLD", "SAUDI ARABIA"): a few words in capitals that the
    page prints again below."""
    text = blocks[k].text.strip()
    return len(text.split()) <= 4 and text.isupper() and any(b.text.strip() == text for b in blocks[k + 1:])


def _list_goes_on(blocks: list[_Line], k: int) -> bool:
    """A list the statement announced ("across the following areas:") goes on, however dense with names its
    items are: an item under a lead-in or an item, a heading of the list's items, or the lead-in itself, short as
    a label ("They committed to:"), above items punctuated as a statement's are."""
    text, before = blocks[k].text.strip(), blocks[k - 1].text.strip()
    in_list = before.endswith(":") or BULLET.match(before) is not None
    item = BULLET.match(text) is not None and len(text.split()) >= 4 and blocks[k].links_density() <= MAX_LINK_DENSITY
    heading = text.endswith(":") and len(text.split()) <= 8 and any(
        BULLET.match(b.text.strip()) for b in blocks[k + 1:k + 2])
    lead_in = _lead_in(blocks[k], words=1) and any(
        BULLET.match(b.text.strip()) and len(b.text.split()) >= 4 and b.text.rstrip().endswith((";", ".", ","))
        for b in blocks[k + 1:k + 2]) \
        or _lead_in(blocks[k], words=3) and any(BULLET.match(b.text.strip()) and len(b.text.split()) >= 3
                                                for b in blocks[k + 1:k + 2])  # "The ministers agreed to:" above bare items
    return in_list and (item or heading) or lead_in


def _resume(blocks: list[_Line], last: int) -> tuple[int, set[int]]:
    """The statement goes on after a few of the site's lines (a teaser, a related headline) when sentences follow.

    jusText judges a medium-length paragraph by its neighbours, so the paragraphs after an
    interruption are lost with it; a sentence within GAP lines of the last paragraph takes the
    statement up to it, and the lines jumped are the site's.
    """
    skip: set[int] = set()
    gap: list[int] = []
    for k in range(last + 1, len(blocks)):
        b = blocks[k]
        if b.cf_class in ("good", "neargood") and _sentence(b) and b.links_density() <= MAX_LINK_DENSITY:
            if not gap:
                last = k
                continue
            if len(gap) > GAP or not all(_interruption(blocks[j]) for j in gap):
                break
            skip.update(gap)
            gap, last = [], k
        elif b.class_type == "good":
            break  # the classifier's own verdict stands
        else:
            gap.append(k)
            if len(gap) > GAP:
                break
    return last, skip


def _interrupts(blocks: list[_Line], k: int) -> bool:
    """A short line that cuts a sentence in two (a page's running header, an ad's label): the line before it
    ends mid-sentence and the one after it goes on in lower case."""
    text = blocks[k].text
    return blocks[k].words_count <= 10 and not text[:1].islower() and not text.endswith((".", "!", "?", ";", ":")) \
        and not BULLET.match(text) \
        and not blocks[k - 1].text.endswith((".", "!", "?", ";", ":", "\"", "”", ")")) and blocks[k + 1].text[:1].islower()


def _paragraphs(lines: list[str]) -> list[list[int]]:
    """The paragraphs of text broken at a fixed width, as lists of their lines' indices: a paragraph ends at a
    blank line, at a line well short of the width, before a list's item, and around a short line that cuts a
    sentence in two (a running header between two pages)."""
    lengths = sorted(len(s.strip()) for s in lines if s.strip())
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    groups: list[list[int]] = []
    current: list[int] = []
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            if current:
                groups.append(current)
            current = []
            continue
        after = next((x.strip() for x in lines[i + 1:] if x.strip()), "")
        prev = lines[current[-1]].strip() if current else ""
        # (a line with a sentence's end inside it, "Cooperation Agreement (EDCA). They", is the text's own)
        cut_in = bool(current) and len(s) < width / 2 and not s[:1].islower() and not prev.endswith((".", "!", "?", ";", ":")) \
            and after[:1].islower() and not SENTENCE_BREAK.search(s)
        if current and (cut_in or BULLET.match(s) or len(prev) < 0.7 * width and _ends_paragraph(prev, s) or prev.endswith(":")):
            groups.append(current)
            current = []
        current.append(i)
        if cut_in:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


# A sentence ending inside a line, the next beginning: "... (EDCA). They", "... in 2026. The annual"
SENTENCE_BREAK = re.compile(r"[a-z)][.!?][\"”’]?\s+(?=[A-Z])")


def _ends_paragraph(prev: str, line: str) -> bool:
    """A short line ends its paragraph when it ends a sentence or stands as a heading; text copied from a page
    of uneven width breaks mid-sentence on short lines too ("... D.C. The annual" / "dialogue supported ...")."""
    if prev.rstrip("\"”’)").endswith((".", "!", "?", ";")) or len(prev.split()) < 2:
        return True  # a sentence's end, or a fragment such as a superscript's "th" left on its own line
    if line[:1].islower() or prev[:1].islower():
        return False
    words = [w for w in prev.split() if w[:1].isalpha()]
    return not words or sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _wrapped(blocks: list[_Line]) -> bool:
    """Text broken into lines of a fixed width (a PDF, an e-mail): its lines are not paragraphs."""
    runs = sum(a.words_count >= 6 and not a.text.endswith((".", ":", ";", "!", "?")) and b.text[:1].islower()
               for a, b in zip(blocks, blocks[1:]))
    return runs >= 3 and runs >= len(blocks) // 10


def _sentence(block: _Line) -> bool:
    """A line that reads as a sentence of prose: several words and a sentence's end."""
    return block.words_count >= 8 and block.text.rstrip("\"”’)").endswith((".", "!", "?", ";"))


def _lead_in(block: _Line, words: int = LEAD_IN_WORDS) -> bool:
    """A sentence that hands the paragraphs below it their subject or verb ("The Ministers of Defence of A and B:")."""
    return block.words_count >= words and block.text.rstrip().endswith(":") and not furniture.label_of_page(block.text)


def _interruption(block: _Line) -> bool:
    """A short line that is not prose and not a list item: a headline, a label, a link."""
    return not BULLET.match(block.text) and not block.text.endswith((".", ":", ";", ",")) and block.words_count <= 16


def _related(text: str, headline: re.Pattern[str] | None) -> bool:
    """Another story's headline as an item of a list ("• Allies agree to widen drills"): its subject comes before a
    verb of headlines (a statement's item begins at its verb) and it has no stop."""
    mark = BULLET.match(text)
    verb = headline.search(text, mark.end()) if mark and headline is not None else None
    return verb is not None and verb.start() > mark.end() and _headline(text[mark.end():])


def _related_run(blocks, first: int, last: int, headline: re.Pattern[str] | None) -> set[int]:
    """Other stories' headlines listed between two paragraphs ("- Norway, Chile hold 4th security dialogue",
    "- Seventh Norway-Peru defence dialogue"): a run of unpunctuated list items, two of them or more shaped as
    headlines with their subject before the verb. A statement's own list items begin at their verb."""
    out: set[int] = set()
    run: list[int] = []
    for k in range(first + 1, last + 1):
        mark = BULLET.match(blocks[k].text) if k < last else None
        if mark and _headline(blocks[k].text[mark.end():]):
            run.append(k)
            continue
        if len(run) >= 2 and sum(_related(blocks[j].text, headline) for j in run) >= 2:
            out |= set(run)
        run = []
    return out


def _before_related(blocks, first: int, last: int, headline: re.Pattern[str] | None) -> int:
    """The statement's last line before other stories' headlines listed after its last paragraph, which jusText
    revises to good as the paragraph's neighbours: a run of unpunctuated list items below a sentence (not under a
    lead-in, as a statement's own list is), two of them or more shaped as headlines."""
    k = last
    while k > first and BULLET.match(blocks[k].text) and not blocks[k].text.rstrip().endswith((".", ";", ":", ",")):
        k -= 1
    run = range(k + 1, last + 1)
    if len(run) >= 2 and blocks[k].text.rstrip().endswith((".", "\"", "”")) \
            and sum(_related(blocks[j].text, headline) for j in run) >= 2:
        return k
    return last


def _menu_word(text: str) -> bool:
    """A few words alone, unnumbered and unpunctuated: a menu's entry or a heading ("Learning", "The Archive")."""
    return len(text.split()) <= 4 and not BULLET.match(text) and not SECTION.match(text) and not has_date(text) \
        and not text.endswith((".", ":", ";", "!", "?", ",", "\"", "”", ")"))


def _headline(text: str) -> bool:
    """A line of several words without a sentence's end or a list's mark: a headline, not a paragraph."""
    return 4 <= len(text.split()) <= 20 and not BULLET.match(text) and not has_date(text) \
        and not text.endswith((".", ":", ";", "!", "?", "\"", "”", ")", ","))


def _unended(text: str) -> bool:
    """A headline's line: several words, no list mark, no sentence's end (a question may be one)."""
    return 4 <= len(text.split()) <= 25 and not BULLET.match(text) \
        and not text.endswith((".", ":", ";", "!", "\"", "”", ")", ","))


def _label(text: str, sections: bool) -> bool:
    """A line after the last sentence that is a name, a label or a number, not the statement's."""
    if BULLET.match(text) or text.endswith((".", ":", ";", "!", "?", "\"", "”", ")")) or has_date(text):
        return False
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    capitalized = [w for w in words if w.lower() not in MINOR_WORDS]
    return not words or not sections and 2 <= len(capitalized) and len(words) <= 10 and all(
        w[:1].isupper() for w in capitalized) and words[-1].lower() not in MINOR_WORDS


def _credit(text: str, sections: bool = False) -> bool:
    """A page's last line of three words at most, as a site signs or tags a story: a name or initials in capitals
    ("Press Desk//", "AB/CD") or hashtags, with no sentence's end. The first word or two of a sentence the page was
    cut in ("The Z") has the same shape, and says nothing either. In a statement with sections, words in title case
    alone are the heading of one the page was cut after ("Next Steps"): a credit there has initials or marks."""
    words = text.split()
    if not words or len(words) > 3 or BULLET.match(text) or has_date(text) \
            or text.rstrip().endswith((".", ":", ";", "!", "?", "\"", "”", ")")) \
            or sections and not re.search(r"[/#]|\b[A-Z]{2,}\b", text):
        return False
    return all(w.startswith("#") for w in words) or all(w[:1].isupper() for w in words if any(c.isalpha() for c in w))


def _title(units: list[tuple[int, str]], blocks: list[_Line], first: int) -> int | None:
    """The statement's title: the nearest line above its first paragraph that names a statement or meeting
    (a sentence that merely mentions statements, a section's description, is not one).

    Failing that, a plain line of a few words right above the paragraph (a news headline).
    """
    for k in range(first - 1, max(-1, first - 1 - TITLE_REACH), -1):
        s = units[k][1].strip()
        if 3 <= len(s.split()) <= 30 and TITLE.search(s) and not BULLET.match(s) and not RELEASE.fullmatch(s) \
                and not _head_or_tail_chrome(s) \
                and blocks[k].links_density() <= MAX_LINK_DENSITY and not (s.endswith(".") and len(s.split()) > 12):
            return k
    body = " ".join(b.text for b in blocks[first:])
    passed = 0
    for k in range(first - 1, -1, -1):
        s = units[k][1].strip()
        if 4 <= len(s.split()) <= 30 and not SEPARATORS.search(s) and not BULLET.match(s) and not _dated_line(s) \
                and not _head_or_tail_chrome(s) and not _menu(blocks[k]) \
                and blocks[k].links_density() <= MAX_LINK_DENSITY and _about(s, body) and (first - k <= 2 or not passed):
            return k
        # over the release's line of date, city and issuer, a section's label ("Statements") and a byline to the headline above
        passed += 0 if len(s.split()) <= 2 or _dated_line(s) and re.search(r"\s[–—-]\s", s) or furniture.stamp(s) else 1
        if passed >= 2 or first - k >= 4:
            return None
    return None


def _dated_line(s: str) -> bool:
    """A short line that opens on its date, as a release line does ("January 16, 2018 – Vancouver, British Columbia
    – Department of National Defence"); a dash after the date marks the city and issuer that follow it."""
    return opening_date(s) is not None and len(s.split()) <= 20 and not s.endswith(".")


def _menu(block: _Line) -> bool:
    """A run of capitalised words with a link among them and no word in lower case: a menu on one line."""
    words = block.text.split()
    return block.chars_count_in_links > 0 and 4 <= len(words) <= 12 and not block.text.endswith((".", ":", ";")) \
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


FUNCTION_WORDS = frozenset("""about after also been before being between both could does during each from have into
more most much only other over said says should since some such than that their them then there these they this those
through under until were what when where which while will with would your""".split())


@lru_cache(maxsize=256)  # the statement's prose is asked about once for each line it is compared with
def _vocabulary(text: str) -> frozenset[str]:
    """The content words of a text without their endings (a headline's "Revise" is the body's "revised")."""
    return frozenset(re.sub(r"(?:ing|ed|es|s|e)$", "", w) for w in re.findall(r"[a-z][a-z'’-]{3,}", text.lower())
                     if w not in FUNCTION_WORDS)


@lru_cache(maxsize=256)
def _names(text: str) -> frozenset[str]:
    """The capitalised words of a text (names of parties, places, meetings), by their first five letters."""
    return frozenset(w[:5].lower() for w in re.findall(r"\b[A-Z][A-Za-z'’-]{2,}", text) if w.lower() not in _stoplist())


def _lead_above(blocks: list[_Line], first: int, body: str) -> tuple[int, set[int]]:
    """The statement's first line and the site's lines it jumps: a sentence that leads the body (it names what
    the body names) a few short lines of the site above the first paragraph is where the statement begins."""
    gap: set[int] = set()
    for k in range(first - 1, max(-1, first - 1 - MENU_LINES), -1):
        b = blocks[k]
        if gap and _sentence(b) and b.words_count >= 15 and not furniture.furniture(b.text) and _leads(b.text, body):
            return k, gap
        if not _interruption(b) or has_date(b.text) or sum(blocks[j].words_count for j in gap | {k}) > MENU_WORDS:
            break
        gap.add(k)
    return first, set()


def _site_runs(blocks: list[_Line], first: int, last: int, body: str, after_chrome: set[int]) -> set[int]:
    """Runs of short lines between the statement's paragraphs that are the site's: a menu (a run of a few words
    a line), a share bar or a list of links (navigation words), a list of other stories' headlines (lines that
    do not speak of what the statement speaks of), and one such headline left right after the site's chrome. A
    heading of the statement's stands alone or names its words."""
    out: set[int] = set()
    k = first + 1
    while k < last:
        run = []
        while k < last and _interruption(blocks[k]) and not blocks[k].text.endswith(":") and not _goes_on(blocks, k):
            run.append(k)
            k += 1
        k += not run
        if len(run) < 2:
            continue
        lines = [blocks[j] for j in run]
        menu = len(run) >= LINK_LIST and all(b.words_count <= 3 for b in lines)
        links = sum(b.chars_count_in_links for b in lines) > 0
        strangers = {j for j in run if blocks[j].words_count >= 4 and not _about(blocks[j].text, body)}
        if menu or links:
            out.update(run)
        elif all(_stranger(blocks[j].text, body) or blocks[j].words_count <= 4 and _foreign(blocks[j].text, body)
                 for j in run) and any(_stranger(blocks[j].text, body) for j in run):
            out.update(run)  # a teaser under its label ("Check Also")
        elif len(strangers) >= 2:
            out.update(strangers)
            heading = min(strangers) - 1  # the list's own heading ("Trending now")
            if heading in run and _foreign(blocks[heading].text, body):
                out.add(heading)
    return out | {k for k in range(first + 1, last) if _menu(blocks[k]) or k in after_chrome and _interruption(blocks[k])
                  and not _goes_on(blocks, k) and (_stranger(blocks[k].text, body)
                                                   or blocks[k].words_count <= 8 and _foreign(blocks[k].text, body))}


def _labels_of(blocks: list[_Line], first: int, last: int, skip: set[int], body: str) -> set[int]:
    """The label of a block of the site's lines between paragraphs ("Check Also", "Footnotes:"): a few words
    right above the block that share nothing with the statement."""
    out: set[int] = set()
    for k in range(first + 1, last):
        if k in skip or k + 1 not in skip or blocks[k].words_count > 4 or BULLET.match(blocks[k].text):
            continue
        if not blocks[k].text.endswith((".", "!", "?", ";")) and _foreign(blocks[k].text.rstrip(":"), body):
            out.add(k)
    return out


def _foreign(line: str, body: str) -> bool:
    """A line that shares no word and no name with the statement ("Accept and close", "Trending now"); a numbered
    section's heading ("I. Overview") is the statement's whatever its words."""
    return not SECTION.match(line) and not _vocabulary(line) & _vocabulary(body) and not _names(line) & _names(body)


def _goes_on(blocks: list[_Line], k: int) -> bool:
    """The line carries on a sentence: it begins in lower case, or the line before it has not ended."""
    return blocks[k].text[:1].islower() or not blocks[k - 1].text.endswith((".", "!", "?", ";", ":", "\"", "”", ")")) \
        and blocks[k - 1].words_count >= 8


def _stranger(line: str, body: str) -> bool:
    """A headline that shares no name and at most one word with the statement: another story's."""
    words = _vocabulary(line)
    return len(line.split()) >= 4 and len(words) >= 4 and len(words & _vocabulary(body)) <= 1 \
        and not _names(line) & _names(body)


def _link_list(blocks: list[_Line]) -> bool:
    """LINK_LIST short lines in a row with no sentence's end and no list's mark: a menu or a list of links."""
    return len(blocks) == LINK_LIST and all(
        b.words_count <= 12 and not BULLET.match(b.text) and not b.text.endswith((".", ":", ";", "!", "?")) for b in blocks)


def _leads(text: str, body: str) -> bool:
    """A sentence that names what the paragraphs after it name (the parties, the place, the meeting) is their
    lead, however much of the site's furniture stands between them; a banner or a site's blurb names little."""
    return len(_names(text) & _names(body)) >= 3


def _about(line: str, body: str) -> bool:
    """A headline says what its story says: it names what the story names, or shares a good part of its words
    (another story's headline or a menu run above the story shares next to none)."""
    words = _vocabulary(line)
    if len(words) < 3 or _names(" ".join(line.split()[1:])) & _names(body):
        return True
    return len(words & _vocabulary(body)) >= 0.3 * len(words)


def _sentences(text: str) -> bool:
    """Prose has sentence punctuation; a long line with next to none is a ticker or a list of headlines."""
    words = len(text.split())
    ends = len(re.findall(r"[.!?][\"”’)]?(?:\s|$)", text))  # a colon is a headline's too ("Playoffs: the schedule")
    return words < 25 or ends > 0 and (text.rstrip().endswith((".", "!", "?", ";", ":", "\"", "”", "’", ")"))
                                       or ends >= words / 40)


def _nav_chars(line: str, nav: re.Pattern[str]) -> int:
    return sum(len(m.group()) for m in nav.finditer(line))


def _heading_like(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 12 and line.rstrip()[-1:] not in ".;,:" and \
        sum(w[:1].isupper() or not w[:1].isalpha() for w in words) >= len(words) - 2
