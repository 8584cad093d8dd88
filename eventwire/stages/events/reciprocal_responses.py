"""Class *a diplomatic answer in kind*: THREATEN ``relations`` (modes43).

A state that says it "would respond in a mirror manner", "will answer in a
mirror way", "would respond in kind" or "in a reciprocal manner", or "vows
a mirror response", most often to an expulsion, a closed consulate or a
ban, threatens to do the same back: an act on relations, not force. The
guide labels it THREATEN ``relations`` (rec_t's "would answer the closure
of the consulate 'in a mirror way'", rec_w's and rec_z's "would respond to
the expulsion 'in a mirror manner'", rec_aa's "Belgrade will respond in a
mirror way", rec_ad-36). The cascade read "respond" as a vague response
(``content_modes.unnamed_response``) and gave no mode.

Not this class: an answer in kind to force ("would respond in kind if
India carried out any military strike": an armed word anywhere in the
threat's clause, conditions included, keeps it armed), an answer in kind
to a trade penalty ("would respond in kind to new tariffs": a trade
threat, mode null, review96) and "mirror
measures", which the guide's rec_i line leaves without a mode (the
reciprocity word must qualify the manner of the answer or the answer
itself, not a measure). Word lists are data (``_reciprocity_words``,
``_answer_words`` and ``_armed_words`` in ``modes.yaml``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.stages.events.mode_context import clause_head
from eventwire.stages.events.mode_words import mode_words

KIND_PHRASE = ("in", "kind")


def _forms(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def _qualifies_an_answer(word: Token, answers: frozenset[str]) -> bool:
    """"a *mirror* manner", "a *reciprocal* step", "*mirror* response": the
    reciprocity word modifies a noun of answering (not "mirror measures")."""
    head = word.head if word.dep_ in ("amod", "compound", "advmod") else word
    return not _forms(head).isdisjoint(answers)


def _in_kind(region: list[Token]) -> bool:
    """"respond *in kind*": the phrase, with "kind" the object of "in"."""
    return any(t.lower_ == KIND_PHRASE[1] and t.dep_ == "pobj" and t.head.lower_ == KIND_PHRASE[0]
               for t in region)


def answers_in_kind(trigger: Span) -> bool:
    """Is the threat an answer in kind with no armed word in its clause?"""
    words = mode_words()
    reciprocal, answers = words["_reciprocity_words"], words["_answer_words"]
    unlike = words["_armed_words"] | words["_trade_penalties"]  # force, tariffs (review96)
    region = list(clause_head(trigger).subtree)
    if any(not _forms(t).isdisjoint(unlike) for t in region):
        return False
    return _in_kind(region) or any(
        t.pos_ != "PROPN" and not _forms(t).isdisjoint(reciprocal)
        and _qualifies_an_answer(t, answers) for t in region)
