"""Writing articles with their events: one article from the local runner
(``save_article``) or many at once (``load_articles``: Parquet shards of the
Ray runner, bulk loads), through the same rows (``rows.py``).

Same content hash = same article: loading it again is a no-op. An article
whose *id* is taken by a different text is stored under ``<id>-<hash8>``
(the given id kept in ``meta.original_id``). A concurrent run that stores the
same text between our check and our insert wins: ours is skipped whole
(``ON CONFLICT (content_hash) DO NOTHING``, then only the articles this call
really inserted get their events). ``SQLStore`` mixes this in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any

from eventwire.models import Article, Event
from eventwire.store.rows import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    PLACE_COLUMNS,
    actor_rows,
    article_row,
    event_row,
    place_rows,
    rekey,
)
from eventwire.store.runs import now

# Largest IN (...) list sent at once (SQLite allows 32,766 parameters).
IN_CHUNK = 500


class LoadQueries:
    """Needs ``rows``, ``insert_many`` and ``transaction`` (``SQLStore``)."""

    def rows(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError  # pragma: no cover - provided by SQLStore

    def insert_many(self, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]],
                    conflict: str = "DO NOTHING") -> None:
        raise NotImplementedError  # pragma: no cover - provided by SQLStore

    def transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError  # pragma: no cover - provided by SQLStore

    def save_article(self, article: Article, events: list[Event], run_id: str) -> bool:
        """Store an article and its events in one transaction; False if the
        same text was already stored (also by a concurrent run just now)."""
        return self.load_articles([(article, [ev.to_dict() for ev in events])], run_id) == 1

    def load_articles(self, items: Iterable[tuple[Article, Sequence[Mapping[str, Any]]]],
                      run_id: str) -> int:
        """Store many articles with their event records (``Event.to_dict()``)
        in one transaction; articles already stored (same text) are skipped.
        Returns how many were stored."""
        fresh = self._not_stored(list(items))
        if not fresh:
            return 0
        taken = self._taken_ids({a.id for a, _ in fresh})
        stamp = now()
        articles: list[tuple[Any, ...]] = []
        records: dict[str, list[tuple[Article, Mapping[str, Any]]]] = {}
        for article, recs in fresh:
            article_id, meta = article.id, dict(article.meta)
            if article_id in taken:  # an id taken by another text: keep both
                article_id = f"{article.id}-{article.content_hash[:8]}"
                meta["original_id"] = article.id
            taken.add(article_id)
            articles.append(article_row(article, article_id, meta, run_id, stamp))
            records[article_id] = [(article, r if article_id == r["article_id"]
                                    else rekey(r, article_id)) for r in recs]
        with self.transaction():
            # a concurrent run may have stored the same text since _not_stored
            self.insert_many("articles", ARTICLE_COLUMNS, articles, "(content_hash) DO NOTHING")
            kept = self._ours(list(records), run_id, stamp)
            self._insert_records([rec for a in kept for rec in records[a]], run_id)
        return len(kept)

    def _insert_records(self, records: list[tuple[Article, Mapping[str, Any]]],
                        run_id: str) -> None:
        tables: dict[str, list[tuple[Any, ...]]] = {"events": [], "actors": [], "places": []}
        for article, rec in records:
            tables["events"].append(event_row(rec, article, run_id))
            tables["actors"] += actor_rows(rec)
            tables["places"] += place_rows(rec)
        for table, columns in (("events", EVENT_COLUMNS), ("actors", ACTOR_COLUMNS),
                               ("places", PLACE_COLUMNS)):
            self.insert_many(table, columns, tables[table])

    def _in_chunks(self, query: str, values: Iterable[Any], params: Sequence[Any] = ()
                   ) -> set[Any]:
        """Column ``v`` of ``query`` (``{marks}`` its IN list) over ``values``."""
        wanted, found = sorted(set(values)), set()
        for i in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[i:i + IN_CHUNK]
            marks = ", ".join("?" for _ in chunk)
            found |= {r["v"] for r in self.rows(query.format(marks=marks), [*params, *chunk])}
        return found

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The content hashes among ``hashes`` whose article is stored."""
        return self._in_chunks("SELECT content_hash AS v FROM articles WHERE content_hash "
                               "IN ({marks})", hashes)

    def _taken_ids(self, ids: set[str]) -> set[str]:
        return self._in_chunks("SELECT id AS v FROM articles WHERE id IN ({marks})", ids)

    def _ours(self, ids: list[str], run_id: str, stamp: str) -> list[str]:
        """Of ``ids`` just inserted, those that this call stored (in order)."""
        mine = self._in_chunks("SELECT id AS v FROM articles WHERE run_id = ? AND "
                               "ingested_at = ? AND id IN ({marks})", ids, (run_id, stamp))
        return [i for i in ids if i in mine]

    def _not_stored(self, items: list[tuple[Article, Sequence[Mapping[str, Any]]]]
                    ) -> list[tuple[Article, Sequence[Mapping[str, Any]]]]:
        """Items whose text is not stored yet (nor earlier in ``items``)."""
        stored = self.known_hashes(a.content_hash for a, _ in items)
        out = []
        for article, recs in items:
            if article.content_hash not in stored:
                stored.add(article.content_hash)
                out.append((article, recs))
        return out
