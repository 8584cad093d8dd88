"""Measures announced or weighed against someone
(eventwire/stages/events/announced_measures.py, branch events45). Every
sentence here was written for these tests (none from an evaluation set)."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def _found(pipe: Pipeline, text: str) -> set[tuple[str, str]]:
    return {(e.type, e.trigger.text) for e in events_of(pipe, text)
            if "measure" in e.trigger.text or "action" in e.trigger.text
            or "steps" in e.trigger.text}


@pytest.mark.parametrize("text", [
    "The interior ministry said the police would take firm action against anyone "
    "who blocked the motorway.",
    "\"Should the drills continue, Ankara will take reciprocal measures,\" the envoy said.",
    "The cabinet said Lagos would take the steps it deemed necessary if the tanker "
    "was not returned within a week.",
    "Belgrade will take countermeasures against the three neighbours, the minister said.",
    # told reporters: the telling is no request
    "\"If the quota is cut, we will take reciprocal steps,\" the fisheries minister told "
    "reporters.",
])
def test_announced_measures_are_a_threat(event_rules_pipe: Pipeline, text: str) -> None:
    """A future "take" of measures aimed at someone, hung on a condition, or
    named as a reprisal: THREATEN on the verb to the noun."""
    found = _found(event_rules_pipe, text)
    assert any(kind == "THREATEN" for kind, _ in found), found


@pytest.mark.parametrize("text", [
    "Brussels would consider further measures against the shipping firms, a spokesman said.",
    "Ottawa said it was weighing additional measures after the envoy's expulsion.",
    "The bloc will consider new steps against the ruling party if the vote is annulled.",
])
def test_weighed_measures_are_a_sanction(event_rules_pipe: Pipeline, text: str) -> None:
    """Sanctions being weighed: SANCTION on "consider ... measures"."""
    found = _found(event_rules_pipe, text)
    assert any(kind == "SANCTION" for kind, _ in found), found


@pytest.mark.parametrize("text", [
    # the warning is the event (the measures are its content)
    "The spokesman warned that Cairo would take all necessary measures if the dam was filled.",
    # what is urged is the request's content
    "The embassy urged the city to take effective measures to protect its workers.",
    # negated
    "The regulator said it would not take any action against the bank.",
    # a plain policy with a purpose and no target
    "The council will take measures to reduce traffic noise near the schools.",
    "The committee considered measures to curb plastic waste on beaches.",
    # past: no announcement
    "The club took steps to improve the pitch over the winter.",
])
def test_no_announced_measures(event_rules_pipe: Pipeline, text: str) -> None:
    found = _found(event_rules_pipe, text)
    rules = {k for k, _ in found}
    assert not rules & {"THREATEN", "SANCTION"}, found


@pytest.mark.parametrize("text", [
    "Canberra was considering further measures against the shipping line, officials said.",
    "The alliance would weigh additional steps against the junta, its spokesman said.",
    "Oslo said it would consider new measures against the trawler owners.",
])
def test_weighed_measures_are_hypothetical(full_pipeline: Pipeline, text: str) -> None:
    """docs/annotation.md: "would consider measures" is ``hypothetical``."""
    found = [e.factuality.modality for e in events_of(full_pipeline, text) if e.type == "SANCTION"]
    assert found == ["hypothetical"], found
