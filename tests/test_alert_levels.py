"""A hazard's alert level changed (eventwire/stages/events/alert_levels.py,
branch events28). Every sentence here was written for these tests (none
from an evaluation set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.alert_levels import is_hazard_level_change


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


@pytest.mark.parametrize("text,form", [
    ("The health body raised its bird flu alert from level two to level three.", "raised"),
    ("The agency will not raise the flu alert to phase six.", "raise"),
    ("Forecasters lowered the cyclone warning level for the coast.", "lowered"),
])
def test_hazard_level_change(spacy_nlp: Any, text: str, form: str) -> None:
    assert is_hazard_level_change(word(spacy_nlp, text, form))


@pytest.mark.parametrize("text,form", [
    ("The army raised the alert level of its forces on the border.", "raised"),
    ("The union raised wages for its members.", "raised"),
    ("The minister raised the issue with his counterpart.", "raised"),
])
def test_other_raisings_stay(spacy_nlp: Any, text: str, form: str) -> None:
    assert not is_hazard_level_change(word(spacy_nlp, text, form))
