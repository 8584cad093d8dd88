"""A court trial named by its noun (eventwire/stages/events/trials.py, branch
events15). Every sentence here was written for these tests (none from an
evaluation set)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.trials import court_trial
from tests.conftest import events_of


@pytest.mark.parametrize("text", [
    "The former police chief went on trial on Monday for taking bribes.",
    "The two smugglers will face trial in the port city next month.",
    "Prosecutors opened the trial of the three generals with a video of the raid.",
    "The trial resumes on Thursday after a two-week break.",
    "The bank clerk was on trial for fraud when she fled the country.",
])
def test_a_court_trial_is_an_allegation(event_rules_pipe: Pipeline, text: str) -> None:
    """docs/annotation.md "Trials": ACCUSE allege on the noun (events15)."""
    found = {(e.trigger.text, e.type, e.mode) for e in events_of(event_rules_pipe, text)}
    assert ("trial", "ACCUSE", "allege") in found, found


@pytest.mark.parametrize("text", [
    "A witness broke down in tears during the trial.",
    "The footage was shown to jurors at trial.",
    "The company started a clinical trial of the vaccine in May.",
    "His lawyers are preparing plans for the trial.",
])
def test_a_trial_as_circumstance_or_no_court_is_no_event(event_rules_pipe: Pipeline,
                                                         text: str) -> None:
    assert "trial" not in {e.trigger.text for e in events_of(event_rules_pipe, text)}



@pytest.mark.parametrize("text,named", [
    ("The general faces trial for the massacre.", True),
    ("The trial of the two ministers opens in May.", True),
    ("The senator was tried at a trial for fraud.", False),
    ("The drug trial of the new vaccine failed.", False),
])
def test_court_trial_reads_the_noun_alone(spacy_nlp: Any, text: str, named: bool) -> None:
    tok = next(t for t in spacy_nlp(text) if t.text == "trial")
    assert court_trial(tok) is named
