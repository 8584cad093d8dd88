"""Certainty classes carried by nouns and adjectives rather than by verbs
(issue #12, branch ``certainty``): the rules of ``factuality_for_token`` read
modal verbs and the verbs above a trigger, so an event *noun* under a hedge
kept CERTAIN. Each function names the linguistic class it covers; the words
come from ``data/cues.yaml``.

- modal adjective on an event noun: "a possible merger", "a potential sale",
  "the rumoured takeover" → POSSIBLE; "the expected rise", "the anticipated
  slowdown", "projected growth" → PROBABLE (``modal_adjectives``). "planned"
  is left alone: MEANTIME marks announced plans CERTAIN;
- event noun that is the content of a hedge noun: "fears of a recession",
  "talk of job cuts", "the risk of a strike", "hopes for a deal" → POSSIBLE;
  "expectations of a rate cut", "forecasts of growth" → PROBABLE
  (``hedge_nouns``, through of / about / over / for / on);
- event verb that heads the content clause of a hedge noun (branch
  ``certainty2``): "fears that the strike will spread", "the possibility
  that the bank will lower rates", "there is a chance the plant will close"
  → POSSIBLE; "expectations that rates will fall" → PROBABLE. A relative
  clause on the same noun ("the chance that he took", "the fear that he
  voiced": "that" is the verb's object or subject) is not its content;
- habitual condition: an event in a "whenever" clause ("prices rise whenever
  supply is short"), or in a present-tense "when" clause of a plain
  present-tense statement ("the exchange halts trading when the index drops
  7 percent"), is a generic condition → UNDERSPECIFIED, like MEANTIME's
  "when held in a certain way".

Tried and dropped because MEANTIME dev disagrees: ability ("will be able to
set the price", "capable of holding 500 songs" are CERTAIN there, 4 of 4)
and "would like to" as a wish ("would like to thank" is CERTAIN).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.models import Factuality
from eventwire.nlp.cues import default_cues

_CUES = default_cues()
MODAL_ADJECTIVES = _CUES.labels("modal_adjectives")
HEDGE_NOUNS = _CUES.labels("hedge_nouns")
CLAUSE_HEDGE_NOUNS = {**HEDGE_NOUNS, **_CUES.labels("clause_hedge_nouns")}
# prepositions by which a hedge noun takes its content ("fears of", "hopes for")
CONTENT_PREPS = {"of", "about", "over", "for", "on"}
# modalities whose certainty a noun or adjective may still lower
OPEN_MODALITIES = ("asserted", "reported", "future", "conditional")


def modal_adjective(tok: Token) -> str | None:
    """The certainty an adjective before the event noun gives it."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in tok.children:
        if child.dep_ in ("amod", "compound") and child.i < tok.i:
            label = MODAL_ADJECTIVES.get(child.lower_)
            if label:
                return label
    return None


def hedge_noun(tok: Token) -> str | None:
    """The certainty of a hedge noun whose content the event noun is."""
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or prep.lower_ not in CONTENT_PREPS:
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or prep.dep_ != "prep":
        return None
    return HEDGE_NOUNS.get(noun.lemma_.lower()) or HEDGE_NOUNS.get(noun.lower_)


RELATIVE_WORDS = {"that", "which", "who", "whom"}


def _content_clause(verb: Token) -> bool:
    """Is ``verb`` the head of a complete clause that spells out its head
    noun's content: opened by a "that" marker, or (without "that") after an
    existential "there is a …"? The clause needs a subject that is not a
    relative word, and no relative word as an argument."""
    args = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")]
    if any(c.lower_ in RELATIVE_WORDS for c in args):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in args):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return True
    noun = verb.head
    return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)


def hedge_clause(tok: Token) -> str | None:
    """The certainty of a hedge noun whose content clause ``tok`` heads."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("acl", "relcl", "ccomp"):
        return None
    noun = tok.head
    if noun.pos_ != "NOUN" or noun.i > tok.i or not _content_clause(tok):
        return None
    return CLAUSE_HEDGE_NOUNS.get(noun.lemma_.lower()) or CLAUSE_HEDGE_NOUNS.get(noun.lower_)


PRESENT_TAGS = ("VBZ", "VBP")


def habitual_condition(tok: Token) -> bool:
    """Is ``tok`` the verb of a "whenever" clause, or of a present-tense
    "when" clause whose main clause is a plain present-tense statement
    ("shares rise when the bank cuts rates": a generic condition)? A main
    clause with a modal or auxiliary ("will wear … when it arrives", "has
    been shown when …") is one occasion, not a habit."""
    if tok.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in tok.children if c.dep_ in ("advmod", "mark")}
    if "whenever" in marks:
        return True
    head = tok.head
    return "when" in marks and tok.tag_ in PRESENT_TAGS and head.tag_ in PRESENT_TAGS \
        and head.lemma_ != "be" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def nominal_certainty(tok: Token, fact: Factuality) -> Factuality:
    """``fact`` with the certainty the classes above give, when the clause
    rules left it CERTAIN in an open modality; a POSSIBLE one is
    hypothetical."""
    if fact.certainty != "certain" or fact.modality not in OPEN_MODALITIES:
        return fact
    if habitual_condition(tok):
        return replace(fact, certainty="underspecified")
    label = modal_adjective(tok) or hedge_noun(tok) or hedge_clause(tok)
    if label is None:
        return fact
    modality = fact.modality
    if label == "possible" and modality != "conditional":
        owner = tok.head.head if tok.dep_ == "pobj" else tok.head
        threat = owner.lemma_.lower() == "threat"
        modality = "threatened" if threat else "hypothetical"
    return replace(fact, certainty=label, modality=modality)
