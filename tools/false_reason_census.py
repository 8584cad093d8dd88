"""Split the false events (predicted, no gold match) by **why the guide
would leave them out**, for real outlets' texts and own texts side by side
(issue #12, branch false50). Counts and set spread; ``--examples REASON``
prints that reason's sentences (development sets only).

    PYTHONPATH=. python tools/false_event_split.py --pred /work/notes/false50_base \
        --rows /tmp/rows.jsonl
    PYTHONPATH=. python tools/false_reason_census.py --load /tmp/rows.jsonl \
        --pred /work/notes/false50_base [--examples REASON]

Why: the construction split (``false_construction_split.py``) says how a
false trigger is built, not why gold dropped it. This tool joins each row
to its predicted record (actor sector) and gives it the first reason that
fits, in the guide's order ("What is an event", docs/annotation.md):

* ``beside a gold event`` - a span question, not eventness;
* ``repeated mention`` - the lemma was already a trigger in the article
  (or the headline restates the lede);
* ``speech frame`` - a verb of saying that only frames a quote;
* ``noun in a name or title`` - inside an entity or modifying a noun;
* ``state or result`` - perception, state, resultative participle;
* ``hypothetical or generic`` - planned, modal, habitual, negated;
* ``non-political actor`` - the predicted actor is a private person, a
  company, a school or a hospital (sector CVL, BUS, MNC, EDU, HLH, MED,
  AGR), or the error tool found no political actor in the sentence;
* ``other`` - a political or unnamed actor's plain act: read by hand
  (the BENCHMARKS section gives the sample's reading: gold incomplete,
  figurative, an institution's routine act).

Each row also gets the **lexicon source** of its trigger word (false51):
a curated or CAMEO verb entry, a nominal-list noun, or neither (a class
rule or a "verb object" pattern found it) -- which component let a false
event through before the learned filter, which every source passes.

Each row also gets the story kind (``tools/real_story_kinds.real_kind``)
and a coarse text kind: ``political``, ``crime/court, no political actor``
(a crime or justice story whose predicted events name no GOV/MIL/LEG/
opposition/rebel/IGO actor) and ``look-alike`` (sport, business,
entertainment, accident, disaster).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.stages.events.lexicon import Lexicon, load_lexicon
from tools.false_construction_split import annotate, article_texts

Row = dict[str, Any]
PRIVATE = {"CVL", "BUS", "MNC", "EDU", "HLH", "MED", "AGR"}
POLITICAL = {"GOV", "MIL", "LEG", "OPP", "REB", "IGO", "PTY", "SPY", "UAF"}
REASON_BY_CONSTRUCTION = {
    "beside a gold event": "beside a gold event",
    "repeated mention": "repeated mention",
    "reported speech verb": "speech frame",
    "noun inside a name": "noun in a name or title",
    "noun modifying a noun": "noun in a name or title",
    "perception/state verb": "state or result",
    "resultative participle": "state or result",
    "future/planned": "hypothetical or generic",
    "generic/habitual": "hypothetical or generic",
    "negated": "hypothetical or generic",
}


def actor_sectors(pred_dir: Path) -> dict[tuple[str, int], str | None]:
    """(article id, trigger start) -> the predicted actor's sector."""
    out: dict[tuple[str, int], str | None] = {}
    for path in pred_dir.glob("*.pred.json"):
        for art in json.loads(path.read_text()):
            for ev in art["events"]:
                actor = ev.get("actor")
                out[(art["id"], ev["trigger"]["start"])] = actor["sector"] if actor else None
    return out


def political_articles(pred_dir: Path) -> set[str]:
    """Articles whose predicted events name at least one political actor."""
    out: set[str] = set()
    for path in pred_dir.glob("*.pred.json"):
        for art in json.loads(path.read_text()):
            for ev in art["events"]:
                for side in ("actor", "recipient"):
                    part = ev.get(side)
                    if part and part.get("sector") in POLITICAL:
                        out.add(art["id"])
    return out


def reason(r: Row, sector: str | None) -> str:
    """The first reason of the module docstring that fits the row."""
    named = REASON_BY_CONSTRUCTION.get(r["construction"])
    if named:
        return named
    if r["cls"] == "headline":
        return "repeated mention"
    if r["cls"] == "speech":
        return "speech frame"
    if sector in PRIVATE or r["cls"] == "no-political":
        return "non-political actor"
    return "other"


def lexicon_source(r: Row, lex: Lexicon) -> str:
    """The lexicon entry that could start the trigger, or the class rules."""
    lemma = str(r["lemma"]).lower()
    if r["pos"] in ("NOUN", "PROPN"):
        return "nominal list" if lemma in lex.nominals else "noun, class rule"
    if lemma in lex.verbs and lemma not in lex.not_events:
        return f"{lex.verbs[lemma]['source']} verb"
    return "verb, class rule or pattern"


def text_kind(story: str, political: bool) -> str:
    """political / crime-court with no political actor / look-alike."""
    if story in ("sport/business", "accident/disaster"):
        return "look-alike"
    if story == "crime/justice" and not political:
        return "crime/court, no political actor"
    return "political" if political else "other, no political actor"


def article_id(r: Row) -> str:
    return str(r["article"]).split("/", 1)[1]


def tag_rows(rows: list[Row], pred_dir: Path) -> list[Row]:
    """Give every false row its reason, story kind and text kind."""
    sectors = actor_sectors(pred_dir)
    lex = load_lexicon()
    political = political_articles(pred_dir)
    texts, keys = article_texts()
    out = []
    for r in annotate(rows, texts):
        if r["cls"] == "tp":
            continue
        aid = article_id(r)
        sector = sectors.get((aid, r["start"]))
        out.append({**r, "sector": sector, "reason": reason(r, sector),
                    "spread": keys[r["article"]], "source": lexicon_source(r, lex),
                    "text_kind": text_kind(r["kind"], aid in political)})
    return out


def table(rows: list[Row], key: str) -> list[str]:
    """Real / own counts and shares per value of ``key``, with set spread."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    sets: dict[str, set[str]] = defaultdict(set)
    plain: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        side = "real" if r["real"] else "own"
        counts[r[key]][side] += 1
        if r["real"]:
            sets[r[key]].add(r["spread"])
            plain[r[key]].add(str(r["set"]))
    n_real = sum(c["real"] for c in counts.values()) or 1
    n_own = sum(c["own"] for c in counts.values()) or 1
    out = [f"| {key} | real false | real share | real sets (topics) | own false | own share |",
           "|---|---|---|---|---|---|"]
    for value, c in sorted(counts.items(), key=lambda kv: -kv[1]["real"]):
        out.append(f"| {value} | {c['real']} | {c['real'] / n_real:.2f} | "
                   f"{len(plain[value])} ({len(sets[value])}) | "
                   f"{c['own']} | {c['own'] / n_own:.2f} |")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--load", type=Path, required=True)
    ap.add_argument("--pred", type=Path, required=True)
    ap.add_argument("--examples", default="")
    ap.add_argument("--kind", default="", help="restrict --examples to a text kind")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.load.read_text().splitlines() if line]
    tagged = tag_rows(rows, args.pred)
    if args.examples:
        for r in tagged:
            if r["real"] and r["reason"] == args.examples and args.kind in ("", r["text_kind"]):
                print(f"{r['set']}\t{article_id(r)}\t{r['type']}\t{r['sector']}\t{r['pos']}\t"
                      f"{r['trigger']}\t{r['sent'].strip()[:220]}")
        return
    for key in ("reason", "text_kind", "source", "pos", "type"):
        print("\n".join(table(tagged, key)) + "\n")
    for r in tagged:
        r["reason x kind"] = f"{r['reason']} / {r['text_kind']}"
        r["type x pos"] = f"{r['type']} / {r['pos']}"
    for key in ("reason x kind", "type x pos"):
        print("\n".join(table(tagged, key)[:24]) + "\n")


if __name__ == "__main__":
    main()
