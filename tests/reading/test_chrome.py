"""The site around a statement in plain page text: what goes and what must stay (pages written for the tests)."""
from __future__ import annotations

import pytest

from accord.reading import read_bytes
from accord.reading.clean import clean


def text_of(raw: str) -> str:
    return read_bytes(raw.encode(), "page.txt").text


NEWS_PAGE = """Skip to main content
Sections
Politics
Opinion
Search
Home > Politics > Defense
Ruritania, Freedonia agree to expand drills at defense talks
Posted : 2026-03-03 14:22
By Park Min-ji
Staff reporter
Font size
A A
Listen to this article
00:00
Ruritania and Freedonia agreed on Monday to expand the scope of their combined exercises and to hold the next round of their defense dialogue in the autumn, the defense ministry said.
Advertisement
The two sides also reaffirmed their commitment to deterrence against the northern threat and discussed ways to share missile warning data in real time.
Read more: Freedonia's navy chief visits the northern port
Related article
Opposition lawmakers question defense budget
The ministers pledged to continue close consultation on the transition of wartime command, according to the ministry.
"The alliance is stronger than ever," Minister Kang told reporters after the meeting.
park.minji@news.example
Copyright © Example News. All rights reserved. Unauthorized reproduction and redistribution prohibited.
Most Viewed
Storm warning issued for east coast
Stocks rally as exporters gain
Editor's Picks
Why young voters are turning away
"""


def test_a_news_page_keeps_every_paragraph_after_a_teaser_and_loses_its_furniture():
    text = text_of(NEWS_PAGE)
    assert text.startswith("Ruritania, Freedonia agree to expand drills at defense talks\n")
    assert text.endswith('Minister Kang told reporters after the meeting.')
    for kept in ("the defense ministry said.", "missile warning data in real time.",
                 "The ministers pledged to continue close consultation"):
        assert kept in text, kept
    for chrome in ("Staff reporter", "Font size", "A A", "00:00", "Read more", "Related article",
                   "Opposition lawmakers", "park.minji", "Most Viewed", "Editor's Picks", "Listen to this"):
        assert chrome not in text, chrome


def test_a_short_statement_without_a_long_paragraph_still_loses_the_menus_around_it():
    raw = ("Ministry of Foreign Affairs of Freedonia\nForeign Policy\nRegional Affairs\nPress Room\n"
           "You are here: Home / Press Room / Press Releases\n"
           "Third Freedonia-Ruritania Foreign and Defence Ministers' Meeting\nDate: 12 May 2026\n"
           "Press Release No. 0123\n"
           "1. The third meeting was held in Port Ulric on 11 May 2026.\n"
           "2. The Ministers agreed to deepen maritime security cooperation in the region.\n"
           "3. The Ministers decided to hold the fourth meeting in Ruritania in 2027.\n"
           "Back to list\nPrevious\nSecond Freedonia-Ruritania Vice Ministerial Dialogue\nNext\n"
           "Minister Vale meets the Secretary-General of the League\nWas this page helpful?\nYes\nNo\n"
           "Site map | Privacy statement | Accessibility | Contact us\n")
    assert text_of(raw) == ("Third Freedonia-Ruritania Foreign and Defence Ministers' Meeting\nDate: 12 May 2026\n"
                            "1. The third meeting was held in Port Ulric on 11 May 2026.\n"
                            "2. The Ministers agreed to deepen maritime security cooperation in the region.\n"
                            "3. The Ministers decided to hold the fourth meeting in Ruritania in 2027.")


def test_a_statement_hard_wrapped_like_a_pdf_is_left_whole():
    raw = ("1. The fifth meeting of the two ministers was held in Port Ulric on\n"
           "May 11, 2026. The Minister and the Secretary led their delegations, which\n"
           "included senior officials of both ministries and of the two joint staffs,\n"
           "and reviewed the state of the alliance.\n"
           "2. The Minister and the Secretary reaffirmed their commitment to the\n"
           "alliance and agreed to keep strengthening their combined posture in the\n"
           "region in the years to come.\n")
    assert text_of(raw) == raw.strip()


@pytest.mark.parametrize("label", ["Free Traffic Exchange", "Jane Roe - Chief of Staff", "194500"])
def test_a_link_a_name_or_a_number_after_the_last_sentence_goes(label):
    raw = ("Allies hold talks\n\nThe two delegations met in Oslo and reviewed their cooperation on cyber defence "
           "over the past year, agreeing to meet again in the spring, according to the statement.\n\n"
           f"{label}\n")
    assert text_of(raw).endswith("according to the statement.")


@pytest.mark.parametrize("last", ["Both sides sh", "Also on the a", "Cooperation in the Pacific"])
def test_a_statement_cut_off_at_its_end_keeps_its_last_words(last):
    raw = ("Allies hold talks\n\nSecurity Policy\n\nThe two delegations met in Oslo and reviewed their cooperation "
           "on cyber defence over the past year, agreeing to meet again in the spring.\n\n"
           "Regional Issues\n\nThey condemned the launches of the past month and called for restraint "
           f"from all the parties concerned in the region.\n\n{last}")
    assert text_of(raw).endswith(last)


@pytest.mark.parametrize("line", [
    "Read more: Navy chief visits the northern port", "ALSO READ | Freedonia to buy new patrol ships",
    "Read - Oslo and Santiago sign a pact on polar rescue",
    "Posted by Alex Moran at 10:32 AM", "Labels: alliances, Freedonia", "Share to Twitter", "Email ThisBlogThis!",
    "0 comments:", "Blog Archive", "\u25ba 2026 (14)", "View my complete profile", "Powered by Blogger.",
    "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
    "This story was produced by Northwind Wire in the years it belonged to a regional relief agency. Questions about "
    "rights and reuse go to the agency's archive office in Oslo, which keeps the older items online for readers "
    "and lends them out to schools.",
    "Join our WhatsApp channel", "Catch all the latest news and updates here.",
    "Tel: +12 345 6789", "Email: info@embassy.example", "Embassy of Freedonia | 12 Harbour Road | Tel: +12 345",
    "Copy link", "Link copied!", "Views 1,234", "Font size", "Staff Reporter", "jane.roe@news.example",
    "You are here: Home / News / 2026", "Back to list", "Press Release No. 0123",
    "Site map | Privacy statement | Careers | Contact us", "Published on",
    "Top Comments", "Show new comments (0)", "0A1B2C3D 4E5F 6A7B 8C9D 0E1F2A3B4C5D",
    "The envoy greets her counterpart in Vaasa on Monday. (XT photo)",
])
def test_furniture_of_news_sites_ministries_and_blogs_is_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


def test_a_list_of_one_related_link_goes_with_its_heading():
    text, removed = clean("The two sides met.\n\nRelated article\n\nLawmakers question the budget\n\n"
                          "At the working group meeting, the two sides reviewed the conditions for transition.")
    assert removed == ["Related article", "Lawmakers question the budget"]


def test_a_pager_to_the_previous_and_next_release_goes():
    text, removed = clean("The two sides met.\n\nNext\n\nMinister meets the Secretary-General of the League\n\n"
                          "Previous\n\nSecond Vice Ministerial Dialogue")
    assert text == "The two sides met."


@pytest.mark.parametrize("line", [
    "This file photo, taken Jan. 5, 2026, shows a launch vehicle at a base in the north. (Example)",
    "Representative image (File photo)", "Image: X/@MinistryOfDefence",
    "Minister Vale who speaks after taking a seat at the table", "The four Ministers who put their hands together",
    "[Related] The envoy calls for calm in the strait", "First Published: Mar 03, 2026 14:22 IST",
    "==============", "Department of Defense | .", "(Source_title: Allies hold talks on security issues)",
])
def test_captions_placeholders_and_leftovers_between_paragraphs_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


@pytest.mark.parametrize("line", [
    "Close ties between Norway and Chile matter to both. © Example Photo Service",
    "(Photo Internet reproduction) The ministers in the hall",
])
def test_a_caption_that_ends_in_its_copyright_credit_or_opens_with_a_photo_credit_is_chrome(line):
    before = "The two delegations met in Oslo on Monday for their yearly talks on Arctic and maritime security matters."
    after = "The discussions focused on the war in Ukraine and on closer cooperation between the two navies in the Arctic."
    assert clean(f"{before}\n\n{line}\n\n{after}") == (f"{before}\n\n{after}", [line])


def test_a_long_caption_with_its_label_in_capitals_and_its_credit_goes_whole():
    caption = ("NAVAL TIES. Norwegian and Chilean naval officers review plans during the fifth round of their staff "
               "talks in Oslo on 2 and 3 May. The defence ministry on Friday said the officers also traded views on "
               "Arctic search and rescue and on training that the two navies could hold next year. (Photo by Ana Lind)")
    lead = "OSLO - Norway and Chile pledged to deepen naval cooperation in the Arctic and the South Pacific."
    text, removed = clean(f"Norway, Chile deepen naval ties\n\n{caption}\n\n{lead}")
    assert text == f"Norway, Chile deepen naval ties\n\n{lead}" and caption in removed


def test_other_stories_headlines_listed_between_paragraphs_go_but_a_statements_list_stays():
    lead = "Norway, Chile hold 5th defence policy dialogue\n\nThe dialogue serves as a channel for exchanges, said officials at the fifth round in Oslo on 3 May."
    related = "- Norway, Peru hold 2nd deputy minister-level security dialogue\n- Chile, Japan hold first vice-ministerial talks\n- Ninth Norway-Korea defence policy dialogue"
    body = "The two deputy ministers, who chaired the round, reviewed their cooperation in detail over the year."
    text, removed = clean(f"{lead}\n{related}\n{body}")
    assert text == f"{lead}\n{body}" and len(removed) == 3
    items = "- Reaffirmed their commitment to the partnership\n- Agreed to expand naval training\n- Welcomed the new roadmap"
    text, removed = clean(f"{lead}\n{items}\n{body}")
    assert items in text


def test_editors_initials_closing_an_agency_story_go_but_a_pair_of_country_codes_stays():
    story = "The allies met in Oslo and agreed to expand their naval drills next year."
    assert clean(f"{story}\n\nab / cd") == (story, ["ab / cd"])
    assert clean(f"The allies met.\n\nROK/USA\n\nThey agreed.")[0] == "The allies met.\n\nROK/USA\n\nThey agreed."


def test_an_agencys_credits_of_reporter_editor_and_filing_time_go():
    story = "The allies met in Oslo and agreed to expand their naval drills next year."
    assert clean(f"{story}\n\nRep: ab1/ Red: Ana Lind\n\nxy/14:05") == (story, ["Rep: ab1/ Red: Ana Lind", "xy/14:05"])


def test_a_sites_line_about_itself_above_the_story_goes():
    blurb = "Your go-to source for news on security, trade and culture from across the Nordic region and beyond."
    story = "Senior officers from Norway and Chile gathered in Oslo to discuss closer naval cooperation in the Arctic."
    assert clean(f"{blurb}\n{story}\nThey agreed to meet again next year in Punta Arenas.")[0] == \
        f"{story}\nThey agreed to meet again next year in Punta Arenas."


def test_an_agencys_credit_after_the_storys_last_sentence_goes_but_the_sentence_stays():
    text, removed = clean("The allies met.\n\nThey agreed to meet again next year, the ministry said. (Example)")
    assert text == "The allies met.\n\nThey agreed to meet again next year, the ministry said." and "(Example)" in removed


def test_a_caption_fragment_standing_alone_goes_but_a_wrapped_line_stays():
    text, _ = clean("The allies met in Oslo.\n\nthe joint news conference\n\nThey agreed to meet again next year\n"
                    "in Oslo, the ministry said.")
    assert text == "The allies met in Oslo.\n\nThey agreed to meet again next year\nin Oslo, the ministry said."


def test_a_headline_said_twice_or_cut_short_is_kept_once():
    raw = ("Outcomes of the ninth meeting of the Example Defense...\n\nOutcomes of the ninth meeting of the Example "
           "Defense Dialogue\n\nOutcomes of the ninth meeting of the Example Defense Dialogue\n\nThe defense ministries "
           "of the two countries held the ninth meeting of the dialogue in Oslo on May 12 and agreed to meet again.")
    assert text_of(raw) == ("Outcomes of the ninth meeting of the Example Defense Dialogue\n\nThe defense ministries of "
                            "the two countries held the ninth meeting of the dialogue in Oslo on May 12 and agreed to "
                            "meet again.")


def test_the_sites_breadcrumb_glued_after_a_headline_goes():
    text, removed = clean("Joint Communique of the Ninth Example Meeting> Department of Defense> Released\n\n"
                          "The two sides met in Oslo on May 3, 2024 and agreed to keep working together.")
    assert text.startswith("Joint Communique of the Ninth Example Meeting\n")


def test_a_short_sentence_said_twice_stays_twice_but_a_paragraph_shown_twice_is_kept_once():
    paragraph = "The two sides met in Oslo and agreed to keep working together on cyber defence."
    raw = (f"Allies hold cyber talks in Oslo\n\n{paragraph}\n\nThey agreed to meet again.\n\nThe talks went well."
           f"\n\nThey agreed to meet again.\n\n{paragraph}")
    assert text_of(raw) == (f"Allies hold cyber talks in Oslo\n\n{paragraph}\n\nThey agreed to meet again.\n\n"
                            "The talks went well.\n\nThey agreed to meet again.")


@pytest.mark.parametrize("line", [
    "Agency | Oslo | Updated: 31-05-2026 22:53 IST | Created: 31-05-2026 22:53 IST",
    "Site Admin | May 2, 2026 8:01 PM | Defence", "\u2013NORPRESS", "ab/cd", "NTB AB CD",
    "(With inputs from NTB)", "Comments are closed.", "Example News Desk Oslo", "Image", "COUNTRY : Norway",
    "14 C", "Last Updated : Sep 22 2026 | 7:45 PM IST", "Copyright Example Recorder, 2026", "Date:", "Left Menu",
    "14 February,2026 05:43 am", "Updated: 30-08-2026 16:59 IST", "Likes Received:", "Messages: 1,204",
    "Error: Content is protected !!",
])
def test_bylines_sign_offs_and_meta_lines_of_news_agencies_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


@pytest.mark.parametrize("line", [
    "WASHINGTON: The two sides met at the Pentagon and agreed to hold the next round in Seoul.",
    "The allies met on 14 February 2026 at 10:00 am.", "NOTE: the two sides will meet again in the spring.",
    "I. Overview", "Security Policy Initiative (SPI)",
])
def test_statement_lines_that_look_like_meta_lines_are_kept(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.")[0] == f"The allies met.\n\n{line}\n\nThey agreed."


@pytest.mark.parametrize("line", [
    "Published Date: 12:00 | 20 January 2026", "Sat, 15 Feb 2026 21:00:16 +0200", "www.example-news.com.ua",
    "News.No", "+ \u21ba \u2212 16 px", "Support us or become our patron",
    "Email This Article Print This Article Print All Articles", "Social Buttons by Example",
])
def test_timestamps_addresses_prompts_and_excerpts_of_other_posts_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


@pytest.mark.parametrize("line", [
    "Sharing is caring!", "Top image via the Ministry of Defence", "Photo by Example Ministry, Wikimedia Commons (CC BY 2.0)",
    "Ministers met in Oslo today. Agreed to hold exercises. pic.twitter.com/Zx9Yw8Vu7T",
    "\u2014 Example Embassy Oslo (@ExampleEmbNo) May 15, 2016", "Hq4Lm7Np2Rs9Tv3Wx6Yz 1",
])
def test_share_prompts_image_credits_embedded_posts_and_widget_ids_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


@pytest.mark.parametrize("line", [
    "Wednesday, May 4", "Friday, the two sides met in Oslo.", "Washington, D.C.",
    "Published on the ministry's website, the statement was welcomed.",
    "The ministers agreed to read more widely the reports of the group.",
])
def test_a_weekday_a_city_or_a_sentence_about_publishing_stays(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.")[0] == f"The allies met.\n\n{line}\n\nThey agreed."


@pytest.mark.parametrize("line", [
    "Korean | English | Japanese | Chinese", "EN | FR", "KOR ENG", "English \u65e5\u672c\u8a9e \ud55c\uad6d\uc5b4",
    "Comments (0)", "Advertisement - Scroll to continue", "AD", "Getty Images", "AFP via Getty Images",
    "Agency/Jane Roe via Getty Images", "Jane Roe | Staff Writer", "Jane Roe is a reporter at Example News.",
    "Accept", "Follow", "Top", "(c) Example News Agency", "Reporting by Jane Roe; Editing by John Doe",
    "Our Standards: The Example Trust Principles.", "Loading...", "Please enable JavaScript to view the comments",
    "*Report by Jane Roe", "Reported by John Doe",
])
def test_language_switchers_ad_labels_photo_credits_and_story_credits_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


@pytest.mark.parametrize("line", [
    "(c) The Ministers agreed to expand exercises;", "Reuters reported that the two sides agreed to meet.",
    "Kim, who is a senior fellow at the institute, said the talks went well.", "ROK", "Top officials met.",
    "Follow-on talks", "Ad Hoc Committee", "Japanese side explained its position.",
    "Report by the Joint Working Group on the border",
])
def test_statement_lines_that_share_words_with_credits_and_menus_stay(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.")[0] == f"The allies met.\n\n{line}\n\nThey agreed."


def test_a_ticker_of_headlines_run_together_does_not_start_the_statement():
    ticker = ("Storm expected to reach the coast by Friday Markets rally as exporters gain ground How will the new "
              "budget change the schools? Festival draws record crowds to the old town Local team wins the cup "
              "after a late goal in extra time Mayor opens the new bridge over the river to traffic")
    raw = (f"Breaking News\n{ticker}\nThe statement below was issued jointly by the two governments.\n"
           "The ministers met in Oslo on May 3 and agreed to deepen their cooperation on maritime security and "
           "to hold the next meeting of the dialogue in the spring of next year in the capital.")
    text = text_of(raw)
    assert text.startswith("The statement below was issued") and "Storm" not in text


def test_a_related_headline_after_the_statement_goes_when_the_page_goes_on():
    raw = ("Allies hold talks\n\nThe two delegations met in Oslo and reviewed their cooperation on cyber defence "
           "over the past year, agreeing to meet again in the spring, according to the statement.\n\n"
           "Security team raises hopes for a rapid policy review\n\n\u00a9 Example News 2026\n\nTerms of use")
    assert text_of(raw).endswith("according to the statement.")


def test_the_last_words_of_a_page_cut_short_stay():
    raw = ("Allies hold talks\n\nThe two delegations met in Oslo and reviewed their cooperation on cyber defence "
           "over the past year, agreeing to meet again in the spring, according to the statement.\n\n"
           "Based on the outcomes of this meeting, the two sides will continue")
    assert text_of(raw).endswith("the two sides will continue")


def test_the_sites_tagline_under_its_name_is_not_the_statements_first_paragraph():
    raw = ("Example Review\n\nMust read\n\nExample Review\n\nEXAMPLE REVIEW \u201cNews for envoys, by envoys\u201d "
           "Reaching out to the world from the capital. The first diplomatic publication of the city, founded by "
           "members of the diplomatic corps in 2010.\n\nTuesday, 13 April 2026, Oslo: The two countries held their "
           "first foreign and security policy consultations, agreeing to meet every year from now on.\n\n"
           "The ministers discussed the security of the region and agreed to deepen their cooperation at sea.")
    text = text_of(raw)
    assert text.startswith("Tuesday, 13 April 2026, Oslo:") and "Reaching out" not in text


def test_a_first_paragraph_that_begins_with_the_ministrys_name_stays():
    raw = ("Ministry of Defence\n\nNews\n\nMinistry of Defence\n\nMinistry of Defence officials met their "
           "counterparts in Oslo on May 3 and agreed to deepen their cooperation on maritime security.\n\n"
           "The two sides will meet again in the spring of next year in the capital of the host country.")
    assert text_of(raw).startswith("Ministry of Defence officials met")


def test_a_sections_description_that_mentions_statements_is_not_the_title_and_the_date_above_the_headline_goes():
    raw = ("Home : Media : News\n\nNews Stories\n\nOfficial statements, announcements, press releases, speeches, "
           "transcripts and media hub, including media questions and the official media query form.\n\n"
           "NEWS | Oct. 3, 2026\n\nAllies Announce New Deterrence Strategy\n\nThe two allies today agreed to "
           "establish a bilateral strategy for deterrence against the threats they face, the ministers said after "
           "their annual meeting in the capital, which also reviewed the transition of wartime command.\n\n"
           "The strategy will create a policy framework within the alliance for deterrence against the threats, "
           "the minister told reporters at a joint press conference after the talks in the capital.")
    doc = read_bytes(raw.encode(), "page.txt")
    assert doc.text.startswith("Allies Announce New Deterrence Strategy\n\nThe two") and doc.published == "2026-10-03"


@pytest.mark.parametrize("line", [
    "Minister A (L) shakes hands with Secretary B before their talks in Oslo on Monday.",
    "Minister A (left) and Secretary B (right) at the ministry", "Minister A (second from left) attends the meeting",
    "Part of: Foreign affairs", "Portfolio: Defence", "Is this page useful?", "Maybe",
    "Report a problem with this page", "Help us improve the site", "Cookies on Example.gov",
    "All content is available under the Open Government Licence v3.0, except where otherwise stated",
    "Media enquiries", "Contact: Press Office +12 345", "Authorised by the Minister for Defence",
    "Go to previous page", "Show all sections", "Page last updated: 3 March 2026",
])
def test_captions_placing_people_and_furniture_of_government_sites_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


@pytest.mark.parametrize("line", [
    "Joint statement", "Office of the Minister for Defence", "Published 21 January 2026", "Transcript",
    "Senator John Doe (R-Texas) said the talks were useful.", "Contacts between the two navies will expand.",
])
def test_labels_issuers_and_date_lines_of_a_release_stay(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.")[0] == f"The allies met.\n\n{line}\n\nThey agreed."


def test_a_short_readout_whose_first_sentence_is_all_names_keeps_it_and_loses_the_site():
    raw = ("U.S. Department of Example\nSearch\nReadout of the Eighth Ruritania-U.S. Defense Policy Dialogue\n"
           "May 12, 2026\nDeputy Assistant Secretary Jane Roe hosted Ruritanian Deputy Minister Ivo Kos for the "
           "eighth Defense Policy Dialogue in Washington.\nThe two officials reaffirmed their shared commitment to "
           "regional security and agreed to expand training.\nThey also discussed maritime domain awareness.\n"
           "Subscribe to Press Releases\nRelated Stories\nSecretary Meets Counterpart\n")
    assert text_of(raw) == ("Readout of the Eighth Ruritania-U.S. Defense Policy Dialogue\nMay 12, 2026\n"
                            "Deputy Assistant Secretary Jane Roe hosted Ruritanian Deputy Minister Ivo Kos for the "
                            "eighth Defense Policy Dialogue in Washington.\nThe two officials reaffirmed their shared "
                            "commitment to regional security and agreed to expand training.\n"
                            "They also discussed maritime domain awareness.")


def test_an_opening_sentence_of_names_right_above_the_body_is_the_statements():
    opening = ("Deputy Minister Ivo Kos, Director General Ana Novak, Rear Admiral Tom Reyes and Colonel Jan Berg "
               "attended the Ninth Ruritania-Freedonia Defense Dialogue in Port Ulric.")
    body = ("The two sides reviewed the security situation in the region and agreed that their cooperation on "
            "maritime security has contributed to the stability of the sea lanes that both of their economies "
            "depend upon, and they decided to expand their exercises next year.")
    raw = f"Menu\nHome\nAbout us\nNews\n{opening}\n{body}\n{body.replace('sea lanes', 'straits')}\n"
    assert text_of(raw).startswith(opening)


def test_a_statement_line_with_markup_in_it_is_not_cut_at_its_angle_bracket():
    line = "The two sides agreed to strengthen <b>combined</b> exercises > training on the Korean Peninsula."
    text, removed = clean(f"Allies meet in Oslo\n\n{line}")
    assert line in text and removed == []


@pytest.mark.parametrize("line", [
    "This is a provisional translation by an external company for reference purpose only.", "Japanese",
    "Press Conferences", "(Video) Press Conference by Foreign Minister A",
    "Foreign Minister A during the Press Conference", "Minister A and Secretary B before the meeting",
])
def test_translation_notes_language_links_and_captions_of_the_moment_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


@pytest.mark.parametrize("line", ["During the meeting, the two sides agreed to expand exercises.",
                                  "Press conference remarks were delivered by the minister."])
def test_sentences_about_the_meeting_and_its_press_conference_stay(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.")[0] == f"The allies met.\n\n{line}\n\nThey agreed."


BODY = ("The two delegations met in Oslo and reviewed their cooperation on cyber defence over the past year, "
        "agreeing to meet again.")
BODY2 = "They also discussed the security situation in the region and the threats that both countries face."


@pytest.mark.parametrize("line", ["Navy chief vows to boost patrols in the north", "Allies to hold drills next month",
                                  "Lawmakers approve new defense budget", "Chile opens new airport built by foreign firm"])
def test_another_storys_headline_between_two_paragraphs_goes(line):
    assert text_of(f"Allies hold talks\n\n{BODY}\n\n{line}\n\n{BODY2}") == f"Allies hold talks\n\n{BODY}\n\n{BODY2}"


@pytest.mark.parametrize("line", ["Maritime Security", "Cooperation in the Pacific", "Next steps for the alliance",
                                  "Future plans for the alliance", "Missile tests in the region and beyond",
                                  "Allies Meet In Seoul For Talks"])
def test_a_sections_heading_between_two_paragraphs_stays(line):
    raw = f"Allies hold talks\n\n{BODY}\n\n{line}\n\n{BODY2}"
    assert text_of(raw) == raw


@pytest.mark.parametrize("line", ["The committee met to review the budget, which the House has [...]",
                                  "An earlier story about the fleet Read More", "How the talks went … more \u00bb"])
def test_the_excerpt_of_another_post_cut_short_with_its_link_goes(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


LEAD = ("The Office of the Deputy Minister hosted the Freedonian Deputy Minister of Defence for the seventh "
        "Ruritania-Freedonia Defence Committee, May 3-4, in Valmora.")


def test_an_aggregators_copy_cut_short_keeps_its_last_paragraph_without_the_mark():
    cut = ("The two delegations had candid conversations. They discussed border security. The talks reaffirmed "
           "the commitment of both countries to defence cooperation between the Ministry of Defence and the […]")
    text, _ = clean(f"{LEAD}\n\n{cut}\n\nClick here to visit source.")
    assert "They discussed border security." in text and "[…]" not in text


def test_a_list_of_other_posts_cut_short_still_goes():
    posts = ["Freedonia buys new frigates. The navy said the ships would arrive in 2028 and […]",
             "Ruritania hosts a summit. Leaders will gather in the capital next week to […]"]
    text, _ = clean(f"{LEAD}\n\n" + "\n\n".join(posts))
    assert text == LEAD


def test_a_dump_of_text_far_longer_than_a_page_is_not_deduplicated():
    paragraph = "The two sides met in Oslo and agreed to keep working together on cyber defence matters."
    text, _ = clean("\n\n".join([paragraph] * 3_500))
    assert text.count(paragraph) == 3_500


@pytest.mark.parametrize("line", [
    "Kim Soo-yeon Reporter", "Reporter Kim Soo-yeon", "Written by: Jane Roe", "The Example Herald", "Example News",
    "5-minute read", "Sign in to comment", "Photo gallery", "Image 1 of 5", "1 / 5",
])
def test_bylines_site_names_and_gallery_counters_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


@pytest.mark.parametrize("line", ["Nuclear Posture Review", "Defense Review", "Japan Defense Agency",
                                  "Security Consultative Meeting"])
def test_names_of_reviews_agencies_and_meetings_stay(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.")[0] == f"The allies met.\n\n{line}\n\nThey agreed."


def test_the_authors_note_and_the_comments_under_a_post_go_with_everything_after_them():
    raw = ("Allies hold cyber talks in Oslo\nPosted by Jane Roe\n"
           "The two delegations met in Oslo on Monday and reviewed their cooperation on cyber defence over the past "
           "year, agreeing to meet again in the spring.\nThey also discussed the security situation in the region "
           "and the threats that both countries face from the north, according to the joint statement.\n"
           "About the author\nJane Roe is a senior fellow at the Example Institute, where she writes about alliances "
           "and defence policy in Europe.\n3 comments\nJohn Doe says:\nGreat analysis of the talks, thanks for "
           "sharing this with all of us here on the blog today.\nReply\n")
    assert text_of(raw).endswith("according to the joint statement.")


def test_a_comments_counter_under_the_headline_does_not_end_the_statement():
    raw = ("Allies hold cyber talks in Oslo\n\nThe two delegations met in Oslo on Monday and reviewed their "
           "cooperation on cyber defence over the past year, agreeing to meet again.\n\nComments (0)\n\n"
           "They also discussed the security situation in the region and the threats that both countries face.")
    assert text_of(raw).endswith("the threats that both countries face.")


@pytest.mark.parametrize("line", ["News & Events > NewsBreaks", "Tuesday June 01, 2026 - 12:32:00 PM",
                                  "Back Index Forward", "Twitter RSS Feed"])
def test_breadcrumbs_pagers_and_weekday_timestamps_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


def test_a_short_headline_with_the_sites_section_after_it_keeps_the_headline():
    text, removed = clean("Joint Statement > News\n\nThe two sides met in Oslo on May 3, 2026 and agreed to meet again.")
    assert text.startswith("Joint Statement\n")


def test_a_ticker_of_headlines_with_a_question_and_colons_does_not_start_the_statement():
    ticker = ("Baseball Live on the Example Sports Radio Network Will the budget pass this week? The council agrees "
              "to close the old bridge Festival organizers unveil a plan for the summer 2026 Playoffs bracket: the "
              "schedule, standings, games, TV channels, time The Beast of College Sports Awakens: Lacrosse Is Back A "
              "popular television presenter has died at the age of 89 The highest-earning athletes in seven sports")
    raw = (f"Breaking News\n\n{ticker}\n\nThe statement below was issued jointly by the two governments.\n\n"
           "The ministers met in Oslo on May 3 and agreed to deepen their cooperation on maritime security and "
           "to hold the next meeting of the dialogue in the spring of next year in the capital.")
    text = text_of(raw)
    assert text.startswith("The statement below was issued") and "Playoffs" not in text


def test_an_aggregators_source_tag_and_a_wire_end_marker_go_but_the_dateline_and_last_sentence_stay():
    raw = ("(EXNEWS- Example News Agency (ENA)) OSLO, May 3 (ENA) -- Officials of the two countries held the second "
           "security and defence dialogue in Oslo on Friday and agreed to meet again next year.\n\n"
           "The dialogue was co-chaired by the two deputy ministers of defence. (end) ab.cd")
    text, removed = clean(raw)
    assert text == ("OSLO, May 3 (ENA) -- Officials of the two countries held the second security and defence dialogue "
                    "in Oslo on Friday and agreed to meet again next year.\n\n"
                    "The dialogue was co-chaired by the two deputy ministers of defence.")
    assert "(EXNEWS- Example News Agency (ENA))" in removed and "(end) ab.cd" in removed


def test_a_crawlers_address_and_placeholder_title_glued_before_the_first_line_go():
    text, removed = clean("archive.example.gov /r/pa/prs/2026/10/263340.htm Unknown Title Media Note Office of the "
                          "Spokesperson The two ministers met in Oslo on May 3, 2026 and agreed to meet again.")
    assert text.startswith("Media Note Office of the Spokesperson The two ministers met")


def test_a_pictures_file_name_and_the_caption_under_it_go():
    raw = ("The two delegations met in Oslo and reviewed their cooperation on cyber defence over the past year.\n\n"
           "z657977586_0169b7f6ec9c6f56ecf (1).jpg\nDeputy Minister A welcomes the Acting Assistant Secretary.\n\n"
           "They agreed to meet again in the spring.\n\nIMG_0516 (1).jpg\nExample Defense Policy Dialogue.")
    assert clean(raw)[0] == ("The two delegations met in Oslo and reviewed their cooperation on cyber defence over the "
                             "past year.\n\nThey agreed to meet again in the spring.")


def test_a_pictures_file_name_with_spaces_in_it_goes():
    raw = "The allies met.\n\n20270504_The Coming Norway-Chile Naval Talks.jpg\n\nThey agreed to meet again."
    assert clean(raw)[0] == "The allies met.\n\nThey agreed to meet again."


def test_a_paragraph_after_a_blank_line_under_a_pictures_file_name_stays():
    raw = "The allies met.\n\nphoto_0516.jpg\n\nDeputy Minister A welcomed the Secretary and agreed to meet again."
    assert clean(raw)[0] == "The allies met.\n\nDeputy Minister A welcomed the Secretary and agreed to meet again."


@pytest.mark.parametrize("line", [
    "Flag of Ruritania", "Distributed by Example, unedited and unaltered, on 10 June 2026 08:31:05 UTC.",
    "06/10/2026 | Press release | Distributed by Example on 06/10/2026 05:55", "(END)", "-- End --",
])
def test_flags_distribution_stamps_and_end_markers_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


@pytest.mark.parametrize("line", ["Distributed by the ministry, the statement was welcomed by the partners.",
                                  "They agreed to work together to the end."])
def test_statement_lines_about_distribution_or_an_end_stay(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.")[0] == f"The allies met.\n\n{line}\n\nThey agreed."


@pytest.mark.parametrize("stamp, published", [("06/10/2026 | Press release | Distributed by Example on 06/10/2026",
                                               "2026-06-10"), ("10.06.2026 Article", "2026-06-10"),
                                              ("Published : 10/06/2026 08:43 PM", "2026-06-10")])
def test_an_aggregators_stamp_in_numbers_dates_the_page(stamp, published):
    raw = (f"{stamp}\n\nOn 10 June, the foreign and defence ministers of the two countries met virtually for the second "
           "round of their consultations and agreed to deepen their cooperation.")
    doc = read_bytes(raw.encode(), "page.txt")
    assert stamp not in doc.text and doc.published == published


def test_a_short_headline_printed_twice_one_under_the_other_is_kept_once():
    raw = ("2026 Example Communique\n\n2026 Example Communique\n\nThe ministers met in Oslo on May 3, 2026 and agreed "
           "to deepen their cooperation on maritime security in the region.")
    assert text_of(raw).count("2026 Example Communique") == 1


def test_a_documents_status_stamp_glued_before_its_title_and_where_each_page_broke_goes():
    text, removed = clean("As Of 0200, 7 NOV The Ninth Example Meeting Joint Communique November 7, 2026, Oslo "
                          "1. The ninth meeting was held in Oslo.\nThey pledged to keep working as one As Of 0200, "
                          "7 NOV toward lasting stability on the peninsula.")
    assert text == ("The Ninth Example Meeting Joint Communique November 7, 2026, Oslo 1. The ninth meeting was held in "
                    "Oslo.\nThey pledged to keep working as one toward lasting stability on the peninsula.")
    assert removed == ["As Of 0200, 7 NOV"]


def test_the_source_named_alone_in_capitals_under_the_last_sentence_goes():
    raw = ("The two defence ministers met in Oslo on Thursday and agreed to advance cooperation between their "
           "forces.\n\nThe ministers confirmed that they will work together on maritime security.\n\nEXN")
    assert text_of(raw).endswith("work together on maritime security.")


CAPTION = "Minister A and Secretary B review the honor guard at the ministry in Port Ulric."
PARAGRAPHS = ["The defense chiefs of the two countries agreed on Tuesday to expand the scope of their combined exercises "
              "and to hold the next round of their dialogue in the autumn, the ministry said.",
              "The two sides also reaffirmed their commitment to deterrence against the northern threat and discussed "
              "ways to share missile warning data in real time, according to the ministry.",
              "The ministers pledged to continue close consultation on the transition of wartime command."]


def test_a_caption_repeated_under_each_picture_goes_everywhere():
    raw = "\n".join(["Allies agree to expand drills", CAPTION, PARAGRAPHS[0], CAPTION, PARAGRAPHS[1], CAPTION,
                     PARAGRAPHS[2]])
    assert text_of(raw) == "\n".join(["Allies agree to expand drills", *PARAGRAPHS])


def test_a_summary_the_page_shows_three_times_above_the_body_keeps_one():
    raw = "\n".join(["Allies agree to expand drills", CAPTION, CAPTION, CAPTION, *PARAGRAPHS])
    assert text_of(raw).count(CAPTION) == 1


def test_a_korean_blogs_chrome_and_translation_go_around_the_english_statement_and_its_stamp_dates_it():
    english = ["Joint Press Statement for the 30th Example Integrated Defense Dialogue",
               "The two ministries held the 30th Integrated Defense Dialogue in Port Ulric on May 2.",
               "Both sides renewed their pledge to the alliance and agreed to keep building up their joint "
               "defense readiness against the northern threat."]
    raw = "\n".join(["본문 바로가기", "블로그", "카테고리 이동", english[0], "국방지기", "2026. 5. 3. 14:22", "이웃추가",
                     *english, "제30차 통합국방협의체 공동보도문", "양국 국방부는 제30차 통합국방협의체를 개최하였다.",
                     "공감 3", "댓글 0", "공유하기"])
    doc = read_bytes(raw.encode(), "page.txt")
    assert doc.text == "\n".join(english) and doc.published == "2026-05-03"


def test_an_issuer_left_before_a_separator_goes_though_its_name_has_dots():
    assert clean("The allies met.\n\nU.S. Department of Example | .\n\nThey agreed.")[0] == "The allies met.\n\nThey agreed."


@pytest.mark.parametrize("line", [
    "Legal Disclaimer:", "EXNEWS provides the information \u201cas is\u201d without warranty of any kind.",
    "EXNEWS01122026000071011013ID1107523433", "==Example", "10.06.2026 Article", "Pressemitteilung",
    "Example Office published this content on 10 June 2026 and is solely responsible for the information contained "
    "therein.",
    "Example Office published this content on 10 June 2026 and is solely responsible for the information contained "
    "therein. Distributed by Example Wire on 10 June 2026.",
])
def test_notes_story_numbers_and_sign_offs_of_aggregators_and_wires_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


@pytest.mark.parametrize("line", ["The Ministry published this content on its website.", "NATO", "ROK2026 plans"])
def test_statement_lines_about_publishing_and_acronyms_stay(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.")[0] == f"The allies met.\n\n{line}\n\nThey agreed."


def test_the_sites_date_above_the_headline_goes_but_still_dates_the_page():
    raw = ("September 30, 2026\n\nAllies discuss how their forces will deter the north\n\nDefense officials of the two "
           "countries met in Oslo this week to discuss how their conventional forces will coordinate with each other, "
           "the ministry said on Monday.\n\nThe biannual dialogue took place as the allies look to update their "
           "strategy by the end of this year.")
    doc = read_bytes(raw.encode(), "page.txt")
    assert doc.text.startswith("Allies discuss how") and doc.published == "2026-09-30"


def test_a_date_line_under_the_title_stays():
    raw = ("Joint Statement of the Ninth Example Consultations\n\nSeptember 30, 2026\n\nThe ministers of the two "
           "countries met in Oslo on September 29 and agreed to deepen their cooperation on maritime security in the "
           "region and beyond.")
    assert text_of(raw).startswith("Joint Statement of the Ninth Example Consultations\n\nSeptember 30, 2026\n\n")


@pytest.mark.parametrize("stamp", ["4 Jun, 2026", "Today: Thursday, 4 June 2026 year", "Thu, Jun 4, 2026 | 09:30"])
def test_a_news_sites_date_under_its_headline_goes_but_still_dates_the_page(stamp):
    raw = (f"Norway and Chile agree to widen naval drills at Oslo talks\n\n{stamp}\n\nThe defence ministers of Norway "
           "and Chile met in Oslo on Wednesday and agreed to widen their naval drills to the southern ocean next year.\n\n"
           "The two ministers also discussed the security of sea lanes and the training of their officers, the ministry "
           "said after the talks.\n\nMore news\n\nStorm hits the coast")
    doc = read_bytes(raw.encode(), "page.txt")
    assert doc.text.startswith("Norway and Chile agree to widen naval drills at Oslo talks\n\nThe defence ministers")
    assert doc.published == "2026-06-04"


def test_the_date_under_a_headline_dates_the_page_rather_than_the_sites_date_of_the_day():
    raw = ("Saturday, 6 June 2026\nHome\nWorld\nPolitics\n\nNorway and Chile agree to widen naval drills at Oslo talks\n\n"
           "4 Jun, 2026\n\nThe defence ministers of Norway and Chile met in Oslo on Wednesday and agreed to widen their "
           "naval drills to the southern ocean next year.\n\nThe two ministers also discussed the security of sea lanes "
           "and the training of their officers, the ministry said after the talks.\n\nMore news\n\nStorm hits the coast")
    doc = read_bytes(raw.encode(), "page.txt")
    assert doc.text.startswith("Norway and Chile agree") and doc.published == "2026-06-04"


def test_a_sentence_the_page_was_cut_in_stays_after_a_pictures_caption_went():
    raw = (f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\nIMG_0516 (1).jpg\nExample Defense Policy Dialogue.\n\n"
           "The Ruritanian Ministry of Nation")
    assert text_of(raw).endswith(f"{PARAGRAPHS[1]}\n\nThe Ruritanian Ministry of Nation")


@pytest.mark.parametrize("line", [
    "POST COMMENTS (0)", "View comments (12)", "Main Body", "Article Content",
    "Example Agency, September 23, 2026 Adjust font size:",
    "(EXNEWS) \u2013 mer 11 maggio 2026 You are subscribed to Press Releases for the Example Ministry. "
    "This information has recently been updated, and is now available.",
])
def test_publication_stamps_widgets_and_mailing_list_notices_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


@pytest.mark.parametrize("line", [
    "Published on the eve of the talks, the plan sets out goals for 2027.", "Ruritania | Freedonia",
    "The ministers agreed to adjust the size of the combined force.", "The sides posted on their websites a statement.",
    "Main body of the fleet", "Content of the talks",
])
def test_statement_lines_about_publishing_sizes_and_pairs_stay(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.")[0] == f"The allies met.\n\n{line}\n\nThey agreed."


@pytest.mark.parametrize("line, date, widgets", [
    ("Fri, 17 Dec 2026   |  Reading Time: < 1 minute", "Fri, 17 Dec 2026", ["Reading Time: < 1 minute"]),
    ("NEWS | Oct. 3, 2026", "Oct. 3, 2026", ["NEWS"]), ("Mar 3, 2026 \u00b7 5 min read", "Mar 3, 2026", ["5 min read"]),
])
def test_a_meta_line_of_a_date_and_widgets_keeps_only_its_date(line, date, widgets):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == (f"The allies met.\n\n{date}\n\nThey agreed.", widgets)


def test_a_publication_date_above_the_title_goes_but_still_dates_the_page():
    raw = ("Published on November 10, 2026\n\nJoint Communique of the Second Example Senior Level Group\n\n"
           "London, November 9, 2026\n\nThe senior level group of the two countries met today in London and reviewed "
           "the progress of their defence cooperation since its first meeting in the summer.\n\nThe parties also "
           "discussed the situation in the region and the threat from attacks on their networks.")
    doc = read_bytes(raw.encode(), "page.txt")
    assert doc.text.startswith("Joint Communique of the Second") and "Published" not in doc.text
    assert doc.published == "2026-11-10"


def test_a_widget_under_the_sites_section_in_quotes_goes_with_its_long_headlines():
    widget = ('"World" MOST POPULAR\n\nGovernor Says Rebels Would Cut Off Supply Lines in Northern Crisis, Official '
              'Allegedly Says in Online Post\n\nCapital to Sign Agreement on Shipbuilding Cooperation as Delegation Visits Port')
    assert text_of(f"Allies hold talks\n\n{BODY}\n\n{BODY2}\n\n{widget}") == f"Allies hold talks\n\n{BODY}\n\n{BODY2}"
    assert clean(f"The allies met.\n\nThey agreed.\n\n{widget}") == (
        "The allies met.\n\nThey agreed.", [line for line in widget.split("\n") if line])


def test_headings_in_a_row_that_end_the_page_are_a_menu_but_one_the_page_was_cut_after_stays():
    raw = (f"Allies hold talks\n\n{BODY}\n\nOutcomes\n\n{BODY2}\n\nConclusion\n\nThe allies reaffirmed their commitment "
           "to shared security goals and expect to align their timelines at the next meeting.")
    assert text_of(raw + "\n\nLearning\n\nThe Archive") == raw
    assert text_of(raw + "\n\nNext Steps") == raw + "\n\nNext Steps"


def test_another_storys_headline_as_a_list_item_after_the_last_paragraph_goes_but_the_statements_items_stay():
    raw = f"Allies hold talks\n\n{BODY}\n\n{BODY2}"
    assert text_of(raw + "\n\n  \u2022 Ruritania, Freedonia agree to widen drills\n\nMost Popular\n\nStorm hits coast") == raw
    items = "\n\n- Agree to expand the combined exercises next year\n\n- Welcome the new liaison office in Oslo"
    assert text_of(raw + items) == raw + items
    last = "\n\n- Both sides welcome the new liaison office in Oslo"  # the statement's last item: no page after it
    assert text_of(raw + last) == raw + last


def test_a_reposters_tag_glued_after_the_last_sentence_goes_when_it_ends_in_the_sites_name():
    last = "The co-chairs offered to host the next meeting of the board in Oslo in 2027."
    head = f"This post was originally published on this site\n\nExample Agency News\n\n{BODY}\n\n"
    tag = " Readout of the 9th Meeting of the U.S. \u2013 Example Joint Board Example Agency News"
    text, removed = clean(head + last + tag)
    assert text.endswith(last) and tag.strip() in removed
    cut = " Readout of the 9th Meeting of the U.S. \u2013 Example Joint Board on"
    assert clean(head + last + cut)[0].endswith(last + cut)


@pytest.mark.parametrize("label", ["Läs artikel", "Lire la suite", "Weiterlesen", "Read the full statement"])
def test_a_links_label_glued_after_the_last_sentence_goes_and_the_sentence_stays(label):
    raw = f"{BODY}\n\n{BODY2} {label}"
    assert clean(raw) == (f"{BODY}\n\n{BODY2}", [label])


def test_the_pages_date_right_above_a_statement_without_a_title_goes_but_still_dates_the_page():
    body = ("The Secretaries of the two countries met in Valmora on March 12, 2026 for the second ministerial dialogue "
            "and reviewed the progress of the alliance since their last meeting.\n\nThe Ministers reaffirmed their "
            "commitment to the alliance and agreed on new common strategic objectives for the coming years.")
    doc = read_bytes(f"MENU\n\n12 March 2026\n\n{body}".encode(), "page.txt")
    assert doc.text == body and doc.published == "2026-03-12"


def test_a_lead_quoted_short_at_the_top_of_a_page_stays_without_its_elision_mark():
    text = text_of("The Ruritania-Freedonia Council met today for the first time at the level of Foreign Ministers, "
                   "to deepen the relationship. […]\n"
                   "Ministers took stock of the support package and endorsed a work programme for 2027.\n")
    assert text.startswith("The Ruritania-Freedonia Council met today") and "[…]" not in text


CO_AUTHORS = ("Twelfth Ruritania-Freedonia 2+2 Consultations\n\n  \u2022 Joint statement with:\n"
              "  \u2022 His Excellency Mr Varga Alma, Minister for Foreign Affairs of Ruritania\n"
              "  \u2022 The Hon Tomas Brenn MP, Minister for Defence of Freedonia\n\n")


def test_the_ministers_a_release_is_issued_with_go_when_the_statement_names_them_again():
    body = ("1. H.E. Mr. VARGA Alma, Minister for Foreign Affairs of Ruritania, and the Hon Tomas Brenn MP, Minister for "
            "Defence of Freedonia, met in Valmora on 5 September 2026 for the twelfth consultations.\n\n2. Ministers "
            "recognised the importance of the relationship in promoting a peaceful, stable and prosperous region.")
    text = text_of(CO_AUTHORS + body)
    assert text == "Twelfth Ruritania-Freedonia 2+2 Consultations\n\n" + body


def test_the_ministers_a_release_is_issued_with_stay_when_only_the_list_names_them():
    body = ("1. At the twelfth consultations, Ministers reflected on the strength of the partnership between the two "
            "countries in promoting a rules-based order in the region.\n\n2. Ministers reaffirmed the shared values "
            "that underpin the relationship and agreed to publish a report on their joint initiative.")
    text = text_of(CO_AUTHORS + body)
    assert "Varga Alma, Minister for Foreign Affairs" in text and "Tomas Brenn MP" in text and "with:" not in text


def test_a_long_title_right_under_a_pagers_link_is_not_taken_for_one_of_its_links():
    title = ("Joint Statement of the Ninth Ruritania-Freedonia Security Consultative Meeting on Defence Cooperation in "
             "Valmora")
    raw = f"Next article\n\n{title}\n\n{BODY}\n\n{BODY2}"
    assert text_of(raw) == f"{title}\n\n{BODY}\n\n{BODY2}"


@pytest.mark.parametrize("line", [
    "Pentagon Spokesman Lt. Col. Ann Roe provided the following readout:",
    "The following is attributable to Spokesperson Ola Berg:",
    "The whole text is available online.",
    "The full communique can be found here",
    "Foreign Minister Berg stating in the meeting",
    "Left to right: Minister Ola Berg (Norway) with Secretary General Ann Roe",
    "Gallery contains 6 images",
])
def test_a_readouts_introduction_a_pointer_to_the_full_text_and_a_caption_go(line):
    assert clean(f"{line}\n\n{BODY}\n\n{BODY2}") == (f"{BODY}\n\n{BODY2}", [line])


@pytest.mark.parametrize("line", [
    "Defence Minister Ola Berg, left, and his Freedonian counterpart Ann Roe at a joint press conference on Monday.",
    "General Tran Van Minh and the delegates in a joint photo.",
    "Ruritania-Freedonia Defence Ministerial Meeting (PDF)",
    "Joint Statement of the Ninth Consultations (PDF, 240KB)",
    "Ministry of Defense Ruritania",
    "To serve you better we use small files called cookies, which your browser stores on your device.",
])
def test_captions_placing_people_a_link_to_the_file_the_ministrys_name_and_a_cookie_notice_go(line):
    assert clean(f"{line}\n\n{BODY}\n\n{BODY2}") == (f"{BODY}\n\n{BODY2}", [line])


@pytest.mark.parametrize("line", [
    "Minister Ola Berg and Minister Ann Roe speak during a press conference in Valmora, Source: AAP",
    "VALMORA, MAYO 3. Reunión de Ministros de Defensa de Ruritania y Freedonia. Foto: AGENCIA/Ana Ruiz",
    "Ruritanian Forces Press Service",
    "Fri. Sep 20th, 2024",
    "the ministers said that...Request free trial",
])
def test_credits_a_press_service_a_date_bar_and_a_paywall_prompt_go(line):
    assert clean(f"{line}\n\n{BODY}\n\n{BODY2}") == (f"{BODY}\n\n{BODY2}", [line])


@pytest.mark.parametrize("line", [
    "Welcome to the Forum! A community of readers. Join the community: Create a free account Support the site",
    "Link to post",
    "Welcoming ceremony for Freedonian Minister of Defense Ann Roe",
    "Meetings of the Defence Ministers in Valmora - Official Family Portrait",
    "More information on the meeting is available on the websites of the Ruritanian Government and its ministries.",
])
def test_a_forums_banner_a_visits_ceremony_its_family_portrait_and_a_pointer_to_more_go(line):
    assert clean(f"{line}\n\n{BODY}\n\n{BODY2}") == (f"{BODY}\n\n{BODY2}", [line])


@pytest.mark.parametrize("line", [
    "A handout photo made available by the Ministry of Defence shows Minister A (L) shaking hands with Secretary B (R) "
    "before their talks in Oslo, 3 May 2027. (Agency/Ministry of Defence/Handout)",
    "Minister A met his Polish counterpart in Oslo [Getty/archive]",
    "Minister A and Minister B walk to their seats before the talks in Oslo on the morning of the 3rd. /Agency",
    "An overview of the fifth Example Defence Dialogue.__Photo: example.vn |",
    "Looking to read the full article?",
])
def test_wire_captions_credits_and_paywall_prompts_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


@pytest.mark.parametrize("line", [
    "The exercise shows the strength of the alliance, the minister said.",
    "The ministers reviewed progress on the joint staff talks / and agreed to meet again.",
])
def test_a_sentence_that_mentions_shows_or_a_slash_stays(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.")[0] == f"The allies met.\n\n{line}\n\nThey agreed."


@pytest.mark.parametrize("raw, kept", [
    ("OSLO, May 3. /AGENCY/. The Norwegian minister met his Polish counterpart.",
     "OSLO, May 3. The Norwegian minister met his Polish counterpart."),
    ("OSLO. NORDINFORM Foreign Minister A met Minister B.", "OSLO. Foreign Minister A met Minister B."),
    ("Example News/ The two countries concluded their dialogue.", "The two countries concluded their dialogue."),
])
def test_a_wires_name_inside_the_dateline_goes_and_the_place_and_date_stay(raw, kept):
    assert clean(f"{raw}\n\nThey agreed.")[0] == f"{kept}\n\nThey agreed."


def test_a_wires_sign_off_after_the_last_sentence_goes():
    assert clean("The council met in Muscat.\n\nThey agreed to meet in December. — ONA")[0] == \
        "The council met in Muscat.\n\nThey agreed to meet in December."


def test_a_retired_ranks_r_is_no_place_in_a_picture_and_a_datelines_outlet_goes():
    text, removed = clean("OSLO, (Example / Nordic Wire - 16th Feb, 2024) The 18th round of the dialogue was held "
                          "here, where Norway's delegation was led by Lieutenant General (R) Ola Berg.\n\nThey agreed.")
    assert text == ("OSLO, 16th Feb, 2024 – The 18th round of the dialogue was held here, where Norway's delegation "
                    "was led by Lieutenant General (R) Ola Berg.\n\nThey agreed.")
    assert removed == ["Example / Nordic Wire"]


@pytest.mark.parametrize("line", [
    '<image>data:image/svg+xml;base64,PHN2Zz4=" alt="Ministers meet"</image>',
    "zdjęcie - Norwegian-Polish talks",
    "Deputy Minister Ola Berg at the talks in Oslo. NTB/PAP Photo",
])
def test_image_markup_photo_labels_agency_photo_credits_and_section_labels_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


def test_a_players_fallback_text_glued_to_the_headline_goes():
    assert clean("Norway and Poland Hold Defence Talks Your browser does not support the audio element.\n\n"
                 "The allies met.")[0] == "Norway and Poland Hold Defence Talks\n\nThe allies met."


def test_text_copied_at_an_uneven_width_keeps_its_lead_and_its_short_lines():
    raw = ("Seventh Norway-Chile Bilateral\n"
           "Strategic Dialogue Joint Statement 2026.03.18\n"
           "Norway and the Republic of Chile held the seventh Bilateral Strategic Dialogue (BSD) on March 17-18,\n"
           "2026, in Oslo. The annual\n"
           "dialogue supported and reinforced the partnership across a broad range of shared\n"
           "values, interests, and priorities. The\n"
           "Dialogue was co-chaired by the Deputy Foreign Minister of Norway and the Under Secretary\n"
           "of Foreign Affairs of Chile. Discussions reaffirmed shared commitment to\n"
           "strengthening the partnership, in terms of ensuring both countries' security\n"
           "and jointly contributing to regional peace, stability, and prosperity.\n"
           "On the occasion of the BSD, the two sides reaffirmed their commitment to\n"
           "the Defence Cooperation Agreement of 1998, as\n"
           "articulated in the 2011 Oslo Declaration\n"
           "and more recently in the Enhanced Defence\n"
           "Cooperation Agreement (EDCA). They\n"
           "noted agreement on five EDCA locations encompassing portions of the\n"
           "following facilities and areas: the naval base, the air base and the\n"
           "training ground, and discussed next steps for implementation\n"
           "of the EDCA. The two sides discussed\n"
           "proposals to support the efforts of both navies to\n"
           "modernize their fleets and develop capacity for maritime security and domain\n"
           "awareness, and provide rapid humanitarian assistance.\n")
    text, _ = clean(raw)
    assert "held the seventh Bilateral Strategic Dialogue" in text and "2026, in Oslo. The annual" in text
    assert "Cooperation Agreement (EDCA). They" in text


def test_other_stories_teasers_cut_off_by_an_ellipsis_go_with_their_headlines():
    text = text_of("Harbour festival opens with fireworks at Port Royal Marina\n\n"
                   "The annual harbour festival opened with a fireworks show that...\n\n"
                   "City council votes on new tram line\n\n"
                   "The council met on Monday to vote on the long-delayed tram line, which...\n\n"
                   "Ruritania and Freedonia held their strategic dialogue in Zenda on March 15, 2026.\n\n"
                   "The two sides agreed to expand their border cooperation.")
    assert text.startswith("Ruritania and Freedonia held") and "fireworks" not in text and "tram" not in text


def test_one_paragraph_that_trails_off_is_the_statements_own():
    text = text_of("Ruritania and Freedonia held their strategic dialogue in Zenda on March 15, 2026.\n\n"
                   "The two sides agreed to expand their border cooperation, and more...")
    assert text.endswith("and more...")


@pytest.mark.parametrize("line", ["Adapted from Example Wire", "Fonte notizia: Press Bureau of Ruritania",
                                  "Ola Berg and Kari Lund Source: Ministry of Defence", "JPEG - 12.8 kb"])
def test_where_a_repost_came_from_a_captions_source_and_an_images_size_are_chrome(line):
    text = text_of("Ruritania and Freedonia held their strategic dialogue in Zenda on March 15, 2026.\n\n"
                   f"{line}\n\nThe two sides agreed to expand their border cooperation.")
    assert line not in text and "agreed to expand" in text


def test_what_follows_a_wires_end_mark_is_other_stories_and_goes():
    raw = ("Norway, Chile hold defence dialogue\n\n"
           "OSLO, May 3 (ENA) -- Norway and Chile held their fourth defence dialogue in Oslo on Friday and agreed to "
           "widen naval drills in the coming year.\n\n(END)\n\n-\n\nSinger's new album to be led by 'Northern Lights'\n\n"
           "-\n\nFishing fleet returns with a record catch")
    text = text_of(raw)
    assert text.endswith("agreed to widen naval drills in the coming year.") and "album" not in text


def test_a_byline_glued_before_the_first_words_goes_and_its_date_stays_on_a_line_of_its_own():
    text, removed = clean("first_imgBy Ana Rojas/Example Wire October 03, 2027 Norway and Chile will open two border "
                          "posts, as agreed at their border talks.")
    assert text == "October 03, 2027\nNorway and Chile will open two border posts, as agreed at their border talks."
    assert "first_imgBy Ana Rojas/Example Wire" in removed


def test_a_page_stamp_glued_before_the_dateline_dates_the_page_and_the_dateline_opens_the_story():
    doc = read_bytes("Chile, Norway to train together\n(Example Wire)\nUpdated: 2027-03-02 09:14 OSLO: Chile and Norway "
                     "agreed here on Tuesday to train their navies together. Ola Lund, head of the Norwegian navy, said "
                     "the drills would start in May.".encode(), "page.txt")
    assert doc.published == "2027-03-02" and "\nOSLO: Chile and Norway agreed here" in doc.text


def test_a_teaser_of_body_sentences_glued_together_above_the_story_goes():
    text, removed = clean("Norway, Chile talk border security\n\nOfficers of both navies were also part of the "
                          "talks.The two sides also talked about polar expeditions, the ministry said.\n\nBorder "
                          "security was the main issue at talks between Norway and Chile in Oslo on Thursday.\n\n"
                          "Officers of both navies were also part of the talks.\n\nThe two sides also talked about "
                          "polar expeditions, the ministry said.")
    assert "talks.The two sides" not in text and text.count("Officers of both navies") == 1


def test_a_caption_of_two_ministers_standing_before_their_talks_goes_from_above_the_story():
    caption = ("Defence Minister Ola Lund and his Chilean counterpart Juan Soto stand in front of a patrol boat built in "
               "Chile before their talks at the naval base in Bergen on Monday.")
    text, removed = clean("Norway and Chile to build boats together\n\nPool via Example Wire\n\n" + caption + "\n\n"
                          "BERGEN (Example Wire) — Defence Minister Ola Lund and his Chilean counterpart Juan Soto agreed on "
                          "Monday to build patrol boats together.")
    assert caption in removed and text.endswith("agreed on Monday to build patrol boats together.")


def test_two_sides_that_stand_in_solidarity_say_so_in_the_story():
    line = ("Norway and Chile stand in solidarity with the people of the islands hit by the storm and will send aid "
            "ships within the week, the ministers said.")
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.")[0] == f"The allies met.\n\n{line}\n\nThey agreed."


@pytest.mark.parametrize("line", ["Warning: Undefined variable $post in /srv/www/site/wp-content/themes/x/single.php on line 88",
                                  "Notice: Trying to get property of non-object in /home/site/public_html/index.php on line 12",
                                  "Warning: count() expects an array in /va"])
def test_a_servers_error_message_printed_into_the_page_goes(line):
    text, removed = clean("Talks held\n\nNorway and Chile met in Oslo on Monday and agreed to train together.\n\n"
                          + line + "\n\nThey will hold the next round in Santiago.")
    assert line in removed and "the next round in Santiago" in text


def test_a_wires_end_mark_and_slugged_sign_off_go_and_the_last_sentence_stays():
    assert text_of("Talks held\n\nThe allies met in Vaasa.\n\nThey agreed to share radar data. Enditem") \
        .endswith("They agreed to share radar data.")
    assert text_of("Talks held\n\nThe allies met in Vaasa.\n\nThey agreed to share radar data.\n\n- XNA/ab") \
        .endswith("They agreed to share radar data.")


@pytest.mark.parametrize("line", ["1,204 views Politics 0", "Scroll to load tweet", "Add Example News as a preferred source",
                                  "Norway,Defence Minister of Norway,Oslo,Security"])
def test_view_counters_embed_prompts_and_tag_lists_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


def test_a_sentence_with_its_commas_spaced_is_no_tag_list():
    text = "The ministers of Norway, Poland, Chile and Peru met in Oslo, Bergen and Tromso."
    assert clean(f"The allies met.\n\n{text}")[0] == f"The allies met.\n\n{text}"


def test_a_ministers_video_call_title_stays_and_the_pages_date_and_the_issuers_name_under_it_go():
    raw = ("Ruritania-Freedonia Defense Ministers' Video Call\n\nApril 2, 2027\nRuritania Ministry of Defense\n"
           "in Ruritanian\n\nOn April 2, 2027, Minister ABE Kenji held a video call with Minister Lund of Freedonia. "
           "The two ministers talked about regional security and agreed to stay in close contact.")
    doc = read_bytes(raw.encode(), "page.txt")
    assert doc.text.startswith("Ruritania-Freedonia Defense Ministers' Video Call\n\nOn April 2, 2027")
    assert "Ruritania Ministry of Defense" not in doc.text and doc.published == "2027-04-02"


RELEASE_WITH_LABEL = """Minister Kari Lund Meets with Chilean Minister of Defence Ana Soto

News releases

May 4, 2026 – Bergen, Norway – Ministry of Defence

Building on their earlier talks, Minister Kari Lund met today with Chilean Minister of Defence Ana Soto to discuss \
naval training and Arctic research. Minister Lund reiterated Norway's support for a rules-based order at sea.

The two ministers also agreed to exchange cadets from next year.

- 30 -

Contacts
Media Relations
"""


def test_a_headline_above_a_section_label_and_a_release_line_stays_with_them():
    kept = text_of(RELEASE_WITH_LABEL)
    assert kept.startswith("Minister Kari Lund Meets with Chilean Minister of Defence Ana Soto")
    assert "May 4, 2026 – Bergen, Norway" in kept
    assert "News releases" not in kept and "Contacts" not in kept


def test_the_city_of_a_release_line_that_opens_on_its_date_is_where_the_talks_were(extract_text):
    rec = extract_text(RELEASE_WITH_LABEL)
    assert rec.meeting.venue == "Bergen" and rec.meeting.parties == ["CHL", "NOR"]


ARCHIVED_STORY = """Premium
This is an archive article published on March 3, 2009

Norway, Chile hold first defence talks

Oslo: Norway and Chile held their first defence talks on Monday and agreed to train together, the ministry said. {{^adFree}} {{/adFree}}

Keep Reading

The two sides also discussed Antarctic logistics and search and rescue at sea.

Check Also

Six Things to Know About the Arctic Council
"""


def test_archive_notices_widget_labels_and_template_tags_go_and_the_story_stays():
    kept = text_of(ARCHIVED_STORY)
    for chrome in ("archive article", "{{", "Keep Reading", "Check Also", "Six Things to Know"):
        assert chrome not in kept
    assert "agreed to train together" in kept and "Antarctic logistics" in kept


@pytest.mark.parametrize("line", [
    "The Example Courier has covered the fjords for fifty years. Keep our journalism afloat by joining our readers "
    "in supporting independent, prize-winning reporting.",
    "Destek için", "Partager cet article", "Compartir", "Ministers at the talks in Oslo, May 3, 2026. \u2014 Agency pic",
])
def test_appeals_for_a_sites_journalism_foreign_share_labels_and_dash_credited_captions_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


@pytest.mark.parametrize("line", [
    "The ministers agreed to support independent reporting on the exercises.",
    "The two sides will share the costs \u2014 and the photos.",
])
def test_statement_lines_about_reporting_or_sharing_stay(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.")[0] == f"The allies met.\n\n{line}\n\nThey agreed."


def test_a_news_apps_promotion_ends_the_statement():
    lead = "The defence ministers of Norway and Chile met in Oslo on Tuesday and agreed to hold a naval exercise."
    text, removed = clean(f"{lead}\n\nSwipe. Select. Stay informed.\n"
                          "Norway Ferry strike delays commuters\nChile Ten schools to hold a ballot")
    assert text == lead


@pytest.mark.parametrize("tail", ["Yonhap", "REUTERS", "—MOLDE, Norway (XNA)", "///Xyz, 20 May 2026"])
def test_a_wire_or_site_sign_off_glued_after_the_last_sentence_is_taken_off(tail):
    body = "They agreed to meet again in Santiago to review the plans of the coming year."
    assert clean(f"The allies met in Oslo.\n\n{body} {tail}") == (f"The allies met in Oslo.\n\n{body}", [tail])


def test_a_last_sentence_that_ends_in_a_name_keeps_it():
    text = "The allies met in Oslo.\n\nThey chose Chile to host the next round. The round will be chaired by Norway"
    assert clean(text)[0] == text


@pytest.mark.parametrize("line, kept, credit", [
    ("OSLO, Norway (NTBX) — The Norwegian government says the talks went well.",
     "OSLO, Norway – The Norwegian government says the talks went well.", "NTBX"),
    ("Oslo, DC (Fjord.News) The Ministry released the following statement:",
     "Oslo, DC – The Ministry released the following statement:", "Fjord.News"),
    ("Oslo, DC—(FJORDWIRE)—March 3, 2027.  Officials from Norway and Chile met in Oslo.",
     "Oslo, DC – March 3, 2027.  Officials from Norway and Chile met in Oslo.", "FJORDWIRE"),
    ("(Fjord News) – Defence Minister Ola Berg met his Chilean counterpart.",
     "Defence Minister Ola Berg met his Chilean counterpart.", "Fjord News"),
    ("NTB/FW—The 6th defence dialogue between Norway and Chile took place in Oslo.",
     "The 6th defence dialogue between Norway and Chile took place in Oslo.", "NTB/FW"),
    ("OSLO (Fjord News / Wire - 13th May, 2027) Norway's deputy minister met her Chilean counterpart.",
     "OSLO 13th May, 2027 – Norway's deputy minister met her Chilean counterpart.", "Fjord News / Wire"),
    ("Nordic-Press – Norway. Norway and Chile agreed to patrol the fjords together.",
     "Norway and Chile agreed to patrol the fjords together.", "Nordic-Press – Norway."),
    ("FJORDNET - NTB) Oslo, April 2 (NTB) The 7th Norway-Chile dialogue took place.",
     "Oslo, April 2 – The 7th Norway-Chile dialogue took place.", "FJORDNET - NTB)"),
    ("Valmora, Mar 4 (NTBX) The ministers of Norway and Chile agreed to train together.",
     "Valmora, Mar 4 – The ministers of Norway and Chile agreed to train together.", "NTBX"),
])
def test_a_sites_or_wires_credit_in_the_dateline_goes_and_the_city_and_date_stay(line, kept, credit):
    text, removed = clean(f"Ministers meet\n\n{line}\n\nThey agreed to hold drills in May.")
    assert text.split("\n\n")[1] == kept
    assert credit in " ".join(removed)


def test_an_office_with_its_acronym_at_the_start_of_a_sentence_is_no_credit():
    line = "Defence Minister Ola Berg (DM) met his Chilean counterpart in Oslo."
    assert clean(f"Ministers meet\n\n{line}\n\nThey agreed.")[0].split("\n\n")[1] == line


def test_a_closing_sentence_of_names_and_titles_stays_though_the_page_was_cut_after_it():
    text = ("Norway and Chile have deepened their naval cooperation, with a key meeting of their joint defence committee "
            "held in Arica from 3 to 5 March 2027.\n"
            "This meeting follows the committee's sixth round in Oslo, held in May 2026, which focused on the patrol of "
            "the southern sea lanes and on the training of junior officers in both navies.\n"
            "Rear Admiral Per Lund, head of Norway's naval staff, highlighted the importance of the joint exercises for "
            "the security of the sea lanes that both countries depend on.\n"
            "Commodore Ana Rojas, Chief of Plans at the Chilean Navy Headquarters, emphasized the value of the exchange "
            "of officers between the two navies over the past year.\n"
            "Captain Pedro Soto, Commander of Chile's Third Naval Zone, reaffirmed Chile's commitment to Antarctic "
            "research, Magellan Strait patrols, Beagle Channel logistics, Pacific Ocean search-and-rescue.\n"
            "The discussio")
    assert "Captain Pedro Soto, Commander of Chile's Third Naval Zone, reaffirmed" in clean(text)[0]


@pytest.mark.parametrize("line", [
    "oslo talks photo.jpgThe fifth Norway-Chile defence dialogue was held in Oslo on 3 March 2027.",
    "![]() ![Ministers in Oslo](/img/1.png) The fifth Norway-Chile defence dialogue was held in Oslo on 3 March 2027.",
])
def test_an_image_left_at_the_start_of_a_line_goes_and_its_text_stays(line):
    kept = clean(line + "\nThe ministers agreed to hold joint naval patrols in the fjords next year.")[0]
    assert kept.startswith("The fifth Norway-Chile defence dialogue was held in Oslo on 3 March 2027.")


@pytest.mark.parametrize("call", ["Let's talk", "Get in touch", "Write to us"])
def test_a_contact_forms_call_after_the_last_paragraph_is_chrome(call):
    text = ("The fifth Norway-Chile defence dialogue was held in Oslo on 3 March 2027, and the sides agreed to hold "
            f"joint patrols in the fjords.\n\n{call}\n")
    assert clean(text)[0].endswith("joint patrols in the fjords.")


def test_a_short_lead_in_and_its_list_after_the_last_paragraph_stay():
    raw = ("Joint Statement of the Fifth Norway-Chile 2+2\n\nForeign Minister Ola Lund and Defence Minister Per Berg of "
           "Norway held the fifth Norway-Chile 2+2 talks of foreign and defence ministers, with Foreign Minister "
           "Ana Rojas and Defence Minister Juan Soto of Chile, in Oslo on 3 June 2026.\n\n"
           "The Ministers committed to:\n\n- Conduct combined air force training in the north;\n"
           "- Hold staff talks on logistics; and\n- Exchange cadets between their academies.")
    assert text_of(raw).endswith("The Ministers committed to:\n\n- Conduct combined air force training in the north;\n"
                                 "- Hold staff talks on logistics; and\n- Exchange cadets between their academies.")


def test_a_lead_in_that_gives_the_paragraphs_below_their_subject_stays():
    raw = ("Joint Statement of the Defence Ministers of Norway and Chile\n\nOslo, 3 May 2026\n\n"
           "The Defence Ministers of Norway and Chile met in Oslo on 3 May 2026. The Ministers:\n\n"
           "Reaffirm their commitment to the partnership between the two countries;\n\n"
           "Welcome the progress made in maritime cooperation since their last meeting;\n\n"
           "Agree to hold joint exercises in the Arctic in 2027.")
    assert "met in Oslo on 3 May 2026. The Ministers:\n\nReaffirm" in text_of(raw)


def test_a_section_label_before_the_title_a_templates_placeholder_and_a_mailing_lists_footer_go():
    raw = ("Media Notes: Joint Statement on the Second Norway-Chile Strategic Dialogue\n\nOslo\nMay 3, 2026\n\n"
           "{keywords}\n\nThe governments of Norway and Chile met for the second Strategic Dialogue in Oslo on May 3, "
           "2026, and reviewed their cooperation on maritime security and defence industry.\n\nThe sides will keep "
           "in close touch on matters of the region.\n\n\nThis email was sent to reader@example.org using "
           "a mailing service, on behalf of: Ministry of Foreign Affairs \u00b7 Oslo Powered by GovDelivery")
    text = text_of(raw)
    assert text.startswith("Joint Statement on the Second Norway-Chile Strategic Dialogue")
    assert "{keywords}" not in text and text.endswith("in close touch on matters of the region.")


def test_a_title_between_a_label_in_brackets_and_a_note_in_brackets_is_the_title_but_brackets_alone_go():
    text = text_of("(attachment 6) Norway-Chile Defense Ministerial Meeting (Summary)\n\nMay 3, 2026\n\n"
                   "(Text: Norway-Chile joint statement) (2026)\n\nOn May 3, 2026, Defense Minister Ola Lund held a "
                   "meeting with Chilean Minister of National Defense Juan Soto. The ministers traded views on "
                   "regional security and agreed to expand their exchanges.")
    assert "Norway-Chile Defense Ministerial Meeting (Summary)" in text
    assert "(Text:" not in text


def test_an_image_placeholder_glued_before_the_lead_and_a_numbered_picture_after_a_headline_are_chrome():
    raw = ("Norway, Chile deepen naval ties\n\nA summary of the talks held in Oslo on Monday by the two navies.\n"
           "Norway, Chile deepen naval ties ảnh 1Illustrative image (Source: Wire)\n\n"
           "img2The Norwegian Chief of Navy met his Chilean counterpart in Oslo on Monday and the two agreed to hold "
           "joint drills next year.")
    text = text_of(raw)
    assert "ảnh" not in text and "Illustrative" not in text and "img2" not in text
    assert "The Norwegian Chief of Navy met his Chilean counterpart" in text


def test_a_caption_credited_in_another_language_is_chrome():
    raw = ("Oslo, 2027. május 3. Ola Lund norvég védelmi miniszter fogadja Juan Sotót. Fotó: Kari Berg\n\n"
           "Norwegian Defence Minister Ola Lund met his Chilean counterpart Juan Soto in Oslo on Monday and the two "
           "agreed to hold joint drills next year.\n\nThey also discussed air defence and the training of cadets.\n\n"
           "The two ministers praised the cooperation of their navies, Lund told reporters after the meeting.")
    assert text_of(raw).startswith("Norwegian Defence Minister Ola Lund met")


def test_a_pictures_number_without_accents_and_a_wires_name_after_the_last_sentence_are_chrome():
    raw = ("Norway, Chile deepen naval ties\n\nNorway, Chile deepen naval ties hinh anh 1The two chiefs of navy in Oslo "
           "(Photo: Wire)\n\nThe Norwegian Chief of Navy met his Chilean counterpart in Oslo on Monday and the two agreed "
           "to hold joint drills next year.\n\nThey also discussed the training of cadets, the statement said. — Wirenews")
    text = text_of(raw)
    assert "hinh anh" not in text and "Wirenews" not in text
    assert text.endswith("the statement said.")


@pytest.mark.parametrize("line", ["You are viewing archived content from a past administration.",
                                  "Content in this archive is frozen; some links are broken.",
                                  "For all the top stories, follow our channel on Telegram.",
                                  "Follow us on WhatsApp for more stories", "Be the first to comment"])
def test_an_archive_banner_a_news_feed_promo_and_an_empty_comments_prompt_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line])


def test_a_sentence_about_following_advice_stays():
    assert clean("The allies met.\n\nMinisters follow our advice on the plan.\n\nThey agreed.")[1] == []


@pytest.mark.parametrize("line", ["Content may not be republished or broadcast without written consent of the agency.",
                                  "Designed and maintained by Fjord Media AS",
                                  "WARNING: Comments that contain insults or slurs will not be published."])
def test_a_reuse_notice_a_site_credit_and_a_comment_policy_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line])


def test_a_sentence_about_a_system_developed_by_a_side_stays():
    text = "The allies met.\n\nThe radar was developed by Norwegian engineers.\n\nThey agreed."
    assert clean(text)[1] == []


@pytest.mark.parametrize("glued, chrome", [
    ("Camera IconForeign Minister Ola Lund signed the pact in Oslo.", "Camera Icon"),
    ("Update: 9:05AM THE two navies will train together next spring, the ministers said.", "Update: 9:05AM"),
])
def test_an_icon_label_or_an_update_time_glued_before_a_paragraph_goes_and_the_paragraph_stays(glued, chrome):
    text, removed = clean(f"The allies met in Oslo on Monday.\n\n{glued}\n\nThey agreed to meet again.")
    assert text == f"The allies met in Oslo on Monday.\n\n{glued[len(chrome):].strip()}\n\nThey agreed to meet again."
    assert chrome in removed


@pytest.mark.parametrize("line", [
    "Norway's minister Ola Lund and Chile's minister Juan Soto signed the pact in Oslo on Monday. Credit: Supplied/Ministry",
])
def test_a_caption_ending_in_its_credit_goes_whole(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line])


def test_an_indian_wires_desk_codes_after_the_last_sentence_go_and_the_sentence_stays():
    text, removed = clean("The allies met in Oslo.\n\nThe Chilean minister is in Norway from May 3 to May 5. PTI AB CDE FGHIJ")
    assert text == "The allies met in Oslo.\n\nThe Chilean minister is in Norway from May 3 to May 5."
    assert "PTI AB CDE FGHIJ" in removed


def test_other_stories_headlines_the_last_paragraph_runs_into_go():
    raw = f"Allies hold talks\n{BODY}\n{BODY2}"
    teasers = ("\nIs the new port a turning point for the people of the northern region or is it only a promise of the "
               "government?\nFarmers in the south of the country report that they have had a record harvest of apples "
               "in this autumn\nThe city council has approved a plan to widen the coastal road and to build a new bridge "
               "by the end of next year")
    assert text_of(raw + teasers) == raw


def test_a_copyright_line_with_its_mirror_links_after_the_story_goes():
    raw = (f"Allies hold talks\n{BODY}\n{BODY2}\nIn This Section\n"
           "Copyright by the Fjord Post Group, all rights reserved | | Norway mirror | U.S. mirror | Chile mirror | |")
    assert text_of(raw) == f"Allies hold talks\n{BODY}\n{BODY2}"


@pytest.mark.parametrize("line", [
    "(See: Border Norway – Chile: what changes at the crossing on Friday).",
    "(Read also: Oslo names a new envoy to the talks",
    "Check out our other content",
    "Defence Minister Ola Lund. -",
])
def test_a_pointer_to_another_story_or_a_caption_left_without_its_credit_goes(line):
    raw = f"Allies hold talks\n{BODY}\n{line}\n{BODY2}\n{line}"
    assert text_of(raw) == f"Allies hold talks\n{BODY}\n{BODY2}"


@pytest.mark.parametrize("glued, chrome", [
    ("(NORDWIRE) In a meeting on defence matters, the ministers of Norway and Chile agreed to train together.", "(NORDWIRE)"),
    ("lund_soto_talksOSLO - Norway hosted the Chilean minister for talks on Monday.", "lund_soto_talks"),
])
def test_an_agencys_tag_or_a_pictures_file_stem_before_the_first_words_goes(glued, chrome):
    text, removed = clean(f"{glued}\n\nThey agreed to meet again.")
    assert text == f"{glued[len(chrome):].strip()}\n\nThey agreed to meet again."
    assert chrome in removed


def test_a_caption_ending_in_photo_supplied_goes_whole():
    line = ("Norway's Defence Minister Ola Lund and Chile's Ambassador Juan Soto, with the signed text of the arrangement "
            "on Norwegian help to Chile's coast guard and police through 2030. Photo Supplied")
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line])


def test_a_caption_placing_people_by_their_ordinal_goes():
    raw = (" date 2027-04-08 \n\nNorwegian Army Chief Ola Lund (1st R) holds talks with Chilean Army Chief Juan Soto "
           "(2nd L) in Oslo on April 7, 2025.\n\nOSLO, April 8 (NTB) -- Norwegian Army Chief Ola Lund held talks with "
           "visiting Chilean Army Chief Juan Soto in Oslo on Wednesday.\n\nLund said the two armies should train together.")
    assert "(1st R)" not in text_of(raw)


@pytest.mark.parametrize("line", ["The Chilean side at the talks", "Delegates at the event."])
def test_a_caption_of_the_sides_at_the_talks_goes(line):
    raw = f"Allies hold talks\n{BODY}\n{line}\n{BODY2}"
    assert text_of(raw) == f"Allies hold talks\n{BODY}\n{BODY2}"


def test_a_media_tag_after_the_headline_goes_and_the_headline_stays():
    raw = f"Norway-Chile: Joint Statement on the fifth defence dialogue [incl. VIDEO]\n{BODY}\n{BODY2}"
    assert text_of(raw) == f"Norway-Chile: Joint Statement on the fifth defence dialogue\n{BODY}\n{BODY2}"


@pytest.mark.parametrize("line", [
    "(Reporting by Jane Roe; Editing by John Doe)", "(Reporting by Ja", "Tagged:",
    "\u27a4 Click here to follow our channel for more stories.", "Click here to subscribe to our newsletter",
    'See articles related to "Chile and Norway hold naval talks"',
])
def test_a_bracketed_or_cut_short_wire_credit_a_tag_label_a_follow_prompt_and_related_stories_are_chrome(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.") == ("The allies met.\n\nThey agreed.", [line.strip()])


@pytest.mark.parametrize("line", ["Tagged as a threat, the group met.", "Reporters asked about the talks."])
def test_sentences_that_open_like_a_tag_label_or_a_credit_stay(line):
    assert clean(f"The allies met.\n\n{line}\n\nThey agreed.")[0] == f"The allies met.\n\n{line}\n\nThey agreed."


@pytest.mark.parametrize("sign_off", [" ab/13:45", "--XNA20:28 LOCAL TIME 17:28", " ABC 14:05 GMT"])
def test_a_wires_timed_sign_off_glued_after_the_last_sentence_goes_and_the_sentence_stays(sign_off):
    raw = f"{BODY}\n\n{BODY2}{sign_off}"
    assert clean(raw) == (f"{BODY}\n\n{BODY2}", [sign_off.strip()])


def test_a_time_in_the_last_sentence_is_no_sign_off():
    raw = f"{BODY}\n\nThe next round opens in Oslo on 3 May at 10:30."
    assert clean(raw)[0] == raw


@pytest.mark.parametrize("credit", ["Nordpost", "AB/CD", "Press Desk//", "#defence #security"])
def test_the_sites_credit_or_hashtags_under_the_last_sentence_go(credit):
    raw = f"{BODY}\n\n{BODY2}\n\n{credit}"
    assert text_of(raw) == f"{BODY}\n\n{BODY2}"


def test_a_caption_of_chiefs_exchanging_gifts_between_two_paragraphs_is_the_sites():
    page = ("Chile and Norway hold naval talks\n\nChilean Defence Minister Juan Soto met Norwegian Defence Minister "
            "Kari Lund in Oslo on 3 May 2024 for the fifth round of naval staff talks.\n\nThe two navy chiefs exchange "
            "gifts at the naval base in Bergen on Friday morning.\n\nThe two sides agreed to hold joint naval drills "
            "next year and to share radar data along the coast.")
    assert "exchange gifts" not in read_bytes(page.encode(), "x.txt").text


@pytest.mark.parametrize("blurb", [
    "Nordpost Brief has been the trusted morning read for diplomats and aid workers for more than ten years.",
    "Example Wire publishes around 400 stories a day from more than 90 outlets and agencies around the world.",
    "Fjordexpo is a full service trade fair organiser with twenty years of shows across the Nordic region.",
])
def test_a_digest_or_aggregator_describing_itself_ends_the_statement_with_what_follows(blurb):
    page = (f"{BODY}\n\n{BODY2}\n\n{blurb}\n\nGovernments, newsrooms and universities across five continents rely on "
            "the service every single morning for their analysis.")
    assert text_of(page) == f"{BODY}\n\n{BODY2}"


@pytest.mark.parametrize("stamp", ["25/05/2024• News, News• Ana Ruiz", "Feedback | Wednesday, May 15, 2024",
                                   "Date: 2024-05-12T09:41:07+0000"])
def test_a_page_stamp_filed_with_its_section_author_or_label_goes_above_the_statement(stamp):
    for page in (f"Chile and Norway hold naval talks\n{stamp}\n{BODY}\n\n{BODY2}", f"{stamp}\n{BODY}\n\n{BODY2}"):
        text = text_of(page)
        assert "2024" not in text and text.endswith(BODY2), page


def test_a_call_to_follow_the_site_glued_inside_a_paragraph_goes_and_the_paragraph_stays():
    text = text_of(f"{BODY} Click here to follow us on Telegram \"The talks went well,\" a minister said.\n\n{BODY2}")
    assert "Telegram" not in text and "\"The talks went well,\" a minister said." in text


def test_a_portals_link_note_after_a_country_goes_and_the_sentence_stays():
    text = text_of(f"The ministers of Chile, Peru (news - web sites), Bolivia and Norway met in Oslo on Monday to review "
                   f"their cooperation on cyber defence.\n\n{BODY2}")
    assert "web sites" not in text and "Chile, Peru, Bolivia and Norway met in Oslo" in text


LONG = ("OSLO -- The fourth Chile-Norway naval dialogue was held on Friday in Oslo, with naval officers of the two "
        "countries pledging that they would work together more closely on the security of the sea lanes in the south.\n"
        "The Norwegian chief of naval staff made a speech at the dialogue, noting that Norway is willing to work with "
        "Chile to build closer and more resilient ties that are flexible, practical and grounded in mutual trust.\n"
        "Representatives of the Chilean navy at the dialogue noted that they regard Norway as a trusted friend and "
        "partner, and that they look forward to more exchanges and to training with the Norwegian fleet.")


@pytest.mark.parametrize("listing", [
    # other stories' headlines listed as bullets after the last paragraph
    "\n- Oslo witnesses first snowfall\n- Lima university dean Ana Soto assumes presidency of the planners' council\n"
    "- Chilean navy carries out diving exercises in the southern fjords\n"
    "- Peruvian coast guard monitors foreign trawlers crossing the Humboldt current\n"
    "- New ferry built by a Bergen shipyard fails in its maiden sea trial",
    # a site's section tags over other stories (a capitals label the page prints again below)
    "\n\nMay 16, 2027\n495 views\nHIGHLIGHTS\nCHILE\n13 hours ago\n\nValparaiso club signs young Peruvian striker "
    "from Lima side\n\nCHILE\n13 hours ago\n\nChile introduces national policy to protect its glaciers from mining\n\n"
    "CHILE\n14 hours ago\n\nChilean foreign minister voices cautious hope on talks"])
def test_other_stories_listed_after_the_last_paragraph_go(listing):
    text = text_of(f"Chile, Norway hold naval dialogue, pledge deeper ties\n{LONG}{listing}")
    assert text.endswith("Norwegian fleet.")


def test_a_list_its_lead_in_announces_after_the_last_paragraph_stays_unpunctuated_as_it_is():
    listed = text_of(f"Chile, Norway hold naval dialogue, pledge deeper ties\n{LONG}\nThe ministers agreed to:\n"
                     f"- Hold joint naval drills twice a year\n- Share radar data on the sea lanes\n"
                     f"- Train cadets with the Norwegian fleet")
    assert listed.endswith("The ministers agreed to:\n- Hold joint naval drills twice a year\n- Share radar data on the "
                           "sea lanes\n- Train cadets with the Norwegian fleet")


def test_a_related_story_marked_with_a_plus_between_paragraphs_goes_but_a_plus_marked_list_stays():
    text = text_of(f"{BODY}\n\n+ Chile and Norway sign a naval pact to widen their ties\n\n{BODY2}")
    assert "naval pact" not in text and text.endswith(BODY2)
    listed = text_of(f"{BODY}\n\nThe two sides agreed to:\n+ Hold joint drills twice a year\n+ Share radar data on the "
                     f"coast\n\n{BODY2}")
    assert "+ Hold joint drills twice a year\n+ Share radar data on the coast" in listed


def test_headlines_the_last_paragraph_runs_into_go_with_the_links_after_them():
    paragraphs = [
        "SANTIAGO - Chilean military officials met with a visiting Norwegian delegation on Tuesday to discuss naval ties.",
        "Praising the long friendship of Chile and Norway, the Chilean minister said that the two navies have worked "
        "well together and that he hopes to see them train together more often in the years to come.",
        "Lund, who is also Norway's foreign minister, promised that Norway would deepen its naval work with Chile.",
        "Juan Soto, vice-chairman of Chile's joint chiefs of staff, said that the forces of Chile and Norway had "
        "worked together in many fields and voiced his hope for still closer work in the future."]
    heads = ("Peru opens new port in Callao\nBolivia gets little relief as lake levels fall for a third year in a row\n"
             "Ecuadorian FM urges stronger Ecuador-Peru ties\nLima mayor, aides cleared of graft by a court\nMost Popular\n"
             "Hot Topics\n\n...")
    page = "Chile, Norway to deepen naval ties\n(Wire) Updated: 2027-04-09 11:04\n\n" + "\n\n".join(paragraphs) + "\n\n" + heads
    assert text_of(page).endswith(paragraphs[-1])


def test_a_reporters_byline_with_the_place_he_filed_from_is_no_title():
    text = text_of(f"Chile and Norway widen naval ties by signing new training pact\n\nAna Roe Soto In Punta Arenas, "
                   f"ChileThe Southern Post\nComments\n{LONG}")
    assert text.startswith("Chile and Norway widen naval ties by signing new training pact\n") and "Ana Roe" not in text


@pytest.mark.parametrize("tail", [
    "Ana Roe\n\nAdditional Info\n\n  • notices: No\n  • colour: N/A\nOn the same topic\nNorges Bank raises its key "
    "rate to 4% as the krone weakens Move follows rising prices and...",
    "The pocket edition of the Southern Post. Get notifications, save articles, and more. All the news of Chile in "
    "one place.\nRelated stories"])
def test_a_cms_field_list_other_stories_on_the_topic_or_an_apps_promotion_end_the_statement(tail):
    assert text_of(f"{BODY}\n\n{BODY2}\n\n{tail}").endswith(BODY2)


FORUM_THREAD = """Chile, Norway agree on closer naval ties

Discussion in 'World Defence News' started by seawolf, Mar 4, 2026.

  1. seawolf

    seawolf Senior Member Senior Member

    Jan 2, 2019
    Messages:
    Bergen

    Chile, Norway agree on closer naval ties

    Chilean Defence Minister Juan Soto and his Norwegian counterpart Kari Lund agreed on Tuesday in Oslo to hold joint naval patrols in the South Atlantic from next year.

    The two ministers also discussed training for submarine crews and the exchange of cadets between their naval academies.
  2. harbourcat

    harbourcat Regular Member Regular Member

    May 5, 2021
    Messages:
    Good news, but the patrols will be too small to matter.
"""


def test_a_story_posted_on_a_forum_keeps_the_first_post_and_loses_the_thread_and_the_replies():
    text = text_of(FORUM_THREAD)
    assert "agreed on Tuesday in Oslo" in text and text.rstrip().endswith("between their naval academies.")
    for chrome in ("Discussion in", "seawolf", "Senior Member", "Bergen", "harbourcat", "too small to matter"):
        assert chrome not in text, chrome
    assert read_bytes(FORUM_THREAD.encode(), "page.txt").published == "2026-03-04"
