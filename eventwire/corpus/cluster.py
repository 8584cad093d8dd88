"""Average-link agglomerative clustering with cannot-link constraints.

Two clusters merge when the *mean* pairwise probability between their
members is the highest left and at least the threshold, and no pair across
them is forbidden (a conflict: dates that cannot overlap, two places, two
actors). Average linkage is what stops chaining: a mention that resembles
one member of a cluster but none of the others does not pull the two
together, as single-link (union-find) would.
"""

from __future__ import annotations

import numpy as np


def average_link(prob: np.ndarray, threshold: float,
                 forbidden: np.ndarray | None = None) -> list[int]:
    """Cluster label (the smallest member index) per item.

    ``prob`` is a symmetric n×n matrix of pairwise probabilities,
    ``forbidden`` an optional boolean n×n matrix of pairs that may never
    share a cluster. Ties break on the lowest indices, so the result is
    deterministic."""
    return labels_at(prob.shape[0], merges(prob, threshold, forbidden), threshold)


def merges(prob: np.ndarray, threshold: float,
           forbidden: np.ndarray | None = None) -> list[tuple[int, int, float]]:
    """The merges (kept index, absorbed index, mean probability) average
    link makes down to ``threshold``, in order. The clusters at any higher
    threshold are a prefix of them (:func:`labels_at`): choosing a
    threshold costs one clustering, not one per candidate."""
    n = prob.shape[0]
    out: list[tuple[int, int, float]] = []
    if n == 0:
        return out
    sim = prob.astype(np.float64).copy()
    ban = np.zeros((n, n), dtype=bool) if forbidden is None else forbidden.copy()
    sizes = np.ones(n)
    active = np.ones(n, dtype=bool)
    while True:
        masked = np.where(active[:, None] & active[None, :] & ~ban, sim, -np.inf)
        np.fill_diagonal(masked, -np.inf)
        flat = int(np.argmax(masked))
        i, j = divmod(flat, n)
        if not masked[i, j] >= threshold:
            break
        i, j = min(i, j), max(i, j)
        out.append((i, j, float(masked[i, j])))
        merged = (sim[i] * sizes[i] + sim[j] * sizes[j]) / (sizes[i] + sizes[j])
        sim[i], sim[:, i] = merged, merged
        ban[i] |= ban[j]
        ban[:, i] = ban[i]
        sizes[i] += sizes[j]
        active[j] = False
    return out


def labels_at(n: int, path: list[tuple[int, int, float]], threshold: float) -> list[int]:
    """Labels of ``n`` items after the merges of ``path`` up to the first
    one below ``threshold`` (exactly where :func:`average_link` stops)."""
    label = list(range(n))
    for i, j, value in path:
        if not value >= threshold:
            break
        label[j] = i
    return [_root(label, k) for k in range(n)]


def _root(label: list[int], k: int) -> int:
    while label[k] != k:
        k = label[k]
    return k
