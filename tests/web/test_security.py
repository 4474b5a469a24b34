"""Security: headers, CSRF, the change token, allowed hosts, body size limit, the `serve` command's binding."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from accord.web.app import create_app

KIDD26 = "c0a57ed0c96419df"
HTML = {"accept": "text/html"}
TOKEN = "s3cret-token-for-tests"


def test_security_headers_on_pages_api_and_static(client):
    for url in ("/", "/api/meetings", "/static/app.js", "/no/such"):
        h = client.get(url).headers
        csp = h["content-security-policy"]
        script_src = next(p for p in csp.split(";") if p.strip().startswith("script-src"))
        assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
        assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"] in ("same-origin", "no-referrer", "strict-origin-when-cross-origin")


def test_forms_need_the_csrf_token(client):
    client.get("/", headers=HTML)
    url = f"/round/KIDD-26/act/{KIDD26}:1/change"
    r = client.post(url, data={"act": "note"}, headers=HTML, follow_redirects=False)
    assert r.status_code == 403 and "security token" in r.text
    r = client.post(url, data={"act": "note", "csrf": "forged-token-value-123456"}, follow_redirects=False)
    assert r.status_code == 403
    fresh = TestClient(client.app)  # a cross-site form: the attacker has no cookie of ours
    r = fresh.post(url, data={"act": "note", "csrf": client.cookies.get("accord_csrf")}, follow_redirects=False)
    assert r.status_code == 403
    assert client.get(f"/api/statement/{KIDD26}:1").json()["statement"]["act"] == "concern"


def test_changes_from_another_site_are_refused(client):
    client.get("/", headers=HTML)
    data = {"act": "note", "csrf": client.cookies.get("accord_csrf")}
    url = f"/round/KIDD-26/act/{KIDD26}:1/change"
    for headers in ({"origin": "https://evil.example"}, {"origin": "null"},
                    {"referer": "https://evil.example/page"}):
        r = client.post(url, data=data, headers=headers, follow_redirects=False)
        assert r.status_code == 403, headers
    r = client.put(f"/api/corrections/{KIDD26}:1", json={"act": "note"}, headers={"origin": "http://evil.example"})
    assert r.status_code == 403
    ok = client.post(url, data={**data, "act": "concern"}, headers={"origin": "http://testserver"},
                     follow_redirects=False)
    assert ok.status_code == 303


def test_the_api_takes_only_json_bodies(client):
    r = client.post("/api/corrections", content=b"document=KIDD-26", headers={"content-type": "text/plain"})
    assert r.status_code == 415
    r = client.post("/api/corrections", data={"document": "KIDD-26"})
    assert r.status_code == 415


def test_request_bodies_over_the_limit_are_413(client):
    big = b"x" * (1024 * 1024 + 1)
    r = client.post("/api/corrections", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413
    r = client.post(f"/round/KIDD-26/act/{KIDD26}:1/change", content=big,
                    headers={"content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413

    def chunks():  # no Content-Length: the body streams in
        for _ in range(20):
            yield b"y" * (128 * 1024)

    r = client.post("/api/corrections", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


@pytest.fixture(scope="module")
def locked(web_db):
    with TestClient(create_app(web_db, token=TOKEN)) as c:
        yield c


def test_with_a_token_reading_is_open_and_changes_need_it(locked):
    assert locked.get("/api/meetings").status_code == 200
    assert "Read-only" in locked.get("/", headers=HTML).text
    body = {"act": "note"}
    url = f"/api/corrections/{KIDD26}:2"
    assert locked.put(url, json=body).status_code == 401
    assert locked.put(url, json=body, headers={"authorization": "Bearer wrong-token-value"}).status_code == 401
    r = locked.put(url, json={"act": "assess"}, headers={"authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    r = locked.put(url, json={"act": "assess", "commitment": True}, headers={"x-accord-token": TOKEN})
    assert r.status_code == 200


def test_the_token_in_the_address_becomes_a_cookie(locked):
    r = locked.get(f"/round/KIDD-26?token={TOKEN}&s=x", headers=HTML, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/round/KIDD-26?s=x"
    assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=Strict" in r.headers["set-cookie"]
    assert "Read-only" not in locked.get("/", headers=HTML).text
    locked.get("/", headers=HTML)
    data = {"csrf": locked.cookies.get("accord_csrf"), "act": "assess", "actors": ["KOR", "USA"], "commitment": "1"}
    r = locked.post(f"/round/KIDD-26/act/{KIDD26}:2/change", data=data, follow_redirects=False)
    assert r.status_code == 303
    wrong = TestClient(locked.app)
    r = wrong.get("//evil.example/?token=nope", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/") and not r.headers["location"].startswith("//")
    assert "set-cookie" not in r.headers


def test_allowed_hosts_refuse_other_host_names(web_db):
    with TestClient(create_app(web_db, allowed_hosts=["127.0.0.1:8000", "localhost:8000"]),
                    base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/meetings").status_code == 200
        assert c.get("/api/meetings", headers={"host": "attacker.example"}).status_code == 421


def test_create_app_refuses_a_missing_database(tmp_path):
    from accord.store import StoreError

    with pytest.raises(StoreError):
        create_app(tmp_path / "none.db")


@pytest.fixture
def serve(monkeypatch, web_db):
    """Run `accord serve`, capturing what it would start instead of starting it."""
    import uvicorn
    from typer.testing import CliRunner

    from accord.cli import app as cli

    seen = {}

    def fake_run(app, **kw):
        seen.update(kw)
        seen["app"] = app

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.delenv("ACCORD_TOKEN", raising=False)

    def run(*args, env=None):
        result = CliRunner().invoke(cli, ["serve", "--db", str(web_db), *args], env=env or {})
        return result, seen

    return run


@pytest.mark.sqlite_only  # the single-user mode; on PostgreSQL the server is a team server
def test_serve_binds_to_loopback_without_a_token_by_default(serve):
    result, seen = serve()
    assert result.exit_code == 0, result.output
    assert "http://127.0.0.1:8000" in result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000
    c = TestClient(seen["app"], base_url="http://127.0.0.1:8000")
    assert c.get("/api/meetings").status_code == 200
    assert c.get("/api/meetings", headers={"host": "evil.example:8000"}).status_code == 421


@pytest.mark.sqlite_only  # on PostgreSQL the same holds on loopback too (test_accounts)
def test_serve_beyond_loopback_is_a_team_server_that_needs_accounts(serve):
    result, _ = serve("--host", "0.0.0.0", "--port", "8123")
    assert result.exit_code == 1 and "needs accounts" in result.output and "accord users add" in result.output


def test_serve_beyond_loopback_with_a_token_needs_it_for_reading_too(serve):
    result, seen = serve("--host", "0.0.0.0", "--allowed-host", "accord.example", env={"ACCORD_TOKEN": "from-the-environment"})
    assert result.exit_code == 0, result.output
    assert "from-the-environment" not in result.output and "sign in at" in result.output
    c = TestClient(seen["app"], base_url="http://accord.example")
    assert c.get("/api/corrections").status_code == 401
    assert c.get("/", follow_redirects=False).headers["location"].startswith("/login")
    assert c.put(f"/api/corrections/{KIDD26}:3", json={"act": "commit"}).status_code == 401
    assert c.put(f"/api/corrections/{KIDD26}:3", json={"act": "commit"},
                 headers={"x-accord-token": "from-the-environment"}).status_code == 200
    assert c.get("/api/meetings", headers={"host": "evil.example"}).status_code == 421


def test_serve_refuses_a_short_token_and_a_missing_database(serve, tmp_path):
    result, _ = serve("--token", "short")
    assert result.exit_code == 2
    from typer.testing import CliRunner

    from accord.cli import app as cli

    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no database" in result.output
