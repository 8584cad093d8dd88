"""The stored event record: ``Event`` and ``Event.to_dict()``, the JSON
record of ``docs/formats.md`` (typed as ``EventRecord`` in
:mod:`eventwire.records`)."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from eventwire.models.mentions import (
    ActorMention,
    Condition,
    EventMention,
    Factuality,
    PlaceMention,
    Span,
    TimeValue,
)
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
                {"role": checked(a.role, Role), "text": a.text, "name": a.name,
                 "actor_id": a.actor_id,
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
