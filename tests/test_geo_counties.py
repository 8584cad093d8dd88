"""A county lies in the article's state (``stages/geo/counties.py``).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.stages.geo.counties import article_state, county_states
from eventwire.stages.geo.gazetteer import Place, gazetteer
from eventwire.stages.geo.recognize import Mention


def _town(name: str, state: str) -> Place:
    return max((c for c in gazetteer().candidates(name) if c.admin1 == state
                and c.feature == "city"), key=lambda c: c.population)


def test_article_state_needs_a_majority_of_two() -> None:
    m = [Mention(0, 1, n, "ner", "GPE", []) for n in ("Douglas County", "Topeka", "Lawrence")]
    assert article_state(m, [None, _town("Topeka", "KS"), _town("Lawrence", "KS")], 0) == \
        ("USA", "KS")
    assert article_state(m, [None, _town("Topeka", "KS"), None], 0) is None
    assert article_state(m, [None, _town("Topeka", "KS"), _town("Lawrence", "MA")], 0) is None


def test_a_county_name_takes_the_articles_state() -> None:
    gaz = gazetteer()
    m = [Mention(0, 1, n, "ner", "GPE", gaz.candidates(n))
         for n in ("Douglas County", "Topeka", "Lawrence")]
    picks = [max(m[0].candidates, key=lambda c: c.population), _town("Topeka", "KS"),
             _town("Lawrence", "KS")]
    assert county_states(m, picks, [False] * 3)[0].admin1 == "KS"
    assert county_states(m, picks, [True, False, False]) == {}  # a stated hierarchy wins


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("The city of Lawrence will close its main street for the parade, and Douglas County "
     "deputies will help. Fans from Topeka are expected.", "Douglas County", "KS"),
    ("Washington County deputies arrested two men from Hagerstown after a chase that began "
     "in Frederick.", "Washington County", "MD"),
    ("Jefferson County schools in Louisville will open late, and buses from Shelbyville "
     "will not run.", "Jefferson County", "KY"),
])
def test_local_news_names_its_own_states_counties(places_of, text: str, name: str,  # type: ignore[no-untyped-def]
                                                  admin1: str) -> None:
    assert places_of(text)[name].admin1 == admin1
