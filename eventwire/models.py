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
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from eventwire.records import (
    ActorRecord,
    Anchor,
    Certainty,
    EventRecord,
    FactualityRecord,
    Modality,
    PlaceBasis,
    PlaceRecord,
    PloverType,
    Polarity,
    Precision,
    Role,
    TextRecord,
    TimeRecord,
    checked,
)

# PLOVER 2021 manual: the 16 event types eventwire emits.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)

# Older PLOVER names (used by the gold-standard records) -> 2021 names, from
# the conversion table of the PLOVER manual (section "CAMEO to PLOVER").
LEGACY_PLOVER_TYPES: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}

MODALITIES: tuple[str, ...] = (
    "asserted", "reported", "threatened", "demanded", "conditional",
    "hypothetical", "future", "negated", "denied",
)
CERTAINTIES: tuple[str, ...] = ("certain", "probable", "possible", "underspecified")
ANCHORS: tuple[str, ...] = ("explicit", "narrative", "speech", "sentence", "publication",
                             "unknown")
PRECISIONS: tuple[str, ...] = ("point", "city", "admin2", "admin1", "country", "continent",
                                "none")
PLACE_BASES: tuple[str, ...] = ("trigger", "clause", "sentence", "dateline", "focus")


@dataclass(frozen=True)
class Span:
    """Evidence: ``text == article_text[start:end]``."""

    text: str
    start: int
    end: int

    def as_list(self) -> list[int]:
        return [self.start, self.end]


# --------------------------------------------------------------------------
# Articles
# --------------------------------------------------------------------------


def coerce_date(value: object, name: str) -> date | None:
    """A date from a ``date``, a ``datetime`` or an ISO string ("2020-11-14",
    "2020-11-14T10:00:00Z"); anything else is a coded usage error (EW109)."""
    from datetime import datetime

    from eventwire.errors import Errors, UsageError

    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str) and value.strip():
        text = value.strip()
        for parse in (lambda: date.fromisoformat(text[:10]),
                      lambda: datetime.fromisoformat(text.replace("Z", "+00:00")).date()):
            try:
                return parse()
            except ValueError:
                continue
    raise UsageError(Errors.E109, source=name, value=value)


@dataclass
class Article:
    """One input document, after ingest and before NLP."""

    text: str
    id: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    lang: str | None = None
    source: str | None = None  # where it came from: path, path:line, warc record id
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            from eventwire.errors import Errors, UsageError

            raise UsageError(Errors.E204, kind=type(self.text).__name__)
        self.published = coerce_date(self.published, "published")
        if not self.id:
            self.id = "a-" + self.content_hash[:16]

    @property
    def content_hash(self) -> str:
        """Hash of the text alone: the same text is the same article."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass
class Reject:
    """An input that was not processed, kept with its reason (never dropped)."""

    source: str
    code: str
    message: str
    excerpt: str = ""
    article_id: str | None = None
    error: Exception | None = field(default=None, compare=False, repr=False)  # not stored


# --------------------------------------------------------------------------
# Mentions written by pipeline components onto Doc._
# --------------------------------------------------------------------------


@dataclass
class ActorMention:
    """A political actor mentioned in text (``Doc._.actor_mentions``).

    ``actor_id`` is None when the mention is not in the knowledge base; the
    country/sector guess is still kept. ``antecedent`` is the index (into
    ``Doc._.actor_mentions``) of the mention this one continues
    (pronoun/nominal coreference), ``speaks_for`` the index of the
    organisation a spokesperson speaks for.
    """

    start: int
    end: int
    text: str
    actor_id: str | None = None
    name: str | None = None
    kind: str | None = None  # person, organisation, state, armed_group, agent, ...
    country: str | None = None  # ISO 3166-1 alpha-3
    sectors: list[str] = field(default_factory=list)
    confidence: float = 0.0
    antecedent: int | None = None
    speaks_for: int | None = None
    rule: str = ""


@dataclass
class Timex:
    """A TIMEX3 expression (``Doc._.timexes``)."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2020-11-12, 2020-W46, P2D, XXXX-01-03, PRESENT_REF
    granularity: str = "day"  # day, week, month, quarter, season, year, decade, time, unknown
    anchor_timex: int | None = None  # index of the timex it was resolved against
    rule: str = ""


@dataclass
class PlaceMention:
    """A resolved toponym (``Doc._.place_mentions``)."""

    start: int
    end: int
    text: str
    geonameid: int | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO3
    admin1: str | None = None
    precision: str = "none"  # point, city, admin2, admin1, country, continent, none
    confidence: float = 0.0
    basis: str = ""  # an event's place: trigger, clause, sentence or focus (docs/formats.md)


@dataclass
class Quote:
    """Reported speech (``Doc._.quotes``): who said what, with which cue.

    ``relays`` are outlets/bodies that passed the statement on, innermost
    first ("Mohi explained, Press TV reported" -> relays=[Press TV]).
    ``speaker_actor`` indexes ``Doc._.actor_mentions`` when resolved.
    ``content`` is the whole reported text; when a parenthetical cue splits
    it ("The talks, the mediator said, had stalled"), ``content_parts`` holds
    the pieces without the cue.
    """

    content: Span
    speaker: Span | None = None
    cue: Span | None = None
    relays: list[Span] = field(default_factory=list)
    speaker_actor: int | None = None
    kind: str = "indirect"  # direct, indirect, according_to, continuation, parenthetical
    rule: str = ""
    content_parts: list[Span] = field(default_factory=list)


@dataclass
class Framing:
    text: str
    start: int
    end: int
    kind: str = "evaluative"
    lexeme: str = ""


@dataclass
class Condition:
    text: str
    start: int
    end: int


@dataclass
class Factuality:
    polarity: str = "positive"  # positive, negative, underspecified ("whether he left")
    certainty: str = "certain"  # certain, probable, possible, underspecified
    modality: str = "asserted"  # one of MODALITIES
    condition: Condition | None = None
    cues: list[Span] = field(default_factory=list)


@dataclass
class TimeValue:
    value: str | None = None  # TIMEX3 value; None when unknown
    granularity: str = "unknown"
    text: str | None = None
    start: int | None = None
    end: int | None = None
    anchor: str = "unknown"  # explicit, narrative, speech, publication, unknown
    background: bool = False


@dataclass
class AttributionLink:
    role: str  # speaker, relay, outlet
    text: str
    start: int | None = None
    end: int | None = None
    actor_id: str | None = None


@dataclass
class EventMention:
    """One event found in a Doc (``Doc._.events``); later components fill
    ``factuality``, ``time``, ``place``, ``attribution`` and ``framing``.
    ``actor``/``recipient`` index ``Doc._.actor_mentions`` or hold an
    unresolved ``ActorMention`` built from the parse."""

    trigger: Span
    type: str
    sentence: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    actor: ActorMention | None = None
    recipient: ActorMention | None = None
    confidence: float = 0.0
    factuality: Factuality = field(default_factory=Factuality)
    time: TimeValue = field(default_factory=TimeValue)
    place: PlaceMention | None = None
    attribution: list[AttributionLink] = field(default_factory=list)
    framing: list[Framing] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    # the trigger of the event this one is the content of ("threatened to
    # [attack]", "refused to [meet]", "demanded a [meeting]"), if any
    content_of: Span | None = None
    depth: int = 0  # the trigger's depth in its sentence's dependency tree
    # compound actors ("Russia and China vetoed"): the others besides ``actor``;
    # ``reciprocal``: they act on each other ("Iran and Iraq met"), no recipient
    co_actors: list[ActorMention] = field(default_factory=list)
    reciprocal: bool = False


# --------------------------------------------------------------------------
# The stored event record
# --------------------------------------------------------------------------


def event_id_for(article_id: str, trigger: Span) -> str:
    """Stable id: the same article and trigger always give the same id."""
    raw = f"{article_id}:{trigger.start}:{trigger.end}"
    return "e-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _actor_dict(m: ActorMention | None) -> ActorRecord | None:
    if m is None:
        return None
    return {
        "text": m.text, "span": [m.start, m.end], "actor_id": m.actor_id, "name": m.name,
        "kind": m.kind, "country": m.country, "sectors": list(m.sectors),
        "confidence": round(m.confidence, 3),
    }


def _place_dict(p: PlaceMention | None) -> PlaceRecord | None:
    if p is None:
        return None
    return {
        "text": p.text, "span": [p.start, p.end], "geonameid": p.geonameid, "name": p.name,
        "lat": p.lat, "lon": p.lon, "country": p.country, "admin1": p.admin1,
        "precision": checked(p.precision, Precision), "confidence": round(p.confidence, 3),
        "basis": checked(p.basis, PlaceBasis) if p.basis else None,
    }


def _text(span: Span | Condition | None) -> TextRecord | None:
    return None if span is None else {"text": span.text, "span": [span.start, span.end]}


def _factuality_dict(f: Factuality) -> FactualityRecord:
    return {
        "polarity": checked(f.polarity, Polarity), "certainty": checked(f.certainty, Certainty),
        "modality": checked(f.modality, Modality), "condition": _text(f.condition),
        "cues": [{"text": c.text, "span": c.as_list()} for c in f.cues],
    }


def _time_dict(t: TimeValue) -> TimeRecord:
    return {
        "value": t.value, "granularity": t.granularity, "text": t.text,
        "span": None if t.start is None or t.end is None else [t.start, t.end],
        "anchor": checked(t.anchor, Anchor), "background": t.background,
    }


@dataclass
class Event:
    """The event record of ``docs/formats.md``."""

    event_id: str
    article_id: str
    mention: EventMention
    outlet: str | None = None
    published: date | None = None
    provenance: dict[str, Any] = field(default_factory=dict)

    @property
    def type(self) -> str:
        return self.mention.type

    def to_dict(self) -> EventRecord:
        m = self.mention
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "type": checked(m.type, PloverType),
            "mode": m.mode,
            "context": list(m.context),
            "trigger": {"text": m.trigger.text, "span": m.trigger.as_list()},
            "content_of": _text(m.content_of),
            "sentence_span": m.sentence.as_list(),
            "actor": _actor_dict(m.actor),
            "recipient": _actor_dict(m.recipient),
            "co_actors": [_actor_dict(a) for a in m.co_actors],
            "reciprocal": m.reciprocal,
            "factuality": _factuality_dict(m.factuality),
            "attribution": [
                {"role": checked(a.role, Role), "text": a.text, "actor_id": a.actor_id,
                 "span": None if a.start is None or a.end is None else [a.start, a.end]}
                for a in m.attribution
            ],
            "time": _time_dict(m.time),
            "place": _place_dict(m.place),
            "framing": [{"text": fr.text, "span": [fr.start, fr.end], "kind": fr.kind}
                        for fr in m.framing],
            "confidence": round(m.confidence, 3),
            "provenance": {**self.provenance, "rules": list(m.rules)},
        }


def to_plain(obj: Any) -> Any:
    """dataclass -> plain JSON-able structure (dates as ISO strings)."""
    if hasattr(obj, "__dataclass_fields__"):
        return to_plain(asdict(obj))
    if isinstance(obj, dict):
        return {k: to_plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_plain(v) for v in obj]
    if isinstance(obj, date):
        return obj.isoformat()
    return obj
