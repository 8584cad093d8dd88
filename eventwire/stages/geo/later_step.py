"""Class *a later step of the story* (place35, docs/BENCHMARKS.md "place35").

An act its own clause sets after another one — by an adverb of sequence
("later", "afterwards", "subsequently", "thereafter": "two months later",
"shortly afterwards") or as a reply ("in response", "in retaliation") — is
a new step of the story, and the place another clause of the sentence
names does not reach it: "the coastguard seized the tanker off Fujairah,
and the owners paid a fine weeks later" (where the fine was paid the text
does not say), "rebels shelled villages near Bunia, and the army bombed
their camps in response", "a cashier was stabbed in a Leeds shop, with a
man detained shortly afterwards". The event-place rules place an act by a
place of a clause that governs its own (``event_place._governs``, basis
``sentence``); this class stops that step. A place of the act's own
clause ("later fired on a convoy near Gao") or phrase still places it, and
the adverb must be the act's: "later" on the clause that holds the place
("Later, protesters stormed a bank in Lyon, setting fire to it") leaves the
act that clause governs placed. Flag ``place_scope.VARIANTS["later_step"]``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.geo.place_scope import VARIANTS
from eventwire.stages.time.episode import SEQUENCE_WORDS

# adverbs that set a clause after another one ("two months later"): the time
# stage's sequence words, less "then" (a step of one scene: "stormed the bank
# and then set fire to it"), review84
LATER_ADVERBS = frozenset(SEQUENCE_WORDS - {"then"})
# "in response", "in retaliation", "in reply": the act answers the other one
REPLY_NOUNS = {"response", "retaliation", "reply"}


def later_step(trigger: Token) -> bool:
    """The trigger's clause (the trigger itself, or the verb a noun trigger
    hangs in) is set after another act of its sentence (module docstring)."""
    if not VARIANTS["later_step"]:
        return False
    verb = _own_verb(trigger)
    return verb is not None and any(_sequence_mark(c) for c in verb.children)


def _own_verb(trigger: Token) -> Token | None:
    """The trigger when it is a verb; else the verb whose subject it is
    ("the army's strikes came days later"). Not the verb whose object it
    is: in "the army later confirmed the strike" the adverb is the
    confirmation's, not the strike's."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head
    return None


def _sequence_mark(child: Token) -> bool:
    """"later", "shortly afterwards", "in response" as the verb's own adverbial."""
    if child.dep_ in ("advmod", "npadvmod") and child.lower_ in LATER_ADVERBS:
        return True
    return child.dep_ == "prep" and child.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in REPLY_NOUNS for o in child.children)
