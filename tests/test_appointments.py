"""A post offered, accepted or a candidate approached for it
(eventwire/stages/events/appointments.py, branch false52). Every sentence
here was written for these tests (none from an evaluation set or a shared
data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.appointments import is_appointment, story_of_a_post


def fires(nlp: Any, text: str, form: str) -> bool:
    return is_appointment(next(t for t in nlp(text) if t.text == form))


@pytest.mark.parametrize(("text", "form"), [
    ("The prime minister offered the finance portfolio to a veteran banker on Monday.",
     "offered"),
    ("The retired general has been offered the post of ambassador to Kenya, aides said.",
     "offered"),
    ("She accepted the job after two weeks of talks with the transition team.", "accepted"),
    ("Sources said the governor has offered the job and the mayor had all but accepted.",
     "accepted"),
    ("The coach said he had been approached by the federation. He is the first choice "
     "to fill the post of national team manager.", "approached"),
])
def test_an_appointment_is_no_event(spacy_nlp: Any, text: str, form: str) -> None:
    assert fires(spacy_nlp, text, form)


@pytest.mark.parametrize(("text", "form"), [
    ("Qatar offered a mediating role to both sides.", "offered"),
    ("The rebels accepted the ceasefire proposal on Sunday.", "accepted"),
    ("The government offered talks to the striking miners.", "offered"),
    ("Rebel envoys approached the government about a truce.", "approached"),
    ("Mediators approached the opposition leader about joining the talks.", "approached"),
    ("Iran accepted the agency's position on the inspections.", "accepted"),
])
def test_acts_stay(spacy_nlp: Any, text: str, form: str) -> None:
    assert not fires(spacy_nlp, text, form)


def test_an_outlet_named_post_is_no_post(spacy_nlp: Any) -> None:
    assert not story_of_a_post(spacy_nlp(
        "The Washington Post reported that the senator was named in the indictment."))
