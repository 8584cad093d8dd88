"""Class *an order and the measure it makes* (relabel60 (e), issue #12,
branch modes44).

"ordered the closure of the offices", "ordered a halt to the dredging",
"ordered a ten-day shutdown of the region" is
one event, on the measure noun, with the orderer as actor
(docs/annotation.md, "Questions decided (relabel60)" (e); relabel52 q5 did
the same for "ordered the release"). The order verb is already dropped
when its object is a nominal trigger (``component._orders_carried_out``),
but these nouns had no nominal entry of their own, so the order stood as a
REQUEST. They are read only as the direct object of an order verb: a
closure or a halt told on its own ("the closure of the plant", "a halt in
talks") names no act.

Type and mode: a closure imposed on people, a body, a business, a place or
a route is COERCE ``restrict``; the closure of a state's diplomatic mission ("ordered the
closure of the Iranian consulate") is SANCTION ``expel``. A halt to one's
own fighting ("ordered a halt to air strikes") is no restriction on others
and stays the order it was. Not read: "eviction" (the guide's (e) lists it,
but a candidate on it is dropped later by the non-event filters; modes44
left it open), "suspension" (a nominal of its own, SANCTION). Words are
data (``ordered_measure_nouns``, ``mission_nouns``,
``halted_fighting_nouns`` in ``detection.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.detection_words import lemma, listed
from eventwire.stages.events.mention_lookup import prep_objects
from eventwire.stages.events.nonevents import word_classes

# how far past the noun a misparsed "to" phrase is read ("a halt to all air strikes")
WINDOW = 5
TO, OF = frozenset({"to"}), frozenset({"of"})


def _halts_fighting(noun: Token) -> bool:
    """A fighting noun in the "to" phrase, or in the next few words when the
    parser hung it elsewhere ("a halt to air strikes": "strikes" on the verb)."""
    if any(listed(g, "halted_fighting_nouns") for g in prep_objects(noun, TO)):
        return True
    sent = noun.sent
    return any(listed(t, "halted_fighting_nouns")
               for t in noun.doc[noun.i + 1:min(noun.i + WINDOW, sent.end)])


def _ordered(noun: Token) -> bool:
    """The noun is the direct object of an order verb ("ordered the closure")."""
    head = noun.head
    return noun.dep_ == "dobj" and head.pos_ == "VERB" and \
        lemma(head) in word_classes()["order_verbs"]


def ordered_measure(noun: Token) -> tuple[str, str] | None:
    """(type, mode) of a measure an order makes (module docstring), or None."""
    if not listed(noun, "ordered_measure_nouns") or not _ordered(noun):
        return None
    if _halts_fighting(noun):
        return None  # "ordered a halt to air strikes": one's own fighting stops
    if any(listed(g, "mission_nouns") for g in prep_objects(noun, OF)):
        return "SANCTION", "expel"  # "the closure of the Iranian consulate"
    return "COERCE", "restrict"
