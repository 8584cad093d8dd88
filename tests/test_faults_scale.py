"""Faults of the scale-out parts (issue 18, after issue 15 landed): the
PostgreSQL server restarted in the middle of a run, and a Ray worker killed
in the middle of a Ray run. Either the run goes on by itself, or it stops
with a coded error; then the same command stores exactly the records of one
undisturbed run: nothing lost, nothing twice."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.crash import cli, count_articles, env, stored
from tests.pgserver import PostgresServer, fresh_database, started_server


def by_id(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(events, key=lambda e: e["event_id"])


def wait_for(url: str, proc: subprocess.Popen[str], at_least: int, timeout: float = 300
             ) -> None:
    deadline = time.monotonic() + timeout
    while count_articles(url) < at_least:
        assert proc.poll() is None, "the run ended before the fault"
        assert time.monotonic() < deadline, "nothing stored in time"
        time.sleep(0.2)


@pytest.fixture()
def own_server() -> Iterator[PostgresServer]:
    """A server of this test alone: restarting the session's server would
    cut the other tests' connections."""
    server = started_server()
    yield server
    server.stop()


def test_postgres_restarted_mid_run_then_resume(scale_corpus: Any,
                                                own_server: PostgresServer) -> None:
    folder, (ref_events, ref_ids) = scale_corpus
    url = fresh_database(own_server.admin_url)
    argv = cli("run", str(folder), "--workers", "1", "--batch-size", "2", "--store", url,
               "--no-progress")
    proc = subprocess.Popen(argv, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        wait_for(url, proc, at_least=2)
        own_server.restart()
        out, err = proc.communicate(timeout=400)
    finally:
        if proc.poll() is None:
            proc.kill()
    partial = count_articles(url)
    assert proc.returncode == 3, (proc.returncode, err[-2000:])
    assert "EW316" in err and "Traceback" not in err, err[-2000:]  # coded, on one line
    assert 2 <= partial < len(ref_ids)
    done = subprocess.run(argv, env=env(), capture_output=True, text=True, timeout=400)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"{len(ref_ids) - partial} new articles" in done.stdout, done.stdout
    events, ids = stored(url)
    assert sorted(ids) == sorted(ref_ids)  # nothing lost, nothing twice
    assert by_id(events) == by_id(ref_events)
    print(f"postgres restarted after {partial} of {len(ref_ids)} articles: EW316, exit 3; "
          f"re-run stored {len(ref_ids) - partial}")


def _descendants(root: int) -> list[int]:
    """Every process below ``root`` (from /proc, no extra package)."""
    parent: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:  # gone meanwhile
                continue
            parent[int(entry.name)] = int(fields[1])
    found, frontier = [], [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, pp in parent.items() if pp == pid]
        found += kids
        frontier += kids
    return found


def _extractor_workers(root: int) -> list[int]:
    """The Ray worker processes of this run that run the Extractor actors."""
    out = []
    for pid in _descendants(root):
        try:
            title = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if title.startswith("ray::") and "MapWorker" in title:
            out.append(pid)
    return out


def test_ray_worker_killed_mid_run_then_resume(scale_corpus: Any, tmp_path: Path) -> None:
    folder, (ref_events, ref_ids) = scale_corpus
    url = f"sqlite:///{tmp_path / 'ray.db'}"
    argv = cli("run", str(folder), "--engine", "ray", "--workers", "2", "--batch-size", "2",
               "--store", url, "--shards", str(tmp_path / "shards"), "--no-progress")
    proc = subprocess.Popen(argv, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    try:
        wait_for(url, proc, at_least=2)
        workers = _extractor_workers(proc.pid)
        assert workers, "no Ray extractor worker found"
        os.kill(workers[0], signal.SIGKILL)
        at_kill = count_articles(url)
        out, err = proc.communicate(timeout=600)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    partial = count_articles(url)
    if proc.returncode == 0:  # Ray restarted the actor and retried its batch
        assert partial == len(ref_ids)
    else:  # the run stopped, coded, with whole shards stored
        assert proc.returncode == 3 and "EW713" in err, (proc.returncode, err[-2000:])
        assert "Traceback" not in err
        done = subprocess.run(argv, env=env(), capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr[-2000:]
    events, ids = stored(url)
    assert sorted(ids) == sorted(ref_ids)  # nothing lost, nothing twice
    assert by_id(events) == by_id(ref_events)
    print(f"ray worker killed after {at_kill} of {len(ref_ids)} articles: exit "
          f"{proc.returncode}, {partial} stored by that run")
