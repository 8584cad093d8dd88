"""Class *a downed aircraft stands for the side that flew it* (issue #12,
branch recips27).

docs/annotation.md ("Shooting down drones"; "Military acts"): air defences
that shoot down or down drones or jets commit an ASSAULT whose recipient is
the aircraft, standing for the attacker's side (sector MIL, the record sets'
"a helicopter" TCD MIL, "a reconnaissance drone" MLI MIL). A nationality on
the aircraft ("two Russian drones") is an actor mention the rules already
take; a bare aircraft noun ("shot down a helicopter", "the drone was
destroyed", "downed a reconnaissance drone") names no actor, so the slot
stayed empty. Here the parse's bare option for that noun (an unnamed party
of the story's country, ``bare_options.bare_objects``) is taken as the
recipient with the sector MIL, before the ranker is asked.

Only the acts that bring an aircraft down (``shoot down``, ``down``,
``intercept``, ``destroy``), only their object or passive subject, and only
aircraft nouns: a drone that is launched, fired or flown is the weapon of
the act, never its target, and a shot-down aircraft keeps no other role.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.models import ActorMention
from eventwire.stages.events.mention_lookup import look_through
from eventwire.stages.events.weapon_verbs import downs_aircraft

AIRCRAFT = frozenset({"drone", "aircraft", "plane", "jet", "helicopter", "warplane",
                      "fighter", "bomber", "airplane", "aeroplane", "chopper", "uav"})
# acts that bring an aircraft down besides shooting or downing it, whose
# words ("shot down", "downed", "shot ... down") are weapon_verbs.downs_aircraft's
STOPPING_VERBS = frozenset({"intercept", "destroy"})
Option = tuple[str, int, ActorMention]


def _downs(trigger: Token) -> bool:
    """"shot down", "shot the drone down", "downed", "intercepted",
    "destroyed" (review42: the one test of shooting down, shared with the
    mode classes)."""
    return trigger.lemma_.lower() in STOPPING_VERBS or downs_aircraft(trigger)


def downed_object(trigger: Token) -> Token | None:
    """The aircraft the act brings down: its object or passive subject,
    through a quantity ("six of the drones")."""
    if trigger.pos_ != "VERB" or not _downs(trigger):
        return None
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return None
    obj = look_through(obj)
    return obj if obj.lemma_.lower() in AIRCRAFT else None


def downed_aircraft(trigger: Token, kind: str | None, options: list[Option]
                    ) -> ActorMention | None:
    """The bare option of the downed aircraft, coded MIL, or None."""
    if kind != "ASSAULT":
        return None
    obj = downed_object(trigger)
    if obj is None:
        return None
    bare = next((m for src, _, m in options if src == "bare" and m.start <= obj.idx < m.end),
                None)
    return replace(bare, sectors=["MIL"]) if bare is not None else None
