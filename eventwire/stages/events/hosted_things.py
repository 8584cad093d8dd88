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
  named person or group, hosted stays a meeting);
* (review84) *a population hosted*: "Lebanon hosts more than a million
  refugees", "Germany hosts 35,000 US troops", "the island hosted naval
  officers" -- refugees, and forces (military, police or rebel) counted or
  bare, live there: the guide leaves "hosts more than a million refugees"
  and "hosting officers" unlabelled. Forces with a determiner or a
  "visiting" ("hosted the army's generals", "hosted visiting soldiers") and
  a delegation of them stay a meeting.

So "host" whose object (or passive subject) is neither a visitor, a named
person, group or state nor a pronoun is no event; the event the object
names ("the summit", "the talks") is read on its own noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.acts import _is_visitor
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.event_doers import through_frame
from eventwire.stages.events.mode_words import person_nouns
from eventwire.stages.events.participants import agent_sector

HOST_LEMMAS = frozenset({"host"})
# a guest named or pointed at is read as a visitor ("hosted Tsai", "hosted them")
NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# sectors of a hosted population: refugees always, forces counted or bare (review84)
REFUGEE_SECTORS = frozenset({"REF"})
FORCE_SECTORS = frozenset({"MIL", "COP", "REB"})


def _guest(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def is_hosted_thing(verb: Token) -> bool:
    """"host" with a thing, an event or a presence as its guest."""
    if verb.pos_ != "VERB" or _lemma(verb) not in HOST_LEMMAS:
        return False
    guest = _guest(verb)
    if guest is None or guest.pos_ in ("PRON", "PROPN") or guest.ent_type_ in NAMED:
        return False
    if _population(guest):
        return True
    return not (_is_visitor(guest) or _names_a_person(guest))


def _names_a_person(guest: Token) -> bool:
    """The guest is a person noun, or a named person stands in apposition to
    it: "the senator's wife, Mary Lee" ("talks between the government and
    the rebels", "the funeral of the mayor" host an event, not the people
    named inside it)."""
    return _lemma(guest) in person_nouns() or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in guest.children)


def _population(guest: Token) -> bool:
    """Refugees, or forces counted ("35,000 troops", "thousands of
    soldiers") or bare ("hosted naval officers"), read through a measure
    ("hundreds of thousands of refugees"); not forces with a determiner or
    a "visiting" ("the generals", "visiting soldiers"), review84."""
    inner = guest
    for _ in range(3):  # "hundreds of thousands of refugees"
        nxt = through_frame(inner)
        if nxt is inner:
            break
        inner = nxt
    sector = agent_sector(inner)
    if sector in REFUGEE_SECTORS:
        return True
    if sector not in FORCE_SECTORS or inner.tag_ != "NNS" or any(
            c.lower_ == "visiting" for c in inner.children):
        return False
    mods = {c.dep_ for c in inner.children}
    return inner is not guest or "nummod" in mods or not mods & {"det", "poss"}
