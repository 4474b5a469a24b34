"""The relevance screen keeps every statement and drops ordinary news before anything is parsed."""
from __future__ import annotations

import pytest

from accord.crawl import synthetic
from accord.crawl.screen import Screen
from tests.conftest import REPO, SHARED


@pytest.fixture(scope="module")
def screen():
    return Screen()


def _statements():
    files = sorted((REPO / "examples").glob("*")) + sorted((REPO / "tests" / "fixtures" / "statements").glob("*"))
    files += sorted((SHARED / "corpus").glob("*.txt")) + sorted((SHARED / "corpus").glob("*.html"))
    return files


@pytest.mark.parametrize("path", _statements(), ids=lambda p: p.name)
def test_every_statement_passes_the_screen_as_text_html_page_and_wet(screen, path):
    src = synthetic.statement_sources([path.parent])
    src = next(s for s in src if s.name == path.stem)
    assert screen.keep(path.read_bytes()), screen.verdict(path.read_bytes()).reason
    page = synthetic.pages([src], 1, seed=1, statement_pages=1)[0].html
    assert screen.keep(page.encode()) and screen.keep(synthetic.wet_text(page).encode())


def test_ordinary_news_is_dropped(screen):
    news = synthetic.pages([], 3_000, seed=9)
    kept = [p for p in news if screen.keep(p.html.encode()) or screen.keep(synthetic.wet_text(p.html).encode())]
    assert len(kept) <= 0.01 * len(news)


def test_foreign_news_with_parties_and_verbs_but_no_dialogue_is_dropped(screen):
    page = ("Trade ministers of Japan and Australia met in Canberra on Monday and agreed to cut tariffs on beef. "
            "They reaffirmed their support for open markets, welcomed the new fisheries deal and pledged to meet "
            "again. The security of supply chains was discussed, officials said.").encode()
    assert not screen.keep(page)
    statement = page.replace(b"Trade ministers", b"At the Japan-Australia 2+2 Ministerial Consultations on defence "
                                                 b"cooperation, the ministers")
    assert screen.keep(statement)


def test_a_word_inside_another_is_not_a_cue(screen):
    assert screen.verdict(b"metal japanesque uncommitted").parties == 0
    assert screen.verdict(b"metal japanesque uncommitted").verbs == 0
