"""Hosting a thing, an event or a standing presence is no meeting
(eventwire/stages/events/hosted_things.py). Every sentence here was written
for these tests; each dropped one gave a CONSULT or an AGREE on "host" with the
rule disabled."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    # an event hosted; a passive's subject
    ("The city will host a regional trade fair next spring.", "host"),
    ("The stadium hosted the final of the cup on Saturday.", "hosted"),
    ("The award show has been hosted by a comedian for years.", "hosted"),
    # a standing presence
    ("The island hosts a large naval base.", "hosts"),
    ("The country hosts the movement's exiled leadership.", "hosts"),
    # people named inside an event hosted do not make it a visit
    ("The chapel hosted the funeral of the former mayor.", "hosted"),
])
def test_hosted_thing_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # a visitor, a named guest or a pronoun hosted is a meeting
    ("The president hosted a delegation from the neighbouring state.", "hosted"),
    ("Egypt hosted Hamas and Fatah negotiators in Cairo on Monday.", "hosted"),
    ("The prime minister hosted the Kenyan president at his residence.", "hosted"),
    ("The king hosted them at the palace.", "hosted"),
    # a person noun, with a named person in apposition
    ("The guides said they did not want to host the senator's wife, Mary Lee.", "host"),
])
def test_hosted_visitor_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


def test_hosted_talks_are_read_on_their_noun(event_pipe: Pipeline) -> None:
    # the guide: "A meeting hosted by a mediator" is CONSULT on the meeting
    got = triggers(event_pipe, "Norway hosted talks between the government and the rebels.")
    assert "talks" in got and "hosted" not in got


@pytest.mark.parametrize("text,word", [
    # review84: docs/annotation.md leaves a state hosting refugees or officers
    # unlabelled ("hosts more than a million refugees", "hosting officers");
    # refugees, and forces counted or bare, are a standing presence, not visitors
    ("Lebanon still hosts more than a million Syrian refugees.", "hosts"),
    ("Chad hosted 400,000 refugees from Darfur in desert camps.", "hosted"),
    ("Germany hosts about 35,000 American troops at bases in the south.", "hosts"),
    ("For a decade the island hosted Russian naval officers and their families.",
     "hosted"),
])
def test_hosted_population_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # review84: leaders or a delegation of forces received stay a meeting
    ("The president hosted the army's generals at the palace on Monday.", "hosted"),
    ("The defence minister hosted visiting American soldiers at the ministry.", "hosted"),
    ("The queen hosted a delegation of refugee leaders at the castle.", "hosted"),
])
def test_hosted_force_leaders_stay(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)
