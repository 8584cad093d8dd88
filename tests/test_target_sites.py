"""What a site noun is and whom it stands for
(eventwire/stages/events/target_sites.py, recips14)."""

from __future__ import annotations

import pytest
from spacy.tokens import Token

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.target_sites import is_site, site_sectors


def _noun(pipe: Pipeline, text: str, word: str) -> Token:
    return next(t for t in pipe.nlp(text) if t.text == word)


@pytest.mark.parametrize("text,word,sectors", [
    ("Drones struck a military airfield near the coast.", "airfield", ["MIL"]),
    ("Shells hit residential buildings in the old town.", "buildings", ["CVL"]),
    ("The militia stormed the municipal office at dawn.", "office", ["GOV"]),
    ("Pirates boarded a cargo ship off the Horn of Africa.", "ship", ["BUS"]),
    ("Fighters overran the outpost after a day of fighting.", "outpost", ["MIL"]),
    ("Rockets landed near the embassy late on Sunday.", "embassy", ["GOV"]),
])
def test_a_modifier_or_the_head_gives_the_sector(
        event_pipe: Pipeline, text: str, word: str, sectors: list[str]) -> None:
    tok = _noun(event_pipe, text, word)
    assert is_site(tok) and site_sectors(tok) == sectors


@pytest.mark.parametrize("text,word", [
    ("Soldiers shelled the town overnight.", "town"),
    ("Rebels seized the site of the old mine.", "site"),
    ("Guards searched the facility for weapons.", "facility"),
])
def test_a_site_nothing_names_has_no_sector(event_pipe: Pipeline, text: str, word: str) -> None:
    tok = _noun(event_pipe, text, word)
    assert is_site(tok) and site_sectors(tok) == []


@pytest.mark.parametrize("text,word", [
    ("Police seized computers and documents.", "computers"),
    ("The army deployed soldiers to the border.", "soldiers"),
    ("Protesters blocked the road for hours.", "road"),
])
def test_things_and_people_are_not_sites(event_pipe: Pipeline, text: str, word: str) -> None:
    assert not is_site(_noun(event_pipe, text, word))


def test_building_sectors_come_from_the_roles_table() -> None:
    """lists19: a building's sector lives once, in roles.yaml's
    ``unnamed_buildings``; the sites' own words keep theirs."""
    from eventwire.datafiles import load_yaml
    from eventwire.stages.events.target_sites import HEAD_SECTORS, ROLE_WORDS, SITE_WORDS

    buildings = load_yaml(ROLE_WORDS.read_text(encoding="utf-8"))["unnamed_buildings"]
    shared = {w for w in buildings if w in SITE_WORDS}
    assert {"home", "school", "hospital", "residence"} <= shared
    assert all(HEAD_SECTORS[w] == buildings[w] for w in shared)
    assert HEAD_SECTORS["residence"] == "GOV" and HEAD_SECTORS["camp"] == "MIL"


@pytest.mark.parametrize("text,word", [
    ("Militiamen burned the displacement camp outside Bunia on Monday.", "camp"),
    ("Gunmen attacked a refugee camp near the border at dawn.", "camp"),
    ("Soldiers searched an IDP camp in the east of the province.", "camp"),
])
def test_a_camp_of_the_displaced_stands_for_refugees(
        event_pipe: Pipeline, text: str, word: str) -> None:
    """Class *a camp of the displaced stands for refugees* (recip63): its
    modifier names whom it holds, REF, not the bare camp's force (MIL)."""
    tok = _noun(event_pipe, text, word)
    assert is_site(tok) and site_sectors(tok) == ["REF"]
