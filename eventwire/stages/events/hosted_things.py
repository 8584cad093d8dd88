"""Hosting a thing, an event or a standing presence is no meeting (issue #12,
branch events42).

The lexicon reads "host" as CONSULT, and ``acts.hosts_visitor`` keeps the
meeting the guide labels: a state or a leader receiving a visitor ("hosted
a delegation", "hosted Tsai", "did not want to host Vance's wife").
docs/annotation.md does not label hosting as a state ("hosts more than a
million refugees", "hosting officers", "harbours criminals") and labels a
mediated meeting on its own noun ("A meeting hosted by a mediator CONSULT
`third-party`": the meeting, not "hosted"). Real and own texts used the
verb for what no one meets:

* *an event hosted*: "the city will host a regional trade fair next
  spring", "the stadium hosted the final of the cup", "the award show has
  been hosted by a comedian for years" (the passive's subject is read);
* *a standing presence*: "the island hosts a naval base", "the country
  hosts the movement's exiled leadership" (a person or a delegation, or a
  named person or group, hosted stays a meeting).

So "host" whose object (or passive subject) is neither a visitor, a named
person, group or state nor a pronoun is no event; the event the object
names ("the summit", "the talks") is read on its own noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.acts import _is_visitor
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.mode_words import person_nouns

HOST_LEMMAS = frozenset({"host"})
# a guest named or pointed at is read as a visitor ("hosted Tsai", "hosted them")
NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _guest(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def is_hosted_thing(verb: Token) -> bool:
    """"host" with a thing, an event or a presence as its guest."""
    if verb.pos_ != "VERB" or _lemma(verb) not in HOST_LEMMAS:
        return False
    guest = _guest(verb)
    if guest is None or guest.pos_ in ("PRON", "PROPN") or guest.ent_type_ in NAMED:
        return False
    return not (_is_visitor(guest) or _names_a_person(guest))


def _names_a_person(guest: Token) -> bool:
    """The guest is a person noun, or a named person stands in apposition to
    it: "the senator's wife, Mary Lee" ("talks between the government and
    the rebels", "the funeral of the mayor" host an event, not the people
    named inside it)."""
    return _lemma(guest) in person_nouns() or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in guest.children)
