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

import re
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


# what may stand between a feature and the place that holds it: "Cellardyke
# in Fife", "the Gondra district of Uttar Pradesh", "Kilconquhar near St
# Andrews", "Ballard, Seattle", "Conestoga Creek near Lancaster"
CONTAINER_GAP = re.compile(r"(?:\s+(?:[a-z]+\s+){0,2}(?:of|in|near|outside)\s+(?:the\s+)?"
                           r"|,\s*)")
CONTAINER_PRECISION = ("city", "admin2", "admin1", "point")


def _container(p: PlaceMention, later: Sequence[PlaceMention], text: str
               ) -> PlaceMention | None:
    """The resolved town, county or division named right after ``p`` with
    only "of"/"in"/"near"/"outside" (up to two lower-case words before it)
    or a comma between (class *a feature placed by the place that holds
    it*, geo11), else ``None``."""
    if not later or not text:
        return None
    q = later[0]
    if q.geonameid is None or q.lat is None or q.precision not in CONTAINER_PRECISION:
        return None
    return q if CONTAINER_GAP.fullmatch(text[p.end:q.start]) else None


def place_in_vicinity(places: list[PlaceMention], text: str = "") -> None:
    """Give each unresolved mention, in place, with precision ``vicinity``
    and no id, the point of the place that holds it (``_container``; needs
    the article's ``text``), else the article's local centre."""
    centre = local_centre(places)
    if centre is None:
        return
    ordered = sorted(places, key=lambda q: q.start)
    for n, p in enumerate(ordered):
        if p.geonameid is None and p.lat is None:
            holder = _container(p, ordered[n + 1:], text)
            lat, lon = (holder.lat, holder.lon) if holder is not None and \
                holder.lat is not None and holder.lon is not None else centre
            p.lat, p.lon = round(lat, 5), round(lon, 5)
            p.precision, p.confidence = "vicinity", VICINITY_CONFIDENCE
