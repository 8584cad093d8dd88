"""tools/residual_event_filter.py: the features of a final predicted event
and the held-out scoring. Sentences and rows are written for these tests."""

from __future__ import annotations

from typing import Any

from tools.residual_event_filter import (
    _bucket,
    inner_threshold,
    prf,
    record_feats,
    trigger_feats,
)


def _event(**kw: Any) -> dict[str, Any]:
    base = {"trigger": {"start": 0, "end": 4, "text": "hits"}, "type": "ASSAULT", "mode": None,
            "actor": None, "recipient": None, "time": None, "place": None, "speaker": None,
            "relays": [], "modality": "asserted", "condition": None}
    return {**base, **kw}


def test_trigger_feats_read_auxiliaries_morphology_and_head(spacy_nlp: Any) -> None:
    doc = spacy_nlp("The army will attack the northern town next week.")
    feats = trigger_feats(doc[3])
    assert "lemma=attack" in feats and "aux=will" in feats
    assert "pos=VERB" in feats and "kid=dobj" in feats
    past = trigger_feats(spacy_nlp("Rebels attacked a convoy.")[1])
    assert "morph=Tense=Past" in past and not any(f.startswith("aux=") for f in past)
    noun = spacy_nlp("Residents fled the bomb attack in the valley.")
    assert "head=flee" in trigger_feats(noun[4]) and "compound" in trigger_feats(noun[4])
    assert "compound" not in trigger_feats(doc[3])


def test_record_feats_read_attribution_roles_and_date() -> None:
    plain = record_feats(_event())
    assert "attributed=False" in plain and "actor=none" in plain and "time=none" in plain
    told = record_feats(_event(speaker={"text": "police"}, actor={"text": "x", "sector": "GOV"},
                               time={"value": "2020", "background": True}))
    assert "attributed=True" in told and "actor=GOV" in told and "time=background" in told
    assert "type+mode=ASSAULT:None" in plain


def test_prf_drops_only_the_events_not_kept() -> None:
    rows = [{"gold": 4}, {"tp": True, "feats": []}, {"tp": False, "feats": []},
            {"tp": True, "feats": []}]
    assert prf(rows, [True] * 4)[3:] == (4, 3, 2)
    p, r, f, gold, pred, hit = prf(rows, [True, True, False, True])
    assert (gold, pred, hit) == (4, 2, 2) and p == 1.0 and r == 0.5
    assert abs(f - 2 / 3) < 1e-9
    # a dropped matched event loses its gold
    assert prf(rows, [True, False, True, True])[5] == 1


def test_bucket_counts_the_edges_reached() -> None:
    assert [_bucket(n, (1, 3, 8)) for n in (0, 1, 2, 3, 9)] == [0, 1, 1, 2, 3]


def _rows(bad_matched: bool) -> list[dict[str, Any]]:
    """Five sets, each: 4 gold, 3 matched "good" events and 2 "bad" ones
    (one of them matched when ``bad_matched``)."""
    rows: list[dict[str, Any]] = []
    for s in ("rec_x1", "rec_x2", "rec_x3", "rec_x4", "rec_x5"):
        base = {"set": s, "real": s != "rec_x5", "topic": None}
        rows.append(dict(base, gold=4))
        rows += [dict(base, feats=["good"], tp=True) for _ in range(3)]
        rows += [dict(base, feats=["bad"], tp=bad_matched and k == 0) for k in range(2)]
    return rows


def test_inner_threshold_drops_a_feature_never_matched_and_keeps_all_otherwise() -> None:
    assert inner_threshold(_rows(False), 1.0, "all", True) > 0.0
    # "bad" matched half the time (above half the F1): dropping them lowers F1
    assert inner_threshold(_rows(True), 1.0, "real", True) == 0.0
