"""A thing, a piece of information or an event as the doer of helping or
enabling (issue #12, branch events43).

The lexicon reads "help" as AID or AGREE and "allow", "let", "enable" as
CONCEDE. docs/annotation.md labels the act of an actor ("Label an event when
its actor is ... a political, governmental ... actor, a group of people
acting together ... or a person acting in public life"). Helping or enabling
whose doer is no party names a means or a cause and its effect, not an act
anyone did; the real outlets' texts used the construction in health, crime
and entertainment copy, and their gold labels none of it:

* *information helping*: "the findings of the inquiry will help us decide",
  "wiretapped conversations helped lead to the arrests", "a leaked memo
  helped the opposition win the vote";
* *a show, a product or money enabling*: "a concert series that would help
  launch the tour" (a relative "that" / "which" is read as its
  antecedent), "cheap loans allowed the families to rebuild", "the new
  software enables police to trace stolen phones";
* *a clause or a demonstrative as the doer*: "making the song free will
  help the campaign", "this will help farmers plan" (a clausal subject or
  a pointing pronoun names a fact, not a party; the parser also hangs a
  relative clause on the verb before it with "that" as its subject, "he
  booked a series in two cities that would help launch the tour").

A party as the doer stays ("Turkey will help rebuild the navy", "the
countries that had helped", "the army would support police", "donors
helped the ministry pay salaries", "Washington's money helped the rebels
regroup", "Pakistani intelligence helped the militants", "U.S. funding",
"funds from Qatar": a thing owned by a party, through a possessor, a
nationality, a named compound or "from", is the owner's act; review88
added all but the possessor): only a head in the listed classes of
things (``eventwire/data/events/thing_enablers.yaml``), an event, a measure
or a condition (``event_doers.event_nouns``) or a clause counts, and every
doer joined by "and" must be one. A document or a statement ("a rule that
would let agencies decide", "the decree allows the army to ...") is its
authors' act (events42) and stays.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.event_doers import _doers, event_nouns, through_frame

WORDS = DATA_DIR / "events" / "thing_enablers.yaml"
# entity labels of a named party: "the Information Ministry" is a body
NAMED_ACTORS = frozenset({"ORG", "PERSON", "NORP", "GPE"})
# a demonstrative as the doer points at a fact or a thing; a relative "that"
# is read as its antecedent first (``event_doers._doers``)
DEMONSTRATIVES = frozenset({"this", "that"})
# dependants through which a named party owns a thing
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})

words = word_list_loader(WORDS)


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(words()["enabling_verbs"])


@lru_cache(maxsize=1)
def thing_nouns() -> frozenset[str]:
    """The listed classes of things, with the event, measure and condition
    nouns of ``event_doers``."""
    return words()["thing_nouns"] | event_nouns()


def is_thing_enabler(tok: Token) -> bool:
    """A verb of helping or enabling whose doers are all things, events or a
    clause: no event."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _verbs():
        return False
    if any(c.dep_ == "csubj" for c in tok.children):
        return True
    doers = [through_frame(d) for d in _doers(tok)]
    return bool(doers) and all(_thing(d) for d in doers)


def _thing(doer: Token) -> bool:
    """A demonstrative pronoun ("this will help us", "that allowed the
    crews to finish": a fact or a thing pointed at), or a common noun of the
    listed classes, not inside a named party and not owned by one
    ("Washington's money helped the rebels", "their footage helped the
    inquiry": the owner's act)."""
    if doer.lower_ in DEMONSTRATIVES and doer.pos_ in ("PRON", "DET"):
        return True
    if doer.pos_ != "NOUN" or doer.ent_type_ in NAMED_ACTORS or _owned(doer):
        return False
    return doer.lower_ in thing_nouns() or doer.lemma_.lower() in thing_nouns()


def _owned(noun: Token) -> bool:
    """A party's thing: a possessive pronoun or a named party as its
    possessor, adjective or compound ("their footage", "Pakistani
    intelligence", "U.S. funding"), or a named party after "from" ("funds
    from Qatar"); review88: the adjective, compound and "from" owners."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PRON":
            return True
        if c.dep_ in OWNER_DEPS and c.ent_type_ in NAMED_ACTORS:
            return True
        if c.dep_ == "prep" and c.lower_ == "from" and any(
                g.dep_ == "pobj" and g.ent_type_ in NAMED_ACTORS for g in c.children):
            return True
    return False
