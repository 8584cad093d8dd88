"""The event record's shape, typed to the edge.

``Event.to_dict()`` builds an :class:`EventRecord`; the store returns them,
and the corpus stage, views and exports read them: one shape everywhere
(API, store, exports, evaluation predictions), checked by mypy. Closed
vocabularies are ``Literal`` types; the tuples in :mod:`eventwire.models`
(``MODALITIES``, ``CERTAINTIES``, …) are the same values for run-time checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, NotRequired, TypedDict, get_args

PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
Modality = Literal["asserted", "reported", "threatened", "demanded", "conditional",
                   "hypothetical", "future", "negated", "denied"]
Certainty = Literal["certain", "probable", "possible", "underspecified"]
Polarity = Literal["positive", "negative", "underspecified"]
Anchor = Literal["explicit", "narrative", "speech", "sentence", "publication", "unknown"]
Precision = Literal["point", "city", "admin2", "admin1", "country", "continent", "region", "water",
                    "vicinity",
                    "none"]
# how an event's place was found (eventwire/stages/geo/component.py)
PlaceBasis = Literal["trigger", "clause", "sentence", "dateline", "scene", "focus"]
Role = Literal["speaker", "on_behalf_of", "relay", "outlet"]


class TextRecord(TypedDict):
    """Evidence: ``article_text[span[0]:span[1]] == text``."""

    text: str
    span: list[int]


class ActorRecord(TypedDict):
    text: str
    span: list[int]
    actor_id: str | None
    name: str | None
    kind: str | None
    country: str | None
    sectors: list[str]
    confidence: float


class FactualityRecord(TypedDict):
    polarity: Polarity
    certainty: Certainty
    modality: Modality
    condition: TextRecord | None
    cues: list[TextRecord]


class AttributionRecord(TypedDict):
    """``text`` is always the source text at ``span`` (evidence); ``name`` is
    who that text resolves to ("he" -> "Muhammad Mohi"), or None."""

    role: Role
    text: str
    name: NotRequired[str | None]
    actor_id: str | None
    span: list[int] | None


def link_label(link: Mapping[str, Any]) -> str:
    """How a chain link reads to people: its text, then what it resolves to
    when that says more ("he (Muhammad Mohi)", "Baghdad (Iraq)")."""
    text, name = str(link.get("text") or ""), link.get("name")
    return f"{text} ({name})" if name and str(name).lower() not in text.lower() else text


class TimeRecord(TypedDict):
    value: str | None
    granularity: str
    text: str | None
    span: list[int] | None
    anchor: Anchor
    background: bool


class PlaceRecord(TypedDict):
    text: str
    span: list[int]
    geonameid: int | None
    name: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    precision: Precision
    confidence: float
    basis: PlaceBasis | None


class FramingRecord(TypedDict):
    text: str
    span: list[int]
    kind: str


class EventRecord(TypedDict):
    """One event mention: the record of ``docs/formats.md``."""

    event_id: str
    article_id: str
    outlet: str | None
    published: str | None
    type: PloverType
    mode: str | None
    context: list[str]
    trigger: TextRecord
    content_of: TextRecord | None
    sentence_span: list[int]
    actor: ActorRecord | None
    recipient: ActorRecord | None
    co_actors: list[ActorRecord | None]
    reciprocal: bool
    factuality: FactualityRecord
    attribution: list[AttributionRecord]
    time: TimeRecord
    place: PlaceRecord | None
    framing: list[FramingRecord]
    confidence: float
    provenance: dict[str, object]


def values_of(literal: object) -> tuple[str, ...]:
    """The allowed values of a ``Literal`` type, for run-time checks."""
    return tuple(str(v) for v in get_args(literal))


def checked(value: str, literal: object) -> Any:
    """``value`` if the ``Literal`` type allows it; a bug otherwise (the
    stages only ever write these values, so this is an assertion, not input
    validation)."""
    if value not in get_args(literal):
        raise ValueError(f"{value!r} is not one of {values_of(literal)}")
    return value


class ArticleRecord(TypedDict, total=False):
    """A stored article (a row of the ``articles`` table); the corpus stage
    reads ``id``, ``text`` and ``published``."""

    id: str
    content_hash: str
    url: str | None
    outlet: str | None
    published: str | None
    title: str | None
    lang: str | None
    source: str | None
    text: str
    word_count: int
    meta: str | None
    run_id: str | None
    ingested_at: str


# ---------------------------------------------------------------- canonical events
# What the corpus stage (eventwire/corpus/canonical.py) writes for one
# real-world event: the value most reports give for each field, and every
# value reports disagree on.


class RoleSummary(TypedDict):
    """An actor or recipient of a canonical event."""

    actor_id: str | None
    name: str | None
    country: str | None


class DateSummary(TypedDict):
    """A date the text gives (TIMEX3 value) and the day range it covers."""

    value: str
    start: str | None
    end: str | None


class PlaceSummary(TypedDict):
    geonameid: int | None
    name: str | None
    lat: float | None
    lon: float | None
    country: str | None
    precision: Precision


# the value of one disagreement field: a summary above, or a plain string
# (modality, polarity, mode)
FieldValue = RoleSummary | DateSummary | PlaceSummary | str


class ReportedValue(TypedDict):
    """One value of a field, with the reports (event ids, outlets) giving it."""

    value: FieldValue
    events: list[str]
    outlets: list[str]


class CanonicalRecord(TypedDict):
    """One canonical event (``CanonicalEvent.to_dict()``, the ``detail`` the
    store keeps, the canonical export's JSON)."""

    canonical_id: str
    type: str
    actor: RoleSummary | None
    recipient: RoleSummary | None
    date: DateSummary | None
    place: PlaceSummary | None
    mentions: list[str]
    articles: list[str]
    outlets: list[str]
    first_reported: str | None
    background: bool
    disagreements: dict[str, list[ReportedValue]]
