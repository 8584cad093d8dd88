"""Lead-in lines ending in a colon (eventwire/stages/attribution/leadins.py,
issue #12, branch speakers21): passages written for these tests, none taken
from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_attribution_boundaries import quotes


# --- class: a lead-in line that is only an attribution covers the lines after it
@pytest.mark.parametrize("text,speaker,content,relays", [
    ("Storm floods the coast\nThe state news agency reported:\nWaves broke the sea wall at dawn.\n"
     "Firefighters evacuated two hospitals.", "The state news agency",
     "Waves broke the sea wall at dawn.\nFirefighters evacuated two hospitals.", []),
    ("Border talks stall\nThe foreign ministry said in a statement:\n"
     "Troops fired on a patrol near the river.", "The foreign ministry",
     "Troops fired on a patrol near the river.", []),
    ("Mayor resigns\nAccording to reports in a local weekly:\nThe mayor quit on Friday.\n"
     "Two aides were arrested.", "reports",
     "The mayor quit on Friday.\nTwo aides were arrested.", ["a local weekly"]),
    ("Strike ends\nThe union announced:\nWorkers will return on Monday.", "The union",
     "Workers will return on Monday.", []),
])
def test_lead_in_line(quote_pipe: Pipeline, text: str, speaker: str, content: str,
                      relays: list[str]) -> None:
    assert (speaker, content, relays) in [(q[0], q[2], q[3]) for q in quotes(quote_pipe, text)]


# --- the reach ends at the next lead-in
def test_lead_in_reach_ends_at_next_lead_in(quote_pipe: Pipeline) -> None:
    text = ("Clashes in the capital\nThe army said:\nRebels shelled a depot.\n"
            "The rebels said:\nSoldiers burned a market.")
    found = {q[0]: q[2] for q in quotes(quote_pipe, text)}
    assert found["The army"] == "Rebels shelled a depot."
    assert found["The rebels"] == "Soldiers burned a market."


# --- not a lead-in: a long line, a headline, a line whose verb has its object
@pytest.mark.parametrize("text", [
    "Minister: we will not resign\nThe cabinet met on Tuesday.",
    "Farmers block roads\nThe police listed what they seized:\nfour rifles and a truck.",
    ("Vote delayed\nThe electoral commission, which met late on Sunday in the capital after "
     "a week of protests over the count, said:\nThe vote is delayed."),
])
def test_not_a_lead_in(quote_pipe: Pipeline, text: str) -> None:
    assert not any(q[0] in ("The police", "The electoral commission") for q in
                   quotes(quote_pipe, text))
