"""Leave-one-topic-out certainty / polarity report over every MEANTIME topic
in the data (issue #12, branch ``certainty3``):

    python tools/loto_certainty.py ../shared/data/meantime/dev.jsonl

For each topic held out: certainty macro-F1 and per-class F1, polarity
accuracy and UNDERSPECIFIED F1, for the rules and for the learned model
whose stage 2 was trained on the other topics (``learned_loto``); then the
macro over topics (each topic weighs the same, so a small topic whose rare
classes fail counts as much as a large one — closer to how an unseen topic
is scored than the pooled figure).

The rules have no training step, so their per-topic figure is what they do
on that topic; they were written reading MEANTIME dev, so it is in-sample,
and the held-out behaviour of a rule change is read from the topic it moves
*and* from a blind set (``tests/data/certainty_blind_h.jsonl``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

CLASSES = ("certain", "probable", "possible", "underspecified")
SYSTEMS = ("rules", "learned_loto")


def _row(name: str, m: dict[str, Any]) -> str:
    per = " / ".join(f"{m['certainty_f1'].get(c, 0.0):.2f}" for c in CLASSES)
    under = m.get("polarity_underspecified_f1")
    u = "-" if under is None else f"{under:.2f}"
    return (f"| {name} | {m['n_certainty']} | {m['certainty_macro_f1']:.3f} | {per} | "
            f"{m['polarity_accuracy']:.3f} | {u} |")


def _macro(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Mean over topics of each figure (a class absent from a topic is left
    out of that class's mean)."""
    def mean(values: list[float]) -> float:
        return round(sum(values) / len(values), 3) if values else 0.0

    per = {c: mean([r["certainty_f1"][c] for r in rows if c in r["certainty_f1"]])
           for c in CLASSES}
    under = [r["polarity_underspecified_f1"] for r in rows
             if r.get("polarity_underspecified_f1") is not None]
    return {"n_certainty": sum(r["n_certainty"] for r in rows),
            "certainty_macro_f1": mean([r["certainty_macro_f1"] for r in rows]),
            "certainty_f1": per, "polarity_accuracy": mean([r["polarity_accuracy"] for r in rows]),
            "polarity_underspecified_f1": mean(under) if under else None}


def report(systems: dict[str, Any]) -> str:
    """The markdown table: one row per system and held-out topic, then the
    macro over topics and the pooled figure."""
    lines = ["| system, held-out topic | n | certainty macro-F1 | CERTAIN / PROBABLE / POSSIBLE "
             "/ UNDERSPECIFIED F1 | polarity acc. | polarity UNDERSPECIFIED F1 |",
             "|---|---|---|---|---|---|"]
    for system in SYSTEMS:
        topics = sorted(k.split(":", 1)[1] for k in systems if k.startswith(system + ":"))
        rows = [systems[f"{system}:{t}"] for t in topics]
        lines += [_row(f"{system}, {t}", r) for t, r in zip(topics, rows, strict=True)]
        if rows:
            lines.append(_row(f"**{system}, macro over {len(rows)} topics**", _macro(rows)))
        if system in systems:
            lines.append(_row(f"{system}, pooled", systems[system]))
    return "\n".join(lines)


def main(path: str) -> None:
    from eventwire.eval.factuality_models import compare

    gold = [json.loads(line) for line in open(Path(path), encoding="utf-8") if line.strip()]
    systems = compare(gold)
    if systems is None:
        raise SystemExit(f"{path}: fewer than two topics (the corpus field)")
    print(report(systems))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/meantime/dev.jsonl")
