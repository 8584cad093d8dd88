"""Class *a weapon or craft owned by a possessive pronoun acts for its owner*
(issue #12, branch actors31).

Instruments give no actor of their own ("a drone struck", ``roles.yaml``
``not_actors``), but an owner named inside the phrase does ("Houthi missile
hits", ``participants``). The owner is as often a possessive pronoun whose
antecedent is a state or force, and the record guide codes the phrase with
the owner's country and the military sector:

* "Russia denied that its drones had attacked targets in Poland" (RUS MIL);
* "Belarus insists its helicopters never entered Lithuanian airspace" (BLR
  MIL);
* "Moscow says their jets only patrolled over neutral waters" (RUS MIL).

Only weapons and craft are read (``WEAPONS``: those of ``not_actors``, and
vessels; not "its price", "its decision"), only a resolved possessive pronoun with a country, and
only a state, an armed group or a body of government or force ("the
defence ministry said its drones ..."): the phrase is that state's
military; a firm's "its ships" is not. An owner that is itself an armed
force keeps its own sector (review53): "Hamas said its rockets hit
Ashkelon" (REB, not MIL), "The Houthis said their missiles hit a tanker"
(REB), "The police said their helicopters attacked a camp" (COP); only a
state or a body of government lends its weapons to its military.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list
from eventwire.stages.events.mention_lookup import child, covering_mention, resolved

WEAPONS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "warplane",
                     "warplanes", "plane", "planes", "jet", "jets", "aircraft", "helicopter",
                     "helicopters", "tank", "tanks", "boat", "boats", "vessel", "vessels",
                     "ship", "ships", "artillery"})
ARMED_KINDS = frozenset({"state", "armed_group"})
FORCE_SECTORS = frozenset({"MIL", "REB", "COP", "UAF"})  # an owner that is itself a force
ARMED_SECTORS = frozenset({"GOV", "MIL", "REB", "COP"})  # "the defence ministry ... its drones"


def pronoun_owned_weapon(tok: Token) -> ActorMention | None:
    """The owner's codes (MIL) for "its drones", "their jets" (module
    docstring), else None."""
    if tok.lower_ not in WEAPONS and tok.lemma_.lower() not in WEAPONS:
        return None
    poss = child(tok, {"poss"})
    if poss is None or poss.tag_ != "PRP$":
        return None
    index = covering_mention(tok.doc, poss)
    if index is None:
        return None
    owner = resolved(get_list(tok.doc, "actor_mentions"), index)
    if not owner.country or owner.kind not in ARMED_KINDS and \
            not ARMED_SECTORS.intersection(owner.sectors):
        return None
    return replace(owner, sectors=_force_sectors(owner))


def _force_sectors(owner: ActorMention) -> list[str]:
    """The owner's own codes if it is itself a force ("Hamas": REB HMS, "the
    police": COP), else MIL: a state's or a ministry's drones are its
    military's."""
    return list(owner.sectors) if FORCE_SECTORS.intersection(owner.sectors) else ["MIL"]
