"""Reading the store: meetings, records, and the names people give them."""
from __future__ import annotations

from dataclasses import replace

from accord.records import Document, Meeting
from accord.store import meeting_key


def test_meeting_keys_are_acronym_and_round_or_date():
    doc = Document(id="0123456789abcdef", source="x.txt", text="x", published="2024-07-29")
    assert meeting_key(Meeting(acronym="KIDD", round=14), doc) == "KIDD-14"
    assert meeting_key(Meeting(acronym="SCC", start="2024-07-28"), doc) == "SCC-2024-07-28"
    assert meeting_key(Meeting(acronym="SCC"), doc) == "SCC-2024-07-29"
    assert meeting_key(Meeting(dialogue="Korea-U.S. Integrated Defense Dialogue", round=3), doc) == "KUIDD-3"
    assert meeting_key(Meeting(), replace(doc, published=None)) == "DOC-0123456789abcdef"


def test_list_gives_one_summary_per_meeting(fixture_store):
    [kidd, scc] = fixture_store.meetings()
    assert (kidd.key, kidd.acronym, kidd.round, kidd.start, kidd.end, kidd.venue) == \
        ("KIDD-26", "KIDD", 26, "2025-04-14", "2025-04-15", "Seoul")
    assert [h.name for h in kidd.heads] == ["Cho Chang-rae", "Ely Ratner"]
    assert kidd.acts == len(fixture_store.meeting("KIDD-26").statements)
    assert kidd.commitments == sum(s.commitment for s in fixture_store.meeting("KIDD-26").statements)
    assert [m.key for m in fixture_store.meetings(dialogue=scc.dialogue.upper())] == [scc.key]
    assert [m.key for m in fixture_store.meetings(dialogue="scc")] == [scc.key]


def test_a_document_is_found_by_its_id_or_a_prefix(fixture_store):
    rec = fixture_store.meeting("KIDD-26")
    assert fixture_store.resolve(rec.document.id).document.id == rec.document.id
    assert fixture_store.resolve(rec.document.id[:8]).document.id == rec.document.id
    assert fixture_store.resolve("kidd-26").document.id == rec.document.id
    assert fixture_store.resolve("KIDD-99") is None


def test_a_meeting_is_read_from_its_most_authoritative_report(fixture_store, pipeline):
    joint = fixture_store.meeting("KIDD-26")
    news = replace(joint.document, id="feedfacefeedface", source="/news/kidd.txt", kind="news_report")
    statements = [replace(s, id=f"feedfacefeedface:{n}") for n, s in enumerate(joint.statements)]
    [result] = fixture_store.ingest_records([replace(joint, document=news, statements=statements)])
    assert result.status == "added" and result.key == "KIDD-26"

    assert fixture_store.meeting("KIDD-26").document.id == joint.document.id
    [summary] = [m for m in fixture_store.meetings() if m.key == "KIDD-26"]
    assert summary.documents == 2 and summary.kind == "joint_statement"
    assert {d["id"] for d in fixture_store.documents_of("KIDD-26")} == {joint.document.id, "feedfacefeedface"}


def test_statement_references_resolve_to_ids(fixture_store):
    rec = fixture_store.meeting("KIDD-26")
    assert fixture_store.statement_id("KIDD-26:3") == f"{rec.document.id}:3"
    assert fixture_store.statement_id(f"{rec.document.id[:8]}:3") == f"{rec.document.id}:3"
    assert fixture_store.statement("KIDD-26:3").statement == rec.statements[3]
