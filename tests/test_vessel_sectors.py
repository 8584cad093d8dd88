"""Class *a vessel acted on takes the sector of its kind*
(eventwire/stages/events/vessel_sectors.py, recip46). Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import event_with_trigger


@pytest.mark.parametrize("text,trigger,country,sector", [
    # a fishing vessel is a business's, not the state word's government
    ("The Indonesian navy seized three Vietnamese fishing boats off the Natuna Islands "
     "on Tuesday.", "seized", "VNM", "BUS"),
    ("Croatian police detained a Slovenian fishing vessel in the bay on Sunday.",
     "detained", "SVN", "BUS"),
    # a patrol is a state's force
    ("A Chinese fishing vessel rammed an Indonesian patrol boat near the Natuna Islands.",
     "rammed", "IDN", "MIL"),
    ("Guatemalan soldiers blocked a Belize Defence Force patrol on the river.",
     "blocked", "BLZ", "MIL"),
    ("Venezuelan gunboats harassed a Guyanese patrol vessel near the disputed island.",
     "harassed", "GUY", "MIL"),
])
def test_the_vessels_kind_names_the_sector(event_pipe: Pipeline, text: str, trigger: str,
                                          country: str, sector: str) -> None:
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient
    assert ev.recipient.sectors[:1] == [sector], ev.recipient


def test_an_unnamed_patrol_vessel_is_a_force(event_pipe: Pipeline) -> None:
    ev = event_with_trigger(event_pipe, "Smugglers tried to ram the patrol vessel before "
                            "escaping, the navy said.", "ram")
    assert ev.recipient is not None and ev.recipient.sectors[:1] == ["MIL"], ev.recipient


@pytest.mark.parametrize("text,trigger,sector", [
    # a police patrol stays police, not the army
    ("Rebels shot at a Sudanese police patrol boat on the Nile.", "shot", "COP"),
    # a coast guard's boat stays the coast guard's
    ("Turkish coast guard vessels rammed a Greek coast guard boat near Imia.", "rammed", "COP"),
])
def test_police_and_coast_guard_craft_stay_cop(event_pipe: Pipeline, text: str, trigger: str,
                                              sector: str) -> None:
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.sectors[:1] == [sector], ev.recipient


@pytest.mark.parametrize("text,trigger,sector", [
    # near misses: the state word is not in a vessel's phrase
    ("Gunmen attacked a Philippine official in Sulu.", "attacked", "GOV"),
    ("Protesters surrounded a Chinese fishing company's office in Lima.", "surrounded", "BUS"),
])
def test_no_vessel_no_change(event_pipe: Pipeline, text: str, trigger: str,
                             sector: str) -> None:
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and "+vessel" not in ev.recipient.rule, ev.recipient
    assert ev.recipient.sectors[:1] == [sector], ev.recipient


def test_a_vessel_of_no_named_kind_is_left(event_pipe: Pipeline) -> None:
    """Near-miss: "two Philippine boats" says neither fishermen nor navy."""
    ev = event_with_trigger(event_pipe, "The coast guard escorted two Philippine boats out "
                            "of the lagoon.", "escorted")
    assert ev.recipient is None or "+vessel" not in ev.recipient.rule, ev.recipient


@pytest.mark.parametrize("text,trigger,country,sector", [
    # a flag state on "-flagged" / "-registered" is in the vessel's phrase
    # (review93): its kind names the sector, the flag the country
    ("Gunmen in speedboats attacked a Liberian-flagged oil tanker off Benin.",
     "attacked", "LBR", "BUS"),
    ("Pirates hijacked a Panama-flagged cargo vessel in the Gulf of Aden.",
     "hijacked", "PAN", "BUS"),
    ("Rebels fired a missile at a Maltese-registered fishing trawler off Yemen.",
     "fired", "MLT", "BUS"),
])
def test_a_flag_state_on_flagged_takes_the_vessels_kind(event_pipe: Pipeline, text: str,
                                                       trigger: str, country: str,
                                                       sector: str) -> None:
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient
    assert ev.recipient.sectors[:1] == [sector], ev.recipient


def test_a_flag_on_a_vessel_of_no_kind_is_left(event_pipe: Pipeline) -> None:
    """Near-miss: "a Liberian-flagged ship" names no kind: no vessel sector."""
    ev = event_with_trigger(event_pipe, "Gunmen attacked a Liberian-flagged ship off Benin.",
                            "attacked")
    assert ev.recipient is None or "+vessel" not in ev.recipient.rule, ev.recipient
