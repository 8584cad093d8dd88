"""Split the false events of real outlets' texts by **story kind** and
trigger family (issue #12, branch events38). Counts and set spread only; no
sentence is printed.

    PYTHONPATH=. python tools/real_story_kinds.py --pred /work/notes/m42 [--own]

Reads the predictions a ``records_by_origin.py --out`` run wrote and the
gold records of ``topic_folds.SETS``; no parse. Each article of a real
outlet (``ecbplus:``, ``geovirus:``, ``meantime:``; ``--own`` for the
project's own texts instead) gets a kind from its words:
``tools/story_kinds.py``'s sport, film and business kinds first, else the
kind below with most distinct words (at least two), else ``other``:

* ``health/science`` - outbreaks, germs, patients, laboratories;
* ``accident/disaster`` - quakes, floods, storms, fires, crashes;
* ``crime/justice`` - police, arrests, trials, shootings;
* ``politics/conflict`` - governments, elections, troops, protests.

Each predicted event is put in a **trigger family** by its PLOVER type
(harm for ASSAULT, other force, yield, accuse/protest, speech,
cooperation), and each article is
marked **peaceful** when it names no word of violence
(``eventwire/stages/events/peaceful_stories.py``'s list, read from the
text's words, not the parse). Per kind, per kind x family and per kind x
peaceful: false events, matched events, and the sets (ECB+ topics counted
once) holding the false ones.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.eval.record_fields import match_events
from eventwire.stages.events.peaceful_stories import violence_words
from tools.story_kinds import story_kind
from tools.topic_folds import SETS, ecb_topic, is_real, set_predictions, set_records

Record = dict[str, Any]
WORD = re.compile(r"[a-z][a-z\-]*")
KINDS: dict[str, frozenset[str]] = {
    "health/science": frozenset(
        "virus viruses flu influenza outbreak disease diseases infection infections infected "
        "cases vaccine vaccines bacteria strain epidemic symptoms patients hospital hospitals "
        "tested positive cholera avian poultry salmonella contaminated laboratory lab "
        "scientists researchers".split()),
    "accident/disaster": frozenset(
        "earthquake quake tsunami flood floods flooding hurricane cyclone storm fire fires "
        "blaze firefighters crash crashed collision explosion magnitude landslide wreckage "
        "accident rescuers survivors tremor aftershocks".split()),
    "crime/justice": frozenset(
        "police arrested arrest charged suspect suspects murder shooting robbery robbers court "
        "trial sentenced jail prison gunman killer homicide detectives sheriff deputies "
        "prosecutors convicted".split()),
    "politics/conflict": frozenset(
        "government minister president election parliament protesters troops army navy "
        "pirates rebels military ministry opposition lawmakers administration senate congress "
        "riot rioters".split()),
}
FAMILIES: dict[str, str] = {
    "ASSAULT": "harm", "COERCE": "force", "THREATEN": "force", "MOBILIZE": "force",
    "SANCTION": "force", "RETREAT": "yield", "CONCEDE": "yield", "ACCUSE": "accuse/protest",
    "PROTEST": "accuse/protest", "REJECT": "accuse/protest", "REQUEST": "speech",
    "AGREE": "cooperation", "CONSULT": "cooperation", "COOPERATE": "cooperation",
    "AID": "cooperation", "SUPPORT": "cooperation"}


def real_kind(text: str) -> str:
    """The article's story kind (module docstring)."""
    kind = story_kind(text)
    if kind != "other":
        return kind
    lows = set(WORD.findall(text.lower()))
    hits = {k: len(lows & ws) for k, ws in KINDS.items()}
    best = max(hits, key=lambda k: hits[k])
    return best if hits[best] >= 2 else "other"


def rows(pred_dir: Path, real: bool) -> list[Record]:
    """One row per predicted event: set, topic, kind, family, peaceful, tp."""
    violent = violence_words()
    out: list[Record] = []
    for name in SETS:
        preds = set_predictions(pred_dir, name)
        for art in set_records([name]):
            if is_real(art) != real:
                continue
            pred = preds.get(str(art["id"]), [])
            matched = {pi for _, pi in match_events(art.get("events", []), pred)}
            kind = real_kind(art["text"])
            peaceful = set(WORD.findall(art["text"].lower())).isdisjoint(violent)
            for i, ev in enumerate(pred):
                out.append({"set": ecb_topic(art.get("source")) or name, "kind": kind,
                            "family": FAMILIES.get(ev["type"], "other"),
                            "peaceful": peaceful, "tp": i in matched})
    return out


def table(keyed: list[tuple[str, Record]]) -> list[str]:
    false: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    spread: dict[str, set[str]] = defaultdict(set)
    for key, row in keyed:
        if row["tp"]:
            matched[key] += 1
        else:
            false[key] += 1
            spread[key].add(row["set"])
    lines = ["| slice | false | matched | sets of the false |", "|---|---|---|---|"]
    for key in sorted(set(false) | set(matched)):
        lines.append(f"| {key} | {false[key]} | {matched[key]} | {len(spread[key])} |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", type=Path, default=Path("/work/notes/m42"))
    ap.add_argument("--own", action="store_true", help="the own texts instead of the real")
    args = ap.parse_args()
    got = rows(args.pred, not args.own)
    keyed: list[tuple[str, Record]] = []
    for r in got:
        keyed.append((r["kind"], r))
        keyed.append((f"{r['kind']} / {r['family']}", r))
        keyed.append((f"{r['kind']} / {'peaceful' if r['peaceful'] else 'violent'}", r))
        if r["peaceful"]:
            keyed.append((f"peaceful / {r['family']}", r))
    print("\n".join(table(keyed)))


if __name__ == "__main__":
    main()
