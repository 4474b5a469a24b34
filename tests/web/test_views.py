"""Cutting the text at statement offsets: nesting, crossing spans, escaping; the SVG charts."""
from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.records import Statement
from accord.web import charts, views


def stmt(i: int, start: int, end: int, act: str = "agree", commitment: bool = False) -> Statement:
    return Statement(id=f"d:{i}", start=start, end=end, text="", actors=["KOR"], act=act, commitment=commitment)


def spans(*triples) -> list[views.Span]:
    return [views.Span(a, b, stmt(i, a, b)) for i, (a, b) in enumerate(triples)]


def pieces(markup: str) -> list[tuple[int, str]]:
    return [(int(a), html.unescape(t)) for a, t in re.findall(r'data-start="(\d+)">(.*?)</span>', markup, re.S)]


def rebuilt(markup: str) -> str:
    out = ""
    for start, text in pieces(markup):
        assert start == len(out)
        out += text
    return out


def test_disjoint_nested_and_identical_spans():
    text = "Alpha beta gamma delta epsilon."
    m = views.marked_text(text, spans((0, 10), (6, 10), (11, 16), (11, 16)))
    assert rebuilt(m) == text
    assert m.count("<mark") == m.count("</mark>") == 4
    # the nested one sits inside the outer one
    assert re.search(r'id="s-d:0".*?<mark[^>]*id="s-d:1"', m)
    assert 'id="s-d:2"' in m and 'id="s-d:3"' in m


def test_crossing_spans_are_split_and_keep_one_anchor():
    text = "one two three four five"
    m = views.marked_text(text, spans((0, 13), (8, 18)))
    assert rebuilt(m) == text
    assert m.count('data-sid="d:1"') == 2  # split at the end of the first act
    assert m.count('id="s-d:1"') == 1
    assert 'class="act act-agree cont"' in m


def test_spans_outside_the_text_are_clipped_or_dropped():
    text = "short"
    m = views.marked_text(text, spans((-5, 3), (3, 99), (10, 20), (4, 4)))
    assert rebuilt(m) == text
    assert m.count("<mark") == 2


def test_everything_is_escaped():
    text = "<script>alert(1)</script> & <img src=x onerror=alert(2)> \"quoted\""
    s = stmt(0, 0, 25, act='x" onclick="alert(3)')
    m = str(views.marked_text(text, [views.Span(0, 25, s)]))
    assert "<script>" not in m and "<img" not in m
    assert 'onclick="' not in m
    assert rebuilt(m) == text
    h = str(views.highlighted(text, [(0, 8)]))
    assert h.startswith('<b class="hit">&lt;script&gt;</b>')
    d = str(views.word_diff([{"op": "replace", "before": "<a>", "after": "<b onload=x>"}]))
    assert d == "<del>&lt;a&gt;</del> <ins>&lt;b onload=x&gt;</ins>"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab <&>\n\"'", min_size=0, max_size=40),
       st.lists(st.tuples(st.integers(-3, 45), st.integers(-3, 45)), max_size=8))
def test_any_spans_give_back_the_text_and_balanced_marks(text, pairs):
    m = views.marked_text(text, spans(*pairs))
    assert rebuilt(m) == text
    assert m.count("<mark") == m.count("</mark>")
    depth = 0
    for tag in re.findall(r"</?mark", m):
        depth += 1 if tag == "<mark" else -1
        assert depth >= 0
    anchors = re.findall(r'id="s-(d:\d+)"', m)
    assert len(anchors) == len(set(anchors))


def test_round_urls_quote_keys():
    assert views.round_url("NATO DefMin-2024-06-13") == "/round/NATO%20DefMin-2024-06-13"
    assert views.round_url("2+2-4", "d:3") == "/round/2%2B2-4?s=d%3A3#s-d:3"


def test_heatmap_and_timeline_escape_labels_and_link_cells():
    rounds = [charts.Round("K-1", "1<", "2020-01-01", "/round/K-1", 'a "title" <x>'),
              charts.Round("K-2", "2", "2021-06-01", "/round/K-2", "b")]
    counts = {("cyber", "K-1"): 2, ("cyber", "K-2"): 0, ("space", "K-2"): 5}
    links = {("cyber", "K-1"): "/search?topic=cyber&doc=1", ("space", "K-2"): "/search?topic=space&doc=2"}
    svg = str(charts.heatmap(["cyber", "space"], rounds, counts, links, {"K-1": 4, "K-2": 6}))
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "1&lt;" in svg and "<x>" not in svg
    assert 'href="/search?topic=cyber&amp;doc=1"' in svg
    assert svg.count('class="cell"') == 2  # empty cells are not links
    assert "acts with the topic" in svg and "style=" not in svg
    line = str(charts.timeline(rounds))
    assert line.count("<circle") == 2 and "a &#34;title&#34; &lt;x&gt;" in line
    assert "2020" in line and "2021" in line
