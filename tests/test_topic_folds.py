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
