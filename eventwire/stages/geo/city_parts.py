"""Class *a part of a city named "<Name> of <City>"*: "the North Side of
Chicago", "the West End of Boston", "the Upper East Side of Manhattan", "the
Riverside section of Jacksonville" (issue 13, branch geo11).

Recognition: the NER model often tags the whole phrase as one place ("the
South Side of Pittsburgh"), which the gazetteer does not know; cutting it
to a known part kept "South Side" and lost the city. ``part_and_city``
splits such a span at "of" into the part and the city, when the part's
last word says a part of a town (``PART_HEADS``: not "the Gulf of Eden").

Resolution:
A district of a city is rarely in the gazetteer (it holds populated places
of 500+ people, not neighbourhoods), but its name often is, as a far
namesake town ("North Side" in California, "West End" in New York state,
"Upper East" a region of Ghana), and the resolver picks that. When the
words between the mention and the next one are only "of" (or "section of",
"neighborhood of", ...), the next one is a resolved city and the mention's
pick lies more than ``FAR_KM`` from it, the mention names a part of that
city: it takes the city's point, with precision ``vicinity`` and no id (an
estimate, as for features no data has: ``vicinity.py``). The same holds
for the possessive order, "<City>'s <Part>" ("Chicago's South Side",
"London's East End", "Pittsburgh's North Side": geo15), for a part-headed
name that is a town or county pick, never a division, after a city that
is no state's or country's name ("New York's Buffalo" stays Buffalo).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from eventwire.models import PlaceMention
from eventwire.stages.geo.distance import haversine_km
from eventwire.stages.geo.gazetteer import Place, gazetteer
from eventwire.stages.geo.vicinity import VICINITY_CONFIDENCE

# " of ", " section of ", " Side of " (a name the resolver cut: "Upper East")
PART_GAP = re.compile(r"\s+(?:(?:section|neighborhood|neighbourhood|district|quarter|"
                      r"part|area|[Ss]ide|[Ee]nd)\s+)?of\s+")
# "Chicago's South Side": the city, then its part
POSSESSIVE = re.compile(r"['\u2019]s?\s+")
FAR_KM = 50.0
PART_PRECISION = ("city", "admin2", "admin1", "point")


def _part_of(p: PlaceMention, q: PlaceMention, text: str) -> bool:
    """``p`` names a part of the city ``q``: "<p> of <q>" or "<q>'s <p>"."""
    if q.precision != "city" or q.geonameid is None or q.lat is None or q.lon is None:
        return False
    if p.geonameid is None or p.lat is None or p.lon is None or \
            p.precision not in PART_PRECISION:
        return False
    stated = PART_GAP.fullmatch(text[p.end:q.start]) is not None if p.end <= q.start else \
        _possessive_part(p, q, text)
    return stated and haversine_km(p.lat, p.lon, q.lat, q.lon) > FAR_KM


def _possessive_part(p: PlaceMention, q: PlaceMention, text: str) -> bool:
    """"Chicago's South Side": a part-headed name (``PART_HEADS``) after a
    possessive city that is no division's or country's name too ("New
    York's Buffalo", "Quebec's Gatineau" name towns of the state)."""
    return p.precision != "admin1" and p.text.split()[-1] in PART_HEADS and \
        POSSESSIVE.fullmatch(text[q.end:p.start]) is not None and not any(
            c.feature in ("admin1", "country") for c in gazetteer().candidates(q.text))


def place_city_parts(places: Sequence[PlaceMention], text: str) -> None:
    """Move, in place, each far-resolved part of a city to that city's point
    (module docstring)."""
    ordered = sorted(places, key=lambda m: m.start)
    for p, q in [*zip(ordered, ordered[1:], strict=False),
                 *zip(ordered[1:], ordered, strict=False)]:
        if _part_of(p, q, text):
            p.geonameid, p.name = None, None
            p.lat, p.lon, p.country, p.admin1 = q.lat, q.lon, q.country, q.admin1
            p.precision, p.confidence = "vicinity", VICINITY_CONFIDENCE


PART_HEADS = {"Side", "End", "Quarter", "Heights", "Hill", "Hills", "Park", "Village", "Town",
              "Harbor", "Harbour", "Shore", "Bank"}


def part_and_city(span: Span) -> list[tuple[Span, list[Place]]]:
    """``[(part, candidates), (city, candidates)]`` of an unknown NER place
    span "[the] <Part> of <City>" whose city the gazetteer knows, else ``[]``
    ("the City of Santa Ana", a type word before "of", is ``inner_name``'s)."""
    words = [t.lower_ for t in span]
    if "of" not in words[1:-1]:
        return []
    k = words.index("of", 1)
    first = 1 if words[0] == "the" else 0
    end = len(span)
    while end > k + 1 and span[end - 1].is_space:
        end -= 1
    part, city = span[first:k], span[k + 1:end]
    if not len(part) or part[-1].text not in PART_HEADS or not city[0].text[:1].isupper():
        return []  # "the Gulf of Eden" (a misspelt gulf) is no part of Eden, NC
    if not (found := gazetteer().candidates(city.text)):
        return []
    return [(part, gazetteer().candidates(part.text)), (city, found)]
