"""Coreference scorers: MUC, B³, CEAF-e and the CoNLL F1 (their mean).

Used to score cross-document event coreference on ECB+ (``eventwire eval
ecbplus``): both gold and predicted chains are given as ``Clusters``, a map from
a mention key (e.g. ``"36_1ecb.xml:12"``) to a cluster id. Cluster ids are
labels local to one side; gold and predicted ids are never compared.

Definitions follow the reference CoNLL-2012 scorer (reference-coreference-scorers
v8.01; Pradhan et al. 2014, "Scoring Coreference Partitions of Predicted
Mentions: A Reference Implementation", ACL):

* MUC (Vilain et al. 1995), link-based: recall is
  ``sum(|K| - |p(K)|) / sum(|K| - 1)`` over gold entities ``K``, where ``p(K)``
  partitions ``K`` by the predicted entities; precision swaps the roles.
  Singletons add nothing to either sum.
* B³ (Bagga & Baldwin 1998), averaged over mentions: recall is the mean over
  gold mentions ``m`` of ``|K(m) ∩ R(m)| / |K(m)|``; precision swaps the roles.
* CEAF-e (Luo 2005), entity-based with ``phi4(K, R) = 2|K ∩ R| / (|K| + |R|)``
  and the optimal one-to-one alignment (Kuhn-Munkres, via
  :func:`scipy.optimize.linear_sum_assignment`): recall and precision are the
  aligned similarity divided by the number of gold and predicted entities.

Precision and recall are computed first; F1 is their harmonic mean. Any 0/0
gives 0.0 (e.g. MUC on all-singleton input, or empty input). Scores are
fractions in [0, 1], not percentages, and are not rounded.

Mentions present on one side only are treated as the reference scorer treats
them: they stay where they are and never overlap the other side. A gold mention
missing from ``pred`` is therefore unresolved: for MUC it is its own part of
``p(K)`` (as if it were a predicted singleton) and for B³/CEAF-e it adds no
overlap; symmetrically for a predicted mention missing from ``gold``. Such
mentions still count in the denominators of their own side (B³ mention counts,
CEAF-e entity counts). With gold mentions (the same keys on both sides, as in
the usual ECB+ setting) the question does not arise.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

Clusters = dict[str, str]  # mention key -> cluster id
Entity = frozenset[str]


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _from_precision_recall(precision: float, recall: float) -> PRF:
    return PRF(precision, recall, _ratio(2 * precision * recall, precision + recall))


def _entities(clusters: Clusters) -> dict[str, Entity]:
    """Cluster id -> the set of its mentions."""
    members: dict[str, set[str]] = defaultdict(set)
    for mention, cluster_id in clusters.items():
        members[cluster_id].add(mention)
    return {cluster_id: frozenset(mentions) for cluster_id, mentions in members.items()}


def _muc_links(key: Clusters, response: Clusters) -> tuple[int, int]:
    """MUC recall's numerator and denominator (correct links, key links)."""
    correct_links = 0
    key_links = 0
    for entity in _entities(key).values():
        covering = {response[m] for m in entity if m in response}
        unresolved = sum(1 for m in entity if m not in response)
        correct_links += len(entity) - (len(covering) + unresolved)
        key_links += len(entity) - 1
    return correct_links, key_links


def _muc_recall(key: Clusters, response: Clusters) -> float:
    """MUC recall of ``response`` against ``key`` (precision: swap them)."""
    return _ratio(*_muc_links(key, response))


def muc(gold: Clusters, pred: Clusters) -> PRF:
    return _from_precision_recall(_muc_recall(pred, gold), _muc_recall(gold, pred))


def _b_cubed_total(key: Clusters, response: Clusters) -> float:
    """B³ recall's numerator: the summed per-mention recall."""
    key_entities = _entities(key)
    response_entities = _entities(response)
    total = 0.0
    for mention, cluster_id in key.items():
        if mention in response:
            overlap = key_entities[cluster_id] & response_entities[response[mention]]
            total += len(overlap) / len(key_entities[cluster_id])
    return total


def _b_cubed_recall(key: Clusters, response: Clusters) -> float:
    """B³ recall of ``response`` against ``key`` (precision: swap them)."""
    return _ratio(_b_cubed_total(key, response), len(key))


def b_cubed(gold: Clusters, pred: Clusters) -> PRF:
    return _from_precision_recall(_b_cubed_recall(pred, gold), _b_cubed_recall(gold, pred))


def _phi4(key: Entity, response: Entity) -> float:
    return 2 * len(key & response) / (len(key) + len(response))


def _optimal_similarity(key: list[Entity], response: list[Entity]) -> float:
    """Total phi4 of the best one-to-one alignment of key and response entities."""
    if not key or not response:
        return 0.0
    from scipy.optimize import linear_sum_assignment  # only needed here

    similarity = np.array([[_phi4(k, r) for r in response] for k in key])
    rows, columns = linear_sum_assignment(similarity, maximize=True)
    return float(similarity[rows, columns].sum())


def ceaf_e(gold: Clusters, pred: Clusters) -> PRF:
    gold_entities = list(_entities(gold).values())
    pred_entities = list(_entities(pred).values())
    aligned = _optimal_similarity(gold_entities, pred_entities)
    return _from_precision_recall(
        _ratio(aligned, len(pred_entities)), _ratio(aligned, len(gold_entities))
    )


def conll_f1(gold: Clusters, pred: Clusters) -> float:
    """CoNLL-2012 score: the unweighted mean of MUC, B³ and CEAF-e F1."""
    return (muc(gold, pred).f1 + b_cubed(gold, pred).f1 + ceaf_e(gold, pred).f1) / 3


def _report(scores: dict[str, PRF]) -> dict[str, dict[str, float]]:
    """Each metric's precision, recall and F1, and the CoNLL F1 (their mean F1)."""
    report = {
        name: {"precision": s.precision, "recall": s.recall, "f1": s.f1}
        for name, s in scores.items()
    }
    report["conll"] = {"f1": sum(s.f1 for s in scores.values()) / 3}
    return report


def score_all(gold: Clusters, pred: Clusters) -> dict[str, dict[str, float]]:
    """All metrics as plain dicts, e.g. for a JSON report."""
    scores = {"muc": muc(gold, pred), "b3": b_cubed(gold, pred), "ceaf_e": ceaf_e(gold, pred)}
    return _report(scores)


def tally(gold: Clusters, pred: Clusters) -> np.ndarray:
    """The additive counts behind all three metrics of one part (e.g. one
    topic): MUC links (recall num/den, precision num/den), B³ sums and
    mention counts, CEAF-e aligned similarity and entity counts.

    Why: when no gold or predicted cluster crosses two parts (clusters
    never cross an ECB+ topic), the sum of the parts' tallies scores the
    union exactly (:func:`score_tally`), so a nested choice over many
    (threshold, shift) candidates scores each topic once instead of
    re-aligning every CEAF-e entity of every fold union (one alignment of
    all train topics is a dense Python matrix of ~2,000² phi4 values)."""
    gold_entities = list(_entities(gold).values())
    pred_entities = list(_entities(pred).values())
    return np.array([*_muc_links(gold, pred), *_muc_links(pred, gold),
                     _b_cubed_total(gold, pred), len(gold),
                     _b_cubed_total(pred, gold), len(pred),
                     _optimal_similarity(gold_entities, pred_entities),
                     len(gold_entities), len(pred_entities)], dtype=np.float64)


def score_tally(counts: np.ndarray) -> dict[str, dict[str, float]]:
    """:func:`score_all` from a (summed) :func:`tally`."""
    muc_r, muc_kl, muc_p, muc_rl, b3_r, n_gold, b3_p, n_pred, aligned, e_gold, e_pred = counts
    scores = {
        "muc": _from_precision_recall(_ratio(muc_p, muc_rl), _ratio(muc_r, muc_kl)),
        "b3": _from_precision_recall(_ratio(b3_p, n_pred), _ratio(b3_r, n_gold)),
        "ceaf_e": _from_precision_recall(_ratio(aligned, e_pred), _ratio(aligned, e_gold)),
    }
    return _report(scores)
