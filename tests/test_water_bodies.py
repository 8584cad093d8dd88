"""Class *seas, gulfs and canals named after a state*
(eventwire/stages/actors/water_bodies.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.home import home_country
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


@pytest.mark.parametrize("text,state", [
    ("A tanker was hijacked in the Gulf of Aden on Tuesday.", "Aden"),
    ("Fishing boats were seized in the South China Sea.", "China"),
    ("The cyclone crossed the Indian Ocean overnight.", "Indian"),
    ("Pirates boarded a freighter in the Gulf of Guinea.", "Guinea"),
    ("Traffic through the Panama Canal was halted by the drought.", "Panama"),
    ("Herders fled across Lake Chad after the raid.", "Chad"),
])
def test_a_water_bodys_state_name_is_no_state(pipe: Pipeline, text: str, state: str) -> None:
    _, ms = mentions_of(pipe, text)
    assert not any(state in m.text and m.kind == "state" for m in ms), ms


@pytest.mark.parametrize("text,state", [
    ("China sent patrol boats to the disputed reef.", "China"),
    ("Panama froze the accounts of the shipping firm.", "Panama"),
    ("Indian troops crossed into the valley.", "Indian"),
])
def test_the_state_itself_stays(pipe: Pipeline, text: str, state: str) -> None:
    _, ms = mentions_of(pipe, text)
    assert any(state in m.text and m.country for m in ms), ms


def test_the_gulf_no_longer_makes_the_story_country(pipe: Pipeline) -> None:
    """An Indian warship's story told "in the Gulf of Aden" on every line is India's."""
    text = ("An Indian navy warship fought off pirates in the Gulf of Aden on Saturday. "
            "The warship was escorting ships through the Gulf of Aden, the navy said. "
            "India has sent a second ship to the Gulf of Aden. New Delhi said the navy "
            "would stay in the Gulf of Aden.")
    _, ms = mentions_of(pipe, text)
    assert home_country(ms) == "IND"


@pytest.mark.parametrize("text,state", [
    # class *a neighbourhood named after a state* (actors15)
    ("His empire stretched from Little Italy to the docks of Miami.", "Italy"),
    ("Cuban exiles rallied in Little Havana on Sunday.", "Havana"),
    ("Police patrolled Little Haiti after the shooting.", "Haiti"),
    ("Shops in Singapore's Little India were closed for the festival.", "India"),
])
def test_a_neighbourhood_named_after_a_state_is_no_state(pipe: Pipeline, text: str,
                                                         state: str) -> None:
    _, ms = mentions_of(pipe, text)
    assert not any(state in m.text and m.kind == "state" for m in ms), ms


def test_little_in_lower_case_is_no_neighbourhood(pipe: Pipeline) -> None:
    _, ms = mentions_of(pipe, "Rome said a little Italy in every town would help.")
    assert any(m.text == "Italy" and m.country == "ITA" for m in ms), ms
