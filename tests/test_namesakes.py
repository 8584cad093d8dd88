"""A capital's namesake town takes the country of the story's other places
(actors43, eventwire/stages/actors/namesakes.py). Sentences written for these
tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import ActorMention, Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.namesakes import NAMESAKE_RULE


def _mentions(pipe: Pipeline, text: str) -> list[ActorMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    return list(doc._.actor_mentions)


def _named(mentions: list[ActorMention], name: str) -> ActorMention:
    found = [m for m in mentions if m.text == name]
    assert found, [(m.text, m.rule) for m in mentions]
    return found[0]


@pytest.mark.parametrize("text, capital, country, agent", [
    ("Police in London, Ontario, arrested a man after a stabbing near the university "
     "on Friday.", "London", "CAN", "Police"),
    ("A gunman opened fire at a bar in Moscow, Idaho, early on Sunday, and police "
     "detained a student hours later.", "Moscow", "USA", "police"),
    ("A grain warehouse burned down in Paris, Texas, on Monday night. Police arrested "
     "a night guard on Tuesday.", "Paris", "USA", "Police"),
    ("Fire crews from Lewes and Seaford fought a blaze at a bakery in Wellington "
     "overnight, and police closed the road.", "Wellington", "GBR", "police"),
])
def test_a_capitals_namesake_is_the_towns_country(actors_pipe: Pipeline, text: str,
                                                  capital: str, country: str,
                                                  agent: str) -> None:
    mentions = _mentions(actors_pipe, text)
    town = _named(mentions, capital)
    assert town.country == country and NAMESAKE_RULE in town.rule, (town.country, town.rule)
    assert town.sectors == []
    assert _named(mentions, agent).country == country


@pytest.mark.parametrize("text, capital, country", [
    # the other place lies in the capital's own country
    ("Police in Wellington arrested two men after a fire in Lower Hutt.", "Wellington", "NZL"),
    # the text names the capital's state by a nationality
    ("British police in London said the suspect had fled to Ontario.", "London", "GBR"),
    # a second city of the same state
    ("Protesters marched in Paris and Lyon on Saturday against the pension law.",
     "Paris", "FRA"),
    # the other places lie in two countries, one each: no one other country
    ("Police in Paris questioned a man from Texas and a woman from Ontario.", "Paris", "FRA"),
    # the other place is a state, the other party of a capital that stands for its own
    ("Moscow accused Ukraine of shelling a border village on Sunday.", "Moscow", "RUS"),
    # review94: the capital is the subject of a verb: its state speaking
    ("Paris on Friday denounced the attacks on two synagogues in Chicago and Detroit.",
     "Paris", "FRA"),
    ("London warned on Tuesday that the arrests of its nationals in Toronto and Vancouver "
     "were unjustified.", "London", "GBR"),
    ("Moscow on Monday protested the detention of two sailors in Seattle and Portland.",
     "Moscow", "RUS"),
])
def test_a_capital_of_its_own_story_stays(actors_pipe: Pipeline, text: str, capital: str,
                                          country: str) -> None:
    m = _named(_mentions(actors_pipe, text), capital)
    assert m.country == country and NAMESAKE_RULE not in m.rule, (m.country, m.rule)
