"""Analysts' reviews of event records (table ``reviews``, migration 0003).

A review is appended, never applied to ``events``: the machine output stays
as it was, and the latest review of an event decides what ``eventwire export
--reviewed`` writes. ``ReviewQueries`` is mixed into ``SQLStore``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

VERDICTS: tuple[str, ...] = ("accept", "correct", "reject")


class ReviewQueries:
    """Needs ``rows``, ``execute`` and ``transaction`` (``SQLStore``)."""

    def rows(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError  # pragma: no cover - provided by SQLStore

    def execute(self, query: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError  # pragma: no cover - provided by SQLStore

    def transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError  # pragma: no cover - provided by SQLStore

    def add_review(self, event_id: str, article_id: str, verdict: str, reviewer: str,
                   field: str | None = None, value: Any = None,
                   note: str | None = None) -> dict[str, Any]:
        """Store one review (already validated) and return it."""
        review = {"review_id": "v-" + uuid.uuid4().hex[:16], "event_id": event_id,
                  "article_id": article_id, "verdict": verdict, "field": field,
                  "value": value, "reviewer": reviewer, "note": note,
                  "created": datetime.now(UTC).isoformat(timespec="microseconds")}
        with self.transaction():
            self.execute("INSERT INTO reviews (review_id, event_id, article_id, verdict, field, "
                         "value, reviewer, note, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (review["review_id"], event_id, article_id, verdict, field,
                          json.dumps(value, ensure_ascii=False), reviewer, note,
                          review["created"]))
        return review

    def reviews_of(self, event_ids: Sequence[str]) -> list[dict[str, Any]]:
        """Reviews of these events, oldest first."""
        if not event_ids:
            return []
        marks = ", ".join("?" for _ in event_ids)
        return [_decoded(r) for r in self.rows(
            f"SELECT * FROM reviews WHERE event_id IN ({marks}) ORDER BY created, review_id",
            list(event_ids))]

    def article_reviews(self, article_id: str) -> list[dict[str, Any]]:
        return [_decoded(r) for r in self.rows(
            "SELECT * FROM reviews WHERE article_id = ? ORDER BY created, review_id",
            (article_id,))]

    def reviewed_article_ids(self) -> list[str]:
        return [str(r["article_id"]) for r in self.rows(
            "SELECT DISTINCT article_id FROM reviews ORDER BY article_id")]


def _decoded(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "value": json.loads(row["value"]) if row.get("value") else None}
