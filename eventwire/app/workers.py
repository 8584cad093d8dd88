"""All cores on one machine: extraction in N worker processes.

Each worker process loads the pipeline once (like spaCy's ``n_process``) and
turns chunks of articles into event records (``Event.to_dict()``) or
rejects. Chunks come back in input order, so N workers store exactly the
records one worker stores, in the same order (same ids, same renamed
articles). spaCy's own ``n_process`` cannot be used directly: it ships Docs
between processes with msgpack, which cannot carry eventwire's ``Doc._``
objects (dataclasses, dates) nor the per-article failure handler.

A worker that dies (killed, out of memory) raises ``BrokenProcessPool`` in
the parent instead of hanging: articles already stored stay stored, and the
next run continues.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from eventwire.models import Article, Reject
from eventwire.nlp.pipeline import Pipeline
from eventwire.records import EventRecord
from eventwire.settings import Settings

Result = tuple[Article, list[EventRecord] | Reject]

_PIPELINE: Pipeline | None = None


def worker_count(setting: int) -> int:
    """``0`` (the default) means every core of this machine."""
    return setting if setting > 0 else (os.cpu_count() or 1)


def extract_records(pipe: Pipeline, articles: Iterable[Article]) -> Iterator[Result]:
    """``(article, records)`` or ``(article, reject)`` for each article."""
    for article, _doc, result in pipe.extract(articles):
        yield article, result if isinstance(result, Reject) else [e.to_dict() for e in result]


def _init(settings: Settings) -> None:
    global _PIPELINE
    _PIPELINE = Pipeline(settings)


def _extract_chunk(chunk: list[Article]) -> list[Result]:
    assert _PIPELINE is not None, "worker not initialised"
    return list(extract_records(_PIPELINE, chunk))


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def extract_parallel(articles: Iterable[Article], settings: Settings,
                     workers: int) -> Iterator[Result]:
    """Records of ``articles`` extracted by ``workers`` processes, in input
    order. ``articles`` is consumed in this thread (it may read the store)."""
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init,
                             initargs=(settings,)) as pool:
        pending: deque[Future[list[Result]]] = deque()
        for chunk in _chunks(articles, max(1, settings.batch_size)):
            pending.append(pool.submit(_extract_chunk, chunk))
            while len(pending) >= 2 * workers or (pending and pending[0].done()):
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
