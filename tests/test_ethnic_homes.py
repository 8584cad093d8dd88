"""A people placed in another state (eventwire/stages/actors/ethnic_homes.py).
Sentences written for these tests; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_actors import mentions_of


@pytest.fixture(scope="module")
def pipe(actors_pipe: Pipeline) -> Pipeline:
    return actors_pipe


@pytest.mark.parametrize("text,people,country", [
    # "ethnic" + an "in"/"of" place
    ("Ethnic Hungarians in Romania asked for schools in their own language.", "Hungarians",
     "ROU"),
    # "ethnic" and the country the text names most other than the nation's
    ("Ethnic Russians rallied in Narva on Saturday, and Estonia's government said "
     "Estonia would not change the language law.", "Russians", "EST"),
    ("Ethnic Uzbek traders closed their shops after Kyrgyzstan raised market fees, "
     "Kyrgyzstan's economy ministry said.", "Uzbek traders", "KGZ"),
    # a plural demonym with an "of" place
    ("The Hungarians of Slovakia held talks with Bratislava on Monday.", "Hungarians", "SVK"),
])
def test_a_people_is_coded_where_it_lives(pipe: Pipeline, text: str, people: str,
                                          country: str) -> None:
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text == people)
    assert m.country == country and "+ethnic" in m.rule, m


@pytest.mark.parametrize("text,people,country", [
    # nationals abroad keep their nation: no "ethnic", no "of"
    ("Two Germans were detained in Tehran, Iran's judiciary said.", "Germans", "DEU"),
    ("Thousands of Poles marched in Warsaw against the reform.", "Poles", "POL"),
    ("Americans in Iraq were told to leave Iraq by Iraq's government.", "Americans", "USA"),
])
def test_nationals_keep_their_nation(pipe: Pipeline, text: str, people: str,
                                     country: str) -> None:
    _, mentions = mentions_of(pipe, text)
    m = next(m for m in mentions if m.text == people)
    assert m.country == country and "+ethnic" not in m.rule, m


def test_places_named_by_their_people_stay(pipe: Pipeline) -> None:
    _, mentions = mentions_of(pipe, "Militias burned ethnic Greek villages near the border, "
                              "Turkey's army and Turkey's police said.")
    assert not any("+ethnic" in m.rule for m in mentions), mentions
