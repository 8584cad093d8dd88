"""Spread of the curated region points against an independent reference.

    python tools/check_region_points.py [tests/data/regions_point_check.tsv]

Prints, for each feature of the reference file, the great-circle distance
between its point in ``eventwire/data/geo/regions.tsv`` and the reference
point, then the median and maximum (docs/BENCHMARKS.md, branch regions).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from eventwire.stages.geo.regions import load_regions


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + \
        math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def main() -> None:
    ref = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data/regions_point_check.tsv")
    ours = {r.name: r for r in load_regions()}
    dists = []
    for line in ref.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, lat, lon = line.split("\t")
        r = ours[name]
        d = km(r.lat, r.lon, float(lat), float(lon))
        dists.append(d)
        print(f"{name:22s} {d:7.0f} km")
    dists.sort()
    print(f"n={len(dists)} median={dists[len(dists) // 2]:.0f} km max={dists[-1]:.0f} km "
          f"within 161 km: {sum(d <= 161 for d in dists)}/{len(dists)}")


if __name__ == "__main__":
    main()
