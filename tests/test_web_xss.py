"""XSS in every field that reaches HTML (issue 18). The stored actor,
recipient, speaker, place, trigger, outlet and title values of a private copy
of the store are replaced with payloads (as a hostile user KB, gazetteer or
feed would put them there); every page is parsed and must carry no event
handler, no ``javascript:`` link and no script besides the server's own."""

from __future__ import annotations

import json
import shutil
import sqlite3
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from eventwire.settings import Settings
from eventwire.web import create_app
from tests.web_support import TOKEN

PAYLOADS = (
    "\" onmouseover=\"window.__xss=1\" x=\"",
    "' onfocus='window.__xss=2' autofocus x='",
    "'><svg/onload=window.__xss=3>",
    "</textarea></title><script>window.__xss=4</script>",
    "javascript:window.__xss=5",
    "<img src=x onerror=window.__xss=6>",
    "<a href=\"javascript:window.__xss=7\">x</a>",
    "<!--<script>window.__xss=8</script>-->",
    "<iframe srcdoc=\"<script>parent.__xss=9</script>\"></iframe>",
    "\u202e<scr\u200bipt>window.__xss=10</script>",
)


class Tags(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def assert_inert(html: str, where: str) -> None:
    parser = Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        handlers = [a for a in attrs if a.startswith("on")]
        assert not handlers, (where, tag, attrs)
        assert tag not in ("iframe", "object", "embed", "base", "meta") or tag == "meta" and \
            "http-equiv" not in attrs, (where, tag, attrs)
        for name in ("href", "src", "action", "xlink:href", "formaction", "srcdoc"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:text")), (where, tag, attrs)
            assert "__xss" not in value or value.startswith(("/", "?", "http")), (where, attrs)
        if tag == "script":
            assert (attrs.get("src") or "").startswith("/static/"), (where, attrs)
    assert "<script>window.__xss" not in html, where


def poison_detail(detail: dict[str, Any], pick: Any) -> dict[str, Any]:
    for role in ("actor", "recipient"):
        if detail.get(role):
            detail[role]["name"] = pick()
            detail[role]["text"] = pick()
    for attribution in detail.get("attribution") or []:
        attribution["text"] = pick()
    if detail.get("place"):
        detail["place"]["name"] = pick()
    detail["trigger"]["text"] = pick()
    detail["outlet"] = pick()
    return detail


def poison(store_url: str) -> None:
    """Payloads in every stored text field that a page shows."""
    counter = iter(range(10**6))

    def pick() -> str:
        return PAYLOADS[next(counter) % len(PAYLOADS)]

    db = sqlite3.connect(store_url.removeprefix("sqlite:///"))
    rows = db.execute("SELECT event_id, detail FROM events").fetchall()
    for event_id, detail in rows:
        db.execute("UPDATE events SET actor_name=?, recipient_name=?, speaker=?, outlet=?, "
                   "trigger_text=?, detail=? WHERE event_id=?",
                   (pick(), pick(), pick(), pick(), pick(),
                    json.dumps(poison_detail(json.loads(detail), pick)), event_id))
    for table, key, cols in (("actors", "actor_id", ("name",)), ("places", "geonameid", ("name",)),
                             ("articles", "id", ("title", "outlet", "url")),
                             ("canonical_events", "canonical_id",
                              ("actor_name", "recipient_name"))):
        for (key_value,) in db.execute(f"SELECT {key} FROM {table}").fetchall():
            sets = ", ".join(f"{c}=?" for c in cols)
            db.execute(f"UPDATE {table} SET {sets} WHERE {key}=?",
                       (*(pick() for _ in cols), key_value))
    db.commit()
    db.close()


@pytest.fixture(scope="module")
def ui(web_store: str, tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    path = Path(tmp_path_factory.mktemp("xss")) / "poisoned.db"
    shutil.copy(web_store.removeprefix("sqlite:///"), path)
    poison(f"sqlite:///{path}")
    app = create_app(Settings(store_url=f"sqlite:///{path}", progress=False), token=TOKEN)
    client = TestClient(app, raise_server_exceptions=False)
    client.cookies.set("eventwire_token", TOKEN)  # signed in: the review form shows too
    return client


def page_urls(ui: TestClient) -> list[str]:
    events = ui.get("/api/events?limit=40").json()["items"]
    canonical = ui.get("/api/canonical?limit=5").json()["items"]
    urls = ["/events", "/actors", "/canonical", "/map", "/places", "/timeline", "/login"]
    urls += [f"/events/{quote(e['event_id'], safe='')}" for e in events]
    urls += sorted({f"/articles/{quote(e['article_id'], safe='')}" for e in events})
    urls += [f"/canonical/{quote(c['canonical_id'], safe='')}" for c in canonical]
    return urls


def test_payloads_reach_the_pages_as_text(ui: TestClient) -> None:
    urls = page_urls(ui)
    assert len(urls) > 30
    shown = 0
    for url in urls:
        r = ui.get(url)
        assert r.status_code == 200, (url, r.text[:300])
        assert_inert(r.text, url)
        shown += r.text.count("window.__xss")
    assert shown > 100  # the payloads are on the pages, as text


def test_payloads_in_filter_values_echoed_by_the_pages(ui: TestClient) -> None:
    for payload in PAYLOADS:
        for name in ("actor", "speaker", "text", "outlet", "type", "country"):
            for url in ("/events", "/timeline", "/map", "/events/facets"):
                r = ui.get(url, params={name: payload})
                assert r.status_code in (200, 422), (url, name, payload)
                assert_inert(r.text, f"{url}?{name}={payload}")
        assert_inert(ui.get("/actors", params={"q": payload}).text, "/actors")


def test_the_checker_catches_a_live_payload() -> None:
    """The HTML check above is not vacuous."""
    for live in ('<p onclick="x()">', '<a href="javascript:x()">', "<script>x()</script>",
                 '<svg><a xlink:href="javascript:x()"></a></svg>', "<iframe src=/>"):
        with pytest.raises(AssertionError):
            assert_inert(live, "sample")
