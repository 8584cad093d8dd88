"""Class of eventwire/stages/events/defence_bodies.py: a defence ministry
using force acts through the military. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger", [
    ("Japan's defence ministry said it had scrambled fighter jets after two bombers "
     "approached Okinawa.", "scrambled"),
    ("Ukraine's defense ministry said on Monday that it had deployed extra air defence "
     "units to Odesa.", "deployed"),
    ("The Philippine Department of National Defense said it had sent two more warships "
     "and deployed marines to the shoal.", "deployed"),
])
def test_a_defence_ministry_using_force_is_military(event_rules_pipe: Pipeline, text: str,
                                                    trigger: str) -> None:
    """"The defence ministry said it had scrambled jets": MIL joins GOV."""
    ev = by_trigger(event_rules_pipe, text)[trigger]
    assert ev.actor is not None and "MIL" in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("Japan's health ministry said it had deployed medical teams to Okinawa.", "deployed"),
    ("Ukraine's interior ministry said on Monday that it had deployed extra police "
     "units to Odesa.", "deployed"),
])
def test_other_ministries_stay_government(event_rules_pipe: Pipeline, text: str,
                                          trigger: str) -> None:
    """Other ministries deploying people are no military (the event and its
    "it" must be there, or the test would pass on a lost event)."""
    ev = by_trigger(event_rules_pipe, text)[trigger]
    assert ev.actor is not None and "GOV" in ev.actor.sectors, ev.actor
    assert "MIL" not in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("Outside the Pentagon, American protesters attacked police officers.", "attacked"),
    ("Near the Pentagon, angry American farmers attacked a police van on Sunday.",
     "attacked"),
])
def test_a_defence_body_written_before_another_actor_lends_it_nothing(
        event_rules_pipe: Pipeline, text: str, trigger: str) -> None:
    """The words read before the mention must run into it: "the Pentagon, "
    ending just before "American protesters" makes no defence body of
    them."""
    ev = by_trigger(event_rules_pipe, text)[trigger]
    assert ev.actor is not None and "MIL" not in ev.actor.sectors, ev.actor
