"""Paraphrase features of two trigger lemmas: derivational families and
one PLOVER type from eventwire's own lexicon."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.corpus.lemma_pairs import (
    lemma_pair_features,
    plover_type,
    same_stem,
    stem_matrix,
    type_matrices,
)


@pytest.mark.parametrize(("a", "b"), [
    ("explode", "explosion"), ("convict", "conviction"), ("shoot", "shooting"),
    ("nominate", "nomination"), ("injure", "injury"), ("kill", "killing"),
    ("announce", "announcement")])
def test_derivational_family_shares_a_stem(a: str, b: str) -> None:
    assert same_stem(a, b) and same_stem(b, a)


@pytest.mark.parametrize(("a", "b"), [
    ("attack", "attend"), ("report", "repeat"), ("arrest", "attack"),
    ("die", "dig"), ("quake", "earthquake"), ("sentence", "send")])
def test_chance_beginnings_are_not_a_stem(a: str, b: str) -> None:
    assert not same_stem(a, b)


def test_short_lemmas_match_only_themselves() -> None:
    assert same_stem("die", "die") and not same_stem("die", "dies")


def test_lexicon_types_violence_and_arrest_words() -> None:
    assert plover_type("arrest") is not None
    assert plover_type("arrest") == plover_type("detain")
    assert plover_type("kill") == plover_type("shoot")
    assert plover_type("arrest") != plover_type("kill")
    assert plover_type("xyzzy") is None


def test_type_matrices_split_same_and_different_types() -> None:
    same, diff = type_matrices(["arrest", "detain", "kill", "xyzzy"])
    assert same[0, 1] == 1 and diff[0, 1] == 0
    assert same[0, 2] == 0 and diff[0, 2] == 1
    assert same[0, 3] == 0 and diff[0, 3] == 0  # untyped: neither
    assert np.array_equal(same, same.T) and np.array_equal(diff, diff.T)


def test_stem_matrix_and_feature_names() -> None:
    lemmas = ["explode", "explosion", "arrest", "explode"]
    stem = stem_matrix(lemmas)
    assert stem[0, 1] == 1 and stem[0, 3] == 1 and stem[1, 2] == 0
    assert set(lemma_pair_features(lemmas)) == {"stem", "ptype", "ptype_diff"}
