"""What a page or an API answer holds, built from the store: shared by the
JSON routes (``api.py``) and the HTML views (``views.py``) so that every page
and its JSON twin say the same thing."""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path
from typing import Any

from eventwire.errors import Errors, EventwireError
from eventwire.models import PLOVER_TYPES
from eventwire.store import SQLStore
from eventwire.store.browse import EventFilters
from eventwire.web.app import WebState
from eventwire.web.render import article_spans, compare, evidence

ARTICLE_META = ("id", "title", "outlet", "published", "url", "lang", "word_count")


def event_detail(store: SQLStore, event_id: str) -> dict[str, Any]:
    event = store.event_record(event_id)
    if event is None:
        raise EventwireError(Errors.E807, event_id=event_id)
    article = store.article(event["article_id"]) or {}
    canonical = store.canonical_record(event["canonical_id"]) if event["canonical_id"] else None
    return {"event": event, "evidence": evidence(event, article.get("text")),
            "article": {k: article.get(k) for k in ARTICLE_META},
            "canonical": canonical, "reviews": store.reviews_of([event_id])}


def article_detail(store: SQLStore, article_id: str) -> dict[str, Any]:
    article = store.article(article_id)
    if article is None:
        raise EventwireError(Errors.E304, article_id=article_id)
    events = store.article_events(article_id)
    meta = json.loads(article.get("meta") or "{}")
    return {"article": {**{k: article.get(k) for k in ARTICLE_META}, "text": article["text"],
                        "meta": meta},
            "events": events, "spans": article_spans(events, article["text"]),
            "reviews": store.article_reviews(article_id)}


def canonical_detail(store: SQLStore, canonical_id: str) -> dict[str, Any]:
    canonical = store.canonical_record(canonical_id)
    if canonical is None:
        raise EventwireError(Errors.E808, canonical_id=canonical_id)
    reports = store.events_by_id(canonical["mentions"])
    return {"canonical": canonical, "reports": reports,
            "comparison": compare(canonical, reports)}


def timeline(store: SQLStore, filters: EventFilters, bucket: str) -> dict[str, Any]:
    counts = store.timeline(filters, bucket)
    present = {c["type"] for c in counts}
    return {"bucket": bucket, "types": [t for t in PLOVER_TYPES if t in present] +
            sorted(present - set(PLOVER_TYPES)),
            "periods": _continuous(sorted({c["period"] for c in counts}), bucket),
            "counts": counts}


def _continuous(periods: list[str], bucket: str, most: int = 400) -> list[str]:
    """Every year or month between the first and the last (an empty one is a
    gap on the time axis, not left out); days as found."""
    if len(periods) < 2 or bucket == "day":
        return periods
    try:
        first, last = (int(periods[0][:4]), int(periods[0][5:7] or 1)), (
            int(periods[-1][:4]), int(periods[-1][5:7] or 1))
    except ValueError:
        return periods
    if bucket == "year":
        out = [f"{y:04d}" for y in range(first[0], last[0] + 1)]
    else:
        out = [f"{y:04d}-{m:02d}" for y in range(first[0], last[0] + 1) for m in range(1, 13)
               if first <= (y, m) <= last]
    return out if len(out) <= most else periods


def add_review(store: SQLStore, event_id: str, verdict: str, reviewer: str,
               field: str | None, value: Any, note: str | None) -> dict[str, Any]:
    from eventwire.app.reviewed import check_review

    event = store.event_record(event_id)
    if event is None:
        raise EventwireError(Errors.E807, event_id=event_id)
    article = store.article(event["article_id"])
    if article is None:  # pragma: no cover - events always have their article
        raise EventwireError(Errors.E304, article_id=event["article_id"])
    if not reviewer.strip():
        raise EventwireError(Errors.E809, detail="say who reviews (reviewer)")
    checked = check_review(article["text"], verdict, field or None, value)
    return store.add_review(event_id, event["article_id"], verdict, reviewer.strip(),
                            field or None, checked, note or None)


def ingest(state: WebState, record: dict[str, Any], dedup: bool = False) -> dict[str, Any]:
    """Run the real job (ingest checks, pipeline, store) on one posted article."""
    from eventwire.app.jobs import run_job

    text = record["text"]
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    settings = state.settings.with_overrides(progress=False, dedup=dedup)
    with state.ingest_lock, tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "posted.jsonl"
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        pipeline = state.pipeline_unlocked()
        report = run_job([path], settings, pipeline=pipeline)
    store = state.store()
    if report.rejected:
        reject = store.rejects(run_id=report.run_id)[-1]
        raise EventwireError(Errors.E810, detail=f"{reject['code']} {reject['message']}")
    found = store.rows("SELECT id FROM articles WHERE content_hash = ?", (digest,))
    if not found:  # pragma: no cover - run_job stores or rejects
        raise EventwireError(Errors.E810, detail="the article was neither stored nor rejected")
    article_id = str(found[0]["id"])
    n = store.rows("SELECT COUNT(*) AS n FROM events WHERE article_id = ?", (article_id,))
    return {"article_id": article_id, "stored": report.articles > 0, "events": int(n[0]["n"])}
