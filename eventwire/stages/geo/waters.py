"""Class *a lake, river or creek of a local article read as a far town of
its name* (issue 13, branch geo11): "Lake Winnebago" beside Oshkosh,
Appleton and Fond du Lac (a village in Missouri is all the gazetteer has of
that name), "the Fox River" beside Green Bay, De Pere and Kaukauna (a place
in Alaska), "Mill Creek" beside Reading, Lancaster and York (a town in
another state).

The gazetteer holds populated places, not waters, so a water name finds
only its namesake towns. When the article's places lie in one state
(``counties.home_state``) and the water-named mention's pick is a town of
another state more than ``counties.FAR_KM`` from every reading the
article's other names have in the home state, and the name has no reading
in that state (``counties.town_states`` would have taken it), the pick is
dropped: the mention stays a toponym and gets the article's vicinity point
(``vicinity.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from eventwire.stages.geo.build import key
from eventwire.stages.geo.context import PLACE_TYPES
from eventwire.stages.geo.counties import FAR_KM, home_state, state_of
from eventwire.stages.geo.distance import haversine_km
from eventwire.stages.geo.gazetteer import Place
from eventwire.stages.geo.recognize import Mention

WATER = re.compile(r"^(?:the )?Lake \w|\s(?:River|Creek|Lake|Reservoir|Pond|Bayou)$")
LOCAL = ("city", "admin2")


def water_outliers(mentions: Sequence[Mention], picks: Sequence[Place | None],
                   fixed: Sequence[bool]) -> set[int]:
    """Indices of water-named mentions whose town pick lies far outside the
    article's home state (module docstring); ``fixed``: the text states the
    mention's hierarchy, which wins."""
    state = home_state(mentions, picks)
    if state is None:
        return set()
    out = set()
    for i, m in enumerate(mentions):
        pick = picks[i]
        if fixed[i] or pick is None or pick.feature != "city" or state_of(pick) == state or \
                not WATER.search(m.text):
            continue
        own = key(m.text)
        home = [c for o in mentions if key(o.text) != own
                for c in o.candidates if c.feature in LOCAL and state_of(c) == state]
        if home and min(haversine_km(pick.lat, pick.lon, h.lat, h.lon) for h in home) > FAR_KM:
            out.add(i)
    return out


SEA_WORDS = ("Ocean", "Sea")
# a place in the sea, not the sea: "the Pacific territory", "the Pacific island nation"
IN_SEA_NOUNS = (PLACE_TYPES | {"nation", "nations", "country", "countries", "archipelago"}) \
    - {"region", "area"}


def _after_the(doc: Doc, start: int) -> bool:
    """"the" before the name, over lower-case adjectives only ("the
    Pacific", "the tropical Pacific", "The Atlantic flyway")."""
    i = start - 1
    while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i -= 1
    return i >= 0 and doc[i].lower_ == "the"


def sea_by_short_name(doc: Doc, start: int, end: int, cands: list[Place]) -> list[Place]:
    """Class *an ocean or sea by its short name after "the"* (geo18): "the
    tropical Pacific region", "the Pacific side of the Americas", "The
    Atlantic flyway" were Pacific County (Washington), Pacific (Missouri)
    and Atlantic (Virginia): a town takes no article, the sea does. When a
    candidate is the water "<name> Ocean"/"<name> Sea" and the name follows
    "the" and starts no longer name (the next word is not capitalised:
    "the Pacific Northwest", "the Atlantic City casinos" stay as they
    are), only the water candidates compete. "Pacific, Missouri" or "in
    Atlantic" (no article) keep every candidate, and so does a name before
    a noun of a place in the sea ("the Pacific territory" is New
    Caledonia, "the Atlantic islands"): not the sea itself."""
    name = doc[start:end].text
    seas = [c for c in cands if c.feature == "water"
            and c.name in {f"{name} {w}" for w in SEA_WORDS}]
    if not seas or not _after_the(doc, start):
        return cands
    if end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in IN_SEA_NOUNS):
        return cands
    return seas
