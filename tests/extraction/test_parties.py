"""Who met: the parties of a meeting whose dialogue's name does not give them (sentences of our own)."""
import pytest

from accord.extraction.meeting import name_parties
from accord.extraction.parties import PartyFinder
from accord.knowledge import default_knowledge
from accord.records import Head


def test_a_country_written_with_its_accents_is_the_country(extract_text):
    rec = extract_text("Việt Nam and Norway hold defence policy talks\n\n"
                       "Việt Nam and Norway held their third round of defence talks in Huế on May 5, 2027. "
                       "The two sides agreed to expand training.")
    assert rec.meeting.parties == ["NOR", "VNM"]


def test_asean_meeting_a_partner_is_a_party(extract_text):
    rec = extract_text("Ministers meet\n\n"
                       "Defence ministers of ASEAN member states met Norway's Defence Minister Kari Lund in Phnom Penh "
                       "on Tuesday for their informal meeting. They agreed to hold a maritime exercise.")
    assert rec.meeting.parties == ["ASEAN", "NOR"]


def test_a_headline_that_says_who_met_gives_the_parties_a_lead_of_quotations_does_not(extract_text):
    rec = extract_text("Lee, Roe join Norwegian counterparts\n\n"
                       "The American and Norwegian officials met in Washington for their annual talks\n\n"
                       "Secretary of State Ann Lee on Tuesday thanked Norway for its stance toward China.\n\n"
                       "“We applaud Norway,” Lee said at the State Department.\n\n"
                       "She was joined by Norwegian Foreign Minister Ola Berg.\n\n"
                       "The Norwegians are in the capital for the annual Example Ministerial Talks.\n\n"
                       "The officials from both nations reaffirmed their alliance.")
    assert rec.meeting.parties == ["NOR", "USA"]


def test_one_side_met_its_counterparts_and_a_sentence_pairing_it_with_the_other_gives_both(extract_text):
    rec = extract_text("Ministers meet\n\n"
                       "Amid uncertainties abroad, Norway and Finland remained steadfast in their commitment to order, "
                       "the ministers of both countries said.\n\n"
                       "On Thursday, Foreign Minister Ola Berg and Defence Minister Kari Lund met with their Finnish "
                       "counterparts Aino Virta and Eero Laine in Helsinki for the ninth annual 2+2 meeting.\n\n"
                       "They agreed to hold a maritime dialogue.")
    assert rec.meeting.parties == ["FIN", "NOR"]
    assert {(h.name, h.party) for h in rec.meeting.heads} >= {("Ola Berg", "NOR"), ("Aino Virta", "FIN")}


def test_a_ministry_release_on_its_minister_and_his_foreign_counterpart_finds_his_side_further_down(extract_text):
    rec = extract_text("Talks with the Finnish minister\n\n"
                       "The Minister of Defence, Kari Lund, had a bilateral meeting with her Finnish counterpart, "
                       "Aino Virta, on the margins of the EU ministerial.\n\n"
                       "They agreed to open a joint training centre in Norway and Finland next year.\n\n"
                       "The Norwegian minister called for closer Arctic ties.")
    assert rec.meeting.parties == ["FIN", "NOR"]
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Kari Lund", "NOR"), ("Aino Virta", "FIN")]


def test_two_countries_that_today_reviewed_their_ties_are_the_parties(extract_text):
    rec = extract_text("OSLO:\n\nNorway and Finland today reviewed all aspects of their ties during their first '2+2 "
                       "dialogue' and agreed that the Arctic must stay peaceful.")
    assert rec.meeting.parties == ["FIN", "NOR"]


def test_a_registered_dialogue_named_only_further_down_is_the_meeting(extract_text):
    rec = extract_text("Ministers meet\n\n"
                       "Secretary of State Ann Lee on Tuesday thanked Australia for its support.\n\n"
                       "“We applaud Australia,” Lee said at the State Department.\n\n"
                       "She was joined by Australian Foreign Minister Jane Roe.\n\n"
                       "The Australians are in Washington for the annual Australia-United States Ministerial "
                       "Consultations (AUSMIN).\n\nThe ministers reaffirmed the alliance.")
    assert (rec.meeting.dialogue, rec.meeting.acronym) == ("Australia-United States Ministerial Consultations", "AUSMIN")


def test_a_multilateral_meeting_whose_members_are_listed_further_down_is_not_rejected(extract_text):
    rec = extract_text("The Nordic-Baltic Foreign Ministers' meeting in Oslo\n\n"
                       "The Nordic countries and the Baltic States stand together against terrorism\n\n"
                       "Foreign Minister Ola Berg met with his seven Nordic and Baltic colleagues in Oslo today.\n\n"
                       "-The attacks are appalling, says Foreign Minister Ola Berg.\n\n"
                       "Norway leads the cooperation in 2027 and hosted the annual meeting with the Foreign Ministers "
                       "from Denmark, Finland, Iceland, Sweden, Estonia, Latvia, Lithuania and Norway today.\n\n"
                       "The Foreign Ministers discussed transatlantic cooperation.")
    assert rec.meeting.parties == ["DNK", "EST", "FIN", "ISL", "LTU", "LVA", "NOR", "SWE"]
    assert any(s.act == "discuss" for s in rec.statements)


def test_a_meeting_on_the_sidelines_of_a_forum_is_between_those_who_held_it_not_the_forum(extract_text):
    rec = extract_text("The U.S. Secretary of War, the Honorable Tom Roe, and the Minister of Defence of Malaysia, the "
                       "Honorable Dato' Seri Ahmad Karim, held bilateral discussions on the sidelines of the ASEAN "
                       "Defence Ministers' Meeting-Plus on October 30, 2027.\n\n"
                       "The Secretary and Minister recognized the strength of their defence cooperation.")
    assert rec.meeting.parties == ["MYS", "USA"] and rec.meeting.dialogue is None


def test_an_office_of_several_countries_gives_no_country_the_page_never_names(extract_text):
    # "Minister for Defence" is Australia's title, and Singapore's, and Ireland's
    rec = extract_text("Readout of the Secretary's meeting\n\n"
                       "Secretary of Defense Ann Lee and Minister for Defence Dr. Tan Wei Ming met May 5 in the Pentagon. "
                       "During their meeting, they reaffirmed the close defense relationship between the United States "
                       "and Singapore.\n\n"
                       "Both leaders welcomed the rotation of patrol aircraft.")
    assert rec.meeting.parties == ["SGP", "USA"]
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Ann Lee", "USA"), ("Tan Wei Ming", "SGP")}


def test_one_side_known_takes_the_other_from_the_ties_the_lead_says_were_reviewed(extract_text):
    rec = extract_text("Military cooperation reviewed in Oslo\n\n"
                       "The defence ties between the United States and Norway were reviewed at talks in Bergen "
                       "Friday between the Chief of Defence Staff and a U.S. delegation.\n\n"
                       "The meeting was attended by the US Ambassador to the Kingdom, Ann Lee.\n\n"
                       "The two sides emphasized the strength of their ties.")
    assert rec.meeting.parties == ["NOR", "USA"]


def test_exercises_held_after_the_two_ministers_held_their_meeting_are_not_the_meeting(extract_text):
    rec = extract_text("Norway and Finland hold defence talks\n\n"
                       "The Defence Minister of Norway Ola Berg is visiting Finland at the invitation of the Minister "
                       "of Defence of Finland, Aino Virta. The two Ministers held a Defence Ministerial Meeting on "
                       "March 3, 2027 in Helsinki. They welcomed the participation of Finland in the Norway US Joint "
                       "Naval Exercises held in the North Sea.\n\n"
                       "They agreed to expand training.")
    assert rec.meeting.parties == ["FIN", "NOR"]


def test_a_pair_in_combining_forms_names_both_parties(extract_text):
    rec = extract_text("Joint Statement by the French and British Ministries (26 July 2027)\n\n"
                       "High-level Franco-British bilateral consultations were held today in a \"2+2\" format of "
                       "Foreign and Defence Ministers.\n\nThey discussed new security challenges.")
    assert rec.meeting.parties == ["FRA", "GBR"]


def test_the_nordic_defence_ministers_within_nordefco_are_its_five_members(extract_text):
    rec = extract_text("Nordic ministers meet\n\n"
                       "\u201cOur cooperation matters now as never before,\u201d say the Nordic defence ministers in a joint "
                       "statement from a meeting in Oslo on 20\u201321 June 2027 within the framework of the Nordic Defence "
                       "Cooperation (NORDEFCO).\n\nIn 2027, while Norway holds the Chair, a new vision for NORDEFCO will "
                       "be developed. Cooperation on equipment shall likewise be pursued.")
    assert rec.meeting.parties == ["DNK", "FIN", "ISL", "NOR", "SWE"]
    assert [(s.act, s.text[:20]) for s in rec.statements if s.text.startswith("Cooperation")] == [
        ("commit", "Cooperation on equip")]


def test_a_members_adviser_on_national_security_is_his_countrys_head(extract_text):
    rec = extract_text("Security council secretaries meet\n\n"
                       "The 13th meeting of the Example Organisation National Security Council Secretaries was held in "
                       "Oslo on 21-22 May 2027. The meeting was attended by Secretary of the National Security Council "
                       "of Norway Ola Berg, Advisor to the Prime Minister of Pakistan on National Security Ali Khan, and "
                       "Secretary of the National Security Council of Finland Aino Virta.\n\n"
                       "The officials exchanged views on security.")
    assert rec.meeting.parties == ["FIN", "NOR", "PAK"]


def test_a_standing_grouping_whose_members_the_page_leaves_unnamed_has_them_as_parties(extract_text):
    rec = extract_text("Defence ministers of the ten participating nations of the Joint Expeditionary Force met in "
                       "Bergen today to discuss security in the High North.\n\nThe ministers agreed to deepen "
                       "cooperation against hybrid threats.")
    assert (rec.meeting.dialogue, rec.meeting.acronym) == ("Joint Expeditionary Force", "JEF")
    assert len(rec.meeting.parties) == 10 and {"GBR", "NOR", "NLD", "ISL"} <= set(rec.meeting.parties)
    assert rec.statements[-1].actors == rec.meeting.parties


def test_the_members_of_the_south_east_europe_ministerial_are_its_parties_though_the_page_names_none(extract_text):
    rec = extract_text("Regional defence ministers meet\n\nThe defence ministers of the SEDM member states met in Ohrid "
                       "on 3 May 2022 and issued a joint statement.\n\nThe ministers agreed to train together for "
                       "disaster relief.")
    assert len(rec.meeting.parties) == 15 and {"ALB", "MKD", "TUR", "USA"} <= set(rec.meeting.parties)
    assert "MDA" not in rec.meeting.parties  # a member since 2023
    assert rec.statements[-1].actors == rec.meeting.parties


def test_an_organisation_with_its_own_council_is_the_one_party(extract_text):
    rec = extract_text("The session of the CSTO Council of Defence Ministers was held in Minsk on 3 June 2021.\n\n"
                       "The ministers discussed the situation on the Tajik-Afghan border and approved a plan of "
                       "joint exercises.")
    assert rec.meeting.parties == ["CSTO"]


def test_a_groupings_name_inside_a_longer_one_is_another_body(extract_text):
    rec = extract_text("The second Senior Level Group of France and the United Kingdom met in Paris on 4 May 2012.\n\n"
                       "The parties reviewed progress on the Combined Joint Expeditionary Force and discussed the "
                       "situation in the Sahel.")
    assert rec.meeting.parties == ["FRA", "GBR"]
    assert rec.statements[-1].actors == ["FRA", "GBR"]


def test_every_sovereign_states_people_name_its_side(extract_text):
    rec = extract_text("Panamanian Public Safety Minister Ana Ruiz and Omani Defence Minister Said Harthi met in "
                       "Muscat on 4 May 2026 for the first Oman-Panama security talks.\n\n"
                       "The Omani and Panamanian delegations discussed maritime security.")
    assert rec.meeting.parties == ["OMN", "PAN"]
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Ana Ruiz", "PAN"), ("Said Harthi", "OMN")}
    assert rec.statements[-1].actors == ["OMN", "PAN"]


def test_countries_by_the_short_names_pages_use_and_a_ministrys_own_abbreviation(extract_text):
    rec = extract_text("PH, Brunei Hold Defense Staff Talks\n\n"
                       "The PH and Brunei held the fifth round of their Defense Staff Talks on March 9, 2027. The two "
                       "sides talked about search and rescue.")
    assert rec.meeting.parties == ["BRN", "PHL"]
    from accord.knowledge import default_knowledge
    kb = default_knowledge()
    assert [c for n in ("Burma", "Ivory Coast", "Kosovo", "East Timor") for _, _, c in kb.parties_in(n)] == \
        ["MMR", "CIV", "XKX", "TLS"]


def test_the_ministers_of_two_countries_as_the_leads_subject_are_the_parties(extract_text):
    rec = extract_text("The Defense Ministers of Norway, Ola Berg, and of Poland, General Jan Kowal, agreed to "
                       "strengthen the fight against organized crime in the border area.\n\n"
                       "The agreement was reached in a virtual meeting held this week.")
    assert rec.meeting.parties == ["NOR", "POL"]
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Ola Berg", "NOR"), ("Jan Kowal", "POL")]


def test_a_typographic_apostrophe_does_not_turn_the_dprk_into_korea_and_a_teleconference_is_a_meeting(extract_text):
    from accord.knowledge import default_knowledge
    kb = default_knowledge()
    assert [c for _, _, c in kb.parties_in("the Democratic People’s Republic of Korea")] == ["PRK"]
    assert [c for _, _, c in kb.parties_in("the Lao People’s Democratic Republic")] == ["LAO"]
    rec = extract_text("Norway-Laos Defense Ministers’ Video Teleconference\n\nOn June 23, 2021, Minister Berg held a "
                       "video teleconference with General Somsak, Minister of National Defense of the Lao People’s "
                       "Democratic Republic.\n\nBoth Ministers welcomed the Norway-ASEAN Seminar on disaster relief.")
    assert rec.meeting.parties == ["LAO", "NOR"]


def test_franco_or_sino_alone_is_a_surname_not_a_country_but_franco_german_is_two():
    from accord.knowledge import default_knowledge
    from accord.extraction.meeting import split_pairs
    kb = default_knowledge()
    assert [c for _, _, c in kb.parties_in("Rear Admiral Pedro Soto Franco, and the Chilean navy")] == ["CHL"]
    assert [c for _, _, c in kb.parties_in(split_pairs("the Franco-German Council and Sino-Russian ties"))] == \
        ["FRA", "DEU", "CHN", "RUS"]


def test_a_head_set_off_from_his_verb_by_a_comma_is_still_its_subject(extract_text):
    rec = extract_text("U.S. and Chile\n\n"
                       "Under Secretary for Policy Dr. Tom Roe, hosted the fifth meeting of the U.S.-Chile Defense "
                       "Working Group with Chilean co-chairs, Rear Admiral Pedro Soto Franco and General Ana Rojas, "
                       "on 5 May 2027 in Washington.\n\nThe co-chairs agreed to widen training.")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "USA"]), ("agree", ["CHL", "USA"])]


def test_a_body_whose_talks_the_page_names_alone_is_paired_with_the_one_country_said_to_work_with_it():
    from accord.pipeline import Pipeline
    parties = Pipeline().parties
    assert parties.paired_with("EU", "The talks also covered the close cooperation between Norway and the EU in "
                                     "the Arctic.") == "NOR"
    assert parties.paired_with("EU", "They praised the ties between Norway and Chile.") is None
    assert parties.paired_with("EU", "Cooperation between Norway and the EU, and between Chile and the EU, grew.") is None


def test_the_north_atlantic_council_or_the_north_of_a_country_is_not_north_korea():
    from accord.knowledge import default_knowledge
    kb = default_knowledge()
    assert kb.parties_in("decisions adopted at the North Atlantic Council") == []
    assert kb.parties_in("patrols in the north of both countries") == []
    assert [c for _, _, c in kb.parties_in("talks with the North on Friday")] == ["PRK"]


def test_the_north_alone_is_still_north_korea(extract_text):
    rec = extract_text("The Republic of Korea and the United States held the 30th Korea-U.S. Integrated Defense "
                       "Dialogue in Seoul. The two sides condemned the North for its missile launches.")
    assert rec.meeting.parties == ["KOR", "USA"]
    assert any("North" in s.text and s.act == "concern" for s in rec.statements)


def test_a_title_naming_the_ministers_of_three_countries_gives_the_parties_of_a_we_statement(extract_text):
    rec = extract_text("Trilateral Meeting of the Foreign Ministers of Norway, Chile and Kenya\n\nJoint Press Statement\n\n"
                       "We have gathered in Oslo to share views on a range of security challenges.\n\n"
                       "Earlier today, we have met with Mr. Jan Berg, Secretary General of NATO. Our discussion proved "
                       "once again that we are strongly united.\n\n"
                       "We have firmly acknowledged the crucial role of the Alliance in preserving peace and stability.")
    assert rec.meeting.parties == ["CHL", "KEN", "NOR"]
    assert [(s.act, s.actors) for s in rec.statements][0] == ("meet", ["CHL", "KEN", "NOR"])


def test_a_host_and_her_counterparts_from_a_list_of_countries_are_all_parties(extract_text):
    rec = extract_text("WELLINGTON, July 10, 2026: New Zealand's Minister for Defence Ann Roe hosted the first virtual "
                       "Pacific Example Defence Ministers' Meeting (PEDMM) with her counterparts from Fiji, PNG, Tonga, "
                       "Chile and France on Tuesday.\n\nMinisters reaffirmed that the meeting remains a valued "
                       "venue for their talks.")
    assert rec.meeting.parties == ["CHL", "FJI", "FRA", "NZL", "PNG", "TON"]
    assert (rec.meeting.dialogue, rec.meeting.acronym, rec.meeting.round) == \
        ("Pacific Example Defence Ministers' Meeting", "PEDMM", 1)


def test_ministers_of_the_twelve_european_countries_are_the_groups_members_not_the_eu(extract_text):
    rec = extract_text("On May 23 Lithuania hosted a meeting of the Ministers of Defence of the Northern Group.\n\n"
                       "Ministers of Defence of the twelve European countries and their representatives discussed the "
                       "security situation in the Baltic Sea region.")
    discuss = [s for s in rec.statements if s.act == "discuss"]
    assert len(discuss) == 1 and discuss[0].actors == rec.meeting.parties and "EU" not in discuss[0].actors


def test_a_group_of_countries_paired_with_a_partner_or_met_in_its_committee_is_its_members(extract_text):
    rec = extract_text("Joint Statement following the G5 Sahel-Norway Ministers Meeting of 2 May 2027\n\n"
                       "The Ministers of the G5 Sahel countries and Norway held a videoconference on 2 May 2027. "
                       "The Ministers welcomed the progress made against terrorism.")
    assert rec.meeting.parties == ["BFA", "MLI", "MRT", "NER", "NOR", "TCD"]
    assert [s.actors for s in rec.statements if s.act == "appreciate"] == [rec.meeting.parties]
    rec = extract_text("Ministers meet\n\n"
                       "At the Baltic Defence Committee's session in Tallinn on 6 May 2027 the three ministers agreed "
                       "on joint purchases of ammunition.")
    assert rec.meeting.parties == ["EST", "LTU", "LVA"]


def test_the_central_asian_states_are_the_five_but_two_central_asian_states_are_not(extract_text):
    rec = extract_text("Ministers meet\n\nOn 20 October 2027, the first-ever meeting of defense ministers of Central Asian "
                       "states was held in Samarkand. The ministers discussed regional security.")
    assert rec.meeting.parties == ["KAZ", "KGZ", "TJK", "TKM", "UZB"]
    rec = extract_text("Officials meet\n\nThe top Kyrgyz and Uzbek defense officials have met in Osh to discuss cooperation "
                       "for the first time since the two Central Asian states gained independence.")
    assert rec.meeting.parties == ["KGZ", "UZB"]


def test_a_dialogue_between_a_party_and_the_countries_of_a_region_has_them_all(extract_text):
    rec = extract_text("Kazakh diplomats joined the fourth round of the security dialogue between the EU and the states "
                       "of Central Asia, in Brussels on 2 June 2025.\n\nThe participants discussed border management.")
    assert rec.meeting.parties == ["EU", "KAZ", "KGZ", "TJK", "TKM", "UZB"]


def test_one_country_known_takes_the_other_from_a_pair_the_headline_or_lead_names(extract_text):
    rec = extract_text("Chile, Norway reach agreement at navy-to-navy staff talks\n\nNavy North and Chilean delegates "
                       "reached consensus on 40 actions during staff talks in Valparaiso, Chile on July 26, 2026.\n\n"
                       "The two sides agreed to hold a joint exercise next year.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    rec = extract_text("The 8th Senior Level Border Conference was held in Lima on May 4, 2026, co-chaired by General "
                       "Luis Soto, Director General of the Peruvian Border Guard.\n\nThe guards of both countries "
                       "agreed to patrol the Peru-Bolivia border together.")
    assert rec.meeting.parties == ["BOL", "PER"]


def test_the_short_form_a_pakistani_paper_gives_its_country_in_a_pair_names_it(extract_text):
    rec = extract_text("Military talks end\n\nThe fifth round of the Pak-Norway high-level military dialogue group "
                       "meeting was held in Oslo from May 3 to May 5, 2027.\n\nBoth delegations reviewed training.")
    assert rec.meeting.parties == ["NOR", "PAK"]
    assert (rec.meeting.dialogue, rec.meeting.round) == ("Pak-Norway high-level military dialogue group", 5)
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["NOR", "PAK"]), ("discuss", ["NOR", "PAK"])]


def test_countries_in_a_clause_set_before_the_subject_are_not_the_parties(extract_text):
    rec = extract_text("Advisers meet in Riga\n\nAs tensions grow along the borders of Belarus and Ukraine, the "
                       "national security advisers of three neighbouring countries \u2013 Lithuania, Latvia, "
                       "and Estonia \u2013 gathered in Riga for their regular coordination meeting.\n\n"
                       "The advisers agreed to widen their cooperation on air defence.")
    assert rec.meeting.parties == ["EST", "LTU", "LVA"]
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["EST", "LTU", "LVA"]),
                                                            ("agree", ["EST", "LTU", "LVA"])]


def test_a_government_and_its_counterpart_are_both_sides(extract_text):
    rec = extract_text("Talks in Oslo\n\nThe Federal Government and its Polish counterpart have agreed to keep their "
                       "joint air patrols.\n\nThe defence ministers of Norway and Poland met in Oslo on May 3, 2027.")
    assert [(s.act, s.actors) for s in rec.statements if s.act == "agree"] == [("agree", ["NOR", "POL"])]


def test_a_national_paper_that_never_names_its_country_gives_it_by_its_ministers_style(extract_text):
    rec = extract_text("Ministers meet\n\n"
                       "JAKARTA, May 2 \u2014 Defence Minister Datuk Seri Ahmad Faizal Rahman held talks with his "
                       "Indonesian counterpart Budi Santoso today on border security.\n\n"
                       "Both ministers agreed to hold joint patrols.")
    assert rec.meeting.parties == ["IDN", "MYS"]
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Ahmad Faizal Rahman", "MYS"), ("Budi Santoso", "IDN")]


def test_a_minister_who_hosted_a_named_foreign_counterpart_in_a_town_of_her_own_country_is_of_that_country(extract_text):
    rec = extract_text("WINNIPEG - Defence Minister Jane Roe welcomed her American counterpart, Defense Secretary "
                       "John Doe, for bilateral talks in Winnipeg on Friday.\n\n"
                       "Minister Roe and Secretary Doe reaffirmed their support for Arctic security. Minister Roe "
                       "thanked Secretary Doe for his leadership.")
    assert rec.meeting.parties == ["CAN", "USA"]
    assert ("Jane Roe", "CAN") in {(h.name, h.party) for h in rec.meeting.heads}


def test_talks_on_a_forums_sidelines_do_not_make_the_forums_town_a_side(extract_text):
    rec = extract_text("Defence Minister Jane Roe met her American counterpart, Defense Secretary John Doe, "
                       "on the sidelines of a security conference in Winnipeg on Friday.\n\n"
                       "The two ministers discussed Arctic security.")
    assert "CAN" not in rec.meeting.parties


def test_a_commission_named_by_the_two_capitals_joins_their_countries(extract_text):
    rec = extract_text("Neighbours meet\n\n"
                       "Ministers held the fourth Hanoi-Vientiane Joint Commission on Border Security on May 5, 2027. "
                       "They agreed to open two more crossings.")
    assert rec.meeting.parties == ["LAO", "VNM"]


def test_an_indo_pair_names_india_and_the_indo_pacific_names_no_one(extract_text):
    rec = extract_text("Defence dialogue held\n\n"
                       "The seventh Indo-Bangladesh Defence Dialogue was held in Dhaka on May 5, 2027. The two sides "
                       "agreed to keep the Indo-Pacific free and open.")
    assert rec.meeting.parties == ["BGD", "IND"]
    assert all(s.actors == ["BGD", "IND"] for s in rec.statements)
    assert name_parties("the U.S.-Japan Indo-Pacific Dialogue", default_knowledge()) == ["JPN", "USA"]


def test_delegates_listed_from_several_countries_and_the_host_who_welcomed_them_are_the_parties_not_observers(extract_text):
    rec = extract_text("Islands ministers meet\n\n"
                       "Samoa's Prime Minister on Monday welcomed defence delegations to the region's yearly talks.\n\n"
                       "Attending the fourth Example Islands Defence Ministers' Meeting in Apia are delegates from Fiji, "
                       "Tonga, Vanuatu and Papua New Guinea; Japan and Chile attend as observers.\n\n"
                       "The ministers agreed to share maritime surveillance data.")
    assert rec.meeting.parties == ["FJI", "PNG", "TON", "VUT", "WSM"]


def test_a_regional_body_that_meets_a_countrys_delegation_and_the_country_are_the_parties(extract_text):
    rec = extract_text("On 12 March 2027, within the framework of a United Nations conference in Geneva, the 9th "
                       "meeting of the GUAM Council of Foreign Ministers with a delegation from Japan was held.\n\n"
                       "The Sides discussed energy security and agreed to meet again next year.")
    assert rec.meeting.parties == ["GUAM", "JPN"]


def test_a_regional_security_bodys_council_meeting_has_the_body_as_its_party(extract_text):
    rec = extract_text("Ministers of the Regional Security System met in Castries on Friday for their council, to "
                       "discuss maritime crime. The ministers agreed to pool their coast guard patrols.")
    assert rec.meeting.parties == ["RSS"]


def test_the_acronym_of_a_body_does_not_take_the_name_of_an_island_of_the_same_letters():
    kb = default_knowledge()
    assert [c for _, _, c in kb.parties_in("the governor of Guam")] == ["GUM"]
    assert [c for _, _, c in kb.parties_in("the GUAM foreign ministers")] == ["GUAM"]


def test_a_page_that_opens_in_the_middle_of_the_talks_has_the_two_countries_it_names_most(extract_text):
    rec = extract_text("At the talks, both sides went over their defence ties and discussed ways to deepen "
                       "cooperation.\n\n"
                       "General Tran said Vietnam values Norway's support for demining, and thanked the Norwegian "
                       "delegation. Vietnam hopes the United Nations will back the effort.\n\n"
                       "They agreed to exchange more delegations and to hold the next round in Oslo.")
    assert rec.meeting.parties == ["NOR", "VNM"]
    assert ("discuss", ("NOR", "VNM")) in {(s.act, tuple(s.actors)) for s in rec.statements}


def test_a_regional_adjective_is_no_party_and_a_regional_bodys_own_committee_is_its(extract_text):
    rec = extract_text("Gathered in Quito on May 6, 2026 for the third session of the South American Defense Council, "
                       "the ministers reaffirm their will to build a zone of peace and agree to share data on their "
                       "military spending.")
    assert "USA" not in rec.meeting.parties
    rec = extract_text("The Pacific Islands Forum Regional Policing Committee (FRPC) held its yearly meeting in Suva, "
                       "Fiji from 5 to 6 May. The Committee discussed cyber crime.")
    assert rec.meeting.parties == ["PIF"]


def test_nationalities_listed_before_the_ministers_who_met_are_all_parties(extract_text):
    rec = extract_text("Oslo published the statement adopted after the fifth trilateral meeting of the Norwegian, "
                       "Danish, Finnish defence ministers.\n\nThe statement was signed by Danish Defence Minister Ida "
                       "Holm and Finnish Defence Minister Eero Laine.\n\nThe ministers reaffirmed their support for "
                       "joint air policing.")
    assert rec.meeting.parties == ["DNK", "FIN", "NOR"]


def test_the_member_that_hosts_or_chairs_an_organisations_meeting_is_no_party_beside_it(extract_text):
    rec = extract_text("On 4 May 2027, Almaty, the largest city of Kazakhstan, hosted the annual meeting of the interior "
                       "ministers of the Collective Security Treaty Organization (CSTO) member states. The ministers "
                       "agreed to hold a joint exercise.")
    assert rec.meeting.parties == ["CSTO"]
    assert [s.actors for s in rec.statements] == [["CSTO"], ["CSTO"]]
    rec = extract_text("The 80th session of the CIS Council of Defence Ministers, presided over by Belarusian General "
                       "Ivan Orlov, was held in Minsk on 12 October 2027. The ministers discussed air defence.")
    assert rec.meeting.parties == ["CIS"]
    # a member's own release, naming its delegation: the organisation met
    rec = extract_text("Yerevan hosted on 4 May 2027 a joint session of the foreign ministers' and defence chiefs' "
                       "councils of the member states of the CSTO.\n\n"
                       "Kyrgyzstan was represented by Foreign Minister Asel Dzhaparova and Defence Minister Bolot "
                       "Osmonov.\n\nThe participants discussed border security.")
    assert rec.meeting.parties == ["CSTO"]
    # a country the organisation's ministers met is still a party
    rec = extract_text("Ministers meet\n\n"
                       "Defence ministers of ASEAN member states met Norway's Defence Minister Kari Lund in Phnom Penh "
                       "on Tuesday for their informal meeting. They agreed to hold a maritime exercise.")
    assert rec.meeting.parties == ["ASEAN", "NOR"]
    # co-chairs are both sides
    rec = extract_text("The first Norway-EU Security Dialogue, co-chaired by State Secretary Kari Lund of Norway and "
                       "EEAS political director Ann Berg, met in Oslo on 3 March 2027.")
    assert rec.meeting.parties == ["EU", "NOR"]


def test_a_group_of_countries_named_for_its_members_is_who_met(extract_text):
    rec = extract_text("On 9-10 March the Baltic Defence Planning Committee held a meeting in Tallinn. The ministers "
                       "agreed to buy air defence systems together.")
    assert rec.meeting.parties == ["EST", "LTU", "LVA"]
    assert [s.actors for s in rec.statements if s.act == "agree"] == [["EST", "LTU", "LVA"]]
    # the host is a party beside the group it hosted, named by title alone
    rec = extract_text("Chilean Defence Minister Pedro Soto hosted his counterparts from the five Nordic countries on "
                       "Tuesday for a forum in Valparaíso. They discussed polar research.")
    assert rec.meeting.parties == ["CHL", "DNK", "FIN", "ISL", "NOR", "SWE"]
    # "at their meeting" says who met by the sentence's subject
    rec = extract_text("Yesterday, at their meeting in Bergen, Nordic and Baltic state secretaries of defence said "
                       "that their views on the region are the same. They also looked ahead to the NATO "
                       "Summit in Madrid. They also discussed joint air policing.")
    assert rec.meeting.parties == ["DNK", "EST", "FIN", "ISL", "LTU", "LVA", "NOR", "SWE"]
    assert rec.meeting.dialogue is None  # the summit they look ahead to is another meeting


def test_a_group_named_in_a_later_sentence_or_as_a_subject_is_not_who_met(extract_text):
    rec = extract_text("Defence Minister Kari Lund and her Chilean counterpart Pedro Soto held talks in Oslo on "
                       "Tuesday.\n\nAn exercise involving the Nordic countries will be held this year. The two "
                       "discussed Baltic Sea security.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    # a mention of a group at talks of two of its members is those two
    rec = extract_text("The 3rd Norway-Sweden Defence Consultations were held in Oslo on 3 March 2027.\n\n"
                       "At the meeting the Nordic ministers discussed the options for joint procurement.")
    assert [(s.act, s.actors) for s in rec.statements if "options" in s.text] == [("discuss", ["NOR", "SWE"])]


def test_the_countries_listed_as_attending_the_meeting_are_who_met(extract_text):
    rec = extract_text("The second meeting of the coastal states of the Arctic concluded on Friday in Tromsø. The "
                       "ministers or senior officials of four countries, namely Norway, Chile, Peru and Uruguay, "
                       "attended the meeting.\n\nThe ministers agreed to share ice charts.")
    assert rec.meeting.parties == ["CHL", "NOR", "PER", "URY"]
    rec = extract_text("A Ministerial Meeting on Defence took place on 3 May 2027 in Molde. It was attended by "
                       "the ministers of the contributing countries (Norway, Chile and Peru), as well as officials of "
                       "the EU. The ministers agreed to extend the mission.")
    assert rec.meeting.parties == ["CHL", "NOR", "PER"]


def test_a_ministry_named_by_its_country_is_that_countrys_alone(extract_text):
    # "Ministry of National Defense" alone is Korea's in the knowledge data; qualified, it is the other's
    rec = extract_text("The Defense Group Meeting between the Norwegian Ministry of Defence and the Chilean "
                       "Ministry of National Defense was held in Oslo. The sides agreed to meet again in Santiago.")
    assert rec.meeting.parties == ["CHL", "NOR"]


def test_omans_minister_responsible_for_defence_affairs_is_omans_head(extract_text):
    rec = extract_text("Formal talks between the Sultanate and Chile took place on "
                       "Sunday in the defence ministry. Leading the Sultanate's side was Sayyid Salim bin Saif al Harthi, Minister "
                       "Responsible for Defence Affairs, whilst the Chilean side was chaired by Pedro Soto. The "
                       "session reviewed relations. Oman's naval chief also attended.")
    assert rec.meeting.parties == ["CHL", "OMN"]
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Sayyid Salim bin Saif al Harthi", "OMN"), ("Pedro Soto", "CHL")]


def test_a_page_that_opens_on_the_talks_takes_the_sides_from_the_ministers_named_below(extract_text):
    rec = extract_text("The Ministers discussed polar research and the U.S. role in the southern ocean.\n\n"
                       "Later, the Chilean and Norwegian Ministers of Defence underscored their wish to keep the "
                       "Antarctic Treaty strong.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert [s.actors for s in rec.statements] == [["CHL", "NOR"], ["CHL", "NOR"]]


def test_a_page_that_names_its_sides_only_in_their_relations_takes_them_from_there(extract_text):
    rec = extract_text("End of the officials' session\n\n"
                       "Mr Pedro Soto, deputy chair and head of internal security, praised the chair, Ms Kari Lund, "
                       "for guiding the work with skill.\n\n"
                       "The commission sat under a motto of partnership; in his closing words the deputy chair hoped "
                       "for closer ties between Chile and Norway.\n\n"
                       "Ms Lund stressed the importance of tracking the agreed targets. The delegations reviewed the "
                       "border patrols and agreed to hold joint drills.")
    assert rec.meeting.parties == ["CHL", "NOR"]


def test_an_organisations_meeting_the_talks_were_held_during_is_not_a_side(extract_text):
    rec = extract_text("Norway, Chile sign naval plan at NATO\n\n"
                       "During the NATO defence ministers' meetings, Norwegian Defence Minister Per Lund and Chilean "
                       "Defence Minister Ana Rojas have held bilateral talks on naval training.\n\n"
                       "Both sides highlighted the progress of joint patrols.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert [s.actors for s in rec.statements if s.act == "note"] == [["CHL", "NOR"]]


def test_what_a_head_is_attending_besides_the_talks_does_not_give_the_sides(extract_text):
    rec = extract_text("Oslo: Norway and Chile signed two naval pacts after talks of their defence ministers.\n\n"
                       "Defence Minister Per Lund, who is attending a Council of Ministers of the OSCE as the envoy of "
                       "the Prime Minister in Vienna, held talks with his Chilean counterpart Ana Rojas on Monday.\n\n"
                       "Both sides then agreed on joint drills.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert ("Per Lund", "NOR") in {(h.name, h.party) for h in rec.meeting.heads}



def test_the_democratic_republic_of_congo_without_its_article_is_not_its_neighbour(extract_text):
    rec = extract_text("The Democratic Republic of Congo hosted Zambia for the fifth session of their Joint Permanent "
                       "Commission in Lubumbashi on 3 May 2027.\n\nThe two sides agreed on joint border patrols.")
    assert rec.meeting.parties == ["COD", "ZMB"]


def test_advisers_who_co_chaired_the_dialogue_are_its_sides_not_the_countries_a_summary_line_names(extract_text):
    rec = extract_text("Chilean, Norwegian NSAs co-chair security dialogue before royal tour\n\n"
                       "The King is due to tour Peru and Chile after a stop in Brazil for a summit to be held next month.\n\n"
                       "OSLO: National Security Adviser Kari Lund and her Chilean counterpart Pedro Soto co-chaired "
                       "the second security dialogue of the two nations, which dealt with smuggling.\n\n"
                       "They agreed to share more information on arms trafficking.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert [s.actors for s in rec.statements if s.act == "agree"] == [["CHL", "NOR"]]


def test_a_country_name_in_lower_case_is_a_word_not_the_country():
    from accord.knowledge import default_knowledge
    kb = default_knowledge()
    assert kb.parties_in("a turkey dinner on fine china, tags: navy chile peru") == []
    assert [c for _, _, c in kb.parties_in("Turkey and Chile")] == ["TUR", "CHL"]
    assert kb.parties_in("patrols in the South China Sea") == []


def test_countries_that_open_the_lead_with_a_present_tense_verb_are_who_met_not_those_they_praise(extract_text):
    rec = extract_text('Norway, Chile and Peru "strongly welcome the efforts" of the United States and Canada to '
                       'keep the southern sea lanes open.\n\nThis is said in a joint statement of their ministers '
                       'signed after a meeting in Arica on Friday.\n\nThe ministers also condemned illegal fishing.')
    assert rec.meeting.parties == ["CHL", "NOR", "PER"]


def test_border_forces_meeting_as_their_countries_sides(extract_text):
    rec = extract_text("Agartala, May 6: The border coordination conference of BSF and BGB sector commanders ended "
                       "here on Thursday.\n\nThe 9-member BGB team was led by Colonel Rahim Uddin, while the BSF team "
                       "was led by Inspector General Arun Rao.\n\nBoth forces agreed to step up joint patrols.")
    assert rec.meeting.parties == ["BGD", "IND"]


def test_a_host_paper_names_only_the_guests_and_the_two_sides_met_in_its_capital(extract_text):
    rec = extract_text("The border committee met at the Grand Oslo Hotel on 3 March 2027 with Chilean Deputy Minister "
                       "Pedro Soto representing the neighbouring government. The two deputy ministers discussed "
                       "fishing rights along the maritime border.")
    assert rec.meeting.venue == "Oslo"
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"])]


def test_the_next_leg_of_a_ministers_trip_is_no_side_of_the_talks(extract_text):
    rec = extract_text("This morning I wrapped up my official visit to Chile prior to departing for Peru.\n\n"
                       "Together with Senator Tom Roe, our Foreign Minister, I attended the first 2+2 Foreign and "
                       "Defence Ministers' Meeting with our Chilean counterparts, Minister for National Defense "
                       "Pedro Soto and Foreign Minister Ana Rojas.\n\n"
                       "Ministers discussed ways to deepen naval cooperation between Norway and Chile.")
    assert "CHL" in rec.meeting.parties and "PER" not in rec.meeting.parties


def test_a_body_meets_as_itself_when_the_member_hosting_it_is_also_listed_among_the_members(extract_text):
    rec = extract_text("The 14th meeting of Collective Security Treaty Organization (CSTO) defence ministers concluded on "
                       "3 March 2027 in Almaty. Hosted by Kazakhstan under its rotating CSTO chairmanship, the session "
                       "brought together ministers from all member states, including Armenia, Belarus, Russia and "
                       "Central Asian countries. The meeting reviewed joint exercises.")
    assert rec.meeting.parties == ["CSTO"]
    assert rec.meeting.dialogue is None


def test_the_town_they_met_in_is_no_party(extract_text):
    rec = extract_text("Ministers meet\n\n"
                       "Norwegian Minister of Defence Ola Lund, Chilean Minister of Defense Ana Rojas and Peruvian "
                       "Minister of Defense Juan Soto met in Jakarta on 14 June to talk about threats at sea. "
                       "They agreed to hold a joint exercise.")
    assert rec.meeting.parties == ["CHL", "NOR", "PER"]


def test_talks_beside_a_yearly_forum_are_not_the_forums_round(extract_text):
    rec = extract_text("Ministers meet\n\n"
                       "The defence chiefs of Norway, Chile and Peru met for three-way talks in Thailand on Sunday. "
                       "Minister Ola Lund and his counterparts talked in Bangkok on the margins of the "
                       "ninth annual Example Defence Ministers Meeting-Plus.\n\n"
                       "The three ministers agreed to share maritime data.")
    assert rec.meeting.parties == ["CHL", "NOR", "PER"] and rec.meeting.dialogue is None


def test_a_country_only_discussed_beside_both_heads_is_no_party(extract_text):
    rec = extract_text("Lund and Rojas agree on plan\n\n"
                       "Norwegian Defence Minister Ola Lund and Chilean Defence Minister Ana Rojas reportedly agreed "
                       "on a plan to counter drones.\n\n"
                       "Reports said Lund and Rojas reached an agreement to counter Belarus's drones during the "
                       "yearly talks held in Oslo.")
    assert rec.meeting.parties == ["CHL", "NOR"]


def test_a_title_listing_the_ministers_countries_between_dashes_gives_them_all(extract_text):
    rec = extract_text("Third trilateral round: Defence Ministers of Norway – Chile – Peru gather in Lima\n\n"
                       "On Monday, 6 June 2027, the Minister of Defence Mr. Ola Lundjoined the 3rd Trilateral "
                       "Meeting together with Chile's Defence Minister Ms. Ana Rojas and Peru's Defence Minister Mr. "
                       "Juan Soto, held in Lima.\n\n"
                       "The Ministers reaffirmed their will to deepen cooperation.")
    assert rec.meeting.parties == ["CHL", "NOR", "PER"]


def test_asean_written_as_a_word_is_asean(extract_text):
    rec = extract_text("Ministers meet\n\n"
                       "VIENTIANE: The 21st Asean Defence Ministers' Meeting-Plus closed in Vientiane on Friday. "
                       "The meeting adopted a declaration on maritime security.")
    assert rec.meeting.dialogue == "Asean Defence Ministers' Meeting-Plus"
    assert rec.meeting.acronym is None
    assert "ASEAN" in rec.meeting.parties


def test_the_host_side_a_page_leaves_unnamed_is_the_other_of_the_two_sides(extract_text):
    rec = extract_text("Minister Lund receives Chilean guest\n\n"
                       "Defence Minister Ola Lund received Chilean Vice Minister of Defence Ana Rojas on 3 May 2027.\n\n"
                       "Earlier that day, Deputy Minister Per Berg and Ms Rojas co-chaired the fifth defence policy "
                       "dialogue. The two sides compared notes about maritime security and agreed to expand training for "
                       "Norway's and Chile's navies.\n\nMr Lund thanked Chile for its support to Norway.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert ("Ola Lund", "NOR") in {(h.name, h.party) for h in rec.meeting.heads}


def test_a_region_said_as_an_adjective_is_no_union(extract_text):
    rec = extract_text("Ministers meet\n\n"
                       "On 3 May 2027 the foreign ministers of Czechia, Slovakia and Austria held a video meeting of the "
                       "Danube Trio, a forum of cooperation between three Central European neighbours.\n\n"
                       "They discussed energy security.")
    assert rec.meeting.parties == ["AUT", "CZE", "SVK"]
    assert all("EU" not in s.actors for s in rec.statements)


def test_the_bucharest_nine_written_with_a_figure_is_the_grouping(extract_text):
    rec = extract_text("Joint declaration of the Bucharest 9 meeting\n\n"
                       "We, the Presidents of the Bucharest 9, met in Tallinn on 3 May 2027 and agreed to deepen our "
                       "cooperation on air defence.")
    assert rec.meeting.dialogue == "Bucharest Nine" and len(rec.meeting.parties) == 9


def test_the_trilaterals_unnamed_side_is_the_datelines_country(extract_text):
    rec = extract_text("OSLO -- Defence Minister Ola Lund and his regional counterparts discussed security in several "
                       "sessions of an Arctic forum in Lima, officials said.\n\n"
                       "Lund, Chile Minister of Defense Ana Rojas and Peru Minister of Defense Juan Soto today convened "
                       "the 4th Trilateral Defense Ministerial Meeting in Lima, where they discussed maritime security.\n\n"
                       "The three ministers agreed to share data.")
    assert rec.meeting.parties == ["CHL", "NOR", "PER"]
    assert ("Ola Lund", "NOR") in {(h.name, h.party) for h in rec.meeting.heads}


@pytest.mark.parametrize("year, fiji", [(2013, False), (2027, True)])
def test_a_groupings_member_is_no_party_of_a_meeting_before_it_joined(extract_text, year, fiji):
    rec = extract_text(f"NUKU'ALOFA, 2 May {year} -- Ministers gathered in Nuku'alofa for this year's South Pacific "
                       "Defence Ministers' Meeting today. The ministers agreed to hold a joint exercise.")
    assert ("FJI" in rec.meeting.parties) is fiji and "AUS" in rec.meeting.parties


def test_a_ministers_own_release_of_whom_he_met_gives_his_side_too(extract_text):
    rec = extract_text("Chile and Norway Further Strengthen Defence Partnership\n\n"
                       "(Source: Norwegian Ministry of Defence; issued May 3, 2026)\n\n"
                       "Today I met with Chile\u2019s Minister of Defence, the Hon Juan Soto, to discuss our defence "
                       "cooperation program.\n\nNorway\u2019s defence partnership with Chile is deep and broad.\n\n"
                       "We discussed how to widen ties between the navies of our two nations.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("discuss", ["CHL", "NOR"])]


@pytest.mark.parametrize("count, parties", [
    ("for the trilateral ministers' session", ["AUS", "JPN", "USA"]),
    ("for talks", ["JPN", "USA"]),  # nothing says a third side met: his office alone does not make one
])
def test_one_who_met_counterparts_of_two_countries_at_a_trilateral_is_the_third_side(extract_text, count, parties):
    rec = extract_text("Ministers meet at security forum\n\nMinister for Defence Tom Roe met his Japanese "
                       f"and American counterparts {count} in Singapore on 3 May 2026.\n\n"
                       "The ministers condemned missile testing.")
    assert rec.meeting.parties == parties
    assert [s.actors for s in rec.statements if s.act == "concern"] == [parties]


@pytest.mark.parametrize("guests, parties", [
    ("with Peru and Ecuador attending as observers", ["CHL", "ECU", "NOR", "PER"]),
    ("and Peru was invited to the talks as a special guest", ["CHL", "NOR", "PER"]),
    ("and Peru's minister attended as guest of honour for the navy's anniversary", ["CHL", "NOR"]),
])
def test_observers_and_guests_at_the_meeting_are_parties_of_it(extract_text, guests, parties):
    rec = extract_text(f"Norway and Chile hold defence talks\n\nNorway and Chile held their third defence dialogue in "
                       f"Oslo on May 5, 2027, {guests}. The participants discussed maritime security.")
    assert rec.meeting.parties == parties


def test_two_ministers_who_met_are_of_the_two_countries_the_page_names_most_not_a_third_it_mentions(extract_text):
    rec = extract_text("Concern over the port deal Lima and Beijing signed last month was on Chile's mind. "
                       "But Peru's security minister, Tom Roe, saw no reason for worry.\n\n"
                       "\u201cPeru stays close to Chile,\u201d Mr. Roe told Juan Soto, Chile's Minister of the "
                       "Interior.\n\nThe two Ministers met in Santiago last week and agreed to restart police "
                       "exchanges between Peru and Chile.")
    assert rec.meeting.parties == ["CHL", "PER"]


def test_a_bloc_the_two_sides_talk_about_is_no_party_of_their_meeting(extract_text):
    rec = extract_text("Norway seeks closer ASEAN ties\n\n"
                       "The Norwegian army has asked Vietnam to back Norway's bid to become an ASEAN partner, "
                       "according to a Vietnamese army spokesman. The appeal came from Norwegian Chief of Army "
                       "Ola Lund, now in Hanoi for a week of visits.\n\n"
                       "According to the spokesman, the two sides went over decades of military ties and agreed to expand "
                       "cadet exchanges.")
    assert rec.meeting.parties == ["NOR", "VNM"]
    assert [s.actors for s in rec.statements if s.act == "agree"] == [["NOR", "VNM"]]


def test_a_country_named_by_its_longer_adjective_is_a_party(extract_text):
    rec = extract_text("Closer air policing is needed, the Norwegian and Slovakian ministers of defence said after their "
                       "talks in Oslo on Wednesday.")
    assert rec.meeting.parties == ["NOR", "SVK"]


def test_the_officials_of_two_countries_as_the_leads_subject_are_the_parties_and_a_dateline_is_none(extract_text):
    rec = extract_text("The defence chiefs of Norway and Chile pledged closer ties, a week before a visit by Peru's army "
                       "commander.\n\n"
                       "The pledge came at talks between Minister of Defence Ola Lund and Chilean Defence Minister Juan "
                       "Soto on the margins of a security conference in Oslo on June 2.\n\n"
                       "At another session of the conference, Lund said that Peru is a close partner of the European Union.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    rec = extract_text("LIMA, Peru, May 4. Hosted by Chile's defence ministry, deputy defence ministers of the "
                       "Andean-Nordic Charter gathered in Santiago, the agency reports.")
    assert "PER" not in rec.meeting.parties


def test_a_minister_who_discussed_with_his_counterpart_names_the_sides_not_a_future_summit_listed_later(extract_text):
    rec = extract_text("Norway's Foreign Minister, Ola Lund, discussed on Monday in Madrid with his Chilean "
                       "counterpart, Juan Soto, the rise in border incidents.\n\nAt the talks, hosted in the old palace, "
                       "the ministers agreed to sign a memorandum on consultations.\n\nThe two ministers also went over "
                       "current affairs, such as the war, the future NATO Summit and an EU summit held last year in "
                       "Athens.")
    assert rec.meeting.parties == ["CHL", "NOR"] and rec.meeting.dialogue is None
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}


def test_the_countries_a_meeting_also_involved_are_its_parties(extract_text):
    rec = extract_text("A delegation from Norway took part in the first Nordic Shield Strategic Dialogue held in Oslo from "
                       "May 2 to 4, 2027.\n\nAt this three-way meeting, which also involved Sweden and Finland, the "
                       "talks focused on threats at sea.\n\nAll three countries agreed to patrol together.")
    assert rec.meeting.parties == ["FIN", "NOR", "SWE"]
    assert rec.statements[-1].actors == ["FIN", "NOR", "SWE"]


def test_a_meeting_of_a_regions_ministers_named_by_its_adjective_is_its_members(extract_text):
    rec = extract_text("Since the first Meeting of the North American Defense Ministers, in 2027, our three "
                       "countries have deepened their cooperation.\n\nWe remain committed to a shared picture of the "
                       "threats to the continent.")
    assert rec.meeting.parties == ["CAN", "MEX", "USA"]


def test_countries_listed_in_the_lead_and_then_counted_are_all_parties(extract_text):
    rec = extract_text("A new force has been set up to end the piracy troubling the coast of Norway.\n"
                       "Troops from Chile, Peru, Norway and Sweden are to begin joint patrols along their sea borders "
                       "by 1 May 2027.\nThe four countries also agreed to set up a joint headquarters in Bergen.\n"
                       "These were the main outcomes of the ministerial meeting of the Northern Sea Commission and "
                       "Sweden on security, held on Monday in Oslo.\nNorway's Defence Minister, Ola Lund, noted with "
                       "regret the growing piracy in the region.\n"
                       "He said the ministers agreed that the patrols needed a legal basis.")
    assert rec.meeting.parties == ["CHL", "NOR", "PER", "SWE"]
    assert rec.statements[-1].actors == ["CHL", "NOR", "PER", "SWE"]


def test_a_guest_the_lead_says_is_on_a_visit_is_a_side_of_the_talks(extract_text):
    rec = extract_text("The Defence Minister of the Kingdom of Norway, Ola Lund, is in Santiago on a working visit. On "
                       "Tuesday, May 4, he was welcomed by President of Chile Ana Rios, and later met with the Defence "
                       "Minister of Chile.\n\nThe sides discussed widening their naval cooperation.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert [h.party for h in rec.meeting.heads] == ["NOR"]
    assert rec.statements[-1].actors == ["CHL", "NOR"]


def test_a_registered_trilateral_the_two_ministers_look_back_on_is_not_their_meeting(extract_text):
    rec = extract_text("Japanese Vice Minister of Defense Taro Sato and South Korean Vice Minister of National Defense "
                       "Kim Min-jun met in Seoul on 3 May 2024.\n\n"
                       "The two looked back on the U.S.-Japan-ROK Defense Trilateral Talks of April and agreed to hold "
                       "a staff exercise on missile warning in the autumn.")
    assert rec.meeting.parties == ["JPN", "KOR"] and rec.meeting.acronym is None
    assert [(s.act, s.actors) for s in rec.statements][0] == ("meet", ["JPN", "KOR"])


def test_a_lead_that_names_two_sides_without_a_verb_of_meeting_still_names_fewer_than_the_registered_group(extract_text):
    rec = extract_text("SEOUL, May 3 - Japanese Vice Minister of Defense Taro Sato today renewed close defence ties "
                       "with South Korea on his first visit as vice minister.\n\n"
                       "Both vice ministers noted the progress of the U.S.-Japan-ROK Defense Trilateral Talks and agreed "
                       "to hold a staff exercise on missile warning in the autumn.")
    assert rec.meeting.parties == ["JPN", "KOR"] and rec.meeting.acronym is None


def test_a_minister_who_met_his_colleagues_at_a_registered_trilateral_held_it(extract_text):
    rec = extract_text("Japanese Vice Minister of Defense Taro Sato met his South Korean and American colleagues in "
                       "Seoul on 3 May 2024.\n\n"
                       "The 16th U.S.-Japan-ROK Defense Trilateral Talks agreed to hold a staff exercise in the autumn.")
    assert rec.meeting.parties == ["JPN", "KOR", "USA"] and rec.meeting.acronym == "DTT"


def test_a_ministry_of_national_defense_names_no_country_by_itself(extract_text):
    rec = extract_text("The proposal was made by Deputy Minister Tran Van Minh at the third Defence Policy Dialogue on "
                       "May 3, held at Ministry of National Defense headquarters, Hanoi. General Tran Van Minh and "
                       "Ms Ann Grey, the British Minister of State for Defence, chaired it. The two sides agreed to train "
                       "together.")
    assert rec.meeting.parties == ["GBR", "VNM"]


def test_the_country_of_the_town_the_ministers_met_in_is_not_a_party(extract_text):
    rec = extract_text("On 6 May 2026 in Turku, Finland, Norway's foreign minister, Ola Lund, met with the foreign "
                       "minister of Chile, Juan Soto. They agreed to widen trade in fish.")
    assert rec.meeting.parties == ["CHL", "NOR"]


def test_the_central_american_nations_are_the_seven_states_of_the_isthmus(extract_text):
    rec = extract_text("MANAGUA - Defence ministers of the Central American states, seven in all, decided on Friday "
                       "to set up a joint coast guard unit after two days of talks.")
    assert rec.meeting.parties == ["BLZ", "CRI", "GTM", "HND", "NIC", "PAN", "SLV"]


def test_latin_america_and_the_caribbean_at_a_forum_with_one_country_is_one_side_not_the_united_states(extract_text):
    rec = extract_text("The third Norway-Latin American and Caribbean States Defence Forum was held in Oslo on 4 May 2027, "
                       "with officials of 20 Latin American and Caribbean countries. Norwegian Defence Minister Ola Lund "
                       "opened the forum.")
    assert sorted(rec.meeting.parties) == ["LAM", "NOR"]


def test_a_member_states_delegation_to_an_organisations_own_council_is_the_organisation(extract_text):
    rec = extract_text("Malawi joined the ninth session of the SADC Defence Sub-Committee, held in the Namibian capital "
                       "Windhoek on 4 May 2027. Juma Phiri, Malawi's Minister of Defence, led its team. Joint training "
                       "was also reviewed during the session.")
    assert rec.meeting.parties == ["SADC"] and [(h.name, h.party) for h in rec.meeting.heads] == [("Juma Phiri", "SADC")]
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["SADC"]), ("discuss", ["SADC"])]


def test_a_country_whose_name_has_and_in_it_is_the_other_side_of_the_ties_the_talks_were_on(extract_text):
    rec = extract_text("U.S. Army General Ola Lund met with Prime Minister Juan Soto in Port of Spain to talk about "
                       "closer defence ties between America and Trinidad and Tobago. The discussion covered drug "
                       "trafficking in the Caribbean.")
    assert (rec.meeting.parties, rec.meeting.venue) == (["TTO", "USA"], "Port of Spain")
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["TTO", "USA"]), ("discuss", ["TTO", "USA"])]


def test_a_dialogue_between_two_countries_named_with_its_acronym_has_both_as_parties(extract_text):
    rec = extract_text("SANTIAGO (May 4, 2027) - The head of the fleet, Admiral Ola Lund, visited Chile May 2-3 as "
                       "part of a delegation taking part in a Naval Staff Dialogue (NSD) between Chile and Norway.\n\n"
                       "During his stay, Lund also met with Chile's Minister of Defence Juan Soto for talks focused on "
                       "fishery patrols.")
    assert rec.meeting.parties == ["CHL", "NOR"]


def test_a_page_whose_lead_names_no_side_takes_the_pair_its_headline_names(extract_text):
    rec = extract_text("Chile, Norway vow closer naval ties\n\nPosted by seaman on 4 May 2027\n\n"
                       "The prime minister and a visiting senior defence official reaffirmed their willingness to train "
                       "together, the government said Friday.\n\nChile is working with Norway on fisheries and will "
                       "extend their cooperation to the Antarctic, the prime minister said while meeting the official.")
    assert rec.meeting.parties == ["CHL", "NOR"]


def test_the_country_a_delegation_visited_is_the_other_side(extract_text):
    rec = extract_text("OSLO: Norway's defence minister and army chief visited flood-hit Chile's capital on Friday, "
                       "officials in Santiago said.\n\nNorwegian Defence Minister Ola Haugland and Norwegian Chief of "
                       "Staff Per Dahl discussed naval training with senior officers there, a statement said.\n\n"
                       "They agreed to train their navies together.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert [(s.act, s.actors) for s in rec.statements][-1] == ("agree", ["CHL", "NOR"])


def test_the_one_other_country_the_lead_names_beside_the_one_side_is_the_side_met(extract_text):
    rec = extract_text("Chile pledges army aid of 20 million to Peru\n\nSantiago, May 4: The Chilean government has "
                       "agreed to give 20 million pesos to the Peru Army for flood relief.\n\nA deal to this effect was "
                       "signed in Santiago today by Ola Haugland, First Vice Premier and Defence Minister, and "
                       "Chilean Defence Minister General Juan Soto.\n\nBefore signing the deal, Haugland held a "
                       "discussion with General Soto on mutual aid.")
    assert rec.meeting.parties == ["CHL", "PER"]
    assert sorted((h.name, h.party) for h in rec.meeting.heads) == [("Juan Soto", "CHL"), ("Ola Haugland", "PER")]


def test_a_country_named_only_as_where_the_talks_were_held_is_not_the_side_met():
    from accord.pipeline import Pipeline
    finder = Pipeline().parties
    assert finder._only_other([(0, "Chilean officials met a visiting team in Cayenne, French Guiana, on Monday.")], "CHL") == set()
    assert finder._only_other([(0, "Chilean officials met a visiting team from Peru on Monday.")], "CHL") == {"PER"}


@pytest.mark.parametrize("text", [
    # a third country in what the sides did before the meeting's participle
    "Norwegian and Chilean defence chiefs on Friday committed to closer drills and to settling Peruvian border "
    "questions during a two-way meeting held in Oslo.",
    # a third country in what one side has held that is no meeting
    "Norway said on Sunday that it agreed to widen naval ties with Chile.\n\nThe accord was struck at a meeting between "
    "Defence Minister Kari Lund and her Chilean counterpart Juan Soto held beside a summit in Lima.\n\nChile has often "
    "joined combined Norway-Peru naval drills, and it held separate joint training with Oslo's navy.",
    # a counterpart the ministers mean to invite
    "Norwegian Minister Kari Lund and her Chilean counterpart Juan Soto met in Oslo to talk about smuggling.\n\n"
    "Both of them agreed to invite their Peruvian counterpart to a meeting on the trade in drugs.",
])
def test_a_third_country_the_lead_names_beside_the_meeting_is_no_side_of_it(extract_text, text):
    assert extract_text(text).meeting.parties == ["CHL", "NOR"]


def test_sides_guessed_from_every_country_named_narrow_to_the_two_the_heads_are_of():
    heads = [Head("Ana Soto", "Minister of Defence", "CHL"), Head("Luis Rojas", "Minister of Defence", "PER")]
    assert PartyFinder.narrowed_to_heads(["CHL", "EU", "PER"], heads) == ["CHL", "PER"]
    assert PartyFinder.narrowed_to_heads(["CHL", "EU", "PER"], heads[:1] + [Head("Ola Berg", None, None)]) \
        == ["CHL", "EU", "PER"]  # a head of unknown side may be the third's


def test_a_head_of_unknown_side_beside_one_known_does_not_bring_in_every_country_the_page_names(extract_text):
    rec = extract_text("Minister Soto stressed how much the Andes matter to Chile, given its long border and shared past. "
                       "She said the stability of the Andes, and of Peru in particular, matters for the whole region. "
                       "Soto made clear that faster EU partnership talks with Peru are a priority for her.\n\n"
                       "Beyond bilateral ties, the EU naval mission and regional integration were also discussed.\n\n"
                       "Minister Rojas and his delegation stressed the importance of Peru's place in the Pacific "
                       "Alliance.")
    assert rec.meeting.parties == ["CHL", "PER"]


def test_the_countries_counted_leave_out_one_named_as_behind_the_attacks(extract_text):
    rec = extract_text("Defence ministers from Chile, Peru and Bolivia have agreed to post army monitors along "
                       "their common borders. A summit of the three countries should follow soon. The ministers "
                       "said the raids were organized and backed by the governments of Peru and Paraguay. Peru and "
                       "Paraguay denied any role.")
    assert rec.meeting.parties == ["BOL", "CHL", "PER"]


@pytest.mark.parametrize("year, parties", [(2003, ["GIN", "LBR", "SLE"]), (2012, ["CIV", "GIN", "LBR", "SLE"])])
def test_a_unions_members_are_its_sides_as_of_the_year_it_met(extract_text, year, parties):
    rec = extract_text(f"The security committee of the Mano River Union met in Freetown on 22 August {year}. The "
                       "ministers for defence and the interior attended and reviewed border security across the "
                       "Mano River Union.\n\nThey agreed to hold joint border patrols.")
    assert rec.meeting.parties == parties


def test_a_lead_naming_more_sides_than_the_body_the_page_is_filed_under_gives_the_sides(extract_text):
    rec = extract_text("Norway and Finland host Nordic-Baltic chiefs\n\nThe Nordic defence chiefs met with the Baltic "
                       "defence chiefs in Oslo on 3 May 2027.\n\nNorway chairs Nordic Defence Cooperation this year. "
                       "They reviewed air defence in the region.")
    assert rec.meeting.parties == ["DNK", "EST", "FIN", "ISL", "LTU", "LVA", "NOR", "SWE"]
    assert rec.meeting.acronym != "NORDEFCO"


def test_a_group_named_after_all_or_each_is_still_the_group(extract_text):
    rec = extract_text("The Ministers weighed the needs of Moldova's army, as set out by its defence minister.\n\n"
                       "The Ministers agreed to widen their training of Moldovan officers.\n\n"
                       "Each Weimar Triangle country will send instructors in the spring.")
    assert rec.meeting.dialogue == "Weimar Triangle"
    assert [(s.act, s.actors) for s in rec.statements][:1] == [("agree", ["DEU", "FRA", "POL"])]


def test_a_bodys_meeting_plus_its_partners_counted_and_listed(extract_text):
    rec = extract_text("Ministers of the Gulf states and their partners called for calm on the coast.\n\nThe GCC "
                       "Defence Ministers’ Meeting Plus, held from Monday to Wednesday, brought together ministers "
                       "from the council's members and three partner countries — Chile, Peru and Norway.\n\nThe ministers "
                       "agreed to share maritime data.")
    assert rec.meeting.dialogue == "GCC Defence Ministers’ Meeting Plus"
    assert rec.meeting.parties == ["CHL", "GCC", "NOR", "PER"]


@pytest.mark.parametrize("page, parties", [
    # Tonga's forces by their own name are Tonga's side
    ("On Monday the Chilean Chief of Defence, General Juan Soto, hosted Brigadier Sione Tupou, who leads His Majesty’s "
     "Armed Forces, for talks on training.\n\nHMAF will send two officers to the Chilean naval school.", ["CHL", "TON"]),
    # Central and South America, as one side, is the region
    ("Norwegian Defence Minister Kari Lund hosted the envoys of Central and South America in Oslo for talks on naval "
     "training.", ["LAM", "NOR"]),
    # Latin America is the region, not America
    ("The 2nd Norway-Latin America defence forum was held in Oslo on Tuesday.", ["LAM", "NOR"]),
    ("Norwegian Defence Minister Kari Lund met the defence attaches of the LAC countries in Oslo.", ["LAM", "NOR"])])
def test_a_side_named_by_its_forces_or_its_regions_name_is_that_party(extract_text, page, parties):
    assert extract_text(page).meeting.parties == parties
