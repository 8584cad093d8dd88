"""Holding someone to account, and taking a dispute before a body (issue
#12, branch events34).

Two verb constructions the lexicon reads as no event ("hold", "take" are
light and generic verbs there), found among the missed events of many
record sets, each read from the verb's dependents:

* **holding responsible** -- "hold" with a predicative "responsible",
  "accountable" or "liable" (or "to account"): an accusation told as a
  fact ("Niamey holds the rebels responsible for the blast", ACCUSE
  ``allege``), a threat when it is said to come ("those who looted will
  be held accountable", "we will hold the neighbour responsible if this
  goes on", "anyone who blocks the road would be held liable": THREATEN
  ``arrest``, the guide's "vows of justice");
* **taking a case before a body** -- "take", "bring" or "refer" with a
  grievance as its object ("the case", "the matter", "the dispute", "its
  complaints") and a to-phrase naming a court or an organisation ("will
  take the matter to the International Criminal Court", "brought the
  dispute to the tribunal", "referred the case to the Security Council"):
  ACCUSE ``allege``. A to-phrase that names no body ("took their case to
  the public") is no event.

An accusation by holding must be tensed: "called for those responsible to
be held accountable", "demand that they be held to account" are the
content of the demand.

Word lists: ``eventwire/data/events/accountability.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR

WORDS = DATA_DIR / "events" / "accountability.yaml"
FUTURE_AUX = {"will", "would", "shall", "'ll", "must", "should"}
BODY_ENTS = {"ORG", "GPE", "NORP"}
FINITE_TAGS = {"VBZ", "VBD", "VBP", "MD"}

words = word_list_loader(WORDS)


def _account_word(verb: Token) -> bool:
    """A predicative "responsible" / "accountable" among the verb's
    dependents, or "to account"."""
    w = words()
    for c in verb.children:
        if c.lower_ in w["account_words"] and c.dep_ != "nsubj":
            return True
        if c.dep_ in ("ccomp", "oprd", "xcomp", "dobj") and \
                any(g.lower_ in w["account_words"] and g.dep_ == "amod" for g in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and \
                any(g.lower_ == "account" for g in c.children):
            return True
    return False


def holds_responsible(verb: Token) -> bool:
    """"hold X responsible / accountable", in any tense."""
    return verb.pos_ in ("VERB", "AUX") and \
        verb.lemma_.lower() in words()["holding_verbs"] and _account_word(verb)


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries, or its first conjunct's when it has none
    ("will be found and held accountable", "would be dispersed and their
    leaders held accountable")."""
    own = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not own and verb.dep_ == "conj":
        return [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    return own


def _future(verb: Token) -> bool:
    """A modal of the future, or "going to" ("are going to be held")."""
    first = verb.head if verb.dep_ == "conj" else verb
    return any(a.lower_ in FUTURE_AUX for a in _auxiliaries(verb)) or (
        first.dep_ == "xcomp" and first.head.lower_ == "going")


def _finite(verb: Token) -> bool:
    """A tensed verb or auxiliary: no infinitive ("for them to be held"),
    no subjunctive ("demand that they be held")."""
    forms = [verb, *_auxiliaries(verb)]
    return any(t.tag_ in FINITE_TAGS for t in forms) and not any(
        a.lower_ == "to" for a in _auxiliaries(verb))


def threatens_to_hold(verb: Token) -> bool:
    """Holding responsible said to come: a threat (THREATEN)."""
    return holds_responsible(verb) and _future(verb)


def accuses_by_holding(verb: Token) -> bool:
    """Holding responsible told as a fact: an accusation (ACCUSE)."""
    return holds_responsible(verb) and not _future(verb) and _finite(verb)


def _names_body(pobj: Token) -> bool:
    return pobj.ent_type_ in BODY_ENTS or pobj.lemma_.lower() in words()["bodies"] or \
        any(t.lower_ in words()["bodies"] for t in pobj.subtree)


def takes_case_to_body(verb: Token) -> bool:
    """"take / bring / refer a case or a dispute to" a court or an
    organisation."""
    w = words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in w["referring_verbs"]:
        return False
    if not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in w["referred_objects"]
               for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and
               any(g.dep_ == "pobj" and _names_body(g) for g in c.children)
               for c in verb.children)
