"""Recipient errors by outcome and, for a right mention coded with a wrong
country, by how the recipient is mentioned (issue #12, branch recip38).

    PYTHONPATH=. python tools/recipient_mention_split.py /work/notes/m45 \
        [--sets a,b,...] [--dump ROWS.jsonl] [--old OLD_PRED_DIR]

Why: recip37 found most wrong recipient countries have the right country
named in the same or an earlier sentence -- a coreference problem. A rule
needs the mention's form, one level finer than the outcome. Every matched
event with a wrong recipient gets an **outcome**: ``missing``, ``spurious``,
``wrong entity``, ``right entity, wrong country`` (the prediction's country
none or another), ``wrong sector``; and, for the country outcome, the
gold mention's **form**:

* ``pronoun`` ("it", "they", "them", a relative "who"),
* ``possessive pronoun + noun`` ("its ambassador", "their ships"),
* ``the country`` (a state noun with a determiner: "the country", "the
  kingdom", "the island nation"),
* ``the institution`` ("the ministry", "the government", "the army", "the
  embassy": a body noun with no name in the span),
* ``its neighbour`` (a neighbour noun),
* ``office noun`` (a bare office or role noun: "the ambassador", "the
  captain"), split ``role of a named person`` when the same head noun
  stood before in the text next to a proper name ("captain Ivanov"),
* ``people count`` ("12 people", "the 119 survivors", "residents"),
* ``demonym`` (a demonym heads the span: "the Russians"),
* ``name`` (a proper noun in the span), ``other noun``.

Per cell: errors, real / own, the sets. ``--dump`` writes one JSON row per
error (sentence, spans, codes) for reading; ``--old`` also counts the old
run's errors per cell, and gains and losses event by event.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.eval.record_fields import match_events
from eventwire.stages.geo.gazetteer import gazetteer
from tools.recipient_errors import outcome
from tools.topic_folds import SETS, is_real, set_predictions, set_records, sets_from_flag

Record = dict[str, Any]
STATE_NOUNS = {"country", "state", "nation", "kingdom", "republic", "island", "islands",
               "emirate", "territory", "archipelago"}
BODY_NOUNS = {"ministry", "government", "army", "military", "embassy", "navy", "police",
              "authorities", "authority", "administration", "regime", "cabinet", "parliament",
              "court", "coastguard", "guard", "forces", "force", "department", "office",
              "agency", "company", "firm", "side", "junta", "council", "legislature"}
NEIGHBOUR_NOUNS = {"neighbour", "neighbor", "neighbours", "neighbors"}
PEOPLE_NOUNS = {"people", "person", "persons", "man", "men", "woman", "women", "survivor",
                "resident", "migrant", "worker", "national", "citizen", "crew", "passenger",
                "child", "children", "tourist", "refugee", "fisherman", "fishermen", "sailor",
                "civilian", "student", "villager", "protester", "suspect", "member"}


def outcome_class(g: Record | None, p: Record | None) -> str:
    """The brief's five outcomes ("right" for a right recipient)."""
    oc = outcome(g, p)
    if oc in ("resolution: unresolved", "resolution: country"):
        return "right entity, wrong country"
    return "wrong sector" if oc == "resolution: sector" else oc


def _role_of_named(doc: Doc, span: Span) -> bool:
    """The span's head noun stood earlier beside a proper name ("captain
    Ivanov", "Ivanov, the captain")."""
    lemma = span.root.lemma_.lower()
    for t in doc[: span.start]:
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and (
                t.head.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in t.children)):
            return True
    return False


def mention_form(doc: Doc, span: Span) -> str:
    """How the recipient mention names its entity (see the docstring)."""
    root = span.root
    low = root.lower_
    if root.pos_ == "PRON":
        return "pronoun"
    if any(t.pos_ == "PROPN" and not gazetteer().demonym(t.text) for t in span):
        return "name"
    if root.text[:1].isupper() and gazetteer().demonym(root.text):
        return "demonym"
    if low in NEIGHBOUR_NOUNS or root.lemma_.lower() in NEIGHBOUR_NOUNS:
        return "its neighbour"
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in root.children):
        return "possessive pronoun + noun"
    if low in STATE_NOUNS:
        return "the country"
    if low in BODY_NOUNS:
        return "the institution"
    if root.lemma_.lower() in PEOPLE_NOUNS or any(c.like_num for c in root.children):
        return "people count"
    if any(t.text[:1].isupper() and gazetteer().demonym(t.text) for t in span):
        return "demonym"
    if _role_of_named(doc, span):
        return "role of a named person"
    return "office noun" if root.pos_ == "NOUN" else "other noun"


def _row(name: str, art: Record, doc: Doc, g: Record, p: Record) -> Record:
    gr, pr = g.get("recipient"), p.get("recipient")
    oc = outcome_class(gr, pr)
    form = "-"
    sent = ""
    m = gr if gr is not None else pr
    if m is not None:
        span = doc.char_span(int(m["start"]), int(m["end"]), alignment_mode="expand")
        if span is not None:
            sent = span.root.sent.text
            if oc == "right entity, wrong country":
                form = mention_form(doc, span)
    actor = (p.get("actor") or {}).get("country")
    prov = "none" if not (pr or {}).get("country") else (
        "the actor's" if actor == (pr or {}).get("country") else "other")
    return {"set": name, "id": str(art["id"]), "group": "real" if is_real(art) else "own",
            "trigger": int(g["trigger"]["start"]), "outcome": oc, "form": form,
            "prov": prov, "gold": gr, "pred": pr, "actor": actor, "sentence": sent}


def split(nlp: Language, pred_dir: Path, sets: tuple[str, ...]) -> list[Record]:
    """One row per wrong recipient of a matched event."""
    out: list[Record] = []
    for name in sets:
        preds = set_predictions(pred_dir, name)
        for art in set_records([name]):
            pred = preds.get(str(art["id"]), [])
            pairs = [(art["events"][gi], pred[pi]) for gi, pi in match_events(art["events"], pred)]
            pairs = [(g, p) for g, p in pairs
                     if outcome(g.get("recipient"), p.get("recipient")) != "right"]
            if pairs:
                doc = nlp(art["text"])
                out.extend(_row(name, art, doc, g, p) for g, p in pairs)
    return out


def table(rows: list[Record], key: str, title: str) -> None:
    """Errors per cell: count, real / own, sets."""
    counts = Counter(r[key] for r in rows)
    real = Counter(r[key] for r in rows if r["group"] == "real")
    sets: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        sets[r[key]].add(r["set"].removeprefix("rec_"))
    print(f"| {title} | errors | real / own | sets |")
    print("|---|---|---|---|")
    for cell, n in counts.most_common():
        print(f"| {cell} | {n} | {real[cell]} / {n - real[cell]} | {len(sets[cell])} "
              f"{','.join(sorted(sets[cell]))} |")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path, help="--out of tools/records_by_origin.py")
    ap.add_argument("--sets", default=",".join(s.removeprefix("rec_") for s in SETS))
    ap.add_argument("--dump", type=Path, help="write the rows here (JSON lines)")
    args = ap.parse_args()
    from eventwire.nlp.components import add_eventwire_components, load_model
    from eventwire.settings import Settings

    nlp = add_eventwire_components(load_model(Settings().model), only=())
    rows = split(nlp, args.pred_dir, sets_from_flag(args.sets))
    table(rows, "outcome", "outcome")
    country = [r for r in rows if r["outcome"] == "right entity, wrong country"]
    table(country, "form", "mention form (wrong country)")
    for r in country:
        r["form_prov"] = f"{r['form']} / {r['prov']}"
    table(country, "form_prov", "mention form / predicted country")
    if args.dump is not None:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
