"""HTML pages: the statement's own text, title and date, without the site around it.

trafilatura finds the main text; its result is turned into blank-line
separated paragraphs, the same shape as the plain-text statements, so the
extractor sees one kind of text. What it would lose is put back: ``<time>``
elements are unwrapped first (trafilatura drops them, but the date line
belongs to the statement), and the title and the article's date line are put
first when it kept the body only. When trafilatura finds nothing (or cannot be
imported) the text of ``<article>``/``<main>``/``<body>`` is taken instead,
minus navigation and forms; boilerplate lines go later, in ``clean``.
"""
from __future__ import annotations

import copy
import html as htmllib
import re
from datetime import date

from lxml import etree
from lxml import html as lxml_html

from .errors import Unreadable

# Elements that end a paragraph: HTML's, and those of trafilatura's XML.
_BLOCK = {
    "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure", "figcaption",
    "address", "hr", "head", "list", "item", "quote", "row", "code",
}
_BREAK = {"br", "lb"}
_CELL = {"td", "th", "cell"}
_NOT_TEXT = (
    "//script|//style|//noscript|//template|//nav|//aside|//form|//button|//select|//textarea|//svg"
    "|//iframe|//*[@role='navigation' or @role='banner' or @role='contentinfo' or @role='search']"
)
_DATE_META = (  # lower-cased name/property/itemprop of <meta>, most specific first
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date.issued",
    "dc.date", "dcterms.issued", "dcterms.date", "publish-date", "pubdate", "parsely-pub-date",
)
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAG = re.compile(r"</?(?:html|head|body|p|div|article|main|section|h[1-6]|span|table|br|a)\b[^>]*>", re.I)
_CHARSET = re.compile(r"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)
_ARTICLE_TIME = "//article//time|//main//time"
_SITE_SUFFIX = re.compile(r"\s+[>|»]\s+.*$")


_PARSER = lxml_html.HTMLParser(huge_tree=True)


def looks_like_html(head: str) -> bool:
    """Whether the first few KB are HTML: a doctype/html/body start, or a fragment of tags."""
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_HTML_TAG.findall(head)) >= 2


def declared_charset(head: str) -> str | None:
    m = _CHARSET.search(head)
    return (m.group(1) or m.group(2)) if m else None


def extract(text: str) -> tuple[str, str | None, str | None]:
    """Return (main text, title, published date) of an HTML page."""
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)  # lxml refuses str input with an encoding declaration
    try:
        # huge_tree: a page nested deeper than libxml2's default 256 levels keeps its text
        tree = lxml_html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        raise Unreadable("no text") from None
    title, published = _title(tree), _published(tree)
    dateline = next(filter(None, (" ".join(t.text_content().split()) for t in tree.xpath(_ARTICLE_TIME))), None)
    etree.strip_tags(tree, "time")
    body = _main_text(tree) or _fallback_text(tree) or _tags_stripped(text)
    return _with_lead(body, title, dateline), title, published


def _tags_stripped(text: str) -> str:
    """The last resort for markup no parser builds a tree of (nested beyond libxml2's 2,048 levels)."""
    text = re.sub(r"(?is)<(script|style|head|nav|footer|form)\b.*?</\1\s*>", " ", text)
    text = re.sub(r"(?i)</?(?:p|div|br|h[1-6]|li|section|article|tr)\b[^>]*>", "\n\n", text)
    text = htmllib.unescape(re.sub(r"<[^>]*>", " ", text))
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def _with_lead(body: str, title: str | None, dateline: str | None) -> str:
    """Put the title and the date line first when the extraction kept only the body."""
    if not body:
        return body
    paragraphs, head = body.split("\n\n"), body[:2000]
    if dateline and dateline not in head:
        paragraphs.insert(1 if paragraphs[0] == title else 0, dateline)
    if title and title not in head:
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


def _main_text(tree) -> str:
    try:
        import trafilatura
    except ImportError:  # a broken install (e.g. lxml without html_clean) must not stop reading
        return ""
    try:
        doc = trafilatura.bare_extraction(
            copy.deepcopy(tree), favor_recall=True, include_comments=False, include_tables=True,
            include_images=False, include_links=False, with_metadata=False,
        )
    except Exception:  # trafilatura on odd markup; the fallback still gets the text
        return ""
    body = getattr(doc, "body", None)
    # trafilatura collapses whitespace, so a newline left in its text separates
    # blocks it merged (its baseline extraction does that on short pages)
    return _block_text(body, newline_ends_paragraph=True) if body is not None else ""


def _fallback_text(tree) -> str:
    for el in tree.xpath(_NOT_TEXT):
        el.drop_tree()
    roots = tree.xpath("//article") or tree.xpath("//main") or tree.xpath("//*[@role='main']") or tree.xpath("//body")
    return _block_text(roots[0] if roots else tree)


def _block_text(root, newline_ends_paragraph: bool = False) -> str:
    """Text of an element tree, one paragraph per block element, blank lines between them."""
    parts: list[str] = []

    # an explicit stack, not recursion: pages can nest thousands of levels deep
    stack: list = [("open", root)]
    while stack:
        kind, el = stack.pop()
        if kind == "text":
            parts.append(el)
            continue
        if kind == "close":
            parts.append("\x00")
            continue
        if not isinstance(el.tag, str):  # comments, processing instructions
            continue
        tag = el.tag.lower()
        block = tag in _BLOCK
        parts.append("\x00" if block else "\x01" if tag in _BREAK else " | " if tag in _CELL else "")
        parts.append(el.text or "")
        todo: list = []
        for child in el:
            todo += [("open", child), ("text", child.tail or "")]
        if block:
            todo.append(("close", el))
        stack.extend(reversed(todo))

    flat = "".join(parts)
    if newline_ends_paragraph:
        flat = flat.replace("\n", "\x00")
    flat = re.sub(r"[ \t\n\r\f]+", " ", flat)
    paragraphs = []
    for para in flat.split("\x00"):
        lines = [line.strip().removeprefix("| ").strip() for line in para.split("\x01")]
        if any(lines):
            paragraphs.append("\n".join(line for line in lines if line))
    return "\n\n".join(paragraphs)


def _title(tree) -> str | None:
    """The headline: the article's h1, else og:title, else any h1, else <title>, without the site suffix."""
    candidates = [h.text_content() for h in tree.xpath("//article//h1|//main//h1")]
    candidates += tree.xpath("//meta[@property='og:title' or @name='twitter:title']/@content")
    candidates += [h.text_content() for h in tree.xpath("//h1")] + tree.xpath("//title/text()")
    for c in candidates:
        t = _SITE_SUFFIX.sub("", " ".join(c.split()))
        if t:
            return t
    return None


def _published(tree) -> str | None:
    """YYYY-MM-DD from the article's <time datetime>, publication metadata, JSON-LD, or any <time>."""
    meta = {}
    for m in tree.xpath("//meta[@content]"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        meta.setdefault(key, m.get("content"))
    candidates = [t.get("datetime") for t in tree.xpath(_ARTICLE_TIME)]
    candidates += [meta[k] for k in _DATE_META if k in meta]
    candidates += tree.xpath("//*[@itemprop='datePublished']/@datetime")
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        candidates += re.findall(r'"datePublished"\s*:\s*"([^"]+)"', script)
    candidates += tree.xpath("//time/@datetime")
    for c in candidates:
        m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", c or "")
        if m:
            try:
                return date.fromisoformat(m.group(1)).isoformat()
            except ValueError:
                continue
    return None
