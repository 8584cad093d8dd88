"""Actor and recipient accuracy per set, before -> after, real-outlet
articles apart, with the events that turned right or wrong.

    python tools/actor_compare.py BEFORE_DIR AFTER_DIR tests/data/records/rec_{a..h}.jsonl \
        [--show]

BEFORE_DIR / AFTER_DIR hold ``pred_<letter>.jsonl`` written by ``eventwire
eval records --split all --predictions`` (``tools/a6_run.sh`` runs all
sets). A rule with no fitted parameter is kept in a leave-one-set-out fold
when the other sets pooled gain from it: the ``net`` column per set tells.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events, participant_right
from tools.topic_folds import is_real

Record = dict[str, Any]


def _read(path: Path) -> list[Record]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


Scored = dict[tuple[str, int], tuple[bool, bool, Record, Record]]


def scored(gold_path: Path, pred_path: Path, role: str) -> Scored:
    """(article id, gold event index) -> (real, right, gold event, prediction)."""
    preds = {str(r["id"]): r.get("events", []) for r in _read(pred_path)}
    out = {}
    for art in _read(gold_path):
        gold, pred = art.get("events", []), preds.get(str(art["id"]), [])
        real = is_real(art)
        for gi, pi in match_events(gold, pred):
            right = participant_right(gold[gi].get(role), pred[pi].get(role))
            out[(str(art["id"]), gi)] = (real, right, gold[gi], pred[pi])
    return out


def _acc(rows: Scored, real: bool | None) -> tuple[int, int]:
    sel = [r for r in rows.values() if real is None or r[0] == real]
    return sum(r[1] for r in sel), len(sel)


def _fmt(n: int, d: int) -> str:
    return f"{n / d:.3f}" if d else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--role", default="actor", choices=["actor", "recipient"])
    ap.add_argument("--show", action="store_true", help="print the events that changed")
    args = ap.parse_args()
    print(f"| set | matched | {args.role} before -> after | right/wrong turned | real subset |")
    print("|---|---|---|---|---|")
    tot = [0, 0, 0, 0, 0, 0]
    for path in args.sets:
        letter = path.stem.split("_")[-1]
        b = scored(path, args.before / f"pred_{letter}.jsonl", args.role)
        a = scored(path, args.after / f"pred_{letter}.jsonl", args.role)
        same = set(a) & set(b)
        up = [k for k in same if a[k][1] and not b[k][1]]
        down = [k for k in same if b[k][1] and not a[k][1]]
        (nb, db), (na, da) = _acc(b, None), _acc(a, None)
        (rb, rdb), (ra, rda) = _acc(b, True), _acc(a, True)
        real = f"{rb}/{rdb} -> {ra}/{rda}" if rdb or rda else "-"
        print(f"| {path.stem} | {db} -> {da} | {_fmt(nb, db)} -> {_fmt(na, da)} | "
              f"+{len(up)} / -{len(down)} | {real} |")
        for i, v in enumerate((nb, db, na, da, len(up), len(down))):
            tot[i] += v
        if args.show:
            for k in sorted(up + down):
                g, p0, p1 = a[k][2], b[k][3], a[k][3]
                sign = "+" if k in up else "-"
                print(f"  {sign} {k[0]} {g['trigger']['text']!r} gold {_m(g.get(args.role))} "
                      f"was {_m(p0.get(args.role))} now {_m(p1.get(args.role))}")
    print(f"| pooled | {tot[1]} -> {tot[3]} | {_fmt(tot[0], tot[1])} -> {_fmt(tot[2], tot[3])} "
          f"| +{tot[4]} / -{tot[5]} | |")


def _m(m: Record | None) -> str:
    if m is None:
        return "-"
    sec = "/".join(m.get("sectors") or ([m["sector"]] if m.get("sector") else []))
    return f"{m.get('text')!r}:{m.get('country')}:{sec}"


if __name__ == "__main__":
    main()
