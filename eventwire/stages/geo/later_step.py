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

A later step of the same doer goes on where that doer was (review84): its
active subject repeats the other clause's subject ("soldiers raided a camp
near Timbuktu, and the soldiers later detained its leader") or is a "they",
"he" or "she" agreeing with it in number ("gunmen killed five villagers in
Katsina, and they later burned the market", "an attacker stabbed two guards
in Sousse, and he later shot a tourist"). A passive's pronoun ("police
detained two smugglers in Tangier, and they were later charged") is most
often the other clause's object, and "it" too ("the navy seized a trawler
off Dakhla, and it was later released"): no shared subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.geo.place_scope import VARIANTS

# adverbs that set a clause after another one ("two months later")
LATER_ADVERBS = {"later", "afterwards", "afterward", "subsequently", "thereafter"}
# "in response", "in retaliation", "in reply": the act answers the other one
REPLY_NOUNS = {"response", "retaliation", "reply"}


PLURAL_TAGS = ("NNS", "NNPS")
SINGULAR_TAGS = ("NN", "NNP")
# an active pronoun subject read as the other clause's subject, by number
PRONOUN_NUMBER = {"they": PLURAL_TAGS, "he": SINGULAR_TAGS, "she": SINGULAR_TAGS}


def later_step(trigger: Token, place_clause: Token | None = None) -> bool:
    """The trigger's clause (the trigger itself, or the verb a noun trigger
    hangs in) is set after another act of its sentence, ``place_clause``
    (the clause that states the place), and has not that clause's subject
    (module docstring)."""
    if not VARIANTS["later_step"]:
        return False
    verb = _own_verb(trigger)
    if verb is None or not any(_sequence_mark(c) for c in verb.children):
        return False
    return place_clause is None or not _same_subject(verb, place_clause)


def _active_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _same_subject(verb: Token, place_clause: Token) -> bool:
    """The later verb's active subject is the place clause's one again: the
    same noun, or "they", "he", "she" of its number (review84)."""
    mine, theirs = _active_subject(verb), _active_subject(place_clause)
    if mine is None or theirs is None or theirs.pos_ not in ("NOUN", "PROPN"):
        return False
    if mine.pos_ in ("NOUN", "PROPN"):
        return mine.lemma_.lower() == theirs.lemma_.lower()
    return theirs.tag_ in PRONOUN_NUMBER.get(mine.lower_, ())


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
