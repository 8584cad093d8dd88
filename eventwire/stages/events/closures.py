"""A site shut down (issue #12, branch events28).

"shut down" / "close down" a site is a restriction (COERCE ``restrict``)
when an authority does it or the text tells it with no doer (the authority
is understood): found among the missed events of the real outlets'
regulatory, health and crime copy:

* "the government shut down nearly 300 slaughterhouses last month";
* "the clinic has since been shut down after inspectors found rats";
* "offices around the square were shut down during the police siege";
* "the ruler closed down parliament and governed by decree".

A closure needs what is closed (an object or a passive subject: "the
plant closed down" names no one who closed it); with no subject an
active closure counts only as an infinitive whose doer is above it
("ordered the police to shut down the farms"). A closure an event causes
is part of that event, not an act of its own: "a general strike that has
shut down the schools", "the blaze closed down the mill" (word list in
``eventwire/data/events/closures.yaml``; the natural hazards count too).
A company closing its own plant is dropped by the business-actor class
(``nonpolitical.is_business_act``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import natural_hazards, word_list_loader
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "closures.yaml"
RELATIVES = {"that", "which", "who"}


words = word_list_loader(WORDS)


def shuts_down(verb: Token) -> bool:
    """A closing verb with its "down" particle whose doer is no causing
    event (a strike, a fire, a storm)."""
    w = words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in w["closing_verbs"]:
        return False
    if not any(c.dep_ == "prt" and c.lower_ in w["closing_particles"] for c in verb.children):
        return False
    deps = {c.dep_ for c in verb.children}
    if "nsubjpass" in deps:  # "the clinic has been shut down (by ...)"
        doer = _agent(verb)
        return doer is None or not _causing_event(doer)
    if "dobj" not in deps:  # "the plant closed down": no one closed it
        return False
    doer = _subject(verb)
    if doer is None:  # "ordered the police to shut down the farms" has its doer above
        return verb.dep_ == "xcomp"
    return not _causing_event(doer)


def _subject(verb: Token) -> Token | None:
    """The active subject; a relative pronoun stands for the noun its clause
    modifies ("a strike that has shut down the schools")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return verb.head if child.lower_ in RELATIVES and verb.dep_ == "relcl" else child
    return None


def _agent(verb: Token) -> Token | None:
    """The passive's by-agent; None when the text names none."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _causing_event(tok: Token) -> bool:
    causes = words()["causing_events"] | natural_hazards()
    return tok.lower_ in causes or tok.lemma_.lower() in causes


def forces_close_border(verb: Token) -> bool:
    """A state's forces closing a border or a crossing with no neighbour
    named (COERCE restrict, branch mends27a): the forces restrict movement,
    as they do closing a road or a port:

    * "the army shut down the border crossing on Tuesday";
    * "troops sealed the border post for two days";
    * "the crossing point was closed by police after the shooting".

    A closure aimed at a neighbour ("closed the crossing with Benin",
    "shut the border to Malian traders") and a government's closure
    ("Ghana closed its border") stay SANCTION ``discontinue`` (the
    lexicon's class of closing a crossing to another country)."""
    w = words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in w["forces_closing_verbs"]:
        return False
    closed = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if closed is None or not any(t.lemma_.lower() in w["border_words"] for t in closed.subtree):
        return False
    doer = _agent(verb) if closed.dep_ == "nsubjpass" else _subject(verb)
    if doer is None or doer.lemma_.lower() not in w["force_doers"]:
        return False
    return not _names_neighbour(verb, closed)


def _names_neighbour(verb: Token, closed: Token) -> bool:
    """"with Rwanda", "to Malian traders" on the verb or on what is closed."""
    preps = words()["neighbour_preps"]
    return any(c.dep_ == "prep" and c.lower_ in preps
               for head in (verb, closed) for c in head.children)
