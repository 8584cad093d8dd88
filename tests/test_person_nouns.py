"""Class *a person named by a common noun is what a subject "he"/"she"
stands for* (eventwire/stages/actors/person_nouns.py). Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.person_nouns import is_person_noun
from tests.conftest import antecedent_of, by_trigger


@pytest.mark.parametrize("text,trigger,noun", [
    ("A gunman walked into a bank in Leeds on Monday. He shot a cashier before "
     "escaping in a van.", "shot", "gunman"),
    ("A woman was dismissed from her job at a bakery in Ohio. She returned an hour "
     "later and attacked her manager.", "attacked", "woman"),
    ("The suspect was arrested near the border in Texas. Prosecutors said he had "
     "attacked a shopkeeper with a knife.", "attacked", "suspect"),
])
def test_subject_he_she_takes_a_person_noun(event_pipe: Pipeline, text: str, trigger: str,
                                            noun: str) -> None:
    ev = by_trigger(event_pipe, text).get(trigger)
    assert ev is not None and ev.actor is not None, ev
    assert ev.actor.text.lower() in ("he", "she"), (noun, ev.actor)


@pytest.mark.parametrize("text,kind,person", [
    ("a gunman", "agent", True),
    ("the 40-year-old woman", "agent", True),
    ("China's coast guard", "agent", False),  # a body: "it"
    ("the protesters", "agent", False),  # plural: "they"
    ("Woman", "person", False),  # only agent mentions
])
def test_person_noun_shape(text: str, kind: str, person: bool) -> None:
    m = ActorMention(start=0, end=len(text), text=text, kind=kind, rule="agent")
    assert is_person_noun(m) is person


@pytest.mark.parametrize("text,pronoun,antecedent", [
    # a named person fits first: the nearer noun is only a fallback
    ("Mark Donovan was charged on Friday. A witness told reporters he had stabbed "
     "the neighbour twice.", "he", "Mark Donovan"),
    ("Police said Laura Bennett, 29, had argued with a nurse. She then attacked "
     "the nurse with scissors.", "She", "Laura Bennett"),
    # no named person: the noun
    ("A soldier was seen near the school in Bristol. He set fire to a car.",
     "He", "soldier"),
    ("A nurse was dismissed by a hospital in Dublin. She then attacked her manager.",
     "She", "nurse"),
])
def test_named_person_before_person_noun(actors_pipe: Pipeline, text: str, pronoun: str,
                                         antecedent: str) -> None:
    assert antecedent_of(actors_pipe, text, pronoun) == antecedent


@pytest.mark.parametrize("text,pronoun", [
    # object and possessive pronouns are the recipient side: left as before
    ("A man was found in the river near Leeds. Police arrested him on Monday.", "him"),
    ("A woman was injured at the plant. Her husband called an ambulance.", "Her"),
])
def test_object_pronouns_keep_no_person_noun(actors_pipe: Pipeline, text: str,
                                             pronoun: str) -> None:
    ((_, doc, _),) = list(actors_pipe.docs([Article(text=text)]))
    assert not any(m.text == pronoun for m in doc._.actor_mentions), doc._.actor_mentions
