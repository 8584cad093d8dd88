"""eventwire/stages/events/offered_help.py: a request named as the
condition of an offer of help is REQUEST assist. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_modes import check


@pytest.fixture(scope="module")
def pipe(mode_rules_pipe: Pipeline) -> Pipeline:
    """The rule cascade alone (``conftest.mode_rules_pipe``, built once)."""
    return mode_rules_pipe


@pytest.mark.parametrize("text,word", [
    ("The regional bloc said it was ready to send a peace mission if the government "
     "requested one.", "requested"),
    ("The neighbouring state stood ready to provide medical teams if the island asked "
     "for them.", "asked"),
    ("The army said it was prepared to help secure the dam if the province asked.", "asked"),
    ("Japan offered to send engineers to repair the bridge if both sides requested it.",
     "requested"),
])
def test_request_for_offered_help_is_assist(pipe: Pipeline, text: str, word: str) -> None:
    check(pipe, text, word, "REQUEST", "assist")


@pytest.mark.parametrize("text,word", [
    # an offer of talks is no help; a condition on no offer is no request for help
    ("The envoy said he was ready to hold talks if the rebels asked for them.", "asked"),
    ("The mayor asked residents to stay indoors if the river rose further.", "asked"),
])
def test_no_offer_of_help_no_assist(pipe: Pipeline, text: str, word: str) -> None:
    check(pipe, text, word, "REQUEST", None)


@pytest.mark.parametrize("text,word", [
    # class *a request that names its own content* (review56): the request
    # asks for a thing of its own, so what it asks for is no offered help
    ("Police said they were ready to arrest the suspect if prosecutors requested a warrant.",
     "requested"),
    ("The council stood ready to rebuild the school if parents asked for a new site.",
     "asked"),
    ("The carrier offered to refund the tickets if passengers requested a written claim.",
     "requested"),
])
def test_a_request_with_its_own_content_is_no_offered_help(pipe: Pipeline, text: str,
                                                          word: str) -> None:
    check(pipe, text, word, "REQUEST", None)


@pytest.mark.parametrize("text,word", [
    # class *an offer to restrict a third party* (review56): sanctions, an
    # embargo, a closure or a ban offered on request is no help
    ("The bloc said it was ready to impose sanctions if the council requested it.",
     "requested"),
    ("Washington said it was prepared to impose an embargo on the junta if its allies asked.",
     "asked"),
    ("The governors said they were ready to close the border if the capital asked.", "asked"),
])
def test_an_offer_to_restrict_is_no_offered_help(pipe: Pipeline, text: str, word: str) -> None:
    check(pipe, text, word, "REQUEST", None)


def test_the_readiness_words_live_once() -> None:
    """The events stage's readiness adjectives (intent_heads, split from
    component: "ready" is the offer's trigger) are one set, which the offer
    words extend (review56)."""
    from eventwire.stages.events import intent_heads, offered_help

    assert intent_heads.READINESS_WORDS is offered_help.READINESS_WORDS
    assert offered_help.READINESS_WORDS < offered_help.OFFER_WORDS
