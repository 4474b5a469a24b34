"""Acts of record on sentences of the genre, with their actors, conditions and commitments."""
from __future__ import annotations

import pytest

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
    got = acts(extract_text, "The United States reiterated its unshakable pledge to defend the ROK. "
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


def test_a_session_that_did_something_was_held_but_one_listed_as_a_body_of_the_dialogue_was_not(extract_text):
    rec = extract_text(HEAD + "The dialogue has several bodies: the Deterrence Strategy Committee, for one, and the "
                              "Security Policy Initiative.\n\nLater on, the Deterrence Strategy Committee saw "
                              "staff run a tabletop exercise on deterrence options.")
    assert [s.acronym for s in rec.meeting.sessions] == ["DSC"]


PAIR_HEAD = ("Joint Statement of the Fifth Mongolia-Japan 2+2\n\n"
             "Foreign Minister Ana Lind and Defence Minister Piet Vos of Mongolia held the fifth Mongolia-Japan "
             "2+2 Foreign and Defence Ministerial Meeting with Minister for Foreign Affairs SATO Kenji and Minister "
             "of Defense ITO Hiroshi of Japan in Tokyo on 3 June 2026.\n\n")


def pair_acts(extract_text, body: str):
    rec = extract_text(PAIR_HEAD + body)
    return [(s.act, s.actors, s.commitment) for s in rec.statements if s.act != "meet"]


def test_the_genres_wider_vocabulary_of_acts(extract_text):
    got = pair_acts(extract_text, "The Ministers affirmed the importance of freedom of navigation. They celebrated the "
                                  "progress of their defence ties and took stock of the exercises held this year. "
                                  "They directed their officials to draft a logistics arrangement. They opposed any "
                                  "attempt to alter the status quo through coercion.")
    assert got == [("reaffirm", ["JPN", "MNG"], False), ("appreciate", ["JPN", "MNG"], False),
                   ("discuss", ["JPN", "MNG"], False), ("other", ["JPN", "MNG"], True),
                   ("concern", ["JPN", "MNG"], False)]


def test_commitments_stressed_supported_or_set_for_the_future(extract_text):
    got = pair_acts(extract_text, "The Ministers underscored their common commitment to a stable and peaceful region. "
                                  "They reaffirmed their strong support for the centrality of regional bodies. "
                                  "The two sides will also resume staff talks next spring. They shared the view "
                                  "that it is essential to deepen cooperation in space.")
    assert got == [("note", ["JPN", "MNG"], True), ("reaffirm", ["JPN", "MNG"], True),
                   ("commit", ["JPN", "MNG"], True), ("agree", ["JPN", "MNG"], True)]


def test_what_a_named_minister_reports_is_the_act_not_his_stating_it(extract_text):
    got = pair_acts(extract_text, "Minister Vos stated that the two countries agreed to open a defence office.")
    assert got == [("agree", ["JPN", "MNG"], True)]


def test_the_meeting_as_subject_and_speech_of_a_minister_in_capitals(extract_text):
    rec = extract_text("Fifth Mongolia-Japan 2+2\n\nMr. SATO Kenji, Minister for Foreign Affairs of Japan, held the "
                       "fifth Mongolia-Japan 2+2 Foreign and Defence Ministerial Meeting with Minister for Foreign "
                       "Affairs Bat Erdene of Mongolia in Tokyo on 3 June 2026.\n\nMinister Sato stated that Japan "
                       "will deepen cooperation with Mongolia. The meeting concluded with a firm pledge to widen "
                       "defence exchanges. They congratulated Mongolia on the success of the peacekeeping exercise.")
    got = [(s.act, s.actors, s.commitment) for s in rec.statements if s.act != "meet"]
    assert ("commit", ["JPN"], True) in got  # what Japan will do, as the minister stated it
    assert ("commit", ["JPN", "MNG"], True) in got and ("appreciate", ["JPN", "MNG"], False) in got


def test_each_item_under_a_lead_in_records_its_act(extract_text):
    rec = extract_text(PAIR_HEAD + "The Ministers committed to:\n\n- Increasing investments in joint training areas;\n"
                       "- Finalizing an information security agreement; and\n- Establishing a cyber working group.\n\n"
                       "They shared views on regional security and shared the view that cooperation must deepen.")
    got = [(s.act, s.commitment, s.text) for s in rec.statements if s.act != "meet"]
    assert got[:3] == [("commit", True, "The Ministers committed to:\n\n- Increasing investments in joint training areas"),
                       ("commit", True, "Finalizing an information security agreement"),
                       ("commit", True, "Establishing a cyber working group")]
    assert [a for a, _, _ in got[3:]] == ["discuss", "agree"]


def test_commitments_of_endorsed_plans_treaty_scope_and_views_on_future_work(extract_text):
    got = pair_acts(extract_text, "The Ministers approved a joint cyber strategy. They reaffirmed that the defence "
                                  "treaty extends to attacks on coast guard vessels. They shared the view on "
                                  "continuing to promote joint exercises.")
    assert got == [("agree", ["JPN", "MNG"], True), ("reaffirm", ["JPN", "MNG"], True),
                   ("agree", ["JPN", "MNG"], True)]


def test_a_ministers_words_in_quotation_marks_are_not_an_act_but_a_term_in_quotes_is_no_quotation(extract_text):
    rec = extract_text(PAIR_HEAD + 'Minister Vos stated that the two countries share a "free and open" region. '
                       'Minister Vos said, "We will keep working together."')
    speech = [s for s in rec.statements if s.act == "other"]
    assert len(speech) == 1 and speech[0].text.startswith("Minister Vos stated that")


def test_a_quotation_closed_before_its_speaker_is_the_speakers_word(extract_text):
    rec = extract_text(PAIR_HEAD + '"Our navies train well together," said Minister Vos. "The region needs calm '
                       'seas," Minister Ito said at the opening. “Trust has grown,” says Minister of Defense ITO Hiroshi.')
    said = [(s.act, s.actors, s.text.split()[-1]) for s in rec.statements if s.act != "meet"]
    assert said == [("other", ["MNG"], "Vos"), ("other", ["JPN"], "opening"), ("other", ["JPN"], "Hiroshi")]


def test_acts_done_at_another_meeting_or_naming_someone_are_not_this_meetings(extract_text):
    rec = extract_text(PAIR_HEAD + "Minister Ana Lind and Minister SATO Kenji (referred to collectively as the "
                       "Ministers) reviewed the commitments the leaders reiterated at the Mongolia-Japan Summit "
                       "held on 3 March 2026. The Ministers shared their opinions related to cyber defence.")
    got = [(s.act, s.text[:25]) for s in rec.statements if s.act != "meet"]
    assert [a for a, _ in got] == ["discuss", "discuss"]


def test_an_act_whose_actors_cannot_be_told_is_said_not_guessed(extract_text):
    rec = extract_text(PAIR_HEAD + "Mr. Lee Han reaffirmed the importance of the partnership. They welcomed the "
                       "progress of the exercises.")
    assert [s.act for s in rec.statements if s.act != "meet"] == ["appreciate"]
    assert [(u.act, u.subject) for u in rec.unresolved] == [("reaffirm", "Mr. Lee Han")]
    assert rec.to_dict()["unresolved"][0]["text"] == "Mr. Lee Han reaffirmed the importance of the partnership."


def test_verbs_of_record_only_with_a_that_clause_or_a_particle(extract_text):
    got = pair_acts(extract_text, "They held that defence cooperation has advanced. The two sides sketched out "
                                  "cooperation priorities. They held talks.")
    assert [a for a, _, _ in got] == ["assess", "discuss"]


def test_one_side_stating_and_a_minister_explaining_are_acts(extract_text):
    got = pair_acts(extract_text, "The Mongolian side stated that it was pleased to host the next round. Minister "
                                  "Vos explained the new defence strategy.")
    assert [(a, actors) for a, actors, _ in got] == [("other", ["MNG"]), ("other", ["MNG"])]


def test_what_a_minister_added_is_an_act_but_adding_after_another_verb_is_not(extract_text):
    got = pair_acts(extract_text, "Minister Vos said that border crime had fallen. He added that Mongolia would "
                                  "train more officers. Minister Ito thanked Mongolia, adding that the exercises had "
                                  "gone well.")
    assert [(a, actors) for a, actors, _ in got] == [("other", ["MNG"]), ("commit", ["MNG"]), ("appreciate", ["JPN"])]


# a page's opening that says who met, where and when: the tests below add the sentence they are about
FIFTH_TALKS = ("Norway and Chile hold defence talks\n\n"
               "Norway and Chile held their fifth defence policy talks in Oslo on 3 May 2027.\n\n")
AUS_JPN = ("Joint Statement of the Twelfth Japan-Australia 2+2 Foreign and Defence Ministerial Consultations\n\n"
           "Japan and Australia held the twelfth Japan-Australia 2+2 in Canberra on 4 March 2027.\n\n")


def test_a_country_that_is_not_at_the_meeting_makes_a_clause_regional(extract_text):
    rec = extract_text(AUS_JPN + "The Ministers welcomed the growing defence engagement of Indonesia and Vietnam "
                                 "with both countries.")
    got = [s for s in rec.statements if s.act != "meet"]
    assert got and "regional_cooperation" in got[0].topics


def test_north_korea_named_is_its_threat_unless_a_closer_topic_says_otherwise(extract_text):
    rec = extract_text(AUS_JPN + "The Ministers urged North Korea to cease its destabilizing behaviour. "
                                 "They called for the denuclearization of North Korea.")
    got = [s.topics for s in rec.statements if s.act != "meet"]
    assert got == [["dprk_threat"], ["denuclearization"]]


def test_subjects_outside_the_closed_list_are_other(extract_text):
    rec = extract_text(AUS_JPN + "The Ministers committed to cooperate on climate change and clean energy. "
                                 "They reaffirmed their support for the Nuclear Suppliers Group and for nuclear "
                                 "non-proliferation.")
    got = [s.topics for s in rec.statements if s.act != "meet"]
    assert got == [["other"], ["other"]]


def test_the_dialogue_named_as_subject_acts_for_its_parties(extract_text):
    rec = extract_text("Norway-Poland Ministerial Consultations (NORPOL)\n\nThe third Norway-Poland Ministerial "
                       "Consultations were held in Oslo on 2 March 2027.\n\nNORPOL III highlighted the strength of "
                       "the relationship. The members of the NORPOL affirmed that their cooperation is vital.")
    got = [(s.act, s.actors) for s in rec.statements if s.act != "meet"]
    assert got == [("note", ["NOR", "POL"]), ("reaffirm", ["NOR", "POL"])]


def test_news_words_for_meeting_and_talking(extract_text):
    rec = extract_text(HEAD + "Officials of the two countries gathered on Tuesday in Seoul. The two men also "
                              "mulled joint exercises. The two sides shared information and assessments on the North's "
                              "nuclear site.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [
        ("meet", ["KOR", "USA"]), ("discuss", ["KOR", "USA"]), ("assess", ["KOR", "USA"])]


def test_held_talks_and_hosting_a_guest_for_the_dialogue_are_the_meeting(extract_text):
    rec = extract_text("Allies meet in Oslo\n\nOSLO: Norway and Poland on Friday held wide-ranging talks to expand "
                       "their partnership.\n\nThey agreed to meet again.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["NOR", "POL"]), ("agree", ["NOR", "POL"])]
    rec = extract_text("Allies meet in Oslo\n\nThe Norwegian government hosted the government of Poland for the "
                       "Defence Dialogue in Oslo on March 1-2.\n\nThey agreed to meet again.")
    assert rec.statements[0].act == "meet"


def test_the_joint_statement_and_a_subjectless_passive_speak_for_the_parties(extract_text):
    got = acts(extract_text, "The joint statement also welcomed ongoing consultations between the two navies. "
                             "Also discussed was how to strengthen cooperation with Japan. Both sides expressed "
                             "satisfaction with the progress made. The two sides inked an agreement on logistics.")
    assert [(s.act, s.actors) for s in got] == [("appreciate", ["KOR", "USA"]), ("discuss", ["KOR", "USA"]),
                                                ("appreciate", ["KOR", "USA"]), ("agree", ["KOR", "USA"])]


def test_a_list_under_intend_to_is_a_commitment_per_item(extract_text):
    rec = extract_text(HEAD + "The ministers noted several initiatives. Over the next year, the two countries intend "
                              "to:\n\n- Consult closely on their plans for the region.\n- Maintain pressure on North "
                              "Korea.\n")
    got = [(s.act, s.commitment, s.actors) for s in rec.statements[2:]]
    assert got == [("commit", True, ["KOR", "USA"])] * 2
    assert rec.statements[2].text.endswith("Consult closely on their plans for the region")  # with its lead-in


def test_a_minister_named_later_acts_for_his_side_and_a_trailing_said_is_his_word(extract_text):
    rec = extract_text("Norway and Poland hold first two-plus-two\n\nNorway and Poland held their first two-plus-two "
                       "meeting in Oslo on Thursday.\n\nThe attendees agreed to meet yearly. Our agenda focused on the "
                       "Arctic.\n\nPolish Foreign Minister Jan Kowal expressed concern over the Arctic. The alliance is "
                       "strong, Kowal said.")
    got = [(s.act, s.actors) for s in rec.statements[1:]]
    assert got == [("agree", ["NOR", "POL"]), ("discuss", ["NOR", "POL"]), ("concern", ["POL"]), ("other", ["POL"])]
    assert rec.statements[-1].text == "The alliance is strong, Kowal said"


def test_what_one_minister_says_both_will_do_is_his_word_and_a_ministrys_is_their_pledge(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday. The two navies will sail together next spring, Ms Lund said. Both armies will swap "
                       "cadets, the ministry said. “Our coasts will be safer,” Soto said. The drills will keep both "
                       "fleets ready, said Minister Soto.")
    got = [(s.act, s.actors, s.text) for s in rec.statements[1:]]
    assert got == [("other", ["NOR"], "The two navies will sail together next spring, Ms Lund said"),
                   ("commit", ["CHL", "NOR"], "Both armies will swap cadets, the ministry said"),
                   ("other", ["CHL"], "Our coasts will be safer,” Soto said"),
                   ("other", ["CHL"], "The drills will keep both fleets ready, said Minister Soto")]


def test_a_minister_s_quoted_words_closed_by_who_said_them_are_his_side_s_word(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday.\n\nThe two discussed the war in Europe. “As partners, we must do all we can to keep "
                       "the war inside its borders,” Lund said.\n\n“Our navies will sail together for many years,” "
                       "the Chilean minister said.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("discuss", ["CHL", "NOR"]), ("other", ["NOR"]),
                                                                ("other", ["CHL"])]


def test_agreements_on_a_plan_reached_agreements_and_a_stressed_future_of_the_parties_bind(extract_text):
    got = acts(extract_text, "The allies agreed a new rotational model for air defence. The two sides reached the "
                             "agreement at the annual meeting. They agreed to a conditions-based transition. They "
                             "stressed that they will continue to enforce the sanctions. The U.S. side stated that they "
                             "would like to deepen cooperation. They stressed that the situation is grave.")
    assert [(s.act, s.commitment) for s in got] == [("agree", True), ("agree", True), ("agree", True),
                                                    ("note", True), ("other", True), ("note", False)]


def test_background_negated_acts_and_a_meetings_programme_are_not_of_record(extract_text):
    got = acts(extract_text, "The sides agreed in 2014 to postpone the transfer. Under the previous administration, "
                             "the two countries agreed to a timeline. The defense ministers had not met since 2011. "
                             "Seoul and Washington have held the dialogue twice a year since it was launched. The "
                             "meeting will discuss joint planning. They agreed to meet again.")
    assert [(s.act, s.text[:14]) for s in got] == [("agree", "They agreed to")]


def test_progress_since_a_visit_years_ago_is_welcomed_now_what_was_done_during_a_war_is_background(extract_text):
    got = acts(extract_text, "The two Ministers welcomed the progress made in bilateral defence exchanges following the "
                             "signing of the Memorandum of Cooperation in the Field of Defence during the visit of "
                             "President Ann Lee to Korea in September 2014. South Korea handed over command to the "
                             "allied troops during the 1950-53 war.")
    assert [(s.act, s.text[:21]) for s in got] == [("appreciate", "The two Ministers wel")]


def test_being_ready_or_aiming_to_act_binds_the_parties_but_not_a_forum_or_a_quotation(extract_text):
    got = acts(extract_text, "The Republic of Korea is willing to host the next round. They also aim to merge their "
                             "exercises into one program. The KIDD, launched in 2011, aims to integrate the consultative "
                             "bodies. \u201cWe aim to be at full strength,\u201d Secretary Roe said.")
    assert [(s.act, s.actors, s.commitment) for s in got if s.act == "commit"] == [
        ("commit", ["KOR"], True), ("commit", ["KOR", "USA"], True)]
    got = acts(extract_text, "The United States is ready to support the plan.")
    assert [(s.act, s.actors) for s in got] == [("commit", ["USA"])]


def test_being_of_one_view_and_sharing_a_need_are_agreements(extract_text):
    got = acts(extract_text, "They were of the view that the partnership has a key role in the region. Both sides also "
                             "shared the need to further strengthen cooperation.")
    assert [s.act for s in got] == ["agree", "agree"]


def test_what_will_be_done_said_in_the_passive_binds_the_parties_but_a_meeting_to_be_held_does_not(extract_text):
    got = acts(extract_text, "Education and training exchanges will be sustained. Cooperation on equipment transfer "
                             "shall likewise be pursued. The next meeting will be held in Washington.")
    assert [(s.act, s.actors, s.commitment) for s in got] == [("commit", ["KOR", "USA"], True)] * 2


def test_a_treaty_signed_two_centuries_ago_is_background(extract_text):
    got = acts(extract_text, "The two countries signed a Treaty of Amity and Commerce in 1833. They agreed to meet again.")
    assert [s.act for s in got] == ["agree"]


def test_a_breakfast_meeting_with_the_guest_is_the_meeting_a_meeting_of_minds_is_not(extract_text):
    rec = extract_text(HEAD + "Minister Kim had a breakfast meeting with Secretary Roe on the morning of May 3. The "
                              "two also commemorated the veterans of the war. \u201cWe had a meeting of minds,\u201d Kim "
                              "said. The Republic of Korea talked about the security environment in the region.")
    assert [s.act for s in rec.statements][1:] == ["meet", "other", "other", "discuss"]  # his words quoted: no meeting


def test_what_the_sides_did_where_they_met_is_an_act_but_not_what_leaders_did_there_or_will_do(extract_text):
    got = acts(extract_text, "The officials met at the Pentagon, where the two sides discussed the missile launches. "
                             "The visit followed the summit in Seoul, where the two leaders agreed on common priorities. "
                             "Secretary Roe will then travel to Tokyo, where he will also hold a strategic dialogue. "
                             "The ministers toured the museum, where they met and recognised the veterans.")
    assert [(s.act, s.text[:28]) for s in got] == [("discuss", "where the two sides discusse")]

    got = acts(extract_text, "The two sides have held bilateral defense consultations in Washington.")
    assert got == []  # the meeting itself ("have held ... consultations"), not talks about something


def test_parties_committed_to_working_together_bind_themselves_and_reemphasizing_is_reaffirming(extract_text):
    got = acts(extract_text, "The Republic of Korea and the United States are committed to working together to "
                             "enhance regional security. The two sides also reemphasized their commitment to peace.")
    assert [(s.act, s.actors, s.commitment) for s in got] == [("commit", ["KOR", "USA"], True),
                                                             ("reaffirm", ["KOR", "USA"], True)]


def test_the_members_of_a_forum_are_its_parties(extract_text):
    got = acts(extract_text, "Members exchanged assessments on the regional security challenges. Members recognised "
                             "the long record of collective action.")
    assert [(s.act, s.actors) for s in got] == [("assess", ["KOR", "USA"]), ("note", ["KOR", "USA"])]


def test_an_invitation_is_an_act_of_the_side_that_gives_it(extract_text):
    got = acts(extract_text, "South Korea also invited the United States to partner with the Korean defence industry.")
    assert [(s.act, s.actors) for s in got] == [("other", ["KOR"])]


def test_the_visiting_minister_is_the_guest_side_and_the_hosts_are_the_home_side(extract_text):
    got = acts(extract_text, "The visiting minister emphasised the importance of mutual trust. The host side thanked "
                             "the delegation for the visit.")
    assert [(s.act, s.actors) for s in got] == [("note", ["USA"]), ("appreciate", ["KOR"])]


def test_two_verbs_with_one_object_are_one_act_each_and_discussions_that_included_are_one(extract_text):
    got = acts(extract_text, "The two sides welcomed and endorsed the new roadmap for space cooperation.")
    assert [(s.act, s.text) for s in got] == [
        ("appreciate", "The two sides welcomed and endorsed the new roadmap for space cooperation"),
        ("agree", "endorsed the new roadmap for space cooperation")]
    got = acts(extract_text, "The two sides welcomed and applauded the new roadmap for space cooperation.")
    assert [s.act for s in got] == ["appreciate"]  # two verbs of one act are one act
    got = acts(extract_text, "The two sides welcomed the roadmap and endorsed the new plan.")
    assert [s.act for s in got] == ["appreciate", "agree"]
    got = acts(extract_text, "Discussions included maritime security and the defense industry.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"])]


LISTED = """Home | News | Defence

Share this article

The defence ministers of Norway, Poland and Canada convened the fifth Northern Defence Ministerial Meeting in Oslo on May 4, 2031, on the margins of the annual Arctic Security Forum held in the city.
The Ministers welcomed the progress made in implementing the practical areas of cooperation set out in their joint statement of the previous year, and they acknowledged the value of each country's new defence strategy.
The Ministers committed to keep broadening their trilateral defence cooperation in the following fields:
Combined Activities and Exercises:
- Conduct trilateral F-16 Fighting Falcon training in Norway.
- Increase complex trilateral exercises in northern Norway such as Exercise COLD RESPONSE to enhance readiness.
Expanded Cooperation:
- Seek to agree a trilateral Joint Sea Trials and Acceptance (JSTA) framework soon.
"""


def test_a_list_of_pledges_under_its_headings_is_kept_and_each_item_binds(extract_text):
    """Items dense with names (which read as site chrome by their words alone) stay, under their headings."""
    from accord.reading import read_bytes

    text = read_bytes(LISTED.encode(), "page.txt").text
    assert "Share this article" not in text and text.rstrip().endswith("framework soon.")
    rec = extract_text(text)
    items = [s for s in rec.statements if s.text.startswith(("Conduct", "Increase", "Seek"))]
    assert [(s.act, s.commitment, s.actors) for s in items] == [("commit", True, ["CAN", "NOR", "POL"])] * 3


def test_a_state_of_concern_or_commitment_is_said_with_its_verb_and_emphasised_concern_is_concern(extract_text):
    got = acts(extract_text, "The United States remains committed to defending its ally against any threat. "
                             "Both sides are deeply concerned about the missile launches. "
                             "The ministers underscored their serious concern over the cyber attacks. "
                             "The two sides exchanged updates on their defense policies.")
    assert [(s.act, s.text.split()[0:2]) for s in got] == [
        ("commit", ["remains", "committed"]), ("concern", ["are", "deeply"]),
        ("concern", ["The", "ministers"]), ("discuss", ["The", "two"])]


def test_a_lead_listing_ministers_before_held_talks_still_records_the_meeting_of_the_parties(extract_text):
    rec = extract_text("Ministers meet\n\nNorwegian Defence Minister Kari Lund, Polish Defence Minister Jan Nowak and "
                       "Canadian Minister of National Defence Anne Roy held talks in Oslo on Sunday. "
                       "They agreed to cooperate.")
    meets = [s for s in rec.statements if s.act == "meet"]
    assert len(meets) == 1 and meets[0].actors == ["CAN", "NOR", "POL"] and "held talks in Oslo" in meets[0].text


def test_what_a_meeting_was_about_is_not_who_met(extract_text):
    rec = extract_text("Allies meet\n\nNorwegian and Polish officials on Wednesday met for their annual defence talks "
                       "about missile threats from Russia, in Oslo.\n\nThey agreed to cooperate.")
    meets = [s for s in rec.statements if s.act == "meet"]
    assert [m.actors for m in meets] == [["NOR", "POL"]]


def test_advocating_is_an_act_of_record(extract_text):
    got = acts(extract_text, "Both sides advocated for a peaceful settlement of disputes in the region.")
    assert [(s.act, s.actors) for s in got] == [("other", ["KOR", "USA"])]


def test_what_a_country_not_at_the_meeting_does_is_background(extract_text):
    got = acts(extract_text, "Russia seeks to destabilise the region through cyber-attacks. "
                             "The two sides pledged to counter such threats together.")
    assert [(s.act, s.actors) for s in got] == [("commit", ["KOR", "USA"])]


def test_an_instrument_signed_binds_its_signatories(extract_text):
    got = acts(extract_text, "The two sides signed a memorandum of cooperation on maritime security. "
                             "The two sides signed the guest book.")
    assert [(s.act, s.commitment) for s in got] == [("other", True), ("other", False)]


def test_he_said_alone_is_no_act_when_what_he_said_is_one(extract_text):
    rec = extract_text(HEAD + "Minister Kim said, in today's meeting both sides expressed their commitment to "
                              "deterrence. “We are ready,” Minister Kim said.")
    texts = [s.text for s in rec.statements if s.act != "meet"]
    assert not any(t.strip() in ("Minister Kim said", "said") for t in texts)
    assert any("both sides expressed their commitment" in t for t in texts)


def test_exercises_held_are_no_meeting_though_a_clause_on_them_mentions_talks(extract_text):
    rec = extract_text(HEAD + "The two sides recently held joint naval exercises, planned after the talks "
                              "of last year.")
    assert [s.act for s in rec.statements].count("meet") == 1


def test_a_readouts_items_that_start_at_their_verb_are_acts_of_the_parties(extract_text):
    rec = extract_text(HEAD + "Key outcomes:\n\n- Reaffirmed the ironclad commitment to the alliance.\n"
                              "- Strongly condemned the missile launches.\n- Agreed to strengthen interoperability.")
    got = [(s.act, s.actors, s.commitment) for s in rec.statements if s.act != "meet"]
    assert got == [("reaffirm", ["KOR", "USA"], True), ("concern", ["KOR", "USA"], False),
                   ("agree", ["KOR", "USA"], True)]


def test_a_communiques_paragraphs_that_open_on_the_ministers_verb_are_their_acts(extract_text):
    rec = extract_text("Joint Communique of the Defence Ministers of Norway and Chile\n\nOslo, 3 May 2026\n\n"
                       "The Defence Ministers of Norway and Chile:\n\n"
                       "Reaffirm their commitment to the alliance of their two nations and its navies.\n\n"
                       "Welcome the progress made in cooperation on maritime security since their last meeting.\n\n"
                       "Agree to hold joint exercises in the Arctic in the course of the coming year.")
    got = [(s.act, s.actors, s.text[:9]) for s in rec.statements]
    assert got == [("reaffirm", ["CHL", "NOR"], "Reaffirm "), ("appreciate", ["CHL", "NOR"], "Welcome t"),
                   ("agree", ["CHL", "NOR"], "Agree to ")]


def test_an_item_under_a_pledge_that_opens_on_a_verb_of_record_is_still_the_pledge(extract_text):
    rec = extract_text(PAIR_HEAD + "The Ministers committed to:\n\n- Hold combined exercises at sea every year;\n"
                       "- Conduct staff talks on logistics; and\n- Welcome cadets of each other's academies.")
    got = [(s.act, s.commitment, s.text) for s in rec.statements if s.act != "meet" or "Hold" in s.text]
    assert got == [("commit", True, "The Ministers committed to:\n\n- Hold combined exercises at sea every year"),
                   ("commit", True, "Conduct staff talks on logistics"),
                   ("commit", True, "Welcome cadets of each other's academies")]


def test_looking_forward_is_an_act(extract_text):
    got = acts(extract_text, "The ministers looked forward to the 75th anniversary of relations next year.")
    assert [(s.act, s.actors) for s in got] == [("other", ["KOR", "USA"])]


def test_a_head_with_a_two_letter_family_name_acts_for_his_side(extract_text):
    rec = extract_text("Ministers meet\n\nSingapore's Minister for Defence Dr Ng Wei Lun and Australia's Minister for "
                       "Defence Tom Roe held the 11th Singapore-Australia Joint Ministerial Committee in Canberra on "
                       "May 4, 2031.\n\nDr Ng and Mr Roe agreed to deepen training cooperation.")
    agree = [s for s in rec.statements if s.act == "agree"]
    assert [s.actors for s in agree] == [["AUS", "SGP"]]


def test_a_passive_during_the_meeting_and_conversations_held_are_the_parties(extract_text):
    got = acts(extract_text, "Regional security concerns were discussed during the meeting. "
                             "The delegations held candid conversations on the alliance.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"]), ("discuss", ["KOR", "USA"])]


def test_conveying_is_expressing(extract_text):
    got = acts(extract_text, "The two sides conveyed their satisfaction with the progress of defense engagements.")
    assert [(s.act, s.actors) for s in got] == [("appreciate", ["KOR", "USA"])]


def test_an_overview_presented_is_an_act(extract_text):
    got = acts(extract_text, "The ROK side presented an overview of its defense reform plan.")
    assert [(s.act, s.actors) for s in got] == [("other", ["KOR"])]


def test_deliberations_held_are_a_discussion(extract_text):
    got = acts(extract_text, "In the meeting, thorough deliberations were held to widen training between the forces.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"])]


def test_an_intention_conveyed_is_a_pledge(extract_text):
    got = acts(extract_text, "The U.S. side conveyed its intention to widen joint training in the region.")
    assert [(s.act, s.actors, s.commitment) for s in got] == [("commit", ["USA"], True)]


def test_briefing_offering_to_host_and_viewpoints_shared_are_acts(extract_text):
    got = acts(extract_text, "The U.S. side briefed the ROK side on its new defense strategy. "
                             "The United States offered to host the next meeting. "
                             "The two sides shared their viewpoints on the security situation.")
    assert [(s.act, s.actors, s.commitment) for s in got] == [
        ("other", ["USA"], False), ("commit", ["USA"], True), ("discuss", ["KOR", "USA"], False)]


def test_a_trailing_announcement_reports_the_act_it_follows(extract_text):
    rec = extract_text("Talks\n\nNorwegian and Polish defence officials concluded a defence dialogue Friday in Oslo, "
                       "focusing on regional security, the ministry of defence announced.\n\nThey agreed to meet again.")
    acts_ = [(s.act, s.actors) for s in rec.statements]
    assert ("meet", ["NOR", "POL"]) in acts_ and not any(a == "other" for a, _ in acts_)


def test_issues_tackled_during_the_meeting_were_discussed(extract_text):
    got = acts(extract_text, "Tensions in the Taiwan Strait were also tackled during the meeting.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"])]


def test_talks_centred_on_and_proceedings_focused_on_were_discussions(extract_text):
    got = acts(extract_text, "The talks centred on cyber security and disaster relief. "
                             "The discussions revolved around the transition of wartime operational control.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"]), ("discuss", ["KOR", "USA"])]


def test_updates_proposals_invitations_and_progress_made_are_acts(extract_text):
    got = acts(extract_text, "The U.S. side provided an update on its posture review. "
                             "The ROK side proposed expanding cooperation on ship maintenance. "
                             "The two sides also made progress on a new logistics arrangement. "
                             "The ROK side extended an invitation to visit its shipyards.")
    assert [(s.act, s.actors) for s in got] == [
        ("other", ["USA"]), ("other", ["KOR"]), ("other", ["KOR", "USA"]), ("other", ["KOR"])]


def test_engaging_in_an_exchange_of_views_is_a_discussion(extract_text):
    got = acts(extract_text, "The delegations engaged in a candid exchange of views on the regional situation.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"])]


def test_parties_at_one_in_something_act_by_what_they_are_at_one_in(extract_text):
    got = acts(extract_text, "Both countries are united in their commitment to a stable and secure peninsula. "
                             "The allies are aligned in their condemnation of the missile launches. "
                             "The two sides are in agreement with the assessment of the security environment. "
                             "The delegations were on the same page over the outlook for the region.")
    assert [(s.act, s.actors) for s in got] == [
        ("commit", ["KOR", "USA"]), ("concern", ["KOR", "USA"]), ("agree", ["KOR", "USA"]), ("agree", ["KOR", "USA"])]
    assert got[0].commitment and got[0].text.startswith("Both countries are united in")


def test_a_pact_made_and_a_determination_shared_bind(extract_text):
    got = acts(extract_text, "The two sides made a pact to cooperate on space surveillance. "
                             "They share a determination to deepen the alliance.")
    assert [(s.act, s.commitment) for s in got] == [("commit", True), ("commit", True)]


def test_a_minister_who_goes_on_to_note_notes(extract_text):
    got = acts(extract_text, "The Korean minister went on to note that the region faces serious challenges.")
    assert [(s.act, s.actors) for s in got] == [("note", ["KOR"])]
    assert got[0].text.startswith("went on to note")


def test_ministers_telling_reporters_speak_but_not_in_a_quotation(extract_text):
    got = acts(extract_text, "The ministers told reporters that the alliance has never been stronger.")
    assert [(s.act, s.actors) for s in got] == [("other", ["KOR", "USA"])]
    got = acts(extract_text, 'Minister Kim spoke to the press, telling reporters, "We are ready."')
    assert got == []


def test_an_assessment_the_parser_hung_under_its_own_content_is_still_the_assessment(extract_text):
    got = acts(extract_text, "During the talks, the delegations assessed that through working-level talks, "
                             "the two nations are making meaningful progress towards peace, officials said.")
    assert [(s.act, s.actors) for s in got] == [("assess", ["KOR", "USA"])]


def test_he_is_the_minister_last_named_not_a_country_in_his_quotation(extract_text):
    got = acts(extract_text, 'The Korean minister said that "Ukrainian forces are making progress at the front." '
                             "He also welcomed new contributions from the United States.")
    assert ("appreciate", ["KOR"]) in [(s.act, s.actors) for s in got]


def test_sentences_and_words_a_crawler_glued_together_are_read_apart(extract_text):
    got = acts(extract_text, "The first session took place on Tuesday.According to the statement, the two sides "
                             "discussed missile defense.They also reaffirmed their shared goal. "
                             "The ROK side welcomedAmerica's greater engagement in the region.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"]), ("reaffirm", ["KOR", "USA"]),
                                                ("appreciate", ["KOR"])]
    assert got[0].text.startswith("According to the statement")


def test_what_a_party_will_do_is_a_commitment_though_reported_and_its_span_starts_at_who_reported_it(extract_text):
    got = acts(extract_text, "The United States will continue to provide extended deterrence using the full range of "
                             "its capabilities, Assistant Secretary John Smith said after the talks. "
                             "The ministers also said the two sides will continue to explore ways to share information.")
    assert [(s.act, s.actors, s.commitment) for s in got] == [
        ("commit", ["USA"], True), ("commit", ["KOR", "USA"], True)]
    assert got[1].text.startswith("The ministers also said the two sides will")


def test_what_a_relationship_will_be_is_no_commitment(extract_text):
    got = acts(extract_text, "Minister Kim said the partnership will have a defining role in regional peace.")
    assert not any(s.commitment for s in got)


def test_what_a_reporter_supposes_or_previews_is_not_of_record(extract_text):
    got = acts(extract_text, "During the session, they may have discussed the exercise schedule. "
                             "Officials said the talks would focus on missile defense. "
                             "It was not clear if the United States would agree to the request. "
                             "The two sides discussed the transition.")
    assert [(s.act, s.text) for s in got] == [("discuss", "The two sides discussed the transition")]


def test_what_a_minister_said_they_did_is_quoted_with_who_said_it(extract_text):
    got = acts(extract_text, "The two ministers said the discussions covered many topics across the alliance.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"])]
    assert got[0].text.startswith("The two ministers said the discussions covered")


def test_one_side_telling_what_both_sides_did_records_what_they_did(extract_text):
    got = acts(extract_text, "The Korean side stressed that the two sides also affirmed significant progress in "
                             "preparations for the transition. "
                             "The U.S. side noted that it remains committed to the defense of the ROK.")
    assert [(s.act, s.actors) for s in got] == [("reaffirm", ["KOR", "USA"]), ("note", ["USA"])]


def test_a_joint_statement_in_the_first_person_supports_calls_for_and_is_concerned(extract_text):
    got = acts(extract_text, "We strongly support the principles of freedom and the rule of law. "
                             "We reiterate our commitment to the UN Charter and call for all countries to uphold it. "
                             "We are deeply concerned by the situation in the region. "
                             "The ministers were concerned about the launches.")
    assert [(s.act, s.actors) for s in got] == [
        ("other", ["KOR", "USA"]), ("reaffirm", ["KOR", "USA"]), ("other", ["KOR", "USA"]),
        ("concern", ["KOR", "USA"]), ("concern", ["KOR", "USA"])]


def test_a_verb_of_record_in_a_purpose_clause_is_no_act_and_does_not_hide_the_next(extract_text):
    got = acts(extract_text, "They took note of progress in realigning the consultative bodies so that they support "
                             "the vision more effectively, and decided to keep evaluating them.")
    assert [s.act for s in got] == ["note", "agree"]


def test_a_relative_clause_on_a_minister_reports_his_own_act(extract_text):
    got = acts(extract_text, "The U.S. Secretary of Defense, who also expressed concern about the rising tensions, "
                             "pledged to deploy additional assets.")
    assert sorted((s.act, tuple(s.actors)) for s in got) == [("commit", ("USA",)), ("concern", ("USA",))]


def test_determination_as_a_state_binds_and_touching_upon_is_discussing(extract_text):
    got = acts(extract_text, "The two sides remain determined to strengthen the alliance. "
                             "They also touched upon the situation in the South China Sea.")
    assert [(s.act, s.commitment) for s in got] == [("commit", True), ("discuss", False)]


def test_news_wording_asked_mapped_out_inked_and_what_the_talks_come_amid(extract_text):
    got = acts(extract_text, "The two sides reviewed defense cooperation and mapped out directions for the coming years. "
                             "The ROK side asked the U.S. side to continue supporting the transition. "
                             "The two sides inked a plan for defense cooperation in 2028. "
                             "The talks come as Washington seeks to deepen ties with its allies.")
    assert [(s.act, s.actors) for s in got] == [
        ("discuss", ["KOR", "USA"]), ("agree", ["KOR", "USA"]), ("other", ["KOR"]), ("other", ["KOR", "USA"])]


def test_a_party_confirming_what_it_will_do_and_readiness_expressed_bind(extract_text):
    got = acts(extract_text, "The United States confirmed that it will host the next exercise in 2028. "
                             "Both sides expressed their readiness to deepen cooperation in cyber security.")
    assert [(s.act, s.actors, s.commitment) for s in got] == [
        ("agree", ["USA"], True), ("commit", ["KOR", "USA"], True)]


def test_a_side_stressing_it_remains_committed_or_noting_its_readiness_binds_itself(extract_text):
    got = acts(extract_text, "The U.S. side stressed that the United States remains committed to the defense of the ROK. "
                             "The ROK side noted its readiness to host the next round.")
    assert [(s.act, s.actors, s.commitment) for s in got] == [("note", ["USA"], True), ("note", ["KOR"], True)]


def test_what_is_said_of_the_region_is_a_regional_matter(extract_text):
    got = acts(extract_text, "The two sides pledged to work together for peace and prosperity in the region.")
    assert got and "regional_cooperation" in got[0].topics


def test_who_met_only_describes_the_ministers(extract_text):
    got = acts(extract_text, "The Ministers, who met for the twelfth time under this framework, welcomed the progress made.")
    assert [s.act for s in got] == ["appreciate"]


def test_hyphenated_words_of_record_and_the_year_a_first_meeting_is_since(extract_text):
    got = acts(extract_text, "The co-chairs re-affirmed the importance of the defense relationship. "
                             "In the first consultation since April 2019, the two sides engaged in an extensive "
                             "exchange of views. "
                             "The discussions during the meeting centered on the most pressing issues.")
    assert [(s.act, s.actors) for s in got] == [
        ("reaffirm", ["KOR", "USA"]), ("discuss", ["KOR", "USA"]), ("discuss", ["KOR", "USA"])]


def test_co_chairing_a_numbered_meeting_is_meeting(extract_text):
    rec = extract_text("Board meets\n\nThe U.S. Assistant Secretary of Defense Jane Roe co-chaired the 241st meeting "
                       "of the U.S.-Canada Permanent Joint Board on Defense in Ottawa on March 3, 2027.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CAN", "USA"])]


def test_a_party_speaking_by_its_capital_speaks(extract_text):
    got = acts(extract_text, "Washington said that it would use the full range of its military capabilities "
                             "to defend its ally.")
    assert [(s.act, s.actors) for s in got] == [("commit", ["USA"])]


def test_a_capital_speaks_for_its_government_and_where_they_last_met_is_background(extract_text):
    got = acts(extract_text, "The U.S. Secretary said Washington will increase its presence in the region. "
                             "The two countries' ministers last met in London in 2025.")
    assert [(s.act, s.actors, s.commitment) for s in got] == [("commit", ["USA"], True)]
    rec = extract_text("UK and Japan talks\n\nThe foreign ministers of Japan and the United Kingdom met in Tokyo on "
                       "March 3, 2027.\n\nThe British minister said London will increase its military presence in Asia.")
    assert ("commit", ["GBR"]) in [(s.act, s.actors) for s in rec.statements]


def test_a_meeting_named_with_its_2_plus_2_in_brackets_was_held(extract_text):
    rec = extract_text('Japan-India 2+2\n\nOn March 3, 2027, the third Japan-India Foreign and Defence Ministerial '
                       'Meeting ("2+2") was held in Tokyo.\n\nThe Ministers concurred to strengthen cooperation.')
    assert [(s.act, s.actors) for s in rec.statements][0] == ("meet", ["IND", "JPN"])
    assert rec.statements[0].text.startswith("On March 3, 2027, the third")


def test_vietnamese_news_wording_spoke_highly_suggested_took_the_occasion_to_thank(extract_text):
    got = acts(extract_text, "The ROK side spoke highly of the results of defense cooperation. "
                             "It suggested the two sides continue to implement the memorandum. "
                             "The ROK side took this occasion to thank the U.S. side for its assistance.")
    assert [(s.act, s.actors) for s in got] == [("appreciate", ["KOR"]), ("other", ["KOR"]), ("appreciate", ["KOR"])]
    assert got[2].text.startswith("took this occasion to thank")


def test_a_communique_is_joint_and_who_chaired_the_talks_just_held_only_led_them(extract_text):
    got = acts(extract_text, "The ROK and U.S. deputy ministers co-chaired the talks. "
                             "The communique also welcomed progress on the transition.")
    assert [(s.act, s.actors) for s in got] == [("appreciate", ["KOR", "USA"])]


def test_more_wording_of_record_backed_pointed_to_a_paper_issued_centred_around(extract_text):
    got = acts(extract_text, "The ministers also backed efforts to foster people-to-people exchanges. "
                             "They also pointed to the central importance of nuclear deterrence. "
                             "They issued a paper calling for faster defense production. "
                             "The dialogue centered around threats posed by the North.")
    assert [s.act for s in got] == ["other", "note", "other", "discuss"]


def test_resolve_shown_decisions_taken_concern_that_work_under_way_and_an_act_done_by_a_gerund(extract_text):
    rec = extract_text("Joint Statement of the First Norway-Finland Foreign and Defence Ministers' Meeting\n\n"
                       "The Foreign and Defence Ministers of Norway and Finland met in Oslo on May 5, 2027.\n\n"
                       "Today, with a set of fresh steps, we demonstrate our resolve to widen cooperation.\n\n"
                       "Norway and Finland have taken key decisions on the breadth of their cooperation.\n\n"
                       "The two defence chiefs have authorized the new operation concept.\n\n"
                       "Both sides shared their delight at their cooperation in the Arctic.\n\n"
                       "We are gravely concerned that troops have been deployed to the border.\n\n"
                       "We are developing a roadmap for interoperability.\n\n"
                       "The Ministers closed the meeting by reiterating their commitment to working together.\n\n"
                       "“We are building a good year,” Minister Lund said.")
    acts = {(s.act, s.text.split()[0]) for s in rec.statements if s.actors == ["FIN", "NOR"]}
    assert {("commit", "Today,"), ("agree", "Norway"), ("agree", "The"), ("appreciate", "Both"), ("concern", "are"),
            ("commit", "We"), ("reaffirm", "reiterating")} <= acts
    assert not any("building" in s.text and s.commitment for s in rec.statements)  # a minister's words in quotation


def test_we_in_a_ministers_quotation_is_his_side_unless_what_we_did_is_joint(extract_text):
    rec = extract_text("Norway, U.S. hold security talks\n\n"
                       "Defense Secretary Tom Roe met Norwegian Defense Minister Kari Lund in Oslo on Monday for the 9th "
                       "Example Consultative Meeting.\n\n"
                       "“We will actively support this effort,” Roe said.\n\n"
                       "“We agreed to expand exercises,” Roe told reporters.")
    by = {s.text.split()[1]: s.actors for s in rec.statements}
    assert by["will"] == ["USA"]
    assert by["agreed"] == ["NOR", "USA"]


def test_a_datelines_country_before_the_dash_is_not_the_subjects(extract_text):
    rec = extract_text("Norway, U.S. hold security talks\n\n"
                       "OSLO, Norway, Oct. 22, 2027 – Defense Secretary Tom Roe today reaffirmed the United States’ "
                       "“unwavering commitment” to its alliance with Norway.\n\n"
                       "Roe met with Norwegian Defense Minister Kari Lund for the 41st Example Consultative Meeting.")
    assert [(s.act, s.actors, s.commitment) for s in rec.statements][0] == ("reaffirm", ["USA"], True)
    assert rec.meeting.venue == "Oslo"
    assert ("Tom Roe", "Secretary of Defense") in [(h.name, h.title) for h in rec.meeting.heads]


def test_what_a_report_expects_or_supposes_the_ministers_will_do_is_not_of_record(extract_text):
    rec = extract_text("Norway, U.S. hold security talks\n\n"
                       "Norway and the United States held the 9th Example Security Dialogue in Oslo on Monday.\n\n"
                       "During the meeting, the allies are expected to assess the security situation in the Arctic.\n\n"
                       "They are also set to review the exercise schedule.\n\n"
                       "Top topics most probably revolved around deterrence.\n\n"
                       "The two sides agreed to expand exercises.")
    assert [s.act for s in rec.statements] == ["meet", "agree"]


def test_meetings_held_as_a_habit_and_a_rally_or_exercises_held_are_not_the_meeting(extract_text):
    rec = extract_text("Norway, Finland hold 2+2\n\n"
                       "Norway and Finland held their first 2+2 meeting in Oslo on Monday.\n\n"
                       "Norway has held such two-plus-two meetings with Denmark and Sweden.\n\n"
                       "About a dozen civic group members outside the ministry held a rally against the talks.\n\n"
                       "Norway and Finland recently held joint exercises, initiated after the talks began.")
    assert [s.text.split()[:2] for s in rec.statements if s.act == "meet"] == [["Norway", "and"]]


def test_what_none_of_the_ministers_did_is_not_of_record(extract_text):
    rec = extract_text("Norway, U.S. hold security talks\n\n"
                       "Norway and the United States held the 9th Example Security Dialogue in Oslo on Monday.\n\n"
                       "None of the ministers mentioned Russia in their remarks.\n\n"
                       "No official discussed the budget.\n\nThe two sides agreed to expand exercises.")
    assert [s.act for s in rec.statements] == ["meet", "agree"]


def test_production_shipbuilding_and_deterrence_strategies_have_their_topics(extract_text):
    rec = extract_text(AUS_JPN + "The Ministers agreed to expand defence production and naval shipbuilding. "
                                 "They agreed to develop joint deterrence strategies tailored to the threats.")
    got = [s.topics for s in rec.statements if s.act != "meet"]
    assert "defense_industry" in got[0] and "deterrence_strategy" in got[1]


def test_wartime_control_of_troops_is_the_opcon_transition(extract_text):
    rec = extract_text("Allies delay handover\n\nThe allies held their annual Security Consultative Meeting in Seoul "
                       "on Friday.\n\nWashington agreed to put off handing the South Korean military wartime control "
                       "of its troops.")
    assert "opcon_transition" in rec.statements[-1].topics


@pytest.mark.parametrize("pledge", [
    "The U.S. delegation restated a pledge for the defence of South Korea that draws upon the full range of its "
    "power.",
    "Washington will back its partners using the full spectrum of American power.",
    "The United States will defend its ally with every defensive capability it has.",
])
def test_the_us_pledge_of_its_whole_military_might_is_extended_deterrence(extract_text, pledge):
    rec = extract_text("Allies hold talks\n\nThe allies held their annual Security Consultative Meeting in Seoul on "
                       "Friday.\n\n" + pledge)
    assert "extended_deterrence" in rec.statements[-1].topics


@pytest.mark.parametrize("clause, topic", [
    ("The Ministers agreed that the two navies will train together more often.", "exercises_training"),
    ("They agreed to widen service-to-service ties and to open their staff colleges to each other's officers.",
     "exercises_training"),
    ("They welcomed the growing interoperability of the two air forces.", "exercises_training"),
    ("They agreed to deepen cooperation between their arms industries.", "defense_industry"),
    ("The Ministers invited each other's defence firms to the coming trade fairs.", "defense_industry"),
    ("They agreed to set up a hotline between the two fleets and to exchange data on vessels at sea.",
     "information_sharing"),
    ("They pledged closer cooperation on health security.", "health_security"),
    ("They backed renewed talks between the two Koreas.", "inter_korean"),
    ("They agreed to counter hybrid threats and to work on extradition.", "other"),
])
def test_the_genres_words_for_drills_arms_makers_data_health_the_two_koreas_and_crime_have_their_topics(
        extract_text, clause, topic):
    rec = extract_text(AUS_JPN + clause)
    assert topic in rec.statements[-1].topics


@pytest.mark.parametrize("clause, topic", [
    ("They said US forces in Korea deter war on the peninsula.", "usfk_presence"),
    ("They affirmed the strategic flexibility of the troops.", "usfk_presence"),
    ("They agreed to build a deterrence tailored to each threat and a tailored approach to new ones.", "deterrence_strategy"),
    ("They agreed to strengthen the combined defense architecture.", "combined_defense_posture"),
    ("They agreed to back fresh U.S. and Pyongyang contacts.", "us_dprk_diplomacy"),
    ("They agreed to seek trust with Pyongyang.", "us_dprk_diplomacy"),
    ("They agreed to send more strategic military assets by turns.", "extended_deterrence"),
    ("They agreed to shape the future command structure together.", "command_structure"),
])
def test_the_alliances_words_for_troops_on_the_peninsula_tailored_deterrence_and_talks_with_the_north(extract_text, clause, topic):
    rec = extract_text("Allies hold talks\n\nThe allies held their annual Security Consultative Meeting in Seoul on "
                       "Friday.\n\n" + clause)
    assert topic in rec.statements[-1].topics


def test_human_rights_among_the_values_an_alliance_shares_are_no_subject_of_their_own(extract_text):
    rec = extract_text("Allies hold talks\n\nThe allies held their annual Security Consultative Meeting in Seoul on "
                       "Friday.\n\nThey affirmed that the alliance rests on shared values: liberty, human rights, rule of "
                       "law. They agreed to raise human rights at the next UN session.")
    assert "other" not in rec.statements[1].topics and "other" in rec.statements[2].topics


def test_intelligence_pacts_technology_and_rotations_have_their_topics(extract_text):
    rec = extract_text(AUS_JPN + "The Ministers agreed to conclude a General Security of Military Information Agreement. "
                                 "They agreed to cooperate on artificial intelligence. "
                                 "They welcomed the rotational deployment of forces.")
    got = [s.topics for s in rec.statements if s.act != "meet"]
    assert "information_sharing" in got[0] and "science_technology" in got[1] and "combined_defense_posture" in got[2]


def test_a_meeting_said_only_as_held_before_a_press_conference_is_the_meeting(extract_text):
    rec = extract_text("Allies hold talks\n\n"
                       "U.S. Defense Secretary Tom Roe made the call at a joint press conference with South Korean Defense "
                       "Minister Kim Ha-na after holding their annual Security Consultative Meeting (SCM) in Seoul.\n\n"
                       "The two sides agreed to expand exercises.")
    assert [(s.act, s.actors, s.text.split()[0]) for s in rec.statements][0] == ("meet", ["KOR", "USA"], "after")


def test_the_representatives_act_for_the_parties_and_a_platform_used_to_exchange_views(extract_text):
    rec = extract_text(AUS_JPN + "The representatives exchanged assessments of the security environment. "
                                 "The two sides used the platform to exchange views on regional issues.")
    got = [(s.act, s.actors) for s in rec.statements if s.act != "meet"]
    assert ("assess", ["AUS", "JPN"]) in got and ("discuss", ["AUS", "JPN"]) in got


def test_a_lead_wrapped_at_a_fixed_width_after_its_dateline_is_one_sentence(extract_text):
    rec = extract_text("Press Service\n\nOSLO, April 17, 2027 – Norway and the Republic of\nChile have decided to step up "
                       "their patrols of the fishing grounds, a statement said\nonce the talks in Oslo had ended.\n"
                       "The two sides also discussed naval training.")
    agreed = next(s for s in rec.statements if s.act == "agree")
    assert agreed.text.startswith("Norway and the Republic of") and agreed.actors == ["CHL", "NOR"]


def test_a_wire_datelines_city_is_no_actor(extract_text):
    rec = extract_text("Ministers meet\n\n"
                       "Singapore, June 4 (Wire Press)--Norwegian Defense Minister Kari Lund and his Finnish counterpart, "
                       "Eero Laine, agreed Sunday to accelerate talks between the two nations' defense authorities.\n\n"
                       "The two ministers also discussed regional security.")
    assert ("agree", ["FIN", "NOR"]) in [(s.act, s.actors) for s in rec.statements]
    # the dateline read at layout, the title is read as any lead's: the nationality gives the side
    assert ("Kari Lund", "Defense Minister", "NOR") in [(h.name, h.title, h.party) for h in rec.meeting.heads]


def test_the_subject_after_a_long_fronted_phrase_still_acts(extract_text):
    got = acts(extract_text, "On the eve of the celebrations this year of the 70th anniversary of the alliance and the "
                             "establishment of diplomatic ties between the two countries, the Republic of Korea and the "
                             "United States assessed that the alliance has never been stronger.\n\n"
                             "Recognizing the importance and urgency of a peaceful and prosperous region, the Government "
                             "of the Republic of Korea and the United States Government reiterated their commitment to "
                             "advancing civilian security.")
    assert [(s.act, s.actors) for s in got] == [("assess", ["KOR", "USA"]), ("reaffirm", ["KOR", "USA"])]


def test_more_of_the_genres_verbs_and_phrases(extract_text):
    got = acts(extract_text, "They exchanged perspectives on regional matters. The two sides expressed optimism over "
                             "the growth of defense ties. The United States indicated its readiness to expand training. "
                             "The two chairs also articulated steps toward cooperation in cyber security. The Republic of "
                             "Korea conveyed the importance of close coordination.")
    assert [(s.act, s.actors, s.commitment) for s in got] == [
        ("discuss", ["KOR", "USA"], False), ("other", ["KOR", "USA"], False), ("commit", ["USA"], True),
        ("other", ["KOR", "USA"], False), ("note", ["KOR"], False)]


def test_a_passive_of_record_without_its_agent_is_the_meetings_but_nothing_decided_is_no_act(extract_text):
    got = acts(extract_text, "The importance of the partnership between the two countries in addressing regional "
                             "security was also highlighted. Current issues such as pandemic preparedness were also "
                             "discussed. The Korean side responded that nothing had been decided yet on the purchase.")
    assert [(s.act, s.actors) for s in got] == [("note", ["KOR", "USA"]), ("discuss", ["KOR", "USA"])]


def test_acts_said_as_a_meeting_that_saw_discussions_a_degree_of_consensus_praise_given_or_being_pleased(extract_text):
    got = acts(extract_text, "The two sides made a thorough exchange of views on Arctic matters, and they have "
                             "reached a high degree of consensus. The dialogue saw discussions on counterterrorism. "
                             "Both countries' ministers gave a high praise to the naval exercises. Ministers were "
                             "pleased the partnership now extends across all domains.")
    assert [(s.act, s.actors) for s in got] == [
        ("discuss", ["KOR", "USA"]), ("agree", ["KOR", "USA"]), ("discuss", ["KOR", "USA"]),
        ("appreciate", ["KOR", "USA"]), ("appreciate", ["KOR", "USA"])]


def test_what_will_come_about_is_no_pledge_but_what_a_party_will_do_is(extract_text):
    got = acts(extract_text, "The two sides will expand combined exercises. The alliance will continue to remain vital "
                             "to peace. Their collective strength will directly contribute to stability in the region.")
    assert [(s.act, s.commitment) for s in got] == [("commit", True)]


def test_a_speech_a_minister_will_deliver_what_perhaps_will_happen_or_what_a_visit_will_do_is_no_pledge(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday. Besides touring the naval base, Soto will also deliver a keynote speech to a polar forum. "
                       "Perhaps the two navies will one day share a base, Lund said. Soto's visit will deepen ties "
                       "between the two navies. Chile will send two frigates to the spring drill.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("other", ["NOR"]), ("commit", ["CHL"])]


def test_subjects_beyond_defense_the_list_has_no_name_for_are_other(extract_text):
    rec = extract_text(AUS_JPN + "The Ministers noted the implementation of their free trade agreement. They agreed to "
                                 "deepen collaboration in education through academic partnerships. They discussed food "
                                 "security and support for smallholder farmers.")
    assert [s.topics for s in rec.statements if s.act != "meet"] == [["other"], ["other"], ["other"]]


def test_agreeing_on_doing_something_or_on_priorities_is_a_commitment(extract_text):
    got = acts(extract_text, "The ministers concurred on continuing to monitor the situation closely. They agreed on "
                             "key priorities for cooperation. They agreed on the importance of the alliance.")
    assert [(s.act, s.commitment) for s in got] == [("agree", True), ("agree", True), ("agree", False)]


def test_a_desire_or_the_alliance_reaffirmed_binds(extract_text):
    got = acts(extract_text, "The United States reiterated its desire to continue promoting defense cooperation. "
                             "The two sides reaffirmed the strategic alliance between the two countries.")
    assert [(s.act, s.commitment) for s in got] == [("reaffirm", True), ("reaffirm", True)]


def test_what_a_meeting_seeks_is_its_purpose_not_a_pledge(extract_text):
    got = acts(extract_text, "This meeting seeks to build on the discussions held between the two presidents. "
                             "The two sides seek to expand training exchanges.")
    assert [(s.act, s.commitment) for s in got] == [("commit", True)]


def test_a_dialogue_said_to_be_held_or_a_minister_who_hosted_his_guest_for_it_records_the_meeting(extract_text):
    rec = extract_text("After being delayed for a year due to the pandemic, this dialogue was held in order to evaluate "
                       "the results of bilateral defence cooperation between Chile and Peru over recent years.\n\n"
                       "The two sides agreed to expand exercises.")
    assert [(s.act, s.actors) for s in rec.statements][0] == ("meet", ["CHL", "PER"])
    rec = extract_text("Today in Santiago, I hosted Peru's Minister of National Defense, General Luis Vega, for the "
                       "inaugural Annual Chile-Peru Defence Ministers' Meeting.\n\nMinister Vega and I agreed to expand "
                       "exercises.")
    assert [(s.act, s.actors) for s in rec.statements][0] == ("meet", ["CHL", "PER"])
    rec = extract_text("This week's annual Chile-Peru Joint Military Dialogue at the Ministry of Defense brought "
                       "together senior Chilean and Peruvian officials.\n\nThe two sides agreed to expand exercises.")
    assert [(s.act, s.actors) for s in rec.statements][0] == ("meet", ["CHL", "PER"])


def test_a_minister_and_i_in_one_ministers_release_are_both_sides(extract_text):
    rec = extract_text("Today in Santiago, I hosted Peru's Minister of National Defense, General Luis Vega, for the "
                       "inaugural Annual Chile-Peru Defence Ministers' Meeting.\n\nDuring our discussions, Minister Vega "
                       "and I examined progress in our defence relationship and agreed steps to strengthen cooperation.")
    assert [(s.act, s.actors) for s in rec.statements if s.act != "meet"] == [
        ("discuss", ["CHL", "PER"]), ("agree", ["CHL", "PER"])]


def test_one_sides_minister_and_a_named_guest_are_both_sides(extract_text):
    rec = extract_text("Foreign Secretary Tom Roe and Defence Secretary Ann Lee hosted Polish Foreign Minister Jan Kowal "
                       "and Defence Minister Piotr Nowak in London on 5 May 2017 for the UK-Poland Quadriga talks.\n\n"
                       "The Foreign Secretary and Mr Kowal discussed areas of shared interest, including the Western "
                       "Balkans.")
    assert [s.actors for s in rec.statements if "shared interest" in s.text] == [["GBR", "POL"]]


def test_a_head_whose_name_begins_with_an_accented_capital_is_still_known_later(extract_text):
    rec = extract_text("Foreign Minister Ömer Çelik of Türkiye and Secretary of State Tom Roe held the fifth meeting of "
                       "the Türkiye-U.S. Strategic Mechanism in Ankara on 3 March 2024.\n\n"
                       "Minister Çelik and Secretary Roe reiterated their commitment to a positive bilateral agenda.")
    assert [s.actors for s in rec.statements if "reiterated" in s.text] == [["TUR", "USA"]]


def test_the_secretary_and_the_minister_in_lower_case_or_the_group_are_both_sides(extract_text):
    rec = extract_text("The 60th Korea-U.S. Security Consultative Meeting was held in Seoul on 4 November 2028. "
                       "Secretary of Defense Tom Roe and Minister of National Defense Kim Min-su led the delegations.\n\n"
                       "The secretary and the minister assessed the North Korean military threat.\n\n"
                       "The group discussed the regional strategic environment.")
    assert [s.actors for s in rec.statements if s.act in ("assess", "discuss")] == [["KOR", "USA"], ["KOR", "USA"]]


def test_the_meeting_itself_opened_with_at_the_is_no_session(extract_text):
    rec = extract_text("At the 30th high-level border committee meeting in Sabah on August 15, both sides of Malaysia "
                       "and Thailand noted the progress of their joint works.\n\n"
                       "At the Baltic Defence Board's meeting in Narva, the ministers of Estonia, Latvia and "
                       "Lithuania agreed on a common stance on air defence.")
    assert rec.meeting.sessions == [] and all(s.session is None for s in rec.statements)


def test_a_matter_that_came_under_discussion_was_discussed_by_the_meeting(extract_text):
    rec = extract_text("The 18th round of the Norway-Poland High Level Military Dialogue Group was held in Oslo on "
                       "13 February 2024.\n\nThe whole spectrum of bilateral defence cooperation came under discussion. "
                       "Regional security issues also came up for discussion during the talks. The delegation came "
                       "under pressure from the press.")
    assert [(s.act, s.actors) for s in rec.statements if s.act == "discuss"] == [("discuss", ["NOR", "POL"])] * 2


def test_ministers_who_came_together_for_discussions_are_not_a_matter_under_discussion(extract_text):
    rec = extract_text("The Norway-Poland Quadriga talks were held in Oslo on 3 May 2017.\n\n"
                       "Next year all four ministers will come together for further discussions in Warsaw.")
    assert not [s for s in rec.statements if s.act == "discuss"]


def test_support_expressed_or_voiced_is_a_position_not_thanks(extract_text):
    rec = extract_text("The fifth Norway-Poland Defence Dialogue was held in Oslo on 3 May 2024.\n\n"
                       "Both sides expressed their full support for a peaceful resolution of the dispute. Poland voiced "
                       "support for Norway's role in the region. Norway thanked Poland for its hospitality.")
    assert [s.act for s in rec.statements if s.act != "meet"] == ["other", "other", "appreciate"]


def test_what_the_sides_did_during_the_meeting_said_in_a_which_clause_is_an_act_of_its_own(extract_text):
    rec = extract_text("The fourth Norway-Poland annual defence dialogue was held on August 11 during which the two "
                       "sides reviewed ongoing defence cooperation between the two countries.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["NOR", "POL"]), ("discuss", ["NOR", "POL"])]


def test_an_act_said_in_an_as_clause_with_its_own_subject_is_an_act_of_its_own(extract_text):
    rec = extract_text("The fifth Norway-Poland Defence Dialogue was held in Oslo on 3 May 2024.\n\n"
                       "The ministers discussed the security of the Baltic region, while Poland pledged to continue its "
                       "air policing. The talks ended as they seek to deepen cooperation.")
    assert [(s.act, s.actors) for s in rec.statements if s.act != "meet"] == [
        ("discuss", ["NOR", "POL"]), ("commit", ["POL"])]


def test_counterterrorism_border_security_and_freedom_of_navigation_have_their_topics(extract_text):
    rec = extract_text(AUS_JPN + "The Ministers agreed to strengthen cooperation on counterterrorism and countering "
                                 "violent extremism. They reviewed border security along the shared frontier. "
                                 "They reaffirmed their commitment to freedom of navigation and overflight.")
    got = [s.topics for s in rec.statements if s.act != "meet"]
    assert got[0] == ["other"] and "other" in got[1] and "regional_cooperation" in got[2]


def test_a_dialogue_about_deterrence_meets_as_coordination_and_lends_its_subject_to_bare_clauses(extract_text):
    rec = extract_text("The fourth Nuclear Consultative Group (NCG) meeting was held in Seoul on 3 May 2025.\n\n"
                       "The two sides reviewed the progress of their work plan.")
    assert [(s.act, s.topics) for s in rec.statements] == [
        ("meet", ["alliance_coordination"]), ("discuss", ["extended_deterrence"])]


def test_a_call_on_others_or_a_need_laid_on_all_states_binds_no_one_at_the_table(extract_text):
    rec = extract_text("The fifth Norway-Poland Defence Dialogue was held in Oslo on 3 May 2024.\n\n"
                       "They called on Russia to withdraw its forces. They emphasised the need for all states to pursue "
                       "the peaceful resolution of disputes. They stressed the need to deepen their cooperation.")
    assert [s.commitment for s in rec.statements if s.act != "meet"] == [False, False, True]


def test_a_minister_and_her_counterpart_of_the_other_side_are_both_sides(extract_text):
    rec = extract_text("The Norway-Poland working meeting on security was held in Bergen on 3 May 2023, led by State "
                       "Secretary Ola Berg and Deputy Minister Piotr Nowak.\n\nThe delegations discussed border security.\n\n"
                       "Separately, Foreign Minister Ana Lind and her Polish counterpart Jan Kowal agreed that the next "
                       "cabinet meeting will take place in Poland.")
    assert [s.actors for s in rec.statements if s.act == "agree"] == [["NOR", "POL"]]


def test_an_act_said_as_taking_the_opportunity_to_do_it(extract_text):
    rec = extract_text("The 19th session of the Norway-Poland Joint Steering Group was held in Oslo on 3 May 2023.\n\n"
                       "At the advent of the meeting, the two sides took the opportunity to praise the contributions "
                       "of the group to strengthening bilateral relations.")
    assert [(s.act, s.actors, s.text[:26]) for s in rec.statements if s.act != "meet"] == [
        ("appreciate", ["NOR", "POL"], "took the opportunity to pr")]


def test_the_high_representative_is_the_head_so_titled(extract_text):
    rec = extract_text("The High Representative of the European Union Ana Lind and the Norwegian Foreign Minister Ola "
                       "Berg held the 10th EU-Norway Strategic Dialogue by video conference on 9 June 2020.\n\n"
                       "The High Representative stressed the need for reciprocity in market access. The High "
                       "Representative and the Foreign Minister agreed on the need for close coordination.")
    got = [(s.act, s.actors) for s in rec.statements if s.act in ("note", "agree")]
    assert got == [("note", ["EU"]), ("agree", ["EU", "NOR"])]


def test_the_minister_in_lower_case_is_the_one_head_so_titled(extract_text):
    rec = extract_text("The 60th Korea-U.S. Security Consultative Meeting was held in Seoul on 4 November 2028. "
                       "Secretary of Defense Tom Roe and Minister of National Defense Kim Min-su led the delegations.\n\n"
                       "The minister raised his concerns about the possible threat of terrorism to the Games.")
    assert [(s.act, s.actors) for s in rec.statements if s.act == "concern"] == [("concern", ["KOR"])]


def test_delegations_that_had_candid_conversations_or_exchanges_discussed(extract_text):
    got = acts(extract_text, "The Korean and U.S. delegations had robust and candid conversations. The two sides "
                             "also had frank exchanges on regional security.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"]), ("discuss", ["KOR", "USA"])]


def test_a_story_that_leads_with_a_signing_still_records_the_meeting_it_names_in_passing(extract_text):
    rec = extract_text("Colombia and Panama sign border security agreement\n\n"
                       "Colombia and Panama signed an agreement on Tuesday to share intelligence on armed groups in the "
                       "jungle along their common border.\n\n"
                       "The agreement was signed by the two defense ministers at the end of the tenth meeting of the "
                       "Binational Border Commission, held in the Colombian town of Capurgana.")
    meets = [s for s in rec.statements if s.act == "meet"]
    assert [(s.actors, s.text.startswith("The agreement was signed")) for s in meets] == [(["COL", "PAN"], True)]


def test_an_earlier_round_held_elsewhere_is_not_the_meeting(extract_text):
    rec = extract_text("The fourth Chile-Peru Border Dialogue\n\n"
                       "Chile and Peru agreed on Friday to expand joint patrols along their border. The decisions build "
                       "upon the third Dialogue that was held in Lima last year.")
    assert [s.act for s in rec.statements if s.act == "meet"] == []


def test_worries_distress_and_pride_expressed_are_concern_and_appreciation(extract_text):
    got = acts(extract_text, "The two sides expressed worries over the spread of piracy along the coast. They "
                             "expressed their distress at the earthquakes. The ROK expressed its pride in the alliance.")
    assert [(s.act, s.actors) for s in got] == [("concern", ["KOR", "USA"]), ("concern", ["KOR", "USA"]),
                                                ("appreciate", ["KOR"])]


def test_a_subject_after_a_long_fronted_phrase_keeps_its_act_with_an_auxiliary_between(extract_text):
    got = acts(extract_text, "In order to curb the menace that smuggling rings pose at sea, the Republic of Korea "
                             "and the United States have jointly agreed to a quick launch of the combined coastal patrols.")
    assert [(s.act, s.actors) for s in got] == [("agree", ["KOR", "USA"])]


def test_a_meeting_that_rounded_off_was_held(extract_text):
    rec = extract_text("The 2-day Norway-Chile Joint Defence Committee meeting in Oslo has rounded off after the "
                       "committee reviewed an earlier agreement between the two countries.")
    assert [s.act for s in rec.statements][:1] == ["meet"]


def test_what_a_delegation_will_watch_or_when_it_will_complete_its_visit_is_a_calendar_not_a_pledge(extract_text):
    got = acts(extract_text, "The members of the U.S. delegation will watch the combined exercise on Thursday. The "
                             "delegation will complete its visit to Korea on May 5. The two sides will expand "
                             "their combined training.")
    assert [(s.act, s.commitment) for s in got] == [("commit", True)] and "expand" in got[0].text


def test_a_side_that_said_at_the_start_of_the_talks_that_is_an_act_of_that_side(extract_text):
    got = acts(extract_text, "The ROK delegation said at the start of the talks that the alliance is stronger than ever.")
    assert [(s.act, s.actors) for s in got] == [("other", ["KOR"])]


def test_an_agreement_said_to_have_been_reached_at_a_meeting_is_no_new_pledge_but_one_on_something_is(extract_text):
    got = acts(extract_text, "The agreement was reached in Busan at a meeting of the two defense chiefs. An "
                             "agreement on a combined space dialogue has also been reached.")
    assert [(s.act, s.commitment) for s in got] == [("agree", False), ("agree", True)]


def test_what_ministers_will_discuss_is_the_agenda_not_a_pledge(extract_text):
    got = acts(extract_text, "Ministers will also discuss cooperation with the European Union. The two sides will "
                             "expand their combined exercises.")
    assert [(s.act, s.commitment) for s in got] == [("commit", True)] and "expand" in got[0].text


def test_it_after_the_commission_or_the_meeting_is_the_body_again(extract_text):
    rec = extract_text("The 21st session of the Norway-Chile Joint Permanent Commission on Defence and Security was "
                       "held in Oslo on May 4, 2026.\n\nThe commission also expressed concern over wildlife crimes. It "
                       "also reviewed how far the 20th session's decisions had been carried out and noted with "
                       "satisfaction the headway achieved.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [
        ("concern", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"]), ("note", ["CHL", "NOR"])]


def test_a_session_that_ended_here_was_held(extract_text):
    rec = extract_text("The 21st session of the Norway-Chile Joint Permanent Commission on Defence and Security (JPCDS) "
                       "ended here Thursday.\n\nThe meeting also assessed political and security developments in both "
                       "countries.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("assess", ["CHL", "NOR"])]


def test_a_courtesy_call_on_a_governor_general_is_a_visit_but_a_call_on_a_country_to_act_is_an_act(extract_text):
    got = acts(extract_text, "The ministers also called upon the Governor-General, Her Excellency Ms Jane Roe. The two "
                             "sides called on North Korea to abandon its nuclear programs.")
    assert [s.act for s in got] == ["other"] and "North Korea" in got[0].text


def test_holding_authority_over_troops_is_no_meeting_but_convening_for_a_dialogue_or_online_is(extract_text):
    got = acts(extract_text, "The U.S. has held wartime authority over South Korean troops since the Korean War. ")
    assert [s.act for s in got] == []
    rec = extract_text("Norway and Chile officials convened in Oslo for the 26th Norway-Chile Defence Dialogue, a "
                       "senior-level defense engagement.\n\nThe two sides also convened virtually in June with "
                       "numerous experts.")
    assert [s.act for s in rec.statements] == ["meet", "meet"]


def test_what_a_standing_body_focuses_on_describes_it_but_what_the_discussion_focuses_on_is_an_act(extract_text):
    got = acts(extract_text, "The Military Committee focuses on the traditional concern of mutual defense. Defense "
                             "cooperation between the two countries covers military training. \"Our discussion "
                             "focuses on economic recovery,\" the minister said.")
    assert [s.act for s in got] == ["discuss"] and "Our discussion" in got[0].text


def test_satisfaction_or_concern_shown_and_talks_that_ended_with_an_agreement(extract_text):
    got = acts(extract_text, "Both sides showed satisfaction over the milestones achieved. The ROK showed its serious "
                             "concern over the new law. The dialogue ended with an agreement to regularly convene.")
    assert [(s.act, s.actors) for s in got] == [("appreciate", ["KOR", "USA"]), ("concern", ["KOR"]),
                                                ("agree", ["KOR", "USA"])]


def test_officials_who_have_met_for_the_first_time_since_independence_met_now(extract_text):
    rec = extract_text("OSLO -- The top Norwegian and Chilean defense officials have met to discuss cooperation for the "
                       "first time since the two countries gained independence when the union collapsed in 1991.\n\nThe "
                       "talks focused on bilateral military cooperation and regional security.")
    assert [s.act for s in rec.statements] == ["meet", "discuss"]


def test_a_communique_issued_is_an_act_of_record(extract_text):
    got = acts(extract_text, "The two sides issued a 13-point joint communique at the end of the talks.")
    assert [(s.act, s.actors) for s in got] == [("other", ["KOR", "USA"])]


def test_an_act_the_parser_joined_to_a_relative_clause_is_the_main_subjects_next_act(extract_text):
    rec = extract_text("The 11th session of the Norway-Chile Joint Permanent Commission on Defence and Security was "
                       "held in Oslo on May 4, 2026.\n\nThe JPCDS reviewed the implementation of decisions taken at the "
                       "10th session of the JPCDS which took place in Valparaiso, Chile in 2025 and noted progress "
                       "made in the implementation thereof.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("discuss", ["CHL", "NOR"]), ("note", ["CHL", "NOR"])]


def test_observed_that_is_a_note_but_observing_an_exercise_is_not(extract_text):
    got = acts(extract_text, "The two sides observed, however, that cross-border crimes remained a concern. The "
                             "delegation observed a combined exercise.")
    assert [(s.act, s.actors) for s in got] == [("note", ["KOR", "USA"])]


def test_two_verbs_of_different_acts_sharing_one_object_are_two_acts_each_with_the_object(extract_text):
    rec = extract_text("Talks held\n\nNorway and Poland held the 13th Defence Committee meeting in Oslo on 3 May 2027. "
                       "According to a statement, the two sides reviewed and praised the close military cooperation "
                       "between Norway and Poland.")
    acts = {s.act: s.text for s in rec.statements if "cooperation" in s.text}
    assert set(acts) == {"discuss", "appreciate"}
    assert "the two sides reviewed and praised the close military cooperation" in acts["discuss"]


def test_the_ministers_of_a_group_of_countries_and_a_partner_are_the_groups_members_and_the_partner(extract_text):
    rec = extract_text("Joint Statement\n\nThe Foreign and Defence Ministers of the G5 Sahel countries and Norway held "
                       "a videoconference on 2 May 2027. The Foreign and Defence Ministers of the G5 Sahel countries and "
                       "Norway examined the security situation.")
    assert [s.actors for s in rec.statements if s.act == "discuss"] == [["BFA", "MLI", "MRT", "NER", "NOR", "TCD"]]


def test_a_session_that_summed_up_the_year_defined_priorities_and_adopted_documents(extract_text):
    got = acts(extract_text, "The session summed up the results of the work on mutual security and defined the "
                             "priorities of joint activities for 2028. The two sides also adopted a number of documents.")
    assert [(s.act, s.actors) for s in got] == [("assess", ["KOR", "USA"]), ("agree", ["KOR", "USA"]),
                                                ("agree", ["KOR", "USA"])]


def test_noted_with_concern_is_a_concern_and_noted_with_satisfaction_a_note(extract_text):
    got = acts(extract_text, "The Korean delegation noted with concern the economic situation. The two sides noted "
                             "with satisfaction the ongoing co-operation.")
    assert [(s.act, s.actors) for s in got] == [("concern", ["KOR"]), ("note", ["KOR", "USA"])]


def test_ministers_who_held_a_videoconference_met(extract_text):
    rec = extract_text("Joint Statement\n\nThe Defence Ministers of Norway and Poland held a videoconference on 27 April "
                       "2027 to examine the situation in the region. The Ministers welcomed the progress made.")
    assert [(s.act, s.actors) for s in rec.statements][0] == ("meet", ["NOR", "POL"])


def test_three_heads_named_by_their_titles_alone_are_their_three_sides(extract_text):
    rec = extract_text("AUKUS Defence Ministers' Meeting\n\nSecretary of Defense Tom Grey hosted Deputy Prime Minister "
                       "Ann Lee of Australia and Secretary of State for Defence Jan Kowal of the United Kingdom "
                       "in Washington on 7 December 2027. The Secretary of Defense, Deputy Prime Minister, and Secretary "
                       "of State for Defence then reviewed the steady advances made this year.")
    assert [s.actors for s in rec.statements if s.act == "discuss"] == [["AUS", "GBR", "USA"]]


def test_a_minister_whose_office_the_page_gave_a_nationality_earlier_speaks_for_that_side(extract_text):
    rec = extract_text("Board meets\n\nToday the Session of the Joint Board of the Military departments of Norway and "
                       "Poland has taken place under the leadership of the Norwegian Minister of Defence in Oslo.\n\n"
                       "Minister of Defence General Ola Berg stated that the threat of terrorism had increased.")
    assert [(s.act, s.actors) for s in rec.statements if "stated" in s.text] == [("other", ["NOR"])]


def test_a_subject_after_a_fronted_day_with_no_comma_still_acts(extract_text):
    rec = extract_text("The 4th Finland-Norway Defence Consultations were held in Oslo on 3 March 2025.\n\n"
                       "At the meeting on Tuesday Nordic Defence Ministers discussed the options to strengthen "
                       "the naval capabilities in the region.\n\n"
                       "The high authorities agreed to meet again next year.")
    assert [(s.act, s.actors) for s in rec.statements if "options" in s.text] == [("discuss", ["FIN", "NOR"])]
    assert [(s.act, s.actors) for s in rec.statements if "high authorities" in s.text] == [("agree", ["FIN", "NOR"])]


def test_a_minister_who_met_with_a_named_minister_met_the_other_side(extract_text):
    rec = extract_text("Estonian Minister of Defence Kalev Tamm said during a meeting with his Finnish counterpart on "
                       "Wednesday that the two countries' defence plans must be joined.\n\n"
                       "Tamm met with minister Antti Laine in Helsinki on Wednesday.")
    assert [(s.act, s.actors) for s in rec.statements if "met with" in s.text] == [("meet", ["EST", "FIN"])]


def test_agreements_made_and_an_intention_shared_keep_their_whole_clause(extract_text):
    rec = extract_text("At their talks in Bruges, the Dutch and Belgian cabinets made agreements yesterday to patrol "
                       "the North Sea coast together.\n\n"
                       "The two countries also share the intention to curb arms smuggling across their border.")
    got = [(s.act, s.actors, s.text.split()[-1]) for s in rec.statements]
    assert ("agree", ["BEL", "NLD"], "together") in got and ("agree", ["BEL", "NLD"], "border") in got


def test_renewing_the_dialogue_is_holding_it_and_a_ministrys_european_portfolio_is_not_the_eu(extract_text):
    rec = extract_text("Officials of Moldova and the United States renewed their Strategic Dialogue at a session in "
                       "Chisinau on March 15, 2026.\n\n"
                       "Assistant Secretary of State Ann Lee met with the Minister of Foreign Affairs and European "
                       "Integration of Moldova Ion Rusu.\n\nThe two sides renewed their pledge to keep trade routes "
                       "open.")
    assert [(s.act, s.actors) for s in rec.statements if "Strategic Dialogue" in s.text] == [("meet", ["MDA", "USA"])]
    assert [s.actors for s in rec.statements if "met with" in s.text] == [["MDA", "USA"]]
    assert [s.act for s in rec.statements if "pledge" in s.text] == ["reaffirm"]


def test_a_headline_pair_set_off_by_a_comma_are_both_actors(extract_text):
    rec = extract_text("Addis Ababa - Ethiopia, Djibouti agree to cooperate on security and training. Army chiefs of "
                       "the two countries said so when they met in the capital for their ninth round.\n\n"
                       "The two sides signed a memorandum on joint border patrols.")
    assert [s.actors for s in rec.statements if "agree to cooperate" in s.text] == [["DJI", "ETH"]]


def test_the_lublin_triangles_ministers_are_its_three_members(extract_text):
    rec = extract_text("Foreign ministers of the Lublin Triangle met in Vilnius on May 4 and set out their views in a "
                       "joint statement.\n\nThe ministers reaffirmed their backing for Kyiv's bid to join the EU.")
    assert rec.meeting.parties == ["LTU", "POL", "UKR"]
    assert [s.actors for s in rec.statements if "reaffirmed" in s.text] == [["LTU", "POL", "UKR"]]


def test_a_joint_declaration_of_ministers_naming_no_meeting_is_read_not_rejected(extract_text):
    rec = extract_text("Joint Declaration of the Defence Ministers of Denmark, Norway, Poland, and Sweden\n\n"
                       "We, the Ministers of Defence of Denmark, Norway, Poland and Sweden, reaffirm our resolve to keep "
                       "the Baltic Sea open. We will build more air defence together.\n\n"
                       "We seek to deepen our cooperation on naval mines.")
    assert rec.meeting.parties == ["DNK", "NOR", "POL", "SWE"]
    assert [s.act for s in rec.statements][:2] == ["reaffirm", "commit"]


def test_an_organisation_in_a_ministers_portfolio_is_not_an_actor(extract_text):
    rec = extract_text("The third Norway-Chile Strategic Dialogue was held in Oslo on May 4, 2026.\n\n"
                       "Kari Lund, the Norwegian Secretary of State for Latin America and the United Nations, and "
                       "Chilean Undersecretary Ana Rojas agreed to meet again in Santiago next year.")
    assert [s.actors for s in rec.statements if "agreed" in s.text] == [["CHL", "NOR"]]


def test_delegates_interlocutors_and_officials_who_act_of_record_are_the_parties(extract_text):
    rec = extract_text("Estonia and Portugal held the fourth round of their Defence Policy Dialogue in Tallinn on "
                       "3 March 2025.\n\n"
                       "Delegates agreed that the two navies should train together more often. The interlocutors "
                       "also discussed issues of regional security. In the second session, officials also reaffirmed "
                       "that disputes must be settled peacefully. Officials said the next round would be in Lisbon.")
    got = [(s.act, s.actors) for s in rec.statements if s.act != "meet"]
    assert got[:3] == [("agree", ["EST", "PRT"]), ("discuss", ["EST", "PRT"]), ("reaffirm", ["EST", "PRT"])]
    assert not [s for s in rec.statements if s.text.startswith("Officials said")]  # they report; they do not act


def test_boundary_talks_and_drug_trafficking_are_other_not_the_partnership(extract_text):
    rec = extract_text("The 9th round of Chile-Peru border talks was held in Tacna on 3 May 2026.\n\n"
                       "The two sides agreed to speed up the demarcation of the boundary. They also agreed to step up "
                       "joint action against fentanyl and transnational crime.")
    topics = [s.topics for s in rec.statements if s.act == "agree"]
    assert topics[0] == ["other"] and "other" in topics[1]  # crime across borders may be the region's too
    assert not any("alliance_coordination" in t for t in topics)


def test_launching_a_dialogue_is_its_meeting(extract_text):
    rec = extract_text("Dialogue begins\n\nOn January 8, 2026, Norway and Chile launched their new Strategic Dialogue "
                       "with a first session in Oslo.\n\nThe two sides agreed to meet every year.")
    assert [(s.act, s.actors) for s in rec.statements][0] == ("meet", ["CHL", "NOR"])


def test_those_who_led_the_dialogue_held_it_not_those_who_led_a_delegation(extract_text):
    rec = extract_text("Talks in Oslo\n\nMinisters Kari Lund and Ana Rojas led the third round of the Chile-Norway "
                       "Strategic Dialogue in Oslo in May 2026.\n\nGeneral Jose Soto led the Chilean delegation to "
                       "the staff talks.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"])]


def test_he_and_the_other_sides_minister_are_both_sides(extract_text):
    rec = extract_text("Chilean Defence Minister Ana Rojas met Norwegian Defence Minister Kari Lund in Oslo on May 4, "
                       "2026.\n\nLund told reporters that he and Rojas agreed to set up a hotline between the two navies.")
    assert [s.actors for s in rec.statements if s.act == "agree"] == [["CHL", "NOR"]]


def test_an_organisation_in_a_directors_portfolio_is_not_an_actor(extract_text):
    rec = extract_text("The 9th Norway-Chile Bilateral Defense Consultations were held in Oslo on May 4, 2026.\n\n"
                       "Kari Lund, the Norwegian ministry's director for NATO and EU affairs, assessed the progress of "
                       "Chile's armed forces.")
    assert [s.actors for s in rec.statements if s.act == "assess"] == [["NOR"]]


def test_a_matter_on_the_agenda_or_featured_in_the_dialogue_was_discussed(extract_text):
    rec = extract_text("The 9th Norway-Chile Defence Dialogue was held in Oslo on May 4, 2026.\n\nBorder security and "
                       "cyber defence were on the agenda. Antarctic research was also high on the ministers' agenda. "
                       "Maritime security featured prominently in the talks. The ministers said the weather was on their mind.")
    assert [s.act for s in rec.statements] == ["meet", "discuss", "discuss", "discuss", "other"]
    assert all(s.actors == ["CHL", "NOR"] for s in rec.statements)


def test_a_matter_that_topped_formed_or_dominated_the_talks_or_that_they_have_focused_on_was_discussed(extract_text):
    rec = extract_text("The 9th Norway-Chile Defence Dialogue was held in Oslo on May 4, 2026.\n\nFishery patrols "
                       "topped the agenda. Antarctic research formed the main theme of the second session. Cyber "
                       "defence dominated the talks on Tuesday. The discussions have focused on the navies as well. "
                       "Earlier rounds have focused on training. Naval cooperation has long focused on the Pacific.")
    assert [(s.act, s.text.split()[0]) for s in rec.statements] == [
        ("meet", "The"), ("discuss", "Fishery"), ("discuss", "Antarctic"), ("discuss", "Cyber"), ("discuss", "The")]
    assert all(s.actors == ["CHL", "NOR"] for s in rec.statements)


def test_the_dialogue_held_is_the_parties_meeting_but_not_a_previous_one_or_its_attendance(extract_text):
    rec = extract_text("Two navies talk\n\n"
                       "Chile and Peru agreed on Friday to share data on fishing fleets at sea.\n\n"
                       "The dialogue, which had stalled for two years under the previous governments, was held in Lima "
                       "amid rising illegal fishing. The talks with Peru took place at the naval academy. "
                       "The previous meeting was held in Quito in 2023. The meeting was attended by three admirals.")
    meets = [(s.actors, s.text.split()[-1]) for s in rec.statements if s.act == "meet"]
    assert meets == [(["CHL", "PER"], "fishing"), (["CHL", "PER"], "academy")]


def test_a_meeting_held_after_a_fronted_invitation_or_attended_by_named_sides_is_their_meeting(extract_text):
    rec = extract_text("Ministers issue statement\n\n"
                       "Norwegian Foreign Minister Per Lund and Chilean Foreign Minister Ana Rojas signed the text.\n\n"
                       "At the request of Rojas, the fifth session of the ministerial council of both states was held "
                       "in Arica on 3 May 2027, in the presence of Lund.\n\n"
                       "The ministers stressed their support for the Arica Declaration.")
    meets = [(s.actors, s.text.split()[2]) for s in rec.statements if s.act == "meet"]
    assert meets == [(["CHL", "NOR"], "request")]
    rec = extract_text("Ministers issue statement\n\n"
                       "The fifth session of the ministerial council of both states was attended by Norwegian and "
                       "Chilean coast guard chiefs in Arica on 3 May 2027.\n\n"
                       "The ministers stressed their support for the Arica Declaration.")
    meets = [(s.actors, s.text.split()[-1]) for s in rec.statements if s.act == "meet"]
    assert meets == [(["CHL", "NOR"], "2027")]


def test_what_the_two_sides_said_as_they_is_their_word(extract_text):
    rec = extract_text(FIFTH_TALKS + "They said naval training has become a mainstay of the partnership, and noted room to grow.")
    assert [(s.act, s.actors) for s in rec.statements if s.act != "meet"][:1] == [("other", ["CHL", "NOR"])]


@pytest.mark.parametrize("subject", ["They all", "We all", "They each", "All of them", "Both of them"])
def test_the_sides_said_as_they_all_or_both_of_them_are_the_parties(extract_text, subject):
    rec = extract_text(FIFTH_TALKS + f"{subject} noted that the coast guards work well together.")
    assert [(s.act, s.actors) for s in rec.statements][-1] == ("note", ["CHL", "NOR"])


def test_capitals_said_for_the_sides_are_the_parties(extract_text):
    rec = extract_text(FIFTH_TALKS + "Oslo and Santiago adopted a plan of joint naval patrols for the next two years.\n\n"
                       "Santiago will send two frigates to the patrols.")
    assert [(s.act, s.actors) for s in rec.statements][1:] == [("agree", ["CHL", "NOR"]), ("commit", ["CHL"])]


def test_a_region_in_a_registered_dialogues_name_names_no_meeting_when_the_sides_lead_it(extract_text):
    rec = extract_text(FIFTH_TALKS + "The two countries are leading Europe on help for coast guards this year.")
    assert [s.act for s in rec.statements] == ["meet"]


def test_a_summit_of_others_welcomed_is_welcomed_not_a_meeting(extract_text):
    rec = extract_text(FIFTH_TALKS + "The two ministers welcomed the Summit Meeting of Peru and Bolivia in June 2027.")
    assert [(s.act, s.actors) for s in rec.statements][1:] == [("appreciate", ["CHL", "NOR"])]


def test_what_the_sides_advanced_is_an_act_but_not_an_aim_they_advance_by_it(extract_text):
    rec = extract_text(FIFTH_TALKS + "The ministers advanced plans for a joint staff college. They welcomed the new port, "
                       "advancing trade in the region.")
    assert [(s.act, s.text.split()[2]) for s in rec.statements][1:] == [("other", "advanced"), ("appreciate", "the")]


@pytest.mark.parametrize("group", ["The diplomats", "The signatories", "The officers", "The NSAs"])
def test_those_who_met_called_diplomats_signatories_or_officers_are_the_parties(extract_text, group):
    rec = extract_text(FIFTH_TALKS + f"{group} agreed to hold a joint drill next year.")
    assert [(s.act, s.actors) for s in rec.statements][-1] == ("agree", ["CHL", "NOR"])


def test_a_matter_that_was_the_focus_or_topic_of_the_talks_was_discussed_by_the_parties(extract_text):
    rec = extract_text("Norway and Chile hold defence talks\n\n"
                       "Norway and Chile held defence talks in Oslo on 3 May 2027.\n\n"
                       "Arctic shipping was the focus of the discussions. Fisheries were in the focus "
                       "of the talks too, and port security was a key topic at the ministerial session. "
                       "The meeting was the first of its kind.")
    assert [(s.act, s.actors, s.text.split()[0]) for s in rec.statements if s.act != "meet"] == [
        ("discuss", ["CHL", "NOR"], "Arctic"), ("discuss", ["CHL", "NOR"], "Fisheries"), ("discuss", ["CHL", "NOR"], "port")]


def test_a_chair_held_in_the_present_is_no_meeting_and_a_condemnation_underlined_is_concern(extract_text):
    rec = extract_text("Nordic ministers meet\n\n"
                       "Norway and Finland held their annual defence talks in Oslo on 3 May 2027. Norway is currently "
                       "chairing the Nordic Defence Cooperation.\n\n"
                       "In a joint statement the ministers underline their condemnation of the attack on the cable.")
    assert [(s.act, s.text.split()[0]) for s in rec.statements] == [("meet", "Norway"), ("concern", "In")]


def test_a_hope_expressed_is_a_wish_and_appreciation_voiced_is_appreciation(extract_text):
    rec = extract_text("Norway and Chile hold defence talks\n\n"
                       "Norway and Chile held their annual defence talks in Oslo on 3 May 2027.\n\n"
                       "The delegations expressed their hope for deeper ties. Both ministers voiced "
                       "appreciation for the help given after the floods. The Chilean side voiced thanks and "
                       "gratitude for the rescue flights.")
    assert [(s.act, s.text.split()[0]) for s in rec.statements if s.act != "meet"] == [
        ("other", "The"), ("appreciate", "Both"), ("appreciate", "The")]


def test_being_unanimous_sharing_lessons_and_delving_into_are_acts_of_the_parties(extract_text):
    rec = extract_text("Two navies talk\n\n"
                       "Chile and Peru held the third Naval Staff Talks in Lima on Friday. "
                       "Both sides were unanimous about continuing the joint patrols. "
                       "They shared lessons learned from the relief effort. The delegations delved into port security.")
    got = [(s.act, s.actors) for s in rec.statements if s.act != "meet"]
    assert got == [("agree", ["CHL", "PER"]), ("discuss", ["CHL", "PER"]), ("discuss", ["CHL", "PER"])]


def test_directors_met_for_a_region_are_the_forum_not_the_region(extract_text):
    rec = extract_text("Nordic Baltic meeting\n\n"
                       "On 3 May 2027, the Ministry of Foreign Affairs of Latvia hosted a meeting of the Nordic and Baltic "
                       "(NB8) Directors for Central Asia and Russia. The directors discussed trade routes.")
    nb8 = ["DNK", "EST", "FIN", "ISL", "LTU", "LVA", "NOR", "SWE"]
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", nb8), ("discuss", nb8)]


def test_a_speaker_set_before_what_he_said_with_a_comma_said_it(extract_text):
    rec = extract_text("Two ministers meet\n\n"
                       "Indian Defence Minister Arun Mehta held talks with his Kenyan counterpart Grace Wanjiru in Nairobi "
                       "on Monday.\n\n"
                       "On social media, Mr Mehta said, the new pact gives fresh momentum to the ties. "
                       "Ms Wanjiru said, both sides agreed to hold joint drills.")
    got = [(s.act, s.actors, s.text.split(",")[0]) for s in rec.statements if s.act != "meet"]
    assert got[0] == ("other", ["IND"], "On social media")
    assert [a for a, _, _ in got] == ["other", "agree"]


def test_a_head_named_by_his_very_title_is_his_side_not_the_other_ministers(extract_text):
    rec = extract_text("Ministers meet\n\n"
                       "Russian Deputy Defense Minister Ivan Petrov and Chilean Minister of National Defense Luis Soto held "
                       "talks in Santiago on Monday.\n\n"
                       "The deputy defense minister thanked his Chilean colleagues for their support.")
    assert [(s.act, s.actors) for s in rec.statements][-1] == ("appreciate", ["RUS"])


def test_the_forum_as_subject_is_those_who_met(extract_text):
    rec = extract_text("Pakistan and Oman vowed on Friday to deepen defence collaboration.\n\n"
                       "The Omani minister co-chaired the sixth meeting of the Pakistan-Oman Defence Collaboration at GHQ.\n\n"
                       "\u201cThe forum discussed challenges to regional security,\u201d the military said.")
    assert ("discuss", ["OMN", "PAK"]) in [(s.act, s.actors) for s in rec.statements]


def test_what_the_dialogue_normally_does_is_no_meeting(extract_text):
    rec = extract_text("Two navies talk\n\n"
                       "Chile and Peru held the third Naval Staff Talks in Lima on Friday. "
                       "The dialogue, set up in 2019, normally meets twice a year.")
    assert [s.act for s in rec.statements] == ["meet"]


@pytest.mark.parametrize("custom", [
    "The staff talks are normally held twice a year, in Lima and Santiago by turns.",
    "The navy chiefs have met every two years since 2009.",
    "The Chile-Peru Naval Staff Talks take place on an annual basis.",
])
def test_how_often_the_dialogue_is_held_in_the_present_or_perfect_is_no_meeting(extract_text, custom):
    rec = extract_text("Two navies talk\n\n"
                       f"Chile and Peru held the third Naval Staff Talks in Lima on Friday. {custom}")
    assert [s.act for s in rec.statements] == ["meet"]


def test_attention_paid_looking_into_probing_and_speaking_about_are_discussion(extract_text):
    rec = extract_text("Two navies talk\n\n"
                       "Chile and Peru held the third Naval Staff Talks in Lima on Friday. "
                       "The ministers paid particular attention to port security. Attention was also paid to mine "
                       "clearance. They looked into ways to share radar data. The delegations probed the progress of the "
                       "joint patrols. They also spoke about the fishing fleets.")
    got = [(s.act, s.actors) for s in rec.statements if s.act != "meet"]
    assert got == [("discuss", ["CHL", "PER"])] * 5


def test_a_series_of_acts_the_parser_hangs_on_its_second_verb_keeps_each_act(extract_text):
    body = ("During the first such round, the two navies discussed plans for widening the port agenda, "
            "underscored the value of joint drills, and pledged closer naval cooperation")
    for said in (f"\u201c{body},\u201d the statement said.", f"{body}."):
        rec = extract_text("Two navies talk\n\nChile and Peru held the third Naval Staff Talks in Lima on Friday.\n\n" + said)
        got = [(s.act, s.actors, s.text.split()[0]) for s in rec.statements if s.act != "meet"]
        assert got == [("discuss", ["CHL", "PER"], "During"), ("note", ["CHL", "PER"], "underscored"),
                       ("commit", ["CHL", "PER"], "pledged")]


def test_a_hyphenated_surname_speaks_for_its_owners_side(extract_text):
    rec = extract_text("Polish and Dutch defence ministers meet\n\nWARSAW, March 3 -- Polish Defence Minister Jan "
                       "Wiśniak-Orłowski met Dutch Defence Minister Pieter de Groot in Warsaw on Monday for talks on "
                       "air defence.\n\nWiśniak-Orłowski thanked Minister de Groot for the loan of two patrol planes "
                       "over the winter.")
    assert [(s.act, s.actors) for s in rec.statements if s.act != "meet"] == [("appreciate", ["POL"])]


def test_attention_drawn_to_a_need_is_a_point_stressed(extract_text):
    got = acts(extract_text, "The Korean side drew attention to gaps in the hardening of command networks.")
    assert [(s.act, s.actors) for s in got] == [("note", ["KOR"])]


def test_a_host_welcoming_a_counterpart_or_a_delegation_met_them_but_welcoming_a_plan_is_thanks(extract_text):
    rec = extract_text("Egypt and Greece hold talks\n\nEgyptian Defence Minister Ali Samir welcomed his Greek "
                       "counterpart Nikos Pappas in Cairo on Thursday. The ministers agreed to hold joint drills.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["EGY", "GRC"]), ("agree", ["EGY", "GRC"])]
    got = acts(extract_text, "The Korean side welcomed the new U.S. Strategy and its plans for the region.")
    assert [s.act for s in got] == ["appreciate"]


def test_talks_that_centered_on_a_subject_discussed_it(extract_text):
    got = acts(extract_text, "Their talks centered on naval logistics, including spare parts and fuel.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"])]


@pytest.mark.parametrize("misread", ["one noun phrase", "subject of the -ing form"])
def test_talks_whose_verb_the_parser_took_for_a_participle_get_their_subject_and_verb_back(misread):
    """The small model, after some long sentences, reads "The talks centred on ..." as a noun phrase ("talks" the
    root, "centred" its participle) or makes "talks" the subject of a trailing "going forward": the tree is built
    here as it reads them, and the repair puts subject and verb back."""
    import spacy
    from spacy.tokens import Doc

    from accord.extraction.parse import _repair_participle_verb

    words = ["The", "talks", "centred", "on", "patrols", "going", "forward", "."]
    if misread == "one noun phrase":
        heads, deps = [1, 1, 1, 2, 3, 4, 5, 1], ["det", "ROOT", "acl", "prep", "pobj", "acl", "advmod", "punct"]
    else:
        heads, deps = [1, 5, 1, 2, 3, 5, 5, 5], ["det", "nsubj", "acl", "prep", "pobj", "ROOT", "advmod", "punct"]
    tags = ["DT", "NNS", "VBN", "IN", "NNS", "VBG", "RB", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "NOUN", "VERB", "ADV", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    _repair_participle_verb(next(doc.sents))
    talks, centred = doc[1], doc[2]
    assert (centred.dep_, talks.dep_, talks.head.i) == ("ROOT", "nsubj", 2)
    assert [c.text for c in centred.children if c.dep_ == "prep"] == ["on"]


def test_a_paper_signed_or_an_exchange_of_views_held_at_the_meeting_is_the_parties_act(extract_text):
    got = acts(extract_text, "At the close of the talks, a combined training plan for 2028 was signed. A frank "
                             "exchange of views took place about cyber defense. Special attention was given to logistics. "
                             "Decades after the armistice agreement was signed, the alliance stands firm.")
    assert [(s.act, s.actors) for s in got] == [("other", ["KOR", "USA"]), ("discuss", ["KOR", "USA"]),
                                                ("discuss", ["KOR", "USA"])]


def test_he_is_the_minister_the_page_just_named_even_where_that_sentence_records_no_act(extract_text):
    rec = extract_text("Kuwait and Britain hold security talks\n\nKuwaiti Under-Secretary Saad Faleh and British "
                       "Minister Anne Price met in London on 3 May 2026 for the Joint Steering Group.\n\n"
                       "Faleh toured the training academy at Gatwick. He appreciated the British help in screening "
                       "air cargo.")
    assert [(s.act, s.actors) for s in rec.statements if s.act != "meet"] == [("appreciate", ["KWT"])]


def test_a_need_to_act_agreed_binds_but_the_importance_of_a_thing_does_not(extract_text):
    got = acts(extract_text, "Both parties agreed on the importance of staging the combined drills each spring. "
                             "The ministers agreed on the importance of their alliance.")
    assert [(s.act, s.commitment) for s in got] == [("agree", True), ("agree", False)]


def test_the_necessity_of_a_thing_agreed_binds_but_stressed_it_does_not(extract_text):
    got = acts(extract_text, "The ministers agreed on the necessity of yearly naval drills. Both navies' chiefs concurred "
                             "on the necessity of the two navies keeping in touch at sea. They stressed the "
                             "necessity of yearly drills.")
    assert [(s.act, s.commitment) for s in got] == [("agree", True), ("agree", True), ("note", False)]


def test_a_meeting_of_several_states_or_a_regional_body_is_regional_cooperation(extract_text):
    for opening in ("The foreign ministers of Chile, Peru and Bolivia met in Arica on 3 May 2026 for their third "
                    "trilateral dialogue.\n\n",
                    "Defence ministers of ASEAN and Japan met in Vientiane on 3 May 2026 for their fifth informal "
                    "talks.\n\n"):
        rec = extract_text(opening + "The ministers agreed to deepen their cooperation.")
        assert [s.topics for s in rec.statements] == [["regional_cooperation"], ["regional_cooperation"]], opening


def test_an_alliance_at_the_table_keeps_its_own_business(extract_text):
    for opening in ("The foreign ministers of Chile and Peru met in Arica on 3 May 2026 for their third dialogue.\n\n",
                    "The defence chiefs of Japan, the United States and Australia met in Darwin on 3 May 2026 "
                    "for their trilateral dialogue.\n\n"):
        rec = extract_text(opening + "The ministers agreed to deepen their cooperation.")
        assert [s.topics for s in rec.statements] == [["alliance_coordination"], ["alliance_coordination"]], opening


def test_reforms_trade_energy_and_migration_are_other_subjects(extract_text):
    rec = extract_text("The 4th Armenia-Georgia Defence Dialogue was held in Tbilisi on 3 May 2026.\n\n"
                       "The sides presented the reforms under way in their armed forces. They discussed trade and "
                       "energy links. They agreed to work together on irregular migration.")
    assert [s.topics for s in rec.statements if s.act != "meet"] == [["other"], ["other"], ["other"]]


def test_welcoming_an_exercise_after_a_fronted_in_is_no_meeting(extract_text):
    got = acts(extract_text, "In that regard, the two sides welcomed the joint exercise \"KU-SEX\" which was "
                             "successfully conducted in Busan.")
    assert [(s.act, s.actors) for s in got] == [("appreciate", ["KOR", "USA"])]


def test_a_heads_initials_and_a_title_both_sides_hold_said_in_the_home_press(extract_text):
    rec = extract_text("Oslo: Norway's Chief of Naval Staff (CNS) Ola Berg and his Polish counterpart "
                       "Rear Admiral Jan Nowak met in Oslo on 3 May 2026.\n\n"
                       "The CNS noted that the northern sea lanes were under growing pressure.")
    assert ("note", ["NOR"]) in [(s.act, s.actors) for s in rec.statements]
    rec = extract_text("The third Australia-Norway Secretary-level Dialogue was held in Canberra on 3 May 2026. "
                       "Defence Secretary Tom Grey of Australia and Defence Secretary Ola Berg of Norway led the "
                       "delegations.\n\nDefence Secretary expressed his satisfaction with how joint training is going.")
    assert ("appreciate", ["AUS"]) in [(s.act, s.actors) for s in rec.statements]  # the host's


def test_agreeing_on_steps_or_measures_to_take_binds(extract_text):
    got = acts(extract_text, "The two sides agreed on steps to enhance maritime patrols. They also agreed on a series "
                             "of measures against smuggling. They agreed on the value of their alliance.")
    assert [(s.act, s.commitment) for s in got] == [("agree", True), ("agree", True), ("agree", False)]


def test_military_technical_cooperation_is_the_defense_industry(extract_text):
    rec = extract_text("The 4th Armenia-Georgia Defence Dialogue was held in Tbilisi on 3 May 2026.\n\n"
                       "The sides discussed military-technical cooperation.")
    assert [s.topics for s in rec.statements if s.act != "meet"] == [["defense_industry"]]


def test_the_security_situation_on_the_peninsula_is_not_a_regional_matter_but_the_regions_is(extract_text):
    got = acts(extract_text, "The two sides reviewed the security situation on the Korean Peninsula. They then "
                             "discussed the world security situation.")
    assert ["regional_cooperation" in s.topics for s in got] == [False, True]


def test_what_a_third_party_owes_is_no_act_it_made(extract_text):
    rec = extract_text("Allies hold talks\n\nThe 30th KIDD was held in Seoul on May 3, 2027.\n\n"
                       "The two sides urged North Korea to keep North Korea's past commitments from the 2005 statement.")
    assert not [s for s in rec.statements if "PRK" in s.actors]


def test_a_series_of_verbs_reported_by_a_ministry_keeps_its_subject_for_each_verb(extract_text):
    rec = extract_text("Norway, Chile hold strategic dialogue\n\n"
                       "Senior officials convened in Oslo on Friday for the 4th Norway-Chile Strategic Dialogue.\n\n"
                       "The ministry said both sides shared updates regarding their respective military and defence "
                       "policies and priorities, reviewed progress made in the alliance, discussed planned exercises and "
                       "compared notes on the region.")
    acts = {(s.act, s.text, tuple(s.actors)) for s in rec.statements}
    assert ("discuss", "reviewed progress made in the alliance", ("CHL", "NOR")) in acts


def test_a_delegation_that_participated_at_a_named_dialogue_met(extract_text):
    rec = extract_text("Defence dialogue held in Dhaka\n\n"
                       "The Indian defence delegation, led by Defence Secretary Ravi Kumar, participated at the fifth "
                       "Indo-Bangladesh Defence Dialogue in Dhaka yesterday. Both sides had long discussions on "
                       "defence cooperation.")
    assert ("meet", ("BGD", "IND")) in {(s.act, tuple(s.actors)) for s in rec.statements}


def test_a_matter_considered_is_discussed_a_view_held_is_not(extract_text):
    rec = extract_text("The 5th Norway-Chile Joint Commission met in Oslo on Monday.\n\n"
                       "The commission considered the report of the border working group. Ministers also considered how "
                       "to widen cooperation in space. Chile, considered one of Norway's closest partners in the region, "
                       "hosts the next round. Norway considers fisheries control a pillar of the partnership.")
    discussed = [s.text for s in rec.statements if s.act == "discuss"]
    assert any("report of the border working group" in t for t in discussed)
    assert any("how to widen cooperation in space" in t for t in discussed)
    assert not any("closest partners" in t or "pillar" in t for t in discussed)


def test_meeting_an_official_named_by_office_alone_is_the_meeting(extract_text):
    rec = extract_text("Norway's defence minister met Chile's defence minister in Oslo on 4 May 2027. They discussed "
                       "polar search and rescue.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"])]


def test_a_clause_reported_after_it_is_quoted_with_who_reported_it(extract_text):
    rec = extract_text("The 5th Norway-Chile Defence Dialogue was held in Molde on Tuesday, the Norwegian Defence "
                       "Ministry said in its release. The sides agreed to meet in Arica next year, the ministry added.")
    assert [s.text for s in rec.statements] == [
        "The 5th Norway-Chile Defence Dialogue was held in Molde on Tuesday, the Norwegian Defence Ministry said in its "
        "release", "The sides agreed to meet in Arica next year, the ministry added"]
    # another act of the sentence between them is not taken along
    rec = extract_text("The 5th Norway-Chile Defence Dialogue was held in Molde on Tuesday. The sides reviewed the "
                       "exercises and agreed to meet in Arica next year, the ministry added.")
    assert [(s.act, s.text) for s in rec.statements[1:]] == [
        ("discuss", "The sides reviewed the exercises"), ("agree", "agreed to meet in Arica next year")]


def test_a_clause_told_to_an_agency_is_quoted_with_who_told_it(extract_text):
    rec = extract_text("The 5th Norway-Chile Defence Dialogue was held in Molde on Tuesday. The two ministries signed "
                       "a naval cooperation roadmap, a source close to the Chilean navy told Fjordnews.")
    assert rec.statements[-1].text == ("The two ministries signed a naval cooperation roadmap, a source close to the "
                                       "Chilean navy told Fjordnews")


def test_what_the_sides_discussed_runs_on_through_a_question_coordinated_with_it(extract_text):
    rec = extract_text("The 5th Norway-Chile Defence Dialogue was held in Molde on Tuesday. Delegates also discussed "
                       "the impact of melting ice on polar shipping and how navies might patrol together to keep lanes "
                       "open.")
    assert [(s.act, s.text) for s in rec.statements[1:]] == [
        ("discuss", "Delegates also discussed the impact of melting ice on polar shipping and how navies might patrol "
                    "together to keep lanes open")]


def test_what_the_talks_resulted_in_is_their_parties_act(extract_text):
    rec = extract_text("Norway and Chile held defence talks in Molde on 4 May 2027. Those talks resulted in agreement "
                       "on a joint plan to patrol the fjords. The talks resulted in a deadlock on fishing.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("agree", ["CHL", "NOR"])]


def test_a_clause_quoted_with_its_reporter_takes_neither_a_clause_joined_to_the_reporter_nor_a_passive(extract_text):
    rec = extract_text("The 5th Norway-Chile Defence Dialogue was held in Molde on Tuesday. The sides reviewed the "
                       "coastal drills, officials said, and they pledged to widen them. They assessed the ice charts, "
                       "the results of which will be reported to the next summit.")
    texts = [s.text for s in rec.statements]
    assert not any("coastal drills" in t and "widen" in t for t in texts)
    assert not any("ice charts" in t and "reported" in t for t in texts)


def test_how_often_a_dialogue_meets_is_its_custom_not_this_meeting(extract_text):
    rec = extract_text("The 5th Norway-Chile Strategic Dialogue was held in Molde on 3 May 2027. The strategic dialogue "
                       "takes place three or four times a year in each capital by turns. The sides discussed Arctic "
                       "shipping.")
    assert [s.act for s in rec.statements] == ["meet", "discuss"]


def test_a_members_minister_who_chairs_the_bodys_committee_speaks_for_the_body_that_met(extract_text):
    rec = extract_text("Ministers of the SADC states met in Maputo on 3 May 2027 "
                       "for the committee's annual session.\n\n"
                       "Carla Nhaca, Mozambique Minister of Defence and chairperson of the SADC committee on "
                       "defence, said the region has stayed calm.\n\n"
                       "The Malawian minister said his country had sent troops to the border.")
    said = [(s.actors, s.text[:11]) for s in rec.statements if s.act == "other"]
    assert said[0] == (["SADC"], "Carla Nhaca")


def test_undertaking_to_act_binds_but_undertaking_a_visit_does_not(extract_text):
    got = acts(extract_text, "Minister Kim, who is undertaking an official visit to Guam, held talks with his "
                             "counterpart. Both sides undertook to share early warning data.")
    assert [(s.act, s.commitment, s.text[:20]) for s in got if s.act != "meet"] == [("commit", True, "Both sides undertook")]


def test_an_analyst_commenting_on_the_talks_is_no_party(extract_text):
    got = acts(extract_text, "Ivan Petrov, a defence analyst with a Seoul think-tank, suggested on Monday that the "
                             "alliance is stronger than ever.")
    assert got == []


def test_a_head_called_by_his_whole_title_alone_is_his_side(extract_text):
    rec = extract_text("India, Chile hold defence talks\n\nRaksha Mantri Arun Rao and Chile's Defence Minister "
                       "Pedro Soto held talks by video on 3 May 2027. Raksha Mantri stressed the value of "
                       "self-reliance. Raksha Mantri thanked Chile for its support.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("note", ["IND"]), ("appreciate", ["IND"])]


def test_what_the_statement_endorsed_is_its_signatories_act_and_it_goes_on_for_them(extract_text):
    rec = extract_text("Norwegian Defence Minister Per Lund and Chilean Defence Minister Ana Rojas held their annual "
                       "talks in Oslo on 3 May 2027 and issued a joint statement. The statement endorsed lasting "
                       "ties with Peru. It welcomed free elections held in Ecuador. The statement said "
                       "the talks went well. They agreed to meet in Chile, the statement pointed out.")
    got = [(s.act, s.actors, s.text[:13]) for s in rec.statements if s.act in ("agree", "appreciate", "other")]
    assert got == [("other", ["CHL", "NOR"], "issued a join"), ("agree", ["CHL", "NOR"], "The statement"),
                   ("appreciate", ["CHL", "NOR"], "It welcomed f"), ("agree", ["CHL", "NOR"], "They agreed t")]


def test_the_minister_or_the_general_no_title_settles_is_the_one_who_spoke_last(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday. Lund praised the work of the coast guards. The minister said joint patrols gave both coast "
                       "guards a chance to tackle new threats. Soto thanked Norway for the invitation. "
                       "The general said that to keep the peace, the navies must learn from each other.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [
        ("appreciate", ["NOR"]), ("other", ["NOR"]), ("appreciate", ["CHL"]), ("other", ["CHL"])]


def test_a_first_line_too_long_for_a_headline_is_read_as_the_lead(extract_text):
    rec = extract_text(" date 2024-05-03 Chilean Army Chief General Juan Soto met Norwegian Defence Minister Kari Lund "
                       "in Oslo and discussed winter training for both armies in the Arctic\n\n"
                       "Soto, on a visit to Norway at the invitation of its army, thanked Lund for the support.")
    assert [(s.act, s.actors) for s in rec.statements] == [
        ("meet", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"]), ("appreciate", ["CHL"])]
    short = extract_text("Chile and Norway hold talks in Oslo\n\n"
                         "Chilean Army Chief General Juan Soto met Norwegian Defence Minister Kari Lund in Oslo on "
                         "Friday. Soto thanked Lund for the support.")
    assert [s.act for s in short.statements] == ["meet", "appreciate"]  # a headline only repeats the lead


def test_a_courtesy_call_received_or_a_first_encounter_is_a_meeting_of_both_sides(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday. On Wednesday, Lund, who is also the deputy premier, received a courtesy call from "
                       "Soto at the palace.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("meet", ["CHL", "NOR"])]
    met = extract_text("Chilean Defence Minister Juan Soto had a first encounter with his Norwegian counterpart "
                       "Kari Lund in Bergen on Friday.")
    assert [(s.act, s.actors) for s in met.statements] == [("meet", ["CHL", "NOR"])]


def test_talks_that_scrutinised_featured_facilitated_or_included_an_exchange_are_a_discussion(extract_text):
    rec = extract_text("Norwegian Defence Minister Kari Lund and Chilean Defence Minister Juan Soto held the fifth "
                       "Norway-Chile Joint Security Committee in Oslo on 3 May 2024. The committee scrutinised the "
                       "drills of the past year. The meeting featured discussion of the work of the coast guards. "
                       "The talks also facilitated discussions of new threats at sea. It also included an exchange "
                       "of lessons from search and rescue.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("discuss", ["CHL", "NOR"])] * 4


def test_sides_unanimous_that_or_to_and_a_decision_reached_are_agreements(extract_text):
    rec = extract_text("Norwegian Defence Minister Kari Lund and Chilean Defence Minister Juan Soto held the fifth "
                       "Norway-Chile Joint Security Committee in Oslo on 3 May 2024. The two sides were unanimous that "
                       "disputes at sea must be settled peacefully. They were also unanimous to put cadet exchanges "
                       "first. A decision was reached to set up a hotline between the two navies.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("agree", ["CHL", "NOR"])] * 3


def test_a_host_who_received_or_hosted_visiting_officials_met_them(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto received the visiting Norwegian official and his "
                       "delegation in Santiago on Monday, the agency reported.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"])]


def test_talks_said_to_be_underway_are_being_held(extract_text):
    for said in ("are underway", "are under way"):
        rec = extract_text(f"The fourth Chile-Norway naval staff talks {said} in Santiago, the agency reported on "
                           "Wednesday.")
        assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"])]


def test_words_placed_at_the_meeting_they_were_said_at_record_that_meeting(extract_text):
    for said in ("Lund made these remarks at the closing session of the ninth Norway-Chile Joint Committee in Oslo.",
                 "Both ministers said so during the ninth Norway-Chile Joint Committee in Oslo."):
        rec = extract_text("Norway and Chile pledge closer naval ties\n\nNorway is ready to deepen naval ties with "
                           f"Chile, Norwegian Defence Minister Kari Lund said on Sunday. {said}")
        assert [(s.act, s.actors) for s in rec.statements] == [("commit", ["NOR"]), ("meet", ["CHL", "NOR"])]


def test_at_talks_of_two_what_one_side_discussed_or_reviewed_it_did_with_the_other(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto received Norwegian Defence Minister Kari Lund in Santiago "
                       "on Sunday. Soto also discussed on Monday aspects of naval cooperation with the visiting "
                       "official. Lund reviewed the naval guard of honour in the morning. Soto touched on the "
                       "training of cadets.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("discuss", ["CHL", "NOR"]), ("discuss", ["CHL"])]


def test_the_diplomat_or_the_ambassador_is_the_one_just_named(extract_text):
    rec = extract_text("The 15th Norway-Chile Joint Committee took place in Oslo on 3 May 2027. Chile's Ambassador "
                       "to Oslo Pedro Soto, who also sat in on the talks, stressed the growth in ties. The diplomat "
                       "said a new ferry line would help trade. The ambassador added that trade rose sharply.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("note", ["CHL"]), ("other", ["CHL"]), ("other", ["CHL"])]


COMMUNIQUE = """\
MEDIATION AND SECURITY COUNCIL 61ST SESSION

Abuja, Nigeria

FINAL COMMUNIQUE

Meeting in its 61st session on 25 November 2027, the Mediation and Security Council of ECOWAS took these decisions on piracy in the Gulf of Guinea:

Council:

1. Takes note of the briefing by the commander of the regional naval task force;

2. Recalls its decisions of last year on maritime crime. Council also recalls what the summit of heads of state asked of it;

3. Reiterates its firm condemnation of attacks on merchant ships. Council further reiterates its call for the release of hostages;

4. Renews ECOWAS's support for the coastal states.
"""


def test_a_councils_communique_reads_its_operative_paragraphs_as_the_councils_acts(extract_text):
    rec = extract_text(COMMUNIQUE)
    assert rec.meeting.parties == ["ECOWAS"]
    got = [(s.act, s.actors, s.text[:16]) for s in rec.statements if s.act in ("note", "reaffirm")]
    assert got == [("note", ["ECOWAS"], "Takes note of th"), ("note", ["ECOWAS"], "Recalls its deci"),
                   ("note", ["ECOWAS"], "Council also rec"), ("reaffirm", ["ECOWAS"], "Reiterates its f"),
                   ("reaffirm", ["ECOWAS"], "Council further ")]


def test_an_official_after_on_the_chilean_side_speaks_for_chile(extract_text):
    rec = extract_text("Norway and Chile held the 8th session of their Joint Commission in Oslo on 3 May 2027. "
                       "On the Chilean side, Under-Secretary Marta Vial, who also handles regional affairs, thanked "
                       "Norway for hosting the session.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("appreciate", ["CHL"])]


@pytest.mark.parametrize("state", ["keen", "ready"])
def test_he_after_an_analyst_is_the_analyst_not_the_minister_before(extract_text, state):
    rec = extract_text("Norwegian Defence Minister Per Lund and Chilean Defence Minister Ana Rojas held their annual "
                       "talks in Oslo on 3 May 2027. Lund stressed the value of the talks. Ivan Petrov, a defence "
                       "analyst with an Oslo think-tank, suggested on Monday that the ties are strong. He said both "
                       f"navies are {state} to do more.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("note", ["NOR"])]


def test_she_is_the_official_just_named_though_what_she_did_was_no_act_of_record(extract_text):
    rec = extract_text("The 8th Norway-Chile border conference was held in Arica on 3 March 2027. The Norwegian "
                       "delegation was led by Rear Admiral Per Lund. The Chilean delegation was led by Commodore Ana "
                       "Rojas, deputy chief of the Chilean Navy. In her opening remarks, the deputy chief of the Chilean "
                       "Navy extended a warm welcome to the Norwegian delegation. She expressed her willingness to "
                       "address the fishing issues in a friendly spirit.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("commit", ["CHL"])]


def test_an_engagement_or_conference_between_the_sides_is_the_meeting_and_its_subject_their_acts(extract_text):
    rec = extract_text("Navies of Norway and Chile end talks\n\n"
                       "A two-day naval engagement between Norway and Chile ended at the Andes Gardens Hotel in Arica "
                       "City on 4 May 2027. The conference reviewed fishing patrols and resolved to share radar data.")
    assert [(s.act, s.actors) for s in rec.statements] == [
        ("meet", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"]), ("commit", ["CHL", "NOR"])]
    assert rec.meeting.venue == "Arica City"


def test_the_respective_ministries_are_the_parties(extract_text):
    rec = extract_text("Norway, Chile and Peru held their third trilateral defence ministers' meeting in Oslo on "
                       "3 May 2027. The respective ministries plan to deepen their naval cooperation.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("commit", ["CHL", "NOR", "PER"])]


def test_an_object_after_a_time_and_place_set_off_by_commas_is_the_verbs(extract_text):
    rec = extract_text("Norway and Chile held their fifth border committee in Arica on 3 May 2027. The Chilean minister "
                       "expressed, on Monday in Oslo, his deep appreciation for the hospitality.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("appreciate", ["CHL"])]


def test_the_surname_of_a_minister_named_with_a_long_title_and_his_country_is_his_sides(extract_text):
    rec = extract_text("ARICA - Chile's Minister of State for the Interior, Public Security and Regional Affairs Ola "
                       "Rojas expressed, Tuesday in Arica, his satisfaction with the results of the fourth round of the "
                       "Norway-Chile Border Committee. Rojas added that both police forces had stepped up joint patrols.")
    assert [(s.act, s.actors) for s in rec.statements] == [("appreciate", ["CHL"]), ("other", ["CHL"])]


def test_parties_opposed_to_something_are_concerned_by_it(extract_text):
    rec = extract_text("Norway and Chile held their fifth defence dialogue in Oslo on 3 May 2027. The two ministers "
                       "remain firmly opposed to any attempt to close the fjords to shipping.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("concern", ["CHL", "NOR"])]


def test_when_the_next_round_will_take_place_is_a_calendar_not_a_pledge(extract_text):
    rec = extract_text("Norway and Chile held their fifth defence dialogue in Oslo on 3 May 2027. Their next session "
                       "will take place in Arica next spring. The sides agreed that the seventh round will take place "
                       "in Bergen.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("agree", ["CHL", "NOR"])]


def test_a_list_of_the_matters_taken_up_is_what_the_parties_did_with_them(extract_text):
    rec = extract_text("Norway and Chile held their fifth defence dialogue in Oslo on 3 May 2027.\n\nAmong the "
                       "subjects discussed during the dialogue were fjord patrols and cold-water diving. Another question "
                       "examined was the cost of icebreakers. Among the points agreed upon were a shared radar and a "
                       "joint drill. The issues raised by Norway included salmon farming. Further matters taken up are "
                       "patrolling the fjords and tracking fishing fleets along the coast.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [
        ("discuss", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"]), ("agree", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"])]


def test_a_wish_to_act_stressed_or_reaffirmed_binds_but_one_expressed_or_for_a_state_of_things_does_not(extract_text):
    rec = extract_text("Norway and Chile held their fifth defence dialogue in Oslo on 3 May 2027.\n\nThe two sides "
                       "underscored their desire to patrol the fjords together. Norway reaffirmed its wish to expand its "
                       "cold-water drills. Chile underlined its desire for lasting calm at sea. Both expressed their "
                       "wish to train more cadets.")
    assert [(s.act, s.commitment) for s in rec.statements[1:]] == [
        ("note", True), ("reaffirm", True), ("note", False), ("other", False)]


def test_a_series_of_verbs_under_one_pledge_or_one_will_is_one_act(extract_text):
    rec = extract_text("Norway and Chile held their fifth defence dialogue in Oslo on 3 May 2027.\n\nBoth sides "
                       "pledged to widen naval schooling, tighten coordination along the coast, and explore shared "
                       "work on ship repair. Both countries will set up hotlines, run drills at sea, and explore "
                       "setting up a diving school.")
    assert [(s.act, s.commitment) for s in rec.statements[1:]] == [("commit", True), ("commit", True)]
    assert rec.statements[1].text.endswith("ship repair")


def test_a_round_named_by_its_number_and_acronym_still_to_be_hosted_is_a_calendar(extract_text):
    rec = extract_text("Norway and Chile held their fifth defence dialogue in Oslo on 3 May 2027.\n\nThe sixth NCDD "
                       "will be hosted by Chile in Arica. Chile will host a cadet exchange in Arica.")
    assert [(s.act, s.actors, s.text) for s in rec.statements[1:]] == [
        ("commit", ["CHL"], "Chile will host a cadet exchange in Arica")]


def test_what_a_party_did_last_year_or_under_a_former_office_holder_is_background(extract_text):
    rec = extract_text("Norway and Chile held their fifth defence dialogue in Oslo on 3 May 2027.\n\nLast year, Chile "
                       "signed a deal for three frigates from Norwegian yards. The then Chilean president signed "
                       "a joint declaration with Norway. This year they signed a pact on cadets.")
    assert [s.text for s in rec.statements[1:]] == ["This year they signed a pact on cadets"]


def test_what_a_party_did_last_autumn_or_earlier_this_year_is_background_but_last_week_may_be_the_talks(extract_text):
    rec = extract_text("Norway and Chile held their fifth defence dialogue in Oslo on 3 May 2027.\n\nLast November, "
                       "Chile and Norway signed a pact on frigates. Earlier this year, Chile's government announced "
                       "a cut in its navy budget. Last week, the two ministers agreed to train cadets together.")
    assert [s.text for s in rec.statements[1:]] == ["Last week, the two ministers agreed to train cadets together"]


def test_a_matter_taken_up_on_a_day_of_the_talks_was_taken_up_by_the_parties(extract_text):
    rec = extract_text("Norway and Chile held their fifth defence dialogue in Oslo on 3 May 2027.\n\nFjord patrols "
                       "were discussed on its final day. Salmon quotas were discussed in Parliament.")
    assert [(s.act, s.actors, s.text) for s in rec.statements[1:]] == [
        ("discuss", ["CHL", "NOR"], "Fjord patrols were discussed on its final day")]


def test_more_verbs_of_record_and_a_reason_given_with_one_is_not_an_act(extract_text):
    rec = extract_text("Norway and Chile held their fifth defence dialogue in Oslo on 3 May 2027.\n\nThe ministers "
                       "also repeated how much polar charts matter. The dialogue also encompassed polar "
                       "shipping. The two sides also heard from Chile's naval chief. They also aired "
                       "concerns about illegal fishing. The Chilean minister laid stress on training. The Norwegian "
                       "minister cited cyber defence as a key area. The two ministers witnessed the signing of a plan. "
                       "The Norwegian minister also dealt with the naval school. Chile raised its budget, citing rising "
                       "costs of fuel.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [
        ("reaffirm", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"]),
        ("concern", ["CHL", "NOR"]), ("note", ["CHL"]), ("note", ["NOR"]), ("other", ["CHL", "NOR"]),
        ("discuss", ["NOR"])]


def test_matters_taken_up_said_in_the_passive_with_a_clause_or_a_particle_or_a_communique_are_the_parties(extract_text):
    rec = extract_text("Norway and Chile held their fifth defence dialogue in Oslo on 3 May 2027.\n\nExpanding the "
                       "joint naval exercises to polar waters was also discussed, the statement said. In a communique "
                       "released by the delegations, several border issues were addressed. Questions of fisheries "
                       "were touched upon. Deliberations were focused on cadet exchanges. Salmon quotas were discussed "
                       "in Parliament.")
    assert [(s.act, s.actors, s.text.split()[0]) for s in rec.statements[1:]] == [
        ("discuss", ["CHL", "NOR"], "Expanding"), ("discuss", ["CHL", "NOR"], "In"),
        ("discuss", ["CHL", "NOR"], "Questions"), ("discuss", ["CHL", "NOR"], "Deliberations")]


def test_who_chaired_or_led_the_session_said_in_the_passive_met_once(extract_text):
    rec = extract_text("Norway and Chile held their fifth defence dialogue in Oslo on 3 May 2027.\n\nThe session was "
                       "chaired by Norwegian Minister of Defence Ola Lund and Chilean Vice Minister Ana Rojas. The talks "
                       "were led by State Secretary Kari Berg and her Chilean counterpart, Tomas Vidal.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"])] * 3
    rec = extract_text("Ministers of Norway and Chile reviewed naval ties in Oslo on 3 May 2027, the ministry said.\n\n"
                       "The talks in Oslo were co-chaired by Norwegian Minister Ola Lund and Chilean Minister Ana Rojas.")
    assert [(s.act, s.text.split()[0]) for s in rec.statements] == [("discuss", "Ministers"), ("meet", "The")]


def test_what_the_meeting_was_told_and_an_understanding_reached_or_emphasis_given_are_the_parties_acts(extract_text):
    rec = extract_text("Norway and Chile held their fifth Joint Defence Committee in Oslo on 3 May 2027.\n\nThe "
                       "Committee was briefed about how far the naval projects had come. The session was provided with "
                       "updates about cadet exchanges. A common understanding was reached that the format must become a key "
                       "mechanism. Special emphasis was given to fisheries crimes. The results of the talks held by the "
                       "two working parties were put before the whole committee.")
    assert [(s.act, s.actors) for s in rec.statements[1:5]] == [
        ("discuss", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"]), ("agree", ["CHL", "NOR"]), ("note", ["CHL", "NOR"])]
    assert not any(s.act == "discuss" and s.text.startswith("The results") for s in rec.statements)


def test_a_body_still_to_be_set_up_binds_the_parties_but_the_next_meeting_held_is_a_calendar(extract_text):
    rec = extract_text("Norway and Chile held their fifth defence dialogue in Oslo on 3 May 2027.\n\nA joint committee "
                       "will also be formed to run the patrols. A working group will be set up for the purpose. The "
                       "next meeting will be held in Arica.")
    assert [(s.act, s.actors, s.commitment) for s in rec.statements[1:]] == [("commit", ["CHL", "NOR"], True)] * 2


def test_what_was_agreed_decided_or_adopted_in_the_passive_binds_the_parties(extract_text):
    rec = extract_text("Norway and Chile held their fifth Joint Defence Committee in Oslo on 3 May 2027.\n\nA wider "
                       "programme of cadet exchanges was agreed at the session. Agreements were reached on joint "
                       "training in polar medicine. The plan of naval visits for 2028 was approved by the Committee. "
                       "A decision was taken to hold the drills every spring.")
    assert [(s.act, s.actors, s.commitment) for s in rec.statements[1:]] == [("agree", ["CHL", "NOR"], True)] * 4


def test_parties_that_concurred_in_doing_something_bind_themselves(extract_text):
    got = pair_acts(extract_text, "Both sides concurred in promoting exchanges between their naval academies. The "
                                  "Ministers concurred in keeping close contact between their staffs.")
    assert got == [("agree", ["JPN", "MNG"], True)] * 2


def test_a_reaffirmed_will_need_or_recommitment_binds_the_parties(extract_text):
    got = pair_acts(extract_text, "The Ministers reiterated their will to widen the cadet exchanges. They reaffirmed "
                                  "their interest in expanding polar research. Both sides affirmed to further deepen "
                                  "naval ties. They reaffirmed the need to respect the law of the sea. They recommitted "
                                  "to supporting the regional coast guard forum. Both delegations reaffirmed the worth of "
                                  "their partnership.")
    assert got == [("reaffirm", ["JPN", "MNG"], True)] * 5 + [("reaffirm", ["JPN", "MNG"], False)]


def test_officials_tasked_or_directed_to_do_something_bind_the_parties(extract_text):
    got = pair_acts(extract_text, "The Ministers directed their staffs to study ways of countering piracy. They tasked "
                                  "their staffs to update the naval roadmap by spring.")
    assert got == [("other", ["JPN", "MNG"], True)] * 2


def test_what_a_minister_says_or_announces_his_country_will_do_is_its_commitment(extract_text):
    rec = extract_text("Norway and Chile held their fifth Joint Defence Committee in Oslo on 3 May 2027, led by "
                       "Norwegian Defence Minister Ola Lund and Chilean Defence Minister Ana Rojas.\n\n"
                       "Lund said Norway will take practical steps to keep the Arctic calm. Lund also added that his "
                       "government will keep widening naval ties with Chile. Rojas announced on Monday that Chile will "
                       "resume cadet exchanges.")
    assert [(s.act, s.actors, s.commitment, s.text.split()[0]) for s in rec.statements[1:]] == [
        ("commit", ["NOR"], True, "Lund"), ("commit", ["NOR"], True, "Lund"), ("commit", ["CHL"], True, "Rojas")]


def test_decisions_made_bind_the_parties_and_the_meetings_working_groups_act_for_it(extract_text):
    rec = extract_text("Norway and Chile held their fifth Joint Defence Committee in Oslo on 3 May 2027.\n\nThey also "
                       "made decisions on the future of the coastal radar network. The working groups of the Committee "
                       "discussed regional security and fisheries patrols. The technical teams of the JDC reviewed the "
                       "projects.")
    assert [(s.act, s.actors, s.commitment) for s in rec.statements[1:]] == [
        ("agree", ["CHL", "NOR"], True), ("discuss", ["CHL", "NOR"], False), ("discuss", ["CHL", "NOR"], False)]


def test_a_bare_verb_after_a_purpose_infinitive_is_part_of_the_purpose_not_an_act(extract_text):
    rec = extract_text("The Norway-Chile Standing Commission held its 38th session on 14 May 2027 in Oslo to review "
                       "recent developments and jointly explore ways to renew the partnership.\n\nThe Ministers welcomed "
                       "the talks as a sign of the resolve of Norway and Chile to advance joint aims, review fleet "
                       "plans, and identify fresh fields for cooperation.")
    assert [s.act for s in rec.statements] == ["meet", "appreciate"]
    rec = extract_text("Norway and Chile held their fifth Joint Defence Committee in Oslo on 3 May 2027.\n\nDuring the "
                       "meeting, the two navies were able to settle a code of conduct for their patrols, reaffirm the "
                       "fishing zones of each side, and reach agreement on joint rescue drills.")
    assert [s.act for s in rec.statements] == ["meet", "reaffirm", "agree"]  # what they were able to do, they did


def test_what_the_members_of_a_standing_forum_do_in_it_describes_the_forum(extract_text):
    rec = extract_text("Norway and Chile held their fifth Defence Policy Dialogue (DPD) in Oslo on 3 May 2027.\n\nThe DPD "
                       "is a venue in which the two navies review polar matters and discuss ways to deepen their "
                       "ties. The NCB is a body through which both navies share information and plan drills together. "
                       "The two sides discussed the Arctic.")
    assert [s.act for s in rec.statements] == ["meet", "discuss"]


def test_what_a_relationship_or_an_outcome_will_bring_is_a_forecast_not_a_pledge(extract_text):
    rec = extract_text("Norway and Chile held their fifth Defence Policy Dialogue in Oslo on 3 May 2027.\n\nNorway-Chile "
                       "naval cooperation will yield gains for both fleets. Security in the Arctic will increase "
                       "significantly. Naval cooperation shall likewise be pursued. The two sides will continue talks at the "
                       "expert level.")
    assert [(s.act, s.text.split()[0]) for s in rec.statements[1:]] == [("commit", "Naval"), ("commit", "The")]


def test_what_a_minister_expressed_that_his_country_will_do_is_its_commitment_but_expressed_concern_is_an_act(extract_text):
    rec = extract_text("Norway and Chile held their fifth Defence Policy Dialogue in Oslo on 3 May 2027, led by "
                       "Norwegian Defence Minister Ola Lund and Chilean Defence Minister Ana Rojas.\n\nMinister Lund "
                       "expressed that, as a steady friend, Norway will actively back the polar initiatives. Rojas "
                       "expressed her concern over piracy that could harm the fisheries.")
    assert [(s.act, s.actors, s.text.split()[0]) for s in rec.statements[1:]] == [
        ("commit", ["NOR"], "Minister"), ("concern", ["CHL"], "Rojas")]


def test_a_commitment_taken_and_a_point_a_minister_took_pains_to_stress_are_acts(extract_text):
    rec = extract_text("Norway and Chile held their fifth Defence Policy Dialogue in Oslo on 3 May 2027, led by "
                       "Norwegian Defence Minister Ola Lund and Chilean Defence Minister Ana Rojas.\n\nThe two sides took a "
                       "commitment to settle their fishing quarrels. Lund took pains to underline that Norway has no "
                       "plans to send warships.")
    assert [(s.act, s.actors, s.text.split()[0]) for s in rec.statements[1:]] == [
        ("commit", ["CHL", "NOR"], "The"), ("note", ["NOR"], "took")]


def test_a_verb_and_its_particle_in_the_present_perfect_is_an_act(extract_text):
    rec = extract_text("Norway and Chile held their fifth Defence Policy Dialogue in Oslo on 3 May 2027.\n\nThe parties "
                       "have touched upon fisheries in the Arctic. The two ministers have looked into ways to share radar "
                       "data. Oslo has increasingly focused on closer naval ties with Chile.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("discuss", ["CHL", "NOR"])] * 2  # a policy's focus is none


def test_who_attended_the_meeting_already_reported_is_no_second_meeting(extract_text):
    rec = extract_text("Norway and Chile held the fifth meeting of their Joint Defence Committee in Oslo on 3 March.\n\n"
                       "The Chilean navy chief, Admiral Ana Rojas, also attended the talks. Senior officials of both "
                       "ministries attended the session. The sides agreed to expand exercises.")
    assert [s.act for s in rec.statements] == ["meet", "agree"]


def test_a_statements_text_starts_and_ends_on_its_words_not_a_line_break(extract_text):
    rec = extract_text(PAIR_HEAD + 'Minister Vos said, "We will keep working together."\n'
                       'After the talks, Minister Ito said, "We are pleased."\nThe Ministers agreed to meet again.\n')
    assert len(rec.statements) >= 3 and all(s.text == s.text.strip() for s in rec.statements)
    assert all(rec.document.text[s.start:s.end] == s.text for s in rec.statements)


def test_agreeing_after_meeting_someone_is_done_with_them_a_reaffirmation_is_not(extract_text):
    got = pair_acts(extract_text, "Minister Vos held talks with Japan's Minister Ito on Monday and reached an agreement on "
                                  "cadet exchanges. Minister Vos met with Minister Ito again and reaffirmed Mongolia's "
                                  "support for the plan.")
    assert ("agree", ["JPN", "MNG"], True) in got and ("reaffirm", ["MNG"], True) in got


def test_one_head_and_the_other_ministers_are_all_sides(extract_text):
    rec = extract_text("Ministers meet\n\nNorwegian Defence Minister Ola Lund, Chilean Defence Minister Ana Rojas and "
                       "Peruvian Defence Minister Juan Soto met in Lima on 3 May 2027 for their trilateral talks.\n\n"
                       "Lund and the two ministers also pledged to patrol the coast together. Lund and his "
                       "two counterparts agreed to meet again.")
    assert [s.actors for s in rec.statements if s.act != "meet"] == [["CHL", "NOR", "PER"]] * 2


def test_a_minister_who_received_another_met_them_but_a_report_received_is_no_meeting(extract_text):
    rec = extract_text(HEAD + "On Friday, Minister Kim Min-su received Deputy Secretary Ann Lee of the United States in "
                              "Seoul. The ministry received a report on the drills.")
    got = [(s.act, s.actors, s.text.split()[2]) for s in rec.statements]
    assert got[1:] == [("meet", ["KOR", "USA"], "Minister")]


def test_a_meeting_that_commenced_its_work_was_held_and_a_willingness_voiced_is_a_pledge(extract_text):
    rec = extract_text("The 17th meeting of the Chile-Norway High-Level Military Dialogue commenced its work at the "
                       "ministry in Oslo on 3 May 2026. Norway voiced its willingness to keep expanding cooperation in training.")
    assert [(s.act, s.actors, s.commitment) for s in rec.statements] == [
        ("meet", ["CHL", "NOR"], False), ("commit", ["NOR"], True)]


def test_a_concern_reiterated_is_said_again_and_one_raised_is_a_concern(extract_text):
    got = acts(extract_text, "The Ministers reiterated their serious concern about the conduct of vessels near the "
                             "islands. They raised concerns about missile launches in the region.")
    assert [s.act for s in got] == ["reaffirm", "concern"]


def test_talks_held_with_a_counterpart_are_both_sides_but_talks_with_the_other_side_stay_one_sides(extract_text):
    rec = extract_text("Norway, Chile discuss defence ties\n\nOn Sunday, Norway's Defence Minister Ola Lund discussed "
                       "with his Chilean counterpart Juan Soto ways to promote military cooperation. Lund also "
                       "discussed the deepening of defence ties with Juan Soto in an hour-long meeting.\n\n"
                       "The Norwegian side consulted with the Chilean side on the next round.")
    got = [(s.act, s.actors) for s in rec.statements]
    assert got == [("discuss", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"]), ("discuss", ["NOR"])]


def test_a_page_that_opens_on_its_lead_sentence_without_a_headline_keeps_that_sentences_act(extract_text):
    rec = extract_text("Norway and Chile have pledged to deepen their defence ties.\n\n"
                       "The pledge came at a bilateral meeting of Prime Minister Ola Lund and Chilean "
                       "Minister of Defence Juan Soto.")
    assert ("commit", ["CHL", "NOR"]) in [(s.act, s.actors) for s in rec.statements]


def test_a_meeting_attended_by_representatives_of_both_countries_is_their_meeting(extract_text):
    rec = extract_text("Norway, Chile report gains at the frontier\n\nNorway and Chile report gains in frontier "
                       "cooperation after the joint committee's fourth session. The meeting, which ran for two days "
                       "in Oslo, was attended by officials of both countries. They agreed to share data.")
    assert [s.actors for s in rec.statements if s.act == "meet"] == [["CHL", "NOR"]]


def test_sides_that_considered_the_meeting_productive_assessed_it_but_what_is_considered_one_of_is_no_act(extract_text):
    got = acts(extract_text, "Both sides considered the meeting productive and useful. Busan, considered one of the "
                             "region's busiest ports, hosts the fleet. The port is considered vital.")
    assert [(s.act, s.actors) for s in got] == [("assess", ["KOR", "USA"])]


def test_views_shared_after_another_act_are_a_discussion_of_their_own(extract_text):
    got = acts(extract_text, "Both sides welcomed their growing naval ties and shared views on a number of topics "
                             "including border security. The delegations reviewed planned exercises and exchanged "
                             "views on disaster relief. They shared visions on the latest developments.")
    assert [(s.act, s.actors) for s in got] == [("appreciate", ["KOR", "USA"]), ("discuss", ["KOR", "USA"]),
                                                ("discuss", ["KOR", "USA"]), ("discuss", ["KOR", "USA"]),
                                                ("discuss", ["KOR", "USA"])]
    assert got[1].text.startswith("shared views on")


def test_what_the_sides_are_set_or_going_to_do_binds_them_as_will_does(extract_text):
    got = acts(extract_text, "The two sides are set to expand pilot exchanges. The two countries are going to step up "
                             "joint patrols. The two defense chiefs are set to meet again in the fall. The talks "
                             "are set to review the past year.")
    assert [(s.act, s.actors, s.commitment) for s in got] == [("commit", ["KOR", "USA"], True),
                                                              ("commit", ["KOR", "USA"], True)]


def test_what_a_meeting_was_an_opportunity_to_do_is_done_by_those_who_met(extract_text):
    got = acts(extract_text, "The dialogue, which ran for two days, was an opportunity to stress their worth: "
                             "joint drills. The talks also provided an opportunity to review missile defense.")
    assert [(s.act, s.actors) for s in got] == [("note", ["KOR", "USA"]), ("discuss", ["KOR", "USA"])]


def test_a_host_welcoming_a_titled_guest_met_him(extract_text):
    rec = extract_text("Norway and Chile defence chiefs meet\n\nOSLO - Defence Minister Ola Lund welcomed Mr. Juan "
                       "Soto, Chilean Defence Minister, during his visit to Norway to attend the Nordic "
                       "Security Forum (NSF).\n\nThe two ministers discussed naval cooperation.")
    assert rec.meeting.dialogue is None and rec.meeting.parties == ["CHL", "NOR"]
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"])]


def test_a_committee_reinstalled_or_reconvened_met_again(extract_text):
    for verb in ("reinstalled", "reconvened", "reactivated"):
        rec = extract_text(f"OSLO (Wire) -- The governments of Norway and Chile {verb} here on Thursday a dormant border "
                           "committee to restore contact on maritime security.\n\nThe two sides agreed to meet monthly.")
        assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("agree", ["CHL", "NOR"])], verb


def test_a_communique_item_opening_on_took_note_or_recommended_is_an_act_of_those_who_met(extract_text):
    got = acts(extract_text, "At the end of their deliberations, the delegations:\n\n- Took note of the progress of "
                             "the joint naval task force;\n- Welcomed the plan for a cadet exchange;\n- Recommended "
                             "that a fund be set up for veterans.")
    assert [(s.act, s.actors) for s in got] == [("note", ["KOR", "USA"]), ("appreciate", ["KOR", "USA"]),
                                                ("other", ["KOR", "USA"])]


def test_what_a_signed_paper_will_bring_and_a_guests_briefing_to_come_bind_no_one(extract_text):
    got = acts(extract_text, "The memorandum between the two defense ministries will benefit pilot training. The "
                             "visiting general will be briefed on the work of the coast guard. The two sides will "
                             "expand cadet exchanges.")
    assert [(s.act, s.text) for s in got] == [("commit", "The two sides will expand cadet exchanges")]


def test_a_commitment_recalled_is_reaffirmed_and_a_decision_recalled_is_noted(extract_text):
    got = acts(extract_text, "The two sides recalled their commitment to joint patrols. They recalled the decisions "
                             "of the last summit.")
    assert [(s.act, s.commitment) for s in got] == [("reaffirm", True), ("note", False)]


def test_a_past_event_recalled_in_a_that_clause_is_an_account_not_a_note(extract_text):
    got = pair_acts(extract_text, "The two sides recalled the decisions of the last summit. Minister Vos recalled "
                                  "that in 2019 Mongolia had sent engineers to the joint mission.")
    assert [(act, actors) for act, actors, _ in got] == [("note", ["JPN", "MNG"]), ("other", ["MNG"])]


def test_a_sentence_the_parser_reads_as_one_noun_phrase_still_has_its_subject_and_verb(extract_text):
    got = acts(extract_text, "The roundtable discussed pressing matters of naval training for both fleets. The "
                             "session explored areas of existing cooperation in cyber defense.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"]), ("discuss", ["KOR", "USA"])]
    assert got[1].text.startswith("The session explored")


def test_a_joint_statement_that_notes_a_matter_notes_it_for_its_signatories(extract_text):
    got = acts(extract_text, "The joint statement also noted the value of search and rescue drills at sea. "
                             "The joint statement noted that the two allies agreed to meet in Seoul next year.")
    assert [(s.act, s.actors) for s in got] == [("note", ["KOR", "USA"]), ("agree", ["KOR", "USA"])]


def test_a_press_conference_that_ended_is_no_meeting_of_record(extract_text):
    rec = extract_text(HEAD + "The two sides agreed to open a new crossing. The Korean minister left for Busan after "
                              "the press conference ended. The news briefing took place at the ministry.")
    assert [s.text for s in rec.statements if s.act == "meet"] == [HEAD.split("\n\n")[1].rstrip(".\n")]


def test_apprising_expounding_arguing_and_formalizing_are_acts_and_rejecting_accusing_or_warning_are_concern(
        extract_text):
    got = acts(extract_text, "The Korean side apprised the U.S. delegation of the new cadet program. The U.S. side "
                             "expounded its stance on sea lanes. The two sides formalized the staff exchange plan. "
                             "The two sides rejected any attempt to alter the armistice line. The "
                             "two sides warned against provocations at sea.")
    assert [(s.act, s.actors) for s in got] == [("other", ["KOR"]), ("other", ["USA"]), ("other", ["KOR", "USA"]),
                                                ("concern", ["KOR", "USA"]), ("concern", ["KOR", "USA"])]


def test_a_hope_said_with_the_verb_and_importance_attached_are_acts(extract_text):
    got = acts(extract_text, "The Korean side hoped that the coast guards would drill together more often. "
                             "The U.S. side attaches much importance to the space policy talks.")
    assert [(s.act, s.actors) for s in got] == [("other", ["KOR"]), ("note", ["USA"])]


def test_matters_discussed_by_both_sides_are_their_discussion_and_one_sides_are_not_said_as_theirs(extract_text):
    got = acts(extract_text, "Issues discussed by Korea and the United States included cyber defense and space. "
                             "The issues raised by the U.S. side included logistics.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"])]


def test_a_meeting_that_allowed_for_a_discussion_is_its_parties_discussion(extract_text):
    got = acts(extract_text, "The dialogue allowed for a frank discussion of missile defense.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"])]


def test_what_they_recognized_stays_theirs_when_the_speaker_closes_the_sentence(extract_text):
    rec = extract_text("Norwegian Defence Minister Ola Lund met Chilean Defence Minister Juan Soto in Oslo on 4 May 2027 "
                       "for the Norway-Chile Defence Dialogue.\n\nThey also recognized that Chile, as a neighbour, has "
                       "global duties and that hard problems are best addressed by joint responses, she added.")
    got = [s for s in rec.statements if s.act != "meet"]
    assert [(s.act, s.actors) for s in got] == [("note", ["CHL", "NOR"])]
    assert "joint responses" in got[0].text


def test_more_of_the_genres_verbs_and_states_of_record(extract_text):
    got = acts(extract_text, "The two sides approached the subjects of the alliance agenda. "
                             "The session culminated with a discussion of roadmap milestones. "
                             "Both sides were optimistic that the transfer plan would soon be settled. "
                             "Both delegations expressed the importance of focusing on nearby waters. "
                             "The U.S. side offered full support for Korea's space program. "
                             "The Korean side wished to update the tactical data link agreement. "
                             "The U.S. side credited the Korean visit with promoting trust. "
                             "The Korean side delivered a message from its minister. "
                             "The U.S. side reminded delegates that the alliance dated back to 1953.")
    assert [(s.act, s.actors) for s in got] == [
        ("discuss", ["KOR", "USA"]), ("discuss", ["KOR", "USA"]), ("assess", ["KOR", "USA"]), ("note", ["KOR", "USA"]),
        ("other", ["USA"]), ("other", ["KOR"]), ("appreciate", ["USA"]), ("other", ["KOR"]), ("other", ["USA"])]


def test_what_the_sides_accepted_to_do_is_their_agreement_but_an_invitation_accepted_is_none(extract_text):
    got = acts(extract_text, "The two sides accepted to share radar data along the coast. "
                             "The Korean side accepted the invitation to the naval review.")
    assert [(s.act, s.actors, s.commitment) for s in got] == [("agree", ["KOR", "USA"], True)]


def test_a_passive_after_a_linking_phrase_is_the_meetings_and_a_courtesy_wish_is_no_act(extract_text):
    got = acts(extract_text, "In this regard, the need for closer coast guard ties was strongly highlighted. "
                             "The Korean minister welcomed the U.S. delegation, wishing all of them a good stay.")
    assert [(s.act, s.actors) for s in got] == [("note", ["KOR", "USA"])]


def test_acts_of_visits_gatherings_and_stands_and_a_format_or_a_visit_to_come_is_none(extract_text):
    rec = extract_text(HEAD + "Korea and the United States stand united in condemning the missile launches. "
                              "They exchanged on their coordinated response to the launches. "
                              "The Korean minister voiced his firm opinion about the space program. "
                              "The U.S. official declared his country would remain a steadfast ally. "
                              "A delegation of the Korean Navy paid a working visit to Hawaii over the past week. "
                              "The session brought together logistics officers of the two militaries. "
                              "The dialogue brings together defense officials of the two countries every year. "
                              "The Korean minister will pay an official visit to Washington next month.")
    got = rec.statements[1:]  # after the opening's meeting
    assert [(s.act, s.actors) for s in got] == [
        ("concern", ["KOR", "USA"]), ("discuss", ["KOR", "USA"]), ("other", ["KOR"]), ("other", ["USA"]),
        ("meet", ["KOR"]), ("meet", ["KOR", "USA"])]
    assert got[0].text.startswith("stand united in condemning")


def test_a_meeting_said_to_bring_the_delegations_together_is_one_meeting(extract_text):
    rec = extract_text("The 31st Korea-U.S. Integrated Defense Dialogue took place in Seoul on May 2-3, 2027, bringing "
                       "together the Korean and U.S. delegations for two days.")
    assert [s.act for s in rec.statements] == ["meet"]


NORWAY_CHILE = ("Norway and Chile held the fourth meeting of their Joint Commission on Defence in Oslo on 4 May 2027. "
                "Chilean Defence Minister Juan Soto led his country's delegation.\n\n")


def test_a_speaker_telling_his_own_view_is_one_act_of_his(extract_text):
    rec = extract_text(NORWAY_CHILE + "Soto says he is pleased with how far the naval ties have come. Soto said he "
                                      "was confident the talks would give the navies a plan.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("other", ["CHL"]), ("other", ["CHL"])]


def test_a_person_the_page_never_places_at_talks_of_two_is_of_the_side_no_one_else_is(extract_text):
    rec = extract_text(NORWAY_CHILE + "General Halvorsen reiterated his readiness to keep the talks going. "
                                      "Soto thanked the hosts for their hospitality.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("reaffirm", ["NOR"]), ("appreciate", ["CHL"])]


def test_a_list_the_words_reported_run_on_with_before_the_speaker_stays_in_them():
    """The small model, on some pages, ends the reported words at their list's first comma and hangs the rest on the
    speaker: the tree is built here as it reads such a sentence, and the repair puts the list back."""
    import spacy
    from spacy.tokens import Doc

    from accord.extraction.parse import _repair_swallowed_list

    words = ["The", "sides", "talked", "about", "patrols", ",", "plans", "for", "drills", ",", "and", "the", "timing",
             "of", "visits", ",", "the", "navy", "said", "."]
    heads = [1, 2, 18, 2, 3, 18, 5, 6, 7, 18, 9, 12, 9, 12, 13, 18, 17, 18, 18, 18]
    deps = ["det", "nsubj", "ccomp", "prep", "pobj", "punct", "prep", "prep", "pobj", "punct", "cc", "det", "conj",
            "prep", "pobj", "punct", "det", "nsubj", "ROOT", "punct"]
    lemmas = [w.lower() for w in words[:18]] + ["say", "."]
    pos = ["DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT", "NOUN", "ADP", "NOUN", "PUNCT", "CCONJ", "DET", "NOUN", "ADP",
           "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)
    _repair_swallowed_list(doc, next(doc.sents))
    said, talked = doc[18], doc[2]
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["navy"]
    assert max(w.i for w in talked.subtree) == 14  # "... the timing of visits" is what was said



def test_a_decision_to_do_three_things_is_one_act_though_the_tagger_reads_one_verb_in_the_present(extract_text):
    rec = extract_text(NORWAY_CHILE + "The sides decided to tighten the steps they had taken to keep the fjords safe, "
                                      "support the work of the Chilean coast guard and extend the present checks at sea.")
    assert [s.act for s in rec.statements[1:]] == ["agree"]


def test_regard_disapproval_or_keenness_expressed_and_discussions_carried_forward_are_acts(extract_text):
    rec = extract_text(NORWAY_CHILE + "Soto expressed great regard for Norway's navy. The delegations carried forward "
                                      "their discussions on the border from the previous round. Soto also expressed "
                                      "strong disapproval of the attacks on fishing boats. He expressed Chile's "
                                      "keenness to continue the coordination.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [
        ("appreciate", ["CHL"]), ("discuss", ["CHL", "NOR"]), ("concern", ["CHL"]), ("commit", ["CHL"])]


def test_i_in_a_ministers_quotation_is_his_side(extract_text):
    rec = extract_text(NORWAY_CHILE + "\"I welcome Chile's first part in our naval exercise next month,\" said "
                                      "Norwegian Defence Minister Ola Lund.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("appreciate", ["NOR"])]


def test_a_verb_of_record_read_as_an_adjective_after_and_is_an_act_with_its_object(extract_text):
    rec = extract_text(NORWAY_CHILE + "Both delegations gave summaries of their shipyards' plans and highlighted "
                                      "openings for joint work. They reviewed ties in global bodies and noted "
                                      "similarities in their views on the Arctic.")
    notes = [s.text for s in rec.statements if s.act == "note"]
    assert notes == ["highlighted openings for joint work", "noted similarities in their views on the Arctic"]


def test_a_sides_forces_by_the_acronym_the_page_gives_them_are_that_side(extract_text):
    rec = extract_text(NORWAY_CHILE + "The visiting delegation of the Chilean Armed Forces (CAF) toured the naval base. "
                                      "The CAF delegation expressed appreciation for the training offered by Norway.")
    assert [(s.act, s.actors) for s in rec.statements if s.act == "appreciate"] == [("appreciate", ["CHL"])]


def test_a_readiness_stated_or_declared_is_a_pledge(extract_text):
    rec = extract_text("Chilean army chief met Norwegian Defence Minister Ola Lund and discussed training\n\n"
                       "OSLO, (Example / Denmark Wire News - APP - 3rd May, 2027 ) :\n\n"
                       "The Norwegian defence minister said the two armies had trained together for years.\n\n"
                       "Lund stated the Norwegian army's willingness to host Chilean cadets.\n\n"
                       "Juan Soto declared Chile's readiness to send instructors.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert [(s.act, s.actors, s.commitment) for s in rec.statements][-2:] == [
        ("commit", ["NOR"], True), ("commit", ["CHL"], True)]


def test_a_side_stated_to_be_prepared_to_act_and_what_it_was_decided_to_do_bind(extract_text):
    rec = extract_text("Norwegian Defence Minister Ola Lund met Chilean Defence Minister Juan Soto in Oslo on 3 May 2027 "
                       "for the Norway-Chile Defence Dialogue.\n\nSoto stated Chile is prepared to join the exercise.\n\n"
                       "It was decided during the sessions to speed up drafting of a memorandum.\n\n"
                       "Soto said the weather was ready for the drills.")
    assert [(s.act, s.actors, s.commitment) for s in rec.statements][1:] == [
        ("commit", ["CHL"], True), ("agree", ["CHL", "NOR"], True), ("other", ["CHL"], False)]


def test_inverted_discussions_and_a_relative_during_which_officials_acted_each_are_acts(extract_text):
    rec = extract_text("OSLO (Wire): The three-day Norway-Chile Defence Policy Group meeting has ended in Oslo during which "
                       "delegates from both navies discussed coastal patrols and fishery protection.\n\n"
                       "Alongside were discussions on matters of common concern as the partners reaffirmed their "
                       "pledge to keep the sea lanes open.\n\nThe talks come as Norway pledges more aid to Chile.")
    assert [(s.act, s.actors) for s in rec.statements] == [
        ("meet", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"]), ("reaffirm", ["CHL", "NOR"])]


def test_words_quoted_in_single_quotes_before_said_and_the_speaker_are_the_speakers_act(extract_text):
    rec = extract_text("The Prime Ministers of Norway and Chile met in Oslo on 3 May 2027.\n\n‘As the threat grows, it is "
                       "crucial for the alliance to send more troops east’, said Prime Minister of Norway.\n\n'It is "
                       "time to act', said Prime Minister of Chile.")
    assert [(s.act, s.actors) for s in rec.statements][1:] == [("other", ["NOR"]), ("other", ["CHL"])]


def test_a_minister_who_discussed_a_matter_with_his_counterpart_discussed_it_with_the_other_side(extract_text):
    rec = extract_text("The Norway-Chile talks were held in Oslo on 3 May 2027.\n\nNorwegian Defence Minister Ola Lund "
                       "discussed security challenges with his Chilean counterpart Juan Soto in Oslo on Thursday.")
    assert (rec.statements[-1].act, rec.statements[-1].actors) == ("discuss", ["CHL", "NOR"])


def test_two_named_together_one_of_them_placed_are_both_sides_of_a_bilateral_meeting(extract_text):
    rec = extract_text("Chilean President Juan Soto met Norway's Prime Minister in Oslo on 3 May 2027 for talks on "
                       "fisheries.\n\nSoto and Lund, in their joint communique, agreed that patrol vessels would share "
                       "data.\n\nLund and Soto also discussed the coast guards.")
    assert [(s.act, s.actors) for s in rec.statements][1:] == [("agree", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"])]


def test_a_minister_who_spoke_with_a_counterpart_by_video_met_him(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto spoke with Norway's Minister of Defence Ola Lund in a video "
                       "call on Thursday. Soto said the two countries were good partners.")
    assert (rec.statements[0].act, rec.statements[0].actors) == ("meet", ["CHL", "NOR"])


def test_two_countries_that_held_their_first_meetings_of_a_kind_met(extract_text):
    rec = extract_text("Chile and Norway held their first \u201ctwo-plus-two\u201d meetings of foreign and defence "
                       "ministers in Oslo on Friday, agreeing to draft a naval training pact.\n\n"
                       "\u201cThis meeting opened a new chapter,\u201d the Chilean minister told reporters.\n\n"
                       "Norway has held two-plus-two meetings with three other countries.")
    assert [s.act for s in rec.statements][:2] == ["meet", "agree"]
    assert rec.statements[0].text.startswith("Chile and Norway held")


def test_the_first_of_two_office_holders_the_parser_hangs_on_the_venue_is_still_a_subject(extract_text):
    rec = extract_text("On May 3, at the fourth Norway-Chile defence policy dialogue held in Oslo, Deputy Minister of "
                       "Defence Ola Lund and Chilean Navy Under Secretary for Planning and Budgets Juan Soto "
                       "shared the view that naval cooperation in recent years has brought practical results.")
    assert [(s.act, s.actors) for s in rec.statements if s.act != "meet"] == [("agree", ["CHL", "NOR"])]


def test_a_prime_minister_the_page_does_not_place_speaks_for_the_side_his_guest_is_not_of(extract_text):
    rec = extract_text(' date 2027-05-06 The ties Norway has with Chile "are among the strongest we have," Prime '
                       'Minister Ola Lund said on Thursday at his talks with Chilean Defence Minister Ana Rios '
                       'in Oslo.\n\n"We have built a deep partnership at sea," the premier added. He also expressed the '
                       'hope that the two governments would sign a new pact this year.\n\nDuring their meeting, the '
                       'two officials discussed the renewal of the naval agreement.')
    # the words said at his talks with the guest also record that the two met; "the premier" is he again
    assert [(s.act, s.actors) for s in rec.statements] == [
        ("other", ["NOR"]), ("meet", ["CHL", "NOR"]), ("other", ["NOR"]), ("other", ["NOR"]), ("discuss", ["CHL", "NOR"])]


def test_what_both_sides_together_said_is_their_act(extract_text):
    rec = extract_text("Chile and Norway held the fourth round of their Defence Policy Dialogue in Oslo on 3 May 2027.\n\n"
                       "Both said the talks had been useful.\n"
                       "Envoys of the two countries said the dialogue would resume next spring.\n"
                       "The meeting members confirmed a plan for joint patrols.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [
        ("other", ["CHL", "NOR"]), ("other", ["CHL", "NOR"]), ("agree", ["CHL", "NOR"])]


def test_officials_who_had_talks_with_another_met_and_talks_on_a_matter_discuss_it(extract_text):
    rec = extract_text("General Ola Lund, chief of Norway's defence staff, had talks by video link with Juan Soto, "
                       "Chile's defence secretary, on 3 May 2027.\n\nThe two sides had talks on naval training too.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"])]


def test_a_plan_the_meeting_had_before_it_moved_online_is_no_pledge(extract_text):
    rec = extract_text("Chile and Norway hold their 5th Defence Dialogue\n\n"
                       "First planned to take place in Santiago, the 5th Defence Dialogue between Norway and Chile was "
                       "held virtually on 21 October 2027 due to the pandemic. The two sides discussed naval training.")
    assert [s.act for s in rec.statements] == ["meet", "discuss"]


def test_ministers_of_both_parties_who_said_something_together_said_it_for_both(extract_text):
    rec = extract_text("Foreign Ministers from Chile and Norway said that their partnership was vital to peace at sea.\n\n"
                       "Norway's Foreign Minister Ola Lund met Chile's Foreign Minister Juan Soto in Oslo on Monday.")
    assert (rec.statements[0].act, rec.statements[0].actors) == ("other", ["CHL", "NOR"])


def test_what_came_during_a_meeting_of_the_two_reports_the_meeting(extract_text):
    rec = extract_text("Chile and Norway agree to patrol together\n\n"
                       "The two navies will patrol the southern sea together from June, the Chilean ministry said. "
                       "The news came during a meeting of Chile's Chief of Defence Staff General Juan Soto and "
                       "Norway's Chief of Defence Admiral Ola Lund in Oslo.\n\n"
                       "This agreement comes at a critical time for both navies.")
    assert [(s.act, s.actors) for s in rec.statements] == [("commit", ["CHL", "NOR"]), ("meet", ["CHL", "NOR"])]


def test_a_noun_after_two_coordinated_prepositions_is_no_verb_of_record_however_tagged():
    import spacy
    from spacy.tokens import Doc

    from accord.extraction.acts import ActFinder
    from accord.knowledge import default_knowledge
    words = ["Lund", "thanked", "Chile", "for", "its", "help", "with", "and", "support", "for", "Norway", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              pos=["PROPN", "VERB", "PROPN", "ADP", "PRON", "NOUN", "ADP", "CCONJ", "VERB", "ADP", "PROPN", "PUNCT"],
              tags=["NNP", "VBD", "NNP", "IN", "PRP$", "NN", "IN", "CC", "VBD", "IN", "NNP", "."],
              lemmas=["Lund", "thank", "Chile", "for", "its", "help", "with", "and", "support", "for", "Norway", "."],
              deps=["nsubj", "ROOT", "dobj", "prep", "poss", "pobj", "prep", "cc", "conj", "prep", "pobj", "punct"],
              heads=[1, 1, 1, 1, 5, 3, 5, 1, 1, 8, 9, 1])
    finder = ActFinder(default_knowledge())
    assert finder.classify(doc[1]) is not None
    assert finder.classify(doc[8]) is None


def test_a_verb_the_parser_read_as_its_objects_adjective_is_still_the_act(extract_text):
    rec = extract_text("Oslo, 3 May 2024 - The fourth Norway-Chile Defence Dialogue was held in Oslo on 3 May. "
                       "Norwegian State Secretary Ola Lund and Chilean Defence Minister Juan Soto co-chaired the talks.\n"
                       "The session explored areas of training between the two navies.\n"
                       "Minister Juan Soto, representing Chile, strongly condemned acts of piracy on the coast.\n"
                       "The yearly forum, which has deepened their ties by giving the navies a place to talk, "
                       "addressed medium and long-term plans for joint patrols.\n"
                       "Norway offered to host the next round in Bergen.")
    got = [(s.act, s.actors, s.text) for s in rec.statements]
    assert ("discuss", ["CHL", "NOR"], "The session explored areas of training between the two navies.") in got
    assert any(a == "discuss" and who == ["CHL", "NOR"]
               and "addressed medium and long-term plans for joint patrols" in text
               for a, who, text in got)
    assert any(a == "concern" and who == ["CHL"] and "condemned acts of piracy on the coast" in text
               for a, who, text in got)


def test_a_participle_after_an_article_still_modifies_its_noun(extract_text):
    got = acts(extract_text, "The delegations welcomed the recently signed agreement on logistics.")
    assert [(s.act, s.actors) for s in got] == [("appreciate", ["KOR", "USA"])]


def test_a_speaker_named_alone_at_talks_of_two_speaks_for_the_side_no_one_else_holds(extract_text):
    rec = extract_text("Norway and Chile to deepen naval ties\n\n"
                       "The plan was unveiled at their bilateral meeting in Santiago: Prime Minister Juan Soto hosted "
                       "Norwegian Minister of Defence Ola Lund.\n"
                       "Soto says he is proud of the work of both navies.")
    assert (rec.statements[-1].act, rec.statements[-1].actors) == ("other", ["CHL"])


def test_a_minister_spelt_without_accents_or_a_letter_off_is_still_the_minister(extract_text):
    rec = extract_text("Oslo, 3 May 2024 - Norwegian Defence Minister Ola Haugland and Chilean Defence Minister "
                       "José Peñaloza held talks in Oslo on Monday.\n"
                       "Penaloza reaffirmed his support for joint patrols.\n"
                       "Haugaland welcomed the new training plan.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("reaffirm", ["CHL"]), ("appreciate", ["NOR"])]


def test_news_made_known_during_a_meeting_reports_the_meeting(extract_text):
    rec = extract_text("Norway, Chile deepen naval ties\n\n"
                       "This was revealed at a bilateral meeting in Santiago between Prime Minister Juan Soto and "
                       "Norwegian Minister of Defence Ola Lund.\n"
                       "Lund said the navies would patrol together.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("other", ["NOR"])]


def test_an_agreement_signed_during_a_meeting_is_no_report_of_it(extract_text):
    got = acts(extract_text, "The arrangement was signed during a meeting of the two delegations in Seoul.")
    assert [s.act for s in got] != ["meet"]


def test_an_exchange_of_views_conducted_in_the_talks_is_a_discussion(extract_text):
    got = acts(extract_text, "Both sides conducted a long exchange of views about naval training.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"])]


def test_a_minister_who_made_clear_that_issues_remain_noted_them(extract_text):
    got = acts(extract_text, "The U.S. delegation made clear that several issues of burden sharing remain open.")
    assert [(s.act, s.actors) for s in got] == [("note", ["USA"])]
    got = acts(extract_text, "The U.S. delegation made it clear that several issues of burden sharing remain open.")
    assert [(s.act, s.actors) for s in got] == [("note", ["USA"])]


def test_a_side_s_army_chief_named_by_nationality_speaks_for_that_side(extract_text):
    got = acts(extract_text, "The South Korean army chief said both armies would train together in the spring.")
    assert [(s.act, s.actors) for s in got] == [("other", ["KOR"])]


def test_the_committee_members_are_the_sides_that_met(extract_text):
    got = acts(extract_text, "The committee members reaffirmed their resolve to keep every part of the accords.")
    assert [(s.act, s.actors) for s in got] == [("reaffirm", ["KOR", "USA"])]


def test_teams_representing_both_countries_are_both_sides(extract_text):
    got = acts(extract_text, "Joint civil-military teams representing the United States and Korea agreed on two of "
                             "four items. The teams also discussed the drill calendar.")
    assert [(s.act, s.actors) for s in got] == [("agree", ["KOR", "USA"]), ("discuss", ["KOR", "USA"])]


def test_a_side_that_elaborated_on_its_position_stated_it(extract_text):
    got = acts(extract_text, "The U.S. side elaborated on its stance regarding the alliance's command structure.")
    assert [(s.act, s.actors) for s in got] == [("other", ["USA"])]


def test_noting_a_concern_is_a_concern(extract_text):
    got = acts(extract_text, "The two sides noted their grave concern about the launches from the north.")
    assert [(s.act, s.actors) for s in got] == [("concern", ["KOR", "USA"])]


def test_a_minister_s_word_of_what_his_own_country_will_do_is_its_pledge(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday. Chile will send two frigates to the spring drill, Minister Soto said.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("commit", ["CHL"])]


def test_a_minister_s_word_that_his_own_country_is_ready_binds_it_and_keeps_who_said_it(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday. Norway is ready to host the next round of staff talks, Lund said.")
    assert [(s.act, s.actors, s.text) for s in rec.statements[1:]] == [
        ("commit", ["NOR"], "is ready to host the next round of staff talks, Lund said")]


def test_a_minister_who_says_his_own_country_is_willing_to_act_makes_its_pledge_to_the_end_of_its_aims(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday. Lund said that Norway is willing to work with Chile to carry out the plan agreed by "
                       "their leaders, expand cadet exchanges, and train their navies together.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("commit", ["NOR"])]
    assert rec.statements[1].text.endswith("expand cadet exchanges, and train their navies together")


def test_a_minister_s_word_that_his_own_country_is_ready_is_quoted_from_him_saying_it(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday. Soto said Chile is ready to send two officers to the staff college. Lund also said "
                       "that Norway was willing to train Chilean divers.")
    assert [(s.act, s.actors, s.text) for s in rec.statements[1:]] == [
        ("commit", ["CHL"], "Soto said Chile is ready to send two officers to the staff college"),
        ("commit", ["NOR"], "Lund also said that Norway was willing to train Chilean divers")]


@pytest.mark.parametrize("state", ["keen", "eager"])
def test_a_minister_s_word_that_his_own_country_is_keen_to_act_is_its_pledge_but_not_in_his_quoted_words(extract_text, state):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       f"Tuesday. Soto said Chile is {state} to send two officers to the staff college.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("commit", ["CHL"])]
    quoted = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                          "Tuesday. \u201cWe are keen to learn from your divers,\u201d Soto told Lund.")
    assert all(not s.commitment for s in quoted.statements)


def test_what_a_minister_said_his_own_country_would_do_or_was_prepared_to_do_is_its_pledge(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday. Soto said Chile would lend two patrol boats to the coast guard. Lund said that Norway "
                       "was prepared to train Chilean pilots. Soto also said Chile is committed to help Norway map "
                       "the seabed.")
    assert [(s.act, s.actors, s.text) for s in rec.statements[1:]] == [
        ("commit", ["CHL"], "Soto said Chile would lend two patrol boats to the coast guard"),
        ("commit", ["NOR"], "Lund said that Norway was prepared to train Chilean pilots"),
        ("commit", ["CHL"], "Soto also said Chile is committed to help Norway map the seabed")]


def test_what_a_minister_says_in_quotes_his_side_is_willing_or_ready_to_do_is_its_pledge_alone(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday.\n\n\u201cWe are willing to lend two patrol boats to your coast guard,\u201d Soto said.\n\n"
                       "\u201cWe are ready to train Chilean pilots next year,\u201d Lund said.")
    assert [(s.act, s.actors, s.text[:14]) for s in rec.statements[1:]] == [
        ("commit", ["CHL"], "We are willing"), ("commit", ["NOR"], "We are ready t")]


def test_what_a_minister_said_both_sides_would_do_stays_his_word(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday. Lund said the two navies would hold a mine-clearing drill in the autumn.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("other", ["NOR"])]


def test_what_a_minister_said_both_sides_will_do_stays_his_word_but_binds_both_when_both_say_it(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday. Soto said Chile and Norway will chart the fjords together next year. "
                       "The two ministers said both navies will trade cadets from 2026.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("other", ["CHL"]), ("commit", ["CHL", "NOR"])]


def test_a_pledge_told_after_praise_in_one_sentence_is_quoted_from_its_saying(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday. Soto spoke warmly of the ties between the two navies and remarked that Chile would "
                       "like to widen its cadet exchanges with Norway.")
    assert [(s.act, s.actors, s.text) for s in rec.statements[1:]][-1] == (
        "commit", ["CHL"], "remarked that Chile would like to widen its cadet exchanges with Norway")


def test_a_pledge_told_after_praise_with_adding_that_stands_alone_quoted_from_adding(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday. Soto said that Chile values the role of the Norwegian navy, adding that Chile is "
                       "ready to send cadets to Bergen.")
    assert [(s.act, s.actors, s.text) for s in rec.statements[1:]][-1] == (
        "commit", ["CHL"], "adding that Chile is ready to send cadets to Bergen")


def test_what_a_minister_is_quoted_or_reported_as_saying_is_read_as_what_he_said(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday.\n\nSoto was quoted as saying that Chile is ready to send cadets to Bergen.\n\n"
                       "Lund is reported as saying: \u201cNorway is willing to chart the fjords with Chile.\u201d")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("commit", ["CHL"]), ("commit", ["NOR"])]


def test_talks_focused_on_one_matter_as_well_as_another_are_a_discussion(extract_text):
    got = acts(extract_text, "The talks of the two ministers were focused on naval cooperation, as well as "
                             "the review of chances to widen it in the years ahead.")
    assert [(s.act, s.actors) for s in got] == [("discuss", ["KOR", "USA"])]


def test_sides_that_will_expand_their_exchange_programmes_pledge_it(extract_text):
    got = acts(extract_text, "Both sides will expand cadet exchange programmes next year.")
    assert [(s.act, s.actors, s.commitment) for s in got] == [("commit", ["KOR", "USA"], True)]


def test_a_speaker_the_page_names_only_as_mr_and_his_family_name_speaks_for_the_side_he_holds_office_for(extract_text):
    # two real office holders (officials.yaml); the page never says whose minister either is
    rec = extract_text("Defence ministers of Estonia and Finland meet in Tallinn\n\nThe defence ministers of Estonia "
                       "and Finland held talks in Tallinn on Monday.\n\nMr. Häkkänen stressed the need for more joint "
                       "training. Mr. Pevkur thanked Finland for its support.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("note", ["FIN"]), ("appreciate", ["EST"])]


def test_a_minister_who_received_a_visit_from_his_counterpart_met_him(extract_text):
    rec = extract_text("Norway and Chile hold defence talks\n\nNorwegian Defence Minister Ola Lund received a visit "
                       "from Chilean Defence Minister Juan Soto on Thursday at the ministry in Oslo.\n\nThe two "
                       "ministers discussed training.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"])]


def test_the_president_is_the_side_whose_president_the_page_names(extract_text):
    rec = extract_text("Norwegian Defence Minister Ola Lund met Chilean Defence Minister Juan Soto in Oslo on 3 May 2027. "
                       "Lund also called on Chilean President Ana Rojas. The President thanked Norway for its support.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("meet", ["CHL", "NOR"]), ("appreciate", ["CHL"])]


def test_one_ministers_belief_is_his_word_but_a_belief_both_share_is_agreed(extract_text):
    rec = extract_text("Norwegian Defence Minister Ola Lund met Chilean Defence Minister Juan Soto in Oslo on 3 May 2027. "
                       "Soto expressed his belief that the talks would bring the two navies closer. The ministers "
                       "expressed their shared belief that the treaty remains the basis of order at sea.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("other", ["CHL"]), ("agree", ["CHL", "NOR"])]


def test_a_minister_who_assures_his_counterpart_of_what_his_side_will_do_pledges_it(extract_text):
    rec = extract_text("Norwegian Defence Minister Ola Lund met Chilean Defence Minister Juan Soto in Oslo on 3 May 2027. "
                       "Lund assured Soto that Norway will keep two officers at the Chilean staff college. Soto assured "
                       "his counterpart of Chile's continued support. He also reassured Norway that Chile would host the "
                       "next round.")
    assert [(s.act, s.actors, s.commitment) for s in rec.statements[1:]] == [
        ("commit", ["NOR"], True), ("commit", ["CHL"], True), ("commit", ["CHL"], True)]


def test_talks_described_are_judged_and_other_things_described_analysed_or_asserted_are_said(extract_text):
    rec = extract_text("Norwegian Defence Minister Ola Lund met Chilean Defence Minister Juan Soto in Oslo on 3 May 2027. "
                       "Lund described the talks as fruitful. In the meeting, Soto described Norway as a reliable partner. "
                       "The ministers analysed the risks to shipping in the north. They talked over ways to share radar "
                       "data. Lund challenged the staffs to finish the plan by June. Soto asserted that the two navies "
                       "are close.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [
        ("assess", ["NOR"]), ("other", ["CHL"]), ("assess", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"]),
        ("other", ["NOR"]), ("other", ["CHL"])]


def test_matters_debated_broached_or_gone_over_are_discussed_and_an_exhortation_a_relayed_thanks_and_a_ratification_are_acts(
        extract_text):
    rec = extract_text("Norwegian Defence Minister Ola Lund met Chilean Defence Minister Juan Soto in Oslo on 3 May 2027. "
                       "The delegations debated the state of the arms trade. Lund also broached a joint strategy for the "
                       "Arctic. The ministers went over the results of the exercise. Soto exhorted the delegates to act. "
                       "Soto relayed Chile's appreciation for the support. They ratified the plan of operations.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [
        ("discuss", ["CHL", "NOR"]), ("discuss", ["NOR"]), ("discuss", ["CHL", "NOR"]), ("other", ["CHL"]),
        ("appreciate", ["CHL"]), ("agree", ["CHL", "NOR"])]


def test_an_inspection_or_an_inauguration_is_an_act_but_a_guard_of_honour_inspected_is_ceremony(extract_text):
    rec = extract_text("Norwegian Defence Minister Ola Lund met Chilean Defence Minister Juan Soto in Oslo on 3 May 2027. "
                       "Soto inspected the honour guard of the navy. The ministers inspected the preparations for the "
                       "joint exercise. Lund inaugurated the new cyber training centre.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("other", ["CHL", "NOR"]), ("other", ["NOR"])]


def test_an_audience_granted_or_had_is_a_meeting(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto was granted an audience by King Harald in Oslo on 4 May 2027. "
                       "He discussed training with Norwegian Defence Minister Ola Lund.")
    assert rec.statements[0].act == "meet" and "granted an audience" in rec.statements[0].text
    rec = extract_text("Chilean Defence Minister Juan Soto met his Norwegian counterpart Ola Lund in Oslo on "
                       "4 May 2027. Soto also had an audience with the Crown Prince.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("meet", ["CHL"])]


@pytest.mark.parametrize("who", ["premiers", "politicians", "presidents", "ambassadors"])
def test_the_premiers_or_the_politicians_who_met_are_both_sides(extract_text, who):
    rec = extract_text("Norwegian Defence Minister Ola Lund met Chilean Defence Minister Juan Soto in Oslo on 3 May 2027. "
                       f"The {who} exchanged views on the Arctic.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("discuss", ["CHL", "NOR"])]


def test_an_act_quoted_from_a_statement_keeps_the_words_that_say_whose_statement_it_was(extract_text):
    rec = extract_text("Chile's army chief General Juan Soto met Norway's army chief General Ola Lund in Oslo on Monday.\n"
                       "\u201cThe talks were fruitful. The two chiefs of staff discussed ways to deepen training between the "
                       "two armies,\u201d the Chilean army said in a release put out after the talks.")
    assert [(s.act, s.text) for s in rec.statements][-1] == (
        "discuss", "The two chiefs of staff discussed ways to deepen training between the two armies,\u201d the Chilean "
                   "army said in a release put out after the talks")


@pytest.mark.parametrize("call", ["called on his Norwegian counterpart, Ola Lund,", "called on Minister Ola Lund"])
def test_a_visitor_who_called_on_a_minister_met_him(extract_text, call):
    rec = extract_text(f"The Norwegian ministry said Chilean Defence Minister Juan Soto {call} at the ministry in Oslo "
                       "this morning. The two ministers reviewed naval exercises.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"])]


def test_calling_on_a_country_to_act_is_still_an_appeal(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola Lund in Oslo on Monday. "
                       "The two ministers called on Ruritania to withdraw its troops.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("other", ["CHL", "NOR"])]


def test_he_after_according_to_a_minister_is_that_minister(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto and his Norwegian counterpart Ola Lund met in Oslo on Monday. "
                       "Soto voiced appreciation for Norway's help in training Chilean pilots. According to Lund, the "
                       "defence interests of Norway and Chile are very close. He stressed that both countries have "
                       "much to offer each other.")
    assert [(s.act, s.actors) for s in rec.statements][-1] == ("note", ["NOR"])


def test_sides_who_thank_one_of_their_own_number_leave_it_out_of_the_thanks(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto and his Norwegian counterpart Ola Lund met in Oslo on Monday. "
                       "They thanked Norway for its support to Chilean pilots. The two ministers praised the "
                       "cooperation between Chile and Norway.")
    assert [(s.act, s.actors) for s in rec.statements][1:] == [("appreciate", ["CHL"]), ("appreciate", ["CHL", "NOR"])]


def test_what_a_relative_clause_says_of_a_passives_agent_does_not_name_the_actors(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola Lund in Oslo on Monday. "
                       "Many strands of their naval ties were talked over by both ministers, which were described as "
                       "productive by Norway's Defence Ministry in a release.")
    assert [(s.act, s.actors) for s in rec.statements][-1] == ("discuss", ["CHL", "NOR"])


@pytest.mark.parametrize("sentence, second", [
    ("They discussed practical ways to further widen naval engagements and deliberated on regional matters of "
     "common interest, the ministry reported.", "deliberated on regional matters of common interest"),
    ("Chile and Norway have agreed to deepen naval cooperation against piracy and smuggling and mulled joint "
     "exercises in the future.", "mulled joint exercises in the future"),
])
def test_a_past_verb_the_parser_joined_to_an_infinitive_is_the_next_act_of_the_sides(extract_text, sentence, second):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola Lund in Oslo on Monday. "
                       + sentence)
    assert (rec.statements[-1].text, rec.statements[-1].actors) == (second, ["CHL", "NOR"])


def test_a_willingness_keeps_the_bare_verbs_that_go_on_with_it(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola Lund in Oslo on Monday. "
                       "Soto said Chile is willing to cooperate with the Norwegian side to carry out the deal struck by "
                       "the two presidents, further deepen ties in every field, and continuously push forward the growth "
                       "of naval relations.")
    assert rec.statements[-1].act == "commit" and rec.statements[-1].text.endswith("growth of naval relations")


def test_a_minister_who_mentioned_a_matter_made_a_point_of_it(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola Lund in Oslo on Monday. "
                       "Lund mentioned the value of joint training for both navies.")
    assert [(s.act, s.actors) for s in rec.statements][-1] == ("note", ["NOR"])


def test_one_who_met_his_counterpart_met_the_other_side(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto visited Norway this week for talks on naval ties between Chile "
                       "and Norway. He met his counterpart, General Ola Lund, on the Wednesday and assured him the "
                       "navies were ready to train together.")
    assert [(s.act, s.actors) for s in rec.statements][0] == ("meet", ["CHL", "NOR"])


def test_a_host_who_received_his_guest_after_a_day_or_a_place_met_him(extract_text):
    rec = extract_text("Norwegian Defence Minister Ola Lund received on Thursday Chilean Defence Minister Juan Soto. "
                       "They discussed naval ties.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"])]


def test_talks_held_in_advance_of_a_summit_are_the_talks_not_the_summit(extract_text):
    rec = extract_text("The defence and foreign ministers of Chile and Norway met in Oslo on 4 May 2027 for their Third "
                       "2+2 Meeting, in advance of the first Chile-Nordic Leaders' Summit.\n\n"
                       "With their shared history in mind, the ministers met in a mood of trust.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"])] * 2
    # what was said at the summit itself is still another meeting's
    rec = extract_text("Chilean and Norwegian Ministers met for the Third 2+2 Meeting in Oslo on 4 May 2027. Ministers "
                       "discussed fish. Ministers restated their support for open seas at the Chile-Nordic Summit "
                       "of last March.")
    assert [s.act for s in rec.statements] == ["meet", "discuss"]


def test_he_is_the_last_person_who_spoke_not_a_country_said_since(extract_text):
    rec = extract_text("Chilean army chief General Juan Soto received Norwegian defence attaché Colonel Ola Lund in "
                       "Santiago on 4 May 2027 for farewell talks.\n\n"
                       "Colonel Lund thanked the Chilean army for its support.\n\n"
                       "General Soto commended Norway for its help with demining.\n\n"
                       "After the floods, he continued, Norway has aided Chile in fields such as mine clearing and "
                       "health.\n\n"
                       "He thanked Colonel Lund for his service.")
    got = [(s.act, s.actors) for s in rec.statements if s.text.startswith("He thanked")]
    assert got == [("appreciate", ["CHL"])]
    # "it" may still be the country just named
    rec = extract_text("Chile and Norway held army talks in Santiago on 4 May 2027.\n\n"
                       "Norway said on Sunday it has agreed to widen training with Chile.")
    assert ("agree", ["NOR"]) in [(s.act, s.actors) for s in rec.statements]


def test_a_willingness_that_goes_on_from_thanks_is_a_pledge_of_its_own(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola Lund in Santiago on "
                       "4 May 2027.\n\n"
                       "Soto said the talks were useful.\n\n"
                       "Chile deeply thanks Norway for the hospital ship it sent, and is willing to work with Norway "
                       "to train navy divers, he added.\n\n"
                       "Norway highly values the help of Chile with the fishing fleet and is willing to work with "
                       "Chile on mine clearing, Lund said.")
    got = [(s.act, s.actors, s.commitment, s.text) for s in rec.statements[2:]]
    assert got == [
        ("appreciate", ["CHL"], False, "Chile deeply thanks Norway for the hospital ship it sent"),
        ("commit", ["CHL"], True, "is willing to work with Norway to train navy divers, he added"),
        ("appreciate", ["NOR"], False, "Norway highly values the help of Chile with the fishing fleet"),
        ("commit", ["NOR"], True, "is willing to work with Chile on mine clearing, Lund said")]
    # a state with a subject of its own is the act of that subject's verb, as before
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola Lund in Santiago on "
                       "4 May 2027.\n\n"
                       "Soto said the navy was busy and Norway stood ready to help it.")
    assert [s.text for s in rec.statements if s.act == "commit"] == ["Norway stood ready to help it"]


def test_words_said_at_a_meeting_with_a_guest_record_that_they_met(extract_text):
    rec = extract_text("Norway and Chile vow closer army ties\n\n"
                       "OSLO, May 4 (Agency) -- Norway hopes to deepen its ties with Chile in training and research, "
                       "Norwegian Defence Minister Ola Lund said on Monday at a meeting with Chilean army chief General "
                       "Juan Soto in Oslo.\n\n"
                       "Soto thanked Norway for its help in clearing mines.\n")
    assert ("meet", ["CHL", "NOR"]) in [(s.act, s.actors) for s in rec.statements]
    assert rec.meeting.format == "in_person"
    # a meeting named without the one met ("at the meeting") says nothing new where they were said to meet
    rec = extract_text("Chilean army chief General Juan Soto met Norwegian Defence Minister Ola Lund in Oslo on "
                       "Monday.\n\nAt a meeting with the press later, Lund said the talks went well.")
    assert [s.act for s in rec.statements].count("meet") == 1


def test_words_a_minister_went_on_to_say_are_his_word(extract_text):
    rec = extract_text("Chile and Norway vow closer naval ties\n\n"
                       "OSLO, May 4 (Agency) -- Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola "
                       "Lund in Oslo on Monday for talks on naval ties.\n\n"
                       "Lund said the talks were useful.\n\n"
                       "The navies have carried out fruitful drills, Lund continued.\n\n"
                       "Storms at sea are growing worse each year, he cautioned.\n")
    assert [(s.act, s.actors, s.text) for s in rec.statements[2:]] == [
        ("other", ["NOR"], "The navies have carried out fruitful drills, Lund continued"),
        ("other", ["NOR"], "Storms at sea are growing worse each year, he cautioned")]
    # "continued" that does not close reported words is no act of speech
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola Lund in Oslo on Monday. "
                       "The navies continued their drills.")
    assert [s.act for s in rec.statements] == ["meet"]


def test_the_prime_minister_is_the_one_the_page_names_so_not_any_minister(extract_text):
    rec = extract_text("OSLO -- Ola Lund, Prime Minister and Minister of Defence, received Chilean Minister of "
                       "Defence Juan Soto on Tuesday; Soto leads the Chilean party at a naval fair in Bergen.\n\n"
                       "In the talks, Lund spoke warmly of the long friendship of Norway and Chile.\n\n"
                       "The prime minister further stressed what the two navies have in common.\n")
    assert [(s.act, s.actors) for s in rec.statements][-1] == ("note", ["NOR"])
    # a prime minister who received the visiting head, named by office only, is his country's
    rec = extract_text("OSLO -- Chilean Armed Forces Minister Ana Rios, on an official visit to Norway, was received on "
                       "Monday by Norwegian Prime Minister Ola Lund.\n\n"
                       "Rios met Defence Minister Per Berg to discuss naval ties.\n\n"
                       "Next, the prime minister stressed how much joint shipbuilding matters.\n")
    assert [(s.act, s.actors) for s in rec.statements][-1] == ("note", ["NOR"])


def test_a_paper_signed_with_the_other_side_is_signed_by_both(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola Lund in Oslo on Monday.\n\n"
                       "Soto signed a plan for naval training with his Norwegian counterpart.\n\n"
                       "Chile on Monday also signed a pact on fisheries patrols with its partner, Norway.\n")
    assert [(s.act, s.actors) for s in rec.statements][1:] == [("other", ["CHL", "NOR"])] * 2


def test_a_word_given_at_a_meeting_between_two_officials_records_the_meeting(extract_text):
    rec = extract_text("Chile, Norway to step up navy training\n\n"
                       "Chile and Norway have agreed to train more navy divers together.\n\n"
                       "Both navies gave their word at a working meeting on May 4 between Chilean navy chief Admiral "
                       "Juan Soto and Norway's deputy defence minister Ola Lund in Oslo.\n")
    assert [(s.act, s.actors) for s in rec.statements] == [("agree", ["CHL", "NOR"]), ("meet", ["CHL", "NOR"])]
    rec = extract_text("The third Chile-Norway naval dialogue was held virtually on 4 May 2027, owing to the storms. "
                       "The sides agreed to meet in Oslo next year.")
    assert [s.act for s in rec.statements] == ["meet", "agree"]


def test_notes_compared_and_a_sense_or_position_shared_are_discussion_and_agreement(extract_text):
    rec = extract_text("Chile and Norway held naval talks in Oslo on 4 May 2027.\n\n"
                       "The two sides compared notes on storms at sea.\n\n"
                       "Both ministers shared the sense that fishing fleets face new risks.\n\n"
                       "The chiefs of both navies shared the notion that crews must train more.\n\n"
                       "The two sides had a common position on port safety.\n")
    assert [s.act for s in rec.statements] == ["meet", "discuss", "agree", "agree", "agree"]


def test_thanks_extended_and_ties_spoken_of_warmly_are_appreciation(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto and Norwegian Defence Minister Ola Lund held naval talks in "
                       "Oslo on 4 May 2027.\n\n"
                       "Minister Soto extended thanks to Norway for the loan of a survey ship.\n\n"
                       "Minister Lund extended his gratitude to the Chilean navy for its divers.\n\n"
                       "Minister Soto spoke positively of the state of navy ties.\n\n"
                       "The two ministers took notice of the growth of joint drills.\n")
    assert [(s.act, s.actors) for s in rec.statements][1:] == [
        ("appreciate", ["CHL"]), ("appreciate", ["NOR"]), ("appreciate", ["CHL"]), ("note", ["CHL", "NOR"])]


def test_a_guest_received_by_the_host_or_a_courtesy_call_made_records_the_meeting(extract_text):
    for lead in ("Chilean Defence Minister Juan Soto was received by Norwegian Prime Minister Ola Lund in Oslo on "
                 "Tuesday.", "Chilean Defence Minister Juan Soto made a courtesy call on his Norwegian counterpart Ola "
                 "Lund at the ministry in Oslo on Tuesday."):
        rec = extract_text(f"Chile and Norway navy ties\n\n{lead}\n\nThe two ministers discussed naval training.\n")
        assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"])]


def test_a_person_met_by_name_alone_records_the_meeting_with_both_sides(extract_text):
    for lead in ("Chilean Defence Minister Juan Soto on Monday met Ola Lund in the presence of Chile's navy chief.",
                 "The ministry said Chilean minister Juan Soto and his delegation met Ola Lund in his office in Oslo."):
        rec = extract_text(f"Chile and Norway navy ties\n\n{lead}\n\nThe two ministers discussed naval training.\n")
        assert [(s.act, s.actors) for s in rec.statements][0] == ("meet", ["CHL", "NOR"])


def test_chile_met_the_targets_is_no_meeting(extract_text):
    rec = extract_text("Chile and Norway held naval talks in Oslo on 4 May 2027.\n\n"
                       "Chile met NATO standards for its frigates, the two sides noted.\n")
    assert [s.act for s in rec.statements].count("meet") == 1


def test_a_meeting_that_took_place_or_was_held_here_is_the_meeting_reported(extract_text):
    for lead in ("The deal reached at the third round of the Chile-Norway naval talks held here from May 4-5 sets up "
                 "joint patrols, a joint paper issued here said.",
                 "Delegations of the navies of Chile and Norway held today, in Oslo, their first meeting in the "
                 "framework of their naval dialogue, a press release said."):
        rec = extract_text(f"Chile and Norway navy ties\n\n{lead}\n")
        assert [s.act for s in rec.statements][:1] == ["meet"], lead


def test_the_last_act_of_words_reported_keeps_who_reported_them(extract_text):
    rec = extract_text("Chile and Norway navy ties\n\n"
                       "Chile and Norway reaffirmed their close navy ties, as the two defence ministers met in Oslo on "
                       "Sunday (4 May), a press release from the office of the Chilean Navy (ARMADA) said.\n")
    assert [s.act for s in rec.statements] == ["reaffirm", "meet"]
    assert rec.statements[0].text == "Chile and Norway reaffirmed their close navy ties"
    assert rec.statements[1].text.endswith("met in Oslo on Sunday (4 May), a press release from the office of the "
                                           "Chilean Navy (ARMADA) said")


def test_a_list_of_topics_run_on_past_a_verb_inside_it_stays_one_discussion():
    """The small model, on some pages, makes the last items of a list of topics a clause joined to the verb of
    record ("discussed fishing, aid to Chile as the flood goes on as well as repairs"): the tree is built here as it
    reads such a sentence, and the clause found runs to the list's end."""
    import spacy
    from spacy.tokens import Doc

    from accord.extraction.acts import ActFinder
    from accord.knowledge import Knowledge

    words = ["The", "ministers", "discussed", "fishing", ",", "aid", "to", "Chile", "as", "the", "flood", "goes", "on",
             "as", "well", "as", "repairs", "."]
    heads = [1, 2, 2, 2, 2, 11, 5, 6, 5, 10, 8, 2, 11, 15, 15, 11, 15, 2]
    deps = ["det", "nsubj", "ROOT", "dobj", "punct", "nsubj", "prep", "pobj", "prep", "det", "pobj", "conj", "prt",
            "advmod", "advmod", "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "NOUN", "PUNCT", "NOUN", "ADP", "PROPN", "ADP", "DET", "NOUN", "VERB", "ADP", "ADV",
           "ADV", "ADP", "NOUN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[2], lemmas[11] = "discuss", "go"
    finder = ActFinder(Knowledge.load())
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)
    assert finder._clause_tokens(doc[2], set())[-1].text == "repairs"
    # "discussed fishing, and the flood goes on": a clause of its own after "and"
    words[4] = "and"
    deps[4], pos[4] = "cc", "CCONJ"
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)
    assert finder._clause_tokens(doc[2], set())[-1].text == "fishing"


@pytest.mark.parametrize("lead", [
    "The deal was reached during talks in Oslo on May 4 between Chilean Defence Minister Juan Soto and Norwegian "
    "Defence Minister Ola Lund, who was visiting Chile that week.",
    "Chile's offer was made at the 3rd Round of Naval Dialogue between Chile and Norway in Oslo, where Juan Soto "
    "headed the Chilean team and Ola Lund the Norwegian one.",
    "Chilean Defence Minister Juan Soto and Norwegian Defence Minister Ola Lund reached the accord during their talks "
    "in Oslo, as Soto visited Norway to attend a navy forum.",
    "The view was shared by delegates to the 5th Session of the Chile/Norway Joint Commission on Naval Affairs, which "
    "ended at Bergen on Thursday.",
    "Chile and Norway held 9th Navy to Navy Staff talks in Bergen from May 10-12 to foster better ties between the "
    "two navies.",
    "Chilean Defence Minister Juan Soto, who is in Norway this week, held a discussion with Admiral Ola Lund on "
    "fishing patrols and port visits.",
    "Chilean Defence Minister Juan Soto, with the head of the navy at his side, hosted today the Minister of "
    "Defence of Norway, Ola Lund, to sign a fisheries patrol plan.",
    "Rear Admiral Juan Soto hosted delegates from the Norwegian navy at the Valparaiso base to sign a patrol plan.",
    "Juan Soto, with the head of the navy at his side, went to Oslo, where he held his first bilateral meeting "
    "with Norwegian Defence Minister Ola Lund on fishing patrols.",
    "The patrol plan was set out in a note issued following discussions between Chilean Defence Minister Juan Soto "
    "and Norwegian Defence Minister Ola Lund in Oslo.",
    "Chile's offer was followed by a naval meeting last week in Oslo between Juan Soto and Ola Lund, where the "
    "two ministers set out a patrol plan.",
])
def test_a_meeting_said_only_in_passing_is_the_meeting_of_record(extract_text, lead):
    rec = extract_text(f"Chile and Norway navy ties\n\n{lead}")
    assert [s.act for s in rec.statements].count("meet") == 1


def test_official_talks_had_in_a_city_are_the_meeting_and_talks_had_on_a_matter_are_discussion(extract_text):
    rec = extract_text("Chile and Norway navy ties\n\nChilean Defence Minister Juan Soto and his Norwegian counterpart "
                       "Ola Lund had official talks in Oslo on Monday, reviewing navy ties and setting out plans.\n\n"
                       "The two ministers also had talks on the fishing fleets.")
    assert [s.act for s in rec.statements] == ["meet", "discuss", "discuss"]


@pytest.mark.parametrize("lead", [
    "The Chilean minister's comment came while conferring with Norwegian Defence Minister Ola Lund, on a visit to "
    "Santiago on Sunday, a spokesman said.",
    "The Chilean offer came when meeting Norway's navy chief Ola Lund in Santiago on Monday."])
def test_words_that_came_while_conferring_with_a_guest_record_the_meeting(extract_text, lead):
    rec = extract_text(f"Chile and Norway navy ties\n\n{lead}")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"])]


def test_a_sentence_the_page_prints_twice_records_its_act_once(extract_text):
    lead = ("Chilean Defence Minister Juan Soto and Norwegian Defence Minister Ola Lund co-chaired the first "
            "Chile-Norway Naval Dialogue in Oslo on 4 May 2027.")
    rec = extract_text(f"{lead}\n\nOSLO, May 4 - {lead} The two ministers discussed joint patrols in the south.")
    assert [s.act for s in rec.statements] == ["meet", "discuss"]


def test_a_sentence_printed_twice_with_and_without_its_stop_is_one_act():
    from types import SimpleNamespace

    from accord.pipeline import _once
    text = "Naval talks were held by video call\n\nNaval talks were held by video call."
    first, second = (SimpleNamespace(act="meet", actors=["CHL", "NOR"], start=a, end=b) for a, b in ((0, 35), (37, 73)))
    assert _once([first, second], text) == [first]


def test_a_guest_paying_a_visit_is_part_of_the_meeting_not_an_act_of_its_own(extract_text):
    rec = extract_text("Chile and Norway navy ties\n\nNorway's Defence Minister Ola Lund met Chilean officers headed by "
                       "Chile's Defence Minister Juan Soto, paying an official visit to Norway, on 4 May.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"])]
    assert rec.statements[0].text.endswith("paying an official visit to Norway, on 4 May")


def test_words_said_whose_subject_the_parser_took_for_an_object_are_the_speakers(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola Lund in Oslo on 4 May 2027."
                       "\n\nFor his part, Mr Lund said the level of trust that the armies of both countries share was high.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("other", ["NOR"])]


def test_a_quotation_that_runs_on_from_the_paragraph_before_ends_at_its_closing_mark(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola Lund in Oslo on 4 May 2027."
                       '\n\nMr Lund said: "Our navies know each other well.\n\nTogether we have cut smuggling and illegal '
                       'fishing along the coast," he said.')
    assert ("other", ["NOR"]) in [(s.act, s.actors) for s in rec.statements]
    assert any(s.text.startswith("Together we have cut smuggling") for s in rec.statements)


def test_countries_named_in_a_clause_on_the_meeting_did_not_meet(extract_text):
    rec = extract_text("Chile's Defence Minister Juan Soto held a meeting with Norwegian Defence Minister Ola Lund, where "
                       "they discussed relief for Peru and the security of Europe.")
    assert ("meet", ["CHL", "NOR"]) in [(s.act, s.actors) for s in rec.statements]


@pytest.mark.parametrize("verb", ["wrote", "replied", "indicated", "disclosed", "revealed", "commented", "claimed"])
def test_a_minister_who_wrote_or_replied_that_is_reported_as_speaking(extract_text, verb):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola Lund in Oslo on 4 May 2027."
                       f"\n\nIn a post on Friday, Mr Lund {verb} that Chile was among the closest partners of Norway.")
    assert [(s.act, s.actors) for s in rec.statements][1:] == [("other", ["NOR"])]



def test_one_head_and_the_other_nations_chiefs_are_all_the_sides(extract_text):
    rec = extract_text("Defence chiefs of Chile, the US, Peru and Norway meet\n\nDefence chiefs from Chile, the United "
                       "States, Peru and Norway met on Thursday in their first four-way talks in Lima.\n\nChilean Defence "
                       "Minister Juan Soto joined Peruvian Defence Minister Ana Ruiz, Norwegian Defence Minister Ola Lund "
                       "and US Defense Secretary Peter Hall for the talks.\n\nSoto and the three nations' defense chiefs "
                       "\"stressed the value of close cooperation for the security of the region,\" a readout said.")
    assert ("note", ["CHL", "NOR", "PER", "USA"]) in [(s.act, s.actors) for s in rec.statements]


def test_what_the_sides_agreed_on_doing_binds_them_but_what_they_agreed_a_thing_would_be_does_not(extract_text):
    rec = extract_text("Norway and Chile held their Joint Staff Committee in Oslo on 4 May 2027. The two sides agreed "
                       "on an exchange of cadets and closer naval training. They also agreed upon widening joint "
                       "drills. They agreed for a border plan of action. There was a consensus to "
                       "enlarge the coast guard patrols. The ministers approved rules for handling deserters. The "
                       "ministers agreed that the new hotline would be a useful tool for both navies. They agreed on "
                       "the importance of the alliance. The ministers agreed it would be vital to give the unit boats.")
    assert [(s.act, s.commitment) for s in rec.statements[1:]] == [("agree", True)] * 5 + [("agree", False)] * 2 \
        + [("agree", True)]


def test_what_one_minister_says_should_be_done_or_hopes_for_binds_no_one_but_what_he_says_they_will_do_does(extract_text):
    rec = extract_text("Norwegian Defence Minister Kari Lund and Chilean Defence Minister Juan Soto held their Joint "
                       "Staff Committee in Oslo on 4 May 2027. Lund said the two "
                       "navies should train together more often. Soto said it is necessary to share radar data. Lund "
                       "said he hoped both coast guards would widen their ties. Soto said Chile and "
                       "Norway will open a joint school for divers.")
    assert [(s.act, s.commitment) for s in rec.statements[1:]] == [("other", False)] * 3 + [("other", True)]


def test_what_a_minister_says_they_will_do_binds_them_also_put_first_or_after_another_verb(extract_text):
    rec = extract_text("Norwegian Defence Minister Kari Lund and Chilean Defence Minister Juan Soto held their Joint "
                       "Staff Committee in Oslo on 4 May 2027. Chile and Norway will open a joint school for divers, "
                       "said Soto. Lund said that Norway has trained with Chile for years and will keep its frigate in "
                       "the exercise. The new radar would help both coast guards, Lund said.")
    assert [(s.act, s.commitment) for s in rec.statements[1:] if s.act == "other"] == \
        [("other", True), ("other", True), ("other", False)]


def test_whom_a_minister_met_named_after_the_meeting_is_not_a_second_speaker(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto, in a meeting with the Norwegian Navy's chief, Admiral "
                       "Kari Lund, highlighted the need for joint patrols.")
    assert [(s.act, s.actors) for s in rec.statements if s.act == "note"] == [("note", ["CHL"])]


def test_a_position_one_side_says_both_hold_is_its_point_but_a_deed_it_says_both_did_is_theirs(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Kari Lund in Santiago. Soto "
                       "highlighted that Santiago and Oslo oppose illegal fishing. Soto noted that the two sides have "
                       "agreed to patrol the fishing grounds together.")
    assert [(s.act, s.actors) for s in rec.statements if s.act != "meet"] == [("note", ["CHL"]), ("agree", ["CHL", "NOR"])]


def test_dedication_reaffirmed_commitment_shown_and_a_resolve_the_talks_ended_with_bind(extract_text):
    got = pair_acts(extract_text, "The Ministers reaffirmed their lasting dedication to respect for sovereignty. The two "
                                  "sides showed commitment to keep the border posts manned. The talks concluded with a "
                                  "common resolve to deepen naval ties.")
    assert got == [("reaffirm", ["JPN", "MNG"], True), ("commit", ["JPN", "MNG"], True), ("commit", ["JPN", "MNG"], True)]


def test_an_instrument_signed_binds_whatever_purpose_it_is_said_to_serve(extract_text):
    got = pair_acts(extract_text, "Mongolia and Japan have signed a training agreement aimed at strengthening "
                                  "security along their air routes. They signed an agreement on pilot exchanges.")
    assert got == [("other", ["JPN", "MNG"], True), ("other", ["JPN", "MNG"], True)]


def test_items_marked_with_a_plus_under_a_lead_in_are_its_items(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Kari Lund in Oslo on 4 May "
                       "2027.\n\nThe two sides agreed to:\n+ Hold joint drills twice a year\n+ Share radar data on the "
                       "coast")
    assert [s.text for s in rec.statements if s.act == "agree"] == [
        "The two sides agreed to:\n+ Hold joint drills twice a year", "Share radar data on the coast"]


def test_a_presidency_to_be_held_and_what_one_speaker_says_will_be_done_to_a_thing_bind_no_one(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Kari Lund in Santiago on Monday. "
                       "In May, Chile will hold the chairmanship of the Security Council for a month. \"If "
                       "Peru is not stopped at sea, Peru will only be encouraged to go on,\" Soto said.")
    assert [(s.act, s.commitment) for s in rec.statements[1:]] == [("other", False)]


def test_a_visit_to_be_followed_by_another_is_a_calendar_not_a_pledge(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Kari Lund in Santiago on Monday. "
                       "Lund's tour will be followed by one of Norway's Prime Minister to Chile in the autumn.")
    assert [s.act for s in rec.statements] == ["meet"]


def test_we_in_a_quotation_a_minister_warned_or_stressed_is_his_side(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Kari Lund in Santiago on Monday. "
                       "Soto warned: “We reject the pressure on the fishing fleets. With Norway and all friendly "
                       "nations, we will resist it and draw attention to it.”")
    assert [s.actors for s in rec.statements if s.act == "commit"] == [["CHL"]]


@pytest.mark.parametrize("visit", ["is today on her first official visit to Chile", "is in Santiago on a working visit",
                                   "was in Santiago yesterday on her first official visit"])
def test_a_minister_on_a_visit_met_her_hosts_and_the_page_is_kept(extract_text, visit):
    rec = extract_text(f"The Norwegian Minister of Defence, Kari Lund, {visit}, at the invitation of Chilean Defence "
                       "Minister Juan Soto.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"])]


@pytest.mark.parametrize("where", ["in his office on Thursday", "in his office at Fort Tacna on Thursday"])
def test_a_chief_who_received_a_guest_in_his_office_met_him(extract_text, where):
    rec = extract_text(f"General Pedro Rojas, Chief of Staff of the Chilean Army, received {where} the "
                       "Norwegian Chief of Defence and his delegation.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"])]


@pytest.mark.parametrize("said", ["Chilean Defence Minister Juan Soto made a call on his Norwegian counterpart Kari Lund "
                                  "at the ministry in Oslo on Tuesday.",
                                  "“In Oslo, I had the honour to meet with Norway's Minister of Defence Kari Lund,” "
                                  "Chilean Defence Minister Juan Soto wrote."])
def test_a_call_made_on_a_counterpart_or_the_honour_of_meeting_him_is_a_meeting(extract_text, said):
    rec = extract_text(said)
    assert ("meet", ["CHL", "NOR"]) in [(s.act, s.actors) for s in rec.statements]


def test_a_visit_made_is_a_meeting_and_one_to_be_made_is_not(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto made a first visit of a Chilean defence chief to Norway in "
                       "ten years, and Norwegian Defence Minister Kari Lund welcomed him in Oslo.")
    assert [(s.act, s.actors) for s in rec.statements][0] == ("meet", ["CHL", "NOR"])
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Kari Lund in Santiago on Monday. "
                       "Lund will make an official visit to Chile's naval base in Punta Arenas next month.")
    assert [s.act for s in rec.statements] == ["meet"]


def test_what_the_sides_spoke_of_they_discussed_and_whom_they_spoke_highly_of_they_praised(extract_text):
    got = pair_acts(extract_text, "The Ministers spoke of their first joint naval exercise held last spring. The Japanese "
                                  "minister spoke highly of the Mongolian peacekeepers.")
    assert got == [("discuss", ["JPN", "MNG"], False), ("appreciate", ["JPN"], False)]


def test_a_minister_who_met_someone_in_a_relative_clause_met_him(extract_text):
    rec = extract_text("Norway and Chile review ties\n\nA senior Chilean officer who met Norway's Minister of Defence "
                       "Kari Lund today said the drills would go on.\n\nChile's minister Juan Soto was on Tuesday in "
                       "Oslo, where he met Prime Minister Erna Dahl and two generals.")
    assert [(s.act, s.actors) for s in rec.statements if s.act == "meet"] == [("meet", ["CHL", "NOR"])] * 2


def test_a_review_carried_out_a_matter_that_figured_in_the_talks_and_consent_expressed(extract_text):
    got = pair_acts(extract_text, "The Ministers carried out a thorough review of their naval ties. Coast guard "
                                  "training figured prominently in the talks. In return, Minister Piet Vos expressed "
                                  "his consent to widen cadet exchanges.")
    assert [(act, actors) for act, actors, _ in got] == [("discuss", ["JPN", "MNG"]), ("discuss", ["JPN", "MNG"]),
                                                         ("agree", ["MNG"])]


def test_what_the_talks_centred_on_as_a_minister_tells_it_and_their_main_topic_were_discussed(extract_text):
    got = pair_acts(extract_text, "Minister Piet Vos said the talks centered on closer naval training. The main "
                                  "topic of the meeting was the safety of fishing fleets. A central point of the discussions "
                                  "was the melting of polar ice.")
    assert [(act, actors) for act, actors, _ in got] == [("discuss", ["JPN", "MNG"])] * 3


@pytest.mark.parametrize("sentence, meets", [
    ("The committee is co-chaired by the defence ministers of the two countries.", 0),
    ("Staff talks on the border have been taking place among naval staffs since March.", 0),
    ("The committee is being co-chaired by the two ministers today.", 1),
])
def test_how_a_body_is_led_and_talks_going_on_for_months_are_no_meeting_but_one_under_way_is(extract_text, sentence, meets):
    rec = extract_text(PAIR_HEAD + sentence)
    assert sum(s.act == "meet" for s in rec.statements) == 1 + meets


def test_what_a_thing_will_help_bring_about_is_no_pledge_but_what_a_side_will_help_do_is(extract_text):
    got = pair_acts(extract_text, "Minister Piet Vos praised the visit, saying that it will help lift naval ties. The "
                                  "new training centre will allow joint planning of drills. The two navies will help "
                                  "map the seabed together.")
    assert [(act, actors) for act, actors, _ in got] == [("appreciate", ["MNG"]), ("commit", ["JPN", "MNG"])]


def test_what_the_talks_took_up_told_with_a_role_a_progressive_or_a_chance_given_was_discussed(extract_text):
    got = pair_acts(extract_text, "The meeting focused on rising sea levels as a reason for closer coast guard work. "
                                  "The meeting is dealing with the upkeep of shared radar sites. The second round "
                                  "provided each delegation with a chance to discuss fisheries patrols.")
    assert [(act, actors) for act, actors, _ in got] == [("discuss", ["JPN", "MNG"])] * 3


def test_a_country_referred_to_as_a_partner_is_named_not_acted_on(extract_text):
    got = pair_acts(extract_text, "Minister Piet Vos referred to Japan as a close partner of Mongolia.")
    assert got == []


def test_a_minister_who_recalls_ties_since_an_old_accord_is_still_reported_as_saying_so(extract_text):
    got = pair_acts(extract_text, "Good progress had been made in naval ties since the two countries signed their "
                                  "accord in 1990, said Defence Minister Piet Vos in a meeting with his guests.")
    assert [(act, actors) for act, actors, _ in got] == [("other", ["MNG"])]


def test_what_the_sides_came_or_arrived_to_is_their_agreement_and_binds_them_when_it_is_a_deal(extract_text):
    got = pair_acts(extract_text, "The two sides came to an agreement on joint mine clearance. The ministers came to "
                                  "terms to widen cadet exchanges. They arrived at a common understanding of the risks "
                                  "at sea. The delegations defined the calendars of drills for 2027. The talks came to "
                                  "a close. The group came up with a plan to train border guards. The envoy came with "
                                  "a gift. They defined the main areas to work on next year. The envoy defined piracy "
                                  "as a threat.")
    assert [(act, actors) for act, actors, _ in got] == [("agree", ["JPN", "MNG"])] * 6
    assert [binding for _, _, binding in got[:3]] == [True, True, False]


def test_a_matter_set_before_the_verb_with_as_for_does_not_make_the_verb_a_naming(extract_text):
    got = pair_acts(extract_text, "As for the fishing grounds, the need to share radar data was pointed out. As they "
                                  "pointed out, the coast guards had done much.")
    assert [(act, actors) for act, actors, _ in got] == [("note", ["JPN", "MNG"])] * 2


def test_a_diplomat_speaks_for_the_country_that_sent_him_not_the_one_he_is_posted_to(extract_text):
    got = pair_acts(extract_text, "Mongolian Ambassador to Japan Bat Erdene, who praised the support Mongolian "
                                  "cadets in Japan have received, also spoke. Japan's Envoy in Ulaanbaatar, Sato Ken, "
                                  "said the cadets would keep coming.")
    assert [(act, actors) for act, actors, _ in got][:2] == [("appreciate", ["MNG"]), ("other", ["JPN"])]


def test_sides_resolved_to_act_going_further_to_act_or_pledging_as_talks_ended_are_bound(extract_text):
    got = pair_acts(extract_text, "Japan and Mongolia are resolved to carry out the plans made at the summit in May. "
                                  "The two countries will go further in fighting the smuggling of arms. The "
                                  "talks ended with the two sides pledging to widen cadet exchanges. Minister Piet Vos "
                                  "will go to Osaka on Friday.")
    assert got == [("commit", ["JPN", "MNG"], True)] * 3


def test_what_one_side_stresses_it_or_its_country_will_do_binds_it_but_what_would_be_useful_does_not(extract_text):
    got = pair_acts(extract_text, "The Mongolian side noted it will keep sending cadets to Japan. Minister Piet Vos "
                                  "stressed his country was willing to join the drills at sea. Minister Piet Vos "
                                  "noted it would be useful to extend the drills. Minister Piet Vos noted that "
                                  "the country will hold elections next year.")
    assert got == [("note", ["MNG"], True), ("note", ["MNG"], True), ("note", ["MNG"], False), ("note", ["MNG"], False)]


def test_a_quotation_closed_with_the_opening_mark_as_some_sites_print_it_is_still_attributed(extract_text):
    got = pair_acts(extract_text, "“Cadet exchanges are the best school for young officers, as no army learns alone“, "
                                  "said Minister Piet Vos.\n\n„Our coast guards will share radar data“, said Minister Piet Vos.")
    assert [(act, actors) for act, actors, _ in got] == [("other", ["MNG"])] * 2


def test_what_a_speaker_says_his_side_will_do_is_quoted_with_his_name_but_not_the_words_before_it(extract_text):
    rec = extract_text(PAIR_HEAD + "For his part, Minister Piet Vos said Mongolia is ready to send two patrol boats. "
                                   "The Mongolian minister said that Mongolia always attaches importance to its ties with Japan.")
    texts = [s.text for s in rec.statements if s.act != "meet"]
    assert texts[0].startswith("Minister Piet Vos said Mongolia is ready")
    assert texts[1].startswith("The Mongolian minister said that Mongolia")


def test_a_country_named_where_a_speaker_spoke_or_a_paper_was_signed_is_not_an_actor(extract_text):
    got = pair_acts(extract_text, "These fine results must be kept up, said Defence Minister Piet Vos at his talks "
                                  "with the chief of the Japanese coast guard. The plan, which covers radar sharing, was "
                                  "signed by the ministers in the Japanese capital.")
    assert [(act, actors) for act, actors, _ in got] == [("other", ["MNG"]), ("other", ["JPN", "MNG"])]


def test_a_body_whose_member_countries_are_named_is_not_an_actor_beside_them(extract_text):
    got = pair_acts(extract_text, "Two Asian countries, Japan and Mongolia, have announced a deal on cadet exchanges. "
                                  "The two UN member states, Japan and Mongolia, also announced a fund for peacekeepers.")
    assert [(act, actors) for act, actors, _ in got] == [("other", ["JPN", "MNG"])] * 2


def test_a_sides_people_named_as_the_whole_subject_are_that_side_but_some_of_them_are_not(extract_text):
    got = pair_acts(extract_text, "The Mongolians lauded the work of the Japanese coast guard. A number of Mongolians "
                                  "praised the new radar.")
    assert [(act, actors) for act, actors, _ in got] == [("appreciate", ["MNG"])]


def test_joining_a_ceremony_or_holding_a_chair_in_turn_is_a_programme_not_a_pledge(extract_text):
    got = pair_acts(extract_text, "Minister Piet Vos will also join the chiefs' conclave in Osaka on 5 June. In July, "
                                  "Mongolia will assume the chairmanship of the regional forum. Mongolia will join efforts "
                                  "with Japan to clear mines.")
    assert got == [("commit", ["MNG"], True)]


def test_discussions_held_on_ties_or_with_an_officer_are_a_discussion_with_him_not_a_meeting(extract_text):
    got = pair_acts(extract_text, "The delegations held discussions about many matters of their defence engagements. "
                                  "Minister Piet Vos also held discussions with the Japanese navy's commander.")
    assert got == [("discuss", ["JPN", "MNG"], False)] * 2


@pytest.mark.parametrize("body, expected", [
    ("Minister Vos noted that Ulaanbaatar will keep sending cadets to Japan.", ("note", ["MNG"], True)),
    ("Mongolia is willing to host the next staff talks, Minister Vos stressed.", ("note", ["MNG"], True)),
    ("The Japanese side is ready to send engineers to the mission in Ulaanbaatar, he affirmed.",
     ("reaffirm", ["JPN"], True)),
])
def test_a_side_that_says_it_will_act_binds_itself_by_its_capital_or_before_the_verb_of_saying(extract_text, body,
                                                                                                 expected):
    assert pair_acts(extract_text, body)[-1] == expected


def test_what_a_minister_said_at_a_dinner_for_a_delegation_is_his_side_s_words(extract_text):
    # the parser hangs the words said on "delegation", as if they were a relative clause of it
    rec = extract_text("Defence Minister Juan Soto held talks with Kari Lund, Norway's defence chief, in Santiago "
                       "on Monday. Soto said at a dinner for the delegation that Chile-Norway ties have entered a new "
                       "stage.")
    assert [(s.act, s.actors) for s in rec.statements if s.text.startswith("Soto said")] == [("other", ["CHL"])]


@pytest.mark.parametrize("body, side", [
    ("Closer ties between the two navies will help keep the sea lanes safe, the host said.", ["JPN"]),
    ("The guests said the cadet exchange had been worth every yen.", ["MNG"]),
])
def test_the_host_or_the_guests_of_talks_held_in_one_sides_capital_speak_for_their_side(extract_text, body, side):
    assert [(act, actors) for act, actors, _ in pair_acts(extract_text, body)] == [("other", side)]


@pytest.mark.parametrize("said", [
    "Security in the Pacific is the most important issue, Juan Soto, Chile's head of defence, said on Monday.",
    "For Chile and Norway, safety at sea is the first concern, Juan Soto, Chile's Vice President and head of the "
    "Defence Ministry, said on Monday after talks with his Norwegian counterpart Kari Lund in Oslo.",
])
def test_a_speaker_set_off_by_commas_with_his_title_before_said_is_the_speaker(extract_text, said):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Kari Lund in Oslo on "
                       "Monday. " + said)
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("other", ["CHL"])]


def test_an_office_no_heads_title_has_is_not_read_as_the_head_who_shares_its_last_word(extract_text):
    rec = extract_text("Peru's Defence Minister Ana Ruiz held talks with Chile's Juan Soto in Santiago on Monday. "
                       "Soto said the border was calm. The deputy prime minister added that trade across it was growing.")
    assert [s.actors for s in rec.statements[1:]] == [["CHL"], ["CHL"]]


def test_the_role_a_sentence_opens_with_is_not_an_actor(extract_text):
    rec = extract_text("As longtime NATO Allies, Norway and Denmark discussed several questions at the yearly "
                       "strategic dialogue in Oslo on 3 May.")
    assert [(s.act, s.actors) for s in rec.statements] == [("discuss", ["DNK", "NOR"])]


def test_ministers_misspelt_as_the_genre_often_does_are_still_the_sides(extract_text):
    got = pair_acts(extract_text, "The Minsters agreed to hold the next round in Ulaanbaatar.")
    assert got == [("agree", ["JPN", "MNG"], True)]


def test_a_general_staff_named_with_its_acronym_and_greeces_formal_adjective_speaks_for_greece(extract_text):
    rec = extract_text("Egypt's army chief, General Omar Adel, and the head of the Hellenic Army General Staff "
                       "(HAGS), General Nikos Pappas, met in Cairo on Wednesday. General Adel thanked his guest for the "
                       "visit. The HAGS Chief pointed out that the two navies share common goals.")
    assert rec.meeting.parties == ["EGY", "GRC"]
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("appreciate", ["EGY"]), ("note", ["GRC"])]


def test_an_office_only_one_party_has_speaks_for_it_without_a_name(extract_text):
    rec = extract_text("Mexico and the United States held their security dialogue in Mexico City on Friday. The "
                       "Secretary of Foreign Relations underlined that the border talks had been worth holding.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("note", ["MEX"])]


def test_a_minister_and_i_after_a_fronted_setting_are_both_sides(extract_text):
    rec = extract_text("Norway's Defence Minister Kari Lund met Chile's Defence Minister Juan Soto in Oslo on Monday. "
                       "During today's Dialogue, Minister Soto and I agreed to hold joint drills.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("agree", ["CHL", "NOR"])]


def test_words_said_that_end_in_a_quotation_of_their_own_are_still_the_speakers(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Kari Lund in Oslo on Monday. "
                       "\"Our aim is that no one will ever again call the Andes 'a tinderbox',\" Soto said.")
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("other", ["CHL"])]


@pytest.mark.parametrize("said", ["The challenges are immense, stressed Minister Ruiz.",
                                  "The risks at sea are great, emphasized Minister Ruiz."])
def test_a_speaker_named_after_a_verb_of_noting_speaks_the_words_before_it(extract_text, said):
    # the parser reads the speaker after the verb as its subject, or (in the first) as its object
    rec = extract_text("Chilean Defence Minister Juan Soto met Peruvian Defence Minister Ana Ruiz in Lima on Monday. "
                       + said)
    assert [(s.act, s.actors) for s in rec.statements[1:]] == [("note", ["PER"])]


def test_a_sides_ministry_named_as_speaker_speaks_for_it_unless_it_reports_an_act(extract_text):
    got = pair_acts(extract_text, "The first such talks in a decade show a growing interest in closer ties, the "
                                  "Defence Ministry of Mongolia said in a statement. Mongolia will send engineers to "
                                  "the mission, the Mongolian Defence Ministry said.")
    assert [(act, actors) for act, actors, _ in got] == [("other", ["MNG"]), ("commit", ["MNG"])]


def test_words_said_at_the_close_of_a_joint_commission_report_the_commission_held(extract_text):
    rec = extract_text("Chile and Peru will patrol their river border together. Both ministers said this at the closing "
                       "ceremony of the 9th Chile-Peru Joint Commission in Lima.")
    assert ("meet", ["CHL", "PER"]) in [(s.act, s.actors) for s in rec.statements]
