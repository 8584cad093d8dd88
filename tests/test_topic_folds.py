"""Topic-clean folds (tools/topic_folds.py): a held-out set's ECB+ topics
are never trained on; own texts always are."""

from __future__ import annotations

from typing import Any

from tools.topic_folds import article_topics, ecb_topic, training_rows


def test_ecb_topic_reads_only_ecb_sources() -> None:
    assert ecb_topic("ecbplus:16_5ecbplus") == "ecb16"
    assert ecb_topic("ecbplus:3_1ecb") == "ecb3"
    assert ecb_topic("geovirus:123") is None
    assert ecb_topic("own") is None and ecb_topic(None) is None


def test_a_clean_fold_drops_the_held_out_sets_topics_only() -> None:
    rows: list[dict[str, Any]] = [{"set": "a", "topic": "ecb1"}, {"set": "a", "topic": None},
            {"set": "b", "topic": "ecb1"}, {"set": "b", "topic": "ecb2"},
            {"set": "b", "topic": None}, {"set": "c", "topic": None}]
    assert training_rows(rows, "a", clean=False) == rows[2:]
    assert training_rows(rows, "a", clean=True) == rows[3:]
    assert training_rows(rows, "c", clean=True) == rows[:5]


def test_article_topics_cover_a_record_set() -> None:
    topics = article_topics(["rec_a"])
    assert topics and all(t is None or t.startswith("ecb") for t in topics.values())


def test_one_named_list_of_the_development_sets() -> None:
    """refactor30: the kfold, dump and scoring tools read one list, rec_ap included."""
    from tools import kfold_event_filter, kfold_modes, kfold_types, records_by_origin
    from tools.topic_folds import SET_LETTERS, SETS

    assert SETS[0] == "rec_a" and SETS[-1] == "rec_ap" and len(set(SETS)) == len(SETS) == 42
    assert SET_LETTERS == ",".join([*"abcdefghijklmnopqrstuvwxyz",
                                    "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj",
                                    "ak", "al", "am", "an", "ao", "ap"])
    assert kfold_modes.SETS is kfold_types.SETS is records_by_origin.SETS is SETS
    assert kfold_event_filter.SETS == SET_LETTERS


def test_origin_and_base_row() -> None:
    from tools.topic_folds import base_row, is_real

    assert is_real({"source": "geovirus:77"}) and is_real({"source": "meantime:x"})
    assert not is_real({"source": "own:harbour-strike"}) and not is_real({})
    assert base_row({"id": 7, "_set": "rec_b", "source": "ecbplus:4_2ecb"}) == {
        "article": "7", "set": "rec_b", "real": True}


class _Pipe:
    def __init__(self, result: Any) -> None:
        self.result = result

    def extract(self, articles: list[Any]) -> list[tuple[Any, Any, Any]]:
        return [(a, object(), self.result) for a in articles]


def test_matched_events_stops_on_a_rejected_article() -> None:
    import pytest

    from tools.topic_folds import matched_events

    record = {"id": "x1", "text": "Dockers walked out on Monday.", "published": "2021-05-04",
              "events": [], "_set": "rec_x"}
    assert list(matched_events(_Pipe([]), [record])) == []
    with pytest.raises(SystemExit, match="x1"):
        list(matched_events(_Pipe("too short"), [record]))


def test_write_shipped_prunes_small_weights(tmp_path: Any) -> None:
    import json
    from types import SimpleNamespace

    from tools.topic_folds import write_shipped

    model: Any = SimpleNamespace(margin=0.0, weights={"lemma=storm": 0.5, "dep=obj": 0.004})
    model.to_json = lambda: {"weights": model.weights, "margin": model.margin}
    out = tmp_path / "ranker.json"
    write_shipped(model, out, 0.3, 1.0, ("rec_x", "rec_y"))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == {"trained_on": ["rec_x", "rec_y"], "c": 0.3, "margin": 1.0,
                    "weights": {"lemma=storm": 0.5}}


def test_sets_from_flag_reads_keys_and_letters() -> None:
    """A --sets flag names sets by comma-joined keys (two-letter sets from
    rec_aa on) or, with no comma, by one letter each."""
    from tools.topic_folds import SET_LETTERS, SETS, sets_from_flag

    assert sets_from_flag("a,b,aa") == ("rec_a", "rec_b", "rec_aa")
    assert sets_from_flag("abx") == ("rec_a", "rec_b", "rec_x")
    assert sets_from_flag("y") == ("rec_y",)
    assert sets_from_flag(SET_LETTERS) == SETS
