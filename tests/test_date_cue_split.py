"""tools/date_cue_split.py (branch dates34): the surface cues of the date
census. Every sentence was written for these tests."""

from __future__ import annotations

import pytest

from tools.date_cue_split import cue_of, describe, side


@pytest.mark.parametrize("text,word,cue", [
    ("Ghana accused Togo of massing armour on the frontier.", "massing", "accused"),
    ("Belgrade does not recognise the breakaway republic.", "recognise", "neg-present"),
    ("Serbia has never recognised the province.", "recognised", "neg-present"),
    ("Police denied using live rounds, saying they had fired only rubber bullets.",
     "fired", "rebuttal"),
    ("Quito never recognises the tribunal's rulings.", "recognises", "never"),
    ("The miners would never accept the closure of the pit.", "accept", "never"),
    ("Never again: Lima never cedes an inch of the river.", "cedes", "never"),
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


@pytest.mark.parametrize("text,word", [
    ("The union will widen the stoppage if the pilots are not rehired by Thursday.",
     "rehired"),
    ("Ankara said it would cut the gas unless the debt was settled by the end of the month.",
     "settled"),
    ("If the ferry is not returned by 9 June, the fishermen say, they will block the port.",
     "returned"),
])
def test_deadline_cue(text: str, word: str) -> None:
    """An act in an if / unless clause with a "by <day>" deadline after it."""
    assert cue_of(text, text.index(word)) == "deadline"


@pytest.mark.parametrize("text,word", [
    ("Talks are set to open Thursday in Doha, the envoy said.", "Talks"),
    ("The nurses announced a further walkout for Friday.", "walkout"),
    ("Under the accord the militias are to withdraw from the port from Tuesday evening.",
     "withdraw"),
])
def test_ahead_day_cue(text: str, word: str) -> None:
    """A weekday or a month-day right after the trigger in a sentence that looks ahead."""
    assert cue_of(text, text.index(word)) == "ahead-day"


@pytest.mark.parametrize("text,word", [
    ("If the guards fired on Monday, nobody saw it.", "fired"),
    ("The court freed the two editors by Friday.", "freed"),
    ("Students marched on Tuesday to the ministry.", "marched"),
    ("Talks between the two delegations open Thursday in Doha.", "Talks"),
])
def test_no_ahead_cue(text: str, word: str) -> None:
    """No deadline after a conditional trigger, no condition, nothing that looks
    ahead (the cue does not see a bare present schedule: "talks open Thursday")."""
    assert cue_of(text, text.index(word)) is None


@pytest.mark.parametrize("text,word,cue", [
    ("Masked men fired into the air, forced the drivers out and burned the bus on Sunday.",
     "fired", "and-date"),
    ("Rangers seized two rifles and arrested the poachers near the lake last week.",
     "seized", "and-date"),
    ("Officers detained nine traders and destroyed their stalls at the market Friday evening.",
     "detained", "and-date"),
    ("Police fired tear gas, the ministry said, and arrested ten men on Sunday.",
     "fired", None),
    ("Troops withdrew after rebels attacked the post and burned it on Sunday.",
     "withdrew", None),
])
def test_and_date_cue(text: str, word: str, cue: str | None) -> None:
    """A run of coordinated acts closed by a day; a saying or a subordinator
    between the trigger and the "and" breaks the run."""
    assert cue_of(text, text.index(word)) == cue


@pytest.mark.parametrize("value,expected", [
    (None, "null"), ("2021-06-02", "after"), ("2021-06-01", "on-or-before"),
    ("2021-W22", "on-or-before"), ("2021-07", "after"),
])
def test_side(value: str | None, expected: str) -> None:
    assert side(value, "2021-06-01") == expected


def test_describe() -> None:
    gold = {"time": {"value": None}}
    pred = {"type": "MOBILIZE", "time": {"value": "2021-05-31", "granularity": "day"}}
    row = describe(gold, pred, "accused", coarse=True, published="2021-06-01")
    assert row == {"cue": "accused", "type": "other", "gold": "null", "pred": "dated",
                   "right": "wrong", "ahead": "null/on-or-before"}
