"""Kill -9 a real `eventwire run` mid-way, then run it again (crash-safety
tests of the local and the Ray runner)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.store import open_store
from tests.conftest import REPO, SAMPLES


def write_corpus(folder: Path) -> Path:
    """The 20 sample Wikinews articles: half as JSONL, half as Parquet."""
    rows = [json.loads(line) for line in (SAMPLES / "wikinews.jsonl").read_text().splitlines()]
    folder.mkdir(parents=True, exist_ok=True)
    half = len(rows) // 2
    (folder / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows[:half]))
    keys = sorted({k for r in rows for k in r})
    table = pa.table({k: [None if r.get(k) is None else str(r[k]) for r in rows[half:]]
                      for k in keys})
    pq.write_table(table, folder / "b.parquet")
    return folder


def stored(url: str) -> tuple[list[dict[str, Any]], list[str]]:
    with open_store(url) as store:
        return store.events(), [a["id"] for a in store.articles()]


def count_articles(url: str) -> int:
    try:
        with open_store(url) as store:
            return int(store.rows("SELECT COUNT(*) AS n FROM articles")[0]["n"])
    except Exception:  # noqa: BLE001 - the store may not exist yet
        return 0


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventwire.app.cli", *args]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def kill_midway(argv: list[str], url: str, at_least: int, timeout: float = 240) -> int:
    """Start ``argv`` in its own process group, SIGKILL the whole group once
    ``at_least`` articles are stored; return how many were stored."""
    proc = subprocess.Popen(argv, env=env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + timeout
    try:
        while count_articles(url) < at_least:
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "nothing stored in time"
            time.sleep(0.2)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return count_articles(url)
