"""tools/date_header_split.py: how a text opens and where an event sits
against that opening (branch dates38). Every text was written for these tests."""

from __future__ import annotations

import pytest

from tools.date_header_split import is_lede, line_of, opening


@pytest.mark.parametrize("text,kind", [
    ("Dockers strike at main port\nDock workers walked off the job on Friday.", "title"),
    ("Dock workers walked off the job at the main port on Friday, the union said.\n"
     "The strike halted exports.", "lede"),
    ("http://www.example.org/news/dockers-strike\nDockers strike at main port\nText.", "url"),
    ("Dock workers walked off the job on Friday. The strike halted exports.",
     "one paragraph"),
])
def test_opening(text: str, kind: str) -> None:
    assert opening(text) == kind


def test_line_of() -> None:
    text = ("Dockers strike at main port\nPublished: March 14, 2025 9:10 AM\n"
            "KALU, March 14, 2025 (AFP) - Dock workers struck on Friday.\n"
            "The union said the strike would last a week.\nPolice watched the strike.")
    assert line_of(text, text.index("strike")) == "first line"
    assert line_of(text, text.index("struck")) == "header"  # the lede a dateline opens
    assert line_of(text, text.index("strike would")) == "body"
    two = "Dockers strike\nDock workers struck on Friday.\nPolice watched."
    assert line_of(two, two.index("struck")) == "second line"
    assert line_of(two, two.index("watched")) == "body"


@pytest.mark.parametrize("line,lede", [
    ("A court in the capital on Monday jailed a blogger who mocked the governor.", True),
    ("Dock workers walked off the job, halting exports of copper.''", True),
    ("The army has shelled 3 villages in the hills since 2019.", True),
    ("Belgrade threatens to take dispute to U.N.", False),
    ("Rally banned until Jan.", False),
    ("Border guards detain 14 herders", False),
])
def test_is_lede(line: str, lede: bool) -> None:
    assert is_lede(line) is lede
