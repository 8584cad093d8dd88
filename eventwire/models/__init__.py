"""Typed records shared by every stage.

Two families live here:

* **Mentions** (``*Mention``, ``Timex``, ``Quote``) are what the in-article
  pipeline components write onto ``Doc._`` extensions. They carry character
  offsets into the article text (``start`` inclusive, ``end`` exclusive).
* **Records** (``Article``, ``Event`` and its parts) are what the store keeps
  and the exporters write. ``Event.to_dict()`` is the JSON record documented in
  ``docs/formats.md``.

Every field that comes from text carries a ``Span`` so a reviewer can
highlight the exact characters that support it.

The parts: ``vocab.py`` (closed vocabularies), ``articles.py`` (inputs and
rejects), ``mentions.py`` (what components write onto ``Doc._``),
``event.py`` (the stored record). Import them from here.
"""

from __future__ import annotations

from eventwire.models.articles import Article, Reject, coerce_date
from eventwire.models.event import Event, event_id_for, to_plain
from eventwire.models.mentions import (
    ActorMention,
    AttributionLink,
    Condition,
    EventMention,
    Factuality,
    Framing,
    PlaceMention,
    Quote,
    Span,
    TimeValue,
    Timex,
)
from eventwire.models.vocab import (
    ANCHORS,
    CERTAINTIES,
    LEGACY_PLOVER_TYPES,
    MODALITIES,
    PLACE_BASES,
    PLOVER_TYPES,
    PRECISIONS,
)

__all__ = [
    "ANCHORS", "CERTAINTIES", "LEGACY_PLOVER_TYPES", "MODALITIES", "PLACE_BASES",
    "PLOVER_TYPES", "PRECISIONS", "ActorMention", "Article", "AttributionLink", "Condition",
    "Event", "EventMention", "Factuality", "Framing", "PlaceMention", "Quote", "Reject", "Span",
    "TimeValue", "Timex", "coerce_date", "event_id_for", "to_plain",
]
