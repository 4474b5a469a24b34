"""Tracking on the shared corpus (seed + ../shared/corpus); skipped where ../shared is absent."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from accord.tracking.brief import make_brief
from accord.tracking.brief_format import to_markdown
from accord.tracking.conditions import track_conditions
from accord.tracking.followthrough import track_milestones
from accord.tracking.quality import pair_quality
from accord.tracking.rounds import meeting_ref
from accord.tracking.threads import thread_index

PAIRS = Path(__file__).resolve().parent / "fixtures" / "thread_pairs.yaml"


def _thread_of(threads, records, words):
    index = thread_index(threads)
    (st,) = [s for r in records for s in r.statements if words in s.text]
    return index[st.id]


def test_denuclearization_thread_covers_every_kidd_round_that_states_the_goal(corpus_records, corpus_threads):
    t = _thread_of(corpus_threads, corpus_records, "the complete denuclearization of the DPRK remains their common goal")
    stating = {meeting_ref(r).key for r in corpus_records if r.meeting.acronym == "KIDD"
               for s in r.statements
               if {"KOR", "USA"} <= set(s.actors) and re.search(r"denucleari", s.text)
               and re.search(r"\b(goal|objectives?)\b", s.text)}
    assert len(stating) >= 9
    assert stating <= set(t.meetings), stating - set(t.meetings)
    assert {"SCM-51"} <= set(t.meetings)  # followed up at the SCM, the same alliance


def test_denuclearization_object_change_is_flagged_significant(corpus_records, corpus_threads):
    t = _thread_of(corpus_threads, corpus_records, "the complete denuclearization of the DPRK remains their common goal")
    to_dprk = [k for ch in t.changes if ch.significant for k in ch.key_terms
               if k.term == "object of denuclearization" and k.before and "Peninsula" in k.before
               and k.after and re.search(r"DPRK|North|Democratic", k.after)]
    assert to_dprk
    kidd23 = t.change_into("KIDD-23")
    assert kidd23 is not None and kidd23.significant


def test_opcon_transition_thread_in_date_order(corpus_records, corpus_threads):
    t = _thread_of(corpus_threads, corpus_records, "agreed to strengthen their joint efforts to meet the conditions for the transition")
    assert len(t.appearances) >= 3
    assert {"KIDD-15", "KIDD-16"} <= set(t.meetings)
    dates = [a.date for a in t.appearances]
    assert dates == sorted(dates)
    assert "opcon_transition" in t.topics


def test_different_positions_on_one_topic_stay_apart(corpus_records, corpus_threads):
    goal = _thread_of(corpus_threads, corpus_records, "the complete denuclearization of the DPRK remains their common goal")
    assert not any("Security Council" in a.text for a in goal.appearances)
    sanctions = _thread_of(corpus_threads, corpus_records, "resolutions must continue to be implemented faithfully")
    assert sanctions is not goal
    pledge = _thread_of(corpus_threads, corpus_records, "renewed its pledge of extended deterrence")
    assert not any("Tailored Deterrence" in a.text for a in pledge.appearances)
    conditions = _thread_of(corpus_threads, corpus_records, "agreed to strengthen their joint efforts to meet the conditions")
    assert not any(re.search(r"\b(IOC|FOC)\b|operational capability", a.text, re.I) for a in conditions.appearances)
    progress = _thread_of(corpus_threads, corpus_records, "preparations for the transition of wartime operational control (OPCON) are proceeding")
    assert progress is not conditions


def test_key_documents_milestone_is_linked_to_the_50th_scm_with_evidence(corpus_records, corpus_threads):
    items = track_milestones(corpus_records, dt.date(2025, 1, 15))
    (docs,) = [m for m in items if m.source_meeting == "KIDD-14" and "finalize several key documents" in m.quote]
    assert docs.event == "SCM-50" and "SCM-50" in docs.reported_in
    assert docs.due == "2018-10-31"
    scm = [e for e in docs.evidence if e.meeting == "SCM-50"]
    assert any("Alliance Guiding Principles" in e.text for e in scm)
    assert any("OPCON Transition Plan" in e.text for e in scm)
    assert docs.status == "met"


def test_thread_linking_quality_on_the_labelled_pairs(corpus_records, corpus_threads):
    pairs = yaml.safe_load(PAIRS.read_text(encoding="utf-8"))["pairs"]
    same = sum(bool(p["same"]) for p in pairs)
    assert len(pairs) >= 60 and abs(same - (len(pairs) - same)) <= len(pairs) // 10
    q = pair_quality(corpus_threads, corpus_records, pairs)
    assert q.unresolved == []
    assert len(q.results) == len(pairs)
    assert q.precision >= 0.95 and q.recall >= 0.85, (q.precision, q.recall, [r.why for r in q.errors()])


def test_opcon_conditions_have_evidence_over_time(corpus_records):
    tracks = {t.condition.id: t for t in track_conditions(corpus_records, name="opcon")}
    assert set(tracks) == {"opcon", "opcon-1", "opcon-2", "opcon-3"}
    for t in tracks.values():
        assert t.evidence, t.condition.id
        dates = [e.date for e in t.evidence]
        assert dates == sorted(dates)
    assert {"assess", "agree", "commit"} <= {e.act for e in tracks["opcon"].evidence}


def test_kidd_brief_from_the_corpus(corpus_records, corpus_threads):
    b = make_brief(corpus_records, "KIDD", dt.date(2025, 1, 15), threads=corpus_threads)
    assert (b.last, b.previous, b.next_round, b.next_date) == ("KIDD-25", "KIDD-23", "KIDD-26", "2025-03")
    assert b.commitments and all(line.cite.meeting == "KIDD-25" for line in b.commitments)
    md = to_markdown(b)
    assert "object of denuclearization" in md
