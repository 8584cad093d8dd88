"""Average-link clustering: no chaining, constraints hold, deterministic."""

from __future__ import annotations

import numpy as np

from eventwire.corpus.cluster import SetConflict, average_link, labels_at, merges


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


def _places(*rows: tuple[int, ...]) -> np.ndarray:
    inc = np.zeros((len(rows), 3))
    for i, row in enumerate(rows):
        inc[i, list(row)] = 1.0
    return inc


def test_conflicting_arguments_keep_clusters_apart() -> None:
    # four reports of one kind of event, equally alike; two name place 0
    # ("Bali"), two place 1 ("Chile"): the conflict keeps them in two events
    p = np.full((4, 4), 0.6)
    inc = _places((0,), (0,), (1,), (1,))
    assert average_link(p, 0.5) == [0, 0, 0, 0]
    assert average_link(p, 0.5, conflicts=[SetConflict(inc, 0.2)]) == [0, 0, 2, 2]


def test_a_cluster_carries_the_places_its_members_name() -> None:
    # mention 1 names no place but is sure to join mention 0 ("Bali"); the
    # merged cluster then conflicts with mention 2 ("Chile") although the
    # pair 1-2 alone knows no conflict
    p = np.array([[1.0, 0.9, 0.55], [0.9, 1.0, 0.7], [0.55, 0.7, 1.0]])
    inc = _places((0,), (), (1,))
    assert average_link(p, 0.5) == [0, 0, 0]
    assert average_link(p, 0.5, conflicts=[SetConflict(inc, 0.2)]) == [0, 0, 2]


def test_shared_or_unknown_arguments_cost_nothing() -> None:
    # sharing a word (place 2 in both) or knowing none is no conflict, and
    # weight 0 gives plain average link
    rng = np.random.default_rng(5)
    x = rng.random((12, 12))
    p = (x + x.T) / 2
    shared = _places(*[(2,)] * 6, *[()] * 6)
    assert average_link(p, 0.4, conflicts=[SetConflict(shared, 0.5)]) == average_link(p, 0.4)
    mixed = _places(*[(i % 3,) for i in range(12)])
    assert average_link(p, 0.4, conflicts=[SetConflict(mixed, 0.0)]) == average_link(p, 0.4)


def test_merge_path_with_conflicts_gives_every_threshold() -> None:
    rng = np.random.default_rng(7)
    x = rng.random((25, 25))
    p = (x + x.T) / 2
    inc = _places(*[(i % 3,) if i % 4 else () for i in range(25)])
    cons = [SetConflict(inc, 0.15)]
    path = merges(p, 0.1, conflicts=cons)
    for t in (0.1, 0.3, 0.5, 0.6):
        assert labels_at(25, path, t) == average_link(p, t, conflicts=cons)
