"""Inputs: an ``Article`` after ingest and before NLP, and a ``Reject``
(an input that was not processed, kept with its coded reason)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any


def coerce_date(value: object, name: str) -> date | None:
    """A date from a ``date``, a ``datetime`` or an ISO string ("2020-11-14",
    "2020-11-14T10:00:00Z"); anything else is a coded usage error (EW109)."""
    from datetime import datetime

    from eventwire.errors import Errors, UsageError

    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str) and value.strip():
        text = value.strip()
        for parse in (lambda: date.fromisoformat(text[:10]),
                      lambda: datetime.fromisoformat(text.replace("Z", "+00:00")).date()):
            try:
                return parse()
            except ValueError:
                continue
    raise UsageError(Errors.E109, source=name, value=value)


@dataclass
class Article:
    """One input document, after ingest and before NLP."""

    text: str
    id: str = ""
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    lang: str | None = None
    source: str | None = None  # where it came from: path, path:line, warc record id
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            from eventwire.errors import Errors, UsageError

            raise UsageError(Errors.E204, kind=type(self.text).__name__)
        self.published = coerce_date(self.published, "published")
        if not self.id:
            self.id = "a-" + self.content_hash[:16]

    @property
    def content_hash(self) -> str:
        """Hash of the text alone: the same text is the same article."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass
class Reject:
    """An input that was not processed, kept with its reason (never dropped)."""

    source: str
    code: str
    message: str
    excerpt: str = ""
    article_id: str | None = None
    error: Exception | None = field(default=None, compare=False, repr=False)  # not stored
