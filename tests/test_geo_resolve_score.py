"""``geo.resolve._score``: the ranker's linear score, summed with
``map(mul, ...)`` since speed20 -- it must equal the generator sum it
replaced to the last bit (a changed score could change a pick or the
rounded confidence)."""

from __future__ import annotations

import random

import pytest

from eventwire.stages.geo.candidate_features import FEATURES
from eventwire.stages.geo.resolve import _score, ranker


def _generator_score(x: list[float]) -> float:
    weights, bias = ranker()
    return bias + sum(w * v for w, v in zip(weights, x, strict=True))


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_score_equals_the_generator_sum_bit_for_bit(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(200):
        # features are 0/1 flags, shares and log-scaled values; mix all three
        x = [rng.choice([0.0, 1.0, rng.random(), rng.uniform(-3, 3) * 1e-3])
             for _ in FEATURES]
        assert _score(x).hex() == _generator_score(x).hex()


def test_score_rejects_a_vector_of_the_wrong_length() -> None:
    with pytest.raises(ValueError):
        _score([0.0] * (len(FEATURES) - 1))
