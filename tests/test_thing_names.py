"""A weapon named by a trade or eponymous name is a thing, not a party
(eventwire/stages/actors/thing_names.py, recip57). Every sentence here was
written for these tests (none from an evaluation set)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


@pytest.mark.parametrize("text,trigger,recipient", [
    ("Protesters hurled Molotov cocktails at the police station.", "hurled", "police"),
    ("Rioters threw Molotov cocktail fire bombs at the ministry building on Tuesday.",
     "threw", "ministry"),
    ("Kyiv urged Western partners to send more Patriot systems.", "urged", "partners"),
    ("Officers used a Taser to subdue the man after a struggle.", "used", "man"),
])
def test_a_weapons_name_is_no_recipient(pipe: Pipeline, text: str, trigger: str,
                                        recipient: str) -> None:
    """The one the weapon is aimed at, or the one asked to send it, is the
    recipient; the weapon's name is no actor mention at all."""
    ev = next(e for e in events_of(pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is not None and recipient in ev.recipient.text, ev.recipient
    _, ms = mentions_of(pipe, text)
    assert not [m for m in ms if m.text in ("Molotov", "Patriot", "Taser")], ms


@pytest.mark.parametrize("text,name", [
    ("Members of the Patriot party marched to parliament.", "Patriot party"),
    ("Molotov signed the pact with Ribbentrop in 1939.", "Molotov"),
])
def test_an_eponym_that_names_no_weapon_stays(pipe: Pipeline, text: str, name: str) -> None:
    """Only on the noun of the weapon it names is an eponym dropped."""
    _, ms = mentions_of(pipe, text)
    assert any(name in m.text for m in ms), ms
