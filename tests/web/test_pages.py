"""The HTML pages and their forms (without a browser): content, escaping, corrections, errors."""
from __future__ import annotations

import re

import pytest

KIDD26 = "c0a57ed0c96419df"
HTML = {"accept": "text/html"}


def page(client, url: str, status: int = 200) -> str:
    r = client.get(url, headers=HTML)
    assert r.status_code == status, (url, r.status_code, r.text[:500])
    assert r.headers["content-type"].startswith("text/html")
    return r.text


def csrf(client) -> str:
    page(client, "/")
    return client.cookies.get("accord_csrf")


@pytest.mark.parametrize("url", ["/", "/round/KIDD-26", f"/round/{KIDD26}", "/round/NATO%20DefMin-2024-06-13",
                                 "/round/PHL-USA-2%2B2-4", "/threads", "/threads?status=dropped&min=2", "/tracker",
                                 "/tracker?status=overdue&party=USA", "/search", "/search?q=deterrence",
                                 "/search?topic=extended_deterrence&year=2025", "/brief", "/brief/KIDD",
                                 "/corrections", "/docs"])
def test_every_page_renders(client, url):
    html = page(client, url)
    assert "<header" in html and "</html>" in html


def test_overview_shows_each_dialogue_with_timeline_and_heatmap(client):
    html = page(client, "/")
    assert "Korea-U.S. Integrated Defense Dialogue" in html
    assert 'class="chart timeline"' in html and 'class="chart heatmap"' in html
    assert "acts with the topic" in html  # the legend
    assert re.search(r'<a href="/search\?topic=\w+&amp;doc=[0-9a-f]{16}" class="cell">', html)
    for key in ("KIDD-14", "KIDD-24", "KIDD-26", "KIDD-27"):
        assert f'href="/round/{key}"' in html


def test_a_long_dialogue_shows_its_latest_rounds_and_links_to_all_of_them(app, monkeypatch):
    """The overview tables a dialogue's latest rounds; the dialogue's own page has every one."""
    from fastapi.testclient import TestClient

    from accord.web.pages import overview

    monkeypatch.setattr(overview, "LATEST_ROUNDS", 2)
    with TestClient(app, base_url="http://testserver") as fresh:  # its own cookies; kept pages are per version
        app.state.kept.clear()
        html = page(fresh, "/")
        kidd = html[html.index('id="dialogue-KIDD"'):]
        kidd = kidd[:kidd.index("</section>")]
        rows = re.findall(r'<tr><th scope="row"><a href="/round/(KIDD-\d+)"', kidd)
        assert len(rows) == 2 and "The latest 2 of" in kidd and 'href="/dialogue/KIDD"' in kidd
        every = page(fresh, "/dialogue/KIDD")
        assert set(rows) < set(re.findall(r'<tr><th scope="row"><a href="/round/(KIDD-\d+)"', every))
        assert "The latest" not in every and "Other dialogues on record" not in every
        page(fresh, "/dialogue/NOPE", status=404)
    app.state.kept.clear()


def test_round_page_marks_every_act_with_its_offsets(client, app):
    from accord.store import Store

    html = page(client, "/round/KIDD-26")
    with Store.open(app.state.db_path) as store:
        rec = store.meeting("KIDD-26")
    for s in rec.statements:
        assert f'id="s-{s.id}"' in html
        assert f'id="card-{s.id}"' in html
    # the text pieces, unescaped, are the document's text, each at its data-start
    pieces = re.findall(r'<span class="t" data-start="(\d+)">(.*?)</span>', html, re.S)
    import html as html_mod

    rebuilt = ""
    for start, piece in pieces:
        assert int(start) == len(rebuilt)
        rebuilt += html_mod.unescape(piece)
    assert rebuilt == rec.document.text
    assert "Date basis" in html and rec.meeting.date_basis.split(";")[0][:40] in html_mod.unescape(html)


def test_round_page_selects_an_act_without_script(client):
    html = page(client, f"/round/KIDD-26?s={KIDD26}:5")
    card = re.search(rf'<section class="act-card" id="card-{KIDD26}:5"[^>]*>', html).group(0)
    assert "hidden" not in card
    assert re.search(r'<section class="act-card" id="card-none"[^>]*hidden', html)


def test_hostile_text_is_escaped_everywhere(client):
    for url in ("/round/KIDD-27", "/search?q=strengthen", "/search?q=script", "/brief/KIDD", "/threads",
                "/tracker", "/"):
        html = page(client, url)
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url
        assert "<b>bold</b>" not in html, url
    html = page(client, "/round/KIDD-27")
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "&lt;/mark&gt;&lt;b&gt;bold&lt;/b&gt;" in html
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts == ['<script src="/static/app.js" defer>']
    assert not re.search(r"<[^>]+\son\w+=", html)  # no event handler attribute anywhere


def test_missing_pages_are_404_pages(client):
    assert "no meeting or document" in page(client, "/round/KIDD-99", 404)
    assert "no thread" in page(client, "/thread/tnothing", 404)
    assert "KIDD" not in page(client, "/brief/NOSUCH", 404).split("<main")[1][:20]
    page(client, "/no/such/page", 404)
    assert client.get("/no/such/page").json() == {"detail": "Not Found"}


def test_bad_page_input_is_422_not_500(client):
    page(client, "/search?year=last", 422)
    page(client, "/search?page=0", 422)
    page(client, "/threads?min=zero", 422)
    html = page(client, "/search?q=%21%21%21")  # no words: said so on the page
    assert "at least one word" in html


def test_search_page_facets_and_links_to_the_span(client):
    html = page(client, "/search?q=deterrence")
    for facet in ("dialogue", "act", "party", "topic", "year"):
        assert f'<h2 class="facet-title">{facet}' in html
    links = re.findall(r'href="(/round/[^"#]+#s-[^"]+)"', html)
    assert links
    assert re.search(r'<b class="hit">[Dd]eterrence</b>', html)
    narrowed = page(client, "/search?q=deterrence&act=reaffirm")
    assert "reaffirm: " not in narrowed or "chip-on" in narrowed


def test_form_correction_redirects_and_persists(client):
    token = csrf(client)
    sid = f"{KIDD26}:2"
    r = client.post(f"/round/KIDD-26/act/{sid}/change", data={
        "csrf": token, "act": "note", "actors": ["KOR", "USA"], "topics": ["alliance_coordination", "other"],
        "session": "", "note": "an assessment of the present", "by": "form-test"}, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == f"/round/KIDD-26?s={KIDD26}%3A2#s-{sid}"
    html = page(client, r.headers["location"])
    assert "Saved: act, topics" in html
    st = client.get(f"/api/statement/{sid}").json()["statement"]
    assert st["act"] == "note" and st["topics"] == ["alliance_coordination", "other"] and st["corrected"]
    assert client.cookies.get("accord_by") == "form-test"
    # the message is shown once
    assert "Saved:" not in page(client, r.headers["location"])


def test_a_party_or_topic_beyond_the_forms_boxes_is_typed_and_saved(client):
    """Each act's form ticks the meeting's parties and the round's topics; another is typed (the page lists the
    codes once)."""
    html = page(client, "/round/KIDD-26")
    form = html[html.index(f'action="/round/KIDD-26/act/{KIDD26}%3A3/change"'):]
    form = form[:form.index("</form>")]
    assert set(re.findall(r'name="actors" value="([^"]+)"', form)) == {"KOR", "USA"}
    assert 'name="more_actors" list="party-codes"' in form
    assert html.count('<datalist id="party-codes">') == 1 and '<option value="CHN">' in html
    token = csrf(client)
    sid = f"{KIDD26}:3"
    before = client.get(f"/api/statement/{sid}").json()["statement"]
    r = client.post(f"/round/KIDD-26/act/{sid}/change", data={
        "csrf": token, "act": before["act"], "actors": ["USA"], "more_actors": "chn, PRK",
        "topics": before["topics"], "commitment": "1" if before["commitment"] else None, "by": "form-test"},
        follow_redirects=False)
    assert r.status_code == 303 and "error" not in page(client, r.headers["location"])
    assert client.get(f"/api/statement/{sid}").json()["statement"]["actors"] == ["USA", "CHN", "PRK"]
    assert 'name="more_topics" list="topic-codes"' in form and '<datalist id="topic-codes">' in html
    r = client.post(f"/round/KIDD-26/act/{sid}/change", data={
        "csrf": token, "act": before["act"], "actors": before["actors"], "topics": before["topics"],
        "more_topics": "cyber, Space", "commitment": "1" if before["commitment"] else None, "by": "form-test"},
        follow_redirects=False)
    assert client.get(f"/api/statement/{sid}").json()["statement"]["topics"] == [*before["topics"], "cyber", "space"]
    r = client.post(f"/round/KIDD-26/act/{sid}/change", data={
        "csrf": token, "act": before["act"], "actors": before["actors"], "topics": before["topics"],
        "commitment": "1" if before["commitment"] else None, "by": "form-test"}, follow_redirects=False)
    back = client.get(f"/api/statement/{sid}").json()["statement"]
    assert back["actors"] == before["actors"] and back["topics"] == before["topics"]


def test_form_add_and_delete(client, app):
    from accord.store import Store

    token = csrf(client)
    with Store.open(app.state.db_path) as store:
        text = store.meeting("KIDD-26").document.text
    phrase = "Alliance has never been stronger"
    start = text.index(phrase)
    r = client.post("/round/KIDD-26/act/add", data={
        "csrf": token, "start": start, "end": start + len(phrase), "act": "assess", "actors": ["KOR", "USA"],
        "commitment": "1", "by": "form-test"}, follow_redirects=False)
    assert r.status_code == 303
    added = re.search(r"#s-(.+)$", r.headers["location"]).group(1)
    st = client.get(f"/api/statement/{added}").json()["statement"]
    assert st["text"] == phrase and st["commitment"] is True and st["origin"] == "added"

    r = client.post(f"/round/KIDD-26/act/{added}/delete", data={"csrf": token, "note": "duplicate"},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/round/KIDD-26"
    assert client.get(f"/api/statement/{added}").status_code == 404


def test_form_errors_come_back_as_messages(client):
    token = csrf(client)
    r = client.post("/round/KIDD-26/act/add", data={"csrf": token, "start": 10, "end": 5, "act": "note",
                                                     "actors": ["USA"]}, follow_redirects=False)
    assert r.status_code == 303
    assert "must come before its end" in page(client, r.headers["location"])
    r = client.post(f"/round/KIDD-26/act/{KIDD26}:1/change", data={"csrf": token, "act": "yodel"},
                    follow_redirects=False)
    assert "unknown act" in page(client, r.headers["location"])
    r = client.post("/round/KIDD-26/act/add", data={"csrf": token, "start": "x", "end": 5, "act": "note"},
                    headers=HTML)
    assert r.status_code == 422


def test_forms_for_unknown_acts_are_404(client):
    token = csrf(client)
    r = client.post("/round/KIDD-26/act/KIDD-26:999/delete", data={"csrf": token}, headers=HTML)
    assert r.status_code == 404
    r = client.post(f"/round/KIDD-24/act/{KIDD26}:3/delete", data={"csrf": token}, headers=HTML)
    assert r.status_code == 404  # a statement of another document


def test_milestone_verdict_form(client):
    token = csrf(client)
    m = client.get("/api/milestones").json()[-1]
    r = client.post(f"/milestone/{m['id']}/evidence", data={
        "csrf": token, "statement_id": f"{KIDD26}:12", "verdict": "confirm", "by": "form-test",
        "next": "/tracker?status=met"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/tracker?status=met"
    assert client.get(f"/api/milestone/{m['id']}").json()["status"] == "met"
    # an outside address for next is not followed
    r = client.post(f"/milestone/{m['id']}/evidence", data={
        "csrf": token, "statement_id": f"{KIDD26}:12", "verdict": "reject", "next": "//evil.example/x"},
        follow_redirects=False)
    assert r.headers["location"].startswith("/tracker#m-")


def test_corrections_survive_reextraction(client, app, pipeline):
    from accord.store import Store

    token = csrf(client)
    sid = f"{KIDD26}:10"
    r = client.post(f"/round/KIDD-26/act/{sid}/change", data={
        "csrf": token, "act": "appreciate", "actors": ["USA"], "topics": ["exercises_training"], "session": ""},
        follow_redirects=False)
    assert r.status_code == 303
    with Store.open(app.state.db_path) as store:
        store.reextract(pipeline)
    st = client.get(f"/api/statement/{sid}").json()["statement"]
    assert st["actors"] == ["USA"] and st["topics"] == ["exercises_training"]
    assert "exercises_training" in page(client, f"/round/KIDD-26?s={sid}")


def test_static_files_only_from_the_package(client):
    assert client.get("/static/app.css").status_code == 200
    for url in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fstore/db.py",
                "/static//etc/passwd", "/static/..%5capp.py"):
        r = client.get(url)
        assert r.status_code == 404, url
        assert "create_app" not in r.text and "root:" not in r.text
