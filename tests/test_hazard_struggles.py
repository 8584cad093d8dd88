"""A struggle against a hazard is no act on anyone
(eventwire/stages/events/hazard_struggles.py). Every text here was written
for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.mark.parametrize("text,word", [
    ("The county has stepped up its efforts to fight mosquito populations after two cases "
     "of West Nile fever.", "fight"),
    ("Crews battled the flames through the night as the wind rose, the fire service said.",
     "battled"),
    ("The charity is known for its work in fighting AIDS in southern Africa.", "fighting"),
    ("Despite efforts to curb its spread, the virus reached three more provinces.", "curb"),
    ("The government has launched a campaign to combat the spread of dengue in the capital.",
     "combat"),
    ("Firefighters were still battling a wildfire in the hills above the town on Monday.",
     "battling"),
])
def test_a_struggle_against_a_hazard_is_no_event(event_pipe: Pipeline, text: str,
                                                 word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word not in found, found


@pytest.mark.parametrize("text,word", [
    ("Police fought the looters outside the market.", "fought"),
    ("Riot police fought the protesters outside the parliament for two hours.", "fought"),
    ("Troops battled the rebels near the border town on Tuesday.", "battled"),
    ("The army halted fire for six hours to let aid convoys in.", "halted"),
])
def test_a_struggle_against_a_party_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word in found, found


def test_hazards_by_compound_spread_and_help(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.events.hazard_struggles import is_hazard_struggle

    doc = spacy_nlp("Doctors flew in from the capital to help control the outbreak.")
    assert is_hazard_struggle(next(t for t in doc if t.text == "help"))
    doc = spacy_nlp("Volunteers joined the fight against malaria in the delta.")
    assert is_hazard_struggle(next(t for t in doc if t.text == "fight"))
    doc = spacy_nlp("The army moved to curb the spread of the militias into the valley.")
    assert not is_hazard_struggle(next(t for t in doc if t.text == "curb"))


# review60: a hazard compounded into a noun of people names a party
@pytest.mark.parametrize("text,word", [
    ("Police battled AIDS activists outside the health ministry on Tuesday.", "battled"),
    ("Soldiers fought cholera protesters who had blocked the clinic gates.", "fought"),
    ("Troops battled drought refugees who had seized the grain store near the camp.",
     "battled"),
])
def test_a_hazard_compounded_into_people_names_a_party(event_pipe: Pipeline, text: str,
                                                       word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word in found, found


# review60: the illnesses are one list (figurative_senses.yaml), read here too
@pytest.mark.parametrize("text,word", [
    ("Nurses at the county hospital are fighting a norovirus outbreak on two wards.",
     "fighting"),
    ("The school board is battling head lice in three primary schools.", "battling"),
    ("Vets are working to combat rubella among the farm workers' children.", "combat"),
])
def test_an_illness_of_the_shared_list_is_a_hazard(event_pipe: Pipeline, text: str,
                                                   word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word not in found, found


def test_no_illness_repeated_in_the_hazard_list() -> None:
    from eventwire.stages.events.hazard_struggles import illness_nouns, words

    assert not words()["hazard_nouns"] & illness_nouns()
