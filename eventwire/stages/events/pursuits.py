"""A force chasing people or their craft (issue #12, branch events51).

Class *verbs and nouns of pursuit*: police, troops or a warship going after
someone who flees -- "deputies chased him at speeds of more than 100 mph",
"the warship chased them down", "troops pursued the attackers to the
border", "led officers on a high-speed chase", "touching off a 30-mile
pursuit". The records label the pursuit as COERCE (mode none): the guide's
force short of violence on a person ("What is an event"), told in police
and piracy copy. The census of m69's real-text misses (docs/BENCHMARKS.md
"events51") found "chase" the largest verb no entry starts from after the
court words (11 real gold events in 6 sets and 5 stories: a riot, a piracy
patrol, a workplace shooting, a hit-and-run, a deputy's killing; 8 more in
own texts), and neither "chase" nor "pursue" alone is a verb of the
lexicon.

Read only when the one chased is a person, a group or a craft
(``custody_holds.is_person``, a personal pronoun, ``pursued_craft``), the
verb is the clause's own act (not the content of a vow, a call or a power:
"vowed to pursue the attackers" is the vow's THREATEN, "tools to pursue the
cartels", "urged states to pursue these criminals"), and, for the noun, a
police pursuit (a modifier such as "high-speed", "police", "30-mile", or
led, given, begun or ended). Not a goal pursued ("pursued the story",
"pursuing an expansion plan", "pursue political reform", "the pursuit of
justice", "in pursuit of peace"), nor "hot pursuit" as a power granted, nor
a runner's "pursuing group". Word lists: ``eventwire/data/events/detection.yaml``
(``pursuit_verbs``, ``pursuit_nouns``, ``pursued_craft``, ``chase_modifiers``,
``chase_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.custody_holds import is_person
from eventwire.stages.events.detection_words import listed as _in
from eventwire.stages.events.mention_lookup import prep_objects

AFTER = frozenset({"after"})  # "chased after the van"
PURSUED_PRONOUNS = {"him", "her", "them", "he", "she", "they", "who", "whom"}


def pursuit_verb(tok: Token) -> bool:
    """"police chased the car", "the boats were chased", "chased after the
    van": a finite or participial pursuit of someone fleeing."""
    if tok.pos_ != "VERB" or not _in(tok, "pursuit_verbs") or tok.dep_ == "amod":
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False  # "vowed to pursue", "tools to pursue": another act's content
    chased = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    chased += prep_objects(tok, AFTER)
    return any(_fleeing(c) for c in chased)


def _fleeing(tok: Token) -> bool:
    """Someone who can be chased: a person, a group, a pronoun, a craft."""
    return tok.lower_ in PURSUED_PRONOUNS or is_person(tok) or _in(tok, "pursued_craft")


def pursuit_noun(tok: Token) -> bool:
    """"a high-speed chase", "a 30-mile pursuit", "led officers on a chase":
    a police pursuit named by its noun."""
    if tok.pos_ != "NOUN" or not _in(tok, "pursuit_nouns"):
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "nummod")]
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or \
            any(c.lower_ == "hot" for c in mods):
        return False  # "the pursuit of justice", "hot pursuit" (a power granted)
    if any(_in(m, "chase_modifiers") or any(_in(g, "chase_modifiers") for g in m.children)
           for m in mods):
        return True
    host = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("dobj", "pobj") and _in(host, "chase_verbs")
