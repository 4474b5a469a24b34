"""The meeting's place, format and dates as pages of the genre state them."""
from __future__ import annotations

from accord.extraction.layout import layout
from accord.extraction.meeting import identify
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


def test_the_pentagon_is_a_venue_unless_a_washington_dateline_names_the_city():
    text = "Talks held\n\nThe defence secretary hosted his Polish counterpart at the Pentagon for their annual talks."
    assert _facts(text).venue == "Pentagon"
    assert _facts(text, dateline_city="WASHINGTON").venue == "Washington, D.C."


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
