"""A force member's role carried to a later mention: the census of gold
COP / MIL (or another role sector) participants the system codes otherwise
on the right span (issue #12, branch recip53).

    PYTHONPATH=. python tools/role_bridge_census.py /work/notes/m71 \
        [--field recipient|actor|both] [--sectors COP,MIL] [--show]

Why: recip52 found that the largest real cell of "right mention, wrong
codes" recipients is a police officer or soldier named later by a pronoun
or a name ("a police officer was shot … he", "Sgt Smith") and coded CVL
where the guide's "a pronoun or role noun is labelled with the country and
sector of whom it stands for" gives COP / MIL. A rule needs the class's
size on real and own texts, in sets AND stories (an ECB+ topic told in
several sets is one story), before it is built.

Every matched event whose gold ``field`` has one of ``--sectors``, whose
predicted mention overlaps the gold one and whose predicted sectors lack
the gold sector gets a row: set, article, real/own, story, field, mention
kind (``pronoun`` / ``named`` / ``role noun`` from ``sector_confusions``),
gold and predicted codes, the mention text. Prints counts per
field x gold sector x kind (real / own, sets, stories) and, with
``--show``, every row.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events, overlap
from tools.census_io import is_real_source
from tools.date_source_split import story
from tools.sector_confusions import kind
from tools.topic_folds import set_predictions, set_records

Record = dict[str, Any]


def sectors_of(p: Record) -> list[str]:
    """The predicted sectors of a participant (``sectors`` else ``sector``)."""
    return list(p.get("sectors") or ([p["sector"]] if p.get("sector") else []))


def row_of(g: Record | None, p: Record | None, wanted: set[str]) -> dict[str, Any] | None:
    """The row of a right-span participant whose wanted gold sector is missed."""
    if not g or not p or g.get("sector") not in wanted or overlap(g, p) == 0:
        return None
    if g["sector"] in sectors_of(p):
        return None
    return {"gold": f"{g.get('country')} {g['sector']}",
            "pred": f"{p.get('country')} {'/'.join(sectors_of(p)) or '-'}",
            "text": g.get("text", ""), "kind": kind(str(g.get("text", "")))}


def collect(pred_dir: Path, fields: list[str], wanted: set[str]) -> list[dict[str, Any]]:
    """Every row over the sets of ``pred_dir``."""
    out = []
    for pred_path in sorted(pred_dir.glob("rec_*.pred.json")):
        name = pred_path.name.split(".")[0]
        preds = set_predictions(pred_dir, name)
        for art in set_records([name]):
            pred = preds.get(str(art["id"]), [])
            for gi, pi in match_events(art["events"], pred):
                for field in fields:
                    r = row_of(art["events"][gi].get(field), pred[pi].get(field), wanted)
                    if r is None:
                        continue
                    r.update(set=name, id=art["id"], field=field,
                             trigger=art["events"][gi]["trigger"]["text"],
                             real=is_real_source(art),
                             story=story(art.get("source"), art["id"]) if is_real_source(art)
                             else art["id"])
                    out.append(r)
    return out


def table(rows: list[dict[str, Any]]) -> None:
    """Counts per field x gold sector x kind, real / own, sets, stories."""
    cells: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        cells[(r["field"], r["gold"].split()[-1], r["kind"])].append(r)
    print("| field | gold sector | kind | real | own | sets (real) | stories (real) |")
    print("|---|---|---|---:|---:|---:|---:|")
    for key, rs in sorted(cells.items(), key=lambda kv: -len(kv[1])):
        real = [r for r in rs if r["real"]]
        print(f"| {key[0]} | {key[1]} | {key[2]} | {len(real)} | {len(rs) - len(real)} "
              f"| {len({r['set'] for r in rs})} ({len({r['set'] for r in real})}) "
              f"| {len({r['story'] for r in rs})} ({len({r['story'] for r in real})}) |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--field", choices=["recipient", "actor", "both"], default="both")
    ap.add_argument("--sectors", default="COP,MIL")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    fields = ["recipient", "actor"] if args.field == "both" else [args.field]
    rows = collect(args.pred_dir, fields, set(args.sectors.split(",")))
    table(rows)
    if args.show:
        for r in rows:
            print(f"{r['field'][:3]} {'R' if r['real'] else 'o'} {r['id']:10} {r['story']:22} "
                  f"{r['trigger']!r:18} {r['text']!r:32} {r['gold']:8} -> {r['pred']}")


if __name__ == "__main__":
    main()
