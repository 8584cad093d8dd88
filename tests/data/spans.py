"""Helpers shared by the ``make_*_dev.py`` scripts that build eventwire's own
hand-made evaluation sets: find the labelled spans in a text, write JSONL."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path


def locate(text: str, needle: str, start: int = 0) -> dict[str, object]:
    """The first ``needle`` in ``text`` at or after ``start``, as a span."""
    at = text.find(needle, start)
    if at < 0:
        raise ValueError(f"{needle!r} not in {text!r}")
    return {"start": at, "end": at + len(needle), "text": needle}


def locate_in_order(text: str, needles: Iterable[str]) -> list[dict[str, object]]:
    """Spans of ``needles``, each found after the one before it."""
    spans, cursor = [], 0
    for needle in needles:
        span = locate(text, needle, cursor)
        cursor = int(str(span["end"]))
        spans.append(span)
    return spans


def write_jsonl(records: list[dict[str, object]], path: Path, ensure_ascii: bool = True) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=ensure_ascii) + "\n")


def geonames_point(geonameid: int) -> tuple[float, float] | None:
    """GeoNames' own point for a country or a US state (``geonames_points.tsv``,
    copied by hand: no shipped package has them), else None. The geo sets
    label these features there, as the held-out benchmarks do, not at
    eventwire's computed point."""
    import csv

    lines = [ln for ln in (Path(__file__).parent / "geonames_points.tsv").read_text(
        encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        if int(row["geonameid"]) == geonameid:
            return float(row["lat"]), float(row["lon"])
    return None
