"""The capitals the offline gazetteer names like a division that does not
hold them (place41; ``eventwire/stages/geo/capital_names.py``).

    PYTHONPATH=. python tools/capital_namesakes.py

For every country's national capital (``Gazetteer.capitals``), the
first- and second-level divisions of its country that share one of the
capital's names and do not hold it (GeoNames carves the capital out:
Washington and the District of Columbia). Prints one row per pair: the
capital, its population, the division, its level, population and distance,
and ``outranks`` when the division is the more populous reading (the
pairs the ranker's population weight resolved to the division).
"""

from __future__ import annotations

from eventwire.stages.geo.candidate_features import km
from eventwire.stages.geo.gazetteer import Place, gazetteer


def namesakes() -> list[tuple[Place, Place]]:
    """(capital, division) pairs: same country, same name, not holding it."""
    g = gazetteer()
    out = []
    for iso3, cap in sorted(g.capitals().items()):
        for d in g.candidates(cap.name):
            if d.feature in ("admin1", "admin2") and d.country == iso3 \
                    and d.geonameid not in (cap.admin1_id, cap.admin2_id):
                out.append((cap, d))
    return out


def main() -> None:
    for cap, d in namesakes():
        mark = "outranks" if d.population > cap.population else ""
        print(f"{cap.country}\t{cap.name}\t{cap.population}\t{d.name}\t{d.feature}\t"
              f"{d.population}\t{km(cap, d):.0f} km\t{mark}")


if __name__ == "__main__":
    main()
