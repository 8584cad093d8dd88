"""Which eventwire components run, in which order, and where they live.

Each entry is ``(factory name, module that registers it)``. Importing the
module runs its ``@Language.factory`` decorator. The order matters: a component
may read only what the ones before it wrote (see ``requires`` on each factory).
"""

from __future__ import annotations

import importlib
from typing import Any

from spacy.language import Language

from eventwire.datafiles import preload_word_lists
from eventwire.errors import Errors, EventwireError
from eventwire.nlp.abbreviations import add_rank_abbreviations

COMPONENTS: tuple[tuple[str, str], ...] = (
    ("eventwire_actors", "eventwire.stages.actors.component"),  # -> doc._.actor_mentions
    ("eventwire_timex", "eventwire.stages.time.component"),  # -> doc._.timexes
    ("eventwire_places", "eventwire.stages.geo.component"),  # -> doc._.place_mentions
    ("eventwire_quotes", "eventwire.stages.attribution.component"),  # -> doc._.quotes
    ("eventwire_events", "eventwire.stages.events.component"),  # -> doc._.events
    ("eventwire_factuality", "eventwire.stages.factuality.component"),  # -> event.factuality
    ("eventwire_framing", "eventwire.stages.framing.component"),  # -> doc._.framing, event.framing
    ("eventwire_event_time", "eventwire.stages.time.anchoring"),  # -> event.time
    ("eventwire_event_place", "eventwire.stages.geo.component"),  # -> event.place
    ("eventwire_event_attribution", "eventwire.stages.attribution.component"),  # -> attribution
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
    added = False
    importlib.import_module("eventwire.nlp.segment")
    # always on: "Capt. James Clark said" is one sentence (eventwire/nlp/abbreviations.py)
    add_rank_abbreviations(nlp)
    if "eventwire_line_breaks" not in nlp.pipe_names:
        # always on: every stage reads sentences (see eventwire/nlp/segment.py)
        where = {"before": "parser"} if "parser" in nlp.pipe_names else {}
        nlp.add_pipe("eventwire_line_breaks", **where)  # type: ignore[arg-type]
    importlib.import_module("eventwire.nlp.headline_case")
    if only != () and "eventwire_headline_case" not in nlp.pipe_names:
        # last of the parse pipes: caps/title headlines re-parsed truecased
        # (see eventwire/nlp/headline_case.py); bare spaCy stays bare
        nlp.add_pipe("eventwire_headline_case")
    for factory, module in COMPONENTS:
        if only is not None and factory not in only:
            continue
        importlib.import_module(module)
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory, name=factory, config=config.get(factory, {}))
            added = True
    if added:  # the stages' word lists at load time, not on the first article
        preload_word_lists()
    return nlp
