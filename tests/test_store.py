"""The store, on SQLite and on PostgreSQL (the same tests): migrations,
idempotency, filters, rejects, crash safety."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.models import (
    ActorMention,
    Article,
    Event,
    EventMention,
    Factuality,
    PlaceMention,
    Reject,
    Span,
    TimeValue,
    event_id_for,
)
from eventwire.store import open_store
from eventwire.store.base import migrations


def make_event(article: Article, start: int, kind: str = "ASSAULT", when: str | None = None,
               actor_country: str = "IRQ", modality: str = "asserted") -> Event:
    trig = Span(article.text[start:start + 5], start, start + 5)
    mention = EventMention(
        trigger=trig, type=kind, sentence=Span(article.text, 0, len(article.text)),
        actor=ActorMention(0, 4, article.text[:4], actor_id="a:x", name="Actor X",
                           country=actor_country, sectors=["MIL"], confidence=0.9),
        factuality=Factuality(modality=modality),
        time=TimeValue(value=when, granularity="day", anchor="explicit" if when else "unknown"),
        place=PlaceMention(0, 4, "Here", geonameid=98182, name="Baghdad", lat=33.3, lon=44.4,
                           country="IRQ", precision="city", confidence=0.9))
    return Event(event_id_for(article.id, trig), article.id, mention, outlet=article.outlet,
                 published=article.published)


def article(n: int, outlet: str = "Wire") -> Article:
    return Article(text=f"Troops attacked village number {n} on Monday, officials said.",
                   outlet=outlet, published=date(2020, 11, 14))


@pytest.fixture()
def store(store_url: str):  # type: ignore[no-untyped-def]
    with open_store(store_url) as s:
        yield s


def test_a_v1_store_is_upgraded_in_place(tmp_path: Path) -> None:
    """A store made before canonical events (schema v1) gains their tables
    and keeps its articles."""
    path = tmp_path / "old.db"
    store = open_store(f"sqlite:///{path}")
    article = Article(text="Rebels attacked the base on Monday.", id="a1",
                      published=date(2021, 3, 2))
    store.save_article(article, [], store.begin_run({}, []))
    store.close()
    con = sqlite3.connect(path)
    for _, script in migrations()[1:]:  # back to v1: undo every later migration
        for kind, name in re.findall(r"CREATE (TABLE|INDEX) (\w+)", script):
            con.execute(f"DROP {kind} IF EXISTS {name}")
    con.execute("DELETE FROM schema_version WHERE version >= 2")
    con.commit()
    con.close()
    with open_store(f"sqlite:///{path}") as store:
        assert store.article("a1") is not None
        assert store.canonical_events() == []
        assert max(r["version"] for r in store.rows("SELECT version FROM schema_version")) == (
            migrations()[-1][0])


def test_wal_and_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "ew.db"
    open_store(f"sqlite:///{path}").close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == (
        migrations()[-1][0])
    con.execute("INSERT INTO schema_version VALUES (99, 'x')")
    con.commit()
    with pytest.raises(EventwireError) as exc:
        open_store(f"sqlite:///{path}")
    assert exc.value.code == "EW302"


def test_save_is_idempotent_and_transactional(store) -> None:  # type: ignore[no-untyped-def]
    run = store.begin_run({"x": 1}, ["in"])
    art = article(1)
    events = [make_event(art, 0, when="2020-11-09"), make_event(art, 7, "THREATEN")]
    assert store.save_article(art, events, run) is True
    assert store.save_article(art, events, run) is False
    assert len(store.events()) == 2
    assert store.has_article(art.content_hash)
    assert store.article(art.id)["text"] == art.text


def test_same_id_different_text_is_kept(store) -> None:  # type: ignore[no-untyped-def]
    run = store.begin_run({}, [])
    a = Article(text="First text about troops attacking a town.", id="same")
    b = Article(text="Second text about protesters marching.", id="same")
    assert store.save_article(a, [make_event(a, 0)], run)
    assert store.save_article(b, [make_event(b, 0)], run)
    ids = {r["id"] for r in store.articles()}
    assert "same" in ids and len(ids) == 2
    other = next(i for i in ids if i != "same")
    assert json.loads(store.article(other)["meta"])["original_id"] == "same"
    assert {e["article_id"] for e in store.events()} == ids


def test_filters(store) -> None:  # type: ignore[no-untyped-def]
    run = store.begin_run({}, [])
    a1, a2 = article(1, "IQNA"), article(2, "Reuters")
    store.save_article(a1, [make_event(a1, 0, "THREATEN", "2020-11-12", "IRQ", "threatened")],
                       run)
    store.save_article(a2, [make_event(a2, 0, "ASSAULT", "2020-01", "USA")], run)
    assert [e["type"] for e in store.events(type="threaten")] == ["THREATEN"]
    assert [e["outlet"] for e in store.events(outlet="iqna")] == ["IQNA"]
    assert [e["type"] for e in store.events(country="usa")] == ["ASSAULT"]
    assert [e["type"] for e in store.events(modality="threatened")] == ["THREATEN"]
    # a month-precision date overlaps a day range inside it
    assert [e["type"] for e in store.events(date_from="2020-01-15", date_to="2020-01-20")] == [
        "ASSAULT"]
    assert [e["type"] for e in store.events(date_from="2020-11-01")] == ["THREATEN"]
    assert store.events(text="village number 2")[0]["outlet"] == "Reuters"
    assert store.events(actor="actor x") and store.events(actor="a:x")
    assert store.counts_by_type() == {"THREATEN": 1, "ASSAULT": 1}
    assert store.events(limit=1) and len(store.events(limit=1)) == 1


def test_new_only_and_confidence_filters(store) -> None:  # type: ignore[no-untyped-def]
    run = store.begin_run({}, [])
    a1, a2 = article(1), article(2)
    old = make_event(a1, 0, "ASSAULT", "2020-01-03")
    old.mention.time.background, old.mention.confidence = True, 0.9
    new = make_event(a2, 0, "THREATEN", "2020-11-12")
    new.mention.confidence = 0.5
    store.save_article(a1, [old], run)
    store.save_article(a2, [new], run)
    assert [e["type"] for e in store.events(new_only=True)] == ["THREATEN"]
    assert [e["type"] for e in store.events(min_confidence=0.8)] == ["ASSAULT"]
    assert store.counts_by_type(new_only=True) == {"THREATEN": 1}


def test_rejects_are_kept_once(store) -> None:  # type: ignore[no-untyped-def]
    run = store.begin_run({}, [])
    rej = Reject(source="x.jsonl:3", code="EW105", message="Malformed", excerpt="{bad")
    store.save_reject(rej, run)
    store.save_reject(rej, store.begin_run({}, []))
    rows = store.rejects()
    assert len(rows) == 1 and rows[0]["code"] == "EW105" and rows[0]["excerpt"] == "{bad"


def test_runs_recorded(store) -> None:  # type: ignore[no-untyped-def]
    run = store.begin_run({"batch_size": 8}, ["a.txt"])
    store.finish_run(run, {"articles": 3}, status="partial")
    (row,) = store.runs()
    assert row["status"] == "partial" and json.loads(row["counts"]) == {"articles": 3}
    settings = json.loads(row["settings"])
    assert settings["batch_size"] == 8 and settings["_process"]["pid"] == os.getpid()


def test_unknown_scheme() -> None:
    with pytest.raises(EventwireError) as exc:
        open_store("mysql://localhost/db")
    assert exc.value.code == "EW301"


WRITER = """
import sys, time
sys.path.insert(0, {root!r})
from tests.test_store import article, make_event
from eventwire.store import open_store
store = open_store({url!r})
run = store.begin_run({{}}, [])
for n in range({n}):
    a = article(n)
    if store.save_article(a, [make_event(a, 0), make_event(a, 7)], run):
        print(n, flush=True)
        time.sleep({pause})
"""


def test_killed_run_resumes_without_loss_or_duplicates(store_url: str) -> None:
    url = store_url
    root = str(Path(__file__).resolve().parents[1])
    proc = subprocess.Popen([sys.executable, "-c", WRITER.format(root=root, url=url, n=40,
                                                                 pause=0.05)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for _ in range(10):  # let it store some articles, then kill it hard
        proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with open_store(url) as store:
        partial = len(store.articles())
        assert 10 <= partial < 40
        assert len(store.events()) == 2 * partial  # no article without its events
    done = subprocess.run([sys.executable, "-c", WRITER.format(root=root, url=url, n=40,
                                                               pause=0)],
                          capture_output=True, text=True, check=True)
    assert len(done.stdout.split()) == 40 - partial  # only the missing ones were written
    with open_store(url) as store:
        assert len(store.articles()) == 40 and len(store.events()) == 80


def test_every_backend_is_a_store(store) -> None:  # type: ignore[no-untyped-def]
    from eventwire.store import Store

    assert isinstance(store, Store)


def records_of(art: Article, *starts: int) -> list[dict]:  # type: ignore[type-arg]
    return [make_event(art, s, when="2020-11-09").to_dict() for s in starts]


def test_bulk_load_skips_stored_texts_and_keeps_taken_ids(store) -> None:  # type: ignore[no-untyped-def]
    run = store.begin_run({}, [])
    batch = [(article(n), records_of(article(n), 0, 7)) for n in range(150)]
    assert store.load_articles(batch, run) == 150
    assert store.load_articles(batch + batch[:3], run) == 0  # a re-loaded shard: no-op
    other = Article(text="A different text about troops attacking a town.", id=batch[0][0].id)
    assert store.load_articles([(other, records_of(other, 0))], run) == 1
    assert len(store.articles()) == 151 and len(store.events()) == 301
    moved = store.events(text="different text")[0]
    assert moved["article_id"] == f"{other.id}-{other.content_hash[:8]}"
    assert moved["event_id"] == event_id_for(moved["article_id"], Span("A dif", 0, 5))
    assert store.rows("SELECT COUNT(*) AS n FROM actors")[0]["n"] == 1
    assert list(store.iter_events()) == store.events()  # streamed reads: the same records
    assert len(list(store.iter_article_texts())) == 151


def test_confidence_filter_is_exact(store) -> None:  # type: ignore[no-untyped-def]
    """0.9 stored is >= 0.9 on every backend (PostgreSQL REAL would round)."""
    a = article(1)
    ev = make_event(a, 0)
    ev.mention.confidence = 0.9
    store.save_article(a, [ev], store.begin_run({}, []))
    assert len(store.events(min_confidence=0.9)) == 1
    assert store.events()[0]["place"]["lat"] == 33.3
    assert store.rows("SELECT lat FROM events")[0]["lat"] == 33.3


def test_web_api_queries_run_on_every_backend(store) -> None:  # type: ignore[no-untyped-def]
    """The web API's queries (browse.py, reviews.py) are portable SQL too."""
    from eventwire.corpus.canonical import rebuild
    from eventwire.store.browse import EventFilters

    run = store.begin_run({}, [])
    for n in range(4):
        a = article(n)
        store.save_article(a, [make_event(a, 0, when=f"2020-11-0{n + 1}"),
                               make_event(a, 7, "THREATEN")], run)
    rebuild(store)
    everything = EventFilters()
    page, cursor = store.event_page(everything, "-published", limit=3)
    assert len(page) == 3 and cursor
    assert len(store.event_page(everything, "-published", cursor=cursor, limit=3)[0]) == 3
    assert store.facets(everything)["total"] == 8
    assert store.timeline(everything)[0]["period"] == "2020-11"
    assert store.place_counts(everything)[0]["count"] == 8
    assert store.actor_counts("actor")[0]["as_actor"] == 8
    first = store.events()[0]
    store.add_review(first["event_id"], first["article_id"], "accept", "me")
    assert [r["verdict"] for r in store.reviews_of([first["event_id"]])] == ["accept"]


def test_places_outside_geonames_range_are_stored(store) -> None:  # type: ignore[no-untyped-def]
    """Airports (-(2**32 + crc32)) and curated regions (< -2**33) have ids that
    do not fit 32 bits: every backend stores them (PostgreSQL once failed with
    'integer out of range' on the first article placed at an airport)."""
    run = store.begin_run({}, ["in"])
    arts = [article(1), article(2)]
    for art, place_id in zip(arts, (-(2**32 + 123_456), -(2**33 + 7)), strict=True):
        ev = make_event(art, 0)
        assert ev.mention.place is not None
        ev.mention.place.geonameid = place_id
        assert store.save_article(art, [ev], run) is True
    assert sorted(e["place"]["geonameid"] for e in store.events()) == [-(2**33 + 7),
                                                                       -(2**32 + 123_456)]


def test_switching_to_wal_waits_for_a_process_switching_it_now(tmp_path: Path) -> None:
    """SQLite may answer "database is locked" to the WAL switch of a new file
    while another process switches it, without waiting: the store retries up
    to its lock timeout instead of failing with EW315."""
    import threading

    from eventwire.store.sqlite import _use_wal

    path = tmp_path / "new.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    threading.Timer(0.4, lambda: holder.execute("ROLLBACK")).start()
    impatient = sqlite3.connect(path, timeout=0.01)  # its busy handler gives up at once
    _use_wal(impatient, patience=10)
    assert impatient.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other = tmp_path / "held.db"  # held for longer than the patience: it does give up
    keeper = sqlite3.connect(other, isolation_level=None)
    keeper.execute("CREATE TABLE t (x)")
    keeper.execute("BEGIN EXCLUSIVE")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _use_wal(sqlite3.connect(other, timeout=0.01), patience=0.2)
    keeper.execute("ROLLBACK")

