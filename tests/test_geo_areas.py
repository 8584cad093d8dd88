"""First-level divisions at the centre of their estimated area
(``stages/geo/areas.py``, gazetteer schema 11)."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from eventwire.stages.geo.areas import _inside, area_centres, outer_rings
from eventwire.stages.geo.distance import haversine_km

SQUARE = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0], [0.0, 0.0]]


def test_scan_line_inside_a_triangle() -> None:
    ring = np.array([[0.0, 0.0], [4.0, 0.0], [0.0, 4.0]])
    got = _inside(np.array([0.5, 1.5, 2.9, 3.5]), 1.0, ring)
    assert got.tolist() == [True, True, True, False]


def test_outer_rings_of_polygons_and_multipolygons() -> None:
    poly = {"geoJSON": {"features": [{"geometry": {"type": "Polygon",
                                                   "coordinates": [SQUARE]}}]}}
    multi = {"geoJSON": {"features": [{"geometry": {"type": "MultiPolygon",
                                                    "coordinates": [[SQUARE], [SQUARE[:4]]]}}]}}
    assert len(outer_rings(poly)) == 1 and len(outer_rings(multi)) == 2
    assert outer_rings({}) == []


def test_a_division_whose_towns_line_its_edge_sits_in_the_middle() -> None:
    """West half: towns crowd its southern edge, one lies in its north (like
    Ontario's); east half: towns everywhere. The west division's point is
    near the middle of its half (lat ~5), not among its towns (mean lat
    ~1)."""
    places = [("AAA", 1, 0.5 + y / 10, x + 0.5) for x in range(5) for y in range(4)]
    places += [("AAA", 1, 5.5, 2.5), ("AAA", 1, 9.5, 2.5)]
    places += [("AAA", 2, y + 0.5, x + 5.5) for x in range(5) for y in range(10)]
    got = area_centres({"AAA": [SQUARE]}, places)
    assert 3.5 < got[1][0] < 6.5 and 1.5 < got[1][1] < 3.5
    assert 4.0 < got[2][0] < 6.0 and 6.5 < got[2][1] < 8.5


def test_no_shape_or_one_division_leaves_the_places_centre() -> None:
    assert area_centres({}, [("AAA", 1, 0.5, 0.5), ("AAA", 2, 5.0, 5.0)]) == {}
    assert area_centres({"AAA": [SQUARE]}, [("AAA", 1, 0.5, 0.5)]) == {}


def test_built_us_states_lie_near_geonames_points() -> None:
    """GeoNames' own points of the 50 states + DC (tests/data/geonames_points.tsv):
    every one within 161 km (0.961 with the places' bounding box, schema 10)."""
    from eventwire.stages.geo.gazetteer import gazetteer

    path = Path(__file__).parent / "data" / "geonames_points.tsv"
    rows = [r for r in csv.reader(path.open(encoding="utf-8"), delimiter="\t")
            if r and r[0] == "admin1"]
    far = []
    for r in rows:
        place = gazetteer().get(int(r[2]))
        assert place is not None
        if haversine_km(float(r[4]), float(r[5]), place.lat, place.lon) > 161:
            far.append(r[1])
    assert len(rows) == 51 and far == []


def test_places_miscoded_into_a_far_division_own_no_territory() -> None:
    """Five Tibetan hamlets carry Hebei's code: a division's places outside
    its largest cluster (links of 800 km) are left out."""
    big = [[0.0, 0.0], [20.0, 0.0], [20.0, 20.0], [0.0, 20.0], [0.0, 0.0]]
    places = [("AAA", 1, y + 0.5, x + 0.5) for x in range(5) for y in range(5)]
    places += [("AAA", 1, 19.5, 19.5), ("AAA", 1, 19.0, 19.5)]  # miscoded, ~2,000 km away
    places += [("AAA", 2, y + 0.5, x + 0.5) for x in range(20) for y in range(20)
               if x >= 5 or y >= 5]
    got = area_centres({"AAA": [big]}, places)
    assert got[1][0] < 4 and got[1][1] < 4
