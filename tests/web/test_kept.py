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
