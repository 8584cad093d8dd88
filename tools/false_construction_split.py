"""Split the false events of real outlets' texts by the **trigger's
construction** and by **story kind** (issue #12, branch events43). Counts
and set spread only; no sentence is printed unless ``--examples CLASS``.

    PYTHONPATH=. python tools/false_event_split.py --pred /work/notes/m45 \
        --rows /tmp/rows.jsonl
    PYTHONPATH=. python tools/false_construction_split.py --load /tmp/rows.jsonl

Why: the earlier splits cut the false events by the error tool's classes
(``verb``, ``complement``, ``nominal``) or by story kind alone; neither says
which construction a rule could read. Each predicted event (matched ones
too, so a candidate rule's risk shows on the same rows) gets the first
construction below that fits, read from the row's parse features:

* ``beside a gold event`` - overlaps or lies within 40 characters of a gold
  trigger (a split or a near miss: a span question, not eventness);
* ``repeated mention`` - its lemma was already a predicted trigger earlier
  in the article;
* ``reported speech verb`` - a verb of saying that only reports;
* ``noun inside a name`` - a noun or proper noun inside a named entity;
* ``noun modifying a noun`` - a compound, possessive or adjectival noun;
* ``perception/state verb`` - seeing, knowing, having, holding, remaining;
* ``resultative participle`` - a past participle or "-ing" form that tells
  a state or a result ("a camp filled with", "leaving 40 dead");
* ``generic/habitual`` - a present-simple verb with no auxiliary;
* ``future/planned`` - a modal, "to", or a planning head governs it;
* ``negated`` - a negated verb;
* then ``other noun`` / ``other verb`` / ``other``.

Each row is also given the **story kind** of its article
(``tools/real_story_kinds.real_kind``); ``sport/business`` gathers the
match, tournament, film, award, product and company kinds. ECB+ topics are
counted once in the set spread.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from tools.event_error_classes import SPEECH
from tools.real_story_kinds import real_kind
from tools.topic_folds import SETS, ecb_topic, set_records

Row = dict[str, Any]
NOUN_MODS = {"compound", "poss", "amod", "nmod", "npadvmod"}
STATE_CLASSES = {"perception/cognition", "state/possession"}
RESULT_DEPS = {"amod", "acl", "advcl", "oprd", "xcomp", "conj", "relcl"}
PLAN_HEADS = {"plan", "intend", "aim", "schedule", "prepare", "expect", "propose", "vow",
              "promise", "pledge", "threaten", "decide", "agree", "want", "seek", "hope"}
SPORT_BUSINESS = {"match report", "tournament or transfer", "award, film or casting",
                  "product launch", "company results"}


def construction(r: Row) -> str:
    """The first construction of the module docstring that fits the row."""
    if r["cls"] in ("split", "near-miss"):
        return "beside a gold event"
    if r["repeat"]:
        return "repeated mention"
    if r["lemma"] in SPEECH and r["pos"] == "VERB":
        return "reported speech verb"
    if r["pos"] in ("NOUN", "PROPN"):
        if r.get("ent"):
            return "noun inside a name"
        if r["dep"] in NOUN_MODS:
            return "noun modifying a noun"
    if r["verb_class"] in STATE_CLASSES and r["pos"] == "VERB":
        return "perception/state verb"
    return _verb_use(r) if r["pos"] in ("VERB", "AUX", "ADJ") else (
        "other noun" if r["pos"] in ("NOUN", "PROPN") else "other")


def _verb_use(r: Row) -> str:
    kids = r.get("kids", [])
    has_aux = any(k.startswith(("aux:", "auxpass:")) for k in kids)
    if r["tag"] in ("VBN", "VBG") and not has_aux and r["dep"] in RESULT_DEPS:
        return "resultative participle"
    if r["use"] == "negated":
        return "negated"
    if r["use"] == "modal/future" or r["head"] in PLAN_HEADS and r["dep"] == "xcomp":
        return "future/planned"
    if r["use"] == "habitual/present":
        return "generic/habitual"
    return "other verb"


def kind_of(texts: dict[str, str], r: Row) -> str:
    kind = real_kind(texts[r["article"]])
    return "sport/business" if kind in SPORT_BUSINESS else kind


def article_texts() -> tuple[dict[str, str], dict[str, str]]:
    """``"<set>/<id>"`` -> text, and -> the spread key (ECB+ topic or set)."""
    texts: dict[str, str] = {}
    keys: dict[str, str] = {}
    for rec in set_records(SETS):
        name = f"{rec['_set']}/{rec['id']}"
        texts[name] = rec["text"]
        keys[name] = ecb_topic(rec.get("source")) or rec["_set"]
    return texts, keys


def table(rows: list[Row], key: str, keys: dict[str, str]) -> list[str]:
    """Per value of ``key``: false and matched by real/own, and the sets
    (ECB+ topics once) holding the real false ones."""
    false: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    tp: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    spread: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["cls"] == "tp":
            tp[r["real"]][r[key]] += 1
        else:
            false[r["real"]][r[key]] += 1
            if r["real"]:
                spread[r[key]].add(keys[r["article"]])
    out = [f"| {key} | real false | real matched | real sets | own false | own matched |",
           "|---|---|---|---|---|---|"]
    values = set(false[True]) | set(false[False]) | set(tp[True])
    for v in sorted(values, key=lambda x: -false[True][x]):
        out.append(f"| {v} | {false[True][v]} | {tp[True][v]} | {len(spread[v])} | "
                   f"{false[False][v]} | {tp[False][v]} |")
    return out


def annotate(rows: list[Row], texts: dict[str, str]) -> list[Row]:
    """Construction, kind and keys per row; ``repeat`` when the lemma was a
    predicted trigger earlier in the article (rows come in text order)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        r["repeat"] = r["lemma"] in seen[r["article"]]
        seen[r["article"]].add(r["lemma"])
        r["construction"] = construction(r)
        r["kind"] = kind_of(texts, r)
        r["kind x construction"] = f"{r['kind']} / {r['construction']}"
        r["lemma/type"] = f"{r['lemma']} {r['type']}"
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--load", type=Path, required=True, help="false_event_split.py --rows")
    ap.add_argument("--by", default="construction,kind,kind x construction")
    ap.add_argument("--only", default=None, help="keep the rows of this construction")
    ap.add_argument("--examples", default=None, help="print the real false rows of a class")
    args = ap.parse_args()
    texts, keys = article_texts()
    rows = annotate([json.loads(x) for x in args.load.read_text().splitlines()], texts)
    if args.only:
        rows = [r for r in rows if r["construction"] == args.only]
    for key in args.by.split(","):
        print("\n".join(table(rows, key, keys)) + "\n")
    if args.examples:
        for r in rows:
            if r["real"] and r["cls"] != "tp" and r["construction"] == args.examples:
                print(keys[r["article"]], r["lemma"], r["type"], r["dep"], r["head"],
                      "|", r["sent"][:200].replace("\n", " "))


if __name__ == "__main__":
    main()
