"""The candidate features of toponym resolution: what the article says for
or against one gazetteer reading of one mention.

``resolve`` scores each candidate with a learned linear model over this
vector (``FEATURES``, in the order the ranker's weights are stored): its
population and feature class, the article's country focus, a hierarchy the
text states ("Springfield, Illinois"), distance to the other names' picks,
and the first-level divisions the article's other names lie in. Kept apart
from the decision rules in ``resolve`` (stated hierarchies, lists, one
sense per discourse) so that the training tools read the same features.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from eventwire.nlp.arrays import remember
from eventwire.stages.geo.build import key
from eventwire.stages.geo.distance import haversine_km
from eventwire.stages.geo.gazetteer import Place
from eventwire.stages.geo.recognize import Mention

FEATURES = ("log_pop", "most_populous", "country", "admin1", "admin2", "city", "continent",
            "user", "capital", "main_name", "focus_share", "focus_top", "hierarchy_next",
            "admin1_in_doc", "contains_other", "near", "loc_label_region", "namesake_division",
            "contains_prev", "admin1_share", "admin1_implied")

EARTH_KM = 20039.0


def km(a: Place, b: Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


# (lat, lon, lat, lon) -> haversine_km of the two points: the ``near``
# feature's distances (a ``remember`` memo: a pure function of four floats).
# ``resolve`` scores every candidate in two passes against the other names'
# picks, and an article names the same places again: ~34k distances per 200
# ECB+ dev articles, most asked before (speed57); a hit is one tuple hash
# instead of six math calls.
_KM: dict[tuple[float, float, float, float], float] = {}


def near_km(c: Place, p: Place) -> float:
    """``haversine_km`` from ``c`` to ``p``, kept per pair of points
    (``_KM``): the same float the formula gives."""
    pair = (c.lat, c.lon, p.lat, p.lon)
    found = _KM.get(pair)
    return remember(_KM, pair, haversine_km(*pair)) if found is None else found

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
        self._single: dict[int, set[int | None]] = {}
        self._share: dict[tuple[int, int], float] = {}
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

    def single_admin1s(self, i: int) -> set[int | None]:
        """The divisions that are the only one of some other name of the
        article (:meth:`other_admin1_sets` of one member), once per mention:
        ``_admin1_implied`` asked ``s == {id}`` of every set for every
        candidate, a new set each time (~123k per 200 articles, speed26)."""
        found = self._single.get(i)
        if found is None:
            found = self._single[i] = {a for s in self.other_admin1_sets(i) if len(s) == 1
                                       for a in s}
        return found

    def admin1_share(self, i: int, own: int) -> float:
        """``_admin1_share`` of mention ``i`` for a candidate in division
        ``own``, computed once per mention and division (speed43): it reads
        no pick, yet ``resolve`` scores every candidate in two passes, and
        a name's candidates often share a division; each call summed over
        all the other names' sets (~26k sums per 200 articles)."""
        found = self._share.get((i, own))
        if found is None:
            others = self.other_admin1_sets(i)
            found = self._share[(i, own)] = (
                sum(1 / len(s) for s in others if own in s) / len(others) if others else 0.0)
        return found

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


def hierarchy(c: Place, other: Mention | None) -> float:
    """1.0 when ``other`` (the next mention) names a division or country
    that holds ``c`` ("Springfield, Illinois"), else 0.0; read by the
    ranker's hierarchy feature and ``resolve.stated_outside``."""
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


def around_of(i: int, ctx: Context, focus: Counter[str]) -> _Around:
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
    (:func:`around_of` of ``i``) when scoring all of a mention's candidates."""
    m = ctx.mentions[i]
    a = around if around is not None else around_of(i, ctx, focus)
    # one call per other pick (speed29), each distance kept per pair (speed57)
    near = 1 - math.log1p(min([near_km(c, p) for p in a.others])) \
        / math.log1p(EARTH_KM) if a.others and c.feature not in ("country", "continent") else 0.0
    contains = float(c.feature == "admin1" and c.geonameid in a.pick_admin1)
    return [math.log10(1 + c.population) / 7,
            float(c is m.candidates[0] or c.population >= a.max_pop),
            *[float(c.feature == f) for f in ("country", "admin1", "admin2", "city", "continent",
                                               "user")],
            float(c.capital), float(c.main_name),
            focus.get(c.country or "", 0) / a.total if a.total else 0.0,
            float(a.top is not None and c.country == a.top),
            hierarchy(c, a.nxt), float(c.admin1_id in ctx.admin1_ids), contains, near,
            float(m.label == "LOC" and c.feature != "city"),
            _namesake_division(c, a.city_parents),
            _contains(c, a.before), _admin1_share(i, c, ctx), _admin1_implied(i, c, ctx)]


def _admin1_implied(i: int, c: Place, ctx: Context) -> float:
    """Another name of the article lies in one first-level division only
    ("Biddeford": Maine) and it is the candidate's: local news rarely
    leaves its state, and such a name says which state without naming it."""
    if c.feature not in ("city", "admin2") or c.admin1_id is None:
        return 0.0
    return float(c.admin1_id in ctx.single_admin1s(i))  # some set == {c.admin1_id}


def _admin1_share(i: int, c: Place, ctx: Context) -> float:
    """Spatial minimality inside a country: how much of the article's other
    place names could lie in the candidate's own first-level division. Each
    other name spreads one unit over the divisions its candidates lie in
    ("Boone County" over seven states, "Missouri" all on one), so the
    feature does not depend on the other names' picks. Local news names
    places of one state, where the country focus cannot separate Columbia,
    Missouri from Columbia, South Carolina."""
    own = c.admin1_id if c.feature in ("city", "admin2") else None
    return 0.0 if own is None else ctx.admin1_share(i, own)  # kept per mention and division


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
