"""Boilerplate removal, the same for every format once its text is extracted.

The patterns are data (``accord/data/boilerplate.yaml``) so that a new site's
chrome is a line of YAML, not a code change. Only whole lines are removed —
never part of one — because the extractor's offsets and quotes must point at
the statement's own words exactly as they were written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ..extraction.dates import MONTH_NAME, find_dates
from . import chrome

# Separators between the links of a nav bar, breadcrumb or footer line.
_SEP = r"(?:\s*[|·•/:>»,–-]\s*|\s+)"
_PROSE_END = (".", "!", "?", ";", ":", ",", '"', "\u201d")


# The site's name after a headline: "... Joint Statement – U.S. Department of State", "... | The Korea Times".
SITE_SUFFIX = re.compile(
    r"\s*>\s+(?=[A-Z])[^<>]{1,60}(?:>\s*[^<>]{0,40})*(?<![.!?;,])$|\s+[–—|>]\s+(?:the\s+)?(?=[A-Z])[^–—|>]{0,60}?\b(?:Department|Ministry|Office|Government|Embassy|News|Times|Herald|"
    r"Post|Agency|Daily|Press|Online|Network|Wire|Tribune|Journal|Gazette|Review|Telegraph|Express|Today|Gov|Mil)\b[^–—|]{0,30}$|\s+[–—|]\s+[\w.-]+\.(?:com|gov|org|mil|net|int|kr|jp|au|in|uk)\S*$")


# A media tag after a headline: "... strategic dialogue [incl. VIDEO]", "... talks (PHOTOS)"
MEDIA_TAG = re.compile(r"\s*[\[(](?:incl\.?\s+|with\s+|\+\s*)?(?:video|videos|photos?|pictures|gallery|audio|watch)[\])]\s*$", re.I)


# The mark of words left out ("... the relationship. […]"): the page's first line that ends so is the statement's
# lead quoted short, not another post's excerpt.
ELISION = ("[…]", "[...]")
TEASER_END = re.compile(r"\w(?:\.\.\.|…)\s*$")  # "... set off a clash..." (not "[…]")
TAG = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}")
# A few words standing alone that begin in lower case and end without a stop: a caption's fragment
# ("the joint news conference"); a statement's paragraph begins with a capital, a wrapped line is not alone.
FRAGMENT = re.compile(r"[a-z][\w’'-]*(?: [\w’'().,-]+){0,9}(?<![.!?;:])")
LINK_LABEL = re.compile(r"\s*(?:Open a New Window|\(opens? in (?:a )?new (?:window|tab)\))\s*$|(?<=\))Open a New Window", re.I)
# A credit after a line's last sentence, a field's bar after it: a source's ("... said. (Source: NTB) |") goes from
# any line; a picture's ("... their partnership. (Illustrative Image: File Photo)") from a paragraph of prose longer
# than a caption, where a page put the caption's credit on its lead (a caption with its credit goes whole).
TRAILING_CREDIT = re.compile(r"(?<=[.!?”\"])\s*\((?:(?P<source>source|with inputs from)|(?:[\w-]+\s+){0,2}"
                             r"(?:photos?|images?|pictures?|source|credits?))\b[^()]{0,40}\)\s*[|¦]?\s*$", re.I)
CREDITED_PROSE_WORDS = 30
# A caption's label in capitals before its sentences, as news agencies set them: "STRONGER TIES. Officials meet ..."
CAPTION_LABEL = re.compile(r"(?:[A-Z][A-Z'’-]+\s+){1,5}[A-Z][A-Z'’-]+\.\s+(?=[A-Z][a-z])")
# An agency's credit after the last sentence of a story ("... the ministry said. (Yonhap)"), taken off once the
# line is known to be the story's (a caption ending in the same credit goes whole).
CREDIT = re.compile(r"(?<=[.!?”\"])\s*(?:\((?:[A-Z][A-Za-z]{1,11}|[A-Z][a-z]+ [A-Z][a-z]+|[A-Z]{2,8} online news)\)|[—–]\s*[A-Z]{2,6}"
                    r"|[—–]\s*[A-Z][a-z]{2,12}"  # "... the statement said. — Wirenews"
                    r"|[—–]\s*[A-Z]{3,}(?:,\s*[A-Z][a-z]+)?\s*\([A-Z]{2,6}\)"  # "... Mexico. —OSLO, Norway (XNA)"
                    r"|\s/{2,}\s*[\w.-]{2,20},?\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s*$")  # "... security. ///Xyz, 20 May 2026"
# A page's date line run into the first line of the story by a crawler that joined their blocks:
# "March 06, 2026State Minister A met ...", "14 Aug, 2026The Committee convened ..."
GLUED_DATE = re.compile(rf"(?m)^(\s*(?:{MONTH_NAME}\s+\d{{1,2}},?|\d{{1,2}}\s+{MONTH_NAME},?)\s+(?:19|20)\d\d)(?=[A-Z][a-z])")
# A player's fallback text glued to a headline: "... Meeting Your browser does not support the audio element."
WIDGET_TEXT = re.compile(r"\s*Your browser does not support (?:the )?(?:audio|video|HTML5 video|iframes?)(?: element| tag)?\.?"
                         r"|\s*\{\{[#^/]?\w+\}\}"  # a page template's tags left in the text: "{{^adFree}} {{/adFree}}"
                         # a call to follow the site glued into a paragraph: "... Tap here to join us on Telegram"
                         r"|\s*(?:Click|Tap) here to (?:connect|chat|follow|join) (?:with )?us on (?:WhatsApp|Telegram|Twitter|X|"
                         r"Facebook|Instagram|LinkedIn|Google News)\.?"
                         # a news portal's link note left after a country's name: "Chile (news - web sites)"
                         r"|\s*\((?:news|photos?)\s*[-–—]\s*web\s+sites?\)", re.I)
# "OSLO, (Example / Nordic Wire - 16th Feb, 2024) The ...": the outlet goes, the city and date stay as a dateline.
DATELINE_SOURCE = re.compile(r"^(?P<city>[A-Z][A-Z .'-]{2,40}?,?)\s*\((?P<source>[^()]{2,80}?)\s+[-–—]\s+"
                             r"(?P<date>[^()]{4,30}?(?:19|20)\d\d)\s*\)\s*(?=[A-Z])")
# A site's or wire's credit in brackets after the dateline's city, no date in it: "OSLO, Norway (NTBX) — The ...",
# "Oslo, DC (Fjord.News) The ...", "Oslo, DC—(FJORDWIRE)—March 3, ..." (the city, and a date after it, stay), or after the
# city and date: "Valmora, Mar 4 (NTBX) The ...".
DATELINE_CREDIT = re.compile(r"^(?P<city>[A-Z][A-Z.'-]{2,20}(?: [A-Z][A-Z.'-]{2,20})?(?:,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
                             r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+(?:DC|D\.C\.)"
                             r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+" + MONTH_NAME + r"\.?\s+\d{1,2})"  # "Valmora, Mar 4 (NTBX) The ..."
                             r"\s*[—–-]{0,2}\s*\((?P<source>(?=[^()]*[A-Z]{2}|[^()]*\b(?:News|Press|Wire)\b)[^()\d]{2,30})\)\s*[—–-]{0,2}\s*(?=[A-Z])")
# The credit alone before the story: "(Fjord News) – Defence Minister ...", "NTB/FW—The 6th ...", and an aggregator's
# name with the country it files the story under: "Nordic-Press – Norway. Norway and Chile ..."
CREDIT_LEAD = re.compile(r"^(?:\((?=[^()]*\b(?:News|Press|Wire|Media)\b)[^()\d]{2,30}\)\s*[—–-]{1,2}|[A-Z]{2,6}(?:/[A-Z]{2,6})+\s*[—–-]{1,2}"
                         r"|[A-Z][a-z]+[- ](?:News|Press|Wire|Media)\s+[—–-]\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?\.)\s*(?=[A-Z])")
WIRE_TAG_LINES = 12  # the dateline is in a story's first lines
# A wire's name inside its dateline: "MOSCOW, November 9. /TASS/. The ...", "ASTANA. KAZINFORM The ...", "ZENDA. NORDWIRE – The",
# "Example News/ The ..." (the city and date stay: they place and date the meeting).
WIRE_TAG = re.compile(r"(?<=[.:,])\s*/[A-Z][A-Za-z]{1,11}/\.?(?=\s)"
                      r"|(?<=[A-Z]{3}\.)\s+[A-Z]{4,12}(?=\s+(?:[-–—]\s+)?[A-Z][a-z])"
                      r"|(?:^|(?<=\s))[A-Z][a-z]+(?: [A-Z][a-z]+)? News/\s+(?=[A-Z])")

# A photo caption that ends in its credit, run into the first line of the story by the page's layout:
# "A and B shake hands in Seoul on Tuesday. (Yonhap) South Korea and ...". A dateline ("SEOUL, July 30
# (Yonhap) --") has no sentence before its credit, so it stays.
CAPTION_LEAD = re.compile(r"^[^\n]{20,400}?[.!]\s*\(\s*(?:yonhap|photo|afp|reuters|ap|getty|xinhua|newsis|kyodo|epa)\b[^)]{0,40}\)\s+(?=[A-Z])", re.I)
# An aggregator's tag before the story's dateline: "(MENAFN- Example News Agency (ENA)) OSLO, May 3 (ENA) -- ...".
# The aggregator's name alone in brackets before the first words: "(NORDWIRE) In a meeting ...".
SOURCE_TAG = re.compile(r"^(?:\(\s*(?-i:[A-Z]{2,10})|(?-i:[A-Z]{4,10}))\s*-\s*[^()\n]{2,60}(?:\([^()\n]{1,12}\))?\s*\)\s+(?=\S)"
                        r"|^\((?-i:[A-Z]{4,10})\)\s+(?=(?-i:[A-Z][a-z]))", re.I)
# A crawler's address of the page and its placeholder title glued before the first line:
# "archive.example.gov /r/pa/2016/10/263340.htm Unknown Title Media Note ...".
CRAWL_LEAD = re.compile(r"^(?:(?:https?://)?[\w-]+(?:\.[\w-]+)+\.(?:gov|com|org|net|mil|int|edu|[a-z]{2})(?:/\S*)?\s+)?"
                        r"(?:/\S+\.s?html?\s+)?(?:unknown title|untitled(?: document)?)\s+(?=\S)|"
                        r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+\.(?:gov|com|org|net|mil|int|edu|[a-z]{2})/\S+\s+(?=\S)", re.I)
# The site's section glued before the title on the page's first line: "Press Releases: Joint Statement of ...".
SECTION_LEAD = re.compile(r"^(?:press releases?|news releases?|media notes?|statements?|readouts?|speeches|news)\s*:\s+(?=[A-Z])", re.I)
# The site's section before a title it files again: "Chile - Defence : Ministers meet in Oslo"
FILED_TITLE = re.compile(r"^(?:[^:|]{2,40}?)\s*[:|]\s+(?P<title>\S.{8,})$")
TITLE_LINES = 12  # how far down a page its title is filed again
# A template's placeholder the site left unfilled: "{keywords}", "{{title}}".
PLACEHOLDER = re.compile(r"\{\{?\s*[\w .-]{1,30}\s*\}\}?")
# A document's status stamp glued before its title: "As of 0200, 7 NOV The 39th ... Meeting Joint Communique".
STATUS_LEAD = re.compile(r"^as of \d{4}(?:\s*(?:hrs|hours|[a-z]{1,3}))?,?\s+\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                         r"[a-z]*\.?(?:,?\s+\d{4})?\s+(?=\S)", re.I)
# A byline with its outlet and date glued before the story's first words, as some sites' feeds give it (a lazy
# image's placeholder may come first): "first_imgBy Ana Rojas/Example Wire October 03, 2017 Norway and Chile ...".
# The byline goes; its date stays, on a line of its own, as the story's date.
BYLINE_LEAD = re.compile(r"^(?:first_img\s*)?By\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*/\s*(?:[A-Z][\w'’.-]*\s+){1,3}?"
                         r"(?P<date>" + MONTH_NAME + r"\.?\s+\d{1,2},?\s+\d{4})\s+(?=[A-Z])")
# The page's stamp glued before a story's dateline: "Updated: 2026-05-04 15:37 OSLO: Norway and Chile ...". The stamp
# goes on a line of its own, as the page's date, and the dateline opens the story.
POSTED_LEAD = re.compile(r"^(?P<stamp>(?:(?:last\s+)?updated|published|posted)\s*:?\s*"
                         r"(?:\d{4}-\d\d-\d\d|" + MONTH_NAME + r"\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + MONTH_NAME + r"\.?\s+\d{4})"
                         r"(?:,?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?)?)\s+(?=(?-i:[A-Z]{3,}(?:\s[A-Z]{2,})*)\s*[,:—–-])", re.I)
# Sentences run together without a space, as a teaser lifted from the body glues them: "... part of the talks.They also"
GLUED_AT = re.compile(r"[a-z][.!?][A-Z]")
GLUED_SENTENCES = re.compile(r"(?<=[a-z][.!?])\s*(?=[A-Z])")
# A wire story's end marker after its last sentence ("... in Oslo. (end) ab/cd") or alone on its line.
END_MARK = re.compile(r"(?:(?<=[.!?”\"])\s*|^)(?:\((?:end|ends)\)|\[(?:end|ends)\]|[-–—]{1,3}\s*(?:end|ends)\s*[-–—]{1,3}|/end/"
                      r"|endit(?:em)?|endietm"  # a wire's own end mark ("... passengers. Enditem")
                      r"|(?-i:(?:PTI|IANS|UNI)(?:\s+[A-Z]{2,8}){1,5})(?=\s*$))"  # an Indian wire's desk codes ("... PTI AB CDE")
                      r"(?:\s+[a-z]{1,5}(?:[./][a-z]{1,5}){0,3})?\s*$", re.I)
_IMAGE_EXT = r"\.(?:jpe?g|png|gif|webp|svg|tiff?|heic)"
# A picture's file name left where the picture was ("IMG_0516 (1).jpg", "20270504_The Oslo talks.jpg"); the line right
# under it is its caption.
IMAGE_FILE = re.compile(r"[\w.'’&-]+(?:\s[\w.'’&-]+){0,15}(?:\s?\(\d+\))?" + _IMAGE_EXT + r"(?:\s*\(\d+(?:\.\d+)?\s*[km]b\))?", re.I)
# An image left at the start of a line: a markdown image ("![]() ") or a file name glued to the text after it
# ("map.jpgThe 26th Session ...")
IMAGE_LEAD = re.compile(r"^\s*(?:!\[[^\]]{0,200}\]\([^)]{0,300}\)\s*)+|^[\w .-]{1,60}?" + _IMAGE_EXT + r"(?=[A-Z“\"])"
                        r"|^img\d{1,3}(?=(?-i:[A-Z]))"  # "img2The minister ...": an image's placeholder
                        r"|^(?-i:[a-z0-9]+(?:_[a-z0-9]+)+)(?=(?-i:[A-Z]))"  # "lund_talksOSLO - ...": a picture's file stem
                        # a picture's icon label ("Camera IconThe minister ..."), an update's clock time ("Update: 5:16PM AN ...")
                        r"|^(?:camera|photo|video|gallery|expand)\s*icon\s*(?=[A-Z“\"])"
                        r"|^(?:last\s+)?updated?\s*:?\s*\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s+(?=(?-i:[A-Z]))", re.I)
CAPTION_MAX_WORDS = 40  # a picture's caption, or a summary line shown twice, runs this long at most
BLOCK_WORDS = 20  # a headline in a list of links is this long at most (a line of prose ends in a stop)
# The site's section named in quotes or brackets before a widget's title: '"Politics" POPULAR ARTICLE', "[World] Most read".
SECTION_TAG = re.compile(r"^[\"“‘\[][\w &/-]{1,24}[\"”’\]]\s*(?=\S)")
# A release's overview of the meeting in labelled fields ("(1) Date and time: ... on March 19, 2027", "(2) Venue:
# Tokyo"): the statement's own record of when and where, however short the lines.
# A machine's timestamp ("Date: 2026-05-04T10:20:00+0000") is the page's, not a field of the meeting.
MEETING_FIELD = re.compile(r"^\W*(?:\(?\d{1,2}[.)]\s*)?(?:Date(?: and time)?|Venue|Place)\s*:\s*(?!\d{4}-\d\d-\d\dT\d)\S", re.I)
# The heading of the list of ministers a release is issued with, on ministers' sites.
CO_AUTHORS = re.compile(r"(?:joint (?:statement|media release|press release|release|communiqu[eé])|(?:media |press )?release|"
                        r"issued) (?:jointly )?with\s*:", re.I)
HONORIFICS = frozenset("his her excellency hon honourable honorable the mrs senator minister sir dame general rt "
                       "right admiral secretary deputy prime".split())
FIELD_BAR = re.compile(r"\s+[|¦]\s+|\s*[·•]\s*")  # a bullet between fields, spaced or not ("25/05/2024• News")
WEEKDAY = re.compile(r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?", re.I)


@dataclass(frozen=True)
class Patterns:
    line: re.Pattern[str]   # a whole line of chrome
    block: re.Pattern[str]  # a heading that opens a list of links
    nav: re.Pattern[str]    # one navigation word, wherever it stands in a line
    headline: re.Pattern[str] = re.compile(r"(?!)")  # a verb of news headlines, wherever it stands in a line
    endings: tuple[str, ...] = ()  # how a line of chrome ends (lower case): the excerpt of another post
    ends: re.Pattern[str] = re.compile(r"(?!)")  # a heading after which the page holds no more of the statement


@lru_cache(maxsize=None)
def load_patterns(yaml_text: str | None = None) -> Patterns:
    """Compile the boilerplate data (the packaged file unless another YAML text is given)."""
    if yaml_text is None:
        yaml_text = resources.files("accord").joinpath("data/boilerplate.yaml").read_text("utf-8")
    data = yaml.safe_load(yaml_text) or {}
    links = "|".join(f"(?:{x})" for x in data.get("links") or [])
    words = "|".join(f"(?:{x})" for x in (data.get("links") or []) + (data.get("menu") or []))
    alts = [entry["re"] for entry in data.get("lines") or []]
    if words:
        alts.append(rf"(?:{words})(?:{_SEP}(?:{words}))+\s*[|·•]?|(?:{links})\s*[|·•]?")
    blocks = [entry["re"] for entry in data.get("blocks") or []]
    nav = re.compile(rf"(?<!\w)(?:{links})(?!\w)" if links else r"(?!)", re.IGNORECASE)
    verbs = "|".join(f"(?:{x})" for x in data.get("headline_verbs") or [])
    headline = re.compile(rf"(?<!\w)(?:{verbs})(?!\w)" if verbs else r"(?!)")
    endings = tuple(str(x).lower() for x in data.get("endings") or [])
    ends = _any([entry["re"] for entry in data.get("ends") or []])
    return Patterns(_any(alts), _any(blocks), nav, headline, endings, ends)


def _any(alternatives: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{a})" for a in alternatives) or r"(?!)", re.IGNORECASE)


def clean(text: str, patterns: Patterns | None = None) -> tuple[str, list[str]]:
    """Return the text without its boilerplate lines, and the lines removed (the page's own date first).

    Lines of known chrome go first (the YAML patterns); then the page's own
    chrome above and below the statement goes by block classification.

    Also normalizes whitespace the reader can safely own: trailing spaces of
    lines, runs of 3+ newlines (collapsed to one blank line), a blank line a
    page put inside a sentence, and the whitespace around the whole document.
    """
    p = patterns or load_patterns()
    text = GLUED_DATE.sub(r"\1\n", text)
    lines = [line.rstrip() for line in text.split("\n")]
    suffixes = []
    for i in range(min(len(lines), WIRE_TAG_LINES)):
        if m := BYLINE_LEAD.match(lines[i]):
            suffixes.append(lines[i][:m.start("date")].strip())
            lines[i:i + 1] = [m["date"], lines[i][m.end():]]
            break
        if m := POSTED_LEAD.match(lines[i]):
            lines[i:i + 1] = [m["stamp"], lines[i][m.end():]]
            break
    drop: set[int] = set()
    for i, line in enumerate(lines):  # a link's label left at the end of a line: "... (PDF) Open a New Window"
        lines[i] = WIDGET_TEXT.sub("", LINK_LABEL.sub("", line))
        if (m := TRAILING_CREDIT.search(lines[i])) and not m["source"] and CAPTION_LABEL.match(lines[i]):
            drop.add(i)  # a caption however long: its label in capitals, its credit after it
            continue
        if m and (m["source"] or len(lines[i][:m.start()].split()) >= CREDITED_PROSE_WORDS):
            suffixes.append(m.group().strip(" |¦"))
            lines[i] = lines[i][:m.start()]
        for lead in (IMAGE_LEAD, CAPTION_LEAD, SOURCE_TAG) if i else (IMAGE_LEAD, CAPTION_LEAD, SOURCE_TAG, CRAWL_LEAD, STATUS_LEAD,
                                                                       SECTION_LEAD):
            m = lead.match(lines[i])
            if m:
                suffixes.append(m.group().strip())
                lines[i] = lines[i][m.end():]
                if lead is STATUS_LEAD:  # the running header of each page, glued wherever a page broke
                    header = m.group().strip()
                    lines[:] = [re.sub(rf"(?<=\s){re.escape(header)}\s+", "", x) for x in lines]
    for i in range(min(len(lines), 12)):  # a headline as the browser's title bar gives it: "Title – Site"
        if (tag := MEDIA_TAG.search(lines[i])) and len(lines[i].split()) <= 30:
            suffixes.append(tag.group().strip())
            lines[i] = lines[i][:tag.start()].rstrip()
        m = SITE_SUFFIX.search(lines[i])
        if m and len(lines[i].split()) <= 30 and not lines[i][:m.start()].rstrip().endswith(".") \
                and not p.line.fullmatch(lines[i].strip()):  # a breadcrumb is chrome whole, not a headline
            suffixes.append(m.group().strip(" –—|-"))
            lines[i] = lines[i][:m.start()].rstrip()
    drop.update(_after_the_end(lines, p.ends))
    drop.update(_teasers(lines))
    drop.update(_plus_links(lines))
    drop.update(_forum_replies(lines))
    drop.update(_title_filed_again(lines))
    latin = _mostly_latin(text)
    for i, line in enumerate(lines):
        s = line.strip()
        if not s or i in drop:
            continue
        if PLACEHOLDER.fullmatch(s):
            drop.add(i)
            continue
        if (TAG.fullmatch(s) or FRAGMENT.fullmatch(s)) and (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip()):
            drop.add(i)  # a tag standing alone ("military", "south korea"): a statement has no such paragraph
            continue
        bare = s.lstrip("•·▪◦*–- \t")  # a list item of chrome is chrome ("• Last updated: ...")
        if IMAGE_FILE.fullmatch(s):
            drop.add(i)
            if i + 1 < len(lines) and _caption(lines, i + 1):
                drop.add(i + 1)
        elif END_MARK.fullmatch(s):
            drop.add(i)
        elif p.endings and s.endswith(ELISION) and (not any(x.strip() for x in lines[:i]) or _copy_cut_short(lines, i, drop)):
            lines[i] = line.rstrip()[:-len(next(e for e in ELISION if s.endswith(e)))].rstrip()  # a quoted lead cut short
        elif p.line.fullmatch(s) or (bare != s and bare and p.line.fullmatch(bare)) \
                or p.endings and s.lower().endswith(p.endings):
            drop.add(i)
        elif _fields(s, p.line):  # the date of a meta line stays as a date line; its widgets go
            dates = [x.strip() for x in FIELD_BAR.split(s) if _date_alone(x)]
            suffixes.extend(x.strip() for x in FIELD_BAR.split(s) if not _date_alone(x))
            if dates:
                lines[i] = line[:len(line) - len(line.lstrip())] + " ".join(dates)
            else:
                drop.add(i)
        elif latin and (not _mostly_latin(s) or _other_language(s)):
            drop.add(i)  # a line in another script or language on an English page: a language link, the original headline
        elif CO_AUTHORS.fullmatch(bare):
            drop.update(_co_authors(lines, i))
        elif p.block.fullmatch(s) or p.block.fullmatch(SECTION_TAG.sub("", s, count=1)):
            drop.update(_block(lines, i, p.line))
        elif i < WIRE_TAG_LINES and (m := DATELINE_SOURCE.match(line)):
            suffixes.append(m["source"].strip())
            lines[i] = f"{m['city']} {m['date'].strip()} – {line[m.end():].lstrip()}"
        elif i < WIRE_TAG_LINES and (m := DATELINE_CREDIT.match(line)):
            suffixes.append(m["source"].strip())
            lines[i] = f"{m['city']} – {line[m.end():]}"
        elif i < WIRE_TAG_LINES and (m := CREDIT_LEAD.match(line)):
            suffixes.append(m.group().strip(" —–-()"))
            lines[i] = line[m.end():]
        elif i < WIRE_TAG_LINES and WIRE_TAG.search(line):
            suffixes.extend(m.group().strip(" ./") for m in WIRE_TAG.finditer(line))
            lines[i] = WIRE_TAG.sub("", line)
        if i in drop:
            continue
        if m := CREDIT.search(lines[i]):  # a one-line story has its dateline's credit and its end's
            suffixes.append(m.group().strip())
            lines[i] = CREDIT.sub("", lines[i])
        elif m := END_MARK.search(lines[i]):
            suffixes.append(m.group().strip())
            lines[i] = END_MARK.sub("", lines[i])
    rest = [i for i in range(len(lines)) if i not in drop]
    last_line = max((i for i, line in enumerate(lines) if line.strip()), default=0)
    verdict = chrome.classify([lines[i] for i in rest], p.nav, more=last_line in drop, headline=p.headline,
                              after_chrome=frozenset(k for k, i in enumerate(rest) if _after_chrome(lines, i, drop)))
    if verdict:
        drop.update(i for k, i in enumerate(rest)
                    if lines[i].strip() and (not verdict.start <= k < verdict.end and k not in verdict.keep
                                             or k in verdict.skip))
        header = [i for k, i in enumerate(rest) if k < verdict.start and k in verdict.keep]
        first = next((i for k, i in enumerate(rest) if k >= verdict.start and lines[i].strip()), None)
        drop.update(_site_blurbs(lines, header, first, [lines[i] for i in drop] + suffixes))
    drop.difference_update(i for i, line in enumerate(lines) if MEETING_FIELD.match(line))
    if len(lines) - len(drop) <= chrome.MAX_LINES:  # a page, not a dump of text (which stays as it is)
        drop.update(_repeats(lines, drop))
    drop.update(_source_sign_off(lines, drop))
    _site_tag_glued(lines, drop, suffixes)
    kept = "\n".join(line for i, line in enumerate(lines) if i not in drop)
    dated = [rest[verdict.dated]] if verdict and verdict.dated is not None and rest[verdict.dated] in drop else []
    removed = [lines[i].strip() for i in dated + sorted(drop.difference(dated))] + suffixes
    return BROKEN_SENTENCE.sub(_rejoined, re.sub(r"\n{3,}", "\n\n", kept).strip()), removed


# A sentence a page broke with a blank line: "... met in Oslo to discuss regional security\n\nissues, ..."
BROKEN_SENTENCE = re.compile(r"(?m)^(?P<line>[^\n]*[a-z,])\n\n(?=(?!by\b|in\b|posted\b|updated\b)[a-z]+[\s,])")


def _rejoined(m: re.Match[str]) -> str:
    """The two halves as one line, where the first reads as prose (a headline has few words in lower case)."""
    prose = sum(1 for w in m["line"].split() if w[:1].islower()) >= 5
    return m["line"] + (" " if prose else "\n\n")


def _co_authors(lines: list[str], start: int) -> list[int]:
    """A release page's list of the ministers it is issued with ("Joint statement with:", then "A, Minister for ..."):
    the heading goes, and the list with it when the statement names each of them again (else it is where the
    page says who met)."""
    items = []
    for j in range(start + 1, len(lines)):
        s = lines[j].strip().lstrip("•·▪◦*–- ").strip()
        if not s:
            continue
        if "," not in s or len(s.split()) > 20 or s.endswith(_PROSE_END):
            break
        items.append(j)
    listed = {start, *items}
    rest = "\n".join(line for k, line in enumerate(lines) if k not in listed)
    named = all(any(re.search(rf"\b{re.escape(w)}\b", rest, re.I) for w in _name_words(lines[j])) for j in items)
    return [start, *items] if items and named else [start]


def _name_words(item: str) -> list[str]:
    """The words of the name before a listed minister's office ("The Hon Jane Roe MP, Minister for ..." -> Jane, Roe)."""
    name = item.strip().lstrip("•·▪◦*–- ").split(",")[0]
    return [w for w in re.findall(r"[A-Z][\w'’-]{2,}", name) if w.lower() not in HONORIFICS]


PLUS_LINK = re.compile(r"^\+\s+[A-Z‘“'\"]")


def _plus_links(lines: list[str]) -> set[int]:
    """Links to related stories a site marks with a plus between the paragraphs ("+ Chile and Norway sign a naval
    pact"): one such line on its own, headline-long. A statement's list marked so has its items together."""
    filled = [i for i, x in enumerate(lines) if x.strip()]
    out = set()
    for k, i in enumerate(filled):
        neighbours = filled[max(k - 1, 0):k] + filled[k + 1:k + 2]
        if PLUS_LINK.match(lines[i]) and len(lines[i].split()) <= 25 and not any(PLUS_LINK.match(lines[j]) for j in neighbours):
            out.add(i)
    return out


# a forum thread's header, as XenForo-style boards print it: "Discussion in 'World Affairs' started by lund, May 3, 2024."
FORUM_THREAD = re.compile(r"discussion in ['‘].{1,80}['’] started by \S.{0,40}?, (?P<date>.{4,30}?)\.?", re.IGNORECASE)
FORUM_POST = re.compile(r"\s*\d{1,5}\.\s+(?P<user>\S{2,40})\s*")  # "  3. lund": a post's number and its writer
FORUM_LINES = 15  # the thread's header is this near the top
FORUM_CARD_WORDS = 6  # a line of a member's card under his name is this short


def _forum_replies(lines: list[str]) -> set[int]:
    """A news story a forum member posted (defence boards repost the genre's statements): the thread's header
    leaves only its date (the post's, the page's own), each post's number and its writer's card go (his name and
    rank, the short lines under them: when he joined, his counters, his town), and the other members' replies
    after the first post go with them. A post begins with its number and writer's name, and the next line opens
    with that name again. Changes ``lines`` in place for the header; returns the lines to drop."""
    header = next((i for i, x in enumerate(lines[:FORUM_LINES]) if FORUM_THREAD.fullmatch(x.strip())), None)
    if header is None:
        return set()
    lines[header] = FORUM_THREAD.fullmatch(lines[header].strip())["date"]
    filled = [i for i, x in enumerate(lines) if x.strip()]
    posts, out = [], set()
    for k, i in enumerate(filled[:-1]):
        m = FORUM_POST.fullmatch(lines[i])
        if m and lines[filled[k + 1]].strip().startswith(m["user"]):
            posts.append(i)
            card = k + 1
            while card < len(filled) and (card == k + 1 or len(lines[filled[card]].split()) <= FORUM_CARD_WORDS
                                          and not lines[filled[card]].rstrip().endswith((".", "!", "?"))):
                out.add(filled[card])
                card += 1
            out.add(i)
    if len(posts) >= 2:
        out |= set(range(posts[1], len(lines)))
    return out


def _teasers(lines: list[str]) -> set[int]:
    """Other stories' teasers: a list of excerpts cut off by an ellipsis ("The harbour festival opened with a show
    that..."), each under its headline. A statement's own paragraph may end so once; two or more make a list."""
    cut = [i for i, x in enumerate(lines) if TEASER_END.search(x) and not x.rstrip().endswith(ELISION)]
    if len(cut) < 2:
        return set()
    out = set(cut)
    for i in cut:
        before = next((j for j in range(i - 1, max(-1, i - 3), -1) if lines[j].strip()), None)
        if before is not None and before not in out and len(lines[before].split()) <= 15 \
                and not lines[before].rstrip().endswith((".", "!", "?", ":", ";", "…")):
            out.add(before)  # the teaser's headline
    return out


def _copy_cut_short(lines: list[str], i: int, drop: set[int]) -> bool:
    """An aggregator's copy that stops mid-paragraph ("... cooperation between the […]"): the page's one line so cut,
    a paragraph of sentences right after the statement's own; a list of other posts' excerpts has many."""
    if sum(1 for x in lines if x.strip().endswith(ELISION)) != 1 or not chrome.SENTENCE_BREAK.search(lines[i]):
        return False
    before = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
    return before is not None and before not in drop and len(lines[before].split()) >= 15


def _fields(line: str, chrome_line: re.Pattern[str]) -> bool:
    """A meta line of the page's fields between bars, each chrome or a date on its own: a date beside a widget
    ("Fri, 17 Dec 2026 | Reading Time: 2 minutes", "NEWS | Oct. 3, 2026"), or beside the site's section or the
    author's name ("25/05/2024 • News, News • A. Roe"); an issuer beside the date ("Ministry of Defence | 3 May
    2026") or a title heads the statement."""
    parts = [x for x in FIELD_BAR.split(line) if x.strip(" ,")]
    dated = sum(1 for x in parts if _date_alone(x))
    return len(parts) >= 2 and dated >= 1 and all(
        chrome_line.fullmatch(x.strip()) or _date_alone(x) or dated == 1 and _label_field(x) for x in parts)


def _label_field(text: str) -> bool:
    """A short field of the page's own: a section, an author ("News", "Jane Roe"), no title, issuer or date."""
    return len(text.split()) <= 4 and not chrome.TITLE.search(text) and not chrome.ISSUER.match(text.strip()) \
        and not find_dates(text)


def _date_alone(text: str) -> bool:
    """A date and nothing else but its weekday ("Fri, 17 Dec 2026", "2026-12-17")."""
    dates = find_dates(text)
    return len(dates) == 1 and dates[0].year is not None and not text[dates[0].end:].strip(" ,.") \
        and WEEKDAY.fullmatch(text[:dates[0].start].strip(" ,.")) is not None


def _after_chrome(lines: list[str], i: int, drop: set[int]) -> bool:
    """The line comes right after a line of chrome (blank lines between are no matter)."""
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    return j >= 0 and j in drop


def _caption(lines: list[str], i: int) -> bool:
    """The line right under a picture's file name, with a blank line or the end after it: the picture's caption."""
    s = lines[i].strip()
    return bool(s) and len(s.split()) <= CAPTION_MAX_WORDS and (i + 1 == len(lines) or not lines[i + 1].strip()) \
        and not IMAGE_FILE.fullmatch(s)


def _after_the_end(lines: list[str], ends: re.Pattern[str]) -> range:
    """The author's note or the comments heading, once a paragraph of prose came before it, and all after it;
    all after a wire's end mark too ("... in Oslo. (END)"): what follows it is other stories and the site's."""
    prose = False
    for i, line in enumerate(lines):
        s = line.strip()
        if prose and ends.fullmatch(s):
            return range(i, len(lines))
        prose = prose or len(s.split()) >= 15 and s.endswith(_SENTENCE_END)
        if prose and s and END_MARK.search(s):
            return range(i + 1, len(lines))
    return range(0)


def _site_blurbs(lines: list[str], header: list[int], first: int | None, chrome_lines: list[str]) -> list[int]:
    """Lines at the head of the statement that begin with the site's own name, found standing alone among its
    chrome: its blurb or tagline ("EXAMPLE MAGAZINE "For diplomats" First publication ..."). Before the first
    paragraph the name need be seen once; as the first paragraph, twice (a logo and a menu entry)."""
    names = _site_names(chrome_lines)
    out = []
    for i, seen in [(i, 1) for i in header] + ([(first, 2)] if first is not None else []):
        key = " ".join(lines[i].split()).casefold()
        if any(key.startswith(n) and len(key) > len(n) + 10 and count >= seen for n, count in names.items()):
            out.append(i)
    return out


def _site_names(chrome_lines: list[str], issuers: bool = False) -> dict[str, int]:
    """The site's name as its chrome shows it standing alone (a logo, a menu entry): a few capitalised words without
    a stop that name no statement (nor an issuer, unless asked), with how often each is seen."""
    names: dict[str, int] = {}
    for c in chrome_lines:
        if 2 <= len(c.split()) <= 5 and not chrome.TITLE.search(c) and (issuers or not chrome.ISSUER.match(c)) \
                and not c.rstrip().endswith(_SENTENCE_END) and all(w[:1].isupper() or not w[:1].isalpha() for w in c.split()):
            key = " ".join(c.split()).casefold()
            names[key] = names.get(key, 0) + 1
    return names


# What follows the last stop of a line, to its end (an initial's stop is no sentence's end: "U.S.").
GLUED_TAIL = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[A-Z])(?:[^.!?\n]|(?<=\b[A-Z])\.){3,240}$")


# A news agency that signs the story, glued after its last sentence ("... under a strategic partnership. Yonhap"):
# a name in capitals, or a wire's own name.
WIRE_NAME = re.compile(r"[A-Z]{2,10}|(?:Yonhap|Xinhua|Bernama|Kyodo|Antara|Reuters|Anadolu|Sputnik|Interfax|Tasnim|"
                       r"Petra|Trend|Vietnam News Agency|Philippine News Agency)(?: News(?: Agency)?)?")


# The label of a link to the rest of a post, in the languages of the sites that repost statements.
READ_ON = re.compile(r"(?:read (?:more|on|the (?:full )?(?:article|story|statement))|continue reading|läs (?:mer|artikel|hela "
                     r"artikeln)|les (?:mer|artikkel)|læs (?:mere|artikel)|lees (?:meer|verder)|weiterlesen|mehr lesen|"
                     r"lire la suite|en savoir plus|leer más|leia mais|leggi (?:tutto|di più)|czytaj dalej)\s*(?:[»›→…]|\.{3})?")


# A wire's sign-off with the time it was filed, glued after the story's last sentence ("... in 2026. ab/13:45",
# "... the two countries.--ABC20:28 LOCAL TIME 17:28").
TIMED_SIGN_OFF = re.compile(r"(?<=[.!?\"”’)])\s*(?:[-–—]+\s*)?(?:(?-i:[a-z]{1,4})/|(?-i:[A-Z]{2,8})\s*)\d{1,2}:\d{2}"
                            r"(?:\s*(?:LOCAL TIME|GMT|UTC)\s*(?:\d{1,2}:\d{2})?)?(?:\s*(?:GMT|UTC))?\s*$")


def _site_tag_glued(lines: list[str], drop: set[int], suffixes: list[str]) -> None:
    """A re-poster's tag glued after the statement's last sentence, ending in the site's name its chrome shows alone
    ("... in 2026. Readout of the Talks Example Agency News"), a link's label to the rest ("... 2026. Read more"), or
    a wire's timed sign-off ("... 2026. ab/13:45"): taken off the line (the sentence stays)."""
    kept = [i for i in range(len(lines)) if i not in drop and lines[i].strip()]
    if not kept:
        return
    i = kept[-1]
    if (m := TIMED_SIGN_OFF.search(lines[i].rstrip())) and m.start() > 0:
        suffixes.append(m.group().strip())
        lines[i] = lines[i][:m.start()]
        return
    m = GLUED_TAIL.search(lines[i].rstrip())
    if not m or m.start() == 0:
        return
    tail = " ".join(m.group().split()).casefold()
    if WIRE_NAME.fullmatch(m.group().strip()) or READ_ON.fullmatch(tail) or any(tail.endswith(name) for name in _site_names([lines[j] for j in drop] + suffixes,
                                                                                   issuers=True)):
        suffixes.append(m.group().strip())
        lines[i] = lines[i][:m.start()]


def _source_sign_off(lines: list[str], drop: set[int]) -> list[int]:
    """The source a story is taken from, named alone in capitals under its last sentence ("NHK", "KUNA")."""
    kept = [i for i in range(len(lines)) if i not in drop and lines[i].strip()]
    if len(kept) >= 2 and re.fullmatch(r"(?-i:[A-Z]{2,8})", lines[kept[-1]].strip()) \
            and lines[kept[-2]].rstrip().endswith(_SENTENCE_END):
        return [kept[-1]]
    return []


def _captions(kept: list[tuple[int, str]]) -> list[int]:
    """A picture's caption the page repeats under each of its pictures: a line said three times or more, twice
    or more between paragraphs (a summary the page shows again sits above the body, not inside it)."""
    where: dict[str, list[int]] = {}
    for n, (_, s) in enumerate(kept):
        if 6 <= len(s.split()) <= CAPTION_MAX_WORDS:
            where.setdefault(s.casefold(), []).append(n)
    out = []
    for key, at in where.items():
        inside = [n for n in at if n and len(kept[n - 1][1].split()) >= 15 and kept[n - 1][1].casefold() != key]
        if len(at) >= 3 and len(inside) >= 2:
            out.extend(kept[n][0] for n in at)
    return out


def _repeats(lines: list[str], drop: set[int]) -> list[int]:
    """Lines that say again what another kept line says: the headline or a whole paragraph repeated by the
    page's layout, or a headline cut short ("Outcomes of the nineteenth meeting of ...") where it was a link
    or a description. A short sentence may well be said twice by the statement itself."""
    kept = [(i, " ".join(lines[i].split())) for i in range(len(lines)) if i not in drop and lines[i].strip()]
    out, seen = _captions(kept), set()
    for n, (i, s) in enumerate(kept):
        key = s.casefold()
        stem = key.rstrip(".…").rstrip() if key.endswith(("...", "…")) else None
        if n and key == kept[n - 1][1].casefold() and len(key.split()) >= 2 and not key.endswith(_SENTENCE_END):
            out.append(i)  # a short headline printed twice, one right under the other
            continue
        if len(key.split()) < 4:
            continue
        if key in seen and (not key.endswith(_SENTENCE_END) or len(key.split()) >= 12):
            out.append(i)  # a headline said twice, or a paragraph the page shows twice (a summary and the body)
        elif stem and any(o.casefold().startswith(stem) and o.casefold() != key for _, o in kept):
            out.append(i)
        elif len(key.split()) >= 8 and n + 1 < len(kept) and kept[n + 1][1].casefold().startswith(key) \
                and len(kept[n + 1][1]) > len(s):
            out.append(i)  # a description cut from the paragraph that follows it
        if not key.endswith(_SENTENCE_END) or len(key.split()) >= 12:
            seen.add(key)
    folded = [o.casefold() for _, o in kept]
    for n, (i, s) in enumerate(kept):  # a teaser of sentences lifted from the body below and glued together
        if i in out or not GLUED_AT.search(s):
            continue
        parts = [x.casefold() for x in GLUED_SENTENCES.split(s) if x.strip()]
        below = folded[n + 1:]
        if all(len(x.split()) >= 5 and any(x in o for o in below) for x in parts) and folded[n] not in below:
            out.append(i)
    return out


_SENTENCE_END = (".", "!", "?", ";", ":", '"', "\u201d")


@lru_cache(maxsize=1)
def _stoplists() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    from justext import get_stoplist, get_stoplists

    return frozenset(get_stoplist("English")), {lang: frozenset(get_stoplist(lang)) for lang in get_stoplists()
                                                 if lang != "English"}


def _other_language(line: str) -> bool:
    """A line in another language written in Latin letters ("Bộ trưởng ... hội đàm tại Oslo"): accented letters, no
    English function word, and two or more of another language's (jusText's stoplists) among its words in lower case
    (the names in a caption are the same in every language)."""
    if line.isascii() or not any(c.isalpha() and not c.isascii() for c in line):
        return False
    words = re.findall(r"[^\W\d_]+", line)
    english, others = _stoplists()
    if len(words) < 3 or any(w.lower() in english for w in words):
        return False
    common = [w for w in words if w[0].islower()]
    hits = max(sum(w in stop for w in common) for stop in others.values())
    return hits >= 2 and hits >= 0.4 * len(common)


def _title_filed_again(lines: list[str]) -> list[int]:
    """The page's title given again under the site's section ("Chile - Defence : Ministers meet in Oslo" below
    "Ministers meet in Oslo"): the second is the site's filing of the first."""
    seen, out = set(), []
    for i, line in enumerate(lines[:TITLE_LINES]):
        s = " ".join(line.split())
        if (m := FILED_TITLE.match(s)) and m["title"].casefold() in seen:
            out.append(i)
        elif s:
            seen.add(s.casefold())
    return out


def _mostly_latin(text: str) -> bool:
    letters = [c for c in text[:20000] if c.isalpha()]
    return not letters or sum(c < "\u0250" for c in letters) / len(letters) > 0.5


def _block(lines: list[str], start: int, chrome_line: re.Pattern[str]) -> list[int]:
    """A related-links heading and the short lines after it, up to the next prose.

    The last short line right before that prose is given back when the list
    has more than one: it is the heading of the prose, not one of the links.
    A long line that names a statement or meeting is a title, not a link.
    """
    taken = [start]
    for j in range(start + 1, len(lines)):
        s = lines[j].strip()
        if not s:
            continue
        if not chrome_line.fullmatch(s) and (len(s.split()) > BLOCK_WORDS or s.endswith(_PROSE_END)
                                             or len(s.split()) > 12 and chrome.TITLE.search(s)):
            if len(taken) > 2:  # one line after the heading is its one link ("Related article")
                taken.pop()
            break
        taken.append(j)
    return taken
