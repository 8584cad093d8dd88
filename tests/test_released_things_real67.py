"""A release of what is no captive is no RETREAT
(eventwire/stages/events/released_things.py, the forms branch real67 added), read with
the learned filter off so the rule class alone decides. Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text", [
    "In a resolution released on Friday, the electoral board set the vote for March.",
    "The sheriff's news release gave the time of the crash as 4 a.m.",
    "According to the agency's release, the boat sank within minutes.",
    "The prosecutor's release said the suspect had fled on foot.",
    "Firefighters said in a release that the blaze started in a kitchen.",
    "The coroner's office released the autopsy results late on Thursday.",
    "A statement released by the ministry on Sunday gave no figures.",
    "The release of the audit report was delayed twice.",
    "Investigators have released dashcam footage and a sketch of the driver.",
])
def test_a_publication_is_no_release(event_rules_pipe: Pipeline, text: str) -> None:
    """The first four were RETREAT before the class; the other five were
    already dropped (the typing class wants a captive as object) and guard
    that the class keeps them so."""
    assert not {"released", "release"} & triggers(event_rules_pipe, text)


@pytest.mark.parametrize("text", [
    "The tannery released chlorine gas into the canal on Tuesday.",
    "Thick fumes released by the burning depot forced schools to close.",
    "The refinery had released sewage into the bay for months.",
])
def test_an_emission_is_no_release(event_rules_pipe: Pipeline, text: str) -> None:
    """Already dropped by the rules alone; the class drops the same reading
    when the learned type ranker offers it (a smelter's "released sulphur
    dioxide" was a false RETREAT in a development set)."""
    assert "released" not in triggers(event_rules_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The rebels freed and released two hostages on Friday.", "released"),
    ("The junta released the report's authors after a week.", "released"),
    ("The agency released $5 million from its emergency fund.", "released"),
    ("Kidnappers released the pilot and his camera crew.", "released"),
    ("The release of the captured fishermen came after two days of talks.", "release"),
])
def test_people_vessels_and_sums_stay_released(event_rules_pipe: Pipeline, text: str,
                                                word: str) -> None:
    assert word in triggers(event_rules_pipe, text)
