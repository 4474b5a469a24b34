"""Parquet: typed columns and list columns, read by pyarrow and by DuckDB."""
from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq

from accord.export import export


def test_parquet_opens_in_pyarrow_with_typed_columns(store, statement_ids, tmp_path):
    path = tmp_path / "statements.parquet"
    n = export(store.records(), "parquet", str(path))
    table = pq.read_table(path)
    assert table.num_rows == n == len(statement_ids)
    schema = table.schema
    assert schema.field("round").type == pa.int32()
    assert schema.field("meeting_start").type == pa.date32()
    assert schema.field("commitment").type == pa.bool_()
    assert schema.field("actors").type == pa.list_(pa.string())
    assert schema.field("topics").type == pa.list_(pa.string())
    rows = table.to_pylist()
    assert {r["statement_id"] for r in rows} == statement_ids
    assert all(isinstance(r["meeting_start"], dt.date) for r in rows if r["meeting_start"] is not None)


def test_parquet_answers_questions_in_duckdb(store, statement_ids, tmp_path):
    import duckdb

    path = tmp_path / "statements.parquet"
    export(store.records(), "parquet", str(path))
    con = duckdb.connect()
    total, commitments = con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE commitment) FROM read_parquet('{path}')").fetchone()
    assert total == len(statement_ids)
    assert commitments == sum(h.statement.commitment for h in store.statements())
    pairs = con.execute(f"SELECT statement_id, list_contains(actors, 'USA') FROM read_parquet('{path}')").fetchall()
    usa = {h.statement.id for h in store.statements(party="USA")}
    assert {sid for sid, has in pairs if has} == usa


def test_parquet_needs_a_file_on_the_command_line(db, accord, tmp_path):
    refused = accord("export", "--format", "parquet", "--db", db)
    assert refused.exit_code == 2 and "give --out FILE" in refused.stderr
    written = accord("export", "--format", "parquet", "--out", tmp_path / "x.parquet", "--db", db)
    assert written.exit_code == 0
    assert pq.read_table(tmp_path / "x.parquet").num_rows > 0
