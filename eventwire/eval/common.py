"""Shared scoring helpers: P/R/F1, macro-F1, accuracy, confusion."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from spacy.scorer import PRFScore


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
