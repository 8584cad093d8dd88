"""tools/date_ranker_census.py: the classes of the date ranker's errors (branch dates12).
Rows and models are toys written for these tests."""

from __future__ import annotations

from typing import Any

from tools.date_ranker_census import census, error_class

PUB = "2021-06-01"


def _row(features: dict[str, float], right: tuple[str, ...], real: bool = False
         ) -> dict[str, Any]:
    cands: dict[str, Any] = {
        "current": [None, "unknown"], "sentence": None, "clause": None,
        "timeline": ["2021-05-30", "day"], "lead": None, "headline": None, "dateline": None,
        "publication": [PUB, "day"], "pub_prev": ["2021-05-31", "day"], "coarse": None,
        "unknown": [None, "unknown"]}
    return {"set": "rec_x", "doc": "rec_x-01", "gi": 0, "real": real, "features": features,
            "cands": cands, "right": {k: k in right for k in cands}}


def test_undated_material_act_after_the_time_line_is_a_continuation() -> None:
    row = _row({"act=material": 1.0, "sent_date=none": 1.0}, ("timeline",))
    gold = {"value": "2021-05-30", "granularity": "day"}
    assert error_class(row, (None, "unknown"), gold) == "narrative continuation"


def test_speech_act_left_undated_and_dates_given_to_undated_acts() -> None:
    speech = _row({"act=verbal": 1.0, "sent_date=none": 1.0}, ("timeline",))
    gold = {"value": "2021-05-30", "granularity": "day"}
    assert error_class(speech, (None, "unknown"), gold) == "statement left undated"
    undated = _row({"act=material": 1.0}, ("current", "unknown"))
    assert error_class(undated, ("2021-05-30", "day"), {"value": None}) == \
        "undated act dated (time line)"
    assert error_class(undated, (PUB, "day"), {"value": None}) == \
        "undated act dated (publication)"


def test_wrong_granularity_against_wrong_value() -> None:
    row = _row({}, ())
    assert error_class(row, ("2021-05", "month"), {"value": "2021-05-30"}) == \
        "wrong granularity"
    assert error_class(row, ("2021-05-31", "day"), {"value": "2021-05-30"}) == "wrong value"


def test_census_counts_the_ranker_pick_not_the_rules() -> None:
    rows = [_row({"act=material": 1.0, "sent_date=none": 1.0}, ("timeline",), real=True),
            _row({}, ("current", "unknown"))]
    gold: dict[tuple[str, int], tuple[dict[str, Any], str]] = {
        ("rec_x-01", 0): ({"value": "2021-05-30", "granularity": "day"}, "s")}
    model = {"weights": {"src=timeline": 3.0}, "margin": 1.0, "bias": 0.0, "cross": None}
    table, _ = census(rows[:1], gold, model)
    assert table["real"]["errors"]["n"] == 0 and table["real"]["rules right"]["n"] == 0
    gold = {("rec_x-01", 0): ({"value": None}, "s")}
    table, shown = census(rows[1:], gold, model)
    assert table["own"]["undated act dated (time line)"]["n"] == 1
    assert len(shown["undated act dated (time line)"]) == 1
