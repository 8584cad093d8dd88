"""Class *local features no gazetteer has*: a river, valley, park,
neighbourhood, township, highway, camp or village that the recogniser finds
("the Pigeon River", "Canal Park", "Manheim Township", "the Atmeh camp") but
no shipped data places (issue 13; no installed package ships GeoNames'
natural or local features, docs/BENCHMARKS.md "geo7").

Such a feature lies near the places its article is about, so it gets the
article's *local centre*: the median latitude and longitude of the
article's resolved towns, counties, airports and user places (the median,
so that one far-off name does not pull it), else of all its resolved places.
The point is an estimate, never a claimed feature: ``geonameid`` stays
``None``, ``precision`` is ``vicinity`` and the confidence is low, so the
event-place stage (which reads only mentions with an id) and the article
focus never use it. On development data 44 of 61 such features lie within
161 km of that centre (rivers, whose GeoNames point is their mouth, are
most of the rest).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from eventwire.models import PlaceMention

LOCAL_PRECISION = ("city", "admin2", "point")
VICINITY_CONFIDENCE = 0.1


def local_centre(places: Sequence[PlaceMention]) -> tuple[float, float] | None:
    """Median point of the article's resolved local places, else of all its
    resolved places, else ``None`` (nothing resolved: nothing to be near)."""
    resolved = [p for p in places if p.geonameid is not None and p.lat is not None]
    local = [p for p in resolved if p.precision in LOCAL_PRECISION] or resolved
    if not local:
        return None
    return (statistics.median(p.lat for p in local if p.lat is not None),
            statistics.median(p.lon for p in local if p.lon is not None))


def place_in_vicinity(places: list[PlaceMention]) -> None:
    """Give each unresolved mention the article's local centre, in place,
    with precision ``vicinity`` and no id."""
    centre = local_centre(places)
    if centre is None:
        return
    for p in places:
        if p.geonameid is None and p.lat is None:
            p.lat, p.lon = round(centre[0], 5), round(centre[1], 5)
            p.precision, p.confidence = "vicinity", VICINITY_CONFIDENCE
