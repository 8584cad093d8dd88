"""tools/date_undated_census.py: the classes of the undated-event census
(branch dates19). Sentences and dates are written for these tests."""

from __future__ import annotations

from tools.date_undated_census import gold_relation, previous_day, table, tense

PUB = "2021-06-09"


def test_gold_relation_to_publication() -> None:
    assert gold_relation(None, PUB) == "none"
    assert gold_relation("2021-06-09", PUB) == "pub"
    assert gold_relation("2021-06-08", PUB) == "pub-1"
    assert gold_relation("2021-06-04", PUB) == "week"
    assert gold_relation("2021-06", PUB) == "month"
    assert gold_relation("2019", PUB) == "other"


def test_tense_classes() -> None:
    assert tense("the miners have ", "blocked") == "present perfect"
    assert tense("two reporters have been ", "detained") == "present perfect"
    assert tense("the army had ", "shelled") == "past perfect"
    assert tense("the union would ", "strike") == "modal/infinitive"
    assert tense("farmers ", "burned") == "past simple"
    assert tense("gunmen ", "shot") == "past simple"
    assert tense("riot police ", "firing") == "-ing"
    assert tense("the ", "blockade") == "noun/other"


def test_previous_day_skips_publication_and_later_events() -> None:
    pred = {"published": PUB, "events": [
        {"trigger": {"start": 5}, "time": {"value": "2021-06-07"}},
        {"trigger": {"start": 40}, "time": {"value": PUB}},
        {"trigger": {"start": 90}, "time": {"value": "2021-06-06"}},
    ]}
    assert previous_day(pred, 30) == "2021-06-07"
    assert previous_day(pred, 60) is None  # the nearest earlier date is publication
    assert previous_day(pred, 3) is None


def test_table_counts_by_origin_and_class() -> None:
    rows = [{"origin": "real", "tense": "past simple", "gold": "pub-1"},
            {"origin": "real", "tense": "past simple", "gold": "none"},
            {"origin": "own", "tense": "past simple", "gold": "none"}]
    out = table(rows, "tense").splitlines()
    assert "| own | past simple | 1 | 0 | 0 | 0 | 0 | 0 |" in out
    assert "| real | past simple | 1 | 0 | 1 | 0 | 0 | 0 |" in out


def _dated(start: int, value: str, type_: str = "ASSAULT") -> dict[str, object]:
    return {"trigger": {"start": start}, "type": type_,
            "time": {"value": value, "granularity": "day", "anchor": "explicit"}}


def test_predicted_story_day() -> None:
    """The one recent day most text-dated events fall on (dates32)."""
    from tools.date_undated_census import predicted_story_day

    story = {"published": PUB, "events": [_dated(5, "2021-06-07"), _dated(40, "2021-06-07"),
                                          _dated(90, "2021-06-05")]}
    assert predicted_story_day(story) == "2021-06-07"
    split = {"published": PUB, "events": [_dated(5, "2021-06-07"), _dated(40, "2021-06-05")]}
    assert predicted_story_day(split) is None
    old = {"published": PUB, "events": [_dated(5, "2021-05-20"), _dated(40, "2021-05-20")]}
    assert predicted_story_day(old) is None  # more than a week before publication
    said = {"published": PUB, "events": [_dated(5, "2021-06-07", "DISAPPROVE")]}
    assert predicted_story_day(said) is None  # no material act or meeting on it
