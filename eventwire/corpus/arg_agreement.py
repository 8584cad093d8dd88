"""Argument agreement of two given event mentions beyond shared words
(issue #16, branch dedup18): the same participants named in other words,
and places near or far from each other.

:mod:`eventwire.corpus.mention_args` gives word sets, and the pairwise model
reads their Jaccard overlap: "police" and "officers", "Malibu" and
"California", "Sicily" and "Tunisia" all share no word, so they look alike.
Two classes the words miss:

* ``argsim`` — *the same participants in other words*: the cosine of the
  mean MiniLM vectors (each word read alone, :func:`eventwire.corpus.embed.
  encode_words`) of the two mentions' participant and core-argument words
  ("gunman" / "shooter", "police" / "officers", "the actress" / "Reid"
  share no word but lie close); 0 when either has none;
* ``geo_near`` / ``geo_far`` — *places within a distance*: the place words
  resolved through eventwire's gazetteer (two words also as a two-word
  name, "santa rosa"; the most populous place of that name, at least
  ``MIN_POPULATION``), then the smallest distance between the two mentions'
  places: ``geo_near`` ≤ ``NEAR_KM`` ("Malibu" / "Los Angeles"), ``geo_far``
  > ``FAR_KM`` ("Bali" / "Chile": two earthquakes); both 0 when either
  mention has no resolved place.

Cost: one encoding of the distinct argument words of a corpus (batched with
the lemma words), one gazetteer lookup per distinct place word; per pair a
dot product and a distance over a few points. Given mentions only (ECB+,
MEANTIME): stored events have resolved actors and geocoded places of their
own (:mod:`eventwire.corpus.dedup`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from eventwire.corpus.mention_args import Arguments
from eventwire.stages.geo.distance import haversine_km

NEAR_KM = 50.0
FAR_KM = 500.0
MIN_POPULATION = 1000
ARG_FEATURES = ("argsim", "geo_near", "geo_far")

Point = tuple[float, float]
Lookup = Callable[[str], Point | None]


def argument_words(args: Arguments) -> frozenset[str]:
    """Who took part: the participant and core-argument words."""
    return args.participants | args.core


def argument_vector(words: Iterable[str], vectors: dict[str, np.ndarray]
                    ) -> np.ndarray | None:
    """Unit mean of the words' vectors (None without a known word)."""
    known = [vectors[w] for w in words if w in vectors]
    if not known:
        return None
    mean = np.mean(known, axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else None


def gazetteer_lookup() -> Lookup:
    """The most populous GeoNames place of a name, memoised per name (the
    project's own overlay places are left out: their population is optional,
    so the most populous reading is not comparable)."""
    from eventwire.stages.geo.gazetteer import gazetteer

    gaz, memo = gazetteer(), dict[str, Point | None]()

    def lookup(name: str) -> Point | None:
        if name not in memo:
            found = [p for p in gaz.candidates(name)
                     if p.population >= MIN_POPULATION and p.feature != "user"]
            best = max(found, key=lambda p: p.population, default=None)
            memo[name] = (best.lat, best.lon) if best else None
        return memo[name]
    return lookup


def place_points(words: frozenset[str], lookup: Lookup) -> tuple[Point, ...]:
    """The places a mention's place words name: ordered word pairs first
    ("santa rosa", "new york"), then the words not used by a pair."""
    ordered = sorted(words)
    points, used = [], set[str]()
    for a, b in itertools.permutations(ordered, 2):
        if (p := lookup(f"{a} {b}")) is not None:
            points.append(p)
            used |= {a, b}
    points += [p for w in ordered if w not in used and (p := lookup(w)) is not None]
    return tuple(points)


def _min_distances(points: Sequence[tuple[Point, ...]]) -> np.ndarray:
    """n×n smallest distance (km) between two mentions' places; inf when
    either has none."""
    n = len(points)
    out = np.full((n, n), np.inf)
    memo: dict[tuple[tuple[Point, ...], tuple[Point, ...]], float] = {}
    for i, j in itertools.combinations(range(n), 2):
        a, b = points[i], points[j]
        if a and b:
            if (a, b) not in memo:
                memo[(a, b)] = min(haversine_km(*p, *q) for p in a for q in b)
            out[i, j] = out[j, i] = memo[(a, b)]
    return out


def agreement_features(arg_vecs: Sequence[np.ndarray | None],
                       points: Sequence[tuple[Point, ...]]) -> dict[str, np.ndarray]:
    """``argsim``, ``geo_near``, ``geo_far`` matrices of one topic."""
    known = np.array([v is not None for v in arg_vecs])
    dim = next((len(v) for v in arg_vecs if v is not None), 1)
    mat = np.array([v if v is not None else np.zeros(dim) for v in arg_vecs]).reshape(-1, dim)
    dist = _min_distances(points)
    both = np.isfinite(dist)
    return {"argsim": (mat @ mat.T) * (known[:, None] & known[None, :]),
            "geo_near": (both & (dist <= NEAR_KM)).astype(float),
            "geo_far": (both & (dist > FAR_KM)).astype(float)}
