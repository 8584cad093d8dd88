"""Contamination with no one who contaminates
(eventwire/stages/events/contamination.py). Every sentence here was written
for these tests; each dropped one gave the event with the rule disabled."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.contamination import is_contamination
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("Tests showed that the fish in the lake are contaminated with lead.", "contaminated"),
    ("Doctors told the patients that the blood they received might have been contaminated.",
     "contaminated"),
    ("Poultry across the province is contaminated with dioxin, inspectors said.",
     "contaminated"),
])
def test_contamination_no_one_did_is_no_event(event_pipe: Pipeline, text: str,
                                              word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The water supply was contaminated by the militants before they fled.", "contaminated"),
    ("Police said he contaminated the food with rat poison.", "contaminated"),
    ("Saboteurs contaminated the city's water supply.", "contaminated"),
])
def test_deliberate_contamination_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


# review35: a relative pronoun stands for its antecedent, not for a person
@pytest.mark.parametrize("text,word,expected", [
    ("Officials said salmonella bacteria that contaminated the lettuce came from a farm.",
     "contaminated", True),
    ("The chemical, which polluted the river for weeks, came from a tannery.", "polluted", True),
    ("The lead that tainted the fish came from an old mine.", "tainted", True),
    ("The rebels who contaminated the wells have fled.", "contaminated", False),
    ("The militants that poisoned and contaminated the wells have fled.", "contaminated", False),
])
def test_a_relative_pronoun_stands_for_its_antecedent(spacy_nlp: Any, text: str, word: str,
                                                      expected: bool) -> None:
    tok = next(t for t in spacy_nlp(text) if t.text == word)
    assert is_contamination(tok) is expected


# review35: armed groups and security forces are doers (curated.yaml's one
# list of them, not a second copy in contamination.yaml)
@pytest.mark.parametrize("text", [
    "The militia contaminated the wells before retreating.",
    "Guerrillas tainted the reservoir that serves the garrison.",
    "Jihadists contaminated the village's water supply, residents said.",
])
def test_armed_groups_are_doers(spacy_nlp: Any, text: str) -> None:
    tok = next(t for t in spacy_nlp(text) if t.lemma_ in ("contaminate", "taint"))
    assert not is_contamination(tok)
