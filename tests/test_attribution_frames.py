"""Quotations across sentences (eventwire/stages/attribution/frames.py and
runs.py, issue #12, branch attrib3): each class with several passages
written for these tests, none taken from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_attribution_boundaries import quotes


# --- class: a quotation of several sentences is one statement
@pytest.mark.parametrize("text,speaker,content", [
    ("“The economy is recovering faster than anyone expected. Wages are rising, and "
     "unemployment is falling,” the treasury secretary said in a speech.",
     "the treasury secretary",
     "The economy is recovering faster than anyone expected. Wages are rising, and "
     "unemployment is falling"),
    ("“We tried everything. Nobody listened to us,” a farmer from the valley told reporters.",
     "a farmer from the valley", "We tried everything. Nobody listened to us"),
    ("“The vote was rigged. We have the evidence. We will go to court,” the opposition "
     "leader said.", "the opposition leader",
     "The vote was rigged. We have the evidence. We will go to court"),
])
def test_quotation_of_several_sentences(quote_pipe: Pipeline, text: str, speaker: str,
                                        content: str) -> None:
    assert [q[:1] + q[2:3] for q in quotes(quote_pipe, text)] == [(speaker, content)]


# --- class: the source in a frame before the quotation (colon, manner of speaking)
@pytest.mark.parametrize("text,speaker,content", [
    ("The governor was defiant on Monday. “We will not close the schools. Not this week.”",
     "The governor", "We will not close the schools. Not this week"),
    ("The chairwoman was terse in her answer to the auditors: “Your figures are out of date.”",
     "The chairwoman", "Your figures are out of date"),
    ("The coach was upbeat after the defeat. “We played well and we will learn from it.”",
     "The coach", "We played well and we will learn from it"),
])
def test_quotation_framed_before(quote_pipe: Pipeline, text: str, speaker: str,
                                 content: str) -> None:
    assert (speaker, None, content, []) in quotes(quote_pipe, text)


# --- class: the source named in the sentence after the quotation
@pytest.mark.parametrize("text,speaker,cue", [
    ("“I have never met the man.” That was the response of the defence minister when "
     "reporters asked about the contract.", "the defence minister", "response"),
    ("“Enough is enough.” That was the verdict of the party's chairman after the vote.",
     "the party's chairman", "verdict"),
    ("“Build more homes.” This was the advice of the housing commission in its final report.",
     "the housing commission", "advice"),
])
def test_quotation_named_after(quote_pipe: Pipeline, text: str, speaker: str,
                               cue: str) -> None:
    assert (speaker, cue) in [q[:2] for q in quotes(quote_pipe, text)]


# --- negatives: a quotation after an ordinary sentence has no framed source
@pytest.mark.parametrize("text", [
    "Rebels attacked the town at dawn. “We heard explosions all night.”",
    "The bill passed on Tuesday. “A historic day.”",
])
def test_no_frame(quote_pipe: Pipeline, text: str) -> None:
    assert all(q[0] is None or q[1] is not None for q in quotes(quote_pipe, text))


# --- class: a closing mark cut off into a sentence of its own (speakers21)
@pytest.mark.parametrize("text,speaker,content", [
    ("Flood warning\nThe river rose overnight.\n\"We have never seen it this high, \" the mayor "
     "said.\n\"Three bridges were closed before dawn. \"\nThe army sent boats.",
     "the mayor", "Three bridges were closed before dawn"),
    ("Talks collapse\nThe unions walked out.\n\"They offered us nothing, \" a union leader "
     "said.\n\"The managers broke every promise. \"\nTalks resume on Monday.",
     "a union leader", "The managers broke every promise"),
    ("Fire at the depot\nCrews worked all night.\n\"The roof fell in at midnight, \" the fire "
     "chief said.\n\"Two of my men were hurt. \"\nThe depot stays shut.",
     "the fire chief", "Two of my men were hurt"),
])
def test_quotation_continues_over_cut_mark(quote_pipe: Pipeline, text: str, speaker: str,
                                           content: str) -> None:
    found = [(q[0], q[2].strip()) for q in quotes(quote_pipe, text)]
    assert (speaker, content) in found
