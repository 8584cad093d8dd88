"""The terminal tables (eventwire.app.views): every field is shown as text,
whatever the terminal's width."""

from __future__ import annotations

from typing import Any

import pytest
from rich.console import Console

from eventwire.app.views import canonical_table, event_table, simple_table


def _event(kind: str, trigger: str, anchor: str) -> Any:
    return {"type": kind, "trigger": {"text": trigger},
            "actor": {"name": "Congress", "country": "USA", "sectors": ["LEG"]},
            "recipient": {"name": "Boeing [the maker]", "country": "USA", "sectors": ["MNC"]},
            "time": {"value": "2020-10", "anchor": anchor, "background": True},
            "place": {"name": "Mobile", "country": "USA", "precision": "city"},
            "attribution": [], "factuality": {"modality": "asserted", "polarity": "positive",
                                              "certainty": "certain"}}


def _render(table: Any, width: int) -> str:
    console = Console(width=width, record=True, color_system=None)
    console.print(table)
    return console.export_text()


@pytest.mark.parametrize("width", [80, 132, 200])
def test_event_table_keeps_type_anchor_and_brackets(width: int) -> None:
    events = [_event("MOBILIZE", "ordered", "narrative"),
              _event("COOPERATE", "collaborated", "explicit"),
              _event("INVESTIGATE", "probing", "speech")]
    text = _render(event_table(events, width=width), width)
    for word in ("MOBILIZE", "COOPERATE", "INVESTIGATE"):
        assert word in text  # not folded into "MOBILIZ/E"
    for anchor in ("[narrative", "[explicit", "[speech"):  # Rich markup ate these once
        assert anchor in text
    assert "background]" in text and "[the maker]" in text
    if width < 132:  # the narrow layout has room for the whole line
        assert "when: 2020-10 [narrative, background]" in text


def test_canonical_table_keeps_the_type_whole_on_a_wide_screen() -> None:
    canonical = [{"type": "COOPERATE", "actor": None, "recipient": None,
                  "date": {"value": "2008-03"}, "background": False, "place": None,
                  "mentions": ["e1", "e2"], "articles": ["a1", "a2"],
                  "outlets": ["Wikinews [en]"], "disagreements": {}}]
    text = _render(canonical_table(canonical, width=132), 132)
    assert "COOPERATE" in text and "Wikinews [en]" in text


def test_simple_table_shows_brackets_literally() -> None:
    text = _render(simple_table("rejects", ("id", "reason"),
                                [("a1", "[EW101] empty text: give the article a body")]), 100)
    assert "[EW101]" in text
