"""Inquiries that are no PLOVER act (issue #12, branch events28).

An investigation is ACCUSE ``investigate`` when it looks into people or a
deed ("prosecutors are investigating the mayor", "an investigation into the
shooting"). Three classes of the word are fact-finding with no one accused,
found among the false events of the real outlets' health and crime copy
(word lists in ``eventwire/data/events/inquiries.yaml``):

* **a natural or medical matter** — what is investigated is a germ, a
  sickness, a hazard or a natural object: "scientists went to investigate
  the crater", "is investigating whether the new strain of the virus
  spreads to people", "an inquiry is under way to find the source of the
  contaminated water", "six more cases were being investigated" (in an
  outbreak story, the cases are patients);
* **an investigation only needed** — "more investigation is needed",
  "the wells were closed pending further investigation", "staff were taken
  away for additional investigation" (not one opened: "prosecutors opened a
  further investigation into the mayor");
* **the source of a finding** — the inquiry is only where a result comes
  from: "preliminary investigations have shown that the milk was
  tainted", "an initial investigation of the site revealed that ...",
  "the probe found that the brakes had failed".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from eventwire.datafiles import natural_hazards, word_list_loader
from eventwire.nlp.spans import first_conjunct
from eventwire.paths import DATA_DIR
from eventwire.stages.events.health_measures import outbreak_story

WORDS = DATA_DIR / "events" / "inquiries.yaml"
# the complements that name what an inquiry looks into
PURPOSE_DEPS = {"xcomp", "advcl", "acl", "relcl"}
# a noun inquiry in one of these roles takes its clause's purpose as its own
NOUN_ROLES = {"nsubj", "nsubjpass", "dobj"}
MATTER_PREPS = {"into", "of", "on"}


words = word_list_loader(WORDS)


def is_inquiry_word(tok: Token) -> bool:
    """A cheap test before the classes: the form or lemma is an inquiry word."""
    inquiry = words()["inquiry_words"]
    return tok.lower_ in inquiry or tok.lemma_.lower() in inquiry


def no_inquiry_act(tok: Token) -> bool:
    """``tok`` (an inquiry word) names fact-finding, not an ACCUSE act: one of
    the three classes of the module docstring."""
    if not is_inquiry_word(tok):
        return False
    return _needed_only(tok) or _finding_source(tok) or _natural_matter(tok)


def _needed_only(tok: Token) -> bool:
    """A noun inquiry by degree ("more", "further") that is only needed: the
    subject of a need verb ("further investigation is required"), or under
    "pending"/"for" ("pending further investigation", which the parser may
    hang on the noun). One opened or conducted ("opened a further
    investigation into the mayor") is an inquiry made (review40)."""
    w = words()
    if tok.pos_ not in ("NOUN", "PROPN") or not any(
            c.dep_ == "amod" and c.lower_ in w["need_degrees"] for c in tok.children):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in w["need_verbs"]:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in w["need_preps"]:
        return True
    return any(c.dep_ in ("amod", "prep") and c.lower_ in w["need_preps"] for c in tok.children)


def _finding_source(tok: Token) -> bool:
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and \
        tok.head.lemma_.lower() in words()["finding_verbs"]


def _infinitival(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def _clauses(tok: Token) -> Iterator[Token]:
    """The clauses that say what the inquiry looks into: a whether-/wh-
    clause ("investigating whether ...") or a purpose ("to determine ...");
    for a noun that is its clause's subject, that clause's purpose ("an
    inquiry is under way to find the source")."""
    for child in tok.children:
        if child.dep_ == "ccomp" or child.dep_ in PURPOSE_DEPS and _infinitival(child):
            yield child
    first = first_conjunct(tok)  # "doing field and laboratory investigation to determine ..."
    if tok.pos_ in ("NOUN", "PROPN") and first.dep_ in NOUN_ROLES:
        yield from (c for c in first.head.children
                    if c.dep_ in PURPOSE_DEPS and _infinitival(c))


def _phrases(tok: Token) -> Iterator[Token]:
    """The noun phrases that say what the inquiry looks into: the verb's
    object or passive subject, the noun's into-/of-/on-phrase."""
    for child in tok.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            yield child
        elif child.dep_ == "prep" and child.lower_ in MATTER_PREPS:
            yield from (g for g in child.children if g.dep_ == "pobj")


def _core(tok: Token) -> Iterator[Token]:
    """A noun phrase's head, its modifiers and its of-phrases ("the source
    of the contaminated water"), not its other adjuncts ("deaths during the
    floods" is about the deaths)."""
    yield tok
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "nmod", "conj", "poss"):
            yield from _core(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            for g in child.children:
                if g.dep_ == "pobj":
                    yield from _core(g)


def _natural(tok: Token) -> bool:
    natural = words()["natural_matters"] | natural_hazards()
    if tok.lower_ in natural or tok.lemma_.lower() in natural:
        return True
    # "six more cases were being investigated" in an outbreak story: patients
    return tok.lemma_.lower() in words()["outbreak_cases"] and outbreak_story(tok.doc)


def _natural_matter(tok: Token) -> bool:
    return any(_natural(t) for phrase in _phrases(tok) for t in _core(phrase)) or \
        any(_natural(t) for clause in _clauses(tok) for t in clause.subtree)
