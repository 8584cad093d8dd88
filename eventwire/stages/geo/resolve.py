"""Toponym resolution: which gazetteer candidate each mention means.

Each candidate gets a feature vector (``FEATURES``, built in
``candidate_features``) and a linear score whose weights were learned by
logistic regression on development data
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
from operator import mul

from eventwire.paths import DATA_DIR
from eventwire.stages.geo.build import key
from eventwire.stages.geo.candidate_features import (
    FEATURES,
    Context,
    around_of,
    features,
    hierarchy,
    km,
)
from eventwire.stages.geo.counties import county_states, town_states
from eventwire.stages.geo.far_towns import far_small_towns
from eventwire.stages.geo.gazetteer import Place
from eventwire.stages.geo.holding import holding_divisions
from eventwire.stages.geo.recognize import Mention
from eventwire.stages.geo.waters import water_outliers

RANKER_PATH = DATA_DIR / "geo" / "ranker.json"
# before any training: population first, then the article's countries
DEFAULT_WEIGHTS = {"log_pop": 4.0, "country": 3.0, "admin1": 1.5, "focus_share": 2.0,
                   "focus_top": 1.0, "hierarchy_next": 4.0, "user": 5.0}


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


def _score(x: list[float]) -> float:
    """The ranker's linear score. ``map(mul, ...)`` multiplies and ``sum``
    adds in the same order as a generator over ``zip`` did (the same float
    operations, so the same score to the last bit) without a generator
    frame per feature: ~12k candidates x 21 features per 200 articles."""
    weights, bias = ranker()
    if len(x) != len(weights):
        raise ValueError(f"{len(x)} features for {len(weights)} weights")
    return bias + sum(map(mul, weights, x))


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
            around = around_of(i, ctx, focus)
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
    for i in far_small_towns(mentions, [p for p, _ in out], fixed, groups):
        out[i] = (None, 0.0)  # a local name, not a small town of another state (far_towns.py)
    for i, division in holding_divisions(mentions, [p for p, _ in out], fixed).items():
        out[i] = (division, out[i][1])  # the division holding the other places (holding.py)
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
    in_lists = set(levels) | long_list_members(mentions, groups or [])
    for i, parent in stated_outside(mentions, [p for p, _ in out], adjacent, in_lists).items():
        out[i] = (parent, out[i][1])
    return _one_sense(mentions, out, stated, keep=set(levels) | own)


def long_list_members(mentions: Sequence[Mention], groups: Sequence[int]) -> set[int]:
    """Members of a list of three names or more: "Dhaka, Assam and
    Tripura", "Lagos, Ontario and Bavaria", "Manila, Queensland and
    Okinawa" list places; the comma states no "town, state" (review50).
    Not a chain whose next name holds the one after the town ("Stroud,
    Ontario, Canada": Ontario is in Canada, so the town is stated in it)."""
    sizes = Counter(groups)
    return {i for i, g in enumerate(groups) if sizes[g] >= 3 and not (
        i + 2 < len(groups) and groups[i + 2] == g
        and any(hierarchy(c, mentions[i + 2]) for c in mentions[i + 1].candidates))}


def stated_outside(mentions: Sequence[Mention], picks: Sequence[Place | None],
                   adjacent: Sequence[bool], skip: Collection[int] = ()) -> dict[int, Place]:
    """A town the text places in a state, province or county that holds no
    town of its name in the gazetteer ("The fair in Lima, Montana", "a barn
    in Moscow, Vermont", "the sale barn in Havana, North Dakota"): no
    candidate fits the stated hierarchy, so the ranker took a namesake in
    another country (Lima, Peru; Moscow, Russia; Havana, Cuba). The stated
    division is the nearest point the data holds. Returns mention -> the
    division's pick (geo30). Left alone: a pick in the division's own
    country (the data's hierarchy may be coded otherwise), a country after
    the name ("Hong Kong, China"), list members (``skip``)."""
    out: dict[int, Place] = {}
    for i, pick in enumerate(picks[:-1]):
        parent = picks[i + 1]
        if not adjacent[i] or i in skip or pick is None or parent is None \
                or pick.feature not in _LOCAL or parent.feature not in ("admin1", "admin2") \
                or pick.country == parent.country \
                or any(hierarchy(c, mentions[i + 1]) for c in mentions[i].candidates):
            continue
        out[i] = parent
    return out


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
    York, not Italy). The one state without an anchor must pass the same
    test when the readings lie far apart (geo30): "Paris, Toronto and
    Sydney", "Toronto, Dublin and Sydney", "Dublin, Toronto and Sydney" are
    world cities, not the small namesakes one state (Ohio) holds. Returns member
    -> (country, admin1)."""
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
        anchored = bool(states)
        if not anchored:  # no anchor: the one state where every member can be
            states = set.intersection(*({(c.country, c.admin1) for c in mentions[j].candidates
                                         if c.feature in _LOCAL} for j in group))
        if picks is not None and (len(states) > 1 or not anchored):
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
    return close if len(close) == 1 or len(states) == 1 else states


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
