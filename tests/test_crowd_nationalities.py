"""Classes of eventwire/stages/events/crowd_nationalities.py: a country's
demonym on a protest noun names the crowd's land, not a doer. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger", [
    ("Police fired tear gas as Chilean riots spread to the capital on Tuesday.", "riots"),
    ("Serbian protests over the lithium mine continued for a third day.", "protests"),
    ("A shop was looted during the Bolivian riots near La Paz on Monday.", "riots"),
    ("Palestinian riots against the settlement plan spread to Hebron.", "riots"),
])
def test_a_demonym_on_a_protest_noun_names_no_actor(event_pipe: Pipeline, text: str,
                                                     trigger: str) -> None:
    """Class *a nationality adjective on a protest noun*: the crowd is unnamed."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.type == "PROTEST" and ev.actor is None, ev.actor


@pytest.mark.parametrize("text,trigger,country", [
    ("Israeli strikes killed 12 people in Gaza on Tuesday, medics said.", "killed", "ISR"),
    ("Aid workers condemned the Russian shelling of Kharkiv.", "shelling", "RUS"),
    ("Houthi rallies drew thousands in Sanaa on Friday.", "rallies", "YEM"),
    ("Peruvian protesters stormed a police station in Puno.", "stormed", "PER"),
])
def test_a_demonym_on_an_act_of_a_state_or_a_named_crowd_acts(event_pipe: Pipeline, text: str,
                                                              trigger: str, country: str) -> None:
    """Not that class: an act of force by a state ("Israeli strikes"), a
    group's name on the protest noun ("Houthi rallies") and a named crowd
    ("Peruvian protesters") keep their actor."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.country == country, ev.actor
