"""tools/country_aliases.py: countryinfo's names, demonyms and capitals the
PETRARCH country file lacks or files under another state, added at the KB
build (actors46). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.test_actors import mentions_of
from tools.country_aliases import add_country_aliases


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors",))


@pytest.mark.parametrize("text,mention,country", [
    ("Faroese fishermen were fined by the coast guard.", "Faroese fishermen", "FRO"),
    ("Naypyidaw expelled two diplomats on Tuesday.", "Naypyidaw", "MMR"),
    ("Caymanian officials froze the accounts.", "Caymanian officials", "CYM"),
    ("The government of Mayotte asked Paris for more gendarmes.", "Mayotte", "MYT"),
    ("Samoan police detained the crew of the yacht.", "Samoan police", "WSM"),
    ("Port-au-Prince protested the deportations.", "Port-au-Prince", "HTI"),
])
def test_a_country_name_demonym_or_capital_from_countryinfo(pipe: Pipeline, text: str,
                                                             mention: str, country: str) -> None:
    _, ms = mentions_of(pipe, text)
    m = next(m for m in ms if m.text == mention)
    assert m.country == country, m


@pytest.mark.parametrize("text,word", [
    ("The family reunion ended when the police arrived.", "reunion"),
    ("Hamilton police arrested two men after the match.", "Hamilton"),
    ("Victoria officials closed the beaches.", "Victoria"),
    ("The restaurant served French fries to the soldiers.", "French"),
])
def test_no_country_from_a_common_word_or_a_shared_capital(pipe: Pipeline, text: str,
                                                           word: str) -> None:
    """A common word ("reunion"), a capital whose namesakes elsewhere are
    larger (Bermuda's Hamilton, the Seychelles' Victoria) and a demonym on a
    dish give no country from this table."""
    _, ms = mentions_of(pipe, text)
    assert not any(word in m.text and m.country in {"REU", "BMU", "SYC", "FRA"} and
                   (m.actor_id or "").startswith("ci:") for m in ms), ms


def test_the_build_step_on_a_small_kb() -> None:
    """A territory's own entry coded as its sovereign takes its ISO code; a
    state's demonym filed under another country moves to its own state."""
    actors = [
        {"id": "pet:mayotte", "name": "Mayotte", "kind": "state", "aliases": ["mayotte"],
         "roles": [{"code": "FRA", "start": None, "end": None}]},
        {"id": "pet:american_samoa", "name": "American Samoa", "kind": "state",
         "aliases": ["american samoa", "samoan"],
         "roles": [{"code": "USAASM", "start": None, "end": None}]},
    ]
    counts = add_country_aliases(actors)
    assert actors[0]["roles"][0]["code"] == "FRAMYT"
    assert "samoan" not in actors[1]["aliases"]
    assert any(a["id"] == "ci:WSM" and "samoan" in a["aliases"] for a in actors)
    assert counts["own territory"] == 1 and counts["demonym of another state"] == 1
