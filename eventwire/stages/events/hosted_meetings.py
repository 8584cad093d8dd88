"""Class *the host of a meeting between others is its actor* (issue #12,
branch actors36).

events42 (``hosted_things.py``) moved a hosted meeting's event from "host"
onto the meeting noun ("hosted talks between the government and the
rebels": the event is "talks"). A noun's roles read its "between" parties
first (``nominals.between_parties``), so the parties became the actor of
the host's own act, and of the offer or readiness that governs "host":
"Norway said it was ready to host talks between the government and the
rebels" (AGREE on "ready") took "government", "Kenya is willing to host
negotiations between the two factions" took "factions". The guide labels
"offered to host talks" an AGREE by the one offering and a mediated meeting
CONSULT ``third-party`` with the mediators as actor (docs/annotation.md,
"Ceasefire talks", "Hostages"); the PLOVER GSR codes "he would be ready to
host a meeting between X and Y" with the host as source and the parties as
targets. So the noun a verb "host" takes as its object (directly or through
a partitive "a round of talks") or as its passive subject has the host as
its doer -- the subject of "host", or of the readiness, offer or agreement
predicate that controls it ("stands ready to host", "has offered to host",
"would be willing to host", "agreed to host"), or the by-agent of a passive
-- and the first party after "between" is at most its recipient.

A host that is a venue -- a building that holds the meeting ("a hotel in
Geneva hosted the talks between the two ministers", "the conference centre
hosted negotiations between ...") -- is no party to it: the parties keep
their roles (review87). A town or capital is not a venue here: "the Qatari
capital has hosted talks" stands for its state.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import child, pobj
from eventwire.stages.events.verb_roles import subject_of

HOST_LEMMAS = frozenset({"host"})
# "a round of talks", "two days of negotiations", "a series of meetings"
PARTITIVE_DEPS = ("dobj", "nsubjpass")
# buildings that hold a meeting rather than broker it (review87); not "palace"
# or "embassy", which stand for their state
VENUE_NOUNS = frozenset({"hotel", "resort", "venue", "centre", "center", "hall", "building",
                         "stadium", "castle", "estate", "campus", "villa", "complex"})


def host_verb(noun: Token) -> Token | None:
    """The verb "host" whose object or passive subject ``noun`` is, itself
    or as the "of" object of a partitive ("hosted a round of talks"); or a
    participle "hosted" modifying it ("talks hosted by Oman"); a trigger
    that is a compound's first word ("*peace* talks") is read on its head."""
    noun = meeting_noun(noun)
    held = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in PARTITIVE_DEPS:
        held = noun.head.head
    head = held.head
    if held.dep_ in PARTITIVE_DEPS and head is not held and _is_host(head):
        return head
    return next((c for c in noun.children if c.dep_ == "acl" and _is_host(c)
                 and c.tag_ == "VBN"), None)


def meeting_noun(noun: Token) -> Token:
    """The head of a compound trigger ("peace talks", "ceasefire talks")."""
    return noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun


def _is_host(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in HOST_LEMMAS


def host_of(noun: Token) -> Token | None:
    """The host of the meeting ``noun`` names: the by-agent of a passive or
    participle "hosted", else the subject (or controller) of active "host";
    None when ``noun`` is no hosted meeting or no host is named."""
    verb = host_verb(noun)
    if verb is None:
        return None
    if verb.tag_ == "VBN" and (verb.dep_ == "acl" or child(verb, {"nsubjpass"}) is not None):
        host = pobj(verb, {"by"})
    else:
        host = subject_of(verb)
    return None if host is None or is_venue(host) else host


def is_venue(tok: Token) -> bool:
    """A place that holds the meeting (module docstring): a venue noun, or a
    facility's name ("the Intercontinental hosted the talks")."""
    return tok.ent_type_ == "FAC" or tok.lemma_.lower() in VENUE_NOUNS \
        or tok.lower_ in VENUE_NOUNS
