"""A county, or a town far from the article's other places, lies in the
article's state.

County names are reused across states (a Washington County in 30 of them,
a Douglas County in 12), so a county's population says little about which
one an article means, and local news names the counties of its own state.
When the article's other places lie mostly in one state, a county name with
a county in that state is that county ("Lawrence ... Douglas County ...
Topeka": Kansas, not Omaha's Douglas County in Nebraska).

Town names are reused too, and there the most populous namesake is often
far away: "Decatur and Athens have joined the talks" beside Huntsville and
Madison County (Alabama, not Illinois and Greece), "Lebanon and Hanover"
beside Grafton County (New Hampshire, not the country), "Columbia police"
beside Boone County (Missouri), "Georgia" beside Macon and Warner Robins
(the state, not the country). Spatial minimality: a pick lying far from
every place of the article's state is replaced by the name's town (or the
state itself) there, when that town lies among them (``town_states``).
A neighbouring state's big namesake is closer than that yet still off the
map of the story: "Nashville" beside Bloomington and Brown County
(Indiana's, not Tennessee's, 335 km), "Columbus" beside Seymour and
Jackson County (Indiana's, not Ohio's), "Clarksville" beside
Jeffersonville and Clark County (Indiana's, not Tennessee's). There the
name's home-state town must lie right among the places the article
already puts in its state, and the pick far from all of them
(``_close_namesake``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from eventwire.stages.geo.build import key
from eventwire.stages.geo.candidate_features import km as _km
from eventwire.stages.geo.distance import SAME_PLACE_KM
from eventwire.stages.geo.gazetteer import Place
from eventwire.stages.geo.recognize import Mention

State = tuple[str | None, str | None]


def state_of(p: Place) -> State | None:
    if p.feature in ("city", "admin2") and p.admin1:
        return p.country, p.admin1
    return (p.country, p.admin1) if p.feature == "admin1" else None


def article_state(mentions: Sequence[Mention], picks: Sequence[Place | None], skip: int
                  ) -> State | None:
    """The state holding more than half (and at least two) of the article's
    other places (towns, counties, the state itself), not counting mention
    ``skip``'s own name."""
    own = key(mentions[skip].text)
    states = Counter(s for j, p in enumerate(picks) if j != skip and p is not None
                     and key(mentions[j].text) != own and (s := state_of(p)) is not None)
    if not states:
        return None
    top, n = states.most_common(1)[0]
    return top if n >= 2 and n * 2 > sum(states.values()) else None


def county_states(mentions: Sequence[Mention], picks: Sequence[Place | None],
                  stated: Sequence[bool]) -> dict[int, Place]:
    """Mention -> its county in the article's state, for names whose every
    candidate is a county (or parish) and whose counties lie in two states
    or more; ``stated``: the text states the mention's hierarchy ("Douglas
    County, Nebraska"), which wins."""
    out: dict[int, Place] = {}
    for i, m in enumerate(mentions):
        cands = m.candidates
        if stated[i] or not cands or any(c.feature != "admin2" for c in cands) or \
                len({(c.country, c.admin1) for c in cands}) < 2:
            continue
        state = article_state(mentions, picks, i)
        fit = [c for c in cands if (c.country, c.admin1) == state]
        if fit and picks[i] not in fit:
            out[i] = max(fit, key=lambda c: c.population)
    return out


# a pick this far from every town of the article's state is an outlier ...
FAR_KM = 400.0
# ... and the name's town in that state must lie this close to one of them
NEAR_KM = 200.0
_LOCAL = ("city", "admin2")
# a pick more than SAME_PLACE_KM from every place the article puts in its home
# state gives way to the name's home-state town this close to one of those places
AMONG_KM = 40.0
HOME_MIN_NAMES = 3
HOME_WEIGHT = 1000  # a name's reading in a state outranks any number of supports


def town_states(mentions: Sequence[Mention], picks: Sequence[Place | None],
                fixed: Sequence[bool]) -> dict[int, Place]:
    """Mention -> its reading in the article's home state (``home_state``)
    for a town, county or country pick that lies more than ``FAR_KM`` from
    every reading the article's other names have in that state, when the
    name has a town or county there within ``NEAR_KM`` of one of them (its
    most populous such one), or is that state's own name ("Georgia" beside
    Macon). ``fixed``: the text states the mention's hierarchy or level,
    which wins; the places of a country another name of the article is
    stay ("Athens ... Greece"). A town pick nearer than ``FAR_KM`` gives
    way too when the name's home-state town lies among the article's places
    there (``_close_namesake``)."""
    state = home_state(mentions, picks)
    if state is None:
        return {}
    out: dict[int, Place] = {}
    for i, m in enumerate(mentions):
        pick = picks[i]
        if fixed[i] or pick is None or pick.feature not in (*_LOCAL, "country") or \
                state_of(pick) == state or pick.country != state[0] and \
                _named_elsewhere(mentions, picks, i):
            continue
        own = key(m.text)
        home = [c for j, o in enumerate(mentions) if key(o.text) != own
                for c in o.candidates if c.feature in _LOCAL and state_of(c) == state]
        if home and min(_km(pick, h) for h in home) > FAR_KM:
            reading = _reading(m.candidates, state, home)
            if reading is not None:
                out[i] = reading
        elif pick.feature in _LOCAL and (close := _close_namesake(mentions, picks, i, state)):
            out[i] = close
    return out


def _close_namesake(mentions: Sequence[Mention], picks: Sequence[Place | None], i: int,
                    state: State) -> Place | None:
    """The name's town in the home state when it lies within ``AMONG_KM`` of
    a place the article's other names were put at in that state (two such
    names at least) while the pick lies more than ``SAME_PLACE_KM`` from every
    one of them: spatial minimality against a big namesake one state over,
    which ``FAR_KM`` is too wide to catch."""
    own = key(mentions[i].text)
    home = {j: p for j, p in enumerate(picks) if p is not None and p.feature in _LOCAL
            and state_of(p) == state and key(mentions[j].text) != own}
    placed, pick = list(home.values()), picks[i]
    if len({key(mentions[j].text) for j in home}) < 2 or pick is None or \
            min(_km(pick, p) for p in placed) <= SAME_PLACE_KM:
        return None
    near = [c for c in mentions[i].candidates if c.feature == "city" and state_of(c) == state
            and min(_km(c, p) for p in placed) <= AMONG_KM]
    return max(near, key=lambda c: c.population, default=None)


def home_state(mentions: Sequence[Mention], picks: Sequence[Place | None]) -> State | None:
    """The state (first-level division) of a local article: the one where the
    most of its names have a town, county or the division itself — at least
    ``HOME_MIN_NAMES`` and two thirds of the names with any such reading —
    and, among states with as many, the one most of its names already
    support (picked there by the ranker, or found nowhere else), two at
    least: "Huntsville, Madison, Madison County, Decatur, Athens" lie in
    Alabama, Tennessee and Texas alike, but the ranker put three in Alabama.
    Without that support famous names decide nothing ("Paris, London,
    Berlin and Rome" all lie in Kentucky or Ontario too)."""
    readings: dict[str, set[State]] = {}
    for m in mentions:
        states = {s for c in m.candidates if c.feature in (*_LOCAL, "admin1")
                  and (s := state_of(c)) is not None}
        if states:
            readings.setdefault(key(m.text), set()).update(states)
    picked = {(key(m.text), s) for m, p in zip(mentions, picks, strict=True)
              if p is not None and (s := state_of(p)) is not None}
    rank: Counter[State] = Counter()
    for name, states in readings.items():
        for s in states:
            rank[s] += HOME_WEIGHT + int((name, s) in picked or states == {s})
    ranked = rank.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    top, score = ranked[0]
    cover, supported = divmod(score, HOME_WEIGHT)
    return top if cover >= HOME_MIN_NAMES and cover * 3 >= 2 * len(readings) \
        and supported >= 2 else None


def _named_elsewhere(mentions: Sequence[Mention], picks: Sequence[Place | None], i: int) -> bool:
    """Another name of the article is the pick's country ("Athens ... Greece"),
    when that country is not the article state's."""
    pick, own = picks[i], key(mentions[i].text)
    return pick is not None and any(
        p is not None and p.feature == "country" and p.country == pick.country
        and key(mentions[j].text) != own for j, p in enumerate(picks) if j != i)


def _reading(cands: Sequence[Place], state: State, home: Sequence[Place]) -> Place | None:
    """The state itself among the candidates, else the most populous town or
    county of the state within ``NEAR_KM`` of the article's places there."""
    division = next((c for c in cands if c.feature == "admin1" and state_of(c) == state), None)
    if division is not None:
        return division
    near = [c for c in cands if c.feature in _LOCAL and state_of(c) == state
            and min(_km(c, h) for h in home) <= NEAR_KM]
    return max(near, key=lambda c: (c.feature == "city", c.population), default=None)
