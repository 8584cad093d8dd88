"""Quotations over several paragraphs (eventwire/stages/attribution/
paragraphs.py, issue #12, branch speakers21): passages written for these
tests, none taken from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_attribution_boundaries import quotes


# --- class: a quotation left open at a paragraph's end goes on in the next
@pytest.mark.parametrize("text,speaker,inside", [
    # the cue on the closing paragraph
    ("Navy foils raid.\nThe frigate was on patrol.\n\"While two skiffs got away, the frigate "
     "intercepted three boats.\n\"The boats had 26 crew on board, \" the captain said.\n"
     "The crew was handed over.", "the captain", "the frigate intercepted three boats"),
    # the speaker of the paragraph before (curly marks)
    ("Floods in the valley.\n“We lost everything in one night,” the farmer said.\n“The water "
     "swept away the barn and drowned the cattle.\n“Nobody came to help us.”\nThe rain goes on.",
     "the farmer", "The water swept away the barn"),
    # the cue on the opening paragraph
    ("Strike at the port.\nThe union leader said: \"The company fired forty dockers without "
     "notice.\n\"We will not accept it. \"\nTalks resume on Monday.",
     "The union leader", "We will not accept it"),
])
def test_quotation_over_paragraphs(quote_pipe: Pipeline, text: str, speaker: str,
                                   inside: str) -> None:
    assert any(q[0] == speaker and inside in q[2] for q in quotes(quote_pipe, text))


# --- not a run: a stray mark whose next paragraph does not reopen
def test_stray_mark_is_no_run(quote_pipe: Pipeline) -> None:
    text = ("Market report.\n“Prices rose,” the trader said.\nShe called it \"a bubble.\n"
            "Shares of the bank fell sharply on Tuesday.")
    assert not any("Shares of the bank" in q[2] for q in quotes(quote_pipe, text))
