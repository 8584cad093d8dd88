"""Class of eventwire/stages/actors/partitives.py: a quantified pronoun as
subject stands for part of a group named before. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


@pytest.mark.parametrize("text,trigger,actor,country", [
    ("Hundreds of farmers gathered outside the ministry in Nairobi, and some threw eggs at "
     "the guards.", "threw", "some", "KEN"),
    ("Hundreds of villagers blocked the highway in Oaxaca; others burned a police car.",
     "burned", "others", "MEX"),
    ("Angry miners marched through Lusaka on Friday. Several threw rocks at police vehicles "
     "near the mine offices.", "threw", "Several", "ZMB"),
])
def test_the_quantifier_takes_its_groups_codes(
        event_rules_pipe: Pipeline, text: str, trigger: str, actor: str, country: str) -> None:
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and ev.actor.text == actor, ev.actor
    assert ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed the trade deal on Monday. Some criticised the deal sharply.",
    "Some 2,000 police officers raided the slum in Nairobi on Tuesday.",
])
def test_no_partitive_without_a_crowd_before_it(event_rules_pipe: Pipeline, text: str) -> None:
    """States are no crowd "some" is part of; "some 2,000 officers" is a
    number, not a pronoun."""
    for ev in events_of(event_rules_pipe, text):
        assert ev.actor is None or ev.actor.text.lower() != "some", ev.actor


@pytest.mark.parametrize("text,trigger,actor,country", [
    ("Hundreds of protesters gathered outside the stadium in Cairo. Some had thrown stones "
     "at police before the match.", "thrown", "Some", "EGY"),
    ("Hundreds of students rallied in Santiago on Monday. Many have blocked the main avenue "
     "since dawn.", "blocked", "Many", "CHL"),
    ("Thousands of teachers marched in Durban, and others had occupied the education "
     "offices before noon.", "occupied", "others", "ZAF"),
])
def test_a_perfect_tense_is_no_headline_passive(
        event_rules_pipe: Pipeline, text: str, trigger: str, actor: str, country: str) -> None:
    """review53: "had thrown", "have blocked" are active: only a bare
    participle ("dozens beaten") is a headline's passive."""
    ev = next(e for e in events_of(event_rules_pipe, text) if e.trigger.text == trigger)
    assert ev.actor is not None and ev.actor.text == actor, ev.actor
    assert ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,word", [
    ("Thousands of soldiers were deployed in Bamako. Many fear a coup, analysts said.", "Many"),
    ("Hundreds of voters queued outside the polling stations in Lagos. Some believe the vote "
     "was rigged.", "Some"),
    ("Dozens of miners blocked the road near Potosi; others think the strike will fail.",
     "others"),
])
def test_a_quantifier_of_belief_is_people_at_large(
        event_rules_pipe: Pipeline, text: str, word: str) -> None:
    """review53: the subject of "fear", "believe", "think" is no part of the
    crowd just named."""
    from datetime import date

    from eventwire.models import Article

    ((_, doc, _),) = list(event_rules_pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    assert not [m for m in doc._.actor_mentions if m.text == word], doc._.actor_mentions
