"""Precision of the predicted recipients by cell: where the system's choice
is wrong more often than right (issue #12, branch recip57).

    PYTHONPATH=. python tools/recipient_precision.py PRED_DIR [--sets a,b] [--by type]
        [--min 5] [--examples CELL]

PRED_DIR is ``tools/records_by_origin.py --out``. Every matched event whose
*predicted* recipient is set gets a cell -- the predicted mention's form and
position (``recipient_fresh_census.form`` / ``position``: "name | prep:to",
"demonym | modifier of a noun"), with ``--by type`` the predicted event type
before it, with ``--by governor`` the lemma of the word the mention hangs
from after it -- and an outcome: ``right`` (``participant_right``),
``spurious`` (gold has none), ``wrong`` otherwise. Cells are printed by
``spurious - right`` (the net of dropping the whole cell), with the real
texts' share and the sets.

Why: the error censuses (``recipient_fresh_census``, ``recipient_census``)
count only the errors, so a large error cell may hide a larger right one.
recip57 found its first class here: "name | prep:to" was the one cell of
m87 with more spurious than right recipients -- the court or international
body a case is taken to ("would appeal to the Supreme Court",
``dropped_options.forum_appealed_to``); the next, what is given ("offered
a transport plane", ``dropped_options.given_content``), through ``--by
governor``.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language

from eventwire.eval.record_fields import match_events, participant_right
from tools.recipient_fresh_census import form, position
from tools.topic_folds import SETS, is_real, set_predictions, set_records, sets_from_flag

Record = dict[str, Any]


def rows(nlp: Language, pred_dir: Path, sets: tuple[str, ...], by: str) -> list[Record]:
    """One row per matched event with a predicted recipient."""
    out: list[Record] = []
    for name in sets:
        preds = set_predictions(pred_dir, name)
        for art in set_records([name]):
            pred = preds.get(str(art["id"]), [])
            pairs = [(gi, pi) for gi, pi in match_events(art["events"], pred)
                     if pred[pi].get("recipient")]
            if not pairs:
                continue
            doc = nlp(art["text"])
            for gi, pi in pairs:
                g, p = art["events"][gi], pred[pi]
                m = p["recipient"]
                t = doc.char_span(int(g["trigger"]["start"]), int(g["trigger"]["end"]),
                                  alignment_mode="expand")
                sp = doc.char_span(int(m["start"]), int(m["end"]), alignment_mode="expand")
                if t is None or sp is None:
                    continue
                cell = f"{form(doc, sp, m)} | {position(doc, t, sp)}"
                if by == "type":
                    cell = f"{p.get('type')} | {cell}"
                elif by == "governor":
                    cell = f"{cell} | {sp.root.head.lemma_.lower()}"
                gr = g.get("recipient")
                outcome = "right" if participant_right(gr, m) else \
                    "spurious" if gr is None else "wrong"
                out.append({"set": name, "id": str(art["id"]), "real": is_real(art),
                            "cell": cell, "outcome": outcome, "trigger": g["trigger"]["text"],
                            "pred": m.get("text"), "gold": (gr or {}).get("text"),
                            "sentence": t.sent.text.strip()})
    return out


def table(found: list[Record], least: int) -> None:
    """Cells by spurious - right, largest first."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    sets: dict[str, set[str]] = defaultdict(set)
    for r in found:
        c = counts[r["cell"]]
        c["n"] += 1
        c[r["outcome"]] += 1
        c["real " + r["outcome"]] += r["real"]
        sets[r["cell"]].add(r["set"].removeprefix("rec_"))
    print("| cell | predicted | right (real) | spurious (real) | wrong (real) | sets |")
    print("|---|---|---|---|---|---|")
    cells = [k for k, c in counts.items() if c["n"] >= least]
    for k in sorted(cells, key=lambda k: counts[k]["right"] - counts[k]["spurious"]):
        c = counts[k]
        print(f"| {k} | {c['n']} | {c['right']} ({c['real right']}) | {c['spurious']} "
              f"({c['real spurious']}) | {c['wrong']} ({c['real wrong']}) | {len(sets[k])} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path, help="--out of tools/records_by_origin.py")
    ap.add_argument("--sets", default=",".join(s.removeprefix("rec_") for s in SETS))
    ap.add_argument("--by", choices=["", "type", "governor"], default="")
    ap.add_argument("--min", type=int, default=5, help="print cells with this many or more")
    ap.add_argument("--examples", help="print the rows of the cells holding this text")
    args = ap.parse_args()
    from eventwire.nlp.components import add_eventwire_components, load_model
    from eventwire.settings import Settings

    nlp = add_eventwire_components(load_model(Settings().model), only=())
    found = rows(nlp, args.pred_dir, sets_from_flag(args.sets), args.by)
    table(found, args.min)
    if args.examples:
        for r in found:
            if args.examples in r["cell"]:
                print(f"{r['outcome']:8} {r['set']} {r['id']} [{r['trigger']}] pred={r['pred']} "
                      f"gold={r['gold']}\n    {r['sentence'][:240]}")


if __name__ == "__main__":
    main()
