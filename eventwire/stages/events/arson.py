"""Class *setting property on fire*: ASSAULT ``destroy``.

Arson is an attack on a thing, not a weapon used on people: the later
annotation batches label "set fire to government buildings", "setting fire
to houses", "set the plane on fire", "set the trucks alight" and "an arson
attack" ASSAULT ``destroy`` (annotation guide: "setting the plane on fire
ASSAULT `destroy`", "an arson attack ... is ASSAULT `destroy`"). The cue
list still hears "set fire" as a thrown or swung weapon (``primitive``,
right for "torched churches" and "hurled bricks"), so this class overrides
that reading when the act is a fire set to property: the verb "set" with a
fire word among its complements ("set *fire* to", "set X *on fire*", "set X
*alight*"), or the noun "arson" as the act or its modifier. Setting fire to
people ("set him on fire") is no destruction of property and keeps its mode.
Words are data (``_fire_words``, ``_arson_nouns``, ``_fire_verbs`` in
``modes.yaml``).

relabel60 (a) (docs/annotation.md) extends the class to the verbs that name
the fire themselves ("torched the police station", "shops were torched",
"burned more than 80 homes", "burning villages"): ASSAULT ``destroy``,
whoever does it, unless the burnt are people ("burned 46 women to death",
"burned them alive": no destruction of property) or the act's own clause
names an incendiary bomb ("torched the bank with petrol bombs"), which
stays ``explosives`` (:func:`fire_mode`).

modes57 adds two ways news tells the same arson without "set fire to":

* **the fire as the thing set** -- "set" whose passive subject is a fire
  noun, or whose relative clause hangs on one (``_fire_nouns``): "the fire
  was set at the entrance of the church", "a blaze that was deliberately
  set on Friday", "investigators believe the flames were set inside";
* **an arsonist as the doer** -- the act's agent ("by an arsonist") or
  subject is an arson noun: "the chapel may have been set by an arsonist",
  "the mosque was attacked by arsonists overnight", "an arsonist attacked
  the warehouse". A person as what was set or attacked ("a guard was
  attacked by an arsonist") is no destruction of property.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.stages.events.mode_context import is_person, objects_of
from eventwire.stages.events.mode_cues import cued_modes, own_clause_words
from eventwire.stages.events.mode_words import mode_words

SET_VERB = "set"
# complements of "set" that can carry the fire word: "set [fire] to",
# "set it [on] [fire]", "set the trucks [alight]"
FIRE_DEPS = {"dobj", "prep", "pobj", "advmod", "acomp", "oprd", "xcomp", "ccomp", "prt",
             "dative", "npadvmod", "amod"}


# a burning that kills people: "burned 46 women *to death*", "burned *alive*"
DEATH_WORDS = {"death", "alive"}


def _lists() -> tuple[frozenset[str], frozenset[str]]:
    words = mode_words()
    return words["_fire_words"], words["_arson_nouns"]


def _burns_to_death(root: Token) -> bool:
    """"burned them *alive*", "burned *to death*": the fire kills people."""
    return any(t.lower_ in DEATH_WORDS for c in root.children
               for t in (c, *c.children) if c.dep_ in ("prep", "advmod", "acomp", "oprd",
                                                      "xcomp", "advcl", "npadvmod"))


def _fire_verb_on_property(trigger: Span, person_nouns: frozenset[str]) -> bool:
    """A fire verb ("torch", "burn") whose burnt thing is no person."""
    root = trigger.root
    if root.lemma_.lower() not in mode_words()["_fire_verbs"] or root.pos_ != "VERB":
        return False
    if _burns_to_death(root):
        return False
    return not any(is_person(o, person_nouns) for o in objects_of(trigger))


def _fire_complement(verb: Token, fire: frozenset[str]) -> bool:
    """A fire word two steps down at most ("set [fire]", "set X [on] [fire]")."""
    for child in verb.children:
        if child.dep_ not in FIRE_DEPS:
            continue
        if child.lower_ in fire or child.lemma_.lower() in fire:
            return True
        if any(g.dep_ == "pobj" and (g.lower_ in fire or g.lemma_.lower() in fire)
               for g in child.children):
            return True
    return False


def _fire_targets(verb: Token) -> list[Token]:
    """What "set fire *to*" names: the object of "to" under the verb or
    under its "fire" object ("set fire [to the house]")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children if g.dep_ == "pobj"]


def _burns_people(trigger: Span, person_nouns: frozenset[str]) -> bool:
    """"set *him* on fire", "set fire to *two men*": the fire is set to a
    person."""
    targets = objects_of(trigger) + _fire_targets(trigger.root)
    return any(is_person(o, person_nouns) for o in targets)


def _named(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


def _fire_is_set(verb: Token) -> bool:
    """"the *fire* was set", "a *blaze* that was deliberately set": the fire
    noun is the passive subject of "set" or the head of its relative clause;
    not a phrasal "set off" / "set up" ("the fire alarm was set off")."""
    fires = mode_words()["_fire_nouns"]
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    if verb.dep_ == "relcl" and _named(verb.head, fires):
        return True
    return any(c.dep_ == "nsubjpass" and _named(c, fires) for c in verb.children)


def _arsonist_doer(verb: Token, arson: frozenset[str]) -> bool:
    """"set *by an arsonist*", "*arsonists* attacked the depot": the act's
    agent or subject is an arson noun."""
    for child in verb.children:
        if child.dep_ == "nsubj" and _named(child, arson):
            return True
        if child.dep_ == "agent" and any(g.dep_ == "pobj" and _named(g, arson)
                                         for g in child.children):
            return True
    return False


def sets_property_on_fire(trigger: Span, person_nouns: frozenset[str]) -> bool:
    """Is the ASSAULT a fire set to property (an arson)?"""
    fire, arson = _lists()
    root = trigger.root
    lemma = root.lemma_.lower()
    if lemma in arson or root.lower_ in arson:
        return True
    if any(c.dep_ in ("compound", "amod") and c.lower_ in arson for c in root.children):
        return True  # "an *arson* attack"
    if _fire_verb_on_property(trigger, person_nouns):
        return True
    if root.pos_ == "VERB" and _arsonist_doer(root, arson):
        return not _burns_people(trigger, person_nouns)  # modes57
    if lemma != SET_VERB or root.pos_ != "VERB":
        return False
    if _fire_is_set(root):
        return True  # modes57: "the fire was set"
    return _fire_complement(root, fire) and not _burns_people(trigger, person_nouns)


def fire_mode(trigger: Span) -> str:
    """The mode of a fire set to property: ``explosives`` when its own clause
    names an incendiary bomb (relabel60 (a): the bomb named wins), else
    ``destroy``."""
    named = set(cued_modes("ASSAULT", own_clause_words(trigger)))
    return "explosives" if "explosives" in named else "destroy"
