"""Class *a local name read as a small town of another state* (issue 13,
branch geo37).

Local news names places the gazetteer (GeoNames' populated places of 500+
people) does not hold: neighbourhoods ("flooded basements in Ballard and
Fremont" in a Seattle story, "the Parsons neighborhood" of Wilkes-Barre),
districts, unincorporated places and fields. In the United States almost
every such name is also a small town somewhere, and with nothing local to
choose the resolver takes that namesake: Ballard, Utah; Parsons, Kansas;
Bella Vista, Arkansas for a Greeley street's neighbourhood; Green Island,
New York for a Worcester one. The same holds for the counties of other
countries' local stories.

When the article's places lie in one state (``counties.home_state``) and a
mention's pick is a town of another state with fewer than
``SMALL_TOWN`` people, more than ``counties.FAR_KM`` from every reading
the article's other names have in the home state, the pick is dropped:
the mention stays a toponym and gets the article's vicinity point
(``vicinity.py``), which for a local feature is within a few km to tens of
km. This is ``waters.water_outliers`` (a lake or river read as a far town)
for any name. Kept: a name whose hierarchy the text states ("Parsons,
Kan."), a pick in a state another name of the article lies in or names
(the story goes there), a name the ranker's home-state reading exists for
(``counties.town_states`` has already taken it), a member of a list that
names places of other states ("from Denver, Boise and Parsons").
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.stages.geo.build import key
from eventwire.stages.geo.counties import FAR_KM, home_state, state_of
from eventwire.stages.geo.distance import haversine_km
from eventwire.stages.geo.gazetteer import Place
from eventwire.stages.geo.recognize import Mention

SMALL_TOWN = 100_000  # as division_towns.SMALL_TOWN: a far namesake is a small town
LOCAL = ("city", "admin2")


def far_small_towns(mentions: Sequence[Mention], picks: Sequence[Place | None],
                    fixed: Sequence[bool], groups: Sequence[int] | None = None) -> set[int]:
    """Indices of mentions whose small-town pick lies far outside the
    article's home state (module docstring), with every other mention of the
    same name and pick; ``fixed``: the text states the mention's hierarchy
    or level, which wins; ``groups``: the list group of each mention."""
    state = home_state(mentions, picks)
    if state is None:
        return set()
    out: set[int] = set()
    for i, m in enumerate(mentions):
        pick = picks[i]
        if fixed[i] or pick is None or pick.feature not in LOCAL or \
                pick.population >= SMALL_TOWN or (where := state_of(pick)) is None or \
                where == state:
            continue
        own = key(m.text)
        others = [j for j, o in enumerate(mentions) if key(o.text) != own]
        if any((q := picks[j]) is not None and (q.country, q.admin1) == where for j in others):
            continue  # the story goes to that state
        if groups is not None and any(groups[j] == groups[i] and (q := picks[j]) is not None
                                      and state_of(q) not in (None, state) for j in others):
            continue  # a list that spans states
        home = [c for j in others for c in mentions[j].candidates
                if c.feature in LOCAL and state_of(c) == state]
        if home and min(haversine_km(pick.lat, pick.lon, h.lat, h.lon) for h in home) > FAR_KM:
            out |= {j for j, o in enumerate(mentions) if key(o.text) == own
                    and (q := picks[j]) is not None and q.geonameid == pick.geonameid}
    return out
