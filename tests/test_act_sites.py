"""Class of eventwire/stages/events/act_sites.py: a site named before an act
noun is where the act happens, not who does it. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.mark.parametrize("text,trigger", [
    ("Police detained dozens of people on the anniversary of the parliament storming in "
     "Nairobi.", "storming"),
    ("Three inmates died in a prison riot in Tegucigalpa on Sunday.", "riot"),
    ("The Kabul market bombing killed ten people.", "killed"),
    ("A Lagos church attack killed ten worshippers.", "killed"),
    ("Ohio office shooting kills two, wounds three.", "kills"),
])
def test_a_site_or_its_town_is_no_doer(event_rules_pipe: Pipeline, text: str,
                                       trigger: str) -> None:
    for ev in events_of(event_rules_pipe, text):
        if ev.trigger.text == trigger:
            assert ev.actor is None, ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("A U.S. drone strike killed three militants in Somalia.", "killed", "U.S."),
    ("A Houthi missile attack hit a tanker in the Red Sea.", "hit", "Houthi"),
    ("The police shooting of a teenager sparked riots in Paris.", "shooting", "police"),
])
def test_an_agent_or_an_owner_with_no_site_still_acts(
        event_rules_pipe: Pipeline, text: str, trigger: str, actor: str) -> None:
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and ev.actor.text == actor, ev.actor


@pytest.mark.parametrize("text,trigger,actor", [
    ("The al-Shabaab hotel siege in Mogadishu killed twelve people.", "killed", "al-Shabaab"),
    ("The Hamas festival attack killed hundreds of revellers.", "killed", "Hamas"),
    ("A Boko Haram market bombing in Maiduguri killed nine traders.", "killed", "Boko Haram"),
])
def test_an_armed_group_before_the_site_attacked_it(
        event_rules_pipe: Pipeline, text: str, trigger: str, actor: str) -> None:
    """review53: only a place or the site's owner before the site names
    where or whose it is; an armed group there is who attacked it."""
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and ev.actor.text == actor, ev.actor


@pytest.mark.parametrize("text,trigger", [
    ("The US embassy bombing in Nairobi killed more than 200 people.", "killed"),
    ("The Turkish consulate attack in Erbil wounded two guards.", "wounded"),
    ("A Pakistani police station attack killed six officers.", "killed"),
])
def test_a_mention_ending_in_the_site_or_owning_it_is_no_doer(
        event_rules_pipe: Pipeline, text: str, trigger: str) -> None:
    """review53: "the US embassy" is the site attacked; "Pakistani police"
    own the station attacked."""
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is None, ev.actor
