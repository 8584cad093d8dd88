"""Which eventwire components run, in which order, and where they live.

Each entry is ``(factory name, module that registers it)``. Importing the
module runs its ``@Language.factory`` decorator. The order matters: a component
may read only what the ones before it wrote (see ``requires`` on each factory).
"""

from __future__ import annotations

import importlib
from typing import Any

from spacy.language import Language

from ..errors import Errors, EventwireError

COMPONENTS: tuple[tuple[str, str], ...] = (
    ("eventwire_actors", "eventwire.actors.component"),  # -> doc._.actor_mentions
    ("eventwire_timex", "eventwire.time.component"),  # -> doc._.timexes
    ("eventwire_places", "eventwire.geo.component"),  # -> doc._.place_mentions
    ("eventwire_quotes", "eventwire.attribution"),  # -> doc._.quotes
    ("eventwire_events", "eventwire.events.component"),  # -> doc._.events
    ("eventwire_factuality", "eventwire.factuality"),  # -> event.factuality
    ("eventwire_framing", "eventwire.framing"),  # -> doc._.framing, event.framing
    ("eventwire_event_time", "eventwire.time.anchoring"),  # -> event.time
    ("eventwire_event_place", "eventwire.geo.component"),  # -> event.place
    ("eventwire_event_attribution", "eventwire.attribution"),  # -> event.attribution
)


def load_model(name: str) -> Language:
    """Load the spaCy model from an installed package (never downloads)."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise EventwireError(Errors.E201, model=name) from exc


def add_eventwire_components(nlp: Language, only: tuple[str, ...] | None = None,
                             config: dict[str, dict[str, Any]] | None = None) -> Language:
    """Append the eventwire components to a loaded spaCy pipeline;
    ``config`` gives per-factory settings (e.g. the actor KB overlays)."""
    config = config or {}
    importlib.import_module("eventwire.nlp.segment")
    if "eventwire_line_breaks" not in nlp.pipe_names:
        # always on: every stage reads sentences (see eventwire/nlp/segment.py)
        where = {"before": "parser"} if "parser" in nlp.pipe_names else {}
        nlp.add_pipe("eventwire_line_breaks", **where)  # type: ignore[arg-type]
    for factory, module in COMPONENTS:
        if only is not None and factory not in only:
            continue
        importlib.import_module(module)
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory, name=factory, config=config.get(factory, {}))
    return nlp
