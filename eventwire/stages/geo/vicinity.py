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

Class *a name no data holds beside the places its sentence names* (geo13):
the median of a whole article is wrong when the story spans countries
("trial sites in Alpha, Laos, and Beta, Kenya" put Beta in Laos) or when
one of its town picks is a far misreading (an acronym read as a town in
Utah pulls a Haiti story's median into the Gulf of Mexico). So:

1. the fallback centre is the local centre of the article's *main country*
   (the one its resolved names name most), over anchors corroborated by a
   second name of the same country (a country named as such counts alone);
2. in a story *spread* beyond one locality (``clustered`` is false) the
   unresolved name takes what its own sentence names nearest to it
   (``sentence_anchor``): "the X Valley region of California", "the
   village of X in Fife", "the X district of Uttar Pradesh";
3. a name said again keeps the point it got first.

A local story keeps its centre: for a river or an airport of a tight
cluster of towns, the centre beat the nearest town of the sentence on the
own local sets (docs/BENCHMARKS.md "geo13").
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence

from eventwire.models import PlaceMention
from eventwire.stages.geo.distance import haversine_km

LOCAL_PRECISION = ("city", "admin2", "point")
AREA_PRECISION = ("admin1", "country")
LOCAL_KM = 250.0  # a local story's towns lie this close to its centre
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


def _anchored(places: Sequence[PlaceMention]) -> list[PlaceMention]:
    return [p for p in places if p.geonameid is not None and p.lat is not None
            and p.lon is not None]


def _inside(places: Sequence[PlaceMention], area: PlaceMention) -> list[PlaceMention]:
    """The article's resolved places inside a country or first-level
    division (same country, and same division for a division)."""
    return [p for p in places if p.country == area.country and p is not area
            and (area.precision == "country" or p.admin1 == area.admin1)]


def main_country_centre(places: Sequence[PlaceMention]) -> tuple[float, float] | None:
    """Local centre of the places in the country the article's resolved
    places name most often (ties: the first named); ``None`` if none."""
    counts = Counter(p.country for p in _anchored(places) if p.country)
    if not counts:
        return None
    top = counts.most_common(1)[0][0]
    return local_centre([p for p in places if p.country == top])


def corroborated(places: Sequence[PlaceMention]) -> list[PlaceMention]:
    """Countries the article names, and resolved places whose country
    another resolved name of the article (a different text) also lies in: a
    lone far pick ("Jos" cut from "Ceamurlia de Jos", "Conservation" of
    "the Department of Conservation") anchors nothing."""
    anchored = _anchored(places)
    names: dict[str, set[str]] = {}
    for p in anchored:
        names.setdefault(p.country or "", set()).add(p.text.lower())
    return [p for p in anchored if p.country
            and (p.precision == "country" or len(names[p.country]) > 1)]


def sentence_anchor(mention: PlaceMention, anchors: Sequence[PlaceMention],
                    sentence: tuple[int, int]) -> tuple[float, float] | None:
    """Point for an unresolved mention from what its own sentence resolves.
    The nearest place in the sentence (town, county, point, division or
    country) says which country it lies in; the point is the median of the
    sentence's towns/counties/points in that country whose first-level
    division another name of the article also lies in (a wrongly read
    namesake, Rockport TX in a story about the Skagit valley, is alone in
    its state and does not count), else the nearest town's own point; for a
    division or country, the local centre of the article's places inside it,
    else its own point."""
    here = [p for p in anchors if sentence[0] <= p.start < sentence[1]
            and p.precision in LOCAL_PRECISION + AREA_PRECISION]
    if not here:
        return None
    best = min(here, key=lambda p: max(p.start - mention.end, mention.start - p.end))
    divisions = Counter((p.country, p.admin1) for p in
                        {(p.country, p.admin1, p.text.lower()): p for p in anchors}.values())
    local = [p for p in here if p.precision in LOCAL_PRECISION and p.country == best.country
             and divisions[(p.country, p.admin1)] > 1]
    if local:
        return local_centre(local)
    if best.precision not in AREA_PRECISION:
        return best.lat or 0.0, best.lon or 0.0
    inside = local_centre(_inside(anchors, best))
    return inside if inside is not None else (best.lat or 0.0, best.lon or 0.0)


def clustered(anchors: Sequence[PlaceMention], centre: tuple[float, float]) -> bool:
    """A local story: two or more distinct towns/counties/points, at least
    two thirds of them within ``LOCAL_KM`` of the article's centre. Its
    centre places a feature better than any one sentence (geo7); only a
    story spread over countries or a large country needs the sentence."""
    local = {p.text.lower(): p for p in anchors if p.precision in LOCAL_PRECISION}.values()
    near = sum(haversine_km(centre[0], centre[1], p.lat or 0.0, p.lon or 0.0) <= LOCAL_KM
               for p in local)
    return len(local) >= 2 and 3 * near >= 2 * len(local)


def place_in_vicinity(places: list[PlaceMention],
                      sentences: Sequence[tuple[int, int]] = ()) -> None:
    """Give each unresolved mention a point near what holds it (the module
    docstring's order), in place, with precision ``vicinity`` and no id.
    Without ``sentences`` (character spans), the article's centres only."""
    todo = [p for p in places if p.geonameid is None and p.lat is None]
    if not todo:
        return
    anchors = corroborated(places)
    fallback = main_country_centre(anchors) or local_centre(places)
    spread = fallback is not None and not clustered(anchors, fallback)
    said: dict[str, tuple[float, float]] = {}
    for p in todo:
        sentence = next(((a, b) for a, b in sentences if a <= p.start < b), None)
        point = sentence_anchor(p, anchors, sentence) if sentence and spread else None
        point = point or said.get(p.text.lower()) or fallback
        if point is None:
            continue
        said.setdefault(p.text.lower(), point)
        p.lat, p.lon = round(point[0], 5), round(point[1], 5)
        p.precision, p.confidence = "vicinity", VICINITY_CONFIDENCE
