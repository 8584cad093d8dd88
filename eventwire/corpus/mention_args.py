"""The arguments of a *given* event mention (ECB+, MEANTIME), read from one
spaCy parse: who took part, where, and when.

Two reports of the same event name the same participants, place and time
("Tara Reid entered rehab in Malibu" / "Reid checked into a Malibu
facility"); two events of one kind in one topic (two earthquakes, two
arrests) differ by them. Sets of lower-cased content words, so a partial
name ("Reid") still meets the full one ("Tara Reid"):

* ``participants`` — PERSON, ORG, NORP entities of the sentence, and the
  head nouns of the trigger's core dependents (subject, object, agent,
  possessor, the object of a preposition attached to it);
* ``places`` — GPE, LOC, FAC entities of the sentence;
* ``times`` — DATE, TIME entities of the sentence, numbers included ("2008",
  "Tuesday").

Stored events get resolved actors, places and dates from eventwire's own
components instead (:mod:`eventwire.corpus.dedup`); these sets serve the
given-mention setting, where the pipeline runs bare spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

PARTICIPANT_ENTS = frozenset({"PERSON", "ORG", "NORP"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
TIME_ENTS = frozenset({"DATE", "TIME"})
CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "iobj", "agent", "poss",
                       "dative", "attr", "compound", "amod"})
_NOUNS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class Arguments:
    participants: frozenset[str] = field(default_factory=frozenset)
    places: frozenset[str] = field(default_factory=frozenset)
    times: frozenset[str] = field(default_factory=frozenset)
    core: frozenset[str] = field(default_factory=frozenset)


def _words(tokens: Span | list[Token]) -> set[str]:
    return {t.lower_ for t in tokens
            if (t.is_alpha or t.is_digit) and t.lower_ not in STOP_WORDS and len(t) > 1}


def _dependents(head: Token) -> list[Token]:
    """Core dependents of the trigger, through prepositions and agents."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ in CORE_DEPS:
            out.append(child)
        elif child.dep_ in ("prep", "agent"):
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return [t for t in out if t.pos_ in _NOUNS]


def _entity_of(sent: Span, token: Token) -> Span | None:
    return next((e for e in sent.ents if e.start <= token.i < e.end), None)


def arguments(span: Span) -> Arguments:
    """The argument word sets of the mention ``span`` (trigger excluded)."""
    sent, trigger = span.sent, {t.i for t in span}
    sets: dict[str, set[str]] = {"participants": set(), "places": set(), "times": set()}
    for ent in sent.ents:
        if any(t.i in trigger for t in ent):
            continue
        if ent.label_ in PARTICIPANT_ENTS:
            sets["participants"] |= _words(ent)
        elif ent.label_ in PLACE_ENTS:
            sets["places"] |= _words(ent)
        elif ent.label_ in TIME_ENTS:
            sets["times"] |= _words(ent)
    core: set[str] = set()
    for dep in _dependents(span.root):
        if dep.i not in trigger:
            words = _words(_entity_of(sent, dep) or [dep])
            core |= words
            if not dep.ent_type_:
                sets["participants"] |= words
    return Arguments(frozenset(sets["participants"]), frozenset(sets["places"]),
                     frozenset(sets["times"]), frozenset(core))
