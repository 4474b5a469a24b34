"""Seeded web archives for tests and benchmarks: statements hidden among ordinary news.

No real archive can be downloaded where Accord is built and tested, so this
module makes them: each statement of the shared corpus and the examples is
wrapped in the page chrome of a ministry, an embassy, a news agency or an
aggregator (some republished by several of them, the way joint statements
are), and mixed with many generated news pages of other subjects (sport,
markets, weather, science, local politics, trade talks and summits that are
not defense dialogues). The same seed gives the same bytes.
"""
from __future__ import annotations

import gzip
import html
import io
import json
import random
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

CRAWL_DATE = "2024-11-0{day}T{hour:02d}:{minute:02d}:{second:02d}Z"


@dataclass
class SynthPage:
    url: str
    html: str
    date: str  # crawl date, ISO 8601
    statement: str | None = None  # the name of the statement it carries, None for ordinary news
    copy_of: str | None = None  # the URL of the first publication it republishes


@dataclass
class Source:
    """A statement to hide: its name, title and paragraphs (or a whole page as published)."""

    name: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    page: str | None = None


def statement_sources(dirs: Iterable[str | Path]) -> list[Source]:
    """The statements (.txt, .html) in the given folders, sorted by name."""
    out = []
    for d in dirs:
        for p in sorted(Path(d).glob("*")):
            if p.suffix == ".txt":
                blocks = [b.strip() for b in re.split(r"\n\s*\n", p.read_text(encoding="utf-8")) if b.strip()]
                out.append(Source(p.stem, blocks[0], blocks[1:]))
            elif p.suffix in (".html", ".htm"):
                out.append(Source(p.stem, p.stem, page=p.read_text(encoding="utf-8")))
    return sorted(out, key=lambda s: s.name)


# -- page chrome ------------------------------------------------------------------------------

SITES = [  # host, kind, site name
    ("www.defense-ministry.example.gov", "ministry", "Ministry of Defense"),
    ("www.embassy-news.example.org", "embassy", "Embassy Press Office"),
    ("www.worldwire-agency.example.com", "agency", "WorldWire News Agency"),
    ("www.defense-aggregator.example.net", "aggregator", "Defense Digest"),
    ("www.state-affairs.example.gov", "ministry", "Department of Foreign Affairs"),
]
NEWS_SITES = ["www.daily-courier.example.com", "www.metro-herald.example.com", "www.valley-times.example.org",
              "news.coastal-post.example.net", "www.the-ledger.example.com", "www.city-gazette.example.org"]
SECTIONS = ["sport", "business", "weather", "science", "technology", "health", "local", "culture", "world",
            "travel", "food", "education"]


def _chrome(rng: random.Random, host: str, site: str, kind: str, title: str, body_html: str,
            published: str | None) -> str:
    nav = "".join(f'<li><a href="https://{host}/{s}/">{s.title()}</a></li>' for s in rng.sample(SECTIONS, 8))
    mega = "".join(f'<li><a href="https://{host}/topic/{rng.randrange(10**6)}">{_headline(rng)}</a></li>'
                   for _ in range(rng.randint(30, 90)))
    related = "".join(f'<li><a href="https://{host}/news/{rng.randrange(10**7)}">{_headline(rng)}</a></li>'
                      for _ in range(rng.randint(3, 8)))
    when = (f'<meta property="article:published_time" content="{published}">' if published else "")
    share = ('<div class="share-tools"><a href="#">Share</a> <a href="#">Print</a> <a href="#">Email</a>'
             ' <a href="#">Facebook</a> <a href="#">X</a></div>')
    script = ("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
              f"gtag('js',new Date());gtag('config','G-{rng.randrange(10**8):08d}');"
              + "var cfg=" + json.dumps({"ads": [rng.randrange(10**6) for _ in range(rng.randint(100, 600))], "site": site}) + ";"
              "</script>")
    style = "<style>" + "".join(f".c{i}{{margin:{i}px;padding:{i % 7}px}}" for i in range(rng.randint(30, 120))) + "</style>"
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | {site}</title>'
        f'<meta property="og:title" content="{html.escape(title)}"><meta property="og:site_name" content="{site}">'
        f"{when}{style}{script}</head>\n<body class=\"{kind}\">"
        f'<div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Accept all cookies</a></div>'
        f'<header><a class="logo" href="https://{host}/">{site}</a><nav><ul>{nav}</ul></nav>'
        f'<div class="mega-menu"><ul>{mega}</ul></div></header>\n'
        f'<main><article><h1>{html.escape(title)}</h1>{share}\n{body_html}\n</article>'
        f'<aside><h2>Related</h2><ul>{related}</ul></aside></main>\n'
        f'<footer><p>&copy; {site}. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li>'
        f'<li><a href="/contact">Contact us</a></li><li><a href="/subscribe">Subscribe to our newsletter</a></li></ul>'
        f"</footer></body></html>\n"
    )


def _paragraphs_html(paragraphs: list[str]) -> str:
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


# -- ordinary news ----------------------------------------------------------------------------

_PEOPLE = ["Maria Lopez", "James Whitfield", "Aiko Tanaka", "Priya Raman", "Tomasz Nowak", "Grace Okafor",
           "Liam Brennan", "Sofia Rossi", "Daniel Cohen", "Hannah Becker", "Omar Haddad", "Chloe Martin"]
_PLACES = ["Springfield", "Riverton", "Lakeside", "Northgate", "Harbor City", "Millbrook", "Eastvale",
           "Cedar Falls", "Port Allen", "Greenwood"]
_COUNTRIES = ["Brazil", "Canada", "Kenya", "Norway", "Chile", "Vietnam", "Morocco", "Poland", "Mexico", "India",
              "Japan", "Germany", "Australia", "the United States", "South Korea", "France"]
_SUBJECTS = {
    "sport": (["the home side", "the visiting team", "the midfielder", "the coach", "the striker", "the club"],
              ["won", "lost", "drew", "scored", "celebrated", "struggled", "trained", "signed"],
              ["a late goal", "the league title", "a new contract", "the semi-final", "three points",
               "a penalty in stoppage time", "the season opener"]),
    "business": (["the company", "shareholders", "the central bank", "analysts", "the retailer", "investors"],
                 ["reported", "raised", "cut", "announced", "forecast", "expects", "posted"],
                 ["quarterly earnings", "interest rates", "a profit warning", "a new factory", "its dividend",
                  "higher fuel costs", "a merger with a rival"]),
    "weather": (["forecasters", "the weather service", "residents", "farmers", "emergency crews"],
                ["warned of", "expect", "reported", "prepared for", "cleared"],
                ["heavy rain", "a cold front", "record temperatures", "flooding on the coast", "snow in the hills",
                 "strong winds overnight"]),
    "science": (["researchers", "the team", "astronomers", "the university", "biologists"],
                ["found", "published", "observed", "measured", "described"],
                ["a new species of frog", "a distant galaxy", "the effects of sleep", "an ancient shipwreck",
                 "a faster battery chemistry"]),
    "technology": (["the startup", "engineers", "the app maker", "regulators", "users"],
                   ["launched", "released", "tested", "fixed", "reviewed"],
                   ["a new phone", "a software update", "a data breach", "an electric scooter", "a chip factory"]),
    "health": (["doctors", "the hospital", "health officials", "nurses", "patients"],
               ["recommended", "opened", "studied", "treated", "reported"],
               ["a new clinic", "flu vaccinations", "longer waiting times", "a healthy diet", "a rare disease"]),
    "local": (["the city council", "the mayor", "residents", "the school board", "planners"],
              ["approved", "debated", "rejected", "held", "voted on"],
              ["a new bike lane", "the budget", "a housing plan", "library hours", "a public meeting on parking"]),
    "culture": (["the museum", "the festival", "the director", "critics", "the orchestra"],
                ["opened", "premiered", "praised", "hosted", "announced"],
                ["a retrospective", "a new season", "the film", "an exhibition of prints", "free concerts"]),
    "world": (["ministers", "the foreign minister", "trade negotiators", "the prime minister", "diplomats",
               "the two governments", "leaders", "the defense minister",
               "security officials", "the delegation"],
              ["met", "agreed", "discussed", "reaffirmed", "signed", "welcomed", "pledged", "held talks on"],
              ["a trade agreement", "tariffs on steel", "climate targets", "a fisheries deal", "visa rules",
               "an election timetable", "aid for flood victims", "cooperation on health",
               "a summit on ocean plastic", "the joint statement on farm exports", "border security",
               "a military parade", "nuclear energy", "defense spending", "a missile test by a neighbour",
               "the security council vote", "peacekeeping troops"]),
    "travel": (["travellers", "airlines", "the tourism board", "hotels"],
               ["expect", "added", "cancelled", "promoted"],
               ["summer flights", "a new ferry route", "hiking trails", "a beach festival"]),
    "food": (["the chef", "the restaurant", "diners", "bakers"], ["opened", "served", "won", "shared"],
             ["a tasting menu", "a bread prize", "a family recipe", "a market stall"]),
    "education": (["teachers", "the university", "students", "the ministry of education"],
                  ["announced", "protested", "welcomed", "published"],
                  ["exam results", "tuition fees", "a new campus", "a reading programme"]),
}


def _headline(rng: random.Random) -> str:
    section = rng.choice(SECTIONS)
    subj, verbs, objs = _SUBJECTS[section]
    return f"{rng.choice(subj).capitalize()} {rng.choice(verbs)} {rng.choice(objs)}"


def news_article(rng: random.Random) -> tuple[str, str, list[str]]:
    """(section, title, paragraphs) of an ordinary news story."""
    section = rng.choice(SECTIONS)
    subj, verbs, objs = _SUBJECTS[section]
    title = _headline(rng)
    paras = []
    for _ in range(rng.randint(6, 16)):
        sents = []
        for _ in range(rng.randint(2, 5)):
            s = f"{rng.choice(subj).capitalize()} {rng.choice(verbs)} {rng.choice(objs)}"
            r = rng.random()
            if r < 0.3:
                s += f" in {rng.choice(_PLACES)} on {rng.choice(['Monday', 'Tuesday', 'Friday', 'Sunday'])}"
            elif r < 0.5:
                s += f", {rng.choice(_PEOPLE)} said"
            elif r < 0.6 and section == "world":
                s += f" with {rng.choice(_COUNTRIES)} and {rng.choice(_COUNTRIES)}"
            sents.append(s + ".")
        paras.append(" ".join(sents))
    return section, title, paras


# -- the archive ------------------------------------------------------------------------------

def pages(sources: list[Source], n_pages: int, seed: int = 0, statement_pages: int | None = None) -> list[SynthPage]:
    """All pages of an archive, shuffled: every source published once, text sources republished on
    other sites until there are ``statement_pages`` statement pages (default: one copy each), the rest
    ordinary news."""
    rng = random.Random(seed)
    out: list[SynthPage] = []
    texts = [src for src in sources if src.page is None]
    want = statement_pages if statement_pages is not None else len(sources) + len(texts)
    sites = {src.name: rng.sample(SITES, len(SITES)) for src in texts}
    for src in sources:
        if src.page is not None:
            out.append(SynthPage(f"https://{SITES[0][0]}/news/release/{src.name}", src.page, _crawl_date(rng), src.name))
        else:
            out.append(_publish(rng, src, sites[src.name], 0, None))
    first = {p.statement: p.url for p in out}
    order = rng.sample(texts, len(texts))
    k = 0
    while texts and len(out) < want and k < len(texts) * (len(SITES) - 1):
        src = order[k % len(texts)]
        out.append(_publish(rng, src, sites[src.name], 1 + k // len(texts), first[src.name]))
        k += 1
    n = 0
    while len(out) < n_pages:
        n += 1
        section, title, paragraphs = news_article(rng)
        host = rng.choice(NEWS_SITES)
        published = f"2024-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
        url = f"https://{host}/{section}/{published[:7].replace('-', '/')}/{_slug(title)}-{n}"
        out.append(SynthPage(url, _chrome(rng, host, host.split(".")[1].replace("-", " ").title(), "news",
                                          title, _paragraphs_html(paragraphs), published), _crawl_date(rng)))
    rng.shuffle(out)
    return out


def _publish(rng: random.Random, src: Source, sites: list, i: int, first: str | None) -> SynthPage:
    """The statement on the ``i``-th of its sites; republishers credit the first one, aggregators say so."""
    host, kind, site = sites[i]
    paragraphs = list(src.paragraphs)
    if kind == "aggregator" and i:
        paragraphs.append(f"This statement was first published by {sites[0][2]}.")
    url = f"https://{host}/{'news' if i else 'releases'}/{src.name}"
    page = _chrome(rng, host, site, kind, src.title, _paragraphs_html(paragraphs), None)
    return SynthPage(url, page, _crawl_date(rng), src.name, first)


def _crawl_date(rng: random.Random) -> str:
    return CRAWL_DATE.format(day=rng.randint(1, 9), hour=rng.randrange(24), minute=rng.randrange(60),
                             second=rng.randrange(60))


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def wet_text(page: str) -> str:
    """The page's text the way a WET file keeps it: every visible line, chrome included."""
    page = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", page)
    page = re.sub(r"(?i)</?(?:p|div|br|h[1-6]|li|ul|header|footer|nav|aside|main|article|section|tr)\b[^>]*>", "\n", page)
    page = html.unescape(re.sub(r"<[^>]*>", " ", page))
    lines = (" ".join(line.split()) for line in page.split("\n"))
    return "\n".join(line for line in lines if line)


def _record(headers: list[tuple[str, str]], payload: bytes) -> bytes:
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    head += f"Content-Length: {len(payload)}\r\n\r\n"
    return head.encode("utf-8") + payload + b"\r\n\r\n"


def _rid(rng: random.Random) -> str:
    return f"<urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}>"


def warc_records(items: list[SynthPage], kind: str, seed: int = 0, filename: str = "synthetic",
                 encoding: str = "utf-8") -> Iterator[bytes]:
    """Uncompressed WARC records: a warcinfo, then one response (warc) or conversion (wet) per page,
    its text in ``encoding`` (WET files are meant to be UTF-8; real ones are not always)."""
    rng = random.Random(seed)
    info = f"software: accord synthetic\r\nformat: WARC File Format 1.0\r\n".encode()
    yield _record([("WARC-Type", "warcinfo"), ("WARC-Date", "2024-11-01T00:00:00Z"), ("WARC-Filename", filename),
                   ("WARC-Record-ID", _rid(rng)), ("Content-Type", "application/warc-fields")], info)
    for p in items:
        if kind == "warc":
            body = p.html.encode(encoding)
            http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset={encoding}\r\n"
                    f"Content-Length: {len(body)}\r\nServer: nginx\r\n\r\n").encode() + body
            yield _record([("WARC-Type", "response"), ("WARC-Date", p.date), ("WARC-Record-ID", _rid(rng)),
                           ("WARC-Target-URI", p.url), ("Content-Type", "application/http; msgtype=response")], http)
        else:
            yield _record([("WARC-Type", "conversion"), ("WARC-Target-URI", p.url), ("WARC-Date", p.date),
                           ("WARC-Record-ID", _rid(rng)), ("WARC-Refers-To", _rid(rng)),
                           ("Content-Type", "text/plain")], wet_text(p.html).encode(encoding))


def write_archive(path: str | Path, items: list[SynthPage], kind: str = "warc", seed: int = 0,
                  encoding: str = "utf-8") -> Path:
    """Write a ``.warc.gz`` or ``.wet.gz`` file, gzip per record as the archives ship them."""
    path = Path(path)
    with open(path, "wb") as f:
        for rec in warc_records(items, kind, seed, path.name, encoding):
            f.write(gzip.compress(rec, compresslevel=6, mtime=0))
    return path


def write_table(path: str | Path, items: list[SynthPage]) -> Path:
    """A page table (.jsonl or .parquet) with url, date, html and text columns."""
    path = Path(path)
    rows = [{"url": p.url, "date": p.date, "html": p.html, "text": wet_text(p.html)} for p in items]
    if path.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), path)
    else:
        buf = io.StringIO()
        for r in rows:
            buf.write(json.dumps(r, ensure_ascii=False) + "\n")
        path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def split(items: list[SynthPage], n: int) -> list[list[SynthPage]]:
    """The pages cut into ``n`` archives of nearly equal size, in order."""
    size = -(-len(items) // n)
    return [items[i:i + size] for i in range(0, len(items), size)]
