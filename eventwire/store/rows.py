"""Rows of the store's tables built from plain records, shared by every
backend and by both ways in: ``save_article`` (one article from the local
runner) and ``load_articles`` (many at once: Parquet shards of the Ray
runner, bulk loads).

An event record here is ``Event.to_dict()`` (docs/formats.md), so a record
that went through Parquet or JSON is stored exactly like one fresh from the
pipeline.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from eventwire.models import Article, Span, event_id_for
from eventwire.records import link_label
from eventwire.stages.time.ranges import timex_range

ARTICLE_COLUMNS = (
    "id", "content_hash", "url", "outlet", "published", "title", "lang", "source", "text",
    "word_count", "meta", "run_id", "ingested_at",
)
EVENT_COLUMNS = (
    "event_id", "article_id", "type", "mode", "modality", "polarity", "actor_id", "actor_name",
    "actor_country", "recipient_id", "recipient_name", "recipient_country", "date_value",
    "date_start", "date_end", "anchor", "background", "geonameid", "lat", "lon", "confidence",
    "outlet", "published", "speaker", "trigger_text", "sentence", "detail", "run_id",
)
ACTOR_COLUMNS = ("actor_id", "name", "country", "sectors", "kind")
PLACE_COLUMNS = ("geonameid", "name", "lat", "lon", "country", "admin1")


def rekey(record: Mapping[str, Any], article_id: str) -> dict[str, Any]:
    """The record of an article stored under another id: event ids derive
    from the article id and the trigger span."""
    start, end = record["trigger"]["span"]
    trigger = Span(record["trigger"]["text"], start, end)
    return {**record, "article_id": article_id, "event_id": event_id_for(article_id, trigger)}


def article_row(article: Article, article_id: str, meta: dict[str, Any], run_id: str,
                stamp: str) -> tuple[Any, ...]:
    return (article_id, article.content_hash, article.url, article.outlet,
            article.published.isoformat() if article.published else None, article.title,
            article.lang, article.source, article.text, article.word_count,
            json.dumps(meta, default=str), run_id, stamp)


def event_row(d: Mapping[str, Any], article: Article, run_id: str) -> tuple[Any, ...]:
    actor, recipient = d["actor"] or {}, d["recipient"] or {}
    start, end = timex_range(d["time"]["value"])
    place = d["place"] or {}
    speaker = next((link_label(a) for a in d["attribution"] if a["role"] == "speaker"), None)
    s0, s1 = d["sentence_span"]
    return (
        d["event_id"], d["article_id"], d["type"], d["mode"], d["factuality"]["modality"],
        d["factuality"]["polarity"], actor.get("actor_id"), actor.get("name") or actor.get("text"),
        actor.get("country"), recipient.get("actor_id"),
        recipient.get("name") or recipient.get("text"), recipient.get("country"),
        d["time"]["value"], start, end, d["time"]["anchor"], int(bool(d["time"]["background"])),
        place.get("geonameid"), place.get("lat"), place.get("lon"), d["confidence"],
        article.outlet, article.published.isoformat() if article.published else None, speaker,
        d["trigger"]["text"], article.text[s0:s1], json.dumps(d, ensure_ascii=False), run_id,
    )


def actor_rows(d: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """The known actors (with an id) of a record: actor and recipient."""
    return [(a["actor_id"], a.get("name"), a.get("country"), json.dumps(a.get("sectors") or []),
             a.get("kind")) for a in (d["actor"], d["recipient"]) if a and a.get("actor_id")]


def place_rows(d: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    p = d["place"]
    if not p or p.get("geonameid") is None:
        return []
    return [(p["geonameid"], p.get("name"), p.get("lat"), p.get("lon"), p.get("country"),
             p.get("admin1"))]
