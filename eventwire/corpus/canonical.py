"""Canonical events: one record per real-world event, built from the stored
event records (one per report) with :mod:`eventwire.corpus.dedup`.

How stored events are compared (documented decisions):
* the key that must match is the PLOVER type;
* a date is used only when the text gives it (anchor explicit, narrative or
  speech): a date taken from the publication day is the day of the report,
  and two outlets publishing a day apart must not look like two events;
* a place is used when it is a city or a point (a country-level place would
  conflict with every city in it);
* two events of a type are one only with the same trigger word or a shared
  participant (precision first: a canonical event that swallows distinct
  events misleads every count made from it; a split one only repeats);
* actors and recipients conflict when their countries differ (or, without a
  country, their knowledge-base ids): "Kataib Hezbollah" and "the Iraqi
  government" may well report the same attack from two sides.

The canonical record takes, for every field, the value most reports give
(ties: the earliest report), and lists in ``disagreements`` every field on
which reports differ, with each value's events and outlets — that is where
analysts look first.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, cast

from eventwire.corpus.dedup import Document, Mention, content_words, corefer, stories
from eventwire.records import (
    ActorRecord,
    ArticleRecord,
    CanonicalRecord,
    DateSummary,
    EventRecord,
    FieldValue,
    PlaceSummary,
    ReportedValue,
    RoleSummary,
)
from eventwire.stages.time.ranges import timex_range

TEXT_ANCHORS = {"explicit", "narrative", "speech", "sentence"}
POINT_PRECISION = {"point", "city"}
DISAGREEMENT_FIELDS = ("actor", "recipient", "date", "place", "modality", "polarity", "mode")


@dataclass
class CanonicalEvent:
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
    background: bool  # every report recalls it as background
    disagreements: dict[str, list[ReportedValue]] = field(default_factory=dict)

    def to_dict(self) -> CanonicalRecord:
        return cast(CanonicalRecord, asdict(self))


def _country_or_id(role: ActorRecord | None) -> str | None:
    if not role:
        return None
    return role.get("country") or role.get("actor_id")


def _actor_id(role: ActorRecord | None) -> str | None:
    return role.get("actor_id") if role else None


def _text_date(ev: EventRecord) -> tuple[tuple[str, str] | None, str | None]:
    time = ev.get("time")
    value = time.get("value") if time else None
    if not time or time.get("anchor") not in TEXT_ANCHORS or not value:
        return None, None
    start, end = timex_range(value)
    if start is None or end is None:
        return None, None
    return (start, end), (start if start == end else None)


def mention_of(ev: EventRecord) -> Mention:
    """The dedup view of one stored event record (``Event.to_dict()``)."""
    date_range, day = _text_date(ev)
    place, actor, recipient = ev.get("place"), ev.get("actor"), ev.get("recipient")
    participants = {x for x in (_actor_id(actor), _actor_id(recipient)) if x}
    trigger = ev.get("trigger")
    return Mention(ev["event_id"], ev["article_id"], ev["type"], date_range, day,
                   place.get("geonameid") if place and place.get("precision") in POINT_PRECISION
                   else None,
                   _country_or_id(actor), _country_or_id(recipient), frozenset(participants),
                   lemma=str(trigger.get("text", "") if trigger else "").lower() or None)


def _published(article: ArticleRecord) -> date | None:
    value = article.get("published")
    return date.fromisoformat(str(value)[:10]) if value else None


def cluster_events(events: Sequence[EventRecord], articles: Iterable[ArticleRecord]
                   ) -> list[list[EventRecord]]:
    """Group event records that report the same event (each group in report
    order: publication date, then event id)."""
    docs = [Document(str(a["id"]), tuple(content_words(a.get("text") or "")), _published(a))
            for a in articles]
    clusters = corefer([mention_of(ev) for ev in events], stories(docs))
    groups: dict[str, list[EventRecord]] = defaultdict(list)
    for ev in events:
        groups[clusters[ev["event_id"]]].append(ev)
    order = sorted(groups.values(), key=lambda g: _report_key(g[0]))
    return [sorted(g, key=_report_key) for g in order]


def _report_key(ev: EventRecord) -> tuple[str, str]:
    return (str(ev.get("published") or "9999"), ev["event_id"])


def _role_value(role: ActorRecord | None) -> tuple[str, FieldValue] | None:
    key = role.get("actor_id") or role.get("country") or role.get("name") if role else None
    if not role or not key:
        return None
    summary: RoleSummary = {"actor_id": role.get("actor_id"), "name": role.get("name"),
                            "country": role.get("country")}
    return str(key), summary


def _date_value(ev: EventRecord) -> tuple[str, FieldValue] | None:
    time = ev.get("time")
    value = time.get("value") if time else None
    if not time or time.get("anchor") not in TEXT_ANCHORS or not value:
        return None
    start, end = timex_range(value)
    summary: DateSummary = {"value": value, "start": start, "end": end}
    return value, summary


def _place_value(ev: EventRecord) -> tuple[str, FieldValue] | None:
    place = ev.get("place")
    gid = place.get("geonameid") if place else None
    if not place or not gid:
        return None
    return str(gid), cast(PlaceSummary, {
        "geonameid": place.get("geonameid"), "name": place.get("name"), "lat": place.get("lat"),
        "lon": place.get("lon"), "country": place.get("country"),
        "precision": place.get("precision")})


def _field_value(ev: EventRecord, name: str) -> tuple[str, FieldValue] | None:
    """(comparable key, display value) of one field of a report, or None."""
    if name in ("actor", "recipient"):
        return _role_value(ev.get("actor") if name == "actor" else ev.get("recipient"))
    if name == "date":
        return _date_value(ev)
    if name == "place":
        return _place_value(ev)
    if name in ("modality", "polarity"):
        f = ev.get("factuality")
        fvalue = (f.get("modality") if name == "modality" else f.get("polarity")) if f else None
        return (fvalue, fvalue) if fvalue else None
    value = cast(Mapping[str, Any], ev).get(name)  # mode
    return (str(value), value) if value else None


def _values(group: Sequence[EventRecord], name: str) -> list[ReportedValue]:
    """Each distinct value of a field with its reports, most reported first."""
    found: dict[str, ReportedValue] = {}
    for ev in group:
        kv = _field_value(ev, name)
        if kv is None:
            continue
        entry = found.setdefault(kv[0], {"value": kv[1], "events": [], "outlets": []})
        entry["events"].append(ev["event_id"])
        outlet = ev.get("outlet")
        if outlet and outlet not in entry["outlets"]:
            entry["outlets"].append(outlet)
    return sorted(found.values(), key=lambda e: -len(e["events"]))  # stable: earliest first


def canonical_id_for(group: Sequence[EventRecord]) -> str:
    """Stable while the first report stays the first: hash of its event id."""
    return "c-" + hashlib.sha1(group[0]["event_id"].encode()).hexdigest()[:16]


def build(group: Sequence[EventRecord]) -> CanonicalEvent:
    values = {name: _values(group, name) for name in DISAGREEMENT_FIELDS}
    types = Counter(ev["type"] for ev in group)
    outlets = list(dict.fromkeys(o for o in (ev.get("outlet") for ev in group) if o))
    published = [str(ev["published"]) for ev in group if ev.get("published")]

    def top(name: str) -> Any:
        return values[name][0]["value"] if values[name] else None

    return CanonicalEvent(
        canonical_id=canonical_id_for(group), type=types.most_common(1)[0][0],
        actor=top("actor"), recipient=top("recipient"), date=top("date"), place=top("place"),
        mentions=[ev["event_id"] for ev in group],
        articles=list(dict.fromkeys(ev["article_id"] for ev in group)), outlets=outlets,
        first_reported=min(published) if published else None,
        background=all((ev.get("time") or {}).get("background") for ev in group),
        disagreements={name: v for name, v in values.items() if len(v) > 1})


def canonical_events(events: Sequence[EventRecord], articles: Iterable[ArticleRecord]
                     ) -> list[CanonicalEvent]:
    """Canonical events of a corpus, in order of first report."""
    return [build(group) for group in cluster_events(events, articles)]


@dataclass
class DedupReport:
    events: int
    canonical: int
    multi_report: int  # canonical events reported more than once
    disagreeing: int


def rebuild(store: Any) -> DedupReport:
    """Recompute every canonical event of a store from scratch (see
    :func:`eventwire.corpus.attach.rebuild`)."""
    from eventwire.corpus.attach import rebuild as attach_rebuild

    return attach_rebuild(store)
