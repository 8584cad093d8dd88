"""Toponym recall census on a ``geo`` file (issue 13, geo28).

    PYTHONPATH=. python tools/geo_recall_census.py ../shared/data/geo/geovirus.jsonl \
        --out /tmp/geo_pred.jsonl --skip geovirus-026,geovirus-063 [--list]

Runs the pipeline of ``eventwire eval geo`` (actors + places) once over
the articles not in ``--skip`` (a blind set's sources: they are left out
before the pipeline runs, so nothing of theirs is parsed, scored, written
or listed), keeps its predictions (``eval.geo.toponyms``: the place
mentions and the toponyms that place no event) and spaCy's entities in
``--out``, and
prints eventwire's recognition P/R/F1 and acc@161 on found beside the
most-populous baseline on the gold spans, and a bare spaCy baseline
(every GPE/LOC/FAC entity at its most populous candidate).
``--list`` prints, outside the skipped articles, every gold toponym
eventwire misses (with the NER label over it) and every spaCy GPE/LOC/FAC
entity eventwire drops (gold or not): the two sides of the recall gap.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from eventwire.eval import geo
from eventwire.eval.runner import build_pipeline, load_scorer
from eventwire.settings import Settings

PLACE_LABELS = ("GPE", "LOC", "FAC")


def kept(records: list[dict[str, Any]], skip: str) -> list[dict[str, Any]]:
    """The records whose ``doc_id`` is not in the comma-separated ``skip``."""
    left_out = {s.strip() for s in skip.split(",") if s.strip()}
    return [r for r in records if str(r["doc_id"]) not in left_out]


def predict(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    pipe = build_pipeline(load_scorer("geo"), Settings())
    arts = [geo.Article(text=r["text"], id=str(r["doc_id"]), published=geo._published(r))
            for r in records]
    out = []
    for r, (_a, doc, _rej) in zip(records, pipe.docs(arts), strict=True):
        mentions = geo.toponyms(doc)
        ents = [] if doc is None else [{"start": e.start_char, "end": e.end_char,
                                        "label": e.label_, "text": e.text} for e in doc.ents]
        out.append({"doc_id": r["doc_id"], "ents": ents, "toponyms": [
            {"start": m.start, "end": m.end, "text": m.text, "geonameid": m.geonameid,
             "lat": m.lat, "lon": m.lon} for m in mentions]})
    return out


def spacy_baseline(pred: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for e in pred["ents"]:
        if e["label"] in PLACE_LABELS:
            best = geo.most_populous(e["text"]) or {"geonameid": None, "lat": None, "lon": None}
            out.append({**e, **best})
    return out


def figures(gold: list[dict[str, Any]], preds: dict[str, dict[str, Any]], label: str) -> None:
    ours = geo.score(gold, [{"doc_id": g["doc_id"], "toponyms": preds[g["doc_id"]]["toponyms"]}
                            for g in gold])
    base = geo.score(gold, [{"doc_id": g["doc_id"], "toponyms": spacy_baseline(preds[g["doc_id"]])}
                            for g in gold])
    for name, m in (("eventwire", ours), ("spaCy+most-populous", base)):
        d, found = m["detection"]["overlap"], m["eventwire"]["detected"]
        print(f"{label:8} {name:20} P/R/F1 {d['precision']:.3f}/{d['recall']:.3f}/{d['f1']:.3f}"
              f"  acc@161 found {found['accuracy_161']:.4f} (n {found['n']})"
              f"  median {found['median_km']}  e2e {m['eventwire']['all']['accuracy_161']:.3f}")
    mp = ours["most_populous"]
    print(f"{label:8} most-populous on eventwire's found {mp['detected']['accuracy_161']:.3f},"
          f" on all gold spans {mp['all']['accuracy_161']:.3f}")


def _context(text: str, start: int, end: int) -> str:
    return (text[max(0, start - 50):start] + "[[" + text[start:end] + "]]"
            + text[end:end + 30]).replace("\n", " ")


def listing(gold: list[dict[str, Any]], preds: dict[str, dict[str, Any]]) -> None:
    for g in gold:
        p = preds[g["doc_id"]]
        for t in g["toponyms"]:
            if geo.match(t, p["toponyms"]) is None:
                labels = [e["label"] for e in p["ents"] if geo._overlap(t, e)]
                print("MISSED", g["doc_id"], labels, _context(g["text"], t["start"], t["end"]))
        for e in p["ents"]:
            if e["label"] in PLACE_LABELS and geo.match(e, p["toponyms"]) is None:
                gold_hit = any(geo._overlap(e, t) for t in g["toponyms"])
                print("DROPPED", "gold" if gold_hit else "----", g["doc_id"], e["label"],
                      _context(g["text"], e["start"], e["end"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--skip", default="", help="doc ids left out before the pipeline runs")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    with args.data.open(encoding="utf-8") as fh:
        gold = kept([json.loads(line) for line in fh], args.skip)
    preds = {p["doc_id"]: p for p in predict(gold)}
    with args.out.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(p, ensure_ascii=False) + "\n" for p in preds.values())
    figures(gold, preds, "kept" if args.skip else "all")
    if args.list:
        listing(gold, preds)


if __name__ == "__main__":
    main()
