"""Ingest: files and directories in, ``Article`` or ``Reject`` out.

``iter_inputs`` never raises for bad input: every problem becomes a ``Reject``
with a code and a message saying what to do, so the run goes on and the
reject is stored. Checks applied to every article whatever its format:
size (``settings.max_chars``, EW104), minimal length (``settings.min_chars``,
EW101) and language (EW107; English only, see :mod:`.lang`).

An article without a publication date is NOT rejected: it goes in with
``published=None``; its events get ``time.anchor = "unknown"`` and the CLI
warns (EW114).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from eventwire.errors import Errors, InputRejected
from eventwire.ingest.lang import detect_language
from eventwire.ingest.readers import READERS, format_of
from eventwire.models import Article, Reject
from eventwire.settings import Settings

__all__ = ["check_article", "checked", "input_files", "iter_inputs", "read_path"]


# In a directory walk, documentation beside the data is not input: skipped
# (a file named on the command line is never skipped).
DOC_SUFFIXES = {".md", ".rst"}
DOC_PREFIXES = ("readme", "license", "licence", "attribution", "copying")


def _walk(path: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            low = name.lower()
            if name.startswith(".") or Path(low).suffix in DOC_SUFFIXES or low.startswith(
                    DOC_PREFIXES):
                continue
            yield Path(root) / name


# A rejected article's text is kept whole (up to this size) so nothing is lost:
# a non-English article can be re-ingested once another language is supported.
KEEP_REJECTED_CHARS = 100_000


def _to_reject(exc: InputRejected, excerpt: str = "") -> Reject:
    source = str(exc.fields.get("source", "?"))
    if "line" in exc.fields:
        source = f"{source}:{exc.fields['line']}"
    return Reject(source=source, code=exc.code, message=exc.message,
                  excerpt=excerpt[:KEEP_REJECTED_CHARS])


def read_path(path: Path, fmt: str | None = None) -> Iterator[Article | InputRejected]:
    """Articles of one file, in the given or guessed format."""
    if not path.exists():
        yield InputRejected(Errors.E111, source=path)
        return
    kind = fmt or format_of(path)
    if kind is None:
        yield InputRejected(Errors.E112, source=path)
        return
    yield from READERS[kind](path)


def check_article(article: Article, settings: Settings) -> InputRejected | None:
    """Why the article cannot go in (size, length, language), or None."""
    source = article.source or article.id
    if len(article.text) > settings.max_chars:
        return InputRejected(Errors.E104, source=source, size=len(article.text),
                             limit=settings.max_chars)
    if len(article.text.strip()) < settings.min_chars:
        return InputRejected(Errors.E101, source=source)
    if settings.lang_check:
        lang = (article.lang or "").lower()[:2] or detect_language(article.text)
        if lang and lang != "en":
            return InputRejected(Errors.E107, source=source, lang=lang)
    return None


def _check(article: Article, settings: Settings) -> Reject | None:
    problem = check_article(article, settings)
    return None if problem is None else _to_reject(problem, article.text)


def iter_inputs(paths: Sequence[str | Path], *, published: date | None = None,
                outlet: str | None = None, fmt: str | None = None,
                settings: Settings | None = None) -> Iterator[Article | Reject]:
    """Every article of every path (directories walked, sorted), defaults
    filled in (per-article values win), checks applied."""
    settings = settings or Settings()
    for raw in paths:
        path = Path(raw)
        files = list(_walk(path)) if path.is_dir() else [path]
        if not files:
            yield _nothing_to_read(path)
        for file in files:
            yield from checked(read_path(file, fmt), settings, published=published,
                               outlet=outlet)


def checked(items: Iterable[Article | InputRejected], settings: Settings, *,
            published: date | None = None, outlet: str | None = None
            ) -> Iterator[Article | Reject]:
    """Readers' output with defaults filled in and the checks applied."""
    for item in items:
        if isinstance(item, InputRejected):
            yield _to_reject(item)
            continue
        article = replace(item, published=item.published or published,
                          outlet=item.outlet or outlet)
        problem = _check(article, settings)
        if problem is not None:
            problem.article_id = article.id
        yield problem or article


def _nothing_to_read(path: Path) -> Reject:
    return _to_reject(InputRejected(Errors.E115, source=path))


def empty_inputs(paths: Sequence[str | Path]) -> Iterator[Reject]:
    """An EW115 reject for each directory with nothing to read (every runner
    keeps them, so an empty input is never silently a successful run)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and next(iter(_walk(path)), None) is None:
            yield _nothing_to_read(path)


def input_files(paths: Sequence[str | Path]) -> Iterator[Path]:
    """The files ``iter_inputs`` reads, in the same order (directories walked)."""
    for raw in paths:
        path = Path(raw)
        yield from (_walk(path) if path.is_dir() else iter([path]))
