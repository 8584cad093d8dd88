"""The shipped pairwise model: every variant loads, its features exist, and
it orders pairs sensibly (same lemma in a similar document beats neither)."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.corpus import pairwise

BASE = ("lemma", "trigger", "sentence", "doc", "same_doc", "story", "docemb")


@pytest.mark.parametrize("variant", ["embeddings", "lexical", "stored_embeddings",
                                     "stored_lexical"])
def test_variant_loads_and_orders_pairs(variant: str) -> None:
    model = pairwise.load(variant)
    assert {p for f in model.features for p in f.split("*")} <= set(BASE)
    assert 0.0 < model.threshold("ecbplus") < 1.0 and 0.0 < model.threshold("stored") < 1.0
    alike = {name: np.array([1.0]) for name in BASE}
    alike["same_doc"] = np.array([0.0])
    unlike = {name: np.array([0.0]) for name in BASE}
    p_alike, p_unlike = model.probability(alike)[0], model.probability(unlike)[0]
    assert p_alike > model.threshold("ecbplus") > p_unlike
