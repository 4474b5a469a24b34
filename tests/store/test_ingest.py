"""Ingesting statements: once per content, versions per file, failures named and skipped."""
from __future__ import annotations

import shutil

import pytest

from accord.store import Store
from tests.conftest import STATEMENTS

KIDD = STATEMENTS / "kidd-26-2025.txt"


def test_ingest_stores_each_meeting_under_its_key(fixture_store):
    keys = [m.key for m in fixture_store.meetings()]
    assert keys == ["KIDD-26", "SCC-2031-03-02"]  # a round, or the date where there is none
    kidd = fixture_store.meeting("kidd-26")
    assert kidd.meeting.round == 26 and kidd.meeting.venue == "Seoul"
    assert len(kidd.statements) > 5


def test_stored_record_is_the_extracted_record(fixture_store, pipeline):
    from accord.reading import read_path

    doc = read_path(KIDD)
    extracted = pipeline.extract(doc)
    stored = fixture_store.document(doc.id)
    assert [s.__dict__ for s in stored.statements] == [s.__dict__ for s in extracted.statements]
    assert stored.meeting == extracted.meeting
    assert stored.milestones == extracted.milestones
    assert stored.document.text == doc.text


def test_ingesting_twice_changes_nothing(fixture_store):
    before = fixture_store.counts()

    def no_pipeline():
        raise AssertionError("known content must not be extracted again")

    results = list(fixture_store.ingest_paths([str(STATEMENTS)], pipeline=no_pipeline))
    assert [r.status for r in results] == ["unchanged", "unchanged"]
    assert fixture_store.counts() == before


def test_the_same_text_at_another_path_is_stored_once(fixture_store, tmp_path):
    copy = tmp_path / "copy.txt"
    shutil.copy(KIDD, copy)
    [result] = fixture_store.ingest_paths([str(copy)])
    assert result.status == "unchanged"
    assert result.reason == f"same text as {KIDD}"


def test_a_changed_file_is_a_new_version_and_the_old_one_is_kept(tmp_path, pipeline):
    path = tmp_path / "kidd.txt"
    text = KIDD.read_text()
    path.write_text(text)
    with Store.open(tmp_path / "a.db") as store:
        [first] = store.ingest_paths([str(path)], pipeline=lambda: pipeline)
        path.write_text(text.replace("in the second half of 2025", "in the autumn of 2025"))
        [second] = store.ingest_paths([str(path)], pipeline=lambda: pipeline)

        assert (first.status, first.version) == ("added", 1)
        assert (second.status, second.version) == ("version", 2)
        assert store.counts()["documents"] == 2
        assert store.meeting("KIDD-26").document.id == second.document_id  # list and show read the latest
        assert [m.document_id for m in store.meetings()] == [second.document_id]
        assert "autumn" not in store.document(first.document_id).document.text  # the old version, by id
        assert sum(1 for _ in store.records(all_versions=True)) == 2
        assert sum(1 for _ in store.records()) == 1

        path.write_text(text)  # changed back: the first text is current again
        [third] = store.ingest_paths([str(path)], pipeline=lambda: pipeline)
        assert (third.status, third.document_id, third.version) == ("version", first.document_id, 3)
        assert store.meeting("KIDD-26").document.id == first.document_id


def test_a_file_that_fails_is_named_and_the_rest_are_stored(tmp_path, accord):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(KIDD, folder / "kidd.txt")
    (folder / "notes.txt").write_text("Remember to buy milk and call the office on Tuesday.\n")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    db = tmp_path / "a.db"

    result = accord("ingest", folder, "--db", db)

    assert result.exit_code == 1
    failures = result.stderr.strip().splitlines()
    assert failures == [
        f"accord: {folder / 'image.txt'}: binary file (image/png)",
        f"accord: {folder / 'notes.txt'}: no dialogue meeting or act of record found",
    ]
    assert "Added 1, unchanged 0, failed 2." in result.stdout
    with Store.open(db) as store:
        assert [m.key for m in store.meetings()] == ["KIDD-26"]


def test_when_every_file_fails_the_exit_code_says_so(tmp_path, accord):
    (tmp_path / "notes.txt").write_text("Nothing of record here at all.\n")
    result = accord("ingest", tmp_path / "notes.txt", "--db", tmp_path / "a.db")
    assert result.exit_code == 3


def test_a_document_is_written_whole_or_not_at_all(fixture_store, monkeypatch, pipeline):
    from accord.reading import read_path
    from accord.store import ingest

    before = fixture_store.counts()
    rec = pipeline.extract(read_path(KIDD))
    rec.document.id = "0123456789abcdef"
    rec.document.source = "/elsewhere/kidd.txt"

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(ingest, "write_statements", broken)
    with pytest.raises(RuntimeError):
        ingest.ingest_record(fixture_store.conn, rec)
    assert fixture_store.counts() == before
    assert not fixture_store.has_document("0123456789abcdef")


def test_an_extractor_bug_fails_only_its_own_file(tmp_path, pipeline):
    class Fragile:
        def extract_many(self, docs, batch=64):
            docs = list(docs)
            if any("China" in d.text for d in docs):
                raise ValueError("tokenizer tripped")
            return pipeline.extract_many(docs, batch=batch)

    with Store.open(tmp_path / "a.db") as store:
        results = {r.source.rsplit("/", 1)[-1]: r for r in store.ingest_paths([str(STATEMENTS)], pipeline=Fragile)}
    assert results["kidd-26-2025.txt"].status == "added"
    assert results["scc-2031-03-02.txt"].status == "failed"
    assert results["scc-2031-03-02.txt"].reason == "extraction failed: ValueError: tokenizer tripped"
