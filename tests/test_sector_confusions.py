"""Sector confusions on the right span and country (tools/sector_confusions.py).
Synthetic records only."""

from __future__ import annotations

from typing import Any

import pytest

from tools.sector_confusions import confusion, kind, table


def _m(text: str, country: str | None, sector: str | None, start: int = 0) -> dict[str, Any]:
    return {"start": start, "end": start + len(text), "text": text, "country": country,
            "sector": sector, "sectors": [sector] if sector else []}


def test_kind_of_mention() -> None:
    assert kind("he") == "pronoun"
    assert kind("Their") == "pronoun"
    assert kind("the Kenyan Defence Forces") == "named"
    assert kind("Nairobi") == "named"
    assert kind("the riot police") == "role noun"


def test_confusion_only_on_right_span_and_country() -> None:
    gold = _m("the minister", "KEN", "GOV")
    assert confusion(gold, _m("the minister", "KEN", "CVL")) == "GOV -> CVL"
    assert confusion(gold, _m("the minister", "KEN", "GOV")) is None  # right
    assert confusion(gold, _m("the minister", "UGA", "CVL")) is None  # wrong country
    assert confusion(gold, _m("a court", "KEN", "JUD", start=40)) is None  # other span
    assert confusion(gold, None) is None


def test_table_counts_and_spread(capsys: Any) -> None:
    found = [("rec_a", "real", "GOV -> CVL", "pronoun"), ("rec_b", "own", "GOV -> CVL", "pronoun"),
             ("rec_b", "own", "GOV -> CVL", "pronoun"), ("rec_c", "own", "MIL -> GOV", "named")]
    table(found, 5)
    out = capsys.readouterr().out.splitlines()
    assert "| GOV -> CVL | pronoun | 3 | 1 / 2 | 2 | rec_b (0.67) |" in out
    assert out[-1] == "| **all** | | 4 | 1 / 3 | | |"


@pytest.mark.parametrize("text,expected", [
    ("our", "pronoun"),
    ("Police", "role noun"),
    ("Soldiers", "role noun"),
    ("Kampala", "named"),
])
def test_kind_shares_the_pronoun_and_role_noun_lists(text: str, expected: str) -> None:
    """review57: one pronoun list with actor_errors ("our" was a role noun
    here), and a one-word capitalised role noun ("Police" opening a
    sentence) is no name."""
    assert kind(text) == expected
