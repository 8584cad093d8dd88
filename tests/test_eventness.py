"""The learned event/non-event filter (eventwire/stages/events/eventness.py).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.eventness import (
    MODEL_PATH,
    EventFilter,
    doc_context,
    features,
    load_filter,
    trigger_token,
)


def test_weights_are_shipped_and_load() -> None:
    assert MODEL_PATH.exists()
    model = load_filter()
    assert model is not None and 0.0 < model.threshold < 1.0 and len(model.weights) > 100


def test_probability_is_a_logistic_of_the_summed_weights() -> None:
    model = EventFilter({"a": 2.0, "b": -1.0}, bias=-1.0, threshold=0.5)
    assert model.probability(["a", "b"]) == pytest.approx(0.5)
    assert model.probability(["a", "a"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.0))
    assert not model.keep(["b"]) and model.keep(["a"])


def _features(pipe: Pipeline, text: str) -> list[list[str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    ctx = doc_context(doc, list(doc._.actor_mentions))
    out = []
    for event in doc._.events:
        tok = trigger_token(doc, event)
        assert tok is not None
        out.append(features(tok, event, ctx))
    return out


def test_features_name_roles_clause_and_context(event_pipe: Pipeline) -> None:
    (feats,) = _features(event_pipe, "Rebel fighters attacked an army base near Goma.")
    assert "lemma=attack" in feats and "type=ASSAULT" in feats
    assert "actor=yes" in feats and "first_sent=True" in feats and "subj=True" in feats


@pytest.mark.parametrize("text", [
    "Government troops shelled the rebel-held town on Tuesday.",
    "The foreign ministry summoned the French ambassador over the remarks.",
    "Police arrested twelve opposition activists in the capital.",
])
def test_clear_political_acts_are_kept(event_pipe: Pipeline, text: str) -> None:
    model = load_filter()
    assert model is not None
    assert all(model.keep(f) for f in _features(event_pipe, text))


def test_the_filter_can_be_turned_off(event_rules_pipe: Pipeline) -> None:
    assert event_rules_pipe.nlp.get_pipe("eventwire_events").filter is None


@pytest.mark.parametrize("text", [
    '"We shelled the depot," a commander said. Troops "attacked" the base at dawn.',
    "\u201cThey arrested him,\u201d she said, and \u201cwe protested\u201d outside.",
    'Police raided a house. "Raids will continue" until the "gangs" leave, he said.',
])
def test_quoted_equals_counting_the_sentence_s_marks(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """``_in_quotes`` by bisection over the doc's quote marks answers what
    counting the marks before the word in its sentence answers."""
    from eventwire.stages.events.eventness import QUOTES, _in_quotes

    doc = spacy_nlp(text)
    ctx = doc_context(doc, [])
    for tok in doc:
        counted = sum(1 for t in tok.sent[: tok.i - tok.sent.start] if t.text in QUOTES)
        assert _in_quotes(tok, tok.sent.start, ctx.quotes) == (counted % 2 == 1)
    assert any(_in_quotes(t, t.sent.start, ctx.quotes) for t in doc)
