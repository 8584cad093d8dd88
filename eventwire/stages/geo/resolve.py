"""Toponym resolution: which gazetteer candidate each mention means.

Each candidate gets a feature vector (``FEATURES``) and a linear score whose
weights were learned by logistic regression on development data
(``tools/train_geo_ranker.py`` writes ``eventwire/data/geo/ranker.json``,
chosen by cross-validation; see docs/BENCHMARKS.md); the best-scoring
candidate wins, its sigmoid is the confidence. Two passes: a hierarchy the text states
("Springfield, Illinois") first narrows the candidates to those that fit
it. The first pass uses the article focus from unambiguous evidence (state actors, demonyms,
countries and one-candidate names), the second the first pass's picks
(other places' countries and distances).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import NamedTuple

from eventwire.paths import DATA_DIR
from eventwire.stages.geo.build import key
from eventwire.stages.geo.counties import county_states, town_states
from eventwire.stages.geo.distance import haversine_km
from eventwire.stages.geo.gazetteer import Place
from eventwire.stages.geo.recognize import Mention
from eventwire.stages.geo.waters import water_outliers

FEATURES = ("log_pop", "most_populous", "country", "admin1", "admin2", "city", "continent",
            "user", "capital", "main_name", "focus_share", "focus_top", "hierarchy_next",
            "admin1_in_doc", "contains_other", "near", "loc_label_region", "namesake_division",
            "contains_prev", "admin1_share", "admin1_implied")
RANKER_PATH = DATA_DIR / "geo" / "ranker.json"
# before any training: population first, then the article's countries
DEFAULT_WEIGHTS = {"log_pop": 4.0, "country": 3.0, "admin1": 1.5, "focus_share": 2.0,
                   "focus_top": 1.0, "hierarchy_next": 4.0, "user": 5.0}
EARTH_KM = 20039.0


@lru_cache(maxsize=1)
def ranker() -> tuple[list[float], float]:
    if RANKER_PATH.is_file():
        raw = json.loads(RANKER_PATH.read_text(encoding="utf-8"))
        weights = dict(zip(raw["features"], raw["coef"], strict=True))
        return [float(weights.get(f, 0.0)) for f in FEATURES], float(raw["intercept"])
    return [DEFAULT_WEIGHTS.get(f, 0.0) for f in FEATURES], -4.0


def most_populous(cands: Sequence[Place]) -> Place | None:
    """The baseline: the country if the name is one, else the most populous
    candidate, leaving out a division that holds a place of its own name (a
    division's population is the sum of its places', so "Baghdad" the
    province would always beat Baghdad the city)."""
    countries = [c for c in cands if c.feature == "country"]
    pool = countries or [c for c in cands if c.feature not in ("admin1", "admin2") or not any(
        p.feature == "city" and c.geonameid in (p.admin1_id, p.admin2_id) for p in cands)]
    return max(pool or cands, key=lambda c: c.population, default=None)


def km(a: Place, b: Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


class Context:
    """What the article says beyond one mention."""

    def __init__(self, mentions: Sequence[Mention], seeds: Counter[str],
                 adjacent: Sequence[bool]) -> None:
        self.mentions = mentions
        self.adjacent = adjacent  # mention i is followed by ", <mention i+1>"
        self.seeds = seeds
        self.picks: list[Place | None] = [None] * len(mentions)
        self.admin1_sets = [{p.geonameid if p.feature == "admin1" else p.admin1_id
                             for p in m.candidates if p.feature in ("city", "admin1", "admin2")
                             and (p.admin1_id or p.feature == "admin1")} for m in mentions]
        self.keys = [key(m.text) for m in mentions]
        self._others: dict[int, list[set[int | None]]] = {}
        self.admin1_ids = {top.geonameid for m in mentions
                           if (top := next((p for p in m.candidates if p.feature == "admin1"),
                                           None))}

    def other_admin1_sets(self, i: int) -> list[set[int | None]]:
        """The division sets of the article's other names (not mention i's
        own name), computed once per mention."""
        if i not in self._others:
            self._others[i] = [s for j, s in enumerate(self.admin1_sets)
                               if j != i and s and self.keys[j] != self.keys[i]]
        return self._others[i]

    def focus(self, skip: int) -> Counter[str]:
        counts = Counter(self.seeds)
        for i, (m, pick) in enumerate(zip(self.mentions, self.picks, strict=True)):
            if i == skip:
                continue
            if pick is not None and pick.country:
                counts[pick.country] += 1
            elif pick is None and m.candidates and (len(m.candidates) == 1 or
                                                     m.candidates[0].feature == "country"):
                counts[m.candidates[0].country or ""] += 1
        counts.pop("", None)
        return counts


def _hierarchy(c: Place, other: Mention | None) -> float:
    if other is None:
        return 0.0
    for d in other.candidates[:10]:
        if (d.feature == "admin1" and c.admin1_id == d.geonameid) or \
                (d.feature == "admin2" and c.admin2_id == d.geonameid) or \
                (d.feature == "country" and c.country == d.country and c.feature != "country"):
            return 1.0
    return 0.0


class _Around(NamedTuple):
    """What :func:`features` reads of mention ``i`` and the article, the same
    for each of its candidates: built once per mention, not per candidate
    (speed: a name has ~7 candidates, and each rebuilt the set of the other
    picks and the largest population)."""

    total: int  # the focus's count
    top: str | None  # the focus's first country
    nxt: Mention | None  # the mention after, ", <name>"
    before: Mention | None  # the mention before, "<name>, "
    others: set[Place]  # the other names' picks below a country
    max_pop: int  # the largest population of the mention's candidates
    pick_admin1: set[int | None]  # the picks' first-level divisions
    city_parents: set[int | None]  # the divisions the mention's cities lie in


def _around(i: int, ctx: Context, focus: Counter[str]) -> _Around:
    m = ctx.mentions[i]
    return _Around(
        sum(focus.values()), focus.most_common(1)[0][0] if focus else None,
        ctx.mentions[i + 1] if ctx.adjacent[i] else None,
        ctx.mentions[i - 1] if i > 0 and ctx.adjacent[i - 1] else None,
        {p for j, p in enumerate(ctx.picks) if j != i and p is not None
         and p.feature not in ("country", "continent") and p.name != m.text},
        max(p.population for p in m.candidates),
        {p.admin1_id for p in ctx.picks if p is not None},
        {q for p in m.candidates if p.feature == "city" for q in (p.admin1_id, p.admin2_id)})


def features(i: int, c: Place, ctx: Context, focus: Counter[str],
             around: _Around | None = None) -> list[float]:
    """The candidate's feature vector (``FEATURES``); pass ``around``
    (:func:`_around` of ``i``) when scoring all of a mention's candidates."""
    m = ctx.mentions[i]
    a = around if around is not None else _around(i, ctx, focus)
    near = 1 - math.log1p(min(km(c, p) for p in a.others)) / math.log1p(EARTH_KM) \
        if a.others and c.feature not in ("country", "continent") else 0.0
    contains = float(c.feature == "admin1" and c.geonameid in a.pick_admin1)
    return [math.log10(1 + c.population) / 7,
            float(c is m.candidates[0] or c.population >= a.max_pop),
            *(float(c.feature == f) for f in ("country", "admin1", "admin2", "city", "continent",
                                               "user")),
            float(c.capital), float(c.main_name),
            focus.get(c.country or "", 0) / a.total if a.total else 0.0,
            float(a.top is not None and c.country == a.top),
            _hierarchy(c, a.nxt), float(c.admin1_id in ctx.admin1_ids), contains, near,
            float(m.label == "LOC" and c.feature != "city"),
            _namesake_division(c, a.city_parents),
            _contains(c, a.before), _admin1_share(i, c, ctx), _admin1_implied(i, c, ctx)]


def _admin1_implied(i: int, c: Place, ctx: Context) -> float:
    """Another name of the article lies in one first-level division only
    ("Biddeford": Maine) and it is the candidate's: local news rarely
    leaves its state, and such a name says which state without naming it."""
    if c.feature not in ("city", "admin2") or c.admin1_id is None:
        return 0.0
    return float(any(s == {c.admin1_id} for s in ctx.other_admin1_sets(i)))


def _admin1_share(i: int, c: Place, ctx: Context) -> float:
    """Spatial minimality inside a country: how much of the article's other
    place names could lie in the candidate's own first-level division. Each
    other name spreads one unit over the divisions its candidates lie in
    ("Boone County" over seven states, "Missouri" all on one), so the
    feature does not depend on the other names' picks. Local news names
    places of one state, where the country focus cannot separate Columbia,
    Missouri from Columbia, South Carolina."""
    own = c.admin1_id if c.feature in ("city", "admin2") else None
    others = ctx.other_admin1_sets(i) if own is not None else []
    if own is None or not others:
        return 0.0
    return sum(1 / len(s) for s in others if own in s) / len(others)


def _contains(c: Place, before: Mention | None) -> float:
    """"Atlanta, Georgia": the division holds a candidate of the mention
    before it (Georgia the state, not the country)."""
    if before is None or c.feature not in ("admin1", "admin2", "country"):
        return 0.0
    return float(any(c.geonameid in (p.admin1_id, p.admin2_id) or
                     (c.feature == "country" and p.country == c.country and p.feature != "country")
                     for p in before.candidates[:10]))


def _namesake_division(c: Place, city_parents: set[int | None]) -> float:
    """A division that holds a place of the same name ("Baghdad" the
    province holds Baghdad the city): news means the city far more often.
    ``city_parents``: the divisions the mention's city candidates lie in."""
    return float(c.feature in ("admin1", "admin2") and c.geonameid in city_parents)


def _score(x: list[float]) -> float:
    weights, bias = ranker()
    return bias + sum(w * v for w, v in zip(weights, x, strict=True))


_STATED = (FEATURES.index("hierarchy_next"), FEATURES.index("contains_prev"))


def _stated(rows: list[tuple[Place, list[float]]]) -> list[tuple[Place, list[float]]]:
    """The text states the hierarchy ("Springfield, Illinois", "Atlanta,
    Georgia"): only the candidates that fit it compete; a rule, not a weight."""
    fit = [(c, x) for c, x in rows if any(x[k] for k in _STATED)]
    return fit or rows


def resolve(mentions: Sequence[Mention], seeds: Counter[str], adjacent: Sequence[bool],
            groups: Sequence[int] | None = None,
            cues: dict[int, tuple[str, str | None]] | None = None
            ) -> list[tuple[Place | None, float]]:
    """The best candidate of every mention and its confidence; ``groups``
    (lists of names, ``component.list_groups``) for ``list_levels``: inside
    such a list, "China, Japan" states no hierarchy; ``cues``: mentions whose
    level the text says ("Georgia's parliament": ``component.office_cues``),
    kept for the name's bare mentions too, like a stated hierarchy."""
    levels = list_levels(mentions, groups) if groups is not None else {}
    levels.update(cues or {})
    adjacent = [a and not (i in levels and i + 1 in levels) for i, a in enumerate(adjacent)]
    ctx = Context(mentions, seeds, adjacent)
    out: list[tuple[Place | None, float]] = [(None, 0.0)] * len(mentions)
    stated: dict[str, Place] = {}
    own: set[int] = set()  # mentions whose own hierarchy the text states
    for _ in range(2):
        for i, m in enumerate(mentions):
            if not m.candidates:
                continue
            focus = ctx.focus(i)
            around = _around(i, ctx, focus)
            rows = _stated([(c, features(i, c, ctx, focus, around)) for c in m.candidates])
            best, score = max(((c, _score(x)) for c, x in rows), key=lambda t: t[1])
            out[i] = (best, round(1 / (1 + math.exp(-score)), 3))
            if any(x[k] for _, x in rows for k in _STATED):
                stated.setdefault(key(m.text), best)
                own.add(i)
        ctx.picks = [p for p, _ in out]
    stated_here = [a or (i > 0 and adjacent[i - 1]) for i, a in enumerate(adjacent)]
    for i, county in county_states(mentions, ctx.picks, stated_here).items():
        out[i] = (county, out[i][1])
    fixed = [s or i in levels for i, s in enumerate(stated_here)]
    for i, town in town_states(mentions, [p for p, _ in out], fixed).items():
        out[i] = (town, out[i][1])
    for i in water_outliers(mentions, [p for p, _ in out], fixed):
        out[i] = (None, 0.0)  # a lake or river, not a far town (waters.py)
    picks = [p for p, _ in out]
    for i, state in (list_states(mentions, groups, picks) if groups is not None else {}).items():
        if i not in levels and out[i][0] is not None and (
                out[i][0].country, out[i][0].admin1) != state:  # type: ignore[union-attr]
            out[i] = (_main_town(mentions[i], state), out[i][1])  # list_states checked it
    for i, level in levels.items():
        if _level(out[i][0]) != level:
            fit = [c for c in mentions[i].candidates if _level(c) == level]
            out[i] = (max(fit, key=lambda c: c.population), out[i][1])
        pick = out[i][0]
        if cues and i in cues and pick is not None:
            stated.setdefault(key(mentions[i].text), pick)
    return _one_sense(mentions, out, stated, keep=set(levels) | own)


def _level(c: Place | None) -> tuple[str, str | None] | None:
    if c is None or c.feature not in ("country", "admin1"):
        return None
    return c.feature, c.country if c.feature == "admin1" else None


def _own_level(cands: Sequence[Place]) -> tuple[str, str | None] | None:
    """The level a name has by itself: its most populous reading's, or the
    level of the division that reading lies in and shares its name with
    ("Oklahoma": Oklahoma City lies in Oklahoma the state, so a state;
    ``most_populous`` leaves such a division out for the city)."""
    top = most_populous(cands)
    namesake = next((c for c in cands if top is not None and c.feature == "admin1"
                     and c.geonameid == top.admin1_id), None)
    return _level(namesake or top)


def list_levels(mentions: Sequence[Mention], groups: Sequence[int]
                ) -> dict[int, tuple[str, str | None]]:
    """A list names places of one level: "Armenia, Azerbaijan, Georgia, Iraq
    and Syria" (countries: Georgia the country), "Oregon, Texas, Washington
    and Wyoming" (US states: Washington the state, not a town), "Mexico,
    China, Japan and Brazil" (China the country, not the Japanese town
    "China, Japan" would otherwise state). In a list of three names or more,
    when at least two of the others and more than two thirds of them name by
    themselves (their most populous reading) a country, or a first-level
    division of one country, a member with a candidate of that level is
    taken at that level. Returns member -> level."""
    members: dict[int, list[int]] = {}
    for i, g in enumerate(groups):
        if mentions[i].candidates:
            members.setdefault(g, []).append(i)
    out: dict[int, tuple[str, str | None]] = {}
    for group in members.values():
        if len(group) < 3:
            continue
        levels = {j: _own_level(mentions[j].candidates) for j in group}
        for i in group:
            level, n = Counter(levels[j] for j in group if j != i).most_common(1)[0]
            if level is not None and n >= 2 and n * 3 > 2 * (len(group) - 1) and any(
                    _level(c) == level for c in mentions[i].candidates):
                out[i] = level
    return out


_LOCAL = ("city", "admin2")


def list_states(mentions: Sequence[Mention], groups: Sequence[int],
                picks: Sequence[Place | None] | None = None
                ) -> dict[int, tuple[str | None, str | None]]:
    """Towns listed together lie together: "Dublin and Hilliard will widen
    the road" (Hilliard is only in Ohio: Dublin, Ohio), "Troy, Cohoes and
    Schenectady". In a list of names that are all towns or counties, a
    member whose every candidate is a town or county of one state anchors
    the list; another member with a candidate in that state takes it (the
    most populous there). Without an anchor, the one state where every member
    has a town or county ("Dublin and Hilliard": Ohio) does the same. Two or
    more such states decide nothing ("Paris and London": Kentucky, Ohio...),
    unless the members' readings (``picks``) lie far apart and one state
    only holds them close together (``_close_state``: "Utica and Rome", New
    York, not Italy). Returns member -> (country, admin1)."""
    members: dict[int, list[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, []).append(i)
    out: dict[int, tuple[str | None, str | None]] = {}
    for group in members.values():
        if len(group) < 2 or any(not any(c.feature in _LOCAL for c in mentions[j].candidates)
                                 or any(c.feature in ("country", "admin1")
                                        for c in mentions[j].candidates)
                                 for j in group):
            continue
        anchors = [{(c.country, c.admin1) for c in mentions[j].candidates} for j in group
                   if all(c.feature in _LOCAL for c in mentions[j].candidates)]
        states = {next(iter(s)) for s in anchors if len(s) == 1}
        if not states:  # no anchor: the one state where every member can be
            states = set.intersection(*({(c.country, c.admin1) for c in mentions[j].candidates
                                         if c.feature in _LOCAL} for j in group))
        if len(states) > 1 and picks is not None:
            states = _close_state(mentions, group, states, picks)
        if len(states) != 1:
            continue
        state = states.pop()
        for i in group:
            if any((c.country, c.admin1) == state and c.feature in _LOCAL
                   for c in mentions[i].candidates):
                out[i] = state
    return out


FAR_KM, CLOSE_KM = 150.0, 80.0


def _main_town(m: Mention, state: tuple[str | None, str | None]) -> Place | None:
    """A member's reading in a state: its most populous town there, a town
    before a county of its name ("Albany": the city, not Albany County,
    whose population is the sum of its places'); None if it has none there."""
    return max((c for c in m.candidates if c.feature in _LOCAL and (c.country, c.admin1) == state),
               key=lambda c: (c.feature == "city", c.population), default=None)


def _close_state(mentions: Sequence[Mention], group: Sequence[int],
                 states: set[tuple[str | None, str | None]], picks: Sequence[Place | None]
                 ) -> set[tuple[str | None, str | None]]:
    """Spatial minimality for a list of towns: when the members' chosen
    readings lie more than 150 km apart ("Utica and Rome": New York and
    Italy; "Springfield and Decatur": Missouri and Illinois) and exactly one
    of the states where every member has a town holds them within 80 km of
    each other (each member's main town there, ``_main_town``) and is the
    state of one member's own reading (Utica's: New York), that state; else
    all of them (nothing decided). Left alone: "Paris and Versailles"
    (France, 17 km apart), "Paris and London" (Ontario holds both within 80
    km, but neither reading is there), "Athens and Rome" (Maine likewise)."""
    chosen = [picks[i] for i in group]
    if any(p is None for p in chosen) or max(km(a, b) for a in chosen for b in chosen
                                             if a is not None and b is not None) <= FAR_KM:
        return states
    close = set()
    for state in states & {(p.country, p.admin1) for p in chosen if p is not None}:
        towns = [_main_town(mentions[i], state) for i in group]
        if all(t is not None for t in towns) and max(
                km(a, b) for a in towns for b in towns if a and b) <= CLOSE_KM:
            close.add(state)
    return close if len(close) == 1 else states


def _one_sense(mentions: Sequence[Mention], out: list[tuple[Place | None, float]],
               stated: dict[str, Place], keep: Collection[int] = ()
               ) -> list[tuple[Place | None, float]]:
    """One sense per discourse: a name the article once places by a stated
    hierarchy ("Santa Ana, California") means that place wherever it recurs
    alone in the article ("Santa Ana officials said"); ``keep``: mentions
    whose own level or hierarchy the text states ("Victoria, British
    Columbia ... Victoria, the capital of the Seychelles")."""
    for i, m in enumerate(mentions):
        pick = stated.get(key(m.text))
        if pick is not None and i not in keep and out[i][0] != pick and pick in m.candidates:
            out[i] = (pick, out[i][1])
    return out


def candidate_table(mentions: Sequence[Mention], seeds: Counter[str], adjacent: Sequence[bool]
                    ) -> list[list[tuple[Place, list[float]]]]:
    """Every mention's candidates with their second-pass features (training)."""
    ctx = Context(mentions, seeds, adjacent)
    ctx.picks = [p for p, _ in resolve(mentions, seeds, adjacent)]
    return [_stated([(c, features(i, c, ctx, ctx.focus(i))) for c in m.candidates])
            for i, m in enumerate(mentions)]
