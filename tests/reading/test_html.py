"""HTML pages: the statement's text with its title and date line, none of the site around it."""
from __future__ import annotations

import json

import pytest

import accord.reading.html as reading_html
from accord.reading import read_bytes, read_path

from .conftest import FIXTURES

FIXTURE = FIXTURES / "statement-page.html"
FIXTURE_CHROME = [
    "Skip to content", "official website of the United States government", "how you know",
    "Official websites use .gov", "Secure .gov websites use HTTPS", "Share sensitive information",
    "uses cookies", "Accept cookies", "Share this", "Leave a Comment", "Cancel reply",
    "Your email address will not be published", "Required fields are marked", "Save my name",
    "Post Comment", "Akismet", "Related Posts", "Allies Hold 8th Policy Talks", "Privacy Policy",
    "Terms of Use", "All rights reserved", "Subscribe", "Tags:", "About Us",
]
FIXTURE_BODY = [
    "Readout of the 9th Alliance Policy Talks",
    "Senior officials of the two allies met in Canberra on March 12-13, 2024, for the 9th Alliance Policy Talks.",
    "The delegations reviewed the \u201cshared vision\u201d adopted last year",
    "Both sides agreed to expand combined exercises,\nand to hold the next round",
    "publish a summary of the talks on its Facebook page and in print.",
    "Maritime security cooperation",
]


@pytest.fixture(params=["trafilatura", "fallback"])
def extraction(request, monkeypatch):
    """Run a test with trafilatura, and again with the lxml fallback it has when trafilatura finds nothing."""
    if request.param == "fallback":
        monkeypatch.setattr(reading_html, "_main_text", lambda tree: "")
    return request.param


def test_kidd20_page_keeps_title_date_line_and_every_paragraph(shared, extraction):
    doc = read_path(shared / "corpus" / "kidd-20-2021-page.html")
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[:2] == [
        "Joint Press Statement for the 20th Korea-U.S. Integrated Defense Dialogue",
        "Sept. 28, 2021",
    ]
    assert len(paragraphs) == 7  # the "Immediate Release" label is the site's, not the statement's
    assert paragraphs[2].startswith("Defense officials of the Republic of Korea (ROK)")
    assert paragraphs[-1].endswith("respond to North Korean nuclear and WMD threats.")


def test_kidd20_page_has_none_of_the_site_chrome(shared, extraction):
    gold = json.loads((shared / "corpus" / "kidd-20-2021-page.json").read_text(encoding="utf-8"))
    doc = read_path(shared / "corpus" / "kidd-20-2021-page.html")
    leaked = [b for b in gold["boilerplate"] if b.lower() in doc.text.lower()]
    assert leaked == []
    assert "Facebook" not in doc.text and "Print" not in doc.text


def test_kidd20_page_title_and_published_date(shared):
    doc = read_path(shared / "corpus" / "kidd-20-2021-page.html")
    gold = json.loads((shared / "corpus" / "kidd-20-2021-page.json").read_text(encoding="utf-8"))
    assert (doc.format, doc.title, doc.published) == ("html", gold["document"]["title"], gold["document"]["published"])


def test_banner_share_tools_and_comment_form_are_stripped(extraction):
    doc = read_path(FIXTURE)
    leaked = [c for c in FIXTURE_CHROME if c.lower() in doc.text.lower()]
    assert leaked == []
    for part in FIXTURE_BODY:
        assert part in doc.text


def test_paragraphs_are_separated_by_blank_lines(extraction):
    paragraphs = read_path(FIXTURE).text.split("\n\n")
    assert paragraphs[0] == "Readout of the 9th Alliance Policy Talks"
    # trafilatura gives the bare date line under the title, the statement's own; the fallback gives the site's
    # stamp ("Posted on March 14, 2024"), which goes as a byline does
    dated = paragraphs[1] == "March 14, 2024"
    assert dated == (extraction == "trafilatura")
    body = paragraphs[2 if dated else 1]
    assert body.startswith("Senior officials") and body.endswith("regional security environment.")


def test_title_and_date_come_from_the_page_not_the_site():
    doc = read_path(FIXTURE)
    assert doc.title == "Readout of the 9th Alliance Policy Talks"  # not "... | Defense News Wire"
    assert doc.published == "2024-03-14"


def test_title_tag_loses_its_site_and_section_suffix():
    page = b"<html><head><title>Allies Meet &gt; U.S. Department of Defense &gt; Release</title></head><body><p>The allies met in Seoul.</p></body></html>"
    assert read_bytes(page, "p.html").title == "Allies Meet"


def test_published_date_from_article_metadata_without_time_element():
    page = (
        b'<html><head><meta name="DC.date" content="2019-04-25"></head>'
        b"<body><article><h1>Allies Meet</h1><p>The allies met in Washington and agreed to meet again.</p></article></body></html>"
    )
    doc = read_bytes(page, "p.html")
    assert doc.published == "2019-04-25" and doc.title == "Allies Meet"


def test_html_is_recognized_by_content_even_with_a_txt_name():
    doc = read_bytes(b"<!DOCTYPE html><html><body><p>The allies met.</p></body></html>", "saved.txt")
    assert doc.format == "html" and doc.text == "The allies met."


def test_tag_free_text_with_an_html_name_is_read_as_text():
    doc = read_bytes(b"The allies met.\n\nThey agreed.", "page.html")
    assert doc.format == "text" and doc.text == "The allies met.\n\nThey agreed."


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1"])
def test_declared_western_charset_is_honoured_with_its_curly_quotes(charset):
    page = b'<html><head><meta charset="%s"></head><body><p>North Korea\x92s \x93launch\x94.</p></body></html>' % charset.encode()
    assert read_bytes(page, "p.html").text == "North Korea\u2019s \u201claunch\u201d."


def test_xhtml_with_xml_declaration_is_read():
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<h1>Allies Meet</h1><p>The allies met in Seoul.</p></body></html>"
    ).encode()
    doc = read_bytes(page, "p.xhtml")
    assert doc.format == "html" and doc.text == "Allies Meet\n\nThe allies met in Seoul."
