"""Average-link clustering: no chaining, constraints hold, deterministic."""

from __future__ import annotations

import numpy as np

from eventwire.corpus.cluster import average_link


def test_average_link_does_not_chain() -> None:
    # a~b strongly, b~c strongly, a and c unrelated: single link would give
    # one cluster; average link keeps c out of {a, b}
    p = np.array([[1.0, 0.9, 0.0], [0.9, 1.0, 0.6], [0.0, 0.6, 1.0]])
    assert average_link(p, 0.5) == [0, 0, 2]
    assert average_link(p, 0.25) == [0, 0, 0]  # mean(0.0, 0.6) = 0.3 >= 0.25


def test_forbidden_pairs_never_share_a_cluster() -> None:
    p = np.full((3, 3), 0.9)
    ban = np.zeros((3, 3), dtype=bool)
    ban[0, 2] = ban[2, 0] = True
    labels = average_link(p, 0.5, ban)
    assert labels[0] != labels[2] and labels[1] in (labels[0], labels[2])


def test_empty_and_threshold_above_everything() -> None:
    assert average_link(np.zeros((0, 0)), 0.5) == []
    assert average_link(np.eye(4) * 0.0 + 0.2, 0.5) == [0, 1, 2, 3]
