"""Bytes -> text, with coded rejections for the inputs we cannot trust.

Decisions:
* Text must be UTF-8 (a UTF-8 BOM is accepted and removed). Anything else is
  rejected with EW103 rather than guessed: a wrong guess silently corrupts
  names, and names are what event coding is about. The message says how to
  convert the file.
* A file is binary when it has NUL bytes or more than 10% control characters
  in its first 8 KiB (EW102).
"""

from __future__ import annotations

from datetime import date, datetime

from eventwire.errors import ErrorCode, Errors, EventwireError, InputRejected
from eventwire.models.articles import check_published

_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def reject(code: ErrorCode, **fields: object) -> InputRejected:
    return InputRejected(code, **fields)


def looks_binary(data: bytes) -> str | None:
    head = data[:8192]
    if b"\x00" in head:
        return "NUL bytes"
    if head and sum(b in _CONTROL for b in head) / len(head) > 0.10:
        return "control characters"
    return None


def decode_bytes(data: bytes, source: str) -> str:
    """Decode UTF-8 text or raise InputRejected (EW101/EW102/EW103)."""
    if not data.strip():
        raise reject(Errors.E101, source=source)
    why = looks_binary(data)
    if why:
        raise reject(Errors.E102, source=source, detail=why)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise reject(Errors.E103, source=source,
                     detail=f"byte {exc.object[exc.start]:#04x} at offset {exc.start}") from exc


def parse_date(value: object, source: str) -> date | None:
    """A publication date from a record's value (JSONL, Parquet, an HTML
    page's, a WARC-Date): ``YYYY-MM-DD`` or an ISO datetime; None if absent.
    Unreadable is an EW109 reject, out of range an EW117 reject
    (``check_published``, the range check every reader shares)."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return _in_range(value.date(), source)
    if isinstance(value, date):
        return _in_range(value, source)
    text = str(value).strip()
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        try:
            day = datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError as exc:
            raise reject(Errors.E109, source=source, value=text) from exc
    return _in_range(day, source)


def _in_range(day: date, source: str) -> date:
    """``day``, or an EW117 reject for a date the time stage cannot anchor on."""
    return check_published(day, source, InputRejected)


def as_rejected(exc: EventwireError) -> InputRejected:
    return exc if isinstance(exc, InputRejected) else InputRejected(exc.error, **exc.fields)
