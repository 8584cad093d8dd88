"""The word-led classes ``triggers._candidate`` asks before the lexicon:
public-health measures and aid (``health_measures.py``), contracts
(``procurement.py``), outbreaks of violence (``outbreak.py``), violent
acts told happening and targets under fire (``occurred_acts.py``, events53)
and safety evacuations (``safety.py``).

Why a module of their own (split94): each of the four answers "no class"
unless its word list holds the token, so the trigger scan asks one set test
(:func:`class_word`) before them, and ``trigger_screen.py`` asks the same
word sets (:func:`class_lemmas`, :func:`class_lowers`) on the attribute
columns; keeping the sets and the four readings together keeps that test
and the classes it guards in step, and ``triggers.py`` under ~400 lines.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.stages.events.health_measures import health_reading, outbreak_story, trigger_lemmas
from eventwire.stages.events.lexicon_candidates import Candidate
from eventwire.stages.events.nonpolitical import no_political_side
from eventwire.stages.events.occurred_acts import act_nouns, occurred_act, staged_act, under_fire
from eventwire.stages.events.outbreak import outbreak_reading
from eventwire.stages.events.outbreak import words as outbreak_words
from eventwire.stages.events.procurement import procurement_reading, start_lemmas
from eventwire.stages.events.safety import safety_evacuation
from eventwire.stages.events.safety import words as safety_words


@lru_cache(maxsize=1)
def class_lemmas() -> frozenset[str]:
    """Every word the four word-led classes below start from (health
    measures, contracts, outbreaks, safety evacuations)."""
    return trigger_lemmas() | start_lemmas() | safety_words()["evacuate_words"]


def class_word(tok: Token, lemma: str, pos: str) -> bool:
    """One set test per token before the four classes: each of them answers
    "no class" unless its word list holds the token (or, for the health
    measures, a verb of an outbreak story), so nothing is lost by asking
    once (speed: these run on every token of every article)."""
    return lemma in class_lemmas() or tok.lower_ in class_lowers() or (
        pos == "VERB" and outbreak_story(tok.doc))


@lru_cache(maxsize=1)
def class_lowers() -> frozenset[str]:
    return frozenset(outbreak_words()["disturbance_nouns"]) | safety_words()["evacuate_words"] | \
        act_nouns()


def class_candidate(tok: Token, lemma: str, pos: str) -> Candidate | bool | None:
    """The word-led classes' answer: a candidate, ``False`` for no event,
    None when none applies (the lexicon decides)."""
    if (health := health_reading(tok, lemma, pos)) is not None:  # health_measures.py
        return _health_candidate(tok, health) or False
    if (contract := procurement_reading(tok, lemma)) is not None:  # procurement.py
        return False if isinstance(contract, bool) else Candidate(
            tok, tok.i + 1, contract[0], contract[1], [], "curated-verb+contract", False)
    if (outbreak := outbreak_reading(tok)) is not None:  # "violence erupted" (outbreak.py)
        return Candidate(tok, tok.i + 1, outbreak[0], outbreak[1], [], "nominal+outbreak", True)
    if (act := occurred_act(tok)) is not None:  # "gunfire erupted" (occurred_acts.py)
        return Candidate(tok, tok.i + 1, act[0], act[1], [], "nominal+occurred-act", True)
    if staged_act(tok):  # "the shooting lasted three weeks and the film opens in May"
        return False
    if under_fire(tok):  # "the tanker came under fire from two boats" (occurred_acts.py)
        return Candidate(tok, tok.i + 1, "ASSAULT", "firearms", [], "nominal+under-fire", True)
    if safety_evacuation(tok):  # "the bank was evacuated" (safety.py)
        return False
    return None


def _health_candidate(tok: Token, reading: tuple[str, str | None] | bool) -> Candidate | None:
    """A public-health measure, aid given, or no event
    (``health_measures.py``); the political-side classes still apply
    ("Velta closed its plant")."""
    if isinstance(reading, bool) or no_political_side(tok):
        return None
    kind, mode = reading
    nominal = tok.pos_ != "VERB"
    rule = "+aid-given" if kind == "AID" else "+measure"
    rule = ("nominal" if nominal else "curated-verb") + rule
    return Candidate(tok, tok.i + 1, kind, mode, [], rule, nominal)
