"""Keeping someone from acting (issue #12, branch events28).

The lexicon reads "prevent" as CAMEO's ACCUSE-coded verb and the filter
drops it; "X prevented Y from doing Z" told as a fact is a restriction laid
on Y (COERCE ``restrict``), found among the missed events of the real
outlets' health, trade and crime copy:

* "relatives were prevented from visiting him before his death";
* "the shipments were prevented from reentering the country";
* "licensing rules have prevented foreign states from sending doctors";
* "soldiers barred the deputies from entering the chamber".

The verb must be finite (its own subject or a passive auxiliary): an
infinitive or gerund of purpose ("measures to prevent the disease from
spreading", "a patch designed to prevent attackers from ...", "aimed at
preventing him from taking office") tells what is hoped for, not what
was done. What is kept from acting must not be a germ or a hazard ("the
virus was prevented from spreading"), nor the doer a hazard, a mishap or a
condition ("bad weather kept the ferry from sailing", "the injury kept him
from playing", "thick fog stopped the planes from landing": review40).
``purposes.force_stops`` retypes a stopping verb whose doer is a security
force; this class reads the from-construction for any doer and for the
agentless passive. Word lists:
``eventwire/data/events/preventions.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import natural_hazards, word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.mode_words import mode_words
from eventwire.stages.events.nonevents import word_classes

WORDS = DATA_DIR / "events" / "preventions.yaml"
SUBJECTS = {"nsubj", "nsubjpass"}


words = word_list_loader(WORDS)


def keeps_from_acting(verb: Token) -> bool:
    """A finite preventing verb with a from-phrase whose kept party and doer
    are no germ, hazard or condition."""
    w = words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in w["preventing_verbs"]:
        return False
    if not any(c.dep_ == "prep" and c.lower_ in w["preventing_preps"] and
               any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in c.children)
               for c in verb.children):
        return False
    if not any(c.dep_ in SUBJECTS for c in verb.children):
        return False  # an infinitive or gerund of purpose
    kept = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(kept) and not any(_condition(k) for k in kept) and \
        not any(_condition(d) for d in _doers(verb))


def foils_a_deed(verb: Token) -> bool:
    """Class *a deed foiled is no restriction* (modes39; the guide's
    relabel49 decision): a prevention whose kept act is a deed, not a
    movement or an activity ("prevented the gang from hijacking the ship",
    "stopped the pirates from boarding") is COERCE with no mode; the
    deeds are ``modes.yaml``'s ``_foiled_deeds``."""
    if not keeps_from_acting(verb):
        return False
    deeds, preps = mode_words()["_foiled_deeds"], words()["preventing_preps"]
    return any(g.lemma_.lower() in deeds
               for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
               for g in c.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG")


def _doers(verb: Token) -> list[Token]:
    """The active subject, or the passive's by-agent."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    return found + [g for c in verb.children if c.dep_ == "agent"
                    for g in c.children if g.dep_ == "pobj"]


def _condition(tok: Token) -> bool:
    """A hazard, a mishap or a condition ("the virus", "the crash", "bad
    weather"): no party that restricts or is restricted."""
    conditions = natural_hazards() | word_classes()["natural_causes"] | \
        words()["condition_doers"]
    return tok.lower_ in conditions or tok.lemma_.lower() in conditions
