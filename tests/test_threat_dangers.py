"""A threat as a danger with no maker is no event
(eventwire/stages/events/threat_dangers.py). Every sentence here was
written for these tests; each dropped one gave a THREATEN on the noun with
the rule disabled, and each kept one gives it with the rule on."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    # a danger to a place, a body or an order
    ("There are serious threats to the country's water supply, from drought to pollution.",
     "threats"),
    ("The mayor banned the fair, citing threats to public safety.", "threats"),
    ("Cyber attacks remain the main threat to the banks.", "threat"),
    # a danger from a kind of people or thing
    ("The threat of bandits has kept the lorries off the northern road.", "threat"),
    # review88: probes in other words
    ("Officials said the storm was a serious threat to shipping in the gulf.", "threat"),
    ("Malaria remains the biggest threat in the region.", "threat"),
    ("The virus is a threat to the elderly.", "threat"),
])
def test_threat_as_danger_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # a maker: a possessor, a nationality, a by/from phrase
    ("The rebels' threats alarmed the villagers.", "threats"),
    ("The Venezuelan threats against the platforms alarmed Guyana.", "threats"),
    ("The judge received threats from the cartel last week.", "threats"),
    # a kind of threat made
    ("Death threats against the editor were reported to police.", "threats"),
    # a person as the target
    ("Police arrested a man over threats to the prime minister.", "threats"),
    # an act threatened
    ("The union's threat to close the port worried the traders.", "threat"),
    ("The threat of new sanctions hangs over the regime.", "threat"),
    ("The threat of military action hung over the border talks.", "threat"),
    # review88: a threat made, passed on or received; "against" names a target
    ("The threat made by the gang was reported to the police.", "threat"),
    ("The judge has received threats since the verdict.", "threats"),
    ("The threats against the embassy were taken seriously.", "threats"),
])
def test_threat_with_a_maker_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)
