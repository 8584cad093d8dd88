"""Class *a place tagged as a person is no "he"/"she"*
(eventwire/stages/actors/placed_names.py). Every sentence was written for
these tests. The tagger's error is not reproducible at will, so each test
files the name as the tagger would (a bare ``ner-PERSON`` mention) and
asks whether the text uses it as a place."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.placed_names import placed_names


@pytest.fixture(scope="module")
def actor_pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def _placed(pipe: Pipeline, text: str, name: str, rule: str = "ner-PERSON+private") -> bool:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    start = text.index(name)
    m = ActorMention(start=start, end=start + len(name), text=name, kind="person",
                     sectors=["CVL"], rule=rule)
    return 0 in placed_names(doc, [m])


@pytest.mark.parametrize("text,name", [
    # a name after a place preposition
    ("Two men were held in Mwinilunga overnight, and he said both would be charged.",
     "Mwinilunga"),
    # the second of two coordinated names after "of" and a place noun
    ("A curfew now covers the districts of Kaloum and Dixinn until Friday.", "Dixinn"),
    # the owner of a place noun
    ("Rioters burned cars in Tuzla's Slatina neighbourhood overnight.", "Tuzla"),
    # the modifier of a local body
    ("A Valmiera court remanded the suspect for two months.", "Valmiera"),
])
def test_a_name_used_as_a_place_is_placed(actor_pipe: Pipeline, text: str, name: str) -> None:
    assert _placed(actor_pipe, text, name)


@pytest.mark.parametrize("text,name,rule", [
    # a letter from a person: "from" is no place preposition
    ("The minister received a letter from Tomas Herrera on Monday.", "Tomas Herrera",
     "ner-PERSON+private"),
    # talks with a person
    ("Police held talks with Ana Kovac on Monday.", "Ana Kovac", "ner-PERSON+private"),
    # a person's own possessive of a thing, not a place noun
    ("Masked men set fire to Peter Olumide's car.", "Peter Olumide", "ner-PERSON+private"),
    # a titled name after "in" is a person the text says something of
    ("Delegates put their trust in Minister Rosa Lindqvist.", "Rosa Lindqvist",
     "ner-PERSON+title+titled"),
])
def test_a_person_named_near_a_preposition_is_not_placed(
        actor_pipe: Pipeline, text: str, name: str, rule: str) -> None:
    assert not _placed(actor_pipe, text, name, rule)

