"""The meeting's place, format and dates as pages of the genre state them."""
from __future__ import annotations

import pytest

from accord.extraction.layout import layout
from accord.extraction.meeting import identify, written_name
from accord.knowledge import default_knowledge

KB = default_knowledge()


def _facts(text, dateline_city=None):
    return identify(text, layout(text), KB, dateline_city)


# -- venue ---------------------------------------------------------------------------
def test_a_site_inside_a_city_gives_the_city():
    facts = _facts("Talks held\n\nThe ministers of Norway and Poland met at Fort Rowan Barracks in Tromso on "
                   "3 May 2026 for their annual talks.")
    assert facts.venue == "Tromso"
    facts = _facts("Talks held\n\nThe ministers of Norway and Poland met at the Weller Institution at Halden "
                   "University in Bergen Falls, Vestland, on 3 May 2026.")
    assert facts.venue == "Bergen Falls"
    facts = _facts("Talks held\n\nThe chiefs of Norway and Poland met on 3 May 2026 at Alliance Headquarters, "
                   "Krakow, Poland, for their annual talks.")
    assert facts.venue == "Krakow"


def test_the_pentagon_is_a_venue_named_with_its_city_under_a_washington_dateline_or_none():
    text = "Talks held\n\nThe defence secretary hosted his Polish counterpart at the Pentagon for their annual talks."
    assert _facts(text).venue == "Pentagon, Washington, D.C."
    assert _facts(text, dateline_city="WASHINGTON").venue == "Pentagon, Washington, D.C."


def test_a_city_named_with_its_part_of_the_country_and_a_dialogue_co_chaired_there_in_person():
    facts = _facts("Norway, Poland hold 16th Defence Policy Dialogue\n\nDeputy Minister Ola Berg and Permanent Secretary "
                   "Jan Nowak co-chaired the 16th Norway-Poland Defence Policy Dialogue in central Bergen city on "
                   "October 28.")
    assert (facts.venue, facts.format) == ("Bergen", "in_person")


def test_a_capital_named_with_its_country_and_a_bodys_name_after_in():
    facts = _facts("Talks held\n\nTwo days of talks between Nordic ministers were held in the Danish capital "
                   "Copenhagen last week.")
    assert facts.venue == "Copenhagen" and facts.format == "in_person"
    facts = _facts("Chiefs meet\n\nThe Standing Committee met in Chiefs of Staff Session on 2 May 2026 to "
                   "discuss readiness and the plans of the coming year.")
    assert facts.venue is None


def test_the_place_of_another_round_is_not_the_venue():
    facts = _facts("Ministers meet\n\nThe ministers of Norway and Poland met their counterparts this week for "
                   "their annual talks. Their previous talks took place in Gdansk in 2024.\n\n"
                   "The Polish ministers were in Oslo this week on a tour of the region.")
    assert facts.venue == "Oslo"


def test_a_news_story_held_here_is_in_its_dateline_city():
    text = ("Allies talk\n\nOSLO, May 3 (Wire) -- Norway and Poland held their annual defence talks here this week, "
            "the ministry said.\n\nThe agenda included the radar deployed in Tromso and the exercises of the spring.")
    facts = _facts(text, dateline_city="Oslo")
    assert facts.venue == "Oslo" and facts.format == "in_person"


def test_a_city_state_is_a_venue():
    facts = _facts("Ministers meet\n\nThe defence ministers of Norway and Poland held a meeting while visiting "
                   "Singapore to attend a regional forum.")
    assert facts.venue == "Singapore"


# -- format --------------------------------------------------------------------------
def test_a_meeting_said_to_be_in_person_or_held_as_talks_is_in_person():
    facts = _facts("Board meets\n\nOn 3 May 2026 the co-chairs opened the 12th meeting of the Norway-Poland "
                   "Joint Board. They convened the first in-person meeting of the board since 2019.")
    assert facts.format == "in_person"
    facts = _facts("Ministers meet\n\nNorway and Poland agreed on Friday to deepen their cooperation on the "
                   "Baltic.\n\nThe two defence ministers held their first talks in three years.")
    assert facts.format == "in_person"


def test_a_guest_received_or_arrived_on_a_visit_or_discussions_held_is_in_person_and_a_bare_report_says_nothing():
    for opening in ("Norway's defence minister received his Polish counterpart at the ministry on 3 May 2026.",
                    "The Polish minister arrived in Norway on an official visit and the two ministers agreed to "
                    "deepen their cooperation.",
                    "The two defence ministers held wide-ranging discussions on Baltic security on 3 May 2026.",
                    "The fourth round of the Norway-Poland Defence Dialogue concluded at Haakonsvern naval base."):
        assert _facts("Ministers meet\n\n" + opening).format == "in_person", opening
    assert _facts("Ministers agree\n\nNorway and Poland agreed on 3 May 2026 to deepen their cooperation on the "
                  "Baltic.").format is None


def test_a_meeting_by_videoconferencing_or_a_virtual_meeting_in_the_headline_is_virtual():
    facts = _facts("Ministers meet\n\nThe statement was issued after Norway and Poland wrapped up the "
                   "fourth Norway-Poland Defence Dialogue via videoconferencing.")
    assert facts.format == "virtual"
    facts = _facts("Readout of the Secretary's Virtual Meeting With the Polish Minister\n\nThe Secretary hosted "
                   "the fourth Norway-Poland Defence Dialogue today with his Polish counterpart.")
    assert facts.format == "virtual"


def test_a_meeting_some_joined_virtually_has_the_hosts_city_and_no_single_format():
    facts = _facts("Ministers meet\n\nThe ministers of Norway and Poland met in Oslo on 3 May 2026, with the "
                   "minister of Latvia joining the meeting virtually.")
    assert facts.venue == "Oslo" and facts.format is None


# -- dates ---------------------------------------------------------------------------
def test_a_two_day_meeting_runs_from_the_day_it_began_or_back_from_the_day_it_ended(extract_text):
    rec = extract_text("Allies talk\n\nBy Jane Roe Published : Oct. 22, 2026 - 15:21\n\nOSLO -- Norway and Poland "
                       "opened the two-day Norway-Poland Defence Dialogue here on Tuesday, officials said.\n\n"
                       "They agreed to meet again.")
    assert (rec.meeting.start, rec.meeting.end) == ("2026-10-20", "2026-10-21")
    rec = extract_text("Allies talk\n\nBy Jane Roe Published : Oct. 22, 2026 - 15:21\n\nAfter two days of talks, "
                       "Norway and Poland agreed to deepen their cooperation at the conclusion of the 12th "
                       "Norway-Poland Defence Dialogue in Oslo on Wednesday.\n\nThey agreed to meet again.")
    assert (rec.meeting.start, rec.meeting.end) == ("2026-10-20", "2026-10-21")
    rec = extract_text("Ministers meet\n\nThe Norway-Poland Defence Dialogue wrapped up two days of discussions in Oslo "
                       "today (Thursday 5 March 2026).\n\nThey agreed to meet again.")
    assert (rec.meeting.start, rec.meeting.end) == ("2026-03-04", "2026-03-05")


def test_the_days_a_meeting_began_and_will_end_are_its_first_and_last(extract_text):
    rec = extract_text("Allies talk\n\nBy Jane Roe Published : Oct. 21, 2026 - 15:21\n\nNorway and Poland held "
                       "defence talks in Oslo on Wednesday, officials said. The talks, which began on Tuesday, "
                       "will run through Thursday.\n\nThey agreed to meet again.")
    assert (rec.meeting.start, rec.meeting.end) == ("2026-10-20", "2026-10-22")


def test_the_day_a_statement_was_released_is_not_the_day_the_ministers_met(extract_text):
    rec = extract_text("Ministers agree\n\nBy Jane Roe Published : Oct. 21, 2026 - 15:21\n\nNorway and Poland agreed "
                       "to open new talks, according to a joint statement released Wednesday.\n\nThe two foreign "
                       "ministers met for the fifth Norway-Poland Strategic Dialogue on Monday in Oslo.")
    assert rec.meeting.start == "2026-10-19"


def test_a_report_of_talks_held_last_week_is_not_dated_by_the_day_of_the_report(extract_text):
    rec = extract_text("Allies talk\n\nBy Jane Roe Published : Oct. 22, 2026 - 15:21\n\nNorway and Poland have "
                       "discussed radar cooperation, the ministry said Wednesday. The talks were held in Oslo "
                       "last week.\n\nThey agreed to meet again.")
    assert rec.meeting.start is None


def test_a_news_leads_weekday_dates_the_meeting_it_goes_on_to_name(extract_text):
    rec = extract_text("Ministers agree\n\nBy Jane Roe Published : Oct. 23, 2026 - 15:21\n\nNorway and Poland "
                       "agreed Friday on a framework for sharing supplies.\n\nAt the third Norway-Poland "
                       "two-plus-two talks in Oslo, the ministers also agreed to hold exercises.")
    assert rec.meeting.start == "2026-10-23"


def test_a_leads_deed_on_a_day_dates_the_meeting_the_next_sentence_names(extract_text):
    rec = extract_text("Allies pledge closer ties\n\nBy Jane Roe Published : Nov. 18, 2019 - 09:10\n\nLIMA - Chile "
                       "and Peru pledged on Nov 17 to widen their naval drills.\n\nThe pledge came at the 10th "
                       "Chile-Peru Defence Ministers' Meeting, chaired jointly by Juan Soto and Ana Ruiz.")
    assert (rec.meeting.start, rec.meeting.end) == ("2019-11-17", "2019-11-17")


def test_a_weekday_a_day_after_the_storys_date_is_that_next_day_where_the_desk_is_hours_behind(extract_text):
    rec = extract_text("Allies warn the North\n\nBy Jane Roe Published : Thursday, Oct. 29, 2026 - 00:10\n\nLIMA - The "
                       "Chilean and Peruvian defence chiefs declared Friday that any border raid will meet a joint "
                       "answer, after the 12th Chile-Peru Border Commission.")
    assert rec.meeting.start == "2026-10-30"


def test_a_day_said_between_the_sides_and_their_deed_dates_the_meeting(extract_text):
    rec = extract_text("Border visit\n\nBy Jane Roe Published : Aug. 13, 2024 - 10:00\n\nDelegations of Chile and "
                       "Peru on August 12 inspected the sites of the second Chile-Peru Border Friendship Exchange.")
    assert rec.meeting.start == "2024-08-12"


def test_a_day_a_deed_was_done_by_is_no_meeting_day(extract_text):
    rec = extract_text("Chile and Peru held the 10th Chile-Peru Defence Ministers' Meeting in Lima.\n\n"
                       "The two sides agreed to open a joint centre by November 20, 2019.")
    assert rec.meeting.start is None


def test_a_datelines_today_is_the_datelines_day(extract_text):
    rec = extract_text("Allies meet\n\nBy Jane Roe Published : Oct. 24, 2026 - 15:21\n\nOSLO, Oct. 23, 2026 -- "
                       "Norway and Poland are ready to counter any threat, their defence ministers said here today.\n\n"
                       "The two took part in the 12th Norway-Poland Defence Dialogue.")
    assert rec.meeting.start == "2026-10-23" and rec.meeting.venue == "Oslo"


def test_today_in_a_lead_whose_first_sentence_a_title_s_stop_cut_short_still_dates_the_meeting(extract_text):
    rec = extract_text("Published 4 May 2027\n\nThe Head of State of Chile, H.E.Mr. Juan Soto received today the "
                       "Chief of Staff of Peru, General Ola Haugland.\n\nDuring the meeting, they discussed river patrols.")
    assert rec.meeting.start == "2027-05-04"


def test_a_wire_lead_with_no_day_of_its_own_is_dated_by_its_dateline(extract_text):
    rec = extract_text("Norway, Chile hold defence talks\n\nARICA, Tuesday 14 May 2027 – Norway and Chile held their "
                       "9th Defence Working Committee meeting at the Arica Naval Base.\n\nThe two sides exchanged views "
                       "on maritime security.")
    assert (rec.meeting.start, rec.meeting.end) == ("2027-05-14", "2027-05-14")
    rec = extract_text("Defence talks\n\n date 2027-06-04\n\nOSLO, Norway, June 3. Oslo hosts the 4th Norway-Chile "
                       "Navy Staff Talks, with officers of both navies present.\n\n"
                       "The two sides exchanged views on maritime security.")
    assert rec.meeting.start == "2027-06-03"


def test_a_dateline_from_another_city_or_over_a_lead_with_its_own_time_does_not_date_the_meeting(extract_text):
    rec = extract_text("Defence talks end\n\nOSLO, 14 May 2027 – Norway and Chile have concluded the first meeting "
                       "of their Joint Defence Committee. The meeting, held in Arica, came a year after they set "
                       "the committee up.\n\nThe two sides exchanged views on maritime security.")
    assert rec.meeting.start is None
    rec = extract_text("Defence talks\n\nOSLO, 14 May 2027 – Norway and Chile held their 9th Defence Working "
                       "Committee meeting last week.\n\nThe two sides exchanged views on maritime security.")
    assert rec.meeting.start is None


def test_a_lead_opening_on_the_city_of_the_talks_places_them_there_not_at_the_datelines_desk(extract_text):
    rec = extract_text("Joint Statement of the 5th Norway-Chile Defence Group\n\nOslo, 26 October, 2027 (NTB) — In "
                       "Santiago, senior Norwegian and Chilean officials convened the fifth Norway-Chile Defence "
                       "Group.\n\nThe two sides exchanged views on maritime security.")
    assert rec.meeting.venue == "Santiago" and rec.meeting.start is None


def test_the_nth_edition_of_the_dialogue_refers_back_to_the_dialogue_named_before(extract_text):
    rec = extract_text("Norway, Chile hold defence talks\n\nNorway and Chile looked at ways to deepen naval ties at the "
                       "Norway-Chile Defence Policy Dialogue yesterday. Norway's defence secretary Ola Lund led the "
                       "ninth edition of the dialogue for Norway, with Ana Rojas for Chile.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Norway-Chile Defence Policy Dialogue", 9)


def test_a_standing_body_that_has_held_its_nth_meeting_names_the_dialogue_and_its_round(extract_text):
    rec = extract_text("Coast guards meet\n\nThe Nordic Joint Board on Coastal Security in the Arctic has held its 31st "
                       "meeting in Tromsø.\n\nThe board agreed to pool its patrol data.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Nordic Joint Board on Coastal Security in the Arctic", 31)


@pytest.mark.parametrize("lead", [
    "The third round of Norway, Chile and Peru Foreign Ministers dialogue ended with a pledge to keep working together.",
    "The third Norway, Chile and Peru Foreign Ministers' Dialogue ended in Oslo.",
])
def test_a_dialogue_named_by_a_list_of_its_members_with_commas_is_found_with_its_round(extract_text, lead):
    rec = extract_text(lead + "\n\nThe three sides agreed to share data.")
    assert "Norway, Chile and Peru Foreign Ministers" in (rec.meeting.dialogue or "") and rec.meeting.round == 3


def test_a_date_said_of_something_else_in_the_opening_does_not_date_the_meeting(extract_text):
    rec = extract_text("Allies talk\n\nBy Jane Roe Posted : Oct. 20, 2026, 17:27\n\nA two-day meeting of Norwegian "
                       "and Polish defence officials opened in Oslo Tuesday to discuss the handover of the radar "
                       "command.\n\nThe handover is slated for March 1, 2028.\n\nThey agreed to meet again.")
    assert (rec.meeting.start, rec.meeting.end) == ("2026-10-20", "2026-10-21")
    rec = extract_text("Ministers meet\n\nThe Norway-Poland Strategic Dialogue\n\nOn 22 June 2026, Minister Roe "
                       "attended the 7th Norway-Poland Defence Ministers' Informal Meeting in Oslo.\n\n"
                       "They agreed to meet again.")
    assert rec.meeting.start == "2026-06-22"


def test_a_capitals_dateline_without_a_comma_dates_the_release_not_the_meeting(extract_text):
    rec = extract_text("Norway, Poland reaffirm partnership\n\nOSLO 14 June 2027 — Norway and Poland reaffirmed their "
                       "partnership as they convened the 8th Political-Military Meeting on 10-11 June 2027 in Oslo.\n\n"
                       "Both sides also talked over the region.")
    assert (rec.meeting.start, rec.meeting.end) == ("2027-06-10", "2027-06-11")


def test_a_breakfast_meeting_with_a_guest_who_came_for_a_summit_is_the_meeting_and_its_weekday_gives_the_year(extract_text):
    rec = extract_text("Press Release\n\nNorway-Poland Defense Ministers' Breakfast Meeting\n\n"
                       "Defense Minister Ola Berg had a breakfast meeting with Minister of Defense of Poland Jan Nowak, "
                       "who visited Norway to attend the first Norway-Baltic Islands Summit, on the morning of May 30 "
                       "(Tuesday). They exchanged views on the situation in the region.\n\n"
                       "Minister Nowak had attended the 2023 Norway-Baltic Islands Summit held on May 29.")
    assert rec.meeting.dialogue == "Norway-Poland Defense Ministers' Breakfast Meeting"
    assert (rec.meeting.start, rec.meeting.end) == ("2023-05-30", "2023-05-30")


def test_an_overview_in_labelled_fields_gives_the_date_and_the_venue(extract_text):
    rec = extract_text("Norway-Poland Relations\n\n13th Norway-Poland Security Dialogue\n\nMarch 20, 2027\n\n"
                       "1. Overview\n\n (1) Date and time: From 10:15 a.m. to 1:45 p.m. (with a working lunch) on "
                       "March 19 (Fri.), 2027\n (2) Venue: Oslo (Ministry of Foreign Affairs, Guest House)\n"
                       " (3) Participants\n\n2. Discussions\n\n(1) At the outset, the Norwegian side explained its "
                       "security and defense policies, and the Polish side explained its own.\n\n(2) The two sides "
                       "exchanged views on the regional security situation and agreed to hold the 14th Norway-Poland "
                       "Security Dialogue in Warsaw.")
    assert (rec.meeting.start, rec.meeting.venue, rec.meeting.format) == ("2027-03-19", "Oslo", "in_person")


def test_a_date_of_another_act_in_the_meeting_sentence_is_not_the_meetings(extract_text):
    rec = extract_text("Ministers meet\n\nBy Jane Roe Published : Oct. 22, 2026 - 15:21\n\nThe defence "
                       "ministers of Norway and Poland meet today in Oslo to reaffirm the accord signed by their "
                       "governments on March 3, 2025.\n\nThey agreed to meet again.")
    assert rec.meeting.start == "2026-10-22"


def test_the_local_date_is_the_meetings_and_a_date_line_under_the_headline_dates_the_release(extract_text):
    rec = extract_text("Norway-Poland Deterrence Dialogue\n\nMarch 9, 2026\n\nNorway hosted Poland for a "
                       "Deterrence Dialogue in Oslo on March 6 (March 5 local time), 2026.")
    assert rec.meeting.start == "2026-03-05"
    rec = extract_text("Joint Release on the Norway-Poland Defence Ministers' Meeting\nMarch 5, 2026\n\n"
                       "On March 6, 2026, the defence ministers of Norway and Poland met in Oslo to discuss "
                       "the security of the region.")
    assert rec.meeting.start == "2026-03-06" and rec.document.published == "2026-03-05"


# -- dialogue, acronym, round ----------------------------------------------------------
def test_an_acronym_given_apart_from_the_name_or_with_its_rounds_numeral_is_the_dialogues():
    facts = _facts("NOPMIN IV Communique\n\nThe fourth Norway-Poland Ministerial Consultations were held in Oslo "
                   "on 3 May 2026, where the ministers reviewed cooperation.")
    assert (facts.dialogue, facts.acronym, facts.round) == ("Norway-Poland Ministerial Consultations", "NOPMIN", 4)
    facts = _facts("Talks held\n\nThe governments of Norway and Poland held the Norway-Poland Strategic Policy "
                   "Dialogue on 3 May 2026 in Oslo. The SPD, set up in 2019, is their forum on regional security.")
    assert facts.acronym == "SPD"


def test_an_acronym_that_does_not_abbreviate_the_name_or_names_a_party_is_not_the_dialogues():
    facts = _facts("Talks held\n\nThe governments of Norway and Poland held the Norway-Poland Strategic Policy "
                   "Dialogue on 3 May 2026 in Oslo. They discussed NATO and the IAEA report on Iran.")
    assert facts.acronym is None


def test_a_meeting_called_a_2plus2_beside_its_name_has_that_acronym_and_the_2plus2_is_its_name():
    facts = _facts("Ministers meet\n\nNorway and Poland held the inaugural Norway-Poland Foreign and Defence "
                   "Ministerial Meeting or “2+2” in Oslo on 3 May 2026.")
    assert facts.acronym == "2+2" and facts.round == 1
    facts = _facts("Norway, Poland hold ‘2+2’ talks\n\nNorway and Poland held their fifth biennial ministerial "
                   "talks in Oslo on Monday to discuss their cooperation.")
    assert (facts.dialogue, facts.acronym, facts.round) == ("2+2 talks", "2+2", 5)
    facts = _facts("Ministers meet\n\nNorway and Poland staged their inaugural “two-plus-two” meetings, for foreign and "
                   "defence chiefs, in Oslo on Thursday.")
    assert (facts.dialogue, facts.acronym, facts.round) == ("two-plus-two meetings", "2+2", 1)


def test_a_name_that_lists_its_subjects_with_commas():
    facts = _facts("Joint Statement on the Fourth Norway-Poland Political, Security, and Defence Dialogue\n\n"
                   "Deputy Minister Ola Berg welcomed State Secretary Jan Nowak to Oslo on May 3, 2027 for the fourth "
                   "annual Norway-Poland Political, Security, and Defence Dialogue, ahead of the ASEAN Regional Forum.")
    assert facts.dialogue == "Norway-Poland Political, Security, and Defence Dialogue" and facts.round == 4
    assert facts.parties == ["NOR", "POL"]


def test_a_round_of_a_consultation_in_the_singular_and_a_groups_ministers_meeting_in_lower_case():
    facts = _facts("Norway, Poland armed forces hold strategic consultation\n\nThe armed forces of Norway and Poland "
                   "held their 14th round of strategic consultation in Bergen on Friday.")
    assert (facts.dialogue, facts.round) == ("strategic consultation", 14)
    facts = _facts("Norway, Poland vow to cooperate\n\nPositive signs were seen during the first Norway-Poland "
                   "defense and security consultation in Oslo.")
    assert (facts.dialogue, facts.round, facts.parties) == ("Norway-Poland defense and security consultation", 1,
                                                            ["NOR", "POL"])
    facts = _facts("Talks held\n\nThe Norwegian Defense Ministry and the Polish Ministry of National Defence held "
                   "bilateral consultations in the defense sector in Warsaw on March 23, 2027.")
    assert facts.dialogue == "bilateral consultations in the defense sector"
    facts = _facts("Committee meets\n\nThe talks took place during the fourth edition of the Joint Board for "
                   "Defence Cooperation (JBDC) meeting, held in Oslo on May 3, 2027.")
    assert (facts.dialogue, facts.acronym, facts.round) == ("Joint Board for Defence Cooperation", "JBDC", 4)
    facts = _facts("Minister visits Oslo\n\nThe Polish defence minister held bilateral talks with his Norwegian "
                   "counterpart in Oslo on March 23, 2027.")
    assert facts.dialogue is None
    facts = _facts("Norway and Poland agree\n\nDefence Ministers' Dialogue between Norway and Poland was held here today.")
    assert facts.dialogue == "Defence Ministers' Dialogue"
    facts = _facts("Partners meet in Oslo\n\nMinisters from Denmark, Norway and Poland met in Oslo yesterday for the "
                   "Northern Rim Ministers meeting.")
    assert facts.dialogue == "Northern Rim Ministers meeting"


def test_a_party_of_three_words_in_a_pairs_name_and_an_acronym_spaced_in_its_brackets():
    facts = _facts("Dialogue concluded\n\nThe Emirati Ministry of Defence has concluded the United Arab Emirates-Norway "
                   "Joint Military Dialogue ( JMD), which was held from November 20 to 21 in Abu Dhabi.")
    assert (facts.dialogue, facts.acronym, facts.parties) == (
        "United Arab Emirates-Norway Joint Military Dialogue", "JMD", ["ARE", "NOR"])


def test_names_with_a_2plus2_in_lower_case_a_spaced_dash_a_wrapped_hyphen_or_ministers_after_meeting_of():
    facts = _facts("Ministers meet\n\nThe ministers met online for the second Norway-Poland 2+2 political and "
                   "security policy consultations on 10 June 2026.")
    assert (facts.dialogue, facts.round) == ("Norway-Poland 2+2 political and security policy consultations", 2)
    facts = _facts("Talks held\n\nSenior officials met on Thursday, conducting the Norway - Poland Defence Strategic "
                   "Talks in Oslo.")
    assert facts.dialogue == "Norway - Poland Defence Strategic Talks"
    facts = _facts("Ministers meet\n\nThese talks were the inaugural Norway-\nPoland Ministerial dialogue, agreed "
                   "by the two prime ministers last year.")
    assert (facts.dialogue, facts.round) == ("Norway-Poland Ministerial dialogue", 1)
    facts = _facts("Ministers meet\n\nThe ministers met today in Oslo for the inaugural trilateral meeting of "
                   "Nordic Baltic Defence Ministers.")
    assert (facts.dialogue, facts.round) == ("Nordic Baltic Defence Ministers", 1)


def test_the_round_said_further_down_as_such_or_as_a_first_time():
    facts = _facts("Ministers meet\n\nThe ministers of Norway and Poland attended the Norway-Poland 2+2 Dialogue "
                   "on Thursday and agreed to deepen cooperation.\n\n"
                   "The ministers also visited a shipyard and spoke to the crews of two frigates there.\n\n"
                   "They spoke of exercises, of the radar programme and of the training of pilots.\n\n"
                   "During the third Norway-Poland 2+2 Dialogue, the ministers reaffirmed their support.")
    assert facts.round == 3
    facts = _facts("Ministers meet\n\nThe ministers took part in the sixth such Nordic talks since 2020, held in "
                   "Oslo as the Norway-Poland Defence Dialogue.")
    assert facts.round == 6
    facts = _facts("Ministers meet\n\nToday the ministers of Norway and Poland for the first time held the joint "
                   "Norway-Poland Security Consultations by video link.")
    assert facts.round == 1
    facts = _facts("Ministers meet\n\nThe ministers of Norway and Poland held the Norway-Poland Security "
                   "Consultations for the first time since 2019.")
    assert facts.round is None


def test_a_year_from_the_same_day_stated_again_or_from_the_meetings_name(extract_text):
    rec = extract_text("Dialogue held\n\n- A meeting on defence was held in Oslo from April 7 to 8\n\nThe 12th "
                       "Norway-Poland Defence Dialogue took place in Oslo from April 7 to 8, 2027, between the two "
                       "defence ministries.")
    assert (rec.meeting.start, rec.meeting.end) == ("2027-04-07", "2027-04-08")
    rec = extract_text("Joint statement NOPMIN 2027\n\nOn 5 June, the ministers of Norway hosted the ministers of "
                       "Poland in Oslo for the annual Norway-Poland Ministerial (NOPMIN) consultations.")
    assert rec.meeting.start == "2027-06-05" and "NOPMIN 2027" in rec.meeting.date_basis


def test_cooperation_since_a_later_month_puts_the_meeting_in_the_next_year(extract_text):
    rec = extract_text("Dialogue held\n\nNorway and Poland held the 13th Norway-Poland Defence Dialogue in Oslo "
                       "on May 8.\n\nSince August 2026, the two sides have returned records of veterans to their "
                       "families.")
    assert rec.meeting.start == "2027-05-08"


def test_a_date_line_under_a_headline_and_its_summary_dates_the_release(extract_text):
    rec = extract_text("Norway and Poland Hold 2+2 Meeting\n\nThe foreign and defence ministers of Norway and Poland "
                       "met to discuss their shared commitment to the region.\n\nFebruary 5, 2027\n\nOn Wednesday, "
                       "the ministers took part in the fourth Norway-Poland 2+2 meeting by video link.")
    assert rec.meeting.start == "2027-02-03"


def test_the_last_day_of_two_days_of_talks_after_a_name_with_full_stops(extract_text):
    rec = extract_text("Dialogue held\n\nBy Jane Roe Published : Sep. 29, 2027 - 15:21\n\nAfter two days of talks, "
                       "officials of Norway and the U.S. pledged closer cooperation.\n\nThat is what a joint "
                       "statement said at the conclusion of the 11th U.S.-Norway Defense Dialogue in Oslo on "
                       "Tuesday.")
    assert (rec.meeting.start, rec.meeting.end) == ("2027-09-27", "2027-09-28")


def test_datelines_with_a_country_or_an_agency_and_a_colon_and_a_lead_left_with_a_dateline_dash():
    blocks = layout("Talks held\n\nOSLO, Norway — Norway and Poland agreed to boost security ties.\n\n"
                    "WARSAW (PAP): The two-day meeting has concluded here.")
    assert [b.city for b in blocks if b.kind == "paragraph"] == ["Oslo", "Warsaw"]
    text = ("Talks held\n\n– Norway and Poland held their 6th defence policy dialogue at vice-ministerial level in "
            "Bergen on March 1, with a focus on carrying out what the Norwegian minister's trip had settled the "
            "year before.\n\nThe deputy minister headed the Norwegian team.")
    assert [b.kind for b in layout(text)] == ["title", "paragraph", "paragraph"]
    facts = _facts(text)
    assert (facts.dialogue, facts.round, facts.venue) == ("defence policy dialogue", 6, "Bergen")


def test_a_meeting_held_here_or_after_days_of_talks_with_a_counterpart_is_in_person():
    facts = _facts("Ministers agree\n\nThe Norwegian minister said during a press conference here today that "
                   "the two countries agreed to deepen the Norway-Poland Defence Dialogue.")
    assert facts.format == "in_person"
    facts = _facts("Ministers agree\n\nThe alliance will endure, the Norwegian minister said Friday after two days "
                   "of talks with his Polish counterpart at the Norway-Poland Defence Dialogue.")
    assert facts.format == "in_person"


def test_a_governments_seat_is_not_the_venue_and_a_district_gives_its_city():
    facts = _facts("Ministers agree\n\nNorway and Poland agreed to hand command to the government in Warsaw, at "
                   "the 12th Norway-Poland Defence Dialogue held at the Pentagon.")
    assert facts.venue == "Pentagon, Washington, D.C."
    facts = _facts("Ministers agree\n\nThe 12th Norway-Poland Defence Dialogue began Tuesday at the Ministry of "
                   "Defence in Mokotow, central Warsaw.")
    assert facts.venue == "Warsaw"
    facts = _facts("Ministers agree\n\nThe two held the 12th Norway-Poland Defence Dialogue at a conference room "
                   "in Mokotow-gu, Warsaw, yesterday.")
    assert facts.venue == "Warsaw"


def test_a_registered_dialogue_in_quotes_a_round_of_a_dialogue_named_in_lower_case_and_a_forum_met_within():
    facts = _facts("Allies begin their 'integrated defense dialogue' again\n\nDelegations from both capitals sat "
                   "down in Seoul to go over readiness and the year's exercises.")
    assert facts.acronym == "KIDD"
    facts = _facts("Talks start\n\nOn Monday officials opened the eighth round of their yearly integrated "
                   "defence dialogue (KIDD), with readiness first on the agenda.")
    assert (facts.acronym, facts.round) == ("KIDD", 8)
    facts = _facts("Ministers meet\n\nMeeting in Oslo under the framework of Baltic Nordic Security Cooperation "
                   "(BANSECO), the ministers issued a joint statement on the region.")
    assert (facts.dialogue, facts.acronym) == ("Baltic Nordic Security Cooperation", "BANSECO")
    facts = _facts("Ministers meet\n\nMeeting in Oslo under the framework of the Mutual Defence Treaty (MDT), the "
                   "ministers issued a joint statement on the region.")
    assert facts.dialogue is None


def test_the_first_time_in_a_city_is_the_first_round_and_a_2plus2_headline_gives_the_acronym():
    facts = _facts("Advisers meet\n\nThe national security advisers of Norway, Poland and Latvia met for the "
                   "first time in Oslo on Friday, for the Norway-Poland-Latvia Security Dialogue.")
    assert facts.round == 1
    facts = _facts("Joint Statement on the Norway-Poland Senior Officials’ 2+2 Defence Dialogue\n\nThe senior "
                   "officials held the Norway-Poland Senior Officials’ Defence Dialogue in Oslo on 3 May 2026.")
    assert facts.acronym == "2+2"


def test_a_registered_dialogue_the_meeting_preceded_or_agreed_to_launch_is_not_the_meeting():
    facts = _facts("Ministers meet\n\nThe ministers of Norway and the United States convened a “2+2” meeting in "
                   "Oslo on 4 May 2026. The Norway-U.S. “2+2” session, the fourth of its kind since 2010, preceded "
                   "the 48th Security Consultative Meeting (SCM) at the Pentagon.")
    assert (facts.dialogue, facts.acronym, facts.round) == ("2+2 meeting", "2+2", 4)
    facts = _facts("Allies agree\n\nOslo and Washington set up an \"Extended Deterrence Strategy and Consultation "
                   "Group\" of their own during the so-called \"two-plus-two\" ministerial talks held there.")
    assert facts.acronym == "2+2" and "two-plus-two" in facts.dialogue
    facts = _facts("Dialogue held\n\nPlanners met for the 30th Integrated Defense Dialogue in Busan, a month "
                   "ahead of the 60th Security Consultative Meeting.")
    assert facts.acronym == "KIDD"


def test_the_talks_place_said_further_down_and_a_capital_named_after_its_title():
    facts = _facts("Ministers meet\n\nThe defence chiefs of Norway and Poland have held their first talks in four "
                   "years and agreed to keep talking.\n\nThe minister called the meeting significant, noting the "
                   "anniversary of relations this year.\n\nBoth sides have argued over a fishing dispute for many "
                   "years without an end.\n\nIn their talks in Reykjavik, held on the fringes of a regional forum, "
                   "the ministers spoke of exercises.")
    assert facts.venue == "Reykjavik"
    facts = _facts("Ministers meet\n\nThe 12th Norway-Poland Defence Dialogue was held in the capital, Warsaw, on "
                   "Monday.")
    assert facts.venue == "Warsaw"


def test_a_meeting_held_online_is_virtual():
    facts = _facts("Ministers meet\n\nThe ministers met online for the second Norway-Poland 2+2 consultations.")
    assert facts.format == "virtual" and facts.venue is None


def test_a_day_others_agreed_something_on_is_not_the_meetings(extract_text):
    rec = extract_text("Ministers meet\n\nThe second Norway-Poland Ministerial Consultations reflected the "
                       "priorities agreed by the King of Norway, Harald, and the Polish President during their "
                       "meeting on 1 July 2025.\n\nThe ministers emphasised their partnership.")
    assert rec.meeting.start is None


def test_a_title_case_dateline_with_its_date_and_weekdays_given_as_a_range_or_as_last(extract_text):
    assert [b.city for b in layout("T\n\nOslo, Nov. 7 (Wire) -- Norway and Poland agreed.") if b.kind == "paragraph"] \
        == ["Oslo"]
    rec = extract_text("Allies talk\n\nBy Jane Roe Published : Oct. 22, 2026 - 15:21\n\nThe Norway-Poland Defence "
                       "Dialogue was held in Oslo on Monday and Tuesday, officials said.")
    assert (rec.meeting.start, rec.meeting.end) == ("2026-10-19", "2026-10-20")
    rec = extract_text("Allies talk\n\nBy Jane Roe Published : Oct. 22, 2026 - 15:21\n\nThe Norway-Poland Defence "
                       "Dialogue was held in Oslo last Thursday, officials said.")
    assert rec.meeting.start == "2026-10-15"


def test_talks_via_video_or_a_phone_conversation_are_virtual():
    assert _facts("Ministers talk\n\nThe ministers held the Norway-Poland Defence Dialogue via video on "
                  "Monday.").format == "virtual"
    assert _facts("Ministers talk\n\nThe ministers of the Norway-Poland Defence Dialogue had a phone conversation "
                  "on Monday.").format == "virtual"


def test_dialogue_names_the_genre_writes_without_an_ordinal_or_in_lower_case():
    cases = {
        "Joint Statement of the 2023 Norway-Poland 2+2\n\nThe ministers of Norway and Poland met in Oslo on 3 May "
        "2023 and agreed to deepen cooperation.": ("Norway-Poland 2+2", "2+2", None),
        "Talks\n\nDeputy ministers of Norway and Poland co-chaired the Defence Policy Dialogue in Oslo on 3 May 2023 "
        "and agreed to deepen cooperation.": ("Defence Policy Dialogue", None, None),
        "Talks\n\nThe Defence Policy Dialogue between Norway and Poland took place in Oslo on 3 May 2023, where "
        "officials agreed to deepen cooperation.": ("Defence Policy Dialogue", None, None),
        "Talks\n\nNorway and Poland held the fifth round of their defence policy talks in Oslo on 3 May 2023 and "
        "agreed to deepen cooperation.": ("defence policy talks", None, 5),
        "Talks\n\nNorway and Poland held their third strategic dialogue in Oslo on 3 May 2023 and agreed to deepen "
        "cooperation.": ("strategic dialogue", None, 3),
        "Talks\n\nThe Norway-Poland defence ministers' meeting was held in Oslo on 3 May 2023 and the two agreed to "
        "deepen cooperation.": ("Norway-Poland defence ministers' meeting", None, None),
        "Talks\n\nThe defence ministries of Norway and Poland met in Oslo on 3 May 2023 for the annual Defence "
        "Committee and agreed to deepen cooperation.": ("Defence Committee", None, None),
        "Talks\n\nThe ministers of Norway and Poland agreed to deepen cooperation during the III Bilateral Defence "
        "Meeting in Oslo on 3 May 2023.": ("Bilateral Defence Meeting", None, 3),
        "Talks\n\nThe two chiefs co-chaired in Oslo on 3 May 2023 the closing session of the Norwegian-Polish military "
        "committee, which agreed to deepen cooperation.": ("Norwegian-Polish military committee", None, None),
    }
    for text, want in cases.items():
        facts = _facts(text)
        assert (facts.dialogue, facts.acronym, facts.round) == want and facts.venue == "Oslo", text


def test_the_place_of_a_meeting_still_to_come_is_not_the_venue_but_the_meetings_own_is():
    facts = _facts("Talks\n\nThe Norway-Poland Defence Dialogue was held in Oslo on 3 May 2023 and the two agreed to "
                   "hold the next meeting in Warsaw.")
    assert facts.venue == "Oslo"
    facts = _facts("Talks\n\nThe ministers of Norway and Poland agreed to hold the next Norway-Poland Defence "
                   "Dialogue in Warsaw, they said on 3 May 2023.")
    assert facts.venue is None


def test_a_day_of_the_month_alone_and_a_weekday_still_to_come(extract_text):
    head = "Talks held\n\nBy Jane Roe Published : Nov. 6, 2025 - 15:21\n\n"
    rec = extract_text(head + "The 12th Norway-Poland Defence Dialogue was held in Oslo on the 4th.")
    assert rec.meeting.start == "2025-11-04"
    rec = extract_text(head + "The 12th Norway-Poland Defence Dialogue was held in Oslo on the 28th.")
    assert rec.meeting.start == "2025-10-28"
    rec = extract_text(head + "Norway and Poland will hold the 12th Norway-Poland Defence Dialogue in Oslo on Friday.")
    assert rec.meeting.start == "2025-11-07"


def test_a_city_whose_name_starts_with_an_abbreviation():
    assert _facts("Talks held\n\nThe 12th Norway-Poland Defence Dialogue was held in St. Petersburg on "
                  "Monday.").venue == "St. Petersburg"


def test_a_dialogue_held_for_the_nth_time_is_its_nth_round():
    assert _facts("Talks held\n\nNorway and Poland held the Norway-Poland Defence Dialogue for the 12th time in "
                  "Oslo on Monday.").round == 12
    assert _facts("Talks held\n\nNorway and Poland held the Norway-Poland Defence Dialogue for the second time in "
                  "three years in Oslo on Monday.").round is None


def test_a_registered_dialogue_the_headline_and_the_body_name_is_the_meeting_over_a_round_of_another():
    facts = _facts("What the Integrated Defense Dialogue settled\n\nPlanners spent three days at the Integrated "
                   "Defense Dialogue in Busan. Much of it went on carrying out what the 61st Security "
                   "Consultative Meeting had decided.")
    assert facts.acronym == "KIDD"
    facts = _facts("Planners prepare ahead of the Security Consultative Meeting\n\nThe 30th Integrated Defense "
                   "Dialogue met in Busan to prepare, ahead of the Security Consultative Meeting next month.")
    assert facts.acronym == "KIDD"


def test_a_handshake_before_the_meeting_is_at_its_place():
    facts = _facts("Ministers meet\n\nThe Norwegian minister shakes hands with his Polish counterpart prior their "
                   "meeting for the 12th Norway-Poland Defence Dialogue at the Defence Ministry in Warsaw.")
    assert facts.venue == "Warsaw"


def test_two_plus_two_talks_of_japan_and_the_united_states_are_their_security_consultative_committee(extract_text):
    rec = extract_text("Japan, US hold security talks\n\n"
                       "Foreign Minister Ken Sato and Defense Minister Ren Ito held two-plus-two talks with Secretary of "
                       "State Ann Lee and Secretary of Defense Tom Roe in Tokyo on Monday.\n\n"
                       "The ministers agreed to strengthen deterrence.")
    assert (rec.meeting.dialogue, rec.meeting.acronym) == ("U.S.-Japan Security Consultative Committee", "SCC")


def test_a_two_plus_two_the_registry_knows_only_as_such_keeps_the_pages_wording(extract_text):
    rec = extract_text("Allies meet\n\nPhilippine and U.S. officials held the 2+2 Ministerial Dialogue in Manila on "
                       "Monday.\n\nThe ministers agreed to expand exercises.")
    assert rec.meeting.dialogue == "2+2 Ministerial Dialogue"


def test_a_fiscal_year_is_no_venue():
    facts = _facts("Allies talk\n\nNorway and Finland held the 6th Example Strategic Dialogue, which set the priorities "
                   "in Fiscal Year 2027 for the alliance.")
    assert facts.venue is None


def test_a_dateline_days_after_the_talks_is_the_writers_desk_not_the_venue(extract_text):
    later = extract_text("Talks held\n\nBergen, 2 June 2027 (Wire): The defence ministers of Norway and Poland held "
                         "their first Example Defence Dialogue on Monday, May 30, and agreed to expand exercises.")
    assert later.meeting.venue is None
    same = extract_text("Talks held\n\nBergen, May 31 (Wire)--The defence ministers of Norway and Poland held their "
                        "first Example Defence Dialogue on Monday, May 30, and agreed to expand exercises.")
    assert same.meeting.venue == "Bergen"


def test_a_bilateral_meeting_held_by_a_minister_visiting_to_attend_a_forum_is_the_one_its_title_names(extract_text):
    rec = extract_text("Japan-Malaysia Defense Ministerial Meeting\n\n(Press Release)\n\n"
                       "On May 3, 2026, Defense Minister Sato, visiting Brunei to attend the 12th ASEAN Defence "
                       "Ministers' Meeting-Plus (ADMM-Plus), had a meeting with Malaysian Minister of Defence Amir Yusof.\n\n"
                       "1. Minister Sato welcomed progress in Japan-Malaysia defense cooperation.\n\n"
                       "2. The two Ministers confirmed to continue strengthening bilateral cooperation.\n\n"
                       "Japan-Malaysia Defense Ministerial Meeting (PDF)")
    m = rec.meeting
    assert (m.dialogue, m.acronym, m.round, m.venue) == ("Japan-Malaysia Defense Ministerial Meeting", None, None, None)
    assert m.parties == ["JPN", "MYS"]


def test_an_acronym_in_brackets_before_the_last_word_of_a_name_and_a_release_all_in_bullets(extract_text):
    rec = extract_text("(Press Release)\nMinistry of Defense Japan\n"
                       "- On March 9, the 8th Japan-Chile Military to Military (MM) Dialogue took place in Santiago, Chile.\n"
                       "- The Japanese delegation was led by Mr. SATO Ken, Director General for International Affairs, "
                       "and the Chilean delegation was co-led by Brigadier General Rosa Vidal, Director of Policy and "
                       "Rear Admiral Tomas Ruiz, Chief of Plans of the Joint Staff.\n"
                       "- The delegations exchanged views on regional affairs and agreed to continue exchanges.\n")
    m = rec.meeting
    assert (m.dialogue, m.acronym, m.round, m.venue) == ("Japan-Chile Military to Military Dialogue", "MM", 8, "Santiago")
    assert {(h.name, h.party) for h in m.heads} == {("SATO Ken", "JPN"), ("Rosa Vidal", "CHL"), ("Tomas Ruiz", "CHL")}


def test_the_first_round_under_a_new_government_is_not_the_dialogues_first(extract_text):
    rec = extract_text("U.S.-Peru Political-Military Dialogue\n\n"
                       "Lima - Today, officials of both governments chaired the 2019 U.S.-Peru Political-Military "
                       "Dialogue in Lima.\n\nThis is the first iteration of this long-standing dialogue under the "
                       "new Administration. The dialogue covered security cooperation and defense trade.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("U.S.-Peru Political-Military Dialogue", None)


def test_a_country_known_by_its_initials_is_a_party_of_the_dialogue_it_names(extract_text):
    rec = extract_text("This week's US-UAE Joint Military Dialogue (JMD) at the Pentagon brought together senior "
                       "officials.\n\nThe United States and the UAE reaffirmed their commitment to a strong defense "
                       "relationship.")
    assert rec.meeting.parties == ["ARE", "USA"]


def test_a_ministerial_meeting_in_a_registered_format_is_read_with_its_members(extract_text):
    rec = extract_text("Joint Statement on the Ministerial Meeting in the C5+1 Format\n\n"
                       "Recent developments confirm the relevance of the C5 + 1 format, which helps keep a dialogue "
                       "among its participants on peace and stability in Central Asia.\n\n"
                       "The United States reaffirms its support for the sovereignty and independence of the countries "
                       "of the region.")
    assert rec.meeting.dialogue == "C5+1"
    assert rec.meeting.parties == ["KAZ", "KGZ", "TJK", "TKM", "USA", "UZB"]


def test_ordinals_the_genre_writes_apart_from_the_name_in_roman_numerals_or_capitalised_in_a_title():
    f = _facts("Joint Statement\n\nOn May 2, 2026, Deputy Minister Aida Sultan welcomed Assistant Secretary Tom Roe in "
               "Astana for the 6th annual United States -Kazakhstan Enhanced Strategic Partnership Dialogue (ESPD). "
               "The leaders opened the meeting by recalling the first C5+1 summit.")
    assert (f.dialogue, f.acronym, f.round) == ("United States-Kazakhstan Enhanced Strategic Partnership Dialogue", "ESPD", 6)
    f = _facts("Officials of Peru and the United States held the XII High-Level Dialogue in Lima on May 3, 2026.")
    assert (f.dialogue, f.round) == ("High-Level Dialogue", 12)
    f = _facts("Joint Statement on the Ninth Japan–Chile 2+2 Foreign and Defence Ministerial Consultations\n\n"
               "Ministers met in Tokyo on 3 May 2026 for the 9th Japan–Chile Foreign and Defence Ministerial "
               "Consultations.")
    assert (f.dialogue, f.round) == ("Japan–Chile 2+2 Foreign and Defence Ministerial Consultations", 9)


def test_a_committee_held_as_a_round_of_the_joint_body_a_name_said_to_be_held_and_a_session_said_further_down():
    f = _facts("Peru and Chile signed an agreement.This came on the sidelines of the 7th round of the joint Military "
               "Cooperation Committee between Peru and Chile, which was held in Lima today.")
    assert (f.dialogue, f.round) == ("Military Cooperation Committee", 7)
    f = _facts("Chile and the United States took stock of their ties at the annual High Level Dialogue held in "
               "Santiago on March 1.")
    assert f.dialogue == "High Level Dialogue"
    f = _facts("U.S.-Peru Strategic Dialogue\n\nThe Deputy Secretary visited Lima on May 3.\n\nHe met the President.\n\n"
               "They discussed trade.\n\nThe visit was also used to conduct the 3rd Session of the Strategic Dialogue "
               "between Peru and the United States.")
    assert (f.dialogue, f.round) == ("U.S.-Peru Strategic Dialogue", 3)


def test_a_date_in_numbers_is_read_as_its_weekday_says(extract_text):
    rec = extract_text("Chile's defence minister Ana Ruiz met on Tuesday 9/1/2018 in Santiago with the U.S. Assistant "
                       "Secretary of Defense Tom Roe as part of the meetings of the military coordination committee.\n\n"
                       "The meeting covered issues of bilateral interest.")
    assert (rec.meeting.start, rec.meeting.end) == ("2018-01-09", "2018-01-09")


def test_today_in_a_ministers_release_dates_the_meeting_over_another_event_dated_further_down(extract_text):
    rec = extract_text("19 March 2026\n\nToday in Canberra, I hosted Chile's Minister of National Defense, Ana Ruiz, "
                       "for the inaugural Australia-Chile Defence Ministers' Meeting.\n\n"
                       "Minister Ruiz and I laid a wreath at the Australian War Memorial.\n\n"
                       "We discussed issues of mutual interest.\n\n"
                       "We agreed that Australia and Chile would hold an annual dialogue of experts following the first "
                       "such dialogue in Santiago on 12 March this year.")
    assert (rec.meeting.start, rec.meeting.end) == ("2026-03-19", "2026-03-19")


def test_a_meeting_between_two_ministers_dated_in_its_sentence_and_exercises_under_a_forums_framework(extract_text):
    rec = extract_text("Wed, 06/08/2016 - 08:44\n\nJapan, Chile to cooperate on security\n\n"
                       "SANTIAGO, June 8 (Agency) - Japan and Chile have agreed to cooperate on security issues. The "
                       "deal was struck at a meeting between Japan's visiting Defence Minister Ken Sato and "
                       "Chilean Defence Minister Ana Ruiz in Santiago on June 7. Chile will also co-lead first-aid "
                       "exercises this year under the framework of the ASEAN Defence Ministers' Meeting-Plus.")
    m = rec.meeting
    assert (m.dialogue, m.parties, m.start) == (None, ["CHL", "JPN"], "2016-06-07")


def test_a_registered_forum_whose_nth_round_an_earlier_meeting_was_held_beside_is_not_the_meeting(extract_text):
    rec = extract_text("Bilateral Meeting between the Defence Ministers of Chile and Peru\n\n"
                       "Chilean Minister of National Defense Ana Ruiz and Peruvian Minister of Defense Luis Vega met "
                       "for a bilateral meeting on May 3, 2026 in Lima, Peru.\n\n"
                       "It comes after the two Ministers talked on the sidelines of the 19th ASEAN "
                       "Defense Ministers' Meeting (ADMM) held last November in Jakarta.\n\n"
                       "The Ministers compared notes on security trends in the region.")
    assert rec.meeting.parties == ["CHL", "PER"] and rec.meeting.round is None


def test_a_label_in_brackets_a_countrys_adjective_and_a_meeting_held_at_a_ministry(extract_text):
    rec = extract_text("Press Releases\n\nThe 9th Japan-Chile Security Dialogue (Overview)\n\nMay 3, 2026\n\n"
                       "On the morning of Wednesday May 3, the 9th round of the Japan-Chile Security Dialogue was held at "
                       "the Ministry of Foreign Affairs. The Dialogue brought together, on the Japan side, "
                       "SATO Ken, Deputy Minister for Foreign Affairs, and on the Chile side, Ana "
                       "Ruiz, Vice Minister of Foreign Affairs.\n\n"
                       "Japan reiterated its position regarding the object detected in Japanese airspace.")
    m = rec.meeting
    assert (m.acronym, m.venue, m.format) == (None, None, "in_person")
    assert {(h.name, h.party) for h in m.heads} == {("SATO Ken", "JPN"), ("Ana Ruiz", "CHL")}


def test_the_storys_date_set_before_it_yields_to_the_meetings_and_a_guest_received_on_a_day(extract_text):
    rec = extract_text("12th Defence Cooperation Committee meeting\n\nOct 12: The 12th meeting of the Chile-India "
                       "Defence Cooperation Committee was held in Pune on October 11, 2023. Defence Secretary "
                       "Ravi Rao and Deputy Secretary Ana Ruiz co-chaired it.")
    assert (rec.meeting.start, rec.meeting.end) == ("2023-10-11", "2023-10-11")
    rec = extract_text("In the Philippines upon the invitation of Secretary Jose Cruz, Chile's Defense Minister Ana Ruiz "
                       "was warmly received at the Department of National Defense on 27 June 2013.\n\n"
                       "In their bilateral meeting, the two ministers highlighted the growing engagements and agreed "
                       "to expand training exchanges. They also reaffirmed their commitment to regional peace.")
    assert rec.meeting.start == "2013-06-27"


def test_a_wires_city_with_its_country_in_square_brackets_is_the_dateline(extract_text):
    rec = extract_text("New Delhi [India], November 27 (Wire): India and Chile on Thursday agreed to deepen defence "
                       "cooperation.\n\nDuring the 3rd India-Chile Defence Ministers' Dialogue, the ministers reviewed "
                       "maritime security.")
    assert rec.meeting.venue == "New Delhi"


def test_a_building_named_with_the_then_its_city_gives_the_city_and_a_district_its_city():
    assert _facts("On May 3, 2026, Minister SATO held a meeting with General Ana Ruiz, Minister of Defence of Chile, "
                  "at the Ministry of National Defence, Santiago.").venue == "Santiago"
    assert _facts("The ministers held the 5th Korea-Chile Security Dialogue at the Ministry of National Defense in "
                  "Yongsan-gu, Seoul, on May 3, 2026.").venue == "Seoul"


def test_a_title_with_a_place_and_dates_after_commas_is_no_date_line_of_a_city():
    blocks = layout("A review of the NATO Defence Ministers meeting, Brussels, 8-9 November 2027\n"
                    "- An outline decision was taken to adapt the command structure.\n"
                    "- It was agreed to create a new cyber centre.\n")
    assert not any(b.dateline and b.dateline.city.startswith("A review") for b in blocks)
    assert layout("Seoul, November 15, 2027\n\nThe ministers met.")[0].dateline.city == "Seoul"


def test_a_bodys_meeting_had_with_its_acronym_and_a_ministers_meeting_after_annual(extract_text):
    rec = extract_text("The three Nordic Defence Ministers met in Bergen today\n\nToday, 21 December 2027, the Minister of "
                       "Defence of Norway, the Minister of Defence of Sweden and the Minister of Defence of Finland had a "
                       "Ministerial Committee (MC) meeting in Bergen, Norway.\n\nThe ministers condemned the attacks.")
    m = rec.meeting
    assert (m.dialogue, m.acronym, m.start, m.venue) == ("Ministerial Committee", "MC", "2027-12-21", "Bergen")
    f = _facts("Minister Ann Hale met Chile's Minister for Defence Luis Vega on March 17, 2027 in Sydney for the annual "
               "Chile-Australia Defence Ministers' meeting.")
    assert f.dialogue == "Chile-Australia Defence Ministers' meeting"


def test_a_pair_written_with_a_comma_before_a_name_gives_both_parties(extract_text):
    rec = extract_text("Chile, U.S. Bi-national Commission notes threat\n\nThe Chile, U.S. Bi-National Commission (BNC) "
                       "has noted the continued threat to peace and security.\n\nThe BNC discussion on security was "
                       "co-chaired by Defence Minister Luis Vega and Deputy Secretary of State Ann Roe.")
    assert (rec.meeting.dialogue, rec.meeting.parties) == ("Chile-U.S. Bi-National Commission", ["CHL", "USA"])


JOINT_COMMISSION = """\
The 7th Session of the Norway/Poland Joint Commission on Defence and Security was held in Oslo, Norway from 2nd - 4th March 2015.

The delegation of the Kingdom of Norway was led by Honourable Ola BERG, Minister of Defence, and included Honourable Kari LUND, Deputy Minister of Justice.

The delegation of the Republic of Poland was led by Honourable Jan KOWAL, Minister of National Defence.

The Commission deliberated on issues of mutual interest in the areas of defence and security. It also took stock of how far the decisions of the 6th Session had been carried out. The Commission committed to further deepen the ties of both countries.
"""


def test_a_commission_of_two_countries_written_with_a_slash_is_the_dialogue_named_with_a_hyphen(extract_text):
    m = extract_text(JOINT_COMMISSION).meeting
    assert (m.dialogue, m.round, m.parties) == ("Norway-Poland Joint Commission on Defence and Security", 7, ["NOR", "POL"])


def test_the_delegation_of_a_country_was_led_by_its_head_and_who_it_included_is_no_head(extract_text):
    heads = extract_text(JOINT_COMMISSION).meeting.heads
    assert [(h.name, h.party) for h in heads] == [("Ola BERG", "NOR"), ("Jan KOWAL", "POL")]


def test_the_commission_as_subject_is_both_parties(extract_text):
    acts = [(s.act, s.actors) for s in extract_text(JOINT_COMMISSION).statements if "Commission" in s.text[:15]]
    assert acts == [("discuss", ["NOR", "POL"]), ("commit", ["NOR", "POL"])]


def test_a_mechanism_of_two_countries_is_a_dialogue(extract_text):
    m = extract_text("Foreign Minister Ömer Çelik and Secretary of State Tom Roe held the fifth meeting of the "
                     "Türkiye-U.S. Strategic Mechanism in Ankara on 3 March 2024.").meeting
    assert (m.dialogue, m.round, m.parties) == ("Türkiye-U.S. Strategic Mechanism", 5, ["TUR", "USA"])


def test_an_ordinary_meeting_of_a_regional_bodys_committee_names_the_committee(extract_text):
    m = extract_text("The 42nd Ordinary Meeting of the ECOWAS Committee of Chiefs of Defence Staff convened in Abuja "
                     "from 7 to 9 August 2024.\n\nThe Chiefs of Defence Staff discussed the readiness of the standby "
                     "force.").meeting
    assert (m.dialogue, m.round, m.parties) == ("ECOWAS Committee of Chiefs of Defence Staff", 42, ["ECOWAS"])


def test_a_dateline_with_its_outlet_and_date_in_brackets_places_and_dates_the_meeting(extract_text):
    from accord.reading import read_bytes

    page = ("18th Round Of Norway-Poland High Level Military Dialogue Group Held At Defence Ministry\n\n"
            "RAWALPINDI, (Example / Nordic Wire - 16th Feb, 2024) The 18th round of Norway-Poland High Level "
            "Military Dialogue Group (HLMDG) meeting was successfully held here in Ministry of Defence from "
            "February 13-16 where Norway's delegation was led by Secretary Defence, Lieutenant General (R) "
            "Ola Berg while Polish delegation was led by General Jan Kowal.")
    rec = extract_text(read_bytes(page.encode(), "page.txt").text)
    m = rec.meeting
    assert (m.dialogue, m.round, m.venue, m.start, m.end) == (
        "Norway-Poland High Level Military Dialogue Group", 18, "Rawalpindi", "2024-02-13", "2024-02-16")
    assert [(h.name, h.party) for h in m.heads] == [("Ola Berg", "NOR"), ("Jan Kowal", "POL")]
    assert [s.act for s in rec.statements] == ["meet"]


def test_a_bodys_meeting_said_with_its_possessive_is_the_meeting_and_an_upcoming_one_is_not(extract_text):
    m = extract_text("At the Arctic Defence Committee's meeting in Bergen on 19 June 2019 the Norwegian minister Ola "
                     "Berg and his Danish counterpart Kari Lund agreed on a common stance ahead of the upcoming NATO "
                     "Defence Ministers' meeting.").meeting
    assert (m.dialogue, m.venue) == ("Arctic Defence Committee", "Bergen")
    m = extract_text("The Norwegian and Danish ministers agreed on a common stance in Bergen on 19 June 2019, ahead "
                     "of the upcoming NATO Defence Ministers' meeting. They also discussed air defence.").meeting
    assert m.dialogue is None


def test_the_first_meeting_under_a_new_government_is_no_round_and_the_round_said_later_is(extract_text):
    m = extract_text("Norway has reaffirmed its commitment to Poland during the first Nordic Consultative Group (NCG) "
                     "meeting under the new government.\n\nThe defence ministry said the allies held the fifth "
                     "Nordic Consultative Group meeting in Oslo on Thursday.").meeting
    assert (m.dialogue, m.round) == ("Nordic Consultative Group", 5)


def test_a_venue_with_accented_letters_is_read_whole(extract_text):
    m = extract_text("The first Norway-Brazil Defence Dialogue was held on 18 August 2025 in Brasília, capital of "
                     "Brazil.\n\nThe two sides discussed maritime security.").meeting
    assert m.venue == "Brasília"
    m = extract_text("The fifth Norway-Vietnam Defence Dialogue was held on 3 May 2024 in Hà Nội.\n\n"
                     "Both delegations talked about coastal patrols.").meeting
    assert m.venue == "Hà Nội"


def test_a_forum_the_sides_coordinate_within_is_not_the_meeting_and_a_lower_case_name_keeps_its_round(extract_text):
    m = extract_text("Both nations reaffirmed their commitment to coordinating closely within the ASEAN Defence "
                     "Ministers' Meeting (ADMM).\n\nOslo (Wire) – The 4th Norway-Poland defence policy dialogue was held in "
                     "Oslo on September 18, 2025.").meeting
    assert (m.round, m.parties) == (4, ["NOR", "POL"]) and "Norway-Poland" in m.dialogue


def test_a_name_written_as_a_name_is_preferred_to_the_same_meeting_in_lower_case(extract_text):
    m = extract_text("Norway-Poland foreign and defence ministerial meeting 2023: joint statement\n\n"
                     "The two governments gave a joint statement after the fifth Norway-Poland foreign and defence "
                     "ministers' meeting.\n\nDocuments\n\nThe fifth Norway-Poland Foreign and Defence Ministerial Meeting took "
                     "place on 7 November 2023 in Oslo.").meeting
    assert (m.dialogue, m.round) == ("Norway-Poland Foreign and Defence Ministerial Meeting", 5)


def test_a_city_and_an_outlets_name_before_a_colon_is_a_dateline(extract_text):
    rec = extract_text("Phnom Penh, The Example Observer: Norwegian State Secretary Ola Berg and Polish Deputy Minister "
                       "Jan Kowal co-chaired the seventh Norway-Poland policy dialogue on Wednesday.\n\n"
                       "During the dialogue, Berg affirmed the good neighbourliness between the two countries.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Ola Berg", "NOR"), ("Jan Kowal", "POL")]
    assert [s.actors for s in rec.statements if "affirmed" in s.text] == [["NOR"]]


def test_a_wire_dateline_ending_in_a_full_stop_places_the_meeting_and_the_city_hosts_it(extract_text):
    rec = extract_text("BERGEN, Norway, December 2. Bergen hosts the 16th Norwegian-Polish High-Level Military Dialogue "
                       "meeting between the two defence ministries.\n\nThe sides exchanged views on their military "
                       "relations.")
    assert (rec.meeting.venue, rec.meeting.parties) == ("Bergen", ["NOR", "POL"])
    assert [(s.act, s.actors) for s in rec.statements][0] == ("meet", ["NOR", "POL"])


def test_a_name_that_goes_on_with_an_acronym_and_a_list_after_on_is_kept_whole(extract_text):
    m = extract_text("The 26th Meeting of the ECOWAS Ministerial Committee of the Organ on Politics, Defence and "
                     "Security Cooperation was held on 11 July 2024 in Abuja.").meeting
    assert (m.dialogue, m.round) == ("ECOWAS Ministerial Committee of the Organ on Politics, Defence and Security Cooperation", 26)
    m = extract_text("Officials discussed maritime safety at the 3rd Norway-Japan Dialogue on Maritime Security, Safety "
                     "and Oceanic Issues, held in Oslo on October 2.").meeting
    assert (m.dialogue, m.round) == ("Norway-Japan Dialogue on Maritime Security, Safety and Oceanic Issues", 3)


def test_its_third_session_with_a_capital_is_the_round_and_such_a_meeting_is_no_name(extract_text):
    m = extract_text("The Norway - Poland Joint Permanent Commission on Defence and Security closed its 5th Session "
                     "on 14 May 2012 in Oslo.\n\nThe two delegations reviewed their cooperation.").meeting
    assert m.round == 5
    m = extract_text("Norwegian and Polish officials held talks in April, the first such working-level meeting since "
                     "January.\n\nThey discussed maritime safety.").meeting
    assert m.dialogue is None


def test_a_pair_set_off_by_a_spaced_dash_is_written_as_one_name(extract_text):
    m = extract_text("The Norway – Poland Defence Ministerial Meeting was held in Oslo on 3 May 2012.\n\n"
                     "The two ministers discussed maritime security.").meeting
    assert (m.dialogue, m.parties) == ("Norway-Poland Defence Ministerial Meeting", ["NOR", "POL"])
    m = extract_text("The U.S.- Chile Counterterrorism Joint Working Group met in Arica on 3 May 2027.\n\n"
                     "Both delegations reviewed fishing patrols.").meeting
    assert m.dialogue == "U.S.-Chile Counterterrorism Joint Working Group"


def test_a_story_that_names_the_session_it_reports_only_further_down_is_not_rejected(extract_text):
    rec = extract_text("Kenya hands over chairmanship of regional force to Uganda\n\n"
                       "Kenya has handed over the chairmanship of a regional military agency to Uganda.\n\n"
                       "The force is a regional organisation whose mandate is to enhance peace in the region.\n\n"
                       "It provides the capability for rapid deployment of forces in the region.\n\n"
                       "The minister made the remarks when he chaired the 33rd Ordinary Session of the Council of "
                       "Ministers of Defence and Security of IGAD in Nairobi. The 30th Summit of IGAD leaders, held "
                       "in 2019, had adopted the force's doctrine.")
    assert (rec.meeting.dialogue, rec.meeting.round, rec.meeting.parties) == \
        ("Council of Ministers of Defence and Security of IGAD", 33, ["IGAD"])


def test_a_leaders_summit_named_further_down_is_not_the_ministers_meeting(extract_text):
    rec = extract_text("Ministers agree to boost defence ties\n\n"
                       "Norway and Chile agreed to boost their defence ties.\n\n"
                       "The two ministers also reviewed maritime security in the South Pacific.\n\n"
                       "They welcomed the plan for joint training of their naval officers.\n\n"
                       "The plan was first put forward by both at the 9th Pacific Leaders Meeting held in Tokyo.")
    assert rec.meeting.dialogue is None and rec.meeting.round is None


def test_an_acronym_of_another_body_is_not_a_registered_dialogue_of_countries_the_page_never_names(extract_text):
    rec = extract_text("The foreign ministers of Norway, Chile and Kenya held a trilateral meeting in Oslo on May 4. "
                       "The ministers noted the importance of the Joint Mine Countermeasures Group in the North Sea "
                       "(MCM North Sea) and agreed to expand its mandate.")
    assert rec.meeting.dialogue == "trilateral meeting" and rec.meeting.acronym is None
    assert rec.meeting.parties == ["CHL", "KEN", "NOR"]


def test_another_body_s_acronym_said_again_further_down_is_not_a_registered_dialogue_either(extract_text):
    rec = extract_text("The three countries signed a pact on Monday to clear sea mines together in the North Sea.\n\n"
                       "The defence ministers of Norway, Denmark and the Netherlands attended the signing in Oslo.\n\n"
                       "\u201cWe are founding the North Sea Mine Countermeasures Group (MCM North Sea) today,\u201d the "
                       "Norwegian minister said.\n\nThe ministers thanked their navies for the survey work.\n\n"
                       "The first MCM North Sea exercise was held near Bergen, officials said.")
    assert rec.meeting.dialogue is None and rec.meeting.parties == ["DNK", "NLD", "NOR"]


def test_a_registered_acronym_alone_is_still_the_dialogue_when_its_parties_are_named(extract_text):
    rec = extract_text("Seoul and Washington hold MCM\n\nThe Republic of Korea and the United States held the MCM in "
                       "Seoul on May 4 and agreed to strengthen their combined defense posture.")
    assert rec.meeting.acronym == "MCM" and rec.meeting.parties == ["KOR", "USA"]


def test_an_organisations_body_written_in_lower_case_after_its_acronym_is_the_meeting(extract_text):
    rec = extract_text("KAMPALA, Nov 9 -- The IGAD joint defence council renewed its support to Somalia in the face of "
                       "any threats targeting its security, according to the final statement of its ninth session.\n\n"
                       "The ministers reviewed the threats facing the member states of the region.")
    assert (rec.meeting.dialogue, rec.meeting.parties) == ("IGAD joint defence council", ["IGAD"])
    assert [s.actors for s in rec.statements if s.act == "discuss"] == [["IGAD"]]


def test_the_day_a_visit_ended_does_not_date_the_meeting_held_during_it(extract_text):
    rec = extract_text("Ministers meet\n\nBy Jane Roe Published : Oct. 25, 2026 - 15:21\n\nDefence Minister Ola Berg "
                       "met his Polish counterpart to talk about joint weapons production during a working visit to "
                       "Poland that ended on Saturday.\n\nThe two ministers agreed to hold exercises.")
    assert rec.meeting.start is None


def test_the_closing_ceremony_of_a_two_day_meeting_dates_its_last_day(extract_text):
    rec = extract_text("The 2-day Norway-Chile Joint Defence Committee meeting in Oslo has rounded off after the "
                       "committee reviewed an earlier agreement between the two countries.\n\n"
                       "The closing ceremony of the 2-day deliberations was presided over by the Deputy Minister of "
                       "Defence of Norway, Mr Ola Berg, on Tuesday 30 July 2024, at the officers' mess in Oslo.")
    assert (rec.meeting.start, rec.meeting.end) == ("2024-07-29", "2024-07-30")


def test_an_acronym_after_in_is_not_a_venue(extract_text):
    rec = extract_text("Senior diplomats from Norway and Chile agreed Wednesday to expand cooperation in defense.\n\n"
                       "The two vice ministers held a strategic dialogue and agreed to push for cooperation in AI and "
                       "digital technology.")
    assert rec.meeting.venue is None


def test_a_summit_the_meeting_precedes_or_where_a_treaty_was_adopted_is_not_the_meeting(extract_text):
    rec = extract_text("The Foreign and Defence Ministers of Norway and Chile met in Oslo this Monday. It is the second "
                       "time they have met in this format, under the Treaty of Friendship adopted during the XXXII "
                       "Norwegian-Chilean Bilateral Summit in October 2021.\n\nThe holding of this ministerial "
                       "meeting precedes the Norwegian-Chilean Summit, which will be held on October 23 in Santiago.")
    assert rec.meeting.dialogue is None and rec.meeting.round is None


def test_a_round_of_a_format_named_only_by_it_is_the_meeting(extract_text):
    rec = extract_text("The Santa Cruz Palace in Oslo hosted this Monday the second meeting in 2+2 format between the "
                       "Norwegian Ministers of Foreign Affairs, Ola Berg, and Defence, Kari Lund, and their Chilean "
                       "counterparts, Ana Soto and Pedro Ruiz, respectively.\n\nThe ministers agreed to hold exercises.")
    assert (rec.meeting.round, "2+2" in (rec.meeting.dialogue or "")) == (2, True)


def test_the_date_of_a_summit_still_to_come_does_not_date_the_meeting(extract_text):
    rec = extract_text("Ministers meet\n\nBy Jane Roe Published : Oct. 20, 2026 - 15:21\n\n"
                       "The Foreign and Defence Ministers of Norway and Chile held the second meeting in 2+2 format in "
                       "Oslo this Monday.\n\nThe holding of this ministerial meeting, in 2+2 format, precedes the "
                       "Norwegian-Chilean Summit, which will be held this coming October 23 in Santiago.")
    assert rec.meeting.start == "2026-10-19"  # the Monday before the release, not the summit's day


def test_cooperation_in_defence_is_not_a_venue(extract_text):
    rec = extract_text("The IGAD Sectorial Committee on Cooperation in Defence has held its 27th meeting, where the "
                       "chiefs of staff of the member states agreed to share intelligence.")
    assert rec.meeting.venue != "Defence"


def test_the_city_of_an_upcoming_summit_is_not_the_venue(extract_text):
    rec = extract_text("On May 23 Lithuania hosted a meeting of the Ministers of Defence of the Northern Group. The "
                       "ministers discussed assistance to Ukraine and the agenda of the upcoming NATO Summit in "
                       "Washington.")
    assert rec.meeting.venue != "Washington, D.C."


def test_a_round_held_under_the_auspices_of_a_programme_and_a_boards_session_without_a_round():
    facts = _facts("Joint Statement\n\nThe statement was released by Norway and Poland on the occasion of the eleventh "
                   "ministerial meeting of the Norway-Poland High Level Security Dialogue under the auspices of the "
                   "Baltic Basin Initiative, held in Oslo on 3 May 2027.")
    assert (facts.dialogue, facts.round) == ("Norway-Poland High Level Security Dialogue", 11)
    facts = _facts("Board meets\n\nToday the Session of the Joint Board of the Defence Ministries of Norway and the Republic "
                   "of Poland has taken place in Oslo.")
    assert facts.dialogue.startswith("Joint Board of the Defence") and facts.venue == "Oslo"


def test_a_wire_dateline_closed_by_a_full_stop_gives_the_city_without_it(extract_text):
    rec = extract_text("Ministries approve plan\n\nOSLO. Oct 20 (Wire) - A meeting of the leaderships of the Norwegian "
                       "and Belarussian Defence Ministries has approved a plan of joint action.\n\n"
                       "The meeting focused on questions of military cooperation.")
    assert rec.meeting.venue == "Oslo" and rec.meeting.parties == ["BLR", "NOR"]


def test_a_wires_mark_in_brackets_after_a_city_or_alone_is_a_dateline(extract_text):
    rec = extract_text("Ministers meet\n\nTromso (Example News/Wire-ANA) - The defense ministers of Norway and Poland "
                       "met here on Friday to talk about defence ties.\n\nThey agreed to hold joint exercises.")
    assert rec.meeting.venue == "Tromso"
    rec = extract_text("Norway, Poland hold dialogue\n\n(EXAMPLEWORLD) - Deputy Minister of Defense Ola Berg and Polish "
                       "Director General Jan Kowal co-chaired the third Norway-Poland defense dialogue in Krakow on "
                       "Monday.\n\nThey agreed to hold joint exercises.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Ola Berg", "NOR"), ("Jan Kowal", "POL")}
    assert rec.statements[0].text.startswith("Deputy Minister")


def test_an_ethio_pair_with_an_article_and_another_rounds_decisions(extract_text):
    rec = extract_text("An Ethio-Kenya Joint Border Commission session began in Moyale on Monday. Delegates went over "
                       "how far the decisions of the 20th Joint Border Commission had been carried out. The two sides "
                       "agreed to add border posts.")
    m = rec.meeting
    assert (m.dialogue, m.round, m.parties) == ("Ethio-Kenya Joint Border Commission", None, ["ETH", "KEN"])


def test_macedonia_by_its_older_name_is_a_party(extract_text):
    rec = extract_text("Washington hosted the US-Macedonia Strategic Dialogue this week, and Macedonia and the United "
                       "States released a joint statement afterwards. They affirmed their wish to trade more.")
    assert rec.meeting.parties == ["MKD", "USA"]
    assert [s.actors for s in rec.statements if "affirmed" in s.text] == [["MKD", "USA"]]


def test_asean_chiefs_of_defence_named_by_their_acronym_meet_as_asean(extract_text):
    rec = extract_text("Thailand's armed forces chief opened this year's gathering of ASEAN army chiefs in Bangkok.\n\n"
                       "Delegates agreed that ACDFM is the right forum for the region's militaries. In their joint "
                       "statement they also reaffirmed that disputes are settled peacefully.")
    assert (rec.meeting.dialogue, rec.meeting.parties) == ("ASEAN Chiefs of Defence Forces Meeting", ["ASEAN"])
    assert {tuple(s.actors) for s in rec.statements} == {("ASEAN",)}


def test_bilateral_talks_held_alongside_a_registered_meeting_are_not_it(extract_text):
    rec = extract_text("Norwegian Defence Minister Ola Berg and his Japanese counterpart Taro Yamada met in Tokyo on "
                       "Thursday, during bilateral talks held alongside the Nuclear Consultative Group. Both sides "
                       "agreed to expand exchanges.")
    assert rec.meeting.dialogue is None and rec.meeting.parties == ["JPN", "NOR"]


def test_a_wires_name_and_dash_after_a_dateline_city_and_a_title_with_a_dash_name_no_dialogue(pipeline):
    from accord.reading import read_bytes

    page = ("Security council secretaries of two neighbours meet\n\n"
                       "ASTANA. NORDWIRE – Kazakhstan and Kyrgyzstan held security council talks in Astana on Friday, "
                       "a correspondent reports.\n\n"
                       "Kazakhstan's side was led by the envoy of Kazakhstan - Secretary of the Security Council Arman "
                       "Bekov, and Kyrgyzstan's by Daniyar Usenov. The parties exchanged views on regional security.")
    rec = pipeline.extract(read_bytes(page.encode(), "page.txt"))
    m = rec.meeting
    assert (m.dialogue, m.venue, m.parties) == (None, "Astana", ["KAZ", "KGZ"])
    assert "NORDWIRE" not in rec.document.text


def test_a_lower_case_name_with_an_en_dash_inside_a_word_and_a_city_named_as_the_city_of(extract_text):
    rec = extract_text("Bergen hosts vice minister–level naval policy dialogue\n\n"
                       "The 6th vice minister–level naval policy dialogue between Norway and Chile opened on November 4, "
                       "2026, in the port city of Bergen.\n\n"
                       "Vice Minister Kari Lund and Admiral Jose Soto, head of Chile's naval staff, co-chaired the "
                       "function.")
    m = rec.meeting
    assert (m.dialogue, m.round, m.venue) == ("naval policy dialogue", 6, "Bergen")  # the level is no part of the name


def test_a_meeting_at_the_fishing_town_of_a_place_is_there(extract_text):
    rec = extract_text("The Norway-Chile border security commission met for its third round at the fishing town of "
                       "Molde on 4 May 2026.")
    assert rec.meeting.venue == "Molde"


def test_a_group_the_parties_are_said_to_belong_to_is_not_their_meeting(extract_text):
    rec = extract_text("Norway's Defence Minister Kari Lund held talks with Chilean Defence Minister Pedro Soto in Oslo "
                       "on Wednesday, 4 May 2027.\n\nThey reviewed their defence ties.\n\n"
                       "Norway and Chile are both members of the Quadrilateral Security Dialogue, known as the Quad, "
                       "with Japan and the United States.")
    assert (rec.meeting.dialogue, rec.meeting.parties) == (None, ["CHL", "NOR"])


def test_a_meeting_in_someones_home_town_of_a_place_is_there_not_at_the_person(extract_text):
    rec = extract_text("The fourth Norway-Chile Defence Strategic Dialogue was hosted by Admiral Juan Soto and held in "
                       "Admiral Soto's hometown of Valdivia, Los Rios Region, on 4 May 2026.")
    assert rec.meeting.venue == "Valdivia"
    rec = extract_text("Defence chiefs of Norway and Chile met on 4 May 2026 in Norway's port city of Bergen.")
    assert rec.meeting.venue == "Bergen"


def test_the_city_of_another_rounds_meeting_is_not_the_venue(extract_text):
    rec = extract_text("The 4th Norway-Chile Defence Dialogue was held on May 4, 2026.\n\n"
                       "Their last round took place two years ago in the Chilean town of Arica.")
    assert rec.meeting.venue is None


def test_a_three_plus_three_is_not_called_a_two_plus_two(extract_text):
    rec = extract_text('Norway and Chile open "3+3" talks\n\nNorway and Chile held the opening round of their '
                       'Norway-Chile "3+3" strategic dialogue, which brings their foreign, defence and justice ministers '
                       'together, in Oslo on March 17, 2026.\n\nThe two sides agreed to meet again next year.')
    assert rec.meeting.acronym == "3+3"


def test_a_lower_case_name_with_a_possessive_and_a_strategic_dialogue_held_without_an_ordinal(extract_text):
    rec = extract_text("Talks\n\nSANTIAGO: Chile and Norway held their fourth defence ministers’ strategic dialogue "
                       "in Santiago on 2 June 2025.\n\nThe two sides agreed to meet again.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("defence ministers’ strategic dialogue", 4)
    rec = extract_text("Talks\n\nChile and Norway convened a virtual strategic dialogue on 9 June 2025 about fisheries "
                       "and climate.\n\nThe two sides agreed to meet again.")
    assert (rec.meeting.dialogue, rec.meeting.format) == ("strategic dialogue", "virtual")


def test_the_secretaries_of_three_countries_who_co_chaired_are_the_parties(extract_text):
    rec = extract_text("The foreign secretaries of Norway, Chile and Peru co-chaired the opening round of a new "
                       "trilateral officials' dialogue in Lima on Wednesday.\n\nKari Lund, Ana Rojas and Luis Soto, the "
                       "secretary-general of the Chilean ministry, led the talks.")
    assert rec.meeting.parties == ["CHL", "NOR", "PER"]


def test_the_trilateral_chiefs_of_defense_and_the_adriatic_charter_are_registered(extract_text):
    rec = extract_text("The top military officers of the three countries met in Tokyo on Thursday for the 23rd "
                       "Trilateral Chiefs of Defense (Tri-CHOD) meeting.\n\nThey agreed to strengthen cooperation.")
    assert (rec.meeting.acronym, rec.meeting.round, rec.meeting.parties) == ("Tri-CHOD", 23, ["JPN", "KOR", "USA"])
    rec = extract_text("Foreign ministers of the U.S.-Adriatic Charter (A5) met in Skopje on Thursday as Albania "
                       "ended its year in the chair.\n\nParticipants discussed the security of the region.")
    assert rec.meeting.parties == ["ALB", "BIH", "HRV", "MKD", "MNE", "USA"]
    assert [s.actors for s in rec.statements if s.act == "discuss"] == [["ALB", "BIH", "HRV", "MKD", "MNE", "USA"]]


def test_an_event_named_with_its_organiser_on_whose_margins_the_talks_were_held_is_not_the_meeting(extract_text):
    rec = extract_text("Norwegian, Chilean and Peruvian defence ministers met in Singapore on June 3, 2026, on the "
                       "margins of the Nordic Institute for Peace Studies (NIPS) Shangri-La Dialogue.\n\nThe ministers "
                       "agreed to share information on maritime traffic.")
    assert rec.meeting.dialogue != "Shangri-La Dialogue"


def test_a_lead_dated_by_another_meeting_and_a_round_named_further_down_as_held(extract_text):
    rec = extract_text(
        "Officials will convene again next year in Chile at a time both find suitable.\n\n"
        "Canberra: Weeks after the summit in Japan between Prime Minister Ravi Kumar and US President John Stone, "
        "officials of both nations sat down in Hawaii for naval talks in which they traded views on port security.\n\n"
        "Both nations have stepped up naval cooperation as tensions at sea grow.\n\n"
        "A ministry release added, 'The fifth round of the India-US naval staff dialogue took place, on 3 May 2027, "
        "at Pearl Harbor. Anil Rao, additional secretary, headed the Indian side. The US side was headed by Jane Doe, "
        "assistant secretary of state.'\n\n"
        "The delegations reviewed their joint patrols.")
    m = rec.meeting
    assert (m.dialogue, m.round, m.parties) == ("India-US naval staff dialogue", 5, ["IND", "USA"])
    assert [(h.name, h.party) for h in m.heads] == [("Anil Rao", "IND"), ("Jane Doe", "USA")]


def test_a_group_the_two_ministers_back_is_not_the_bilateral_meeting_they_held(extract_text):
    rec = extract_text(
        "Ministers meet\n\n"
        "SINGAPORE - Defence Minister Tan Wei Ming and his Malaysian counterpart Lim Boon Keng held a bilateral "
        "meeting on Tuesday (May 4), pledging support to the Five Power Defence Arrangements (FPDA).\n\n"
        "The two ministers discussed maritime security. Singapore and Malaysia set up the pact with three others.\n\n"
        "On the FPDA, the ministers affirmed their support for the pact.")
    m = rec.meeting
    assert (m.dialogue, m.parties) == (None, ["MYS", "SGP"])
    assert {s.act: s.actors for s in rec.statements}["discuss"] == ["MYS", "SGP"]


def test_ministerial_talks_only_called_a_2_plus_2_are_the_pairs_registered_2_plus_2(extract_text):
    rec = extract_text("Japan and the US held talks of their foreign affairs and defense chiefs, known as the \"2 plus 2\", "
                       "in Tokyo on Tuesday, the first since the cabinet changed.\n\n"
                       "Foreign Minister Sato, Defense Minister Ito, Secretary of State Ann Cole and Secretary of Defense "
                       "Mark Dunn exchanged views on regional security.")
    assert (rec.meeting.dialogue, rec.meeting.acronym) == ("U.S.-Japan Security Consultative Committee", "SCC")


def test_the_us_capital_is_one_venue_however_the_page_spells_it():
    for spelled in ("Washington DC", "Washington D.C.", "Washington, DC"):
        facts = _facts(f"Talks held\n\nThe ministers of Norway and the United States met in {spelled} on 3 May "
                       "2026 for their annual talks.")
        assert facts.venue == "Washington, D.C.", spelled


def test_talks_held_last_night_were_the_day_before_the_release(extract_text):
    rec = extract_text("India and Peru hold defence talks\n\nSeptember 27, 2023\n\nThe India-Peru Defence Dialogue "
                       "was held in Lima last night. They reviewed port security.")
    assert (rec.meeting.start, rec.meeting.end) == ("2023-09-26", "2023-09-26")


def test_a_weekday_moves_a_date_without_a_year_past_the_round_that_led_up_to_it(extract_text):
    rec = extract_text("Border committee meets\n\nThe 9th session of the Chad-Niger border security committee "
                       "opened in Niamey on Tuesday, August 24. It follows the 8th session held in N'Djamena in "
                       "July 2019.\n\nThe two delegations agreed to share patrol schedules.")
    assert rec.meeting.start == "2021-08-24"  # 24 August fell on a Tuesday in 2021, not in 2019 or 2020
    assert "Tuesday" in rec.meeting.date_basis


def test_a_dialogue_named_in_lower_case_as_a_series_of_fields():
    facts = _facts("Vietnam and US hold dialogue\n\nOfficials reviewed ties at the 12th annual political, security "
                   "and defence dialogue in Hanoi on 3 May 2026.")
    assert (facts.dialogue, facts.round) == ("political, security and defence dialogue", 12)
    facts = _facts("Japan and Philippines meet\n\nThe ministers held their joint foreign affairs, defense ministerial "
                   "meeting in Tokyo on 3 May 2026.")
    assert facts.dialogue != "joint foreign affairs, defense ministerial"


def test_headlines_of_linked_stories_are_not_who_met_nor_acts(extract_text):
    rec = extract_text("Vietnam, US hold 10th security dialogue\n\n"
                       "Security ties are a channel for trust, said participants at the dialogue in Hanoi on March 25.\n"
                       "- Vietnam, Laos hold 9th border defence talks\n"
                       "- Vietnam, India hold second maritime dialogue\n\n"
                       "Deputy Foreign Minister Tran Van An of Vietnam and US Under Secretary of State Mary Cole "
                       "co-chaired the talks.\n\nThey agreed to prepare mutual visits.")
    assert rec.meeting.parties == ["USA", "VNM"]
    assert not [s for s in rec.statements if "hold" in s.text]


def test_what_only_looks_like_a_city_is_no_venue():
    for lead, venue in (("met in Norway's far north", None),
                        ("met at the Grand Palm Hotel", None),
                        ("met in Vice Minister Ito's office", None),
                        ("met in Oslo June 3 for their annual talks", "Oslo"),
                        ("held service-to-service talks in New Delhi", "New Delhi")):
        facts = _facts(f"Talks held\n\nThe ministers of Norway and Poland {lead} on 3 May 2026.")
        assert facts.venue == venue, lead


def test_a_weekday_heading_the_page_is_no_dateline_city(extract_text):
    rec = extract_text("Wed, 04 May 2011\n\nBorder talks open\n\nVAASA, Ostrobothnia (FT): Officials from Finland and "
                       "Sweden are holding a three-day border committee session to plan joint patrols.\n\n"
                       "The delegations agreed to share radar data.")
    assert rec.meeting.venue == "Vaasa"


def test_a_date_line_a_crawler_ran_into_the_story_still_dates_the_release(pipeline):
    from accord.reading import read_bytes
    page = ("Ministers meet\n\nMay 06, 2026State Minister Anil Perera met the Maldives Defence Minister Ali Naseem "
            "in Male yesterday (May 05). They agreed to share coast guard data.")
    rec = pipeline.extract(read_bytes(page.encode(), "page.txt"))
    assert (rec.meeting.start, rec.meeting.end) == ("2026-05-05", "2026-05-05")


def test_a_lead_giving_the_last_day_takes_the_days_the_text_states_again_with_the_year(extract_text):
    rec = extract_text("Allies affirm alliance\n\nWashington -- Norway and Poland ended their 24th Defense "
                       "Consultative Meeting on October 8 and issued a communique.\n\n1. The Meeting was held in "
                       "Washington, October 7 and 8, 1992. The two sides agreed to keep their forces ready.")
    assert (rec.meeting.start, rec.meeting.end) == ("1992-10-07", "1992-10-08")


def test_a_round_whose_ordinal_a_crawler_spaced_is_still_the_round(extract_text):
    rec = extract_text("Norway and Chile hold defence talks\n\nThe 30 th Norway-Chile Defence Committee met in Oslo "
                       "on 3 May 2027.\n\nThe two sides agreed to meet again.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Norway-Chile Defence Committee", 30)


def test_an_operation_the_ministers_take_part_in_is_no_venue(extract_text):
    rec = extract_text("Ministers meet\n\nNorwegian and Chilean defence chiefs and allies taking part in Operation "
                       "Polar Shield today in Oslo weighed how soon the patrols could end.\n\nThe chiefs "
                       "affirmed that the patrols will end within the year.")
    assert rec.meeting.venue == "Oslo"


def test_dates_written_in_other_house_styles():
    from accord.extraction.dates import find_dates
    got = lambda s: [(m.month, m.day, m.year, m.end_month, m.end_day) for m in find_dates(s)]
    assert got("Released 10. October 2026 - 11:27") == [(10, 10, 2026, None, None)]
    assert got("the talks of October 23,2026") == [(10, 23, 2026, None, None)]
    assert got("sat from the 28 April to the 2 May 2026 in Harare") == [(4, 28, 2026, 5, 2)]
    assert got("took place in Oslo, October 7th - 9 th, 2026 at the invitation") == [(10, 7, 2026, 10, 9)]


def test_a_headlines_date_dates_the_release_and_the_meeting_it_names(extract_text):
    rec = extract_text("Joint Statement by the Norwegian and Polish Foreign and Defence Ministries (26 July 2026)"
                       "\n\nNorway and Poland held 2+2 consultations of foreign and defence ministers today.\n\n"
                       "Ministers agreed to deepen naval cooperation.")
    assert (rec.meeting.start, rec.meeting.end) == ("2026-07-26", "2026-07-26")
    rec = extract_text("Outcomes of the NATO defence ministers' talks, Brussels, 8-9 November 2026\n\n"
                       "NATO defence ministers met in Brussels to review the alliance's posture.\n\n"
                       "- It was agreed to set up a space operations cell.\n- Ministers reviewed troop levels.\n"
                       "- Ministers agreed to raise the readiness of forty battalions.\n"
                       "- Ministers welcomed the progress on burden sharing.")
    assert (rec.meeting.start, rec.meeting.end) == ("2026-11-08", "2026-11-09")


def test_a_capital_or_province_named_before_its_city_and_a_policys_name_in_capitals_is_no_city():
    for lead, venue in (("The Norwegian capital of Oslo on Wednesday hosted the fifth Norway-Poland talks.", "Oslo"),
                        ("The ministers met on Monday to hold the third round of their talks in the Polish "
                         "province of Podkarpacie.", "Podkarpacie"),
                        ("The capital of Poland hosted the fifth Norway-Poland talks.", None),
                        ("The talks praised Poland's role in EU Common Defence Policy missions.", None)):
        assert _facts(f"Talks held\n\n{lead}").venue == venue, lead


def test_a_headline_in_title_case_names_no_place_with_all():
    assert _facts("Norway, Poland Agree to Deepen Cooperation in All Areas\n\nThe ministers of Norway and Poland "
                  "held talks on 3 May 2026.").venue is None


def test_a_wires_bracket_with_its_date_dates_the_story_and_a_group_the_parties_belong_to_is_not_the_meeting(
        extract_text):
    rec = extract_text("OSLO (Nordic Wire / Agency - 14th March, 2027) The defence ministers of Norway, Sweden and "
                       "Finland on Wednesday signed a statement of intent on joint air operations.\n\n"
                       "The ministers met in Sweden's Kiruna earlier in the day.\n\n"
                       "The deal is meant to support the goals of the Nordic Defence Cooperation (NORDEFCO). All "
                       "three are members of the Nordic Defence Cooperation, as are Denmark and Iceland.")
    m = rec.meeting
    assert (m.start, m.venue, m.parties, m.dialogue) == ("2027-03-10", "Kiruna", ["FIN", "NOR", "SWE"], None)
    assert all("NOR" in s.actors and "DNK" not in s.actors for s in rec.statements)


def test_a_dialogue_of_one_field_in_lower_case_said_as_ended_or_met_for():
    assert _facts("Talks end\n\nNorway and Chile concluded their joint security dialogue in Oslo on Tuesday.").dialogue \
        == "security dialogue"
    assert _facts("Talks held\n\nVice Minister Ola Berg met Permanent Secretary Ana Soto for a bilateral strategic "
                  "dialogue at the ministry.").dialogue == "strategic dialogue"
    assert _facts("Talks held\n\nNorway and Chile concluded two days of bilateral dialogue in Oslo.").dialogue is None


def test_a_dialogues_name_loses_the_day_a_story_gives_it_and_a_quote_left_open():
    assert written_name("Monday's Norway-Chile Strategic Dialogue") == "Norway-Chile Strategic Dialogue"
    assert written_name("'2+2 dialogue") == "2+2 dialogue"
    assert written_name("“2+2” Ministerial Meeting") == "“2+2” Ministerial Meeting"


def test_the_days_of_a_forum_the_talks_followed_do_not_date_them(extract_text):
    rec = extract_text("OSLO, May 7 2026 (Wire) -- The defence ministers of Norway and Chile on Thursday agreed to "
                       "expand joint training.\n\n"
                       "Minister Ola Berg held a meeting with Chilean Minister Ana Soto after the Oslo Security "
                       "Forum, an annual defence conference held in Oslo from Tuesday to Thursday.")
    assert (rec.meeting.start, rec.meeting.end) == ("2026-05-07", "2026-05-07")


def test_a_standing_body_named_with_its_acronym_as_the_talks_own_is_the_dialogue(extract_text):
    rec = extract_text("Kenya and Uganda, at the close of their Joint Permanent Commission on Defence (JPCD), on Friday "
                       "signed two agreements. They agreed to run joint patrols and discussed border security.")
    assert (rec.meeting.dialogue, rec.meeting.acronym) == ("Joint Permanent Commission on Defence", "JPCD")
    rec = extract_text("The army chiefs' Border Liaison Conference (BLC) concluded in Kigali on Tuesday. Rwanda and Burundi "
                       "agreed to reopen two crossings and discussed smuggling.")
    assert (rec.meeting.dialogue, rec.meeting.acronym) == ("Border Liaison Conference", "BLC")


def test_a_body_with_an_acronym_the_parties_lead_or_met_beside_is_not_the_dialogue(extract_text):
    rec = extract_text("Norway and Chile met in Oslo on Monday. They agreed to share maritime data and discussed their "
                       "joint leadership of the Regional Contact Group (RCG), which meets next month.")
    assert rec.meeting.dialogue is None
    rec = extract_text("Norway's minister met Chile's minister at the sidelines of the Example Defence Forum (EDF) in "
                       "Singapore. They agreed to share maritime data and discussed exercises.")
    assert rec.meeting.dialogue is None


def test_an_earlier_round_held_virtually_does_not_make_this_one_virtual(extract_text):
    rec = extract_text("Norway, Chile to deepen defence ties\n\n"
                       "Senior foreign and defence officials convened in Oslo on Friday for the 5th Norway-Chile "
                       "Strategic Dialogue. Its previous round, in 2021, was last conducted online because of the "
                       "pandemic.\n\nThey agreed to deepen maritime cooperation.")
    assert (rec.meeting.venue, rec.meeting.format) == ("Oslo", "in_person")


def test_a_town_that_hosted_the_talks_or_that_the_guest_visited_is_the_venue_a_country_is_not(extract_text):
    rec = extract_text("On May 4, Bishkek hosted consultations between the security councils of Kyrgyzstan and "
                       "Kazakhstan. The sides agreed to share border data and discussed drug trafficking.")
    assert rec.meeting.venue == "Bishkek"
    rec = extract_text("On June 2, the Defence Minister of Moldova Ana Rusu visited Riga and discussed defence "
                       "cooperation with Latvian Defence Minister Janis Ozols. They agreed to train together.")
    assert rec.meeting.venue == "Riga"
    rec = extract_text("On June 2, the Defence Minister of Moldova Ana Rusu visited Latvia and discussed defence "
                       "cooperation with Latvian Defence Minister Janis Ozols. They agreed to train together.")
    assert rec.meeting.venue is None


@pytest.mark.parametrize("second, venue", [
    ("Ana Rusu led a delegation on a visit to Riga during which she held talks with Latvian Defence Minister Janis "
     "Ozols.", "Riga"),
    ("Ana Rusu flew to Riga for a round of talks with Latvian Defence Minister Janis Ozols.", "Riga"),
    ("The plan was first drawn up during the then defence minister's visit to Riga.", None),
    ("Ana Rusu recalled her visit to Riga in May 2019, when the plan was first drawn up.", None),
])
def test_a_town_visited_in_the_paragraph_after_the_lead_is_the_venue_unless_the_visit_is_past(extract_text, second, venue):
    rec = extract_text("Moldova and Latvia to train together\n\nMoldovan Defence Minister Ana Rusu and her Latvian "
                       f"counterpart agreed on Thursday to train their troops together.\n\n{second}")
    assert rec.meeting.venue == venue


@pytest.mark.parametrize("later", [
    "They agreed to hold a seventh round of expert talks on fisheries soon.",
    "Both sides welcomed holding a first Chile-Norway Polar Dialogue next year.",
])
def test_a_round_the_sides_agreed_to_hold_later_is_not_the_round_that_met(extract_text, later):
    rec = extract_text("Chile and Norway talk fisheries\n\nChile and Norway agreed on patrol data in the fifth round of "
                       f"naval consultations on fisheries held in Oslo on Wednesday. {later}")
    assert rec.meeting.round == 5


def test_a_numbered_fleet_in_a_headline_that_hosts_talks_gives_no_round(extract_text):
    rec = extract_text("2nd Fleet Hosts Naval Staff Talks with Chile\n\nThe commander of the Norwegian 2nd Fleet, Rear "
                       "Adm. Ola Haugland, hosted officers from the Chilean navy for the 14th annual Naval Staff Talks "
                       "(NST) in Bergen on 4 May 2027.\n\nThe two navies agreed to train together.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Naval Staff Talks", 14)


def test_a_body_that_met_under_an_acronym_of_its_name_in_another_language_is_the_meeting(extract_text):
    rec = extract_text("Chile, Peru step up river patrols\n\nThe Standing Committee on River Patrols (COPAFLU), which "
                       "met on 4 and 5 May in Lima, agreed to share patrol data.")
    assert rec.meeting.dialogue == "Standing Committee on River Patrols"


def test_the_round_a_visit_was_for_named_further_down_is_the_meeting(extract_text):
    rec = extract_text("Chile's navy chief, Admiral Juan Soto, was in Peru this week.\n\nHe met the Peruvian defence "
                       "minister Ola Haugland in Lima on 4 May, the ministry said.\n\nHaugland said Peru is ready to "
                       "train Chilean divers.\n\nSoto's trip to Peru was for the ninth meeting of the Chile-Peru Naval "
                       "Committee, which the two navies set up in 2009.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Chile-Peru Naval Committee", 9)


def test_an_agreement_concluded_during_a_round_makes_that_round_the_meeting(extract_text):
    rec = extract_text("Oslo (Agency) – Norway and Chile will pool their naval training.\n\n"
                       "The plan was concluded during the fourth Norway-Chile 2+2 vice-ministerial talks.\n\n"
                       "Both delegations talked about coastal patrols.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Norway-Chile 2+2 vice-ministerial talks", 4)


def test_a_chiefs_of_staff_meeting_with_its_round_is_the_dialogue(extract_text):
    rec = extract_text("Oslo – Norway and Chile agree to train together. This was said at the 7th Norwegian-Chilean "
                       "Defence Chiefs of Staff meeting held in Oslo on Monday.\n\nThe chiefs agreed to hold drills.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Norwegian-Chilean Defence Chiefs of Staff meeting", 7)


def test_a_joint_body_named_without_round_or_parties_is_the_dialogue(extract_text):
    rec = extract_text("Norway and Chile signed a plan at a Joint Committee on Border Safety and Policing in Oslo on "
                       "3 May to patrol their sea lanes together.\n\nThe two defence ministers chaired it.")
    assert rec.meeting.dialogue == "Joint Committee on Border Safety and Policing"
    rec = extract_text("Oslo, May 3 - State radio says their joint defence committee began its yearly session in "
                       "Oslo. Norway and Chile set it up in 2015.\n\nBoth sides reviewed earlier agreements.")
    assert rec.meeting.dialogue == "joint defence committee"


def test_a_joint_bodys_acronym_with_a_number_gives_its_round(extract_text):
    rec = extract_text("Norway and Chile deepened their defence ties at a meeting in Bergen. The Joint Defence "
                       "Committee (JDC 6) convened from 4-6 May 2025.\n\nThe delegations agreed to share intelligence.")
    assert (rec.meeting.dialogue, rec.meeting.acronym, rec.meeting.round) == ("Joint Defence Committee", "JDC", 6)


def test_the_meetings_of_a_standing_body_name_it(extract_text):
    rec = extract_text("On Monday Norway and Chile opened new meetings of the Joint Border and Customs Mechanism "
                       "(JBCM), a body set up to settle border issues.\n\nThe sides agreed to open two crossings.")
    assert (rec.meeting.dialogue, rec.meeting.acronym) == ("Joint Border and Customs Mechanism", "JBCM")


def test_a_lower_case_conference_with_an_acronym_inside_its_name(extract_text):
    rec = extract_text("The 12th inspector general (IG) level frontier conference between Norway's coast guard and "
                       "Chile's navy closed in Oslo on Friday.\n\nBoth sides agreed to share patrol schedules.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("inspector general level frontier conference", 12)


def test_a_permanent_joint_board_written_in_lower_case_is_read_not_rejected(extract_text):
    rec = extract_text("Madam Speaker, from May 2 to 4 the permanent joint board on security that Norway and Chile "
                       "share had its 80th meeting.\n\nMade up of civilian and military members, the board discussed "
                       "Arctic security and the two navies' exercises.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("permanent joint board on security", 80)
    assert any(s.act == "discuss" for s in rec.statements)


def test_talks_named_by_two_field_words_are_the_dialogue(extract_text):
    rec = extract_text("OSLO, May 2 (Agency) -- Norway and Chile held defence policy talks in Oslo on Monday and "
                       "agreed to widen officer exchanges.\n\nThe vice ministers agreed to meet every year.")
    assert rec.meeting.dialogue == "defence policy talks"
    rec = extract_text("Vice ministers Ola Berg of Norway and Ana Soto of Chile co-chaired a bilateral strategic "
                       "security dialogue in Oslo.\n\nThey agreed to revise their defence pact.")
    assert rec.meeting.dialogue == "strategic security dialogue"


def test_a_body_with_its_acronym_that_held_its_yearly_meeting_is_the_dialogue(extract_text):
    rec = extract_text("The Arctic Islands Forum Maritime Safety Committee (FMSC) held its yearly meeting at the "
                       "secretariat in Tromso on 4 May. The committee reviewed search and rescue plans.")
    assert (rec.meeting.dialogue, rec.meeting.acronym) == ("Arctic Islands Forum Maritime Safety Committee", "FMSC")


def test_a_ministers_meeting_the_officials_prepare_is_not_the_meeting(extract_text):
    rec = extract_text("BERGEN: Nordic states renewed their pledge to joint defence at the Nordic Defence Senior "
                       "Officials' Meeting (NDSOM) held in Bergen on Monday.\n\nThe meeting put forward six proposals for "
                       "consideration by the 9th Nordic Defence Ministers' Meeting in November.")
    assert (rec.meeting.acronym, rec.meeting.round) == ("NDSOM", None)


def test_a_round_named_as_a_meeting_of_a_standing_body_names_the_body(extract_text):
    rec = extract_text("Riga, May 4: The third Deputy Adviser-level meeting of the Baltic Sea Security Conclave took place in "
                       "Riga on Tuesday.\n\nThe advisers agreed to share data on port security.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Baltic Sea Security Conclave", 3)


def test_ministers_of_a_body_who_held_their_nth_meeting_are_the_dialogue(extract_text):
    rec = extract_text("OSLO, 4 May 2026 - The Ministers of Justice of the Arctic Council member states held their "
                       "12th meeting today by video link. The meeting discussed smuggling at sea.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Ministers of Justice of the Arctic Council", 12)


def test_a_dialogue_named_short_in_the_lead_takes_its_full_name_and_round_from_below(extract_text):
    rec = extract_text("Oslo: Norway and Chile held a port security dialogue in Valparaiso last week, where they "
                       "exchanged views on container checks.\n\nBoth sides see growing risks at sea.\n\nThe navies "
                       "train together each year.\n\nA ministry release said the third round of the Norway-Chile "
                       "port security dialogue took place on Friday.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Norway-Chile port security dialogue", 3)


def test_a_round_of_the_ministers_of_several_nations_gives_the_round_and_parties(extract_text):
    rec = extract_text("A joint text was adopted after the 2nd regular meeting of the Norwegian, Danish and "
                       "Finnish Foreign Ministers in Oslo on May 4, 2026.\n\nThe ministers agreed to pool their "
                       "Arctic research.")
    assert (rec.meeting.round, rec.meeting.parties) == (2, ["DNK", "FIN", "NOR"])


def test_a_conference_of_ministers_named_after_its_round_is_the_dialogue(extract_text):
    rec = extract_text("Ministers signed the Lima Declaration during the 9th Council of Interior Ministers of the "
                       "Andes, in Lima. They reaffirmed their commitment to democratic control of the police.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Council of Interior Ministers of the Andes", 9)


def test_a_planning_group_named_in_lower_case_with_its_pair_is_the_dialogue(extract_text):
    rec = extract_text("Norway's foreign minister met his Chilean counterpart during the fourth session of the "
                       "Norway-Chile strategic planning group on Monday. They discussed Antarctic logistics.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Norway-Chile strategic planning group", 4)


def test_a_day_written_as_the_nth_of_a_month_dates_the_meeting(extract_text):
    rec = extract_text("Norwegian and Chilean staff held the 5th round of military staff talks in Oslo on the 14th of "
                       "May 2026. They agreed to exchange liaison officers.")
    assert (rec.meeting.start, rec.meeting.end) == ("2026-05-14", "2026-05-14")


def test_a_release_line_that_opens_the_lead_is_the_day_its_yesterday_counts_back_from(extract_text):
    rec = extract_text("Joint statement - Norway and Chile defence ministers\n\nMay 15, 2026 – Defence Minister Ola "
                       "Berg yesterday evening joined Chilean Defence Minister Ana Soto for a video call.\n\n"
                       "The ministers agreed to exchange cadets.")
    assert rec.meeting.start == "2026-05-14"
    rec = extract_text("Joint statement after the 6th Norway-Chile Defence Consultations\n\n15 May 2026 – The sixth "
                       "consultations took place in Oslo.\n\nThe two sides agreed to exchange cadets.")
    assert rec.meeting.start == "2026-05-15"


def test_a_session_of_a_joint_commission_opened_by_both_sides_is_a_statement(extract_text):
    rec = extract_text("Norwegian and Chilean army commanders opened the third session of their joint commission in "
                       "Tromsø on 4 May 2027. They agreed to widen winter training.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert [s.act for s in rec.statements] == ["meet", "agree"]


@pytest.mark.parametrize("headline, name", [
    ("Defence Secretary Co-Chairs Norway-Chile High Defence Committee Meeting in Molde", "Norway-Chile High Defence Committee"),
    ("Navy Chief Holds Norway-Chile Staff Talks in Molde", "Norway-Chile Staff Talks"),
])
def test_a_title_case_headline_verb_is_not_part_of_the_dialogues_name(extract_text, headline, name):
    rec = extract_text(f"{headline}\n\nThe two sides agreed to share data at the meeting in Molde on 4 May 2027.")
    assert rec.meeting.dialogue == name


def test_a_forum_the_ministers_last_met_at_or_one_came_to_attend_is_not_the_meeting(extract_text):
    rec = extract_text("OSLO: Norwegian Defence Minister Per Lund, who visited Peru to attend the Pacific Islands "
                       "Forum Defence Ministers' Meeting, held a meeting with Chilean Defence Minister Ana "
                       "Rojas on Tuesday.\n\n\"It was good to talk once more since the Shangri-La Dialogue,\" "
                       "the ministry said.\n\nThey agreed to hold naval drills.")
    assert rec.meeting.dialogue is None
    assert rec.meeting.parties == ["CHL", "NOR"]


def test_a_summit_named_as_a_council_of_leaders_where_decisions_were_taken_is_not_the_meeting(extract_text):
    rec = extract_text("The meeting in Oslo dealt with the defence of the Nordic states and Poland. Ministers agreed "
                       "to carry out all plans approved at the session of the North Atlantic Council held at the "
                       "level of the Heads of Government in Madrid on 29 June.\n\nMinisters discussed air defence.")
    assert rec.meeting.dialogue is None
    assert "NATO" not in rec.meeting.parties


def test_a_pair_joined_by_a_slash_names_the_dialogue_and_keeps_its_round(extract_text):
    rec = extract_text("The 21st Chile/Norway Joint Permanent Commission on Defence and Security met in Arica "
                       "on 3 May 2027.\n\nThe two sides agreed to hold joint drills.")
    assert rec.meeting.dialogue == "Chile-Norway Joint Permanent Commission on Defence and Security"
    assert rec.meeting.round == 21
    rec = extract_text("Minister Lund: Secretary Soto and I just closed the 30th Norway/Chile Security Consultative "
                       "Talks, where we covered many topics.")
    assert rec.meeting.round == 30


def test_a_meeting_chaired_or_led_on_a_day_is_dated_by_it_but_not_by_one_still_to_open(extract_text):
    chaired = extract_text("On 28 July 2027, Norway chaired a session of the naval chiefs of Norway, Chile and Peru "
                           "in Oslo.\n\nThe chiefs agreed to continue cooperation.")
    assert (chaired.meeting.start, chaired.meeting.end) == ("2027-07-28", "2027-07-28")
    led = extract_text("Norway and Chile\n\n"
                       "Deputy Minister Per Lund and Chile's Deputy Minister Ana Rojas lead an inaugural round of consultations "
                       "in Oslo on May 9, 2027, to deepen the partnership.\n\nThe delegations agreed to meet yearly.")
    assert led.meeting.start == "2027-05-09"
    to_come = extract_text("Norway and Chile hold talks\n\n"
                           "Norway and Chile held their fifth defence talks in Oslo on Wednesday.\n\n"
                           "They agreed to a trilateral meeting at the Arctic Dialogue, which will open in Tromso on June 4.")
    assert to_come.meeting.start is None


def test_a_group_named_in_a_list_of_frameworks_the_two_work_in_is_not_the_meeting(extract_text):
    rec = extract_text("Norwegian minister meets Dutch counterpart\n\n"
                       "Norway's Defence Minister Per Lund has met his Dutch counterpart Anna de Vries in Oslo to sign "
                       "a defence agreement.\n\nThey agreed to expand training.\n\n"
                       "The two countries cooperate closely via the UN, NATO, the Joint Expeditionary Force and the "
                       "European Intervention Initiative.")
    assert rec.meeting.dialogue is None and rec.meeting.parties == ["NLD", "NOR"]


def test_the_city_owning_a_building_is_the_venue(extract_text):
    rec = extract_text("Norway and Chile held their fifth defence policy dialogue at Oslo's Akershus Hall on 4 May "
                       "2027. They reviewed naval exercises.")
    assert rec.meeting.venue == "Oslo"


@pytest.mark.parametrize("lead, dialogue, acronym, round_", [
    ("Norway and Chile held their first-ever Joint Naval Cooperation (JNC) meeting in Oslo on Wednesday, opening a "
     "new stage of ties.", "Joint Naval Cooperation", "JNC", 1),
    ("Relations will stay close after the Coastal Defence Board and Fisheries Patrol Board (CDB-FPB) meeting in "
     "Oslo on Tuesday, Norway and Chile said.", "Coastal Defence Board and Fisheries Patrol Board", "CDB-FPB", None),
    ("The Chilean minister attended the fifth meeting of the Norway-Chile Polar Partnership in Oslo, which he "
     "co-chaired with the Norwegian chief of defence.", "Norway-Chile Polar Partnership", None, 5),
    ("Oslo (NTB) – The 9th diplomatic – defence strategic dialogue of Norway and Chile took place in Oslo on "
     "9 December 2027.", "diplomatic-defence strategic dialogue", None, 9),
    ("Norway and Chile at their periodic strategic dialogue reviewed the war in Ukraine and polar shipping.",
     "strategic dialogue", None, None),
    ("On 26 August 2027, political consultations between Norway and Chile were held in Oslo.",
     "political consultations", None, None),
    ("Norway and Chile on Monday held in Oslo the third session of their bilateral committee on defence cooperation.",
     "bilateral committee on defence cooperation", None, 3),
    ("Norway and Chile held their ninth joint commission on security and defence on Thursday in Oslo.",
     "joint commission on security and defence", None, 9),
    ("In Oslo, the Nordic Joint Coast Guard Council convened on Monday to review patrols in the Barents Sea.",
     "Nordic Joint Coast Guard Council", None, None),
    ("Norway and Chile resumed their military security cooperation dialogue in Oslo, idle since 2019.",
     "military security cooperation dialogue", None, None),
    ("Ministers of Norway and Chile opened in Oslo the first round of the two nations' joint defence cooperation "
     "committee.", "joint defence cooperation committee", None, 1),
])
def test_names_of_bodies_and_of_a_fields_talks_the_lead_gives_are_the_dialogue(extract_text, lead, dialogue, acronym, round_):
    rec = extract_text(lead + "\n\nThe two sides agreed to expand naval exercises and to meet again in Arica.")
    assert (rec.meeting.dialogue, rec.meeting.acronym, rec.meeting.round) == (dialogue, acronym, round_)


@pytest.mark.parametrize("lead, dialogue", [
    ("Norway and Chile held the fifth Norway-Chile ministerial-level polar policy dialogue in Oslo on 3 May 2027.",
     "Norway-Chile polar policy dialogue"),
    ("Oslo hosted the third deputy minister–level polar strategy dialogue between Norway and Chile on 3 May 2027.",
     "polar strategy dialogue"),
    ("Norway and Chile held the second Norway-Chile 2+2 vice-ministerial level consultations in Oslo on 3 May "
     "2027.", "Norway-Chile 2+2 vice-ministerial consultations"),
])
def test_the_level_the_talks_are_held_at_is_not_part_of_the_dialogues_name(extract_text, lead, dialogue):
    rec = extract_text(lead + "\n\nThe two sides agreed to expand naval exercises and to meet again in Arica.")
    assert rec.meeting.dialogue == dialogue


@pytest.mark.parametrize("lead, dialogue, acronym, round_", [
    ("In May the chiefs convened the Nineteenth Ordinary Meeting of the Supreme Board of the Nordic Coast Guard "
     "Forum, where they weighed the patrol plan.", "Supreme Board of the Nordic Coast Guard Forum", None, 19),
    ("The Nordic Council of Coast Guard Chiefs (NCCGC) gathered in Oslo for their 31st Ordinary Meeting, pledging "
     "closer patrols.", "Nordic Council of Coast Guard Chiefs", "NCCGC", 31),
    ("The Nordic Council for Coastal Security used its Second Special Meeting to review the region's patrols.",
     "Nordic Council for Coastal Security", None, 2),
    ("Norway and Chile held a special meeting in Oslo on Monday.", None, None, None),
])
def test_an_ordinary_or_special_meeting_is_named_by_the_body_that_held_it(extract_text, lead, dialogue, acronym, round_):
    rec = extract_text(lead + "\n\nThe two sides agreed to expand naval exercises and to meet again in Arica.")
    assert (rec.meeting.dialogue, rec.meeting.acronym, rec.meeting.round) == (dialogue, acronym, round_)


def test_a_body_named_in_a_headline_before_its_session_leaves_the_headlines_verb_out(extract_text):
    rec = extract_text("Nordic Council of Coast Guard Chiefs Closed Their 31st Ordinary Meeting With New Pledges"
                       "\n\nThe chiefs agreed to expand naval exercises and to meet again in Oslo.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Nordic Council of Coast Guard Chiefs", 31)


def test_a_meeting_between_the_parties_in_a_title_case_headline_is_the_dialogue(extract_text):
    rec = extract_text("Joint Statement on the Coastal Security Mechanism Meeting Between the Kingdom of Norway and the "
                       "Republic of Chile\n\nThe ministers met in Oslo on 3 May 2027 and agreed to expand naval exercises.")
    assert rec.meeting.dialogue == "Coastal Security Mechanism Meeting"


def test_the_acronym_of_an_office_named_in_the_lead_is_not_the_dialogues(extract_text):
    rec = extract_text("Oslo, 3 May 2027: The fourth Norway-Chile annual defence dialogue was held in Oslo.\n\nThe "
                       "talks were led by State Secretary Ola Lund and the Head of the Naval Logistics Command (NLC) of "
                       "Chile, Admiral Tomas Vidal. They reviewed the naval drills.")
    assert (rec.meeting.dialogue, rec.meeting.acronym) == ("Norway-Chile annual defence dialogue", None)
    rec = extract_text("Oslo, 3 May 2027: The fourth Norway-Chile annual defence dialogue (ADD) was held in Oslo.\n\nThe "
                       "two sides reviewed the naval drills.")
    assert rec.meeting.acronym == "ADD"


def test_a_page_that_speaks_of_the_sides_meetings_in_the_plural_is_read_not_rejected(extract_text):
    rec = extract_text("Norway and Chile Agree on a Plan for Border Security\n\nA working group led by the Norwegian "
                       "deputy minister of defence, Ola Lund, and his Chilean counterpart, Ana Rojas, set out guidelines "
                       "for border security at meetings in Oslo on 4 and 5 April.\n\nThe meetings ended in agreement "
                       "on a joint action plan of twenty items, the ministry said.")
    assert rec.meeting.parties == ["CHL", "NOR"] and any(s.act == "agree" for s in rec.statements)


def test_a_datelines_date_with_the_outlet_after_it_is_the_release_not_the_meeting(extract_text):
    rec = extract_text("OSLO, March 24, 2025, Nordic Wire — The 9th session of the Norway-Chile Defence Council took "
                       "place in Arica on March 23.\n\nThe ministers discussed training.")
    assert (rec.meeting.start, rec.meeting.venue) == ("2025-03-23", "Arica")


def test_a_meeting_named_only_as_the_most_recent_or_the_recently_concluded_one_is_the_meeting(extract_text):
    rec = extract_text("October 03, 2027\nNorway and Chile will open two joint border posts, as agreed by their security "
                       "chiefs at the most recent Polar Border Commission, meeting from August 29 to September 1.")
    assert (rec.meeting.dialogue, rec.meeting.start, rec.meeting.end) == ("Polar Border Commission", "2027-08-29", "2027-09-01")
    rec = extract_text("Army and navy chiefs of Norway and Chile have ended a successful meeting on border crime.\n\n"
                       "A statement issued on Tuesday said the talks focused on the role of the armed forces.\n\n"
                       "It said the three-day conference closed with both countries pledging to share patrol data.\n\n"
                       "Colonel Ola Lund led Norway at the just-concluded 18th Border Commanders Conference with Chile.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Border Commanders Conference", 18)


# a page whose opening names no meeting: the meeting is named further down
MINES = ("Norway and Chile agree to clear border mines\n\n"
         "Norway and Chile will clear the mines along their border, a Norwegian general said.\n\n"
         "The clearing is to begin in the spring.\n\nBoth armies will take part in the work.\n\n")


def test_a_first_council_a_body_of_ministers_that_met_or_a_round_chaired_further_down_is_the_meeting(extract_text):
    rec = extract_text("Norway-Chile pact advances\n\n"
                       "A joint statement of Norway and Chile after a meeting of their defence ministers in Oslo.\n\n"
                       "On 3 May 2027, Norway and Chile signed the Oslo Agreement on defence cooperation.\n\n"
                       "The strategic situation remains hard, and allies must stick together.\n\n"
                       "This morning we convened the first Defence Ministerial Council in line with the Oslo Agreement. "
                       "We agreed to widen drills.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Defence Ministerial Council", 1)
    rec = extract_text("Lima, March 17, 2027: The Council of Defence Chiefs of the Andean Security Pact (ASP) met today at a hotel "
                       "in Lima. The ministers of Peru and Chile agreed to share patrol data.")
    assert rec.meeting.dialogue == "Council of Defence Chiefs of the Andean Security Pact"
    rec = extract_text(MINES + "He briefed the press after chairing the 43rd Polar Border Committee Norway-Chile meeting in Oslo.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Polar Border Committee", 43)


@pytest.mark.parametrize("said, name", [
    ("The two generals co-headed the Norway-Chile joint planning committee meeting.", "Norway-Chile joint planning committee"),
    ("The generals co-chaired the final session of the Norway-Chile army committee.", "Norway-Chile army committee"),
])
def test_a_body_of_the_two_headed_or_closed_further_down_is_the_meeting(extract_text, said, name):
    rec = extract_text(MINES + said)
    assert rec.meeting.dialogue == name


def test_the_dialogues_own_meeting_named_as_a_clause_opens_no_session(extract_text):
    rec = extract_text("Norway and Chile review border ties\n\n"
                       "Norway and Chile reviewed their border ties in Oslo on 3 May 2027, a Chilean general said.\n\n"
                       "The clearing of mines is to begin in the spring.\n\n"
                       "Both armies will take part in the work.\n\n"
                       "During the Norway-Chile Border Consultative Group meeting held in Oslo, both armies "
                       "agreed to share patrol data.")
    assert rec.meeting.dialogue == "Norway-Chile Border Consultative Group" and rec.meeting.sessions == []


def test_an_acronym_spelt_out_after_it_in_brackets_names_the_dialogue(extract_text):
    rec = extract_text("The Norway-Chile NCBC (Naval Commanders Border Conference) is a yearly event that reviews border "
                       "cooperation.\n\nDelegates gathered in Oslo on 3 May 2027 and decided to expand patrols.")
    assert (rec.meeting.dialogue, rec.meeting.acronym) == ("Naval Commanders Border Conference", "NCBC")


def test_high_level_talks_of_one_field_are_named_and_numbered(extract_text):
    rec = extract_text("BERGEN, May 4 (Example) -- Norway and Chile held their regular high-level maritime talks in Bergen "
                       "to review naval ties.\n\nAdmirals Ola Lund and Ana Rojas led the delegations to this 14th edition of "
                       "the talks, which ended on Tuesday.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("maritime talks", 14)


def test_a_ministerial_meeting_of_a_kind_in_lower_case_is_the_dialogue(extract_text):
    rec = extract_text("Norway, Chile and Peru defence ministers met in Lima on 3 May 2027.\n\n"
                       "They took the chance of the trilateral ministerial meeting to plan drills.")
    assert rec.meeting.dialogue == "trilateral ministerial meeting"
    rec = extract_text("Norway and Chile agreed on closer naval ties at their yearly defence ministerial meeting in Bergen.\n\n"
                       "The ministers signed a pact.")
    assert rec.meeting.dialogue == "defence ministerial meeting"


def test_a_capitals_colon_dateline_places_talks_held_in_the_federal_capital(extract_text):
    rec = extract_text("OSLO: Delegations of the Norway-Chile Joint Security Commission met in the federal capital "
                       "on 3 May 2027 for its 6th round, on counter-terrorism.\n\nBoth sides agreed to meet again.")
    assert (rec.meeting.venue, rec.meeting.format) == ("Oslo", "in_person")


def test_forums_given_as_examples_and_one_the_ministers_met_ahead_of_are_not_their_meeting(extract_text):
    rec = extract_text(
        "Chile and Norway mark progress in defence ties\n\nChile and Norway have made progress in their defence ties, "
        "said Defence Minister Ola Lund and his Chilean counterpart Juan Soto, as they pledged to deepen military ties."
        "\n\nThey also discussed Chile's role in regional security through platforms such as the Pacific Defence "
        "Ministers' Meeting-Plus (PDMM-Plus), and the Oslo Security Dialogue.\n\nMr Lund met Mr Soto yesterday, ahead "
        "of the inaugural, three-day Chile-Nordic Defence Ministers' Informal Meeting.")
    assert rec.meeting.dialogue is None and rec.meeting.parties == ["CHL", "NOR"]


def test_a_consultation_the_heads_led_named_with_its_year_is_the_dialogue_and_dates_the_meeting(extract_text):
    rec = extract_text("Annual Bilateral Consultation With Norway\n\nAssistant Secretary Tom Roe of the United States "
                       "and State Secretary Per Berg of Norway led the 2026 Annual Bilateral Consultation (ABC) on "
                       "October 2. The sides also agreed on a trade dialogue.")
    m = rec.meeting
    assert (m.dialogue, m.acronym, m.start) == ("Annual Bilateral Consultation", "ABC", "2026-10-02")


def test_talks_held_by_video_were_virtual(extract_text):
    rec = extract_text("OSLO, Oct. 19 (Example Wire) -- Senior defence officials of Norway and Chile held video talks "
                       "on Wednesday about deeper cooperation at sea, the ministry said.")
    assert rec.meeting.format == "virtual"


def test_a_joint_communique_dated_where_the_ministers_met_gives_the_day_they_met(extract_text):
    rec = extract_text("Joint Communique of the Defence Ministers of Norway and Chile\n\nOslo, 3 May 2026\n\n"
                       "The Defence Ministers of Norway and Chile:\n\n"
                       "Reaffirm their commitment to the alliance of their two nations and its navies.\n\n"
                       "Welcome the progress made in cooperation on maritime security since their last meeting.")
    m = rec.meeting
    assert (m.start, m.end, m.venue) == ("2026-05-03", "2026-05-03", "Oslo")
    assert [(s.act, s.actors) for s in rec.statements] == [("reaffirm", ["CHL", "NOR"]), ("appreciate", ["CHL", "NOR"])]


def test_a_registered_dialogues_round_said_only_in_a_caption_taken_out_is_still_its_round(pipeline):
    from accord.reading import read_bytes

    raw = (
        "Allies weigh the cost of stationed troops\n\nMinister Kim Min-su, left, clasps hands with his American "
        "counterpart Tom Roe during a joint briefing once the 53rd Security Consultative Meeting ended in Seoul on "
        "Friday. [PRESS POOL]\n\nDefense Secretary Tom Roe pressed South Korea on Friday to pay "
        "more toward the upkeep of American troops, at their yearly Security Consultative Meeting with Minister "
        "Kim Min-su in Seoul.\n\nThe two ministers also discussed the pact on sharing military intelligence, which is "
        "due to lapse next month, and the allies' plans for their drills next spring.\n\nRoe told reporters after "
        "the talks that the alliance remained strong and that both sides would keep working on a fair deal by "
        "December.")
    rec = pipeline.extract(read_bytes(raw.encode(), "page.txt"))
    assert "PRESS POOL" not in rec.document.text
    assert (rec.meeting.acronym, rec.meeting.round) == ("SCM", 53)


def test_a_forum_a_guest_came_to_a_country_with_the_for_is_not_the_bilateral_meeting(extract_text):
    rec = extract_text("Defence ministers meet\n\nOn May 3rd, 2026, Defense Minister Lund, who was in the "
                       "Philippines to attend the ninth Pacific Defence Forum (PDF), met Chilean "
                       "Minister of National Defense Juan Soto.\n\nMinister Lund welcomed the advancement "
                       "of defense cooperation between Norway and Chile.")
    assert rec.meeting.dialogue is None
    assert rec.meeting.parties == ["CHL", "NOR"]


def test_forums_a_guest_arrived_to_chair_and_attend_are_not_the_talks_held_upon_arrival(extract_text):
    rec = extract_text("Defence Minister holds talks with Chilean counterpart\n\nOslo, May 3. Defence Minister "
                       "Ola Lund reached Santiago, Chile on May 3, 2026 to co-chair the first Norway-ASEAN Defence "
                       "Forum and attend the 5th Pacific Security Conference. Upon his arrival, Mr. Ola Lund held "
                       "a bilateral meeting with Chile's Minister of National Defence, General Juan Soto.\n\n"
                       "Both Ministers noted the long ties between Norway and Chile. On May 4, 2026, Norway will "
                       "co-chair the Forum.")
    assert rec.meeting.dialogue is None and rec.meeting.round is None
    assert rec.meeting.start == "2026-05-03"  # the day he arrived, not the forum's
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert [s.actors for s in rec.statements if s.act == "note"] == [["CHL", "NOR"]]


def test_a_magazine_story_months_later_gives_the_year_of_talks_it_dates_without_one(extract_text):
    rec = extract_text("Norway and Chile sign naval accords\n\nBy Tom Roe\nNovember 20, 2026\n\nOfficials signed the "
                       "accords in Oslo during the First Norway-Chile Defence Dialogue, held June 3rd-5th.\n\n"
                       "The two sides agreed to expand cadet exchanges.")
    assert (rec.meeting.start, rec.meeting.end) == ("2026-06-03", "2026-06-05")


def test_a_round_said_in_words_before_a_biannual_or_semi_annual_group_is_its_round(extract_text):
    for cadence in ("biannual", "semi-annual", "half-yearly"):
        rec = extract_text(f"The tenth meeting of the {cadence} Norway-Chile Joint Working Group sat in Oslo "
                           "on 19 July 2026.\n\nThe two sides discussed maritime security.")
        assert (rec.meeting.dialogue, rec.meeting.round) == ("Norway-Chile Joint Working Group", 10), cadence


def test_a_session_the_meeting_was_held_on_the_occasion_of_far_down_the_story_is_its_dialogue(extract_text):
    rec = extract_text("Oslo - Border security topped the agenda when Interior Minister Ola Lund sat down with his "
                       "Chilean counterpart Juan Soto.\n\nThe talks covered smuggling and the exchange of data.\n\n"
                       "The session, in Oslo on Tuesday, served as an occasion to review earlier accords.\n\n"
                       "Both sides agreed to step up patrols at sea.\n\nThe talks were held on the occasion of the "
                       "12th session of the Norwegian-Chilean High Joint Commission, held in Oslo from May 2 to 4.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Norwegian-Chilean High Joint Commission", 12)


def test_a_registered_dialogue_named_only_near_the_end_as_where_they_met_is_the_meeting(extract_text):
    filler = [f"Paragraph {w} of the story weighs the transfer of wartime command and what it means for the alliance."
              for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")]
    rec = extract_text("U.S., South Korea delay command transfer\n\nThe allies on Thursday put off handing over "
                       "wartime command.\n\n" + "\n\n".join(filler) + "\n\nSecretary Tom Roe and Minister Park "
                       "Min-ho talked in Washington, as part of the 60th Security Consultative Meeting, the allies' "
                       "yearly defense talks.")
    assert (rec.meeting.acronym, rec.meeting.round) == ("SCM", 60)


def test_a_round_said_as_an_installment_or_the_first_of_its_kind(extract_text):
    rec = extract_text("The Norway-Chile Strategic Policy Dialogue was held in Oslo on 4 May 2027.\n\n"
                       "The officials reviewed naval cooperation. These talks were the fifth installment of the series, "
                       "begun in 2019.")
    assert rec.meeting.round == 5
    rec = extract_text("The first of its kind, a Norway-Chile Deputy Ministers' Dialogue took place in Oslo on 4 May 2027.")
    assert rec.meeting.round == 1
    rec = extract_text("Norway and Chile made progress on border cooperation after the sixth meeting of the joint "
                       "committee, held in Oslo on 4 May 2027.")
    assert rec.meeting.round == 6  # the body is not named, its round is
    rec = extract_text("The defence ministers of Norway and Chile held their first talks in six years in Oslo on 4 May 2027.")
    assert rec.meeting.round is None
    rec = extract_text("The Norway-Chile session, the third of its kind since 2019, was held in Oslo on 4 May 2027.")
    assert rec.meeting.round == 3


def test_a_round_numbered_after_the_dialogues_acronym(extract_text):
    rec = extract_text("Ministers meet in Oslo\n\nThe Nordic-Andean Defence Ministers' Meeting (NADMM) opened in Oslo on "
                       "4 May 2027.\n\nThe theme of NADMM-9 suits the moment, the host said. Chile will chair NADMM-10.")
    assert (rec.meeting.acronym, rec.meeting.round) == ("NADMM", 9)


def test_what_a_body_is_on_after_its_acronym_stays_in_its_name(extract_text):
    rec = extract_text("The 11th session of the Norway-Chile Standing Commission (NCSC) on Fisheries and Coast Guards "
                       "held in Oslo this week ended on 4 May 2027.")
    assert (rec.meeting.dialogue, rec.meeting.acronym) == (
        "Norway-Chile Standing Commission on Fisheries and Coast Guards", "NCSC")
    rec = extract_text("The Norway-Chile Joint Working Group (JWG) met on Monday, 4 May 2027 in Oslo.")
    assert rec.meeting.dialogue == "Norway-Chile Joint Working Group"


@pytest.mark.parametrize("lead, name", [
    ("The Norway-Chile joint standing commission on Fisheries and Coast Guards has urged both navies to patrol together.",
     "Norway-Chile joint standing commission on Fisheries and Coast Guards"),
    ("Lund co-chaired the 9th session of the Norway/Chile Joint Standing Commission (JSC) meeting on Fisheries and Coast "
     "Guards in Oslo, where he spoke first.", "Norway-Chile Joint Standing Commission on Fisheries and Coast Guards"),
])
def test_what_a_body_is_on_after_its_name_or_its_acronym_and_meeting_stays_in_its_name(extract_text, lead, name):
    assert extract_text(lead).meeting.dialogue == name


def test_a_body_that_convened_after_another_meetings_advice_is_the_meeting_and_not_rejected(extract_text):
    rec = extract_text("Upon the advice of the meeting of the Nordic-Andean Foreign Ministers held from 2 to 4 May 2027 "
                       "in Oslo, the Joint Border Committee (JBC) convened a meeting in Tromsø on 3-4 June 2027.\n\n"
                       "The ministers responsible for defence and the interior attended the meeting. The JBC reviewed "
                       "the security situation along the common border.")
    assert (rec.meeting.dialogue, rec.meeting.acronym, rec.meeting.venue) == ("Joint Border Committee", "JBC", "Tromsø")
    assert rec.meeting.start == "2027-06-03"


def test_a_forum_in_a_list_is_backed_but_a_town_before_a_comma_is_not_a_list(extract_text):
    rec = extract_text("Meeting in Tromsø, the Joint Border Committee (JBC) convened on 3 June 2027 with Norway and "
                       "Chile's defence ministers.")
    assert rec.meeting.dialogue == "Joint Border Committee"


def test_a_meeting_of_other_sides_far_below_a_bilateral_opening_is_not_the_meeting(extract_text):
    rec = extract_text("Norway and Chile vowed to deepen defence ties.\n\n"
                       "The pledge came at a bilateral meeting between Norwegian Defence Minister Ola Lund and Chilean "
                       "Defence Minister Juan Soto in Oslo on June 2.\n\n"
                       "Lund said ties between the two countries had grown in recent years, above all at sea.\n\n"
                       "Soto said the two navies would train together in the south next year and share charts.\n\n"
                       "During the third Peru-Ecuador Defence Ministers' Meeting, held in Oslo the same week, Lund said "
                       "that both countries are strong partners of Norway.")
    assert rec.meeting.dialogue is None
    assert rec.meeting.parties == ["CHL", "NOR"]


def test_a_forum_the_two_work_within_named_after_a_lead_that_says_who_met_is_not_the_meeting(extract_text):
    rec = extract_text("Oslo, Norway (4 May 2027) -- Norwegian Defence Minister Ola Lund met Sweden's Minister of "
                       "Defence Karin Berg in Oslo on Tuesday, during her two-day stay in Norway.\n\n"
                       "Minister Berg praised the progress Norway has made in its naval reforms.\n\n"
                       "Minister Lund said the ties between the two navies are good and stressed their joint work "
                       "within the Nordic Defence Cooperation, as well as in missions of the United Nations.")
    assert rec.meeting.dialogue is None
    assert rec.meeting.parties == ["NOR", "SWE"]


def test_a_release_issued_days_ahead_of_the_talks_it_dates_without_a_year_gives_its_own_year(extract_text):
    rec = extract_text("Minister to visit Chile\n\nBy Tom Roe\nMarch 28, 2027\n\nDefence Minister Ola Lund will travel to "
                       "Santiago for the Third Norway-Chile Defence Dialogue on April 2.\n\nThe ministers are expected "
                       "to discuss naval training.")
    assert (rec.meeting.start, rec.meeting.end) == ("2027-04-02", "2027-04-02")


def test_a_dialogue_named_by_its_kind_and_its_subjects_takes_its_round(extract_text):
    rec = extract_text("Norway and Chile hold second Dialogue on Cyber and Space\n\nOn 10 June 2027, Norway and Chile "
                       "met for their second formal Dialogue on Cyber and Space in Oslo. The two sides discussed "
                       "satellite safety.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Dialogue on Cyber and Space", 2)


def test_a_tripartite_named_by_its_three_countries_is_the_dialogue_and_its_parties(extract_text):
    rec = extract_text("For the first time, Oslo hosted the Norway - Sweden - Finland Military Intelligence "
                       "Tripartite, a senior meeting of the three armed forces.\n\nAt it the three delegations agreed on "
                       "and mapped the zones for combined operations.")
    assert rec.meeting.dialogue == "Norway-Sweden-Finland Military Intelligence Tripartite"
    assert rec.meeting.parties == ["FIN", "NOR", "SWE"]


def test_cooperation_within_a_registered_group_named_in_the_story_is_not_its_meeting(extract_text):
    rec = extract_text("Hungarian Defence Minister Ola Lund discussed with his Slovak counterpart Juan Soto defence "
                       "cooperation within the Visegrad Four (V4) format and with each other, in Bratislava on "
                       "Monday.\n\nThey also discussed air defence.\n\nCooperation among the V4 countries is a model for "
                       "the region, Lund told reporters.")
    assert rec.meeting.dialogue is None and rec.meeting.parties == ["HUN", "SVK"]
    assert [(s.act, s.actors) for s in rec.statements][:2] == [("discuss", ["HUN", "SVK"]), ("discuss", ["HUN", "SVK"])]


def test_a_roman_numeral_of_fifty_and_more_before_the_name_is_its_round(extract_text):
    rec = extract_text("LXV Norway-Chile Military Staff Talks\n\nThe Chief of Joint Staff co-chaired the LXV Norway-Chile "
                       "Military Staff Talks, held in Oslo from 15 to 17 November 2027.\n\nThe two sides agreed on the "
                       "activities for the next cycle.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Norway-Chile Military Staff Talks", 65)


def test_a_dateline_with_the_country_in_brackets_after_the_city_gives_the_venue_and_no_party(extract_text):
    rec = extract_text("OSLO (Norway), May 7 (NTB): Norwegian Foreign Minister Ola Lund and Chile's Foreign Minister "
                       "Juan Soto co-chaired the 6th round of the Norway-Chile Fisheries Dialogue here on Tuesday.\n\n"
                       "The two ministers agreed to share catch data.")
    assert rec.meeting.venue == "Oslo"
    assert rec.statements[0].actors == ["CHL", "NOR"]


def test_a_story_that_goes_on_in_bullets_names_its_meeting_there():
    facts = _facts("Oslo, Santiago renew their pledge\n\nThe defence ministries of Norway and Chile have renewed their "
                   "pledge to a 1998 training accord, officials said on Friday.\n\n* A ministry spokesman said the "
                   "delegations met during the 3rd Norway – Chile Joint Committee on Naval Training (JCNT) in Bergen "
                   "last May 4.")
    assert (facts.dialogue, facts.acronym, facts.round, facts.venue) == \
        ("Norway – Chile Joint Committee on Naval Training", "JCNT", 3, "Bergen")


def test_highlights_in_bullets_above_the_first_paragraph_do_not_push_the_meeting_out_of_the_opening():
    facts = _facts("Norway and Chile tighten border work\n\n  • Minister Ola Lund urged the delegates to speed up "
                   "the survey of the boundary markers.\n  • Chile's envoy Juan Soto said more checks were needed along "
                   "the frontier.\n  • The deputy minister said the two countries will keep working together.\n\n"
                   "More than forty Norwegian and Chilean officials on Monday opened a meeting on border peace.\n\n"
                   "Speaking at the Harbour Hotel in Bergen when he opened the 12th Norway-Chile border officials "
                   "meeting, Minister Lund said the talks would run for three days.")
    assert facts.round == 12 and facts.venue == "Bergen"


def test_a_registered_group_named_after_the_two_sided_meeting_the_lead_names_is_not_the_meeting():
    facts = _facts("Joint statement\n\nOn May 3, 2026, State Secretary Ola Lund hosted an Estonian delegation, led by "
                   "Minister Kaja Tamm, for the annual Norway-Estonia Strategic Partnership Dialogue in Oslo.\n\n"
                   "The two sides reviewed their cooperation. Norway thanked Estonia for its active part in the NB8 "
                   "format and its work for a secure Baltic Sea region.")
    assert facts.dialogue == "Norway-Estonia Strategic Partnership Dialogue"
    assert facts.info is None


def test_a_round_of_consultations_of_a_named_mechanism_is_that_mechanism_and_its_round():
    facts = _facts("Talks held\n\nOla Lund and Juan Soto co-chaired the 12th round of consultations of the Senior-level "
                   "Coordination Mechanism on Polar Affairs between Chile and Norway in Oslo on Monday.")
    assert (facts.dialogue, facts.round) == ("Senior-level Coordination Mechanism on Polar Affairs", 12)


def test_a_mechanism_with_its_acronym_between_two_countries_is_named_with_both():
    facts = _facts("Talks held\n\nThe Joint Defence and Border Mechanism (JDBM) between Norway and Chile "
                   "discussed ways to put their cooperation agreements to work.")
    assert (facts.dialogue, facts.acronym) == ("Joint Defence and Border Mechanism", "JDBM")


def test_a_committee_said_further_down_to_have_held_its_meetings_is_the_meeting():
    facts = _facts("Norway and Chile sign a training plan\n\nNorway and Chile have signed a joint training plan for "
                   "2027 to deepen their military ties, a ministry said.\n\nThe plan carries on the joint work of the "
                   "two armed forces over the past decade, the statement added.\n\nThe plan was signed by senior "
                   "officers of both countries at a ceremony in Oslo on Wednesday.\n\nAccording to a state news "
                   "agency, the Norwegian-Chilean Defence Committee had held its sessions in Oslo on May 3.")
    assert facts.dialogue == "Norwegian-Chilean Defence Committee"


@pytest.mark.parametrize("sentence, name", [
    ("The presidents of Norway, Chile and Peru met in Oslo on May 3, 2026, for their annual trilateral presidential "
     "summit of the Andean States.", "trilateral presidential summit of the Andean States"),
    ("Norway's President Ola Lund held a tripartite summit with the presidents of Chile and Peru in Oslo on May 3.",
     "tripartite summit"),
])
def test_a_meeting_named_by_how_many_sides_it_has_is_the_dialogue(sentence, name):
    assert _facts("Talks held\n\n" + sentence).dialogue == name


def test_numbered_discussions_named_in_capitals_are_the_dialogue_and_its_round():
    facts = _facts("Talks held\n\nNorway and Chile met in Oslo for a review of their military ties. The 7th Bilateral "
                   "Defence Discussions were co-chaired by the two directors of policy.")
    assert (facts.dialogue, facts.round) == ("Bilateral Defence Discussions", 7)


@pytest.mark.parametrize("sentence, name", [
    ("During the bilateral defence consultations of 3 to 5 May 2026 in Oslo, the two directors said that ties were "
     "growing.", "bilateral defence consultations"),
    ("Prime Minister Ola Lund came to Chile to hold intergovernmental consultations with his host.",
     "intergovernmental consultations"),
])
def test_lower_case_consultations_said_as_when_or_why_they_met_are_the_dialogue(sentence, name):
    facts = _facts("Talks held\n\n" + sentence + "\n\nIn an open talk they traded views on security in the region "
                   "and on migration across the whole region.\n\nThey agreed that the answer lies in joint steps "
                   "taken by the whole international community.\n\nChile has asked that Central European Defence Cooperation (CEDC) ministers "
                   "meet soon in Oslo.")
    assert facts.dialogue == name


def test_the_round_of_the_event_a_meeting_was_held_beside_is_not_its_round():
    facts = _facts("Talks held\n\nWhile in New York on the sidelines of his stay at the 81st session of the UN "
                   "General Assembly, Norway's Foreign Minister Ola Lund met Chile's Juan Soto.")
    assert facts.round is None


def test_a_copied_wire_story_is_dated_by_its_dateline_not_by_the_forums_date_above_it(pipeline):
    from accord.reading import read_bytes

    page = ("Latest posts\n\nChile, Norway defence chiefs hold talks\n\nMar 3, 2019\nReaction score\n"
            "Chile, Norway defence chiefs hold talks - Example Wire\nexamplewire.com 2027-05-04 10:19:00\n\n"
            "OSLO, May 4 (Example Wire) -- Norwegian Defence Minister Ola Lund held talks Tuesday with visiting "
            "Chilean Defence Minister Juan Soto.\n\nLund said the visit would help the two navies work together more "
            "closely in the years ahead.\n\nSoto said Chile wanted to buy Norwegian patrol boats and train its crews "
            "in Bergen.")
    rec = pipeline.extract(read_bytes(page.encode(), "page.txt"))
    assert (rec.meeting.start, rec.meeting.end) == ("2027-05-04", "2027-05-04")


def test_a_group_on_a_field_named_in_lower_case_keeps_its_field_and_a_short_line_below_gives_the_venue():
    facts = _facts("Talks held\n\nBorder security, training and disaster relief were the main issues raised when "
                   "Norway and Chile met on Thursday.\n\nSpare parts for the Chilean navy were also talked over at the "
                   "9th Norway-Chile joint consultative group on security, the foreign ministry said.\n\nThe talks were "
                   "in a good spirit and both sides were pleased with the results.\n\nThe meeting took place in "
                   "Bergen.\n\nThe two sides also talked about joint polar expeditions.")
    assert (facts.dialogue, facts.round, facts.venue) == ("Norway-Chile joint consultative group on security", 9, "Bergen")


def test_a_minister_who_received_a_navy_commander_is_a_meeting_read_not_rejected(extract_text):
    rec = extract_text("Norwegian Defence Minister Ola Lund received Chilean Navy commander Admiral Juan Soto in Oslo "
                       "on Monday. The Minister underscored the friendly relations between the two countries.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("note", ["NOR"])]


def test_a_courtesy_call_is_a_meeting_and_a_page_of_one_is_read_not_rejected(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto paid a courtesy call on Norwegian Prime Minister Ola Lund in "
                       "Oslo on Monday. They discussed naval cooperation.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"])]


@pytest.mark.parametrize("guest", ["Juan Soto, Chile's defence minister,", "Juan Soto, Chile's minister of national defence,"])
def test_one_minister_who_met_another_named_before_his_lower_case_office_is_a_meeting(extract_text, guest):
    rec = extract_text(f"Ola Lund, Norway's defence minister, met {guest} in Oslo on Monday. The two ministers "
                       "discussed naval cooperation.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"])]


def test_a_meeting_of_record_on_a_page_that_names_no_call_or_video_link_was_held_in_person(extract_text):
    rec = extract_text("Norway and Chile opened their annual defence policy talks on Monday. The two sides discussed "
                       "naval training.")
    assert rec.meeting.format == "in_person"
    call = extract_text("Norway and Chile opened their annual defence policy talks by video link on Monday. The two "
                        "sides discussed naval training.")
    assert call.meeting.format == "virtual"


def test_the_date_of_a_minister_receiving_a_delegation_dates_the_meeting(extract_text):
    rec = extract_text("Minister Lund meets with Chilean Defence Minister\n\nThe Norwegian Defence Minister Ola Lund on "
                       "2 March 2027 received the delegation of the Chilean ministry of defence, headed by Defence "
                       "Minister Juan Soto.\n\nThe two ministers discussed naval training.")
    assert (rec.meeting.start, rec.meeting.end) == ("2027-03-02", "2027-03-02")


@pytest.mark.parametrize("page", [
    "Chile's army chief, General Juan Soto, is on a four-day official visit to Norway at the invitation "
    "of his Norwegian counterpart. The two chiefs discussed training and exercises.",
    "Norway and Chile on Tuesday signed a memorandum on naval cooperation in Oslo. The memorandum "
    "covers training, education and defence industry.",
])
def test_a_visit_or_a_signing_with_an_act_of_both_sides_is_read_not_rejected(extract_text, page):
    rec = extract_text(page)
    assert rec.meeting.parties == ["CHL", "NOR"] and any(s.actors == ["CHL", "NOR"] for s in rec.statements)


@pytest.mark.parametrize("lead, venue", [
    ("Norwegian Defence Minister Ola Lund met Chilean Defence Minister Juan Soto at the Pentagon, June 11, 2027. "
     "They reviewed naval exercises.", "Pentagon, Washington, D.C."),
    ("Norway and Chile held their fifth defence policy dialogue at Royal Norwegian Air Force (RNoAF) Base in Bodø "
     "on 4 May 2027. They reviewed naval exercises.", "Bodø"),
])
def test_a_date_or_a_base_named_with_its_acronym_after_the_site_leaves_the_city_as_the_venue(extract_text, lead, venue):
    assert extract_text(lead).meeting.venue == venue


def test_a_name_with_its_honorific_after_a_ministry_and_its_country_is_no_venue(extract_text):
    rec = extract_text("The Permanent Secretary at the Ministry of Defence, Chile Dr Juan Soto called on Norwegian Defence "
                       "Minister Ola Lund in Oslo on 4 May 2027. They discussed ways to widen cooperation.")
    assert rec.meeting.venue == "Oslo"


def test_a_ministry_office_named_without_the_then_its_city_gives_the_venue(extract_text):
    rec = extract_text("Norwegian Defence Minister Ola Lund received Chilean Defence Minister Juan Soto in Ministry of "
                       "Defence office, Oslo, on Thursday, May 21, 2027. They reviewed naval exercises.")
    assert (rec.meeting.venue, rec.meeting.format) == ("Oslo", "in_person")


@pytest.mark.parametrize("text", [
    "Norwegian Defence Minister Ola Lund held talks with his Chilean counterpart Juan Soto in Oslo on 4 May 2027.\n\n"
    "Lund praised Chile for the smooth hosting of the Nordic-Andean Ministers' Meeting last year.",
    "Norwegian Defence Minister Ola Lund held talks with his Chilean counterpart Juan Soto in Oslo on 4 May 2027.\n\n"
    "Lund also invited Chile to attend the 6th Nordic-Andean Ministers' Meeting in Bergen in September.",
    "Norwegian Defence Minister Ola Lund held talks with his Chilean counterpart Juan Soto in Oslo on 4 May 2027.\n\n"
    "Soto thanked Norway for supporting the plan for closer Andean-Nordic ties at the Nordic-Andean Ministers' Meeting.",
    "Bilateral Norwegian-Chilean cooperation, and cooperation within NATO, the United Nations and the Nordic-Andean "
    "Ministers' Meeting, dominated the consultations of the deputy defence ministers of Norway and Chile, Ola Lund and "
    "Juan Soto, on 4 May 2027 in Oslo.",
    "Norwegian Defence Minister Ola Lund held talks with his Chilean counterpart Juan Soto in Oslo on 4 May 2027. They "
    "also took up matters regarding the Nordic-Andean Ministers' Meeting states.",
    "Norwegian Defence Minister Ola Lund held talks with his Chilean counterpart Juan Soto in Oslo on 4 May 2027.\n\n"
    "They agreed to train together.\n\nThe navies sail together each year.\n\nEarlier, speaking at the 9th Nordic-"
    "Andean Ministers' Meeting in Lima, Lund warned of piracy.",
])
def test_a_meeting_one_side_is_congratulated_on_invited_to_works_within_discusses_or_recalls_is_not_this_one(extract_text, text):
    rec = extract_text(text)
    assert rec.meeting.dialogue is None and sorted(rec.meeting.parties) == ["CHL", "NOR"]
    assert rec.meeting.start == "2027-05-04"


def test_a_caption_of_the_talks_taken_out_as_chrome_places_talks_the_text_leaves_unplaced(pipeline):
    from accord.reading import read_bytes
    page = ("Norway, Chile hold defence dialogue\n\nNorway's Defence Minister Ola Lund (R) shakes hands with "
                       "Chile's Defence Minister Juan Soto before their talks in Tromsø, Norway, May 4, 2027. (NTB/Kari "
                       "Berg)\n\nNorway and Chile held their fifth defence dialogue on Monday, May 4, 2027. They "
                       "discussed naval training and the Arctic and agreed to sail together next year.\n\nThe ministers "
                       "also reviewed the exchange of officers.")
    rec = pipeline.extract(read_bytes(page.encode(), "page.txt"))
    assert (rec.meeting.venue, rec.meeting.format) == ("Tromsø", "in_person")
    assert "shakes hands" not in rec.document.text


@pytest.mark.parametrize("town", ["Port of Spain", "Dar es Salaam"])
def test_a_town_whose_name_goes_on_in_lower_case_is_the_venue_whole(extract_text, town):
    rec = extract_text(f"Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola Lund in {town} on "
                       "4 May 2027. They reviewed naval exercises.")
    assert rec.meeting.venue == town


def test_a_capital_named_with_its_own_country_after_it_is_the_capital(extract_text):
    rec = extract_text("Norwegian Defence Minister Ola Lund met Chilean Defence Minister Juan Soto in Santiago de Chile "
                       "on 4 May 2027. They reviewed naval exercises.")
    assert rec.meeting.venue == "Santiago"


def test_a_wires_dash_glued_to_the_first_word_still_ends_the_dateline(extract_text):
    rec = extract_text("OSLO (Wire) -Norway and Chile have agreed to set up a joint naval committee to patrol the sea "
                       "lanes, the two foreign ministers said on Monday after talks.")
    assert (rec.meeting.venue, rec.meeting.parties) == ("Oslo", ["CHL", "NOR"])
    assert [(s.act, s.actors, s.text[:15]) for s in rec.statements] == [("agree", ["CHL", "NOR"], "Norway and Chil")]


def test_numbered_talks_of_two_sides_services_named_in_lower_case_are_the_dialogue(extract_text):
    rec = extract_text("The 12th Chilean Navy and Norwegian Navy staff talks took place from 6 to 7 May 2027 in Oslo. "
                       "The delegations reviewed naval exercises.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Chilean Navy and Norwegian Navy staff talks", 12)


def test_a_date_after_the_datelines_dash_belongs_to_the_dateline(extract_text):
    rec = extract_text("OSLO - 4 May 2027: Chilean Defence Minister Juan Soto praised the role Norway plays in the Arctic. "
                       "He spoke at his meeting with Norwegian Defence Minister Ola Lund.")
    assert rec.statements[0].text.startswith("Chilean Defence Minister Juan Soto praised")


def test_the_town_a_delegation_went_to_on_a_visit_is_the_venue(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto led a Chilean delegation on a visit to Bergen, during which he "
                       "held his first bilateral talks with Norwegian Defence Minister Ola Lund. They discussed naval ties.")
    assert (rec.meeting.venue, rec.meeting.format) == ("Bergen", "in_person")


@pytest.mark.parametrize("dateline", ["Bergen, Norway (4 May 2027) -- ", "May 4, 2027 (BERGEN) - "])
def test_a_dateline_with_its_date_in_brackets_or_its_city_in_brackets_places_the_talks(extract_text, dateline):
    rec = extract_text(dateline + "Norwegian Defence Minister Ola Lund met Chilean Defence Minister Juan Soto today. "
                                  "They discussed naval ties.")
    assert (rec.meeting.venue, rec.meeting.start) == ("Bergen", "2027-05-04")
    assert rec.statements[0].text.startswith("Norwegian Defence Minister")


def test_the_day_the_two_sides_agreed_dates_talks_the_lead_does_not_date(extract_text):
    rec = extract_text("Chile, Norway agree on fjord patrols\n\nUpdated: May 7, 2027 10:20 IST\n\n"
                       "Navy officers of Chile and Norway agreed on a plan for the fjords, the two sides met at the "
                       "defence ministry in Oslo.\n\n"
                       "Chile and Norway on Thursday agreed on a joint plan to patrol the fjords, officials said.")
    assert (rec.meeting.start, rec.meeting.end) == ("2027-05-06", "2027-05-06")


@pytest.mark.parametrize("first", ["first ever", "first-ever"])
def test_the_first_ever_round_of_a_named_dialogue_is_round_one(extract_text, first):
    rec = extract_text(f"I was glad to host Chile's foreign minister in Oslo today for the {first} Norway-Chile "
                       "Strategic Dialogue.\n\nWe discussed fisheries and agreed to meet again next year.")
    assert rec.meeting.round == 1


def test_this_years_session_is_the_round_and_last_years_place_is_not_the_venue(extract_text):
    rec = extract_text("The Chile-Norway Joint Commission on Defence has voiced concern about smuggling on the coast.\n\n"
                       "This year's 9th session of the commission took stock of the decisions of the 8th session held "
                       "from 3 to 7 May in Oslo last year.\n\nOpening this year's 9th session in Santiago, Chilean Defence "
                       "Minister Juan Soto said the commission serves peace.")
    assert (rec.meeting.round, rec.meeting.venue) == (9, "Santiago")


# -- sessions of a dialogue the registry does not know ---------------------------------
def _sessions(rec):
    return sorted(s.name.casefold() for s in rec.meeting.sessions)


def test_working_groups_that_met_during_the_round_are_its_sessions(extract_text):
    listed = extract_text("The fifth round of the Norway-Chile Maritime Consultation was held in Oslo on 4 May 2027. "
                          "The round saw a plenary meeting and two working group meetings on coastal patrols, search "
                          "and rescue, and the fisheries economy.")
    assert _sessions(listed) == ["coastal patrols working group", "fisheries economy working group",
                                 "search and rescue working group"]
    numbered = extract_text("The fifth round of the Norway-Chile Maritime Consultation was held in Oslo on 4 May 2027. "
                            "The delegations met in plenary and held 1) harbour safety working group meeting, "
                            "2) polar research working group meeting, and shared views on the Antarctic.")
    assert _sessions(numbered) == ["harbour safety working group", "polar research working group"]


def test_subcommittees_convened_before_a_forum_are_its_sessions(extract_text):
    rec = extract_text("Norway and Chile opened their Defence and Coast Guard Forum in Oslo on 4 May 2027. Bergen "
                       "hosted last week the meeting of the Navy subcommittee, and the delegates also convened the "
                       "Coast Guard and Customs subcommittees for their own preparations.")
    assert _sessions(rec) == ["coast guard subcommittee", "customs subcommittee", "navy subcommittee"]


def test_components_a_dialogue_had_are_sessions_and_govern_the_paragraph_that_opens_each(extract_text):
    rec = extract_text("Norway and Chile met in Oslo on 4 May 2027 for the fourth round of their Security Dialogue.\n\n"
                       "The dialogue had two components: Policy Talks; and Staff Talks.\n\n"
                       "During the Policy Talks, the two sides discussed the situation at sea.\n\n"
                       "This was followed by the Staff Talks. Both navies agreed to stage a drill in June.\n\n"
                       "The ministers also discussed regional security.")
    assert _sessions(rec) == ["policy talks", "staff talks"]
    def session_of(words):
        return [s.session for s in rec.statements if words in s.text]
    assert session_of("situation at sea") == ["Policy Talks"] and session_of("drill in June") == ["Staff Talks"]
    assert session_of("regional security") == [None]


def test_a_second_body_that_met_with_the_dialogue_is_its_session(extract_text):
    rec = extract_text("Officials of Norway and Chile attended the 7th Senior Officials Meeting (SOM) and 3rd Joint "
                       "Fisheries Committee (JFC) meeting held in Oslo on 4 May 2027.\n\n"
                       "On the Joint Fisheries Committee, both sides discussed catch quotas.")
    assert [(s.name, s.acronym) for s in rec.meeting.sessions] == [("Joint Fisheries Committee", "JFC")]
    assert [s.session for s in rec.statements if s.act == "discuss"] == ["JFC"]


@pytest.mark.parametrize("text", [
    "Norway and Chile held their Maritime Consultation in Oslo on 4 May 2027, building on the inaugural Norway-Chile "
    "Fisheries and Forestry Working Group meeting held in Bergen in April.",
    "Norway and Chile held their Maritime Consultation in Oslo on 4 May 2027 and agreed to set up working groups on "
    "fisheries and on port security.",
    "The third meeting of the Norwegian-Chilean Joint Working Group on Port Security was held in Oslo on 4 May 2027.",
])
def test_working_groups_planned_or_met_elsewhere_are_no_sessions(extract_text, text):
    assert extract_text(text).meeting.sessions == []


def test_a_round_of_talks_named_in_lower_case_by_their_field():
    facts = _facts("Norway and Chile held the fifth round of bilateral consultations on consular affairs in Oslo on "
                   "3 May 2026, trading views on visas.")
    assert (facts.dialogue, facts.round) == ("bilateral consultations on consular affairs", 5)


@pytest.mark.parametrize("text, round_", [
    ("The 10th Norwegian and Chilean naval cooperation meetings are under way in Oslo, the state broadcaster said.", 10),
    ("Norway and Chile signed an accord during the 8th special defence and security session, held in Oslo.", 8),
    ("Norway and Chile met in Oslo on the 3rd of May for talks on fisheries.", None),
    ("Norway and Chile met in Oslo after the 30th Chilean naval exercise in the fjords.", None),
])
def test_a_round_with_the_meetings_description_between_it_and_its_kind(text, round_):
    assert _facts(text).round == round_


def test_the_round_a_lead_set_as_the_pages_title_says_is_the_round(extract_text):
    rec = extract_text("Norway and Chile have signed a plan for naval drills in 2027 at the eighth session of the "
                       "standing Norwegian-Chilean military commission held in Bergen, news agency NTB reports\n\n"
                       "According to the ministry, the commission also discussed training.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Norwegian-Chilean military commission", 8)


def test_a_pair_unhyphenated_before_a_dialogue_in_lower_case_names_it_with_its_round():
    facts = _facts("8th Norway Chile strategic dialogue kicked off\n\nThe annual dialogue on security and defence was "
                   "held in Oslo on May 3, 2027.")
    assert (facts.dialogue, facts.round, facts.parties) == ("Norway Chile strategic dialogue", 8, ["CHL", "NOR"])


def test_a_forum_or_an_exchange_in_lower_case_after_an_ordinal_is_the_dialogue():
    facts = _facts("Oslo, May 3 - Norway's defence minister met delegates to the 1st Norway-Latin America high-level "
                   "defence forum on Tuesday.")
    assert (facts.dialogue, facts.round) == ("Norway-Latin America high-level defence forum", 1)
    facts = _facts("Norway and Chile held the second Norway-Chile Navy friendship exchange in Bergen on 3 May 2027.")
    assert (facts.dialogue, facts.round) == ("Norway-Chile Navy friendship exchange", 2)


def test_a_subcommittee_named_by_its_field_after_its_round_is_the_dialogue():
    facts = _facts("Norway and Chile held the 7th meeting of the Subcommittee on Fisheries and Coast Guards in Bergen "
                   "on 3 May 2027.")
    assert (facts.dialogue, facts.round) == ("Subcommittee on Fisheries and Coast Guards", 7)


def test_a_dialogue_conducted_with_its_manner_before_its_name_is_named():
    facts = _facts("Today in Oslo I conducted a formal bilateral Naval Chiefs’ Dialogue with Chile’s navy chief, "
                   "Admiral Juan Soto.")
    assert facts.dialogue == "Naval Chiefs’ Dialogue"


@pytest.mark.parametrize("field", ["in the area of coastal security", "in the sphere of naval training and logistics"])
def test_a_joint_commission_named_with_its_field_in_lower_case_keeps_it(extract_text, field):
    rec = extract_text(f"The ministers spoke at the opening of the 17th Chilean/Norwegian Joint Commission {field}, "
                       "held in Oslo on 3 May 2027. They agreed to hold joint drills.")
    assert (rec.meeting.dialogue, rec.meeting.round) == (f"Chilean-Norwegian Joint Commission {field}", 17)


@pytest.mark.parametrize("where, venue", [("in Norway’s capital Oslo", "Oslo"), ("in Norway's capital, Oslo, on Friday", "Oslo"),
                                          ("in Peru's capital city Lima", "Lima")])
def test_a_capital_named_after_its_countrys_name_is_the_venue(extract_text, where, venue):
    rec = extract_text(f"Defence chiefs of Chile and Norway met for three days {where}.")
    assert rec.meeting.venue == venue


def test_a_buildings_acronym_in_brackets_before_its_city_keeps_the_city_the_venue(extract_text):
    rec = extract_text("Chilean army chief Juan Soto met Norwegian army chief Kari Lund at the General Headquarters "
                       "(GHQ), Valdivia, on Monday.")
    assert rec.meeting.venue == "Valdivia"


@pytest.mark.parametrize("verb", ["launched", "resumed"])
def test_a_dialogue_launched_or_resumed_on_a_day_is_named_and_dated(extract_text, verb):
    rec = extract_text(f"Chile and Norway {verb} their Maritime Dialogue on 3 May 2026 in Oslo.\n\n"
                       "The delegations agreed to share ice charts.")
    assert (rec.meeting.dialogue, rec.meeting.start) == ("Maritime Dialogue", "2026-05-03")


def test_a_new_round_named_in_lower_case_names_the_dialogue(extract_text):
    rec = extract_text("Chile and Peru held a new round of border and coast guard consultations in Lima on Tuesday, "
                       "pledging closer naval ties.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("border and coast guard consultations", None)


def test_talks_resumed_are_a_meeting_of_their_sides(extract_text):
    rec = extract_text("Chile and Peru resumed border protection talks in Lima on Monday, the defence ministry said.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "PER"])]


@pytest.mark.parametrize("lead, name, rnd", [
    ("The plan was set out last week at the Chile-Peru Border Cooperation talks in Arica.",
     "Chile-Peru Border Cooperation talks", None),
    ("The third Joint Coast Guard Liaison meeting between Chile and Peru ended in Lima on Friday.",
     "Joint Coast Guard Liaison meeting", 3),
])
def test_a_capitalised_name_with_its_kind_in_lower_case_is_the_dialogue(extract_text, lead, name, rnd):
    rec = extract_text(lead + "\n\nThe officials agreed to share patrol schedules.")
    assert (rec.meeting.dialogue, rec.meeting.round) == (name, rnd)


def test_an_acronym_spelt_out_as_another_bodys_name_is_not_the_dialogues(extract_text):
    rec = extract_text("Chile and Peru held the third Chile-Peru Naval Cooperation Talks in Lima on Friday.\n\n"
                       "Peru will send instructors to the Chilean Naval Academy, and the CNA's cadets will train "
                       "in Callao.")
    assert (rec.meeting.dialogue, rec.meeting.acronym) == ("Chile-Peru Naval Cooperation Talks", None)


def test_a_body_named_at_the_close_of_its_conference_is_the_dialogue(extract_text):
    rec = extract_text("Chile, Peru and Bolivia have agreed to pool border patrol data.\n\nThis was set out in a "
                       "communique signed at the close of the two-day Andean Conference on Border Policing in Lima.")
    assert rec.meeting.dialogue == "Andean Conference on Border Policing"


def test_a_meeting_of_a_blocs_own_committee_names_the_committee(extract_text):
    rec = extract_text("Ministers of Chile, Peru and Bolivia ended a two-day meeting of the bloc's Joint Frontier "
                       "Committee in Lima on Friday.\n\nThey agreed to share patrol schedules.")
    assert rec.meeting.dialogue == "Joint Frontier Committee"


@pytest.mark.parametrize("lead", [
    "Defence chiefs of Chile, Peru and Bolivia met on Thursday in their first three-way dialogue, in Lima.",
    "Navy chiefs of Chile and Peru held their first ever bilateral summit in Lima and agreed to patrol together.",
])
def test_their_first_meeting_described_in_lower_case_is_round_one(extract_text, lead):
    assert extract_text(lead + "\n\nThey agreed to share radar data.").meeting.round == 1


def test_a_round_still_to_come_is_not_the_meetings(extract_text):
    rec = extract_text("Foreign ministers of Chile, Peru and Bolivia met in Lima on Monday and agreed that their "
                       "border committee will hold its fifth regular meeting next month in La Paz.")
    assert rec.meeting.round is None


def test_an_official_named_only_by_the_office_he_held_then_heads_no_side(extract_text):
    rec = extract_text("The Chief of the Peruvian Navy met Chile's Navy Commander Admiral Juan Soto in Santiago on "
                       "Monday.\n\nNaval ties began in 2002 with an accord signed during the then Peruvian Defence "
                       "Minister, General Pablo Vega's visit to Santiago.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Juan Soto", "CHL")]


def test_a_country_the_lead_names_as_a_threat_does_not_unmake_the_registered_dialogue(extract_text):
    rec = extract_text("Australian and American ministers pledged joint efforts to deter Chinese coercion in the "
                       "Pacific. The pledge came in a joint communique as the ministers closed the 34th AUSMIN in "
                       "Brisbane.")
    assert (rec.meeting.acronym, rec.meeting.round, rec.meeting.parties) == ("AUSMIN", 34, ["AUS", "USA"])


def test_one_country_the_meeting_sentence_names_beside_the_sides_does_not_unmake_the_registered_dialogue(extract_text):
    rec = extract_text("Foreign and defence officials of Australia and the United States met for talks in Brisbane on "
                       "Monday as both allies seek to deal better with pressure from China.\n\nThe 34th AUSMIN "
                       "gathered ministers of both countries.")
    assert (rec.meeting.acronym, rec.meeting.parties) == ("AUSMIN", ["AUS", "USA"])


def test_a_meeting_the_sides_held_earlier_in_the_day_is_the_one_reported(extract_text):
    rec = extract_text("Chile and Peru approved a joint plan to patrol the Humboldt Current, the Chilean ministry "
                       "said on Monday.\n\nEarlier in the day, both ministers held the 9th Chile-Peru Border "
                       "Commission in Arica, where they also reviewed port security.")
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Chile-Peru Border Commission", 9)


def test_a_round_before_a_name_whose_parties_carry_an_acronym_in_brackets_is_kept(extract_text):
    rec = extract_text("Joint Statement\n\n1. The 30th Japan (JPN)-U.S. Security Consultative Committee convened in "
                       "Tokyo on 4 November 2029.")
    assert (rec.meeting.acronym, rec.meeting.round) == ("SCC", 30)
