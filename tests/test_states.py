"""Sectors of state mentions (eventwire/stages/actors/states.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


@pytest.mark.parametrize("text,name", [
    ("Ukraine and Russia exchanged prisoners on Friday.", "Russia"),
    ("Nigeria blamed a Cameroon dam release for the floods.", "Cameroon"),
    ("Protesters torched Almaty city hall.", "Almaty"),
])
def test_a_countrys_name_in_any_slot_is_its_government(pipe: Pipeline, text: str,
                                                        name: str) -> None:
    """Class *a country's name in any other slot*; a demonym is left alone."""
    _, ms = mentions_of(pipe, text)
    m = next(m for m in ms if m.text == name)
    assert m.sectors == ["GOV"], m
    _, ms = mentions_of(pipe, "Thai fishing trawlers were seized by pirates.")
    assert next(m for m in ms if m.text == "Thai").sectors == []
