"""Pages and API answers kept between changes: a change shows at once, and no visitor sees another's form token."""
from __future__ import annotations

import re

from fastapi.testclient import TestClient

HTML = {"accept": "text/html"}


def _first_act(app, key: str):
    from accord.store import Store

    with Store.open(app.state.db_path) as store:
        return store.meeting(key).statements[0]


def test_a_correction_made_elsewhere_shows_at_once_on_a_kept_page(client, app):
    s = _first_act(app, "KIDD-24")
    before = client.get("/round/KIDD-24", headers=HTML).text
    again = client.get("/round/KIDD-24", headers=HTML)
    assert again.text == before and again.headers.get("x-accord-kept") == "1"  # kept: made once
    assert client.get("/api/meeting/KIDD-24").json()["statements"][0]["act"] == s.act
    new_act = "concern" if s.act != "concern" else "note"
    from accord.store import Store

    with Store.open(app.state.db_path) as store:  # another connection, as `accord correct` would be
        store.correct(s.id, act=new_act, by="elsewhere")
    fresh = client.get("/round/KIDD-24", headers=HTML)
    after = fresh.text
    assert "x-accord-kept" not in fresh.headers
    assert re.search(rf'data-sid="{re.escape(s.id)}" data-act="{new_act}"', after)
    assert client.get("/api/meeting/KIDD-24").json()["statements"][0]["act"] == new_act
    assert "elsewhere" in client.get("/corrections", headers=HTML).text


def test_each_visitor_gets_their_own_form_token_and_name_on_a_kept_page(app):
    with TestClient(app, base_url="http://testserver") as a, TestClient(app, base_url="http://testserver") as b:
        b.cookies.set("accord_by", 'Kim "the analyst"')
        first = a.get("/round/KIDD-26", headers=HTML).text
        second = b.get("/round/KIDD-26", headers=HTML).text
        token_a, token_b = a.cookies.get("accord_csrf"), b.cookies.get("accord_csrf")
        assert token_a and token_b and token_a != token_b
        assert set(re.findall(r'name="csrf" value="([^"]+)"', first)) == {token_a}
        assert set(re.findall(r'name="csrf" value="([^"]+)"', second)) == {token_b}
        assert 'value="Kim &#34;the analyst&#34;"' in second and "Kim" not in first
        assert "\ue000" not in first + second


def test_a_page_one_worker_made_is_served_by_the_others_until_the_record_changes(web_db, tmp_path):
    """The workers of one server keep pages in one directory: the second worker does not make the page again."""
    from accord.store import Store
    from accord.web.app import create_app

    workers = [create_app(web_db, kept_dir=str(tmp_path / "kept")) for _ in range(2)]
    with TestClient(workers[0]) as one, TestClient(workers[1]) as two:
        made = one.get("/round/KIDD-24", headers=HTML)
        assert "x-accord-kept" not in made.headers
        served = two.get("/round/KIDD-24", headers=HTML)
        assert served.headers.get("x-accord-kept") == "1"
        assert _without_token(served.text) == _without_token(made.text)
        assert two.get("/api/meeting/KIDD-24").json() == one.get("/api/meeting/KIDD-24").json()
        assert one.get("/api/meeting/KIDD-24").headers.get("x-accord-kept") == "1"

        s = _first_act(workers[0], "KIDD-24")
        new_act = "concern" if s.act != "concern" else "note"
        with Store.open(web_db) as store:
            store.correct(s.id, act=new_act, by="elsewhere")
        after = two.get("/round/KIDD-24", headers=HTML)
        assert "x-accord-kept" not in after.headers
        assert re.search(rf'data-sid="{re.escape(s.id)}" data-act="{new_act}"', after.text)
        assert one.get("/round/KIDD-24", headers=HTML).headers.get("x-accord-kept") == "1"
        with Store.open(web_db) as store:
            store.correct(s.id, act=s.act, by="elsewhere")


def _without_token(html: str) -> str:
    return re.sub(r'name="csrf" value="[^"]+"', "", html)
