"""One reader per input format. Each yields ``Article`` or ``InputRejected``
(never raises for bad input), so one bad record never stops a file.

Decisions:
* Plain text: the whole file is the article text; no title is guessed.
* JSONL fields: ``id, url, outlet, published, title, lang, text``; other
  fields are kept in ``Article.meta``.
* HTML: trafilatura extracts the main text, title, date and site name, offline.
* RSS/Atom: one article per entry (full content if present, else summary),
  HTML stripped; the feed's title is the outlet.
* Publication dates: every reader checks its date with one function,
  ``models.articles.check_published`` (through ``decode.parse_date`` for
  JSONL, Parquet, HTML and WARC; directly for a feed entry's time tuple): a
  date that cannot be read (EW109; EW113 in a feed) or is out of range
  (EW117) rejects the record, which is kept in the rejects table, never
  given a fallback date (issue #12). A page's or entry's missing date is
  not an error (the record goes in undated, or with the WARC-Date).
* WARC: each ``response`` (or ``resource``) record with an HTML or text payload
  is an article; ``WARC-Date`` is the fallback publication date.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import Errors, EventwireError, InputRejected
from eventwire.ingest.decode import decode_bytes, parse_date, reject
from eventwire.models import Article
from eventwire.models.articles import check_published

Item = Article | InputRejected


def read_text(path: Path) -> Iterator[Item]:
    try:
        yield Article(text=decode_bytes(path.read_bytes(), str(path)), source=str(path))
    except InputRejected as exc:
        yield exc


STRING_FIELDS = ("url", "outlet", "title", "lang")


def _string_fields(rec: dict[str, Any], source: str) -> None:
    """``id`` is a string or a number; url/outlet/title/lang strings: a list
    or an object there is an error in the record, not something to str()."""
    rid = rec.get("id")
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, str | int)):
        raise reject(Errors.E116, source=source, field="id",
                     detail=f"must be a string or a number, not {type(rid).__name__}")
    for name in STRING_FIELDS:
        value = rec.get(name)
        if value is not None and not isinstance(value, str):
            raise reject(Errors.E116, source=source, field=name,
                         detail=f"must be a string, not {type(value).__name__}")


def _from_record(rec: dict[str, Any], source: str) -> Article:
    text = rec.get("text")
    if text is None:
        raise reject(Errors.E106, source=source, field="text")
    if not isinstance(text, str):
        raise reject(Errors.E116, source=source, field="text",
                     detail=f"must be a string, not {type(text).__name__}")
    if not text.strip():
        raise reject(Errors.E101, source=source)
    _string_fields(rec, source)
    known = {"id", "url", "outlet", "published", "title", "lang", "text"}
    return Article(text=text, id=str(rec.get("id") or ""), url=rec.get("url"),
                   outlet=rec.get("outlet"), published=parse_date(rec.get("published"), source),
                   title=rec.get("title"), lang=rec.get("lang"), source=source,
                   meta={k: v for k, v in rec.items() if k not in known})


def read_jsonl(path: Path) -> Iterator[Item]:
    try:
        raw = path.read_bytes()
        decode_bytes(raw[:65536] if len(raw) > 65536 else raw, str(path))
    except InputRejected as exc:
        yield exc
        return
    with open(path, encoding="utf-8-sig", errors="strict") as fh:
        for number, line in enumerate(_safe_lines(fh, path), 1):
            if isinstance(line, InputRejected):
                yield line
                return
            if not line.strip():
                continue
            source = f"{path}:{number}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield reject(Errors.E105, source=path, line=number,
                             detail=f"{exc.msg} (column {exc.colno})")
                continue
            if not isinstance(rec, dict):
                yield reject(Errors.E105, source=path, line=number, detail="not a JSON object")
                continue
            try:
                yield _from_record(rec, source)
            except InputRejected as exc:
                yield exc


def _safe_lines(fh: Any, path: Path) -> Iterator[str | InputRejected]:
    try:
        yield from fh
    except UnicodeDecodeError as exc:
        yield reject(Errors.E103, source=path, detail=f"offset {exc.start}")


def html_to_article(html: str, source: str, url: str | None = None,
                    fallback_date: date | None = None) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                      include_comments=False, as_dict=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise reject(Errors.E110, source=source, detail="trafilatura found no main text")
    # a page date that cannot be read or is out of range rejects the page
    # (EW109 / EW117): never replaced by the fallback (issue #12)
    raw_date = getattr(doc, "date", None)
    published = parse_date(raw_date, source) if raw_date else None
    return Article(text=text, title=getattr(doc, "title", None), url=url or getattr(doc, "url",
                   None), outlet=getattr(doc, "sitename", None),
                   published=published or fallback_date, source=source)


def read_html(path: Path) -> Iterator[Item]:
    try:
        yield html_to_article(decode_bytes(path.read_bytes(), str(path)), str(path))
    except InputRejected as exc:
        yield exc


def _strip_html(fragment: str) -> str:
    from html import unescape

    text = re.sub(r"(?is)<(script|style).*?</\1>", " ", fragment)
    text = re.sub(r"(?i)<\s*(br|/p|/div|/li|/h\d)\s*/?>", "\n", text)
    text = re.sub(r"<[^>]+>", " ", text)
    lines = (" ".join(line.split()) for line in unescape(text).splitlines())
    return "\n".join(line for line in lines if line)


def read_feed(path: Path) -> Iterator[Item]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield reject(Errors.E113, source=path, detail=str(exc))
        return
    yield from feed_items(data, str(path))


def feed_items(data: bytes, path: str) -> Iterator[Item]:
    """The entries of an RSS/Atom document (a file's or a URL's bytes)."""
    import feedparser

    try:
        decode_bytes(data, path)
    except InputRejected as exc:
        yield exc
        return
    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield reject(Errors.E113, source=path, detail=str(feed.get("bozo_exception", "not a feed")))
        return
    broken = _syntax_error(feed)
    outlet = feed.feed.get("title")
    read = 0
    for number, entry in enumerate(feed.entries, 1):
        source = f"{path}#{entry.get('id') or entry.get('link') or number}"
        body = entry.get("content", [{}])[0].get("value") if entry.get("content") else None
        text = _strip_html(body or entry.get("summary", "") or "")
        if not text.strip():
            yield reject(Errors.E113, source=source, detail=f"entry {number} is cut off "
                         f"({broken})") if broken else reject(Errors.E101, source=source)
            continue
        try:
            published = entry_date(entry, source)
        except InputRejected as exc:
            yield exc
            continue
        read += 1
        yield Article(text=text, title=entry.get("title"), url=entry.get("link"),
                      outlet=outlet, published=published, source=source)
    if broken:
        yield reject(Errors.E113, source=path, detail=f"the feed is truncated or malformed "
                     f"({broken}); {read} entries before the break were read")


def entry_date(entry: Any, source: str) -> date | None:
    """The feed entry's date: its ``published``, else its ``updated``; None
    when it gives neither. A date given but unreadable (feedparser could not
    parse it, or an ISO date with no such day, "2024-13-45", which feedparser
    rolls over) is an EW113 reject, and a date outside
    ``PUBLISHED_RANGE`` (year 0, 0999, 9500) an EW117 reject from
    ``check_published``, the check every reader shares: the entry is kept
    as a reject with its reason, never given a fallback date."""
    key = "published" if entry.get("published") else "updated"
    raw = str(entry.get(key) or "").strip()
    if not raw:
        return None
    stamp = entry.get(f"{key}_parsed")
    day = check_published(_day(stamp), source, InputRejected, value=raw) if stamp else None
    if day is None or (ISO_DAY.match(raw) and not _iso_day_exists(raw)):
        raise reject(Errors.E113, source=source, detail=f"its date '{raw}' cannot be read; "
                     "the entry was not read")
    return day


def _day(stamp: Any) -> date | None:
    """The day of feedparser's time tuple; None for year 0 or past 9999,
    which no ``date`` holds."""
    try:
        return date(*stamp[:3])
    except ValueError:
        return None


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day_exists(raw: str) -> bool:
    """An ISO date's year, month and day name a real day (feedparser rolls
    "2024-13-45" over into 2025 instead)."""
    try:
        date.fromisoformat(raw[:10])
    except ValueError:
        return False
    return True


def _syntax_error(feed: Any) -> str | None:
    """The XML error of a feed cut off or broken mid-way (feedparser reads
    what it can and flags it), not its benign encoding notes."""
    from xml.sax import SAXException

    exc = feed.get("bozo_exception") if feed.bozo else None
    return str(exc) if isinstance(exc, SAXException) else None


def read_warc(path: Path) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    seen = 0  # items produced: a WARC that gives nothing at all is an error, not silence
    try:
        with open(path, "rb") as fh:
            for number, record in enumerate(ArchiveIterator(fh), 1):
                item = _warc_record(record, path, number)
                if item is not None:
                    seen += 1
                    yield item
    except Exception as exc:  # warcio raises many types on a corrupt stream
        yield InputRejected(Errors.E108, source=path, detail="the file is truncated or not a "
                            f"WARC file ({type(exc).__name__}: {exc})")
        return
    cut = _gzip_truncated(path)
    if cut is not None:
        yield InputRejected(Errors.E108, source=path, detail=f"the compressed file is cut off "
                            f"({cut}); the complete records before the cut were read")
    elif seen == 0:
        yield InputRejected(Errors.E108, source=path,
                            detail="no HTML or text response record in the file")


def _gzip_truncated(path: Path) -> str | None:
    """warcio stops quietly at a gzip member cut off mid-way (a download that
    did not finish): decompressing the whole file once tells."""
    import gzip
    import zlib

    with open(path, "rb") as fh:
        if fh.read(2) != b"\x1f\x8b":
            return None
    try:
        with gzip.open(path, "rb") as fh:
            while fh.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return str(exc)
    return None


def _warc_record(record: Any, path: Path, number: int) -> Item | None:
    if record.rec_type not in ("response", "resource"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    source = f"{path}#{record.rec_headers.get_header('WARC-Record-ID') or number}"
    ctype = (record.http_headers.get_header("Content-Type") if record.http_headers
             else record.rec_headers.get_header("Content-Type")) or ""
    if "html" not in ctype and "text" not in ctype:
        return None
    try:
        payload = record.content_stream().read()
        fallback = parse_date(record.rec_headers.get_header("WARC-Date"), source)
        text = decode_bytes(payload, source)
        if "html" in ctype:
            return html_to_article(text, source, url=url, fallback_date=fallback)
        return Article(text=text, url=url, published=fallback, source=source)
    except InputRejected as exc:
        return exc
    except EventwireError as exc:
        return InputRejected(exc.error, **exc.fields)
    except Exception as exc:  # a truncated or corrupt record: keep going with the next
        return InputRejected(Errors.E108, source=source, detail=f"{type(exc).__name__}: {exc}")


def read_parquet(path: Path) -> Iterator[Item]:
    """Parquet: one article per row, the same fields as a JSONL record."""
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except (OSError, ValueError) as exc:  # pyarrow raises ArrowInvalid (a ValueError)
        yield reject(Errors.E120, source=path, detail=str(exc))
        return
    number = 0
    for batch in table.iter_batches(batch_size=1024):
        for rec in batch.to_pylist():
            number += 1
            if hasattr(rec.get("published"), "isoformat"):
                rec["published"] = rec["published"].isoformat()
            try:
                yield _from_record(rec, f"{path}:{number}")
            except InputRejected as exc:
                yield exc


READERS = {"text": read_text, "jsonl": read_jsonl, "html": read_html, "feed": read_feed,
           "warc": read_warc, "parquet": read_parquet}

SUFFIXES = {".txt": "text", ".text": "text", ".jsonl": "jsonl",
            ".ndjson": "jsonl", ".html": "html", ".htm": "html", ".xml": "feed",
            ".rss": "feed", ".atom": "feed", ".warc": "warc", ".gz": "warc",
            ".parquet": "parquet"}


def format_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".warc.gz") or name.endswith(".warc"):
        return "warc"
    if name.endswith(".gz"):
        return None
    return SUFFIXES.get(path.suffix.lower())
