"""Groups the article defines (eventwire/stages/actors/local_groups.py).
Sentences and group names written for these tests (the groups are
invented); none comes from an evaluation set or the issue."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def _named(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    return [m for m in mentions if m.text == text and m.rule != "pronoun"]


@pytest.mark.parametrize("text,name,sector", [
    # a descriptor before the name
    ("Kenya's army clashed with the paramilitary Northern Shield Brigades (NSB) near Garissa. "
     "Kenyan officials said the NSB had shelled two villages in Kenya.", "NSB", "REB"),
    ("Fighting spread after the rebel Kivu Liberation Front stormed a camp in Uganda. "
     "Ugandan troops said Kivu Liberation Front units fled, and Uganda closed the border.",
     "Kivu Liberation Front", "REB"),
    # an apposition after the name
    ("The KSDA, an ethnic armed group, seized a police post in Myanmar's Shan state on Monday. "
     "Myanmar's junta said the KSDA had broken a truce.", "KSDA", "REB"),
    # a body that is no armed group: a business named by its trade
    ("Officials in Ghana said the state airline Aerogold would resume flights. Ghana's "
     "ministry said Aerogold had lost money in Ghana.", "Aerogold", "BUS"),
    # the name before an armed agent noun
    ("Zaraf rebels seized the border town on Tuesday, Congolese officials said. Congolese "
     "police said Zaraf had used heavy weapons in Congo.", "Zaraf", "REB"),
])
def test_later_mentions_take_the_definition(pipe: Pipeline, text: str, name: str,
                                            sector: str) -> None:
    _, mentions = mentions_of(pipe, text)
    later = _named(mentions, name)[-1]
    assert sector in later.sectors, later
    assert later.country is not None, later  # the story's country


@pytest.mark.parametrize("text,acronym,country,sector", [
    ("The Chadian National Army (CNA) said on Friday it had repelled an attack. "
     "A CNA statement blamed rebels from Sudan.", "CNA", "TCD", "MIL"),
    ("Troops of the Malian Armed Forces (FAMa) entered the town. Residents said FAMa "
     "convoys left at dawn.", "FAMa", "MLI", "MIL"),
    ("The paramilitary Southern Guard Corps (SGC) and the army fought in Sudan's capital. "
     "Sudan said the SGC had looted banks.", "SGC", "SDN", "MIL"),
])
def test_an_acronym_takes_the_full_name(pipe: Pipeline, text: str, acronym: str,
                                        country: str, sector: str) -> None:
    _, mentions = mentions_of(pipe, text)
    later = _named(mentions, acronym)[-1]
    assert later.country == country and sector in later.sectors, later


@pytest.mark.parametrize("text,name", [
    # a place the gazetteer knows is no group's name
    ("Darfur rebels attacked a convoy, and Sudan said Darfur was calm.", "Darfur"),
    # a name cut out of a longer one is no group's name
    ("Islamic State fighters attacked a post in Mali, and Mali said the State had lost.",
     "State"),
])
def test_no_group_from_places_or_peoples(pipe: Pipeline, text: str, name: str) -> None:
    _, mentions = mentions_of(pipe, text)
    assert not [m for m in mentions if m.rule.startswith("local-group")], mentions


def test_names_the_kb_knows_keep_its_code(pipe: Pipeline) -> None:
    _, mentions = mentions_of(pipe, "The militant group Hamas said on Monday that Hamas "
                              "fighters had fired rockets at Israel.")
    assert all(m.rule.startswith("kb") for m in _named(mentions, "Hamas"))
