"""Shared scoring helpers: P/R/F1, macro-F1, accuracy, confusion."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from spacy.scorer import PRFScore

_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y",
            "%b %d, %Y", "%B %d %Y", "%b %d %Y")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def read_date(text: str) -> date | None:
    """A date in a common written form (ISO, ``2009/02/03``, ``3 February
    2009``, ``February 3, 2009``, ``25-02-2009``), or None when it cannot be
    read without guessing (``03-02-2009`` is 3 February or 2 March)."""
    text = text.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    found = _DMY.match(text)
    if found:
        a, b, year = (int(x) for x in found.groups())
        if (a > 12) != (b > 12):  # only one order is a valid date
            day, month = (a, b) if a > 12 else (b, a)
            try:
                return date(year, month, day)
            except ValueError:
                return None
    return None


def prf(tp: float, fp: float, fn: float) -> dict[str, float]:
    """Precision, recall and F1 from counts (spaCy's ``PRFScore``), rounded."""
    score = PRFScore(tp=int(tp), fp=int(fp), fn=int(fn))
    return {"precision": round(score.precision, 4), "recall": round(score.recall, 4),
            "f1": round(score.fscore, 4)}


def spans_equal(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """``exact`` matching: the same ``[start, end)``."""
    return int(a["start"]) == int(b["start"]) and int(a["end"]) == int(b["end"])


def spans_overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """``overlap`` matching: at least one character in common."""
    return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])


def classification(gold: Sequence[str | None], pred: Sequence[str | None],
                   labels: Sequence[str] | None = None) -> dict[str, Any]:
    """Per-label P/R/F1, macro-F1 over ``labels`` (default: labels in gold),
    accuracy, and confusion counts ``gold -> pred -> n``."""
    labels = sorted({g for g in gold if g is not None}) if labels is None else list(labels)
    per: dict[str, dict[str, float]] = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
        per[label] = {**prf(tp, fp, fn), "support": sum(1 for g in gold if g == label)}
    confusion: dict[str, Counter[str]] = {}
    for g, p in zip(gold, pred, strict=True):
        confusion.setdefault(str(g), Counter())[str(p)] += 1
    acc = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold) if gold else 0.0
    macro = sum(v["f1"] for v in per.values()) / len(per) if per else 0.0
    return {"macro_f1": round(macro, 4), "accuracy": round(acc, 4), "per_label": per,
            "confusion": {g: dict(c) for g, c in confusion.items()}, "n": len(gold)}


def majority_baseline(gold: Sequence[str | None]) -> dict[str, Any]:
    top = Counter(gold).most_common(1)[0][0] if gold else None
    return classification(gold, [top] * len(gold))
