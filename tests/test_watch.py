"""`eventwire watch` against a real feed server on loopback (http.server in
a thread): only new items go in, bad feeds and bad articles are rejects, and
polling goes on."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire.scale.watch import Watcher, read_sources_file
from eventwire.settings import Settings
from eventwire.store import open_store
from tests.conftest import SAMPLES

ARTICLES = [json.loads(line) for line in (SAMPLES / "wikinews.jsonl").read_text().splitlines()]


def rss(items: list[dict]) -> str:  # type: ignore[type-arg]
    entries = "".join(
        f"<item><title>{i['title']}</title><link>http://example.org/{n}</link>"
        f"<pubDate>Mon, 03 Mar 2008 10:00:00 GMT</pubDate>"
        f"<description><![CDATA[{i['text']}]]></description></item>"
        for n, i in enumerate(items))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            f"{entries}</channel></rss>")


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def feed_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    root = tmp_path / "www"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root
    server.shutdown()
    server.server_close()


def test_watch_ingests_only_new_items_and_survives_bad_feeds(
        feed_server, tmp_path: Path, full_pipeline) -> None:  # type: ignore[no-untyped-def]
    base, root = feed_server
    (root / "news.xml").write_text(rss(ARTICLES[:2] + [{"title": "empty", "text": " "}]))
    (root / "broken.xml").write_text("this is not a feed at all, just some words here")
    folder = tmp_path / "drop"
    folder.mkdir()
    url = f"sqlite:///{tmp_path / 'watch.db'}"
    sources = [f"{base}/news.xml", f"{base}/broken.xml", f"{base}/missing.xml", str(folder)]
    watcher = Watcher(sources, Settings(store_url=url, progress=False), pipeline=full_pipeline)

    first = watcher.poll()
    assert first.articles == 2 and first.events > 0
    assert first.reject_codes == {"EW101": 1, "EW113": 1, "EW714": 1}

    # the feed gains one item, a file lands in the folder
    (root / "news.xml").write_text(rss(ARTICLES[:3]))
    (folder / "more.jsonl").write_text(json.dumps(ARTICLES[5]) + "\n")
    second = watcher.poll()
    assert second.articles == 2 and second.skipped == 2

    third = watcher.poll()  # nothing new: nothing parsed, the folder is not re-read
    assert third.articles == 0 and third.skipped == 3
    with open_store(url) as store:
        assert len(store.articles()) == 4
        urls = {a["url"] for a in store.articles()}
        assert {"http://example.org/0", "http://example.org/2"} <= urls
        assert {r["code"] for r in store.rejects()} == {"EW101", "EW113", "EW714"}
        assert len(store.runs()) == 3 and store.canonical_events()


def test_sources_file(tmp_path: Path) -> None:
    listing = tmp_path / "feeds.txt"
    listing.write_text("# my feeds\nhttp://a.example/rss  # news\n\n/data/drop\n")
    assert read_sources_file(listing) == ["http://a.example/rss", "/data/drop"]


def test_watch_without_sources_is_a_usage_error() -> None:
    from eventwire.app.cli import EXIT_USAGE, main

    assert main(["watch", "--polls", "1"]) == EXIT_USAGE
