"""The second stage of the ECB+ model: graph features of a topic's
first-stage probabilities (transitive support, the news lead, document
alignment) and the direction of the measured (not shipped) rescorer on each."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from eventwire.corpus import pairwise
from eventwire.corpus.crossdoc import GoldMention, topic_probability
from eventwire.corpus.rescore import (
    Rescorer,
    doc_alignment,
    graph_features,
    lead_pairs,
    logit,
    two_step,
)


def _sym(n: int, pairs: dict[tuple[int, int], float], base: float = 0.01) -> np.ndarray:
    p = np.full((n, n), base)
    for (i, j), v in pairs.items():
        p[i, j] = p[j, i] = v
    np.fill_diagonal(p, 1.0)
    return p


def test_two_step_is_the_best_path_through_a_third_mention() -> None:
    # "captured" (0) and "arrest" (1) are far apart; both near "apprehended" (2)
    p = _sym(4, {(0, 2): 0.9, (1, 2): 0.6, (0, 3): 0.3, (1, 3): 0.95})
    two = two_step(p)
    assert two[0, 1] == two[1, 0] == 0.6  # max(min(.9,.6), min(.3,.95))
    assert two[2, 3] == max(min(0.6, 0.95), min(0.9, 0.3))
    # the pair's own probability and the diagonal are never a path
    assert two_step(_sym(2, {(0, 1): 0.99}))[0, 1] == 0.0


def test_lead_pairs_link_first_sentences_of_different_documents() -> None:
    # doc a: sentences at 0 and 120; doc b: its first annotated sentence at 40
    docs = np.array([0, 0, 1, 1, 1])
    sent = [0, 120, 40, 40, 300]
    lead = lead_pairs(docs, sent)
    assert lead[0, 2] == lead[0, 3] == 1.0  # both leads, two reports
    assert lead[2, 3] == 0.0  # one document: not two reports' leads
    assert lead[1, 2] == lead[0, 4] == 0.0  # a later sentence is not the lead
    assert lead_pairs(np.array([0, 1]), [-1, -1])[0, 1] == 0.0  # unknown sentence


def test_doc_alignment_reads_whether_two_reports_match() -> None:
    # docs 0 and 1 match mention for mention; doc 2 matches nothing
    docs = np.array([0, 0, 1, 1, 2, 2])
    p = _sym(6, {(0, 2): 0.9, (1, 3): 0.8})
    align = doc_alignment(p, docs)
    assert np.allclose(align, align.T)
    assert align[0, 1] == 0.0  # same document
    assert align[0, 2] > 0.8 > 0.05 > align[0, 4]


def test_graph_features_shapes_and_logit() -> None:
    p = _sym(3, {(0, 1): 0.5})
    feats = graph_features(p, ["a", "b", "b"], [0, 0, 50])
    assert set(feats) == {"l", "two", "lead2", "align"}
    assert all(f.shape == (3, 3) for f in feats.values())
    assert abs(feats["l"][0, 1]) < 1e-9 and np.isfinite(logit(np.array([0.0, 1.0]))).all()


# the second stage fitted by ``train_dedup.py --experiments dedup5_graph``
GRAPH = Rescorer(("l", "two", "lead2", "lead2*align"),
                 np.array([0.45477, 0.70496, 0.694773, 0.145266]), -0.390929)


def test_graph_rescorer_trusts_support_and_leads() -> None:
    rescore = GRAPH
    # the same first-stage 0.15 for pair (0, 1) in three topics
    alone = _sym(3, {(0, 1): 0.15})
    supported = _sym(3, {(0, 1): 0.15, (0, 2): 0.9, (1, 2): 0.9})
    docs, later = ["a", "b", "c"], [100, 100, 100]
    p_alone = rescore.probability(alone, docs, [0, 0, 0])[0, 1]
    p_supported = rescore.probability(supported, docs, [0, 0, 0])[0, 1]
    assert p_supported > p_alone
    # the two reports' leads against two later sentences of the same reports
    lead_docs = ["a", "a", "b", "b"]
    p = _sym(4, {(0, 2): 0.15, (1, 3): 0.15})
    both = rescore.probability(p, lead_docs, [0, 100, 0, 100])
    assert both[0, 2] > both[1, 3]
    assert rescore.probability(alone, docs, later).shape == (3, 3)


def test_without_a_second_stage_the_pairwise_probability_is_used() -> None:
    model = pairwise.load("embeddings")
    assert model.rescore is None  # nothing ships (MEANTIME, docs/BENCHMARKS.md)
    ms = [GoldMention("a:1", "a", "arrest", sentence=0),
          GoldMention("b:1", "b", "capture", sentence=0)]
    feats = {name: np.eye(2) for name in ("lemma", "same_doc", "same_sent")}
    feats.update({name: np.full((2, 2), 0.5) for name in
                  {p for f in model.features for p in f.split("*")} - set(feats)})
    assert np.allclose(topic_probability(model, ms, feats), model.probability(feats))
    graph = replace(model, rescore=GRAPH)
    assert topic_probability(graph, ms, feats).shape == (2, 2)


def test_rescorer_from_spec_round_trip() -> None:
    r = Rescorer.from_spec({"features": ["l", "two"], "coef": [1.0, 0.0], "intercept": 0.0})
    p = _sym(2, {(0, 1): 0.3})
    assert np.isclose(r.probability(p, ["a", "b"], [0, 0])[0, 1], 0.3)
