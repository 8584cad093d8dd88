"""A government named after its leader
(eventwire/stages/actors/leader_governments.py). Sentences written for
these tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe(actors_pipe: Pipeline) -> Pipeline:
    return actors_pipe


@pytest.mark.parametrize("text,noun,country", [
    ("The Bush administration rejected the treaty on Friday.", "The Bush administration",
     "USA"),
    ("Kenya's president met Joe Biden in Nairobi. Kenya later said the Biden administration "
     "had broken its word to Kenya.", "administration", "USA"),
    ("Benjamin Netanyahu's government approved the settlement plan, Jordan said, and "
     "Jordan recalled its envoy.", "government", "ISR"),
])
def test_a_leaders_government_is_his_states(pipe: Pipeline, text: str, noun: str,
                                            country: str) -> None:
    _, mentions = mentions_of(pipe, text)
    m = [m for m in mentions if m.text == noun][-1]
    assert m.country == country and m.sectors[:1] == ["GOV"], m


@pytest.mark.parametrize("text,noun", [
    # no known leader before the noun: the story's country stays
    ("Farmers in Ghana said the Mensah government had failed them, Ghana's radio said.",
     "government"),
    ("The government of Peru declared an emergency in Peru.", "government"),
    ("Mali's government expelled the envoy of France.", "government"),
])
def test_no_leader_no_change(pipe: Pipeline, text: str, noun: str) -> None:
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text == noun)
    assert "+leader" not in m.rule, m
