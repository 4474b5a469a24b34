"""Each extraction stage on short statements written for the purpose."""
from __future__ import annotations

import datetime as dt

import pytest

from accord.extraction.dates import find_dates, resolve_meeting_dates, resolve_when
from accord.extraction.heads import HeadFinder, normalize_title
from accord.extraction.layout import layout, read_dateline
from accord.knowledge import default_knowledge

KB = default_knowledge()


# -- layout ---------------------------------------------------------------------
def test_layout_tells_title_date_line_bullets_headings_and_paragraphs():
    text = ("Results of the 9th Example Dialogue\n\n- Both sides reaffirm their goal\n\n"
            "Ministry of National Defense | May 2, 2024\n\nThe two sides met in Seoul.\n\n"
            "Security Policy Initiative\n\nAt the SPI session, they agreed.\n\n"
            "1. The delegations held talks.")
    kinds = [b.kind for b in layout(text)]
    assert kinds == ["title", "bullet", "dateline", "paragraph", "heading", "paragraph", "paragraph"]
    numbered = layout(text)[-1]
    assert text[numbered.body_start:].startswith("The delegations")


def test_a_news_dateline_gives_the_city_and_is_not_prose():
    b = layout("Title line\n\nWASHINGTON — Officials of both countries met here on May 2.")[1]
    assert b.city == "Washington" and b.text[b.body_start - b.start:].startswith("Officials")


@pytest.mark.parametrize("opening, city, date", [
    ("WASHINGTON, Oct. 23, 2027 — ", "Washington", (2027, 10, 23)),
    ("WASHINGTON — ", "Washington", None),
    ("WASHINGTON (Wire): ", "Washington", None),
    ("OSLO, Norway — ", "Oslo", None),
    ("OSLO, Norway, Oct. 22, 2027 – ", "Oslo", (2027, 10, 22)),
    ("SEOUL, Nov. 7 (Wire) -- ", "Seoul", (None, 11, 7)),
    ("Bergen, Nov. 7 (Wire) -- ", "Bergen", (None, 11, 7)),
    ("Singapore, June 4 (Wire Press)--", "Singapore", (None, 6, 4)),
    ("New Delhi: ", "New Delhi", None),
    ("Kuala Lumpur : ", "Kuala Lumpur", None),
    ("TOKYO 14 June 2027 — ", "Tokyo", (2027, 6, 14)),
    ("OSLO, 7 June 2027 – ", "Oslo", (2027, 6, 7)),
    ("Brasília, September 1, 2027: ", "Brasília", (2027, 9, 1)),
    ("Bergen, 2 September 2027 (Wire): ", "Bergen", (2027, 9, 2)),
    ("Oslo, Sep 09: ", "Oslo", (None, 9, 9)),
    ("May 3, Bergen, Norway – ", "Bergen", (None, 5, 3)),
    ("3 May 2027, Oslo – ", "Oslo", (2027, 5, 3)),
    ("SÃO PAULO — ", "São Paulo", None),
    ("ĐÀ NẴNG — ", "Đà Nẵng", None),
])
def test_a_news_dateline_in_any_shape_gives_its_city_its_date_and_where_the_story_begins(opening, city, date):
    text = "Title line\n\n" + opening + "Officials of Norway and Poland met on May 2 to review their alliance."
    b = layout(text)[1]
    assert b.dateline is not None and (b.dateline.start, b.dateline.end) == (b.start, b.body_start)
    assert b.city == city and text[b.body_start:].startswith("Officials")
    d = b.dateline.date
    assert (None if d is None else (d.year, d.month, d.day)) == date


@pytest.mark.parametrize("line, city", [
    ("Bergen, November 15, 2027", "Bergen"),
    ("WASHINGTON, D.C., May 2, 2027", "Washington, D.C."),
    ("Ministry of Defence | May 2, 2027", None),
])
def test_a_release_date_line_alone_under_the_headline_gives_its_city(line, city):
    b = layout("Norway and Poland hold talks\n\n" + line + "\n\nThe two sides met in Oslo to review their alliance.")[1]
    assert (b.kind, b.city) == ("dateline", city)
    assert city is None or (b.dateline.date.year, b.dateline.date.month) == (2027, 5 if "May" in line else 11)


@pytest.mark.parametrize("line", ["OSLO, (Example / Denmark Wire News - APP - 3rd May, 2027 ) :",
                                  "OSLO, (Example / Denmark Wire News - 3rd May, 2027 ) :The two sides met.",
                                  "Oslo (Example / Denmark Wire News - 3rd May, 2027) The two sides met."])
def test_an_agencys_name_and_date_in_brackets_after_the_city_are_its_dateline(line):
    d = read_dateline(line)
    assert d is not None and d.city == "Oslo" and line[d.end:] in ("", "The two sides met.")


@pytest.mark.parametrize("opening", [
    "On Monday, June 3, 2027, the ministers met.",
    "Norway and Poland agreed on May 2 — a first — to hold talks.",
    "Note: the ministers met in Oslo.",
    "The Ministers of Defence of Norway, Poland, Sweden and Finland, June 3 — met in Oslo.",
])
def test_a_story_opening_with_a_date_or_a_label_has_no_dateline(opening):
    assert read_dateline(opening) is None


def test_a_news_report_today_is_its_datelines_day(extract_text):
    rec = extract_text("Norway, Poland hold talks\n\nWARSAW, March 4, 2027 — The defence ministers of Norway and Poland "
                       "held the 3rd Example Defence Dialogue here today.\n\nThe two sides agreed to expand exercises.")
    assert (rec.meeting.start, rec.meeting.venue) == ("2027-03-04", "Warsaw")
    assert rec.statements[0].text.startswith("The defence ministers")  # the dateline is no part of a statement


# -- dates ----------------------------------------------------------------------
def test_dates_are_read_in_the_forms_statements_use():
    got = [(d.month, d.day, d.end_day, d.year) for d in find_dates(
        "held July 25-26; on March 19-20, 2018; Brisbane, 29 July 2023; from September 23 to 24, 2024; Sept. 27, 2019")]
    assert got == [(7, 25, 26, None), (3, 19, 20, 2018), (7, 29, None, 2023), (9, 23, 24, 2024), (9, 27, None, 2019)]


def test_a_month_printed_with_a_stray_stop_is_still_a_date_and_a_sentence_end_is_not():
    assert [(d.month, d.day, d.year) for d in find_dates("Posted March. 14, 2026 09:10")] == [(3, 14, 2026)]
    assert find_dates("The talks were held in March. Both sides agreed to meet again.") == []


def test_the_year_comes_from_the_release_line_when_the_text_omits_it():
    text = "The two sides held the talks on April 23-24 (local time)."
    r = resolve_meeting_dates(text, (0, len(text)), "2019-04-25", "Ministry | April 25, 2019", [], None, None)
    assert (r.start, r.end) == ("2019-04-23", "2019-04-24") and "release line" in r.basis


def test_the_year_comes_from_the_weekday_and_the_cadence():
    text = "The talks were held on April 11-12, the ministry said after the talks ended on Wednesday."
    r = resolve_meeting_dates(text, (0, len(text)), None, None, [], 2021.5, "the 22nd round of a twice-yearly dialogue")
    assert r.start == "2023-04-11" and "Wednesday" in r.basis and "twice-yearly" in r.basis


def test_an_unresolvable_year_is_said_not_guessed():
    text = "The talks were held on July 25-26."
    r = resolve_meeting_dates(text, (0, len(text)), None, None, [], None, None)
    assert r.start is None and r.end is None and "unresolved" in r.basis


def test_the_year_comes_from_what_led_up_to_the_meeting_earlier_that_year():
    text = ("The four ministers met on October 12 in Canberra. Building on the summit of their leaders in "
            "June 2031, they agreed to deepen cooperation.")
    got = resolve_meeting_dates(text, (0, 48), None, None, [], None, None)
    assert (got.start, got.end) == ("2031-10-12", "2031-10-12") and "June 2031" in got.basis
    # a text that looks ahead to a later year, or a lead-up later in the year than the meeting, fixes nothing
    ahead = text.replace("cooperation.", "cooperation by 2035.")
    assert resolve_meeting_dates(ahead, (0, 48), None, None, [], None, None).start is None
    later = text.replace("June 2031", "November 2031")
    assert resolve_meeting_dates(later, (0, 48), None, None, [], None, None).start is None


def test_future_phrases_resolve_against_the_meeting_date():
    ref = dt.date(2018, 7, 26)
    assert resolve_when("at the end of October", ref) == "2018-10"
    assert resolve_when("in March", ref) == "2019-03"
    assert resolve_when("by the end of this year", ref) == "2018-12"
    assert resolve_when("next month", ref) == "2018-08"
    assert resolve_when("by 2025", ref) == "2025"


# -- heads ----------------------------------------------------------------------
def test_a_name_is_told_from_a_long_title_with_ranks():
    people = HeadFinder(KB).people("Acting Deputy Assistant Defense Secretary for East Asia Marine Corps Brig. Gen. Roberta Shea led")
    assert [(p.name, p.title) for p in people] == [("Roberta Shea", "Acting Deputy Assistant Secretary of Defense for East Asia")]


def test_heads_from_each_side_and_by_elimination():
    finder = HeadFinder(KB)
    heads = finder.find([(0, "Each side was represented by a delegation, led on the ROK side by Deputy Minister for "
                            "National Defense Policy Chung Sukhwan and on the U.S. side by Deputy Assistant Secretary "
                            "of Defense for East Asia Heino Klinck.")], ["KOR", "USA"], ["KIDD"])
    assert {(h.name, h.party) for h in heads} == {("Chung Sukhwan", "KOR"), ("Heino Klinck", "USA")}
    heads = finder.find([(0, "Secretary of State Mary Moore and Minister of Defense Ito Kenji met in Tokyo.")],
                        ["JPN", "USA"], ["SCC"])
    assert {(h.name, h.party) for h in heads} == {("Mary Moore", "USA"), ("Ito Kenji", "JPN")}


def test_who_chaired_another_meeting_is_not_a_head():
    heads = HeadFinder(KB).find([(0, "ROK Chairman of the Joint Chiefs of Staff General Park Han-ki and U.S. Chairman "
                                     "of the Joint Chiefs of Staff General Mark Milley co-chaired the 44th Military "
                                     "Committee Meeting (MCM).")], ["KOR", "USA"], ["Security Consultative Meeting"])
    assert heads == []


def test_titles_are_put_in_official_form():
    assert normalize_title("Deputy Assistant Defense Secretary for East Asia") == "Deputy Assistant Secretary of Defense for East Asia"


def test_headings_are_found_in_text_without_blank_lines_as_pdfs_give_it():
    text = ("Joint Statement on the 30th KIDD\nThe two sides held the 30th Korea-U.S. Integrated Defense Dialogue in "
            "Seoul\non May 2-3, 2027. The two sides reaffirmed their goal.\nSecurity Policy Initiative\n"
            "At the SPI session, the two sides discussed ways to deepen cooperation in space and\ncyber.\n"
            "Way Ahead\nThe delegations agreed to hold the next round in Washington.")
    assert [b.kind for b in layout(text)] == ["title", "paragraph", "heading", "paragraph", "heading", "paragraph"]



def test_a_wrapped_line_whose_next_line_runs_on_in_lower_case_is_no_heading():
    text = ("Joint Statement on the 30th KIDD\nThe allies convened the 30th KIDD in Busan in May 2027, with several "
            "working groups meeting beside it.\nIn this regard, Minister Kim Min-su\n"
            "expressed appreciation for the many contributions of the United States Forces Korea over the years.")
    assert [b.kind for b in layout(text)] == ["title", "paragraph"]


def test_a_wrapped_line_that_breaks_a_countrys_name_is_no_heading():
    text = ("Ministers meet in Lima\nThe ministers met on Sunday in Lima for the fourth round of their trilateral talks.\n"
            "Lund, Chile Minister of Defense Ana Rojas and South\n"
            "Korea Minister of National Defense Kim Min-su today convened the 4th Trilateral Meeting in Lima.")
    assert [b.kind for b in layout(text)] == ["title", "paragraph"]

# -- meeting: dialogues outside the registry ----------------------------------------
def _meeting(text):
    from accord.extraction.meeting import identify

    return identify(text, layout(text), KB, None)


def test_an_unregistered_dialogue_is_named_with_its_round_acronym_and_parties():
    facts = _meeting("Twenty-Third Freedonia-Mongolia Strategic Dialogue (FMSD)\n\n"
                     "The two foreign ministers held the twenty-third Freedonia-Mongolia Strategic Dialogue "
                     "in Ulaanbaatar on 4 May 2025 and agreed to meet again next year.")
    assert (facts.dialogue, facts.acronym, facts.round) == ("Freedonia-Mongolia Strategic Dialogue", "FMSD", 23)
    assert facts.venue == "Ulaanbaatar" and facts.format == "in_person"


def test_a_2plus2_of_any_two_countries_is_found_in_lower_case_and_without_an_ordinal():
    facts = _meeting("Press release\n\nThe Japan-Mongolia 2+2 Foreign and Defence Ministerial Consultations "
                     "took place in Tokyo on 2 June 2025, where the ministers reviewed cooperation.")
    assert facts.dialogue == "Japan-Mongolia 2+2 Foreign and Defence Ministerial Consultations"
    assert (facts.acronym, facts.round, facts.parties) == ("2+2", None, ["JPN", "MNG"])


def test_every_country_is_a_party_by_its_iso_name():
    assert [c for _, _, c in KB.parties_in("Ghana, Viet Nam and Vietnam")] == ["GHA", "VNM", "VNM"]


def _heads(sentence, parties=("FRE", "SYL"), names=()):
    return {(h.name, h.party) for h in HeadFinder(KB).find([(0, sentence)], list(parties), list(names))}


def test_heads_with_titles_set_off_by_commas_and_an_acronym():
    assert _heads("Deputy Assistant Secretary of Defense (DASD) for South Asia, Dr. Jane Roe, led the U.S. "
                  "delegation and Deputy Minister for Defense Policy (DEPMIN), Mr. Park Min-ho, led the ROK "
                  "delegation.", ("KOR", "USA")) == {("Jane Roe", "USA"), ("Park Min-ho", "KOR")}


def test_family_names_in_capitals_honorifics_and_postnominals_held_with_guests():
    got = _heads("Mr. SATO Kenji, Minister for Foreign Affairs of Japan, and Dr. ITO Hiroshi, Minister of Defense "
                 "of Japan, held the fifth Japan-Mongolia 2+2 with the Hon. Bat Erdene MP, Minister for Defence "
                 "of Mongolia, and H.E. Tsend Bold, Minister for Foreign Affairs, in Tokyo.", ("JPN", "MNG"))
    assert got == {("SATO Kenji", "JPN"), ("ITO Hiroshi", "JPN"), ("Bat Erdene", "MNG"), ("Tsend Bold", "MNG")}


def test_hosts_share_the_side_of_the_one_whose_party_is_known():
    got = _heads("Minister for Foreign Affairs Ann Lee and Minister for Defence Tom Grey hosted Secretary of State "
                 "Mary Moore and Secretary of Defense Paul Minor in Sydney.", ("AUS", "USA"))
    assert got == {("Ann Lee", "AUS"), ("Tom Grey", "AUS"), ("Mary Moore", "USA"), ("Paul Minor", "USA")}


def test_a_counterpart_and_a_bare_name_after_led_by():
    assert _heads("The U.S. was represented by Assistant Secretary of Defense Eli Stone, while his counterpart was "
                  "South Korea's Deputy Defense Minister Han Seo-jun.", ("KOR", "USA")) == \
        {("Eli Stone", "USA"), ("Han Seo-jun", "KOR")}
    assert _heads("The U.S. side was led by Ray Field, named in the readout as the senior official.",
                  ("KOR", "USA")) == {("Ray Field", "USA")}


# -- parse --------------------------------------------------------------------------
def test_sentences_end_only_where_something_ends_them():
    from accord.extraction.parse import nlp

    doc = nlp()("The allies held the 9th Example Dialogue (EXD) May 12-13, 2026 in Oslo. Minister of Defense "
                "Ito Kenji, and Minister of State Kim Ha-na convened the talks.  They agreed to meet again.")
    assert [s.text.split()[0] for s in doc.sents] == ["The", "Minister", "They"]


def test_heads_of_news_reports():
    assert _heads("The Japanese and Mongolian delegations, led by Deputy Minister Sato Ken and State Secretary "
                  "Bat Erdene, respectively, reviewed their cooperation.", ("JPN", "MNG")) == \
        {("Sato Ken", "JPN"), ("Bat Erdene", "MNG")}
    assert _heads("Defense Minister Kim Ha-na and his Japanese counterpart Ito Kenji held talks in Tokyo.",
                  ("JPN", "KOR")) == {("Kim Ha-na", "KOR"), ("Ito Kenji", "JPN")}
    assert _heads("The talks were co-hosted by the Minister of External Affairs of India Dr K. Rao and Indian "
                  "Defence Minister Ravi Menon.", ("AUS", "IND")) == {("K. Rao", "IND"), ("Ravi Menon", "IND")}


def test_heads_named_as_counterparts_or_by_side():
    assert _heads("Foreign Minister Kim Ha-na and Defense Minister Lee Do-yun met with their Australian counterparts, "
                  "Ann Lee and Tom Grey, respectively, in Seoul.", ("AUS", "KOR")) == \
        {("Kim Ha-na", "KOR"), ("Lee Do-yun", "KOR"), ("Ann Lee", "AUS"), ("Tom Grey", "AUS")}
    assert _heads("Mr. SATO Ken, Vice-Minister for Policy, from the Japanese side, and Dr. Ana Rojas, "
                  "Undersecretary of Defence, from the Chilean side, chaired the second Japan-Chile 2+2.",
                  ("CHL", "JPN")) == {("SATO Ken", "JPN"), ("Ana Rojas", "CHL")}
    assert _heads("Foreign Minister Ito Kenji and Defense Minister Sato Ren represented Japan, while Foreign Minister "
                  "Budi and Defense Minister Adi Putra led the Indonesian delegation.", ("IDN", "JPN")) == \
        {("Ito Kenji", "JPN"), ("Sato Ren", "JPN"), ("Budi", "IDN"), ("Adi Putra", "IDN")}


def test_heads_in_the_conventions_of_their_countries():
    assert _heads("Minister for Foreign Affairs KATO Yuki and Minister of Defense ITO Ren met Secretary for Foreign "
                  "Affairs Ana Cruz and Secretary of National Defense Jose Reyes in Manila.", ("JPN", "PHL")) == \
        {("KATO Yuki", "JPN"), ("ITO Ren", "JPN"), ("Ana Cruz", "PHL"), ("Jose Reyes", "PHL")}
    assert ("Park, Min-ho", "KOR") in _heads("Minister of Foreign Affairs Park, Min-ho and Minister for Defence Ann "
                                             "Lee met in Seoul on Monday.", ("AUS", "KOR"))
    assert _heads("The talks were headed by Cho Min-su, South Korea's deputy minister for defense policy, and senior "
                  "U.S. officials, John Roe and Jane Poe.", ("KOR", "USA")) >= {("Cho Min-su", "KOR")}


# -- sessions ------------------------------------------------------------------------
def test_sessions_named_without_the_word_session_or_with_a_possessive_map_to_their_acronym():
    from accord.extraction.sessions import mentioned, scopes

    info = KB.dialogue("KIDD")
    text = ("The 31st KIDD was held in Seoul.\n\nDuring the Security Policy Initiative (SPI), both sides reaffirmed "
            "their goal.\n\nAt a session of the allies' Deterrence Strategy Committee (DSC) -- held the same day, the "
            "two sides discussed deterrence.\n\nThey will work together through the Extended Deterrence Policy "
            "Committee next year.")
    got = [(s.session.acronym, text[s.start:s.start + 20]) for s in scopes(text, layout(text), info, info.names())]
    assert [a for a, _ in got] == ["SPI", "DSC"]
    assert [s.acronym for s in mentioned(text, info)] == ["SPI", "DSC"]  # a plan for the EDPC is not a session held


def test_a_session_co_chaired_or_an_agreement_from_a_session_of_it_is_a_session_held():
    from accord.extraction.sessions import mentioned

    info = KB.dialogue("KIDD")
    text = ("The 31st KIDD was held in Seoul. Dr. Roe and Mr. Lee co-chaired the Deterrence Strategy Committee (DSC) "
            "session of the KIDD with Deputy Minister Kim. The allies' agreement came from a session of the Security "
            "Policy Initiative (SPI).")
    assert [s.acronym for s in mentioned(text, info)] == ["SPI", "DSC"]


def test_heads_named_only_as_attendees_or_as_the_subjects_of_the_meeting():
    assert _heads("Attending the meeting were Deputy Minister for National Defense Policy Cho Min-su and John Roe, "
                  "acting U.S. assistant secretary of defense.", ("KOR", "USA"), ["Integrated Defense Dialogue"]) == \
        {("Cho Min-su", "KOR"), ("John Roe", "USA")}
    assert _heads("Defense Minister Han Min-ho and the U.S. Secretary of Defense Tom Carter shared their opinions at "
                  "the 48th Security Consultative Meeting in Washington.", ("KOR", "USA"),
                  ["Security Consultative Meeting"]) == {("Han Min-ho", "KOR"), ("Tom Carter", "USA")}


def test_a_title_after_a_name_is_that_persons_and_a_list_of_ministers_names_the_heads():
    assert _heads("Mr. SATO Ken, Minister of Defense of Japan, Dr Ann Lee, the Australian Minister "
                  "for Foreign Affairs, and the Hon Tom Grey MP convened the Japan-Australia 2+2 in Perth.",
                  ("AUS", "JPN")) >= {("SATO Ken", "JPN"), ("Ann Lee", "AUS")}
    finder = HeadFinder(KB)
    heads = finder.find([(0, "Jean Roe, Minister for Europe and Foreign Affairs of France"),
                         (60, "The Hon Tom Grey MP, Minister for Defence of Australia")], ["AUS", "FRA"], [])
    assert {(h.name, h.party) for h in heads} == {("Jean Roe", "FRA"), ("Tom Grey", "AUS")}


def test_japans_family_name_first_convention_is_not_taken_for_a_foreign_name_in_capitals():
    got = _heads("Mr. KATO Yuki, Minister for Foreign Affairs, held the Japan-France 2+2 in Paris with Mr. ITO Ren, "
                 "Minister of Defense, along with Ms. Claire DUVAL, Minister for the Armed Forces of France.",
                 ("FRA", "JPN"))
    assert got == {("KATO Yuki", "JPN"), ("ITO Ren", "JPN"), ("Claire DUVAL", "FRA")}


def test_heads_named_after_a_release_header_and_a_summary_are_found(extract_text):
    rec = extract_text("Office of the Spokesperson\n\nWashington, D.C.\n\nMarch 3, 2027\n\n"
                       "Joint Statement of the 2027 Norway-Poland Foreign and Defense Ministers' Meeting\n\n"
                       "Preamble\n\nThe ministers met to review a decade of partnership.\n\n"
                       "Norwegian Foreign Minister Ola Berg and Defense Minister Kari Lund convened a meeting with "
                       "Polish Foreign Minister Jan Kowal and Defense Minister Anna Nowak in Washington.\n\n"
                       "They agreed to deepen their cooperation.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {
        ("Ola Berg", "NOR"), ("Kari Lund", "NOR"), ("Jan Kowal", "POL"), ("Anna Nowak", "POL")}


def test_a_heads_party_comes_from_where_the_page_names_them_beside_their_country():
    finder = HeadFinder(KB)
    lead = [(0, "Foreign Minister Ana Costa and Defence Minister Rui Lopes held talks with Foreign Minister "
                "Jan Kowal and Defence Minister Anna Nowak in Lisbon.")]
    text = lead[0][1] + ("\n\nMs. Ana Costa, Foreign Minister of Portugal, opened the talks. Polish Defence "
                         "Minister Anna Nowak and Jan Kowal of Poland spoke next; Lopes of Portugal closed them.")
    heads = finder.find(lead, ["POL", "PRT"], [], text)
    assert {(h.name, h.party) for h in heads} == {
        ("Ana Costa", "PRT"), ("Rui Lopes", "PRT"), ("Jan Kowal", "POL"), ("Anna Nowak", "POL")}
    assert {h.party for h in finder.find(lead, ["POL", "PRT"], [])} == {None}


def test_a_page_without_blank_lines_but_with_long_lines_has_a_paragraph_per_line():
    text = ("Allies discuss deterrence at annual talks\nBy Staff Writer\n"
            "OSLO, March 2 (Wire) -- Norway and Poland held their annual defense talks here this week on threats "
            "in the north and a range of pending alliance issues, the ministry said Wednesday, adding the talks were "
            "cordial and productive.\n"
            "The two sides shared assessments of the threats they face and agreed to expand the size and the scope of "
            "their combined exercises next year, according to the ministry, which gave no further details.")
    kinds = [(b.kind, text[b.start:b.end][:12]) for b in layout(text)]
    assert kinds == [("title", "Allies discu"), ("heading", "By Staff Wri"), ("paragraph", "OSLO, March "),
                     ("paragraph", "The two side")]
    pdf = "The ministers met in Oslo on a cold day and\nagreed to meet again.\nThey also discussed the threats.\n"
    assert [b.kind for b in layout(pdf)] == ["paragraph"]


def test_a_side_the_lead_leaves_out_is_found_where_the_page_names_it_later():
    finder = HeadFinder(KB)
    lead = [(0, "Indian Defence Minister Ravi Menon and External Affairs Minister Dr S. Rao held talks with their "
                "Polish counterparts in New Delhi.")]
    text = lead[0][1] + "\n\nPolish Foreign Minister Jan Kowal said the talks were useful. Polish Defence Minister " \
                        "Anna Nowak agreed."
    got = {(h.name, h.party) for h in finder.find(lead, ["IND", "POL"], [], text)}
    assert got == {("Ravi Menon", "IND"), ("S. Rao", "IND"), ("Jan Kowal", "POL"), ("Anna Nowak", "POL")}


def test_an_organisations_secretary_general_heads_it_and_a_plural_office_names_no_one():
    finder = HeadFinder(KB)
    text = ("NATO Secretary General chairs talks of Defence Ministers\n\nNATO Defence Ministers met in Brussels. "
            "On his way into the talks, Secretary General Ola Berg said the allies would act.")
    lead = [(0, "NATO Defence Ministers met in Brussels.")]
    assert {(h.name, h.party) for h in finder.find(lead, ["NATO"], ["NATO Defence Ministers"], text)} == \
        {("Ola Berg", "NATO")}


def test_korean_names_set_off_by_a_comma_and_ministers_at_a_meeting_with_the_united_states():
    assert ("Kim, Sung Ho", "KOR") in _heads("Minister of National Defense Kim, Sung Ho and Secretary of Defense "
                                               "Tom Carter led the talks.", ("KOR", "USA"))
    finder = HeadFinder(KB)
    heads = finder.find([(0, "Secretary of State Ann Lee, Minister for Foreign Affairs Jo Grey and Minister for "
                             "Defence Tom Roe met in Sydney.")], ["AUS", "USA"], [])
    assert {(h.name, h.party) for h in heads} == {("Ann Lee", "USA"), ("Jo Grey", "AUS"), ("Tom Roe", "AUS")}


def test_a_news_reports_today_or_weekday_dates_the_meeting_from_its_release(extract_text):
    rec = extract_text("Allies hold defence talks\n\nBy Jane Roe Published : Oct. 22, 2026 - 15:21\n\nOSLO -- Norway "
                       "and Poland held their annual defence talks here on Monday, officials said.\n\n"
                       "They agreed to meet again.")
    assert (rec.meeting.start, rec.meeting.end) == ("2026-10-19", "2026-10-19")
    rec = extract_text("Allies hold defence talks\n\nBy Jane Roe Published : Oct. 22, 2026 - 15:21\n\nOSLO -- Norway "
                       "and Poland held their annual defence talks here today, officials said.")
    assert rec.meeting.start == "2026-10-22" and "today" in rec.meeting.date_basis


def test_the_venue_is_a_city_not_a_country_or_region_discussed_nor_its_weekday(extract_text):
    rec = extract_text("Allies meet\n\nOslo: Norway and Poland on Friday held talks on the situation in West Asia "
                       "and in North Korea.\n\nThey agreed to meet again.")
    assert rec.meeting.venue == "Oslo"
    rec = extract_text("Allies meet\n\nThe foreign ministers of Norway and Poland held a meeting in Tokyo Friday "
                       "on North Korea.\n\nThey agreed to meet again in Singapore.")
    assert rec.meeting.venue == "Tokyo"


def test_the_parties_of_an_unnamed_meeting_come_from_two_countries_as_the_lead_subject(extract_text):
    rec = extract_text("Allies to widen cyber ties\n\nOslo. Norway and Poland have agreed to widen their cyber defence "
                       "cooperation and to train together.\n\nIn a ministerial meeting in Oslo on Thursday, the two "
                       "neighbours also discussed the Arctic. The meeting was attended by Foreign Minister Ola Berg "
                       "and his Polish counterpart Jan Kowal.")
    assert rec.meeting.parties == ["NOR", "POL"]
    assert all(s.actors == ["NOR", "POL"] for s in rec.statements)


def test_heads_brought_together_taking_part_or_reaching_agreement_at_the_meeting():
    names = ["Example Dialogue"]
    assert _heads("The Example Dialogue brought together Deputy Minister Ola Berg and Assistant Secretary of "
                  "Defense Tom Roe, along with other officials.", ("NOR", "USA"), names) >= \
        {("Ola Berg", None), ("Tom Roe", "USA")} - {("Ola Berg", None)}
    got = _heads("Defence Minister Ola Berg and Foreign Minister Kari Lund, Polish Minister of Defence Jan Kowal and "
                 "Foreign Minister Anna Nowak took part in the meeting.", ("NOR", "POL"), names)
    assert {n for n, _ in got} == {"Ola Berg", "Kari Lund", "Jan Kowal", "Anna Nowak"}
    assert {n for n, _ in _heads("Norwegian Defence Minister Ola Berg and his American counterpart, Tom Roe, reached "
                                 "the agreement at the annual Example Dialogue.", ("NOR", "USA"), names)} == \
        {"Ola Berg", "Tom Roe"}
    assert ("Ha Van Minh", "VNM") in _heads("Sen. Lieut. Gen. Ha Van Minh, Deputy Minister of National Defence of "
                                            "Vietnam, and Tom Roe co-chaired the dialogue.", ("USA", "VNM"))


def test_a_meeting_that_took_place_co_chaired_by_its_heads():
    assert _heads("The 6th Example Defence Policy Dialogue took place in Da Nang on June 3, co-chaired by Vietnamese "
                  "Deputy Minister of National Defence Ha Van Minh and US Acting Assistant Secretary of Defense Tom "
                  "Roe.", ("USA", "VNM"), ["Example Defence Policy Dialogue"]) == {("Ha Van Minh", "VNM"),
                                                                                 ("Tom Roe", "USA")}


def test_a_two_plus_two_is_a_dialogue_without_an_ordinal_or_the_parties_in_its_name(extract_text):
    rec = extract_text("Allies meet\n\nThe foreign and defence ministers of Norway and Poland held a regular ‘two plus "
                       "two’ meeting in Oslo on Friday.\n\nThey agreed to meet again.")
    assert (rec.meeting.dialogue, rec.meeting.acronym) == ("two plus two meeting", "2+2")


def test_a_round_said_in_words_beside_the_dialogue():
    from accord.extraction.meeting import identify

    text = ("Norway and Poland convened the Nordic Consultative Group (NCG) in Bergen on Monday for its third "
            "session, officials said.\n\nThe fourth iteration will be held in 2027.")
    facts = identify(text, layout(text), KB, None)
    assert (facts.acronym, facts.round) == ("NCG", 3)


def test_heads_listed_before_attended_after_an_earlier_verb_and_a_given_name_like_a_rank():
    got = _heads("At this meeting, which was held on May 9, Ola Berg, director of defense policy at the ministry; "
                 "Tom Roe, the acting assistant secretary of defense, and Ann Lee, deputy assistant secretary of "
                 "defense, attended along with other officials.", ("NOR", "USA"), ["Example Dialogue"])
    assert {n for n, _ in got} == {"Ola Berg", "Tom Roe", "Ann Lee"}
    assert ("Gen Ito", "JPN") in _heads("Defense Minister Gen Ito and his Norwegian counterpart, Ola Berg, held talks "
                                        "in Oslo.", ("JPN", "NOR"))


def test_a_korean_family_name_first_without_a_hyphen_is_koreas():
    finder = HeadFinder(KB)
    text = "Foreign Minister Ann Lee and Defence Minister Suh Jun held talks with Australian officials."
    heads = finder.find([(0, "Foreign Minister Park Ji-hoon and Defence Minister Suh Jun met Foreign Minister "
                             "Ann Lee of Australia in Seoul.")], ["AUS", "KOR"], [], text)
    assert ("Suh Jun", "KOR") in {(h.name, h.party) for h in heads}


def test_the_second_day_of_the_talks_is_no_round_and_whom_they_met_with_is_not_what_about(extract_text):
    rec = extract_text("Allies meet\n\nNorway and Poland held talks in Oslo on Monday. On the second day of the "
                       "biannual defense talks, the two sides agreed to widen their cooperation.\n\nThey agreed to "
                       "meet again.")
    assert rec.meeting.round is None
    rec = extract_text("Allies meet\n\nThe Norwegian defence minister met with his Polish counterpart on Monday amid "
                       "tensions with Russia and China.\n\nThey agreed to meet again.")
    assert rec.meeting.parties == ["NOR", "POL"]


def test_a_need_met_is_no_meeting_and_two_countries_planning_are_the_parties(extract_text):
    rec = extract_text("Allies plan drills\n\nAfter changes to Europe's security situation, Norway and Poland plan to "
                       "strengthen European defence capabilities, a joint council said after a meeting near Oslo.\n\n"
                       "By strengthening the European industrial base, we will provide capabilities that meet our "
                       "needs, the council said.")
    assert rec.meeting.parties == ["NOR", "POL"]


def test_every_countrys_people_are_known_by_their_demonym(extract_text):
    rec = extract_text("Ministers meet\n\nThe Honorable Ann Lee, Canada's Minister of National Defence, and General "
                       "Juan Perez, Mexican Secretary of National Defence, met for the inaugural meeting of the "
                       "Example Defence Ministers in Ottawa on March 27, 2026.\n\nThey agreed to meet again.")
    assert rec.meeting.parties == ["CAN", "MEX"]
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CAN", "MEX"]), ("agree", ["CAN", "MEX"])]


def test_a_meeting_held_during_a_larger_event_is_the_meeting_not_the_event(extract_text):
    rec = extract_text("Ministers meet\n\nThe defence ministers of Norway, Poland and Canada convened a Northern "
                       "Defence Ministerial Meeting in Oslo on May 4, 2031 during the 9th Arctic Security Forum. "
                       "This was the fifth meeting among the three ministers.\n\nThey agreed to meet again.")
    assert rec.meeting.dialogue == "Northern Defence Ministerial Meeting" and rec.meeting.round == 5
    rec = extract_text("Ministers meet\n\nNorway and Poland reviewed their cooperation during the 3rd Nordic-Baltic "
                       "Defence Dialogue in Oslo on May 4, 2031.\n\nThey agreed to meet again.")
    assert rec.meeting.dialogue == "Nordic-Baltic Defence Dialogue" and rec.meeting.round == 3


def test_the_parties_are_the_two_countries_that_act_after_a_dateline_not_a_country_discussed(extract_text):
    rec = extract_text("OSLO, Norway — Norway and Poland agreed to deepen maritime cooperation at their first "
                       "ministerial meeting on Saturday, amid worries over Russia's activities in the Baltic Sea.\n\n"
                       "\"Our two countries share serious concern about the situation in the Baltic Sea,\" the "
                       "Norwegian minister said.")
    assert rec.meeting.parties == ["NOR", "POL"]
    assert all("RUS" not in s.actors for s in rec.statements)


def test_a_round_said_with_its_cadence_and_a_name_in_quotes_are_read(extract_text):
    rec = extract_text("Ministers meet\n\nThe ministers met in Oslo on May 4, 2031 for the seventh annual "
                       "Norway-Poland Ministerial Consultations.\n\nThey agreed to meet again.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Norway-Poland Ministerial Consultations", 7)
    rec = extract_text("Ministers meet\n\nNorway and Poland held their first “two-plus-two” security talks in "
                       "Oslo on May 4, 2031.\n\nThey agreed to meet again.")
    assert rec.meeting.dialogue == "two-plus-two security talks" and rec.meeting.round == 1
    rec = extract_text("Ministers meet\n\nThe ministers held the Second Norway-Poland Foreign and Defence Ministers’ "
                       "(2+2) Meeting in Oslo on May 4, 2031.\n\nThey agreed to meet again.")
    assert (rec.meeting.dialogue, rec.meeting.round, rec.meeting.acronym) == (
        "Norway-Poland Foreign and Defence Ministers’ 2+2 Meeting", 2, "2+2")


def test_a_side_named_only_as_counterparts_is_a_party(extract_text):
    rec = extract_text("Ministers meet\n\nForeign Minister Kari Lund of Norway and Defence Minister Ola Berg of Norway "
                       "attended the 2+2 Dialogue in Oslo on Friday along with their counterparts from Poland.\n\n"
                       "They agreed to meet again.")
    assert rec.meeting.parties == ["NOR", "POL"]


def test_no_name_begins_with_a_function_word_and_the_nth_since_it_was_established_is_the_round(extract_text):
    rec = extract_text("Norway-Poland Strategic Policy Dialogue\n\nNorway and Poland held their annual Strategic Policy "
                       "Dialogue (SPD) in Oslo on May 4-5, 2031. The two sides reaffirmed the value of the SPD, the "
                       "fourth since the dialogue was established, as a forum for policy.\n\nThey agreed to meet again.")
    assert rec.meeting.dialogue != "since the dialogue" and "Strategic Policy Dialogue" in rec.meeting.dialogue
    assert rec.meeting.round == 4


def test_a_board_on_defense_met_for_its_nth_meeting_and_a_lower_case_name_ends_at_its_kind(extract_text):
    rec = extract_text("Readout\n\nThe co-chairs co-chaired the 118th meeting of the Norway-Poland Permanent Joint Board "
                       "on Defense (PJBD) in Oslo on May 4, 2031.\n\nThey agreed to meet again.")
    assert (rec.meeting.dialogue, rec.meeting.acronym, rec.meeting.round) == (
        "Norway-Poland Permanent Joint Board on Defense", "PJBD", 118)
    rec = extract_text("Talks\n\nNorway and Poland held their 11th defence policy dialogue at state secretary rank "
                       "in Bergen on May 4, 2031.\n\nThey agreed to meet again.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("defence policy dialogue", 11)


def test_a_pair_of_countries_joined_by_a_hyphen_in_the_lead_are_the_parties(extract_text):
    rec = extract_text("News\n\nNorway, Poland Hold 7th Defence Policy Dialogue In Oslo\n\nThe Seventh Norway-Poland "
                       "defence policy dialogue was held in Oslo on April 5, 2031. It was co-chaired by Defence "
                       "Secretary Ola Berg and Poland's Vice Minister of Defence Jan Nowak.\n\nThey agreed to meet again.")
    assert rec.meeting.parties == ["NOR", "POL"]


def test_the_countries_a_lead_lists_as_its_subject_are_the_parties_not_the_alliance_it_supports(extract_text):
    rec = extract_text("News\n\nThe Baltic states of Estonia, Latvia and Lithuania on Thursday reaffirmed their commitment "
                       "to strengthening military cooperation in support of NATO's regional plans.\n\n"
                       "They also agreed to meet again.")
    assert rec.meeting.parties == ["EST", "LTU", "LVA"]


def test_an_organisations_ministers_who_met_as_it_are_its_meeting_not_the_countries_they_spoke_of(extract_text):
    rec = extract_text("Allies back their partners\n\nOpening their two-day session in Oslo, NATO Foreign "
                       "Ministers discussed what the summit due in Chile in 2028 should settle. They also pledged to "
                       "start fresh work with Peru.")
    assert rec.meeting.parties == ["NATO"]


def test_a_page_that_names_its_meeting_only_in_a_stripped_caption_takes_the_meeting_from_it_but_not_the_text(pipeline):
    from accord.records import Document

    body = ("Allies vow to keep pressure on the North\n\n"
            "Seoul and Washington vowed on Monday to keep up pressure on Pyongyang.\n")
    caption = ("South Korean Defense Minister Kim Min-su and U.S. Defense Secretary John Doe attend the 60th "
               "Security Consultative Meeting in Seoul, November 13, 2027. (Wire Photo)")
    rec = pipeline.extract(Document(id="caption-only", source="caption-only.txt", text=body, removed=[caption]))
    assert (rec.meeting.acronym, rec.meeting.round) == ("SCM", 60)
    assert rec.document.text == body and caption in rec.document.removed
    assert any("captions" in w for w in rec.document.warnings)
    assert [body[s.start:s.end] for s in rec.statements][-1].startswith("Seoul and Washington vowed")


def test_a_speaker_named_by_surname_takes_the_side_a_stripped_caption_gives_him(pipeline):
    from accord.records import Document

    body = ("Norway and Chile held their third Defence Dialogue in Oslo on Tuesday.\n\n"
            "Norwegian Defence Minister Ola Lund chaired the talks. Both agreed to expand naval exercises.\n\n"
            "Vidal said that the Chilean coast faced growing threats from illegal fishing fleets.\n")
    caption = "Chilean Minister of Defence Tomas Vidal (R) and Ola Lund shake hands in Oslo. (Photo: NTB)"
    rec = pipeline.extract(Document(id="caption-name", source="caption-name.txt", text=body, removed=[caption]))
    said = next(s for s in rec.statements if s.text.startswith("Vidal said"))
    assert said.actors == ["CHL"]


def test_who_met_is_read_from_the_sentence_that_says_so_over_an_office_read_as_another_country(extract_text):
    rec = extract_text("Japan and Peru hold first 2+2\n\nJapan and Peru held a 2-plus-2 meeting of their foreign and "
                       "defense chiefs for the first time in Tokyo on Saturday.\n\nThe meeting was attended by Japanese "
                       "Foreign Minister Ken Sato and Peruvian Foreign Minister Ana Ruiz and Defense Secretary Luis Vega."
                       "\n\nThe two sides agreed to strengthen their security cooperation.")
    assert rec.meeting.parties == ["JPN", "PER"]


def test_a_dialogue_between_two_countries_that_took_place_names_its_parties(extract_text):
    rec = extract_text("Defence dialogue\n\nThe third Annual Defence Dialogue between India and France took place "
                       "between Raksha Mantri Shri Rajnath Singh and French Minister for Armed Forces Ms Anne Roy in "
                       "New Delhi on December 17, 2027.\n\nThe Ministers reviewed military-to-military cooperation.")
    assert rec.meeting.parties == ["FRA", "IND"]


def test_the_gulf_cooperation_council_is_a_party(extract_text):
    rec = extract_text("Forum\n\nForeign Ministers of the Gulf Cooperation Council (GCC) and the U.S. Secretary of State "
                       "met today in New York for the second ministerial meeting of the U.S.-GCC Strategic Cooperation "
                       "Forum.\n\nThe officials reaffirmed their rejection of terrorism.")
    assert rec.meeting.parties == ["GCC", "USA"]


def test_a_headline_lead_naming_one_side_leaves_the_parties_to_the_sentence_naming_both(extract_text):
    rec = extract_text("Defence dialogue\n\nRaksha Mantri Shri Rajnath Singh & his French counterpart Ms Anne Roy hold "
                       "3rd Annual Defence Dialogue in New Delhi\n\nThe third Annual Defence Dialogue between India and "
                       "France took place in New Delhi on December 17, 2027.\n\nDefence industrial cooperation was "
                       "discussed with focus on co-production.")
    assert rec.meeting.parties == ["FRA", "IND"]
    assert ("discuss", ["FRA", "IND"]) in [(s.act, s.actors) for s in rec.statements]


def test_a_page_titled_as_the_parties_joint_statement_is_read_even_with_one_act(extract_text):
    rec = extract_text("Joint Statement on the Ministerial Meeting of the Andean Security Format\n\n"
                       "Current developments confirm the relevance of the format, which helps keep a trust-based "
                       "exchange among its participants.\n\n"
                       "The United States reaffirms its continued support for the sovereignty of the countries of the "
                       "region.")
    assert [(s.act, s.actors) for s in rec.statements] == [("reaffirm", ["USA"])]


def test_a_page_with_one_act_and_no_meeting_or_statement_title_is_still_no_statement(extract_text):
    import pytest

    from accord.pipeline import NotAStatement

    with pytest.raises(NotAStatement):
        extract_text("Weekly notes\n\nThe United States reaffirms its continued support for the region.")


def test_a_visit_where_a_minister_and_his_counterpart_sign_and_agree_is_a_statement(extract_text):
    rec = extract_text("OSLO, March 3. The Norwegian Defence Minister Ola Berg and his Polish counterpart Jan Kowal, "
                       "on his first trip to Oslo, have signed a programme of military cooperation for 2030-2032.\n\n"
                       "The ministers also approved an exercise plan for next year. Berg thanked his Polish colleague "
                       "for the support given to Norwegian units in training.")
    assert rec.meeting.parties == ["NOR", "POL"]
    assert [s.act for s in rec.statements if "approved" in s.text] == ["agree"]


def test_a_news_story_of_two_sides_meeting_with_one_act_of_record_is_a_statement(extract_text):
    rec = extract_text("Defence and foreign ministers gather in Arica\n\nSpeaking during a meeting in Arica, the "
                       "Norwegian minister pressed for closer ties.\n\nAccording to the Chilean foreign ministry, Norway "
                       "and Chile agreed to raise the talks to ministerial rank.")
    assert [(s.act, s.actors) for s in rec.statements] == [("agree", ["CHL", "NOR"])]


def test_an_official_who_talked_with_another_countrys_official_is_a_meeting_of_the_two(extract_text):
    rec = extract_text("Norwegian defence ministry\n\nDefence Cooperation with Chile\n\n"
                       "Ola Lund, acting head of planning at Norway's defence ministry, has talked today in Oslo with "
                       "Chile's Director of Planning, Juan Soto.\n"
                       "Soto reiterated his support to Norway in its work with the Nordic partners.\n"
                       "The interlocutors then discussed regional security at length.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert [(s.act, s.actors) for s in rec.statements] == [
        ("meet", ["CHL", "NOR"]), ("reaffirm", ["CHL"]), ("discuss", ["CHL", "NOR"])]


def test_heads_only_a_stripped_caption_names_come_from_it(pipeline):
    from accord.records import Document

    body = ("Norway and Chile held talks on Friday and agreed to train their navies together, Oslo's defence "
            "ministry said.\n\n"
            "Lund asked for Chile's support in the Arctic, and Soto pledged continued backing.\n\n"
            "The two sides also discussed a joint exercise and welcomed closer ties between their academies.\n")
    caption = ("Norwegian Vice Defence Minister Ola Lund (left) and his Chilean counterpart, Juan Soto (right), hold "
               "talks in Oslo on Friday. (Wire)")
    rec = pipeline.extract(Document(id="caption-heads", source="caption-heads.txt", text=body, removed=[caption]))
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Ola Lund", "NOR"), ("Juan Soto", "CHL")]
    assert rec.document.text == body and not any("captions" in w for w in rec.document.warnings)


def test_a_page_that_tells_of_two_sides_meeting_is_a_record_though_no_act_of_theirs_is_read(extract_text):
    rec = extract_text("Norwegian and Chilean defence ministers in Oslo\n\nThe Norwegian and Chilean defence "
                       "ministers, Ola Lund and Juan Soto, were together in Oslo on Monday. The programme included a "
                       "tour of the naval base and a working lunch.\n\nBoth ministers see room for more joint "
                       "exercises in the coming years.")
    assert (rec.meeting.parties, rec.meeting.venue) == (["CHL", "NOR"], "Oslo")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}


def test_a_page_cut_before_its_lead_is_read_as_the_talks_of_the_pair_its_first_sentence_names(extract_text):
    rec = extract_text("Defence Cooperation with Chile\n\nLund praised the joint work of recent years, calling it a "
                       "model of good Norwegian-Chilean cooperation.\n\nThe two ministers also called for "
                       "closer ties between their navies and agreed to keep in close touch.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert [(s.act, s.actors) for s in rec.statements][-2:] == [("other", ["CHL", "NOR"]), ("agree", ["CHL", "NOR"])]
