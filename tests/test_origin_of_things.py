"""Class *a demonym that qualifies goods or symbols names their origin, not
a party* (recodes18, :mod:`eventwire.stages.events.origin_of_things`):
sentences written for this test, none from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.origin_of_things import origin_of_things
from tests.conftest import event_with_trigger as event


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


def _judge(spacy_nlp, text: str, word: str) -> bool:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    (tok,) = [t for t in doc if t.text == word]
    m = ActorMention(tok.idx, tok.idx + len(tok), word, kind="state")
    return origin_of_things(m, tok)


@pytest.mark.parametrize("text,word", [
    ("Angry crowds burned Danish flags outside the embassy.", "Danish"),
    ("The ministry banned Argentine beef and poultry after the outbreak.", "Argentine"),
    ("Washington imposed new tariffs on Vietnamese goods.", "Vietnamese"),
    ("Seoul lifted its ban on Japanese films and music.", "Japanese"),
])
def test_a_demonym_before_goods_is_no_party(spacy_nlp, text: str,  # type: ignore[no-untyped-def]
                                           word: str) -> None:
    assert _judge(spacy_nlp, text, word)


@pytest.mark.parametrize("text,word", [
    ("The army shelled Armenian positions near the border.", "Armenian"),
    ("Beijing suspended Lithuanian imports last month.", "Lithuanian"),
    ("The jets struck Syrian territory overnight.", "Syrian"),
    ("The junta rejected Ivorian accusations of meddling.", "Ivorian"),
])
def test_a_demonym_that_stands_for_the_party_stays(spacy_nlp, text: str,  # type: ignore[no-untyped-def]
                                                  word: str) -> None:
    assert not _judge(spacy_nlp, text, word)


def test_burned_flags_end_to_end(pipe: Pipeline) -> None:
    ev = event(pipe, "Protesters burned Danish flags outside the embassy in Karachi.", "burned")
    assert ev.recipient is None or ev.recipient.text != "Danish", ev.recipient
