"""Class *a political party named by its common noun* (actors24,
:mod:`eventwire.stages.events.parties`): sentences written for this test,
none from an evaluation set."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Token

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.participants import actor_mention, recipient_mention


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def parsed(pipe: Pipeline, text: str) -> Doc:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    return doc


def word(doc: Doc, text: str, dep: str) -> Token:
    return next(t for t in doc if t.text == text and t.dep_.startswith(dep))


@pytest.mark.parametrize("text", [
    "Opposition leader Amara Diallo said her party would challenge the result in court.",
    "The party denied that it had paid the protesters.",
    "Senator Kowalczyk's party rejected the budget on Tuesday.",
    "His party boycotted the vote in the capital.",
])
def test_a_party_acting_is_the_opposition(pipe: Pipeline, text: str) -> None:
    m = actor_mention(parsed(pipe, text), word(parsed(pipe, text), "party", "nsubj"))
    assert m is not None and m.sectors == ["OPP"]


@pytest.mark.parametrize("text", [
    "The ruling party accused the opposition of plotting a coup.",
    "The governing party expelled three lawmakers on Monday.",
    "The incumbent party rejected the election result.",
])
def test_a_party_said_to_rule_is_the_government(pipe: Pipeline, text: str) -> None:
    m = actor_mention(parsed(pipe, text), word(parsed(pipe, text), "party", "nsubj"))
    assert m is not None and "GOV" in m.sectors and "OPP" not in m.sectors


@pytest.mark.parametrize("text", [
    # review28: a party that ruled once is out of government now
    "The former ruling party boycotted the vote in the capital.",
    "The once-ruling party accused the electoral commission of fraud.",
    "The ex-ruling party rejected the new budget on Tuesday.",
])
def test_a_party_that_ruled_once_is_the_opposition(pipe: Pipeline, text: str) -> None:
    m = actor_mention(parsed(pipe, text), word(parsed(pipe, text), "party", "nsubj"))
    assert m is not None and m.sectors == ["OPP"]


def test_parties_dissolved_are_the_opposition(pipe: Pipeline) -> None:
    doc = parsed(pipe, "The military council dissolved all political parties last week.")
    m = recipient_mention(doc, word(doc, "parties", "dobj"))
    assert m is not None and m.sectors == ["OPP"]


@pytest.mark.parametrize("text", [
    "Both parties agreed to extend the truce.",
    "The warring parties signed a ceasefire in Geneva.",
    "A third party attacked the convoy.",
    # review28: "neither" counts sides like "either" and "both"
    "Neither party accepted the mediator's proposal on Monday.",
    "Neither party signed the border accord in Addis Ababa.",
])
def test_sides_of_a_dispute_are_no_party(pipe: Pipeline, text: str) -> None:
    m = actor_mention(parsed(pipe, text), word(parsed(pipe, text), "parties"
                                                 if "parties" in text else "party", "nsubj"))
    assert m is None or "OPP" not in m.sectors


@pytest.mark.parametrize("text,dep", [
    ("Gunmen attacked a wedding party near the border.", "dobj"),
    ("The boarding party seized the smugglers' rifles.", "nsubj"),
    ("Militants ambushed the search party on Tuesday.", "dobj"),
])
def test_gatherings_and_teams_are_no_party(pipe: Pipeline, text: str, dep: str) -> None:
    doc = parsed(pipe, text)
    tok = word(doc, "party", dep)
    m = actor_mention(doc, tok) if dep == "nsubj" else recipient_mention(doc, tok)
    assert m is None or "OPP" not in m.sectors


@pytest.mark.parametrize("text,pronoun,sector", [
    # actors59: a pronoun standing for a party named by its common noun
    ("The opposition Liberal Party said it would boycott the vote.", "it", "OPP"),
    ("The Democratic Renewal Party denied that it had paid the protesters.", "it", "OPP"),
    ("Mr Nkosi's Freedom Party rejected the budget and said it would call a strike.", "it",
     "OPP"),
])
def test_a_pronoun_for_a_party_takes_its_sector(pipe: Pipeline, text: str, pronoun: str,
                                               sector: str) -> None:
    doc = parsed(pipe, text)
    m = actor_mention(doc, word(doc, pronoun, "nsubj"))
    assert m is not None and m.sectors == [sector], m


@pytest.mark.parametrize("text,pronoun", [
    ("The warring parties said they would sign a truce in Geneva.", "they"),
    ("The boarding party said it had found rifles on the ship.", "it"),
    ("The Kenyan army said it had killed five militants.", "it"),
])
def test_a_pronoun_for_no_party_is_left_alone(pipe: Pipeline, text: str, pronoun: str) -> None:
    doc = parsed(pipe, text)
    m = actor_mention(doc, word(doc, pronoun, "nsubj"))
    assert m is None or "OPP" not in m.sectors, m
