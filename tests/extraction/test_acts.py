"""Acts of record on sentences of the genre, with their actors, conditions and commitments."""
from __future__ import annotations

HEAD = ("Joint Statement on the 30th Korea-U.S. Integrated Defense Dialogue\n\n"
        "The Republic of Korea and the United States held the 30th Korea-U.S. Integrated Defense Dialogue (KIDD) "
        "in Seoul on May 2-3, 2027.\n\n")


def acts(extract_text, body: str):
    rec = extract_text(HEAD + body)
    return [s for s in rec.statements if s.act != "meet"]


def test_coordinated_verbs_are_separate_acts(extract_text):
    got = acts(extract_text, "The two sides assessed that the security situation remains grave and pledged to "
                             "strengthen their combined defense posture.")
    assert [(s.act, s.actors, s.commitment) for s in got] == [
        ("assess", ["KOR", "USA"], False), ("commit", ["KOR", "USA"], True)]


def test_an_attribution_is_not_an_act_but_what_it_reports_is(extract_text):
    got = acts(extract_text, "Officials said both sides reaffirmed that the complete denuclearization of North Korea "
                             "remains their common goal.")
    assert [(s.act, s.actors) for s in got] == [("reaffirm", ["KOR", "USA"])]
    assert not got[0].text.lower().startswith("officials said")


def test_a_verb_of_record_inside_the_content_is_not_an_act(extract_text):
    got = acts(extract_text, "They agreed that the two countries will consult closely and review progress.")
    assert [s.act for s in got] == ["agree"] and got[0].commitment


def test_one_party_and_it_continue_the_single_actor(extract_text):
    got = acts(extract_text, "The United States reiterated its ironclad commitment to the defense of the ROK. "
                             "It stressed that any nuclear attack would bring an end to the regime.")
    assert [(s.act, s.actors) for s in got] == [("reaffirm", ["USA"]), ("note", ["USA"])]


def test_a_third_party_act_is_reported_by_the_parties(extract_text):
    got = acts(extract_text, "The two sides highlighted North Korea's reaffirmation of its commitment to complete "
                             "denuclearization.")
    prk = [s for s in got if s.actors == ["PRK"]]
    assert prk and prk[0].act == "reaffirm" and prk[0].reported_by == ["KOR", "USA"]


def test_conditions_are_found_and_manner_is_not(extract_text):
    got = acts(extract_text, "They agreed that sanctions will continue to be enforced until North Korea takes "
                             "verifiable steps. They pledged to meet the conditions expeditiously, while fully "
                             "taking into consideration the security situation.")
    assert got[0].condition == "until North Korea takes verifiable steps"
    assert got[1].condition is None


def test_an_assessment_or_a_view_of_importance_is_not_a_commitment(extract_text):
    got = acts(extract_text, "The delegations agreed that close coordination is important. They shared the view "
                             "that the UN Security Council resolutions must continue to be implemented.")
    assert [s.commitment for s in got] == [False, True]


def test_topics_come_from_the_closed_list(extract_text):
    got = acts(extract_text, "They discussed ways to deepen cooperation in space and cyber.")
    assert set(got[0].topics) == {"space", "cyber"}


def test_a_session_cue_governs_the_paragraphs_after_it(extract_text):
    rec = extract_text(HEAD + "Deterrence Strategy Committee\n\nAt the DSC session, the two sides discussed the "
                              "Tailored Deterrence Strategy.\n\nThey agreed to hold a tabletop exercise.\n\n"
                              "Way Ahead\n\nThe two delegations agreed to convene the next KIDD in Washington.")
    assert [(s.act, s.session) for s in rec.statements[1:]] == [("discuss", "DSC"), ("agree", "DSC"), ("agree", None)]
    assert [s.acronym for s in rec.meeting.sessions] == ["DSC"]
