"""Class *an inanimate doer names no party* (issue #12, branch actors60).

PLOVER codes who acts; a thing is no one. A subject or ``by``-agent whose
head noun names a thing the knowledge base does not know gives the event no
actor ("a landmine wounded five soldiers", "she was struck by stray
gunfire", "Ricochet killed Greek teenager", "floodwaters swept away the
bridge"). The record guide then leaves the actor empty or names the human
doer elsewhere in the story (docs/annotation.md: "the storm" or "the virus"
never stands for a political actor). ``roles.yaml``'s ``not_actors`` holds
the common instruments and event nouns; this class adds the heads found in
the actors58 census of spurious real-text actors, grouped by meaning:

* *weapons and projectiles, and their fire* -- "landmine", "gunfire",
  "buckshot", "shrapnel", "a tear gas canister", "crossfire";
* *vehicles*, one at a time -- "a train", "a motorcycle", "a tractor": a
  fleet stands for the people in it (the records give "Five pirate boats",
  "About 1,300 tractors" as actors), so no plural vehicle is listed;
* *natural forces* -- "the flood", "a storm", "lightning", "the blaze";
* *places* -- "the street", "the road", "the highway";
* *abstractions and documents* -- "the dispute", "the plot", "permits",
  "pamphlets", "possibilities".

The tagger reads some of them as names ("Ricochet" PERSON in a headline,
"stray gunfire" PERSON): such a mention is dropped as a doer when it is
*KB-less* -- no knowledge-base id (``actor_id``) and not an agent noun the
actor stage recognised (``kind`` ``agent``). The guard keeps metonymy: an
institution or a seat the knowledge base knows ("the ministry", "the
Kremlin", "Washington") carries an id or an agent kind, and an owner named
inside the phrase still acts ("Houthi missile hits", ``owner_inside``
runs first). Only a doer: a thing acted on may stand for its owner
("attacked houses", ``unnamed_targets``).

Measured (actors60) on the 38 development sets vs m98 (43ef8049): the
class was 17 of m98's 180 spurious actors of matched events (8 of 77 on
real texts, in rec_c, rec_aa, rec_ac, rec_ag, rec_ai; 9 own texts in 9
sets). actors60_r2: actor +17 (8 real) / -3 (0 real): two were a thing
whose guessed codes matched a human doer named elsewhere by chance ("the
permit had expired and denied", "because the square was under repair
and had offered"; with the second the recipient of "an offer they
rejected", -1 own), one a fleet ("About 1,300 tractors blocked", fixed
in r3 by matching vehicles by their word, not lemma). actors60_r3 vs
m98: actor +17 (8 real) / -2 (0 real, the two chance matches), recipient
+0 / -1 (own, above), place +2 / -0 (own), every other field unchanged;
actor all .826 -> .827, real .845 -> .848, own .820 -> .821.
Not covered: "it" standing for a bullet ("it had bounced off a hard
surface before hitting him"), and the other spurious classes (a speaker
as doer, a person as a headline passive's patient: "organizers
arrested").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import ActorMention

# heads of inanimate doers, by meaning (module docstring)
WEAPON_THINGS = frozenset({
    "landmine", "landmines", "gunfire", "gunshot", "gunshots", "buckshot", "shrapnel",
    "pellet", "pellets", "canister", "canisters", "crossfire", "shot", "shots", "munition",
    "munitions", "ordnance", "cartridge", "cartridges", "projectile", "projectiles",
    "missile", "shelling", "airstrike", "airstrikes", "ricochet", "firework", "fireworks",
    "cocktail", "cocktails", "knife", "gun", "guns", "rifle", "pistol"})
VEHICLE_THINGS = frozenset({
    "train", "motorcycle", "motorbike", "tractor", "trailer", "taxi"})
NATURAL_THINGS = frozenset({
    "flood", "floods", "floodwater", "floodwaters", "storm", "storms", "cyclone", "hurricane",
    "typhoon", "earthquake", "quake", "tornado", "lightning", "landslide", "landslides",
    "avalanche", "wind", "winds", "blaze", "blazes", "flames", "wildfire", "wildfires",
    "smoke", "heat", "heatwave", "drought", "tsunami", "mudslide"})
PLACE_THINGS = frozenset({
    "street", "streets", "road", "roads", "highway", "avenue", "square", "area", "areas"})
ABSTRACT_THINGS = frozenset({
    "dispute", "disputes", "plot", "plots", "possibility", "possibilities", "permit",
    "permits", "pamphlet", "pamphlets", "leaflet", "leaflets", "approach", "string",
    "internet", "rumour", "rumours", "rumor", "rumors", "video", "footage"})
INANIMATE_HEADS = WEAPON_THINGS | VEHICLE_THINGS | NATURAL_THINGS | PLACE_THINGS | ABSTRACT_THINGS


def inanimate_head(tok: Token) -> bool:
    """The token is the head noun of an inanimate thing (module docstring)."""
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("NOUN", "PROPN") and (
        tok.lower_ in INANIMATE_HEADS
        or (lemma in INANIMATE_HEADS and lemma not in VEHICLE_THINGS))  # no fleet


def kb_less(m: ActorMention) -> bool:
    """A mention the knowledge base does not know and the actor stage did not
    read as an agent noun: a tagger's name or a parse phrase."""
    return m.actor_id is None and m.kind != "agent" and m.rule != "pronoun"


def inanimate_doer(tok: Token, m: ActorMention | None) -> bool:
    """The doer at ``tok`` (covered by ``m``, if any) is a KB-less thing."""
    return inanimate_head(tok) and (m is None or kb_less(m))
