"""Searching statements: bm25 over words and content, narrowed by topic, act, party, dialogue and date."""
from __future__ import annotations

import json

import pytest

from accord.store import StoreError
from accord.store.search import query_terms


def test_search_finds_by_any_form_of_the_words(fixture_store):
    hits = fixture_store.search("pledges to strengthen")  # porter: pledged, strengthen
    assert hits and all("pledged to strengthen" in h.statement.text for h in hits)


def test_a_hit_says_where_it_comes_from(fixture_store):
    [hit, *_] = fixture_store.search("Nuclear Consultative Group")
    rec = fixture_store.meeting(hit.meeting_key)
    assert hit.meeting_key == "KIDD-26" and hit.date == "2025-04-14"
    assert rec.document.text[hit.statement.start:hit.statement.end] == hit.statement.text
    assert [hit.statement.text[a:b] for a, b in hit.highlights] == ["Nuclear", "Consultative", "Group"]


def test_filters_narrow_the_results(fixture_store):
    everything = fixture_store.search("commitment")
    assert {h.meeting_key for h in everything} == {"KIDD-26", "SCC-2031-03-02"}
    assert {h.meeting_key for h in fixture_store.search("commitment", dialogue="SCC")} == {"SCC-2031-03-02"}
    assert {h.meeting_key for h in fixture_store.search("commitment", since="2030")} == {"SCC-2031-03-02"}
    assert {h.meeting_key for h in fixture_store.search("commitment", until="2025-04")} == {"KIDD-26"}
    assert all("PRK" in h.statement.actors for h in fixture_store.search("commitment", party="prk"))
    assert all(h.statement.commitment for h in fixture_store.search("commitment", commitments=True))
    assert all(h.statement.act == "reaffirm" for h in fixture_store.search("commitment", act="reaffirm"))
    on_topic = fixture_store.search("commitment", topic="extended_deterrence")
    assert on_topic and all("extended_deterrence" in h.statement.topics for h in on_topic)


def test_several_values_of_a_filter_mean_any_of_them(fixture_store):
    acts = {h.statement.act for h in fixture_store.statements(act=["concern", "appreciate"])}
    assert acts == {"concern", "appreciate"}
    assert fixture_store.statements(act="concern,appreciate") == fixture_store.statements(act=["concern", "appreciate"])


def test_listing_statements_uses_the_same_filters(fixture_store):
    pledges = fixture_store.statements(meeting="KIDD-26", commitments=True)
    assert pledges and all(h.meeting_key == "KIDD-26" and h.statement.commitment for h in pledges)
    assert [h.score for h in pledges] == [None] * len(pledges)


def test_punctuation_is_never_query_syntax(fixture_store):
    query = 'U.S.-ROK "extended deterrence" (NCG) OR deter* !:& <-> \'x'
    assert query_terms(query)[:5] == [(["U", "S", "ROK"], False), (["extended", "deterrence"], False),
                                      (["NCG"], False), (["OR"], False), (["deter"], True)]
    assert fixture_store.search(query) == []  # words no statement holds all of, and no syntax error
    with pytest.raises(StoreError):
        query_terms("*** ---")


def test_bad_dates_are_refused(fixture_store):
    with pytest.raises(StoreError, match="YYYY"):
        fixture_store.search("deterrence", since="last year")


# On the shared corpus: the statements that are about what was asked come first.
# query -> the topic every one of the first five hits carries.
RANKED = {
    "extended deterrence": "extended_deterrence",  # KIDD-22 DSC, KIDD-25 NCG, SCM-50 Mattis's pledge, ...
    "OPCON transition": "opcon_transition",  # the COTWG sessions of KIDD-13/16/17 and the SCMs
    "missile launches": "dprk_threat",  # condemnations and exchanges of assessments
}


@pytest.mark.parametrize("query,topic", RANKED.items())
def test_search_ranks_statements_on_the_subject_first(corpus_store, query, topic):
    hits = corpus_store.search(query, limit=5)
    assert len(hits) == 5
    assert all(topic in h.statement.topics for h in hits), [(h.statement.id, h.statement.topics) for h in hits]
    assert query.lower() in hits[0].statement.text.lower()


def test_the_phrase_as_written_ranks_above_scattered_words(corpus_store):
    hits = corpus_store.search("extended deterrence")
    phrase = [("extended deterrence" in h.statement.text.lower()) for h in hits]
    assert phrase == sorted(phrase, reverse=True)
    assert [h.score for h in hits if "extended deterrence" in h.statement.text.lower()] == sorted(
        [h.score for h in hits if "extended deterrence" in h.statement.text.lower()], reverse=True)


def test_search_from_the_command_line_prints_json_lines(corpus_db, accord):
    result = accord("search", "extended deterrence", "--dialogue", "KIDD", "--commitments", "--format", "json",
                    "--db", corpus_db)
    assert result.exit_code == 0
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert lines and all(x["meeting"].startswith("KIDD-") and x["statement"]["commitment"] for x in lines)
    assert {"meeting", "document", "source", "start", "end", "score", "statement"} <= set(lines[0])
