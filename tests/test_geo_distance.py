"""The place stage's shared distances (eventwire/stages/geo/distance.py):
the great-circle distance and the one radius within which a place counts as
the same place (issue #12, mends26)."""

from __future__ import annotations

from eventwire.eval.geo import ACCURACY_KM
from eventwire.stages.geo import attack_scene, counties, distance
from eventwire.stages.geo.distance import SAME_PLACE_KM, haversine_km


def test_the_stage_radius_is_the_scorers() -> None:
    """The stage states the radius itself (it imports nothing from eval),
    and it is the scorers' accuracy radius (100 miles)."""
    assert SAME_PLACE_KM == ACCURACY_KM == 161.0


def test_attack_scenes_and_counties_share_it() -> None:
    """No module keeps its own copy of the radius."""
    assert attack_scene.SAME_PLACE_KM is distance.SAME_PLACE_KM
    assert counties.SAME_PLACE_KM is distance.SAME_PLACE_KM
    assert not hasattr(attack_scene, "FAR_KM") and not hasattr(counties, "OFF_MAP_KM")


def test_haversine_one_degree_of_latitude() -> None:
    assert abs(haversine_km(0.0, 30.0, 1.0, 30.0) - 111.2) < 0.1
