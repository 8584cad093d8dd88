"""Reviews become gold records (docs/annotation.md): validation of
corrections, the gold shape, and `eventwire export --reviewed`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from eventwire.app.cli import main
from eventwire.app.reviewed import check_review, gold_article, gold_event
from eventwire.errors import EventwireError
from eventwire.store import open_store

TEXT = "Iraqi militants attacked US forces in Baghdad on Sunday, the ministry said."


@pytest.mark.parametrize("verdict, field, value", [
    ("maybe", None, None), ("accept", "type", "AID"), ("correct", "colour", "red"),
    ("correct", "type", "PARTY"), ("correct", "modality", "certain"),
    ("correct", "actor", {"start": 0, "end": 500}),
    ("correct", "actor", {"start": 0, "end": 5, "text": "Other"}),
    ("correct", "actor", {"start": 0, "end": 5, "country": "Iraq"}),
    ("correct", "place", {"start": 38, "end": 45, "lat": 95.0, "lon": 0}),
    ("correct", "trigger", None), ("correct", "time", {"value": 2020}),
])
def test_bad_corrections_are_refused(verdict: str, field: str | None, value: object) -> None:
    with pytest.raises(EventwireError) as err:
        check_review(TEXT, verdict, field, value)
    assert err.value.code == "EW809"


def test_corrections_are_normalised_from_the_text() -> None:
    actor = check_review(TEXT, "correct", "actor", {"start": 0, "end": 15, "country": "IRQ",
                                                    "sector": "REB"})
    assert actor == {"start": 0, "end": 15, "text": "Iraqi militants", "country": "IRQ",
                     "sector": "REB"}
    assert check_review(TEXT, "correct", "recipient", None) is None
    assert check_review(TEXT, "reject", None, None) is None


@pytest.fixture()
def store_url(web_store: str, tmp_path: Path) -> str:
    path = tmp_path / "rev.db"
    shutil.copy(web_store.removeprefix("sqlite:///"), path)
    return f"sqlite:///{path}"


def test_gold_event_keeps_spans_true_to_the_text(store_url: str) -> None:
    with open_store(store_url) as store:
        text = store.article("iqna-2020-11-14-kh")["text"]
        events = store.article_events("iqna-2020-11-14-kh")
    for ev in events:
        gold = gold_event(ev, text)
        for key in ("trigger", "actor", "recipient", "place", "speaker", "condition"):
            span = gold[key]
            if span is not None:
                assert text[span["start"]:span["end"]] == span["text"]
        assert all(text[r["start"]:r["end"]] == r["text"] for r in gold["relays"])
        assert gold["cluster"] == (ev["canonical_id"] or ev["event_id"])


def test_export_reviewed_writes_only_fully_reviewed_articles(store_url: str,
                                                              tmp_path: Path) -> None:
    with open_store(store_url) as store:
        events = store.article_events("wikinews-1173")
        other = store.article_events("iqna-2020-11-14-kh")[0]
        first, second, *rest = events
        store.add_review(first["event_id"], "wikinews-1173", "correct", "ann", "type", "AID")
        store.add_review(second["event_id"], "wikinews-1173", "reject", "ann")
        for ev in rest:
            store.add_review(ev["event_id"], "wikinews-1173", "accept", "bob")
        store.add_review(other["event_id"], other["article_id"], "accept", "bob")  # partial
        before = store.event_record(first["event_id"])
        record = gold_article(store.article("wikinews-1173"), events,
                              store.article_reviews("wikinews-1173"))
    assert record is not None and len(record["events"]) == len(events) - 1
    out = tmp_path / "reviewed.jsonl"
    assert main(["export", "--reviewed", "-o", str(out), "--store", store_url]) == 0
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["wikinews-1173"]
    gold = lines[0]
    assert gold["reviewers"] == ["ann", "bob"] and gold["source"] == "review"
    assert gold["events"][0]["type"] == "AID"
    triggers = {e["trigger"]["start"] for e in gold["events"]}
    assert second["trigger"]["span"][0] not in triggers
    with open_store(store_url) as store:
        assert store.event_record(first["event_id"]) == before  # machine output unchanged


def test_gold_shape_is_that_of_the_hand_labelled_records(store_url: str) -> None:
    """Same keys as tests/data/records (the files `eval records` reads)."""
    labelled = json.loads((Path(__file__).parent / "data" / "records" / "rec_a.jsonl")
                          .read_text(encoding="utf-8").splitlines()[0])
    with open_store(store_url) as store:
        events = store.article_events("iqna-2020-11-14-kh")
        for ev in events:
            store.add_review(ev["event_id"], ev["article_id"], "accept", "ann")
        record = gold_article(store.article("iqna-2020-11-14-kh"), events,
                              store.article_reviews("iqna-2020-11-14-kh"))
    assert record is not None and set(labelled) <= set(record)
    gold_keys = {k for e in labelled["events"] for k in e}
    assert all(set(e) == gold_keys for e in record["events"])
    for name in ("actor", "recipient", "place", "trigger"):
        shape = next(set(e[name]) for e in labelled["events"] if e[name])
        assert all(set(e[name]) == shape for e in record["events"] if e[name]), name
