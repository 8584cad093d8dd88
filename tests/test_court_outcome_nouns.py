"""A court's outcome named by its noun: a guilty verdict, a sentence given
(eventwire/stages/events/court_outcome_nouns.py, branch missed59;
docs/annotation.md "Judicial acts"). Every sentence here was written for
these tests (none from an evaluation set or a shared data file)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.court_outcome_nouns import court_outcome, verdict_object_end
from tests.conftest import events_of


def word(nlp: Any, text: str, form: str) -> Any:
    return next(t for t in nlp(text) if t.text == form)


# in class: a guilty verdict; a measured sentence a general verb gives
@pytest.mark.parametrize(("text", "form"), [
    ("Guilty verdict for arsonist who burned down a Dundee chapel", "verdict"),
    ("A jury in Leeds returned a guilty verdict against the gunman on Friday.", "verdict"),
    ("After two days of deliberation the panel reached a guilty verdict.", "verdict"),
    ("The second trial brought the former mayor a further ten-year sentence.", "sentence"),
    ("The bank fraud earned the accountant a five-year prison sentence.", "sentence"),
    ("She went back to jail in 1991, given a new 15 year sentence.", "sentence"),
])
def test_court_outcome(spacy_nlp: Any, text: str, form: str) -> None:
    assert court_outcome(word(spacy_nlp, text, form))


# out of class: an acquittal, a verdict with no finding, a possible or served
# sentence, a line of text, a sentence already told by its verb
@pytest.mark.parametrize(("text", "form"), [
    ("The jury returned a not guilty verdict on all counts.", "verdict"),
    ("The victim's brother called the verdict bittersweet.", "verdict"),
    ("The jury reached its verdict in less than a day.", "verdict"),
    ("The cashier faces a maximum sentence of ten years if convicted.", "sentence"),
    ("The teacher brought the class a sentence to translate.", "sentence"),
    ("The smuggler received a sentence of life in prison.", "sentence"),
    ("The new count added three years to his sentence.", "sentence"),
])
def test_not_court_outcome(spacy_nlp: Any, text: str, form: str) -> None:
    assert not court_outcome(word(spacy_nlp, text, form))


def test_handed_down_guilty_verdict_is_one_trigger(spacy_nlp: Any) -> None:
    doc = spacy_nlp("A jury in Perth handed down a guilty verdict for the driver.")
    verb = next(t for t in doc if t.text == "handed")
    end = verdict_object_end(verb)
    assert end is not None and doc[verb.i:end].text == "handed down a guilty verdict"
    other = spacy_nlp("The judge handed down the maximum sentence on each count.")
    assert verdict_object_end(next(t for t in other if t.text == "handed")) is None


def test_guilty_verdict_headline_is_a_conviction(full_pipeline: Any) -> None:
    """Kept past the learned filter (``eventness.CLASS_KEPT``)."""
    events = events_of(full_pipeline,
                       "Guilty verdict for man who set fire to a Dundee chapel\n"
                       "A jury in Dundee returned a guilty verdict against Tom Reid on "
                       "Monday for setting fire to the chapel in March.")
    found = [(e.trigger.text, e.type, e.mode) for e in events]
    assert sum(1 for t, k, m in found if t == "verdict" and k == "SANCTION"
               and m == "convict") == 2, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Reporters waited outside after the sentencing of Tom Reid on Friday.", True),
    ("Formal sentencing will take place at a later date, the clerk said.", True),
    ("The sentencing is set for June 9 in the county court.", True),
    ("The judge remanded him in custody ahead of sentencing.", False),
    ("The ambassador, who attended the sentencing, spoke to reporters.", False),
    ("Sentencing guidelines were revised by the commission last year.", False),
])
def test_particular_sentencing(spacy_nlp: Any, text: str, expected: bool) -> None:
    tok = next(t for t in spacy_nlp(text) if t.lower_ == "sentencing")
    assert court_outcome(tok) is expected
