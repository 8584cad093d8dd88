"""tools/date_cue_split.py (branch dates34): the surface cues of the date
census. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from tools.date_cue_split import cue_of, describe


@pytest.mark.parametrize("text,word,cue", [
    ("Ghana accused Togo of massing armour on the frontier.", "massing", "accused"),
    ("Belgrade does not recognise the breakaway republic.", "recognise", "neg-present"),
    ("Serbia has never recognised the province.", "recognised", "neg-present"),
    ("Police denied using live rounds, saying they had fired only rubber bullets.",
     "fired", "rebuttal"),
])
def test_cues(text: str, word: str, cue: str) -> None:
    assert cue_of(text, text.index(word)) == cue


@pytest.mark.parametrize("text,word", [
    ("Ghana accused Togo on Monday and closed the border.", "closed"),
    ("Police said they had fired only rubber bullets.", "fired"),
    ("Troops shelled the port on Sunday.", "shelled"),
])
def test_no_cue(text: str, word: str) -> None:
    assert cue_of(text, text.index(word)) is None


def test_describe() -> None:
    gold = {"time": {"value": None}}
    pred = {"type": "MOBILIZE", "time": {"value": "2021-05-31", "granularity": "day"}}
    row = describe(gold, pred, "accused", coarse=True)
    assert row == {"cue": "accused", "type": "other", "gold": "null", "pred": "dated",
                   "right": "wrong"}
