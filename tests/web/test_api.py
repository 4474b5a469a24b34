"""The JSON API: every endpoint, its 404s and 422s, and corrections that persist through the store."""
from __future__ import annotations

import pytest

KIDD26 = "c0a57ed0c96419df"  # tests/fixtures/statements/kidd-26-2025.txt


def test_meetings_lists_every_meeting_and_filters_by_dialogue(client):
    r = client.get("/api/meetings")
    assert r.status_code == 200
    keys = {m["key"] for m in r.json()}
    assert {"KIDD-14", "KIDD-24", "KIDD-26", "KIDD-27", "SCC-2031-03-02", "NATO DefMin-2024-06-13"} <= keys
    kidd = client.get("/api/meetings", params={"dialogue": "KIDD"}).json()
    assert {m["acronym"] for m in kidd} == {"KIDD"}
    assert all("heads" in m and "acts" in m for m in kidd)


def test_meeting_record_in_the_exchange_format(client):
    d = client.get("/api/meeting/KIDD-26").json()
    assert d["key"] == "KIDD-26"
    assert d["meeting"]["round"] == 26 and d["meeting"]["date_basis"]
    assert d["document"]["id"] == KIDD26
    text = d["document"]["text"]
    for s in d["statements"]:
        assert text[s["start"]:s["end"]] == s["text"]
        assert {"origin", "corrected", "thread"} <= set(s)
    same = client.get(f"/api/meeting/{KIDD26}").json()
    assert same["document"]["id"] == KIDD26
    assert client.get("/api/meeting/NATO%20DefMin-2024-06-13").status_code == 200


def test_unknown_ids_are_404_with_a_clear_message(client):
    for url, word in (("/api/meeting/KIDD-99", "KIDD-99"), ("/api/documents/ffffffffffffffff", "ffffffffffffffff"),
                      ("/api/statement/KIDD-26:999", "KIDD-26:999"), ("/api/thread/tnothere", "tnothere"),
                      ("/api/milestone/mnothere", "mnothere"), ("/api/brief/NOPE", "NOPE")):
        r = client.get(url)
        assert r.status_code == 404, url
        assert r.headers["content-type"].startswith("application/json")
        assert word in r.json()["detail"], r.json()


def test_documents_by_id_and_prefix(client):
    assert client.get(f"/api/documents/{KIDD26}").json()["key"] == "KIDD-26"
    assert client.get(f"/api/documents/{KIDD26[:8]}").json()["document"]["id"] == KIDD26


def test_statements_by_filters(client):
    r = client.get("/api/statements", params={"meeting": "KIDD-26", "commitments": "true"})
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == len(body["statements"]) > 0
    assert all(h["statement"]["commitment"] and h["meeting"] == "KIDD-26" for h in body["statements"])
    topic = client.get("/api/statements", params={"topic": "extended_deterrence"}).json()
    assert all("extended_deterrence" in h["statement"]["topics"] for h in topic["statements"])
    assert client.get("/api/statements", params={"since": "2025", "until": "2025-12"}).json()["count"] > 0


@pytest.mark.parametrize("params", [{"since": "last year"}, {"limit": 0}, {"limit": "many"}, {"offset": -1},
                                    {"commitments": "perhaps"}])
def test_statements_refuse_bad_input_with_422(client, params):
    r = client.get("/api/statements", params=params)
    assert r.status_code == 422
    assert r.json()["detail"]


def test_one_statement_by_id_or_meeting_reference(client):
    a = client.get(f"/api/statement/{KIDD26}:5").json()
    b = client.get("/api/statement/KIDD-26:5").json()
    assert a == b
    assert a["statement"]["id"] == f"{KIDD26}:5" and a["meeting"] == "KIDD-26"


def test_search_with_facet_counts(client):
    r = client.get("/api/search", params={"q": "extended deterrence"})
    assert r.status_code == 200
    body = r.json()
    assert body["count"] > 0
    assert sum(body["facets"]["dialogue"].values()) == body["count"]
    assert set(body["facets"]) == {"dialogue", "act", "party", "topic", "year"}
    first = body["hits"][0]
    a, b = first["highlights"][0]
    assert first["statement"]["text"][a:b].lower().startswith(("extend", "deter"))
    narrowed = client.get("/api/search", params={"q": "extended deterrence", "act": "commit"}).json()
    assert 0 < narrowed["count"] <= body["count"]
    assert all(h["statement"]["act"] == "commit" for h in narrowed["hits"])


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "!!!"}, {"q": "x", "since": "2020-1"}])
def test_search_refuses_bad_input_with_422(client, params):
    assert client.get("/api/search", params=params).status_code == 422


def test_threads_and_one_thread(client):
    threads = client.get("/api/threads").json()
    assert threads and {"id", "label", "status", "appearances", "dialogues", "first", "last"} <= set(threads[0])
    several = next(t for t in threads if t["appearances"] > 1)
    t = client.get(f"/api/thread/{several['id']}").json()
    assert t["id"] == several["id"]
    assert len(t["appearances"]) == several["appearances"]
    assert len(t["changes"]) == len(t["appearances"]) - 1
    assert all(op["op"] != "equal" for ch in t["changes"] for op in ch["ops"])
    dropped = client.get("/api/threads", params={"status": "dropped"}).json()
    assert all(x["status"] == "dropped" for x in dropped)
    assert client.get("/api/threads", params={"status": "lost"}).status_code == 422


def test_milestones_and_verdicts_on_evidence(client):
    items = client.get("/api/milestones").json()
    assert items and {"id", "status", "due", "evidence", "source_statement"} <= set(items[0])
    assert client.get("/api/milestones", params={"status": "late"}).status_code == 422
    m = items[0]
    assert client.get(f"/api/milestone/{m['id']}").json()["id"] == m["id"]
    evidence = f"{KIDD26}:12"
    r = client.post(f"/api/milestone/{m['id']}/evidence", json={"statement_id": evidence, "verdict": "confirm",
                                                                 "by": "tester"})
    assert r.status_code == 200, r.text
    after = r.json()
    assert after["status"] == "met"
    assert any(e["statement_id"] == evidence and e["verdict"] == "confirm" and e["by"] == "tester"
               for e in after["evidence"])
    r = client.post(f"/api/milestone/{m['id']}/evidence", json={"statement_id": evidence, "verdict": "reject"})
    # the latest verdict wins: rejected, the evidence the analyst had added is no longer counted
    assert not any(e["statement_id"] == evidence and e["verdict"] == "confirm" for e in r.json()["evidence"])
    bad = client.post(f"/api/milestone/{m['id']}/evidence", json={"statement_id": evidence, "verdict": "maybe"})
    assert bad.status_code == 422
    missing = client.post("/api/milestone/mnothere/evidence", json={"statement_id": evidence, "verdict": "confirm"})
    assert missing.status_code == 404
    nostatement = client.post(f"/api/milestone/{m['id']}/evidence", json={"statement_id": "x:1", "verdict": "confirm"})
    assert nostatement.status_code == 404


def test_brief_as_json_markdown_and_html(client):
    b = client.get("/api/brief/KIDD").json()
    assert b["acronym"] == "KIDD" and b["last"] == "KIDD-27" and b["previous"] == "KIDD-26"
    md = client.get("/api/brief/KIDD", params={"format": "md"})
    assert md.headers["content-type"].startswith("text/markdown") and md.text.startswith("# Pre-meeting brief")
    html = client.get("/api/brief/KIDD", params={"format": "html"})
    assert "<script>alert" not in html.text
    assert client.get("/api/brief/KIDD", params={"format": "pdf"}).status_code == 422


def test_corrections_add_change_delete_and_the_log(client):
    doc = client.get("/api/meeting/KIDD-26").json()
    text = doc["document"]["text"]
    phrase = "The delegations welcomed"
    start = text.index(phrase)
    r = client.post("/api/corrections", json={"document": "KIDD-26", "start": start, "end": start + len(phrase),
                                              "act": "appreciate", "actors": ["KOR", "USA"], "topics": ["other"],
                                              "by": "api-test", "note": "a test"})
    assert r.status_code == 201, r.text
    added = r.json()["statement"]
    assert added["origin"] == "added" and added["text"] == phrase

    r = client.put(f"/api/corrections/{added['id']}", json={"act": "note", "commitment": True, "by": "api-test"})
    assert r.status_code == 200, r.text
    assert r.json()["statement"]["act"] == "note" and r.json()["statement"]["commitment"] is True

    r = client.delete(f"/api/corrections/{added['id']}", params={"by": "api-test", "note": "not an act after all"})
    assert r.status_code == 200
    assert r.json()["deleted"]["act"] == "note"
    assert client.get(f"/api/statement/{added['id']}").status_code == 404

    log = client.get("/api/corrections").json()
    assert [c["action"] for c in log if c["by"] == "api-test"] == ["add", "change", "delete"]


@pytest.mark.parametrize("body", [
    {"act": "shouted"},  # not an act
    {"actors": ["XYZ"]},  # not a party
    {"topics": ["astrology"]},  # not a topic
    {},  # nothing to change
    {"by": "someone"},  # still nothing to change
    {"act": "note", "colour": "red"},  # unknown field
    {"commitment": "sometimes"},
])
def test_change_refuses_bad_input_with_422(client, body):
    r = client.put(f"/api/corrections/{KIDD26}:2", json=body)
    assert r.status_code == 422, r.text
    assert r.json()["detail"]


@pytest.mark.parametrize("body", [
    {"document": "KIDD-26", "start": 10, "end": 5, "act": "note", "actors": ["USA"]},
    {"document": "KIDD-26", "start": 0, "end": 10 ** 7, "act": "note", "actors": ["USA"]},
    {"document": "KIDD-26", "start": 0, "end": 10, "act": "note", "actors": []},
    {"document": "KIDD-26", "start": -1, "end": 10, "act": "note", "actors": ["USA"]},
    {"document": "KIDD-26", "start": 0, "end": 10, "act": "sing", "actors": ["USA"]},
    {"document": "KIDD-26", "start": "zero", "end": 10, "act": "note", "actors": ["USA"]},
])
def test_add_refuses_bad_input_with_422(client, body):
    assert client.post("/api/corrections", json=body).status_code == 422


def test_corrections_on_unknown_things_are_404(client):
    assert client.put("/api/corrections/KIDD-26:999", json={"act": "note"}).status_code == 404
    assert client.delete("/api/corrections/nothing:1").status_code == 404
    body = {"document": "KIDD-99", "start": 0, "end": 5, "act": "note", "actors": ["USA"]}
    assert client.post("/api/corrections", json=body).status_code == 404


def test_malformed_json_is_422_not_500(client):
    r = client.post("/api/corrections", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422


def test_openapi_and_docs_without_any_cdn(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/meetings", "/api/meeting/{key}", "/api/documents/{document_id}", "/api/statements",
                 "/api/search", "/api/threads", "/api/thread/{thread_id}", "/api/milestones", "/api/brief/{dialogue}",
                 "/api/corrections", "/api/corrections/{statement_id}"):
        assert path in spec["paths"], path
    assert {"post", "put", "delete"} <= set(spec["paths"]["/api/corrections"]) | set(
        spec["paths"]["/api/corrections/{statement_id}"])
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/api/search" in docs.text
    assert "cdn" not in docs.text.lower() and "https://" not in docs.text
    assert client.get("/redoc").status_code == 404


def test_vocabulary(client):
    v = client.get("/api/vocabulary").json()
    assert "commit" in v["acts"] and "KOR" in v["parties"] and "opcon_transition" in v["topics"]


ODD = ["%00", "zz", "922b47", "\"><script>", "..%2f..%2fetc", "a" * 3000, "KIDD-26:abc", ":", "%E2%80%AE"]


def test_odd_ids_and_queries_never_cause_a_500(client):
    for odd in ODD:
        for prefix in ("/api/meeting/", "/api/documents/", "/api/statement/", "/api/thread/", "/api/milestone/",
                       "/api/brief/", "/round/", "/thread/", "/brief/"):
            r = client.get(prefix + odd, headers={"accept": "text/html"})
            assert r.status_code < 500, (prefix, odd, r.status_code)
    for q in ("*", '"', 'a"b', "NEAR(a b)", "x OR", "-x", "^x", "x:y", "((", "日本"):
        for url in ("/api/search", "/search"):
            assert client.get(url, params={"q": q}).status_code < 500, (url, q)
    for params in ({"since": "2020-13-45"}, {"dialogue": "\x00"}, {"topic": "a,b,,"}, {"party": "usa"},
                   {"document": "%"}):
        assert client.get("/api/statements", params=params).status_code < 500, params
