"""Class *a capital named like a division that does not hold it* (place41).

GeoNames carves some national capitals out of the division that shares
their name: Washington (the District of Columbia, not Washington State),
Buenos Aires (the autonomous city, not Buenos Aires Province, whose seat
is La Plata), Maputo (Maputo City, not Maputo Province). The ranker's
``namesake_division`` feature only marks a division that *holds* a city
of its name ("Baghdad" the province holds Baghdad), so for these three the
division wins on its population: "talks in Washington" were placed in
Washington State, 3,600 km off, and a BUENOS AIRES dateline 300 km into
the pampas. The offline gazetteer holds four such pairs where the
division is the more populous reading — these three and Bermuda's
Hamilton, 7 km from its parish (``tools/capital_namesakes.py``); Lima,
Sofia, Santo Domingo and the like already resolve to the capital.

Two rules, each a reading the text itself fixes:

* :func:`capital_readings` (body names): the capital, unless the text says
  it means the division — a division word after the name ("Washington
  state", "Buenos Aires province"), a stated hierarchy on either side
  ("Spokane, Washington"), an office of a state ("Washington's governor")
  or a list of divisions (``resolve``'s levels and stated names, passed
  in as ``keep``);
* :func:`dateline_city` (the dateline): a dateline names the city the
  copy was filed in, so its name read whole ("PORT OF SPAIN", not the
  "SPAIN" inside it) and as a city of the resolved reading's country
  ("WASHINGTON", "BUENOS AIRES", "MAPUTO"), when the gazetteer has one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc

from eventwire.stages.geo.gazetteer import Place, gazetteer
from eventwire.stages.geo.recognize import Mention

# words after a name that say the division is meant ("Washington state")
DIVISION_WORDS = {"state", "province", "provincial", "region", "oblast", "department",
                  "governorate", "county", "prefecture"}
_DIVISIONS = ("admin1", "admin2")


def national_capital(cands: Sequence[Place], country: str | None) -> Place | None:
    """The candidate that is ``country``'s national capital, if any."""
    cap = gazetteer().capitals().get(country or "")
    return next((c for c in cands if cap is not None and c.geonameid == cap.geonameid), None)


def _division_said(doc: Doc, m: Mention) -> bool:
    """A division word right after the name, or "of" a division word
    before it ("the province of Buenos Aires")."""
    after = doc[m.end].lower_ if m.end < len(doc) else ""
    before = doc[m.start - 2:m.start] if m.start >= 2 else None
    return after in DIVISION_WORDS or (
        before is not None and before[1].lower_ == "of" and before[0].lower_ in DIVISION_WORDS)


def _listed_with_division(i: int, pick: Place, picks: Sequence[Place | None],
                          groups: Sequence[int]) -> bool:
    """Another name of the mention's list is a division of the same country
    ("voters in Washington and Oregon"): divisions listed together."""
    pairs = enumerate(zip(groups, picks, strict=True))
    return any(j != i and g == groups[i] and p is not None and p.feature in _DIVISIONS
               and p.country == pick.country for j, (g, p) in pairs)


def capital_readings(doc: Doc, mentions: Sequence[Mention], picks: Sequence[Place | None],
                     adjacent: Sequence[bool], groups: Sequence[int],
                     keep: Collection[int] = ()) -> dict[int, Place]:
    """Mentions resolved to a division whose country's capital shares the
    name and lies outside it (module docstring) -> the capital. ``groups``:
    the list each mention belongs to (``component.list_groups``); ``keep``:
    mentions whose level the text states (lists of divisions, offices)."""
    out: dict[int, Place] = {}
    for i, (m, pick) in enumerate(zip(mentions, picks, strict=True)):
        if pick is None or pick.feature not in _DIVISIONS or i in keep \
                or adjacent[i] or (i > 0 and adjacent[i - 1]) or _division_said(doc, m) \
                or _listed_with_division(i, pick, picks, groups):
            continue
        cap = national_capital(m.candidates, pick.country)
        if cap is not None and pick.geonameid not in (cap.admin1_id, cap.admin2_id):
            out[i] = cap
    return out


def dateline_city(name: str, country: str | None) -> Place | None:
    """The most populous city a dateline's whole ``name`` names, in
    ``country`` when the name's resolved mention gave one (module
    docstring); None when the gazetteer has no such city."""
    return max((c for c in gazetteer().candidates(name) if c.feature == "city"
                and country in (None, c.country)),
               key=lambda c: (c.population, -c.geonameid), default=None)
