"""Class *a vessel held or let go stands for its crew and owners*
(eventwire/stages/events/held_vessels.py, recip45). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_with_trigger


@pytest.mark.parametrize("text,trigger,country", [
    ("The Sri Lanka Navy arrested 14 Indian fishermen and seized two trawlers near Mannar "
     "on Sunday.", "seized", "IND"),
    ("Twelve Thai fishermen were arrested and two trawlers were seized off Kedah, the "
     "maritime agency said.", "seized", "THA"),
    ("Coast guard officers detained 11 Vietnamese crew members and seized three vessels "
     "in the disputed waters.", "seized", "VNM"),
])
def test_the_held_vessel_is_the_recipient_with_its_crews_country(
        event_pipe: Pipeline, text: str, trigger: str, country: str) -> None:
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient
    assert ev.recipient.sectors == ["BUS"], ev.recipient


@pytest.mark.parametrize("text,trigger", [
    # a state's own craft is no held vessel
    ("The navy seized a coast guard vessel of its own to train recruits.", "seized"),
    # a vessel sent is the content of the act, not held
    ("The Greek navy sent two frigates and three boats to the Aegean on Monday.", "sent"),
])
def test_no_held_vessel(event_pipe: Pipeline, text: str, trigger: str) -> None:
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is None or ev.recipient.text not in {"a coast guard vessel",
                                                             "three boats"}, ev.recipient


def test_goods_seized_are_no_vessel(event_pipe: Pipeline) -> None:
    """Near-miss: goods are content; only the vessel nouns make a recipient."""
    ev = event_with_trigger(event_pipe, "Customs officers seized forty rifles at the port "
                            "on Friday.", "seized")
    assert ev.recipient is None or "rifles" not in ev.recipient.text, ev.recipient
