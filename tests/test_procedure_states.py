"""A court or police act told again by the state it left: a sentence served,
a person in custody (eventwire/stages/events/procedure_states.py, branch
events51; docs/annotation.md "Court and police procedure words", relabel50).
Every sentence here was written for these tests (none from an evaluation set
or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.procedure_states import custody_predicate, sentence_served
from tests.conftest import events_of


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


# a sentence served: the trigger's last word, and the recipient
@pytest.mark.parametrize(("text", "last", "recipient"), [
    ("The former governor, who is serving a 14-year sentence for graft, was moved to a "
     "hospital on Tuesday.", "sentence", "governor"),
    ("A smuggler serving three life sentences escaped from a prison van near Tulsa.",
     "sentences", "smuggler"),
    ("The blogger died in a clinic while serving his sentence.", "sentence", "blogger"),
    ("The mayor served a six-month jail term for bribery before returning to politics.",
     "term", "mayor"),
    ("She served two years in a state prison for the ambush.", "served", "She"),
    ("He is serving life behind bars for the 2009 bombing.", "serving", "He"),
    ("Marcus Bell served 30 months in a federal penitentiary for the arson attack.",
     "served", "Bell"),
    ("Okonkwo served nine months of a three-year sentence and was paroled.",
     "sentence", "Okonkwo"),
])
def test_a_sentence_served_is_a_sanction(event_pipe: Pipeline, text: str, last: str,
                                         recipient: str) -> None:
    """relabel50's decision 1: SANCTION convict on the sentence noun (on
    "served" when none names it), no actor, the prisoner as recipient; kept
    by the learned filter."""
    found = [e for e in events_of(event_pipe, text) if e.trigger.text.endswith(last)
             and e.trigger.text.split()[0].lower() in ("serving", "served", "serve")]
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "convict")]
    assert found[0].actor is None
    assert found[0].recipient is not None and recipient in found[0].recipient.text


@pytest.mark.parametrize(("text", "form"), [
    ("Presidents may serve no more than two terms under the constitution.", "serve"),
    ("She served four years as governor before joining the cabinet.", "served"),
    ("He served two years in the army and later joined the police.", "served"),
    ("The waiters served dinner to the delegates after the talks.", "served"),
    ("Officers served a search warrant on the house on Friday.", "served"),
    ("The general served time in Kandahar and Basra.", "served"),
    ("The new rules serve the interests of small farmers.", "serve"),
])
def test_other_things_served_are_no_sentence(spacy_nlp: Any, text: str, form: str) -> None:
    assert sentence_served(word(spacy_nlp, text, form)) is None


@pytest.mark.parametrize(("text", "recipient"), [
    ("The driver is in custody and will be charged today.", "driver"),
    ("The interior ministry says the two journalists are not in state custody.",
     "journalists"),
    ("Two suspects who are in custody will appear in court on Monday.", "suspects"),
])
def test_a_person_in_custody_is_an_arrest(event_pipe: Pipeline, text: str,
                                          recipient: str) -> None:
    """relabel50's decision 2: custody as its clause's own predicate is the
    arrest told again, COERCE arrest on "custody"."""
    found = [e for e in events_of(event_pipe, text) if e.trigger.text == "custody"]
    assert [(e.type, e.mode) for e in found] == [("COERCE", "arrest")]
    assert found[0].recipient is not None and recipient in found[0].recipient.text


@pytest.mark.parametrize("text", [
    "Both deputies remain in custody at the county jail.",
    "The ringleader will remain in custody until his trial, the prosecutor said.",
    "Border guards have three smugglers in custody after the raid.",
])
def test_custody_predicates(spacy_nlp: Any, text: str) -> None:
    assert custody_predicate(word(spacy_nlp, text, "custody"))


@pytest.mark.parametrize("text", [
    "A prisoner died in custody last week.",  # a setting of another act
    "The judge ordered the activist to remain in custody pending trial.",  # the order's
    "The magistrate ordered that the pilot remain in custody until Friday.",
    "The seized documents are in police custody.",  # a thing
    "Police have the rifle in custody as evidence.",
    "The 40 migrants in the coast guard's custody were given blankets.",  # a modifier
    "The couple are fighting over custody of their children.",
    "The boy is now in his grandmother's custody.",  # a family's
    "The twins are in joint custody after the divorce.",
    "Three inmates escaped custody during a transfer.",
])
def test_custody_that_is_no_arrest(spacy_nlp: Any, text: str) -> None:
    assert not custody_predicate(word(spacy_nlp, text, "custody"))


def test_a_sentence_served_is_undated(full_pipeline: Pipeline) -> None:
    """A sentence being served is a state: undated unless the text dates the
    sentencing (relabel50), even under a dated main clause."""
    text = ("In March the regional council met in Tarvik. The former governor, who is "
            "serving a 14-year sentence for graft, was moved to a hospital on Tuesday.")
    found = [e for e in events_of(full_pipeline, text) if e.type == "SANCTION"]
    assert len(found) == 1
    assert found[0].time is not None and found[0].time.value is None
