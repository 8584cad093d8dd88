"""Animals culled (eventwire/stages/events/culls.py). Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("The agriculture ministry and local health teams on Monday started slaughtering, burning "
     "and burying some 3,000 hogs at a farm outside the town after two workers fell ill.",
     "slaughtering"),
    ("The agriculture ministry and local health teams on Monday started slaughtering, burning "
     "and burying some 3,000 hogs at a farm outside the town after two workers fell ill.",
     "burning"),
    ("Inspectors have begun slaughtering the 800 sheep on the farm, the ministry said on "
     "Tuesday.", "slaughtering"),
    ("After the virus was confirmed, 12,000 ducks were destroyed on the orders of the ministry.",
     "destroyed"),
    ("Officials said tens of thousands of chickens had been killed in the province since March.",
     "killed"),
    ("Soldiers went from farm to farm rounding up hens and geese for a mass cull.", "rounding"),
    ("The farm has been sealed off and hundreds of turkeys have been killed to stop the virus, "
     "the radio station reported.", "killed"),
])
def test_animals_culled_are_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Gunmen killed eleven villagers and 200 cattle in the raid.", "killed"),
    ("The militia killed the head of the village council.", "killed"),
    ("Rebels destroyed the bridge and burned the market.", "destroyed"),
    ("The ministry banned the movement of horses across the state.", "banned"),
    ("Troops burned the village and slaughtered its cattle.", "burned"),
])
def test_people_places_and_restrictions_stay(event_pipe: Pipeline, text: str,
                                            word: str) -> None:
    assert word in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # a number or a count of a count read through to the animals (mends24:
    # the quantity read as ``mention_lookup.look_through`` reads it)
    ("Officials killed 300 of the birds at the farm to stop the virus.", "killed"),
    ("Vets slaughtered 5,000 of the pigs after the outbreak was confirmed.", "slaughtered"),
    ("Teams culled hundreds of thousands of chickens across the province in June.", "culled"),
])
def test_a_count_of_animals_is_read_through(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,words", [
    ("The ministry has ordered all 3,000 goats on the island to be slaughtered.",
     ("ordered", "slaughtered")),
    ("The agency ordered the immediate slaughter of some 900 ducks at the farm.", ("ordered",)),
    ("Health officials directed the killing of all pigs within two miles of the farm.",
     ("directed", "killing")),
])
def test_an_order_for_a_cull_is_no_event(event_pipe: Pipeline, text: str,
                                         words: tuple[str, ...]) -> None:
    # the order is the cull's decision (events31)
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert not found & set(words), found


@pytest.mark.parametrize("text,word", [
    ("The court ordered the release of the two journalists.", "release"),
    ("The governor ordered troops to clear the square.", "ordered"),
])
def test_an_order_for_anything_else_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in {e.trigger.text for e in events_of(event_pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("The neighbours' dog was later found beaten to death behind the shed in Wigan.",
     "beaten"),
    ("A man in Leeds stabbed a cat outside the station, witnesses said.", "stabbed"),
    ("Two puppies were tortured in a yard in Manila, the animal welfare group said.",
     "tortured"),
])
def test_an_animal_harmed_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    """Class *an animal harmed* (actors61): harm whose every patient is an animal."""
    assert word not in triggers(event_pipe, text)


def test_a_person_beaten_with_a_dog_stays(event_pipe: Pipeline) -> None:
    """Not that class: one patient is a person."""
    assert "beat" in triggers(event_pipe, "Soldiers beat a farmer and his dog near Gulu.")
