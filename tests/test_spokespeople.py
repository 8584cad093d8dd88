"""Who speaks for a body acts as the body
(eventwire/stages/actors/spokespeople.py). Sentences written for these
tests; none comes from an evaluation set or the issue."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


@pytest.mark.parametrize("text,speaker,country,sector", [
    ("Hamas spokesman Yusuf Darwish said the talks in Cairo had failed.", "Yusuf Darwish",
     "PSE", "REB"),
    ("Army spokesman Samuel Okon said Nigerian troops had freed 20 hostages in Nigeria.",
     "Samuel Okon", "NGA", "MIL"),
    ("Hezbollah commander Ali Fares said the group would answer any strike on Lebanon.",
     "Ali Fares", "LBN", "REB"),
    ("A police spokesman in Kenya said two suspects were held in Kenya's capital.",
     "spokesman", "KEN", "COP"),
])
def test_the_speaker_takes_the_body(pipe: Pipeline, text: str, speaker: str, country: str,
                                    sector: str) -> None:
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text == speaker)
    assert m.country == country and sector in m.sectors, m


def test_an_acronym_body_gives_its_definition(pipe: Pipeline) -> None:
    text = ("The Chadian National Army (CNA) said on Friday it had repelled an attack. "
            "A CNA spokesman said rebels had fled into Sudan.")
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text == "spokesman")
    assert m.country == "TCD" and "MIL" in m.sectors, m


def test_a_state_is_no_body(pipe: Pipeline) -> None:
    """"a French spokesman": the state names no sector; the title's stays."""
    _, mentions = mentions_of(pipe, "A French spokesman, Luc Ferrand, said Paris would send "
                              "aid to Lebanon.")
    m = next(m for m in mentions if m.text == "spokesman")
    assert "+body" not in m.rule, m


def test_people_the_kb_knows_keep_its_code(pipe: Pipeline) -> None:
    _, mentions = mentions_of(pipe, "Kremlin spokesman Dmitry Peskov said Russia would "
                              "answer.")
    m = next(m for m in mentions if "Peskov" in m.text)
    assert "+body" not in m.rule, m


@pytest.mark.parametrize("text,person,sector", [
    # class *the head of a body named by the office* (actors27)
    ("Arab League Secretary-General Omar Fadel flew to Tunis for the summit.", "Omar Fadel",
     "IGO"),
    ("Red Cross director Hanna Brandt visited the camp outside Goma on Monday.",
     "Hanna Brandt", "NGO"),
    ("Amnesty International researcher Pedro Alves interviewed twelve detainees.",
     "Pedro Alves", "NGO"),
    ("World Bank President Maria Kofler praised the reforms in Ghana.", "Maria Kofler", "IGO"),
])
def test_the_head_of_a_body_takes_the_body(pipe: Pipeline, text: str, person: str,
                                           sector: str) -> None:
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text == person)
    assert sector in m.sectors and "+body" in m.rule, m


@pytest.mark.parametrize("text,person", [
    # class *who acts for an international body has no country* (actors27)
    ("UN envoy Sven Aldar met the rebel delegation in Kenya on Friday.", "Sven Aldar"),
    ("IMF chief Carla Mendes told Ghana to cut its spending.", "Carla Mendes"),
    ("Arab League Secretary General Nabil Saad urged Lebanon to hold the vote.", "Nabil Saad"),
])
def test_an_international_body_gives_no_country(pipe: Pipeline, text: str, person: str
                                                ) -> None:
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text == person)
    assert m.country is None and "IGO" in m.sectors, m


@pytest.mark.parametrize("text,person", [
    # a state's head stays the title's: the office words name no body
    ("Kenyan President Daniel Moi met the Ugandan delegation.", "Daniel Moi"),
    ("French President Anne Girard flew to Mali.", "Anne Girard"),
    ("Ghana's director Kofi Mensah signed the contract.", "Kofi Mensah"),
])
def test_a_state_office_is_no_body(pipe: Pipeline, text: str, person: str) -> None:
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text == person)
    assert "+body" not in m.rule, m


@pytest.mark.parametrize("text,speaker,country", [
    ("France summoned Iran's envoy over the detention of two teachers in France. Iran's "
     "foreign ministry spokesman Ali Rezaei rejected the French statements as meddling.",
     "Ali Rezaei", "IRN"),
    ("Nepal published a new map of Nepal on Monday. India's foreign ministry spokesperson "
     "Anil Kumar rejected Nepal's claims as baseless.", "Anil Kumar", "IND"),
    ("Peru closed its border and Peru sent troops. Chile's interior ministry spokesman "
     "Pablo Rojas said the crossings would reopen.", "Pablo Rojas", "CHL"),
    ("Uganda held talks with Uganda's neighbours. Kenya's Health Ministry spokesman Peter "
     "Otieno said Uganda had closed the border.", "Peter Otieno", "KEN"),
])
def test_a_states_body_in_a_title_is_that_states(pipe: Pipeline, text: str, speaker: str,
                                                 country: str) -> None:
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text == speaker)
    assert m.country == country, m
    body = next(m for m in mentions if m.text.lower().endswith("ministry"))
    assert body.country == country, body


def test_a_body_the_story_places_without_a_possessive_stays(pipe: Pipeline) -> None:
    text = ("Kenya's president and the ministry spokesman Anil Kumar rejected Uganda's claims. "
            "Uganda said Uganda would respond.")
    _, mentions = mentions_of(pipe, text)
    body = next(m for m in mentions if m.text.lower().endswith("ministry"))
    assert "+possessor" not in body.rule, body


@pytest.mark.parametrize("text,speaker,country", [
    # the possessive owns a noun of its own that a verb follows
    ("Kenya held talks on Monday. Kenya said Kenya would trade. Uganda's president thanked "
     "foreign ministry spokesman Peter Otieno for the visit.", "Peter Otieno", "KEN"),
    ("Ghana and Togo met in Accra. Ghana said Ghana would reopen the road. Togo's envoy met "
     "foreign ministry spokeswoman Ama Mensah on Friday.", "Ama Mensah", "GHA"),
    # the possessive owns the noun of a clause before the title
    ("Peru signed a copper deal. Peru said Peru would build a port. After Chile's protest "
     "interior ministry spokesman Luis Vega said the port would go ahead.", "Luis Vega", "PER"),
])
def test_a_possessive_on_another_noun_leaves_the_body_to_the_story(
        pipe: Pipeline, text: str, speaker: str, country: str) -> None:
    _, mentions = mentions_of(pipe, text)
    body = next(m for m in mentions if m.text.lower().endswith("ministry"))
    assert "+possessor" not in body.rule, body
    m = next(m for m in mentions if m.text == speaker)
    assert m.country == country, m
