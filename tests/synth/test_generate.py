"""The generated record: the size asked for, the same for a seed, and a record the store takes as it is."""
from __future__ import annotations

from collections import Counter

from accord.store import Store
from accord.synth import generate


def test_the_record_has_the_size_asked_for_and_the_same_seed_gives_the_same_record():
    a = list(generate(documents=120, statements=2400, seed=7))
    b = list(generate(documents=120, statements=2400, seed=7))
    assert len(a) == 120 and sum(len(x.record.statements) for x in a) == 2400
    assert [x.record.to_dict() for x in a] == [x.record.to_dict() for x in b]
    assert [x.record.document.id for x in a] != [x.record.document.id for x in generate(120, 2400, seed=8)]


def test_every_statement_points_at_its_own_words_and_positions_recur_in_new_words():
    items = list(generate(documents=400, statements=8000, seed=3))
    for x in items:
        text = x.record.document.text
        assert all(text[s.start:s.end] == s.text for s in x.record.statements)
        assert set(x.positions) <= {s.id for s in x.record.statements}
    by_position: dict[str, set[str]] = {}
    for x in items:
        words = {s.id: s.content for s in x.record.statements}
        for sid, key in x.positions.items():
            by_position.setdefault(key, set()).add(words[sid])
    assert sum(1 for w in by_position.values() if len(w) > 1) > 20  # wording moves over the years
    dialogues = Counter(x.record.meeting.acronym for x in items)
    assert len(dialogues) > 20 and max(dialogues.values()) > 5
    assert sum(len(x.record.milestones) for x in items) > 100
    said = " ".join(x.record.document.text for x in items)
    assert "welcomed the completion of the" in said and "noted delays in the" in said


def test_the_store_takes_the_generated_records(tmp_path):
    items = list(generate(documents=30, statements=600, seed=1))
    with Store.open(tmp_path / "synth.db") as store:
        done = list(store.ingest_records(x.record for x in items))
        assert [d.status for d in done] == ["added"] * 30
        assert store.counts()["statements"] == 600
