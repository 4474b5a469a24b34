"""Conditions as data: the OPCON example ships, users add their own, evidence comes in date order."""
from __future__ import annotations

from accord.knowledge import Knowledge
from accord.tracking.conditions import load_conditions, select, track_conditions
from tests.tracking.conftest import make_record, meet


def test_the_three_opcon_conditions_ship_as_data():
    conditions = select(load_conditions(), "opcon")
    assert [c.id for c in conditions] == ["opcon", "opcon-1", "opcon-2", "opcon-3"]
    assert conditions[0].is_group
    assert "core military capabilities" in conditions[1].name
    assert "counter-missile" in conditions[2].name
    assert "security environment" in conditions[3].name.lower()


def test_evidence_over_time_with_act_and_date():
    records = [
        make_record("SCM", 51, "2019-11-15", [meet("SCM", 51),
            {"act": "commit", "topics": ["opcon_transition"], "actors": ["KOR"],
             "text": "Minister Jeong pledged that the ROK would acquire those capabilities expeditiously"}]),
        make_record("KIDD", 15, "2019-04-23", [meet("KIDD", 15),
            {"act": "agree", "commitment": True, "topics": ["opcon_transition"],
             "text": "The two sides agreed to accelerate their joint efforts to meet the conditions set for the transition"},
            {"act": "agree", "commitment": False, "topics": ["opcon_transition", "combined_defense_posture"],
             "text": "They shared the view that the ROK needs to secure critical military capabilities"}]),
        make_record("KIDD", 21, "2022-08-16", [meet("KIDD", 21),
            {"act": "agree", "commitment": True, "topics": ["missile_defense"],
             "text": "The two sides agreed to establish a Counter-Missile Working Group under the DSC"},
            {"act": "reaffirm", "actors": ["USA"], "topics": ["extended_deterrence"],
             "text": "The United States reaffirmed extended deterrence with nuclear, conventional and missile defense capabilities"}]),
    ]
    tracks = {t.condition.id: t for t in track_conditions(records, name="opcon")}
    assert [e.meeting for e in tracks["opcon"].evidence] == ["KIDD-15"]
    one = tracks["opcon-1"].evidence
    assert [(e.meeting, e.act, e.date) for e in one] == [("KIDD-15", "agree", "2019-04-23"), ("SCM-51", "commit", "2019-11-15")]
    assert [e.matched for e in tracks["opcon-2"].evidence] == ["Counter-Missile"]
    assert tracks["opcon-3"].evidence == []


def test_an_analyst_adds_a_condition_for_another_alliance(tmp_path):
    (tmp_path / "conditions.yaml").write_text("""
groups:
  - id: aukus
    name: AUKUS submarine pathway
    parties: [AUS, USA]
    terms: ['optimal pathway']
conditions:
  - id: aukus-shipyard
    group: aukus
    name: Australian shipyard ready for sustainment
    terms: ['shipyard', 'sustainment']
""", encoding="utf-8")
    kb = Knowledge.load(tmp_path)
    records = [make_record("AUSMIN", 33, "2023-07-29", [meet("AUSMIN", 33),
        {"act": "appreciate", "commitment": False, "topics": ["defense_industry"],
         "text": "The principals welcomed progress toward a shipyard able to sustain nuclear-powered submarines"}],
        parties=("AUS", "USA"))]
    tracks = track_conditions(records, name="aukus", knowledge=kb)
    assert [t.condition.id for t in tracks] == ["aukus", "aukus-shipyard"]
    assert [e.statement_id for e in tracks[1].evidence] == [records[0].statements[1].id]
    assert track_conditions(records, name="opcon", knowledge=kb) == []
