"""Split the ASSAULT ``firearms`` mode confusion one level finer, by the
gun cue and where it stands (issue #12, branch modes32).

    PYTHONPATH=. python tools/firearms_split.py --pred /work/notes/m39
    PYTHONPATH=. python tools/firearms_split.py --pred NEW --old /work/notes/m39

Why: census22 counts 59 ASSAULT firearms -> None and 44 None -> firearms on
matched right-typed events, both broad; one class name hides which cue
failed. Each matched right-typed ASSAULT event whose gold or predicted mode
is ``firearms`` is given a cue class read from plain text (no parse):

* ``trigger``: the trigger is a gun word ("shot", "shooting", "fired");
* ``gunmen``: a gunman word stands in the trigger's sentence, no other cue;
* ``sentence``: another gun word stands in the trigger's sentence;
* ``by-force``: the sentence names police, troops or soldiers as the doers
  of a killing, no gun word ("killed by police", "the police killing");
* ``article``: a gun word only elsewhere in the article;
* ``none``: no gun word in the article.

Prints, per class: gold firearms / gold other, errors each way, and the
sets of the errors; with ``--old``, gains and losses against the old
predictions and their sets. Counts and class names only, never a sentence.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from tools.mode_errors import rows

GUN_TRIGGER = re.compile(r"^(shot|shoot\w*|fired?|firing|gunfire|gunned|shootout|open)$", re.I)
GUNMAN = re.compile(r"\bgun(man|men)\b", re.I)
GUN_WORD = re.compile(
    r"\b(guns?|gunfire|gunshots?|shot|shoot\w*|rifles?|pistols?|snipers?|bullets?|"
    r"opened fire|open fire|fired|firing|machine guns?|small arms|live (ammunition|rounds?)|"
    r"crossfire|exchange of fire|shootout)\b", re.I)
FORCE = re.compile(r"\b(police|policem[ae]n|officers?|troops|soldiers?|cops?|guards?|BSF)\b", re.I)
Row = dict[str, Any]


def cue_class(row: Row, article: str) -> str:
    """The cue class of one event row (see the module docstring)."""
    sentence = row["sentence"]
    if GUN_TRIGGER.match(row["trigger"]):
        return "trigger"
    rest = GUN_WORD.search(sentence)
    if rest:
        return "sentence"
    if GUNMAN.search(sentence):
        return "gunmen"
    if FORCE.search(sentence):
        return "by-force"
    if GUN_WORD.search(article) or GUNMAN.search(article):
        return "article"
    return "none"


def _key(row: Row) -> tuple[str, str, str]:
    return row["id"], row["gold_trigger"], row["sentence"][:60]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", type=Path, required=True)
    ap.add_argument("--old", type=Path)
    args = ap.parse_args()
    from tools.topic_folds import SETS, set_records
    texts = {str(r["id"]): str(r["text"]) for r in set_records(SETS)}
    new = [r for r in rows(args.pred) if r["type"] == "ASSAULT"]
    old = {_key(r): r for r in rows(args.old) if r["type"] == "ASSAULT"} if args.old else {}
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    sets: dict[str, set[str]] = defaultdict(set)
    for r in new:
        prev = old.get(_key(r))
        if "firearms" not in (r["gold"], r["pred"]) and not (
                prev and "firearms" in (prev["gold"], prev["pred"])):
            continue
        cls = cue_class(r, texts[r["id"]])
        c = stats[cls]
        c["gold_fa" if r["gold"] == "firearms" else "gold_other"] += 1
        if r["gold"] == "firearms" and r["pred"] != "firearms":
            c["fa->other"] += 1
            sets[cls + " fa->other"].add(r["set"])
        elif r["gold"] != "firearms" and r["pred"] == "firearms":
            c["other->fa"] += 1
            sets[cls + " other->fa"].add(r["set"])
        if prev is not None:
            was, now = prev["pred"] == r["gold"], r["pred"] == r["gold"]
            if now and not was:
                c["gain"] += 1
                sets[cls + " gain"].add(r["set"])
            elif was and not now:
                c["loss"] += 1
                sets[cls + " loss"].add(r["set"])
    for cls, c in sorted(stats.items()):
        print(f"{cls:9} gold_fa {c['gold_fa']:3} gold_other {c['gold_other']:3} "
              f"fa->other {c['fa->other']:3} ({len(sets[cls + ' fa->other'])} sets) "
              f"other->fa {c['other->fa']:3} ({len(sets[cls + ' other->fa'])} sets) "
              f"gain {c['gain']:3} ({len(sets[cls + ' gain'])} sets) "
              f"loss {c['loss']:3} ({len(sets[cls + ' loss'])} sets)")


if __name__ == "__main__":
    main()
