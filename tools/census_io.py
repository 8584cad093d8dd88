"""The shared part of the census tools (issue #12, refactor36): their
command line, their rows written and read back, the predictions of a
``tools/records_by_origin.py --out DIR`` folder, and the one parse of each
gold article they read.

* :func:`add_row_args` — ``--pred DIR``, ``--rows FILE`` (write the rows,
  one JSON object a line) and ``--load FILE`` (read rows written before
  instead of parsing again);
* :func:`rows_of` — the rows ``--load`` names, else those ``collect``
  gathers from ``--pred``; written to ``--rows`` when it is given;
* :func:`predictions` — ``"<set>/<id>"`` -> predicted events over named sets;
* :func:`parsed_records` — each gold record with its doc, parsed once by
  spaCy and the actor stage (EW900 when the pipeline rejects one);
* :func:`gold_with_predictions` — each gold article of the named sets
  (by letter) with its predicted events, for the tools that parse with the
  bare spaCy model.

Tools using it: ``false_event_split``, ``remention_split``, ``error_breadth``,
``missed_split``, ``missed_events_census``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from eventwire.models import Article

Record = dict[str, Any]
ROOT = Path(__file__).resolve().parents[1]
REAL = ("ecbplus:", "geovirus:", "meantime:")


def add_row_args(ap: argparse.ArgumentParser, pred: Path) -> None:
    """``--pred`` (default ``pred``), ``--rows`` and ``--load``."""
    ap.add_argument("--pred", type=Path, default=pred)
    ap.add_argument("--rows", type=Path, default=None)
    ap.add_argument("--load", type=Path, default=None, help="rows written before")


def rows_of(args: argparse.Namespace, collect: Callable[[Path], list[Record]]) -> list[Record]:
    """The rows of ``--load``, else ``collect(--pred)``; written to ``--rows``."""
    if args.load:
        rows = [json.loads(x) for x in args.load.read_text(encoding="utf-8").splitlines()]
    else:
        rows = collect(args.pred)
    if args.rows:
        args.rows.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return rows


def predictions(pred_dir: Path, sets: Iterable[str]) -> dict[str, list[Record]]:
    """``"<set>/<id>"`` -> predicted events, from ``pred_dir/<set>.pred.json``."""
    out: dict[str, list[Record]] = {}
    for name in sets:
        for p in json.loads((pred_dir / f"{name}.pred.json").read_text(encoding="utf-8")):
            out[f"{name}/{p['id']}"] = p["events"]
    return out


def parsed_records(records: list[Record]) -> Iterator[tuple[Record, Doc, str]]:
    """(record, doc, ``"<set>/<id>"``) per gold record (tagged ``_set``),
    each parsed once with spaCy and the actor stage."""
    from eventwire.nlp.pipeline import Pipeline

    pipe = Pipeline(components=("eventwire_actors",))
    arts = (Article(text=r["text"], id=str(r["id"])) for r in records)
    for record, (_a, doc, reject) in zip(records, pipe.docs(arts), strict=True):
        if doc is None:
            raise SystemExit(f"EW900 {record['_set']}/{record['id']}: rejected ({reject})")
        yield record, doc, f"{record['_set']}/{record['id']}"


def gold_with_predictions(pred_dir: Path,
                          letters: str) -> Iterator[tuple[str, Record, list[Record]]]:
    """(set letter, gold article, its predicted events) over ``rec_<letter>``."""
    for s in letters:
        path = ROOT / "tests" / "data" / "records" / f"rec_{s}.jsonl"
        gold = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        preds = {p["id"]: p for p in json.loads(
            (pred_dir / f"rec_{s}.pred.json").read_text(encoding="utf-8"))}
        for g in gold:
            yield s, g, preds[g["id"]]["events"]


def is_real_source(record: Record) -> bool:
    """The article is a real outlet's (ECB+, GeoVirus, MEANTIME)."""
    return str(record.get("source", "")).startswith(REAL)
