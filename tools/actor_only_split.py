"""Actor errors of matched events, split one level finer by outcome
(issue #12, branch actors35): counts and set spread only, no sentences.

    PYTHONPATH=. python tools/actor_only_split.py /work/notes/m44 [--new DIR] \\
        [--sets rec_a,...] [--only]

Why: the actor-only events (the actor the one field short of a full
record) mix missing doers, wrong spans and right spans with a wrong code;
a fix needs one outcome spread over many sets. Every matched event whose
actor is wrong gets a **class**: ``missing`` (gold actor, none predicted),
``spurious``, ``wrong span`` (no shared character), ``country`` (spans
overlap, the country differs), or ``sector G -> P`` (spans overlap, the
country is right, the gold sector is not among the predicted ones; P is
the predicted first sector). ``--only``: the events whose actor is their
only wrong field. With ``--new``: per class, the errors a second run fixed
(gains, with their sets) and made (losses), by event.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import field_results, match_events, overlap
from tools.topic_folds import SETS, is_real

Record = dict[str, Any]
ROOT = Path(__file__).resolve().parents[1]
IGNORED = ("actor", "background", "condition")


def actor_class(gold: Record | None, pred: Record | None) -> str:
    """The outcome class of a wrong actor (module docstring)."""
    if pred is None:
        return "missing"
    if gold is None:
        return "spurious"
    if overlap(gold, pred) == 0:
        return "wrong span"
    if gold.get("country") != pred.get("country"):
        return "country"
    sectors = pred.get("sectors") or [pred.get("sector")]
    return f"sector {gold.get('sector')} -> {sectors[0] if sectors else None}"


def errors(pred_dir: Path, sets: list[str], only: bool) -> dict[tuple[str, int], Record]:
    """(article id, gold event index) -> set, real and class of each wrong actor."""
    out: dict[tuple[str, int], Record] = {}
    for name in sets:
        preds = {p["id"]: p for p in json.loads(
            (pred_dir / f"{name}.pred.json").read_text(encoding="utf-8"))}
        for line in (ROOT / "tests/data/records" / f"{name}.jsonl").open(encoding="utf-8"):
            gold = json.loads(line)
            pred = preds.get(gold["id"])
            if pred is None:
                continue
            for gi, pi in match_events(gold["events"], pred["events"]):
                g, p = gold["events"][gi], pred["events"][pi]
                res = field_results(g, p)
                if res["actor"] or (only and not all(
                        ok for k, ok in res.items() if k not in IGNORED)):
                    continue
                out[(gold["id"], gi)] = {"set": name, "real": is_real(gold),
                                         "class": actor_class(g.get("actor"), p.get("actor"))}
    return out


def table(old: dict[tuple[str, int], Record], new: dict[tuple[str, int], Record] | None,
          top: int) -> list[str]:
    rows: dict[str, list[Record]] = defaultdict(list)
    for err in old.values():
        rows[err["class"]].append(err)
    gains: dict[str, list[str]] = defaultdict(list)
    losses: Counter[str] = Counter()
    if new is not None:
        for key, err in old.items():
            if key not in new:
                gains[err["class"]].append(err["set"])
        for key, err in new.items():
            if key not in old:
                losses[err["class"]] += 1
    lines = ["| class | errors | real / own | sets | largest set (share) | gains (sets) | losses |",
             "|---|---|---|---|---|---|---|"]
    for cls, errs in sorted(rows.items(), key=lambda kv: -len(kv[1]))[:top]:
        per_set = Counter(e["set"] for e in errs)
        big, n_big = per_set.most_common(1)[0]
        real = sum(e["real"] for e in errs)
        lines.append(f"| {cls} | {len(errs)} | {real} / {len(errs) - real} | {len(per_set)} | "
                     f"{big} ({n_big / len(errs):.2f}) | {len(gains[cls])} "
                     f"({len(set(gains[cls]))}) | {losses[cls]} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pred", type=Path)
    ap.add_argument("--new", type=Path)
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--only", action="store_true")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    sets = args.sets.split(",")
    old = errors(args.pred, sets, args.only)
    new = None if args.new is None else errors(args.new, sets, args.only)
    print("\n".join(table(old, new, args.top)))


if __name__ == "__main__":
    main()
