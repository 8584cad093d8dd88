"""Who blocks (``eventwire/stages/events/civilian_blockades.py``): a
blockade, a blocked road or an occupied building done by civilians is
PROTEST ``obstruct``; done by a state, police or an armed force it stays
(or becomes) COERCE. The sentences are written for these tests, none copied
from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def on_word(pipe: Pipeline, text: str, word: str) -> EventMention:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 3, 5))]))
    assert doc is not None
    found = [e for e in doc._.events if e.trigger.text.lower().startswith(word)]
    assert found, [(e.trigger.text, e.type) for e in doc._.events]
    return found[0]


@pytest.mark.parametrize(("text", "word"), [
    # a civilian doer of the verb
    ("Striking dockers blockaded the container terminal at Durban for a third day.",
     "blockaded"),
    ("Hundreds of students have occupied the rector's office since Monday, demanding "
     "lower fees.", "occupied"),
    ("Angry farmers block the bypass outside Rennes with tractors.", "block"),
    # a noun whose own doer is civilian
    ("The farmers' blockade of the motorway into Lyon ended after the minister agreed "
     "to talks.", "blockade"),
    # a bare blockade in a protest story, a blockade of a way of traffic
    ("The blockade at the refinery gates entered its fifth day, the union said.",
     "blockade"),
    ("A rail blockade near the border town has halted freight trains since Friday.",
     "blockade"),
])
def test_civilian_obstruction_is_a_protest(pipe: Pipeline, text: str, word: str) -> None:
    event = on_word(pipe, text, word)
    assert (event.type, event.mode) == ("PROTEST", "obstruct")


@pytest.mark.parametrize(("text", "word"), [
    ("The navy blockaded the rebel-held port for six weeks.", "blockaded"),
    ("Soldiers occupied the town hall hours after the coup.", "occupied"),
    ("The government's blockade of the enclave has caused shortages of fuel and flour.",
     "blockade"),
    ("Border guards blocked a convoy of lorries at the crossing on Tuesday.", "blocked"),
])
def test_a_force_obstruction_stays_coercion(pipe: Pipeline, text: str, word: str) -> None:
    assert on_word(pipe, text, word).type == "COERCE"


@pytest.mark.parametrize(("text", "word"), [
    ("Cartel gunmen blocked highways into the city with hijacked lorries.", "blocked"),
    ("Soldiers in armoured cars blocked roads leading to the presidential palace.",
     "blocked"),
    ("Riot police blocked the streets around the parliament building before the vote.",
     "blocked"),
])
def test_a_force_blocking_roads_is_coercion(pipe: Pipeline, text: str, word: str) -> None:
    event = on_word(pipe, text, word)
    assert (event.type, event.mode) == ("COERCE", "restrict")


@pytest.mark.parametrize(("text", "word"), [
    ("Taxi drivers blocked roads in the capital over the fuel price rise.", "blocked"),
    ("Villagers blocked the highway on Sunday to demand compensation for the dam.",
     "blocked"),
    ("Hundreds of residents block streets in the port city to demand running water.",
     "block"),
    # the force is the main clause's doer, not the blockers'
    ("Police arrested dozens of herders who had blocked the mountain pass for a week.",
     "blocked"),
    ("Soldiers detained 20 students as they blocked the bridge into town.", "blocked"),
    # former fighters are civilians now
    ("Some 200 former guerrillas blocked the main road to demand their pensions.",
     "blocked"),
])
def test_civilians_blocking_roads_stay_a_protest(pipe: Pipeline, text: str, word: str) -> None:
    event = on_word(pipe, text, word)
    assert (event.type, event.mode) == ("PROTEST", "obstruct")


def test_a_bare_occupation_in_a_protest_story_is_no_protest(pipe: Pipeline) -> None:
    """A bare "occupation" is mostly a state's ("end the occupation"): only a
    bare blockade is read from the protest story."""
    text = ("Thousands marched through the city on Friday. A speaker told the rally "
            "that the occupation had lasted long enough.")
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 3, 5))]))
    assert doc is not None
    assert not [e for e in doc._.events
                if e.trigger.text == "occupation" and e.type == "PROTEST"]
