"""Class *called-for day* (issue #12, branch dates18): a day named inside an
appeal or a commitment lies ahead of it.

"Unions urged workers to walk out on Friday", "the opposition called on
its supporters to rally on Monday evening", "activists have promised to
return to the streets on Thursday", "truckers called a general strike
for Monday": the call or the promise is told in the past, but the day it
names is the day of the act called for, which comes after it. Read by the
past tense of the reporting verb, the weekday went back a week (the
Thursday before publication instead of the one after).

The class covers two shapes: the weekday sits in the to-infinitive
complement of a verb of appeal or commitment (``APPEAL_LEMMAS``: call,
urge, promise, vow, ...), or it is the object of "for" under such a verb
("called a strike for Monday"). A date attached to the appeal verb itself
("called on Monday for a strike") is the appeal's own and keeps the
clause's tense, and an order ("ordered troops to deploy on Tuesday") is
left out: the order and the deployment are told as one day's act, and
so is a request for comment ("asked to comment on Monday": "ask" with a
speech verb).

Counted on rec_a..rec_o before the rule was written (weekday expressions
whose sentence has a gold event on exactly one of the two readings): the
to-infinitive shape 3 right for the upcoming day, 0 for the past one
(rec_e, rec_h, rec_k; "order" would have lost 1), "for <weekday>" under
"call" 2 / 0 (rec_e); docs/BENCHMARKS.md "dates18".
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.cues import default_cues

APPEAL_LEMMAS = {"call", "urge", "promise", "vow", "pledge", "appeal", "invite", "ask",
                 "threaten", "summon"}
# class *a day set for or put off until* (review64): "unions set a strike for
# Monday", "judges have scheduled the verdict for Thursday", "the two sides
# put the talks off until Monday", "the court adjourned the case till Friday":
# the day is the one the act is moved to, after the setting or the delay;
# "a trial hearing was penciled in for October" likewise (dates61, court_date.py)
SCHEDULE_LEMMAS = {"set", "schedule", "reschedule", "fix", "postpone", "delay", "defer",
                   "adjourn", "put", "pencil"}
TARGET_PREPS = {"for", "until", "till"}
PERFECT_AUX = {"have", "'ve"}
# "asked to comment on Monday": a request for comment, asked and answered that
# day (the attribution stage's speech verbs; review18)
SPEECH_LEMMAS = default_cues().words("speech_verbs")


def phrase_head(tok: Token) -> Token:
    """The head noun of the date's phrase ("Monday evening" -> "evening")."""
    while tok.dep_ == "compound" and tok.head != tok:
        tok = tok.head
    return tok


def called_day(tok: Token, verb: Token) -> bool:
    """The date at ``tok`` (its clause's verb ``verb``) names the day of an
    act called for or promised, so it lies ahead."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if (verb.dep_ == "xcomp" and "to" in marks and not marks & PERFECT_AUX
            and verb.head.lemma_.lower() in APPEAL_LEMMAS
            and not (verb.head.lemma_.lower() == "ask"
                     and verb.lemma_.lower() in SPEECH_LEMMAS)):
        return True
    head = phrase_head(tok)
    if head.dep_ != "pobj":
        return False
    prep, lemma = head.head.lower_, verb.lemma_.lower()
    return (prep == "for" and lemma in APPEAL_LEMMAS) or (
        prep in TARGET_PREPS and lemma in SCHEDULE_LEMMAS)
