"""Actor errors of the country, split one level finer (issue #12, branch
actors34): counts and set spread only, no sentences.

    PYTHONPATH=. python tools/actor_country_split.py /work/notes/m42 [--new DIR] \\
        [--sets rec_a,...] [--only]

Why: the largest class of the events only their actor keeps from a full
record is "right span, wrong country" (61 of 282 in m42, 21 sets); it mixes
a pronoun followed to the wrong antecedent, a title or a state's possessive
left outside the predicted span, and a body the text names bare that took
the story's country. Every matched event whose gold actor has a country,
whose predicted actor overlaps it and has another country (or none) gets a
**class**:

* ``no country``: the prediction has none;
* ``acts on its own state``: the predicted recipient has the predicted
  actor's country and the act is a relation between states
  (``counterparts.RELATIONS``: "the government accused Kenya", given Kenya);
* ``pronoun`` / ``role noun`` / ``named`` (``sector_confusions.kind`` of the
  predicted text), ``named`` split by whether the gold span starts before
  the predicted one (``qualifier outside``: "Foreign Minister X", "Iran's
  foreign ministry spokesman X").

``--only``: the events whose actor is their only wrong field. With ``--new``,
how many errors of each class a second run fixed (gains, with their sets:
the event still matched there, its actor overlapping the gold one with the
gold country -- an event the second run lost or whose actor it dropped is
no gain) and made (losses).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import field_results, match_events, overlap
from eventwire.stages.events.counterparts import RELATIONS
from tools.sector_confusions import kind
from tools.topic_folds import SETS, is_real, set_predictions, set_records

Record = dict[str, Any]
Key = tuple[str, str, int]
Error = tuple[str, str, bool]


def country_class(g: Record, p: Record) -> str | None:
    """The class of a wrong-country actor of a matched event, None when the
    actor is right, has no gold country or the spans do not overlap."""
    ga, pa = g.get("actor"), p.get("actor")
    if not ga or not pa or not ga.get("country") or overlap(ga, pa) == 0 or \
            pa.get("country") == ga["country"]:
        return None
    if not pa.get("country"):
        return "no country"
    rc = (p.get("recipient") or {}).get("country")
    if rc == pa["country"] and p.get("type") in RELATIONS:
        return "acts on its own state"
    k = kind(str(pa.get("text", "")))
    if k == "named":
        return "named, qualifier outside" if int(ga["start"]) < int(pa["start"]) else "named"
    return k


def right_country(g: Record, p: Record) -> bool:
    """The matched event's actor overlaps the gold one and has its country."""
    ga, pa = g.get("actor"), p.get("actor")
    return bool(ga and pa and ga.get("country") and overlap(ga, pa) > 0 and
                pa.get("country") == ga["country"])


def errors(pred_dir: Path, sets: list[str], only: bool) -> tuple[dict[Key, Error], set[Key]]:
    """(set, article, gold trigger start) -> (class, set, real) of each
    wrong-country actor, and the keys of the events whose actor is right."""
    out: dict[Key, Error] = {}
    right: set[Key] = set()
    for name in sets:
        preds = set_predictions(pred_dir, name)
        for art in set_records([name]):
            gold, pred = art["events"], preds.get(str(art["id"]), [])
            for gi, pi in match_events(gold, pred):
                g, p = gold[gi], pred[pi]
                key = (name, str(art["id"]), int(g["trigger"]["start"]))
                if right_country(g, p):
                    right.add(key)
                cls = country_class(g, p)
                if cls is None:
                    continue
                if only and any(not ok for f, ok in field_results(g, p).items() if f != "actor"):
                    continue
                out[key] = (cls, name, is_real(art))
    return out, right


def fixed(old: dict[Key, Error], right: set[Key]) -> dict[str, Counter[str]]:
    """Per class, per set: the old errors whose actor the second run has
    right (not merely absent from its errors: a lost event is no gain)."""
    gains: dict[str, Counter[str]] = defaultdict(Counter)
    for key, (cls, name, _) in old.items():
        if key in right:
            gains[cls][name] += 1
    return gains


def table(old: dict[Key, Error], new: tuple[dict[Key, Error], set[Key]] | None) -> None:
    per: dict[str, Counter[str]] = defaultdict(Counter)
    real: Counter[str] = Counter()
    for cls, name, r in old.values():
        per[cls][name] += 1
        real[cls] += r
    gains: dict[str, Counter[str]] = defaultdict(Counter)
    losses: Counter[str] = Counter()
    if new is not None:
        gains = fixed(old, new[1])
        for key, (cls, _, _) in new[0].items():
            if key not in old:
                losses[cls] += 1
    print("| class | errors | real / own | sets | largest set (share) | gains (sets) | losses |")
    print("|---|---|---|---|---|---|---|")
    for cls, sets in sorted(per.items(), key=lambda x: -sum(x[1].values())):
        n = sum(sets.values())
        big, m = sets.most_common(1)[0]
        g = gains[cls]
        print(f"| {cls} | {n} | {real[cls]} / {n - real[cls]} | {len(sets)} | {big} ({m / n:.2f})"
              f" | {sum(g.values())} ({len(g)}) | {losses[cls]} |")
    print(f"| **all** | {len(old)} | {sum(real.values())} / {len(old) - sum(real.values())} "
          f"| | | {sum(sum(g.values()) for g in gains.values())} | {sum(losses.values())} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--new", type=Path, help="a second run: where its fixes fell")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--only", action="store_true", help="events short of their actor alone")
    args = ap.parse_args()
    sets = args.sets.split(",")
    old, _ = errors(args.pred_dir, sets, args.only)
    table(old, None if args.new is None else errors(args.new, sets, args.only))


if __name__ == "__main__":
    main()
