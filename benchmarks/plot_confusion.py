"""Confusion matrix of PLOVER typing as a picture.

    eventwire eval plover_gsr --json > /tmp/plover.json
    python benchmarks/plot_confusion.py /tmp/plover.json docs/plover_confusion.png
"""

from __future__ import annotations

import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from eventwire.models import PLOVER_TYPES  # noqa: E402


def main(src: str, out: str) -> None:
    metrics = json.load(open(src))["metrics"]["shipped"]
    confusion = metrics["confusion"]
    gold = [t for t in PLOVER_TYPES if t in confusion]
    pred = gold + ["None"]
    grid = [[confusion.get(g, {}).get(p, 0) for p in pred] for g in gold]
    fig, ax = plt.subplots(figsize=(9, 7.5))
    ax.imshow(grid, cmap="Blues")
    ax.set_xticks(range(len(pred)), pred, rotation=60, ha="right")
    ax.set_yticks(range(len(gold)), gold)
    for i, row in enumerate(grid):
        for j, n in enumerate(row):
            if n:
                ax.text(j, i, str(n), ha="center", va="center",
                        color="white" if n > 8 else "black", fontsize=8)
    ax.set_xlabel("predicted (main event of the sentence)")
    ax.set_ylabel("gold (PLOVER GSR, 2021 names)")
    ax.set_title(f"PLOVER typing, macro-F1 {metrics['macro_f1']:.3f} (215 sentences)")
    fig.tight_layout()
    fig.savefig(out, dpi=110)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
