"""Class *an organisation the knowledge base does not know, named by its
kind* (actors15, :mod:`eventwire.stages.actors.org_kinds`), and the classes
*police forces and armed services named by their acronym* and *multinational
companies the PETRARCH2 dictionaries lack* (curated KB entries):
sentences written for this test, none from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def codes_of(pipe: Pipeline, text: str, word: str) -> list[tuple[str | None, list[str]]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    return [(m.country, list(m.sectors)) for m in doc._.actor_mentions if m.text == word]


@pytest.mark.parametrize("text,word,sector", [
    ("Members of the Wasilla Bible Church prayed for the victims.", "the Wasilla Bible Church",
     "REL"),
    ("The Catholic Church condemned the killings in the north.", "The Catholic Church", "REL"),
    ("The Confederation of Labour threatened a general strike.", "The Confederation of Labour",
     "LAB"),
    ("The Mo Ibrahim Foundation criticized the junta.", "The Mo Ibrahim Foundation", "NGO"),
    # a state body named by its kind (sectors66)
    ("The Department for Transport blamed the operator for the derailment.",
     "The Department for Transport", "GOV"),
    ("Inspectors from the Punjab Food Directorate raided two dairies.",
     "the Punjab Food Directorate", "GOV"),
    ("On Friday the Department of Public Works demolished forty stalls in the market.",
     "the Department of Public Works", "GOV"),
])
def test_an_unknown_organisation_takes_its_kinds_sector(pipe: Pipeline, text: str, word: str,
                                                        sector: str) -> None:
    assert codes_of(pipe, text, word) == [(None, [sector])]


@pytest.mark.parametrize("text,word", [
    # the kind word only qualifies the name, or the federation is of states
    ("Church Street Partners bought the building.", "Church Street Partners"),
    ("The Confederation of Sahel States condemned the sanctions.",
     "The Confederation of Sahel States"),
])
def test_a_kind_word_that_is_not_the_head_says_nothing(pipe: Pipeline, text: str,
                                                       word: str) -> None:
    found = codes_of(pipe, text, word)
    assert found and not {"REL", "LAB"} & set(found[0][1]), found


@pytest.mark.parametrize("text,word,country,sector", [
    ("The NYPD arrested two men in Brooklyn on Sunday.", "NYPD", "USA", "COP"),
    ("USAF jets struck the depot near the border.", "USAF", "USA", "MIL"),
    ("Officers of the LAPD shot a suspect downtown.", "LAPD", "USA", "COP"),
    ("The RCMP charged a man in Surrey, British Columbia.", "RCMP", "CAN", "COP"),
    ("The FARDC retook the town from the rebels.", "FARDC", "COD", "MIL"),
])
def test_forces_named_by_their_acronym(pipe: Pipeline, text: str, word: str, country: str,
                                       sector: str) -> None:
    found = codes_of(pipe, text, word)
    assert found and found[0][0] == country and sector in found[0][1], found


@pytest.mark.parametrize("text,word,country", [
    ("Airbus signed a deal with the Australian army.", "Airbus", "FRA"),
    ("Volvo Group criticized the Swedish government's tariffs.", "Volvo Group", "SWE"),
    ("Lockheed protested the Pentagon's decision.", "Lockheed", "USA"),
    ("Huawei denied spying for Beijing.", "Huawei", "CHN"),
    ("Gazprom cut gas deliveries to Moldova.", "Gazprom", "RUS"),
])
def test_multinationals_named_bare(pipe: Pipeline, text: str, word: str, country: str) -> None:
    assert codes_of(pipe, text, word) == [(country, ["BUS"])]


@pytest.mark.parametrize("text,word", [
    # names left out: common words and places
    ("Shell fire hit the village overnight.", "Shell"),
    ("Amazon deforestation rose again, Brazil said.", "Amazon"),
])
def test_ambiguous_company_names_are_left_out(pipe: Pipeline, text: str, word: str) -> None:
    assert all(c != "USA" and "BUS" not in s for c, s in codes_of(pipe, text, word))


@pytest.mark.parametrize("text,word,country,sectors", [
    # class *people of a company*: the people, with the company's country
    ("A Kraft Foods employee shot two co-workers at the plant.", "Kraft Foods employee", "USA",
     ["CVL", "LAB"]),
    ("Airbus engineers went on strike in Toulouse.", "Airbus engineers", "FRA", ["CVL"]),
    ("Microsoft employees protested the contract with the army.", "Microsoft employees", "USA",
     ["CVL", "LAB"]),
])
def test_people_of_a_company(pipe: Pipeline, text: str, word: str, country: str,
                             sectors: list[str]) -> None:
    assert codes_of(pipe, text, word) == [(country, sectors)]
