"""A harm placed by the clause that tells how it came about (place27,
docs/BENCHMARKS.md "place27").

Split from ``place_scope.py`` (which keeps the flag in ``VARIANTS``): the
event-place rules take a sentence place only from a clause that governs the
event's (``event_place._governs``), so a place inside a subordinate "when"
clause of the event never reaches it. For a killing or wounding told in the
main clause, though, that "when" clause is the attack itself and its
locative is the scene.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import EventMention
from eventwire.nlp.spans import heads_above
from eventwire.stages.geo.place_scope import SCENE_PREPS, VARIANTS, scene_type

HARM_TYPES = {"ASSAULT"}
WHEN_MARKS = {"when"}
CLAUSE_HOPS = 6  # heads from the place up to the "when" clause's verb


def harm_when(place: Token, trigger: Token, event: EventMention) -> bool:
    """Class *a harm placed by its "when" clause*: a violent act told in the
    main clause whose adverbial "when" clause says how it came about ("two
    boys were killed when a shell hit a school in Kharkiv", "a guard was
    wounded when gunmen stormed a checkpoint near Jenin", "soldiers died
    when their convoy struck a mine outside Gao") happened at that clause's
    scene: a place after a locative preposition inside the "when" clause
    hanging on the trigger, also through a place noun's "of" ("hit a
    village near the town of Saravan"). Only ASSAULT (the harm and the attack are one
    event), only "when" (not "after" or "as": another time or another act,
    ``place_scope.condition_clause``). ``place`` is the token whose relation
    says what the place does (``event_place.up_to_phrase``)."""
    if not VARIANTS["harm_when"] or scene_type(event) not in HARM_TYPES:
        return False
    place = through_place_noun(place)
    if place.dep_ != "pobj" or place.head.lower_ not in SCENE_PREPS:
        return False
    for cur in heads_above(place, CLAUSE_HOPS):
        if cur.dep_ == "advcl" and cur.head == trigger:
            return any(c.dep_ == "advmod" and c.lower_ in WHEN_MARKS for c in cur.children) \
                or any(c.dep_ == "mark" and c.lower_ in WHEN_MARKS for c in cur.children)
    return False


def through_place_noun(place: Token) -> Token:
    """The noun whose "of" holds the place ("near the town of Saravan",
    "the streets of Athens", "the centre of Maputo"): its relation, not the
    name's, says where the place stands; the place itself otherwise."""
    if place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.pos_ == "NOUN":
        return place.head.head
    return place
