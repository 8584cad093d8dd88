"""A unit described by where it is deployed (eventwire/stages/events/
standing.py, branch events16). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.standing import standing_deployment
from tests.conftest import events_of


@pytest.mark.parametrize("text,word", [
    ("The frigate, currently deployed on anti-smuggling patrols off the coast, seized a dhow.",
     "deployed"),
    ("Coast guards asked for help from warships deployed in the strait.", "deployed"),
    ("Peacekeepers stationed near the dam reported heavy shelling.", "stationed"),
])
def test_a_deployment_describing_a_unit_is_no_event(event_rules_pipe: Pipeline, text: str,
                                                    word: str) -> None:
    assert word not in {e.trigger.text for e in events_of(event_rules_pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("The army deployed two brigades to the northern border.", "deployed"),
    ("Hundreds of police were deployed around the parliament.", "deployed"),
    ("Troops deployed to the capital on Monday opened fire on the crowd.", "deployed"),
])
def test_a_deployment_as_an_act_stays(event_rules_pipe: Pipeline, text: str, word: str) -> None:
    """Look-alikes: a deployment told as an act (an agent, an auxiliary, a
    destination or a date) is MOBILIZE."""
    assert word in {e.trigger.text for e in events_of(event_rules_pipe, text)}


@pytest.mark.parametrize("text,standing", [
    ("The soldiers, currently deployed in the valley, found the bodies.", True),
    ("Soldiers deployed in the valley last week found the bodies.", False),
    ("Soldiers who were deployed in the valley found the bodies.", False),
])
def test_standing_deployment_reads_the_participle(spacy_nlp: Any, text: str,
                                                  standing: bool) -> None:
    tok = next(t for t in spacy_nlp(text) if t.lower_ == "deployed")
    assert standing_deployment(tok) is standing
