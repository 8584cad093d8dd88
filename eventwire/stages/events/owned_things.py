"""Class *the owner of a thing acted on*: goods taken and a part of a
building, vehicle or computer system damaged or broken into stand for
their owner, who is the recipient (recip48).

The record guide makes the owner the recipient in both shapes:
"Movable goods taken are content; the one they are taken from is the
recipient ... their named owner (a possessor: 'seized the reporters'
phones' -> the reporters; 'took his catch' -> his)" and "A building,
site or facility acted on is the recipient" (docs/annotation.md, "The
undergoer of a seizure or a release") -- a door, a window, an engine or
a network is part of the building, the car, the boat or the company it
belongs to, so "set fire to its door", "smashed the windows of a police
van", "cut the dinghy's engine", "broke into the company's network" are
done to "its", the van, the dinghy, the company. The parser hangs the
owner as the possessor or the of-object of the acted-on noun, one level
below the slot the candidate lists read, and the candidates skipped it:
a pronoun possessor is never taken as the act's party (``verb_roles.
_possessor_of_act`` keeps nouns), a passive subject's owner ("their catch
was seized", "a window of Sanchez's car was smashed") and the owner of a
preposition's object ("broke into Litgrid's network") are not read.

Why verb classes and noun lists: the possessor of any other object is
often the actor's own ("fired their rifles", "handed over their weapons",
"raised its flag") or names a place or a time ("Kabul's airport", "last
year's attack"). So goods need a verb of taking, parts a verb of damage
or entry; a possessor that names a date, a place name, or a body part
("broke his leg": the person is read by the harm rules) is left out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.stages.events.mention_lookup import child

# movable goods whose owner is whom a taking is done to
GOODS = frozenset({
    "weapon", "weapons", "gun", "guns", "rifle", "rifles", "pistol", "pistols",
    "firearm", "firearms", "revolver", "phone", "phones", "cellphone", "cellphones",
    "passport", "passports", "document", "documents", "catch", "cash", "money",
    "belongings", "equipment", "laptop", "laptops", "camera", "cameras", "ammunition",
    "badge", "wallet", "keys", "vehicle", "car", "truck", "bag", "bags", "nets",
    "drugs", "cattle", "livestock", "goats", "sheep", "camels",
})
# verbs of taking something from someone
TAKE_LEMMAS = frozenset({"seize", "take", "steal", "confiscate", "snatch", "grab",
                         "rob", "impound", "commandeer", "wrest", "loot"})
# parts of a building, a vehicle, a boat or a computer system
PARTS = frozenset({
    "door", "doors", "window", "windows", "windscreen", "windshield", "gate", "gates",
    "roof", "wall", "walls", "facade", "fence", "engine", "engines", "tyre", "tyres",
    "tire", "tires", "part", "section", "floor", "entrance", "network", "networks",
    "system", "systems", "server", "servers", "website", "websites", "computers",
    "office", "offices", "headquarters", "premises", "compound", "residence", "home",
    "house",
})
# verbs of damage, attack or forced entry
DAMAGE_LEMMAS = frozenset({"set", "smash", "break", "ram", "damage", "burn", "torch",
                           "hack", "sabotage", "cut", "attack", "target", "storm",
                           "shatter", "vandalize", "vandalise", "deface", "destroy",
                           "bomb", "shell", "raid", "ransack", "breach", "infiltrate",
                           "disable", "blacken", "loot", "search", "firebomb", "hit"})
# where the acted-on noun hangs on the verb: "set fire to X", "broke into X"
PART_PREPS = frozenset({"to", "into", "against"})
FIRE_WORDS = frozenset({"fire", "ablaze", "alight", "light"})
OWNER_SKIP_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def owners_of_things(verb: Token) -> list[Token]:
    """The owners of the goods a verb of taking takes and of the parts a
    verb of damage acts on (module docstring), in the order the acted-on
    nouns stand; empty for any other verb."""
    if _things_of(verb) is None:
        return []
    out: list[Token] = []
    for thing in _acted_on(verb):
        owner = thing_owner(thing) if owned_thing(verb, thing) else None
        if owner is not None:
            out.append(owner)
    return out


def _things_of(verb: Token) -> frozenset[str] | None:
    """The nouns whose owner the verb acts on: goods for a verb of taking,
    parts for a verb of damage ("set" only with fire)."""
    lemma = verb.lemma_.lower()
    if lemma in TAKE_LEMMAS:
        return GOODS
    if lemma in DAMAGE_LEMMAS and (lemma != "set" or _set_on_fire(verb)):
        return PARTS
    return None


def owned_thing(verb: Token, thing: Token) -> bool:
    """Whether ``thing`` is goods a verb of taking takes or a part a verb of
    damage acts on -- something that stands for another party than the
    verb's doer (``actors.binding.owned_by_another`` reads "their weapons"
    under "took" as someone else's)."""
    nouns = _things_of(verb)
    return nouns is not None and (thing.lower_ in nouns or thing.lemma_.lower() in nouns)


def _set_on_fire(verb: Token) -> bool:
    """"set fire to X", "set X on fire", "set X ablaze": not "set up its office"."""
    return any(t.lower_ in FIRE_WORDS for t in verb.subtree)


def _acted_on(verb: Token) -> list[Token]:
    """The verb's object, passive subject and the objects of its to / into
    / on / at / against phrases, with their conjuncts."""
    direct = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    preps = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in PART_PREPS]
    objs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    out = direct + objs
    return out + [c for t in out for c in t.children if c.dep_ == "conj"]


def thing_owner(thing: Token) -> Token | None:
    """The possessor of the thing ("its door", "the officers' weapons"),
    else the object of its "of" ("the windows of a police van"); not a
    date, a place name or a body part's owner."""
    owner = child(thing, {"poss"})
    if owner is None:
        prep = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = child(prep, {"pobj"}) if prep is not None else None
    if owner is None or owner.ent_type_ in OWNER_SKIP_ENTS:
        return None
    return owner if owner.pos_ in ("NOUN", "PROPN", "PRON") else None


def owner_party(doc: Doc, tok: Token) -> ActorMention | None:
    """Class *an unnamed owner of a thing acted on*: "took the officers'
    weapons", "smashed the windows of a police van" -- an owner noun the
    actor stage made no mention of is the recipient with the sector its
    agent noun names (a KB agent noun: officers COP) or its modifier does
    ("police van": COP), of the story's country, like the unnamed people
    of ``unnamed_targets``. Only an owner :func:`owners_of_things` reads;
    no sector, no mention ("the dinghy's engine": whose, the text does not
    say here)."""
    thing = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.pos_ != "NOUN" or thing_owner(thing) != tok:
        return None
    verb = thing.head.head if thing.dep_ == "pobj" else thing.head
    if thing.dep_ == "conj":
        verb = thing.head.head
    if not owned_thing(verb, thing) or tok not in owners_of_things(verb):
        return None
    from eventwire.stages.actors.home import story_country
    from eventwire.stages.events.participants import agent_sector

    sector = agent_sector(tok) or next(
        (sec for c in tok.children if c.dep_ == "compound" and (sec := agent_sector(c))), None)
    if sector is None:
        return None
    span = doc[tok.left_edge.i:tok.i + 1]
    while len(span) > 1 and span[0].pos_ in ("DET", "NUM", "ADJ", "PUNCT"):
        span = span[1:]
    return ActorMention(start=span.start_char, end=span.end_char, text=span.text,
                        kind="agent", country=story_country(doc), sectors=[sector],
                        confidence=0.3, rule="unnamed_owner")
