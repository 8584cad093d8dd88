"""Class rules that type a verb alone, split from ``triggers.py`` along its
seam: each rule is a test on the verb, the PLOVER type and mode it gives,
its rule name and where the trigger ends (``ClassRule``). ``acts.py``'s
classes (``ACT_CLASSES``) are asked through ``act_candidate``; the rules
tried before and after the lexicon (``BEFORE_LEXICON``, ``AFTER_LEXICON``)
through ``class_rule_candidate``, screened by ``class_rule_lemmas``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Token

from eventwire.stages.events.accountability import (
    accuses_by_holding,
    takes_case_to_body,
    threatens_to_hold,
)
from eventwire.stages.events.accountability import words as accountability_words
from eventwire.stages.events.acts import (
    establishes_post,
    grants_permission,
    hosts_visitor,
    permits_involvement,
    sets_up_checkpoint,
    talks_with,
    yields_to_demand,
)
from eventwire.stages.events.closures import forces_close_border, shuts_down
from eventwire.stages.events.closures import words as closure_words
from eventwire.stages.events.collaboration import words as collaboration_words
from eventwire.stages.events.collaboration import works_with
from eventwire.stages.events.directives import tells_to
from eventwire.stages.events.directives import words as directive_words
from eventwire.stages.events.lexicon_candidates import Candidate
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.preventions import foils_a_deed, keeps_from_acting
from eventwire.stages.events.preventions import words as prevention_words


@lru_cache(maxsize=1)
def act_lemmas() -> frozenset[str]:
    """Every verb lemma an ``acts.py`` class can start from (a cheap filter)."""
    words = word_classes()
    keys = ("post_verbs", "host_verbs", "talk_verbs", "permission_verbs", "yield_verbs")
    return frozenset(w.split()[0] for k in keys for w in words[k])


def _next_token(tok: Token) -> int:
    return tok.i + 1


def _past_particle(tok: Token) -> int:
    """"shut down": the verb and its particle."""
    return tok.i + 2


def _past_own_particle(tok: Token) -> int:
    """The verb, and its particle when it has one right after it."""
    down = any(c.dep_ == "prt" and c.i == tok.i + 1 for c in tok.children)
    return tok.i + (2 if down else 1)


class ClassRule(NamedTuple):
    """A class rule that types its verb alone: its test, the PLOVER type and
    mode it gives, its rule name (``curated-verb+RULE``), where the trigger ends."""

    test: Callable[[Token], bool]
    type: str
    mode: str | None
    rule: str
    end: Callable[[Token], int] = _next_token


# the classes in ``acts.py``, in order
ACT_CLASSES = (ClassRule(establishes_post, "MOBILIZE", None, "post"),
               ClassRule(sets_up_checkpoint, "COERCE", "restrict", "checkpoint"),
               ClassRule(hosts_visitor, "CONSULT", "visit", "host"),
               ClassRule(talks_with, "CONSULT", None, "talks"),
               ClassRule(permits_involvement, "RETREAT", "access", "access"),
               ClassRule(grants_permission, "CONCEDE", None, "permission"),
               ClassRule(yields_to_demand, "CONCEDE", None, "yield"))

# tried before the lexicon: "told people to stay away" (directives.py), "were
# prevented from visiting him" (preventions.py), "the army shut down the border
# crossing" (closures.forces_close_border: before the lexicon's SANCTION
# reading of a crossing closed to a neighbour)
BEFORE_LEXICON = (ClassRule(tells_to, "REQUEST", None, "directive"),
                  # a deed foiled has no mode, a movement or an activity kept
                  # is restrict (modes39; kept_movement.py for the other verbs)
                  ClassRule(foils_a_deed, "COERCE", None, "prevention"),
                  ClassRule(keeps_from_acting, "COERCE", "restrict", "prevention"),
                  # "will hold them responsible", "took the case to the court"
                  # (accountability.py)
                  ClassRule(threatens_to_hold, "THREATEN", "arrest", "accountable"),
                  ClassRule(accuses_by_holding, "ACCUSE", "allege", "accountable"),
                  ClassRule(takes_case_to_body, "ACCUSE", "allege", "referral"),
                  ClassRule(forces_close_border, "COERCE", "restrict", "closure",
                            _past_own_particle))
# tried after it: "is working with the WHO" (collaboration.py), "the plant has
# been shut down" (closures.py)
AFTER_LEXICON = (ClassRule(works_with, "COOPERATE", None, "partner"),
                 ClassRule(shuts_down, "COERCE", "restrict", "closure", _past_particle))


@lru_cache(maxsize=1)
def class_rule_lemmas() -> frozenset[str]:
    """Every lemma a rule of ``BEFORE_LEXICON`` or ``AFTER_LEXICON`` can
    start from: each test first asks whether its verb's lower-cased lemma is
    in one list below and answers False for any other verb (telling,
    preventing, holding and referring, closing by forces, working, closing
    verbs). Asked once per verb before the eight tests (speed40: ~8k verbs
    per 200 articles; ``tests/test_triggers.py`` compares the two)."""
    return frozenset(directive_words()["telling_verbs"] | prevention_words()["preventing_verbs"]
                     | accountability_words()["holding_verbs"]
                     | accountability_words()["referring_verbs"]
                     | closure_words()["forces_closing_verbs"] | closure_words()["closing_verbs"]
                     | collaboration_words()["work_verbs"])


def class_rule_candidate(tok: Token, rules: tuple[ClassRule, ...]) -> Candidate | None:
    """The first of ``rules`` whose test holds, as a curated-verb candidate."""
    for r in rules:
        if r.test(tok):
            return Candidate(tok, r.end(tok), r.type, r.mode, [], f"curated-verb+{r.rule}",
                             False)
    return None


def act_candidate(tok: Token) -> Candidate | None:
    """A verb whose act is read with its object or clause (``acts.py``)."""
    if tok.lemma_.lower() not in act_lemmas():
        return None
    return class_rule_candidate(tok, ACT_CLASSES)
