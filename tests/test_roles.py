"""Classes of eventwire/stages/events/roles.py that decide what is *not* a
recipient: forces a side moves, and the court a case is brought in.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.models import EventMention
from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def by_trigger(pipe: Pipeline, text: str) -> dict[str, EventMention]:
    return {e.trigger.text: e for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,trigger", [
    ("Mexico agreed to send 500 police officers to the border.", "agreed"),
    ("The two countries agreed to pull their troops back from the frontier.", "agreed"),
    ("Japan offered to dispatch its navy to the strait.", "offered"),
    ("Britain will withdraw soldiers from the region, the minister said.", "withdraw"),
])
def test_forces_moved_are_content(event_pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *forces moved are content*, whatever the event's type."""
    ev = by_trigger(event_pipe, text)[trigger]
    assert ev.recipient is None or not {"MIL", "COP"} & set(ev.recipient.sectors), ev.recipient


@pytest.mark.parametrize("text,forces", [
    ("The court ordered the police to release the journalist.", "police"),
    ("The minister ordered the army to stop the offensive.", "army"),
    ("The commander ordered the soldiers to cease fire at once.", "soldiers"),
])
def test_forces_addressed_by_an_order_stay(event_pipe: Pipeline, text: str, forces: str) -> None:
    """Class *forces addressed by an order*: "ordered X to <act>" that is no
    deployment (the stand-down orders of ``triggers.stand_down_order``)
    addresses X, the recipient."""
    ev = next(e for t, e in by_trigger(event_pipe, text).items() if t == "ordered")
    assert ev.recipient is not None and ev.recipient.text == forces, ev.recipient


@pytest.mark.parametrize("text", [
    "Bolivian President Luis Arce ordered the troops back to their barracks.",
    "The general ordered his soldiers home after the ceasefire.",
    "The government ordered troops out of the disputed town.",
])
def test_orders_sending_forces_away_are_a_withdrawal(event_pipe: Pipeline, text: str) -> None:
    """Class *orders that stand forces down*: RETREAT, and the forces moved
    are content, not the recipient."""
    ev = by_trigger(event_pipe, text)["ordered"]
    assert ev.type == "RETREAT"
    assert ev.recipient is None or not {"MIL", "COP"} & set(ev.recipient.sectors), ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("The party will fight the ban in the Supreme Court.", "fight"),
    ("Opposition leader Kemal Doruk said his coalition would challenge the results in "
     "court.", "challenge"),
    ("The rebels' lawyers said they would contest the verdict before the court.", "contest"),
])
def test_the_court_a_case_is_brought_in_is_no_recipient(event_pipe: Pipeline, text: str,
                                                         trigger: str) -> None:
    """Class *the court as venue*."""
    found = by_trigger(event_pipe, text)
    ev = found.get(trigger)
    assert ev is None or ev.recipient is None or "JUD" not in ev.recipient.sectors, ev
