"""Class *an inanimate doer names no party* (eventwire/stages/events/
inanimate_doers.py, hooked in participants.py). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,trigger", [
    # weapons and their fire, as subject and as by-agent
    ("A landmine wounded two soldiers on patrol near the border.", "wounded"),
    ("Three miners were killed by gunfire near the pit in Bolivia.", "killed"),
    ("Two marchers were wounded by shrapnel during the protest in Lima.", "wounded"),
    ("A tear gas canister struck a reporter during the protest in Santiago.", "struck"),
    # a vehicle
    ("A tractor rammed the police barricade outside parliament in Paris.", "rammed"),
])
def test_an_inanimate_doer_gives_no_actor(pipe: Pipeline, text: str, trigger: str) -> None:
    assert by_trigger(pipe, text)[trigger].actor is None


@pytest.mark.parametrize("text,trigger,country", [
    # metonymy and owners stay: a seat, an institution, an owner inside the phrase
    ("Moscow expelled three Estonian diplomats on Tuesday.", "expelled", "RUS"),
    ("Houthi gunfire killed two Saudi border guards.", "killed", None),
    ("Turkish shelling wounded five civilians in the town.", "wounded", "TUR"),
    # a possessive pronoun names the owner (owned_weapons): "their missiles"
    ("Hezbollah said its missile struck an army post near the border.", "struck", None),
    # a fleet stands for the people in it
    ("Hundreds of tractors blocked the motorway near Lyon on Monday.", "blocked", None),
])
def test_a_known_party_or_owner_still_acts(pipe: Pipeline, text: str, trigger: str,
                                           country: str | None) -> None:
    ev = by_trigger(pipe, text)[trigger]
    assert ev.actor is not None
    assert country is None or ev.actor.country == country


def test_an_agent_noun_is_no_thing(pipe: Pipeline) -> None:
    ev = by_trigger(pipe, "The ministry banned the march in the capital.")["banned"]
    assert ev.actor is not None and ev.actor.text == "ministry"
