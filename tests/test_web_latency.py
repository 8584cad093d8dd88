"""Latency and concurrency of the real server on a synthetic store
(benchmarks/load_events.py). The 100k-event figures are in
docs/BENCHMARKS.md; here a smaller store and a looser bound keep CI fast and
stable on a shared machine, and concurrent clients must never see an error."""

from __future__ import annotations

import statistics
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from benchmarks.load_events import load
from tests.web_support import running_server

FILTERED = ["/api/events?type=ASSAULT", "/api/events?type=CONCEDE",
            "/api/events?country=IRQ&modality=threatened", "/api/events?actor=hamas",
            "/api/events?bbox=40,29,48,37", "/api/events?min_sources=3",
            "/api/events?speaker=witnesses&type=AID", "/api/events?sort=-confidence"]
N_EVENTS = 20_000


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path: Path = tmp_path_factory.mktemp("latency") / "synthetic.db"
    load(f"sqlite:///{path}", N_EVENTS, seed=3)
    with running_server(f"sqlite:///{path}", token=None) as url:
        yield url


def timed_get(url: str) -> tuple[int, float]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=30) as r:  # noqa: S310 - loopback only
        r.read()
        return r.status, time.perf_counter() - started


def test_filtered_pages_and_article_view_are_fast(server: str) -> None:
    for path in FILTERED:  # warm the page cache
        timed_get(server + path)
    times = [timed_get(server + path)[1] for _ in range(10) for path in FILTERED]
    p95 = statistics.quantiles(times, n=20)[-1]
    assert p95 < 0.5, f"filtered page p95 {p95 * 1000:.0f} ms"
    # 60 samples, so that p95 is a 95th percentile: over 20 samples the last
    # cut point is the slowest request, and one scheduler stall of a shared CI
    # machine (a 0.75 s outlier where the median is ~7 ms) failed the test.
    article = [timed_get(server + "/articles/syn-0000042")[1] for _ in range(60)]
    article_p95 = statistics.quantiles(article, n=20)[-1]
    assert article_p95 < 0.5, f"article view p95 {article_p95 * 1000:.0f} ms"


def test_pages_walk_the_store_with_a_cursor(server: str) -> None:
    import json

    seen: set[str] = set()
    cursor = ""
    for _ in range(3):
        with urllib.request.urlopen(f"{server}/api/events?limit=500{cursor}") as r:  # noqa: S310
            page = json.loads(r.read())
        ids = {e["event_id"] for e in page["items"]}
        assert len(ids) == 500 and not ids & seen
        seen |= ids
        cursor = f"&cursor={page['next_cursor']}"


def test_concurrent_clients_see_no_error(server: str) -> None:
    urls = [server + p for p in FILTERED] * 6
    with ThreadPoolExecutor(max_workers=6) as pool:
        statuses = [status for status, _ in pool.map(timed_get, urls)]
    assert statuses == [200] * len(urls)
