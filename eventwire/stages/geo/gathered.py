"""A crowd placed by the clause that says where it gathered (place30,
docs/BENCHMARKS.md "place30").

Split from ``place_scope.py`` (which keeps the flag in ``VARIANTS``): the
event-place rules take a sentence place only from a clause that governs the
event's (``event_place._governs``), so a locative inside a relative clause
about the event's participants never reaches it. When that clause tells
where a crowd marched or gathered, though, it is the scene of what the
crowd did and of what was done to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import EventMention
from eventwire.stages.geo.place_scope import VARIANTS

CROWD_TYPES = {"PROTEST", "ASSAULT", "COERCE"}
# verbs of a crowd coming together or moving as one ("who marched through Athens")
ASSEMBLY = {"march", "gather", "rally", "assemble", "demonstrate", "protest", "converge",
            "congregate", "parade", "mass", "throng", "flock", "camp"}
# prepositions of a crowd's scene or route
CROWD_PREPS = {"in", "at", "near", "outside", "inside", "around", "through", "across", "along",
               "on", "into", "in front of", "throughout", "towards", "toward", "to"}
PARTICIPANT_DEPS = {"nsubj", "nsubjpass", "dobj"}
ROLE_PREPS = {"by", "on", "at", "against", "of"}  # "demonstrations by thousands who ..."
PURPOSE_DEPS = {"xcomp", "advcl"}  # "fired tear gas to disperse supporters who ..."


def crowd_scene(place: Token, trigger: Token, event: EventMention) -> bool:
    """Class *a crowd placed by where it gathered*: a relative clause on the
    event's participants that says where they marched, gathered or rallied
    ("demonstrations by thousands who marched through Lisbon", "police
    fired tear gas to disperse supporters who had gathered outside the
    court in Lusaka", "riot police charged students who rallied in front of
    the ministry in Dhaka") places what the crowd did and what was done to
    it: a protest, an attack, an arrest. The clause's verb is one of
    assembly (``ASSEMBLY``), the place follows one of its prepositions of
    scene or route (also through a place noun's "of": "marched on the
    centre of Maputo"), and the noun it hangs on is the trigger's subject
    or object, reached by "by" or "on", or the object of the trigger's
    purpose clause. Not a verbal act, not a clause about somewhere the
    participants live or come from ("voters who live in Porto"). ``place``
    is the token whose relation says what the place does
    (``event_place._up_to_phrase``)."""
    if not VARIANTS["crowd_scene"] or event.type not in CROWD_TYPES:
        return False
    if place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.pos_ == "NOUN":
        place = place.head.head  # "the centre of Maputo", "the streets of Athens"
    if place.dep_ != "pobj" or place.head.lower_ not in CROWD_PREPS:
        return False
    verb = place.head.head
    if verb.lemma_.lower() not in ASSEMBLY or verb.dep_ not in ("relcl", "acl"):
        return False
    return _participant_of(verb.head, trigger)


def _participant_of(noun: Token, trigger: Token) -> bool:
    """The noun is the trigger's subject or object, its "by"/"on" phrase,
    or the object of its purpose clause ("to disperse supporters"), also as
    the "of" of a count ("dozens of farmers who ...")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head != trigger:
        noun = noun.head.head  # "arrested dozens of farmers who marched"
    if noun.dep_ == "pobj" and noun.head.lower_ in ROLE_PREPS:
        return noun.head.head == trigger
    if noun.dep_ not in PARTICIPANT_DEPS:
        return False
    head = noun.head
    return head == trigger or (head.dep_ in PURPOSE_DEPS and head.head == trigger)
