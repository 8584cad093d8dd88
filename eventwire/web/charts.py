"""Server-side SVG for the map and the timeline: no tile server, no chart
library, nothing fetched.

* The base map is world-atlas's ``countries-110m.json`` (TopoJSON, vendored
  in ``static/``), decoded here and drawn in an equirectangular projection
  from 84°N to 58°S (Antarctica left out). Event places are circles whose
  area grows with their event count.
* The timeline stacks the event counts of each period by PLOVER type, one
  colour per type (the same colours in the legend).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.models import PLOVER_TYPES
from eventwire.stages.time.ranges import timex_range

ATLAS = Path(__file__).parent / "static" / "countries-110m.json"
WIDTH, HEIGHT = 1000.0, 400.0
NORTH, SOUTH = 84.0, -58.0
# 16 distinguishable colours, one per PLOVER type (same order).
PALETTE: tuple[str, ...] = (
    "#1f77b4", "#aec7e8", "#2ca02c", "#98df8a", "#17becf", "#9edae5", "#bcbd22", "#dbdb8d",
    "#ff7f0e", "#ffbb78", "#d62728", "#ff9896", "#9467bd", "#c5b0d5", "#8c564b", "#e377c2",
)
TYPE_COLOURS: dict[str, str] = dict(zip(PLOVER_TYPES, PALETTE, strict=True))


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular: degrees -> SVG user units of the map."""
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (NORTH - lat) / (NORTH - SOUTH) * HEIGHT
    return round(x, 1), round(y, 1)


def _arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # delta-encoded, quantised
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> str:
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    crosses = any(abs(a[0] - b[0]) > 180 for a, b in zip(points, points[1:], strict=False))
    if not crosses:
        return _path(points)
    # a ring over the antimeridian (Russia, Fiji): unwrap it east and west of
    # the map's edge and draw both; the SVG viewBox clips what lies outside.
    east = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in points]
    return _path(east) + _path([(lon - 360, lat) for lon, lat in east])


def _path(points: list[tuple[float, float]]) -> str:
    xy = [project(lon, max(min(lat, NORTH), SOUTH)) for lon, lat in points]
    return "M" + "L".join(f"{x:g},{y:g}" for x, y in xy) + "Z"


@lru_cache(maxsize=1)
def countries() -> tuple[tuple[str, str], ...]:
    """(country name, SVG path data) for every country but Antarctica."""
    topo = json.loads(ATLAS.read_text(encoding="utf-8"))
    arcs = _arcs(topo)
    out = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom.get("id") == "010" or geom["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
        d = "".join(_ring(ring, arcs) for polygon in polygons for ring in polygon)
        out.append((str(geom.get("properties", {}).get("name", "")), d))
    return tuple(out)


@dataclass
class Marker:
    x: float
    y: float
    r: float
    place: dict[str, Any]


def markers(places: list[dict[str, Any]]) -> list[Marker]:
    """Circles for places with counts; the biggest drawn first (so small ones
    stay clickable on top)."""
    top = max((p["count"] for p in places), default=1)
    out = []
    for p in sorted(places, key=lambda p: -p["count"]):
        if p.get("lat") is None or p.get("lon") is None:
            continue
        x, y = project(float(p["lon"]), float(p["lat"]))
        out.append(Marker(x, y, round(3 + 12 * math.sqrt(p["count"] / top), 1), p))
    return out


@dataclass
class Bar:
    x: float
    y: float
    w: float
    h: float
    period: str
    type: str
    count: int
    colour: str

    @property
    def days(self) -> tuple[str, str]:
        """First and last day of the bar's period (for its events link)."""
        start, end = timex_range(self.period)
        return start or self.period, end or self.period


def stacked_bars(timeline: dict[str, Any], width: float = 960.0, height: float = 260.0
                 ) -> tuple[list[Bar], int]:
    """Rectangles of a stacked bar chart (periods × types) and the tallest
    stack's total (for the axis)."""
    periods = timeline["periods"]
    cells = {(c["period"], c["type"]): c["count"] for c in timeline["counts"]}
    totals = [sum(cells.get((p, t), 0) for t in timeline["types"]) for p in periods]
    top = max(totals, default=0) or 1
    slot = width / max(len(periods), 1)
    bars: list[Bar] = []
    for i, period in enumerate(periods):
        y = height
        for kind in timeline["types"]:
            n = cells.get((period, kind), 0)
            if not n:
                continue
            h = n / top * height
            y -= h
            bars.append(Bar(round(i * slot + slot * 0.1, 1), round(y, 1),
                            round(max(slot * 0.8, 1.0), 1), round(h, 1), period, kind, n,
                            TYPE_COLOURS.get(kind, "#777777")))
    return bars, max(totals, default=0)
