"""Places that a relative clause hangs on (place24, docs/BENCHMARKS.md "place24").

Split from ``place_scope.py`` (which keeps the flag in ``VARIANTS``): a
relative clause opened by "where" tells what happened at its antecedent,
a construction the event-place rules read as another verb's object or a
transfer's destination.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.typing_classes import typing_classes
from eventwire.stages.geo.conjuncts import chain_root
from eventwire.stages.geo.place_scope import NATION_PRECISIONS, OWNER_HOPS, VARIANTS


def where_clause(place: Token, trigger: Token, precision: str) -> bool:
    """Class *an act told in a "where" clause* (place24): a relative clause
    opened by "where" says what happened at the place it hangs on ("drove
    to Hebron, where he stabbed a guard", "reached Kismayo, where gunmen
    ambushed the soldiers", "marched to the Ruiru area, where they torched
    two cars", "outside Lyon's city hall, where police arrested 12"), also
    for the later verbs of one subject in that clause ("where he tied up
    the guards and took their guns"). The clause's own place still comes
    first (a trigger locative ranks higher). The place is the antecedent,
    or names it ("the Ruiru area", "Lyon's city hall"). Without this the
    place was rejected as the destination of a transfer ("took their
    weapons" has an object, and "to" was read as its destination) or as
    another verb's object. Not a country ("flown to Nigeria, where he
    faces charges", "the crisis in Madagascar, where ..."): a country is a
    setting, and the sentence rule already reads it. ``place`` is the
    place name's root token."""
    if not VARIANTS["where_clause"] or precision in NATION_PRECISIONS:
        return False
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else _verb_above(trigger)
    if clause is not None:
        clause = chain_root(clause)  # "where he tied up the guards and took their guns"
    if clause is None or clause.dep_ != "relcl" or not any(
            c.dep_ == "advmod" and c.lower_ == "where" for c in clause.children):
        return False
    return _names_antecedent(place, clause.head)


def _verb_above(tok: Token) -> Token | None:
    """The verb an event noun hangs on ("where a riot broke out" → "broke",
    "where 10,000 gathered for a demonstration" → "gathered"), as a light
    verb's object too ("where they carried out an attack"); not as another
    act's object ("where he condemned the bombing": the bombing is talked
    about there, not done there)."""
    cur = tok
    for _ in range(OWNER_HOPS):
        if cur.head == cur:
            return None
        verb = cur.head
        if verb.pos_ in ("VERB", "AUX"):
            if cur.dep_ == "dobj" and verb.lemma_.lower() not in typing_classes().light_verbs:
                return None
            return verb
        cur = verb
    return None


def _names_antecedent(place: Token, antecedent: Token) -> bool:
    """The place is the relative clause's antecedent, a name inside it
    ("Baytown, Texas", "the Gwinnett County"), or a town naming it ("the
    Ruiru area", "Lyon's city hall")."""
    cur = place
    for _ in range(OWNER_HOPS):
        if cur == antecedent:
            return True
        if cur.head == cur or not (cur.dep_ in ("appos", "compound", "poss", "amod", "nmod")
                                   or (cur.dep_ == "pobj" and cur.head.lower_ == "of")
                                   or (cur.dep_ == "prep" and cur.lower_ == "of")):
            return False
        cur = cur.head
    return cur == antecedent
