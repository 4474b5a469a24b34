"""Threads over hand-made records: paraphrase linked, different positions kept apart, ids and statuses."""
from __future__ import annotations

from accord.tracking.threads import build_threads, find_thread, thread_id, thread_index
from tests.tracking.conftest import make_record, meet


def _thread_with(threads, words):
    hits = [t for t in threads if any(words in a.text for a in t.appearances)]
    assert len(hits) == 1, [t.label for t in hits]
    return hits[0]


def test_paraphrases_of_one_goal_are_one_thread_across_rounds_and_dialogues(kidd_rounds):
    threads = build_threads(kidd_rounds)
    t = _thread_with(threads, "remains the common objective")
    assert t.meetings == ["KIDD-13", "KIDD-14", "SCM-50", "KIDD-15", "KIDD-16"]
    assert "denuclearization" in t.topics
    assert t.status == "continuing"
    assert "denuclearization" in t.label


def test_a_document_gives_a_thread_one_appearance_and_keeps_its_restatement_as_an_echo(kidd_rounds):
    t = _thread_with(build_threads(kidd_rounds), "remains the common objective")
    kidd15 = [a for a in t.appearances if a.meeting == "KIDD-15"]
    assert len(kidd15) == 1
    assert len(kidd15[0].echoes) == 1
    assert "SPI session" in kidd15[0].text  # the fuller restatement leads, the headline rides along


def test_sanctions_until_denuclearization_is_not_the_denuclearization_goal(kidd_rounds):
    threads = build_threads(kidd_rounds)
    goal = _thread_with(threads, "remains the common objective")
    sanctions = _thread_with(threads, "sanctions will continue to be enforced")
    assert goal is not sanctions
    assert sanctions.meetings == ["KIDD-13", "KIDD-14"]


def test_extended_deterrence_pledge_and_tds_revision_stay_apart(kidd_rounds):
    threads = build_threads(kidd_rounds)
    pledge = _thread_with(threads, "pledge of extended deterrence")
    tds = _thread_with(threads, "Tailored Deterrence Strategy")
    assert pledge is not tds
    assert pledge.meetings == ["KIDD-13", "KIDD-14", "KIDD-15"]
    assert pledge.actors == ["USA"]


def test_opcon_conditions_and_foc_certification_stay_apart(kidd_rounds):
    threads = build_threads(kidd_rounds)
    conditions = _thread_with(threads, "meet the conditions for the transition")
    foc = _thread_with(threads, "Full Operational Capability")
    assert conditions is not foc
    assert conditions.meetings == ["KIDD-13", "KIDD-14"]


def test_same_words_in_another_alliance_are_another_thread(kidd_rounds):
    japan = make_record("SCC", None, "2019-07-01", [
        {"act": "reaffirm", "actors": ["USA"], "topics": ["extended_deterrence"],
         "text": "The United States renewed its pledge of extended deterrence to Japan, backed by the full range of U.S. military capabilities, nuclear, conventional and missile defense alike"},
    ], parties=("JPN", "USA"), venue="Tokyo")
    threads = build_threads(kidd_rounds + [japan])
    korea = _thread_with(threads, "pledge of extended deterrence to the ROK")
    assert all(a.meeting != "SCC-2019-07-01" for a in korea.appearances)


def test_meetings_are_not_threads(kidd_rounds):
    index = thread_index(build_threads(kidd_rounds))
    assert all(s.id not in index for r in kidd_rounds for s in r.statements if s.act == "meet")


def test_ids_are_stable_hashes_of_the_first_appearance(kidd_rounds):
    first = build_threads(kidd_rounds)
    again = build_threads(list(reversed(kidd_rounds)))
    assert {t.id for t in first} == {t.id for t in again}
    for t in first:
        assert t.id == thread_id(t.first.statement_id)
        assert find_thread(first, t.id) is t
        assert find_thread(first, t.first.statement_id) is t


def test_status_and_missing_rounds(kidd_rounds):
    threads = build_threads(kidd_rounds)
    sanctions = _thread_with(threads, "sanctions will continue to be enforced")
    assert sanctions.status == "dropped"
    assert sanctions.missing == ["KIDD-15", "KIDD-16"]
    space = _thread_with(threads, "space domain awareness")
    assert space.status == "new"
    pledge = _thread_with(threads, "pledge of extended deterrence")
    assert pledge.status == "dropped"  # not restated at KIDD-16, the last KIDD on record
    assert pledge.missing == ["KIDD-16"]


def test_changed_status_when_the_last_restatement_changes_a_key_term():
    records = [
        make_record("KIDD", 1, "2020-01-01", [meet("KIDD", 1), {"act": "reaffirm", "topics": ["denuclearization"],
                    "text": "They reaffirmed that the complete denuclearization of the Korean Peninsula remains a common goal"}]),
        make_record("KIDD", 2, "2020-07-01", [meet("KIDD", 2), {"act": "reaffirm", "topics": ["denuclearization"],
                    "text": "They reaffirmed that the complete denuclearization of the DPRK remains a common goal"}]),
    ]
    (t,) = [t for t in build_threads(records) if len(t.appearances) == 2]
    assert t.status == "changed"
    assert t.changes[0].significant
    assert [k.term for k in t.changes[0].key_terms] == ["object of denuclearization"]


def test_threads_serialize_to_json(kidd_rounds):
    import json

    for t in build_threads(kidd_rounds):
        d = json.loads(json.dumps(t.to_dict()))
        assert d["id"] == t.id and d["first"] == t.first.meeting
        assert all(op["op"] != "equal" for ch in d["changes"] for op in ch["ops"])


def test_one_sides_pledge_and_both_sides_pledge_in_the_same_words_are_two_threads():
    words = "committed to deepen cooperation on cyber defense and the protection of critical infrastructure"
    records = [make_record("KIDD", n, f"202{n}-03-01", [meet("KIDD", n),
                                                        {"act": "commit", "topics": ["cyber"], "text": f"They {words}"},
                                                        {"act": "commit", "topics": ["cyber"], "actors": ["USA"],
                                                         "text": f"The United States {words}"}])
               for n in (1, 2)]
    threads = [t for t in build_threads(records) if "cyber" in t.topics]
    assert sorted(t.actors for t in threads) == [["KOR", "USA"], ["USA"]]
    assert all(t.meetings == ["KIDD-1", "KIDD-2"] for t in threads)


def test_positions_sharing_only_a_side_clause_and_a_count_of_years_are_two_threads():
    tail = ", over the next five years, in order to advance peace and stability on the Peninsula and across Northeast Asia"
    records = [make_record("KIDD", n, f"202{n}-03-01", [
        meet("KIDD", n),
        {"act": "commit", "topics": ["regional_cooperation"],
         "text": f"They committed to expand maritime security cooperation with regional partners{tail}"},
        {"act": "commit", "topics": ["regional_cooperation"],
         "text": f"They committed to complete the relocation of the air station to the new facility{tail}"}])
        for n in (1, 2)]
    threads = [t for t in build_threads(records) if "regional_cooperation" in t.topics]
    assert len(threads) == 2
    assert all(len({"maritime" in a.text for a in t.appearances}) == 1 for t in threads)


def test_the_nuclear_umbrella_is_extended_deterrence():
    records = [
        make_record("SCM", 50, "2018-10-31", [meet("SCM", 50), {
            "act": "reaffirm", "actors": ["USA"], "topics": ["extended_deterrence"],
            "text": "The United States reaffirmed its steadfast commitment to provide extended deterrence to the ROK"}]),
        make_record("SCM", 51, "2019-11-15", [meet("SCM", 51), {
            "act": "reaffirm", "actors": ["USA"], "topics": ["extended_deterrence"],
            "text": "The United States reaffirmed its unwavering commitment to keep the ROK under its nuclear umbrella"}]),
    ]
    (t,) = [t for t in build_threads(records) if "extended_deterrence" in t.topics]
    assert t.meetings == ["SCM-50", "SCM-51"]


def test_a_position_reworded_after_a_gap_is_carried_on_by_the_one_pair_of_rounds_near_enough_to_link():
    from accord.tracking.linking import Unit, cluster

    dates = ["1990-06-01", "1991-06-01", "1992-06-01", "1995-03-01", "1996-03-01", "1997-03-01"]
    units = [Unit(f"u{n}", f"d{n}", (), d) for n, d in enumerate(dates)]
    old, new = ("u0", "u1", "u2"), ("u3", "u4", "u5")
    found = sorted([(a, b, 0.9) for words in (old, new) for a in words for b in words if a < b]
                   + [("u2", "u3", 0.6)])  # the old wording's last round and the new one's first: 33 months apart
    assert [[u.key for u in g] for g in cluster(units, found, 0.35)] == [["u0", "u1", "u2", "u3", "u4", "u5"]]
    near = [Unit(u.key, u.document_id, (), f"1992-0{1 + n}-01") for n, u in enumerate(units)]
    assert len(cluster(near, found, 0.35)) == 2  # when every pair could have linked, one link is not enough


def test_restatements_about_one_rare_object_in_new_words_are_one_thread():
    set_up = "to set up a Counter-Missile Working Group under the Deterrence Strategy Committee to coordinate " \
             "intelligence, planning and exercises"
    go_on = "to keep building the Alliance's ability to detect, track and answer missile threats of every range " \
            "with the Counter-Missile Working Group"
    records = [
        make_record("KIDD", 21, "2022-09-01", [meet("KIDD", 21), {
            "act": "agree", "commitment": True, "topics": ["missile_defense"], "text": f"They agreed {set_up}",
            "content": set_up}]),
        make_record("KIDD", 22, "2023-04-01", [meet("KIDD", 22), {
            "act": "commit", "commitment": True, "topics": ["missile_defense"], "text": f"They committed {go_on}",
            "content": go_on}]),
    ]
    (t,) = [t for t in build_threads(records) if "missile_defense" in t.topics]
    assert t.meetings == ["KIDD-21", "KIDD-22"]
