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

from eventwire.stages.geo.build import key
from eventwire.stages.geo.counties import FAR_KM, _state, home_state
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
        if fixed[i] or pick is None or pick.feature != "city" or _state(pick) == state or \
                not WATER.search(m.text):
            continue
        own = key(m.text)
        home = [c for o in mentions if key(o.text) != own
                for c in o.candidates if c.feature in LOCAL and _state(c) == state]
        if home and min(haversine_km(pick.lat, pick.lon, h.lat, h.lon) for h in home) > FAR_KM:
            out.add(i)
    return out
