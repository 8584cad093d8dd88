"""Modes decided by what the act is done to or accuses of (modes31).

Two classes where the trigger's own cue word names one mode of the table
but its object names another:

* *a vessel held is property seized* (COERCE ``arrest`` → ``seize``):
  "the coast guard detained a cargo ship", "Norway seized another trawler",
  "protested over the detention of the tanker", "the freighter was
  impounded at the port". "Detain" is an arrest cue, but the manual's
  ``arrest`` is taking people into custody; a craft held with no person
  named beside it is held as property, the table's ``seize``. A held crew
  ("detained the tanker's crew", "seized the ship and its sailors") stays
  an arrest; stopping a crewed boat on the move (``custody.py``:
  "intercepted three skiffs") is not a holding verb and stays an arrest.
* *a water cannon turned on a vessel is no crowd control* (ASSAULT
  ``crowd-control`` → no mode): "a coast guard ship fired water cannon at a
  fishing boat", "the patrol vessel used water cannon", "accused the
  cutter of firing water cannon at the supply ship". ``crowd-control`` is
  the manual's weapons against crowds (tear gas, batons, rubber bullets); a
  ship hosing another ship is a harassment at sea the records leave without
  a mode. The vessel must be the one hosing or hosed (the subject, the
  object, or after "at", "on", "against", "from", "by"); a craft named
  in a place or an owner ("protesters near the *yacht* club", "pilots
  outside the *carrier*'s offices", a compound of "ferry terminal") leaves
  a water cannon on a crowd ``crowd-control`` (review52), as does a crowd
  weapon beside it.

A third class (modes32): *entering or searching is no taking* (COERCE
``seize`` → no mode): "police raided the opposition leader's home before
dawn", "security forces stormed the vice-president's residence",
"officers searched his flat and detained him", "a patrol officer pulled the
driver over". The table's ``seize`` is taking property or ground ("seized
computers", "confiscated the ballot boxes", "occupied the port"); a raid
(CAMEO's reading of "raid", "storm", "pull" as seizure, and "raid",
"search" among the cues) that takes nothing in its own clause has no mode
in the records (rec_f, rec_i, rec_m, rec_p, rec_t, rec_w; the guide's
"pulled over" COERCE with mode null). A raid on a broadcaster's office is
``censor`` by its own cue ("raided the television station").

A fourth class (types38): *a vessel driven out is no deportation* (COERCE
``deport`` → no mode): "the coast guard expelled two fishing boats from the
shoal", "the expulsion of the trawlers". ``deport`` is removing persons
from a country; a craft driven out of claimed waters is the guide's COERCE
with mode null ("driving a boat out of claimed waters"). Boats and their
crews named together ("expelled the boat and its fishermen") keep the
deportation.

The words are data in ``modes.yaml`` (``_holding_words``, ``_craft`` and
``_held_craft``, ``_entry_words``, the ``crowd-control`` and ``seize``
cues).

An accusation of not acting ("accused the ministry of failing to warn
residents") was ``disapprove`` here from modes31 to relabel49; the guide now
makes every ACCUSE on an accusing verb ``allege`` (docs/annotation.md, "Mode
decisions across the record sets"), so the verb's cue stands.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from eventwire.nlp.spans import first_conjunct
from eventwire.stages.events.mode_context import is_person, objects_of, own_clause
from eventwire.stages.events.mode_words import (
    crewed_craft,
    cue_phrase,
    held_craft,
    mode_data,
    mode_words,
    person_nouns,
)


def _held(trigger: Span) -> list[Token]:
    """The object heads and their conjuncts; for a participle, the noun it
    modifies ("a tanker *detained* last week"); for a noun trigger, its
    compound ("the *trawler* seizure")."""
    root = trigger.root
    found = objects_of(trigger)
    if root.dep_ == "acl" and root.tag_ == "VBN":
        found.append(root.head)
    if root.pos_ == "NOUN":
        found += [c for c in root.children if c.dep_ == "compound"]
    found = [_vessel_kind(t) for t in found + _shared_object(root, found)]
    return found + [c for tok in found for c in tok.conjuncts]


def _craft_word(tok: Token) -> bool:
    return tok.lemma_.lower() in held_craft() or tok.lower_ in held_craft()


def _vessel_kind(tok: Token) -> Token:
    """A vessel's name stands for its kind ("the trawler Kapitan Sorokin",
    "the Marisol, a fishing boat"): the craft noun modifying the name or in
    apposition to it, else the token itself (the parser may read the name
    as a person's)."""
    if tok.pos_ != "PROPN":
        return tok
    return next((c for c in tok.children if c.dep_ in ("compound", "appos", "amod")
                 and _craft_word(c)), tok)


def _shared_object(root: Token, found: list[Token]) -> list[Token]:
    """Class *a vessel named by its name or a pronoun* (modes59): "it" held
    by a verb coordinated with one that names the craft ("boarded the
    trawler and detained it") is that verb's object; a vessel's name keeps
    its kind (the compound or apposition read by ``_held``: "detained the
    trawler Kapitan Sorokin", "the Marisol, a fishing boat")."""
    if not any(t.lower_ == "it" for t in found) or root.dep_ != "conj":
        return []
    return [c for c in root.head.children if c.dep_ in ("dobj", "nsubjpass")]


def holds_craft(trigger: Span) -> bool:
    """Does a holding trigger hold a vessel and no person?"""
    words = mode_words()
    if trigger.root.lemma_.lower() not in words["_holding_words"]:
        return False
    heads = _held(trigger)
    nouns = person_nouns()
    return any(_craft_word(t) for t in heads) and not any(is_person(t, nouns) for t in heads)


def expels_craft(trigger: Span) -> bool:
    """Is the trigger an expulsion (``_expelling_words``) of a vessel and of
    no person?"""
    if trigger.root.lemma_.lower() not in mode_words()["_expelling_words"]:
        return False
    heads = _held(trigger)
    craft, nouns = held_craft() | crewed_craft(), person_nouns()
    return any(t.lemma_.lower() in craft for t in heads) and \
        not any(is_person(t, nouns) for t in heads)


@lru_cache(maxsize=1)
def _crowd_words() -> frozenset[str]:
    """The last words of the other crowd-control cues ("tear *gas*", "*baton*")."""
    cues = mode_data()["ASSAULT"]["crowd-control"]
    return frozenset(str(c).lower().split()[-1] for c in cues if str(c).lower() != "water cannon")


# prepositions whose object is the one hosed or hosing ("fired at the boat",
# "turned on the trawler", "from a coast guard vessel", "hit by the cutter")
HOSING_PREPS = {"at", "on", "upon", "against", "toward", "towards", "from", "by"}


def _party_craft(tok: Token, craft: frozenset[str]) -> bool:
    """A vessel noun that is a party of the act: the subject, the object, or
    the object of a hosing preposition (or a conjunct of one), not a
    compound or owner ("the *ferry* terminal", "the *carrier*'s offices")."""
    if tok.lemma_.lower() not in craft:
        return False
    role = first_conjunct(tok)
    if role.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return True
    return role.dep_ == "pobj" and role.head.lower_ in HOSING_PREPS


def hoses_a_vessel(trigger: Span) -> bool:
    """Is the crowd weapon of the own clause a water cannon alone, with a
    vessel of the clause the one firing or the one hit?"""
    clause = own_clause(trigger)
    lemmas = [t.lemma_.lower() for t in clause]
    cannon = any(a == "water" and b == "cannon"
                 for a, b in zip(lemmas, lemmas[1:], strict=False))
    craft = held_craft()
    return cannon and _crowd_words().isdisjoint(lemmas) and \
        any(_party_craft(t, craft) for t in clause)


@lru_cache(maxsize=1)
def _taking_cues() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The COERCE ``seize`` cues that are no entry word: (single words,
    multi-word phrases)."""
    entry = mode_words()["_entry_words"]
    phrases = [cue_phrase(str(c)) for c in mode_data()["COERCE"]["seize"]]
    return (frozenset(p[0] for p in phrases if len(p) == 1 and p[0] not in entry),
            tuple(p for p in phrases if len(p) > 1))


def _names_taking(clause: list[Token]) -> bool:
    singles, multis = _taking_cues()
    words = [(t.lemma_.lower(), t.lower_) for t in clause]
    if any(not singles.isdisjoint(w) for w in words):
        return True
    return any(all(p[k] in words[i + k] for k in range(len(p)))
               for p in multis for i in range(len(words) - len(p) + 1))


def enters_without_taking(trigger: Span) -> bool:
    """Is the trigger an entry, search or stop (``_entry_words``) whose own
    clause names no taking?"""
    if trigger.root.lemma_.lower() not in mode_words()["_entry_words"]:
        return False
    return not _names_taking(own_clause(trigger))


def object_mode(kind: str, trigger: Span, mode: str | None) -> str | None:
    """The four classes of the module docstring; any other mode unchanged."""
    if kind == "COERCE" and mode in ("arrest", "seize", None) and holds_craft(trigger):
        return "seize"
    if kind == "COERCE" and mode == "seize" and enters_without_taking(trigger):
        return None
    if kind == "COERCE" and mode == "deport" and expels_craft(trigger):
        return None
    if kind == "ASSAULT" and mode == "crowd-control" and hoses_a_vessel(trigger):
        return None
    return mode
