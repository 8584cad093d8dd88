"""The Ray Data runner: ``eventwire run --engine ray [--address ray://…]``.

Dataflow (one Ray Dataset, streamed):

1. the input files (JSONL, Parquet, WARC, … — directories walked as by the
   local runner) are read in Ray tasks (``flat_map``) with the same readers
   and checks as the local runner, one row per article or reject;
2. ``map_batches`` with :class:`Extractor`, a callable class: each actor loads
   the spaCy pipeline once and turns a batch of articles into event records
   (``Event.to_dict()``); articles already stored (same text) are skipped
   before parsing, so a restarted run does only what is missing;
3. the driver takes the output blocks as they finish, writes each one as a
   Parquet shard (``<shards>/<run_id>/part-NNNNN.parquet``) and loads it into
   the store in one transaction (PostgreSQL: COPY).

Crash safety: a shard is loaded whole or not at all, and loading skips
stored texts, so a run killed at any point (``kill -9``) and started again
loses and duplicates nothing. Without ``--address`` a local Ray is started on
loopback only (no dashboard, no usage reporting) with ``workers + 1`` logical
CPUs (at least 2): one slot per extractor actor and one for the light reading
and re-blocking tasks, which would otherwise wait forever for a slot the
actors hold (Ray Data stalls; measured with 2 actors on 2 slots).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from eventwire import __version__
from eventwire.app.jobs import JobReport, finish_job, recorded, store_reject
from eventwire.app.workers import extract_records
from eventwire.errors import Errors, EventwireError
from eventwire.ingest import empty_inputs, input_files, iter_inputs
from eventwire.nlp.pipeline import Pipeline
from eventwire.scale.records import (
    ARTICLE,
    REJECT,
    SKIPPED,
    article_of,
    reject_of,
    reject_payload,
    row_of,
)
from eventwire.settings import Settings
from eventwire.store import open_store
from eventwire.store.protocol import Store

LOCAL_CPUS = 2


def _ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise EventwireError(Errors.E711) from exc
    return ray


def start_ray(address: str | None = None, cpus: int = LOCAL_CPUS) -> bool:
    """Connect to ``address``, or start a local Ray on loopback. False when
    Ray was already running in this process (the caller keeps it)."""
    ray = _ray()
    if ray.is_initialized():
        return False
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        if address:
            ray.init(address=address, log_to_driver=False, configure_logging=False)
        else:
            ray.init(address="local", num_cpus=cpus, include_dashboard=False,
                     _node_ip_address="127.0.0.1", log_to_driver=False,
                     configure_logging=False)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise EventwireError(Errors.E712, address=address or "local", detail=str(exc)) from exc
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True  # same storage order as the local runner
    ctx.enable_progress_bars = False
    return True


def read_file(row: dict[str, Any], published: str | None, outlet: str | None,
              fmt: str | None, settings: Settings) -> list[dict[str, Any]]:
    """Every article or reject of one input file, as rows (a Ray task)."""
    day = date.fromisoformat(published) if published else None
    return [row_of(item) for item in iter_inputs([row["path"]], published=day, outlet=outlet,
                                                 fmt=fmt, settings=settings)]


class Extractor:
    """A Ray actor: the pipeline is loaded once, then batch after batch."""

    def __init__(self, settings: Settings, store_url: str | None) -> None:
        self.pipe = Pipeline(settings)
        self.store_url = store_url
        self._store: Store | None = None

    def _stored(self, hashes: list[str]) -> set[str]:
        """Already stored texts (skipped before parsing); without a store
        reachable from the workers, nothing is skipped here and loading
        still skips them."""
        if self.store_url is None:
            return set()
        if self._store is None:
            self._store = open_store(self.store_url, readonly=True)  # it only reads
        return self._store.known_hashes(hashes)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        kinds, payloads = [str(k) for k in batch["kind"]], [str(p) for p in batch["payload"]]
        out = {"kind": list(kinds), "payload": list(payloads), "events": ["[]"] * len(kinds)}
        todo = {i: article_of(p) for i, (k, p) in enumerate(zip(kinds, payloads, strict=True))
                if k == ARTICLE}
        stored = self._stored([a.content_hash for a in todo.values()])
        for i, article in list(todo.items()):
            if article.content_hash in stored:
                out["kind"][i] = SKIPPED
                del todo[i]
        results = extract_records(self.pipe, todo.values())
        for i, (_article, result) in zip(todo, results, strict=True):
            if isinstance(result, list):
                out["events"][i] = json.dumps(result, ensure_ascii=False)
            else:
                out["kind"][i], out["payload"][i] = REJECT, reject_payload(result)
        return out


def load_shard(store: Store, rows: list[dict[str, Any]], run_id: str,
               report: JobReport) -> None:
    """Store one shard: its articles in one transaction, then its rejects."""
    articles = [(article_of(r["payload"]), json.loads(r["events"])) for r in rows
                if r["kind"] == ARTICLE]
    known = store.known_hashes([a.content_hash for a, _ in articles])
    fresh = {a.content_hash: (a, e) for a, e in articles if a.content_hash not in known}
    stored = store.load_articles(articles, run_id)
    report.articles += stored
    report.skipped += len(articles) - stored + sum(r["kind"] == SKIPPED for r in rows)
    report.events += sum(len(e) for _, e in fresh.values())
    report.words += sum(a.word_count for a, _ in fresh.values())
    for r in rows:
        if r["kind"] == REJECT:
            store_reject(store, reject_of(r["payload"]), run_id, report)


def build_dataset(files: list[Path], settings: Settings, workers: int, *,
                  published: date | None, outlet: str | None, fmt: str | None,
                  address: str | None = None) -> Any:
    ray = _ray()
    # Workers on other machines cannot see a SQLite file on this one.
    shared = address is None or not settings.store_url.startswith("sqlite:")
    ds = ray.data.from_items([{"path": str(f)} for f in files])
    # Reading holds no CPU slot: with every slot taken by an extractor, a
    # reading task that waits for one would stall the stream.
    ds = ds.flat_map(read_file, num_cpus=0, fn_kwargs={
        "published": published.isoformat() if published else None, "outlet": outlet,
        "fmt": fmt, "settings": settings})
    # One block per batch, so the batches of one big file spread over the actors.
    ds = ds.repartition(target_num_rows_per_block=max(1, settings.batch_size))
    return ds.map_batches(Extractor, fn_constructor_kwargs={
                              "settings": settings,
                              "store_url": settings.store_url if shared else None},
                          batch_size=max(1, settings.batch_size), batch_format="numpy",
                          compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1)


def run_ray(inputs: Sequence[str | Path], settings: Settings, *, address: str | None = None,
            workers: int = LOCAL_CPUS, shards: Path | None = None,
            published: date | None = None, outlet: str | None = None,
            fmt: str | None = None) -> JobReport:
    """Extract ``inputs`` on Ray and store the records at ``settings.store_url``."""
    import pyarrow.parquet as pq

    started = time.perf_counter()
    owned = start_ray(address, cpus=max(LOCAL_CPUS, workers + 1))
    store = open_store(settings.store_url)
    try:
        run_id = store.begin_run(settings={**settings.__dict__, "version": __version__,
                                           "engine": "ray", "address": address,
                                           "workers": workers},
                                 inputs=[str(p) for p in inputs])
        report = JobReport(run_id=run_id, store_url=settings.store_url)
        out = (shards or Path(settings.export_dir) / "shards") / run_id
        out.mkdir(parents=True, exist_ok=True)
        with recorded(store, report):
            for reject in empty_inputs(inputs):  # as the local runner does (EW115)
                store_reject(store, reject, run_id, report)
            files = list(input_files(inputs))
            if not files:
                finish_job(store, settings, report, started)
                return report
            ds = build_dataset(files, settings, workers,
                               published=published, outlet=outlet, fmt=fmt,
                               address=address)
            try:
                for n, block in enumerate(ds.iter_batches(batch_size=None,
                                                          batch_format="pyarrow")):
                    pq.write_table(block, out / f"part-{n:05d}.parquet")
                    load_shard(store, block.to_pylist(), run_id, report)
            except Exception as exc:  # Ray wraps worker failures in its own types
                if isinstance(exc, EventwireError):
                    raise
                raise EventwireError(Errors.E713,
                                     detail=f"{type(exc).__name__}: {exc}") from exc
            finish_job(store, settings, report, started)
        return report
    finally:
        store.close()
        if owned:
            _ray().shutdown()
