"""Split the date errors of a records_by_origin run by the construction that
should have decided them, real and own texts apart (issue #12, branch dates42).

    PYTHONPATH=. python tools/records_by_origin.py --out /tmp/base
    PYTHONPATH=. python tools/date_construction_split.py /tmp/base [--sets ...]
        [--show CONSTRUCTION]

Why: ``date_fine_split.py`` says *what* is wrong (value, granularity,
unknown vs dated, background); a rule is written for a construction, so
this table puts each wrong matched event (date value, granularity or
background flag) in the first construction that fits, read off the gold
text, the predicted time and the other predicted events of the article:

* ``headline``: the trigger is on the text's first line;
* ``publication date approximate``: the record's ``published_note`` says
  the date was inferred (GeoVirus, some ECB+ texts);
* ``crime named with its victim``: a definite crime noun of killing or
  shooting with "of" + its victim or "fatal" (``time/named_crime.py``);
* ``court step``: a charge, conviction, sentence, trial, plea, hearing;
* ``weekday in sentence`` / ``relative expression in sentence`` ("last
  week", "earlier this month", "ago", "yesterday");
* ``dateline with no year`` ("NOUAKCHOTT, March 8 (Reuters) -");
* ``report verb's date``: a report verb in the sentence and the date read
  from the sentence (anchor speech, sentence or explicit);
* ``date given elsewhere``: another predicted event of the article carries
  gold's value (the same act dated in another sentence, or its episode);
* ``inside a quotation``; ``other``.

Each row also has its ``date_fine_split.cls`` (what is wrong); the table
prints per construction the real and own counts, the sets, and the two
largest "what is wrong" classes on real texts. ``--show`` prints the real
rows of one construction.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import date_right, match_events
from tools.date_error_classes import WEEKDAY, load_predictions, sentence_of
from tools.date_fine_split import _time, cls
from tools.topic_folds import SET_LETTERS, is_real, sets_from_flag

RELATIVE = re.compile(r"\b(last (week|month|year|night|weekend)|earlier this (week|month|year)|"
                      r"this (week|month)|ago|yesterday|previous|earlier)\b", re.I)
COURT = re.compile(r"^(charg|convict|sentenc|trial|plead|indict|acquit|arraign|verdict|jail|"
                   r"accus|prosecut|testif|hearing)", re.I)
REPORT = re.compile(r"\b(said|says|told|according to|reported|announced|confirmed)\b", re.I)
CRIME = re.compile(r"^(shooting|killing|murder|slaying|stabbing|assassination)$", re.I)
DEFINITE_BEFORE = re.compile(r"\b(the|his|her|their)\b[\w\s\-']{0,40}$", re.I)
DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]+,? \(?[A-Z][a-z]{2,8}\.? \d{1,2}\b")
QUOTES = ('"', "“", "``")


def construction(row: dict[str, Any]) -> str:
    """The first construction that fits one wrong row (module docstring)."""
    text, start, trig, sent = row["text"], row["start"], row["trig"], row["sent"]
    first_break = text.find("\n")
    after = sent[sent.find(trig) + len(trig):]
    before = text[max(0, start - 45):start]
    lead = text[first_break + 1:first_break + 60]
    if start <= first_break:
        return "headline"
    if "approx" in row["note"]:
        return "publication date approximate"
    if CRIME.match(trig) and DEFINITE_BEFORE.search(before) and (
            re.match(r"\s+of\b", after) or "fatal" in before[-25:].lower()):
        return "crime named with its victim"
    if COURT.match(trig):
        return "court step"
    if WEEKDAY.search(sent):
        return "weekday in sentence"
    if RELATIVE.search(sent):
        return "relative expression in sentence"
    if DATELINE.match(lead) and not re.search(r"\d{4}", lead):
        return "dateline with no year"
    if REPORT.search(sent) and row["anchor"] in ("speech", "sentence", "explicit"):
        return "report verb's date"
    if row["gold_value"] and row["gold_value"] in row["other_values"]:
        return "date given elsewhere"
    if any(q in sent for q in QUOTES):
        return "inside a quotation"
    return "other"


def rows(pred_dir: Path, sets: str) -> list[dict[str, Any]]:
    """One row per matched event whose date or background flag is wrong."""
    out = []
    for name in sets_from_flag(sets):
        golds = {r["id"]: r for r in map(json.loads,
                                         Path(f"tests/data/records/{name}.jsonl").open())}
        for pred in load_predictions(pred_dir / f"{name}.pred.json"):
            gold = golds[pred["id"]]
            text = gold["text"]
            for gi, pi in match_events(gold["events"], pred["events"]):
                g, p = gold["events"][gi], pred["events"][pi]
                if date_right(g, p) and bool(_time(g).get("background")) == bool(
                        _time(p).get("background")):
                    continue
                start = p["trigger"]["start"]
                out.append({
                    "set": name.removeprefix("rec_"), "id": gold["id"],
                    "origin": "real" if is_real(gold) else "own",
                    "what": cls(g, p, text, gold["published"]), "text": text,
                    "start": start, "trig": text[start:p["trigger"]["end"]],
                    "sent": sentence_of(text, start), "anchor": _time(p).get("anchor"),
                    "note": str(gold.get("published_note") or ""),
                    "gold_value": _time(g).get("value"), "pred_value": _time(p).get("value"),
                    "other_values": {_time(e).get("value") for e in pred["events"]
                                     if e["trigger"]["start"] != start} - {None}})
    for row in out:
        row["construction"] = construction(row)
    return out


def table(found: list[dict[str, Any]]) -> str:
    """Per construction: real, own, sets, the two largest real 'what' classes."""
    count: Counter[tuple[str, str]] = Counter()
    what: dict[str, Counter[str]] = defaultdict(Counter)
    sets: dict[str, set[str]] = defaultdict(set)
    for r in found:
        count[(r["construction"], r["origin"])] += 1
        sets[r["construction"]].add(r["set"])
        if r["origin"] == "real":
            what[r["construction"]][r["what"]] += 1
    lines = ["| construction (first that fits) | real | own | sets | largest on real |",
             "|---|---|---|---|---|"]
    for c in sorted(sets, key=lambda c: (-count[(c, "real")], c)):
        top = "; ".join(f"{k} {v}" for k, v in what[c].most_common(2))
        lines.append(f"| {c} | {count[(c, 'real')]} | {count[(c, 'own')]} | "
                     f"{len(sets[c])} | {top} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir", type=Path)
    ap.add_argument("--sets", default=SET_LETTERS, help="set keys, e.g. a,b,y (or letters)")
    ap.add_argument("--show", help="print the real rows of one construction")
    args = ap.parse_args()
    found = rows(args.pred_dir, args.sets)
    print(table(found))
    for r in found:
        if r["construction"] == args.show and r["origin"] == "real":
            print(r["set"], r["id"], r["what"], f"gold={r['gold_value']}",
                  f"pred={r['pred_value']}/{r['anchor']}", f"[{r['trig']}]", repr(r["sent"][:120]))


if __name__ == "__main__":
    main()
