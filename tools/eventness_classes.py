"""What the learned eventness filter drops and keeps, by feature class, and
whether a decision threshold of its own per class would do better on unseen
text (issue #12, events32).

Reads the rows of ``tools/kfold_event_filter.py dump`` (one row per event the
rules propose, with the filter's features as served at run time and whether
it matches a gold trigger) and scores them with the **shipped** weights.

* ``census``: per origin (real outlets' / own texts), the gold events the
  filter drops, the false ones it drops and the false ones it keeps; then,
  per feature family (part of speech, dependency, PLOVER type, a political
  actor in the sentence, the lede, reported content, quotes, the actor),
  the same counts per value, so a class whose dropped rows are mostly gold
  shows itself.
* ``thresholds``: a threshold per value of the named families (one grid
  value per class, coordinate ascent over the grid, classes with at least
  ``MIN_ROWS`` training rows), chosen by **topic-clean leave-one-set-out**
  over the sets the shipped fit never saw (rec_i..rec_ap; no training
  article of an ECB+ topic the held-out set holds, tools/topic_folds.py),
  and scored on the held-out set beside the shipped single threshold. The
  choice maximises the training folds' F1 over all articles or, with
  ``--objective real``, the real outlets' articles only.

Usage: ``PYTHONPATH=. python tools/eventness_classes.py census|thresholds
--cache ROWS [--family pos,dep] [--objective all|real]``
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.stages.events.eventness import CLASS_KEPT, MODEL_PATH, EventFilter
from tools.topic_folds import REAL_SOURCES, ecb_topic

Row = dict[str, Any]
# the sets the shipped weights were not fitted on (their "about" names rec_a..rec_h)
UNSEEN = frozenset(f"rec_{key}"
                   for key in [*"ijklmnopqrstuvwxyz", "aa", "ab", "ac", "ad", "ae", "af", "ag",
                               "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap"])
GRID = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
MIN_ROWS = 30
FAMILIES = ("pos", "dep", "type", "sent_political", "first_sent", "content_of", "quoted",
            "actor_political", "actor", "subj", "passive")


def score_rows(rows: list[Row], model: EventFilter) -> None:
    """Add the shipped probability, whether a rule class forces the event
    (``eventness.CLASS_KEPT``) and the article's origin to every row."""
    forced = tuple(f"rule_extra={c.lstrip('+')}" for c in CLASS_KEPT)
    for r in rows:
        r["p"] = model.probability(r["features"])
        r["force"] = any(f in forced for f in r["features"])
        r["real"] = str(r.get("source", "")).startswith(REAL_SOURCES)


def value(row: Row, family: str) -> str:
    """The row's value of a feature family ("pos=NOUN"), "family=-" if none."""
    return next((f for f in row["features"] if f.startswith(family + "=") or f == family),
                family + "=-")


def kept(row: Row, thresholds: dict[tuple[str, ...], float], families: list[str],
         default: float = 0.3) -> bool:
    cls = tuple(value(row, fam) for fam in families)
    return bool(row["force"]) or row["p"] >= thresholds.get(cls, default)


def census(rows: list[Row], threshold: float) -> list[str]:
    """Dropped gold / dropped false / kept false per origin and per class."""
    out = []
    for origin in ("real", "own"):
        sub = [r for r in rows if r["real"] == (origin == "real")]
        cells: dict[str, Counter[str]] = defaultdict(Counter)
        for r in sub:
            state = ("kept" if r["force"] or r["p"] >= threshold else "dropped") + \
                (" gold" if r["label"] else " false")
            cells["total"][state] += 1
            for fam in FAMILIES:
                cells[value(r, fam)][state] += 1
        out.append(f"== {origin}: " + _cell(cells.pop("total")))
        for fam in FAMILIES:
            vals = sorted((v for v in cells if v.startswith(fam + "=") or v == fam),
                          key=lambda v: -cells[v]["dropped gold"])
            out.append(f"  {fam}: " + "; ".join(f"{v} {_cell(cells[v])}" for v in vals[:6]))
    return out


def _cell(c: Counter[str]) -> str:
    return (f"dropped gold {c['dropped gold']} / dropped false {c['dropped false']} / "
            f"kept false {c['kept false']} / kept gold {c['kept gold']}")


def _f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def _tally(rows: list[Row], th: dict[tuple[str, ...], float], fams: list[str]) -> tuple[int, int]:
    keep = [r for r in rows if kept(r, th, fams)]
    return sum(r["label"] for r in keep), len(keep)


def choose(rows: list[Row], gold: int, families: list[str]) -> dict[tuple[str, ...], float]:
    """A threshold per class, coordinate ascent over ``GRID`` (two passes;
    ties go to the value nearest the shipped 0.3)."""
    counts = Counter(tuple(value(r, fam) for fam in families) for r in rows)
    th: dict[tuple[str, ...], float] = {}
    for _ in range(2):
        for cls in (c for c, n in counts.items() if n >= MIN_ROWS):
            th[cls] = max(GRID, key=lambda t: _gain(rows, {**th, cls: t}, families, gold, t))
    return th


def _gain(rows: list[Row], th: dict[tuple[str, ...], float], families: list[str], gold: int,
          t: float) -> tuple[float, float]:
    """Training F1 of ``th``; ties go to the threshold nearest the shipped 0.3."""
    return round(_f1(*_tally(rows, th, families), gold), 5), -abs(t - 0.3)


def loso(rows: list[Row], arts: list[Row], families: list[str],
         objective: str) -> dict[str, list[int]]:
    """Topic-clean leave-one-set-out over the unseen sets. Per origin and
    "all": gold, shipped tp / kept, per-class tp / kept, gold gained, gold
    lost, false added, false removed."""
    rows = [r for r in rows if r["batch"] in UNSEEN]
    arts = [a for a in arts if a["batch"] in UNSEEN]
    out: dict[str, list[int]] = defaultdict(lambda: [0] * 9)
    for a in arts:
        for grp in ("real" if str(a.get("source", "")).startswith(REAL_SOURCES) else "own", "all"):
            out[grp][0] += a["gold"]
    for batch in sorted({r["batch"] for r in rows}):
        held = [r for r in rows if r["batch"] == batch]
        topics = {t for r in held if (t := ecb_topic(r["source"]))}
        train = [r for r in rows if r["batch"] != batch and ecb_topic(r["source"]) not in topics]
        if objective == "real":
            train = [r for r in train if r["real"]]
        ids = {r["article"] for r in train}
        gold = sum(a["gold"] for a in arts if a["article"] in ids)
        th = choose(train, gold, families)
        print(batch, {c: t for c, t in th.items() if t != 0.3}, flush=True)
        for r in held:
            before, after = kept(r, {}, families), kept(r, th, families)
            for grp in ("real" if r["real"] else "own", "all"):
                cell = out[grp]
                cell[1] += r["label"] * before
                cell[2] += before
                cell[3] += r["label"] * after
                cell[4] += after
                if before != after:
                    cell[5 + (0 if r["label"] else 2) + (0 if after else 1)] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("step", choices=("census", "thresholds"))
    ap.add_argument("--cache", default="/tmp/eventness_rows.json")
    ap.add_argument("--family", default="pos")
    ap.add_argument("--objective", choices=("all", "real"), default="all")
    args = ap.parse_args()
    data = json.loads(Path(args.cache).read_text(encoding="utf-8"))
    model = EventFilter.from_file(MODEL_PATH)
    score_rows(data["rows"], model)
    if args.step == "census":
        print("\n".join(census(data["rows"], model.threshold)))
        return
    res = loso(data["rows"], data["articles"], args.family.split(","), args.objective)
    for grp in ("all", "real", "own"):
        g, tpb, kb, tpa, ka, gain, lose, fadd, frem = res[grp]
        print(f"{grp:4} shipped F1 {_f1(tpb, kb, g):.4f}  per-class F1 {_f1(tpa, ka, g):.4f}  "
              f"gold +{gain} -{lose}  false +{fadd} -{frem}")


if __name__ == "__main__":
    main()
