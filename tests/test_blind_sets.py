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


def test_rec_y_and_rec_z_wait_apart() -> None:
    """rec_y and rec_z both wait in blind/, each with its builder and format
    check (run above); no id and no real document is shared between them."""
    import json

    sets = {}
    for name in ("rec_y", "rec_z"):
        assert (BLIND / f"make_{name}.py").exists() and (BLIND / f"check_{name}.py").exists()
        lines = (BLIND / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        sets[name] = [json.loads(line) for line in lines]
        assert all(r["id"].startswith(f"{name}-") and r["split"] == "blind" for r in sets[name])
    real = {name: {r["source"] for r in recs if r["source"] != "own"}
            for name, recs in sets.items()}
    assert not real["rec_y"] & real["rec_z"]


def test_rec_aa_waits_apart() -> None:
    """rec_aa waits in blind/ with its builder and format check (run above),
    beside rec_y and rec_z while they still wait there (the integrator moves
    rec_y, then rec_z, to tests/data/records after their runs): no id and no
    real document is shared with either set, wherever it lives."""
    import json

    assert (BLIND / "make_rec_aa.py").exists() and (BLIND / "check_rec_aa.py").exists()
    lines = (BLIND / "rec_aa.jsonl").read_text(encoding="utf-8").splitlines()
    recs = [json.loads(line) for line in lines]
    assert all(r["id"].startswith("rec_aa-") and r["split"] == "blind" for r in recs)
    real = {r["source"] for r in recs if r["source"] != "own"}
    for name in ("rec_y", "rec_z"):
        places = (BLIND / f"{name}.jsonl", ROOT / "tests" / "data" / "records" / f"{name}.jsonl")
        path = next((p for p in places if p.exists()), None)
        if path is None:
            continue
        other = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert not real & {r["source"] for r in other if r["source"] != "own"}, name
        assert not {r["id"] for r in recs} & {r["id"] for r in other}, name
