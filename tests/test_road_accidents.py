"""A road vehicle or its driver striking someone
(eventwire/stages/events/road_accidents.py, issue #12, branch events30).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,word", [
    ("A drunk driver who tried to flee after striking a cyclist was arrested on Sunday.",
     "striking"),
    ("The man hit the boy with his pickup as he crossed the road.", "hit"),
    ("She was struck by a van while crossing the street.", "struck"),
    ("A delivery truck hit a pensioner outside the station.", "hit"),
])
def test_a_road_accident(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("A protester was run over and struck by a police armoured vehicle.", "struck"),
    ("A military truck hit the crowd outside the palace.", "hit"),
    ("A suicide car bomber struck the gate of the hotel.", "struck"),
    ("The car was struck by a rocket near the checkpoint.", "struck"),
])
def test_a_force_or_a_weapon_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert by_trigger(pipe, text)[word].type == "ASSAULT"


@pytest.mark.parametrize("text,word", [
    ("Taxi drivers will strike on Monday over the new fuel tax.", "strike"),
    ("Bus drivers struck across the capital for a second day.", "struck"),
])
def test_drivers_on_strike_stay(pipe: Pipeline, text: str, word: str) -> None:
    assert word in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("A bus hit a roadside bomb on the highway, killing twelve passengers.", "hit"),
    ("A car hit an explosive device outside the village.", "hit"),
    ("The van struck a landmine on the road to the airport.", "struck"),
])
def test_a_vehicle_striking_a_bomb_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert by_trigger(pipe, text)[word].type == "ASSAULT"


@pytest.mark.parametrize("text,word", [
    ("The driver struck the policeman in the face.", "struck"),
    ("Taxi drivers hit the police officer with sticks.", "hit"),
    ("Drivers blocked the road and hit police officers with stones.", "hit"),
])
def test_a_drivers_own_blow_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert by_trigger(pipe, text)[word].type == "ASSAULT"


@pytest.mark.parametrize("text,word", [
    ("A van hit a group of protesters outside the town hall.", "hit"),
    ("A motorist hit three marchers who were blocking the road.", "hit"),
    ("A car struck the crowd outside the embassy on Friday.", "struck"),
])
def test_a_crowd_struck_stays(pipe: Pipeline, text: str, word: str) -> None:
    assert word in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("A boy hit and killed by a car on the bypass was named by police on Sunday.", "hit"),
    ("An elderly man was struck and fatally injured by a motorist near the park.",
     "struck"),
    ("A jogger struck and killed by an SUV on Route 9 was identified on Tuesday.",
     "struck"),
    ("Two girls were hit and seriously injured by a bus outside their school.", "hit"),
])
def test_the_by_phrase_of_a_conjunct_names_the_vehicle(pipe: Pipeline, text: str,
                                                       word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("Police stopped the man when he hit another vehicle at the junction.", "hit"),
    ("Officers said Mr Dawson struck two parked cars while reversing.", "struck"),
    ("He then hit a parked van and fled on foot, officers said.", "hit"),
])
def test_a_vehicle_struck_in_a_collision(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    ("A car bomb struck the convoy outside the ministry.", "struck"),
    ("Gunmen hit a bus carrying pilgrims on the highway.", "hit"),
    ("A missile hit a car carrying two commanders near the border.", "hit"),
    ("A tank shelled the village and hit a truck carrying refugees.", "shelled"),
    ("Israel struck a car in Gaza on Tuesday, killing two militants.", "struck"),
    ("A truck driver deliberately rammed into a crowd of shoppers, killing eight.",
     "rammed"),
])
def test_near_misses_stay_attacks(pipe: Pipeline, text: str, word: str) -> None:
    assert by_trigger(pipe, text)[word].type == "ASSAULT"


@pytest.mark.parametrize("text,word", [
    ("Officers said Mr Dawson then hit the accelerator and drove through the gate.",
     "hit"),
    ("Police said Ms Ortiz hit the brakes and the van struck the wall.", "hit"),
    ("A teenager was killed on the bypass. Police said Novak hit the gas and fled the "
     "scene.", "hit"),
])
def test_a_control_of_the_vehicle_struck_is_driving(pipe: Pipeline, text: str,
                                                     word: str) -> None:
    assert word not in by_trigger(pipe, text)
