"""Class *a request for money or for forces sent* (asked_means.py) on
sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.events.asked_means import asks_for_means
from eventwire.stages.events.modes import rule_mode


def _trigger(nlp: Any, text: str, word: str) -> Any:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return doc[tok.i:tok.i + 1]


@pytest.mark.parametrize("text,word", [
    ("The relief office appealed for $40 million after the cyclone.", "appealed"),
    ("The governor asked the national government for 12 million kina to move families "
     "inland.", "asked"),
    ("The agency will seek money for a second season of digging.", "seek"),
    ("The mayor asked the interior ministry to send 2,000 more soldiers to the port.", "asked"),
    ("Lithuania would ask its allies to step up patrols along the pipeline.", "ask"),
    ("The council would ask Paris for drones and helicopters, a member said.", "ask"),
    ("Firefighters requested the use of three planes to douse the blaze.", "requested"),
])
def test_asks_for_means(spacy_nlp: Any, text: str, word: str) -> None:
    assert asks_for_means(_trigger(spacy_nlp, text, word))


@pytest.mark.parametrize("text,word", [
    ("Relatives called for the soldiers to be punished.", "called"),
    ("The bishop urged the soldiers to stand aside.", "urged"),
    ("The union asked for a meeting with the minister.", "asked"),
    ("He asked the court to send the case back to the lower court.", "asked"),
    ("The gang demanded 20 million naira from the family.", "demanded"),
])
def test_asks_for_no_means(spacy_nlp: Any, text: str, word: str) -> None:
    assert not asks_for_means(_trigger(spacy_nlp, text, word))


@pytest.mark.parametrize("text,word,mode", [
    ("The mayor asked the interior ministry to send 2,000 more soldiers to the port.", "asked",
     "assist"),
    # a concession cued first keeps its mode
    ("The kidnappers asked for 5 million naira for the release of the pupils.", "asked",
     "yield"),
    ("The bishop urged the soldiers to stand aside.", "urged", None),
])
def test_rule_mode_of_requests(spacy_nlp: Any, text: str, word: str, mode: str | None) -> None:
    assert rule_mode("REQUEST", _trigger(spacy_nlp, text, word), None) == mode
