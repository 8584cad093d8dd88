"""Census of recipient errors by class, real outlets' articles apart from
the project's own texts (issue #12, recips11).

    PYTHONPATH=. python tools/records_by_origin.py --out /tmp/preds
    PYTHONPATH=. python tools/recipient_census.py /tmp/preds [--examples CLASS] [--real]

Why: ``tools/recipient_errors.py`` counts outcome x construction; this one
asks what a fix would have to do. Every matched event whose recipient is
wrong gets an outcome (``recipient_errors.outcome``) and a class:

* gold none, one predicted (``spurious``): *the actor repeated* (the
  predicted recipient overlaps or repeats the actor), *the speaker* (it
  overlaps the event's speaker), *a location* (a GPE/LOC/FAC head), *a
  content object* (a common noun the trigger governs: object, passive
  subject, "of"-object of a noun trigger), *a named object*, else the
  mention's construction;
* gold something, none predicted (``missing``): *headline shape* (the
  trigger is in the title line), *passive subject*, *with X*, *against X*,
  *indirect object* (dative or "to X"), *possessor*, else the
  construction of ``recipient_errors.construction``;
* ``wrong entity``: the gold mention's construction, and the predicted
  one's spurious class;
* ``resolution``: the right mention with wrong codes (→ the resolver).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.eval.record_fields import match_events, overlap
from tools.recipient_errors import _span, construction, outcome
from tools.topic_folds import is_real, set_predictions, set_records

Record = dict[str, Any]
SETS = tuple(f"rec_{c}" for c in "abcdefghijklm")
PLACE_ENTS = {"GPE", "LOC", "FAC"}
GOVERNED = {"dobj", "nsubjpass", "attr", "oprd"}


def _norm(m: Record | None) -> str:
    return str((m or {}).get("text", "")).lower().removeprefix("the ")


def predicted_class(doc: Doc, g: Record, p: Record, m: Record) -> str:
    """What a predicted recipient that is not the gold one is."""
    actors = [x for x in (p.get("actor"), g.get("actor")) if x]
    if any(overlap(a, m) > 0 or _norm(a) == _norm(m) for a in actors):
        return "actor repeated"
    speakers = [x for x in (p.get("speaker"), g.get("speaker")) if x]
    if any(overlap(s, m) > 0 for s in speakers):
        return "the speaker"
    span, tspan = _span(doc, m), _span(doc, g["trigger"])
    if span is None or tspan is None:
        return "unaligned"
    head, trig = span.root, tspan.root
    if head.ent_type_ in PLACE_ENTS:
        return "location"
    governed = head.head == trig and head.dep_ in GOVERNED or (
        head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head == trig)
    if governed:
        return "content object" if head.pos_ != "PROPN" else "named object"
    return "other: " + construction(doc, g["trigger"], m)


def missing_class(doc: Doc, art: Record, g: Record, m: Record) -> str:
    """How a gold recipient the system left empty is tied to the trigger."""
    title = str(art.get("title") or "")
    if title and art["text"].startswith(title) and g["trigger"]["start"] < len(title):
        return "headline shape"
    cons = construction(doc, g["trigger"], m)
    named = {"passive subject": "passive subject", "prep:with": "with X",
             "prep:against": "against X", "prep:to": "indirect object"}
    if cons in named:
        return named[cons]
    span = _span(doc, m)
    if cons == "dobj" and span is not None and span.root.dep_ == "dative":
        return "indirect object"
    return cons


def classify(doc: Doc, art: Record, g: Record, p: Record) -> tuple[str, str]:
    gr, pr = g.get("recipient"), p.get("recipient")
    oc = outcome(gr, pr)
    if oc.startswith("resolution"):
        return "resolution", oc.split(": ")[1]
    assert gr is not None or pr is not None  # not right, so one of them is set
    if oc == "spurious" and pr is not None:
        return oc, predicted_class(doc, g, p, pr)
    if oc == "missing" and gr is not None:
        return oc, missing_class(doc, art, g, gr)
    assert gr is not None and pr is not None  # wrong entity: both set
    return oc, f"gold {missing_class(doc, art, g, gr)} / pred {predicted_class(doc, g, p, pr)}"


def census(nlp: Language, pred_dir: Path, sets: tuple[str, ...] = SETS,
           ) -> list[tuple[str, str, str, str, Record, Record]]:
    """(group, outcome, class, sentence, gold, predicted) of every recipient error."""
    out = []
    for name in sets:
        gold, preds = set_records([name]), set_predictions(pred_dir, name)
        for art in gold:
            group = "real" if is_real(art) else "own"
            pred = preds.get(str(art["id"]), [])
            pairs = match_events(art["events"], pred)
            doc = nlp(art["text"]) if pairs else None
            for gi, pi in pairs:
                g, p = art["events"][gi], pred[pi]
                if outcome(g.get("recipient"), p.get("recipient")) == "right" or doc is None:
                    continue
                oc, cls = classify(doc, art, g, p)
                t = _span(doc, g["trigger"])
                out.append((group, oc, cls, t.sent.text if t is not None else "", g, p))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path, help="--out of tools/records_by_origin.py")
    ap.add_argument("--examples", help="print errors whose 'outcome/class' contains this")
    ap.add_argument("--real", action="store_true", help="examples from real outlets only")
    ap.add_argument("--limit", type=int, default=15)
    ap.add_argument("--sets", default=",".join(SETS),
                    help="comma-separated record sets (named, never globbed)")
    args = ap.parse_args()
    from eventwire.nlp.components import add_eventwire_components, load_model
    from eventwire.settings import Settings

    nlp = add_eventwire_components(load_model(Settings().model), only=())
    rows = census(nlp, args.pred_dir, tuple(args.sets.split(",")))
    counts = Counter((r[1], r[2], r[0]) for r in rows)
    keys = sorted({(oc, cls) for oc, cls, _ in counts},
                  key=lambda k: -(counts[(*k, "real")] + counts[(*k, "own")]))
    print("| outcome | class | real | own |\n|---|---|---|---|")
    for oc, cls in keys:
        print(f"| {oc} | {cls} | {counts[(oc, cls, 'real')]} | {counts[(oc, cls, 'own')]} |")
    print(f"| **all errors** | | {sum(r[0] == 'real' for r in rows)} "
          f"| {sum(r[0] == 'own' for r in rows)} |")
    if args.examples:
        shown = [r for r in rows if args.examples in f"{r[1]}/{r[2]}"
                 and (not args.real or r[0] == "real")]
        for group, oc, cls, sent, g, p in shown[:args.limit]:
            print(f"\n[{group}] {oc}/{cls} :: {g['trigger']['text']} ({g['type']})\n  "
                  f"{sent.strip()[:300]}\n  gold {(g.get('recipient') or {}).get('text')!r}"
                  f"  pred {(p.get('recipient') or {}).get('text')!r}")


if __name__ == "__main__":
    main()
