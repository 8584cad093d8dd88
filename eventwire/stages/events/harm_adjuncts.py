"""Class *a harm whose weapon is named in its adverbial clause* (modes34):
an ASSAULT with no mode of its own clause takes the first mode cued in a
"when", "as" or "while" clause of its trigger, or in a participle clause
hung on it, which tell how the harm was done:

* "two men were killed when gendarmes opened fire on the crowd",
* "a trader died as soldiers sprayed bullets into the market",
* "pirates attacked the tanker, firing machine guns at the bridge",
* "a boy was wounded while troops shelled the camp".

A clause of another time ("before", "after", "because", "since") tells
another act and is not read; a harm with a mode of its own keeps it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.stages.events.mode_cues import cue_words, first_mode

MANNER_MARKERS = {"when", "as", "while", "whilst"}


def _manner_clause(tok: Token) -> bool:
    """An adverbial clause of the same moment: marked by when/as/while, or
    a bare participle ("..., firing machine guns")."""
    if tok.dep_ != "advcl":
        return False
    marks = [c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod") and c.i < tok.i]
    return bool(MANNER_MARKERS.intersection(marks)) if marks else tok.tag_ == "VBG"


def adjunct_mode(kind: str, trigger: Span) -> str | None:
    """The first mode of ``kind`` cued in a manner clause of the trigger."""
    for child in trigger.root.children:
        if _manner_clause(child):
            mode = first_mode(kind, cue_words(list(child.subtree)))
            if mode is not None:
                return mode
    return None
