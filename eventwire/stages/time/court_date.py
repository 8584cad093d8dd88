"""Class *a court date ahead* (issue #12, branch dates61): the day a
defendant is sent or bound to appear, and the day of a next hearing, lie
after the step that sets them, even when that step is told in the past.

Real court reports name such a day without a year and under a past verb:
"was remanded in custody to appear before the Crown Court on 19 August",
"was released on a promise to appear in court on May 12", "ordered held
without bond pending his next court hearing April 19". Read by the past
clause the yearless day went back to the year before publication (a
hearing "on 19 August" in a report of July 23, 2013 became 2012-08-19).
Two shapes are read ahead (``tense_of`` returns "future"):

* the date hangs on a to-infinitive of appearing (``APPEAR_LEMMAS``: "to
  appear", "to reappear") — never a perfect one ("to have appeared") nor
  a missed one ("failed to appear in court on Monday");
* the date names a noun marked as the coming one (``NEXT_WORDS``: "his
  next hearing April 19", "the upcoming trial on Monday").

A third shape, a day "pencilled in for" (a trial hearing "penciled in for
October"), is the schedule verb of ``called_day.SCHEDULE_LEMMAS``.

Counted on the 39 development sets before the rule was written (m103, the
sentences with "to appear ... <day>", "next hearing <day>" or "pencilled
in for <month>"): 8 sentences, 7 in 5 real stories and one own, every named
day after publication; four yearless ones (rec_n, rec_o, rec_y twice) were
read into the year before.

Measured (dates61_r2 vs dates61_r1, which holds start_day.py only; 39
sets, records_diff): date +2 / -1, all real (gains rec_o "to appear ... on
19 August", rec_y "penciled in for October"; loss rec_y's headline "DOUBLE
MURDER", which the narrative chain now gives the publication day once the
story's time line no longer starts in 2012); background +3 real (rec_o,
rec_y); place +1 own (rec_af); nothing else changed.
"""

from __future__ import annotations

from spacy.tokens import Token

APPEAR_LEMMAS = {"appear", "reappear"}
NEXT_WORDS = {"next", "upcoming", "forthcoming"}
PERFECT_AUX = {"have", "'ve"}
# "failed to appear in court on Monday": the missed day is past
MISSED_HEADS = {"fail", "refuse", "decline", "neglect"}


def _phrase_head(tok: Token) -> Token:
    """The head noun of the date's phrase ("19 August" -> "August")."""
    while tok.dep_ in ("compound", "nummod") and tok.head != tok:
        tok = tok.head
    return tok


def _appear_infinitive(verb: Token) -> bool:
    marks = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return (verb.lemma_.lower() in APPEAR_LEMMAS and "to" in marks
            and not marks & PERFECT_AUX and verb.head.lemma_.lower() not in MISSED_HEADS)


def _next_occasion(tok: Token) -> bool:
    head = _phrase_head(tok)
    noun = head.head
    if head.dep_ == "pobj" and noun.dep_ == "prep":
        noun = noun.head
    elif head.dep_ not in ("npadvmod", "appos", "compound"):
        return False
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in NEXT_WORDS for c in noun.children)


def court_date(tok: Token, verb: Token) -> bool:
    """The date at ``tok`` (its clause's verb ``verb``) is a court date
    still to come: a day to appear on, or a next hearing's."""
    return _appear_infinitive(verb) or _next_occasion(tok)
