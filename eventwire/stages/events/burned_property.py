"""Class *property burned is the recipient also when no owner is told*
(branch recip64; docs/annotation.md "Questions decided (relabel67,
2026-12-07)" (4), extending recip45's building, site or vehicle acted on).

A fire set to vehicles, houses or shops -- "torched cars", "burned at least
40 vehicles", "set fire to two minibuses", "set the lorries alight", "three
cars were set alight" -- is done to that property, which stands for its
untold owners: the burnt phrase is the recipient, with the story's country
and the sector of what it is: cars, vehicles, scooters, motorcycles, houses
and homes CVL (privately owned); buses, minibuses, trams, lorries, trucks,
tankers, shops, stores and warehouses BUS (an operator's, a business's); a
"building" of untold use no sector. A list takes its first item's sector
("a tram, buses and police cars" BUS); an owner's word before the head
decides ("police cars" COP, "government vehicles" GOV, "army trucks" MIL).

Only an empty slot is filled (``roles.roles_for`` asks last), so an owner
a rule already names wins ("torched the governor's car" -> the governor;
``owned_things``). Not: tyres, bins or barricades burned (a protest's means,
not its target: in no list here); a thing with an owner told by a
possessor or an of-phrase ("the mayor's house", "the house of the judge":
left to the owner rules); people burned (no property).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.stages.events.arson import FIRE_DEPS
from eventwire.stages.events.mode_words import mode_words

RULE = "burned-property"
SET_VERB = "set"
PROPERTY_SECTORS: dict[str, str | None] = {
    "car": "CVL", "vehicle": "CVL", "scooter": "CVL", "motorcycle": "CVL",
    "motorbike": "CVL", "house": "CVL", "home": "CVL",
    "bus": "BUS", "minibus": "BUS", "tram": "BUS", "lorry": "BUS", "truck": "BUS",
    "tanker": "BUS", "shop": "BUS", "store": "BUS", "warehouse": "BUS",
    "building": None,
}
# plurals the lemmatiser may leave as they are
PLURALS = {"buses": "bus", "minibuses": "minibus", "lorries": "lorry", "homes": "home"}
OWNER_WORDS = {
    "police": "COP", "garda": "COP", "gendarmerie": "COP", "government": "GOV",
    "state": "GOV", "official": "GOV", "army": "MIL", "military": "MIL",
    "logging": "BUS", "company": "BUS", "delivery": "BUS",
}


def _property_word(tok: Token) -> str | None:
    word = tok.lemma_.lower()
    word = PLURALS.get(tok.lower_, word)
    return word if word in PROPERTY_SECTORS else None


def _burnt(trigger: Token) -> list[Token]:
    """What a fire verb burns: "torched [cars]", "[cars] were torched", "set
    fire to [cars]", "set [cars] alight", "[cars] were set alight"."""
    words = mode_words()
    if trigger.lemma_.lower() in words["_fire_verbs"] and trigger.pos_ == "VERB":
        return [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if trigger.lemma_.lower() != SET_VERB:
        return []
    fire = words["_fire_words"]
    comps = [c for c in trigger.children if c.dep_ in FIRE_DEPS]
    if not any(c.lower_ in fire or any(g.lower_ in fire for g in c.children) for c in comps):
        return []
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    to_objects = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"]
    own = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")
           and c.lower_ not in fire]
    # the parser's "set [two minibuses] alight" as a compound of "alight"
    misparsed = [g for c in comps if c.lower_ in fire for g in c.children if g.dep_ == "compound"]
    return to_objects + own + misparsed


def _owner_told(tok: Token) -> bool:
    """"the mayor's house", "the house of the judge", "cars belonging to X"."""
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
               or c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ("belong", "own")
               for c in tok.children)


def _sector(tok: Token, word: str) -> str | None:
    for mod in (c for c in tok.lefts if c.dep_ in ("compound", "amod")):
        if mod.lower_ in OWNER_WORDS:
            return OWNER_WORDS[mod.lower_]
    return PROPERTY_SECTORS[word]


def burned_property(doc: Doc, trigger: Token) -> ActorMention | None:
    """The burnt vehicles, houses or shops of a fire act whose owner is not
    told (see the module docstring), else None."""
    for obj in _burnt(trigger):
        word = _property_word(obj)
        if word is None or _owner_told(obj):
            continue
        from eventwire.stages.actors.home import story_country

        last = max([obj, *obj.conjuncts], key=lambda t: t.i)
        span = doc[obj.left_edge.i:last.i + 1]
        sector = _sector(obj, word)
        return ActorMention(start=span.start_char, end=span.end_char, text=span.text,
                            kind="agent", country=story_country(doc),
                            sectors=[sector] if sector else [], confidence=0.3, rule=RULE)
    return None
