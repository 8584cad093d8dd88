"""Coreference scorers against hand-computed values (see eventwire.eval.coref)."""

from __future__ import annotations

import dataclasses

import pytest

from eventwire.eval.coref import (
    PRF,
    Clusters,
    b_cubed,
    ceaf_e,
    conll_f1,
    muc,
    score_all,
    score_tally,
    tally,
)


def clusters(*entities: str) -> Clusters:
    """``clusters("abc", "defg")`` -> {"a": "0", "b": "0", "c": "0", "d": "1", ...}."""
    return {mention: str(i) for i, entity in enumerate(entities) for mention in entity}


def assert_prf(score: PRF, precision: float, recall: float, f1: float) -> None:
    assert (score.precision, score.recall, score.f1) == pytest.approx((precision, recall, f1))


# Pradhan et al. 2014 (ACL), the worked example: key {a,b,c} {d,e,f,g};
# response {a,b} {c,d} {f,g,h,i}. "e" is missing from the response, "h" and "i"
# from the key.
GOLD = clusters("abc", "defg")
PRED = clusters("ab", "cd", "fghi")


def test_muc_textbook() -> None:
    # R: {a,b,c} -> parts {a,b},{c}: 3-2=1; {d,e,f,g} -> {d},{e},{f,g}: 4-3=1.
    #    R = (1+1) / (2+3) = 2/5.
    # P: {a,b} -> 2-1=1; {c,d} -> {c},{d}: 2-2=0; {f,g,h,i} -> {f,g},{h},{i}: 4-3=1.
    #    P = (1+0+1) / (1+1+3) = 2/5.
    assert_prf(muc(GOLD, PRED), 0.4, 0.4, 0.4)


def test_b_cubed_textbook() -> None:
    # R over the 7 key mentions: a,b: 2/3 each; c: 1/3; d: 1/4; e: 0 (unresolved);
    #    f,g: 2/4 each.  R = (4/3 + 1/3 + 1/4 + 1) / 7 = (35/12) / 7 = 5/12.
    # P over the 8 response mentions: a,b: 1 each; c,d: 1/2 each; f,g: 2/4 each;
    #    h,i: 0.  P = (2 + 1 + 1) / 8 = 1/2.
    # F = 2 * 1/2 * 5/12 / (1/2 + 5/12) = (5/12) / (11/12) = 5/11.
    assert_prf(b_cubed(GOLD, PRED), 1 / 2, 5 / 12, 5 / 11)


def test_ceaf_e_textbook() -> None:
    # phi4: {abc}-{ab} = 4/5, {abc}-{cd} = 2/5, {defg}-{cd} = 2/6, {defg}-{fghi} = 4/8.
    # Best alignment {abc}-{ab} + {defg}-{fghi} = 0.8 + 0.5 = 1.3.
    # R = 1.3 / 2 key entities = 0.65; P = 1.3 / 3 response entities = 13/30.
    # F = 2 * 13/20 * 13/30 / (13/20 + 13/30) = 13/25 = 0.52.
    assert_prf(ceaf_e(GOLD, PRED), 13 / 30, 0.65, 0.52)


def test_conll_textbook() -> None:
    # (2/5 + 5/11 + 13/25) / 3 = 126/275.
    assert conll_f1(GOLD, PRED) == pytest.approx(126 / 275)
    assert conll_f1(GOLD, PRED) == pytest.approx(0.458181818)


def test_ceaf_e_uses_optimal_not_greedy_alignment() -> None:
    gold = clusters("abdf", "c", "e")
    pred = clusters("abcd", "e", "f")
    # Greedy takes {e}-{e} = 1, then {abdf}-{abcd} = 6/8, leaving {c} and {f}
    # unmatched: 1.75. Optimal: {e}-{e} = 1, {c}-{abcd} = 2/5, {abdf}-{f} = 2/5: 1.8.
    # P = R = 1.8 / 3 = 0.6.
    assert_prf(ceaf_e(gold, pred), 0.6, 0.6, 0.6)


def test_identical_clusterings_score_one() -> None:
    gold = clusters("abc", "defg", "h")
    scores = score_all(gold, dict(gold))
    for metric in ("muc", "b3", "ceaf_e"):
        assert scores[metric] == pytest.approx({"precision": 1.0, "recall": 1.0, "f1": 1.0})
    assert scores["conll"] == pytest.approx({"f1": 1.0})


def test_cluster_ids_are_not_compared_across_sides() -> None:
    gold = clusters("abc", "defg")
    renamed = {mention: f"pred-{cid}-x" for mention, cid in gold.items()}
    assert conll_f1(gold, renamed) == pytest.approx(1.0)


def test_all_singleton_prediction() -> None:
    pred = clusters(*"abcdefg")
    # MUC: no predicted links, so R = 0/5 and P = 0/0 -> 0.
    assert_prf(muc(GOLD, pred), 0.0, 0.0, 0.0)
    # B³: P = 1; R = (3 * 1/3 + 4 * 1/4) / 7 = 2/7; F = 4/9.
    assert_prf(b_cubed(GOLD, pred), 1.0, 2 / 7, 4 / 9)
    # CEAF-e: best is {abc}-{x} = 2/4 plus {defg}-{y} = 2/5: 0.9.
    #   R = 0.9/2 = 0.45, P = 0.9/7 = 9/70, F = 0.2.
    assert_prf(ceaf_e(GOLD, pred), 9 / 70, 0.45, 0.2)


def test_one_big_cluster_prediction() -> None:
    pred = clusters("abcdefg")
    # MUC: R = (2 + 3) / 5 = 1; P = (7 - 2) / (7 - 1) = 5/6; F = 10/11.
    assert_prf(muc(GOLD, pred), 5 / 6, 1.0, 10 / 11)
    # B³: R = 1; P = (3 * 3/7 + 4 * 4/7) / 7 = 25/49; F = 25/37.
    assert_prf(b_cubed(GOLD, pred), 25 / 49, 1.0, 25 / 37)
    # CEAF-e: one response entity; best is {defg}-{all} = 8/11 (vs 6/10).
    #   P = 8/11, R = 4/11, F = 16/33.
    assert_prf(ceaf_e(GOLD, pred), 8 / 11, 4 / 11, 16 / 33)


def test_gold_mention_missing_from_prediction() -> None:
    gold = clusters("abc")
    pred = clusters("ab")
    # MUC: c is its own part, R = (3 - 2) / 2 = 1/2; P = 1/1.
    assert_prf(muc(gold, pred), 1.0, 0.5, 2 / 3)
    # B³: R = (2/3 + 2/3 + 0) / 3 = 4/9; P = 1.
    assert_prf(b_cubed(gold, pred), 1.0, 4 / 9, 8 / 13)
    # CEAF-e: phi4 = 2*2/5 = 0.8 over one entity each side.
    assert_prf(ceaf_e(gold, pred), 0.8, 0.8, 0.8)


def test_all_singletons_on_both_sides() -> None:
    singletons = clusters(*"abc")
    # MUC has no links at all: 0/0 -> 0; the other two are perfect.
    assert_prf(muc(singletons, singletons), 0.0, 0.0, 0.0)
    assert_prf(b_cubed(singletons, singletons), 1.0, 1.0, 1.0)
    assert_prf(ceaf_e(singletons, singletons), 1.0, 1.0, 1.0)
    assert conll_f1(singletons, singletons) == pytest.approx(2 / 3)


@pytest.mark.parametrize("gold,pred", [({}, {}), (GOLD, {}), ({}, PRED)])
def test_empty_input_gives_zeros(gold: Clusters, pred: Clusters) -> None:
    for scorer in (muc, b_cubed, ceaf_e):
        assert scorer(gold, pred) == PRF(0.0, 0.0, 0.0)
    assert conll_f1(gold, pred) == 0.0
    scores = score_all(gold, pred)
    assert set(scores) == {"muc", "b3", "ceaf_e", "conll"}
    assert all(value == 0.0 for metric in scores.values() for value in metric.values())


def test_score_all_layout_matches_individual_scorers() -> None:
    scores = score_all(GOLD, PRED)
    assert scores["muc"] == dataclasses.asdict(muc(GOLD, PRED))
    assert scores["b3"] == dataclasses.asdict(b_cubed(GOLD, PRED))
    assert scores["ceaf_e"] == dataclasses.asdict(ceaf_e(GOLD, PRED))
    assert scores["conll"] == {"f1": pytest.approx(126 / 275)}


def test_prf_is_frozen() -> None:
    score = PRF(0.5, 0.5, 0.5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        score.f1 = 1.0  # type: ignore[misc]


def _assert_same_scores(a: dict[str, dict[str, float]], b: dict[str, dict[str, float]]) -> None:
    assert a.keys() == b.keys()
    for name in a:
        for field, value in a[name].items():
            assert b[name][field] == pytest.approx(value)


def test_tally_of_one_part_scores_like_score_all() -> None:
    gold = {"a": "1", "b": "1", "c": "2", "d": "2", "e": "3"}
    pred = {"a": "x", "b": "y", "c": "y", "d": "y", "e": "z"}
    _assert_same_scores(score_all(gold, pred), score_tally(tally(gold, pred)))


def test_summed_tallies_of_disjoint_topics_score_the_union() -> None:
    # Two topics whose clusters never cross: the sum of the parts' tallies
    # must give the union's scores (not the mean of the parts' F1s, which
    # differs here because the parts have different sizes).
    gold_1 = {"a": "1", "b": "1", "c": "1", "d": "2"}
    pred_1 = {"a": "x", "b": "x", "c": "y", "d": "y"}
    gold_2 = {"e": "3", "f": "4"}
    pred_2 = {"e": "z", "f": "z"}
    union = score_all(gold_1 | gold_2, pred_1 | pred_2)
    summed = score_tally(tally(gold_1, pred_1) + tally(gold_2, pred_2))
    _assert_same_scores(union, summed)
    mean = (score_all(gold_1, pred_1)["conll"]["f1"] + score_all(gold_2, pred_2)["conll"]["f1"]) / 2
    assert union["conll"]["f1"] != pytest.approx(mean)


def test_tally_of_empty_input_gives_zeros() -> None:
    report = score_tally(tally({}, {}))
    assert all(v["f1"] == 0.0 for v in report.values())
