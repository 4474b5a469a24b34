"""Political event data: CAMEO in the PETRARCH/Phoenix layout and PLOVER-style JSON."""
from __future__ import annotations

import csv
import io
import json

import pytest

from accord.export import export
from accord.export.events import CAMEO_COLUMNS, cameo_code, dyads
from accord.knowledge import default_knowledge
from accord.records import Statement
from accord.store.corrections import ACTS


def _statement(act="agree", actors=("KOR", "USA"), commitment=False, topics=(), text="x", reported_by=None):
    return Statement(id="d:0", start=0, end=len(text), text=text, actors=list(actors), act=act,
                     commitment=commitment, topics=list(topics), reported_by=reported_by)


def _cameo(store) -> list[dict[str, str]]:
    out = io.StringIO()
    export(store.records(), "cameo", out)
    return list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t", quoting=csv.QUOTE_NONE))


def test_a_joint_act_is_two_directed_events():
    assert dyads(_statement(), ["KOR", "USA"]) == [("KOR", "USA"), ("USA", "KOR")]


def test_a_single_partys_act_targets_the_other_parties():
    assert dyads(_statement(actors=["USA"]), ["KOR", "USA"]) == [("USA", "KOR")]
    assert dyads(_statement(actors=["USA"]), ["JPN", "KOR", "USA"]) == [("USA", "JPN"), ("USA", "KOR")]


def test_a_reported_act_has_the_reported_party_as_source():
    s = _statement(act="reaffirm", actors=["PRK"], reported_by=["KOR", "USA"])
    assert dyads(s, ["KOR", "USA"]) == [("PRK", "KOR"), ("PRK", "USA")]


def test_a_condemnation_targets_the_party_it_names():
    s = _statement(act="concern", text="The two sides condemned North Korea's ballistic missile launches")
    assert dyads(s, ["KOR", "USA"], default_knowledge()) == [("KOR", "PRK"), ("USA", "PRK")]


@pytest.mark.parametrize("statement,expected", [
    (_statement(act="meet"), ("040", "04", 1, 1.0)),
    (_statement(act="discuss"), ("040", "04", 1, 1.0)),
    (_statement(act="assess"), ("010", "01", 0, 0.0)),
    (_statement(act="agree"), ("019", "01", 0, 3.4)),
    (_statement(act="agree", commitment=True), ("030", "03", 1, 4.0)),
    (_statement(act="reaffirm", commitment=True, topics=["extended_deterrence"]), ("0312", "03", 1, 5.2)),
    (_statement(act="commit", commitment=True, topics=["cyber"]), ("030", "03", 1, 4.0)),
    (_statement(act="appreciate"), ("051", "05", 1, 3.4)),
    (_statement(act="concern"), ("111", "11", 3, -2.0)),
])
def test_acts_map_to_cameo_codes(statement, expected):
    assert cameo_code(statement, default_knowledge()) == expected


def test_the_mapping_covers_every_act_with_a_named_scored_code():
    table = default_knowledge().cameo
    assert set(table["acts"]) == set(ACTS) == set(table["plover"]["acts"])
    for rule in table["acts"].values():
        for code in {rule["code"], rule.get("commitment", rule["code"])}:
            assert code in table["codes"] and "goldstein" in table["codes"][code] and "name" in table["codes"][code]
            assert code[:2] in table["roots"]


def test_cameo_export_carries_every_statement_in_phoenix_columns(store, statement_ids):
    rows = _cameo(store)
    assert list(rows[0]) == list(CAMEO_COLUMNS)
    assert {r["statement_id"] for r in rows} == statement_ids
    for r in rows:
        assert len(r["date"]) == 8 and r["date"].isdigit()
        assert r["code"].startswith(r["root_code"]) and r["quad_class"] in "01234"
        float(r["goldstein"])
        assert r["source"] != r["target"]


def test_cameo_events_of_one_joint_pledge(store):
    rows = _cameo(store)
    hit = next(h for h in store.statements(act="commit", commitments=True) if len(h.statement.actors) == 2)
    events = [(r["source"], r["target"], r["code"]) for r in rows if r["statement_id"] == hit.statement.id]
    code = cameo_code(hit.statement, default_knowledge())[0]
    a, b = hit.statement.actors
    assert sorted(events) == sorted([(a, b, code), (b, a, code)])


def test_plover_export_is_json_lines_for_every_statement(store, statement_ids):
    out = io.StringIO()
    n = export(store.records(), "plover", out)
    events = [json.loads(x) for x in out.getvalue().splitlines()]
    assert n == len(events) == len(_cameo(store))  # the same events as the CAMEO export
    assert {e["statement_id"] for e in events} == statement_ids
    assert {e["event_type"] for e in events} <= {"CONSULT", "AGREE", "SUPPORT", "ACCUSE", None}
    for e in events:
        assert {"id", "date", "event_type", "mode", "actor", "recipient", "text", "statement_id", "document_id",
                "meeting"} <= set(e)
    assert len({e["id"] for e in events}) == len(events)
    commits = [e for e in events if e["act"] == "commit"]
    assert commits and all(e["event_type"] == "AGREE" for e in commits)


def test_event_exports_from_the_command_line(db, accord, tmp_path):
    for fmt in ("cameo", "plover"):
        result = accord("export", "--format", fmt, "--out", tmp_path / f"events.{fmt}", "--db", db)
        assert result.exit_code == 0 and "events to" in result.stderr
    printed = accord("export", "--format", "cameo", "--db", db)
    assert printed.stdout.splitlines()[0].split("\t") == list(CAMEO_COLUMNS)
    assert printed.stdout == (tmp_path / "events.cameo").read_text()
