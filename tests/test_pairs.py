"""Class *a pair named by "both" or "the two" alone*
(eventwire/stages/events/pairs.py). Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_with_trigger


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,trigger", [
    ("The African Union, which mediates between Ethiopia and Eritrea, urged both to end "
     "the border dispute.", "urged"),
    ("Norway hosted envoys of Colombia and Venezuela and urged both to reopen the "
     "crossings.", "urged"),
    ("Turkey, which brokered talks between Azerbaijan and Armenia, urged both to respect "
     "the truce.", "urged"),
])
def test_both_addressed_is_the_pair(pipe: Pipeline, text: str, trigger: str) -> None:
    """Two states addressed by a bare "both": one span, GOV, no single country."""
    ev = event_with_trigger(pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.text == "both", ev.recipient
    assert ev.recipient.country is None and ev.recipient.sectors == ["GOV"], ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Envoys of Chad and Sudan met in Doha. The two agreed to reopen the border.", "agreed"),
    ("Ghana and Togo held talks on Monday. The two agreed to share patrol data.", "agreed"),
    ("Peru and Bolivia signed a water accord. The two pledged to meet again in May.",
     "pledged"),
])
def test_the_two_acting_is_the_pair(pipe: Pipeline, text: str, trigger: str) -> None:
    """"The two" as subject is the actor, with no single country."""
    ev = event_with_trigger(pipe, text, trigger)
    assert ev.actor is not None and "two" in ev.actor.text, ev.actor
    assert ev.actor.country is None, ev.actor


def test_both_with_a_noun_is_no_bare_pair(pipe: Pipeline) -> None:
    """"both governments" is the noun's mention, not the bare pair."""
    ev = event_with_trigger(pipe, "Both governments condemned the raid on the border post.",
                            "condemned")
    assert ev.actor is not None and ev.actor.rule != "pair", ev.actor


@pytest.mark.parametrize("text,trigger,country", [
    ("Sudan's army and the paramilitary RSF clashed again in Khartoum. Kenya urged both to "
     "observe the truce.", "urged", "SDN"),
    ("Somali troops and al-Shabaab fighters fought near Baidoa overnight. Ethiopia called on "
     "both to spare civilians.", "called", "SOM"),
    ("Kurdish fighters and Iraqi troops exchanged fire near Kirkuk. Turkey urged both to "
     "withdraw from the city.", "urged", "IRQ"),
])
def test_the_doer_is_not_one_of_the_pair(pipe: Pipeline, text: str, trigger: str,
                                         country: str) -> None:
    """review46: the one who acts on "both" is not one of the pair; two
    parties of one country keep that country."""
    ev = event_with_trigger(pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.text == "both", ev.recipient
    assert ev.recipient.country == country, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("The committee drafted two bills on land. The senate approved both on Friday.",
     "approved"),
    ("The ministry published two reports on Monday. Opposition lawmakers criticised both.",
     "criticised"),
    ("The court heard two appeals on Monday. The judges rejected both.", "rejected"),
])
def test_both_with_no_parties_named_is_no_pair(pipe: Pipeline, text: str, trigger: str) -> None:
    """review46: a bare "both" after two things, not two named parties, is
    no participant."""
    ev = event_with_trigger(pipe, text, trigger)
    assert ev.recipient is None or ev.recipient.rule.split("+")[0] != "pair", ev.recipient
