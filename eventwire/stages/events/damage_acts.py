"""Class *an attack told as the damage done* (modes35): an ASSAULT whose
trigger is "damage" (the verb or the noun) and whose clause cues no mode is
the destruction of property, mode ``destroy`` (the manual's "destroy
property"; the records give it to deliberate damage whatever the tool):

* "unknown attackers badly damaged a church on Saturday",
* "vandals damaged the mosque overnight, police said",
* "the pipeline was damaged on Sunday night, the coast guard said".

Only the trigger's own word is read: a harm whose clause merely tells the
damage it caused ("the shelling caused no damage", "fired a water cannon,
damaging its mast") keeps its own mode or none, and an attack with a
weapon named ("a drone damaged the depot") keeps the weapon's mode (the
cascade decides first; this class fills a mode left empty).
"""

from __future__ import annotations

from spacy.tokens import Span

DAMAGE_LEMMAS = {"damage"}


def damages_property(trigger: Span) -> bool:
    """Is the ASSAULT's trigger the word "damage"?"""
    return trigger.root.lemma_.lower() in DAMAGE_LEMMAS or trigger.root.lower_ in DAMAGE_LEMMAS
