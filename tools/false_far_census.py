"""The real-text false events with no gold event near them, split by what the
prediction is (issue #12, branch false53).

    PYTHONPATH=. python tools/false_far_census.py /work/notes/m71 [--show CLASS]

Why: events51 split the unmatched predictions on real texts by nearness
(no gold within 40 characters, beside a matched gold event, beside an
unmatched one). This tool takes the first group and gives each prediction the
first class that fits, from cheap text cues on its sentence (no parse): an
address or title slug, inside a quote, negated, a sport or business
look-alike story, a theft with no harm, a speech or perception verb that only
reports, hypothetical / generic / aggregate, a definite re-mention, natural /
health / accident, else "other". The cues are rough on purpose: the table
says where a class is large and spread (sets, stories) before a rule is
written; the rule's own test is records_diff.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events
from tools.topic_folds import SETS, ecb_topic, is_real, set_predictions, set_records

SPORT = re.compile(r"\b(game|season|coach|touchdown|yards|homers?|RBIs?|NBA|NFL|quarterback|"
                   r"interception|seed|heavyweights?|playoffs?|derby|broadcast)\b", re.I)
BUSINESS = re.compile(r"\b(company|companies|contract|deal|shares|customers?|patch|software|"
                      r"browser|hackers|airline|lawsuit|aircraft|Internet|cables?|products?|"
                      r"business)\b", re.I)
NATURE = re.compile(r"\b(fire|flood\w*|earthquake|hurricane|outbreak|virus\w*|disease|flu|"
                    r"infect\w*|epidemic|pandemic|vaccin\w*|cholera|anthrax|cattle|pigs|"
                    r"poultry|patients?|hospital|symptoms|health|samples?|tests?|crash|"
                    r"explosion|gas leak|food)\b", re.I)
THEFT = re.compile(r"\b(steal|stole|stolen|snatch\w*|robb\w+|thie\w+|heist|jewel\w*|loot\w*|"
                   r"burglar\w*|raid)\b", re.I)
GENERIC = re.compile(r"\b(often|usually|every year|this year|ongoing|increasingly|such|similar|"
                     r"any|nearly \d+|dozens of|hundreds of|more than \d+|could|would|may|"
                     r"might)\b", re.I)
DEFINITE = re.compile(r"\b(the|this|that|their|its|his|her|'s)\s+(\w+\s+)?\[\[", re.I)
SPEECH = frozenset({
    "told", "tell", "asked", "ask", "called", "call", "calls", "described", "describe", "said",
    "warned", "warns", "warning", "recalled", "showed", "shows", "expressed", "urged",
    "requested", "requesting", "complained", "admitted", "admitting", "declined", "promised",
    "promising", "caution", "explains", "stressed", "contrasted", "lamented", "propose",
    "recommend", "recommended", "seeking", "seek", "notified", "spoken", "talked"})
FORCE_TYPES = ("ASSAULT", "PROTEST", "COERCE")


def far_rows(pred_dir: Path) -> list[dict[str, Any]]:
    """Each real unmatched prediction with no gold trigger within 40
    characters, with its sentence (trigger in [[ ]])."""
    preds = {s: set_predictions(pred_dir, s) for s in SETS}
    rows: list[dict[str, Any]] = []
    for rec in set_records(SETS):
        if not is_real(rec):
            continue
        gold = rec.get("events", [])
        pred = preds[rec["_set"]].get(str(rec["id"]), [])
        matched = {b for _, b in match_events(gold, pred)}
        for i, e in enumerate(pred):
            start = e["trigger"]["start"]
            if i in matched or any(abs(g["trigger"]["start"] - start) < 40 for g in gold):
                continue
            rows.append({"set": rec["_set"], "story": ecb_topic(rec.get("source")) or rec["id"],
                         "trig": e["trigger"]["text"], "type": e["type"],
                         "modality": e.get("modality"),
                         "sent": _sentence(rec["text"], start, e["trigger"]["end"])})
    return rows


def _sentence(text: str, start: int, end: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    b = len(text) if b < 0 else b
    dot = text.rfind(". ", a, start)
    a = dot + 2 if dot >= 0 else a
    stop = text.find(". ", end, b)
    b = b if stop < 0 else stop + 1
    return (text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]).strip()


def _cue_class(row: dict[str, Any]) -> str | None:
    """The classes read from the sentence's form."""
    s = row["sent"]
    pre = s[:s.find("[[")]
    if " / " in pre and re.search(r"\bcom\b|\bwww\b|story|assets", s):
        return "url or title slug"
    if pre.count('"') % 2 == 1 or pre.count("“") > pre.count("”") or \
            pre.count("``") > pre.count("''"):
        return "inside a quote"
    if row["modality"] == "negated" or re.search(r"\b(not|never|n't|no)\b\W+(\w+\W+)?\[\[", s):
        return "negated / denied"
    return None


def classify(row: dict[str, Any]) -> str:
    """The first class that fits (module docstring)."""
    s, word = row["sent"], row["trig"].lower()
    i, j = s.find("[["), s.find("]]")
    near = s[max(0, i - 60):j + 40]
    checks = [
        (SPORT.search(s) is not None, "look-alike: sport"),
        (THEFT.search(s) is not None and row["type"] in FORCE_TYPES, "crime left out (theft)"),
        (word in SPEECH, "speech / perception verb that only reports"),
        (row["modality"] in ("hypothetical", "conditional") or GENERIC.search(near) is not None,
         "hypothetical / generic / aggregate"),
        (row["type"] in FORCE_TYPES and DEFINITE.search(s[max(0, i - 25):i + 2]) is not None,
         "re-mention (definite noun)"),
        (BUSINESS.search(s) is not None, "look-alike: business / tech"),
        (NATURE.search(s) is not None, "natural / health / accident"),
    ]
    return _cue_class(row) or next((c for ok, c in checks if ok), "other")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--show", help="print the sentences of one class")
    args = ap.parse_args()
    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in far_rows(args.pred_dir):
        by[classify(row)].append(row)
    print(f"{'class':45} {'n':>4} {'sets':>4} {'stories':>7} {'ECB+':>5}")
    for name, rows in sorted(by.items(), key=lambda kv: -len(kv[1])):
        ecb = sum(r["story"].startswith("ecb") for r in rows)
        print(f"{name:45} {len(rows):4} {len({r['set'] for r in rows}):4} "
              f"{len({r['story'] for r in rows}):7} {ecb:5}")
    for row in by.get(args.show or "", []):
        print(row["set"], row["story"], row["type"], "|", row["sent"][:200].replace("\n", " "))


if __name__ == "__main__":
    main()
