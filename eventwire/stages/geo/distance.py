"""Great-circle distance: the one haversine the place stage, the gazetteer
build and the geo evaluation share."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088  # IUGG mean radius
# two points this close are one place for the scorers (100 miles: eval.geo's
# ACCURACY_KM, stated here so the stage imports nothing from eval): a scene
# this near the dateline is the dateline's (``attack_scene``), a pick this
# far from the story's home-state places is off its map (``counties``)
SAME_PLACE_KM = 161.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
