"""The event-place chooser's tool (tools/train_place_chooser.py): which gold
events retell an earlier placed mention of their cluster, and the census
of the pipeline's own picks (rules, overridden by the chooser by its
margin). Records written for these tests."""

from __future__ import annotations

from typing import Any

from tools.train_place_chooser import _train, as_picked, retold

TEXT = ("Gunmen attacked a market in Kano on Monday. The attack killed nine people. "
        "Police later arrested two men in Abuja. Officials condemned the attack.")


def _ev(trigger: str, cluster: str | None, place: str | None, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(trigger, start + 1)
    ev: dict[str, Any] = {"trigger": {"start": start, "end": start + len(trigger),
                                      "text": trigger}, "cluster": cluster, "place": None}
    if place is not None:
        p = TEXT.index(place)
        lat, lon = {"Kano": (12.0, 8.5), "Abuja": (9.06, 7.49)}[place]
        ev["place"] = {"start": p, "end": p + len(place), "text": place, "lat": lat,
                       "lon": lon}
    return ev


GOLD = [
    _ev("attacked", "c1", "Kano"),          # the first telling, placed
    _ev("attack", "c1", "Kano", nth=1),     # told again, gold gives its place
    _ev("arrested", "c2", "Abuja"),         # a new event, placed in its own sentence
    _ev("attack", "c1", None, nth=2),       # told again, gold leaves it unplaced
    _ev("condemned", None, None),           # no cluster
]


def test_a_mention_told_again_is_marked_by_its_clusters_earlier_place() -> None:
    assert retold(GOLD, 1) == "same"
    assert retold(GOLD, 3) == "none"


def test_a_first_telling_or_an_unclustered_event_is_not_told_again() -> None:
    assert retold(GOLD, 0) == "no"
    assert retold(GOLD, 2) == "no"
    assert retold(GOLD, 4) == "no"


def test_told_again_elsewhere_is_other() -> None:
    gold = [*GOLD[:3], _ev("condemned", "c1", "Abuja")]
    assert retold(gold, 3) == "other"


def _row(rule_right: bool, none_feats: list[str], prev_feats: list[str]) -> dict[str, Any]:
    return {"rule": None, "rule_right": rule_right, "real": False, "gold": None,
            "cands": [{"kind": "none", "feats": none_feats, "right": rule_right, "text": None},
                      {"kind": "prev_event", "feats": prev_feats, "right": not rule_right,
                       "text": "Kano"}]}


def test_the_pipeline_pick_replaces_the_rules_only_past_the_margin() -> None:
    row = _row(False, ["kind=none", "any|rule=True"], ["kind=prev_event", "any|rule=False"])
    w = {"kind=prev_event": 2.0}
    (over,) = as_picked([row], w, margin=1.0)
    assert over["rule"] == {"basis": "chooser:prev_event"} and over["rule_right"] is True
    assert "any|rule=True" in over["cands"][1]["feats"]
    assert "any|rule=False" in over["cands"][0]["feats"]
    (kept,) = as_picked([row], w, margin=2.5)
    assert kept is row
    (tie,) = as_picked([row], {}, margin=0.0)
    assert tie is row


def test_a_topic_clean_fold_drops_the_held_out_sets_stories() -> None:
    rows = [{"set": "rec_x", "topic": "ecb12"}, {"set": "rec_y", "topic": "ecb12"},
            {"set": "rec_y", "topic": "ecb3"}, {"set": "rec_y", "topic": None},
            {"set": "rec_x", "topic": None}]
    assert _train(rows, "rec_x", clean=False) == rows[1:4]
    assert _train(rows, "rec_x", clean=True) == rows[2:4]
