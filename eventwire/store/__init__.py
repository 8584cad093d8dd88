"""Storage chosen by URL scheme: ``sqlite:///path.db`` (default) or
``postgresql://…`` (same schema, same SQL). Both satisfy ``Store``."""

from __future__ import annotations

from eventwire.errors import Errors, EventwireError
from eventwire.store.base import SQLStore
from eventwire.store.protocol import Store


def open_store(url: str) -> SQLStore:
    if url.startswith("sqlite://"):
        from eventwire.store.sqlite import SQLiteStore

        return SQLiteStore(url)
    if url.startswith(("postgresql://", "postgres://")):
        from eventwire.store.postgres import PostgresStore

        return PostgresStore(url)
    raise EventwireError(Errors.E301, url=url)


__all__ = ["SQLStore", "Store", "open_store"]
