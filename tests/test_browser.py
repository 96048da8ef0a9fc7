"""The dashboard in a real browser: Playwright driving Debian's Chromium against a server started on
127.0.0.1 by the test, over a database of invented reports (every text here is made up)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from vigil import auth
from vigil.extract.pipeline import Extractor
from vigil.incidents import run_reconcile
from vigil.ingest import Incoming, Ingestor
from vigil.models import Report
from vigil.settings import Settings
from vigil.store import Store
from vigil.web import data
from vigil.web.local import CHROMIUM_ARGS, chromium_path, local_server

pytest.importorskip("playwright")
from playwright.sync_api import Browser, Page, expect

CHROMIUM = chromium_path()
PASSWORD = "correct horse battery"

#: invented reports: a toll that grows across three reports, two other places, and a hostile article
REPORTS = [
    ("r1", date(2025, 5, 6), "Demo Wire", "Shelling of Aleppo",
     "Shelling killed 14 civilians in Aleppo province on Monday, the Syrian Observatory for Human Rights said. "
     "Another 30 people were wounded, it said."),
    ("r2", date(2025, 5, 7), "Demo Post", "Aleppo toll rises",
     "The death toll from Monday's shelling in Aleppo province rose to 19 civilians, the Syrian Observatory for "
     "Human Rights said on Wednesday."),
    ("r3", date(2025, 5, 9), "Demo Daily", "Aleppo toll rises again",
     "The toll from Monday's shelling in Aleppo province has risen to 26 civilians, the Syrian Observatory for "
     "Human Rights said on Friday."),
    ("r4", date(2025, 5, 7), "Demo Wire", "Arrests in Kharkiv",
     "Police arrested 25 protesters in Kharkiv on Tuesday, officials said."),
    ("r5", date(2025, 5, 8), "Demo Herald", "Raid in Zamfara",
     "Gunmen killed 12 villagers in Zamfara state on Wednesday, police said."),
    ("r6", date(2025, 5, 8), "Hostile Wire <b>bold</b>", "<script>window.__xss = 1</script> Attack in Mosul",
     "<script>window.__xss = 1</script> A bomb killed 7 people in Mosul on Wednesday, police said. "
     "<img src=x onerror=\"window.__xss = 2\"> Witnesses described chaos."),
    ("r7", date(2025, 5, 9), "Demo Post", "Clashes near Homs",
     "Dozens of fighters were killed in clashes near Homs on Thursday, residents said."),
    ("r8", date(2025, 5, 9), "Demo Daily", "Strikes on Idlib",
     "Air strikes killed 60 civilians in Idlib on Thursday, the civil defence said."),
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM} (.ci/run installs Debian's chromium)")
        pytest.skip(f"Chromium not found at {CHROMIUM}; install Debian's chromium or set VIGIL_CHROMIUM")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


class Live:
    def __init__(self, base: str, store: Store) -> None:
        self.base = base
        self.store = store

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Iterator[Live]:
    db = f"sqlite:///{tmp_path_factory.mktemp('web') / 'vigil.db'}"
    store = Store.open(db)
    Ingestor(store, extractor).ingest([
        Incoming(Report(id=k, text=t, published=d, outlet=o, title=title), "test", k) for k, d, o, title, t in REPORTS])
    run_reconcile(store)
    for name, role in (("vera", "viewer"), ("ana", "analyst"), ("adam", "admin")):
        auth.add_user(store, name, role, PASSWORD)
    with local_server(Settings(database_url=db)) as base:
        yield Live(base, store)
    store.close()


@pytest.fixture
def watched(page: Page, live: Live) -> Iterator[dict[str, list[str]]]:
    """Console errors, page errors and requests to any host but the test server."""
    seen: dict[str, list[str]] = {"errors": [], "foreign": []}
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("request", lambda r: seen["foreign"].append(r.url)
            if not r.url.startswith((live.base, "data:", "about:")) else None)
    yield seen


def login(page: Page, live: Live, name: str) -> None:
    page.goto(live.url("/login"))
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.login button[type=submit]")
    expect(page.locator("header .who")).to_contain_text(name)


def test_dashboard_loads_offline_with_one_marker_per_incident(page: Page, live: Live,
                                                              watched: dict[str, list[str]]) -> None:
    page.goto(live.url("/"))
    expect(page.locator("#map")).to_have_attribute("data-ready", "1")     # outlines loaded from this server
    expected = len(data.dashboard(live.store, data.Filters())["markers"])
    assert expected >= 4
    expect(page.locator("path.vigil-marker")).to_have_count(expected)
    expect(page.locator("#timeline canvas")).to_have_count(1)
    rows = page.locator("#incidents tbody tr")
    assert rows.count() == data.dashboard(live.store, data.Filters())["total"]
    assert watched["errors"] == [] and watched["foreign"] == []
    page.locator("path.vigil-marker").first.dispatch_event("click")     # a marker opens its incident
    page.wait_for_url(re.compile(r"/incidents/[IE]\d+$"))
    expect(page.locator("#est-best")).to_be_visible()


def test_a_filter_narrows_the_list_and_the_url(page: Page, live: Live, watched: dict[str, list[str]]) -> None:
    page.goto(live.url("/"))
    before = page.locator("#incidents tbody tr").count()
    page.fill("input[name=country]", "ua")
    page.click("#filters button[type=submit]")
    page.wait_for_url(re.compile(r"country=ua", re.I))
    assert parse_qs(urlparse(page.url).query)["country"] == ["ua"]
    rows = page.locator("#incidents tbody tr")
    assert 0 < rows.count() < before
    for text in rows.all_inner_texts():
        assert "UA" in text
    expect(page.locator("input[name=country]")).to_have_value("UA")
    page.goto(page.url)                                   # the view is bookmarkable: same rows on reload
    assert page.locator("#incidents tbody tr").count() == rows.count()
    assert watched["errors"] == []


def test_dragging_across_the_timeline_filters_by_dates(page: Page, live: Live) -> None:
    page.goto(live.url("/"))
    over = page.locator("#timeline .u-over")
    box = over.bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=8)
    page.mouse.up()
    page.wait_for_url(re.compile(r"since=.*until="))
    q = parse_qs(urlparse(page.url).query)
    assert date.fromisoformat(q["since"][0]) <= date.fromisoformat(q["until"][0])


def test_incident_page_renders_the_toll_history_chart(page: Page, live: Live, watched: dict[str, list[str]]) -> None:
    growing = next(i for i in data.dashboard(live.store, data.Filters())["rows"] if len(i["history"]) >= 3)
    page.goto(live.url("/"))
    page.click(f"#incidents a[href='/incidents/{growing['id']}']")
    expect(page.locator("#history-chart")).to_have_attribute("data-ready", "1")
    expect(page.locator("#history-chart canvas").first).to_be_visible()
    expect(page.locator("#est-best")).to_have_text(f"{growing['best']:,}")
    expect(page.locator("li.claim mark").first).to_be_visible()          # evidence highlighted in context
    page.click("li.claim a[href^='/reports/']")
    expect(page.locator("#report-text mark").first).to_be_visible()
    assert watched["errors"] == [] and watched["foreign"] == []


def test_article_html_is_shown_as_text(page: Page, live: Live, watched: dict[str, list[str]]) -> None:
    rid = next(r.id for r in live.store.iter_reports() if r.report.id == "r6")
    page.goto(live.url(f"/reports/{rid}"))
    text = page.locator("#report-text")
    expect(text).to_contain_text("<script>window.__xss = 1</script>")
    expect(text).to_contain_text('<img src=x onerror="window.__xss = 2">')
    assert page.locator("#report-text img, #report-text script, main b").count() == 0
    expect(page.locator("h1")).to_contain_text("<script>")
    assert page.evaluate("window.__xss") is None
    assert watched["foreign"] == []


def test_a_viewer_cannot_review(page: Page, live: Live) -> None:
    login(page, live, "vera")
    assert page.locator("header nav a[href='/review']").count() == 0
    response = page.goto(live.url("/review"))
    assert response is not None and response.status == 403
    cid = next(r.id for r in live.store.query_claims(outcome="killed"))
    status = page.evaluate("""async (cid) => {
        const r = await fetch('/review/claims/' + cid, {method: 'POST', body: new URLSearchParams({action: 'reject'})});
        return r.status; }""", cid)
    assert status == 403
    assert next(r for r in live.store.query_claims(ids=[cid])).claim.count.value is not None


def test_a_correction_persists_is_audited_and_changes_the_estimate(page: Page, live: Live, browser: Browser) -> None:
    inc = next(i for i in data.dashboard(live.store, data.Filters(country="NG"))["rows"] if i["outcome"] == "killed")
    claim_id = inc["claims"][0]
    login(page, live, "ana")
    page.goto(live.url(f"/review?claim={claim_id}"))
    item = page.locator("#queue li.item.selected")
    item.locator("input[name=value]").fill("15")
    item.locator("input[name=reason]").fill("the village head's count in a later report")
    item.locator("input[name=value]").press("Enter")                    # Enter saves the correction
    expect(page.locator(".notice")).to_contain_text(f"claim {claim_id}")
    page.goto(live.url(f"/incidents/{inc['id']}"))
    expect(page.locator("#est-best")).to_have_text("15")
    page.reload()
    expect(page.locator("#est-best")).to_have_text("15")
    audit = page.locator("#audit")
    expect(audit).to_contain_text("ana")
    expect(audit).to_contain_text("correct")
    expect(audit).to_contain_text("the village head's count")
    # another browser (anonymous) sees the corrected estimate too
    other = browser.new_page()
    other.goto(live.url(f"/incidents/{inc['id']}"))
    expect(other.locator("#est-best")).to_have_text("15")
    other.close()


def test_review_keyboard_shortcuts(page: Page, live: Live, watched: dict[str, list[str]]) -> None:
    login(page, live, "ana")
    page.goto(live.url("/review"))
    items = page.locator("#queue li.item")
    if items.count() < 2:
        pytest.fail("the invented reports should leave at least two items to review")
    expect(items.nth(0)).to_have_class(re.compile("selected"))
    page.keyboard.press("j")
    expect(items.nth(1)).to_have_class(re.compile("selected"))
    page.keyboard.press("k")
    expect(items.nth(0)).to_have_class(re.compile("selected"))
    before = page.locator("#queue").inner_text()
    page.keyboard.press("a")                                          # accept the first item
    page.wait_for_load_state()
    expect(page.locator(".notice")).to_be_visible()
    assert page.locator("#queue").inner_text() != before
    assert watched["errors"] == [] and watched["foreign"] == []


def test_merge_by_keyboard_and_split_by_ticking(page: Page, live: Live, watched: dict[str, list[str]]) -> None:
    from vigil.incidents import query_incidents

    killed = [i for i in query_incidents(live.store, outcome="killed") if i["kind"] == "incident"]
    a, b = killed[0], killed[1]
    login(page, live, "ana")
    page.goto(live.url(f"/review?incident={a['id']}"))
    page.keyboard.press("m")                                          # focus "Merge with"
    page.keyboard.type(b["id"])
    page.keyboard.press("Enter")                                      # merges; never "accept all"
    expect(page.locator(".notice")).to_contain_text("merge")
    merged = [i for i in query_incidents(live.store, outcome="killed") if set(a["claims"]) <= set(i["claims"])]
    assert len(merged) == 1 and set(b["claims"]) <= set(merged[0]["claims"])
    page.goto(live.url(f"/review?incident={merged[0]['id']}"))
    item = page.locator("#queue li.item.selected")
    item.locator(f"input[name=claim][value='{b['claims'][0]}']").check()
    page.keyboard.press("s")                                          # split what is ticked
    expect(page.locator(".notice")).to_contain_text("split")
    assert not any(set(a["claims"]) | set(b["claims"]) <= set(i["claims"])
                   for i in query_incidents(live.store, outcome="killed"))
    assert watched["errors"] == [] and watched["foreign"] == []
