"""Census of the gold events a run's predictions miss, by the form of the
missed trigger (issue #12, branch recall26).

Reads the predictions ``tools/records_by_origin.py --out DIR`` wrote
(``DIR/rec_X.pred.json``) and the gold records, matches them with the
scorer's rule (``match_events``) and sorts every unmatched gold event into
the first class that fits, parsing the article once with the shipped spaCy
model: headline, light-verb noun, nominal in a PP, other nominal,
adjective, infinitival complement, coordinated verb, inside a quotation,
passive or participle with no agent, other verb. Prints a table with the
real outlets' (ECB+, GeoVirus, MEANTIME) and the own texts' counts; with
``--lemmas N`` also the N most frequent missed lemmas. ``tools/event_error_classes.py``
gives the other cut (why: the filter, the lexicon, a class rule).

    PYTHONPATH=. python tools/missed_events_census.py /work/notes/m29 [--lemmas 40]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from eventwire.eval.record_fields import match_events
from tools.census_io import gold_with_predictions, is_real_source

SETS = "abcdefghijklmnopqr"  # the used sets only: never a blind set
LIGHT = {"carry", "hold", "launch", "conduct", "stage", "make", "give", "take", "mount", "wage",
         "issue", "impose", "deliver", "hand", "lodge", "file", "receive", "serve", "face",
         "get", "bring", "continue", "begin", "start"}
QUOTES = ('"', "\u201c", "\u201d")


def form(tok: Token, in_title: bool) -> str:
    """The first class of the missed trigger's head ``tok`` that fits."""
    sent = tok.sent
    quotes = sum(1 for t in sent if t.i < tok.i and t.text in QUOTES)
    noun = tok.pos_ in ("NOUN", "PROPN")
    checks = [
        (in_title, "headline"),
        (noun and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT, "light-verb noun"),
        (noun and tok.dep_ == "pobj", "nominal in a PP"),
        (noun, "other nominal"),
        (tok.pos_ == "ADJ" or tok.tag_ == "JJ", "adjective"),
        (tok.dep_ == "xcomp", "infinitival complement"),
        (tok.dep_ == "conj", "coordinated second verb"),
        (quotes % 2 == 1, "inside a quotation"),
        (tok.tag_ == "VBN" and not any(c.dep_ == "agent" for c in tok.children),
         "passive / participle, no agent"),
    ]
    return next((name for hit, name in checks if hit), "other verb")


def census(pred_dir: Path) -> list[dict[str, Any]]:
    import spacy

    from eventwire.settings import Settings

    nlp = spacy.load(Settings().model)
    rows: list[dict[str, Any]] = []
    for s, g, pevents in gold_with_predictions(pred_dir, SETS):
        found = {gi for gi, _ in match_events(g["events"], pevents)}
        missed = [e for i, e in enumerate(g["events"]) if i not in found]
        if not missed:
            continue
        doc = nlp(g["text"])
        title = g.get("title") or ""
        for e in missed:
            span = doc.char_span(e["trigger"]["start"], e["trigger"]["end"],
                                 alignment_mode="expand")
            if span is None or not len(span):
                continue
            in_title = bool(title) and g["text"].startswith(title) and \
                e["trigger"]["start"] < len(title)
            rows.append({"set": s, "real": is_real_source(g),
                         "form": form(span.root, in_title),
                         "lemma": span.root.lemma_.lower()})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--lemmas", type=int, default=0)
    args = ap.parse_args()
    rows = census(args.pred_dir)
    count = Counter(r["form"] for r in rows)
    real = Counter(r["form"] for r in rows if r["real"])
    print("| form of the missed trigger | missed | real | own |\n|---|---:|---:|---:|")
    for name, n in count.most_common():
        print(f"| {name} | {n} | {real[name]} | {n - real[name]} |")
    total_real = sum(real.values())
    print(f"| **all** | {len(rows)} | {total_real} | {len(rows) - total_real} |")
    if args.lemmas:
        print(Counter(r["lemma"] for r in rows).most_common(args.lemmas))


if __name__ == "__main__":
    main()
