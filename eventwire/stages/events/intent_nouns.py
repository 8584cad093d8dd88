"""Class *the doer of an act named by a noun's to-infinitive*: "Musharraf
defended **his decision to suspend** the constitution", "the boarding
party confirmed **their intent to attack** the ships", "**The EU made the
decision to ban** the airline". The infinitive hangs from a noun (``acl``)
and has no subject of its own; the doer is the noun's possessor, else the
subject of the verb the noun is the object of when that verb makes or
announces the intent ("made the decision", "announced plans": the
``owner_verbs`` of the same file; "criticised the move to expel" lends the
critics nothing). Only nouns of deciding, trying and promising
(``data/events/intent_nouns.yaml``): "a chance to win", "the right to
protest", "time to leave" have no such owner.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR

INTENT_NOUNS_PATH = DATA_DIR / "events" / "intent_nouns.yaml"


_lists = word_list_loader(INTENT_NOUNS_PATH, ["nouns", "owner_verbs"])


def _nouns() -> frozenset[str]:
    return _lists()["nouns"]


def intent_noun_infinitive(verb: Token) -> Token | None:
    """The intent noun a bare to-infinitive hangs from ("decision to
    suspend"), or None."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if verb.tag_ != "VB" or to is None or verb.head == verb:
        return None
    if verb.dep_ == "advcl":
        return _detached_intent_noun(verb, to)
    noun = verb.head
    return noun if verb.dep_ == "acl" and noun.lower_ in _nouns() else None


# at most this many words of the noun's phrase between it and "to"
DETACHED_GAP = 4


def _detached_intent_noun(verb: Token, to: Token) -> Token | None:
    """Class *an intent noun's infinitive parsed as the verb's clause*
    (fixes19): after a phrase of time or agent the parser hangs the
    infinitive on the verb ("criticised the move on Monday to expel",
    "condemned the decision last week to deport", "attacked the plan by the
    ministry to dismiss"): a few words after the verb's object intent noun,
    with no comma or verb between, it is still the noun's."""
    noun = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < to.i), None)
    if noun is None or noun.lower_ not in _nouns() or to.i - noun.i - 1 > DETACHED_GAP:
        return None
    gap = verb.doc[noun.i + 1:to.i]
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in gap):
        return None
    return noun


def intent_owner(noun: Token) -> tuple[Token | None, Token | None]:
    """(possessor, governing verb) of an intent noun: "his decision" -> his;
    "made the decision" -> (None, made), whose subject is the doer; a verb
    not of making or announcing ("opposed the plan") -> (None, None)."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss, None
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") and \
            noun.head.lemma_.lower() in _lists()["owner_verbs"]:
        return None, noun.head
    return None, None
