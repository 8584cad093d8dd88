"""Class *a person named by a common noun is what a subject "he"/"she"
stands for*. Coreference gave a person pronoun only a named person or a
role noun of office as antecedent, so in crime and accident reports ("A
gunman opened fire in the mall. He then fled"; "a woman was escorted from
the plant; she returned with a pistol") the doer "he"/"she" had no one and
the event no actor. An agent mention whose last word is a singular person
noun (``data/actors/person_nouns.yaml``) now fits a *subject* "he"/"she"
only: recips18 measured the same nouns for every person pronoun and lost
recipients ("arrest him" bound to the nearer officer or judge), and the
object pronouns are the recipient side.

Word lists (lists19): this YAML is the one source of *singular nouns for one
human being*. ``events.modes.person_nouns`` (a human object makes seizing an
arrest and attacking a beating) is a wider class, nouns for people in any
number, and derives from it by union with its own plurals, collectives and
office words (``_person_nouns`` in ``data/events/modes.yaml``). Two lists
look alike but mean other classes and stay apart: ``geo.context.LOCAL_MODIFIED``
(nouns a town name modifies as a local, "a Salem man", "Columbia police":
people and places of a town, never "a Chelsea player" or "a Columbia
student", which name a club or a university) and ``person_nouns`` in
``data/cues.yaml`` (subjects that make "should" advice, bodies included).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.models import ActorMention
from eventwire.paths import DATA_DIR

PERSON_NOUNS_PATH = DATA_DIR / "actors" / "person_nouns.yaml"
SUBJECT_PRONOUNS = frozenset({"he", "she"})


_lists = word_list_loader(PERSON_NOUNS_PATH, ("nouns", "kin"))


def kin_nouns() -> frozenset[str]:
    """The singular kin nouns ("mother", "husband"), also private speakers
    of a directive (``events.directives``)."""
    return _lists()["kin"]


@lru_cache(maxsize=1)
def singular_person_nouns() -> frozenset[str]:
    """The singular person nouns (``data/actors/person_nouns.yaml``), kin included."""
    return _lists()["nouns"] | kin_nouns()


def is_person_noun(m: ActorMention) -> bool:
    """An ``agent`` mention ending in a singular person noun ("a gunman",
    "the 37-year-old woman"), not a body ("the coast guard").

    Not ``coref_index.is_person`` (names and speakers) nor the event rules' token
    predicates: singular nouns only, because it picks the antecedent of a
    singular "he"/"she"; plural people ("men", "nationals") are left to
    ``mode_context.is_person``, which judges a patient."""
    words = m.text.lower().split()
    return m.kind == "agent" and bool(words) and words[-1] in singular_person_nouns()


def subject_person_pronoun(tok: Token) -> bool:
    """A personal "he"/"she" that is a clause subject (not "him", "his")."""
    return tok.lower_ in SUBJECT_PRONOUNS and tok.tag_ == "PRP" and \
        tok.dep_ in ("nsubj", "nsubjpass")
