"""Bucket actor / recipient errors of ``eventwire eval records`` into classes.

    eventwire eval records --data tests/data/records/rec_f.jsonl --split all \
        --predictions /tmp/pred_f.jsonl
    python tools/roles_errors.py tests/data/records/rec_f.jsonl:/tmp/pred_f.jsonl \
        [more gold:pred pairs] [--examples CLASS] [--limit 10]

Each wrong actor or recipient of a matched event (the scorer's own trigger
matching and ``participant_right``) falls in the first class that fits:

* ``gold none, predicted X`` — a spurious participant; split by whether the
  prediction carries a country/sector (an actor that should not be there) or
  none (content or an unresolved phrase: "sanctions", "a timetable");
* ``gold X, predicted none`` — a missing participant; split by what the gold
  mention is (a pronoun, a role noun, a passive ``by`` agent, other);
* same span, codes differ — the right mention, wrong codes: ``unresolved``
  (no country: a pronoun or role noun not followed to its antecedent / org),
  ``country`` (another country), ``sector`` (right country, sector missing
  or different: the KB person vs country + sector convention);
* other span — the wrong noun phrase was chosen: ``swapped`` (the other
  role's gold), ``coordinated`` (the gold is a coordination), ``other NP``.

Prints a table of counts per class and role over all pairs given; with
``--examples`` the sentences of one class.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from typing import Any

from eventwire.eval.record_fields import match_events, overlap, participant_right
from tools.recipient_errors import show_mention

Record = dict[str, Any]
PRONOUNS = {"he", "she", "it", "they", "them", "him", "her", "its", "their", "we", "i",
            "who", "which", "that", "his", "our", "us"}
ROLE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "minister", "president", "official",
              "officials", "ministry", "government", "group", "army", "police", "leader",
              "chief", "commander", "prime", "envoy", "ambassador", "authorities", "forces"}


def _read(path: str) -> list[Record]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _words(m: Record) -> list[str]:
    return re.findall(r"[\w']+", str(m.get("text") or "").lower())


def _kind_of_gold(g: Record, text: str) -> str:
    words = _words(g)
    if words and words[-1] in PRONOUNS and len(words) <= 2:
        return "pronoun"
    if text[max(0, g["start"] - 4):g["start"]].lower().endswith("by "):
        return "passive agent"
    if words and words[-1] in ROLE_NOUNS and len(words) <= 3:
        return "role noun"
    return "named/other"


def classify(g: Record | None, p: Record | None, other_gold: Record | None, text: str) -> str:
    """The error class of one wrong participant (see the module docstring)."""
    if g is None:
        assert p is not None
        return "gold none, predicted actor" if p.get("country") or p.get("sectors") \
            else "gold none, predicted content/unresolved"
    if p is None:
        return f"missing ({_kind_of_gold(g, text)})"
    if overlap(g, p) > 0:
        if not p.get("country") and g.get("country"):
            return f"same span, unresolved ({_kind_of_gold(g, text)})"
        if g.get("country") and p.get("country") != g.get("country"):
            return "same span, wrong country"
        return "same span, sector (country right)"
    if other_gold is not None and overlap(other_gold, p) > 0:
        return "other span, swapped roles"
    if " and " in str(g.get("text")) or "," in str(g.get("text")):
        return "other span, gold coordinated"
    if g.get("country") and p.get("country") == g.get("country"):
        return "other span, same country wrong sector"
    return "other span, other NP"


def errors(gold_path: str, pred_path: str) -> list[tuple[str, str, str, Record, Record]]:
    """(role, class, sentence, gold event, predicted event) of every error."""
    preds = {str(r["id"]): r.get("events", []) for r in _read(pred_path)}
    out = []
    for art in _read(gold_path):
        gold, pred, text = art.get("events", []), preds.get(str(art["id"]), []), art["text"]
        for gi, pi in match_events(gold, pred):
            g, p = gold[gi], pred[pi]
            for role, other in (("actor", "recipient"), ("recipient", "actor")):
                if participant_right(g.get(role), p.get(role)):
                    continue
                s = g["trigger"]["start"]
                a = max(text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1, 0)
                b = text.find(". ", s)
                sentence = text[a:len(text) if b < 0 else b + 1]
                out.append((role, classify(g.get(role), p.get(role), g.get(other), text),
                            sentence, g, p))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pairs", nargs="+", help="GOLD.jsonl:PREDICTIONS.jsonl")
    ap.add_argument("--examples", help="print the errors of classes containing this text")
    ap.add_argument("--role", choices=["actor", "recipient"])
    ap.add_argument("--limit", type=int, default=15)
    args = ap.parse_args()
    found = [e for pair in args.pairs for e in errors(*pair.split(":"))]
    counts = Counter((cls, role) for role, cls, *_ in found)
    classes = sorted({c for c, _ in counts}, key=lambda c: -(counts[(c, "actor")]
                                                            + counts[(c, "recipient")]))
    print("| class | actor | recipient | total |\n|---|---|---|---|")
    for c in classes:
        a, r = counts[(c, "actor")], counts[(c, "recipient")]
        print(f"| {c} | {a} | {r} | {a + r} |")
    na = sum(1 for e in found if e[0] == "actor")
    print(f"| **all** | {na} | {len(found) - na} | {len(found)} |")
    if args.examples:
        shown = [e for e in found if args.examples in e[1] and (not args.role or e[0] == args.role)]
        for role, cls, sentence, g, p in shown[:args.limit]:
            print(f"\n[{role}] {cls} :: {g['trigger']['text']} ({g['type']})\n  {sentence.strip()}"
                  f"\n  gold {show_mention(g.get(role))}\n  pred {show_mention(p.get(role))}")


if __name__ == "__main__":
    main()
