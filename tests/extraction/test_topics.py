"""Topics of clauses: the broad ones (partnership, region, other) chosen by the learned model."""
from __future__ import annotations

import copy

import pytest

from accord.extraction.topic_model import parse_table
from accord.extraction.topics import TopicTagger
from accord.knowledge import Knowledge, default_knowledge

TALKS = ("Norway and Chile hold first defence policy talks\n\n"
         "OSLO, 12 March 2024 - Norway and Chile held their first defence policy talks in Oslo on 12 March 2024, "
         "co-chaired by Norwegian State Secretary Ola Lund and Chilean Under Secretary Juan Soto.\n\n")
KIDD = ("Joint Statement on the 30th Korea-U.S. Integrated Defense Dialogue\n\n"
        "Seoul and Washington convened the 30th KIDD in Seoul on May 2-3, 2027.\n\n")


def topics_of(extract_text, page: str) -> list[list[str]]:
    return [s.topics for s in extract_text(page).statements if s.act != "meet"]


def test_at_talks_outside_the_registry_the_broad_topic_follows_the_whole_clause(extract_text):
    got = topics_of(extract_text, TALKS + "They reviewed the security picture in the Baltic Sea region. They agreed "
                                          "to expand cooperation between their navies. They expressed concern over "
                                          "terrorism and violent extremism.")
    assert got == [["regional_cooperation"], ["alliance_coordination"], ["other"]]


def test_a_registered_dialogue_keeps_the_topics_the_registry_gives_its_clauses(extract_text):
    clause = "They reviewed the security picture in the Baltic Sea region."
    assert topics_of(extract_text, TALKS + clause) == [["regional_cooperation"]]
    assert topics_of(extract_text, KIDD + clause) == [["alliance_coordination"]]


def test_a_topic_named_by_the_rules_stays_beside_the_broad_one_the_model_chooses(extract_text):
    got = topics_of(extract_text, TALKS + "Both countries plan to keep holding joint naval exercises in the "
                                          "Pacific region.")
    assert "exercises_training" in got[0]


def test_a_weights_table_without_its_topics_or_biases_is_refused():
    with pytest.raises(ValueError, match="#topics"):
        parse_table("#bias\t0\t0\nsea\t1\t2\n", 0.5)
    model = parse_table("#topics\ta\tb\n#bias\t0\t-1\nsea\t2\t0\n", 0.5)
    assert model.choose({"sea"}, []) == ["a"] and model.choose({"unknown"}, []) == ["a"]


def test_a_topic_with_a_threshold_of_its_own_is_chosen_by_it():
    table = "#topics\ta\tb\n#bias\t0\t-1\nsea\t2\t0\n"  # b's probability is 0.27 on any clause
    assert parse_table(table, 0.5).choose({"sea"}, []) == ["a"]
    assert parse_table(table, 0.5, {"b": 0.25}).choose({"sea"}, []) == ["a", "b"]
    raw = copy.deepcopy(default_knowledge().raw)
    raw["topics"]["learned"]["thresholds"] = {"other": 0.01}
    assert "other" in TopicTagger(Knowledge(raw)).model.choose({"unknown"}, [])


def test_a_deployment_whose_topic_list_lacks_the_broad_topics_runs_on_its_rules_alone():
    raw = copy.deepcopy(default_knowledge().raw)
    raw["topics"]["topics"] = {"deterrence": [r"deterr\w+"]}
    raw["topics"]["fallback"] = "misc"
    assert TopicTagger(Knowledge(raw)).model is None
    assert TopicTagger(default_knowledge()).model is not None


def test_words_of_the_korean_theatre_name_its_topics_only_at_talks_of_korea_or_where_a_korea_is_named():
    tagger = TopicTagger(default_knowledge())
    clause = "They stressed diplomacy and a smooth transition."
    assert not {"us_dprk_diplomacy", "opcon_transition"} & set(tagger.tag(clause, parties=["CHL", "NOR"]))
    assert {"us_dprk_diplomacy", "opcon_transition"} <= set(tagger.tag(clause, parties=["KOR", "USA"]))
    assert "us_dprk_diplomacy" in tagger.tag("They backed diplomacy with North Korea.", parties=["CHL", "NOR"])


def test_a_sides_readiness_to_act_is_no_force_readiness_but_combat_readiness_and_capability_are():
    tagger = TopicTagger(default_knowledge())
    assert "combined_defense_posture" not in tagger.tag("Chile declared its readiness to widen naval ties with Norway.",
                                                        parties=["CHL", "NOR"])
    assert "combined_defense_posture" in tagger.tag("They reviewed the combat readiness of the two navies.",
                                                    parties=["CHL", "NOR"])
    assert "combined_defense_posture" in tagger.tag("Norway will help raise the combat capability of the Chilean navy.",
                                                    parties=["CHL", "NOR"])
