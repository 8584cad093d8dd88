"""The server-drawn SVG: projection, the decoded base map, stacked bars."""

from __future__ import annotations

import re

from eventwire.web.charts import HEIGHT, WIDTH, countries, markers, project, stacked_bars


def test_projection_corners_and_centre() -> None:
    assert project(-180, 84) == (0, 0)
    assert project(180, -58) == (WIDTH, HEIGHT)
    x, y = project(44.4, 33.34)  # Baghdad: east of the centre, north of the equator
    assert WIDTH / 2 < x < WIDTH and 0 < y < project(0, 0)[1]


def test_base_map_has_the_countries_inside_the_frame() -> None:
    shapes = dict(countries())
    assert len(shapes) > 170 and "Iraq" in shapes and "Antarctica" not in shapes
    xs = [float(v) for v in re.findall(r"[ML](-?[\d.]+),", shapes["Iraq"])]
    assert all(0.6 * WIDTH < x < 0.65 * WIDTH for x in xs)
    # Russia crosses the antimeridian: drawn twice, east and west of the edge
    russia = shapes["Russia"]
    assert russia.count("M") > 2 and re.search(r"M-[\d.]+,", russia)


def test_markers_grow_with_counts_and_small_ones_come_last() -> None:
    places = [{"lat": 33.3, "lon": 44.4, "count": 1}, {"lat": 48.8, "lon": 2.3, "count": 9},
              {"lat": None, "lon": None, "count": 5}]
    out = markers(places)
    assert [m.place["count"] for m in out] == [9, 1]
    assert out[0].r > out[1].r


def test_stacked_bars_add_up_per_period() -> None:
    line = {"periods": ["2020-01", "2020-02"], "types": ["AID", "ASSAULT"],
            "counts": [{"period": "2020-01", "type": "AID", "count": 2},
                       {"period": "2020-01", "type": "ASSAULT", "count": 2},
                       {"period": "2020-02", "type": "ASSAULT", "count": 1}]}
    bars, top = stacked_bars(line, width=100, height=100)
    assert top == 4 and len(bars) == 3
    jan = [b for b in bars if b.period == "2020-01"]
    assert sum(b.h for b in jan) == 100 and min(b.y for b in jan) == 0
    assert bars[0].days == ("2020-01-01", "2020-01-31")
