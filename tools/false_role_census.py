"""The false events of real outlets' texts split by the trigger's syntactic
role, beside the matched events of the same role (issue #12, branch false55).

    PYTHONPATH=. python tools/false_event_split.py --pred /work/notes/m78 \\
        --rows /tmp/rows.jsonl
    PYTHONPATH=. python tools/false_role_census.py /tmp/rows.jsonl [--show ROLE]
        [--private]

Why: false_far_census.py's classes are story cues; its "other" bucket (~290)
says nothing a rule could read. This tool gives each predicted event (split
and near-miss rows left out: a span question) the first role that fits from
the parse features ``false_event_split.py --rows`` records: a question, a
headline (a short line with no final stop), inside a name, a noun modifying
a noun, an attributive or reduced-relative participle, the complement of a
perception / cognition verb, a plain present, a bare plural noun, negated,
passive with or without a by-agent, an infinitive, a participle clause,
another noun, another verb. Real false, real matched, sets and distinct
stories (an ECB+ topic counts once) say whether a role is a class at all:
a role whose matched count is as large as its false count is no class.

On m78 (34 sets) no role was a class: every role but questions (2 real
false, 0 matched), nouns inside names (3 / 8) and noun modifiers (5 / 3)
held at least as many real matched as real false events (other finite
verb 283 false / 837 matched, other noun 146 / 403, agentless passive
112 / 411, infinitive 32 / 57, headline 27 / 110, bare plural 24 / 51); the
one role with more false than matched, the plain present (28 / 21), reads
as three things (media as subject "footage captures", generic advice "the
CDC recommends", present narration of court copy) whose matched rows share
the tense. The roles the guide excludes are already vetoed by earlier
modules.

``--private`` prints the rows whose actor is a private-person noun
(``private_doers.yaml``) on a CONSULT / AID / ACCUSE event, false and
matched, real and own: the false55 class and its risk.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventwire.stages.events.private_doers import words as private_words
from tools.topic_folds import SETS, ecb_topic, set_records

Row = dict[str, Any]
PERCEPTION = {"see", "hear", "watch", "notice", "know", "find", "show", "reveal", "believe",
              "think", "feel", "witness", "capture", "describe", "recall", "remember",
              "learn", "discover", "suggest", "indicate"}
NOUN_MODS = {"compound", "poss", "amod", "nmod", "npadvmod"}
COMPLEMENTS = {"ccomp", "xcomp", "dobj", "acl", "advcl", "oprd"}
HEADLINE_END = re.compile(r"[.!?\"\u201d')]\s*$")


def _has(kids: list[str], *deps: str) -> bool:
    return any(k.startswith(deps) for k in kids)


def role(r: Row) -> str:
    """The first role of the module docstring that fits the row."""
    kids, sent = r["kids"], r["sent"].strip()
    aux = _has(kids, "aux:", "auxpass:")
    if sent.endswith("?"):
        return "question"
    if not HEADLINE_END.search(sent) and len(sent) < 120:
        return "headline"
    if r["ent"]:
        return "inside a name"
    if r["pos"] in ("NOUN", "PROPN") and r["dep"] in NOUN_MODS:
        return "noun modifying a noun"
    if r["tag"] in ("VBN", "VBG", "JJ") and r["dep"] == "amod":
        return "attributive participle"
    if r["tag"] in ("VBN", "VBG") and r["dep"] == "acl" and not aux:
        return "reduced relative"
    if r["head"] in PERCEPTION and r["dep"] in COMPLEMENTS:
        return "complement of perception/cognition"
    return _verb_role(r, kids, aux)


def _verb_role(r: Row, kids: list[str], aux: bool) -> str:
    if r["tag"] in ("VBZ", "VBP") and not aux:
        return "plain present"
    if r["tag"] == "NNS" and not _has(kids, "det:", "poss:"):
        return "bare plural noun"
    if _has(kids, "neg:"):
        return "negated"
    if r["tag"] == "VBN" and _has(kids, "auxpass:"):
        return "passive, by-agent" if _has(kids, "agent:") else "passive, no agent"
    if r["tag"] == "VB" and r["dep"] in ("xcomp", "advcl"):
        return "infinitive"
    if r["tag"] in ("VBG", "VBN") and r["dep"] in ("advcl", "conj", "xcomp"):
        return "participle clause"
    return "other noun" if r["pos"] == "NOUN" else "other verb"


def stories() -> dict[str, str]:
    """Article key ("set/id") -> story (the ECB+ topic, else the article)."""
    out: dict[str, str] = {}
    for rec in set_records(SETS):
        aid = str(rec.get("id") or rec.get("article_id"))
        out[f"{rec['_set']}/{aid}"] = ecb_topic(rec.get("source")) or aid
    return out


def table(rows: list[Row], show: str | None) -> None:
    """Print the role table (and the real false rows of ``show``)."""
    story = stories()
    tab: dict[str, list[Any]] = defaultdict(lambda: [0, 0, set(), set(), 0, 0])
    for r in rows:
        if r["cls"] in ("split", "near-miss"):
            continue
        c, t = role(r), None
        t = tab[c]
        false = r["cls"] != "tp"
        if not r["real"]:
            t[4 if false else 5] += 1
            continue
        if not false:
            t[1] += 1
            continue
        t[0] += 1
        t[2].add(r["set"])
        t[3].add(story.get(r["article"], r["article"]))
        if c == show:
            print(r["set"], story.get(r["article"]), r["type"], "|", _marked(r))
    print("| role | real false | real matched | sets | stories | own false | own matched |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for c, t in sorted(tab.items(), key=lambda x: -x[1][0]):
        print(f"| {c} | {t[0]} | {t[1]} | {len(t[2])} | {len(t[3])} | {t[4]} | {t[5]} |")


def _marked(r: Row) -> str:
    return r["sent"].strip()[:200].replace(r["trigger"], f"[[{r['trigger']}]]", 1)


def private(rows: list[Row]) -> None:
    """The rows of the false55 class: a private-person noun as the actor."""
    w = private_words()
    for r in rows:
        if r["cls"] in ("split", "near-miss") or r["type"].lower() not in w["private_types"]:
            continue
        said = (r["actor"] or "").lower().split()
        if said and said[-1] in w["private_persons"]:
            print("real" if r["real"] else "own ", "tp   " if r["cls"] == "tp" else "false",
                  r["set"], r["type"], r["actor"], "|", _marked(r)[:150])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("rows", type=Path)
    ap.add_argument("--show", help="print the real false rows of this role")
    ap.add_argument("--private", action="store_true", help="print the false55 class rows")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.rows.read_text().splitlines() if line.strip()]
    private(rows) if args.private else table(rows, args.show)


if __name__ == "__main__":
    main()
