"""Classes *a warship named by its navy's prefix* and *a navy's ships and men
named bare* (actors15, :mod:`eventwire.stages.actors.navies`): sentences
written for this test, none from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.navies import SHIP_RULE


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def codes_of(pipe: Pipeline, text: str, word: str) -> list[tuple[str | None, list[str], str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    return [(m.country, list(m.sectors), m.rule) for m in doc._.actor_mentions if m.text == word]


@pytest.mark.parametrize("text,word,country", [
    ("HMS Duncan shot down two drones over the Red Sea on Saturday.", "HMS Duncan", "GBR"),
    ("The destroyer USS Carney intercepted missiles launched from Yemen.", "USS Carney", "USA"),
    ("Off Mombasa, HMAS Toowoomba escorted a grain convoy.", "HMAS Toowoomba", "AUS"),
    ("Pirates fired at INS Kolkata near the Somali coast.", "INS Kolkata", "IND"),
    # the same prefix names two navies: the state the article names decides
    ("Israel said INS Eilat was struck off the coast of Sinai.", "INS Eilat", "ISR"),
])
def test_a_prefixed_ship_is_its_navys(pipe: Pipeline, text: str, word: str,
                                      country: str) -> None:
    found = codes_of(pipe, text, word)
    assert found and found[0][0] == country and found[0][1] == ["MIL"], found


def test_the_ship_named_again_without_its_prefix(pipe: Pipeline) -> None:
    text = ("The frigate HMS Lancaster chased a dhow in the Gulf of Oman. "
            "Later the Lancaster seized drugs worth millions, officials said.")
    found = codes_of(pipe, text, "Lancaster")
    assert found and found[0][:2] == ("GBR", ["MIL"]) and found[0][2] == SHIP_RULE, found


@pytest.mark.parametrize("text,word,country", [
    # the navy the article names, not the waters it sails
    ("The Indian Navy sent a frigate to the Gulf of Aden. The warship sank a skiff off "
     "Yemen's coast.", "warship", "IND"),
    ("HMS Kent reached Djibouti on Monday. Marine commandos boarded the dhow in Yemeni "
     "waters.", "commandos", "GBR"),
    ("The destroyer USS Mason patrolled off Eritrea, and the navy said the sailors were "
     "unhurt.", "navy", "USA"),
])
def test_a_bare_naval_agent_is_the_named_navys(pipe: Pipeline, text: str, word: str,
                                               country: str) -> None:
    found = codes_of(pipe, text, word)
    assert found and found[0][0] == country, found


@pytest.mark.parametrize("text", [
    # "US" before a name is no ship prefix; a lone prefix is no ship
    "US Secretary Blinken met INS officials in Delhi.",
    # a title after the letters: the former US immigration service
    "INS Commissioner Doris Meissner said the agency would hire more agents.",
    # letters of other things: the Federal Government of Somalia, web feeds
    "The FGS President met clan elders in Baidoa.",
])
def test_no_prefix_no_ship(pipe: Pipeline, text: str) -> None:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert not [m.text for m in doc._.actor_mentions if m.rule == SHIP_RULE]


def test_a_day_after_the_name_is_no_part_of_it(pipe: Pipeline) -> None:
    """Review of actors15: "USS Mason Sunday fired" names USS Mason."""
    text = ("The destroyer USS Mason Sunday fired missiles at the launch sites. "
            "Mason was not hit, officials said.")
    assert codes_of(pipe, text, "USS Mason"), codes_of(pipe, text, "USS Mason Sunday")
