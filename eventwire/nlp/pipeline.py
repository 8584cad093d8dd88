"""The in-article pipeline: one batched spaCy pass, then eventwire components.

Every article is parsed exactly once. Articles go through the pipeline in
batches, one component at a time (``pipe`` on the batch where the component
has it); a text longer than ``parse_chunk_chars`` is parsed in pieces and
joined (:mod:`eventwire.nlp.chunks`). :meth:`Pipeline.extract` turns each
finished Doc into ``Event`` records.

Nothing stops a run: a component that fails on an article makes that article
an EW202 reject, and an article still running when its ``time_budget`` is
spent becomes an EW203 reject; the other articles go on.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire import __version__
from eventwire.errors import Errors, InputRejected, UsageError
from eventwire.models import Article, Event, Reject, coerce_date, event_id_for
from eventwire.nlp.chunks import split_text
from eventwire.nlp.components import COMPONENTS, add_eventwire_components, load_model
from eventwire.nlp.extensions import (
    get_list,
    register_extensions,
    release_caches,
    remember_text,
)
from eventwire.nlp.overlap import parse_ahead
from eventwire.settings import Settings

Proc = tuple[str, Any]


@dataclass
class _Work:
    """One article on its way through the components."""

    article: Article
    doc: Doc | None
    started: float
    reject: Reject | None = None


def settle_heap() -> None:
    """Move every object alive now (the model, the actor knowledge base, the
    gazetteer, the lexicons: ~400k container objects) out of the cyclic
    garbage collector's reach (``gc.freeze``).

    Why: they live as long as the process, yet each full (generation-2)
    collection walked all of them -- on 200 ECB+ dev articles one such
    collection took ~1.1 s, 3-4% of the run, a cost bare spaCy (no
    knowledge base) never pays. Frozen objects are still freed by reference
    counting; only reference cycles among them are never collected, which
    for data loaded once per process costs nothing. Bare spaCy
    (``components=()``) settles the same way, so the benchmark compares like
    with like. The collection first drops the loading's own garbage, so
    none of it is kept."""
    gc.collect()
    gc.freeze()


class Pipeline:
    """Load once, run on many articles.

    ``components`` limits the eventwire components (by factory name) — the
    evaluation of one stage and the bare-spaCy benchmark use it; ``()`` means
    bare spaCy.
    """

    def __init__(self, settings: Settings | None = None,
                 components: tuple[str, ...] | None = None,
                 nlp: Language | None = None,
                 component_config: dict[str, dict[str, Any]] | None = None) -> None:
        register_extensions()
        self.settings = settings or Settings()
        self.components = components
        base = nlp if nlp is not None else load_model(self.settings.model)
        base.max_length = max(base.max_length, self.settings.max_chars + 1)
        config: dict[str, dict[str, Any]] = {
            "eventwire_actors": {"kb_paths": list(self.settings.kb_paths)},
            "eventwire_event_time": {"undated": self.settings.undated_events},
            "eventwire_framing": {"extra_paths": list(self.settings.framing_paths)},
            "eventwire_factuality": {"model": self.settings.factuality_model},
            "eventwire_events": {"mode_model": self.settings.mode_model,
                                 "type_model": self.settings.type_model},
            **(component_config or {})}
        self.nlp = add_eventwire_components(base, only=components, config=config)
        self.lock = threading.RLock()  # one caller at a time (see extract())
        settle_heap()

    @property
    def component_names(self) -> list[str]:
        names = {name for name, _ in COMPONENTS}
        return [n for n in self.nlp.pipe_names if n in names]

    def _stages(self) -> tuple[list[Proc], list[Proc]]:
        """(parse pipes, the rest): everything before the first eventwire
        component is the parse, which long texts get piece by piece."""
        ours = {name for name, _ in COMPONENTS}
        pipes = list(self.nlp.pipeline)
        first = next((i for i, (name, _) in enumerate(pipes) if name in ours), len(pipes))
        return pipes[:first], pipes[first:]

    def make_doc(self, article: Article, seq: int = 0) -> Doc:
        return self._with_context(remember_text(self.nlp.make_doc(article.text), article.text),
                                  article)

    @staticmethod
    def _with_context(doc: Doc, article: Article) -> Doc:
        doc._.article_id = article.id
        doc._.published = article.published
        doc._.outlet = article.outlet
        return doc

    def docs(self, articles: Iterable[Article], keep_caches: bool = False
             ) -> Iterator[tuple[Article, Doc | None, Reject | None]]:
        """Yield ``(article, doc, None)`` for each parsed article, in order,
        or ``(article, None, reject)`` when a component failed on it or its
        time budget ran out (the run goes on; nothing is lost silently).

        The components' per-document caches are released before a doc is
        yielded (speed30) unless ``keep_caches``: a reader that asks them
        after the run -- ``eval actors``' PLOVER view reads the recipients
        the ranker kept aside, which cannot be rebuilt -- keeps them (the
        release had silently cut that view's target country 76.4% -> 66.0%
        on GSR dev)."""
        rest = self._stages()[1]
        for work in self._parsed(articles):
            self._run(rest, work)
            for w in work:
                if w.doc is not None and not keep_caches:  # freed when the caller lets go
                    release_caches(w.doc)
                yield w.article, w.doc if w.reject is None else None, w.reject

    @property
    def runner(self) -> str:
        """Which runner :meth:`docs` uses: ``"overlap"`` (the parse of the
        next batch in a helper thread beside our components, speed50) when
        ``Settings.overlap`` is on and there are components to overlap
        with, else ``"serial"`` (bare spaCy is always serial)."""
        return "overlap" if self.settings.overlap and self._stages()[1] else "serial"

    def _parsed(self, articles: Iterable[Article]) -> Iterator[list[_Work]]:
        """Each batch parsed (the spaCy pipes), in order: here, one batch
        after the other, or by :func:`parse_ahead` one batch ahead."""
        batches = self._batches(articles)
        if self.runner == "overlap":
            return parse_ahead(batches, self._parse_batch)
        return (self._parse_batch(batch) for batch in batches)

    def _parse_batch(self, batch: list[Article]) -> list[_Work]:
        parse = self._stages()[0]
        started = time.perf_counter()
        if len(batch) == 1 and len(batch[0].text) > self.settings.parse_chunk_chars:
            return [self._parse_in_pieces(batch[0], parse, started)]
        work = [_Work(a, self.make_doc(a), started) for a in batch]
        self._run(parse, work)
        return work

    def _batches(self, articles: Iterable[Article]) -> Iterator[list[Article]]:
        """Short articles in batches of ``batch_size``; a long one alone."""
        batch: list[Article] = []
        for article in articles:
            if len(article.text) > self.settings.parse_chunk_chars:
                if batch:
                    yield batch
                    batch = []
                yield [article]
                continue
            batch.append(article)
            if len(batch) >= self.settings.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    def _parse_in_pieces(self, article: Article, parse: list[Proc], started: float) -> _Work:
        pieces = []
        for text in split_text(article.text, self.settings.parse_chunk_chars):
            piece = _Work(article, self.nlp.make_doc(text), started)
            self._run(parse, [piece])  # one piece at a time: memory of one piece
            if piece.reject is not None:
                return _Work(article, None, started, piece.reject)
            pieces.append(piece)
        joined = Doc.from_docs([p.doc for p in pieces if p.doc is not None],
                               ensure_whitespace=False)
        return _Work(article, self._with_context(joined, article), started)

    def _run(self, procs: list[Proc], work: list[_Work]) -> None:
        """Each component over the batch; a failing batch is retried doc by
        doc so that only the failing article is rejected."""
        for name, proc in procs:
            alive = [w for w in work if w.reject is None and not self._over_budget(w, name)]
            if not alive:
                continue
            if hasattr(proc, "pipe") and len(alive) > 1:
                try:
                    docs = list(proc.pipe([w.doc for w in alive],
                                          batch_size=self.settings.batch_size))
                except Exception:  # noqa: BLE001 - retried one by one below
                    docs = None
                if docs is not None and len(docs) == len(alive):
                    for w, doc in zip(alive, docs, strict=True):
                        w.doc = doc
                    continue
            for w in alive:
                try:
                    w.doc = proc(w.doc)
                except Exception as exc:  # noqa: BLE001 - becomes a coded reject
                    w.reject = self._reject(w.article, Errors.E202, name=name,
                                            detail=f"{type(exc).__name__}: {exc}")

    def _over_budget(self, w: _Work, name: str) -> bool:
        budget = self.settings.time_budget
        spent = time.perf_counter() - w.started
        if budget and spent > budget:
            w.reject = self._reject(w.article, Errors.E203, name=name, seconds=spent,
                                    budget=budget, size=len(w.article.text))
        return w.reject is not None

    @staticmethod
    def _reject(article: Article, code: Any, **fields: Any) -> Reject:
        error = InputRejected(code, article_id=article.id, **fields)
        return Reject(source=article.source or article.id, code=code.code,
                      message=error.message, excerpt=article.text[:200],
                      article_id=article.id, error=error)

    def events_of(self, article: Article, doc: Doc) -> list[Event]:
        provenance = {"extractor_version": __version__, "model": self.settings.model}
        return [
            Event(event_id=event_id_for(article.id, m.trigger), article_id=article.id,
                  mention=m, outlet=article.outlet, published=article.published,
                  provenance=dict(provenance))
            for m in get_list(doc, "events")
        ]

    def extract(self, articles: Iterable[Article]
                ) -> Iterator[tuple[Article, Doc | None, list[Event] | Reject]]:
        """Yield ``(article, doc, events)``, or ``(article, None, reject)``."""
        for article, doc, reject in self.docs(articles):
            if doc is None:
                assert reject is not None
                yield article, None, reject
            else:
                yield article, doc, self.events_of(article, doc)


_PIPELINES: dict[Settings, Pipeline] = {}
_PIPELINES_LOCK = threading.Lock()


def default_pipeline(settings: Settings | None = None) -> Pipeline:
    """The pipeline ``extract()`` uses: one per settings, loaded on first use
    (loading takes seconds; reusing it makes each call as fast as the parse)."""
    key = settings or Settings()
    with _PIPELINES_LOCK:
        pipe = _PIPELINES.get(key)
        if pipe is None:
            pipe = _PIPELINES[key] = Pipeline(key)
    return pipe


def extract(text: str, published: str | date | None = None, outlet: str | None = None,
            pipeline: Pipeline | None = None, settings: Settings | None = None,
            **meta: Any) -> list[Event]:
    """Extract events from one text: ``extract(text, published="2020-11-14")``.

    Raises a coded error instead of guessing: ``UsageError`` (also a
    ``ValueError``) for a text that is not a ``str`` (EW204) or a date that is
    not one (EW109); ``InputRejected`` for a text the CLI would reject (empty
    or too short EW101, too long EW104, not English EW107); EW202/EW203 when
    the pipeline fails or runs out of time on it. Safe to call from several
    threads (they take turns on the shared pipeline)."""
    from eventwire.ingest import check_article

    if not isinstance(text, str):
        raise UsageError(Errors.E204, kind=type(text).__name__)
    article = Article(text=text, published=coerce_date(published, "published"),
                      outlet=outlet, meta=dict(meta))
    pipe = pipeline or default_pipeline(settings)
    problem = check_article(article, pipe.settings)
    if problem is not None:
        raise problem
    with pipe.lock:
        (_, _, result), = list(pipe.extract([article]))
    if isinstance(result, Reject):
        raise result.error or InputRejected(Errors.E202, name="pipeline",
                                            article_id=article.id, detail=result.message)
    return result
