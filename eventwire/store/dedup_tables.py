"""SQL of incremental dedup: stored vectors, the blocking index, the attach
order. Portable SQL over any ``SQLStore`` (same parameter convention).

Tables (migration 0004): ``event_vectors``, ``article_vectors``,
``canonical_blocks`` (type, block key, day → canonical id; indexed on the
first three) and ``dedup_articles`` (which articles are attached, in order).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from eventwire.store.base import SQLStore

CHUNK = 400  # parameters per IN (...) list: portable under every driver's limit


def _marks(n: int) -> str:
    return ", ".join("?" for _ in range(n))


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class DedupTables:
    def __init__(self, store: SQLStore) -> None:
        self.store = store

    # -- what is pending, in attach order -------------------------------------
    def pending_articles(self) -> list[str]:
        """Articles not attached yet, in attach order: by run (start time),
        then publication date, then id — a rebuild replays the same order."""
        rows = self.store.rows(
            "SELECT a.id AS id FROM articles a LEFT JOIN runs r ON r.id = a.run_id "
            "WHERE NOT EXISTS (SELECT 1 FROM dedup_articles d WHERE d.article_id = a.id) "
            "ORDER BY r.started, a.run_id, a.published, a.id")
        return [str(r["id"]) for r in rows]

    def next_seq(self) -> int:
        row = self.store.rows("SELECT MAX(seq) AS m FROM dedup_articles")
        return int(row[0]["m"] or 0) + 1 if row else 1

    def mark_attached(self, article_id: str, seq: int) -> None:
        self.store.execute("INSERT INTO dedup_articles (article_id, seq) VALUES (?, ?)",
                           (article_id, seq))

    def clear(self) -> None:
        for table in ("canonical_blocks", "dedup_articles", "canonical_mentions",
                      "canonical_events"):
            self.store.execute(f"DELETE FROM {table}")

    # -- events and their vectors -------------------------------------------
    def _select_in(self, sql: str, ids: Sequence[str]) -> list[dict[str, Any]]:
        """Rows of ``sql`` (ending in ``IN``) for every id, in chunks."""
        out: list[dict[str, Any]] = []
        for part in _chunks(list(ids)):
            out += self.store.rows(f"{sql} ({_marks(len(part))})", part)
        return out

    def article_events(self, article_ids: Sequence[str]) -> list[dict[str, Any]]:
        rows = self._select_in("SELECT detail FROM events WHERE article_id IN", article_ids)
        return [json.loads(r["detail"]) for r in rows]

    def event_details(self, event_ids: Sequence[str]) -> list[dict[str, Any]]:
        rows = self._select_in("SELECT detail FROM events WHERE event_id IN", event_ids)
        return [json.loads(r["detail"]) for r in rows]

    def article_texts(self, article_ids: Sequence[str]) -> dict[str, str]:
        rows = self._select_in("SELECT id, text FROM articles WHERE id IN", article_ids)
        return {str(r["id"]): str(r["text"]) for r in rows}

    def vectors(self, event_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        rows = self._select_in("SELECT event_id, trigger_vec, sentence_vec FROM event_vectors "
                               "WHERE event_id IN", event_ids)
        return {str(r["event_id"]): (str(r["trigger_vec"]), str(r["sentence_vec"]))
                for r in rows}

    def save_vector(self, event_id: str, model: str, trigger: str, sentence: str) -> None:
        self.store.execute("INSERT INTO event_vectors (event_id, model, trigger_vec, "
                           "sentence_vec) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                           (event_id, model, trigger, sentence))

    def doc_vectors(self, article_ids: Sequence[str]) -> dict[str, str]:
        rows = self._select_in("SELECT article_id, doc_vec FROM article_vectors WHERE "
                               "article_id IN", article_ids)
        return {str(r["article_id"]): str(r["doc_vec"]) for r in rows}

    def save_doc_vector(self, article_id: str, vec: str) -> None:
        self.store.execute("INSERT INTO article_vectors (article_id, doc_vec) VALUES (?, ?) "
                           "ON CONFLICT DO NOTHING", (article_id, vec))

    # -- the blocking index ---------------------------------------------------
    def candidates(self, type_: str, keys: Sequence[str], first: str, last: str,
                   day: str, limit: int) -> list[str]:
        """Canonical events of this type sharing a block key, on a day in
        [first, last] (ISO dates): the ``limit`` nearest to ``day``."""
        if not keys:
            return []
        rows = self.store.rows(
            "SELECT canonical_id, day FROM canonical_blocks WHERE type = ? AND "
            f"block_key IN ({_marks(len(keys))}) AND day >= ? AND day <= ?",
            (type_, *keys, first, last))
        target = date.fromisoformat(day)
        nearest: dict[str, int] = {}
        for r in rows:
            gap = abs((date.fromisoformat(str(r["day"])) - target).days)
            cid = str(r["canonical_id"])
            nearest[cid] = min(gap, nearest.get(cid, gap))
        ranked = sorted(nearest, key=lambda c: (nearest[c], c))[:limit]
        return sorted(ranked)

    def add_blocks(self, canonical_id: str, type_: str, keys: Iterable[str],
                   days: Iterable[str]) -> None:
        day_list = list(days)
        for key in keys:
            for day in day_list:
                self.store.execute("INSERT INTO canonical_blocks (canonical_id, type, "
                                   "block_key, day) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                                   (canonical_id, type_, key, day))

    def members(self, canonical_ids: Sequence[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {c: [] for c in canonical_ids}
        rows = self._select_in("SELECT canonical_id, event_id FROM canonical_mentions WHERE "
                               "canonical_id IN", canonical_ids)
        for r in sorted(rows, key=lambda r: str(r["event_id"])):
            out[str(r["canonical_id"])].append(str(r["event_id"]))
        return out

    def add_member(self, canonical_id: str, event_id: str) -> None:
        self.store.execute("INSERT INTO canonical_mentions (event_id, canonical_id) "
                           "VALUES (?, ?)", (event_id, canonical_id))

    def save_canonical(self, canonical: Any) -> None:
        """Insert or replace one canonical event's record (its members are
        kept in canonical_mentions)."""
        self.store.execute("DELETE FROM canonical_events WHERE canonical_id = ?",
                           (canonical.canonical_id,))
        self.store.insert_canonical_row(canonical)
