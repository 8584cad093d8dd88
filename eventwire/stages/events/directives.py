"""Telling someone to act (issue #12, branch events28).

"told" reports speech and is no event ("told reporters", "told the BBC
that ..."), but "tell" with a person or body as object and a to-infinitive
of what they must do is a directive: a request or an order (REQUEST),
found among the missed events of the real outlets' outbreak and crime copy:

* "the health agency has told people to stay away from the caves";
* "the sergeant told the man to drop the knife and kneel";
* "officials told shops to close at noon", "the envoy was told not to
  return to the capital";
* "the minister tells airlines not to buy the jets";
* "the agency encouraged countries to stock antiviral drugs", "pupils were
  advised to stay at home" ("encourage" and "advise" with a to-infinitive:
  the lexicon's SUPPORT reading of "encourage" is for "encouraged the
  talks", which has no infinitive).

The addressee must be a noun or pronoun ("told the suspect", "told them"),
not a medium or the press ("told reporters to wait" is still attribution:
the media nouns are in ``eventwire/data/events/directives.yaml``); the act
told is the directive's content, not an event of its own.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.actors.person_nouns import kin_nouns

WORDS = DATA_DIR / "events" / "directives.yaml"
ADDRESSEE_DEPS = {"dobj", "dative", "nsubjpass"}
CONTENT_DEPS = {"xcomp", "ccomp", "advcl"}


words = word_list_loader(WORDS)


@lru_cache(maxsize=1)
def private_speakers() -> frozenset[str]:
    """Kin, household and social-role nouns; the kin are the actors' list."""
    return words()["private_speakers"] | kin_nouns()


def _telling_verb(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in words()["telling_verbs"]


def _addressees(verb: Token) -> list[Token]:
    """The verb's own addressees: its object, dative or passive subject."""
    return [c for c in verb.children if c.dep_ in ADDRESSEE_DEPS]


def tells_to(verb: Token) -> bool:
    """A telling verb with an addressee and a to-infinitive of the act."""
    if not _telling_verb(verb):
        return False
    w = words()
    addressees = _addressees(verb)
    if not addressees and verb.dep_ == "conj":  # "were treated and advised to ..."
        addressees = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if not addressees or any(a.lower_ in w["media_nouns"] or a.lemma_.lower() in w["media_nouns"]
                             for a in addressees):
        return False
    return any(c.dep_ in CONTENT_DEPS and c.pos_ in ("VERB", "AUX") and _infinitive(c)
               for c in verb.children)


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def private_directive(verb: Token) -> bool:
    """A directive between private persons, no event (branch mends27a):
    the speaker is a kin, household or social-role noun and no addressee is
    an organisation, a state or a people:

    * "my mother told me to come home early";
    * "a friend advised her to rest";
    * "the coach encouraged the players to stay calm";
    * "he was told by his neighbour to move the car".

    A directive by an official, a ministry or the police ("the sergeant told
    the man to drop the knife") is kept (``tells_to``)."""
    if not _telling_verb(verb):
        return False
    private = private_speakers()
    speaker = _speaker(verb)
    if speaker is None or speaker.lemma_.lower() not in private and \
            speaker.lower_ not in private:
        return False
    return not any(a.ent_type_ in ("ORG", "GPE", "NORP") for a in _addressees(verb))


def _speaker(verb: Token) -> Token | None:
    """The active subject, or the passive's by-agent."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None
