"""Blind record sets waiting for their run live in ``blind/`` (docs/annotation.md).

These tests only check the files' format (``blind/check_*.py`` never import
eventwire and never run the pipeline) and that nothing that runs the
pipeline reads ``blind/`` by default: not ``eval records`` without
``--data``, not ``tools/records_by_origin.py``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "blind"
CHECKS = sorted(BLIND.glob("check_*.py"))


@pytest.mark.parametrize("check", CHECKS, ids=[c.name for c in CHECKS])
def test_waiting_blind_set_is_well_formed(check: Path) -> None:
    done = subprocess.run([sys.executable, str(check)], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_waiting_set_has_its_check() -> None:
    """Every waiting set has its format check and every check its set. Between
    a set's move to tests/data/records and the next set's labelling no set
    waits: then blind/ holds only its README, saying so."""
    sets = {p.stem for p in BLIND.glob("rec_*.jsonl")}
    assert {f"check_{s}" for s in sets} == {c.stem for c in CHECKS}
    if not sets:
        assert "No blind set waits" in (BLIND / "README.md").read_text(encoding="utf-8")


def test_nothing_reads_blind_by_default() -> None:
    from eventwire.eval.records import LOCAL_GLOB

    sys.path.insert(0, str(ROOT / "tools"))
    from records_by_origin import SETS

    assert LOCAL_GLOB.startswith("tests/data/records/")
    waiting = {p.stem for p in BLIND.glob("rec_*.jsonl")}
    assert not waiting & set(SETS)
    assert not waiting & {p.stem for p in (ROOT / "tests" / "data" / "records").glob("*.jsonl")}


def test_waiting_sets_share_no_document() -> None:
    """Each waiting set has its builder and format check (run above), ids of
    its own name and split "blind"; no real document is shared between two
    waiting sets, nor with a development set in tests/data/records."""
    import json

    def sources(path: Path) -> set[str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return {json.loads(line)["source"] for line in lines} - {"own"}

    used = set()
    for path in (ROOT / "tests" / "data" / "records").glob("rec_*.jsonl"):
        used |= sources(path)
    for path in sorted(BLIND.glob("rec_*.jsonl")):
        name = path.stem
        assert (BLIND / f"make_{name}.py").exists() and (BLIND / f"check_{name}.py").exists()
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert all(r["id"].startswith(f"{name}-") and r["split"] == "blind" for r in records)
        assert not sources(path) & used, name
        used |= sources(path)
