"""tools/date_construction_split.py: the first construction that fits
(synthetic rows written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from tools.date_construction_split import construction, table


def row(text: str, trig: str, **kw: Any) -> dict[str, Any]:
    start = text.index(trig, text.find("\n") + 1 if kw.pop("body", True) else 0)
    sent = next(s for s in text.split("\n") if trig in s)
    base = {"text": text, "start": start, "trig": trig, "sent": sent, "anchor": "unknown",
            "note": "", "gold_value": None, "other_values": set(), "set": "x",
            "origin": "real", "what": "null, gold dated"}
    base.update(kw)
    return base


@pytest.mark.parametrize("text,trig,kw,expected", [
    ("Riots spread\nRiots spread after the fatal shooting of a boy.", "shooting", {},
     "crime named with its victim"),
    ("Riots spread\nA man was charged with murder.", "charged", {}, "court step"),
    ("Police clash with marchers\nPolice clash with marchers.", "clash", {"body": False},
     "headline"),
    ("Floods\nFarmers marched on Monday.", "marched", {}, "weekday in sentence"),
    ("Floods\nFarmers marched last week.", "marched", {}, "relative expression in sentence"),
    ("Floods\nFarmers marched.", "marched", {"gold_value": "2020-01-02",
                                            "other_values": {"2020-01-02"}},
     "date given elsewhere"),
    ("Floods\nFarmers marched.", "marched", {"note": "approximate date"},
     "publication date approximate"),
    ("Floods\nFarmers marched.", "marched", {}, "other"),
])
def test_construction(text: str, trig: str, kw: dict[str, Any], expected: str) -> None:
    assert construction(row(text, trig, **kw)) == expected


def test_table_counts_real_and_own() -> None:
    rows = [row("T\nFarmers marched.", "marched", construction="other"),
            row("T\nFarmers marched.", "marched", construction="other", origin="own")]
    assert "| other | 1 | 1 | 1 | null, gold dated 1 |" in table(rows)
