"""Class *the followers of an opposition figure or party* (recodes18,
:mod:`eventwire.stages.actors.followers`): sentences written for this test,
none from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


def sectors_of(pipe: Pipeline, text: str, word: str) -> list[list[str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    assert doc is not None
    return [list(m.sectors) for m in doc._.actor_mentions if m.text == word]


@pytest.mark.parametrize("text", [
    "Police arrested dozens of supporters of opposition leader Ali Benyamin in Lagos.",
    "Security forces beat supporters of the opposition party as they marched.",
    "Police clashed with the opposition leader's supporters outside the court.",
])
def test_followers_of_the_opposition_are_opp(pipe: Pipeline, text: str) -> None:
    (sectors,) = sectors_of(pipe, text, "supporters")
    assert "OPP" in sectors


@pytest.mark.parametrize("text", [
    "The president urged his supporters to stay calm.",
    "Police arrested supporters of the ruling party.",
    "Supporters of the football club celebrated in the streets.",
])
def test_other_followers_stay_civilians(pipe: Pipeline, text: str) -> None:
    word = "Supporters" if text.startswith("Supporters") else "supporters"
    for sectors in sectors_of(pipe, text, word):
        assert "OPP" not in sectors


# review18: a clause that describes the followed party says nothing of whom
# the followers follow ("the ruling party, which beat the opposition")
@pytest.mark.parametrize("text", [
    "Police arrested supporters of the ruling party, which defeated the opposition in May.",
    "Police dispersed supporters of the governor who had jailed the opposition leader.",
])
def test_a_clause_about_the_opposition_makes_no_follower_opp(pipe: Pipeline,
                                                             text: str) -> None:
    for sectors in sectors_of(pipe, text, "supporters"):
        assert "OPP" not in sectors


# codes25: the followed party is one the KB does not know (no governing
# code), or a person it codes only as an elite (no office)
@pytest.mark.parametrize("text,word", [
    ("Police fired tear gas at thousands of MDC supporters near the stadium in Harare.",
     "supporters"),
    ("Supporters of the Movement for Renewal and Justice rallied in Bamako.", "Supporters"),
    ("Morsi supporters clashed with police in Alexandria.", "supporters"),
])
def test_followers_of_an_unknown_party_or_an_officeless_figure_are_opp(
        pipe: Pipeline, text: str, word: str) -> None:
    (sectors,) = sectors_of(pipe, text, word)
    assert "OPP" in sectors and "CVL" in sectors


@pytest.mark.parametrize("text", [
    "Police arrested supporters of President Nandi Kerewa in Kampala.",
    "Fans of the club cheered the team outside the stadium.",
])
def test_followers_of_an_office_holder_stay_civilians(pipe: Pipeline, text: str) -> None:
    for sectors in sectors_of(pipe, text, "supporters"):
        assert "OPP" not in sectors
