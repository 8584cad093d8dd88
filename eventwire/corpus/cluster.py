"""Average-link agglomerative clustering with cannot-link constraints.

Two clusters merge when the *mean* pairwise probability between their
members is the highest left and at least the threshold, and no pair across
them is forbidden (a conflict: dates that cannot overlap, two places, two
actors). Average linkage is what stops chaining: a mention that resembles
one member of a cluster but none of the others does not pull the two
together, as single-link (union-find) would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class SetConflict:
    """A cluster-level argument check: ``incidence`` is an n×V 0/1 matrix
    (item × argument word, e.g. the place words of each mention's
    sentence); two clusters that both know some word of it and share none
    (one cluster's reports say "Bali", the other's "Chile") have
    ``weight`` subtracted from their mean probability. The sets are the
    union over each cluster's members, so a mention whose own sentence
    names no place still carries the place its cluster mates name."""

    incidence: np.ndarray
    weight: float


class _Conflicts:
    """Running cluster unions of every :class:`SetConflict` and the
    penalty matrix they give (updated per merge, one row at a time)."""

    def __init__(self, conflicts: Sequence[SetConflict], n: int) -> None:
        self.inc = [c.incidence.astype(np.float64).copy() for c in conflicts]
        self.weights = [c.weight for c in conflicts]
        self.inter = [m @ m.T for m in self.inc]
        self.pen = np.zeros((n, n))
        for i in range(n):
            self._row(i)

    def _row(self, i: int) -> None:
        row = np.zeros(self.pen.shape[0])
        for inc, inter, w in zip(self.inc, self.inter, self.weights, strict=True):
            known = inc.sum(axis=1) > 0
            row += w * ((inter[i] == 0) & known & known[i])
        self.pen[i], self.pen[:, i] = row, row

    def merge(self, i: int, j: int) -> None:
        for inc, inter in zip(self.inc, self.inter, strict=True):
            inc[i] = np.maximum(inc[i], inc[j])
            inter[i] = inc @ inc[i]
            inter[:, i] = inter[i]
        self._row(i)


def average_link(prob: np.ndarray, threshold: float, forbidden: np.ndarray | None = None,
                 conflicts: Sequence[SetConflict] = ()) -> list[int]:
    """Cluster label (the smallest member index) per item.

    ``prob`` is a symmetric n×n matrix of pairwise probabilities,
    ``forbidden`` an optional boolean n×n matrix of pairs that may never
    share a cluster. Ties break on the lowest indices, so the result is
    deterministic."""
    return labels_at(prob.shape[0], merges(prob, threshold, forbidden, conflicts), threshold)


def merges(prob: np.ndarray, threshold: float, forbidden: np.ndarray | None = None,
           conflicts: Sequence[SetConflict] = ()) -> list[tuple[int, int, float]]:
    """The merges (kept index, absorbed index, merge score) average link
    makes down to ``threshold``, in order. The score is the mean
    probability less the weights of the ``conflicts`` the two clusters are
    in. The clusters at any higher threshold are a prefix of them
    (:func:`labels_at`): choosing a threshold costs one clustering, not one
    per candidate."""
    n = prob.shape[0]
    out: list[tuple[int, int, float]] = []
    if n == 0:
        return out
    sim = prob.astype(np.float64).copy()
    ban = np.zeros((n, n), dtype=bool) if forbidden is None else forbidden.copy()
    sizes = np.ones(n)
    active = np.ones(n, dtype=bool)
    cons = _Conflicts(conflicts, n) if conflicts else None
    while True:
        score = sim if cons is None else sim - cons.pen
        masked = np.where(active[:, None] & active[None, :] & ~ban, score, -np.inf)
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
        if cons is not None:
            cons.merge(i, j)
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
