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


@pytest.mark.parametrize("text,trigger,recipient", [
    ("The 19-year-old was stabbed in the chest outside a bar in Leeds.", "stabbed",
     "19-year-old"),
    ("Detectives arrested the 42-year-old at his flat on Sunday.", "arrested", "42-year-old"),
    ("The seventy-year-old was charged with fraud last week.", "charged", "seventy-year-old"),
    ("Two guards were wounded and a third was shot in the leg.", "shot", "third"),
])
def test_person_named_by_age_or_ordinal(event_pipe: Pipeline, text: str, trigger: str,
                                        recipient: str) -> None:
    """Class *a person named by an age or an ordinal alone* (recip56): the
    NER tags the phrase DATE, CARDINAL or ORDINAL; it is still the person
    acted on."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and recipient in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("The 30-year-old law was challenged in court, and the ministry was criticized.",
     "criticized"),
    ("Police seized a 40-year-old painting from the dealer's home.", "seized"),
])
def test_age_of_a_thing_or_other_role_stays_silent(event_pipe: Pipeline, text: str,
                                                   trigger: str) -> None:
    """An age with its noun ("a 40-year-old painting": the noun heads the
    phrase) or not the act's object: no recipient from the age."""
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is None or "year-old" not in ev.recipient.text, ev.recipient
