"""Class *a building or site acted on takes the sector of what it stands for*
(eventwire/stages/events/building_sectors.py, sites48). Every sentence here
was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger, event_with_trigger


@pytest.mark.parametrize("text,trigger,sector", [
    # a hotel, a shop: a business, not the name's people or person
    ("Armed men stormed the Sahara Palms Hotel in Bamako on Friday night.", "stormed", "BUS"),
    ("Militants attacked the Jazeera Beach Hotel in Mogadishu late on Sunday.",
     "attacked", "BUS"),
    ("Rioters looted the Golden Star Supermarket in Honiara overnight.", "looted", "BUS"),
    # a gendarmerie post: the police, not the army
    ("Youths tried to storm a gendarmerie post in the town of Kidira on Monday.",
     "storm", "COP"),
    ("Protesters set fire to a gendarmerie post near Zinder, the interior ministry said.",
     "set", "COP"),
    ("Villagers ransacked the gendarmerie post at Dosso after the shooting.",
     "ransacked", "COP"),
    # a health post or a state hospital: health, not the army or the state
    ("Gunmen linked to loggers attacked a government health post and wounded a nurse.",
     "attacked", "HLH"),
    ("Fighters torched a rural health post in the north on Thursday, aid workers said.",
     "torched", "HLH"),
    ("Bandits attacked a state hospital in Sokoto State on Tuesday.", "attacked", "HLH"),
    # a state building: the state's
    ("Several state buildings were set ablaze during the riots in Tirana.", "set", "GOV"),
    # a person's church is still a church
    ("Police believe Senator Ruiz's church was vandalised by his opponents.",
     "vandalised", "REL"),
    # review94: an owning ministry's field is no sector ("oil" BUS, "health" HLH)
    ("Protesters stormed an oil ministry building in Kirkuk, demanding jobs.",
     "stormed", "GOV"),
    ("Fighters looted a health ministry warehouse in Kindu on Saturday.", "looted", "GOV"),
    ("Rioters torched a finance ministry office in Maseru on Tuesday.", "torched", "GOV"),
])
def test_the_building_names_what_it_stands_for(event_pipe: Pipeline, text: str, trigger: str,
                                              sector: str) -> None:
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.sectors[:1] == [sector], ev.recipient


@pytest.mark.parametrize("text,trigger,sector", [
    # a head that names its own kind beats a state modifier
    ("Gunmen stormed a government school in Kebbi and abducted dozens of pupils.",
     "stormed", "EDU"),
    # a named owner with codes of its own keeps them (a party, a broadcaster)
    ("Protesters set fire to the local office of the ruling Awami League in Dhaka.",
     "set", "GOV"),
])
def test_near_misses_keep_their_codes(event_pipe: Pipeline, text: str, trigger: str,
                                      sector: str) -> None:
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.sectors[:1] == [sector], ev.recipient
    assert "+building" not in ev.recipient.rule, ev.recipient


@pytest.mark.parametrize("text", [
    # a building as the scene is no recipient, a building that speaks no target
    "Clashes broke out outside the Intercontinental Hotel in Kabul on Tuesday.",
    "The White House said the strikes would continue.",
    # an owned base is its owner's, a place name on an office the place's
    "Government troops attacked Kabila's base outside the capital.",
    "Police raided the Nairobi office of the Daily Nation newspaper on Monday.",
])
def test_no_building_recoding(event_pipe: Pipeline, text: str) -> None:
    for ev in by_trigger(event_pipe, text).values():
        assert ev.recipient is None or "+building" not in ev.recipient.rule, ev.recipient


@pytest.mark.parametrize("text,trigger,sector", [
    # class *the building told before*: "the building" is the hotel, the
    # studio, the post or the station named earlier
    ("Gunmen opened fire at the entrance of a beach hotel in Lido before they stormed the "
     "building on Friday.", "stormed", "BUS"),
    ("Armed men burst into a radio studio in Bukavu during a morning show, and soldiers "
     "later surrounded the building.", "surrounded", "MED"),
    ("Youths threw stones at a gendarmerie post in Tera overnight. Officials said the crowd "
     "later set the building on fire.", "set", "COP"),
    ("A crowd gathered outside the police station in Serekunda. Officials said youths "
     "attacked the station with stones.", "attacked", "COP"),
])
def test_the_building_told_before(event_pipe: Pipeline, text: str, trigger: str,
                                  sector: str) -> None:
    ev = event_with_trigger(event_pipe, text, trigger)
    assert ev.recipient is not None and ev.recipient.sectors[:1] == [sector], ev.recipient


@pytest.mark.parametrize("text", [
    # a ministry that speaks is no building told before; nothing told before
    "The interior ministry said rioters later stormed the building and set it on fire.",
    "Rioters in Lome stormed the building on Friday, witnesses said.",
])
def test_no_building_told_before(event_pipe: Pipeline, text: str) -> None:
    from eventwire.stages.events.building_sectors import told_before

    building = next(t for t in event_pipe.nlp(text) if t.lower_ == "building")
    assert told_before(building) is None
