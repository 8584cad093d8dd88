"""Class *an act of anyone, or any new act* (eventwire/stages/time/generic_acts.py,
branch dates31): such an act names no occurrence and stays undated. Every
sentence was written for these tests (PUB: Tuesday 2021-06-01)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Token

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.time.generic_acts import generic_act
from tests.test_time_undated import PUB


def _token(pipe: Pipeline, text: str, word: str) -> Token:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=PUB)]))
    assert doc is not None
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word", [
    ("The governor warned on Sunday that anyone who looted shops would be shot.", "looted"),
    ("Anybody who blocks the highway will be arrested, the police chief said.", "blocks"),
    ("Whoever burns a church will face the full force of the law.", "burns"),
    ("Officials warned that anyone joining the strike would be dismissed.", "joining"),
    ("The navy vowed to sink any further raider approaching the coast.", "raider"),
    ("Kabul warned it would answer any new shelling of its border posts.", "shelling"),
    ("The ministry condemned any fresh attack on aid convoys in advance.", "attack"),
])
def test_an_act_of_anyone_is_generic(timex_pipe: Pipeline, text: str, word: str) -> None:
    assert generic_act(_token(timex_pipe, text, word))


@pytest.mark.parametrize("text,word", [
    # a plain "any" under a denial, and "anyone" as a plain subject, tell an occurrence
    ("The army denied that any shelling had taken place on Saturday.", "shelling"),
    ("The spokesman denied on Monday that anyone had been beaten.", "beaten"),
    # a particular party
    ("Police arrested the men who looted the shops on Sunday.", "looted"),
])
def test_other_acts_are_not_generic(timex_pipe: Pipeline, text: str, word: str) -> None:
    assert not generic_act(_token(timex_pipe, text, word))


@pytest.mark.parametrize("text,word", [
    ("The interior minister warned on Sunday that anyone who attacked police stations "
     "would be jailed.", "attacked"),
    ("\"Whoever attacks the police will pay for it,\" the mayor told reporters on "
     "Monday.", "attacks"),
    ("The army chief warned on Saturday that anyone who stormed military bases would be "
     "shot.", "stormed"),
])
def test_the_pipeline_leaves_an_act_of_anyone_undated(full_pipeline: Any, text: str,
                                                      word: str) -> None:
    ((_, _, result),) = list(full_pipeline.extract([Article(text=text, published=PUB)]))
    times = {e.mention.trigger.text: e.mention.time for e in result}
    assert word in times and times[word].value is None, times


@pytest.mark.parametrize("text,word,value", [
    # review52: an act of whoever / anyone with a date of its own is one
    # occurrence whose doer is unknown, and takes that date
    ("Whoever bombed the market on Friday will pay, the governor said.", "bombed",
     "2021-05-28"),
    ("Police are hunting whoever set fire to the mosque on Sunday night.", "set",
     "2021-05-30"),
    ("Anyone who attacked the convoy on Monday will be punished, the army said.", "attacked",
     "2021-05-31"),
])
def test_an_act_of_anyone_with_its_own_date_keeps_it(full_pipeline: Any, text: str, word: str,
                                                     value: str) -> None:
    ((_, _, result),) = list(full_pipeline.extract([Article(text=text, published=PUB)]))
    times = {e.mention.trigger.text: e.mention.time for e in result}
    assert word in times and (times[word].value or "").startswith(value), times
