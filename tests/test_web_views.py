"""HTML pages: each renders, links to its JSON twin, escapes untrusted text,
sends its security headers; the sign-in and review forms."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from eventwire.settings import Settings
from eventwire.web import create_app
from eventwire.web.views import TWINS
from tests.web_support import HOSTILE, HOSTILE_ID, PAYLOADS, TOKEN

HOSTILE_URL = quote(HOSTILE_ID, safe="")


@pytest.fixture(scope="module")
def ui(web_store: str) -> TestClient:
    return TestClient(create_app(Settings(store_url=web_store, progress=False), token=TOKEN))


def pages(ui: TestClient) -> list[str]:
    ev = ui.get("/api/events?limit=1&min_sources=2").json()["items"][0]
    return ["/events", "/events?type=ASSAULT&date_from=&min_sources=", f"/events/{ev['event_id']}",
            f"/articles/{ev['article_id']}", "/canonical", f"/canonical/{ev['canonical_id']}",
            "/timeline", "/timeline?bucket=day", "/map", "/map?bbox=40,29,48,37&type=ASSAULT",
            "/places?bbox=40,29,48,37", "/actors", "/login",
            f"/articles/{HOSTILE_URL}", f"/events?article_id={HOSTILE_URL}",
            "/events/facets", f"/events/facets?article_id={HOSTILE_URL}"]


def test_every_page_renders_with_headers_and_its_twin(ui: TestClient) -> None:
    for url in pages(ui):
        r = ui.get(url)
        assert r.status_code == 200, (url, r.text[:300])
        assert "default-src 'self'" in r.headers["content-security-policy"]
        if not url.startswith(("/events/facets", "/login")):
            twin = re.search(r'class="twin" href="([^"]+)"', r.text)
            assert twin, url
            assert ui.get(twin.group(1).replace("&amp;", "&")).status_code == 200, url


def test_every_page_route_has_a_json_twin(ui: TestClient) -> None:
    from eventwire.web import api, views

    pages = {r.path for r in views.router.routes}  # type: ignore[attr-defined]
    twins = {r.path for r in api.router.routes}  # type: ignore[attr-defined]
    for page, twin in TWINS.items():
        assert page in pages and twin in twins, (page, twin)
    listed = {p for p in pages if not p.startswith(("/login", "/logout", "/events/facets"))
              and p != "/" and not p.endswith("/review")}
    assert listed <= set(TWINS), listed - set(TWINS)


def test_untrusted_text_is_escaped_in_every_page(ui: TestClient) -> None:
    ev = ui.get(f"/api/events?article_id={HOSTILE_URL}").json()["items"][0]
    for url in pages(ui) + [f"/events/{ev['event_id']}"]:
        html = ui.get(url).text
        for payload in PAYLOADS:
            assert payload not in html, (url, payload)
        assert 'href="javascript' not in html.lower()
    article = ui.get(f"/articles/{HOSTILE_URL}").text
    assert "&lt;script&gt;window.__xss=&#39;text&#39;" in article
    assert "&#34;&gt;&lt;img src=x onerror=" in article  # the outlet, as text
    assert HOSTILE["url"] not in article  # a javascript: URL never becomes a link


def test_error_pages_are_coded(ui: TestClient) -> None:
    r = ui.get("/events/e-missing")
    assert r.status_code == 404 and "EW807" in r.text
    r = ui.get("/articles/" + quote("<script>x</script>", safe=""))
    assert r.status_code == 404 and "<script>x</script>" not in r.text


def test_sign_in_and_review_form(web_store: str, tmp_path: Path) -> None:
    path = tmp_path / "ui.db"
    shutil.copy(web_store.removeprefix("sqlite:///"), path)
    ui = TestClient(create_app(Settings(store_url=f"sqlite:///{path}"), token=TOKEN))
    ev = ui.get("/api/events?limit=1").json()["items"][0]
    form = {"verdict": "reject", "reviewer": "ann", "note": "not an event"}
    assert ui.post(f"/events/{ev['event_id']}/review", data=form).status_code == 401
    assert ui.post("/login", data={"token": "nope"}).status_code == 401
    r = ui.post("/login", data={"token": TOKEN}, follow_redirects=False)
    assert r.status_code == 303 and "httponly" in r.headers["set-cookie"].lower()
    assert "samesite=strict" in r.headers["set-cookie"].lower()
    r = ui.post(f"/events/{ev['event_id']}/review", data=form, headers={"HX-Request": "true"})
    assert r.status_code == 200 and "reject" in r.text and "not an event" in r.text
    assert ui.get(f"/events/{ev['event_id']}").text.count("review-item") == 1


def test_read_only_server_shows_no_review_form(web_store: str) -> None:
    ro = TestClient(create_app(Settings(store_url=web_store), token=None))
    ev = ro.get("/api/events?limit=1").json()["items"][0]
    html = ro.get(f"/events/{ev['event_id']}").text
    assert "read-only" in html and 'class="review"' not in html


def test_serve_command_defaults_to_loopback() -> None:
    from eventwire.app.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)
    args = build_parser().parse_args(["serve", "--port", "9001", "--store", "sqlite:///x.db"])
    assert (args.port, args.store) == (9001, "sqlite:///x.db")


def test_pages_load_nothing_from_elsewhere(ui: TestClient) -> None:
    """Offline: every script, style and image comes from this server."""
    for url in pages(ui):
        html = ui.get(url).text
        for tag, _attr, value in re.findall(r"<(script|link|img)\b[^>]*?\b(src|href)=\"([^\"]*)\"",
                                           html):
            assert value.startswith(("/static/", "data:")), (url, tag, value)
