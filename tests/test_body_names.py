"""Class *a body the knowledge base files as a person*
(eventwire/stages/actors/body_names.py). Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.body_names import head_noun, is_body_person
from tests.conftest import by_trigger


@pytest.mark.parametrize("text,trigger,country,sector", [
    ("The Free Syrian Army said on Tuesday that it had captured the town of Azaz.",
     "captured", "SYR", "REB"),
    ("Russia's Federal Security Service said it had detained two men suspected of "
     "plotting an attack in Moscow.", "detained", "RUS", "SPY"),  # relabel71 (a): the FSB
    ("The Israel Defense Forces said it had killed a Hamas commander in an air strike "
     "near Rafah on Monday.", "killed", "ISR", "MIL"),
])
def test_it_takes_a_body_filed_as_a_person(event_pipe: Pipeline, text: str, trigger: str,
                                           country: str, sector: str) -> None:
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is not None and ev.actor is not None, ev
    assert ev.actor.text == "it", ev.actor
    assert ev.actor.country == country and sector in ev.actor.sectors, ev.actor


@pytest.mark.parametrize("name,body", [
    ("Free Syrian Army", True),
    ("Environmental Protection Agency", True),
    ("Sudan People's Liberation Movement", True),
    # the head of "<title> of <body>" is the title: a person
    ("General Secretary of the Communist Party", False),
    ("Hamid Karzai", False),
])
def test_head_noun_tells_a_body_from_a_person(name: str, body: bool) -> None:
    m = ActorMention(start=0, end=len(name), text=name, kind="person", rule="kb")
    assert is_body_person(m) is body, head_noun(name)


def test_a_named_person_still_takes_he(event_pipe: Pipeline) -> None:
    text = ("Afghan President Hamid Karzai met Pakistani officials in Kabul. He said he "
            "would visit Islamabad next week.")
    ev = by_trigger(event_pipe, text).get("visit")
    assert ev is not None and ev.actor is not None and ev.actor.country == "AFG", ev
