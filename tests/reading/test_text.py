"""Plain-text statements: decoded faithfully, stripped of web chrome, never reflowed."""
from __future__ import annotations

import io
import json
import re
import sys

import pytest
from pathlib import Path

from accord.reading import expand_paths, read_all, read_bytes, read_path
from accord.reading.clean import clean, load_patterns
from accord.reading.text import normalize
from accord.records import document_id

FIXTURES = Path(__file__).parent / "fixtures"


def whitespace_normalized(raw: str) -> str:
    """What the reader may change in a text with no boilerplate: trailing spaces and blank-line runs."""
    lines = "\n".join(line.rstrip() for line in raw.replace("\r\n", "\n").split("\n"))
    return re.sub(r"\n{3,}", "\n\n", lines).strip()


def test_corpus_text_files_come_through_unchanged(shared):
    files = sorted((shared / "corpus").glob("*.txt"))
    assert files
    for f in files:
        doc = read_path(f)
        assert set(doc.removed) <= {"Immediate Release"}, f.name  # a release page's label, not the statement
        raw = "\n".join(line for line in f.read_text(encoding="utf-8").split("\n") if line.strip() not in doc.removed)
        assert doc.text == whitespace_normalized(raw), f.name
        assert doc.format == "text" and doc.source == str(f)


def test_comment_form_is_stripped_from_the_seed(shared):
    for seed in sorted((shared / "seed").glob("*.txt")):
        gold = json.loads((shared / "gold" / f"{seed.stem}.json").read_text(encoding="utf-8"))
        doc = read_path(seed)
        for chrome in gold["boilerplate"]:
            assert chrome.lower() not in doc.text.lower()
        assert doc.text.endswith("strengthen their everyday cooperation and coordination.")
        assert "Leave a Reply" in doc.removed
        # the statement itself, curly apostrophes included, is untouched
        assert "North Korea\u2019s reaffirmation" in doc.text


def test_document_id_is_the_hash_of_the_cleaned_text(tmp_path):
    f = tmp_path / "s.txt"
    f.write_text("Joint Statement\n\nThe two sides met.\n\nLeave a Reply\n", encoding="utf-8")
    doc = read_path(f)
    assert doc.id == document_id(doc.text) == read_path(f).id
    assert doc.kind == "other" and doc.title is None and doc.published is None


def test_curly_quotes_dashes_and_line_breaks_are_kept_verbatim():
    raw = "The Ministers \u201cstrongly condemned\u201d the launch \u2014 the DPRK\u2019s fifth.\nA second line, not reflowed.\n\nNext paragraph."
    assert read_bytes(raw.encode("utf-8"), "x.txt").text == raw


def test_windows_line_endings_become_plain_newlines():
    doc = read_bytes(b"Title\r\n\r\nFirst paragraph.\r\nSame paragraph.\rOld Mac line.", "x.txt")
    assert doc.text == "Title\n\nFirst paragraph.\nSame paragraph.\nOld Mac line."


def test_utf8_byte_order_mark_is_not_part_of_the_text():
    assert read_bytes("\ufeffJoint Statement".encode("utf-8"), "x.txt").text == "Joint Statement"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_file_with_byte_order_mark_is_read(encoding):
    text = "Joint Statement\n\nThe allies\u2019 \u201cironclad\u201d commitment."
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    assert read_bytes(bom + text.encode(encoding), "x.txt").text == text


def test_windows_1252_file_keeps_its_curly_quotes():
    raw = b"North Korea\x92s \x93complete denuclearization\x94 \x96 agreed in Panmunjom, caf\xe9 talks."
    assert read_bytes(raw, "x.txt").text == "North Korea\u2019s \u201ccomplete denuclearization\u201d \u2013 agreed in Panmunjom, caf\u00e9 talks."


def test_corpus_statement_saved_as_windows_1252_reads_the_same_as_utf8(shared):
    raw = (shared / "corpus" / "usjapan-2plus2-2024.txt").read_text(encoding="utf-8")
    assert "\u201c" in raw
    assert read_bytes(raw.encode("cp1252"), "x.txt").text == read_bytes(raw.encode("utf-8"), "x.txt").text


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("대한민국 국방부와 미국 국방부는 제25차 한미통합국방협의체(KIDD) 회의를 서울에서 개최하였다.", "euc-kr"),
        ("Министры обороны двух стран встретились в Сеуле и обсудили вопросы безопасности.", "cp1251"),
    ],
)
def test_non_western_legacy_encodings_are_not_forced_into_windows_1252(text, encoding):
    assert read_bytes(text.encode(encoding), "x.txt").text == text


def test_decomposed_accents_are_composed():
    assert read_bytes("Jos\u0065\u0301 Ram\u006f\u0301n".encode("utf-8"), "x.txt").text == "Jos\u00e9 Ram\u00f3n"


def test_a_pair_of_names_whose_hyphen_lost_its_closing_up_is_one_compound_again(pipeline):
    doc = read_bytes(b"The Chile- Norway Joint Commission for Cooperation will build a channel for sharing "
                     b"information on smuggling.\n\nThe three-day committee meeting was held in Arica.\n\n"
                     b"The commission agreed to hold joint patrols. Talks - as planned - went well.\n", "pair.txt")
    assert "Chile-Norway Joint" in doc.text and "Talks - as planned - went" in doc.text
    rec = pipeline.extract(doc)
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert rec.meeting.dialogue.startswith("Chile-Norway Joint Commission")


def test_many_blank_lines_collapse_to_one_and_edges_are_trimmed():
    doc = read_bytes(b"\n\n  Title  \n\n\n\n\nBody line.   \n   \n\n", "x.txt")
    assert doc.text == "Title\n\nBody line."


def test_prose_that_mentions_facebook_or_print_is_kept():
    raw = "The ministry will post the statement on Facebook and in print.\nShare This:\nPrint"
    doc = read_bytes(raw.encode(), "x.txt")
    assert doc.text == "The ministry will post the statement on Facebook and in print."
    assert doc.removed == ["Share This:", "Print"]


@pytest.mark.parametrize(
    "line",
    [
        "One response to North Korea\u2019s provocations is to strengthen deterrence.",
        "(c) the two sides agreed to expand combined exercises;",
        "Filed under the agreement, the two sides will meet annually.",
        "Security Policy",
    ],
)
def test_statement_lines_that_start_like_chrome_are_kept(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == (f"The allies met.\n\n{line}\n\nThey agreed.", [])


def test_related_links_go_but_the_next_section_heading_stays():
    raw = (
        "The two sides met.\n\nRelated Releases\n\nContracts for Sept. 28, 2021\n\nAllies Meet in Seoul\n\n"
        "Operational Control\n\nAt the working group meeting, the two sides reviewed the conditions for transition."
    )
    text, removed = clean(raw)
    assert removed == ["Related Releases", "Contracts for Sept. 28, 2021", "Allies Meet in Seoul"]
    assert text.startswith("The two sides met.\n\nOperational Control\n\nAt the working group")


def test_government_banner_and_footer_lines_are_stripped_from_text():
    raw = (
        "Skip to main content\nAn official website of the United States Government\nHere's how you know\n"
        "Home : News : Releases\nJoint Statement\n\nThe delegations met.\n\n"
        "Privacy & Security | FOIA | No FEAR Act | USA.gov\nHosted by Defense Media Activity - WEB.mil\n"
        "Subscribe to Press Releases\n\u00a9 2024 Ministry of National Defense. All rights reserved."
    )
    assert read_bytes(raw.encode(), "x.txt").text == "Joint Statement\n\nThe delegations met."


def test_every_boilerplate_pattern_says_what_it_catches():
    from importlib import resources

    import yaml

    data = yaml.safe_load(resources.files("accord").joinpath("data/boilerplate.yaml").read_text("utf-8"))
    for entry in data["lines"] + data["blocks"]:
        assert set(entry) == {"re", "catches"} and entry["catches"].strip()
        re.compile(entry["re"])
    assert all(isinstance(link, str) for link in data["links"])


def test_boilerplate_patterns_come_from_data():
    patterns = load_patterns("lines:\n  - re: 'the end'\n    catches: test\n")
    assert clean("Body.\nThe End\nShare This:", patterns) == ("Body.\nShare This:", ["The End"])
    assert load_patterns().line.fullmatch("Your email address will not be published.")


def test_directory_is_expanded_recursively_in_name_order(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ["b/2.html", "b/1.TXT", "a.txt", "c.pdf", "notes.docx", "image.png", ".hidden.txt"]:
        (tmp_path / name).write_text("x")
    got = list(expand_paths([str(tmp_path)]))
    assert got == [str(tmp_path / n) for n in ["a.txt", "b/1.TXT", "b/2.html", "c.pdf"]]


def test_a_file_named_directly_is_read_whatever_its_extension(tmp_path):
    f = tmp_path / "statement.statement"
    f.write_text("The two sides met.")
    assert list(expand_paths([str(f), "-"])) == [str(f), "-"]
    assert [d.text for d in read_all([str(f)])] == ["The two sides met."]


def test_stdin_is_read_as_a_document(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"<p>The two sides met.</p><p>Both agreed.</p>")))
    [doc] = list(read_all(["-"]))
    assert doc.source == "<stdin>" and doc.format == "html"
    assert doc.text == "The two sides met.\n\nBoth agreed."


def test_a_few_damaged_bytes_in_utf8_keep_the_rest_utf8_and_say_so():
    body = ("The Ministers met in Canberra \u2013 the 33rd round \u2014 and \u201creaffirmed\u201d "
            "their alliance\u2019s purpose.\n") * 3
    raw = bytearray(body.encode("utf-8"))
    for at in (10, 40, 90, 130, 170, 200, 230, 260):  # eight stray bytes, as a bad copy leaves them
        raw[at:at] = b"\xff"
    doc = read_bytes(bytes(raw), "damaged.txt")
    assert "\u2013 the 33rd round \u2014" in doc.text and "alliance\u2019s" in doc.text  # not garbled as cp1252
    assert doc.text.count("\ufffd") == 8
    assert doc.warnings and "8 invalid byte sequences" in doc.warnings[0] and "byte 10" in doc.warnings[0]


def test_a_legacy_encoding_is_named_when_it_was_guessed():
    doc = read_bytes(b"North Korea\x92s \x93launch\x94 was condemned.", "old.txt")
    assert doc.text == "North Korea\u2019s \u201claunch\u201d was condemned."
    assert doc.warnings == ["not UTF-8: decoded as cp1252 (detected)"]


def test_clean_utf8_has_no_warning():
    assert read_bytes("Caf\u00e9 talks \u2013 agreed.".encode("utf-8"), "x.txt").warnings == []


def test_a_crawled_page_keeps_its_statement_and_loses_the_site_around_it():
    doc = read_path(FIXTURES / "crawled-page.txt")
    for chrome in ("Skip to content", "About the Ministry", "Press Room", "EN | FR", "By Press Office",
                   "Share this", "Related News", "credentials of new ambassadors", "Copyright"):
        assert chrome not in doc.text, chrome
    assert doc.text.startswith("Third Freedonia-Sylvania Foreign and Defence Ministerial Meeting\n")
    for kept in ("\nMaritime Security\n", "\nNext Steps\n", "held in Port Ulric on 11 May 2025",
                 "fourth meeting in Sylvania in 2026."):
        assert kept in doc.text, kept
    assert doc.published == "2025-05-12"  # from the byline, which itself is gone


def test_a_page_of_prose_without_chrome_loses_nothing():
    raw = ("Talks Concluded\n\nThe two delegations met in Oslo and reviewed their cooperation on "
           "cyber defence over the past year, agreeing to meet again in the spring.\n\nShort line\n")
    assert read_bytes(raw.encode(), "x.txt").text == raw.strip()


@pytest.mark.parametrize("line", ["Immediate Release", "Release No: 105-13", "Office of the Spokesperson", "Begin Text:",
                                  "in Japanese", "Source:Xinhua  Editor:Lucky", "image1.jpeg",
                                  "Page 69 - 2020 Defence White Paper", "Appendix 14",
                                  "Updated: 2024-01-02 09:10:11 KST", "(Source: Ministry of Defence; issued May 3, 2024)",
                                  "From left: the four ministers pose for a photo before the talks.",
                                  "The minister speaks to reporters after the meeting. Photo by Press Pool",
                                  "Read the full transcript of the press conference",
                                  "Read the transcript of the minister's remarks here.", "Click to enlarge",
                                  "Listen to the joint press conference. (32m)",
                                  "Download the joint communique of the ministers – (PDF)",
                                  "published: March 2, 2026", "Posted Oct. 2, 2019 10:29,",
                                  "The two ministers shake hands before their talks in Oslo on Monday.",
                                  "Delegates pose before the dialogue in Oslo. From left are A, B and C.",
                                  "The minister escorts his guest through the ministry, Oslo, March 2, 2026.",
                                  "(Presentation and follow-on discussion)", "Oslo, January 27, NORPRESS",
                                  "No comments:", "Original article.", "Find out more about the minister's visit.",
                                  "- Embargoed: 5th November 2005 12:00",
                                  "Sign up now: Get our newsletters delivered to your inbox", "Follow topic:",
                                  "By on 20/04/2026 | Updated on 25/09/2026", "All News 09:00 September 27, 2026",
                                  "2026-06-04T16:20+0000", "To continue reading the rest of this article, please log in.",
                                  "https://img.example.org/a/b.jpg", "/html/head/meta[@name='og:title']/@content",
                                  "Soldiers train in the snow near Oslo on April 16, 2026. Photo: Corporal Jane Roe",
                                  "L-R: Ms. Kari Lund, Secretary for Defence, and Mr. Juan Soto, head of delegation",
                                  "The Chilean delegation: L-R",
                                  "The two ministers inspect the guard on Friday. — NTB/NRK Photo Ola Berg",
                                  "Screenshots taken from the ministers' video call on Monday.", "On the same topic",
                                  "Additional Info", "This content was published on May 3, 2026",
                                  "/Public Release. The text is the originating organisation's and may be out of date."])
def test_labels_and_leftovers_of_the_site_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


def test_a_crawlers_date_stamp_dates_the_page_and_leaves_its_text():
    doc = read_bytes(b"date 2022-11-04 Full text of the communique\n\nThe two ministers met in Seoul on Nov. 3 "
                     b"and agreed to strengthen deterrence against the threats they face.", "x.txt")
    assert doc.published == "2022-11-04" and doc.text.startswith("Full text of the communique")


def test_a_run_of_headlines_after_the_statement_is_a_list_of_links():
    raw = ("Allies hold talks\n\nThe two delegations met in Oslo and reviewed their cooperation on cyber defence "
           "over the past year, agreeing to meet again in the spring, according to the statement.\n"
           "Fighters in air exercise\nDancers win the regional final\nNew law takes effect downtown\n")
    assert read_bytes(raw.encode(), "x.txt").text.endswith("according to the statement.")


def test_chrome_as_list_items_and_lines_in_another_script_are_stripped():
    raw = ("\ud55c\ubbf8 \uad6d\ubc29 \ud611\uc758, \uc624\ub298 \uc5f4\ub824\n\nThe two delegations met in Oslo and "
           "reviewed their cooperation on cyber defence over the past year, agreeing to meet again.\n\n"
           "  \u2022 Last updated: 29 Jun. 2017 09:15\n\n2021-12-08 12:45:19 By : Mr. J. Doe\n")
    doc = read_bytes(raw.encode(), "x.txt")
    assert doc.text == ("The two delegations met in Oslo and reviewed their cooperation on cyber defence over the "
                        "past year, agreeing to meet again.")


def test_the_sites_name_after_a_headline_goes_and_archive_notices_and_mail_headers_too():
    raw = ("You have accessed part of a historical collection of the department. Some links may not work.\n\n"
           "From: Press Office\nSubject: Release\n\n"
           "Joint Statement on the Ninth Example Dialogue \u2013 United States Department of State\n\n"
           "The two sides met in Oslo on May 3, 2024 and agreed to keep working together on matters of common "
           "interest.")
    doc = read_bytes(raw.encode(), "x.txt")
    assert doc.text.startswith("Joint Statement on the Ninth Example Dialogue\n\nThe two sides met")
    assert "United States Department of State" in doc.removed


def test_a_links_label_left_at_the_end_of_a_line_goes():
    text, removed = clean("The two sides met in Oslo and agreed to meet again.\n\n2. Joint Vision (PDF)Open a New Window")
    assert text == "The two sides met in Oslo and agreed to meet again."  # the label, and the link to a file it was on


def test_a_photo_caption_run_into_the_first_line_of_the_story_goes_but_a_dateline_stays():
    text, removed = clean("The two envoys shake hands in Oslo on Monday. (Yonhap) Norway and Poland agreed to meet "
                          "again.\n\nOSLO, March 2 (Yonhap) -- The talks ended.\n\n2. Annex (PDF)Open a New Window "
                          "and more")
    assert text.startswith("Norway and Poland agreed") and "OSLO, March 2 (Yonhap) -- The talks ended." in text
    assert "Open a New Window" not in text


def test_a_source_credit_after_the_last_sentence_goes():
    text, _ = clean("The two sides met in Oslo and agreed to meet again, the minister said. (Source: NTB)")
    assert text == "The two sides met in Oslo and agreed to meet again, the minister said."


def test_a_lead_paragraph_ending_in_a_pictures_credit_keeps_its_prose():
    lead = ("The ministry said the ninth Norway-Chile Naval Staff Talks held on Monday in Oslo set out a plan for joint "
            "patrols in the southern Pacific next year, as the two navies began a new stage in their long partnership.")
    for credit in ("(Illustrative Image: File Photo)", "(Source: NTB) |", "(Photo: NTB)"):
        text, removed = clean(f"{lead} {credit}\n\nThe two sides agreed to meet again in Arica.")
        assert text.startswith(lead) and credit.rstrip(" |") in " ".join(removed)
    text, _ = clean("The two envoys at the talks in Oslo on Monday. (Photo: NTB)\n\nThe two sides agreed to meet again.")
    assert text == "The two sides agreed to meet again."  # a caption with its credit goes whole


def test_tags_standing_alone_go_but_a_wrapped_line_stays():
    text, _ = clean("The two sides met in Oslo and agreed to meet again.\n\nmilitary\n\nsouth korea\n\n"
                    "They also discussed the threats the alliance\nfaces in the north.")
    assert text == ("The two sides met in Oslo and agreed to meet again.\n\nThey also discussed the threats the "
                    "alliance\nfaces in the north.")


def test_a_sentence_run_into_the_next_gets_its_space_but_abbreviations_keep_theirs():
    text, _ = clean(normalize("Peru and Chile signed an agreement.This came on Monday. The U.S.Army and e.g.Chile "
                              "stay as written."))
    assert text.startswith("Peru and Chile signed an agreement. This came on Monday.")
    assert "U.S.Army and e.g.Chile" in text


def test_a_sentence_run_into_the_next_after_a_number_or_before_a_quotation_gets_its_space():
    text, _ = clean(normalize("The ministers met on May 2.Both sides agreed to train together.\u201cWe are ready,\u201d "
                              "said Lund. They will meet again in 2028.The date is open; the talks ran 3.5 hours."))
    assert text == ("The ministers met on May 2. Both sides agreed to train together. \u201cWe are ready,\u201d "
                    "said Lund. They will meet again in 2028. The date is open; the talks ran 3.5 hours.")


def test_an_apostrophe_typed_as_an_accent_is_an_apostrophe_but_a_code_span_keeps_its_backticks():
    text, _ = clean(normalize("Chile`s delegation was led by Ana Rojas and Norway´s by Ola Lund. Run `accord` here."))
    assert text.startswith("Chile’s delegation was led by Ana Rojas and Norway’s by Ola Lund.")
    assert "`accord`" in text


def test_a_byline_dates_the_page_before_a_date_in_a_captions_prose():
    page = ("Norway and Poland hold fifth defence talks\n\n"
            "The ministers urged both parties to respect the 12 May 2008 armistice that ended the border war between "
            "the two neighbours, recalling the long years of conflict that followed it. Photo: Ann Lee/Nordic Wire\n\n"
            "Nordic Wire, 25 Jan 2023 - 23:19, Oslo,Norway\n\n"
            "Oslo on Wednesday hosted the fifth round of defence talks between Norway and Poland. The ministers "
            "agreed to hold joint exercises.\n\n"
            "The ministers urged both parties to respect the 12 May 2008 armistice that ended the border war between "
            "the two neighbours, recalling the long years of conflict that followed it.\n")
    doc = read_bytes(page.encode(), "page.txt")
    assert doc.published == "2023-01-25"


def test_a_sentence_a_page_broke_with_a_blank_line_is_read_as_one():
    text, _ = clean("Norway and Chile hold talks\n\nThe defence ministers of Norway and Chile met in Oslo on Monday to "
                    "review naval\n\ncooperation, cyber defence and training. They plan to talk again in May.")
    assert "to review naval cooperation, cyber defence" in text
    assert text.startswith("Norway and Chile hold talks\n\nThe defence ministers")  # a headline stays apart


def test_an_archive_age_notice_and_a_caption_in_another_latin_language_are_chrome():
    text, removed = clean("Norway and Chile to deepen ties\n\nThis article is more than 2 years old.\n\nThe ministers "
                          "met in Oslo.\nBộ trưởng Quốc phòng hai nước hội đàm tại Oslo.\n\nThey agreed to hold "
                          "drills with José Soto's navy.")
    assert text == "Norway and Chile to deepen ties\n\nThe ministers met in Oslo.\n\nThey agreed to hold drills with José Soto's navy."
    assert removed == ["This article is more than 2 years old.", "Bộ trưởng Quốc phòng hai nước hội đàm tại Oslo."]


def test_a_summary_box_label_a_cable_field_and_a_glimpses_caption_are_chrome():
    text, removed = clean("Norway and Chile hold talks\n\nWhat you need to know:\n\nThe two navies met in Oslo.\n\n"
                          "Glimpses of Minister Ola Lund's bilateral meeting with Juan Soto in Oslo.\n\nCable title:\n\n"
                          "In brief, the ministers agreed to train together.")
    assert text == "Norway and Chile hold talks\n\nThe two navies met in Oslo.\n\nIn brief, the ministers agreed to train together."
    assert len(removed) == 3


def test_a_date_stamped_with_a_one_digit_or_zoned_clock_is_a_timestamp():
    for stamp in ("November 21, 2026 - 0:0", "January 31, 2026 2:57 PM GMT+7"):
        text, removed = clean(f"Norway and Chile meet\n\n{stamp}\n\nThe ministers met in Oslo and agreed to train together.")
        assert text == "Norway and Chile meet\n\nThe ministers met in Oslo and agreed to train together." and removed == [stamp]


def test_a_latin_word_typed_with_a_cyrillic_look_alike_is_read_in_latin_but_cyrillic_words_stay():
    assert normalize("The Defen\u0441e Minister met the Ministr \u043e\u0431\u043e\u0440\u043e\u043d\u044b.") == \
        "The Defence Minister met the Ministr \u043e\u0431\u043e\u0440\u043e\u043d\u044b."


def test_a_caption_in_another_language_full_of_names_is_chrome_too():
    caption = "Ministro da Defesa Juan Soto em visita oficial à Noruega"
    text, removed = clean(f"Norway and Chile to deepen ties\n\nThe ministers met in Oslo.\n\n{caption}\n\n"
                          "They agreed to hold drills next spring.")
    assert caption in removed and "Juan Soto" not in text


@pytest.mark.parametrize("line", ["Press Release: Freedonia Government", "Media release: Ministry of Defence",
                                  "The Freedonia Web", "9kvlund 2014-03-12",
                                  "From the Example Wire (Jul 3, 2023): Ministers meet in Oslo (By J. Roe)"])
def test_a_reposts_label_a_sites_name_or_a_users_handle_with_a_date_is_chrome(line):
    page = "Norway and Chile to deepen ties\n\nThe ministers met in Oslo.\n\nThey agreed to hold drills next spring."
    text, removed = clean(page.replace("\n\n", f"\n\n{line}\n\n", 1))
    assert text == page and removed == [line]


def test_the_title_filed_again_under_the_sites_section_goes_and_the_title_stays():
    text, removed = clean("Ministers meet in Oslo for naval talks\n\nChile - Defence : Ministers meet in Oslo for naval "
                          "talks\n\nThe ministers met in Oslo.\n\nThey agreed to hold drills next spring.")
    assert text.startswith("Ministers meet in Oslo for naval talks\n\nThe ministers met in Oslo.")
    assert removed == ["Chile - Defence : Ministers meet in Oslo for naval talks"]
