"""Short atheris runs of every target of tools/fuzz.py (issue 18): a few
seconds each in `make test` (EVENTWIRE_FUZZ_SECONDS, default 3); long runs
with `make fuzz`. A crash fails the test with atheris's report."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.errors import EventwireError

REPO = Path(__file__).resolve().parents[1]
SECONDS = int(os.environ.get("EVENTWIRE_FUZZ_SECONDS", "3"))
FUZZ_RSS_MB = 4096


def rss_limit_mb() -> int:
    """libFuzzer's RSS limit for a child of this process.

    Why not a flat 4096: on Linux a child starts with its parent's peak RSS
    (``ru_maxrss`` survives fork and exec), and libFuzzer reads that figure.
    Late in a full ``make test`` the pytest process itself passes 4 GB, so a
    flat limit failed every target on its first input ("out-of-memory, used:
    4132Mb" with 1-byte inputs). The limit is the fuzzer's own 4 GB on top of
    what it inherits."""
    inherited = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return inherited + FUZZ_RSS_MB


@pytest.mark.parametrize("target", ["readers", "query", "kb", "review"])
def test_fuzz_target(target: str, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, str(REPO / "tools" / "fuzz.py"), target,
         f"-max_total_time={SECONDS}", "-timeout=30", f"-artifact_prefix={tmp_path}/",
         f"-rss_limit_mb={rss_limit_mb()}"],
        capture_output=True, text=True, env=env, timeout=SECONDS + 240, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done " in done.stderr and " runs in " in done.stderr


def test_rss_limit_covers_what_a_child_inherits() -> None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    assert rss_limit_mb() >= peak + FUZZ_RSS_MB


def test_undecodable_user_files_are_coded(tmp_path: Path) -> None:
    """Found by the kb target: a non-UTF-8 byte was a bare UnicodeDecodeError."""
    from eventwire.stages.actors.kb import read_user_file
    from eventwire.stages.geo.places import read_places

    for name, read, code in (("a.yaml", read_user_file, "EW401"),
                             ("p.csv", read_places, "EW410")):
        path = tmp_path / name
        path.write_bytes(b"actors:\n- name: ok\n?\xce")
        with pytest.raises(EventwireError) as err:
            read(path)
        assert err.value.code == code and "line 3" in err.value.message
