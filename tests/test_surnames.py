"""Bare surnames take the full name's identity (eventwire/stages/actors/surnames.py),
also when the NER reads the surname as a place, an organisation or a group.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.mark.parametrize("text,trigger,surname,country", [
    ("Bolivian President Luis Arce called it a coup. The general claimed that Arce had "
     "asked him to stage the mutiny.", "asked", "Arce", "BOL"),
    ("Ugandan President Yoweri Museveni spoke on Monday. Museveni accused Facebook of "
     "arrogance.", "accused", "Museveni", "UGA"),
    ("Zimbabwean President Emmerson Mnangagwa addressed the nation. Mnangagwa warned "
     "the opposition against fresh protests.", "warned", "Mnangagwa", "ZWE"),
])
def test_a_surname_the_ner_misreads_is_the_person(event_pipe: Pipeline, text: str,
                                                  trigger: str, surname: str,
                                                  country: str) -> None:
    """Class *a surname the NER reads as a place or an organisation*."""
    ev = {e.trigger.text: e for e in events_of(event_pipe, text)}[trigger]
    assert ev.actor is not None and ev.actor.text == surname, ev.actor
    assert ev.actor.country == country and "GOV" in ev.actor.sectors, ev.actor
