"""The trigger scan's positions without a Token for words that cannot
trigger (issue #12, speed32).

``triggers._candidate`` builds a Token for every VERB, NOUN, PROPN and ADJ
of an article (~35k per 200 articles) and asks ~20 class tests of each;
for a noun or an adjective every test that can answer a candidate first
asks whether the word is in one of a few word sets. This module asks those
set tests once per document on the attribute columns (string ids, one
memo per distinct word) and drops the nouns and adjectives none of them
holds, so the scan's answer is the same and the skipped words get no Token.

What a NOUN / PROPN needs to be a candidate (``_candidate`` in order):
``is_denial`` (only as an ``acomp``); ``headline_compound_pattern`` (a
``compound`` whose lemma starts a verb + object pattern: the verb gate
holds every such first word); the word-led classes
(``word_led_classes.class_word``'s lemma and form sets); a Title Case
headline verb (its form, without "-s" or "-es", a lexicon verb); the
headline verb (its lemma a lexicon verb);
``noun_candidate`` (the form or the lemma in the noun gate); a sent
diplomatic note (``diplomatic_notes.NOTES``, types44); a stun gun's name
in a verb's place ("had to Taser him": ``bodily_assaults.misread_stun``,
events52); a crime named as one act ("the Kraft shooting":
``named_crimes.named_crime``, missed58); a court's outcome named by its noun ("a
guilty verdict": ``court_outcome_nouns.court_outcome``, missed59). An ADJ (not
``acomp``) has ``is_denial`` as a ROOT / ccomp, the compound pattern and
the word-led classes only, and, right after a comma, a headline's second
verb the tagger read as an adjective ("seize port, expel governor":
``comma_verbs.py``, headlines61, the Title Case test's form sets): after
them ``_candidate`` answers None. Every
other word (verbs, ``acomp`` of any tag) is kept as it was.
"""

from __future__ import annotations

import weakref
from typing import Any

from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc

from eventwire.nlp.arrays import column, remember
from eventwire.stages.events.bodily_assaults import stun_forms
from eventwire.stages.events.court_outcome_nouns import outcome_forms
from eventwire.stages.events.diplomatic_notes import NOTES
from eventwire.stages.events.hyphen_force import FIRSTS as HYPHEN_FIRSTS
from eventwire.stages.events.lexicon import Lexicon
from eventwire.stages.events.named_crimes import crime_forms
from eventwire.stages.events.word_led_classes import class_lemmas, class_lowers

_NOUNS = frozenset(get_string_id(p) for p in ("NOUN", "PROPN"))
_ADJ = get_string_id("ADJ")
_ACOMP = get_string_id("acomp")
_COMPOUND = get_string_id("compound")
_COMMA = get_string_id(",")
_ADJ_HEADS = frozenset(get_string_id(d) for d in ("ROOT", "ccomp"))  # is_denial's ADJ

# per (form id, lemma id): :func:`word_flags`; one ``remember`` memo per
# Lexicon (weakly held: a test's lexicon does not answer for another's)
_MEMOS: dict[int, tuple[weakref.ref[Lexicon], dict[tuple[int, int], tuple[bool, bool, bool]]]] = {}


def _memo(lex: Lexicon) -> dict[tuple[int, int], tuple[bool, bool, bool]]:
    kept = _MEMOS.get(id(lex))
    if kept is None or kept[0]() is not lex:
        kept = _MEMOS[id(lex)] = (weakref.ref(lex), {})
    return kept[1]


def _gate_open(word: str, gate: Any) -> bool:
    """Not ``lexicon.is_gated``: the word may start an entry."""
    return word in gate or " " in word


def word_flags(low: str, lemma: str, lex: Lexicon) -> tuple[bool, bool, bool]:
    """(some test of a noun other than the compound pattern may hold the
    word, a word-led class may (all an adjective has), the compound pattern
    may); ``lemma`` is lower-cased."""
    class_word = lemma in class_lemmas() or low in class_lowers()
    title = low in lex.verbs or low[:-1] in lex.verbs or low[:-2] in lex.verbs
    noun = lemma in lex.verbs or _gate_open(low, lex.noun_gate) or \
        _gate_open(lemma, lex.noun_gate)
    noun = noun or low in NOTES or low in stun_forms() or low in crime_forms() \
        or low in outcome_forms() or low in HYPHEN_FIRSTS  # "pepper" of "pepper-sprayed"
    return class_word or title or noun, class_word, _gate_open(lemma, lex.verb_gate)


def screen_positions(doc: Doc, positions: list[int], lex: Lexicon) -> list[int]:
    """``positions`` (``triggers.trigger_positions``) without the nouns and
    adjectives for which ``_candidate`` can only answer None."""
    pos, dep = column(doc, POS), column(doc, DEP)
    lower, lemma = column(doc, LOWER), column(doc, LEMMA)
    memo, strings = _memo(lex), doc.vocab.strings
    out = []
    for i in positions:
        p, d = pos[i], dep[i]
        is_noun = p in _NOUNS
        if d == _ACOMP or not (is_noun or p == _ADJ):
            out.append(i)
            continue
        key = (lower[i], lemma[i])
        flags = memo.get(key)
        if flags is None:
            flags = remember(memo, key, word_flags(strings[key[0]], strings[key[1]].lower(), lex))
        if (flags[0] if is_noun else flags[1]) or (d == _COMPOUND and flags[2]) or (
                not is_noun and d in _ADJ_HEADS) or (
                not is_noun and flags[0] and i > 0 and lower[i - 1] == _COMMA):
            out.append(i)
    return out
