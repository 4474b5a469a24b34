"""Property-based and fuzz tests of reading and extraction (hypothesis).

Real statements mutated (sentences deleted, duplicated, swapped; unicode,
punctuation and casing injected; truncated; paragraphs merged or split),
random text, and random HTML built from nested tags: whatever comes in, the
reader gives a Document or a ReadError, the pipeline a Record or
NotAStatement, and every record keeps its invariants (``invariants.problems``):
offsets inside the text, each statement's text equal to the cleaned text at its
span, a condition inside its statement, known party codes, topics from the
closed list. Example counts are modest: extraction costs 50-100 ms a document.
"""
from __future__ import annotations

import html
import re
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.pipeline import NotAStatement
from accord.reading import ReadError, read_bytes
from accord.records import Document
from tests.conftest import SHARED, STATEMENTS
from tests.reliability.invariants import problems

AREA = "properties"
SEEDS = sorted([*STATEMENTS.glob("*.txt"), *(Path(__file__).parents[1] / "extraction" / "fixtures").glob("*.txt"),
                *(SHARED / "corpus").glob("*.txt")])
TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                     HealthCheck.filter_too_much])

# Characters that break naive text handling: bidi controls, zero-width joiners and spaces, a BOM,
# combining marks (NFC), line/paragraph separators, no-break spaces, curly quotes, CJK, Hangul, emoji.
ODD = ("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
       "\u0301\u0308\u0327\u2028\u2029\u00a0\u202f\u2009\u00ad’‘“”—–…«»é漢語한국어🙂\U0001F1F0\U0001F1F7\t")
PUNCT = ".,;:!?()[]{}\"'-–—/\\*&%$#@_|~`^<>"


def _sentences(text: str) -> list[list[str]]:
    return [SENTENCE_END.split(p) for p in text.split("\n\n") if p.strip()]


@st.composite
def mutated_statements(draw) -> str:
    """A real statement, changed by one to five random edits."""
    paras = _sentences(draw(st.sampled_from(TEXTS)))
    flat = [(i, s) for i, p in enumerate(paras) for s in p]
    for op in draw(st.lists(st.sampled_from(["delete", "duplicate", "swap", "unicode", "punctuation", "casing",
                                             "truncate", "merge", "split"]), min_size=1, max_size=5)):
        if not flat:
            break
        k = draw(st.integers(0, len(flat) - 1))
        i, s = flat[k]
        if op == "delete":
            del flat[k]
        elif op == "duplicate":
            flat.insert(draw(st.integers(0, len(flat))), (i, s))
        elif op == "swap":
            j = draw(st.integers(0, len(flat) - 1))
            flat[k], flat[j] = flat[j], flat[k]
        elif op in ("unicode", "punctuation"):
            alphabet = ODD if op == "unicode" else PUNCT
            for _ in range(draw(st.integers(1, 6))):
                at = draw(st.integers(0, len(s)))
                s = s[:at] + draw(st.text(alphabet=alphabet, min_size=1, max_size=4)) + s[at:]
            flat[k] = (i, s)
        elif op == "casing":
            how = draw(st.sampled_from([str.upper, str.lower, str.swapcase, str.title]))
            if draw(st.booleans()):
                flat = [(a, how(b)) for a, b in flat]
            else:
                flat[k] = (i, how(s))
        elif op == "truncate":
            flat[k] = (i, s[:draw(st.integers(0, len(s)))])
            del flat[k + 1:]
        elif op == "merge":
            flat = [(0, b) for _, b in flat]
        elif op == "split":
            flat = [(n, b) for n, (_, b) in enumerate(flat)]
    out, last = [], None
    for i, s in flat:
        out.append(("\n\n" if last is not None and i != last else " " if last is not None else "") + s)
        last = i
    return "".join(out)


TAGS = ["div", "p", "span", "b", "i", "em", "strong", "a", "article", "main", "section", "header", "footer",
        "nav", "aside", "ul", "ol", "li", "table", "tr", "td", "th", "h1", "h2", "h3", "blockquote", "pre",
        "time", "br", "script", "style", "noscript", "form", "template", "svg", "iframe", "figure"]
ATTRS = ['', ' class="x"', ' id="main"', ' role="navigation"', ' role="main"', ' datetime="2025-04-14"',
         ' onclick="alert(1)"', ' style="display:none"', ' lang="ko"', ' dir="rtl"', " title='a\"b'"]


def _words():
    sentences = [s for t in TEXTS for p in _sentences(t) for s in p]
    return st.one_of(st.sampled_from(sentences).map(html.escape), st.sampled_from(sentences),
                     st.text(alphabet=ODD + PUNCT + "abc XYZ 123", max_size=40))


def _element(children):
    return st.builds(lambda tag, attrs, kids, close: f"<{tag}{attrs}>{''.join(kids)}" + (f"</{tag}>" if close else ""),
                     st.sampled_from(TAGS), st.sampled_from(ATTRS), st.lists(children, max_size=4),
                     st.booleans())


random_html = st.builds(
    lambda head, body, title: head + (f"<title>{html.escape(title)}</title>" if title else "") + body,
    st.sampled_from(["<!DOCTYPE html><html><head>", "<html><body>", "<?xml version='1.0' encoding='utf-8'?><html>",
                     "<div>", "<p>", "<!-- comment --><html>"]),
    st.recursive(_words(), _element, max_leaves=25),
    st.one_of(st.none(), st.text(max_size=60)),
)


class Tally:
    """Counts what became of the generated inputs, for the report."""

    def __init__(self):
        self.counts: Counter[str] = Counter()
        self.started = time.monotonic()

    def run(self, pipeline, data: bytes, source: str) -> None:
        try:
            doc = read_bytes(data, source)
        except ReadError as e:
            assert "\n" not in str(e) and e.source == source
            self.counts["refused by the reader"] += 1
            return
        text = doc.text
        result = next(pipeline.extract_many([doc]))
        if isinstance(result, NotAStatement):
            self.counts["not a statement"] += 1
            return
        assert not isinstance(result, Exception), result
        assert problems(result, text) == []
        self.counts["records"] += 1
        self.counts["statements"] += len(result.statements)

    def record(self, ledger, case: str, examples: int) -> None:
        c = self.counts
        inputs = c["refused by the reader"] + c["not a statement"] + c["records"]
        ledger.case(AREA, case, f"no crash, invariants hold: {c['records']} records ({c['statements']} statements), "
                                f"{c['not a statement']} not a statement, {c['refused by the reader']} refused "
                                f"by the reader", inputs=inputs, refused=c["refused by the reader"] + c["not a statement"],
                    seconds=round(time.monotonic() - self.started, 2))
        assert inputs >= examples // 2, "hypothesis ran far fewer examples than asked"


def test_mutated_statements(pipeline, ledger):
    tally, n = Tally(), 60

    @settings(max_examples=n, **SETTINGS)
    @given(mutated_statements())
    def check(text):
        tally.run(pipeline, text.encode("utf-8"), "mutated.txt")

    check()
    tally.record(ledger, f"{len(TEXTS)} real statements, each mutated by 1-5 edits: delete, duplicate, swap "
                         "sentences; inject unicode or punctuation; change case; truncate; merge or split "
                         "paragraphs", n)


def test_mutated_statements_in_other_encodings(pipeline, ledger):
    tally, n = Tally(), 20

    @settings(max_examples=n, **SETTINGS)
    @given(mutated_statements(), st.sampled_from(["utf-16", "utf-8-sig", "utf-32", "cp1252"]))
    def check(text, encoding):
        tally.run(pipeline, text.encode(encoding, errors="replace"), "mutated.txt")

    check()
    tally.record(ledger, "mutated statements encoded as UTF-16, UTF-32, UTF-8 with BOM or Windows-1252", n)


def test_random_html(pipeline, ledger):
    tally, n = Tally(), 50

    @settings(max_examples=n, **SETTINGS)
    @given(random_html)
    def check(page):
        tally.run(pipeline, page.encode("utf-8"), "page.html")

    check()
    tally.record(ledger, "random HTML: up to 25 leaves of statement sentences (escaped or raw) and odd "
                         "text in nested, sometimes unclosed tags with hostile attributes", n)


def test_random_text(pipeline, ledger):
    tally, n = Tally(), 30

    @settings(max_examples=n, **SETTINGS)
    @given(st.text(max_size=3000))
    def check(text):
        tally.run(pipeline, text.encode("utf-8"), "random.txt")

    check()
    tally.record(ledger, "random unicode text up to 3,000 characters", n)


def test_a_document_gets_the_same_record_alone_or_in_a_batch(pipeline, ledger):
    """Batching (and the pieces long texts are parsed in) must not change any record."""
    tally, n = Tally(), 8

    @settings(max_examples=n, **SETTINGS)
    @given(st.lists(mutated_statements(), min_size=2, max_size=4))
    def check(texts):
        docs = []
        for t in texts:
            try:
                docs.append(read_bytes(t.encode("utf-8"), "batch.txt"))
            except ReadError:
                tally.counts["refused by the reader"] += 1
        together = list(pipeline.extract_many([_copy(d) for d in docs]))
        for doc, joint in zip(docs, together):
            alone = next(pipeline.extract_many([_copy(doc)]))
            if isinstance(alone, NotAStatement):
                assert isinstance(joint, NotAStatement) and str(joint) == str(alone)
                tally.counts["not a statement"] += 1
            else:
                assert joint.to_dict() == alone.to_dict()
                tally.counts["records"] += 1
                tally.counts["statements"] += len(alone.statements)

    check()
    tally.record(ledger, "batches of 2-4 mutated statements: each record equals the one extracted alone", n)


def _copy(doc: Document) -> Document:
    return Document(doc.id, doc.source, doc.text, doc.title, doc.published, doc.kind, doc.format, list(doc.removed))
