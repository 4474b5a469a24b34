"""CSV: one row per statement with its meeting's columns, read by the csv module."""
from __future__ import annotations

import csv
import io

from accord.export import export
from accord.export.rows import COLUMNS


def test_csv_has_a_row_for_every_statement(store, statement_ids):
    out = io.StringIO()
    n = export(store.records(), "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert n == len(rows)
    assert list(rows[0]) == [name for name, _ in COLUMNS]
    assert {r["statement_id"] for r in rows} == statement_ids
    assert len(rows) == len(statement_ids)


def test_csv_rows_carry_the_meeting_and_the_statement(store):
    out = io.StringIO()
    export(store.records(), "csv", out)
    rows = {r["statement_id"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    for rec in store.records():
        for s in rec.statements:
            row = rows[s.id]
            assert row["meeting"] == store.statement(s.id).meeting_key
            assert row["dialogue"] == (rec.meeting.dialogue or "")
            assert row["meeting_start"] == (rec.meeting.start or "")
            assert row["actors"].split(";") == s.actors
            assert row["topics"] == ";".join(s.topics)
            assert row["commitment"] == ("true" if s.commitment else "false")
            assert row["text"] == s.text  # commas, quotes and newlines survive


def test_csv_rows_name_who_corrected_a_statement_and_when(store):
    out = io.StringIO()
    export(store.records(), "csv", out, store.correction_authors())
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    corrected = {c.statement_id: c for c in store.corrections() if c.action != "delete"}
    assert corrected
    for row in rows:
        c = corrected.get(row["statement_id"])
        assert (row["corrected_by"], row["corrected_at"]) == ((c.by, c.at) if c else ("", ""))
