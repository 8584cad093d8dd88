"""The Ray runner on a real local Ray: the records of the local runner, and
a run killed mid-way (kill -9) then started again loses and duplicates
nothing."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.crash import cli, env, kill_midway, stored


def test_killed_ray_run_resumes_to_the_local_runners_records(scale_corpus, tmp_path: Path
                                                             ) -> None:  # type: ignore[no-untyped-def]
    folder, (ref_events, ref_ids) = scale_corpus
    url = f"sqlite:///{tmp_path / 'ray.db'}"
    argv = cli("run", str(folder), "--engine", "ray", "--workers", "2", "--batch-size", "2",
               "--store", url, "--shards", str(tmp_path / "shards"), "--no-progress")
    partial = kill_midway(argv, url, at_least=2)
    assert 2 <= partial < len(ref_ids)
    done = subprocess.run(argv, env=env(), capture_output=True, text=True, timeout=400)
    assert done.returncode == 0, done.stderr[-2000:]
    events, ids = stored(url)
    assert sorted(ids) == sorted(ref_ids)  # nothing lost, nothing twice
    assert sorted(events, key=lambda e: e["event_id"]) == sorted(ref_events,
                                                                 key=lambda e: e["event_id"])
    shards = sorted((tmp_path / "shards").glob("*/part-*.parquet"))
    assert shards, "the Ray run writes Parquet shards"
    from eventwire.store import open_store

    with open_store(url) as store:
        last = json.loads(store.runs()[-1]["counts"])
    assert last["articles"] == len(ref_ids) - partial and last["skipped"] == partial


def test_an_empty_input_folder_is_a_reject_on_ray_as_on_the_local_runner(tmp_path: Path
                                                                         ) -> None:
    empty = tmp_path / "inbox"
    empty.mkdir()
    codes = {}
    for engine in ("local", "ray"):
        url = f"sqlite:///{tmp_path / (engine + '.db')}"
        argv = cli("run", str(empty), "--engine", engine, "--workers", "1", "--store", url,
                   "--no-progress", "--shards", str(tmp_path / "shards"))
        done = subprocess.run(argv, env=env(), capture_output=True, text=True, timeout=400)
        assert done.returncode == 1, done.stderr[-2000:]  # partial: something was rejected
        from eventwire.store import open_store

        with open_store(url) as store:
            codes[engine] = [r["code"] for r in store.rejects()]
    assert codes == {"local": ["EW115"], "ray": ["EW115"]}
