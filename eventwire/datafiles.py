"""Parsing the bundled YAML word lists and cue tables.

PyYAML's pure-Python loader spent ~0.3 s per process on them (the events
stage alone reads five files on its first article); libyaml's C loader,
when PyYAML was built with it, reads the same files several times faster.
Both are *safe* loaders with the same resolver, so they build the same
Python values (``tests/test_datafiles.py`` checks every bundled file).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import IO, Any, TypeVar

import yaml

from eventwire.errors import ErrorCode, EventwireError
from eventwire.paths import DATA_DIR

Model = TypeVar("Model")

SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: str | bytes | IO[str]) -> Any:
    """``yaml.safe_load`` with the fastest safe loader available."""
    return yaml.load(source, Loader=SafeLoader)  # noqa: S506 - a safe loader


@cache
def parsed_file(path: Path) -> Any:
    """The parsed YAML file at ``path``, read once per process: a file that
    two modules read (``events/curated.yaml``: the lexicon and the non-event
    word classes; ``events/modes.yaml``: the cue tables and the mode word
    lists) is parsed once. Shared: callers must not mutate it."""
    return load_yaml(path.read_text(encoding="utf-8"))


def word_lists(path: Path, keys: Iterable[str] | None = None) -> dict[str, frozenset[str]]:
    """The lower-cased word lists of a YAML file, one frozenset per key
    (``keys``: these, an absent one empty; None: every list in the file).
    One loader for the event stage's word-class files instead of a copy of
    it in each module."""
    raw: dict[str, Any] = parsed_file(path)
    names = [k for k, v in raw.items() if isinstance(v, list)] if keys is None else keys
    return {key: frozenset(str(w).lower() for w in raw.get(key) or []) for key in names}


# every reader :func:`word_list_loader` made of a bundled file (one per module
# list; modules make them when imported), for :func:`preload_word_lists`
_READERS: list[Callable[[], dict[str, frozenset[str]]]] = []


def word_list_loader(path: Path, keys: Iterable[str] | None = None
                     ) -> Callable[[], dict[str, frozenset[str]]]:
    """A cached reader of ``word_lists(path, keys)``: the file is read on the
    first call only, so a module declares its lists in one line
    (``words = word_list_loader(WORDS)``) instead of its own cached copy."""
    chosen = None if keys is None else tuple(keys)

    @lru_cache(maxsize=1)
    def words() -> dict[str, frozenset[str]]:
        return word_lists(path, chosen)

    if path.is_relative_to(DATA_DIR):  # not a caller's own file (a test's)
        _READERS.append(words)
    return words


def preload_word_lists() -> int:
    """Read every bundled word list a module imported so far declared
    (:func:`word_list_loader`, :func:`word_list_of`); returns how many.

    Why (speed40): ~50 of them were first read inside the first article a
    stage saw -- YAML parsing charged to that article and to ``eventwire
    bench``'s timed loop instead of to loading, where the KB, the gazetteer
    and the events stage's own lists (``events/preload.py``) already are.
    The same cached readers are called, only earlier: no value changes."""
    for read in _READERS:
        read()
    return len(_READERS)


def word_list_of(path: Path, key: str) -> Callable[[], frozenset[str]]:
    """A cached reader of the one list ``key`` of a YAML file."""
    lists = word_list_loader(path, (key,))
    return lambda: lists()[key]


def setting_model(setting: str, load: Callable[[], Model | None], code: ErrorCode,
                  path: Path) -> Model | None:
    """The model a ``*_model`` setting asks for: None for ``rules``, the
    shipped weights (``load()``) for ``learned``; another value, or weights
    missing, raise ``code`` (the mode and type choosers shared this)."""
    if setting == "rules":
        return None
    model = load() if setting == "learned" else None
    if model is None:
        raise EventwireError(code, model=setting, path=path)
    return model


NATURAL_HAZARDS = DATA_DIR / "events" / "natural_hazards.yaml"


# Storms, floods, earthquakes, diseases: the one home of the words both the
# natural-cause rule (no deliberate act) and the hazard-warning rule (a
# forecast, no threat) read, so the two lists cannot drift apart.
natural_hazards = word_list_of(NATURAL_HAZARDS, "natural_hazards")
