"""Class *whom a protest mourns is not whom it targets* (recodes18,
:mod:`eventwire.stages.events.mourned`): sentences written for this test,
none from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.mourned import mourned
from tests.conftest import event_with_trigger as event


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,word", [
    ("Hundreds held a candlelight vigil for Maria Lopez outside the station.", "Lopez"),
    ("Students rioted over the student's shooting in the capital.", "student"),
    ("Residents protested against the police killing of a taxi driver.", "police"),
    ("Crowds protested the killing of a farmer by soldiers near the border.", "soldiers"),
])
def test_the_mourned_and_the_parties_of_the_grievance(spacy_nlp, text: str,  # type: ignore[no-untyped-def]
                                                      word: str) -> None:
    doc = spacy_nlp(text)
    (tok,) = [t for t in doc if t.text == word]
    assert mourned(tok, "PROTEST")
    assert not mourned(tok, "ASSAULT")  # only a protest's grievance


@pytest.mark.parametrize("text,word", [
    ("Protesters threw stones at police after the vigil.", "police"),
    ("Demonstrators rallied against the government over the death of a student.",
     "government"),
    ("Mourners clashed with riot police outside the funeral.", "police"),
])
def test_whom_a_protest_is_aimed_at_stays(spacy_nlp, text: str,  # type: ignore[no-untyped-def]
                                         word: str) -> None:
    doc = spacy_nlp(text)
    (tok,) = [t for t in doc if t.text == word]
    assert not mourned(tok, "PROTEST")


def test_the_grievance_end_to_end(pipe: Pipeline) -> None:
    """Without the class the riot took "police" (of the shooting) as its
    recipient; the shooting itself keeps its victim."""
    text = "Youths rioted in Lyon over the police shooting of a delivery driver."
    riot = event(pipe, text, "rioted")
    assert riot.recipient is None, riot.recipient
    shooting = event(pipe, text, "shooting")
    assert shooting.recipient is not None and "driver" in shooting.recipient.text
