"""The lemma (pair) coreference prior of the given-mention pairwise model."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.corpus import lemma_prior
from eventwire.corpus.lemma_prior import Counts, LemmaPrior, count_topic


def _topic(rows: list[tuple[str, str, str]]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(lemma, document, gold event) rows -> lemmas, same-doc, same-event."""
    docs = np.array([r[1] for r in rows])
    events = np.array([r[2] for r in rows])
    return ([r[0] for r in rows], (docs[:, None] == docs[None, :]).astype(float),
            events[:, None] == events[None, :])


def test_counts_only_pairs_across_documents() -> None:
    # two "say" in one report (different events) are not counted; across reports they are
    lemmas, same_doc, same = _topic([("say", "d1", "s1"), ("say", "d1", "s2"),
                                     ("say", "d2", "s3"), ("quake", "d1", "q"),
                                     ("quake", "d2", "q"), ("tremor", "d3", "q")])
    c = count_topic(lemmas, same_doc, same)
    assert c.lemma["say"] == [0.0, 2.0]
    assert c.lemma["quake"] == [1.0, 1.0]
    assert c.pair[lemma_prior.pair_key("tremor", "quake")] == [2.0, 2.0]
    assert c.pair[lemma_prior.pair_key("say", "tremor")] == [0.0, 3.0]


def test_rates_shrink_towards_the_overall_rate() -> None:
    counts = Counts()
    counts.lemma["arrest"] = [9.0, 10.0]
    counts.lemma["say"] = [0.0, 90.0]
    counts.pair[lemma_prior.pair_key("arrest", "detain")] = [4.0, 5.0]
    counts.pair[lemma_prior.pair_key("arrest", "charge")] = [0.0, 95.0]
    prior = LemmaPrior.from_counts(counts, strength=10.0)
    assert prior.lemma_base == pytest.approx(0.09)
    assert prior.lemma["arrest"] == pytest.approx((9 + 10 * 0.09) / 20)
    assert prior.lemma["say"] < prior.lemma_base < prior.lemma["arrest"] < 0.9
    assert prior.pair[lemma_prior.pair_key("detain", "arrest")] > prior.pair_base


def test_features_fill_same_and_different_lemma_pairs() -> None:
    prior = LemmaPrior({"kill": 0.6}, {lemma_prior.pair_key("kill", "shoot"): 0.3}, 0.2, 0.01)
    feats = prior.features(["kill", "shoot", "kill", "flee"])
    assert feats["lprior"][0, 2] == pytest.approx(0.6)
    assert feats["lprior"][1, 1] == pytest.approx(0.2)  # unseen lemma: the overall rate
    assert feats["lprior"][0, 1] == 0.0 and feats["pprior"][0, 2] == 0.0
    assert feats["pprior"][1, 2] == pytest.approx(0.3)
    assert feats["pprior"][3, 0] == pytest.approx(0.01)  # unseen pair
    assert np.allclose(feats["pprior"], feats["pprior"].T)


def test_shipped_table_and_model_read_the_prior() -> None:
    from eventwire.corpus import pairwise
    from eventwire.corpus.crossdoc import uses_prior

    prior = lemma_prior.load()
    assert 0.0 < prior.pair_base < prior.lemma_base < 1.0
    assert prior.lemma["say"] < prior.lemma_base  # reporting verbs: seldom one event
    assert uses_prior(pairwise.load("embeddings")) and not uses_prior(pairwise.load("lexical"))


def test_shipped_table_keeps_pairs_seen_coreferent() -> None:
    counts = Counts()
    counts.lemma["vote"] = [3.0, 4.0]
    counts.pair[lemma_prior.pair_key("vote", "elect")] = [2.0, 2.0]
    counts.pair[lemma_prior.pair_key("vote", "win")] = [0.0, 3.0]
    counts.pair[lemma_prior.pair_key("vote", "say")] = [0.0, 40.0]
    spec = lemma_prior.to_json(LemmaPrior.from_counts(counts), counts)
    assert sorted(spec["pair"]) == sorted([lemma_prior.pair_key("vote", "elect"),
                                           lemma_prior.pair_key("vote", "say")])
    assert "vote" in spec["lemma"]
