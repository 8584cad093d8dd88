"""The main job: ingest -> extract -> store, with a progress bar.

Crash safety comes from the store: each article and its events are saved in
one transaction, and an article whose content hash is already stored is
skipped. A run killed mid-way and started again therefore neither loses nor
duplicates anything; it just continues.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eventwire import __version__
from eventwire.app.workers import extract_parallel, extract_records, worker_count
from eventwire.ingest import iter_inputs
from eventwire.models import Article, Reject
from eventwire.nlp.pipeline import Pipeline
from eventwire.records import EventRecord
from eventwire.settings import Settings
from eventwire.store import open_store
from eventwire.store.protocol import Store


@dataclass
class JobReport:
    run_id: str
    store_url: str
    articles: int = 0
    skipped: int = 0  # already stored (same content hash)
    rejected: int = 0
    events: int = 0
    words: int = 0
    no_date: int = 0
    canonical: int | None = None  # canonical events after dedup (None: not run)
    multi_report: int = 0
    reject_codes: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        """0 ok, 1 partial (some inputs rejected)."""
        return 1 if self.rejected else 0


class _Progress:
    """A rich progress bar, or nothing (``settings.progress`` False)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self._progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(),
                                      MofNCompleteColumn(), TextColumn("{task.fields[info]}"),
                                      TimeElapsedColumn(), transient=False)
            self._progress.__enter__()
            self._task = self._progress.add_task("extracting", total=None, info="")
        return self

    def advance(self, info: str) -> None:
        if self._progress is not None:
            self._progress.update(self._task, advance=1, info=info)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(None, None, None)


def fresh_articles(items: Iterator[Article | Reject], store: Store, run_id: str,
                    report: JobReport) -> Iterator[Article]:
    """Pass on articles not yet stored; store rejects as they come."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Reject):
            store_reject(store, item, run_id, report)
            continue
        digest = item.content_hash
        if digest in seen or store.has_article(digest):
            report.skipped += 1
            continue
        seen.add(digest)
        if item.published is None:
            report.no_date += 1
        yield item


def run_job(inputs: Sequence[str | Path], settings: Settings, *,
            published: date | None = None, outlet: str | None = None,
            fmt: str | None = None, pipeline: Pipeline | None = None) -> JobReport:
    """Ingest ``inputs``, extract events and store them at ``settings.store_url``,
    on ``settings.n_process`` worker processes (0: every core) unless a
    ``pipeline`` is given (then in this process)."""
    import time

    started = time.perf_counter()
    store = open_store(settings.store_url)
    try:
        run_id = store.begin_run(settings={**settings.__dict__, "version": __version__},
                                 inputs=[str(p) for p in inputs])
        report = JobReport(run_id=run_id, store_url=settings.store_url)
        with recorded(store, report):
            _extract_into(store, report, inputs, settings, started, published=published,
                          outlet=outlet, fmt=fmt, pipeline=pipeline)
        return report
    finally:
        store.close()


@contextmanager
def recorded(store: Store, report: JobReport) -> Iterator[None]:
    """A run that fails or is interrupted is recorded as such, then the error
    is raised on: a run never stays 'running' for ever."""
    try:
        yield
    except BaseException as exc:
        status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
        try:
            store.finish_run(report.run_id, counts=_counts(report), status=status)
        except Exception as inner:  # the store itself is gone (disk, server): say so
            exc.add_note(f"the run could not be marked {status}: {inner}")
        raise


def _extract_into(store: Store, report: JobReport, inputs: Sequence[str | Path],
                  settings: Settings, started: float, *, published: date | None,
                  outlet: str | None, fmt: str | None, pipeline: Pipeline | None) -> None:
    run_id = report.run_id
    items = iter_inputs(inputs, published=published, outlet=outlet, fmt=fmt,
                        settings=settings)
    fresh = fresh_articles(items, store, run_id, report)
    workers = 1 if pipeline is not None else worker_count(settings.n_process)
    results = (extract_parallel(fresh, settings, workers) if workers > 1 else
               extract_records(pipeline or Pipeline(settings), fresh))
    with _Progress(settings.progress) as bar:
        for article, result in results:
            store_result(store, article, result, run_id, report)
            bar.advance(f"{report.events} events")
    finish_job(store, settings, report, started)


def finish_job(store: Store, settings: Settings, report: JobReport, started: float) -> None:
    """Attach the new articles to canonical events (``settings.dedup``; no
    rebuild) and record the run."""
    import time

    if settings.dedup:
        from eventwire.corpus.attach import attach_pending

        summary = attach_pending(store)  # new articles only: no rebuild
        report.canonical, report.multi_report = summary.canonical, summary.multi_report
    report.seconds = time.perf_counter() - started
    store.finish_run(report.run_id, counts=_counts(report),
                     status="partial" if report.rejected else "ok")


def store_reject(store: Store, reject: Reject, run_id: str, report: JobReport) -> None:
    store.save_reject(reject, run_id)
    report.rejected += 1
    report.reject_codes[reject.code] += 1


def store_result(store: Store, article: Article, result: list[EventRecord] | Reject,
                 run_id: str, report: JobReport) -> None:
    """Store one article with its records (one transaction), or its reject."""
    if isinstance(result, Reject):
        store_reject(store, result, run_id, report)
        return
    if store.load_articles([(article, result)], run_id):
        report.articles += 1
        report.events += len(result)
        report.words += article.word_count
    else:
        report.skipped += 1  # a concurrent run stored the same text first


def _counts(report: JobReport) -> dict[str, Any]:
    return {"articles": report.articles, "skipped": report.skipped,
            "rejected": report.rejected, "events": report.events, "words": report.words,
            "no_date": report.no_date, "canonical": report.canonical,
            "reject_codes": dict(report.reject_codes),
            "seconds": round(report.seconds, 3)}
