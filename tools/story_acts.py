"""Split the predicted events of one source's articles by **story act**
rather than by lemma (issue #12, branch events36).

    PYTHONPATH=. python tools/story_acts.py --rows ROWS [--source geovirus]

``ROWS`` is the file ``tools/false_event_split.py --rows`` writes (one row
per predicted event, matched ones too, with its parse features). Each row of
an article whose record ``source`` starts with ``--source`` is put in the
first story act it fits (the order below), read from its lemma, its PLOVER
type and its subject's lemma:

* ``natural doer`` - a disease, a germ or a hazard as the subject;
* ``event doer`` - an event, a measure or a condition as the subject
  (``eventwire/stages/events/event_doers.py``'s nouns);
* ``study or finding`` - a study, a report, researchers or experts;
* ``investigation or test`` - investigating, testing, monitoring, searching;
* ``health advice`` - urging, advising, warning, asking the public;
* ``government measure`` - bans, quarantines, closures, orders, declarations
  (the guide labels these: a rule must keep them);
* ``hospital or doctor`` - a hospital, a clinic, a doctor or health staff;
* ``company act`` - a company or its product recalled, sold or supplied;
* ``aid`` - help and relief given;
* ``other``.

Per act: false events, real ones (all are real for GeoVirus), sets, distinct
stories (sources), and the matched events of the same act. Counts and set
spread only; no sentence is printed.

``--kinds`` (branch events37) splits instead the false events of sport,
entertainment and business stories of every set by story kind, by why the
article-level game test may miss a match report, and by the trigger's
construction (``tools/story_kinds.py``).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from eventwire.datafiles import natural_hazards
from eventwire.stages.events.event_doers import event_nouns
from tools.story_kinds import kind_tables
from tools.topic_folds import SETS, set_records

Row = dict[str, Any]
STUDY = {"study", "studies", "report", "researcher", "scientist", "expert", "research",
         "survey", "analysis", "result", "finding", "journal", "paper"}
CHECKS = {"investigate", "investigation", "test", "testing", "analyse", "analyze", "inspect",
          "monitor", "examine", "search", "probe", "inquiry", "review", "conduct", "screen"}
ADVICE = {"urge", "advise", "recommend", "warn", "warning", "ask", "tell", "caution",
          "encourage", "request", "call"}
MEASURES = {"ban", "quarantine", "close", "closure", "restrict", "restriction", "prohibit",
            "declare", "order", "impose", "lift", "suspend", "cancel", "seal", "halt",
            "cull", "slaughter", "blockade", "outlaw", "state of emergency", "evacuation"}
HEALTH_STAFF = {"hospital", "clinic", "doctor", "nurse", "staff", "laboratory", "lab",
                "physician", "surgeon", "patient", "worker", "team"}
COMPANY = {"recall", "release", "sell", "supply", "deliver", "produce", "company",
           "manufacturer", "firm", "restaurant"}
AID = {"help", "assist", "assistance", "aid", "relief", "provide", "donate", "send",
       "pledge", "deploy"}


def story_act(row: Row) -> str:
    """The first story act the row fits (module docstring)."""
    lemma, subj = row["lemma"].lower(), row["subj_lemma"].lower()
    if subj in natural_hazards() or subj in {"virus", "bacteria", "bacterium", "disease"}:
        return "natural doer"
    if subj in event_nouns():
        return "event doer"
    if subj in STUDY or lemma in STUDY:
        return "study or finding"
    if lemma in CHECKS:
        return "investigation or test"
    if lemma in ADVICE and row["type"] in ("REQUEST", "THREATEN"):
        return "health advice"
    if lemma in MEASURES or row["type"] in ("COERCE", "SANCTION"):
        return "government measure"
    if subj in HEALTH_STAFF:
        return "hospital or doctor"
    if lemma in COMPANY or subj in COMPANY:
        return "company act"
    if lemma in AID:
        return "aid"
    return "other"


def sources(prefix: str) -> dict[str, str]:
    """Article name (set/id) -> source, for the records of that source."""
    return {f"{r['_set']}/{r['id']}": str(r["source"]) for r in set_records(SETS)
            if str(r.get("source", "")).startswith(prefix)}


def table(rows: list[Row], src: dict[str, str]) -> None:
    fp: dict[str, list[Row]] = defaultdict(list)
    tp: dict[str, int] = defaultdict(int)
    for r in rows:
        if r["article"] not in src:
            continue
        act = story_act(r)
        if r["cls"] == "tp":
            tp[act] += 1
        else:
            fp[act].append(r)
    print("| story act | false | real | sets | stories | matched |\n|---|---|---|---|---|---|")
    for act in sorted(set(fp) | set(tp), key=lambda a: -len(fp[a])):
        got = fp[act]
        print(f"| {act} | {len(got)} | {sum(bool(r['real']) for r in got)} | "
              f"{len({r['set'] for r in got})} | {len({src[r['article']] for r in got})} | "
              f"{tp[act]} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=Path, required=True)
    ap.add_argument("--source", default="geovirus")
    ap.add_argument("--kinds", action="store_true",
                    help="split sport, entertainment and business stories (story_kinds.py)")
    args = ap.parse_args()
    rows = [json.loads(x) for x in args.rows.read_text(encoding="utf-8").splitlines()]
    if args.kinds:
        texts = {f"{r['_set']}/{r['id']}": str(r["text"]) for r in set_records(SETS)}
        kind_tables(rows, texts)
        return
    table(rows, sources(args.source))


if __name__ == "__main__":
    main()
