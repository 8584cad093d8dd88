"""Class *a headless count or quantifier standing for people*
(eventwire/stages/events/headless_counts.py). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_with_trigger


@pytest.mark.parametrize("text,trigger,recipient", [
    ("Police detained 40 students in Dhaka; most were released the same night.",
     "released", "most"),
    ("Two officers were arrested and one was charged with assault.", "charged", "one"),
    ("Dozens were later sentenced by a military court.", "sentenced", "Dozens"),
    ("The rebels freed 12 on Sunday after a ransom was paid.", "freed", "12"),
    ("Each camp accused the other of breaking the truce.", "accused", "other"),
])
def test_headless_count_is_the_recipient(event_pipe: Pipeline, text: str, trigger: str,
                                         recipient: str) -> None:
    """The elided noun is people: the bare count or quantifier is the recipient."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and recipient in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("The ministry released most of the funds on Monday.", "released"),
    ("Most of the cargo was seized by the navy.", "seized"),
    ("Customs officers seized 40 at the port on Monday.", "seized"),
    ("The army withdrew 300 from the border town.", "withdrew"),
    ("The agency freed up 25 for the relief work.", "freed"),
    ("Officers said the march was calm and no one was charged.", "charged"),
    ("The two parties accused each other after the vote.", "accused"),
])
def test_counted_things_and_other_verbs_stay_silent(event_pipe: Pipeline, text: str,
                                                    trigger: str) -> None:
    """A partitive "of" naming a thing, a verb of property, a verb outside
    the acts on people: no recipient from the count."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is None, ev.recipient
