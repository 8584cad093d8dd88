"""The in-article pipeline: one batched spaCy pass, then eventwire components.

Every article is parsed exactly once: texts go through ``nlp.pipe`` in batches
and each component (registered with ``@Language.factory``) adds to the
``Doc._`` extensions. :meth:`Pipeline.extract` turns the finished Doc into
``Event`` records.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire import __version__
from eventwire.errors import Errors, EventwireError
from eventwire.models import Article, Event, Reject, event_id_for
from eventwire.nlp.components import COMPONENTS, add_eventwire_components, load_model
from eventwire.nlp.extensions import get_list, register_extensions
from eventwire.settings import Settings

_SEQ_KEY = "eventwire_seq"


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
            **(component_config or {})}
        self.nlp = add_eventwire_components(base, only=components, config=config)
        self._failures: dict[int, tuple[str, Exception]] = {}
        # Only components without their own handler (all eventwire ones) use it;
        # spaCy's trained pipes keep raising (a broken model is not bad input).
        self.nlp.default_error_handler = self._record_failure

    @property
    def component_names(self) -> list[str]:
        names = {name for name, _ in COMPONENTS}
        return [n for n in self.nlp.pipe_names if n in names]

    def make_doc(self, article: Article, seq: int = 0) -> Doc:
        doc = self.nlp.make_doc(article.text)
        doc._.article_id = article.id
        doc._.published = article.published
        doc._.outlet = article.outlet
        doc.user_data[_SEQ_KEY] = seq
        return doc

    def _record_failure(self, proc_name: str, proc: Any, docs: list[Doc], exc: Exception) -> None:
        """spaCy error handler: a component failed on a doc. spaCy drops that
        doc from the stream; we remember why so :meth:`docs` can report it."""
        for doc in docs:
            self._failures[doc.user_data.get(_SEQ_KEY, -1)] = (proc_name, exc)

    def docs(self, articles: Iterable[Article]
             ) -> Iterator[tuple[Article, Doc | None, Reject | None]]:
        """Yield ``(article, doc, None)`` for each parsed article, batched
        through ``nlp.pipe``, or ``(article, None, reject)`` when a component
        failed on it (the run goes on; nothing is lost silently)."""
        pending: deque[tuple[int, Article]] = deque()

        def make_docs(items: Iterable[Article]) -> Iterator[Doc]:
            for seq, article in enumerate(items):
                pending.append((seq, article))
                yield self.make_doc(article, seq)

        stream = self.nlp.pipe(make_docs(articles), batch_size=self.settings.batch_size)
        for doc in stream:
            seq = doc.user_data[_SEQ_KEY]
            while pending and pending[0][0] != seq:
                yield self._failed(*pending.popleft())
            yield pending.popleft()[1], doc, None
        while pending:
            yield self._failed(*pending.popleft())

    def _failed(self, seq: int, article: Article) -> tuple[Article, None, Reject]:
        name, exc = self._failures.pop(seq, ("unknown", RuntimeError("no output")))
        reject = Reject(source=article.source or article.id, code=Errors.E202.code,
                        message=EventwireError(Errors.E202, name=name, article_id=article.id,
                                               detail=f"{type(exc).__name__}: {exc}").message,
                        excerpt=article.text[:200], article_id=article.id)
        return article, None, reject

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


def extract(text: str, published: str | date | None = None, outlet: str | None = None,
            pipeline: Pipeline | None = None, **meta: Any) -> list[Event]:
    """Extract events from one text: ``extract(text, published="2020-11-14")``."""
    pub = date.fromisoformat(published) if isinstance(published, str) else published
    pipe = pipeline or Pipeline()
    article = Article(text=text, published=pub, outlet=outlet, meta=dict(meta))
    (_, _, result), = list(pipe.extract([article]))
    if isinstance(result, Reject):
        raise EventwireError(Errors.E202, name="pipeline", article_id=article.id,
                             detail=result.message)
    return result
