"""tools/added_sector_precision.py: the sector precision of a joined code
(review83). Synthetic records only."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tools import added_sector_precision as asp


def _rec(start: int, sectors: list[str]) -> dict[str, Any]:
    return {"start": start, "end": start + 5, "text": "x", "country": "USA",
            "sectors": sectors}


def _event(start: int, sectors: list[str] | None = None,
           gold_sector: str | None = None) -> dict[str, Any]:
    rec = _rec(start + 20, sectors or [])
    if gold_sector is not None:
        rec = {**rec, "sector": gold_sector, "sectors": None}
    return {"trigger": {"start": start, "end": start + 4}, "recipient": rec}


def test_first_sector_keeps_only_the_first_code() -> None:
    p = _rec(0, ["CVL", "UAF"])
    assert asp.sectors_of(p) == ["CVL", "UAF"]
    assert asp.first_sector(p) == {**p, "sectors": ["CVL"], "sector": None}
    assert asp.first_sector(None) is None


def test_gold_class() -> None:
    assert asp.gold_class(None) == "gold none"
    assert asp.gold_class({"sector": None}) == "gold no sector"
    assert asp.gold_class({"sector": "UAF"}) == "gold UAF"


def test_compare_counts_right_and_wrong_joins(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three gold events: UAF joined and right, joined and wrong (gold CVL),
    not joined (unchanged)."""
    gold = [_event(0, gold_sector="UAF"), _event(100, gold_sector="CVL"),
            _event(200, gold_sector="CVL")]
    old = [_event(s, ["CVL"]) for s in (0, 100, 200)]
    new = [_event(0, ["CVL", "UAF"]), _event(100, ["CVL", "UAF"]), _event(200, ["CVL"])]
    preds = {Path("old"): {"a1": old}, Path("new"): {"a1": new}}
    monkeypatch.setattr(asp, "SETS", ("rec_t",))
    monkeypatch.setattr(asp, "set_records", lambda names: [
        {"id": "a1", "source": "own", "events": gold, "_set": "rec_t"}])
    monkeypatch.setattr(asp, "set_predictions", lambda d, name: preds[d])
    classes, reads = asp.compare(Path("old"), Path("new"), "UAF")
    assert asp.precision(classes, "UAF") == (1, 1)
    assert classes["gold UAF [own]"] == 1 and classes["gold CVL [own]"] == 1
    assert reads == Counter({"any gain [own]": 1})


def test_main_prints_the_precision(monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(asp, "compare", lambda o, n, c: (
        Counter({"gold UAF": 3, "gold CVL": 1, "gold none": 2, "set rec_a gold UAF": 3,
                 "set rec_b gold CVL": 1}), Counter()))
    assert asp.main(["o", "n"]) == 0
    out = capsys.readouterr().out
    assert "right 3, wrong 1, sector precision 0.750" in out
    assert "right in sets: rec_a" in out and "wrong in sets: rec_b" in out
