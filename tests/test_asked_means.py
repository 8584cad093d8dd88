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
    # review90: own probes in other words and structures
    ("The provincial government appealed to donors for 3 billion rupees to rebuild schools.",
     "appealed"),
    ("The president asked neighbouring states to deploy peacekeepers along the frontier.",
     "asked"),
    ("Kyiv requested more fighter jets from its Western partners on Monday.", "requested"),
    ("The health ministry sought $12 million from the World Bank to fight the outbreak.",
     "sought"),
    ("The farmers asked the ministry for more patrols after the cattle raids.", "asked"),
])
def test_asks_for_means(spacy_nlp: Any, text: str, word: str) -> None:
    assert asks_for_means(_trigger(spacy_nlp, text, word))


@pytest.mark.parametrize("text,word", [
    ("Relatives called for the soldiers to be punished.", "called"),
    ("The bishop urged the soldiers to stand aside.", "urged"),
    ("The union asked for a meeting with the minister.", "asked"),
    ("He asked the court to send the case back to the lower court.", "asked"),
    ("The gang demanded 20 million naira from the family.", "demanded"),
    # review90: a sum asked by captors or named a ransom; means named, not asked for
    ("The kidnappers asked for 2 million dollars in ransom.", "asked"),
    ("The abductors sought 10 million naira for each of the students.", "sought"),
    ("The union asked members to send letters to their MPs.", "asked"),
    ("Residents asked the soldiers to leave the village.", "asked"),
    ("The court asked the company to pay 4 million dollars in damages.", "asked"),
    ("The minister asked reporters to use the side entrance.", "asked"),
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
