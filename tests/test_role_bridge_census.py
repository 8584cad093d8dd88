"""The force-member role census (tools/role_bridge_census.py, issue #12,
branch recip53): which right-span participants miss their gold sector.
Own records, no evaluation set read."""

from __future__ import annotations

from typing import Any

from tools.role_bridge_census import row_of, sectors_of


def _p(text: str, start: int, country: str | None, sector: str | None,
       sectors: list[str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"text": text, "start": start, "end": start + len(text),
           "country": country, "sector": sector}
    if sectors is not None:
        out["sectors"] = sectors
    return out


def test_sectors_prefers_the_list_then_the_single_sector() -> None:
    assert sectors_of(_p("him", 0, "USA", "CVL", ["CVL", "COP"])) == ["CVL", "COP"]
    assert sectors_of(_p("him", 0, "USA", "CVL")) == ["CVL"]
    assert sectors_of(_p("him", 0, None, None)) == []


def test_right_span_wrong_sector_is_a_row() -> None:
    gold = _p("him", 40, "USA", "COP")
    row = row_of(gold, _p("him", 40, "USA", "CVL"), {"COP", "MIL"})
    assert row is not None
    assert row["gold"] == "USA COP" and row["pred"] == "USA CVL"
    assert row["kind"] == "pronoun"
    # no predicted sector at all is shown as a dash
    row = row_of(_p("Sgt. Ruiz", 3, "MEX", "MIL"), _p("Ruiz", 8, None, None), {"MIL"})
    assert row is not None and row["pred"] == "None -"


def test_no_row_when_sector_found_unwanted_or_span_elsewhere() -> None:
    gold = _p("the trooper", 10, "USA", "COP")
    assert row_of(gold, _p("the trooper", 10, "USA", "COP"), {"COP"}) is None
    assert row_of(gold, _p("the trooper", 10, "USA", "CVL", ["CVL", "COP"]), {"COP"}) is None
    assert row_of(gold, _p("the mayor", 60, "USA", "CVL"), {"COP"}) is None
    assert row_of(_p("the mayor", 10, "USA", "GOV"), _p("the mayor", 10, "USA", "CVL"),
                  {"COP", "MIL"}) is None
    assert row_of(None, _p("him", 0, "USA", "CVL"), {"COP"}) is None
    assert row_of(gold, None, {"COP"}) is None
