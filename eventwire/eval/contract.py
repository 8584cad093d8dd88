"""The scorer contract: what an evaluation module must define.

An evaluation module (``eventwire/eval/<dataset>.py``, registered in
``SCORERS``) is a plain module that satisfies :class:`Scorer`:

* ``NAME`` — the dataset name used by ``eventwire eval NAME``;
* ``STRIP_FIELDS`` — label fields removed from every record before
  prediction (the system never sees them);
* ``predict(records, pipeline)`` — one prediction record per input record,
  keeping its ``id``/``doc_id``, in the dataset's own format, made from the
  text (and ``dct``/``published``) alone;
* ``score(gold, predictions)`` — metrics (floats, nested dicts allowed); it
  scores the predictions it is given and nothing else;
* ``render(metrics)`` — a short human-readable report.

Optional members, with the default the runner uses when a module leaves
them out (:func:`hooks_of` is the one place that reads them):

* ``DEFAULT_PATH`` (``None``) — path under the shared data dir;
* ``LOCAL_DEFAULT`` (``None``) — a file shipped in the repository;
* ``LOCAL_GLOB`` (``None``) — a pattern of files in the repository, all read
  when no ``--data`` is given (``tests/data/records/*.jsonl``);
* ``DEFAULT_SPLIT`` (``"all"``) — records with a ``split`` field are kept
  only when it equals ``--split dev|blind|all`` (this default when the flag
  is not given; ``all`` keeps every record, and records without the field are
  always kept);
* ``COMPONENTS`` (``None`` = the whole pipeline) — eventwire components the
  dataset needs;
* ``strip_record(record)`` (identity) — removes labels nested in kept fields
  (e.g. attributes of gold event mentions);
* ``has_labels(records)`` (any ``STRIP_FIELDS`` present in the first record)
  — whether the file still has labels to score.

Span matching, wherever a scorer compares spans, uses :mod:`eventwire.eval.common`:
``exact`` means the same ``[start, end)``; ``overlap`` means at least one
shared character.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Protocol

Record = dict[str, Any]


class Scorer(Protocol):
    NAME: str
    STRIP_FIELDS: tuple[str, ...]

    def predict(self, records: Sequence[Record], pipeline: Any) -> list[Record]: ...

    def score(self, gold: Sequence[Record], predictions: Sequence[Record]) -> dict[str, Any]: ...

    def render(self, metrics: dict[str, Any]) -> str: ...


REQUIRED = ("NAME", "STRIP_FIELDS", "predict", "score", "render")


@dataclass(frozen=True)
class Hooks:
    """A scorer module's optional members, defaults filled in."""

    default_path: str | None
    local_default: str | None
    local_glob: str | None
    default_split: str
    components: tuple[str, ...] | None
    strip_record: Callable[[Record], Record]
    has_labels: Callable[[Sequence[Record]], bool]


def _identity(record: Record) -> Record:
    return record


def hooks_of(module: ModuleType) -> Hooks:
    """Check ``module`` against the contract and fill in the defaults."""
    missing = [m for m in REQUIRED if not hasattr(module, m)]
    if missing:
        raise TypeError(f"{module.__name__} is no scorer: missing {', '.join(missing)}")
    fields = tuple(module.STRIP_FIELDS)

    def default_has_labels(records: Sequence[Record]) -> bool:
        return bool(records) and any(f in records[0] for f in fields)

    components = getattr(module, "COMPONENTS", None)
    return Hooks(
        default_path=getattr(module, "DEFAULT_PATH", None),
        local_default=getattr(module, "LOCAL_DEFAULT", None),
        local_glob=getattr(module, "LOCAL_GLOB", None),
        default_split=str(getattr(module, "DEFAULT_SPLIT", "all")),
        components=None if components is None else tuple(components),
        strip_record=getattr(module, "strip_record", _identity),
        has_labels=getattr(module, "has_labels", default_has_labels),
    )
