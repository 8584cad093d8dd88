"""Storage chosen by URL scheme: ``sqlite:///path.db`` (default) or
``postgresql://…`` (same schema, same SQL). Both satisfy ``Store``.

Each backend registers one line in ``BACKENDS``: its scheme, the function
that opens it and an example URL for error messages. ``open_store(url,
create=False)`` — what every read command uses — never creates anything: a
mistyped path is an error (EW305), not a new empty store; ``readonly=True``
(every command that only reads) opens it read-only, so a read-only store
can still be queried.
"""

from __future__ import annotations

from collections.abc import Callable

from eventwire.errors import Errors, EventwireError
from eventwire.store.base import SQLStore
from eventwire.store.protocol import Store

Opener = Callable[..., SQLStore]  # (url, *, create: bool, readonly: bool) -> store


def _sqlite(url: str, *, create: bool, readonly: bool) -> SQLStore:
    from eventwire.store.sqlite import SQLiteStore

    return SQLiteStore(url, create=create, readonly=readonly)


def _postgresql(url: str, *, create: bool, readonly: bool) -> SQLStore:
    from eventwire.store.postgres import PostgresStore

    return PostgresStore(url, create=create, readonly=readonly)


# scheme -> (opener, example URL)
BACKENDS: dict[str, tuple[Opener, str]] = {
    "sqlite": (_sqlite, "sqlite:///path.db"),
    "postgresql": (_postgresql, "postgresql://user@host/db"),
    "postgres": (_postgresql, "postgres://user@host/db"),
}


def supported() -> str:
    """Example URLs, one per backend (aliases such as ``postgres://`` left out)."""
    examples: dict[Opener, str] = {}
    for opener, example in BACKENDS.values():
        examples.setdefault(opener, example)
    return ", ".join(examples.values())


def open_store(url: str, *, create: bool = True, readonly: bool = False) -> SQLStore:
    """Open the store at ``url``; with ``create=False`` a missing store is an
    error instead of a new empty one; ``readonly`` implies ``create=False``."""
    scheme, sep, _ = url.partition("://")
    backend = BACKENDS.get(scheme.lower()) if sep else None
    if backend is None:
        detail = f"unknown scheme '{scheme}'" if sep else "no scheme"
        raise EventwireError(Errors.E301, url=url, detail=detail, supported=supported())
    return backend[0](url, create=create and not readonly, readonly=readonly)


__all__ = ["BACKENDS", "SQLStore", "Store", "open_store"]
