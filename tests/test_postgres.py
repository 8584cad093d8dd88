"""PostgreSQL-only behaviour: COPY bulk loads, readers while a run writes.
(The common store tests run on PostgreSQL too: tests/test_store.py.)"""

from __future__ import annotations

import threading

import pytest

from eventwire.store import open_store
from eventwire.store.postgres import COPY_MIN_ROWS, PostgresStore
from tests.pgserver import fresh_database
from tests.test_store import article, make_event


@pytest.fixture()
def pg_url(pg_admin_url: str) -> str:
    return fresh_database(pg_admin_url)


def test_postgresql_urls_open_the_postgres_store(pg_url: str) -> None:
    with open_store(pg_url) as store:
        assert isinstance(store, PostgresStore)
        kinds = {r["column_name"]: r["data_type"] for r in store.rows(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'events'")}
    assert kinds["confidence"] == "double precision" and kinds["detail"] == "text"


def test_bulk_load_goes_through_copy(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import psycopg

    statements: list[str] = []
    real_copy = psycopg.Cursor.copy

    def spy(cur, statement, *args, **kwargs):  # type: ignore[no-untyped-def]
        statements.append(str(statement))
        return real_copy(cur, statement, *args, **kwargs)

    monkeypatch.setattr(psycopg.Cursor, "copy", spy)
    with open_store(pg_url) as store:
        run = store.begin_run({}, [])
        items = [(a, [make_event(a, 0).to_dict()]) for a in map(article, range(COPY_MIN_ROWS))]
        assert store.load_articles(items, run) == COPY_MIN_ROWS
        assert store.load_articles(items, run) == 0
        assert len(store.events()) == COPY_MIN_ROWS
    assert any("COPY load_events" in s for s in statements)
    assert any("COPY load_articles" in s for s in statements)


def test_readers_see_committed_articles_while_a_run_writes(pg_url: str) -> None:
    """A reader is never blocked by a writer's open transaction and sees only
    whole articles."""
    with open_store(pg_url) as writer, open_store(pg_url) as reader:
        run = writer.begin_run({}, [])
        writer.save_article(article(0), [make_event(article(0), 0)], run)
        inside, go_on = threading.Event(), threading.Event()

        def write() -> None:
            with writer.transaction():
                writer.execute("INSERT INTO runs (id, started, version, settings, inputs, "
                               "status) VALUES ('r-x', 'now', 'v', '{}', '[]', 'running')")
                inside.set()
                go_on.wait(10)

        thread = threading.Thread(target=write)
        thread.start()
        assert inside.wait(10)
        assert len(reader.articles()) == 1 and len(reader.events()) == 1  # not blocked
        assert not reader.rows("SELECT id FROM runs WHERE id = 'r-x'")  # not yet committed
        go_on.set()
        thread.join(10)
        assert reader.rows("SELECT id FROM runs WHERE id = 'r-x'")
