"""Measures against a party and force on persons or craft (types38;
``data/events/typing.yaml``, ``stages/events/typing_classes.py``).

Expelling a state's envoys withdraws a relation (SANCTION ``expel``);
removing residents, workers, a people named by its nation, or boats from
claimed waters is force on persons or craft (COERCE: classes "expelling
people who are no envoys" and "expelling vessels from waters"). A ban on a
state's goods or carriers withdraws trade (SANCTION ``discontinue``, the
trade-ban class, also with its object after "on"); a ban on gatherings or
parties at home stays COERCE. Sentences written for these tests, none from
an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.typing_classes import counted, patient


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def event_at(pipe: Pipeline, text: str, word: str) -> EventMention:
    """The event whose trigger is ``word``."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2023, 5, 4))]))
    assert doc is not None
    found = [e for e in doc._.events if e.trigger.text == word]
    assert found, [(e.type, e.trigger.text) for e in doc._.events]
    return found[0]


@pytest.mark.parametrize("text,word", [
    ("Tanzania expelled about 300 Burundian farmers from the border district.", "expelled"),
    # a people named by its nation, counted, in a passive relative clause
    ("Thousands of Malians that were expelled last month reached the border town.",
     "expelled"),
    ("Rights groups condemned the expulsion of large numbers of Haitians.", "expulsion"),
    ("The government ordered the expulsion of hundreds of settlers from the reserve.",
     "expulsion"),
    ("Residents expelled by the militia have returned to the valley.", "expelled"),
])
def test_expelling_people_is_coercion(pipe: Pipeline, text: str, word: str) -> None:
    assert event_at(pipe, text, word).type == "COERCE"


@pytest.mark.parametrize("text", [
    "The navy expelled two foreign fishing boats from its waters on Sunday.",
    "The coast guard said it had expelled a trawler near the disputed shoal.",
    "Three vessels were expelled from the bay by patrol ships.",
])
def test_expelling_vessels_is_coercion(pipe: Pipeline, text: str) -> None:
    assert event_at(pipe, text, "expelled").type == "COERCE"


@pytest.mark.parametrize("text,word", [
    ("Kenya expelled the Somali ambassador after the border dispute.", "expelled"),
    ("Hungary expelled three embassy staff over the spying case.", "expelled"),
    # a nation's adjective on the envoys is no people named by its nation
    ("Warsaw expelled two Belarusian diplomats on Friday.", "expelled"),
    ("The ministry announced the expulsion of four Iranian envoys.", "expulsion"),
])
def test_expelling_envoys_stays_a_sanction(pipe: Pipeline, text: str, word: str) -> None:
    assert event_at(pipe, text, word).type == "SANCTION"


def test_a_relative_pronoun_stands_for_the_noun_it_describes(pipe: Pipeline) -> None:
    doc = pipe.nlp("Hundreds of miners who were expelled last week went home.")
    verb = next(t for t in doc if t.lower_ == "expelled")
    target = patient(verb, None)
    assert target is not None and target.lower_ == "miners"


def test_a_count_stands_for_what_it_counts(pipe: Pipeline) -> None:
    doc = pipe.nlp("They condemned the expulsion of large numbers of farmers.")
    numbers = next(t for t in doc if t.lower_ == "numbers")
    assert counted(numbers).lower_ == "farmers"
    plain = next(t for t in doc if t.lower_ == "expulsion")
    assert counted(plain) is plain


@pytest.mark.parametrize("text,word", [
    ("Officials do not expect a ban on Argentine beef before the inquiry ends.", "ban"),
    ("The bloc banned Iranian airlines from its airspace on Monday.", "banned"),
    ("Importers fear Asian markets could ban Brazilian cattle and pork.", "ban"),
    ("The ministry announced restrictions on imports from the neighbouring state.",
     "restrictions"),
    # review91: the state as a demonym the small model tags a person, or after "from"
    ("Russia announced a ban on Moldovan fruit and wine on Monday.", "ban"),
    ("Beijing imposed a ban on beef from Australia on Monday.", "ban"),
])
def test_a_ban_on_a_states_goods_is_a_sanction(pipe: Pipeline, text: str, word: str) -> None:
    assert event_at(pipe, text, word).type == "SANCTION"


@pytest.mark.parametrize("text,word", [
    ("The police banned all marches in the capital for a month.", "banned"),
    ("The council announced a ban on street gatherings after the riots.", "ban"),
    ("The junta banned the main opposition party on Tuesday.", "banned"),
])
def test_a_ban_at_home_stays_coercion(pipe: Pipeline, text: str, word: str) -> None:
    assert event_at(pipe, text, word).type == "COERCE"


@pytest.mark.parametrize("text,word", [
    # review91: a kind of goods or a carrier with no state named withdraws no trade
    ("The restaurant chain announced a ban on beef from its menus in India on Monday.",
     "ban"),
    ("Regulators banned the aircraft from flying on Tuesday after a second crash.", "banned"),
    ("The school canteen banned chicken from its menu after complaints.", "banned"),
])
def test_goods_with_no_state_named_are_no_sanction(pipe: Pipeline, text: str,
                                                   word: str) -> None:
    assert event_at(pipe, text, word).type != "SANCTION"
