"""A cut that is an injury, damage or isolation
(eventwire/stages/events/physical_cuts.py, branch events28). Every sentence
here was written for these tests (none from an evaluation set or a shared
data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.datafiles import natural_hazards
from eventwire.stages.events.physical_cuts import is_physical_cut, words


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


@pytest.mark.parametrize("text", [
    "One handler had cut himself during the necropsy.",
    "Three undersea cables were cut off Sicily on Friday.",
    "The mountain village has been cut off since Tuesday.",
    "Dozens of villages remain cut off by the snow.",
])
def test_no_act(spacy_nlp: Any, text: str) -> None:
    assert is_physical_cut(word(spacy_nlp, text, "cut"))


@pytest.mark.parametrize("text", [
    "A freighter cut the cable with its anchor last month.",
    "Internet access was cut across the island on Sunday.",
    "Troops cut off the town on Monday.",
    "The town was cut off by rebel fighters.",
    "The government cut ties with its neighbour.",
])
def test_acts_stay(spacy_nlp: Any, text: str) -> None:
    assert not is_physical_cut(word(spacy_nlp, text, "cut"))


def test_barriers_are_listed_once() -> None:
    """The words besides the natural hazards live in the yaml and repeat none
    of natural_hazards.yaml (review40: they were an inline set with "snow")."""
    assert words()["natural_barriers"] and words()["natural_barriers"].isdisjoint(
        natural_hazards())


def test_cut_off_by_ice(spacy_nlp: Any) -> None:
    assert is_physical_cut(word(spacy_nlp, "The island was cut off by the ice for a month.",
                                "cut"))
