"""``SpanIndex`` (eventwire/nlp/spans.py) answers as a linear scan of its
intervals does, the empty answers (the common case) included."""

from __future__ import annotations

import random

import pytest

from eventwire.nlp.spans import SpanIndex


def _intervals(seed: int, n: int) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    return [(s, s + rng.randint(1, 30)) for s in (rng.randint(0, 300) for _ in range(n))]


@pytest.mark.parametrize(("seed", "n"), [(1, 0), (2, 1), (3, 12), (4, 60)])
def test_answers_equal_a_linear_scan(seed: int, n: int) -> None:
    spans = _intervals(seed, n)
    index = SpanIndex(spans)
    for pos in range(-5, 340, 3):
        assert index.containing(pos) == [i for i, (s, e) in enumerate(spans) if s <= pos < e]
        end = pos + 7
        assert index.overlapping(pos, end) == [i for i, (s, e) in enumerate(spans)
                                               if s < end and pos < e]
