"""Missing and wrong-entity recipients by the gold mention's form and its
tie to the trigger (issue #12, branch recip40).

    PYTHONPATH=. python tools/recipient_place_split.py /work/notes/m48 \
        [--sets a,b,...] [--examples FORM]

Why: recipient is the weakest field on every blind set, and the record is
most often "one field short" by its recipient. recip38/recip39 split the
wrong countries and the missing ones by place; this splits the missing and
wrong-entity recipients by **form** of gold's mention:

* ``toponym`` (a city, country or region: GPE/LOC head, no body noun), split
  by gold's sector into ``toponym/GOV`` (the state: "sanctions on Iran",
  "an institution named by its seat": "Washington", "the Kremlin") and
  ``toponym/people`` (its people: "shelled Kharkiv");
* ``place noun`` ("the capital", "the town", "the village": a common place
  noun standing for people or a government);
* ``possessive`` ("Iran's navy", "its embassy"), ``appositive``,
  ``pronoun``, ``collective`` (a plural people noun: "the villagers",
  "protesters"), ``name`` (another proper name), ``other noun``;

and by **tie** to the trigger: ``dobj``, ``prep:X`` (object of the
trigger's preposition, or of its object's), ``possessor`` / ``compound`` of
a noun trigger, ``subject``, ``other`` -- and by **why** (a proxy: the
predictions do not carry the candidate trace): ``none predicted``,
``predicted a place`` (the prediction is itself a toponym), ``predicted
another actor``. Counts with real / own and set spread.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.eval.record_fields import match_events
from tools.recipient_errors import outcome
from tools.recipient_mention_split import BODY_NOUNS, PEOPLE_NOUNS
from tools.topic_folds import SETS, is_real, set_predictions, set_records, sets_from_flag

Record = dict[str, Any]
PLACE_ENTS = {"GPE", "LOC", "FAC"}
PLACE_WORDS = {"capital", "city", "town", "village", "province", "region", "district",
               "country", "island", "area", "neighbourhood", "neighborhood", "port",
               "state", "territory", "enclave", "camp", "base", "airport", "building",
               "buildings", "station", "embassy", "consulate", "school", "hospital",
               "mosque", "church", "office", "headquarters", "compound", "home", "house"}
PEOPLE_PLURAL = {"villagers", "protesters", "demonstrators", "residents", "civilians",
                 "people", "migrants", "refugees", "workers", "students", "fishermen",
                 "farmers", "militants", "rebels", "fighters", "troops", "soldiers",
                 "police", "crowd", "crowds", "protestors", "activists", "insurgents"}


def mention_form(span: Span, sector: str | None) -> str:
    """How gold's recipient mention names its entity (see the docstring)."""
    root = span.root
    if root.pos_ == "PRON":
        return "pronoun"
    if any(c.dep_ == "poss" for c in root.children) or any(t.tag_ == "POS" for t in span):
        return "possessive"
    if root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children):
        return "appositive"
    if root.ent_type_ in PLACE_ENTS and root.lower_ not in BODY_NOUNS:
        return "toponym/GOV" if sector == "GOV" else "toponym/people"
    if root.lower_ in PLACE_WORDS:
        return "place noun"
    if root.lower_ in PEOPLE_PLURAL or (root.tag_ == "NNS" and root.lemma_ in PEOPLE_NOUNS):
        return "collective"
    if root.pos_ == "PROPN":
        return "name"
    return "other noun"


def tie(doc: Doc, trig_start: int, span: Span) -> str:
    """The gold mention's tie to the trigger in the parse."""
    trig = doc.char_span(trig_start, trig_start + 1, alignment_mode="expand")
    if trig is None:
        return "other"
    t, root = trig.root, span.root
    if root.head == t:
        if root.dep_ in ("dobj", "dative", "obj"):
            return "dobj"
        if root.dep_ in ("nsubj", "nsubjpass"):
            return root.dep_
        if root.dep_ in ("poss", "compound"):
            return root.dep_
    if root.dep_ == "pobj" and (root.head.head == t or root.head.head.head == t):
        return f"prep:{root.head.lower_}"
    if root.sent != t.sent:
        return "other sentence"
    return "other"


def why(doc: Doc, pred: Record | None) -> str:
    """A proxy for why gold's recipient was not given."""
    if pred is None:
        return "none predicted"
    span = doc.char_span(int(pred["start"]), int(pred["end"]), alignment_mode="expand")
    if span is not None and span.root.ent_type_ in PLACE_ENTS:
        return "predicted a place"
    return "predicted another"


def split(nlp: Language, pred_dir: Path, sets: tuple[str, ...],
          extra: Callable[[Doc, Record], None] | None = None) -> list[Record]:
    """One row per missing or wrong-entity recipient of a matched event;
    ``extra`` adds a caller's fields to a row while its doc is at hand."""
    rows: list[Record] = []
    for name in sets:
        preds = set_predictions(pred_dir, name)
        for art in set_records([name]):
            pred = preds.get(str(art["id"]), [])
            pairs = [(art["events"][gi], pred[pi]) for gi, pi in match_events(art["events"], pred)]
            pairs = [(g, p) for g, p in pairs
                     if outcome(g.get("recipient"), p.get("recipient"))
                     in ("missing", "wrong entity")]
            if not pairs:
                continue
            doc = nlp(art["text"])
            for g, p in pairs:
                gr = g["recipient"]
                span = doc.char_span(int(gr["start"]), int(gr["end"]), alignment_mode="expand")
                if span is None:
                    continue
                rows.append({"set": name.removeprefix("rec_"),
                             "group": "real" if is_real(art) else "own",
                             "form": mention_form(span, gr.get("sector")),
                             "tie": tie(doc, int(g["trigger"]["start"]), span),
                             "why": why(doc, p.get("recipient")),
                             "trigger": g["trigger"]["text"], "gold": gr["text"],
                             "pred": (p.get("recipient") or {}).get("text"),
                             "sentence": span.root.sent.text.strip(),
                             "gold_start": int(gr["start"]), "gold_end": int(gr["end"]),
                             "trig_start": int(g["trigger"]["start"])})
                if extra is not None:
                    extra(doc, rows[-1])
    return rows


def table(rows: list[Record], key: str) -> None:
    """Errors per cell: count, real / own, sets."""
    counts = Counter(r[key] for r in rows)
    real = Counter(r[key] for r in rows if r["group"] == "real")
    sets: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        sets[r[key]].add(r["set"])
    print(f"| {key} | errors | real / own | sets |")
    print("|---|---|---|---|")
    for cell, n in counts.most_common():
        print(f"| {cell} | {n} | {real[cell]} / {n - real[cell]} | {len(sets[cell])} |")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path, help="--out of tools/records_by_origin.py")
    ap.add_argument("--sets", default=",".join(s.removeprefix("rec_") for s in SETS))
    ap.add_argument("--examples", help="print the rows whose form/tie label contains this")
    args = ap.parse_args()
    from eventwire.nlp.components import add_eventwire_components, load_model
    from eventwire.settings import Settings

    nlp = add_eventwire_components(load_model(Settings().model), only=())
    rows = split(nlp, args.pred_dir, sets_from_flag(args.sets))
    for r in rows:
        r["form x tie"] = f"{r['form']} / {r['tie']}"
        r["form x why"] = f"{r['form']} / {r['why']}"
    for key in ("form", "why", "form x why", "form x tie"):
        table(rows, key)
    if args.examples:
        for r in rows:
            if args.examples in r["form x tie"] or args.examples in r["form x why"]:
                print(f"{r['set']} {r['group']} [{r['trigger']}] gold={r['gold']!r} "
                      f"pred={r['pred']!r} :: {r['sentence'][:220]}")


if __name__ == "__main__":
    main()
