"""Class *a dependent territory is its own country* (``kb.territory_code``,
actors36): the CAMEO country file codes a territory after its sovereign;
the record guide codes its actors with the territory's own code ("New
Caledonian actors NCL, French state forces there FRA"). Every article here
was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.actors.kb import names_territory, split_code


@pytest.mark.parametrize("code,expected", [
    ("FRANCL", ("NCL", [])),
    ("DNKGRLGOV", ("GRL", ["GOV"])),
    ("USAPRIELI", ("PRI", ["ELI"])),
    # no sector code is a country's code: these stay as they were
    ("FRAGOV", ("FRA", ["GOV"])),
    ("USAMILREB", ("USA", ["MIL", "REB"])),
    ("KSVGOV", ("XKX", ["GOV"])),
    ("MNCUSA", ("USA", ["MNC"])),
])
def test_split_code_reads_the_territory(code: str, expected: tuple[str, list[str]]) -> None:
    assert split_code(code) == expected


def test_only_a_bare_territory_code_names_the_territory() -> None:
    assert names_territory("GBRGIB") and names_territory("DNKFRO")
    assert not names_territory("GBRFLKGOV") and not names_territory("FRAGOV")
    assert not names_territory("FRA") and not names_territory("")


def _mentions(pipe: Pipeline, text: str) -> dict[str, tuple[str | None, str]]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 5, 4))]))
    return {m.text: (m.country, m.kind) for m in doc._.actor_mentions}


@pytest.mark.parametrize("text,name,country", [
    ("Greenland rejected the offer, and Denmark said it would not sell the island.",
     "Greenland", "GRL"),
    ("Gibraltar protested after a Spanish patrol boat entered its waters.", "Gibraltar", "GIB"),
    ("Riots spread across Guadeloupe after France raised fuel prices.", "Guadeloupe", "GLP"),
    ("New Caledonia voted on Sunday while Paris deployed extra gendarmes.",
     "New Caledonia", "NCL"),
])
def test_a_territory_named_is_a_state_of_its_own(actors_pipe: Pipeline, text: str, name: str,
                                                  country: str) -> None:
    assert _mentions(actors_pipe, text)[name] == (country, "state")


def test_a_territory_story_gives_its_people_the_territory_and_its_police_the_sovereign(
        actors_pipe: Pipeline) -> None:
    # home.locate_bare_agents with home.state_force_home
    text = ("Guadeloupe: youths clash with police\nPOINTE-A-PITRE - Youths set fire to cars "
            "across Guadeloupe overnight. Police fired tear gas at protesters and arrested "
            "12 people. The unions of Guadeloupe called a general strike.")
    got = _mentions(actors_pipe, text)
    assert got["protesters"][0] == "GLP" and got["Youths"][0] == "GLP"
    assert got["Police"][0] == "FRA"


def test_sovereigns_are_read_from_the_country_file() -> None:
    from eventwire.stages.actors.kb import territory_sovereigns

    sovereigns = territory_sovereigns()
    assert sovereigns["NCL"] == "FRA" and sovereigns["GRL"] == "DNK"
    assert "ERI" not in sovereigns  # a dated role is history


@pytest.mark.parametrize("text,word,country", [
    # review87's probes: a territory's own office-holders and bodies ...
    ("Greenland's government rejected Washington's offer to buy the island on Thursday.",
     "rejected", "GRL"),
    ("Puerto Rico's governor declared a state of emergency after the hurricane knocked out "
     "power.", "declared", "PRI"),
    ("Gibraltar's chief minister criticised Madrid over border checks.", "criticised", "GIB"),
    # ... the sovereign's forces there, and the sovereign's own acts about it
    ("Hundreds of independence supporters marched through Noumea, New Caledonia, on Saturday. "
     "Gendarmes fired tear gas to disperse them.", "fired", "FRA"),
    ("Danish troops arrived in Greenland for a joint exercise with US forces.", "arrived", "DNK"),
    ("The Spanish government said it would not reopen talks with Britain over Gibraltar.",
     "talks", "ESP"),
])
def test_probes_of_territory_actors(event_pipe: Pipeline, text: str, word: str,
                                    country: str) -> None:
    from tests.conftest import event_at

    event = event_at(event_pipe, text, word)
    assert event.actor is not None and event.actor.country == country


@pytest.mark.parametrize("text,word,country", [
    # rules61 (docs/annotation.md "Decided with rules61"): a territory's bare
    # administration is the sovereign's, as its police are ...
    ("Cayenne, French Guiana: youths set fire to a school overnight. Authorities imposed "
     "a curfew on Tuesday.", "imposed", "FRA"),
    ("Riots spread in Mamoudzou, Mayotte, on Sunday. The prefecture banned all gatherings "
     "on Monday.", "banned", "FRA"),
    ("Protesters blocked roads in Papeete, French Polynesia. The high commissioner "
     "ordered the roads cleared.", "ordered", "FRA"),
    # ... its own elected bodies and people stay the territory's
    ("Protesters blocked roads in Noumea, New Caledonia. The territorial congress "
     "rejected the reform on Tuesday.", "rejected", "NCL"),
    ("Riots spread in Mamoudzou, Mayotte. Youths torched cars on Sunday.", "torched", "MYT"),
])
def test_a_territorys_bare_administration_is_the_sovereigns(
        event_pipe: Pipeline, text: str, word: str, country: str) -> None:
    from tests.conftest import event_at

    event = event_at(event_pipe, text, word)
    assert event.actor is not None and event.actor.country == country, event.actor


@pytest.mark.parametrize("text,word,country", [
    # rules61: the dateline town gives a territory's bare administration and
    # police the sovereign too (``town_agents.locate_town_agents``)
    ("FORT-DE-FRANCE, Martinique — Authorities banned protests in the capital on "
     "Thursday after night-time looting.", "banned", "FRA"),
    ("NOUMEA, New Caledonia — Authorities extended the curfew on Friday after more "
     "looting.", "extended", "FRA"),
])
def test_a_territory_datelines_administration_is_the_sovereigns(
        event_pipe: Pipeline, text: str, word: str, country: str) -> None:
    from tests.conftest import event_at

    event = event_at(event_pipe, text, word)
    assert event.actor is not None and event.actor.country == country, event.actor
