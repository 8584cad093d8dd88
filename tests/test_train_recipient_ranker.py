"""The comparison helpers of tools/train_recipient_ranker.py (ranker18):
the "none" and fill margins, feature ablation and variant specs."""

from __future__ import annotations

from tools.train_recipient_ranker import _groups, choices, parse_variants, without

NONE = ["none"]
RULE = ["chosen=True", "src=dobj"]
BARE = ["chosen=False", "src=bare", "rule=bare_site"]


def _row(features: list[list[str]]) -> dict[str, object]:
    return {"features": features}


def test_none_margin_drops_the_rules_choice_only_when_none_wins() -> None:
    row = _row([NONE, RULE])
    weights = {"none": 0.5, "src=dobj": 1.0}
    assert choices(weights, row)["shipped"] == 1
    assert choices(weights, row, margin=1.0)["shipped"] == 0
    assert choices(weights, row, margin=-1.0)["shipped"] == 1


def test_fill_margin_moves_only_the_fill() -> None:
    row = _row([NONE, BARE])
    weights = {"none": 0.5, "src=bare": 1.0}
    assert choices(weights, row)["shipped"] == 1
    assert choices(weights, row, fill_margin=1.0)["shipped"] == 0
    assert choices({"none": 1.2, "src=bare": 1.0}, row, fill_margin=-0.5)["shipped"] == 1


def test_without_removes_features_by_prefix() -> None:
    rows = [{"features": [["hc=site", "hc&type=site&ASSAULT", "path=1", "dist=0"]]}]
    assert without(rows, ("hc",))[0]["features"] == [["path=1", "dist=0"]]
    assert without(rows, ("path=", "dist="))[0]["features"][0][:2] == [
        "hc=site", "hc&type=site&ASSAULT"]
    assert without(rows, ()) is rows


def test_parse_variants_reads_name_prefixes_and_margins() -> None:
    got = parse_variants(["old:hc:0", "wide:path=,dist=:-0.5:-1", "all::0.25"])
    assert got == {"old": (("hc",), 0.0, 0.0), "wide": (("path=", "dist="), -0.5, -1.0),
                   "all": ((), 0.25, 0.0)}


def test_groups_add_the_unseen_rows_only_for_sets_the_model_never_read() -> None:
    real = {"set": "rec_q", "real": True}
    own = {"set": "rec_b", "real": False}
    assert _groups(real, True) == ("rec_q", "pooled", "real", "unseen", "unseen real")
    assert _groups(own, False) == ("rec_b", "pooled", "own")
    assert _groups(own, True)[-1] == "unseen own"
