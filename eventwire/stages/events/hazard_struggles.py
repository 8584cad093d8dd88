"""A struggle against a hazard is no act on anyone (issue #12, branch
events33).

The lexicon reads "fight", "battle", "combat", "curb", "tackle" as force
(ASSAULT, COERCE) and "help" as aid. Health, fire and local copy uses them
for work against a disease, a fire or a pest, where no party is acted on:

* the object is a disease, a natural hazard, a fire or a pest (or a word
  compounded into it): "firefighters battled the blaze for six hours",
  "the clinic is fighting a measles outbreak", "the council sprayed the
  marshes to combat mosquito populations", "crews contained the wildfire";
* the object is the spread or the transmission *of* such a thing, or "its
  spread": "schools closed in an effort to curb the spread of the virus",
  "efforts to curb its spread";
* "help" whose clause is such a struggle: "donors pledged funds to help
  fight the flu", "doctors flew in to help control the outbreak";
* the noun "fight", "battle", "struggle" against such a thing: "the fight
  against malaria", "a battle against the flames".

A party as the object keeps the act ("police fought the rioters", "troops
battled the rebels", "curb the militias' spread"), a hazard compounded
into a noun of people included ("police battled AIDS activists", "soldiers
fought cholera protesters", "troops tackled flood victims"); so do "halt" and
"stop", which take fire in the sense of shooting ("halted fire for six
hours"). Word lists: ``eventwire/data/events/hazard_struggles.yaml``
beside the natural hazards (``natural_hazards.yaml``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import natural_hazards, word_list_loader, word_list_of
from eventwire.paths import DATA_DIR
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.mention_lookup import prep_objects
from eventwire.stages.events.mode_words import person_nouns

WORDS = DATA_DIR / "events" / "hazard_struggles.yaml"
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
OF, AGAINST = frozenset({"of"}), frozenset({"against"})

words = word_list_loader(WORDS)
# read from the file, not figurative_senses.py, which imports this module
illness_nouns = word_list_of(DATA_DIR / "events" / "figurative_senses.yaml", "illness_nouns")


@lru_cache(maxsize=1)
def hazard_words() -> frozenset[str]:
    """This file's hazards, the natural hazards and the illnesses of
    ``figurative_senses.yaml`` (one list each, review60)."""
    return words()["hazard_nouns"] | natural_hazards() | illness_nouns()


def _hazard_word(noun: Token) -> bool:
    hazards = hazard_words()
    return noun.lower_ in hazards or _lemma(noun) in hazards


def _people(noun: Token) -> bool:
    """A noun naming people: a hazard compounded into it names whom it
    touched or what they campaign on, and they are a party ("AIDS
    activists", "flood victims", "cholera protesters"; review60)."""
    return noun.lower_ in person_nouns() or _lemma(noun) in person_nouns()


def is_hazard(noun: Token) -> bool:
    """A hazard, by the noun or a word compounded into it ("mosquito
    populations", "bird flu"), or the spread of one ("the spread of the
    virus", "its spread")."""
    if _hazard_word(noun):
        return True
    if not _people(noun) and any(_hazard_word(c) for c in noun.children
                                 if c.dep_ == "compound"):
        return True
    if _lemma(noun) not in words()["spread_nouns"]:
        return False
    its = any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children)
    return its or any(is_hazard(g) for g in prep_objects(noun, OF))


def _struggle_verb(tok: Token) -> bool:
    """The word test first, the objects (a Token per child) only for a
    struggle verb (speed48: ~6.4k Tokens per 200 articles before)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in words()["struggle_verbs"]:
        return False
    objects = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    return bool(objects) and all(is_hazard(o) for o in objects)


def is_hazard_struggle(tok: Token) -> bool:
    """A struggle verb or noun against a hazard, or "help" doing one."""
    lemma = _lemma(tok)
    if tok.pos_ == "NOUN":
        if lemma not in words()["struggle_nouns"]:
            return False
        against = prep_objects(tok, AGAINST)
        return bool(against) and all(is_hazard(g) for g in against)
    if lemma in words()["help_verbs"]:
        return any(c.dep_ in ("xcomp", "ccomp") and _struggle_verb(c) for c in tok.children)
    return _struggle_verb(tok)
