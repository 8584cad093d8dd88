"""Incremental dedup: new articles attach to existing canonical events; a
rebuild gives the same clusters and ids; a recollection joins its original."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.app.jobs import run_job
from eventwire.corpus.attach import View, add_name_keys, attach_pending, rebuild
from eventwire.corpus.dedup import Mention
from eventwire.settings import Settings
from eventwire.store import open_store

DATA = Path(__file__).parent / "data"
RECALL = [
    {"id": "jan-reuters", "outlet": "Reuters", "published": "2020-01-04",
     "text": "A US drone strike killed Iranian general Qassem Soleimani at Baghdad airport on "
             "Friday, the Pentagon said. Iran vowed harsh revenge for the attack."},
    {"id": "jan-aj", "outlet": "Al Jazeera", "published": "2020-01-03",
     "text": "The United States killed Qassem Soleimani, the commander of Iran's Quds Force, in "
             "an air strike at Baghdad airport early on Friday, Iraqi officials said."},
    {"id": "nov-iqna", "outlet": "IQNA", "published": "2020-11-14",
     "text": "Kataib Hezbollah said on Thursday it would attack US forces if they stayed in "
             "Iraq. The group recalled Washington's January 3 assassination of Qassem "
             "Soleimani. On Tuesday, rockets struck the US embassy in Baghdad."},
]


def _write(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _clusters(url: str) -> dict[str, str]:
    with open_store(url) as store:
        rows = store.rows("SELECT event_id, canonical_id FROM canonical_mentions")
    return {r["event_id"]: r["canonical_id"] for r in rows}


def _trigger_cluster(url: str, article_id: str, trigger: str) -> str:
    with open_store(url) as store:
        ev = next(e for e in store.events(article_id=article_id)
                  if e["trigger"]["text"] == trigger)
        found = store.canonical_of(ev["event_id"])
    assert found is not None
    return found


def test_recollection_joins_its_original_not_the_november_events(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    settings = Settings(store_url=url, progress=False)
    run_job([_write(tmp_path / "jan.jsonl", RECALL[:2])], settings)
    january = _trigger_cluster(url, "jan-reuters", "killed")
    assert _trigger_cluster(url, "jan-aj", "killed") == january
    run_job([_write(tmp_path / "nov.jsonl", RECALL[2:])], settings)  # incremental
    assert _trigger_cluster(url, "nov-iqna", "assassination") == january
    assert _trigger_cluster(url, "nov-iqna", "struck") != january
    assert _trigger_cluster(url, "jan-reuters", "killed") == january  # id kept


def test_incremental_equals_rebuild_and_ids_are_stable(tmp_path: Path) -> None:
    records = [json.loads(x) for x in (DATA / "dedup_articles.jsonl").open()] + RECALL
    url = f"sqlite:///{tmp_path / 'i.db'}"
    settings = Settings(store_url=url, progress=False)
    for i, rec in enumerate(records):  # one article per run: attach each time
        run_job([_write(tmp_path / f"a{i}.jsonl", [rec])], settings)
    incremental = _clusters(url)
    with open_store(url) as store:
        before = store.canonical_events()
        report = rebuild(store)
        after = store.canonical_events()
        assert attach_pending(store).events == 0  # nothing left to attach
    assert report.events == len(incremental)
    assert _clusters(url) == incremental
    assert sorted(json.dumps(c, sort_keys=True) for c in before) == \
        sorted(json.dumps(c, sort_keys=True) for c in after)


def test_lexical_fallback_runs_without_vectors(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'l.db'}"
    run_job([_write(tmp_path / "jan.jsonl", RECALL)], Settings(store_url=url, dedup=False,
                                                               progress=False))
    with open_store(url) as store:
        report = rebuild(store, "stored_lexical")
        assert report.events == len(store.events()) and report.canonical > 0
        vectors = store.rows("SELECT COUNT(*) AS n FROM event_vectors")[0]["n"]
    assert vectors == 0  # the lexical model needs no embeddings


def test_name_keys_join_the_block_keys_of_every_event_of_the_article() -> None:
    text = ("Protesters marched in Minsk on Sunday. Police in Minsk detained Tikhanovskaya "
            "supporters; Lukashenko said Minsk would stay calm. Tikhanovskaya left in August.")
    views = [View(f"e{i}", "art", Mention(f"e{i}", "art", "PROTEST", lemma=w), None,
                  (f"w:{w}",), None) for i, w in enumerate(("march", "detain"))]
    add_name_keys(views, text)
    # Minsk 3 times, then the ties in alphabetical order; no day or month name
    assert views[0].keys == ("w:march", "n:minsk", "n:lukashenko", "n:tikhanovskaya")
    assert views[1].keys[-3:] == views[0].keys[-3:]
