"""Average-link clustering: no chaining, constraints hold, deterministic."""

from __future__ import annotations

import numpy as np

from eventwire.corpus.cluster import average_link, labels_at, merges


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


def test_one_merge_path_gives_the_clusters_of_every_threshold() -> None:
    rng = np.random.default_rng(3)
    x = rng.random((30, 30))
    p = (x + x.T) / 2
    path = merges(p, 0.1)
    for t in (0.1, 0.3, 0.5, 0.55, 0.6, 0.8):
        assert labels_at(30, path, t) == average_link(p, t)
