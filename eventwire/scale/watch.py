"""``eventwire watch``: poll feeds and folders, extract only what is new.

Sources are RSS/Atom URLs (``http(s)://``), local feed or article files, and
directories (every file in them, walked as by ``eventwire run``). Every
``interval`` seconds a poll:

* fetches each URL (a failing or unparsable feed becomes a reject — EW714 or
  EW113 — is counted and logged, and is retried at the next poll);
* reads files that are new or changed since the previous poll;
* keeps only new items: an entry whose text (content hash) is stored is
  skipped, so an unchanged feed costs one fetch and no parsing; a URL whose
  text changed is a new version, stored beside the old one
  (``<id>-<hash8>``);
* extracts and stores them (one transaction per article; bad articles are
  rejects, the poll goes on), and, when something new was stored, attaches
  the new articles to the canonical events (incremental, as ``eventwire
  run`` does; no rebuild).

Each poll is a run in the store (``runs`` table) with its counts.
"""

from __future__ import annotations

import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from eventwire.app.jobs import (
    JobReport,
    finish_job,
    fresh_articles,
    recorded,
    store_result,
)
from eventwire.app.workers import extract_records
from eventwire.errors import Errors, EventwireError
from eventwire.ingest import checked, input_files, read_path
from eventwire.ingest.readers import feed_items
from eventwire.models import Article, Reject
from eventwire.nlp.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.store import open_store

log = logging.getLogger(__name__)

USER_AGENT = "eventwire-watch (+https://github.com/eventwire)"


def read_sources_file(path: Path) -> list[str]:
    """One source per line; blank lines and ``#`` comments ignored."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
    return [line for line in lines if line]


class Watcher:
    def __init__(self, sources: Sequence[str], settings: Settings,
                 pipeline: Pipeline | None = None, timeout: float = 20.0) -> None:
        self.sources = list(sources)
        self.settings = settings
        self.pipe = pipeline or Pipeline(settings)
        self.timeout = timeout
        self._files: dict[str, tuple[int, int]] = {}  # path -> (mtime_ns, size) read

    def _fetch(self, url: str) -> Iterator[Article | Reject]:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = response.read()
        except (urllib.error.URLError, OSError, ValueError) as exc:
            log.warning("feed %s failed: %s", url, exc)
            error = EventwireError(Errors.E714, source=url, detail=str(exc))
            yield Reject(source=url, code=error.code, message=error.message)
            return
        yield from checked(feed_items(data, url), self.settings)

    def _changed_files(self, source: str) -> Iterator[Path]:
        for path in input_files([source]):
            try:
                stat = path.stat()
            except OSError:
                yield path  # read_path turns it into a reject
                continue
            key = (stat.st_mtime_ns, stat.st_size)
            if self._files.get(str(path)) != key:
                self._files[str(path)] = key
                yield path

    def items(self) -> Iterator[Article | Reject]:
        for source in self.sources:
            if source.startswith(("http://", "https://")):
                yield from self._fetch(source)
                continue
            for path in self._changed_files(source):
                yield from checked(read_path(path), self.settings)

    def poll(self) -> JobReport:
        """One pass over every source."""
        started = time.perf_counter()
        with open_store(self.settings.store_url) as store:
            run_id = store.begin_run({**self.settings.__dict__, "engine": "watch"},
                                     self.sources)
            report = JobReport(run_id=run_id, store_url=self.settings.store_url)
            with recorded(store, report):
                fresh = fresh_articles(self.items(), store, run_id, report)
                for article, result in extract_records(self.pipe, fresh):
                    store_result(store, article, result, run_id, report)
                settings = self.settings if report.articles else replace(self.settings,
                                                                         dedup=False)
                finish_job(store, settings, report, started)
        return report

    def run(self, interval: float, polls: int = 0,
            on_poll: Callable[[int, JobReport], None] | None = None) -> int:
        """Poll every ``interval`` seconds, ``polls`` times (0: until
        interrupted). Returns the number of polls done."""
        done = 0
        while polls <= 0 or done < polls:
            began = time.monotonic()
            report = self.poll()
            done += 1
            if on_poll is not None:
                on_poll(done, report)
            if polls > 0 and done >= polls:
                break
            time.sleep(max(0.0, interval - (time.monotonic() - began)))
        return done
