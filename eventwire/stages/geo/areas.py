"""First-level divisions at the centre of their area, from shipped data.

No PyPI package ships GeoNames' own point for a first-level division
(Ontario, Queensland, Kaduna State) nor its shape. GeoNames puts such a
feature near the centre of its area; the centre of the division's *places*
is pulled toward where people live (Ontario's towns lie along its southern
edge, Queensland's on its eastern coast). So the area is estimated: the
country's territory (its polygons in ``countryinfo``) is cut into grid
cells, each cell goes to the division of its nearest place (cities500 with
its GeoNames admin1; a Voronoi partition of the country by its places), and
the division's point is the area-weighted centroid of its cells. Measured in
``tools/check_geo_points.py``: within 161 km of GeoNames' points of the 50 US
states + DC 0.961 -> 1.000 (median 31 -> 15 km) against the centre of the
places' bounding box; of a list of 94 non-US divisions recalled from
GeoNames (``tests/data/geonames_admin1_points.tsv``) 0.90 / 0.94 -> 0.96 /
0.98 on its two halves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

MAX_CELLS = 12_000  # per country: the grid step grows until the territory fits
MIN_CELLS = 50  # fewer (a micro-state): the places' own centre stays
THIN_DEG = 0.1  # one place per division per 0.1-degree square (dense cities add nothing)
LINK_KM = 800.0  # a division's places closer than this belong to one cluster
CLUSTER_DEG = 0.5  # clusters are found among 0.5-degree squares (fast; same clusters)
Ring = Sequence[Sequence[float]]  # [[lon, lat], ...] as in GeoJSON


def outer_rings(info: dict[str, Any]) -> list[Ring]:
    """The outer ring of every polygon of a ``countryinfo`` country."""
    rings: list[Ring] = []
    for feat in info.get("geoJSON", {}).get("features", []):
        geom = feat.get("geometry") or {}
        polys = geom.get("coordinates", []) if geom.get("type") == "MultiPolygon" else \
            [geom.get("coordinates", [])]
        rings += [p[0] for p in polys if p and len(p[0]) > 2]
    return rings


def _inside(xs: np.ndarray, y: float, ring: np.ndarray) -> np.ndarray:
    """Which of the points (xs, y) lie inside the ring (even-odd rule, one
    scan line: the ring's crossings of y, sorted)."""
    x1, y1 = ring[:, 0], ring[:, 1]
    x2, y2 = np.roll(x1, -1), np.roll(y1, -1)
    cross = (y1 > y) != (y2 > y)
    if not cross.any():
        return np.zeros(xs.shape, bool)
    a, b, c, d = x1[cross], y1[cross], x2[cross], y2[cross]
    xi = np.sort(a + (y - b) * (c - a) / (d - b))
    return np.searchsorted(xi, xs) % 2 == 1


def _cells(rings: Sequence[np.ndarray], step: float) -> np.ndarray:
    """Centres (lat, lon) of the grid cells of side ``step`` degrees inside
    the rings."""
    out = []
    for ring in rings:
        (x0, y0), (x1, y1) = ring.min(0), ring.max(0)
        xs = np.arange(np.floor(x0 / step) * step + step / 2, x1, step)
        for y in np.arange(np.floor(y0 / step) * step + step / 2, y1, step):
            keep = xs[_inside(xs, float(y), ring)]
            out.append(np.stack([np.full(keep.shape, y), keep], 1))
    return np.concatenate(out) if out else np.zeros((0, 2))


def _territory(rings: Sequence[np.ndarray]) -> np.ndarray:
    step = 0.1
    while len(cells := _cells(rings, step)) > MAX_CELLS:
        step *= 1.5
    return cells


def _nearest(cells: np.ndarray, places: np.ndarray) -> np.ndarray:
    """Index of each cell's nearest place (equirectangular distance, in chunks)."""
    out = np.empty(len(cells), int)
    plat, plon = places[:, 0].astype(np.float32), places[:, 1].astype(np.float32)
    for s in range(0, len(cells), 512):
        lat, lon = cells[s:s + 512, :1].astype(np.float32), cells[s:s + 512, 1:].astype(np.float32)
        d = (lat - plat) ** 2 + ((lon - plon) * np.cos(np.radians(lat))) ** 2
        out[s:s + 512] = d.argmin(1)
    return out


def _main_cluster(points: np.ndarray) -> np.ndarray:
    """Which of a division's places belong to its largest cluster (places
    linked when within ``LINK_KM`` of each other): a few places miscoded into
    a distant division (five Tibetan hamlets carry Hebei's code) would
    otherwise own a share of the territory far away."""
    n = len(points)
    lat, lon = np.radians(points[:, 0]), np.radians(points[:, 1])
    label = np.full(n, -1)
    for start in range(n):
        if label[start] >= 0:
            continue
        label[start], todo = start, [start]
        while todo:
            i = todo.pop()
            d = 6371 * np.hypot(lat - lat[i], (lon - lon[i]) * np.cos(lat[i]))
            new = np.flatnonzero((d <= LINK_KM) & (label < 0))
            label[new] = start
            todo.extend(new.tolist())
    return label == np.bincount(label).argmax()


def _main_clusters(squares: dict[tuple[int, int, int], tuple[float, float]]
                   ) -> dict[tuple[int, int, int], tuple[float, float]]:
    """The places of each division's largest cluster (``_main_cluster``)."""
    by_division: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for k in squares:
        by_division[k[0]].append(k)
    kept = {}
    for keys in by_division.values():
        coarse = {(round(squares[k][0] / CLUSTER_DEG), round(squares[k][1] / CLUSTER_DEG)): k
                  for k in keys}
        mask = _main_cluster(np.array([squares[k] for k in coarse.values()]))
        main = {c for c, keep in zip(coarse, mask, strict=True) if keep}
        kept.update({k: squares[k] for k in keys if (round(squares[k][0] / CLUSTER_DEG),
                                                     round(squares[k][1] / CLUSTER_DEG)) in main})
    return kept


def area_centres(shapes: dict[str, list[Ring]],
                 places: Iterable[tuple[str, int, float, float]]
                 ) -> dict[int, tuple[float, float]]:
    """Division id -> centroid of its share of the country's territory.
    ``shapes``: country ISO3 -> outer rings; ``places``: (country ISO3,
    division id, lat, lon) of every populated place."""
    by_country: dict[str, dict[tuple[int, int, int], tuple[float, float]]] = defaultdict(dict)
    for iso3, division, lat, lon in places:
        square = (division, round(lat / THIN_DEG), round(lon / THIN_DEG))
        by_country[iso3].setdefault(square, (lat, lon))
    out: dict[int, tuple[float, float]] = {}
    for iso3, squares in by_country.items():
        squares = _main_clusters(squares)
        rings = [np.asarray(r, dtype=float) for r in shapes.get(iso3, []) if len(r) > 2]
        cells = _territory(rings) if rings else np.zeros((0, 2))
        if len(cells) < MIN_CELLS or len({k[0] for k in squares}) < 2:
            continue
        nearest = _nearest(cells, np.array(list(squares.values())))
        owners = np.array([k[0] for k in squares])[nearest]
        weight = np.cos(np.radians(cells[:, 0]))
        for division in np.unique(owners):
            m = owners == division
            w = weight[m]
            out[int(division)] = (round(float((cells[m, 0] * w).sum() / w.sum()), 5),
                                  round(float((cells[m, 1] * w).sum() / w.sum()), 5))
    return out
