"""The server under attack (issue 18): tokens on every write route, SQL
injection in every filter, path traversal, request size, CORS, and no stack
trace ever reaching a client. Each attack runs against a private copy of the
store built by the real pipeline, and the store is checked intact after."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from markupsafe import escape

from eventwire.settings import Settings
from eventwire.web import create_app
from tests.web_support import TOKEN, running_server

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
# Writes that do not need the token: signing in (it checks the token itself)
# and signing out (it only clears the caller's own cookie).
OPEN_WRITES = {("POST", "/login"), ("POST", "/logout")}
LEAKS = ("Traceback", "File \"", "sqlite3", "OperationalError", "psycopg", "site-packages",
         "syntax error", "unrecognized token", "no such")
FILTERS = ("type", "actor", "country", "modality", "speaker", "outlet", "text", "article_id")
SUBSTRING = {"actor": ("actor_name", "recipient_name"), "speaker": ("speaker",),
             "text": ("sentence", "trigger_text")}
INJECTIONS = (
    "' OR '1'='1", "' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE events; --",
    "x' UNION SELECT name, sql FROM sqlite_master --", "%' OR '%'='", "%", "_", "\\",
    "') OR ('a'='a", "'; UPDATE events SET type='X'; --", "1' AND sleep(5) --",
    "' || (SELECT token FROM runs) || '", "%%%%", "ñ' OR 1=1 /*",
)


def copy_store(web_store: str, folder: Path) -> str:
    path = folder / "copy.db"
    shutil.copy(web_store.removeprefix("sqlite:///"), path)
    return f"sqlite:///{path}"


def client(store_url: str, token: str | None = TOKEN, **kw: Any) -> TestClient:
    app = create_app(Settings(store_url=store_url, progress=False), token=token, **kw)
    return TestClient(app, raise_server_exceptions=False)


def fingerprint(store_url: str) -> tuple[Any, ...]:
    """Row counts and a checksum of every table: any write shows."""
    db = sqlite3.connect(store_url.removeprefix("sqlite:///"))
    try:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return tuple((t, db.execute(f"SELECT COUNT(*), TOTAL(LENGTH(CAST(rowid AS TEXT))) "
                                    f"FROM {t}").fetchone()) for t in tables)
    finally:
        db.close()


def assert_no_leak(body: str, echo: str = "") -> None:
    """No trace, driver name or SQL in ``body`` (besides ``echo``, the
    attacker's own input, which a page may show back escaped)."""
    if echo:
        for shown in (str(escape(echo)), echo, json.dumps(echo)[1:-1], quote_plus(echo),
                      str(escape(quote_plus(echo))), quote(echo, safe="")):
            body = body.replace(shown, "")
    for leak in LEAKS:
        assert leak not in body, (leak, body[:500])


@pytest.fixture()
def private(web_store: str, tmp_path: Path) -> str:
    return copy_store(web_store, tmp_path)


@pytest.fixture()
def event_id(web_store: str) -> str:
    items = client(web_store).get("/api/events?limit=1").json()["items"]
    return str(items[0]["event_id"])


def write_routes() -> list[tuple[str, str]]:
    from eventwire.web import api, views

    routes = [*api.router.routes, *views.router.routes]
    assert all(isinstance(r, APIRoute) for r in routes)
    return sorted((m, r.path) for r in routes if isinstance(r, APIRoute)
                  for m in r.methods & WRITE_METHODS)


def write_request(method: str, path: str, event_id: str) -> dict[str, Any]:
    """A well-formed request for each write route (only the token is wrong)."""
    url = path.replace("{event_id}", event_id)
    if path == "/api/articles":
        return {"method": method, "url": url,
                "json": {"text": "Rebels attacked the army in Mosul on Monday.", "id": "x1"}}
    if path == "/api/events/{event_id}/review":
        return {"method": method, "url": url, "json": {"verdict": "reject", "reviewer": "eve"}}
    return {"method": method, "url": url, "data": {"verdict": "reject", "reviewer": "eve"}}


BAD_CREDENTIALS: dict[str, dict[str, Any]] = {
    "none": {},
    "wrong bearer": {"headers": {"Authorization": "Bearer not-the-token"}},
    "token prefix": {"headers": {"Authorization": f"Bearer {TOKEN[:-1]}"}},
    "token plus": {"headers": {"Authorization": f"Bearer {TOKEN}x"}},
    "empty bearer": {"headers": {"Authorization": "Bearer "}},
    "no scheme": {"headers": {"Authorization": TOKEN}},
    "basic scheme": {"headers": {"Authorization": f"Basic {TOKEN}"}},
    "query string": {"params": {"token": TOKEN, "access_token": TOKEN}},
    "other header": {"headers": {"X-Token": TOKEN, "X-Api-Key": TOKEN, "Token": TOKEN}},
    "wrong cookie": {"cookies": {"eventwire_token": "not-the-token"}},
    "cookie named token": {"cookies": {"token": TOKEN}},
}


def test_the_write_routes_are_the_known_ones() -> None:
    """A new write route must be added here (and so to the token tests)."""
    assert set(write_routes()) - OPEN_WRITES == {
        ("POST", "/api/articles"), ("POST", "/api/events/{event_id}/review"),
        ("POST", "/events/{event_id}/review")}


@pytest.mark.parametrize("how", sorted(BAD_CREDENTIALS))
def test_every_write_route_refuses_a_missing_or_misplaced_token(
        private: str, event_id: str, how: str) -> None:
    api = client(private)
    before = fingerprint(private)
    for method, path in write_routes():
        if (method, path) in OPEN_WRITES:
            continue
        creds = dict(BAD_CREDENTIALS[how])
        api.cookies.clear()
        api.cookies.update(creds.pop("cookies", {}))
        r = api.request(**write_request(method, path, event_id), **creds)
        assert r.status_code == 401, (how, path, r.status_code, r.text[:200])
        assert "EW806" in r.text and TOKEN not in r.text
    assert fingerprint(private) == before


def test_read_only_server_refuses_every_write_whatever_the_token(
        private: str, event_id: str) -> None:
    api = client(private, token=None)
    before = fingerprint(private)
    for method, path in write_routes():
        if (method, path) in OPEN_WRITES:
            continue
        for creds in ({}, {"headers": {"Authorization": "Bearer "}},
                      {"headers": {"Authorization": f"Bearer {TOKEN}"}}):
            r = api.request(**write_request(method, path, event_id), **creds)
            assert r.status_code == 403 and "EW801" in r.text, (path, r.text[:200])
    assert api.post("/login", data={"token": ""}).status_code in (401, 422)
    assert fingerprint(private) == before


def test_the_right_token_writes(private: str, event_id: str) -> None:
    """The same requests with the token go through (so the refusals above
    are about the token, not a malformed request)."""
    api = client(private)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = api.request(**write_request("POST", "/api/events/{event_id}/review", event_id),
                    headers=auth)
    assert r.status_code == 201, r.text
    r = api.request(**write_request("POST", "/events/{event_id}/review", event_id),
                    headers=auth, follow_redirects=False)
    assert r.status_code == 303, r.text
    assert len(api.get(f"/api/events/{event_id}").json()["reviews"]) == 2


def containing(store_url: str, name: str, payload: str) -> set[str]:
    """Ids of the events whose ``name`` columns contain ``payload``, found
    in Python (not SQL)."""
    db = sqlite3.connect(store_url.removeprefix("sqlite:///"))
    rows = db.execute(f"SELECT event_id, {', '.join(SUBSTRING[name])} FROM events").fetchall()
    db.close()
    return {r[0] for r in rows if any(payload.lower() in (v or "").lower() for v in r[1:])}


def check_literal(api: TestClient, route: str, name: str, payload: str,
                  r: httpx.Response, store_url: str) -> None:
    """Equality filters match nothing; a substring filter matches only
    records that contain the payload (some sentences have a '%')."""
    if route == "/api/events":
        ids = {item["event_id"] for item in r.json()["items"]}
        expected = containing(store_url, name, payload) if name in SUBSTRING else set()
        assert ids <= expected, (name, payload, ids - expected)
    elif route == "/api/events/facets":
        listed = api.get("/api/events", params={name: payload, "limit": 500}).json()["items"]
        assert r.json()["total"] == len(listed), (name, payload)
    elif route == "/api/export" and name not in SUBSTRING:
        assert r.text == "", (name, payload)


@pytest.mark.parametrize("name", FILTERS)
def test_sql_injection_in_every_filter(private: str, name: str) -> None:
    """Every payload is either refused (422 EW810) or matched literally: no
    stored record contains these strings, so any row is an injected one."""
    api = client(private)
    before = fingerprint(private)
    for payload in INJECTIONS:
        for route in ("/api/events", "/api/events/facets", "/api/places", "/api/timeline",
                      "/api/export", "/events"):
            r = api.get(route, params={name: payload})
            assert r.status_code in (200, 422), (route, payload, r.status_code)
            assert_no_leak(r.text, payload)
            if r.status_code == 422:
                assert "EW810" in r.text
                continue
            check_literal(api, route, name, payload, r, private)
    assert fingerprint(private) == before


def test_sql_injection_in_other_parameters(private: str) -> None:
    api = client(private)
    before = fingerprint(private)
    for payload in INJECTIONS:
        for url, params in (("/api/actors", {"q": payload}), ("/api/canonical", {"type": payload}),
                            ("/api/events", {"cursor": payload}),
                            ("/api/events", {"sort": payload}),
                            ("/api/events", {"date_from": payload}),
                            ("/api/events", {"bbox": payload}),
                            ("/api/events", {"min_sources": payload})):
            r = api.get(url, params=params)
            assert r.status_code in (200, 400, 422), (url, params, r.status_code)
            assert_no_leak(r.text, payload)
            for item in r.json()["items"] if r.status_code == 200 else []:
                found = f"{item.get('name')} {item.get('actor_id')}".lower()
                assert url == "/api/actors" and payload.lower() in found, (url, params)
        for path in ("/api/events/", "/api/articles/", "/api/canonical/", "/events/",
                     "/articles/"):
            r = api.get(path + payload)
            assert r.status_code == 404, (path, payload, r.status_code)
            assert_no_leak(r.text, payload)
    assert fingerprint(private) == before


def test_control_characters_in_filters_are_refused(private: str) -> None:
    """SQLite ends a LIKE pattern at NUL: 'contains X\\0...' matched every
    row before the filters refused control characters."""
    api = client(private)
    for name in (*FILTERS, "q"):
        route = "/api/actors" if name == "q" else "/api/events"
        r = api.get(route, params={name: "zz\x00' OR 1=1 --"})
        assert r.status_code == 422 and "EW810" in r.text, (name, r.text[:200])


def test_like_wildcards_match_literally(private: str) -> None:
    api = client(private)
    everything = api.get("/api/events/facets").json()["total"]
    assert everything > 0
    for name in ("actor", "text", "speaker"):
        for wildcard in ("%", "_", "%_%", "a%b", "\\"):
            total = api.get("/api/events/facets", params={name: wildcard}).json()["total"]
            assert total == len(containing(private, name, wildcard)) < everything
    assert api.get("/api/actors", params={"q": "%"}).json()["items"] == []
    some = api.get("/api/events?limit=1").json()["items"][0]["trigger"]["text"]
    assert api.get("/api/events/facets", params={"text": some}).json()["total"] >= 1


TRAVERSALS = (
    "../app.py", "..%2fapp.py", "%2e%2e/app.py", "%2e%2e%2fapp.py", "..%252fapp.py",
    "....//app.py", "..\\app.py", "..%5capp.py", "/etc/passwd", "%2fetc%2fpasswd",
    "../../../../../../etc/passwd", "..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%c0%ae%c0%ae/app.py", "app.js%00.png", "../templates/base.html",
)


def test_path_traversal_in_static_and_id_routes(private: str) -> None:
    api = client(private)
    assert api.get("/static/app.js").status_code == 200
    for attempt in TRAVERSALS:
        for prefix in ("/static/", "/static/vendor/", "/api/articles/", "/articles/"):
            r = api.get(prefix + attempt)
            assert r.status_code in (404, 400), (prefix, attempt, r.status_code)
            assert "root:" not in r.text and "import " not in r.text
            assert "{% " not in r.text
            assert_no_leak(r.text, attempt)


def test_path_traversal_in_export(private: str) -> None:
    api = client(private)
    for attempt in TRAVERSALS:
        r = api.get("/api/export", params={"format": attempt})
        assert r.status_code == 422 and "EW810" in r.text
        r = api.get("/api/export", params={"format": "jsonl", "article_id": attempt})
        assert r.status_code in (200, 422) and "root:" not in r.text
        assert r.status_code == 422 or r.text == ""


def test_oversized_bodies_are_refused_before_they_are_read(private: str) -> None:
    api = client(private, max_body=1_000_000)
    auth = {"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    body = b'{"text": "' + b"a" * 50_000_000 + b'"}'
    t0 = time.perf_counter()
    r = api.post("/api/articles", content=body, headers=auth)
    assert r.status_code == 413 and "EW812" in r.text, r.text[:200]
    assert time.perf_counter() - t0 < 5
    r = api.post("/api/articles", content=b"{}", headers={**auth, "content-length": "x1"})
    assert r.status_code == 413 and "EW812" in r.text  # an unreadable length is refused too
    form = api.post("/login", data={"token": "t" * 2_000_000})
    assert form.status_code == 413


def test_chunked_bodies_are_counted(private: str) -> None:
    """No Content-Length: the body is counted as it streams in, on a real server."""
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(200):
            yield b"a" * 100_000
        yield b'"}'

    with running_server(private) as base:
        r = httpx.post(f"{base}/api/articles", content=chunks(), timeout=30,
                       headers={"Authorization": f"Bearer {TOKEN}",
                                "content-type": "application/json"})
    assert r.status_code == 413 and "EW812" in r.text


def test_cors_is_off(private: str) -> None:
    api = client(private)
    evil = {"Origin": "https://evil.example"}
    for url in ("/api/events", "/api/events/facets", "/events", "/openapi.json"):
        r = api.get(url, headers=evil)
        assert r.status_code == 200
        assert not any(h.startswith("access-control-") for h in r.headers), dict(r.headers)
    r = api.options("/api/articles", headers={**evil, "Access-Control-Request-Method": "POST",
                                                 "Access-Control-Request-Headers": "authorization"})
    assert "access-control-allow-origin" not in r.headers
    assert r.status_code in (401, 403, 404, 405)


def break_store(store_url: str) -> None:
    db = sqlite3.connect(store_url.removeprefix("sqlite:///"))
    db.execute("DROP TABLE reviews")
    db.commit()
    db.close()


def test_internal_errors_are_coded_without_a_trace(private: str, event_id: str,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    api = client(private)
    break_store(private)
    for url in (f"/api/events/{event_id}", f"/events/{event_id}"):
        r = api.get(url)
        assert r.status_code == 500 and "EW813" in r.text, (url, r.text[:300])
        assert_no_leak(r.text)
    assert "no such table: reviews" in caplog.text  # the details go to the log
    r = api.post("/api/articles", content=b'{"text": ', headers={
        "Authorization": f"Bearer {TOKEN}", "content-type": "application/json"})
    assert r.status_code == 422 and "EW810" in r.text
    assert_no_leak(r.text)


def test_internal_errors_on_a_real_server(private: str, event_id: str) -> None:
    break_store(private)
    with running_server(private) as base:
        r = httpx.get(f"{base}/api/events/{event_id}", timeout=30)
        assert r.status_code == 500 and r.json()["error"]["code"] == "EW813"
        assert_no_leak(r.text)
        assert httpx.get(f"{base}/api/events?limit=1", timeout=30).status_code == 200


def test_a_locked_store_answers_503_and_nothing_is_written(
        private: str, event_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_SQLITE_TIMEOUT", "0.2")
    api = client(private)
    before = fingerprint(private)
    holder = sqlite3.connect(private.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        r = api.post(f"/api/events/{event_id}/review", json={"verdict": "accept",
                                                              "reviewer": "r"},
                     headers={"Authorization": f"Bearer {TOKEN}"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert r.status_code == 503 and r.json()["error"]["code"] == "EW315", r.text
    assert_no_leak(r.text)
    assert fingerprint(private) == before
