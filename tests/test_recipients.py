"""The recipient choice of eventwire/stages/events/recipients.py: the rules'
choice unless ranker weights are shipped, and the features the ranker reads."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events import recipients
from tests.conftest import events_of


def _mention(text: str, start: int, country: str | None) -> ActorMention:
    return ActorMention(start=start, end=start + len(text), text=text, country=country,
                        kind="state", rule="kb")


@pytest.fixture()
def doc_and_trigger(event_pipe: Pipeline) -> tuple[Any, Any]:
    doc = event_pipe.nlp("Egypt accused Ethiopia of filling the dam.")
    return doc, doc[1]


def test_without_weights_the_rules_choose(doc_and_trigger: tuple[Any, Any],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    doc, trigger = doc_and_trigger
    monkeypatch.setattr(recipients, "_weights", lambda: None)
    rule = _mention("Ethiopia", 14, "ETH")
    assert recipients.choose_recipient(doc, trigger, "ACCUSE", False, None,
                                       [("cand", 0, rule)], rule) is rule


def test_the_ranker_takes_the_best_scoring_option(doc_and_trigger: tuple[Any, Any],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    doc, trigger = doc_and_trigger
    rule = _mention("Ethiopia", 14, "ETH")
    monkeypatch.setattr(recipients, "_weights", lambda: {"none": 2.0, "src=cand": 1.0})
    assert recipients.choose_recipient(doc, trigger, "ACCUSE", False, None,
                                       [("cand", 0, rule)], rule) is None
    monkeypatch.setattr(recipients, "_weights", lambda: {"none": -1.0})
    assert recipients.choose_recipient(doc, trigger, "ACCUSE", False, None,
                                       [("cand", 0, rule)], rule) is rule


def test_option_features_name_source_dependency_and_choice(
        doc_and_trigger: tuple[Any, Any]) -> None:
    doc, trigger = doc_and_trigger
    rule = _mention("Ethiopia", 14, "ETH")
    feats = recipients.option_features(doc, trigger, "ACCUSE", False, None,
                                       ("cand", 0, rule), rule)
    assert {"src=cand", "chosen=True", "country=True", "dep=dobj"} <= set(feats)
    none = recipients.option_features(doc, trigger, "ACCUSE", False, None, None, rule)
    assert "none" in none and "none&rule_none=False" in none


def test_the_observer_sees_every_choice(event_pipe: Pipeline) -> None:
    seen: list[str] = []
    recipients.OBSERVER.append(lambda doc, trigger, *rest: seen.append(trigger.text))
    try:
        events_of(event_pipe, "Egypt accused Ethiopia of filling the dam.")
    finally:
        recipients.OBSERVER.pop()
    assert "accused" in seen
