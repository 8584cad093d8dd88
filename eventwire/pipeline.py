"""The in-article pipeline: one batched spaCy pass, then eventwire components.

Every article is parsed exactly once: texts go through ``nlp.pipe`` in batches
and each component (registered with ``@Language.factory``) adds to the
``Doc._`` extensions. :meth:`Pipeline.extract` turns the finished Doc into
``Event`` records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .models import Article, Event, event_id_for
from .nlp.components import COMPONENTS, add_eventwire_components, load_model
from .nlp.extensions import get_list, register_extensions
from .settings import Settings


class Pipeline:
    """Load once, run on many articles.

    ``components`` limits the eventwire components (by factory name) — the
    evaluation of one stage and the bare-spaCy benchmark use it; ``()`` means
    bare spaCy.
    """

    def __init__(self, settings: Settings | None = None,
                 components: tuple[str, ...] | None = None,
                 nlp: Language | None = None) -> None:
        register_extensions()
        self.settings = settings or Settings()
        self.components = components
        base = nlp if nlp is not None else load_model(self.settings.model)
        base.max_length = max(base.max_length, self.settings.max_chars + 1)
        self.nlp = add_eventwire_components(base, only=components)

    @property
    def component_names(self) -> list[str]:
        names = {name for name, _ in COMPONENTS}
        return [n for n in self.nlp.pipe_names if n in names]

    def make_doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text)
        doc._.article_id = article.id
        doc._.published = article.published
        doc._.outlet = article.outlet
        return doc

    def docs(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Doc]]:
        """Yield (article, parsed doc) pairs, batched through ``nlp.pipe``."""
        pending: list[Article] = []

        def make_docs(items: Iterable[Article]) -> Iterator[Doc]:
            for article in items:
                pending.append(article)
                yield self.make_doc(article)

        stream = self.nlp.pipe(make_docs(articles), batch_size=self.settings.batch_size)
        for doc in stream:
            yield pending.pop(0), doc

    def events_of(self, article: Article, doc: Doc) -> list[Event]:
        provenance = {"extractor_version": __version__, "model": self.settings.model}
        return [
            Event(event_id=event_id_for(article.id, m.trigger), article_id=article.id,
                  mention=m, outlet=article.outlet, published=article.published,
                  provenance=dict(provenance))
            for m in get_list(doc, "events")
        ]

    def extract(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Doc, list[Event]]]:
        for article, doc in self.docs(articles):
            yield article, doc, self.events_of(article, doc)


def extract(text: str, published: str | date | None = None, outlet: str | None = None,
            pipeline: Pipeline | None = None, **meta: Any) -> list[Event]:
    """Extract events from one text: ``extract(text, published="2020-11-14")``."""
    pub = date.fromisoformat(published) if isinstance(published, str) else published
    pipe = pipeline or Pipeline()
    article = Article(text=text, published=pub, outlet=outlet, meta=dict(meta))
    (_, _, events), = list(pipe.extract([article]))
    return events
