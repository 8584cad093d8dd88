"""Canonical events from stored reports: two outlets, one attack; the
budget vote in another country stays its own event."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.app.cli import main
from eventwire.app.jobs import run_job
from eventwire.corpus.canonical import build, mention_of, rebuild
from eventwire.settings import Settings
from eventwire.store import open_store

ARTICLES = Path(__file__).parent / "data" / "dedup_articles.jsonl"


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('canonical') / 'c.db'}"
    report = run_job([ARTICLES], Settings(store_url=url, progress=False))
    assert report.canonical is not None and report.canonical > 0
    return url


def test_two_outlets_one_attack_with_their_disagreement(store_url: str) -> None:
    with open_store(store_url) as store:
        assaults = store.canonical_events(type="ASSAULT", min_reports=2)
    assert assaults, "the attack reported by Reuters and Al Jazeera is not one event"
    attack = assaults[0]
    assert set(attack["outlets"]) == {"Reuters", "Al Jazeera"}
    assert attack["date"]["value"] == "2021-03-02"  # "on Tuesday", not the publication day
    assert "modality" in attack["disagreements"]  # one asserts, one "reportedly"


def test_other_events_stay_apart(store_url: str) -> None:
    with open_store(store_url) as store:
        every = store.canonical_events()
        for c in every:
            articles = set(c["articles"])
            assert not ("bbc-1" in articles and len(articles) > 1), c
        n_events = len(store.events())
    assert sum(len(c["mentions"]) for c in every) == n_events  # every report in one event


def test_rebuild_is_stable(store_url: str) -> None:
    with open_store(store_url) as store:
        before = {c["canonical_id"] for c in store.canonical_events()}
        rebuild(store)
        after = {c["canonical_id"] for c in store.canonical_events()}
        event_id = store.events()[0]["event_id"]
        assert store.canonical_of(event_id) in after
    assert before == after


def test_cli_dedup_and_canonical(store_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dedup", "--store", store_url, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["multi_report"] >= 1
    assert main(["canonical", "--store", store_url, "--min-reports", "2", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all(len(r["mentions"]) >= 2 for r in rows) and rows
    assert main(["canonical", "--store", store_url, "--disagreements"]) == 0
    assert "modality" in capsys.readouterr().out


def test_publication_dates_do_not_count_as_text_dates() -> None:
    ev = {"event_id": "e1", "article_id": "a", "type": "ASSAULT",
          "time": {"value": "2021-03-03", "anchor": "publication"},
          "trigger": {"text": "hit"}, "place": {"geonameid": 1, "precision": "country"}}
    m = mention_of(ev)
    assert m.date_range is None and m.day is None and m.place is None
    c = build([ev])
    assert c.date is None and c.disagreements == {}


def test_canonical_record_type_lists_the_dataclass_fields_in_order() -> None:
    """``CanonicalEvent.to_dict()`` is typed as ``CanonicalRecord``: the two
    field lists must not drift apart (the store and exports read the dict)."""
    from dataclasses import fields

    from eventwire.corpus.canonical import CanonicalEvent
    from eventwire.records import CanonicalRecord

    assert [f.name for f in fields(CanonicalEvent)] == list(CanonicalRecord.__annotations__)
