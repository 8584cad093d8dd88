"""The UI in a real browser: Playwright drives Debian's Chromium
(/usr/bin/chromium, installed by .ci/setup-browser.sh; never downloaded)
against a real uvicorn server on a store the real pipeline filled.
Screenshots go to docs/screenshots/ (shown in the README).

No skip: without Chromium these tests fail."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.web_support import HOSTILE, HOSTILE_ID, REPO, TOKEN, running_server

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
SHOTS = REPO / "docs" / "screenshots"


@pytest.fixture(scope="module")
def base_url(web_store: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("browser") / "ui.db"
    shutil.copy(web_store.removeprefix("sqlite:///"), path)  # the review test writes
    with running_server(f"sqlite:///{path}") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: run .ci/setup-browser.sh (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


class Watched:
    """A page that records every dialog and script error."""

    def __init__(self, browser: Any, base: str) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 860},
                                           base_url=base)
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)

    def clean(self) -> None:
        assert self.dialogs == [], self.dialogs
        assert self.errors == [], self.errors
        assert self.page.evaluate("typeof window.__xss") == "undefined"


@pytest.fixture()
def ui(browser: Any, base_url: str) -> Iterator[Watched]:
    watched = Watched(browser, base_url)
    yield watched
    watched.clean()
    watched.context.close()


def test_list_filter_and_more(ui: Watched) -> None:
    page = ui.page
    page.goto("/events")
    page.wait_for_selector(".facets .total")
    total = int(page.inner_text(".facets .total b"))
    assert page.locator("tr.event-row").count() == min(total, 50)
    ui.shot("events")
    page.select_option("select[name=type]", "ASSAULT")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**type=ASSAULT**")
    page.wait_for_selector(".facets .total")
    kinds = page.locator("tr.event-row .type").all_inner_texts()
    assert kinds and set(kinds) == {"ASSAULT"}
    assert int(page.inner_text(".facets .total b")) < total
    page.goto("/events?limit=10")
    page.click("#more-row button")
    # a selector wait, not wait_for_function: Playwright polls a function with
    # eval, which the page's Content-Security-Policy (script-src 'self')
    # forbids, so that wait failed whenever the rows were not there at once
    page.locator("tr.event-row").nth(10).wait_for()
    ids = page.locator("tr.event-row").evaluate_all("rs => rs.map(r => r.dataset.event)")
    assert len(ids) == len(set(ids)) == min(total, 20)


def test_article_highlights_lead_to_their_event(ui: Watched) -> None:
    page = ui.page
    page.goto("/articles/iqna-2020-11-14-kh")
    for field in ("trigger", "actor", "speaker", "time"):
        assert page.locator(f"mark.hl-{field}").count() > 0, field
    mark = page.locator("mark.hl-trigger").first
    event_id = mark.get_attribute("data-events").split()[0]
    mark.click()
    card = page.locator(f"#ev-{event_id}")
    assert "active" in (card.get_attribute("class") or "")
    ui.shot("article")
    card.locator("a").first.click()
    page.wait_for_url(f"**/events/{event_id}")
    assert page.locator("h1 .type").count() == 1


def test_timeline_and_map(ui: Watched) -> None:
    page = ui.page
    page.goto("/timeline?bucket=year")
    bars = page.locator("#timeline rect.bar")
    assert bars.count() > 0
    assert page.locator(".legend .swatch").count() >= 2
    ui.shot("timeline")
    kind = bars.first.get_attribute("data-type")
    bars.first.click()
    page.wait_for_url(f"**type={kind}**")
    assert set(page.locator("tr.event-row .type").all_inner_texts()) == {kind}
    page.goto("/map")
    assert page.locator("#map .countries path").count() > 150
    markers = page.locator("#map circle.marker")
    assert markers.count() > 0
    ui.shot("map")
    markers.last.click()  # the smallest is drawn on top
    page.wait_for_url("**bbox=**")
    assert page.locator("tr.event-row").count() > 0


def test_canonical_reports_side_by_side(ui: Watched) -> None:
    page = ui.page
    page.goto("/canonical?min_reports=2&disagreeing=true")
    page.locator("table.events tbody a").first.click()
    page.wait_for_selector("#compare")
    reports = page.locator("#compare thead th").count() - 1
    assert reports >= 2
    assert page.locator("#compare tr.disagree").count() >= 1
    ui.shot("canonical")


def test_review_an_event(ui: Watched) -> None:
    page = ui.page
    page.goto("/login")
    page.fill("input[name=token]", TOKEN)
    page.click("form button[type=submit]")
    page.wait_for_url("**/events")
    page.goto("/events?outlet=IQNA&type=THREATEN")
    row = page.locator("tr.event-row").first
    event_id = row.get_attribute("data-event")
    page.goto(f"/events/{event_id}")
    page.fill("input[name=reviewer]", "analyst-1")
    page.check("input[value=correct]")
    page.select_option("select[name=field]", "modality")
    page.fill("input[name=value]", "reported")
    page.click("form.review button[type=submit]")
    page.wait_for_selector("#reviews .review-item")
    assert "correct modality" in page.inner_text("#reviews")
    assert "analyst-1" in page.inner_text("#reviews")
    ui.shot("review")
    stored = page.request.get(f"/api/events/{event_id}").json()["reviews"]
    assert [(r["verdict"], r["field"], r["value"]) for r in stored] == [
        ("correct", "modality", "reported")]


def test_hostile_text_is_shown_as_text(ui: Watched) -> None:
    page = ui.page
    page.goto(f"/articles/{quote(HOSTILE_ID, safe='')}")
    assert page.inner_text("h1.article-title") == HOSTILE["title"]
    assert page.inner_text("#article-text") == HOSTILE["text"]
    assert HOSTILE["outlet"] in page.inner_text("p.meta")
    assert page.locator("#article-text img, #article-text script").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    page.goto(f"/events?article_id={quote(HOSTILE_ID, safe='')}")
    page.wait_for_selector(".facets .total")
    assert HOSTILE["outlet"] in page.inner_text("#event-table")
    assert page.locator("#event-table img").count() == 0
    page.locator("tr.event-row a.type-link").first.click()
    page.wait_for_selector("table.detail")
    assert HOSTILE["outlet"] in page.inner_text("main")
