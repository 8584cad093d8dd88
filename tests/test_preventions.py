"""Keeping someone from acting (eventwire/stages/events/preventions.py,
branch events28). Every sentence here was written for these tests (none
from an evaluation set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.preventions import keeps_from_acting
from tests.conftest import by_trigger


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


@pytest.mark.parametrize("text,form", [
    ("Relatives were prevented from visiting him before his death.", "prevented"),
    ("The shipments were prevented from reentering the country in May.", "prevented"),
    ("Licensing rules have prevented foreign states from sending doctors.", "prevented"),
    ("Soldiers barred the deputies from entering the chamber.", "barred"),
])
def test_keeps_from_acting(spacy_nlp: Any, text: str, form: str) -> None:
    assert keeps_from_acting(word(spacy_nlp, text, form))


@pytest.mark.parametrize("text,form", [
    ("Officials took measures to prevent the disease from spreading.", "prevent"),
    ("The virus was prevented from spreading by the cold.", "prevented"),
    ("The patch is designed to prevent hackers from stealing data.", "prevent"),
    ("The walls prevented the flood.", "prevented"),
    # a hazard, a mishap or a condition as the doer (review40)
    ("Bad weather kept the ferry from leaving the harbour.", "kept"),
    ("The injury kept him from playing in the final.", "kept"),
    ("Thick fog stopped the planes from landing at the airport.", "stopped"),
    ("The crash prevented the convoy from reaching the camp.", "prevented"),
])
def test_no_restriction(spacy_nlp: Any, text: str, form: str) -> None:
    assert not keeps_from_acting(word(spacy_nlp, text, form))


def test_restriction_in_the_pipeline(event_rules_pipe: Any) -> None:
    found = by_trigger(event_rules_pipe, "Soldiers barred the deputies from entering the chamber.")
    assert (found["barred"].type, found["barred"].mode) == ("COERCE", "restrict")
