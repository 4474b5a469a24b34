"""The web app in a real browser (Debian's chromium, driven by Playwright): what an analyst does.

One server and one browser for the module. Every page is checked for script
errors and Content-Security-Policy violations (both show in the console), and
each is saved under the temporary folder's accord-screenshots/ (or $ACCORD_SCREENSHOTS).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.web.conftest import SCREENSHOTS

CHROMIUM = os.environ.get("ACCORD_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
KIDD26 = "c0a57ed0c96419df"

pytestmark = [pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no browser at {CHROMIUM} (make chromium)"),
              pytest.mark.sqlite_only]  # the single-user app; the team session runs on both (test_team_browser)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1440, "height": 900}, base_url=server.url)
    pg = context.new_page()
    problems: list[str] = []
    dialogs: list[str] = []
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.accept()))
    pg.problems, pg.dialogs = problems, dialogs
    yield pg
    context.close()
    assert problems == [], problems


def shot(page, name: str, full_page: bool = False) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


def test_overview(page):
    page.goto("/")
    assert page.locator("h1").inner_text() == "The record"
    section = page.locator("section.dialogue").first
    assert "Korea-U.S. Integrated Defense Dialogue" in section.locator("h2").inner_text()
    assert section.locator("svg.timeline a").count() >= 3
    assert section.locator("svg.heatmap a.cell").count() > 5
    shot(page, "overview", full_page=True)
    section.locator("table.rounds a", has_text="KIDD-26").click()
    page.wait_for_url("**/round/KIDD-26")
    assert "26th Korea-U.S. Integrated Defense Dialogue" in page.locator("h1").inner_text()


def test_heatmap_cell_leads_to_the_acts_it_counts(page):
    page.goto("/")
    cell = page.locator("svg.heatmap a.cell").first
    count = int(cell.locator("text").text_content())
    cell.click()
    page.wait_for_url("**/search?**")
    assert page.locator("#result-count").inner_text().startswith(f"{count} act")


def test_open_a_round_and_click_an_act(page):
    page.goto("/round/KIDD-26")
    assert page.locator("#card-none").is_visible()
    legend = page.locator(".legend").inner_text()
    assert "commit" in legend and "commitment" in legend
    mark = page.locator(f"mark[id='s-{KIDD26}:5']")
    assert "commitment" in mark.get_attribute("class")
    mark.click()
    card = page.locator(f"[id='card-{KIDD26}:5']")
    assert card.is_visible() and not page.locator("#card-none").is_visible()
    assert "commit" in card.locator(".act-badge").inner_text()
    facts = card.locator("dl.facts").inner_text()
    for label in ("ACTORS", "TOPICS", "CONDITION", "SESSION", "MILESTONE", "THREAD"):
        assert label in facts.upper()
    assert "KOR" in facts and "USA" in facts
    assert page.url.endswith(f"#s-{KIDD26}:5")
    assert "selected" in mark.get_attribute("class")
    assert page.locator(".meeting-record").inner_text().count("Cho Chang-rae") == 1
    shot(page, "round")
    # keyboard: Tab to an act and press Enter
    other = page.locator(f"mark[id='s-{KIDD26}:1']")
    other.focus()
    page.keyboard.press("Enter")
    assert page.locator(f"[id='card-{KIDD26}:1']").is_visible()


def test_nested_acts_offer_the_enclosing_one(page):
    page.goto("/round/KIDD-26")
    inner = page.locator(f"mark[id='s-{KIDD26}:9']")  # North Korea's reaffirmation, inside "highlighted"
    assert inner.evaluate("m => m.parentElement.closest('mark') !== null")
    inner.click()
    also = page.locator(f"[id='card-{KIDD26}:9'] .also")
    assert also.is_visible() and "note" in also.inner_text()
    also.locator("button").first.click()
    assert page.locator(f"[id='card-{KIDD26}:8']").is_visible()


def test_make_a_correction_and_see_it_kept_after_reload(page, server):
    page.goto("/round/KIDD-26")
    sid = f"{KIDD26}:11"
    page.locator(f"mark[id='s-{sid}']").click()
    card = page.locator(f"[id='card-{sid}']")
    card.locator("details.correct > summary").click()
    card.locator("select[name=act]").select_option("commit")
    card.locator("label.check.single input[name=commitment]").check()
    card.locator("input[name=topics][value=space]").uncheck()
    form = card.locator("form.correct-form")
    form.locator("input[name=note]").fill("they pledged it")
    form.locator("input[name=by]").fill("browser-test")
    shot(page, "round-correct")
    card.locator("button[type=submit]", has_text="Save").click()
    page.wait_for_load_state()
    assert "Saved:" in page.locator(".banner-ok").inner_text()
    card = page.locator(f"[id='card-{sid}']")
    assert card.is_visible()
    assert card.locator(".act-badge").inner_text() == "commit"
    assert "corrected" in card.locator(".card-head").inner_text().lower()
    page.reload()
    card = page.locator(f"[id='card-{sid}']")
    assert card.is_visible() and card.locator(".act-badge").inner_text() == "commit"
    assert page.locator(".banner-ok").count() == 0
    mark = page.locator(f"mark[id='s-{sid}']")
    assert "act-commit" in mark.get_attribute("class") and "corrected" in mark.get_attribute("class")
    topics = card.locator("dl.facts").inner_text()
    assert "Space" not in topics and "Cyber" in topics
    # and the store, which the CLI reads, has it
    from accord.store import Store

    with Store.open(server.server.config.app.state.db_path) as store:
        st = store.statement(sid).statement
    assert st.act == "commit" and st.commitment and "space" not in st.topics


def test_mark_a_missed_act_by_selecting_text(page, server):
    from accord.store import Store

    with Store.open(server.server.config.app.state.db_path) as store:
        text = store.meeting("KIDD-26").document.text
    start = text.index("ROK Deputy Minister for National Defense Policy Cho Chang-rae")
    end = text.index("co-chaired the talks", start) + len("co-chaired the talks")
    phrase = text[start:end]  # the heads co-chairing: not an act of the extracted record
    page.goto("/round/KIDD-26")
    # select the words as a person would: from the first character to the last
    page.evaluate("""([a, b]) => {
        const at = (n) => {
            for (const s of document.querySelectorAll('#text span[data-start]')) {
                const s0 = +s.dataset.start, len = s.firstChild.length;
                if (n >= s0 && n <= s0 + len) return [s.firstChild, n - s0];
            }
        };
        const [n1, o1] = at(a), [n2, o2] = at(b);
        const r = document.createRange(); r.setStart(n1, o1); r.setEnd(n2, o2);
        const sel = getSelection(); sel.removeAllRanges(); sel.addRange(r);
        document.getElementById('text').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    }""", [start, end])
    button = page.locator(".mark-button")
    button.wait_for(state="visible")
    shot(page, "round-select")
    button.click()
    assert page.locator("#add-start").input_value() == str(start)
    assert page.locator("#add-end").input_value() == str(end)
    assert page.locator("#add-quote").inner_text() == phrase
    form = page.locator("#add-form")
    form.locator("select[name=act]").select_option("meet")
    form.locator("input[name=by]").fill("browser-test")
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert "Added a meet act" in page.locator(".banner").inner_text()
    added = re.search(r"#s-(.+)$", page.url).group(1)
    mark = page.locator(f"mark[id='s-{added}']")
    assert mark.inner_text().replace("\n", " ").strip() == phrase
    assert "added" in mark.get_attribute("class")


def test_delete_a_false_act(page):
    sid = f"{KIDD26}:2"
    page.goto(f"/round/KIDD-26?s={sid}")
    card = page.locator(f"[id='card-{sid}']")
    assert card.is_visible()
    card.locator("details.danger > summary").click()
    card.locator("button", has_text="Delete this act").click()
    page.wait_for_load_state()
    assert page.dialogs and "Delete this act" in page.dialogs[-1]
    assert "Deleted the assess act" in page.locator(".banner-ok").inner_text()
    assert page.locator(f"mark[id='s-{sid}']").count() == 0


def test_search_and_land_on_the_span(page):
    page.goto("/")
    page.locator("#top-q").fill("Nuclear Consultative Group")
    page.locator("#top-q").press("Enter")
    page.wait_for_url("**/search?q=*")
    assert page.locator(".facets").is_visible()
    assert "dialogue" in page.locator(".facets").inner_text().lower()
    assert page.locator("b.hit").count() > 0
    shot(page, "search")
    first = page.locator("ol.hits li").first
    href = first.locator("a.strong").get_attribute("href")
    sid = href.split("#s-", 1)[1]
    first.locator("a.strong").click()
    page.wait_for_url(re.compile(r".*/round/.*#s-.*"))
    mark = page.locator(f"mark[id='s-{sid}']")
    assert "selected" in mark.get_attribute("class")
    assert mark.is_visible()
    box = mark.bounding_box()
    assert 0 < box["y"] < 900
    assert page.locator(f"[id='card-{sid}']").is_visible()
    shot(page, "search-landed")


def test_facets_narrow_the_results(page):
    page.goto("/search?q=deterrence")
    before = int(page.locator("#result-count").inner_text().split()[0])
    page.locator(".facet").filter(has_text="act").locator("a").first.click()
    page.wait_for_load_state()
    after = int(page.locator("#result-count").inner_text().split()[0])
    assert 0 < after <= before
    assert page.locator(".chip-on").count() == 1


def test_clear_link_of_a_chosen_facet_removes_it(page):
    page.goto("/search?q=deterrence")
    before = int(page.locator("#result-count").inner_text().split()[0])
    page.locator("section.facet").filter(has=page.locator("h2", has_text="act")).locator("li a").first.click()
    page.wait_for_url("**act=**")
    clear = page.locator("section.facet h2 a", has_text="× clear")
    assert clear.count() == 1
    assert clear.get_attribute("href").startswith("/search?")
    clear.click()
    page.wait_for_load_state()
    assert "act=" not in page.url and "q=deterrence" in page.url
    assert int(page.locator("#result-count").inner_text().split()[0]) == before
    assert page.locator(".chip-on").count() == 0


def test_hostile_statement_renders_as_text(page):
    page.goto("/round/KIDD-27")
    assert page.dialogs == []
    text = page.locator("#text").inner_text()
    assert "<script>alert('xss')</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    assert page.locator("#text script, #text img, #text b").count() == 0
    mark = page.locator("mark.act-agree").first
    mark.click()
    assert "<script>" in page.locator(".act-card:not([hidden]) blockquote.quote").inner_text()
    shot(page, "round-hostile")
    page.goto("/search?q=strengthen")
    assert page.dialogs == []


def test_thread_tracker_brief_and_docs_pages(page):
    page.goto("/threads")
    shot(page, "threads")
    page.locator("table.list tbody a.strong").first.click()
    page.wait_for_url("**/thread/*")
    assert page.locator("ol.appearances > li").count() >= 1
    shot(page, "thread", full_page=True)
    page.goto("/tracker")
    assert page.locator(".status-bar").is_visible()
    page.locator("select[name=status]").select_option("none")
    page.locator("form.filters button").click()
    page.wait_for_url("**/tracker?**status=none**")
    assert all("no deadline" in s.lower() for s in page.locator("tbody td:first-child").all_inner_texts())
    page.goto("/tracker")
    shot(page, "tracker")
    page.goto("/brief/KIDD")
    assert "Pre-meeting brief" in page.locator("h1").inner_text()
    shot(page, "brief", full_page=True)
    page.emulate_media(media="print")
    assert not page.locator("header.top").is_visible()
    assert not page.locator("button[data-print]").is_visible()
    shot(page, "brief-print", full_page=True)
    page.emulate_media(media="screen")
    page.goto("/docs")
    assert page.locator("section.endpoint").count() > 10
    shot(page, "docs")
    page.goto("/corrections")
    shot(page, "corrections")


def test_confirm_milestone_evidence_in_the_browser(page):
    page.goto("/tracker")
    row = page.locator("tbody tr[id^='m-']").filter(has=page.locator("ul.evidence li.ev")).first
    if row.count() == 0:
        pytest.skip("no milestone with proposed evidence in the test record")
    row.locator("details.evidence-box > summary").click()
    row.locator("button[value=confirm]").first.click()
    page.wait_for_load_state()
    assert "Confirmed the evidence" in page.locator(".banner-ok").inner_text()
    assert "#m-" in page.url


def test_narrow_screen(browser, server):
    context = browser.new_context(viewport={"width": 420, "height": 900}, base_url=server.url)
    pg = context.new_page()
    pg.goto("/round/KIDD-26")
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= 440
    pg.screenshot(path=str(SCREENSHOTS / "round-narrow.png"))
    context.close()
