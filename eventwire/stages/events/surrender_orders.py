"""Class *a suspect's surrender asked or refused*: REQUEST / REJECT
``yield`` (modes57).

An officer's order to give up ("told the suspect to show his hands",
"told her to put the gun down", "ordered him to get out of the car") asks
the recipient for the guide's concession, giving up; refusing it ("refusing
to exit his car", "refused to get out of his vehicle") withholds it. The
yield cues name withdrawals and disarming ("lay down", "disarm"), not the
acts of a suspect giving up to police, whose words are read here on the
parse of the request's or refusal's content:

* a weapon put or thrown down, or dropped: "put the gun down", "drop the
  knife", "throw down their rifles";
* the hands shown or raised: "show his hands", "raise your hands";
* a vehicle left: "exit the car", "get out of his vehicle", "step out of
  the truck".

Surrendering as such ("urged the gunmen to surrender") is not listed: the
record sets leave "refused to surrender" without a mode (rec_e). Words are
data in ``modes.yaml`` (``_yielded_weapons``, ``_vehicles``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.mode_context import content
from eventwire.stages.events.mode_words import mode_words

PUTTING_DOWN = frozenset({"put", "throw", "drop", "lay"})
SHOWING = frozenset({"show", "raise", "put"})
HANDS = frozenset({"hand", "hands"})
LEAVING_A_VEHICLE = frozenset({"exit", "get", "step", "climb"})


def _object_words(verb: Token) -> set[str]:
    """The lemmas of the verb's objects and of its phrases' objects ("get out
    *of the car*")."""
    out: set[str] = set()
    for child in verb.children:
        if child.dep_ in ("dobj", "prt", "advmod", "prep"):
            out.add(_lemma(child))
        if child.dep_ in ("prep", "prt", "advmod"):
            out.update(_lemma(g) for g in child.children if g.dep_ in ("pobj", "prep"))
            out.update(_lemma(p) for g in child.children if g.dep_ == "prep"
                       for p in g.children if p.dep_ == "pobj")
    return out


def _gives_up(verb: Token) -> bool:
    """Is the verb an act of giving up to police (module docstring)?"""
    lemma = _lemma(verb)
    objects = _object_words(verb)
    words = mode_words()
    if lemma in PUTTING_DOWN and objects & words["_yielded_weapons"]:
        return lemma == "drop" or "down" in objects
    if lemma in SHOWING and objects & HANDS:
        return True
    if lemma in LEAVING_A_VEHICLE and objects & words["_vehicles"]:
        return lemma == "exit" or "out" in objects
    return False


def asks_to_give_up(trigger: Span) -> bool:
    """Is this REQUEST or REJECT about a suspect giving up to police?"""
    return any(t.pos_ == "VERB" and t.i != trigger.root.i and _gives_up(t)
               and not any(c.dep_ == "neg" for c in t.children) for t in content(trigger))
