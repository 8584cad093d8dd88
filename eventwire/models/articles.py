"""Inputs: an ``Article`` after ingest and before NLP, and a ``Reject``
(an input that was not processed, kept with its coded reason)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eventwire.errors import EventwireError

# A code point U+D800..U+DFFF in a str is a lone surrogate (a JSON "\udfff"
# escape, or bytes decoded with surrogateescape): not text, and no UTF-8 encoder
# (the content hash, the language detector, the store) accepts it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, as a decoder with
    ``errors="replace"`` does (one character for one, so offsets hold)."""
    return _LONE_SURROGATE.sub("\ufffd", text)


# The publication dates the time stage can anchor on: its windows and
# relative days ("Monday", "last year", a decade back) are date arithmetic,
# which overflows next to year 1 or 9999 (robust35).
PUBLISHED_RANGE = (date(1000, 1, 1), date(8999, 12, 31))


def published_in_range(day: date) -> bool:
    return PUBLISHED_RANGE[0] <= day <= PUBLISHED_RANGE[1]


def check_published(day: date | None, name: str, error: type[EventwireError] | None = None,
                    value: str | None = None) -> date:
    """The one range check of a publication date, whichever reader or caller
    gives it: ``day``, or a coded error (EW117) when it is out of range or
    is no ``date`` at all (``None``: year 0 or past 9999 in a feed's time
    tuple). A usage error by default, or ``error`` (every ingest reader
    passes ``InputRejected``, so the record becomes a kept reject and is
    never given a fallback date); ``value`` is the text the message quotes
    (the day's ISO form by default)."""
    if day is None or not published_in_range(day):
        from eventwire.errors import Errors, UsageError

        low, high = PUBLISHED_RANGE
        shown = value if value is not None else (day.isoformat() if day else "")
        raise (error or UsageError)(Errors.E117, source=name, value=shown,
                                    low=low.isoformat(), high=high.isoformat())
    return day


def coerce_date(value: object, name: str) -> date | None:
    """A date from a ``date``, a ``datetime`` or an ISO string ("2020-11-14",
    "2020-11-14T10:00:00Z"); anything else is a coded usage error (EW109), and
    so is a date outside ``PUBLISHED_RANGE`` (EW117)."""
    from datetime import datetime

    from eventwire.errors import Errors, UsageError

    if value is None:
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return check_published(value, name)
    if isinstance(value, datetime):
        return check_published(value.date(), name)
    if isinstance(value, str) and value.strip():
        text = value.strip()
        for parse in (lambda: date.fromisoformat(text[:10]),
                      lambda: datetime.fromisoformat(text.replace("Z", "+00:00")).date()):
            try:
                day = parse()
            except ValueError:
                continue
            return check_published(day, name)
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
        self.text = without_surrogates(self.text)
        if isinstance(self.title, str):
            self.title = without_surrogates(self.title)
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
