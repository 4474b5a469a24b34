"""A team server: sign in, roles, API tokens, authors, conflicts, server-issued CSRF tokens; on both backends."""
from __future__ import annotations

import re
import threading

import httpx
import pytest
from fastapi.testclient import TestClient

from accord.store import Store
from accord.web.app import create_app
from accord.web.security import UNSAFE
from tests.web.conftest import Server

KIDD26 = "c0a57ed0c96419df"
PASSWORD = "a long enough password"
HOST = "accord.example"


@pytest.fixture(scope="module")
def team(web_db):
    """The app as `accord serve` makes it for a team: accounts on, one host name answered."""
    with Store.open(web_db) as store:
        for name, role in (("kim", "analyst"), ("lee", "analyst"), ("rea", "reader"), ("ada", "admin")):
            store.add_user(name, role, PASSWORD)
        tokens = {name: store.new_token(name) for name in ("kim", "lee", "rea")}
    return create_app(web_db, accounts=True, allowed_hosts=[HOST]), tokens


def client_of(team) -> TestClient:
    return TestClient(team[0], base_url=f"http://{HOST}")


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def sign_in(c: TestClient, name: str, password: str = PASSWORD):
    page = c.get("/login")
    return c.post("/login", data={"csrf": csrf_of(page.text), "name": name, "password": password, "next": "/"},
                  follow_redirects=False)


def _routes(routes):
    """Every route, those of included routers too."""
    for r in routes:
        inner = getattr(r, "original_router", None)
        yield from _routes(inner.routes) if inner is not None else [r]


def bearer(team, name: str) -> dict[str, str]:
    return {"authorization": f"Bearer {team[1][name]}"}


def test_nothing_is_read_without_a_session_or_token(team):
    c = client_of(team)
    assert c.get("/api/meetings").status_code == 401
    assert c.get("/api/corrections").status_code == 401
    page = c.get("/round/KIDD-26", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login?next=%2Fround%2FKIDD-26"
    assert c.get("/login").status_code == 200 and c.get("/static/app.css").status_code == 200
    assert c.get("/api/meetings", headers=bearer(team, "rea")).status_code == 200


def test_signing_in_gives_a_signed_httponly_samesite_session_and_signing_out_ends_it(team):
    c = client_of(team)
    assert sign_in(c, "kim", "not the password").status_code == 401
    r = sign_in(c, "kim")
    assert r.status_code == 303
    cookie = next(v for k, v in r.headers.multi_items() if k == "set-cookie" and v.startswith("accord_session="))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie
    session = c.cookies.get("accord_session")
    home = c.get("/")
    assert home.status_code == 200 and "kim" in home.text and "Sign out" in home.text
    forged = TestClient(team[0], base_url=f"http://{HOST}", cookies={"accord_session": session[:-3] + "abc"})
    assert forged.get("/", follow_redirects=False).status_code == 303  # a session the server did not sign
    assert c.post("/logout", data={"csrf": csrf_of(c.get("/").text)}, follow_redirects=False).status_code == 303
    again = TestClient(team[0], base_url=f"http://{HOST}", cookies={"accord_session": session})
    assert again.get("/", follow_redirects=False).status_code == 303  # the session ended on the server


def test_logins_are_throttled_after_repeated_failures(team):
    c = client_of(team)
    for _ in range(5):
        assert sign_in(c, "lee", "wrong wrong wrong").status_code == 401
    throttled = sign_in(c, "lee")
    assert throttled.status_code == 429 and "try again" in throttled.text


def test_a_reader_is_refused_on_every_route_that_writes(team):
    c = client_of(team)
    writes = [(m, r.path) for r in _routes(team[0].routes) for m in getattr(r, "methods", ()) or ()
              if m in UNSAFE and r.path not in ("/login", "/logout")]
    assert len(writes) >= 8
    for method, path in writes:
        url = re.sub(r"\{[^}]+\}", "x", path)
        r = c.request(method, url, headers={**bearer(team, "rea"), "content-type": "application/json"}, content=b"{}")
        assert r.status_code == 403, (method, path, r.status_code)
    assert c.get("/api/corrections", headers=bearer(team, "rea")).json() == []


def test_a_correction_is_made_by_the_signed_in_account_not_the_name_given(team):
    c = client_of(team)
    r = c.put(f"/api/corrections/{KIDD26}:4", json={"topics": ["other"], "by": "someone else"},
              headers=bearer(team, "kim"))
    assert r.status_code == 200
    [entry] = [e for e in c.get("/api/corrections", headers=bearer(team, "kim")).json()
               if e["statement_id"] == f"{KIDD26}:4"]
    assert entry["by"] == "kim" and entry["at"]
    sign_in(c, "kim")
    assert re.search(r'class="author">kim<', c.get("/corrections").text)


def test_two_analysts_on_one_act_one_wins_and_the_other_gets_409_with_the_current_act(team):
    c = client_of(team)
    seen = c.get(f"/api/statement/{KIDD26}:5", headers=bearer(team, "kim")).json()
    mine = "agree" if seen["statement"]["act"] != "agree" else "note"
    won = c.put(f"/api/corrections/{KIDD26}:5", json={"act": mine, "revision": seen["revision"]},
                headers=bearer(team, "kim"))
    lost = c.put(f"/api/corrections/{KIDD26}:5", json={"act": "other"},
                 headers={**bearer(team, "lee"), "if-match": '"%s"' % seen["revision"]})
    assert won.status_code == 200 and lost.status_code == 409
    assert lost.json()["current"]["act"] == mine
    log = [e for e in c.get("/api/corrections", headers=bearer(team, "kim")).json()
           if e["statement_id"] == f"{KIDD26}:5"]
    assert [(e["by"], e["status"], e["fields"]) for e in log] == \
        [("kim", "applied", {"act": mine}), ("lee", "refused", {"act": "other"})]
    assert log[1]["before"]["act"] == mine  # what lee's attempt met, kept with it


def test_parallel_corrections_over_http_are_saved_or_409_never_404(team):
    """The independent check's finding: 20 parallel corrections of one act got 404s for an act that exists."""
    acts = ["meet", "assess", "agree", "reaffirm", "commit", "note", "appreciate", "discuss", "concern", "other"] * 2
    statuses: list[int] = []
    with Server(team[0]) as server:
        start = threading.Barrier(len(acts))

        def put(act: str) -> None:
            start.wait()
            r = httpx.put(f"{server.url}/api/corrections/{KIDD26}:6", json={"act": act},
                          headers={**bearer(team, "kim"), "host": HOST}, timeout=60)
            statuses.append(r.status_code)

        threads = [threading.Thread(target=put, args=(a,)) for a in acts]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(statuses) == len(acts) and set(statuses) <= {200, 409} and 200 in statuses, statuses


def test_undo_is_a_new_entry_by_whoever_undoes(team):
    c = client_of(team)
    before = c.get(f"/api/statement/{KIDD26}:7", headers=bearer(team, "kim")).json()["statement"]["commitment"]
    c.put(f"/api/corrections/{KIDD26}:7", json={"commitment": not before}, headers=bearer(team, "kim"))
    entry = c.get("/api/corrections", headers=bearer(team, "kim")).json()[-1]
    undo = c.post(f"/api/corrections/{entry['id']}/undo", headers=bearer(team, "lee"))
    assert undo.status_code == 201 and undo.json()["by"] == "lee" and undo.json()["undoes"] == entry["id"]
    assert c.get(f"/api/statement/{KIDD26}:7", headers=bearer(team, "kim")).json()["statement"]["commitment"] is before


def test_a_csrf_token_the_server_never_issued_is_refused(team):
    c = client_of(team)
    sign_in(c, "kim")
    session = c.cookies.get("accord_session")
    url = f"/round/KIDD-26/act/{KIDD26}:1/change"
    for forged in ("abc", "x" * 30, "nonce.signature-of-someone-else"):
        f = TestClient(team[0], base_url=f"http://{HOST}", cookies={"accord_session": session, "accord_csrf": forged})
        r = f.post(url, data={"act": "note", "csrf": forged}, follow_redirects=False)
        assert r.status_code == 403, forged
    issued = csrf_of(c.get("/").text)
    other = client_of(team)
    sign_in(other, "ada")  # a token issued to kim's session is not ada's
    f = TestClient(team[0], base_url=f"http://{HOST}",
                   cookies={"accord_session": other.cookies.get("accord_session"), "accord_csrf": issued})
    assert f.post(url, data={"act": "note", "csrf": issued}, follow_redirects=False).status_code == 403
    ok = c.post(url, data={"act": "note", "csrf": issued}, follow_redirects=False)
    assert ok.status_code == 303


def test_the_api_shows_the_name_a_document_was_ingested_under_not_a_server_path(team):
    c = client_of(team)
    sources = [m["source"] for m in c.get("/api/meetings", headers=bearer(team, "rea")).json()]
    sources += [h["source"] for h in c.get("/api/search?q=deterrence", headers=bearer(team, "rea")).json()["hits"]]
    record = c.get("/api/meeting/KIDD-26", headers=bearer(team, "rea")).json()
    sources += [record["document"]["source"]] + [d["source"] for d in record["documents"]]
    assert sources and all("/" not in s and "\\" not in s for s in sources), sources
    assert "kidd-26-2025.txt" in sources


def test_server_workers_share_the_tracking_views_through_the_database(team, web_db):
    """Two workers (two apps over one database): the first computes the views, the second only reads them;
    a correction makes exactly one of them compute again."""
    first = create_app(web_db, accounts=True, allowed_hosts=[HOST])
    second = create_app(web_db, accounts=True, allowed_hosts=[HOST])
    a, b = TestClient(first, base_url=f"http://{HOST}"), TestClient(second, base_url=f"http://{HOST}")
    headers = bearer(team, "kim")

    def flip() -> None:  # a change to the record: the views must be computed again
        now = b.get(f"/api/statement/{KIDD26}:8", headers=headers).json()["statement"]["commitment"]
        assert b.put(f"/api/corrections/{KIDD26}:8", json={"commitment": not now}, headers=headers).status_code == 200

    flip()
    assert a.get("/api/threads", headers=headers).status_code == 200
    assert b.get("/api/threads", headers=headers).json() == a.get("/api/threads", headers=headers).json()
    assert (first.state.tracking.built, second.state.tracking.built) == (1, 0)
    flip()
    a.get("/api/milestones", headers=headers)
    b.get("/api/milestones", headers=headers)
    assert first.state.tracking.built + second.state.tracking.built == 2
