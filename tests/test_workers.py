"""All cores: N worker processes store exactly what one process stores."""

from __future__ import annotations

from pathlib import Path

from eventwire.app.jobs import run_job
from eventwire.app.workers import worker_count
from eventwire.settings import Settings
from eventwire.store import open_store
from tests.conftest import SAMPLES


def stored(url: str) -> tuple[list[dict], list[str]]:  # type: ignore[type-arg]
    with open_store(url) as store:
        return store.events(), [a["id"] for a in store.articles()]


def test_two_workers_store_the_same_records_as_one(tmp_path: Path) -> None:
    urls = {}
    for n in (1, 2):
        urls[n] = f"sqlite:///{tmp_path / f'w{n}.db'}"
        settings = Settings(store_url=urls[n], progress=False, n_process=n, batch_size=3,
                            dedup=False)
        report = run_job([SAMPLES], settings)
        assert report.articles >= 10 and report.events > 50
    one, two = stored(urls[1]), stored(urls[2])
    assert one[1] == two[1]
    assert one[0] == two[0]


def test_default_is_every_core() -> None:
    assert worker_count(0) >= 1 and worker_count(3) == 3


def test_killed_local_run_resumes_without_loss_or_duplicates(scale_corpus, tmp_path: Path
                                                             ) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from tests.crash import cli, env, kill_midway
    from tests.crash import stored as stored_records

    folder, (ref_events, ref_ids) = scale_corpus
    url = f"sqlite:///{tmp_path / 'local.db'}"
    argv = cli("run", str(folder), "--workers", "2", "--batch-size", "2", "--store", url,
               "--no-progress")
    partial = kill_midway(argv, url, at_least=2)
    assert 2 <= partial < len(ref_ids)
    done = subprocess.run(argv, env=env(), capture_output=True, text=True, timeout=400)
    assert done.returncode == 0, done.stderr[-2000:]
    events, ids = stored_records(url)
    assert ids == ref_ids and events == ref_events
