"""Class *a company named after its country* (events25,
:mod:`eventwire.stages.actors.national_companies`): sentences written for
this test, none taken from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def mentions_of(pipe: Pipeline, text: str) -> list[ActorMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    return list(doc._.actor_mentions)


@pytest.mark.parametrize("text,name,country", [
    # "Air" + a country: the flag carrier
    ("Air Canada has bought fourteen regional jets from Embraer.", "Air Canada", "CAN"),
    # a country + "Airlines"
    ("Vietnam Airlines leased three more Airbus jets last year.", "Vietnam Airlines", "VNM"),
    # a country + an industry word
    ("China Petroleum raised its diesel prices on Monday.", "China Petroleum", "CHN"),
    # a legal form after the place
    ("Egypt Steel Ltd opened a new mill near the port.", "Egypt Steel Ltd", "EGY"),
])
def test_company_with_a_country_name_is_business(
        pipe: Pipeline, text: str, name: str, country: str) -> None:
    found = [m for m in mentions_of(pipe, text) if m.text == name]
    assert found and found[0].sectors == ["BUS"] and found[0].country == country


@pytest.mark.parametrize("text,word", [
    # central banks and armed forces named after the country stay public
    ("The Reserve Bank of India raised interest rates.", "India"),
    ("The Royal Canada Air Force flew the minister home.", "Canada"),
    # a lower-case industry word is no name
    ("China oil imports rose sharply in May.", "China"),
    # a plain country subject stays the state
    ("Canada ordered new patrol ships for its navy.", "Canada"),
])
def test_public_bodies_and_plain_countries_stay(pipe: Pipeline, text: str, word: str) -> None:
    found = [m for m in mentions_of(pipe, text) if word in m.text]
    assert found and all(m.sectors != ["BUS"] for m in found)


@pytest.mark.parametrize("text,word", [
    # the country heads talks whose "with" object holds a company: the
    # company's compounds are not the country's name
    ("Officials held US trade talks with Air India executives.", "US"),
    ("Canada peace talks with Air India bosses stalled.", "Canada"),
])
def test_compounds_of_a_later_noun_are_not_the_name(
        pipe: Pipeline, text: str, word: str) -> None:
    found = [m for m in mentions_of(pipe, text) if m.text.startswith(word)]
    assert found and all(m.text == word and m.sectors != ["BUS"] for m in found)
