"""Class *the victim told as the subject of a verb of suffering* (recip52):
an act of violence named by its noun in an in / during / after / by phrase
of a verb of dying, burning or being harmed has that verb's subject as its
recipient:

* "three bank workers died in a petrol bomb attack",
* "two other buildings caught fire in firebomb attacks",
* "a deputy died after a shooting on Friday",
* "the church was badly damaged by arson",
* "two brothers died during police raids", "five guards killed in an ambush".

Why: a noun trigger's recipient is read from its own on / against / of
phrase ("an attack on the bank"); told this way the victim stands outside
the noun's phrase, as the clause's subject, and ``not_the_doer.undergone``
only kept that subject from being taken as the doer. docs/annotation.md:
the victim of violence is its recipient ("A ship under attack is the
recipient"; "People and organisations are always the recipient").

Not: a mutual act ("soldiers were killed in clashes with protesters",
"died in fighting", "injured in a shootout": the record takes either side,
the counterpart when the text names it), a gathering ("killed during the
protests"), a noun with a target of its own ("died in an attack on Douma"),
and a definite re-mention ("one victim died in the Monday morning attack",
"13 soldiers were killed in the attacks"): an act told before, whose
parties its first telling carries (the development records leave every such
re-mention's recipient empty).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.stages.events.mention_lookup import child, pobj
from eventwire.stages.events.participants import actor_mention
from eventwire.stages.events.passives import RELATIVE, resolve_relative
from eventwire.stages.events.verb_roles import NOUN_RECIPIENT_PREPS

# one-sided acts of violence: someone does them to someone
VIOLENCE_NOUNS = frozenset({
    "attack", "shooting", "bombing", "firebombing", "arson", "raid", "ambush", "stabbing",
    "airstrike", "shelling", "assault", "massacre", "bombardment", "onslaught",
    "gunfire", "rampage", "killing", "beating", "lynching", "hijacking"})
# verbs whose subject suffers the act: "died in", "caught fire in", "burned in"
SUFFER_VERBS = frozenset({"die", "perish", "drown", "burn", "catch", "succumb"})
# verbs of harm read as passives: "were killed in", "was damaged by"
HARM_VERBS = frozenset({"kill", "injure", "wound", "hurt", "maim", "shoot", "stab",
                        "damage", "destroy", "burn", "gut", "raze", "hit", "murder",
                        "gutte"})  # the tagger's lemma of "gutted"
SUFFER_PREPS = frozenset({"in", "during", "after", "by"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# a target of the noun's own: "an attack on Douma"
OWN_TARGET_PREPS = {"on", "against", "of", "targeting"}
SUBJECT_POS = ("NOUN", "PROPN", "PRON")  # a bare count ("1 wounded in shooting") names no party
# "attacks on the margins of the protests": a place idiom, not the act's target
MARGIN_NOUNS = frozenset({"margin", "margins", "sideline", "sidelines", "fringe", "fringes",
                          "edge", "edges", "outskirts"})


def margin_phrase(tok: Token) -> bool:
    """"on the margins / sidelines / fringes of X": where, not whom."""
    return tok.lower_ in MARGIN_NOUNS and child(tok, {"prep"}) is not None


def _told_before(noun: Token) -> bool:
    """A definite re-mention ("the attack", "that raid") or a possessor's act."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE
               for c in noun.children)


def _sufferer(verb: Token) -> Token | None:
    """The one a verb of suffering or a passive of harm says is hurt."""
    lemma = verb.lemma_.lower()
    if lemma == "catch" and not any(c.lower_ == "fire" for c in verb.children):
        return None
    passive = child(verb, {"nsubjpass"})
    if lemma in HARM_VERBS and verb.tag_ in ("VBN", "VBD"):
        if passive is not None:
            return passive
        if child(verb, {"dobj"}) is not None:
            return None
        if verb.dep_ == "acl":
            return verb.head  # "five guards killed in an ambush"
        # a headline's passive read as an active with no object ("Nine
        # pilgrims killed in shooting"); "have" marks a true active
        return None if child(verb, {"aux"}) is not None else child(verb, {"nsubj"})
    if lemma in SUFFER_VERBS and passive is None:
        return child(verb, {"nsubj"})
    return None


def suffered_by(noun: Token) -> Token | None:
    """The victim of an act of violence told as the subject of a verb of
    suffering around the act's noun, or None."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in VIOLENCE_NOUNS:
        return None
    prep = noun.head
    if prep.lower_ not in SUFFER_PREPS or prep.dep_ not in ("prep", "agent"):
        return None
    verb = prep.head
    own = pobj(noun, OWN_TARGET_PREPS | NOUN_RECIPIENT_PREPS)
    if verb.pos_ not in ("VERB", "AUX") or _told_before(noun) or \
            own is not None and not margin_phrase(own):
        return None
    victim = _sufferer(verb)
    if victim is None or victim.pos_ not in SUBJECT_POS:
        return None
    return resolve_relative(victim) if victim.lower_ in RELATIVE else victim


def _inside(found: ActorMention, victim: Token) -> bool:
    """The mention lies in the victim's own phrase ("two Azerbaijani
    brothers": the demonym; "Palin's home church": the owner)."""
    last = victim.right_edge
    return victim.left_edge.idx <= found.start and found.end <= last.idx + len(last.text)


def suffered_party(doc: Doc, noun: Token, nominal: bool,
                   actor: ActorMention | None) -> ActorMention | None:
    """The victim's mention as the act's recipient, over the ranker (a
    bare "wardens" or "buildings" is no option it fills); None when the
    noun is not in the class or the victim is the act's own actor."""
    if not nominal or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    victim = suffered_by(noun)
    found = actor_mention(doc, victim) if victim is not None else None
    if found is None or victim is None or not _inside(found, victim):
        return None  # a mention elsewhere ("a monument to workers killed ...")
    if actor is not None and found.start < actor.end and actor.start < found.end:
        return None
    return found
