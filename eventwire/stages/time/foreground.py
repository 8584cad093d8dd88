"""Class *foreground attack* (issue #12, branch dates17): an undated
physical attack told as its sentence's main clause continues the text's
time line.

A narrative advances its time in the main clauses of its sentences (the
foreground: "Gunmen opened fire on the convoy.", "A soldier was killed.",
"Police shot the man twice."); subordinate and reported clauses hold the
background — what had happened before, what someone says or fears. When
no expression governs such a main-clause attack, the text's last calendar
date before its sentence is the day of the episode being told, so the
event takes it (anchor ``narrative``) rather than no date.

Counted before writing the rule on rec_a..rec_o (the rules' dates, ranker
off; rows whose undated event has a time line and where the time line and
"no date" disagree): a root ASSAULT trigger 16 right for the time line, 0
for no date (8 sets for, 0 against; real 12/0, own 4/0); an ASSAULT
trigger that is not its sentence's root 26/50 — embedded attacks are
background ("the man, who was shot by police", "fears that troops would
fire"), so the class is the main clause only. Other material types as
main clauses split (COERCE 7/7), statements lose (ACCUSE 4/126, REJECT
0/54), so they stay with the undated model (docs/BENCHMARKS.md,
"dates17").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import EventMention

FOREGROUND_TYPES = {"ASSAULT"}


def foreground_attack(event: EventMention, trigger: Token) -> bool:
    """The event is a physical attack heading its sentence's main clause,
    an act that has happened (not a future or a hypothetical one)."""
    return (event.type in FOREGROUND_TYPES and trigger.dep_ == "ROOT"
            and event.factuality.modality not in ("future", "hypothetical", "conditional"))
