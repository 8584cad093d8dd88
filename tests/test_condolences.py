"""Condolences and sympathy are no event (eventwire/data/events/curated.yaml
``figurative_objects``; docs/annotation.md "Not labelled: ... condolences").
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("The African Union offered its condolences to the families of the victims.", "offered"),
    ("The health minister expressed his deep sympathy after the boy's death.", "expressed"),
    ("Several neighbouring states sent condolences and Japan pledged $2 million in relief.",
     "sent"),
])
def test_condolences_are_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Several neighbouring states sent condolences and Japan pledged $2 million in relief.",
     "pledged"),
    ("The Arab League expressed support for the ceasefire.", "expressed"),
    ("The opposition offered to join a unity government.", "offered"),
    ("Tajik President Rahmon called Chinese President Xi on Thursday to express condolences.",
     "called"),
])
def test_support_offers_and_the_call_stay(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)
