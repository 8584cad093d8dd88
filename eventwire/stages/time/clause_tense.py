"""The tense of the clause a time expression stands in (split from the
``eventwire_timex`` component, which asks :func:`tense_of` for each
expression it finds): the verb that governs the expression, walking up
the dependency tree, is future when it has a "will/shall/'ll" or "going
to" auxiliary or is a bare verb after a modal; past when tagged VBD/VBN or
with a "have/had" auxiliary or an invariant past form ("beat", "hit"); a
noun's or a title's weekday under a present simple is a "schedule" and a
progressive "present" (``verb_tense``, issue #12); otherwise past (news
reports past events).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.cues import default_cues
from eventwire.stages.time.called_day import called_day
from eventwire.stages.time.court_date import court_date
from eventwire.stages.time.pending import deadline_ahead
from eventwire.stages.time.start_day import start_day
from eventwire.stages.time.verb_tense import (
    future_clause,
    in_noun_phrase,
    in_title,
    invariant_past,
    progressive,
)

FUTURE_AUX = default_cues().words("future_modals")  # the factuality stage's own list
# tense_of returns "past", "future", "present" (a noun's weekday under a
# progressive), "schedule" (a present simple with a date) or "arrangement" (a
# progressive carrying the weekday): the weekday rule reads "present" and
# "schedule" as the nearest such day and "arrangement" as future, every other
# rule as past, future and past (normalize.plain_tense)


def _verb_of(tok: Token) -> Token:
    cur = tok
    for _ in range(8):
        if (cur.pos_ in ("VERB", "AUX") and not in_hyphenated_word(cur)) or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def in_hyphenated_word(tok: Token) -> bool:
    """Class *verb inside a hyphenated modifier*: "would-be voters", "the
    long-awaited talks", "a much-delayed vote", "the so-called ceasefire" —
    the verb is part of an adjective and carries no tense of the clause
    ("charged crowds of would-be voters on Sunday" is past, not future)."""
    doc = tok.doc

    def glued(i: int) -> bool:  # token i is a hyphen written without spaces
        return 0 <= i < len(doc) and doc[i].tag_ == "HYPH" and not doc[i].whitespace_ \
            and not doc[i - 1].whitespace_

    return glued(tok.i - 1) or glued(tok.i + 1)


PROSPECTIVE_HEADS = {"be", "plan", "schedule", "expect", "set", "due", "intend", "aim",
                     "prepare"}


def _prospective_infinitive(verb: Token, lowers: set[str]) -> bool:
    """Class *prospective infinitive*: "an event to be held on October 12",
    "talks are to resume on Monday", "is scheduled to meet on Friday",
    "announced a congress to be held on …": a to-infinitive describing a
    noun, with its own subject, or after be/plan/schedule/expect looks ahead
    (never a perfect infinitive: "to have met")."""
    if "to" not in lowers or lowers & {"have", "'ve"}:
        return False
    head = verb.head
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return (verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN")) or (
        verb.dep_ in ("xcomp", "ccomp") and (own_subject or
                                             head.lemma_.lower() in PROSPECTIVE_HEADS))


# "ahead of the summit on Friday", "in advance of", "in the run-up to", "on
# the eve of": the complement lies after the clause's own time
PROSPECTIVE_WORDS = {"ahead", "advance", "run-up", "eve"}


def _prospective_complement(tok: Token, verb: Token) -> bool:
    """Class *prospective complement*: a date inside "ahead of X" (and the
    like) dates X, which comes after the clause it hangs on ("protested on
    Monday ahead of a summit on Friday": that Friday is still to come)."""
    cur = tok
    for _ in range(8):
        if cur == verb or cur.head == cur:
            return False
        if cur.lower_ in PROSPECTIVE_WORDS:
            return True
        cur = cur.head
    return False


def tense_of(tok: Token) -> str:
    if start_day(tok):  # "a strike from Friday": the nearest such day (start_day.py)
        return "present"
    verb = _verb_of(tok)
    if _prospective_complement(tok, verb) or called_day(tok, verb) or court_date(tok, verb) \
            or deadline_ahead(tok):  # "if the men are not freed by Friday" (pending.py)
        return "future"
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.dep_ == "conj":  # "will begin on Wednesday and end on Friday"
        auxes = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX or (verb.lower_ == "going" and any(
            c.lower_ == "to" for c in verb.children)) or _prospective_infinitive(verb, lowers):
        return "future"
    if any(a.tag_ == "MD" and a.lower_ not in ("could", "might") for a in auxes) and not (
            lowers & {"have"}):
        return "future"  # "would start in January": future seen from the report
    if verb.tag_ == "VBN" and lowers & {"is", "are", "am", "'s", "'re"}:
        return "future"  # "a decision is expected by December 15": a schedule
    if verb.tag_ in ("VBD", "VBN") or lowers & {"had", "has", "have"} or invariant_past(
            verb, auxes):
        return "past"
    if progressive(verb, lowers):
        return "present" if in_noun_phrase(tok, verb) else "arrangement"
    if verb.tag_ in ("VBZ", "VBP"):
        # "the conference opens on October 31", "the deadline is Thursday": a
        # present tense with a date is a schedule, i.e. the future
        nearest = in_noun_phrase(tok, verb) or in_title(verb)
        return "schedule" if nearest and not future_clause(verb) else "future"
    return "past"
