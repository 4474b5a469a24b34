"""The same statements reworded (voice, order, synonyms, paraphrase) and dialogues never seen keep their acts."""
from __future__ import annotations

from pathlib import Path

import pytest

from accord.evaluation import load_cases, score_suite
from accord.records import Document, document_id

SUITE = Path(__file__).parent / "fixtures" / "perturbations.yaml"


@pytest.fixture(scope="module")
def scored(pipeline):
    cases = load_cases(SUITE)
    records = [pipeline.extract(Document(id=document_id(c.text), source=f"{c.id}.txt", text=c.text.strip()))
               for c in cases]
    return cases, records, score_suite(cases, records)


def test_reworded_statements_keep_their_acts(scored):
    _, _, by_kind = scored
    assert by_kind["all"].acts.f1 >= 0.85, by_kind["all"].misses
    assert by_kind["all"].commitments.f1 >= 0.80, by_kind["all"].misses


@pytest.mark.parametrize("kind", ["base", "paraphrase", "voice", "order", "synonyms", "unseen"])
def test_no_kind_of_rewording_loses_most_acts(scored, kind):
    assert scored[2][kind].acts.f1 >= 0.6, scored[2][kind].misses


def test_unseen_dialogues_get_their_round_parties_and_venue(scored):
    cases, records, _ = scored
    for case, rec in zip(cases, records):
        if case.kind != "unseen":
            continue
        m = rec.meeting
        assert m.dialogue, case.id
        for key, want in case.meeting.items():
            assert getattr(m, key) == want, (case.id, key, getattr(m, key))
