"""The learned event/non-event filter (eventwire/stages/events/eventness.py).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.eventness import (
    MODEL_PATH,
    EventFilter,
    doc_context,
    features,
    load_filter,
    recorded_features,
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


class _Spy(EventFilter):
    """The shipped weights, noting every feature list the filter is served."""

    def __init__(self, model: EventFilter) -> None:
        super().__init__(model.weights, model.bias, model.threshold)
        self.served: list[list[str]] = []

    def keep(self, feats: list[str]) -> bool:
        self.served.append(list(feats))
        return super().keep(feats)


SKEW_TEXTS = [
    "The two countries reached a trade agreement on Monday.",
    "The general who grabbed power in 2019 promised elections. Critics said he lied.",
    "Rebel fighters attacked an army base near Goma. The army said it repelled them "
    "and arrested four men.",
    "Union members went on strike at the port, and the mayor met their leaders on Friday.",
    '"We will not negotiate," the minister said after protesters blocked the road.',
]


def _docs(pipe: Pipeline, texts: list[str]) -> list[Doc]:
    """The parsed docs of ``texts``, one batch."""
    arts = [Article(text=t, published=date(2021, 5, 4)) for t in texts]
    docs = [doc for _a, doc, _r in pipe.docs(arts)]
    assert all(doc is not None for doc in docs)
    return [doc for doc in docs if doc is not None]


def test_recorded_features_are_the_ones_the_filter_is_served(
        event_pipe: Pipeline, event_rules_pipe: Pipeline,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """events13: the training dump (filter off, recording on) holds exactly
    the features the filter scores at run time, article by article, in one
    batch of several articles."""
    shipped = load_filter()
    assert shipped is not None
    spy = _Spy(shipped)
    monkeypatch.setattr(event_pipe.nlp.get_pipe("eventwire_events"), "filter", spy)
    monkeypatch.setattr(event_rules_pipe.nlp.get_pipe("eventwire_events"),
                        "record_features", True)
    _docs(event_pipe, SKEW_TEXTS)
    dumped = [feats for doc in _docs(event_rules_pipe, SKEW_TEXTS)
              for _e, feats in recorded_features(doc)]
    assert len(dumped) >= len(SKEW_TEXTS) and dumped == spy.served


def test_features_after_the_component_differ_from_the_served_ones(
        event_rules_pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """The skew events12 found: after the actor chooser and the resolver
    ran, "The two countries reached a trade agreement" has a political
    actor; the filter inside the component saw none. Recording where the
    filter runs keeps the served features."""
    monkeypatch.setattr(event_rules_pipe.nlp.get_pipe("eventwire_events"),
                        "record_features", True)
    (doc,) = _docs(event_rules_pipe, SKEW_TEXTS[:1])
    ctx = doc_context(doc, list(doc._.actor_mentions))
    ((event, served),) = recorded_features(doc)
    tok = trigger_token(doc, event)
    assert tok is not None
    after = features(tok, event, ctx)
    assert "actor_political=False" in served and "actor_political=True" in after


def test_nothing_is_recorded_unless_asked(event_pipe: Pipeline) -> None:
    (doc,) = _docs(event_pipe, SKEW_TEXTS[:1])
    assert recorded_features(doc) == []
