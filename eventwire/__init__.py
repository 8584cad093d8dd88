"""eventwire: news articles to structured, evidence-linked event records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from eventwire.models import Article, Event
    from eventwire.nlp.pipeline import Pipeline, extract

__all__ = ["Article", "Event", "Pipeline", "extract", "__version__"]


def __getattr__(name: str) -> Any:
    """Lazy public API, so `import eventwire` does not load spaCy."""
    if name in {"Pipeline", "extract"}:
        from eventwire.nlp import pipeline

        return getattr(pipeline, name)
    if name in {"Article", "Event"}:
        from eventwire import models

        return getattr(models, name)
    raise AttributeError(name)
