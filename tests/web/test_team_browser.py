"""A team server in a real browser, on both backends: sign in, correct an act, see the author, sign out."""
from __future__ import annotations

import pytest

from accord.store import Store
from accord.web.app import create_app
from tests.web.conftest import Server
from tests.web.test_browser import ARGS, CHROMIUM, KIDD26, Path, shot

PASSWORD = "a long enough password"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no browser at {CHROMIUM} (make chromium)")


@pytest.fixture(scope="module")
def team_server(web_db):
    with Store.open(web_db) as store:
        store.add_user("mina", "analyst", PASSWORD)
    with Server(create_app(web_db, accounts=True, allowed_hosts=["127.0.0.1"])) as s:
        yield s


def test_sign_in_correct_an_act_see_the_author_sign_out(team_server, backend):
    from playwright.sync_api import sync_playwright

    sid = f"{KIDD26}:3"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=team_server.url).new_page()
        problems: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))

        page.goto("/round/KIDD-26")
        page.wait_for_url("**/login?next=**")  # nothing is shown before signing in
        page.fill("#login-name", "mina")
        page.fill("#login-password", PASSWORD)
        page.click("form.login-form button[type=submit]")
        page.wait_for_url("**/round/KIDD-26")
        assert "Signed in as mina" in page.locator(".banner-ok").inner_text()
        assert "mina" in page.locator("form.who").inner_text()

        page.locator(f"mark[id='s-{sid}']").click()
        card = page.locator(f"[id='card-{sid}']")
        card.locator("details.correct > summary").click()
        assert card.locator("form.correct-form input[name=by]").count() == 0  # the author is the account
        current = card.locator(".act-badge").inner_text()
        card.locator("select[name=act]").select_option("note" if current != "note" else "agree")
        card.locator("form.correct-form input[name=note]").fill(f"checked on {backend}")
        card.locator("form.correct-form button[type=submit]").click()
        page.wait_for_load_state()
        assert "Saved:" in page.locator(".banner-ok").inner_text()
        card = page.locator(f"[id='card-{sid}']")
        assert "by mina" in card.locator("dd.history").inner_text()
        shot(page, f"team-round-{backend}")

        page.goto("/corrections")
        assert page.locator("td.author", has_text="mina").count() >= 1
        page.click("form.who button[type=submit]")
        page.wait_for_url("**/login")
        assert "Signed out" in page.locator(".banner-ok").inner_text()
        page.goto("/corrections")
        page.wait_for_url("**/login?next=**")
        browser.close()
    assert problems == [], problems
