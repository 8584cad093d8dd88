"""Recipient errors one level finer: mention form x position x why, fresh
sets against all (issue #12, branch recip44).

    PYTHONPATH=. python tools/recipient_fresh_census.py /work/notes/m54 \
        [--sets z,aa,ab,ac] [--real] [--dump ROWS.jsonl] [--examples CELL]

Why: recipient is the weakest field on every blind set and the rules fitted
to the older sets have not transferred, so a rule is chosen from the
classes the recently blind sets (rec_z..rec_ac) and real texts show, not
from the old sets' habits. Every matched event with a wrong recipient
(``recipient_mention_split.outcome_class``) gets, for the gold mention
(the predicted one for ``spurious``):

* **form**: ``pronoun``, ``coordinated``, ``appositive``, ``possessive``
  (a possessor inside the span: "Iran's navy"), ``toponym`` (a place
  name standing for its people or government, ``seat`` when coded GOV:
  "Washington"), ``name``, ``demonym``, ``collective noun`` ("residents",
  "the crowd", "12 people"), ``institution`` ("the ministry"), ``role
  noun`` ("the ambassador"), ``other noun``;
* **position** relative to the gold trigger: ``object``, ``prep:X`` (the
  object of X on the trigger, its object or its xcomp), ``passive subject``,
  ``subject``, ``possessor``, ``modifier of a noun`` (a name inside another
  noun's phrase: "the Osh-Bishkek highway"), ``another clause`` (anywhere
  else in the sentence), ``another sentence``;
* **why** (from the predictions alone): ``taken as place`` (the predicted
  place of the event overlaps it), ``taken as actor`` (the event's
  predicted actor overlaps it), ``attached to another event`` (a role of
  another predicted event overlaps it), ``another chosen`` (wrong entity),
  ``wrong country`` / ``wrong sector`` (right span), ``no candidate``
  otherwise (no predicted role anywhere uses the span).

Prints outcome x form, outcome x position, outcome x why, with real / own
and set spread; ``--examples CELL`` prints the rows whose
"outcome|form|position|why" key contains CELL.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.eval.record_fields import match_events, overlap
from eventwire.stages.geo.gazetteer import gazetteer
from tools.recipient_mention_split import BODY_NOUNS, PEOPLE_NOUNS, outcome_class
from tools.topic_folds import SETS, is_real, set_predictions, set_records, sets_from_flag

Record = dict[str, Any]
COLLECTIVE = PEOPLE_NOUNS | {"crowd", "crowds", "public", "population", "community",
                             "residents", "protesters", "demonstrators", "villagers",
                             "locals", "victims", "family", "families", "group", "mob",
                             "youths", "workers", "inmates", "prisoners", "detainees"}
HEAD_DEPS = ("dobj", "xcomp", "ccomp", "attr")
# a name inside another noun's phrase ("the Osh-Bishkek highway", "Kenyan ports")
MODIFIER_DEPS = ("compound", "nmod", "amod", "npadvmod")


def form(doc: Doc, span: Span, m: Record) -> str:
    """How the mention names its entity (see the docstring)."""
    root = span.root
    if root.pos_ == "PRON":
        return "pronoun"
    if " and " in str(m.get("text")) or any(t.dep_ == "conj" for t in span):
        return "coordinated"
    if any(t.dep_ == "appos" for t in span) or "," in str(m.get("text")):
        return "appositive"
    if any(t.dep_ == "poss" and t.i != root.i for t in span):
        return "possessive"
    if root.ent_type_ in ("GPE", "LOC", "FAC"):
        return "toponym: seat" if m.get("sector") == "GOV" else "toponym"
    if root.pos_ == "PROPN" or root.ent_type_ in ("ORG", "PERSON", "NORP"):
        return "demonym" if gazetteer().demonym(root.text) else "name"
    low = root.lemma_.lower()
    if low in COLLECTIVE or root.lower_ in COLLECTIVE or any(c.like_num for c in root.children):
        return "collective noun"
    if low in BODY_NOUNS or root.lower_ in BODY_NOUNS:
        return "institution"
    return "role noun" if root.pos_ == "NOUN" else "other noun"


def position(doc: Doc, trigger: Span, span: Span) -> str:
    """Where the mention sits relative to the trigger (see the docstring)."""
    t, r = trigger.root, span.root
    if t.sent != r.sent:
        return "another sentence"
    heads = {t} | {c for c in t.children if c.dep_ in HEAD_DEPS}
    while r.dep_ == "conj" and r.head != r:
        r = r.head
    if r.head in heads and r.dep_ in ("dobj", "dative"):
        return "object"
    if r.head == t and r.dep_ == "nsubjpass":
        return "passive subject"
    if r.head in heads and r.dep_ == "poss":
        return "possessor"
    if r.head == t and r.dep_ in ("nsubj", "agent"):
        return "subject"
    if r.dep_ == "pobj" and r.head.head in heads:
        return f"prep:{r.head.lower_}"
    if r.dep_ == "pobj" and r.head.head.dep_ == "pobj" and r.head.head.head.head in heads:
        return f"prep:{r.head.head.head.lower_}+{r.head.lower_}"
    if r.dep_ in MODIFIER_DEPS:
        return "modifier of a noun"
    return "another clause"


def _uses(events: list[Record], m: Record, skip: int) -> bool:
    return any(i != skip and e.get(role) and overlap(e[role], m) > 0
               for i, e in enumerate(events) for role in ("actor", "recipient"))


def why(oc: str, gm: Record | None, p: Record, pi: int, pred: list[Record]) -> str:
    """Why the system missed or got it wrong (from the predictions alone)."""
    if oc in ("right entity, wrong country", "wrong sector"):
        return "wrong country" if oc.startswith("right") else "wrong sector"
    if gm is None:
        return "spurious"
    if p.get("place") and overlap(p["place"], gm) > 0:
        return "taken as place"
    if p.get("actor") and overlap(p["actor"], gm) > 0:
        return "taken as actor"
    if _uses(pred, gm, pi):
        return "attached to another event"
    return "another chosen" if oc == "wrong entity" else "no candidate"


def _row(name: str, art: Record, doc: Doc, gi: int, pi: int, pred: list[Record]
         ) -> Record | None:
    g, p = art["events"][gi], pred[pi]
    gr, pr = g.get("recipient"), p.get("recipient")
    oc = outcome_class(gr, pr)
    m = gr if gr is not None else pr
    tspan = doc.char_span(int(g["trigger"]["start"]), int(g["trigger"]["end"]),
                          alignment_mode="expand")
    span = None if m is None else doc.char_span(int(m["start"]), int(m["end"]),
                                                alignment_mode="expand")
    if oc == "right" or m is None or span is None or tspan is None:
        return None
    return {"set": name, "id": str(art["id"]), "group": "real" if is_real(art) else "own",
            "type": g.get("type"), "trigger": g["trigger"]["text"], "outcome": oc,
            "form": form(doc, span, m), "position": position(doc, tspan, span),
            "why": why(oc, gr, p, pi, pred), "gold": gr, "pred": pr,
            "sentence": tspan.sent.text.strip()}


def census(nlp: Language, pred_dir: Path, sets: tuple[str, ...], real: bool) -> list[Record]:
    """One row per wrong recipient of a matched event."""
    out: list[Record] = []
    for name in sets:
        preds = set_predictions(pred_dir, name)
        for art in set_records([name]):
            if real and not is_real(art):
                continue
            pred = preds.get(str(art["id"]), [])
            pairs = match_events(art["events"], pred)
            bad = [(gi, pi) for gi, pi in pairs if outcome_class(
                art["events"][gi].get("recipient"), pred[pi].get("recipient")) != "right"]
            if bad:
                doc = nlp(art["text"])
                rows = (_row(name, art, doc, gi, pi, pred) for gi, pi in bad)
                out.extend(r for r in rows if r is not None)
    return out


def table(rows: list[Record], key: str, title: str, top: int = 40) -> None:
    """Errors per cell: count, real / own, set spread."""
    counts = Counter(r[key] for r in rows)
    real = Counter(r[key] for r in rows if r["group"] == "real")
    sets: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        sets[r[key]].add(r["set"].removeprefix("rec_"))
    print(f"| {title} | errors | real / own | sets |")
    print("|---|---|---|---|")
    for cell, n in counts.most_common(top):
        print(f"| {cell} | {n} | {real[cell]} / {n - real[cell]} | {len(sets[cell])} |")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path, help="--out of tools/records_by_origin.py")
    ap.add_argument("--sets", default=",".join(s.removeprefix("rec_") for s in SETS))
    ap.add_argument("--real", action="store_true", help="real outlets' texts only")
    ap.add_argument("--dump", type=Path, help="write the rows here (JSON lines)")
    ap.add_argument("--examples", help="print rows whose outcome|form|position|why has this")
    args = ap.parse_args()
    from eventwire.nlp.components import add_eventwire_components, load_model
    from eventwire.settings import Settings

    nlp = add_eventwire_components(load_model(Settings().model), only=())
    rows = census(nlp, args.pred_dir, sets_from_flag(args.sets), args.real)
    for r in rows:
        r["outcome|form"] = f"{r['outcome']} | {r['form']}"
        r["outcome|position"] = f"{r['outcome']} | {r['position']}"
        r["outcome|why"] = f"{r['outcome']} | {r['why']}"
        r["key"] = f"{r['outcome']}|{r['form']}|{r['position']}|{r['why']}"
    for key in ("outcome|form", "outcome|position", "outcome|why", "key"):
        table(rows, key, key)
    if args.examples:
        for r in rows:
            if args.examples in r["key"]:
                print(f"{r['set']} {r['id']} {r['type']} [{r['trigger']}] gold="
                      f"{(r['gold'] or {}).get('text')} pred={(r['pred'] or {}).get('text')} "
                      f"{r['key']}\n    {r['sentence'][:300]}")
    if args.dump is not None:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
