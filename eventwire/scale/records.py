"""Articles and rejects as plain rows, so they can travel through Ray Data
blocks and Parquet shards and come back unchanged."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from eventwire.models import Article, Reject

ARTICLE, REJECT, SKIPPED = "article", "reject", "skipped"


def article_payload(article: Article) -> str:
    return json.dumps({"text": article.text, "id": article.id, "title": article.title,
                       "url": article.url, "outlet": article.outlet,
                       "published": article.published.isoformat() if article.published else None,
                       "lang": article.lang, "source": article.source, "meta": article.meta},
                      ensure_ascii=False, default=str)


def article_of(payload: str) -> Article:
    d = json.loads(payload)
    published = date.fromisoformat(d.pop("published")) if d.get("published") else None
    return Article(published=published, **{k: v for k, v in d.items() if k != "published"})


def reject_payload(reject: Reject) -> str:
    return json.dumps(asdict(reject), ensure_ascii=False)


def reject_of(payload: str) -> Reject:
    return Reject(**json.loads(payload))


def row_of(item: Article | Reject) -> dict[str, Any]:
    """An input item as a row: ``kind``, ``payload`` (JSON), ``events`` (JSON list)."""
    if isinstance(item, Reject):
        return {"kind": REJECT, "payload": reject_payload(item), "events": "[]"}
    return {"kind": ARTICLE, "payload": article_payload(item), "events": "[]"}
