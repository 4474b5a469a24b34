"""The site's furniture on a site no pattern knows: captions, bylines, stamps, labels and calls to the reader go
by what they are and where they stand (pages written for the tests; the boilerplate patterns are left out)."""
from __future__ import annotations

import pytest

from accord.reading import read_bytes
from accord.reading.clean import clean, load_patterns

NO_PATTERNS = load_patterns("{}")


def strip(raw: str) -> str:
    return clean(raw, NO_PATTERNS)[0]


UNKNOWN_SITE = """Ruritania and Freedonia hold fourth defense policy talks
Minister Alma Varga (L) shakes hands with Secretary Tomas Brenn (R) before their meeting in Valmora on Tuesday
By Jane Roe
2026-03-03 14:22
Photo : Example Wire
Ruritania and Freedonia held the fourth round of their defense policy talks in Valmora on Tuesday and agreed to expand the scope of their combined maritime exercises next year.
The two delegations reaffirmed their commitment to a free and open region and discussed ways to share maritime domain awareness data in real time.
Deputy Minister Varga welcomes Secretary Brenn to the ministry as the guard of honour looks on during the ceremony in Valmora
The sides pledged to hold the fifth round of the talks in Freedonia in the first half of next year, according to a statement issued after the meeting.
Source: Example Ministry of Defence
Read the full transcript of the press conference here.
(jr)
"""


def test_captions_bylines_and_stamps_of_a_site_never_seen_are_stripped_around_the_statement():
    text = strip(UNKNOWN_SITE)
    assert text.startswith("Ruritania and Freedonia hold fourth defense policy talks\n")
    assert text.endswith("according to a statement issued after the meeting.")
    for kept in ("agreed to expand the scope", "reaffirmed their commitment", "pledged to hold the fifth round"):
        assert kept in text, kept
    for chrome in ("shakes hands", "Jane Roe", "14:22", "Example Wire", "looks on", "Example Ministry",
                   "transcript", "(jr)"):
        assert chrome not in text, chrome


def test_a_statement_in_the_present_tense_of_record_keeps_every_sentence():
    raw = ("Joint Statement of the Ruritania-Freedonia Security Consultative Committee\n"
           "As the Alliance enters its eighth decade, the Ministers affirm that it remains indispensable to the "
           "security of both nations and to the peace and stability of the region.\n"
           "The Ministers agree that the northern missile programme poses a significant threat to regional security "
           "and call on the north to return to talks.\n"
           "They welcome that Freedonia will take part in the combined exercise and that the two navies will hold talks "
           "to expand their cooperation in the southern sea.\n")
    assert strip(raw) == raw.strip()


def test_a_list_heading_after_the_last_paragraph_stays_with_its_items():
    raw = ("Joint Statement on the Fourth Ruritania-Freedonia Defense Policy Talks\n"
           "The two sides held the fourth round of their defense policy talks in Valmora and decided to deepen their "
           "cooperation across the areas below, reporting to ministers before the end of the year.\n"
           "The delegations agreed to the following steps to carry this cooperation forward in the coming months:\n"
           "- Accelerate and deepen the sharing of maritime information between the two navies.\n"
           "Expanded Cooperation:\n"
           "- Seek to conclude a framework for joint research and testing at the earliest possible opportunity.\n")
    assert "Seek to conclude a framework" in strip(raw)
    assert "Expanded Cooperation:" in strip(raw)


def test_a_label_that_opens_the_text_and_a_call_to_the_reader_after_it_are_the_sites():
    raw = ("Media Note\nBegin text:\n"
           "The Governments of Ruritania and Freedonia held their second ministerial dialogue in Valmora on 3 March "
           "and issued the following joint statement on their defense and security cooperation.\n"
           "The ministers reaffirmed their shared commitment to a rules-based order and agreed to meet again next year.\n"
           "Find out more about the Minister's visit to Freedonia.\n"
           "No comments:\n")
    text = strip(raw)
    assert text.startswith("The Governments of Ruritania") or text.startswith("Media Note\nThe Governments")
    for chrome in ("Begin text", "Find out more", "No comments"):
        assert chrome not in text, chrome


def test_a_call_to_the_reader_right_after_the_last_paragraph_is_not_the_statements_end():
    raw = ("Ruritania and Freedonia hold fourth defense policy talks\n"
           "Ruritania and Freedonia held the fourth round of their defense policy talks in Valmora on Tuesday and agreed "
           "to expand the scope of their combined maritime exercises next year.\n"
           "The two delegations reaffirmed their commitment to a free and open region and discussed ways to share "
           "maritime domain awareness data in real time.\n"
           "Read the full transcript of the Minister's remarks at the opening of the talks in Valmora\n")
    text = strip(raw)
    assert text.endswith("maritime domain awareness data in real time.")


def test_a_release_label_above_the_title_goes_and_a_readout_label_stays():
    body = ("The Ministers of Defence of Ruritania and Freedonia met in Valmora on 3 March 2026 for the fourth round of "
            "their defense policy talks and agreed to expand their combined maritime exercises.\n"
            "They reaffirmed their commitment to a free and open region and pledged to meet again next year.\n")
    assert strip("Press Release\nRelease No: 26-114\nFourth Ruritania-Freedonia Defense Policy Talks\n" + body) \
        .startswith("Fourth Ruritania-Freedonia Defense Policy Talks\n")
    assert strip("Readout\nFourth Ruritania-Freedonia Defense Policy Talks\n" + body).startswith("Readout\n")


WRAPPED = """Skip to main content

Freedonia

Flag of Freedonia

                     Joint Communique of the 9th Ruritania-Freedonia
                            Security Consultative Meeting

1. The Ministers of Defence of Ruritania and Freedonia held the ninth Security
Consultative Meeting in Valmora on 3 March 2026 and reviewed the progress of the
alliance since their last meeting. They agreed to expand the scope of the combined
maritime exercises and to share missile warning data in real time between the two
Page 12 - Example Defence Review 2026
operations centres before the end of the year.
2. The Ministers reaffirmed their commitment to a free and open region and pledged
to hold the tenth meeting in Freedonia in the first half of next year, at a time
convenient to both sides.
"""


def test_text_broken_at_a_fixed_width_is_judged_by_its_paragraphs_and_loses_the_menu_above_it():
    text = strip(WRAPPED)
    assert text.startswith("Joint Communique of the 9th Ruritania-Freedonia\n")
    assert "Security\nConsultative Meeting in Valmora" in text
    assert text.endswith("convenient to both sides.")
    for chrome in ("Skip to main content", "Flag of Freedonia", "Page 12"):
        assert chrome not in text, chrome
    assert "Security Consultative Meeting\n" in text  # the title's second line


def test_a_source_tag_an_address_and_a_note_about_the_page_go_wherever_they_stand():
    raw = ("This post was first published on the ministry's site\n"
           "Ruritania and Freedonia hold fourth defense policy talks\n"
           "Ruritania and Freedonia held the fourth round of their defense policy talks in Valmora on Tuesday and agreed "
           "to expand the scope of their combined maritime exercises next year.\n"
           "[Example Economy]\n"
           "https://img.example-news.test/2026/03/talks_0412.jpg\n"
           "The two delegations reaffirmed their commitment to a free and open region and discussed ways to share "
           "maritime domain awareness data in real time.\n"
           "    • Listen to the press conference (40m)\n")
    text = strip(raw)
    assert text.startswith("Ruritania and Freedonia hold fourth defense policy talks\n")
    assert "agreed to expand the scope" in text and text.endswith("data in real time.")
    for chrome in ("This post", "[Example Economy]", "https://", "Listen to"):
        assert chrome not in text, chrome


STORY = ("Ruritania and Freedonia held the fourth round of their defense policy talks in Valmora on Tuesday and agreed "
         "to expand the scope of their combined maritime exercises next year.\n"
         "The two delegations reaffirmed their commitment to a free and open region and discussed ways to share "
         "maritime domain awareness data in real time.\n")


def test_a_junk_first_line_above_a_story_without_a_headline_is_not_taken_for_its_title():
    for junk in ("Storm warning issued for east coast as rains continue",
                 "Skip to content Sections World Politics Business Opinion Sport Weather Menu Search Sign in Subscribe"):
        assert strip(junk + "\n" + STORY) == STORY.strip(), junk


def test_a_headline_that_names_what_the_story_names_stays_though_it_shares_few_words():
    headline = "Valmora talks: Freedonia eyes bigger drills"
    assert strip(headline + "\n" + STORY).startswith(headline + "\n")


LEAD = ("Ruritania and Freedonia held the fourth round of their defense policy talks in Valmora on Tuesday, with "
        "Deputy Minister Alma Varga and Under Secretary Tomas Brenn leading the delegations.\n")
BODY = ("Deputy Minister Varga and Under Secretary Brenn agreed to expand the scope of the combined maritime exercises "
        "of Ruritania and Freedonia next year and to share data in real time.\n"
        "Maritime Security Cooperation\n"
        "The two delegations reaffirmed their commitment to maritime security in Valmora and discussed ways to share "
        "domain awareness data between the navies of Ruritania and Freedonia.\n"
        "The sides pledged to hold the fifth round of the talks in Freedonia in the first half of next year.\n")


def test_a_menu_between_the_lead_and_the_body_goes_and_the_lead_stays():
    menu = "Home\nWorld\nDefence\nDiplomacy\nEconomy\nCulture\n"
    text = strip(LEAD + menu + BODY)
    assert text.startswith(LEAD.strip())
    assert "Diplomacy" not in text and "Culture" not in text
    assert "Maritime Security Cooperation" in text


def test_a_share_bar_and_other_stories_headlines_between_paragraphs_go_and_a_section_heading_stays():
    share = "Share on Mastodon\nCopy link\nSend via Telegram\n"
    others = "Navy commissions third frigate at northern port\nHeatwave grips capital for fifth straight day\n"
    text = strip(LEAD + share + BODY.replace("Maritime Security Cooperation\n", "Maritime Security Cooperation\n" + others))
    for chrome in ("Mastodon", "Telegram", "frigate", "Heatwave"):
        assert chrome not in text, chrome
    assert "Maritime Security Cooperation" in text and text.endswith("first half of next year.")


def test_a_menu_under_the_closing_list_does_not_take_the_list_with_it():
    closing = ("The delegations agreed on the following steps:\n- Conduct combined air training in Freedonia next spring.\n"
               "- Increase the number of staff exchanges between the two ministries.\n")
    text = strip(LEAD + BODY + closing + "World\nDefence\nDiplomacy\nEconomy\n")
    assert text.endswith("exchanges between the two ministries.")


def test_a_menu_on_one_line_above_a_story_is_not_its_title():
    assert strip("Home   World   Defence   Diplomacy   Economy   Video\n" + LEAD + BODY) == (LEAD + BODY).strip()


def test_a_button_left_after_a_cookie_notice_under_the_statement_goes():
    raw = LEAD + BODY + "We use cookies to improve your experience on our site.\nAccept and close\n"
    text = read_bytes(raw.encode(), "page.txt").text
    assert text.endswith("first half of next year.")


def test_a_list_of_other_stories_under_its_own_heading_goes_with_the_heading():
    trending = "Trending now\nStorm batters east coast overnight\nMarkets rally on strong export data\n"
    text = strip(LEAD + trending + BODY)
    assert "Trending" not in text and "Storm" not in text and "Markets" not in text
    assert text.startswith(LEAD.strip()) and "Maritime Security Cooperation" in text


def test_a_button_left_by_a_notice_between_paragraphs_goes_and_a_numbered_heading_stays():
    notice = "We use cookies to improve your experience on our site.\nAccept and close\n"
    text = read_bytes((LEAD + notice + BODY).encode(), "page.txt").text
    assert "Accept and close" not in text and "Maritime Security Cooperation" in text
    text = read_bytes((LEAD + "Begin text:\nI. Overview\n" + BODY).encode(), "page.txt").text
    assert "I. Overview" in text


def test_the_label_of_a_teaser_between_paragraphs_goes_with_it():
    teaser = "Check Also\nHeatwave grips capital for fifth straight day as rivers run dry\n"
    text = strip(LEAD + BODY.replace("Maritime Security Cooperation\n", teaser))
    assert "Check Also" not in text and "Heatwave" not in text
    assert text.endswith("first half of next year.")



def test_a_paragraph_that_uses_a_captions_word_as_a_noun_is_no_caption():
    para = ("Though what was said in the ministers' chats was kept private, the talks were cast as a forum for "
            "fresh thinking about the partnership of Ruritania and Freedonia, in line with the dialogue's wider aims.\n")
    assert para.strip() in strip(LEAD + para + BODY)


def test_a_family_photos_caption_placing_people_and_ending_in_its_credit_goes():
    caption = ("Minister Alma Varga (Center R) stands next to Secretary Tomas Brenn (Center L) at the family photo in "
               "front of the palace, the guest house of the government. Jane Roe/exa")
    text = strip(f"Ruritania and Freedonia plan to expand their drills\n{caption}\n{STORY}")
    assert "Center R" not in text and "Jane Roe" not in text
    assert text.startswith("Ruritania and Freedonia plan to expand their drills\n") and text.endswith("in real time.")


def test_a_caption_ending_in_its_credit_in_brackets_goes_between_paragraphs():
    caption = "Ruritanian and Freedonian delegations attend the fourth round of the talks (credit: EXAMPLE MINISTRY)"
    text = strip(LEAD + caption + "\n" + BODY)
    assert "credit" not in text and text.startswith(LEAD.strip()) and text.endswith("first half of next year.")


def test_the_sites_description_of_itself_at_the_foot_goes():
    blurb = ("Example Voice is the one stop site for national and international news, culture and much more. We also "
             "cover history and what happened today.")
    text = strip(LEAD + BODY + blurb + "\n")
    assert "Example Voice" not in text and text.endswith("first half of next year.")


def test_a_last_paragraph_that_says_what_a_place_is_stays():
    last = "Valmora is the site of the alliance's largest naval base and will host the next round of the talks.\n"
    assert strip(LEAD + BODY + last).endswith(last.strip())


def test_a_call_to_the_reader_in_parentheses_between_paragraphs_goes():
    text = strip(LEAD + "(Click photo for a larger image); print-size image available.\n" + BODY)
    assert "Click" not in text and text.startswith(LEAD.strip()) and text.endswith("first half of next year.")


def test_a_widgets_title_between_the_headline_and_the_story_goes_and_the_summary_stays():
    head = ("Ruritania and Freedonia hold fourth defense policy talks\n"
            "Officials of both countries met in Valmora to widen their cooperation\n")
    text = strip(head + "The Facts Inside Our Reporter's Notebook\n" + STORY)
    assert text.startswith(head) and "Notebook" not in text and text.endswith("in real time.")


def test_a_publication_stamp_without_a_colon_and_an_embedded_posts_placeholder_go():
    raw = ("Ruritania and Freedonia hold fourth defense policy talks\n"
           "Published 3 March 2026\n"
           "Ruritania and Freedonia held the fourth round of their defense policy talks in Valmora on Tuesday and "
           "agreed to expand the scope of their combined maritime exercises next year.\n"
           "Scroll to load tweet…\n"
           "The two delegations renewed their pledge to an open region and looked at sharing data on ships "
           "at sea in real time.\n")
    text = strip(raw)
    assert "Published" not in text and "tweet" not in text
    assert text.startswith("Ruritania and Freedonia hold") and text.endswith("in real time.")


@pytest.mark.parametrize("caption", [
    "Refugees at a reception centre in Valmora in April 2015. Many of them may go back soon. PHOTO | EXA",
    "Minister Alma Varga confers with Secretary Tomas Brenn for the fourth round of the talks at the palace hotel on "
    "May 3, 2026. Photo/Jane Roe",
    "Minister Alma Varga, right, clasps hands with Secretary Tomas Brenn at a press event following the "
    "fourth round of the talks in Valmora on Friday. [JOINT PRESS POOL]",
])
def test_a_captions_credit_after_its_last_sentence_marks_it_the_sites(caption):
    text = strip(LEAD + caption + "\n" + BODY)
    assert caption not in text and text.startswith(LEAD.strip()) and text.endswith("first half of next year.")


def test_a_link_to_another_story_after_the_last_paragraph_goes():
    text = strip(LEAD + BODY + "Also read Minister withdraws from the regional assembly race\n")
    assert text.endswith("first half of next year.")


@pytest.mark.parametrize("caption", [
    "The Ruritanian Foreign Minister and the Freedonian Defence Minister during talks in Valmora today",
    "Deputy Premier and Defence Minister Sheikh Omar Bin Karim during his meeting with a group of visiting lawmakers.",
    "View of the main entrance of the Example Defence Agency building.",
    "An overview of the dialogue",
])
def test_a_caption_without_a_verb_naming_who_is_in_the_picture_or_what_it_shows_goes(caption):
    text = strip(LEAD + caption + "\n" + BODY)
    assert caption not in text and text.startswith(LEAD.strip()) and text.endswith("first half of next year.")


def test_an_overview_given_at_the_talks_is_the_statements():
    para = "An overview of the cooperation in the past year was presented by the Freedonian side.\n"
    assert para.strip() in strip(LEAD + para + BODY)


@pytest.mark.parametrize("line, cut", [
    ("Norway-Chile ties vital for the region's secur...", True),
    ("Ministry of Defence U.S.-Chile Charter (C5) important platform for …", True),
    ("The ministers met in Oslo. They agreed ...", False),  # sentences, not a title cut short
    ("Norway-Chile ties vital for the region's security", False),
])
def test_a_title_the_site_cut_short_with_an_ellipsis_is_a_teaser(line, cut):
    from accord.reading import furniture
    assert furniture.teaser(line) is cut


@pytest.mark.parametrize("byline", ["Ana Roe, News from Valmora", "Tomas Brenn Varga, Staff Correspondent",
                                    "Jane Roe, Valmora Daily"])
def test_a_reporters_name_with_his_outlet_under_the_date_is_a_byline(byline):
    raw = ("The Coming Ruritanian-Freedonian Cooperation in Defense\n\nA visit of a Freedonian delegation to Valmora\n\n"
           "June 25th, 2026\n" + byline + "\n20260625_The Coming Cooperation.jpg\n\n"
           "Ruritania and Freedonia met for their fourth defense policy talks in Valmora on Tuesday and decided to "
           "widen their combined naval drills next year, when both navies will also train their cadets together.\n\n"
           "The delegations went on to review the state of the border and the plans of both air forces for the "
           "coming winter, and set the date of their next round.\n")
    assert byline not in read_bytes(raw.encode(), "page.txt").text
