"""Headline and reduced passives of custody verbs
(eventwire/stages/events/bare_options.headline_patient, recip59): the
patient the parser makes the subject of a bare participle, or the noun a
participle modifies, is a person whatever noun names it."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.bare_options import headline_patient, person_patient
from tests.conftest import events_of


@pytest.mark.parametrize("text,noun", [
    ("Ohio locksmith charged with arson in warehouse blaze", "locksmith"),
    ("BANK CASHIER ARRESTED AFTER VAULT GOES MISSING", "CASHIER"),
    ("Harbour pilot detained after tanker collision", "pilot"),
    ("Veteran goalkeeper convicted of tax fraud in Lisbon", "goalkeeper"),
])
def test_the_patient_of_a_headline_custody_passive_is_a_person(
        event_pipe: Pipeline, text: str, noun: str) -> None:
    """A bare participle ("CASHIER ARRESTED") or a participle on its noun
    ("locksmith charged with"): the noun undergoes the act, so it is a
    person patient though no table lists it."""
    doc = event_pipe.nlp(text)
    tok = next(t for t in doc if t.text == noun)
    assert headline_patient(tok) and person_patient(tok)


@pytest.mark.parametrize("text,trigger,who", [
    ("Retired locksmith charged with arson in warehouse blaze\nThe fire destroyed a depot.",
     "charged", "locksmith"),
    ("Night watchman detained after warehouse fire\nThe depot burned for hours.",
     "detained", "watchman"),
    ("BANK CASHIER ARRESTED AFTER VAULT GOES MISSING\nThe money was never found.",
     "ARRESTED", "CASHIER"),
])
def test_a_headline_custody_passive_fills_its_recipient(
        event_pipe: Pipeline, text: str, trigger: str, who: str) -> None:
    """The bare person option now fills the empty recipient slot."""
    ev = next(e for e in events_of(event_pipe, text) if e.trigger.text == trigger)
    assert ev.recipient is not None and who in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,noun", [
    ("Ohio locksmith tells of blaze that gutted the warehouse", "locksmith"),
    ("The crates seized at the port were charged with duty", "crates"),
    ("Police chief praised for calm during the riots", "chief"),
])
def test_other_headlines_name_no_headline_patient(event_pipe: Pipeline, text: str,
                                                  noun: str) -> None:
    """An active headline verb, or a participle of no custody verb, makes
    no headline patient."""
    doc = event_pipe.nlp(text)
    assert not headline_patient(next(t for t in doc if t.text == noun))
