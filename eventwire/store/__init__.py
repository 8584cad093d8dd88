"""Storage chosen by URL scheme: ``sqlite:///path.db`` (default) or, later,
``postgresql://…`` (same schema, same SQL)."""

from __future__ import annotations

from eventwire.errors import Errors, EventwireError
from eventwire.store.base import SQLStore


def open_store(url: str) -> SQLStore:
    if url.startswith("sqlite://"):
        from eventwire.store.sqlite import SQLiteStore

        return SQLiteStore(url)
    raise EventwireError(Errors.E301, url=url)


__all__ = ["SQLStore", "open_store"]
