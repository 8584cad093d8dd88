"""A participle that only tells more of its governor's act
(eventwire/stages/events/elaborations.py). Every text here was written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.mark.parametrize("text,governor,participle", [
    # the aim of a crowd's protest
    ("Thousands of farmers marched to the presidential palace in Quito on Monday "
     "demanding new elections.", "marched", "demanding"),
    ("Hundreds of nurses rallied outside the health ministry on Sunday demanding higher pay.",
     "rallied", "demanding"),
    # what a shot or a throw struck
    ("The gunman fired twice at the guard post, hitting a sentry in the leg, police said.",
     "fired", "hitting"),
    ("Rioters hurled firebombs at the ministry, setting a police van ablaze.",
     "hurled", "setting"),
    ("The army shelled rebel positions in the hills, striking a school near the border.",
     "shelled", "striking"),
    # the label of a judged thing
    ("The foreign ministry denied the report on Friday, calling it a fabrication.",
     "denied", "calling"),
    ("The envoy condemned the verdict against the activist, describing it as a farce.",
     "condemned", "describing"),
    ("The minister congratulated the team after the final, calling the win a gift to the "
     "nation.", "congratulated", "calling"),
])
def test_the_participle_is_part_of_its_governors_act(event_pipe: Pipeline, text: str,
                                                     governor: str, participle: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert governor in found and participle not in found, found


@pytest.mark.parametrize("text,word", [
    # an accusation is an act of its own
    ("Thousands marched to the palace, accusing the premier of electoral fraud.", "accusing"),
    # a plain statement is no event: its label carries it (the accusation
    # sits on the label noun, docs/annotation.md, events48 + relabel48)
    ("The foreign ministry said on Friday, calling the raid a crime against civilians.",
     "crime"),
])
def test_other_participles_and_governors_stay(event_pipe: Pipeline, text: str,
                                              word: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert word in found, found


def test_what_the_participle_governs_stays_folded(event_pipe: Pipeline) -> None:
    text = ("Students occupied the rectorate in Belgrade on Tuesday demanding the release of "
            "two classmates.")
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert found == {"occupied"}, found


def test_a_participle_with_its_own_subordinator_is_no_elaboration(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.stages.events.elaborations import bare_participle, elaborates

    doc = spacy_nlp("Police fired tear gas at the crowd after hitting the barricade.")
    hitting = next(t for t in doc if t.text == "hitting")
    assert not bare_participle(hitting) and not elaborates(hitting)
    doc = spacy_nlp("The army shelled the hills, striking a school near the border.")
    striking = next(t for t in doc if t.text == "striking")
    assert elaborates(striking)



# review60: a label participle asking for something is a request of its own
@pytest.mark.parametrize("text", [
    "The United Nations condemned the killings in the village, calling for an independent "
    "inquiry.",
    "The opposition leader denied the charges on Monday, calling on supporters to stay calm.",
    "The union rejected the pay offer, calling upon the minister to reopen talks.",
    "The ministry dismissed the report on Monday, calling on journalists to check their "
    "sources.",
])
def test_a_participle_asking_for_something_stays(event_pipe: Pipeline, text: str) -> None:
    found = {e.trigger.text for e in events_of(event_pipe, text)}
    assert "calling" in found, found
