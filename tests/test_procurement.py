"""A government choosing a contractor (eventwire/stages/events/procurement.py,
branch wiki15). Every sentence here was written for these tests (none from
an evaluation set)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.procurement import procurement_reading
from tests.conftest import by_trigger


def _reading(nlp: Any, text: str, word: str) -> object:
    tok = next(t for t in nlp(text) if t.text == word)
    return procurement_reading(tok, tok.lemma_.lower())


@pytest.mark.parametrize("text,word", [
    ("The navy awarded a $2 billion contract to Lockheed Martin to build ten frigates.",
     "awarded"),
    ("Officials said the contract had been awarded on the basis of price.", "awarded"),
    ("The city council awarded the tender to a local builder.", "awarded"),
    ("The defence ministry selected Thales to supply radar systems for the fleet.", "selected"),
    ("The health ministry picked a Swiss firm to provide vaccines for the campaign.", "picked"),
])
def test_awards_and_choices(spacy_nlp: Any, text: str, word: str) -> None:
    assert _reading(spacy_nlp, text, word) == ("COOPERATE", None)


@pytest.mark.parametrize("text,word", [
    ("The defence ministry selected Thales to supply radar systems for the fleet.", "supply"),
    ("The health ministry picked a Swiss firm to provide vaccines for the campaign.",
     "provide"),
])
def test_the_job_is_content(spacy_nlp: Any, text: str, word: str) -> None:
    assert _reading(spacy_nlp, text, word) is False


@pytest.mark.parametrize("text,word", [
    ("The coach selected three new players for the match.", "selected"),  # no firm, no job
    ("The jury awarded the prize to a young poet.", "awarded"),  # no contract
    ("The party chose its leader to run for president.", "chose"),  # no firm
])
def test_look_alikes(spacy_nlp: Any, text: str, word: str) -> None:
    assert _reading(spacy_nlp, text, word) is None


def test_passive_award_kept_past_the_filter(full_pipeline: Any) -> None:
    text = ("Frigate deal signed\nThe Danish navy confirmed on Monday that the contract had "
            "been awarded on the basis of price and delivery time.")
    assert by_trigger(full_pipeline, text)["awarded"].type == "COOPERATE"
