"""Class *agents of a named town* (eventwire/stages/actors/town_agents.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.town_agents import TOWN_RULE
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


@pytest.mark.parametrize("text,agent,country", [
    ("Staunton police on Friday arrested a 60-year-old woman.", "police", "USA"),
    ("Brooklyn residents clashed with officers overnight.", "residents", "USA"),
    ("Residents of Norwalk protested outside the courthouse.", "Residents", "USA"),
    ("Farmers from Bhadohi marched on the district office.", "Farmers", "IND"),
])
def test_a_towns_agents_are_of_its_country(pipe: Pipeline, text: str, agent: str,
                                           country: str) -> None:
    _, ms = mentions_of(pipe, text)
    m = next(m for m in ms if m.text == agent)
    assert m.country == country and TOWN_RULE in m.rule, m


@pytest.mark.parametrize("text,agent", [
    ("Kraft employees were evacuated after the shooting.", "employees"),
    ("Johnson supporters rallied outside the hall.", "supporters"),
])
def test_no_town_no_country(pipe: Pipeline, text: str, agent: str) -> None:
    """A firm's or a person's name before the noun is no town."""
    _, ms = mentions_of(pipe, text)
    m = next(m for m in ms if agent in m.text)
    assert TOWN_RULE not in m.rule, m


def test_a_far_namesake_is_no_town(pipe: Pipeline) -> None:
    """With the article naming its country, a town is read in that country."""
    _, ms = mentions_of(pipe, "Oregon officials said Salem residents were evacuated "
                              "as the United States braced for the storm.")
    m = next(m for m in ms if m.text == "residents")
    assert m.country == "USA", m


@pytest.mark.parametrize("text,agent", [
    ("Ansar Dine said it would fight on. The Ansar spokesman urged calm.", "spokesman"),
    ("The Badr Organization denied the report. Badr fighters then withdrew.", "fighters"),
    ("The Wagner Group recruited in prisons. Wagner commanders met later.", "commanders"),
    ("The Azov Regiment held the plant. Azov soldiers refused to leave.", "soldiers"),
])
def test_a_word_of_a_named_actor_is_no_town(pipe: Pipeline, text: str, agent: str) -> None:
    """Class *a word of a named actor's name*: the group's short name before
    an agent noun is not a town that shares it."""
    _, ms = mentions_of(pipe, text)
    m = next(m for m in ms if agent in m.text)
    assert TOWN_RULE not in m.rule, m


@pytest.mark.parametrize("text,agent,country", [
    ("Bayern separatists blocked the motorway on Friday.", "separatists", "DEU"),
    ("Drenthe police detained two farmers at the depot.", "police", "NLD"),
    ("Police in Vaud questioned the driver for hours.", "Police", "CHE"),
    ("Grand Kru militiamen burned the clinic overnight.", "militiamen", "LBR"),
    ("Otjozondjupa farmers marched on the regional office.", "farmers", "NAM"),
])
def test_a_misread_division_names_its_agents_country(pipe: Pipeline, text: str, agent: str,
                                                     country: str) -> None:
    """Class *a first-level division the tagger misreads* (actors46): a
    division tagged an adjective, a determiner or a person still places its
    agents, when the gazetteer has the name in one country only."""
    _, ms = mentions_of(pipe, text)
    m = next(m for m in ms if m.text == agent)
    assert m.country == country and TOWN_RULE in m.rule, m


@pytest.mark.parametrize("text,agent", [
    ("Paul supporters heckled the speaker outside the hall.", "supporters"),
    ("Coast police arrested two smugglers on the beach.", "police"),
    ("Centre separatists blocked the road at dawn.", "separatists"),
    ("Jordan Peterson supporters heckled the speaker.", "supporters"),
    ("Turkey dinner guests complained to the waiters.", "guests"),
])
def test_no_division_from_a_name_or_a_generic_word(pipe: Pipeline, text: str,
                                                   agent: str) -> None:
    """A given name (Cape Verde has a division "Paul"), a generic word
    ("Coast", Kenya's old province), a division name several countries share
    ("Centre") and a person's full name are no division."""
    _, ms = mentions_of(pipe, text)
    m = next((m for m in ms if agent in m.text), None)
    assert m is None or TOWN_RULE not in m.rule, m


def test_a_division_is_read_whole(pipe: Pipeline) -> None:
    """A capitalised run cut by a lower-case joining word is only part of a
    name: "San Pedro de Macoris" is no Paraguayan "San Pedro"."""
    _, ms = mentions_of(pipe, "Police in San Pedro de Macoris questioned two sailors.")
    m = next(m for m in ms if m.text == "Police")
    assert m.country != "PRY", m


@pytest.mark.parametrize("text,agent,country", [
    ("The Vidin regional government closed the schools on Monday.", "government", "BGR"),
    ("Two Logar police officers were wounded in the blast.", "officers", "AFG"),
    ("Atacora provincial authorities banned the march.", "authorities", "BEN"),
    ("Gunmen shot dead three Faryab border guards at dawn.", "guards", "AFG"),
])
def test_a_division_before_the_agents_own_words(pipe: Pipeline, text: str, agent: str,
                                                country: str) -> None:
    """Class *a division named before the agent phrase's lower-case words*
    (actors47): "regional", "provincial", "police" of "police officers"
    stand between the division and the agent noun."""
    _, ms = mentions_of(pipe, text)
    m = next(m for m in ms if agent in m.text)
    assert m.country == country and TOWN_RULE in m.rule, m


@pytest.mark.parametrize("text,agent,country", [
    ("Umm al Qaywayn officials inspected the port.", "officials", "ARE"),
    ("Police in Rio Grande do Norte detained two suspects.", "Police", "BRA"),
    ("Boucle du Mouhoun authorities imposed a curfew.", "authorities", "BFA"),
])
def test_a_division_name_with_particles(pipe: Pipeline, text: str, agent: str,
                                        country: str) -> None:
    """Class *a division's name with lower-case particles* (actors47)."""
    _, ms = mentions_of(pipe, text)
    m = next(m for m in ms if agent in m.text)
    assert m.country == country and TOWN_RULE in m.rule, m


@pytest.mark.parametrize("text,agent", [
    ("The so-called regional government met in secret.", "government"),
    ("Local police officers arrested the driver.", "officers"),
    ("Police in Basra and Maysan were put on alert.", "Police"),
    ("The Smith family lawyers filed a motion.", "lawyers"),
])
def test_no_division_before_the_agents_own_words(pipe: Pipeline, text: str,
                                                 agent: str) -> None:
    """Near misses: no capitalised division before the lower-case words, a
    joining word that is English ("and") or a family's name."""
    _, ms = mentions_of(pipe, text)
    m = next(m for m in ms if agent in m.text)
    assert TOWN_RULE not in m.rule or m.country == "IRQ", m


@pytest.mark.parametrize("text,agent,country", [
    ("The Seattle Police Department said SPD officers arrested two men after the march.",
     "officers", "USA"),
    ("The Philippine National Police said PNP officers raided the compound in Cavite.",
     "officers", "PHL"),
    ("The Oregon State Police said OSP detectives questioned the driver on Monday.",
     "detectives", "USA"),
])
def test_initials_of_a_named_body_are_no_town(pipe: Pipeline, text: str, agent: str,
                                              country: str) -> None:
    """recip61: "SPD", "PNP", "OSP" spell the body the text names in full, not
    the towns abroad (airport codes) that share the letters."""
    _, ms = mentions_of(pipe, text)
    m = next(m for m in ms if m.text == agent)
    assert TOWN_RULE not in m.rule and m.country == country, m
