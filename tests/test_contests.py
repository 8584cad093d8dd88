"""Contests won are no attack or capture (eventwire/stages/events/contests.py,
mends24). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    # a prize of a vote: seats, a majority, votes, a nomination
    ("Labour seized the majority on the city council after the vote.", "seized"),
    ("The Greens captured four seats from the ruling coalition.", "captured"),
    ("The senator took 58 percent of the vote in the primary.", "took"),
    ("The governor captured the party's nomination on Tuesday.", "captured"),
    # a district or a state taken in an election
    ("Republicans captured three districts in the midterm elections.", "captured"),
    ("The Liberals took the district from the Conservatives by 300 votes.", "took"),
    ("Democrats seized two state senates in Tuesday's elections.", "seized"),
    ("Republicans captured three districts on election day.", "captured"),
])
def test_a_contest_won_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # ground taken in war stays, and so does a seizure by force
    ("The Taliban captured three districts in the north on Sunday.", "captured"),
    ("Rebels seized the district headquarters after heavy fighting.", "seized"),
    ("Government troops took the town of Kidal on Tuesday.", "took"),
    ("Protesters seized the parliament building after the disputed vote.", "seized"),
    # the majority of things seized is a count, not a prize
    ("Police seized the majority of the weapons in the raid on the camp.", "seized"),
    # review32: an election word in the doer is not the act's contest
    ("Election protesters seized the council chamber on Monday.", "seized"),
    ("Poll workers captured the town on Sunday after a week of fighting.", "captured"),
    # review32: a phrase of time ("in the run-up to", "on the eve of") only dates the act
    ("Militants captured the town in the run-up to the elections.", "captured"),
    ("Rebels seized the city on the eve of the presidential election.", "seized"),
    ("Troops captured the town in the wake of the disputed elections.", "captured"),
])
def test_ground_taken_by_force_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


def test_the_verbs_of_taking_have_one_source() -> None:
    """review32: the verbs of taking were four lists (curated.yaml
    ``capture_verbs``, contests.yaml ``capture_words``,
    ``non_recipients.TAKE_LEMMAS``, ``recipients.TAKE_VERBS``); each reader
    now adds only its own words to curated.yaml's ``capture_verbs``."""
    from eventwire.datafiles import word_lists
    from eventwire.stages.events import contests, non_recipients, recipients
    from eventwire.stages.events.nonevents import word_classes

    core = word_classes()["capture_verbs"]
    assert "capture_words" not in word_lists(contests.WORDS)
    assert non_recipients.TAKE_LEMMAS == core | word_classes()["holding_verbs"]
    assert recipients.TAKE_VERBS == non_recipients.TAKE_LEMMAS | word_classes()["surrounding_verbs"]
    assert contests.capture_words() == core | word_classes()["gaining_verbs"] \
        | word_lists(contests.WORDS)["contest_capture_words"]
