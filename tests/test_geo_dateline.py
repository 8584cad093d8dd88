"""The event place from a wire dateline, and the records scorer's reading of
a focus-only place (issue #12). Sentences written for these tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.eval.record_fields import place_right, stated_place
from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.stages.geo.datelines import DATELINE, dateline_in_text


@pytest.mark.parametrize("line,place", [
    ("LAGOS, Nigeria (Reuters) - Gunmen stormed a school.", "LAGOS"),
    ("CARACAS, March 3 (AP) -- Troops fired tear gas.", "CARACAS"),
    ("QUITO: The army took control of the prisons.", "QUITO"),
    ("Nairobi (AFP) - Police dispersed a crowd.", "Nairobi"),
    ("ADDIS ABABA/KHARTOUM, May 9 (Reuters) - Envoys met.", "ADDIS ABABA"),
])
def test_dateline_forms(line: str, place: str) -> None:
    m = DATELINE.match(line)
    assert m is not None and m.group("place") == place


@pytest.mark.parametrize("line", [
    "Press TV - A drone struck a base.",
    "Congo accuses Rwanda - after rebels seized a town",
    "The talks - held in secret - failed.",
])
def test_not_datelines(line: str) -> None:
    assert DATELINE.match(line) is None


@pytest.mark.parametrize("line,place", [
    ("KISUMU, Kenya, May 3 (Reuters) - Police dispersed traders.", "KISUMU"),
    ("LIMA, Oct 2, 2024 (AFP) - Miners blocked a road.", "LIMA"),
    ("BEIRA, 12 Mar (Lusa) - Fishermen marched on the port.", "BEIRA"),
    ("Cusco (Peru), Jan 9 (EFE).- Farmers blocked the railway.", "Cusco"),
    ("KAZAN, May 2. /TASS/. Police detained two men.", "KAZAN"),
    ("PATNA, Jan 5 (PTI) Police arrested ten people.", "PATNA"),
    ("CÚCUTA, 4 June – Soldiers sealed the crossing.", "CÚCUTA"),
    ("Kigoma, March 8 - Police seized six boats.", "Kigoma"),
    ("ASTANA, MAY 4, KAZINFORM. The envoys met.", "ASTANA"),
    ("SANTA ROSA, La Pampa, Argentina, Feb 2 (Reuters) - Farmers marched.", "SANTA ROSA"),
])
def test_agency_dateline_forms(line: str, place: str) -> None:
    """Class *an agency's dateline* (place57): comma groups, a year, a day
    before the month, EFE's ".-", a slashed or bracketed agency closed by a
    full stop, PTI's agency with no dash, accented capitals."""
    m = DATELINE.match(line)
    assert m is not None and m.group("place") == place


@pytest.mark.parametrize("text,place", [
    ("Farmers block road\nSanta Cruz - Farmers blocked a road on Monday.", "Santa Cruz"),
    ("Three held\nMwanza: Police arrested three fishermen.", "Mwanza"),
    ("Strike spreads\nPort-au-Prince (AFP) - Teachers walked out.", "Port-au-Prince"),
])
def test_bare_town_dateline_below_the_title(text: str, place: str) -> None:
    m = dateline_in_text(text)
    assert m is not None and m.group("place") == place


@pytest.mark.parametrize("text", [
    "Kenya: Police fire tear gas at traders\nTraders marched in Nakuru.",
    "Traders march\nPublished: March 3, 2024\nTraders marched in Nakuru.",
    "Traders march\nPosted: Monday, March 3\nTraders marched in Nakuru.",
    "Ship boarded\nIndian Coast Guard (ICG) Officers boarded a dhow on Monday.",
    "Officer hurt\nPolice Const. Ravi Kumar was hurt in Nagpur.",
    "Drone strike\nPress TV - A drone struck a base.",
])
def test_not_datelines_in_text(text: str) -> None:
    assert dateline_in_text(text) is None


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Settings(progress=False))


def places(pipe: Pipeline, text: str) -> dict[str, Any]:
    art = Article(text=text, id="t", published=date(2022, 3, 4), outlet="Wire")
    ((_, _doc, events),) = list(pipe.extract([art]))
    return {e.mention.trigger.text: e.mention.place for e in events}


@pytest.mark.parametrize("text,trigger,city", [
    ("Soldiers shot dead two protesters\nLAGOS, March 4 (Reuters) - Soldiers shot dead two "
     "protesters on Friday, witnesses said.", "shot", "Lagos"),
    ("CARACAS (AP) -- Police arrested an opposition mayor on Friday.", "arrested", "Caracas"),
    ("Title line\nNAIROBI: Riot police fired tear gas at students on Friday.", "fired",
     "Nairobi"),
])
def test_news_event_without_a_place_takes_the_dateline(pipe: Pipeline, text: str,
                                                      trigger: str, city: str) -> None:
    got = places(pipe, text)[trigger]
    assert got is not None and got.basis == "dateline" and got.precision == "city"
    assert got.name is not None and city.lower() in got.name.lower()


@pytest.mark.parametrize("text,trigger", [
    # demanded, threatened and planned events do not happen at the dateline
    ("NAIROBI (Reuters) - The opposition demanded new elections.", "demanded"),
    ("LAGOS (AP) - The union threatened to strike.", "threatened"),
    ("CARACAS: The army will hold exercises next month.", "hold"),
])
def test_unhappened_events_do_not_take_the_dateline(pipe: Pipeline, text: str,
                                                    trigger: str) -> None:
    got = places(pipe, text).get(trigger)
    assert got is None or got.basis != "dateline"


def test_a_stated_place_beats_the_dateline(pipe: Pipeline) -> None:
    got = places(pipe, "NAIROBI (Reuters) - Gunmen attacked a bus in Mombasa on Friday.")
    assert got["attacked"].basis == "trigger" and got["attacked"].name == "Mombasa"


@pytest.mark.parametrize("pred,right", [
    ({"start": 0, "end": 4, "text": "Iraq", "lat": 33.0, "lon": 44.0, "basis": "focus"}, True),
    ({"start": 0, "end": 4, "text": "Iraq", "lat": 33.0, "lon": 44.0, "basis": "sentence"},
     False),
    (None, True),
])
def test_focus_place_is_not_stated(pred: dict[str, Any] | None, right: bool) -> None:
    """The gold labels only stated places: a focus-only place scores as none."""
    assert place_right(None, pred) is right
    assert (stated_place(pred) is None) is (pred is None or pred["basis"] == "focus")


# --- class: a place named as the event's actor/recipient is a participant,
# not where the event happens (sentences written for this test)
@pytest.mark.parametrize("text,trigger,country", [
    ("France rejected the proposal on Tuesday.", "rejected", "France"),
    ("The United States urged Yemen to release the sailors.", "urged", "Yemen"),
    ("Egypt condemned the bombing of the embassy.", "condemned", "Egypt"),
    ("Police in the capital said Kenya accused Uganda of arming the rebels.", "accused",
     "Uganda"),
])
def test_participant_country_is_not_the_place(pipe: Pipeline, text: str, trigger: str,
                                              country: str) -> None:
    got = places(pipe, text).get(trigger)
    assert got is None or got.basis == "focus" or country not in (got.name or "")


@pytest.mark.parametrize("text,trigger,name", [
    ("Thousands protested in France on Saturday.", "protested", "France"),
    ("Troops attacked rebels in Mali on Monday.", "attacked", "Mali"),
    ("Envoys met in Qatar to discuss a truce.", "met", "Qatar"),
])
def test_a_locative_country_still_places_the_event(pipe: Pipeline, text: str, trigger: str,
                                                   name: str) -> None:
    got = places(pipe, text)[trigger]
    assert got is not None and got.basis == "trigger" and name in (got.name or "")
