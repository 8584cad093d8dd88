"""The one a noun of harm or custody is done to is a person
(eventwire/stages/events/nominal_patients.py, recip35). Every sentence
was written for this test."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.bare_options import person_patient
from eventwire.stages.events.nominal_patients import nominal_patient, patient_pronoun
from tests.conftest import events_of


def _tok(pipe: Pipeline, text: str, word: str) -> Any:
    doc = pipe.nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word", [
    ("Traders in Kisumu shut their stalls after the killing of a fishmonger.", "fishmonger"),
    ("The governor ordered an inquiry into the abduction of two surveyors near Jos.",
     "surveyors"),
    ("Lawyers were told of the arraignment of a bus conductor in Nakuru.", "conductor"),
    ("The beekeeper's arrest angered the whole valley.", "beekeeper"),
])
def test_the_of_object_or_possessor_of_a_harm_noun(event_pipe: Pipeline, text: str,
                                                   word: str) -> None:
    """"the killing of X", "the abduction of X", "X's arrest": a person."""
    tok = _tok(event_pipe, text, word)
    assert nominal_patient(tok) and person_patient(tok)


@pytest.mark.parametrize("text,word", [
    ("The militia's killing of a shepherd was filmed.", "militia"),  # the doer
    ("The seizure of the tanker angered Oslo.", "tanker"),  # no act on a person
    ("The owner of the bakery was fined.", "bakery"),
    ("Police said the shooting of no one was reported.", "one"),  # negated
    ("The shooting of the documentary in Lagos ended on Friday.", "documentary"),
    ("The detention of the cargo at the port lasted a week.", "cargo"),
    ("Prosecutors dropped the prosecution of the case against the firm.", "case"),
])
def test_the_doer_or_a_thing_is_no_nominal_patient(event_pipe: Pipeline, text: str,
                                                   word: str) -> None:
    assert not person_patient(_tok(event_pipe, text, word))


@pytest.mark.parametrize("text,word,expected", [
    ("The cook was freed on bail a day after his arrest in Quito.", "his", True),
    ("Their abduction on the coast road shocked the village.", "Their", True),
    ("The miners lost his support after the vote.", "his", False),
])
def test_a_possessive_pronoun_of_a_harm_noun(event_pipe: Pipeline, text: str, word: str,
                                             expected: bool) -> None:
    assert patient_pronoun(_tok(event_pipe, text, word)) is expected


@pytest.mark.parametrize("text,trigger,who", [
    ("Shopkeepers in Kisumu closed early after the police killing of a fishmonger.",
     "killing", "fishmonger"),
    ("The beekeeper's arrest in Arusha angered the whole valley.", "arrest", "beekeeper"),
    ("The cook was freed on bail in Quito a day after his arrest.", "arrest", "his"),
])
def test_a_noun_triggers_own_patient_is_its_recipient(event_pipe: Pipeline, text: str,
                                                       trigger: str, who: str) -> None:
    """``own_patient``: the bare option that is the noun trigger's own "of"
    object or possessor is the recipient when the rules found none."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is not None and who in ev.recipient.text, ev.recipient


def test_the_doer_possessor_stays_the_actor(event_pipe: Pipeline) -> None:
    """"the militia's killing of a shepherd": the shepherd, never the militia."""
    text = "Farmers near Gulu fled after the militia's killing of a shepherd."
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == "killing")
    assert ev.recipient is not None and "shepherd" in ev.recipient.text, ev.recipient
