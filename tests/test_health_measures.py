"""Public-health measures in outbreak stories
(eventwire/stages/events/health_measures.py, branch wiki15). Every sentence
here was written for these tests (none from an evaluation set)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Token

from eventwire.stages.events.health_measures import (
    aid_given,
    health_reading,
    measure_noun,
    measure_verb,
    no_health_event,
    outbreak_story,
)
from tests.conftest import by_trigger

STORY = "A cholera outbreak has spread across the region. "


def token(nlp: Any, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text,word", [
    ("The town of Valmera was quarantined on Sunday.", "quarantined"),
    ("The health ministry closed all schools in the capital.", "closed"),
    ("Officials cancelled the spring festival.", "cancelled"),
    ("Travel to the northern province has been restricted.", "restricted"),
    ("The regional government suspended horse racing for a week.", "suspended"),
    ("Veterinary officers isolated the farm after the first deaths.", "isolated"),
    # branch events28: a passive infinitive takes its governor's subject
    ("Two villages had to be quarantined on Friday.", "quarantined"),
])
def test_measure_verbs(spacy_nlp: Any, text: str, word: str) -> None:
    assert measure_verb(token(spacy_nlp, STORY + text, word)) == ("COERCE", "restrict")


@pytest.mark.parametrize("text,word", [
    ("The carmaker closed its plant near Lyon.", "closed"),  # no measure patient
    ("Researchers isolated the virus from a sample.", "isolated"),  # a germ
    ("The airline cancelled its order for ten jets.", "cancelled"),
    ("An isolated village had no doctor.", "isolated"),  # an adjective
])
def test_measure_verb_look_alikes(spacy_nlp: Any, text: str, word: str) -> None:
    assert measure_verb(token(spacy_nlp, STORY + text, word)) is None


@pytest.mark.parametrize("text,word", [
    ("Restrictions were placed on the movement of cattle.", "Restrictions"),
    ("The state lifted earlier restrictions placed on pig farms.", "restrictions"),
    ("A quarantine was put in place around the harbour.", "quarantine"),
    ("Health officers enforced a strict curfew in the slums.", "curfew"),
    # branch events28: under a measure, a measure announced
    ("All 40 guests of the inn have been placed under quarantine.", "quarantine"),
    ("The province announced a lockdown of three towns.", "lockdown"),
])
def test_measure_nouns(spacy_nlp: Any, text: str, word: str) -> None:
    assert measure_noun(token(spacy_nlp, STORY + text, word)) == ("COERCE", "restrict")


@pytest.mark.parametrize("text,word", [
    ("Forty horses are in quarantine at the track.", "quarantine"),
    ("The quarantine station lies east of the city.", "quarantine"),
    ("Breaches of the restrictions carry heavy fines.", "restrictions"),
])
def test_measure_noun_look_alikes(spacy_nlp: Any, text: str, word: str) -> None:
    assert measure_noun(token(spacy_nlp, STORY + text, word)) is None


@pytest.mark.parametrize("text,word", [
    ("The army has now arrested the epidemic, the minister said.", "arrested"),
    ("Nurses fought the disease with little equipment.", "fought"),
    ("Inspectors examined the white powder in a laboratory.", "examined"),  # sample
    ("Vets are checking all poultry in the valley.", "checking"),  # screening
    ("Officials are monitoring 200 contacts of the patient.", "monitoring"),
])
def test_acts_on_germs_and_screening(spacy_nlp: Any, text: str, word: str) -> None:
    doc = spacy_nlp(STORY + text.replace("white powder", "substance"))
    tok = next(t for t in doc if t.text == word)
    assert no_health_event(tok)


@pytest.mark.parametrize("text,word", [
    ("Police investigated the shooting of a nurse.", "investigated"),
    ("The army fought the rebels near the border.", "fought"),
])
def test_inquiries_and_force_on_people_stay(spacy_nlp: Any, text: str, word: str) -> None:
    assert not no_health_event(token(spacy_nlp, STORY + text, word))


def test_classes_only_in_outbreak_stories(spacy_nlp: Any) -> None:
    """News of other kinds keeps the lexicon's reading."""
    doc = spacy_nlp("Kosovo police closed five schools run by Serbia in the north.")
    assert not outbreak_story(doc)
    closed = next(t for t in doc if t.text == "closed")
    assert health_reading(closed, "close", "VERB") is None
    story = spacy_nlp("Flu cases rose again. The ministry closed five schools.")
    assert outbreak_story(story)
    closed = next(t for t in story if t.text == "closed")
    assert health_reading(closed, "close", "VERB") == ("COERCE", "restrict")


@pytest.mark.parametrize("text", [
    "The virus spread to three more provinces on Monday.",
    "The number of cases rose to 400, the health ministry confirmed.",
    "Twelve patients died of the disease overnight.",
])
def test_no_deliberate_act_no_event(full_pipeline: Any, text: str) -> None:
    """A disease spreading, cases rising, patients dying: no event."""
    assert by_trigger(full_pipeline, "Outbreak in the south\n" + text) == {}


def test_pipeline_types_measures(full_pipeline: Any) -> None:
    text = ("Bird flu reaches the coast\nThe coastal village of Mirela has been quarantined "
            "after the H5N1 virus was found in geese. Officials also cancelled the weekly "
            "poultry market.")
    events = by_trigger(full_pipeline, text)
    assert events["quarantined"].type == "COERCE"
    assert events["quarantined"].mode == "restrict"
    assert events["cancelled"].type == "COERCE"


def test_measure_noun_kept_past_the_filter(full_pipeline: Any) -> None:
    """The learned filter was never fitted on this class (no actor, a noun):
    ``eventness.CLASS_KEPT`` keeps it."""
    text = ("Swine fever in the valley\nThe swine fever outbreak has reached a third farm. "
            "Restrictions were placed on the movement of pigs across the valley.")
    assert by_trigger(full_pipeline, text)["Restrictions"].type == "COERCE"


@pytest.mark.parametrize("text,word", [
    ("Relief agencies provided emergency assistance to the flood victims.", "assistance"),
    ("The Red Cross gave aid to families in the camps.", "aid"),
    ("Japan extended relief to the islands after the storm.", "relief"),
    ("The state is providing aid to the families of the dead.", "aid"),
])
def test_aid_given_is_the_noun(spacy_nlp: Any, text: str, word: str) -> None:
    doc = spacy_nlp(text)
    noun = next(t for t in doc if t.text == word)
    assert aid_given(noun) == ("AID", None)
    assert aid_given(noun.head) is False  # the giving verb gives no event of its own


@pytest.mark.parametrize("text,word", [
    ("The donors may stop giving aid to the province.", "aid"),  # what is stopped
    ("Aid workers reached the town on foot.", "Aid"),  # a modifier
    ("The minister discussed aid with the donors.", "aid"),  # no giving verb
    ("Volunteers distributed aid in the villages.", "aid"),  # the verb is the event
])
def test_aid_given_look_alikes(spacy_nlp: Any, text: str, word: str) -> None:
    assert aid_given(token(spacy_nlp, text, word)) is None


@pytest.mark.parametrize("text,word", [
    ("The FBI is investigating the case.", "investigating"),
    ("Prosecutors dropped the cases against the two nurses.", "dropped"),
    ("Police blamed the spread of rumours on the opposition.", "blamed"),
])
def test_generic_nouns_are_no_germs(spacy_nlp: Any, text: str, word: str) -> None:
    """Review of wiki15: "case", "cases", "spread" are no disease words; an
    act on them in an outbreak story is still read by the other classes."""
    assert not no_health_event(token(spacy_nlp, STORY + text, word))
