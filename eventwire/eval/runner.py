"""The common part of ``eventwire eval NAME``: find the data, hide the labels,
predict, write ``--predictions``, score.

The system never sees labels: every record is copied without the scorer's
``STRIP_FIELDS`` before ``predict`` runs. When the input file has no labels
(they were removed by the user), predictions are written and no metrics are
computed.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from eventwire.errors import Errors, EventwireError
from eventwire.eval import SCORERS
from eventwire.eval.common import read_date
from eventwire.eval.contract import hooks_of
from eventwire.settings import Settings

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass
class EvalResult:
    name: str
    data_path: Path
    n_records: int
    metrics: dict[str, Any] | None
    predictions_path: Path | None
    report: str
    left_out: list[str] = field(default_factory=list)  # EW504 messages, one per record


def load_scorer(name: str) -> ModuleType:
    if name not in SCORERS:
        raise EventwireError(Errors.E501, name=name, available=", ".join(sorted(SCORERS)))
    return importlib.import_module(SCORERS[name])


def data_candidates(scorer: ModuleType, settings: Settings) -> list[Path]:
    """Where the dataset may live: the shared data dir (relative to the
    working directory, then to the repo), then a file shipped in tests/."""
    out: list[Path] = []
    hooks = hooks_of(scorer)
    rel = hooks.default_path
    if rel:
        out += [Path(settings.data_dir) / rel, REPO_ROOT / "../shared/data" / rel]
    local = hooks.local_default
    if local:
        out += [Path(local), REPO_ROOT / local]
    return out


def resolve_data(scorer: ModuleType, data: str | Path | None, settings: Settings) -> Path:
    """The data file; a scorer with ``LOCAL_GLOB`` and no ``--data`` reads every
    file matching it (the returned path is then the pattern)."""
    pattern = hooks_of(scorer).local_glob
    if data is None and pattern:
        if glob_files(pattern):
            return Path(pattern)
        raise EventwireError(Errors.E502, path=str(REPO_ROOT / pattern))
    if data is not None:
        path = Path(data)
        if not path.is_file():
            raise EventwireError(Errors.E502, path=path)
        return path
    candidates = data_candidates(scorer, settings)
    for path in candidates:
        if path.is_file():
            return path.resolve()
    raise EventwireError(Errors.E502, path=" or ".join(str(p) for p in candidates) or "(none)")


def glob_files(pattern: str) -> list[Path]:
    """Files matching ``pattern`` relative to the working directory, else to
    the repository."""
    for base in (Path.cwd(), REPO_ROOT):
        found = sorted(base.glob(pattern))
        if found:
            return found
    return []


def read_data(path: Path) -> list[dict[str, Any]]:
    if path.is_file():
        return read_jsonl(path)
    return [r for f in glob_files(str(path)) for r in read_jsonl(f)]


def select_split(records: list[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    """Keep the records of one half (``dev``/``blind``); ``all`` keeps all, and
    records without a ``split`` field are always kept."""
    if split == "all":
        return records
    return [r for r in records if r.get("split", split) == split]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    records = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise EventwireError(Errors.E105, source=path, line=number, detail=exc.msg) from exc
    return records


def strip_labels(records: list[dict[str, Any]], fields: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k not in fields} for r in records]


def build_pipeline(scorer: ModuleType, settings: Settings) -> Any:
    from eventwire.nlp.pipeline import Pipeline

    return Pipeline(settings=settings, components=hooks_of(scorer).components)


def run_eval(name: str, data: str | Path | None = None, predictions: str | Path | None = None,
             settings: Settings | None = None, pipeline: Any = None,
             split: str | None = None) -> EvalResult:
    settings = settings or Settings()
    scorer = load_scorer(name)
    path = resolve_data(scorer, data, settings)
    hooks = hooks_of(scorer)
    gold, left_out = readable_dates(select_split(read_data(path), split or hooks.default_split),
                                    path)
    inputs = [hooks.strip_record(r) for r in strip_labels(gold, tuple(scorer.STRIP_FIELDS))]
    pipe = pipeline if pipeline is not None else build_pipeline(scorer, settings)
    with _optional_modules(name):
        preds = scorer.predict(inputs, pipe)
    pred_path = None
    if predictions is not None:
        pred_path = Path(predictions)
        pred_path.parent.mkdir(parents=True, exist_ok=True)
        with open(pred_path, "w", encoding="utf-8") as fh:
            for rec in preds:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    labelled = hooks.has_labels(gold)
    with _optional_modules(name):
        metrics = scorer.score(gold, preds) if labelled else None
    report = scorer.render(metrics) if metrics is not None else "no labels in the data: " \
        "predictions only"
    return EvalResult(name, path, len(gold), metrics, pred_path, report, left_out)


OPTIONAL_MODULES = {"sklearn", "scipy", "dateparser", "matplotlib"}  # the `eval` extra


@contextmanager
def _optional_modules(name: str) -> Iterator[None]:
    try:
        yield
    except ModuleNotFoundError as exc:
        module = (exc.name or "").split(".")[0]
        if module not in OPTIONAL_MODULES:
            raise
        raise EventwireError(Errors.E503, name=name, module=module) from exc


DATE_FIELDS = ("dct", "publication_date", "published")


def readable_dates(records: list[dict[str, Any]], path: Path
                   ) -> tuple[list[dict[str, Any]], list[str]]:
    """Dates in common forms become ``YYYY-MM-DD``; a record whose date
    cannot be read without guessing (``03-02-2009``: March or February?) is
    left out of the evaluation with an EW504 message, not scored wrongly."""
    kept, left_out = [], []
    for number, record in enumerate(records, 1):
        try:
            kept.append({**record, **{k: _iso(record[k]) for k in DATE_FIELDS
                                      if record.get(k) not in (None, "")}})
        except ValueError as exc:
            rid = record.get("id") or record.get("doc_id") or f"record {number}"
            left_out.append(EventwireError(Errors.E504, source=f"{path} ({rid})",
                                           detail=str(exc)).message)
    return kept, left_out


def _iso(value: Any) -> str:
    found = read_date(str(value))
    if found is None:
        raise ValueError(f"'{value}' is not an unambiguous date (use YYYY-MM-DD); left out")
    return found.isoformat()
