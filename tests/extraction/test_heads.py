"""Heads of delegation in the forms the genre writes them (sentences of our own)."""
import pytest

from accord.extraction.heads import HeadFinder
from accord.knowledge import default_knowledge

KB = default_knowledge()


def _heads(sentence, parties, names=(), text=None):
    return {(h.name, h.party) for h in HeadFinder(KB).find([(0, sentence)], list(parties), list(names), text)}


def test_a_title_after_a_name_ends_where_the_next_person_begins():
    assert _heads("Mr. SATO Ken, Minister for Foreign Affairs of Japan and Dr. ITO Ren, Minister of Defense of Japan, "
                  "held the fifth 2+2 with the Hon. Tom Grey MP, Minister for Defence of Norway and Senator the Hon. "
                  "Ann Lee, Minister for Foreign Affairs of Norway, in Oslo.", ("JPN", "NOR")) == \
        {("SATO Ken", "JPN"), ("ITO Ren", "JPN"), ("Tom Grey", "NOR"), ("Ann Lee", "NOR")}
    assert _heads("Deputy Minister Kim Ha-na and Tom Roe performing the duties of Assistant Secretary of Defense "
                  "with U.S. Deputy Assistant Secretary of Defense Ann Lee led the talks.", ("KOR", "USA")) == \
        {("Kim Ha-na", "KOR"), ("Tom Roe", "USA"), ("Ann Lee", "USA")}


def test_a_nationality_said_once_qualifies_both_offices_of_a_pair():
    assert _heads("Indian Defence Minister Ravi Menon and Foreign Minister Dev Rao, Polish Minister of Defence "
                  "Jan Kowal and Minister of Foreign Affairs Anna Nowak took part in the Example Dialogue.",
                  ("IND", "POL"), ["Example Dialogue"]) == \
        {("Ravi Menon", "IND"), ("Dev Rao", "IND"), ("Jan Kowal", "POL"), ("Anna Nowak", "POL")}
    assert _heads("Foreign Minister Ola Berg and Defence Minister Kari Lund, together with Minister for Foreign "
                  "Affairs Ann Lee and Minister for Defence Tom Grey of Australia, held the 2+2 in Oslo.",
                  ("AUS", "NOR")) == {("Ola Berg", "NOR"), ("Kari Lund", "NOR"), ("Ann Lee", "AUS"),
                                      ("Tom Grey", "AUS")}
    # a nationality before the second person is that person's alone
    assert _heads("The talks were led by the ministry's policy chief Park Min-ho and U.S. Assistant Secretary of "
                  "Defense Tom Roe.", ("KOR", "USA")) == {("Park Min-ho", "KOR"), ("Tom Roe", "USA")}


def test_whom_a_head_met_leads_the_other_side():
    assert _heads("Minister of Defense Ito held a meeting with Polish Minister of National Defence Jan Kowal, who "
                  "is visiting Japan.", ("JPN", "POL")) == {("Ito", "JPN"), ("Jan Kowal", "POL")}
    # offices that both sides have ("Secretary of Defense") do not put the guests on the hosts' side
    assert _heads("Secretary of State Mary Moore and Secretary of Defense Paul Minor met with Secretary of Foreign "
                  "Affairs Jose F. dela Cruz and Secretary of Defense Juan T. Reyes in Washington.", ("PHL", "USA")) == \
        {("Mary Moore", "USA"), ("Paul Minor", "USA"), ("Jose F. dela Cruz", "PHL"), ("Juan T. Reyes", "PHL")}


def test_gen_is_a_given_name_after_an_honorific_or_ending_a_family_name_first():
    assert ("Gen Ito", "JPN") in _heads("The Minister of Defence of Japan, Mr. Gen Ito, met the Norwegian Minister "
                                        "of Defence, Ola Berg, in Tokyo.", ("JPN", "NOR"))
    assert ("Ito Gen", "JPN") in _heads("Norwegian Minister of Defence Ola Berg, Japanese Minister of Defense Ito "
                                        "Gen, and U.S. Secretary of Defense Tom Roe convened the trilateral meeting.",
                                        ("JPN", "NOR", "USA"))
    assert ("Kim Ha-na", "KOR") in _heads("ROK Chairman of the Joint Chiefs of Staff Gen Kim Ha-na led the ROK "
                                          "delegation.", ("KOR", "USA"))


def test_no_head_is_made_of_the_meeting_a_leader_discussed_or_a_handle_or_a_repeated_surname():
    got = _heads("The Example Dialogue was led by Minister Ola Berg and Secretary of Defense Tom Roe, who recalled "
                 "what President Jan Kowal and President Anna Nowak agreed last year.", ("NOR", "USA"),
                 ["Example Dialogue"])
    assert {n for n, _ in got} == {"Ola Berg", "Tom Roe"}
    assert {n for n, _ in _heads("Minister for Foreign Affairs Ito, Secretary of State Mary Moore SecMoore, and "
                                 "Secretary of Defense Paul Minor III held the 2+2; Secretary Minor and Minister Ito "
                                 "met in Tokyo.", ("JPN", "USA"))} == {"Ito", "Mary Moore", "Paul Minor III"}


def test_a_surname_that_is_also_a_place_and_a_particle_inside_a_name():
    assert _heads("The South Korean side was headed by Park Min-ho, deputy minister for policy, and the US side by "
                  "Abraham Jordan, deputy assistant secretary of defense.", ("KOR", "USA")) == \
        {("Park Min-ho", "KOR"), ("Abraham Jordan", "USA")}


def test_each_by_of_a_passive_takes_the_side_just_before_it_and_a_while_clause_has_its_own_heads():
    assert _heads("Poland was represented by Deputy Defense Minister Jan Kowal and the American delegation was led "
                  "by Tom Roe, deputy assistant secretary of defense.", ("POL", "USA")) == \
        {("Jan Kowal", "POL"), ("Tom Roe", "USA")}
    assert _heads("The American delegation was led by Secretary of State Mary Moore and Defence Secretary Paul Minor "
                  "while Foreign Minister Dev Rao and Defence Minister Ravi Menon headed the Indian side.",
                  ("IND", "USA")) == {("Mary Moore", "USA"), ("Paul Minor", "USA"), ("Dev Rao", "IND"),
                                      ("Ravi Menon", "IND")}
    assert _heads("The meeting was convened by Mr. Tom Roe, Coordinator for Defense Policy at the U.S. National "
                  "Security Council, and Dr. Park Min-ho, Deputy National Security Advisor of the ROK.",
                  ("KOR", "USA")) == {("Tom Roe", "USA"), ("Park Min-ho", "KOR")}


def test_the_country_of_an_office_said_inside_its_title():
    assert ("Tom Roe", "USA") in _heads("The dialogue was co-chaired by Ha Van Minh, Deputy Minister of National "
                                        "Defence of Vietnam, and Tom Roe, Assistant Secretary of Defence of the United "
                                        "States for Indo-Pacific Security Affairs.", ("VNM",))


def test_who_was_brought_together_leads_but_who_came_along_does_not():
    assert _heads("The Example Dialogue brought Deputy Defense Minister Park Min-ho and his U.S. counterpart "
                  "Tom Roe, along with Ann Lee, deputy assistant secretary of defense.", ("KOR", "USA"),
                  ["Example Dialogue"]) == {("Park Min-ho", "KOR"), ("Tom Roe", "USA")}


def test_words_a_page_ran_together_still_give_the_title_and_its_country():
    assert _heads("1. Minister for Foreign Affairs ofNorway, Mr. Ola Berg, and the PolishMinister of Defence, Mr. Jan "
                  "Kowal, held the 2+2 in Oslo.", ("NOR", "POL")) == {("Ola Berg", "NOR"), ("Jan Kowal", "POL")}


def test_heads_who_attended_or_hosted_the_meeting_or_co_chaired_the_forum():
    text = ("Oslo, May 2: Foreign Minister Ola Berg and Defence Minister Kari Lund met the Polish ministers.\n\n"
            "Berg and Lund attended the third Norway-Poland 2+2 in Oslo on Friday.")
    assert {n for n, _ in _heads("Berg and Lund attended the third Norway-Poland 2+2 in Oslo on Friday.",
                                 ("NOR", "POL"), text=text)} == {"Ola Berg", "Kari Lund"}
    assert _heads("Norwegian Foreign Minister Ola Berg and Defence Minister Kari Lund hosted the third Norway-Poland "
                  "2+2 in Oslo.", ("NOR", "POL")) == {("Ola Berg", "NOR"), ("Kari Lund", "NOR")}
    assert _heads("Assistant Secretary of State Mary Moore and Assistant Secretary of Defense Paul Minor co-chaired "
                  "the forum.", ("JPN", "USA")) == {("Mary Moore", "USA"), ("Paul Minor", "USA")}
    # joining a delegation or taking part on a side is not leading it
    assert _heads("Deputy Minister Park Min-ho and Assistant Secretary of Defense Tom Roe co-chaired the talks. Ann "
                  "Lee, deputy assistant secretary of defense, joined the U.S. delegation, and Kim Ha-na, director "
                  "general, took part on the ROK side.", ("KOR", "USA")) == {("Park Min-ho", "KOR"), ("Tom Roe", "USA")}


def test_a_list_of_heads_set_off_by_semicolons_is_one_subject():
    got = _heads("At the talks, which were held on May 9 in Oslo, Ola Berg, director general for security policy; "
                 "Tom Roe, the acting assistant secretary of defense; and Ann Lee, deputy assistant secretary of "
                 "defense, attended the Example Dialogue.", ("NOR", "USA"), ["Example Dialogue"])
    assert got == {("Ola Berg", "NOR"), ("Tom Roe", "USA"), ("Ann Lee", "USA")}


def test_the_party_beside_a_name_is_the_one_its_own_title_gives():
    finder = HeadFinder(KB)
    lead = [(0, "Minister for Foreign Affairs Ann Lee, Minister for Defence Tom Grey, Foreign Secretary Jo Hart "
                "and Defence Secretary Ben Cole met in Sydney.")]
    text = (lead[0][1] + "\n\nA press conference was held by the Australian and UK Foreign Ministers, Ann Lee and "
            "Jo Hart.\n\n* The Hon Ann Lee MP, Australian Minister for Foreign Affairs\n* The Rt Hon Jo Hart MP, UK "
            "Foreign Secretary\n\nBefore meeting the Japanese PM, Lee spoke to reporters.")
    got = {(h.name, h.party) for h in finder.find(lead, ["AUS", "GBR"], [], text)}
    assert ("Ann Lee", "AUS") in got and ("Jo Hart", "GBR") in got
    # a head of government the page names later is not the missing side's head
    lead = [(0, "Indian Defence Minister Ravi Menon and Foreign Minister Dev Rao held talks with their Polish "
                "counterparts.")]
    text = lead[0][1] + "\n\nThey called on Polish Prime Minister Jan Kowal. Polish Defence Minister Anna Nowak agreed."
    got = {(h.name, h.party) for h in finder.find(lead, ["IND", "POL"], [], text)}
    assert ("Anna Nowak", "POL") in got and "Jan Kowal" not in {n for n, _ in got}


def test_an_office_tells_its_party_in_lower_case_and_a_country_named_with_of_the():
    assert _heads("The talks were led by Park Min-ho, director of defense policy; and Tom Roe, the acting assistant "
                  "secretary of defense.", ("KOR", "USA")) == {("Park Min-ho", "KOR"), ("Tom Roe", "USA")}
    assert _heads("Minister Ola Berg and Minister Kari Lund, together with Minister for Foreign Affairs Ann Lee and "
                  "Minister for Defence Tom Grey of the Commonwealth of Australia, held the 2+2 in Oslo.",
                  ("AUS", "NOR")) == {("Ola Berg", "NOR"), ("Kari Lund", "NOR"), ("Ann Lee", "AUS"),
                                      ("Tom Grey", "AUS")}
    assert _heads("The talks were hosted by Minister Dev Rao and Minister Ravi Menon along with their American "
                  "counterparts Secretary of State Mary Moore and Defence Secretary Paul Minor.", ("IND", "USA")) == \
        {("Dev Rao", "IND"), ("Ravi Menon", "IND"), ("Mary Moore", "USA"), ("Paul Minor", "USA")}


def test_heads_of_news_reports_named_as_the_subject_of_any_verb_or_between_whom_talks_were_held():
    got = HeadFinder(KB).find([(0, "Norway and Poland held their regular meeting in Oslo."),
                               (60, "Foreign Minister Ola Berg, Defence Minister Kari Lund, Polish Foreign Minister Jan "
                                    "Kowal and Polish Defence Minister Anna Nowak also agreed to widen their "
                                    "cooperation.")], ["NOR", "POL"], [])
    assert {(h.name, h.party) for h in got} == {("Ola Berg", "NOR"), ("Kari Lund", "NOR"), ("Jan Kowal", "POL"),
                                                ("Anna Nowak", "POL")}
    assert _heads("A communique issued after talks at the ministry between Defense Secretary Tom Roe and Polish "
                  "Defense Minister Jan Kowal said the allies would train together.", ("POL", "USA")) == \
        {("Tom Roe", "USA"), ("Jan Kowal", "POL")}
    text = ("The allies agreed to widen their drills, Defense Secretary Tom Roe said here today.\n\nRoe and his "
            "counterpart, Polish Defense Minister Jan Kowal, spoke to reporters after the talks.")
    got = HeadFinder(KB).find([(0, "The allies agreed to widen their drills, Defense Secretary Tom Roe said here "
                                   "today."), (90, "Roe and his counterpart, Polish Defense Minister Jan Kowal, spoke "
                                                   "to reporters after the talks.")], ["POL", "USA"], [], text)
    assert {(h.name, h.party) for h in got} == {("Tom Roe", "USA"), ("Jan Kowal", "POL")}
    # leaders and other countries' ministers discussed are no subject of the meeting
    assert HeadFinder(KB).find([(0, "Norway and Poland held security talks."),
                                (40, "Swedish Foreign Minister Ann Lee and Danish Foreign Minister Tom Grey criticized "
                                     "the drills.")], ["NOR", "POL"], []) == []
    assert _heads("President Jan Kowal and President Tom Roe agreed last year to widen their drills.",
                  ("POL", "USA")) == set()


def test_a_surname_family_name_first_is_the_korean_named_before_and_one_head_held_talks_with_a_country():
    text = ("Minister of National Defense Park Min-ho announced the joint statement on Friday.\n\nMinister Park and "
            "U.S. Secretary of Defense Tom Roe prepared the statement after the talks.")
    got = HeadFinder(KB).find([(0, text.split("\n\n")[0]), (80, text.split("\n\n")[1])], ["KOR", "USA"], [], text)
    assert {(h.name, h.party) for h in got} == {("Park Min-ho", "KOR"), ("Tom Roe", "USA")}
    assert _heads("U.S. Defense Secretary Tom Roe held talks on Friday with long-time ally South Korea.",
                  ("KOR", "USA")) == {("Tom Roe", "USA")}


def test_a_korean_name_takes_the_side_no_other_head_has_when_the_meeting_names_no_parties():
    assert _heads("Defense Minister Park Min-ho and US Defense Secretary Tom Roe discussed the plan.", ()) == \
        {("Park Min-ho", "KOR"), ("Tom Roe", "USA")}


def test_an_organisations_hyphenated_secretary_general_and_names_run_together_or_abbreviated():
    finder = HeadFinder(KB)
    text = "Defence ministers met in Brussels.\n\nNATO Secretary-General Ola Berg told reporters afterward: \"We act.\""
    assert {(h.name, h.party) for h in finder.find([(0, "Defence ministers met in Brussels.")], ["NATO"],
                                                   ["NATO Defence Ministers"], text)} == {("Ola Berg", "NATO")}
    assert _heads("Minister for Foreign Affairs Ann Lee and Minister for Defence Senator KariLund hosted Secretary "
                  "of State Mary Moore in Sydney.", ("AUS", "USA")) == \
        {("Ann Lee", "AUS"), ("Kari Lund", "AUS"), ("Mary Moore", "USA")}
    assert ("Delf. N. Reyes", "PHL") in _heads("Mr. KATO Yuki, Minister for Foreign Affairs, held the 2+2 with Mr. "
                                               "Delf. N. Reyes, Secretary of National Defense of the Philippines.",
                                               ("JPN", "PHL"))


def test_each_pair_of_heads_takes_the_side_said_after_it():
    assert _heads("The talks are a new form of cooperation: Foreign Minister Ola Berg and Defence Minister Kari Lund "
                  "participated on the Norwegian side, and Foreign Minister Jan Kowal and Defence Minister Anna Nowak "
                  "on the Polish side.", ("NOR", "POL")) == \
        {("Ola Berg", "NOR"), ("Kari Lund", "NOR"), ("Jan Kowal", "POL"), ("Anna Nowak", "POL")}


def test_a_side_said_before_its_heads_takes_the_heads_after_it():
    assert _heads("The talks were co-chaired from the Norwegian side by the State Secretary for Defence, Ambassador "
                  "Ola Lund and from the Chilean side, Vice Minister of Defence Ana Rojas.", ("CHL", "NOR")) == \
        {("Ola Lund", "NOR"), ("Ana Rojas", "CHL")}


def test_who_headed_a_sides_team_or_led_it_with_a_title_set_off_by_its_article_heads_it():
    assert _heads("Brigadier Ola Lund headed the Norwegian team, which included officials of the ministry.",
                  ("CHL", "NOR")) == {("Ola Lund", "NOR")}
    assert _heads("The session was held in Oslo and Ola Lund the Defence Minister led the Norwegian delegation while "
                  "Ana Rojas represented the Chilean delegation.", ("CHL", "NOR")) == \
        {("Ola Lund", "NOR"), ("Ana Rojas", "CHL")}


def test_names_before_the_offices_of_several_countries_take_them_in_order():
    assert _heads("Ola Lund and Ana Rojas, Defence Ministers of Norway and Chile, stressed their readiness to expand "
                  "ties.", ("CHL", "NOR")) == {("Ola Lund", "NOR"), ("Ana Rojas", "CHL")}
    heads = HeadFinder(KB).find([(0, "Ola Lund and Ana Rojas, Defence Secretaries of Norway and Chile, met in Arica.")],
                                ["CHL", "NOR"], [])
    assert {h.title for h in heads} == {"Defence Secretary"}


def test_a_page_that_opens_with_what_an_organisations_head_said_names_its_head(extract_text):
    rec = extract_text("NATO Secretary-General Ola Berg told reporters afterward that the alliance is ready.\n\n"
                       "The discussions highlighted defence investment, according to a report on NATO's website.\n\n"
                       "The ministers agreed to implement additional counter-drone measures, the report said.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Ola Berg", "NATO")]


def test_ranks_inside_a_title_stay_and_a_senior_rank_alone_is_title_enough():
    finder = HeadFinder(KB)
    titles = {p.name: p.title for p in finder.people(
        "Vice Minister of National Defense Kim Ha-na, Director General for Defense Policy Sato Ken, NATO Secretary "
        "General Ola Berg, Commander of the Joint Forces Gen. Jan Kowal and Rear Admiral Tom Roe met.")}
    assert titles == {"Kim Ha-na": "Vice Minister of National Defense", "Sato Ken": "Director General for Defense Policy",
                      "Ola Berg": "Secretary General", "Jan Kowal": "Commander of the Joint Forces",
                      "Tom Roe": "Rear Admiral"}
    assert {n for n, _ in _heads("Rear Admiral Tom Roe and Vice Admiral Kim Ha-na led the talks.",
                                 ("KOR", "USA"))} == {"Tom Roe", "Kim Ha-na"}


def test_who_speaks_or_reports_for_the_meeting_does_not_head_it():
    got = HeadFinder(KB).find([(0, "Norway and Poland held their annual talks."),
                               (45, "Defence Ministry Spokesperson Ola Berg and Foreign Ministry Spokesperson Kari "
                                    "Lund told reporters that the ministers agreed to train together.")],
                              ["NOR", "POL"], [])
    assert got == []


def test_whom_a_minister_received_leads_the_other_side_and_a_side_left_after_the_offices_is_the_last_heads():
    assert _heads("Polish Defence Minister Jan Kowal received Norwegian Defence Minister Ola Berg in Warsaw.",
                  ("NOR", "POL")) == {("Jan Kowal", "POL"), ("Ola Berg", "NOR")}
    # a minister at a meeting with the United States is the other side's; the secretary is then America's
    assert _heads("The launch was condemned by Defense Minister Park Min-ho and Secretary Roe, who met in Seoul.",
                  ("KOR", "USA")) == {("Park Min-ho", "KOR"), ("Roe", "USA")}


def test_offices_only_one_country_has_tell_the_party_and_a_last_head_of_no_side_joins_the_smaller_side():
    assert _heads("External Affairs Minister Dev Rao and Minister for the Armed Forces Claire Duval met in Paris.",
                  ()) == {("Dev Rao", "IND"), ("Claire Duval", "FRA")}
    assert _heads("Defence Minister Ravi Menon and External Affairs Minister Dev Rao, Japanese Minister of Defense "
                  "Ito Ken and Minister of Foreign Affairs Sato Yuki took part in the 2+2 Ministerial Dialogue.",
                  ("IND", "JPN")) == {("Ravi Menon", "IND"), ("Dev Rao", "IND"), ("Ito Ken", "JPN"),
                                      ("Sato Yuki", "JPN")}


def test_a_host_and_the_delegation_led_by_its_head():
    assert _heads("Minister of National Defense Park Min-ho hosted the U.S. delegation led by Secretary of Defense "
                  "Tom Roe.", ("KOR", "USA")) == {("Park Min-ho", "KOR"), ("Tom Roe", "USA")}
    assert _heads("Led by Deputy Minister Park Min-ho, the ROK delegation met the U.S. delegation led by Assistant "
                  "Secretary Tom Roe.", ("KOR", "USA")) == {("Park Min-ho", "KOR"), ("Tom Roe", "USA")}


def test_who_is_in_charge_of_a_side_heads_it():
    assert _heads("As for the American side, Tom Roe is in charge.", ("KOR", "USA")) == {("Tom Roe", "USA")}
    assert _heads("Tom Roe was in charge of the U.S. delegation, and Deputy Minister Park Min-ho led the ROK "
                  "delegation.", ("KOR", "USA")) == {("Tom Roe", "USA"), ("Park Min-ho", "KOR")}


def test_a_colleague_is_a_counterpart_and_a_title_repeated_after_a_titled_name_is_no_one():
    assert _heads("Minister of Defence Ola Berg hosted his Swedish colleague Sven Lind in Oslo.", ("NOR", "SWE")) == \
        {("Ola Berg", "NOR"), ("Sven Lind", "SWE")}
    assert _heads("The talks were led by Ambassador Park Min-ho, Special Representative for Korean Peninsula Peace and "
                  "Security Affairs, and Tom Roe, U.S. Special Representative for North Korea.", ("KOR", "USA")) == \
        {("Park Min-ho", "KOR"), ("Tom Roe", "USA")}
    # "A, Title, Mr B": the title between two names is the second one's
    assert _heads("1. The Australian Minister for Defence, Mr Tom Grey, Minister for Foreign Affairs of Japan, Mr Sato "
                  "Ken, and the Minister of Defense of Japan, Dr Ito Ren, held the 2+2.", ("AUS", "JPN")) == \
        {("Tom Grey", "AUS"), ("Sato Ken", "JPN"), ("Ito Ren", "JPN")}


def test_both_countries_ministers_named_after_the_pair_take_the_sides_in_the_order_said():
    assert _heads("The seventh meeting was attended by Foreign Minister Ann Lee and her Norwegian counterpart Ola Berg "
                  "and both countries’ defense ministers Tom Grey and Kari Lund.", ("AUS", "NOR")) == \
        {("Ann Lee", "AUS"), ("Ola Berg", "NOR"), ("Tom Grey", "AUS"), ("Kari Lund", "NOR")}


def test_a_lead_said_in_the_present_names_the_heads():
    assert _heads("Vice Minister Lars Holm represents Norway, and Ann Lee, deputy assistant secretary of defense "
                  "for Europe, leads the U.S. delegation.", ("NOR", "USA")) == {("Lars Holm", "NOR"), ("Ann Lee", "USA")}
    assert _heads("Norwegian Defence Minister Kari Lund hosts Finnish Defence Minister Eero Laine in Oslo for the "
                  "annual talks.", ("FIN", "NOR")) == {("Kari Lund", "NOR"), ("Eero Laine", "FIN")}
    # "heads of delegation" is a noun, not a lead
    assert _heads("The heads of delegation of Norway and the United States spoke to reporters.", ("NOR", "USA")) == set()


def test_the_signatories_of_a_document_signed_during_the_meeting_met_there():
    assert _heads("A revised strategy was signed by Defense Minister Lars Holm and U.S. Secretary of Defense Tom Roe "
                  "during the 12th Example Consultative Meeting in Oslo.", ("NOR", "USA"),
                  ["Example Consultative Meeting"]) == {("Lars Holm", "NOR"), ("Tom Roe", "USA")}


def test_a_name_ends_at_its_possessive_and_a_title_starts_after_the_verb():
    people = HeadFinder(KB).people("The fifth dialogue took place in Oslo during Deputy Defense Minister Lars Holm's "
                                   "visit to the United States.")
    assert [(p.name, p.title) for p in people] == [("Lars Holm", "Deputy Defense Minister")]


def test_where_no_sentence_says_who_led_the_ministers_the_page_names_first_are_the_heads():
    text = ("Norway and Finland held their first two-plus-two talks of foreign and defense ministers in Oslo.\n\n"
            "The two countries agreed to meet every year, Finnish Foreign Minister Aino Virta told reporters.\n\n"
            "Finnish Defense Minister Eero Laine called the talks historic.\n\n"
            "Norwegian Defense Minister Kari Lund said the talks went well.\n\n"
            "Foreign Minister Ola Berg added that trade was not discussed.\n\n"
            "Spokesperson Per Dahl declined to comment.")
    heads = HeadFinder(KB).from_page(text, ["FIN", "NOR"], [])
    assert {(h.name, h.party) for h in heads} == {("Aino Virta", "FIN"), ("Eero Laine", "FIN"),
                                                   ("Kari Lund", "NOR"), ("Ola Berg", "NOR")}
    # one side alone named is not enough to tell the meeting's heads
    assert HeadFinder(KB).from_page("Norway and Finland held talks in Oslo.\n\nNorwegian Defense Minister Kari Lund "
                                    "said the talks went well.", ["FIN", "NOR"], []) == []


def test_ministers_who_convened_somewhere_with_their_counterparts_named_without_titles():
    assert _heads("Norwegian Defense Minister Kari Lund and Foreign Minister Ola Berg, along with their Finnish "
                  "counterparts Aino Virta and Eero Laine, convened in Bergen to discuss their ties.", ("FIN", "NOR")) == \
        {("Kari Lund", "NOR"), ("Ola Berg", "NOR"), ("Aino Virta", "FIN"), ("Eero Laine", "FIN")}


def test_a_country_possessive_before_a_name_is_title_enough():
    assert _heads("Norway's Kari Lund and Finland's General Eero Laine met in Oslo on Monday.", ("FIN", "NOR")) == \
        {("Kari Lund", "NOR"), ("Eero Laine", "FIN")}
    # a possessive that is not a country's gives no one a side
    assert _heads("The ministry's Kari Lund met in Oslo with the delegation.", ("FIN", "NOR")) == set()


def test_respective_counterparts_named_after_those_who_took_part():
    assert _heads("Defence Secretary Tom Grey and Foreign Secretary Ann Lee participated in the third 2+2 by video, "
                  "with their respective Finnish counterparts, Ministers Aino Virta and Eero Laine.", ("FIN", "GBR")) == \
        {("Tom Grey", "GBR"), ("Ann Lee", "GBR"), ("Aino Virta", "FIN"), ("Eero Laine", "FIN")}


def test_guests_paired_under_one_plural_title_are_both_heads_and_a_place_after_hosted_is_no_one():
    assert _heads("Ann Lee, Minister for Foreign Affairs, and Tom Grey, Minister for Defence, hosted Mary Moore and "
                  "Paul Minor, Secretaries of State and Defense for the United States, on May 2 in Perth.",
                  ("AUS", "USA")) == {("Ann Lee", "AUS"), ("Tom Grey", "AUS"), ("Mary Moore", "USA"),
                                      ("Paul Minor", "USA")}
    assert {name for name, _ in _heads("Secretary of State Mary Moore hosted the Two-Plus-Two Ministerial Dialogue "
                                       "with Foreign Secretary Ann Lee.", ("PHL", "USA"))} == {"Mary Moore", "Ann Lee"}


def test_the_second_side_after_a_semicolon_is_represented_by_its_own_ministers():
    assert _heads("Norway was represented by Minister for Foreign Affairs Ola Berg and Minister for Defence Kari Lund; "
                  "Finland by Minister of Defence Eero Laine and Minister for Foreign Affairs Aino Virta.",
                  ("FIN", "NOR")) == {("Ola Berg", "NOR"), ("Kari Lund", "NOR"), ("Eero Laine", "FIN"),
                                      ("Aino Virta", "FIN")}


def test_a_title_set_off_by_a_dash_and_the_body_a_head_serves_is_no_one():
    assert _heads("The Example Dialogue was co-chaired by Ann Lee - Deputy Assistant Secretary of Defense for Europe; "
                  "and Eero Laine - Director for Security, European External Action Service.", ("EU", "USA"),
                  ["Example Dialogue"]) == {("Ann Lee", "USA"), ("Eero Laine", "EU")}


def test_a_nationality_right_before_a_name_is_title_enough():
    assert _heads("Finnish Foreign Minister Aino Virta, Norwegian Foreign Minister Ola Berg and Swedish Ann Lund "
                  "met in Oslo for the Nordic ministerial meeting.", ("FIN", "NOR", "SWE")) == \
        {("Aino Virta", "FIN"), ("Ola Berg", "NOR"), ("Ann Lund", "SWE")}


def test_a_name_after_mr_leads_and_a_vietnamese_name_is_vietnams_side():
    text = ("Lieutenant General Tran Van Binh, Deputy Minister of National Defense, and Mr. Tom Roe jointly chaired "
            "the 9th Example Defense Policy Dialogue.")
    assert _heads(text, ("USA", "VNM"), ["Example Defense Policy Dialogue"], text) == \
        {("Tran Van Binh", "VNM"), ("Tom Roe", "USA")}


def test_who_has_their_counterparts_is_of_the_other_side_and_in_attendance_names_both():
    assert _heads("Norway and Finland concluded their third 2+2, attended by Minister for Foreign Affairs Ola Berg "
                  "and Minister for Defence Kari Lund alongside their Finnish counterparts.", ("FIN", "NOR")) == \
        {("Ola Berg", "NOR"), ("Kari Lund", "NOR")}
    assert _heads("In attendance at the meeting was Minister for Foreign Affairs Ola Berg and Minister for Defence "
                  "Kari Lund, as well as their Finnish counterparts Minister for Foreign Affairs Aino Virta and "
                  "Minister of Defence Eero Laine.", ("FIN", "NOR"), ["Example 2+2"]) == \
        {("Ola Berg", "NOR"), ("Kari Lund", "NOR"), ("Aino Virta", "FIN"), ("Eero Laine", "FIN")}


def test_a_titled_surname_before_its_possessive_is_a_head():
    assert _heads("Foreign Minister Berg, Defense Minister Lund, Secretary of State Ann Lee, and Secretary of Defense "
                  "Roe's talks between Norway and the United States, the so-called 2+2, were held in Oslo.",
                  ("NOR", "USA")) >= {("Ann Lee", "USA"), ("Roe", "USA")}


def test_one_who_meets_his_counterpart_of_the_only_named_party_brings_his_own_country(extract_text):
    rec = extract_text("Norway's defense minister meets Finnish counterpart\n\n"
                       "Defence Minister Kari Lund and his Finnish counterpart, Eero Laine, held their first talks in "
                       "four years in Oslo on Monday and agreed to keep meeting.\n\n"
                       "Lund said Norway wants closer ties. Norway and its neighbours face new threats, he added, "
                       "and Norway will spend more on defence.")
    assert sorted(rec.meeting.parties) == ["FIN", "NOR"]
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Kari Lund", "NOR"), ("Eero Laine", "FIN")}


def test_a_side_named_only_as_counterparts_takes_the_ministers_the_page_names_for_it(extract_text):
    rec = extract_text("At the first Foreign and Defence Ministerial Dialogue in Oslo, Prime Minister Jon Dahl said "
                       "the ties matter.\n\n"
                       "Dahl met Finnish Foreign Minister Aino Virta and Defence Minister Eero Laine. The Norwegian "
                       "delegation led by Defence Minister Kari Lund and Foreign Minister Ola Berg met their Finnish "
                       "counterparts.\n\nBoth sides discussed regional security.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Kari Lund", "NOR"), ("Ola Berg", "NOR"),
                                                              ("Aino Virta", "FIN"), ("Eero Laine", "FIN")}


def test_a_page_quoting_a_minister_with_his_counterpart_names_both_heads():
    text = ("OSLO - Norway is committed to its allies, Defense Minister Kari Lund said on Thursday in a news "
            "conference with his Finnish counterpart, Eero Laine.\n\n"
            "Lund hosted the Finnish official for the 12th Example Consultative Meeting.")
    heads = HeadFinder(KB).from_page(text, ["FIN", "NOR"], ["Example Consultative Meeting"])
    assert {(h.name, h.title, h.party) for h in heads} == {("Kari Lund", "Defense Minister", "NOR"),
                                                           ("Eero Laine", "counterpart", "FIN")}



def test_one_head_is_no_meeting_the_others_named_later_are_read(extract_text):
    rec = extract_text("Officials from the United States and the European Union held the second Example Security "
                       "Dialogue in Oslo on Monday.\n\nDeputy Assistant Secretary of Defense Ola Berg said the talks "
                       "went well.\n\nThe sides discussed support for Ukraine.\n\nThey agreed to meet again next year."
                       "\n\nThe dialogue was co-chaired by Tom Roe - Deputy Assistant Secretary of State for European "
                       "Affairs; and Ann Lee - Director for Security and Defense, European External Action Service.")
    assert {("Tom Roe", "USA"), ("Ann Lee", "EU")} <= {(h.name, h.party) for h in rec.meeting.heads}


def test_a_two_plus_two_side_with_one_minister_in_the_lead_takes_its_other_minister_named_later():
    text = ("Foreign Minister Aino Virta and Defence Minister Eero Laine of Finland held the first 2+2 with Foreign "
            "Minister Ola Berg of Norway in Oslo.\n\n"
            "The ministers discussed regional security.\n\n"
            "Norwegian Minister of Defence Kari Lund signed a memorandum with Finland on training.\n\n"
            "Norwegian Prime Minister Jon Dahl received the ministers.")
    sentence = text.split("\n")[0]
    assert _heads(sentence, ("FIN", "NOR"), ["2+2"], text) == {("Aino Virta", "FIN"), ("Eero Laine", "FIN"),
                                                               ("Ola Berg", "NOR"), ("Kari Lund", "NOR")}


def test_indian_and_gulf_honorifics_are_not_part_of_a_head_s_name(extract_text):
    rec = extract_text("Dialogue\n\nThe talks, co-chaired by U.S. Secretary of State John Doe and Saudi Foreign Minister "
                       "Prince Faisal Bin Salem, were held in Washington on October 14, 2027.\n\nThey agreed to meet again.")
    assert ("Faisal Bin Salem", "SAU") in [(h.name, h.party) for h in rec.meeting.heads]


def test_one_who_co_chaired_a_committee_with_a_counterpart_leads_one_side_and_the_counterpart_the_other(extract_text):
    rec = extract_text("Readout of the 5th Round of the U.S.-Norway Defense Consultative Committee\n\n"
                       "Oslo, May 9, 2027: On May 6-7, 2027, Deputy Assistant Secretary of Defense for Western Hemisphere "
                       "Affairs, Mr. Tom Roe, co-chaired the 5th round of the annual U.S.-Norway Defense Consultative "
                       "Committee with the Director of Policy of the Norwegian Ministry of Defence, Brigadier General "
                       "Ola Berg.\n\nThe two sides reviewed their cooperation and agreed to expand exercises.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Tom Roe", "USA"), ("Ola Berg", "NOR")}
    assert rec.meeting.dialogue == "U.S.-Norway Defense Consultative Committee" and rec.meeting.round == 5
    assert (rec.meeting.start, rec.meeting.end) == ("2027-05-06", "2027-05-07")  # not the release's dateline


def test_a_head_whose_office_ends_in_its_acronym_leaves_his_counterpart_a_head_of_the_other_side(extract_text):
    rec = extract_text("Norwegian and Chilean generals hold talks\n\n"
                       "Senior officers of the Norwegian and Chilean armed forces met in Oslo this week. Brigadier Ola Lund, "
                       "Chief Joint Plans and Policy (JP&P) and his Chilean counterpart Brigadier General Ana Rojas "
                       "co-chaired the talks.\n\nRojas thanked the hosts for the talks.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Ola Lund", "NOR"), ("Ana Rojas", "CHL")}
    assert [(s.act, s.actors) for s in rec.statements][-1] == ("appreciate", ["CHL"])


def test_a_dialogue_that_took_place_between_two_ministers_has_their_sides(extract_text):
    rec = extract_text("Fourth Annual Defence Dialogue between India and Norway\n\n"
                       "The fourth Annual Defence Dialogue took place between Raksha Mantri Shri Dev Rao and Norwegian "
                       "Minister of Defence Mr Kari Lund in Oslo on May 5, 2027. The ministers reviewed defence "
                       "cooperation and agreed to deepen industrial ties.")
    assert rec.meeting.parties == ["IND", "NOR"]
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Dev Rao", "IND"), ("Kari Lund", "NOR")}


def test_a_council_or_a_board_is_no_head_and_a_session_of_the_dialogue_is_not_the_dialogue():
    assert _heads("Foreign Ministers of the Nordic Cooperation Council and U.S. Secretary of State Ann Lee met today in "
                  "Oslo for the second ministerial meeting of the Example Forum.", ("NOR", "USA"), ["Example Forum"]) \
        == {("Ann Lee", "USA")}
    assert _heads("In addition, Deputy Assistant Secretary of Defense Tom Roe co-chaired the Deterrence Strategy "
                  "Committee session of the KIDD with Deputy Minister Kim Ha-na.", ("KOR", "USA"), ["KIDD"]) == set()


def test_an_agreement_is_no_ones_name_and_secdef_is_a_title():
    assert _heads("SecDef Tom Roe and Minister Kari Lund, who negotiate the Special Measures Agreement, met in Oslo.",
                  ("NOR", "USA")) == {("Tom Roe", "USA"), ("Kari Lund", "NOR")}


def test_a_minister_at_a_meeting_of_one_country_with_an_organisation_is_the_countrys():
    assert _heads("Minister of Defence Lund held talks with the ASEAN defence ministers in Oslo.", ("ASEAN", "NOR")) \
        == {("Lund", "NOR")}


def test_malay_honorifics_and_the_secretary_of_war_and_the_minister_for_women():
    assert _heads("Secretary of War Tom Roe met Defence Minister Datuk Seri Ahmad Karim in Kuala Lumpur.",
                  ("MYS", "USA")) == {("Tom Roe", "USA"), ("Ahmad Karim", "MYS")}
    assert {n for n, _ in _heads("Minister for Foreign Affairs and Minister for Women Jane Roe and Secretary of "
                                 "State Tom Roe held the 31st Example Consultations.", ("AUS", "USA"),
                                 ["Example Consultations"])} == {"Jane Roe", "Tom Roe"}


def test_ministers_who_visited_a_capital_for_the_talks_lead_their_side(extract_text):
    rec = extract_text("Norway and Poland: partners\n\n"
                       "Foreign Secretary Ola Berg and Defence Secretary Kari Lund visited Warsaw on 28 July for foreign "
                       "and defence policy talks with Norway's partners.\n\n"
                       "Polish Foreign Minister Jan Nowak and Defence Minister Piotr Zielinski hosted this year's annual "
                       "Norway - Poland talks in Warsaw.\n\nThe ministers agreed to expand training.")
    assert {h.name for h in rec.meeting.heads} == {"Ola Berg", "Kari Lund", "Jan Nowak", "Piotr Zielinski"}


def test_a_name_with_two_middle_initials_is_one_name_and_one_sentence(extract_text):
    rec = extract_text("Norway, Poland hold talks\n\n"
                       "Norway and Poland held the 8th Political-Military Meeting on 14-15 June 2027 in Oslo.\n\n"
                       "The Polish delegation was co-led by Assistant Secretary for European Affairs Jan LB. Nowak and "
                       "Defense Assistant Secretary Piotr T. Zielinski III, while the Norwegian delegation was co-led by "
                       "Deputy Director-General Ola Berg and Director-General Kari Lund.\n\n"
                       "The two sides agreed to expand training.")
    assert {h.name for h in rec.meeting.heads} >= {"Jan LB. Nowak", "Piotr T. Zielinski III"}


def test_a_head_named_again_by_surname_is_one_head(extract_text):
    rec = extract_text("Norway and Poland Hold Defence Dialogue\n\n"
                       "1. The Defence Minister of Norway Ola Berg is paying a visit to Poland at the invitation of the "
                       "Minister of Defence of Poland, Jan Nowak. The two Ministers held a Defence Ministerial Meeting "
                       "on March 30, 2027 in Warsaw.\n\n"
                       "2. Minister Nowak briefed on Poland's security policy. Minister Berg appreciated the briefing.")
    names = [h.name for h in rec.meeting.heads]
    assert "Ola Berg" in names and "Berg" not in names


def test_a_postnominal_that_ends_the_sentence_is_not_part_of_the_name(extract_text):
    rec = extract_text("Norway and Finland reaffirm ties\n\n"
                       "Norway and Finland reaffirmed their relationship during the fourth Norway-Finland Defence "
                       "Ministers' Meeting, co-chaired by Norway's Minister for Defence Dr Ola Berg and Finland's "
                       "Minister of Defence Aino Virta KC. The talks centred on closer cooperation.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Ola Berg", "NOR"), ("Aino Virta", "FIN")}


def test_a_second_co_chair_after_a_long_title_and_a_country_said_possessively_in_each_title():
    h = HeadFinder(KB)
    got = h.people("Lieutenant General Ola Berg, vice chief of the Joint Staff under Norway's Defence Command (NDC) "
                   "and Chan Wei Ming, permanent secretary of Singapore's Ministry of Defence, co-chaired the eighth "
                   "Norway-Singapore Defence Policy Dialogue")
    assert [p.name for p in got] == ["Ola Berg", "Chan Wei Ming"]
    assert [h._country_in_title(p.title) for p in got] == ["NOR", "SGP"]


def test_an_arabic_particle_joined_to_its_word_is_inside_the_name():
    h = HeadFinder(KB)
    got = h.people("Assistant Minister of Defense Major General Omar Salah el-Din Hasan and Defense Minister Khalid "
                   "al-Rashid co-chaired the committee")
    assert [p.name for p in got] == ["Omar Salah el-Din Hasan", "Khalid al-Rashid"]


def test_the_kingdom_an_ambassador_is_accredited_to_is_part_of_his_title():
    h = HeadFinder(KB)
    got = h.people("The meeting was attended by the US Ambassador to the Kingdom Ann Roe, and the U.S. Defense Attache.")
    assert [(p.name, p.title) for p in got] == [("Ann Roe", "US Ambassador to the Kingdom")]


def test_the_start_of_a_countrys_name_is_no_persons_name():
    got = _heads("Bilateral talks were held between Berg and each of the ASEAN colleagues, whose members include "
                 "Malaysia, Cambodia, and Papua New Guinea (which has observer status).", ("ASEAN", "NOR"),
                 ["Norway-ASEAN Defence Ministers' Informal Meeting"])
    assert not any("Papua" in name for name, _ in got)


def test_heads_said_with_a_gerund_leading_a_delegation_or_representing_a_country():
    assert _heads("The second Norway-China strategic security dialogue was held in Oslo, with State Secretary for "
                  "Defence Ola Berg leading the Norwegian team, and Maj. Gen. Li Wei, assistant director of the planning "
                  "bureau of China's Ministry of National Defense, representing China.",
                  ("CHN", "NOR"), ["Norway-China strategic security dialogue"]) == {("Ola Berg", "NOR"), ("Li Wei", "CHN")}


def test_ministers_a_release_lists_above_its_text_are_the_heads_when_no_sentence_names_them(pipeline, tmp_path):
    from accord.reading import read_path

    release = tmp_path / "release.txt"
    release.write_text("""Joint statement - Third Australia-Chile Foreign and Defence Ministerial Dialogue

Release details

Related ministers and contacts

The Hon Mara Quill MP

Minister for Defence

Media contact

02 5550 1234

Senator the Hon Tom Ashby

Minister for Foreign Affairs

Ms Lucia Ferrand

Minister of Foreign Affairs of Chile

Mr Andres Salgado

Minister of National Defence of Chile

Release content

4 March 2025

1. The third Australia-Chile Foreign and Defence Ministerial Dialogue met in Canberra today. Ministers \
reaffirmed their commitment to a rules-based order in the Pacific and the Southern Ocean.

2. Ministers agreed to expand cooperation on maritime domain awareness and Antarctic logistics.

3. Ministers welcomed the signing of an arrangement on defence science exchanges.
""", encoding="utf-8")
    heads = pipeline.extract(read_path(str(release))).meeting.heads
    assert {(h.name, h.party) for h in heads} == {
        ("Mara Quill", "AUS"), ("Tom Ashby", "AUS"), ("Lucia Ferrand", "CHL"), ("Andres Salgado", "CHL")}


def test_a_country_heading_a_list_of_ministers_and_the_style_of_a_member_of_parliament_tell_their_sides(pipeline, tmp_path):
    from accord.reading import read_path

    release = tmp_path / "committee.txt"
    release.write_text("""Malaysia
- Dr Farid Aziz, Minister for Foreign Affairs
- Mr Tan Wei Ming, Minister for Defence
- The Hon Grace Whitlow MP, Minister for Foreign Affairs
- Senator the Hon Ian Brody, Minister for Defence
1 Malaysian and Australian Ministers met in Kuala Lumpur today for the 5th Malaysia-Australia Joint \
Ministerial Committee. Ministers noted the growth of defence and trade ties since the last meeting.
2 Ministers agreed to hold the next meeting in Australia in 2027.
""", encoding="utf-8")
    heads = pipeline.extract(read_path(str(release))).meeting.heads
    assert {(h.name, h.party) for h in heads} == {
        ("Farid Aziz", "MYS"), ("Tan Wei Ming", "MYS"), ("Grace Whitlow", "AUS"), ("Ian Brody", "AUS")}


def test_the_ministers_who_sign_a_joint_statement_under_its_title_are_the_heads(pipeline, tmp_path):
    from accord.reading import read_path

    statement = tmp_path / "signed.txt"
    statement.write_text("""Joint Statement of the Security Consultative Committee

June 2, 2009

by

Secretary of State Harlan

Secretary of Defense Corvell

Minister for Foreign Affairs Okabe

Minister of Defense Tsujimura

The members of the Security Consultative Committee met in Washington to take stock of the Alliance. The Ministers \
reaffirmed that their partnership keeps the wider Pacific stable.

The Ministers agreed to widen cooperation on space situational awareness and logistics.
""", encoding="utf-8")
    heads = pipeline.extract(read_path(str(statement))).meeting.heads
    assert {(h.name, h.party) for h in heads} == {
        ("Harlan", "USA"), ("Corvell", "USA"), ("Okabe", "JPN"), ("Tsujimura", "JPN")}


def test_each_head_of_a_list_set_off_by_semicolons_takes_the_country_of_its_own_item():
    assert _heads("On Monday, Mary Cole, Principal Adviser for Arms Control, U.S. Department of State; Ambassador "
                  "Juan Soto, Director of Security Policy, Ministry of Foreign Affairs of Chile; and Rear Admiral "
                  "Luis Vera, Head of Naval Planning led the U.S.-Chile Security Talks.",
                  ["CHL", "USA"]) >= {("Mary Cole", "USA"), ("Juan Soto", "CHL")}


def test_a_minister_who_met_his_japanese_counterpart_is_of_the_country_the_page_pairs_with_japan(extract_text):
    rec = extract_text("Defence Minister Marco Bellini met with his Japanese counterpart, Ken Sato, today in Tokyo. "
                       "\u201cItaly and Japanshare deep-rooted ties,\u201d he said.\n\n"
                       "The ministers discussed Russia's war against Ukraine and Russia's threats to Europe.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Marco Bellini", "ITA"), ("Ken Sato", "JPN")}


def test_hosts_named_without_a_title_lead_the_side_of_the_capital_they_hosted_their_titled_guests_in():
    assert _heads("Anne Hale and Sir Peter Dunn hosted Foreign Minister Jan Nowicki and Defence Minister Piotr Zalewski "
                  "in London.", ["GBR", "POL"]) == {
        ("Anne Hale", "GBR"), ("Peter Dunn", "GBR"), ("Jan Nowicki", "POL"), ("Piotr Zalewski", "POL")}


def test_an_office_before_a_hyphenated_word_names_no_one():
    assert _heads("The four ministers also planned the upcoming Prime Minister-led UK-Poland consultations in December.",
                  ["GBR", "POL"]) == set()


def test_a_host_of_no_country_said_is_of_the_one_country_the_page_pairs_with_his_guests(extract_text):
    rec = extract_text("When Minister for Defence Lars Berg hosted his first official meeting with Estonia's Minister of "
                       "Defence Kaja Tamm, the security of the Baltic Sea region was on the agenda.\n\n"
                       "Norway and Estonia have a shared interest in stability in this part of Europe.")
    assert rec.meeting.parties == ["EST", "NOR"]
    assert {(h.name, h.title, h.party) for h in rec.meeting.heads} == {
        ("Lars Berg", "Minister for Defence", "NOR"), ("Kaja Tamm", "Minister of Defence", "EST")}


def test_a_retired_rank_in_brackets_keeps_the_title_before_it_and_its_country():
    assert _heads("The talks were jointly led by Defence Secretary Dr Ravi Rao and the Director-General of Israel's "
                  "Ministry of Defence, Maj Gen (Retd) Dan Levi.", ["IND", "ISR"]) == {("Ravi Rao", "IND"), ("Dan Levi", "ISR")}


def test_heads_of_no_side_said_take_the_side_left_once_the_other_is_named_further_down(extract_text):
    rec = extract_text("Third Australia-Chile 2+2 meeting in Sydney\n\n"
                       "The Third Australia-Chile 2+2 meeting in Sydney was held yesterday. After the talks, Foreign "
                       "Minister Ann Hale and Defence Minister Ruth Cole said relations were in good shape.\n\n"
                       "Chile's Foreign Minister Luis Vega and Ms. Cole pointed out that regional peace is of primary "
                       "importance.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {
        ("Ann Hale", "AUS"), ("Ruth Cole", "AUS"), ("Luis Vega", "CHL")}


def test_a_state_councilor_is_a_title_not_a_name():
    assert _heads("State Councilor Li Wen of China and Security Council Secretary Ivan Orlov of Russia co-chaired the "
                  "talks.", ["CHN", "RUS"]) == {("Li Wen", "CHN"), ("Ivan Orlov", "RUS")}


def test_those_who_co_chaired_the_opening_session_lead_but_not_those_of_a_committee_session():
    assert _heads("US Secretary of State Ann Roe and Chilean Foreign Minister Luis Vega co-chaired the opening session.",
                  ["CHL", "USA"]) == {("Ann Roe", "USA"), ("Luis Vega", "CHL")}
    assert _heads("Deputy Minister Kim Ha-na and Assistant Secretary Tom Roe co-chaired the Deterrence Strategy "
                  "Committee session.", ["KOR", "USA"]) == set()


def test_a_title_after_a_name_ends_where_a_country_and_title_begin_the_next_person():
    assert _heads("General Juan Cruz, chief of the Armed Forces of Chile and US Indo-Pacific commander Admiral Ann Roe "
                  "led this year's Mutual Defense Board meeting.", ["CHL", "USA"]) == {("Juan Cruz", "CHL"), ("Ann Roe", "USA")}


def test_those_who_signed_an_accord_in_a_city_at_the_end_of_the_talks_led_them(extract_text):
    rec = extract_text("The memorandum was signed in Oslo by Chief of Defence General Ola Berg and Polish "
                       "Chief of the General Staff General Jan Kowal at the close of the fourth round of the "
                       "Norway-Poland military staff talks. The two sides also compared notes on Arctic patrols.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Ola Berg", "NOR"), ("Jan Kowal", "POL")}


def test_an_agency_or_institute_named_beside_the_heads_is_not_a_head():
    got = _heads("The Example Dialogue was co-chaired by Minister Ola Berg and Secretary of State Tom Roe, joined by "
                 "Harbor Growth Corporation Vice President Sara Lind.", ("NOR", "USA"), ["Example Dialogue"])
    assert {n for n, _ in got} >= {"Ola Berg", "Tom Roe"}
    assert not {n for n, _ in got} & {"Harbor Growth Corporation", "Harbor Growth"}
    got = _heads("The dialogue was attended by Secretary Tom Roe and Minister Ola Berg, the Example Foundation and the "
                 "Northern Development Institute.", ("NOR", "USA"))
    assert {n for n, _ in got} == {"Ola Berg", "Tom Roe"}


def test_a_country_set_off_by_commas_after_each_name_is_that_heads_side(extract_text):
    rec = extract_text("The four ministers of the Visegrad Group met in Tatra on 3 May 2019.\n\n"
                       "The four ministers, Minister Jan Novak, the Czech Republic, Deputy Minister Zoltan Kiss, "
                       "Hungary, Minister Anna Nowak, Poland, and Minister Peter Horvath, Slovakia, later signed a "
                       "joint declaration.")
    assert rec.meeting.parties == ["CZE", "HUN", "POL", "SVK"]
    assert [(h.name, h.party) for h in rec.meeting.heads] == [
        ("Jan Novak", "CZE"), ("Zoltan Kiss", "HUN"), ("Anna Nowak", "POL"), ("Peter Horvath", "SVK")]


def test_a_dialogue_held_under_the_co_chair_of_two_officials_and_the_leader_of_a_delegation_set_off_by_commas():
    assert _heads("The third Defence Policy Dialogue was held in Oslo under the co-chair of Polish Deputy Defence "
                  "Minister Jan Kowal and Norwegian State Secretary Ola Berg.", ("NOR", "POL"),
                  ["Defence Policy Dialogue"]) == {("Jan Kowal", "POL"), ("Ola Berg", "NOR")}
    assert _heads("Leader of the Polish delegation, Mr. Jan Kowal, said the meeting would deepen cooperation.",
                  ("NOR", "POL")) == {("Jan Kowal", "POL")}


def test_an_air_marshal_keeps_his_rank_out_of_his_name_and_a_group_or_division_is_no_head():
    got = _heads("The Norwegian delegation was led by Air Marshal Ola Berg, Vice Chief of the Defence Force, and "
                 "Kari Lund, Deputy Secretary of the Strategy, Policy and Industry Group.", ("NOR", "POL"))
    assert {n for n, _ in got} == {"Ola Berg", "Kari Lund"}
    got = _heads("Defence Secretary Jan Kowal and Principal Staff Officer of the Armed Forces Division of Norway "
                 "Ola Berg co-chaired the talks.", ("NOR", "POL"))
    assert "Division" not in {n for n, _ in got}


def test_a_pakistani_names_particle_stays_inside_it():
    assert _heads("Norway's delegation was led by Secretary Defence, Lieutenant General Ahmed uz Zaman Khan, while the "
                  "Polish delegation was led by General Jan Kowal.", ("NOR", "POL")) == \
        {("Ahmed uz Zaman Khan", "NOR"), ("Jan Kowal", "POL")}


def test_a_minister_and_his_counterparts_of_two_nationalities_named_in_that_order():
    s = ("At the meeting in Bergen on June 19 Minister of Defence Ola Berg and his Danish and Swedish counterparts "
         "Kari Lund and Jan Holm agreed on a mutual stance.")
    assert _heads(s, ("DNK", "NOR", "SWE"), text=s) == {("Ola Berg", "NOR"), ("Kari Lund", "DNK"), ("Jan Holm", "SWE")}


def test_a_news_outlet_named_beside_the_heads_is_no_head():
    got = _heads("The meeting, co-chaired by Major General Ola Berg and Major General Jan Kowal, was covered by "
                 "the Bergen News.", ("NOR", "POL"))
    assert {n for n, _ in got} == {"Ola Berg", "Jan Kowal"}


def test_a_heads_degrees_and_honours_after_the_name_are_not_part_of_it():
    got = _heads("The Council was jointly chaired by the Hon Ola Berg MP, Minister for Defence of Norway, and the Hon "
                 "Jan Kowal LLB OBE MP, Minister of Defence of Poland.", ("NOR", "POL"))
    assert {n for n, _ in got} == {"Ola Berg", "Jan Kowal"}


def test_a_name_written_with_a_non_breaking_hyphen_is_read_whole():
    got = _heads("The talks were led by Kim Min\u2011su, deputy minister for national defense policy, and Tom Roe, "
                 "acting assistant secretary of defense.", ("KOR", "USA"))
    assert got == {("Kim Min-su", "KOR"), ("Tom Roe", "USA")}


def test_a_family_name_in_capitals_after_an_office_and_a_video_teleconference_held_with_a_counterpart():
    got = _heads("Minister BERG held a video teleconference with General Jan Kowal, Deputy Prime Minister and "
                 "Minister of National Defence of Poland.", ("NOR", "POL"))
    assert {n for n, _ in got} == {"BERG", "Jan Kowal"}


def test_a_family_name_of_three_capitals_after_an_office_is_a_name_not_an_acronym():
    got = _heads("On May 2, 2024, State Minister of Defense OTA held a meeting with Peru's Deputy Minister for "
                 "Defence, Brigadier General (Rtd) Juan Soto.", ("JPN", "PER"))
    assert got == {("OTA", "JPN"), ("Juan Soto", "PER")}


def test_heads_whose_offices_are_written_in_lower_case_each_with_its_country():
    s = ("The head of the Norwegian border service Ola Berg and the commander of the Swedish border troops Jan Holm "
         "met in the Norwegian village of Elverum on Monday.")
    assert _heads(s, ("NOR", "SWE"), text=s) == {("Ola Berg", "NOR"), ("Jan Holm", "SWE")}


def test_heads_whose_sides_are_said_by_an_office_of_a_country_after_the_name_or_a_vietnamese_name(extract_text):
    rec = extract_text("ĐÀ NẴNG — Việt Nam and the Russia Federation plan to widen their military ties over the next "
                       "five years, officials said.\n\n"
                       "Major General Hoàng Văn Lâm, deputy minister of National Defence spoke of the growing trust "
                       "between the armies, as he and his counterpart Ivan Sokolov, deputy minister of "
                       "Defence of the Russian Federation, jointly led the 4th Việt Nam-Russia Defence Strategic "
                       "Dialogue on Tuesday afternoon in Đà Nẵng.\n\nThe two sides agreed to expand training cooperation.")
    assert {h.name: h.party for h in rec.meeting.heads} == {"Hoàng Văn Lâm": "VNM", "Ivan Sokolov": "RUS"}


def test_ministers_of_three_countries_named_after_them_are_the_heads_in_that_order(extract_text):
    rec = extract_text("The defence ministers of Norway, Chile, and Kenya – Ola Berg, Ana Soto, and John Mwangi, held a "
                       "trilateral meeting in Oslo on May 4 dedicated to maritime security.\n\n"
                       "The ministers agreed to hold a joint exercise next year.")
    assert {h.name: h.party for h in rec.meeting.heads} == {"Ola Berg": "NOR", "Ana Soto": "CHL", "John Mwangi": "KEN"}


def test_a_head_of_state_named_with_his_country_is_not_a_delegation_head(extract_text):
    rec = extract_text("The fourth Norway-Chile Strategic Dialogue was held in Oslo on May 4, 2026. Deputy Foreign "
                       "Minister Ola Berg led the Norwegian delegation and Vice Minister Ana Soto led the Chilean "
                       "delegation. Vice Minister Soto also met Gabriel Rojas, President of the Republic of Chile, "
                       "before the talks.")
    assert {h.name for h in rec.meeting.heads} == {"Ola Berg", "Ana Soto"}


def test_a_palace_that_hosted_or_officials_in_a_list_are_not_heads(extract_text):
    rec = extract_text("The Santa Cruz Palace in Oslo, the headquarters of the Foreign Ministry, hosted this Monday the "
                       "second meeting in 2+2 format between the Norwegian Ministers of Foreign Affairs, Ola Berg, and "
                       "Defence, Kari Lund, and their Chilean counterparts, Ana Soto and Pedro Ruiz, respectively.\n\n"
                       "The Chilean delegation was led by Honourable Ana Soto, Minister of Foreign Affairs, and "
                       "senior Government Officials.")
    names = {h.name for h in rec.meeting.heads}
    assert "Santa Cruz Palace" not in names and not any("Officials" in n for n in names)


def test_a_retired_rank_in_lower_case_parentheses_is_part_of_the_title():
    assert _heads("Director General of the Israel Ministry of Defense, Maj. Gen. (ret) Tom Vale and Norwegian State "
                  "Secretary for the Ministry of Defence, Mr. Ola Berg led the annual bilateral dialogue between "
                  "Israel and Norway yesterday.", ("ISR", "NOR")) == {("Tom Vale", "ISR"), ("Ola Berg", "NOR")}


def test_a_visiting_peer_is_a_counterpart_and_a_hyphenated_rank_is_a_rank():
    assert _heads("Chief of Staff of Norway's Armed Forces Lt.-Gen. Tom Vale and his visiting Polish peer Jan Kowal "
                  "discussed on Wednesday a number of topics of common concern.", ("NOR", "POL")) == \
        {("Tom Vale", "NOR"), ("Jan Kowal", "POL")}


def test_heads_joined_by_an_ampersand_and_an_official_style_that_says_the_side():
    text = ("India and Norway convened their 3rd Joint Defence Committee in Bergen. Led by Shri Ravi Menon, Joint "
            "Secretary (IC) & Maj Gen Ola Berg, Deputy Chief of Policy, talks centred on logistics.")
    assert {(h.name, h.party) for h in HeadFinder(KB).find([(0, text.split(". ", 1)[1])], ["IND", "NOR"],
                                                           ["Joint Defence Committee"], text)} == \
        {("Ravi Menon", "IND"), ("Ola Berg", "NOR")}


def test_a_dotted_rank_before_a_name_and_and_inside_the_dialogues_name():
    assert _heads("Deputy Minister of Defense Sen. Lieut. Gen. Tran Van Minh and Director General for Strategy at the "
                  "Norwegian Ministry of Defence Ola Berg co-chaired the third Vietnam-Norway defense strategy and "
                  "cooperation dialogue in Oslo on Monday.", ("NOR", "VNM"),
                  ["Vietnam-Norway defense strategy and cooperation dialogue"]) == {("Tran Van Minh", "VNM"), ("Ola Berg", "NOR")}


def test_ministers_named_in_apposition_to_their_number_with_their_countries():
    assert _heads("The three ministers, Ola Berg of Norway, Jan Kowal of Poland, and Ann Lee of Canada, have agreed to "
                  "share radar data on Arctic flights, a spokesman said.", ("CAN", "NOR", "POL")) == \
        {("Ola Berg", "NOR"), ("Jan Kowal", "POL"), ("Ann Lee", "CAN")}


def test_the_first_person_listed_under_each_side_of_a_fact_sheet_heads_it(extract_text):
    rec = extract_text("The 9th Japan-Chile Security Dialogue\n\n"
                       "1. On May 2, 2024, the 9th Japan-Chile Security Dialogue was held in Santiago. The overview is as follows.\n"
                       "(1) Date: May 2, 2024\n(2) Venue: Santiago\n(3) Participants\n"
                       "(Japanese side) Ministry of Foreign Affairs:\n"
                       " Mr. Taro Yamada, Deputy Minister for Foreign Affairs, Mr. Jiro Sato, Director-General of the "
                       "Latin American Bureau, and others.\n"
                       " Ministry of Defense: Mr. Ichiro Suzuki, Deputy Director General, and others\n"
                       "(Chilean side) Ministry of Foreign Affairs: Ms. Ana Rojas, Undersecretary, and others\n"
                       " Ministry of National Defense: Mr. Pablo Vera, Director of International Affairs, and others\n"
                       "2. Both sides exchanged views on the security environment.\n")
    assert sorted((h.name, h.party) for h in rec.meeting.heads) == [("Ana Rojas", "CHL"), ("Taro Yamada", "JPN")]


def test_officers_listed_with_their_offices_who_co_chaired_the_event_are_heads(extract_text):
    rec = extract_text("OSLO, May 3 -- Chilean and Norwegian military leaders held their fifth strategic dialogue in "
                       "Oslo on May 2, 2024. General Pedro Soto, Chief of the Joint Staff of Chile, Vice Admiral Rune "
                       "Berg, Chief of Norwegian Defence, and Kari Lund, Norway's Secretary of Defence, co-chaired the "
                       "event. The two sides also talked about fisheries patrols.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Pedro Soto", "CHL"), ("Rune Berg", "NOR"), ("Kari Lund", "NOR")]


def test_a_prince_who_held_talks_with_his_counterpart_and_one_leading_a_sides_delegation_are_heads(extract_text):
    rec = extract_text("Saudi and Norwegian defence ministers meet in Oslo\n\n"
                       "In Oslo on Monday, Prince Faisal bin Fahd held talks with his Norwegian counterpart Ola Berg. "
                       "The two ministers reviewed defence cooperation.")
    assert sorted((h.name, h.party) for h in rec.meeting.heads) == [("Faisal bin Fahd", "SAU"), ("Ola Berg", "NOR")]
    rec = extract_text("The Kenya-Uganda Joint Border Commission began its session in Busia on Tuesday.\n\n"
                       "Peter Otieno, leading the Ugandan delegation, told delegates the border had been calm.")
    assert [(h.name, h.party) for h in rec.meeting.heads if h.name == "Peter Otieno"] == [("Peter Otieno", "UGA")]


def test_a_country_set_off_after_a_heads_title_is_his_side(extract_text):
    rec = extract_text("The 3rd India-Ghana Joint Defence Cooperation Committee met in New Delhi on May 4, 2026. "
                       "Major General Kofi Mensah, Deputy Chief of Defence Staff, Ghana, and the Joint Secretary (IC) "
                       "of India's defence ministry co-chaired the talks.")
    assert [(h.name, h.party) for h in rec.meeting.heads if "Mensah" in h.name] == [("Kofi Mensah", "GHA")]


def test_a_heads_country_said_after_his_office_or_by_the_panel_he_led(extract_text):
    rec = extract_text("The second Armenia-India joint working group on defence met in Yerevan on October 2, 2026. "
                       "Talks were led by Levon Petrosyan, Director of Defence Policy, at Armenia's Ministry of Defence, "
                       "and by Ravi Negi, Joint Secretary, at India's Ministry of Defence.")
    assert sorted((h.name, h.party) for h in rec.meeting.heads) == [("Levon Petrosyan", "ARM"), ("Ravi Negi", "IND")]
    rec = extract_text("The fifth Philippines-France Joint Defense Cooperation Committee met in Manila on May 5, 2026.\n\n"
                       "Undersecretary Maria Cruz of the DND, who led the Philippine panel, said the two navies had "
                       "trained together twice this year.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Maria Cruz", "PHL")]


def test_co_chairs_whom_nothing_places_take_the_dialogues_order_of_countries(extract_text):
    rec = extract_text("Joint Communique\n\nThe 9th Chile-Norway Defence Forum was held in Santiago on 3 March 2026.\n\n"
                       "The Forum was co-chaired by Ana Rojas, Minister of National Defence, and Kari Lund, "
                       "Minister of Defence.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Ana Rojas", "CHL"), ("Kari Lund", "NOR")]


def test_ministers_named_after_a_meeting_between_their_offices_take_the_leads_pair_order(extract_text):
    rec = extract_text("RIGA – Latvian-Portuguese defence ties were reviewed on Monday in Riga in a meeting between the "
                       "defence chiefs of the two countries, Janis Ozols and Rui Costa.\n\n"
                       "The two ministers agreed to hold a joint naval exercise next year.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Janis Ozols", "LVA"), ("Rui Costa", "PRT")]


def test_one_who_represented_a_delegation_heads_it_even_without_a_title(extract_text):
    rec = extract_text("The Zambia-Malawi Joint Permanent Commission met for its 7th session in Lusaka from May 4 to 8, "
                       "2024; Defence Minister John Banda led the Zambian delegation while Peter Phiri represented the "
                       "Malawian delegation.\n\nThe two sides agreed to patrol the border together.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("John Banda", "ZMB"), ("Peter Phiri", "MWI")]


def test_the_guest_a_delegation_led_by_its_head_hosted_is_of_the_guests_side(extract_text):
    rec = extract_text("The Norway-Turkmenistan Annual Consultations ended today after two days online. Norway's "
                       "delegation, led by State Secretary Kari Lund, hosted Foreign Minister Batyr Amanov and a "
                       "Turkmen delegation.\n\nThe two sides discussed regional security.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Kari Lund", "NOR"), ("Batyr Amanov", "TKM")]


def test_a_portfolio_of_counterterrorism_or_diplomacy_is_not_part_of_the_name(extract_text):
    rec = extract_text("The third Norway-Chile Counterterrorism Dialogue was held in Oslo on March 6, 2026.\n\n"
                       "The meeting was chaired by Norwegian Acting Coordinator for Counterterrorism Kari Lund and "
                       "Chile's Director for Multilateral Diplomacy and the UN Ana Rojas.")
    assert sorted((h.name, h.party) for h in rec.meeting.heads) == [("Ana Rojas", "CHL"), ("Kari Lund", "NOR")]


def test_a_peers_lord_is_no_part_of_his_name_nor_eurasia_of_a_secretarys(extract_text):
    rec = extract_text("The third UK-Chile Security Dialogue was held in London on March 6, 2026, co-chaired by Minister "
                       "of State for the Americas Lord Tom Reid and Chilean Under Secretary Ana Rojas.")
    assert sorted(h.name for h in rec.meeting.heads) == ["Ana Rojas", "Tom Reid"]
    rec = extract_text("The U.S.-Chile Strategic Dialogue was held in Washington on March 6, 2026, co-chaired by "
                       "Deputy Assistant Secretary for Europe and Eurasia Jane Roe and Chilean Under Secretary Ana Rojas.")
    assert sorted(h.name for h in rec.meeting.heads) == ["Ana Rojas", "Jane Roe"]


def test_a_country_run_into_a_name_after_its_office_is_not_part_of_the_name(extract_text):
    rec = extract_text("The third New Zealand-Chile Defence Policy Dialogue was held in Santiago on March 6, 2026.\n\n"
                       "It was co-chaired by New Zealand Secretary of Defence and Chief Executive New Zealand Tom "
                       "Hale and Chilean Under Secretary Ana Rojas.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Tom Hale", "NZL"), ("Ana Rojas", "CHL")]



def test_a_resident_ambassador_or_consul_who_sat_in_heads_no_delegation(extract_text):
    rec = extract_text("The second Norway-Chile Defence Dialogue was held in Santiago on May 4, 2026. It was co-chaired "
                       "by Norwegian State Secretary Kari Lund and Chilean Under Secretary Ana Rojas, with Norwegian "
                       "Ambassador to Chile Tom Hale and Chilean Consul General Eva Diaz also taking part.")
    assert sorted(h.name for h in rec.meeting.heads) == ["Ana Rojas", "Kari Lund"]


def test_a_delegate_minister_in_charge_of_a_portfolio_keeps_the_whole_title():
    sentence = ("The Minister of Defence of Norway, Ms. Ada Lund, and the Minister Delegate in charge of Defence "
                "Administration of Poland, Mr. Piotr Wolski, held the fifth meeting of the dialogue.")
    heads = HeadFinder(KB).find([(0, sentence)], ["NOR", "POL"], [], None)
    assert [(h.name, h.title, h.party) for h in heads] == [
        ("Ada Lund", "Minister of Defence of Norway", "NOR"),
        ("Piotr Wolski", "Minister Delegate in charge of Defence Administration of Poland", "POL")]


def test_the_heads_of_the_two_countries_named_after_them_take_the_order_the_page_pairs_their_countries_in(extract_text):
    rec = extract_text("Cooperation between Norway and Poland confirmed\n\n"
                       "Cooperation between Norway and Poland keeps growing, as found by the heads of the international "
                       "cooperation offices of the two countries' armed forces, Commander Ola Brekke and "
                       "Dr. Jan Mazur, during their yearly staff talks in Oslo.\n\n"
                       "Commander Brekke pointed out that joint exercises build trust. The interlocutors exchanged "
                       "views on regional security.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Ola Brekke", "NOR"), ("Jan Mazur", "POL")]
    assert [(s.act, s.actors) for s in rec.statements if s.text.startswith("Commander")] == [("note", ["NOR"])]


def test_a_title_that_opens_a_quoted_sentence_leaves_its_quotation_mark():
    from accord.extraction.people import normalize_title
    assert normalize_title("\u201cThe Minister of Defence of Poland") == "Minister of Defence of Poland"
    assert normalize_title("\u2018Deputy Minister") == "Deputy Minister"


def test_arabic_names_keep_their_lower_case_al_and_the_gulf_style_they_are_known_by(extract_text):
    rec = extract_text("Omani and Qatari ministers meet\n\n"
                       "The Omani-Qatari Joint Committee met for the first time in Muscat on 4 May 2027, co-chaired by "
                       "Sayyid Hamad bin Said al Harthy, Foreign Minister, and Sheikh Khalid bin Nasser al Thani, "
                       "Foreign Minister of Qatar.\n\nThe two sides discussed trade.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [
        ("Sayyid Hamad bin Said al Harthy", "OMN"), ("Sheikh Khalid bin Nasser al Thani", "QAT")]


def test_his_excellency_written_he_before_a_title_set_off_name_is_no_part_of_the_name(extract_text):
    rec = extract_text("Norway and Qatar hold strategic dialogue\n\n"
                       "Oslo: Qatar's Prime Minister and Foreign Minister, HE Sheikh Khalid bin Nasser Al-Mansour, "
                       "and Norway's Foreign Minister, HE Per Lund co-chaired the "
                       "third Qatar-Norway Strategic Dialogue in Oslo on 12 June 2027.\n\nThe two sides agreed to expand cooperation.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [
        ("Sheikh Khalid bin Nasser Al-Mansour", "QAT"), ("Per Lund", "NOR")]


def test_a_second_delegation_of_a_body_headed_by_its_chair_is_the_body_s_side(extract_text):
    rec = extract_text("Norway and the EU meet\n\n"
                       "The seventh Norway-EU ministerial round was held in Oslo on 3 May 2027. The Norwegian side was "
                       "headed by Mr. Per Lund, Minister of Foreign Affairs of Norway and the delegation of the European "
                       "Union was led by Aino Virta, Foreign Minister of Finland.\n\n"
                       "The Ministers agreed to meet again in Brussels.")
    assert [(h.name, h.title, h.party) for h in rec.meeting.heads] == [
        ("Per Lund", "Minister of Foreign Affairs of Norway", "NOR"),
        ("Aino Virta", "Foreign Minister of Finland", "EU")]


def test_new_york_after_a_head_is_no_head(extract_text):
    rec = extract_text("Three ministers meet\n\n"
                       "At talks in New York, Japanese Foreign Minister Kenji Sato, South Korean Foreign Minister Park "
                       "Min-ho and U.S. Secretary of State Ann Cole condemned the missile launches.\n\n"
                       "The three ministers agreed to meet again in Seoul.")
    assert sorted(h.name for h in rec.meeting.heads) == ["Ann Cole", "Kenji Sato", "Park Min-ho"]


def test_a_day_or_a_dateline_before_a_title_is_no_part_of_it(extract_text):
    rec = extract_text("Ministers meet\n\nOn Friday Minister Jan Nowak met with Defence Minister Ursula Brandt in "
                       "Warsaw for talks on air defence. Poland and Germany agreed to train together.")
    assert ("Jan Nowak", "Minister") in [(h.name, h.title) for h in rec.meeting.heads]
    rec = extract_text("Dialogue held\n\nJune 3, 2026 (Hanoi) – Department of National Defense Assistant "
                       "Secretary Ana Cruz and her Vietnamese counterpart Le Van Minh met for the 5th Philippines-"
                       "Vietnam Defense Policy Dialogue.")
    assert ("Ana Cruz", "PHL") in [(h.name, h.party) for h in rec.meeting.heads]


def test_and_after_a_name_begins_the_next_persons_title_not_a_title_of_the_first(extract_text):
    rec = extract_text("Border commission meets\n\nMorocco and Mauritania opened their first joint military "
                       "commission in Rabat on 3 May 2026.\n\nThe inspector of Morocco's army, Major General "
                       "Karim Alami, and the commander of the Navy of Mauritania, Admiral Sidi Ould Baba, "
                       "led the talks.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Karim Alami", "MAR"), ("Sidi Ould Baba", "MRT")]
    assert rec.meeting.heads[1].title == "commander of the Navy of Mauritania"


def test_heading_the_side_were_gives_that_sides_heads(extract_text):
    rec = extract_text("Norway and Poland hold talks\n\nSenior Norwegian and Polish officials met in Oslo on 3 May 2026 "
                       "for the 4th Norway-Poland Strategic Dialogue.\n\nDeputy Foreign Minister Kari Holm and State "
                       "Secretary Ola Berg led the Norwegian delegation. Heading the Polish side were Deputy Minister "
                       "Jan Nowak and Director Anna Zielinska.\n\nThe two sides agreed to expand drills.")
    assert [(h.name, h.party) for h in rec.meeting.heads if h.party == "POL"] == [("Jan Nowak", "POL"),
                                                                                  ("Anna Zielinska", "POL")]


def test_a_side_represented_by_its_head_and_the_other_by_its_own():
    assert _heads("Norway and Chile held the fifth Defence Policy Dialogue in Oslo, with Norway represented by "
                  "State Secretary Ola Berg and Chile by Vice Admiral Juan Soto.", ("CHL", "NOR"),
                  ["Defence Policy Dialogue"]) == {("Ola Berg", "NOR"), ("Juan Soto", "CHL")}


def test_an_ambassadors_abbreviation_and_the_first_word_of_a_country_are_no_part_of_a_name():
    people = HeadFinder(KB).people("Present were Ghana's Foreign Minister, Amb. Kofi Mensah, and the "
                                   "Foreign Secretary of Sri Lanka Anura Perera.")
    assert [(p.name, p.title) for p in people] == [("Kofi Mensah", "Foreign Minister"),
                                                   ("Anura Perera", "Foreign Secretary of Sri Lanka")]


def test_a_minister_who_spoke_at_talks_with_another_met_him():
    assert _heads("Plans for joint patrols are on track, Norwegian Defence Minister Ola Berg said at Monday's talks with "
                  "Polish Defence Minister Jan Nowak.", ("NOR", "POL")) == {("Ola Berg", "NOR"), ("Jan Nowak", "POL")}


def test_a_portfolio_in_lower_case_and_a_ministrys_acronym_are_the_title_not_the_name():
    people = HeadFinder(KB).people("Department of Foreign Affairs Undersecretary for policy and ASEAN "
                                   "affairs Ma. Elena Reyes and Director General of the Americas Wing of the MoFA "
                                   "Karim Uddin led the delegations.")
    assert [(p.name, p.title) for p in people] == [
        ("Ma. Elena Reyes", "Department of Foreign Affairs Undersecretary for policy and ASEAN affairs"),
        ("Karim Uddin", "Director General of the Americas Wing of the MoFA")]


def test_the_defence_ministers_of_two_countries_named_after_them_are_the_heads_in_the_countries_order(extract_text):
    rec = extract_text("\"Austria and Hungary stand together,\" the defence ministers of Austria and Hungary, Anna Berg "
                       "and Peter Kovacs, said on Monday.\n\nThey met in Vienna and discussed air policing.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Anna Berg", "AUT"), ("Peter Kovacs", "HUN")}


def test_the_two_named_in_a_meeting_of_are_the_heads(extract_text):
    rec = extract_text("Allies move ahead\n\n"
                       "The UK and Germany issued a statement after a meeting of British Defence Secretary Jane "
                       "Roe and German Minister of Defence Hans Weber in Berlin.\n\n"
                       "The two ministers agreed to deepen their cooperation on deep strike weapons. They discussed "
                       "support for Ukraine and reaffirmed their commitment to NATO.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Jane Roe", "GBR"), ("Hans Weber", "DEU")}


def test_officials_who_co_led_the_talks_are_the_heads_not_the_officials_listed_after_them(extract_text):
    rec = extract_text("Allies hold defense dialogue\n\n"
                       "Assistant Secretary of Defense Ann Lee and South Korean Vice Minister for Policy Park Jun "
                       "co-led the two-day talks in Washington.\n\n"
                       "Officials at the meeting also included Principal Director of Defense Policy Mark Doe and "
                       "South Korean Director General Kim Min.\n\n"
                       "The two delegations agreed to strengthen deterrence.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Ann Lee", "USA"), ("Park Jun", "KOR")}


def test_those_who_formalized_or_witnessed_the_signing_at_the_talks_led_them():
    assert _heads("The plan was formalized at the defence ministry on Friday by Norway's Minister of Defence, Lars "
                  "Holm, and Chile's Minister of Defence, Ana Soto.", ("CHL", "NOR")) == {("Lars Holm", "NOR"), ("Ana Soto", "CHL")}
    assert _heads("Aides signed the protocol in the presence of General Lars Holm, Norwegian Chief of Defence, and his "
                  "Chilean counterpart, General Ana Soto.", ("CHL", "NOR")) == {("Lars Holm", "NOR"), ("Ana Soto", "CHL")}


def test_a_title_that_reads_like_a_verb_does_not_end_the_heads_subject():
    assert _heads("Norwegian Defence Minister Lars Holm and Chilean Defence Minister, retired Air Force General Ana "
                  "Soto, formalized a pact to patrol the coast.", ("CHL", "NOR")) == {("Lars Holm", "NOR"), ("Ana Soto", "CHL")}


def test_a_units_or_a_rank_qualifiers_capitalised_words_are_not_a_person():
    people = HeadFinder(KB).people("The talks were attended by the Ambassador Extraordinary and Plenipotentiary of Chile "
                                   "to Norway, the commander of the 2nd Jungle Infantry Brigade and Defence Minister "
                                   "Lars Holm.")
    assert [p.name for p in people] == ["Lars Holm"]


def test_a_country_named_before_a_list_of_offices_is_each_ones():
    got = _heads("The meeting was attended by Norway's Foreign Minister Lars Holm, Defence Minister Kari Lund, "
                 "Intelligence Chief Ola Berg, and Deputy Justice Minister Per Dahl, alongside Chile's Foreign "
                 "Minister Ana Soto.", ("CHL", "NOR"))
    assert got == {("Lars Holm", "NOR"), ("Kari Lund", "NOR"), ("Ola Berg", "NOR"), ("Per Dahl", "NOR"), ("Ana Soto", "CHL")}


def test_a_side_label_after_each_head_gives_their_party():
    got = _heads("The 4th round was co-chaired by Ravi Rao, Additional Secretary (Americas), Ministry of Defence "
                 "(India Side) and Anna Berg, Head of Crisis Planning (EU Side).", ("EU", "IND"),
                 ["dialogue"])
    assert got == {("Ravi Rao", "IND"), ("Anna Berg", "EU")}


def test_names_after_a_list_of_nationalities_and_their_office_are_heads_in_that_order(extract_text):
    rec = extract_text("A joint text was adopted after the first regular meeting of the Norwegian, Danish and Finnish "
                       "Foreign Ministers, Lars Holm, Ida Berg, Eero Laine, on May 4.\n\nThe foreign ministers "
                       "expressed satisfaction with their cooperation.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Lars Holm", "NOR"), ("Ida Berg", "DNK"), ("Eero Laine", "FIN")]



def test_a_country_inside_a_title_before_its_lower_case_office_words_is_the_holders():
    sent = ("Last week's consultations were co-chaired by political director Kari Lund, Pedro Soto, head of the "
            "Chilean navy's planning staff, and Ana Ruiz, director of Peru's office of strategic planning.")
    assert _heads(sent, ("CHL", "NOR", "PER"), text=sent) == \
        {("Kari Lund", "NOR"), ("Pedro Soto", "CHL"), ("Ana Ruiz", "PER")}
    # another's title after "with" is not the first minister's
    assert _heads("Minister of National Defence Kari Lund with Minister of Defence of Sweden Lars Berg and Minister of "
                  "Defence of Finland Matti Virtanen discussed undersea cables.", ("FIN", "NOR", "SWE"),
                  text="Minister of National Defence Kari Lund with Minister of Defence of Sweden Lars Berg and "
                  "Minister of Defence of Finland Matti Virtanen discussed undersea cables.") == \
        {("Kari Lund", "NOR"), ("Lars Berg", "SWE"), ("Matti Virtanen", "FIN")}


def test_a_minister_named_before_and_the_other_sides_minister_of_a_country_is_not_of_that_country(extract_text):
    rec = extract_text("SANTIAGO, May 4 — Defence Minister Pedro Soto and the Defence Minister of Norway Kari Lund "
                       "renewed their pledge to deepen naval ties between both countries.\n\n"
                       "The ministry said both sides also stressed their common tasks. After the meeting with his "
                       "counterpart, Soto also visited the naval academy.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Pedro Soto", "CHL"), ("Kari Lund", "NOR")]
    assert rec.meeting.parties == ["CHL", "NOR"]


def test_a_members_minister_who_chairs_an_organisations_meeting_heads_it_for_the_organisation(extract_text):
    rec = extract_text("The Ministerial Committee of the SADC met in Maputo on 3 May 2027 under the chairmanship of "
                       "Mozambique's Minister of Defence Carla Nhaca.\n\nThe ministers agreed to deploy a standby "
                       "force.")
    assert rec.meeting.parties == ["SADC"]
    assert {h.party for h in rec.meeting.heads} == {"SADC"}


@pytest.mark.parametrize("lead", [
    "Defence Ministers of Norway and Chile Per Lund and Pedro Soto signed two agreements during their meeting in "
    "Astana on 3 March 2027.",
    "Talks were held in Astana on 3 March 2027 between the heads of the defence ministries of Norway Per Lund and "
    "Chile Pedro Soto, the ministry reports.",
])
def test_a_wires_office_holders_named_after_their_countries_in_turn_are_the_heads(extract_text, lead):
    rec = extract_text(lead + " They discussed military cooperation.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Per Lund", "NOR"), ("Pedro Soto", "CHL")]


def test_a_head_who_co_chaired_with_his_counterpart_of_one_side_is_of_the_other(extract_text):
    rec = extract_text("Norway, Chile hold fifth defence dialogue\n\nNorway and Chile held their fifth defence "
                       "dialogue in Arica on Monday.\n\nDefence secretary Ola Lund, who is in Chile for two days, led the "
                       "talks with his Chilean counterpart.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Ola Lund", "NOR")]


def test_a_head_of_an_office_only_one_party_has_is_that_partys():
    assert _heads("The meeting was chaired by Ms Kari Berg, Arctic Coordinator of the European External Action Service, "
                  "with Mr Tomas Vidal, Undersecretary of Chile.", ["CHL", "EU", "NOR"]) == {
        ("Kari Berg", "EU"), ("Tomas Vidal", "CHL")}
    assert _heads("The talks were led by Ola Navarro, Joint Secretary from the MEA, and Ana Rojas, Undersecretary of "
                  "Chile.", ["CHL", "IND", "NOR"]) == {("Ola Navarro", "IND"), ("Ana Rojas", "CHL")}


def test_a_name_of_three_joined_parts_after_a_rank_is_a_head():
    assert _heads("The talks were led by State Secretary Ola Lund and the Chief of Staff of Chile's Joint Forces "
                  "Command, Lt. Gen. Vidal-Uz-Rojas.", ["CHL", "NOR"]) == {
        ("Ola Lund", "NOR"), ("Vidal-Uz-Rojas", "CHL")}


def test_the_second_side_of_a_sentence_that_says_who_represented_each_is_its_own():
    assert _heads("The Norwegian team was led by State Secretary Ola Lund, and Chile was represented by its Defence "
                  "Secretary, Ana Rojas.", ["CHL", "NOR"]) == {("Ola Lund", "NOR"), ("Ana Rojas", "CHL")}


def test_an_office_held_with_a_body_after_the_name_names_the_side():
    assert _heads("The round was co-chaired by director general Ola Lund of the defence ministry and Ana Rojas, head "
                  "of Arctic affairs with the EEAS Crisis Directorate.", ["EU", "NOR"]) == {
        ("Ola Lund", "NOR"), ("Ana Rojas", "EU")}


@pytest.mark.parametrize("lead", [
    "The Joint Commission was co-chaired from the Norway side by the Director General, Defence Policy Office, "
    "Ambassador Ola Lund and from the Chilean side by Under Secretary of State Ana Rojas.",
    "The Joint Commission was co-chaired from the Norway side by the Director General, Defence Policy Office, "
    "Ambassador Ola Lund and from the Chilean side, Under Secretary of State Ana Rojas.",
    "The Joint Commission was co-Chaired from the Norway side by Ambassador Ola Lund and from the Chilean side by Under "
    "Secretary of State Ana Rojas.",
])
def test_heads_said_to_lead_from_each_side_are_of_that_side(lead):
    assert _heads(lead, ["CHL", "NOR"]) == {("Ola Lund", "NOR"), ("Ana Rojas", "CHL")}


def test_ministers_of_a_2plus2_named_after_between_the_offices_are_heads(extract_text):
    rec = extract_text("Norway and Chile hold 2+2\n\nOslo, 4 March 2025\n\nThe Royal Palace in Oslo, home of the "
                       "Foreign Office, hosted this Tuesday the fifth meeting in 2+2 form between the Norwegian "
                       "Ministers of Foreign Affairs, Ola Per Lund, and Defence, Kari Dahl, and their Chilean "
                       "counterparts, Ana Rojas and Pedro Soto, respectively.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [
        ("Ola Per Lund", "NOR"), ("Kari Dahl", "NOR"), ("Ana Rojas", "CHL"), ("Pedro Soto", "CHL")]


def test_a_2plus2_minister_named_after_a_colleague_of_his_country_is_of_it(extract_text):
    rec = extract_text("Norway and Chile hold 2+2\n\nOslo, 4 March 2025\n\nNorway and Chile held their fifth 2+2 "
                       "dialogue in Oslo on Monday. The fifth session of this format involved "
                       "Norwegian Defence Minister Per Berg and Foreign Minister Ola Lund and Chilean Defence Minister "
                       "Pedro Soto and Foreign Minister Ana Rojas.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [
        ("Per Berg", "NOR"), ("Ola Lund", "NOR"), ("Pedro Soto", "CHL"), ("Ana Rojas", "CHL")]


def test_ministers_who_joined_a_head_in_the_talks_are_heads_beside_him(extract_text):
    rec = extract_text("Norway and Chile hold talks\n\nOslo, 4 March 2025\n\nThe alliance between Norway and Chile has "
                       "never been more important, Norwegian Defence Minister Per Berg said on Monday after the annual "
                       "Ministerial Consultations in Oslo.\n\nBerg, who was joined at the table by Norwegian Foreign "
                       "Minister Ola Lund, his Chilean counterpart Pedro Soto and Chilean Foreign Minister Ana Rojas, "
                       "said no decision had been made.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {
        ("Per Berg", "NOR"), ("Ola Lund", "NOR"), ("Pedro Soto", "CHL"), ("Ana Rojas", "CHL")}


@pytest.mark.parametrize("name", ["Ana Rojas e Silva", "Ana Rojas y Soto", "Ana Maria do Carmo"])
def test_a_name_joined_by_a_portuguese_or_spanish_particle_is_whole(name):
    assert _heads(f"The talks were led by Norwegian State Secretary Ola Lund and Chilean Defence Minister {name}.",
                  ["CHL", "NOR"]) == {("Ola Lund", "NOR"), (name, "CHL")}


def test_a_name_with_an_elided_particle_is_a_name():
    assert _heads("The talks were led by Norwegian State Secretary Ola L'Estrange Lund and Chilean Defence Minister "
                  "Ana O’Rourke.", ["CHL", "NOR"]) == {("Ola L'Estrange Lund", "NOR"), ("Ana O’Rourke", "CHL")}


def test_heads_named_by_surname_in_a_later_sentence_keep_the_full_names_the_page_gave_them(extract_text):
    rec = extract_text("Alliance fact sheet\n\nDuring the 60th Security Consultative Meeting (SCM) on May 3, 2027, U.S. "
                       "Secretary of Defense Ola J. Lund III and Korean Minister of National Defense Ana Rojas advanced "
                       "several initiatives to deepen their cooperation.\n\nOn May 4, Secretary Lund and Minister Rojas "
                       "will sit down alongside U.S. Secretary of State Per Berg and Korean Minister of Foreign Affairs Juan "
                       "Soto at a joint session of Foreign and Defense Ministers (the 2+2) to line up their work, making "
                       "sure that joint activities are kept in step to advance the shared goals of the Alliance.")
    assert {h.name for h in rec.meeting.heads} >= {"Ola J. Lund III", "Ana Rojas"}
    assert not {"Lund", "Rojas"} & {h.name for h in rec.meeting.heads}


def test_officials_who_graced_the_meeting_are_its_heads(extract_text):
    rec = extract_text("Norway and Chile hold defence talks\n\nThe 2nd Norway-Chile Joint Defence Cooperation Committee "
                       "met in Oslo on 3 May 2027.\n\nThe meeting was graced by Additional Secretary for Defence "
                       "Cooperation, Shri Ola Lund and Major General Per Berg, Deputy Chief of the Defence Staff for "
                       "Plans from Chile.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Ola Lund", "NOR"), ("Per Berg", "CHL")]


def test_ministers_who_sat_down_for_talks_lead_them():
    assert _heads("Defence Minister Ola Lund and his Chilean and Peruvian counterparts Ana Rojas and Juan Soto sat "
                  "down for talks in Lima on Sunday.", ["CHL", "NOR", "PER"]) \
        == {("Ola Lund", "NOR"), ("Ana Rojas", "CHL"), ("Juan Soto", "PER")}


def test_ministers_named_each_after_their_country_in_one_list_are_the_heads(extract_text):
    rec = extract_text("On May 3, 2027, Ministers for Foreign Affairs of Norway Ola Lund, the Republic of Chile Ana Rojas "
                       "and the Republic of Peru Juan Soto held a video meeting.\n\nThe Ministers discussed security.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Ola Lund", "NOR"), ("Ana Rojas", "CHL"), ("Juan Soto", "PER")}


def test_a_head_who_opened_the_dialogue_with_his_counterpart_leads_it_and_those_who_joined_him_do_not(extract_text):
    rec = extract_text(
        "Chile-Norway High Level Dialogue\n\nOn May 3, Norwegian Foreign Minister Ola Lund opened the fourth Chile-Norway "
        "High Level Dialogue with Chilean Foreign Minister Ana Rojas in Oslo. The Dialogue focused on maritime security.\n\n"
        "The Minister was joined by State Secretary for Trade, Industry and Fisheries Per Berg; Ambassador of Norway "
        "to Chile Kari Dahl; Director for Security Policy and Law of the Sea Affairs Nils Holm; and Defence Attache "
        "Colonel Eva Moe.\n\nThe two sides agreed to set up a working group on fisheries enforcement.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Ola Lund", "NOR"), ("Ana Rojas", "CHL")}


def test_a_college_where_the_chiefs_met_is_no_head():
    got = _heads("The talks were attended by the army chiefs at the Oslo Defence Intelligence College (ODIC) in "
                 "Bergen.", ("NOR", "CHL"))
    assert got == set()


def test_one_who_met_a_delegation_another_led_leads_his_side():
    got = _heads("Within the meeting, the Norwegian Deputy Minister of Defence, Ola Lund, met with the visiting delegation, "
                 "led by Army General Juan Soto.", ("NOR", "CHL"))
    assert got == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}


@pytest.mark.parametrize("adjective", ["Azerbaijanian", "Azeri"])
def test_a_counterpart_named_by_a_less_usual_demonym_is_of_that_country(adjective):
    got = _heads(f"Ola Lund hosted his {adjective} counterpart, Colonel General Juan Soto.", ("AZE", "NOR"))
    assert got == {("Ola Lund", "NOR"), ("Juan Soto", "AZE")}


def test_two_nationalities_before_an_office_name_the_two_ministers_after_it_in_order(extract_text):
    rec = extract_text("Defence ministers of Norway and Chile meet\n\nNorwegian and Chilean defense ministers Ola Lund "
                       "and Juan Soto, respectively, reviewed naval patrols off their coasts in Oslo on "
                       "May 3, 2026.\n\nThe ministers agreed to expand exercises.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Ola Lund", "NOR"), ("Juan Soto", "CHL")]


def test_a_head_said_in_a_fronted_led_by_leads_the_delegation_that_met_the_other():
    assert _heads("Led by its chief, Major General Ola Lund, the NAF delegation met Chile's Chief of the "
                  "Joint Staff, General Juan Soto.", ("CHL", "NOR")) == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}


def test_a_long_gulf_name_with_two_bins_is_one_person():
    assert _heads("The talks were chaired by Minister of State Tom Roe and HE Shaikh Ola Bin Ahmed Bin Tom Al Lund, "
                  "Minister of Foreign Affairs of Chile.", ("CHL", "NOR")) == \
        {("Tom Roe", "NOR"), ("Shaikh Ola Bin Ahmed Bin Tom Al Lund", "CHL")}


def test_where_no_sentence_says_who_led_one_head_urging_or_telling_the_other_names_both():
    assert _heads("According to the joint record, Norway's Chief of Staff General Ola Lund urged DG Coast Guard "
                  "Juan Soto to tighten patrols on the shared sea lane.", ("CHL", "NOR")) == \
        {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}
    assert _heads("Interior Minister Ola Lund of Norway told Juan Soto, Chile's Minister of the Interior, that "
                  "patrols will go on.", ("CHL", "NOR")) == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}


def test_a_minister_meeting_a_force_chief_whose_force_names_the_country_heads_talks_with_him():
    assert _heads("OSLO - Norway has reaffirmed its close defence ties with Chile, with Defence Minister Ola Lund "
                  "meeting the Chilean Armed Forces' chief of defence, General Juan Soto, on Monday morning.",
                  ("CHL", "NOR")) == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}


def test_officials_of_two_countries_named_after_their_body_and_in_the_countries_order_head_the_talks():
    assert _heads("Chiefs of the Coast Guard Commands of Norway and Chile Ola Lund and Juan Soto held consultations "
                  "in Oslo.", ("CHL", "NOR")) == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}


def test_two_officials_named_with_honorifics_and_no_titles_head_talks_in_the_order_the_dialogue_names_their_sides():
    got = HeadFinder(KB).find([(0, "OSLO: Defence ministers of Norway and Chile met for the first Norway-Chile "
                                   "defence ministers' meeting."),
                               (90, "Dr Ola Lund and Mr Juan Soto discussed new training ideas.")],
                              ["CHL", "NOR"], ["Norway-Chile defence ministers' meeting"])
    assert {(h.name, h.party) for h in got} == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}


def test_the_head_of_each_delegation_said_with_was_or_before_the_name_leads_that_side():
    assert _heads("The head of the Norwegian delegation was Ms Kari Berg, Director General for Security Policy. "
                  "The head of the Chilean delegation was Ambassador Juan Soto, Director for Defence Affairs.",
                  ("CHL", "NOR")) == {("Kari Berg", "NOR"), ("Juan Soto", "CHL")}
    assert _heads("The Chilean head of delegation and co-chair of the meeting, Rear Admiral Juan Soto said that the "
                  "navies would train together.", ("CHL", "NOR")) == {("Juan Soto", "CHL")}


def test_two_officials_co_chairing_in_a_with_clause_head_the_talks():
    assert _heads("The committee met on 4 November at the Ministry of Defence with Norwegian Defence Undersecretary "
                  "Ola Lund and Chile's Deputy Secretary General for Policy Juan Soto co-chairing the meeting.",
                  ("CHL", "NOR")) == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}


def test_a_malay_name_keeps_the_fathers_honorific_after_bin():
    assert _heads("The meeting was co-chaired by Norwegian State Secretary Ola Lund and Malaysia's Deputy Secretary "
                  "General for Policy Datuk Dr. Amir bin Haji Rahman.", ("MYS", "NOR")) == \
        {("Ola Lund", "NOR"), ("Amir bin Haji Rahman", "MYS")}
    assert _heads("Permanent Secretary Haji Awang Ali Bin Hj Awang Salleh headed the Malaysian delegation.",
                  ("MYS", "NOR")) == {("Awang Ali Bin Hj Awang Salleh", "MYS")}


def test_two_generals_named_then_their_offices_of_two_countries_respectively_head_the_talks():
    got = HeadFinder(KB).find([(0, "Oslo's army said on Friday that Generals Ola Lund and Juan Soto, the Chiefs of "
                                   "Staff of the Defence Forces of Norway and Chile, respectively, held talks at Bardufoss.")],
                              ["CHL", "NOR"], [])
    assert {(h.name, h.title, h.party) for h in got} == {
        ("Ola Lund", "Chief of Staff of the Defence Forces", "NOR"),
        ("Juan Soto", "Chief of Staff of the Defence Forces", "CHL")}


def test_a_naval_rank_or_a_professors_title_is_no_part_of_the_name():
    assert _heads("The Norwegian delegation was led by Cmde Ola Lund, Director of Naval Operations, and the Chilean "
                  "delegation by Commodore Juan Soto.", ("CHL", "NOR")) == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}
    assert _heads("Talks took place between the Chilean Foreign Minister, Professor Juan Soto, and his "
                  "Norwegian counterpart Ola Lund.", ("CHL", "NOR")) == {("Juan Soto", "CHL"), ("Ola Lund", "NOR")}


def test_the_armed_service_set_after_a_title_gives_the_heads_side():
    assert _heads("General Juan Soto, Chief of the Joint Staff, Chilean Army, met General Ola Lund on Monday.",
                  ("CHL", "NOR")) == {("Juan Soto", "CHL"), ("Ola Lund", "NOR")}
    assert _heads("General Li Wei, Chief of the Joint Staff, People's Liberation Army, received General Ola Lund.",
                  ("CHN", "NOR")) == {("Li Wei", "CHN"), ("Ola Lund", "NOR")}


def test_an_army_commander_is_an_office_and_a_council_under_joint_chairmanship_has_its_heads():
    assert _heads("Norwegian Defence Minister Ola Lund on Monday met with Chilean Army Commander Juan Soto in Oslo.",
                  ("CHL", "NOR")) == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}
    assert _heads("The council met in Oslo under the joint chairmanship of Norwegian State Secretary Ola Lund and "
                  "Chilean Deputy Minister Juan Soto.", ("CHL", "NOR")) == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}


def test_a_visit_report_that_never_says_who_led_takes_the_first_office_holder_of_each_side(pipeline):
    from accord.reading import read_bytes

    page = """Chile and Norway to widen army training

The Chilean army has invited Norwegian instructors to its mountain warfare school, a spokesman said.

The invitation was made by Chilean Army Commander Juan Soto, on an official visit to Oslo as a guest of the \
Norwegian armed forces. He was received by Deputy Defence Minister Gen Ola Lund.

The two sides discussed cold-weather training and agreed to exchange instructors from next year.
"""
    heads = pipeline.extract(read_bytes(page.encode(), "page.txt")).meeting.heads
    assert {(h.name, h.party) for h in heads} == {("Juan Soto", "CHL"), ("Ola Lund", "NOR")}


def test_a_headquarters_named_in_a_title_is_nobody():
    named = HeadFinder(KB).people("During the talks, Lund, deputy chief of the Norwegian Defence Staff Headquarters, and "
                                  "Deputy Commander-in-Chief of Chile's Army General Juan Soto exchanged views.")
    assert [p.name for p in named] == ["Juan Soto"]


def test_a_countrys_team_led_by_someone_is_that_countrys_side():
    assert _heads("Maj Gen Ola Lund led Norway’s team of experts whereas Chile’s team was led by Gen Juan Soto, the "
                  "deputy military attorney.", ("CHL", "NOR")) == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}


def test_who_led_a_round_of_a_long_named_meeting_lead_the_side_the_other_delegation_leaves():
    lead = ("Ola Berg Lund, Under-Secretary at the Defence Ministry, and Kari Nils Vik, Deputy Foreign Minister for "
            "Policy, led round two of the Foreign Ministry and Defence Ministry Vice-Ministerial Consultative "
            "Meeting between Norway and Chile, in Oslo on 2nd October.")
    other = "Deputy Foreign Minister Juan Soto and Vice Defence Minister Pedro Ruiz led the Chilean delegation."
    name = "Foreign Ministry and Defence Ministry Vice-Ministerial Consultative Meeting"
    got = HeadFinder(KB).find([(0, lead), (len(lead) + 1, other)], ["CHL", "NOR"], [name], lead + " " + other)
    assert {(h.name, h.party) for h in got} == {("Ola Berg Lund", "NOR"), ("Kari Nils Vik", "NOR"),
                                                ("Juan Soto", "CHL"), ("Pedro Ruiz", "CHL")}


def test_officials_who_represented_their_respective_sides_or_led_a_delegation_from_a_country_head_it():
    assert _heads("Mr. LUND Ola, Director-General, Foreign Ministry of Norway, and Mr. Juan Soto, Deputy Secretary at "
                  "the Foreign Ministry of Chile represented their respective sides.",
                  ("CHL", "NOR")) == {("LUND Ola", "NOR"), ("Juan Soto", "CHL")}
    assert _heads("Deputy Minister Ola Lund led a high-level delegation from Norway which also included security chiefs.",
                  ("CHL", "NOR")) == {("Ola Lund", "NOR")}


def test_who_chaired_a_session_and_held_talks_and_a_delegation_visiting_a_country_are_placed_rightly():
    assert _heads("Lieutenant General Ola Lund, Deputy Minister of Defence, chaired the plenary and held bilateral "
                  "talks with Chilean Undersecretary Juan Soto.", ("CHL", "NOR")) == \
        {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}
    assert ("Ola Lund", "CHL") not in _heads(
        "Deputy Minister Ola Lund heads a delegation of the Armed Forces Staff on an official trip to Chile as guests "
        "of the Chilean navy.", ("CHL", "NOR"))


def test_a_style_written_in_lower_case_stays_in_the_name():
    assert _heads("Defence Minister sheikh Ahmad Nasser Al-Sabah met the visiting Chilean Defence Minister Juan Soto "
                  "in Kuwait City.", ("CHL", "KWT")) == \
        {("sheikh Ahmad Nasser Al-Sabah", "KWT"), ("Juan Soto", "CHL")}


def test_each_country_named_before_its_minister_in_a_list_gives_its_head_though_one_is_named_again(extract_text):
    rec = extract_text("Foreign Ministers of Norway, Ola Lund, Sweden, Per Berg, Finland, Juha Koski, and "
                       "Denmark, Jens Holm, met in Oslo on 31 January 2027 to talk about the Arctic.\n\nAt the talks, "
                       "Ola Lund called for closer cooperation.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {
        ("Ola Lund", "NOR"), ("Per Berg", "SWE"), ("Juha Koski", "FIN"), ("Jens Holm", "DNK")}


def test_an_unplaced_chief_who_wrapped_up_a_visit_to_one_side_heads_the_other(extract_text):
    rec = extract_text("Chief of the Defence Staff General Ola Lund came home to Oslo on Friday after a working visit "
                       "to Chile with a senior military team, for the fifth session of the Norwegian-Chilean Military "
                       "Commission in Santiago.\nLund held a series of meetings on naval training while there.\n"
                       "He agreed with Chilean officials to expand joint exercises at sea.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Ola Lund", "NOR")]
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("agree", ["CHL", "NOR"])]


def test_people_of_a_paragraph_about_another_event_are_not_the_heads_or_the_sides(extract_text):
    rec = extract_text("Norway, Chile talk naval ties at Oslo Defence Expo\n\n"
                       "Defence Minister Ola Lund held a meeting on Tuesday with the Chilean Minister of State for "
                       "Defence on ways to boost naval cooperation.\n\n"
                       "The two sides also discussed regional developments.\n\n"
                       "Meanwhile, Norwegian Chief of Staff Per Berg received the Peruvian Army's Chief of Staff Jose "
                       "Paz and Swedish Chief of Staff Erik Falk.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert not any(h.party in ("PER", "SWE") for h in rec.meeting.heads)


def test_an_office_many_countries_use_is_not_of_a_country_named_only_far_down_the_page(extract_text):
    rec = extract_text("Singapore and Chile discuss naval training\n\n"
                       "SINGAPORE - Minister for Defence Tan Wei Ling met Chilean Defence Minister Juan Soto on Monday "
                       "(May 3) to look at new areas of naval training.\n\n"
                       "They also reaffirmed close bilateral defence relations, the ministry said.\n\n"
                       "Dr Tan is spending three days in Santiago.\n\n"
                       "She also held separate talks with officials of Peru.\n\n"
                       "Later she met Australia's Minister for Defence Ann Grey on the margins of a conference.")
    assert rec.meeting.parties == ["CHL", "SGP"]
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Tan Wei Ling", "SGP"), ("Juan Soto", "CHL")]



def test_a_city_a_headline_puts_after_the_officials_who_met_in_it_is_no_one():
    from accord.extraction.people import PeopleReader
    assert PeopleReader(KB).people("Lund, Chilean Defence Officials Meet in Punta Arenas", bare="all") == []


def test_an_office_and_its_body_set_off_by_commas_before_each_name_give_each_co_chair_his_side(extract_text):
    rec = extract_text("New Delhi [India], May 3 (NTB): India and the EU held their 4th India-EU Maritime Consultations "
                       "in the capital on Tuesday, with both sides discussing maritime security.\n\n"
                       "Co-chairing the talks were Secretary (East), MEA, Ravi Kumar, and Director for Asia, "
                       "European External Action Service, Ana Lopez, a press release of the Indian ministry read.\n\n"
                       "The two delegations were pleased with how ties had grown.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Ravi Kumar", "IND"), ("Ana Lopez", "EU")}


def test_a_name_after_a_full_stop_takes_the_country_said_before_it():
    people = HeadFinder(KB).people("They met in Oslo on Thursday. Norway's Ola Lund, Juan Soto of Chile, Peru's Ana "
                                   "Rojas, and Luis Vega of Ecuador later spoke to the press.")
    assert [(p.name, p.party) for p in people] == [("Ola Lund", "NOR"), ("Juan Soto", "CHL"), ("Ana Rojas", "PER"),
                                                   ("Luis Vega", "ECU")]


def test_an_institution_of_a_country_is_no_person():
    assert HeadFinder(KB).people("The University of Chile and the National Assembly of Norway hosted a seminar.") == []


def test_one_person_for_each_side_given_a_country_and_no_title_heads_it(extract_text):
    rec = extract_text("Defence chiefs of four navies meet on sea lanes\n\n"
                       "The defence chiefs of Norway, Chile, Peru and Ecuador have agreed to step up naval cooperation.\n\n"
                       "They met in Oslo on Thursday. Norway's Ola Lund, Juan Soto of Chile, Peru's Ana Rojas, and Luis "
                       "Vega of Ecuador later spoke to the press.\n\n"
                       "The defence chiefs noted their concern over piracy.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Ola Lund", "NOR"), ("Juan Soto", "CHL"),
                                                              ("Ana Rojas", "PER"), ("Luis Vega", "ECU")]


def test_a_name_that_closes_an_opening_phrase_does_not_take_the_next_person_and_his_clause_as_its_title():
    from accord.extraction.people import PeopleReader
    people = PeopleReader(KB).people("During the call with Ola Lund, Vice Defence Minister Juan Soto-Ruiz thanked "
                                     "Norway for its help after the floods.")
    assert [(p.name, p.title) for p in people] == [("Juan Soto-Ruiz", "Vice Defence Minister")]


def test_an_office_abbreviated_with_full_stops_does_not_end_the_sentence_or_become_a_name(extract_text):
    rec = extract_text("Norway and Chile renew their training pledge\n\n"
                       "Officials of Norway and Chile held the 3rd Norway-Chile Joint Committee in Oslo on May 4."
                       " The Chilean delegation was led by MND Asst. Sec. for International Affairs Pablo M. Roa "
                       "while the Norwegian delegation was headed by Gen. Ola Lund. The two sides agreed to train "
                       "together.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Pablo M. Roa", "CHL"), ("Ola Lund", "NOR")]


def test_a_department_of_two_subjects_joined_by_and_is_one_title():
    from accord.extraction.people import PeopleReader
    people = PeopleReader(KB).people("Director-General of the Department of Treaty and Polar Affairs of the Chilean "
                                     "Foreign Ministry Juan Soto co-chaired the talks.")
    assert [(p.name, p.title) for p in people] == [
        ("Juan Soto", "Director-General of the Department of Treaty and Polar Affairs of the Chilean Foreign Ministry")]


def test_an_office_whose_subjects_are_listed_with_a_comma_keeps_its_country():
    from accord.extraction.people import PeopleReader
    people = PeopleReader(KB).people("Chilean Foreign, Trade and Development Office Under-Secretary Juan Soto said on "
                                     "Monday that the dialogue was a sign of trust.")
    assert [(p.name, p.party) for p in people] == [("Juan Soto", "CHL")]


def test_a_title_that_ends_in_a_country_of_two_words_is_not_cut_before_it_as_if_a_name_began():
    from accord.extraction.people import PeopleReader
    people = PeopleReader(KB).people("Li held talks with Tom Grey, adviser on policy and head of the Security "
                                     "Office of Costa Rica on May 3.")
    assert [p.title for p in people] == ["adviser on policy and head of the Security Office of Costa Rica"]


def test_who_had_talks_with_whom_led_the_talks():
    assert _heads("General Ola Lund, chief of the Norwegian Defence Staff, had talks by video link with Juan Soto, "
                  "head of the Chilean Joint Staff, on May 3.", ("CHL", "NOR")) == {("Ola Lund", "NOR"),
                                                                                      ("Juan Soto", "CHL")}


def test_who_met_another_country_s_minister_left_unnamed_is_of_the_other_side():
    assert _heads("Defence Minister Ola Lund had a meeting on Monday with the Chilean Minister of Defence on ways to "
                  "train together.", ("CHL", "NOR")) == {("Ola Lund", "NOR")}


def test_who_spoke_when_meeting_here_with_another_met_him_named_by_the_family_name_said_first():
    text = ("China and Chile agreed on Monday to deepen ties between their armies. Wang Lihua, chief of the joint "
            "staff of the Chinese army, said relations grew fast. Wang spoke so when meeting here with Juan "
            "Soto, commander of the Chilean army.")
    sentences = [(0, s) for s in text.split(". ")]
    assert {(h.name, h.party) for h in HeadFinder(KB).find(sentences, ["CHL", "CHN"], [], text)} == {
        ("Wang Lihua", "CHN"), ("Juan Soto", "CHL")}


def test_a_meeting_said_as_a_noun_with_another_in_the_presence_of_others_names_no_guests():
    text = "Chile's President Juan Soto's meeting with the Norwegian minister came in the presence of Defence Minister Ola Lund."
    sentences = [(0, text)]
    assert ("Ola Lund", "NOR") not in {(h.name, h.party) for h in HeadFinder(KB).find(sentences, ["CHL", "NOR"], [], text)}


def test_holders_of_two_offices_listed_after_both_nationalities_take_their_sides_in_the_order_the_page_confirms():
    text = ("Statement from Norwegian and Chilean Foreign and Defence Ministers Kari Lund, Juan Soto, Per Berg and "
            "Ana Rojas after their call. We, Foreign Ministers Kari Lund and Juan Soto, and Defence Ministers Per Berg "
            "and Ana Rojas, reaffirmed our close ties.")
    sentences = [(0, s) for s in text.split(". ")]
    assert {(h.name, h.party) for h in HeadFinder(KB).find(sentences, ["CHL", "NOR"], [], text)} == {
        ("Kari Lund", "NOR"), ("Juan Soto", "CHL"), ("Per Berg", "NOR"), ("Ana Rojas", "CHL")}


def test_a_president_who_received_a_visiting_minister_led_his_side():
    assert _heads("President of Norway Ola Lund received Chile's Minister of Defence Juan Soto in Oslo.",
                  ("CHL", "NOR")) == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}


def test_presidents_named_beside_the_ministers_who_met_are_not_heads():
    assert _heads("Defence Minister Kari Berg met Chilean Defence Minister Juan Soto, as President Ola Lund and "
                  "President Ana Rojas had agreed.", ("CHL", "NOR")) == {("Kari Berg", "NOR"), ("Juan Soto", "CHL")}


def test_office_holders_are_known_by_their_full_name_with_or_without_a_middle_name_and_by_a_family_name_of_one_country():
    from accord.knowledge import Knowledge

    kb = Knowledge({"officials": {
        "NOR": [{"name": "Ola Nordmann Lund", "office": "defence", "from": 2021, "to": None}],
        "CHL": [{"name": "Juan Soto", "office": "defence", "from": 2022, "to": None, "also": ["Juan Sotto"]}],
        "PER": [{"name": "Ana Soto", "office": "foreign", "from": 2023, "to": None}]}})
    assert [kb.country_of_person(n) for n in ("Ola Lund", "Ola Nordmann Lund", "Lund Ola", "Juan Sotto", "Lund")] \
        == ["NOR", "NOR", "NOR", "CHL", "NOR"]
    # a family name two countries' holders bear, and a name nobody holds, place nobody
    assert [kb.country_of_person(n) for n in ("Soto", "Ola Berg", "Berg")] == [None, None, None]
    # nor do two words many holders' names have, as any of several officers may bear them
    common = Knowledge({"officials": {"OMN": [{"name": n, "office": "cod", "from": 2001, "to": 2003} for n in (
        "Ali Hamid", "Hamid Ali Said", "Ali Bashir Hamid", "Hamid Bashir Ali", "Ali Omar Hamid")]}})
    assert [common.country_of_person(n) for n in ("Ali Hamid", "Ali Bashir Hamid")] == [None, "OMN"]


def test_a_minister_the_page_names_without_his_country_is_placed_by_who_holds_the_office():
    # two real office holders (officials.yaml): the page says neither nationality
    assert _heads("Minister Klaudia Tanner received Minister Zukan Helez in Vienna for talks on the Western Balkans.",
                  ("AUT", "BIH")) == {("Klaudia Tanner", "AUT"), ("Zukan Helez", "BIH")}


def test_holders_named_after_the_countries_their_office_is_of_take_them_in_order():
    assert _heads("The Ministers of Defence of Norway and Chile, Ola Lund and Juan Soto, met in Oslo on Monday.",
                  ("CHL", "NOR")) == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}
    assert _heads("In Santiago the deputy ministers for defence of Chile and Norway - Ana Rojas and Per Berg - "
                  "signed a plan.", ("CHL", "NOR")) == {("Ana Rojas", "CHL"), ("Per Berg", "NOR")}


def test_a_pilot_s_rank_is_no_part_of_his_name():
    assert _heads("Emirati Major General Pilot Saif Omar Al Ketbi met Jordanian Brigadier General Pilot Zaid Hani "
                  "Odeh in Amman.", ("ARE", "JOR")) == {("Saif Omar Al Ketbi", "ARE"), ("Zaid Hani Odeh", "JOR")}


def test_a_head_of_one_word_is_a_family_name_not_a_word_of_english_a_title_ran_into():
    from accord.records import Head

    heads = [Head("Engagements", "Director of International", "CHL"), Head("Festival", "the 30th", "NOR"),
             Head("Harlan", "Secretary of State", "USA"), Head("Tanner", "Minister", "AUT"),
             Head("KISHI", "Minister", "JPN"), Head("Juan Soto", "Captain", "CHL")]
    # "Tanner" is a word too, but an office holder's name
    assert [h.name for h in HeadFinder(KB).named_as_people(heads)] == ["Harlan", "Tanner", "KISHI", "Juan Soto"]


def test_the_two_named_in_discussions_between_them_are_the_heads():
    assert _heads("The pledge came in a joint statement issued after discussions between Norwegian Defence Minister "
                  "Ola Lund and Chile's Minister for Defence, Juan Soto, in Oslo today.", ("CHL", "NOR")) == \
        {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}
    assert _heads("This was said at the meeting between Norwegian Defence Minister Ola Lund, who is on a visit to "
                  "Chile, and Chilean Defence Minister Juan Soto held at the ministry on Monday.", ("CHL", "NOR")) == \
        {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}


def test_who_said_something_at_a_meeting_with_another_met_him():
    assert _heads("Naval ties are the core of the partnership, said Defence Minister of Norway, General Ola Lund, at a "
                  "meeting with the commander of the Chilean Navy, Admiral Juan Soto, in Oslo.", ("CHL", "NOR")) == \
        {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}


def test_a_leader_the_guest_met_heads_his_side_where_it_has_no_other_head():
    assert _heads("Norwegian Defence Minister Ola Lund met Chilean President Juan Soto in Santiago on Monday to "
                  "discuss naval cooperation.", ("CHL", "NOR")) == {("Ola Lund", "NOR"), ("Juan Soto", "CHL")}
    assert _heads("Norwegian Defence Minister Ola Lund held talks with Chilean Defence Minister Ana Rojas and met "
                  "Chilean President Juan Soto in Santiago on Monday.", ("CHL", "NOR")) == \
        {("Ola Lund", "NOR"), ("Ana Rojas", "CHL")}


def test_office_holders_the_dictionary_knows_are_the_heads_where_nothing_else_on_the_page_says_who_led():
    page = ("Sweden and Estonia to build air defence together\n"
            "The two countries will buy air defence systems jointly, as Pål Jonson and Hanno Pevkur put their names "
            "to a letter of intent on Thursday.\n"
            "The systems are to be delivered from next year.")
    heads = HeadFinder(KB).beyond_the_lead(page, ["EST", "SWE"], [], [], [], page)
    assert {(h.name, h.party) for h in heads} == {("Pål Jonson", "SWE"), ("Hanno Pevkur", "EST")}


def test_a_side_the_lead_leaves_out_is_headed_by_an_office_holder_the_page_names_without_a_title():
    lead = "Norwegian Defence Minister Ola Lund held talks with the Estonian delegation in Oslo on Monday."
    text = lead + "\nThe two sides discussed air defence.\nMr Hanno Pevkur thanked Lund for the invitation."
    assert _heads(lead, ("EST", "NOR"), text=text) == {("Ola Lund", "NOR"), ("Hanno Pevkur", "EST")}


def test_a_minister_who_speaks_of_his_talks_with_a_delegation_another_led_heads_his_own_side(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto has said that closer naval ties were the main topic of "
                       "Santiago talks with the Norwegian delegation, led by Foreign Minister Ola Lund. He added that "
                       "the delegations also discussed fish.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Juan Soto", "CHL"), ("Ola Lund", "NOR")]
    assert [(s.act, s.actors) for s in rec.statements] == [("discuss", ["CHL", "NOR"])] * 2


def test_a_ruler_who_received_a_visiting_commander_is_placed_by_the_office_holders_table(extract_text):
    rec = extract_text("Emir Tamim Al Thani received the Commander of the Chilean Navy, Admiral Juan Soto, at "
                       "the palace today. The two sides reviewed naval cooperation.")
    assert rec.meeting.parties == ["CHL", "QAT"]
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Tamim Al Thani", "QAT"), ("Juan Soto", "CHL")]
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "QAT"]), ("discuss", ["CHL", "QAT"])]


def test_a_unit_named_before_its_commanders_title_is_no_head(extract_text):
    rec = extract_text("The fifth Chile-Norway defence talks were co-chaired by Chile's Director-General of Defence Policy, "
                       "Juan Soto and Naval Component Commander, Captain Pedro Rojas, and by Norway's Director of Security "
                       "Policy Ola Lund. They discussed naval ties.")
    assert "Naval Component" not in [h.name for h in rec.meeting.heads]


def test_a_ship_named_by_its_prefix_beside_the_heads_is_no_head(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto met Norwegian Defence Minister Ola Lund in Oslo on 4 May 2027, "
                       "with officers of USS Fjordland. They discussed naval ties.")
    assert [h.name for h in rec.meeting.heads] == ["Juan Soto", "Ola Lund"]


def test_a_head_named_by_surname_after_his_initials_met_his_counterpart(extract_text):
    rec = extract_text("OSLO - Norwegian army chief General KJ Lund arrived in Oslo on Monday for a four-day visit.\n\n"
                       "The visit follows a decade of joint training.\n\n"
                       "Officers of both armies attended a reception.\n\n"
                       "On the first day, Lund met with his Chilean counterpart General Juan Soto and also called on "
                       "President Pedro Rojas. The two chiefs discussed training.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("KJ Lund", "NOR"), ("Juan Soto", "CHL")]


def test_two_officials_a_caption_shows_shaking_hands_at_the_talks_are_the_heads(extract_text):
    rec = extract_text("Juan Soto (R), director of the Americas Department of the Chilean Foreign Ministry, and Ola Lund, "
                       "deputy director of the Norwegian Foreign Ministry's Policy Bureau, shake hands during the third "
                       "round of consultations on fisheries held in Oslo. The two sides agreed to meet again.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Juan Soto", "CHL"), ("Ola Lund", "NOR")}
    # after a rank, "(R)" says the officer is retired: no picture, and no end of his name's title
    rec = extract_text("Chilean Defence Minister Juan Soto met Norway's Director of Defence Policy Lieutenant General (R) "
                       "Ola Lund in Oslo. They discussed naval ties.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Juan Soto", "CHL"), ("Ola Lund", "NOR")}


def test_an_official_who_discussed_matters_with_another_met_him(extract_text):
    # the agency's story says only that one discussed with the other: no "met", "held talks" or "visit"
    rec = extract_text("Chile's defence minister discusses regional situation with Norwegian commander\n\n"
                       "SANTIAGO, May 4 (Agency) - Defence Minister Lieutenant General Juan Soto discussed on Monday "
                       "with the commander of the Norwegian forces, Admiral Ola Lund, the situation in the region and "
                       "ways to strengthen coordination between the two armies.\n\n"
                       "The minister praised the role of Norway in supporting the Chilean army.\n")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Juan Soto", "CHL"), ("Ola Lund", "NOR")]
    assert [(s.act, s.actors) for s in rec.statements] == [("discuss", ["CHL", "NOR"]), ("appreciate", ["CHL"])]


def test_a_minister_who_visited_the_other_sides_capital_heads_his_own_side(extract_text):
    rec = extract_text("Chile, Norway sign navy pact\n\nChile recently signed a navy training agreement with its partner, "
                       "Norway. The pact was announced on Tuesday by Defence Minister Juan Soto, who visited Oslo, "
                       "the Norwegian capital.\n\nThe pact covers divers and mine clearing.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Juan Soto", "CHL")]


def test_a_title_left_open_ends_where_the_verb_that_reports_begins(extract_text):
    rec = extract_text("Navy talks in Santiago\n\nChilean Defence Minister Juan Soto held talks with the envoy of "
                       "Norway in Santiago on 4 May 2027.\n\n"
                       "Ola Lund, Ambassador of Norway said that the navies will train together.")
    assert ("Ola Lund", "Ambassador of Norway") in [(h.name, h.title) for h in rec.meeting.heads]


def test_a_given_names_initial_printed_against_the_family_name_is_part_of_the_name(extract_text):
    rec = extract_text("Norwegian Defence Minister A.Lundberg and Chilean Defence Minister J.Soto met in Oslo on 7 May "
                       "2027 and discussed navy drills.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("A.Lundberg", "NOR"), ("J.Soto", "CHL")]


def test_a_portfolio_joined_by_and_is_part_of_the_title_not_of_the_name(extract_text):
    rec = extract_text("Chilean Minister for Home Affairs and Local Authorities Juan Soto and Norwegian Interior Minister Ola "
                       "Lund met in Oslo on 7 May 2027 and discussed border security.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Juan Soto", "CHL"), ("Ola Lund", "NOR")]


def test_a_host_who_was_welcoming_his_counterpart_heads_the_other_side(extract_text):
    rec = extract_text("Norway-Chile defence commission\n\nMinister Ola Lund was welcoming his counterpart from Chile, "
                       "Mr Juan Soto and his delegation at the Norway-Chile Joint Commission on Defence meeting in Bergen "
                       "recently.\n\nMr Soto, for his part, said both navies trained together.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Ola Lund", "NOR"), ("Juan Soto", "CHL")]
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "NOR"]), ("other", ["CHL"])]


def test_portfolios_listed_with_a_comma_are_one_office(extract_text):
    rec = extract_text("Minister of Defence, Police and Customs Mr Ola Lund met Chilean Defence Minister Juan Soto in "
                       "Oslo on Monday.")
    assert [(h.name, h.title) for h in rec.meeting.heads][0] == ("Ola Lund", "Minister of Defence, Police and Customs")


def test_ministers_of_two_countries_one_a_republic_of_are_named_in_order(extract_text):
    rec = extract_text("The Defence Ministers of Chile and the Republic of Norway, Juan Soto and Ola Lund, met in Oslo on "
                       "Thursday for talks on navy ties.\n\nThe two ministers agreed to train together.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Juan Soto", "CHL"), ("Ola Lund", "NOR")]


def test_initials_run_together_inside_a_name_are_part_of_it(extract_text):
    rec = extract_text("Chilean Foreign Minister Juana L.P. Soto met Norwegian Foreign Minister Ola Lund in Oslo on 4 May "
                       "2027.\n\nSoto and Lund discussed fishing patrols.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Juana L.P. Soto", "CHL"), ("Ola Lund", "NOR")]


def test_the_service_an_office_is_of_stays_in_its_title(extract_text):
    rec = extract_text("Chilean Chief of Army Juan Soto met Norwegian Defence Minister Ola Lund in Oslo on 4 May 2027.")
    assert [(h.name, h.title) for h in rec.meeting.heads][0] == ("Juan Soto", "Chief of Army")


def test_an_office_another_head_holds_by_name_of_a_country_does_not_place_an_unqualified_holder(extract_text):
    rec = extract_text("Defence chiefs of Chile, the US and Norway meet\n\nSANTIAGO, Chile - Defence chiefs from Chile, "
                       "the United States and Norway met on Thursday in their first three-way talks.\n\n"
                       "Defense Secretary Juan Soto joined Norwegian Minister of Defence Ola Lund and US Secretary of "
                       "Defense Peter Hall for the talks on the sidelines of a forum in Bergen.")
    assert sorted((h.name, h.party) for h in rec.meeting.heads) == [
        ("Juan Soto", "CHL"), ("Ola Lund", "NOR"), ("Peter Hall", "USA")]


def test_people_named_alone_who_act_for_one_side_each_head_a_page_whose_lead_is_cut_off(extract_text):
    rec = extract_text("Defence cooperation with Chile\n\nNorway's Haugland hailed joint efforts in defence matters as one of "
                       "the best examples of Norwegian-Chilean cooperation.\n\nChile's Soto said both navies train together "
                       "in the south.")
    assert [(h.name, h.party) for h in rec.meeting.heads] == [("Haugland", "NOR"), ("Soto", "CHL")]


def test_a_headline_run_into_the_lead_is_no_part_of_the_first_head_s_title(extract_text):
    rec = extract_text("Chile, Norway Seek to Deepen Naval TiesChilean Navy Commander Juan Soto said on Monday that "
                       "Chile hopes to train with Norway. In talks with Ola Haugland, chief of the Royal Norwegian "
                       "Navy, Soto said the ties had grown.")
    assert [(h.name, h.title, h.party) for h in rec.meeting.heads if h.name == "Juan Soto"] == [
        ("Juan Soto", "Navy Commander", "CHL")]
    assert {s.actors[0] for s in rec.statements if s.text.startswith("In talks with")} == {"CHL"}


def test_a_rank_a_page_keeps_in_portuguese_or_spanish_is_no_part_of_the_name(extract_text):
    rec = extract_text("On 4 May 2027, the Chilean defence attaché to Timor Leste, Coronel Juan Soto, met Minister of "
                       "Defence Ola Haugland in Dili to hand over donated tents.\n\nThe two sides agreed to train together.")
    assert sorted((h.name, h.party) for h in rec.meeting.heads) == [("Juan Soto", "CHL"), ("Ola Haugland", "TLS")]
    assert rec.meeting.parties == ["CHL", "TLS"]


def test_a_preposition_that_opens_a_sentence_is_no_part_of_a_name():
    from accord.extraction.people import PeopleReader
    named = PeopleReader(KB).people("Before Lund, Soto also met the Norwegian Crown Prince as part of his visit.", bare=True)
    assert not any(p.name.startswith("Before") for p in named)


def test_the_delegation_or_mission_a_head_leads_is_no_part_of_his_name():
    from accord.extraction.people import PeopleReader
    named = PeopleReader(KB).people("Minister of the Interior and Head of the Peruvian Delegation Juan Soto opened "
                                    "the session.")
    assert [p.name for p in named] == ["Juan Soto"]


def test_a_country_whose_name_holds_and_stays_whole_before_or_after_a_title():
    from accord.extraction.people import PeopleReader
    before = PeopleReader(KB).people("Trinidad and Tobago’s Minister of Defence, Juan Soto, chaired the session.")
    assert [(p.name, p.party) for p in before] == [("Juan Soto", "TTO")]
    after = PeopleReader(KB).people("Minister Kari Lund received in Oslo the Minister of Defence of Trinidad and "
                                    "Tobago Juan Soto, here for three days.")
    assert [p.name for p in after] == ["Kari Lund", "Juan Soto"]


def test_a_holder_named_with_his_gulf_style_is_still_known_and_his_style_is_no_first_name(extract_text):
    from accord.knowledge import Knowledge

    kb = Knowledge({"officials": {"KWT": [{"name": "Salem bin Hamad Al-Sabah", "office": "defence", "from": 2021,
                                           "to": None}]},
                    "titles": {"name_styles": ["Sheikh"]}})
    assert kb.country_of_person("Sheikh Salem bin Hamad Al-Sabah") == "KWT"
    rec = extract_text("Gulf defence chiefs meet in Riyadh\n\nThe 19th meeting of the Joint Defence Council of the GCC "
                       "states was held in Riyadh on 3 May 2027. Kuwaiti Minister of Defence Sheikh Salem bin Hamad "
                       "opened the session, urging unity among the GCC states.\n\nThe session was attended by the "
                       "ministers of the other member states, and in a note from the Kuwaiti ministry, "
                       "Sheikh Salem said the council is working to modernise its forces.")
    assert [h.name for h in rec.meeting.heads] == ["Sheikh Salem bin Hamad"]


def test_a_country_named_after_a_second_of_in_a_title_is_its_holders_not_the_nationality_before_the_pair():
    assert _heads("Chilean Deputy Minister of Defence Juan Soto and Ola Berg, Secretary of State for the Navy of "
                  "Norway, co-chaired the first Chile-Norway Defence Policy Dialogue in Santiago.", ["CHL", "NOR"]) \
        == {("Juan Soto", "CHL"), ("Ola Berg", "NOR")}


def test_the_bureau_set_off_after_a_heads_title_gives_his_side():
    assert _heads("Juan Soto, Deputy Foreign Secretary, Americas desk and Kari Lund, Director General, Latin "
                  "American Affairs, Bureau of the Norwegian Foreign Ministry, headed the two teams.",
                  ["CHL", "NOR"]) == {("Juan Soto", "CHL"), ("Kari Lund", "NOR")}


def test_a_counterpart_from_a_country_set_off_before_his_name_is_of_that_country(extract_text):
    rec = extract_text("Chile and Norway held the 8th session of their joint defence commission in Oslo. The Chilean "
                       "Minister of Defence, Juan Soto, praised the ties. His counterpart from Norway, Lieutenant "
                       "General Kari Lund, was pleased with the joint projects.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Juan Soto", "CHL"), ("Kari Lund", "NOR")}


def test_an_office_set_off_before_a_rank_and_name_and_a_comma_before_with_still_name_the_heads():
    assert _heads("The Chilean Minister of Defence, Major-General Juan Soto, discussed, with the Vice Chief of the "
                  "Defence Staff of Norway, the commander of the Navy, Rear Admiral Kari Lund, the coastal patrols.",
                  ["CHL", "NOR"]) == {("Juan Soto", "CHL"), ("Kari Lund", "NOR")}


def test_a_head_whose_side_is_unsaid_leaves_the_meetings_sides_to_the_lead(extract_text):
    rec = extract_text("The Minister of Defence, Major-General Juan Soto, discussed, with the Vice Chief of the Defence "
                       "Staff of Norway, the commander of the Navy, Rear Admiral Kari Lund, the patrols along the "
                       "coast of the Republic of Chile.\n\nMinister Soto said the situation is calmer thanks to the "
                       "support of Norway.")
    assert {"CHL", "NOR"} <= set(rec.meeting.parties)
    assert ("Kari Lund", "NOR") in {(h.name, h.party) for h in rec.meeting.heads}


def test_a_meeting_among_a_guests_activities_names_both_heads_and_the_next_events_host_is_none(extract_text):
    rec = extract_text("On the sidelines of his trip to the UN General Assembly in New York, Acting Defence "
                       "Minister Juan Soto, engaged in several activities, including a meeting with Norwegian Minister "
                       "for Foreign Affairs and Defence, Kari Lund.\n\nBoth ministers stressed the weight of naval "
                       "cooperation.\n\nSoto conveyed Chile's thanks for the work of the Norwegian navy.\n\n"
                       "Subsequently, Soto joined the ministerial meeting on the Arctic, hosted by Canada's Premier, "
                       "Ann Roe.")
    assert rec.meeting.parties == ["CHL", "NOR"]
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Juan Soto", "CHL"), ("Kari Lund", "NOR")}


def test_the_organiser_of_the_event_a_meeting_was_held_beside_is_no_side(extract_text):
    rec = extract_text("On the sidelines of the UN General Assembly in New York, Minister of Defence Juan Soto held "
                       "several meetings, including a meeting with Norwegian Minister of Defence, Kari Lund. Both "
                       "ministers stressed the need for naval cooperation. Soto conveyed Chile's thanks for the role "
                       "of the Norwegian navy.")
    assert rec.meeting.parties == ["CHL", "NOR"]


def test_a_name_alone_that_represented_a_country_beside_a_titled_head_is_that_countrys_head():
    assert _heads("Chile's Minister of Defence, Juan Soto, represented Chile, while Kari Lund represented Norway.",
                  ["CHL", "NOR"]) == {("Juan Soto", "CHL"), ("Kari Lund", "NOR")}


def test_the_one_a_titled_head_held_talks_with_fronted_before_him_is_a_head_too():
    heads = _heads("During the talks with Kari Lund, Vice Defence Minister Juan Soto thanked Norway for its support.",
                   ["CHL", "NOR"])
    assert {name for name, _ in heads} == {"Kari Lund", "Juan Soto"}


def test_once_each_side_has_its_head_one_of_no_known_side_is_no_head(extract_text):
    rec = extract_text("Chilean Defence Minister Juan Soto and Norwegian Defence Minister Kari Lund held talks in Oslo "
                       "on 3 May 2027, with Commodore Ola Berg, Commander Ana Vik and Colonel Per Dahl in attendance.\n\n"
                       "They agreed to hold joint drills.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Juan Soto", "CHL"), ("Kari Lund", "NOR")}


def test_a_town_or_a_pair_of_countries_named_like_a_person_is_no_head():
    from accord.records import Head
    heads = [Head("Juan Soto", "Minister of Defence", "CHL"), Head("Saint Louis", None, "SEN"),
             Head("Kari Lund", None, "NOR"), Head("Chile-Peru", None, "CHL")]
    assert [h.name for h in HeadFinder(KB).named_as_people(heads)] == ["Juan Soto", "Kari Lund"]


def test_a_name_without_a_title_who_co_chairs_with_a_titled_counterpart_heads_the_other_side(extract_text):
    rec = extract_text("Juan Soto co-chaired the 12th Chile-Norway Coastal Committee meeting in Santiago with Norwegian "
                       "Defence Minister General Kari Lund.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Juan Soto", "CHL"), ("Kari Lund", "NOR")}



@pytest.mark.parametrize("who, name", [("Brigadier Lord Tupou", "Lord Tupou"), ("Minister Baroness Lund", "Baroness Lund"),
                                       ("Minister Lord Tom Lund", "Tom Lund")])
def test_a_peer_named_by_one_name_keeps_his_style_in_it(who, name):
    assert _heads(f"Juan Soto of Chile met {who} of Norway in Oslo.", ["CHL", "NOR"]) == {("Juan Soto", "CHL"), (name, "NOR")}


def test_malaysian_styles_and_ranks_are_not_read_into_a_name_or_a_title():
    from accord.extraction.people import PeopleReader
    got = PeopleReader(KB).people("The Malaysian delegation includes Army Chief Jen Tan Sri Abu Bakar Omar "
                                  "and the Navy Chief, Tan Sri Rosli Yusof.")
    assert [(p.name, p.title) for p in got] == [("Abu Bakar Omar", "Army Chief"),
                                                ("Rosli Yusof", "Navy Chief")]


def test_a_minister_named_only_with_his_countrys_style_speaks_for_it(extract_text):
    rec = extract_text("Malaysia and Chile must share information to fight crime along the sea lanes, Datuk Seri Ali "
                       "Noor said on Friday.\n\nNoor, who also holds the defence portfolio, spoke at the opening of the "
                       "fifth Malaysia-Chile Defence Committee, which he co-chairs with Chilean Defence Minister "
                       "General Juan Soto.\n\nThe Malaysian delegation includes Army Chief Jen Tan Sri "
                       "Abu Bakar Omar.\n\nNoor said piracy had become a shared concern.")
    assert [s.actors for s in rec.statements if s.text.startswith("Noor said")] == [["MYS"]]


def test_the_countries_of_an_officials_portfolio_are_neither_his_side_nor_the_meetings(extract_text):
    rec = extract_text("Ola Lund, the assistant secretary of defense for Chile, Peru, and Bolivia, met "
                       "with Chile's Brigadier General Juan Soto, head of the office for military cooperation, in "
                       "Santiago on Monday, the Pentagon said. They held the fifth U.S.-Chile defense policy "
                       "talks.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Ola Lund", "USA"), ("Juan Soto", "CHL")}
    assert (rec.statements[0].act, rec.statements[0].actors) == ("meet", ["CHL", "USA"])


def test_a_title_held_at_a_countrys_ministry_said_after_the_name_gives_that_side():
    s = ("Chile's team was led by Juan Soto, its head of policy planning, who met Ola Lund, the new Director for "
         "Partnerships and Outreach at Norway's Defence Ministry.")
    assert _heads(s, ("CHL", "NOR"), text=s) == {("Juan Soto", "CHL"), ("Ola Lund", "NOR")}


def test_a_surname_that_is_a_countrys_name_after_several_given_names_is_the_persons_not_a_party(extract_text):
    rec = extract_text("Chile's Defence Minister Juan Soto met virtually with his Venezuelan peers, Navy Admiral Eva "
                       "Lund, the defence minister, and Foreign Minister Jorge Luis Arce Montserrat, on Friday.")
    assert ("Jorge Luis Arce Montserrat", "VEN") in {(h.name, h.party) for h in rec.meeting.heads}
    assert [(s.act, s.actors) for s in rec.statements] == [("meet", ["CHL", "VEN"])]


@pytest.mark.parametrize("verb", ["Concluded", "Visits"])
def test_a_headline_verb_in_capitals_after_a_name_ends_the_name(verb):
    assert _heads(f"Chilean Navy Commander Adm. Juan Soto {verb} a Weeklong Visit to Peru Saturday, where he met "
                  "Peruvian Navy Commander Adm. Ana Ruiz.", ("CHL", "PER")) == {("Juan Soto", "CHL"), ("Ana Ruiz", "PER")}


def test_a_rank_after_and_starts_the_next_co_chairs_title():
    assert _heads("The round was chaired jointly by Rear Adm Juan Soto, Assistant Chief of Naval Staff - Policy and "
                  "Intelligence and Rear Adm Kari Lund, Director of Partner Engagements, Norwegian Navy.",
                  ("CHL", "NOR")) == {("Juan Soto", "CHL"), ("Kari Lund", "NOR")}


def test_a_remit_noun_closing_a_title_is_no_surname():
    heads = _heads("Chilean Navy chief Juan Soto met the Norwegian Director of Overseas Engagements.", ("CHL", "NOR"))
    assert "Engagements" not in {name for name, _ in heads}


def test_an_officer_who_came_along_with_a_head_leads_no_side():
    assert _heads("Chilean Defence Minister Juan Soto, accompanied by his Chief of Defence, General Pablo "
                  "Vega, received Peruvian Defence Minister Ana Ruiz in Santiago.", ("CHL", "PER")) == \
        {("Juan Soto", "CHL"), ("Ana Ruiz", "PER")}


def test_those_who_also_attended_the_talks_led_no_side(extract_text):
    rec = extract_text("Chile and Peru held their fifth defence dialogue in Lima on 3 May 2026.\n\nChile's team "
                       "was led by its minister of defence, Juan Soto, and the Peruvian side was headed by Defence "
                       "Minister Ana Ruiz. The talks were also attended by General Pablo Vega, head of Chile's war "
                       "college.")
    assert {(h.name, h.party) for h in rec.meeting.heads} == {("Juan Soto", "CHL"), ("Ana Ruiz", "PER")}
