"""Faults during a run (issue 18): the disk fills up (a real 2 MB tmpfs,
mounted by the test when it may) and the database is locked by another
process. The run stops with EW315 and nothing half-written; the same command
run again stores the rest, with nothing lost or duplicated."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.app.jobs import run_job
from eventwire.errors import EventwireError
from eventwire.settings import Settings

BASE = ("Rebels attacked the army in Mosul on Monday, the Iraqi interior ministry said. "
        "\"We will strike again,\" said Abu Ali, a spokesman. The United Nations condemned "
        "the attack in Baghdad on 3 March 2020. ")
N = 40


def articles(folder: Path) -> Path:
    path = folder / "many.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": f"Report {i}. " + BASE * 15})
                            + "\n" for i in range(N)), encoding="utf-8")
    return path


def contents(db: Path) -> tuple[list[str], list[str], int]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
        events = [r[0] for r in conn.execute("SELECT event_id FROM events ORDER BY event_id")]
        orphans = conn.execute("SELECT COUNT(*) FROM events WHERE article_id NOT IN "
                               "(SELECT id FROM articles)").fetchone()[0]
        return ids, events, orphans
    finally:
        conn.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, full_pipeline: Any
              ) -> tuple[Path, tuple[list[str], list[str], int]]:
    """The articles and what one undisturbed run stores from them."""
    folder = tmp_path_factory.mktemp("ref")
    source = articles(folder)
    run_job([source], Settings(store_url=f"sqlite:///{folder / 'ref.db'}", progress=False),
            pipeline=full_pipeline)
    return source, contents(folder / "ref.db")


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_disk_full_mid_run_then_resume(small_disk: Path, reference: Any,
                                       full_pipeline: Any) -> None:
    source, (ref_ids, ref_events, _) = reference
    db = small_disk / "full.db"
    settings = Settings(store_url=f"sqlite:///{db}", progress=False)
    with pytest.raises(EventwireError) as failed:
        run_job([source], settings, pipeline=full_pipeline)
    assert failed.value.code == "EW315" and "disk is full" in failed.value.message
    ids, events, orphans = contents(db)
    assert 0 < len(ids) < N and orphans == 0  # whole articles only, mid-way
    assert set(events) <= set(ref_events)
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    report = run_job([source], settings, pipeline=full_pipeline)
    assert (report.skipped, report.articles) == (len(ids), N - len(ids))
    assert contents(db) == (ref_ids, ref_events, 0)


LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


def test_locked_database_then_resume(tmp_path: Path, reference: Any, full_pipeline: Any,
                                     monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from eventwire.app.cli import main

    source, (ref_ids, ref_events, _) = reference
    db = tmp_path / "locked.db"
    half = tmp_path / "half.jsonl"
    half.write_text("".join(source.read_text(encoding="utf-8").splitlines(True)[:N // 2]))
    run_job([half], Settings(store_url=f"sqlite:///{db}", progress=False),
            pipeline=full_pipeline)
    monkeypatch.setenv("EVENTWIRE_SQLITE_TIMEOUT", "1")
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        code = main(["run", str(source), "--store", f"sqlite:///{db}", "--no-progress"])
        assert code != 0
        assert "EW315" in capsys.readouterr().err
    finally:
        assert locker.stdin is not None
        locker.stdin.write("\n")
        locker.stdin.flush()
        locker.wait(timeout=30)
    assert contents(db)[0] == sorted(f"a{i}" for i in range(N // 2))
    report = run_job([source], Settings(store_url=f"sqlite:///{db}", progress=False),
                     pipeline=full_pipeline)
    assert (report.skipped, report.articles) == (N // 2, N - N // 2)
    assert contents(db) == (ref_ids, ref_events, 0)
