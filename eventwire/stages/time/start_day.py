"""Class *start day of a measure* (issue #12, branch dates61): a weekday
that opens a period — the object of "from" ("an indefinite strike from
Friday", "will close four crossings from Saturday", "would halt fighting
from Monday evening", "imposed a curfew from Wednesday night") — names the
day a strike, a ceasefire, a curfew or a closure takes effect, and that day
is told from the announcement, which lies a day or two before or after it.
Read by the clause's tense the weekday went a week wrong in both
directions: a past announcing verb ("announced a strike from Friday")
sent the coming Friday back a week, and a future-in-the-past ("said it
would close its airspace from Monday", published on the Tuesday) sent
yesterday's Monday a week ahead. The start day is read as the nearest such
day (up to three days back, else ahead: ``tense_of`` returns "present",
which only the weekday rule reads as the nearest day).

Left out: "as of Tuesday" (a count's status day, not a start), a range
("from Thursday to Saturday": the acts of a past span, told in the past),
and every expression that is no weekday (a month-day "from March 3" keeps
its clause's tense).

Counted on the 39 development sets before the rule was written (m103,
every weekday after "from" in a sentence with a gold event that day
dates): 15 of 16 such gold days are the nearest such day; the clause's
tense read 4 of them a week wrong (rec_a, rec_f, rec_ad, rec_al), the
nearest reading loses one "would join ... from Sunday" four days ahead
(rec_b). All own texts: the real ones hold one "from Monday till
Wednesday" range, with no event.

Measured (dates61_r1 vs m103, 39 sets, records_diff): date +7 / -4, all
own texts (gains rec_a, rec_ad, rec_al, rec_n; losses rec_b's "would join
... from Sunday" and three events of rec_a/rec_n whose narrative chain or
undated decision moved with the corrected day); real texts unchanged; no
other field changed.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.time.normalize import WEEKDAYS

START_PREPS = {"from"}
RANGE_WORDS = {"to", "until", "till", "through", "thru", "-", "–"}


def _phrase_head(tok: Token) -> Token:
    """The head noun of the date's phrase ("Monday evening" -> "evening")."""
    while tok.dep_ == "compound" and tok.head != tok:
        tok = tok.head
    return tok


def start_day(tok: Token) -> bool:
    """The weekday at ``tok`` is the start of a period ("from Friday"), not
    the first end of a range."""
    if tok.lower_ not in WEEKDAYS:
        return False
    head = _phrase_head(tok)
    if head.dep_ != "pobj" or head.head.lower_ not in START_PREPS:
        return False
    prep = head.head
    if any(c.dep_ == "prep" and c.lower_ in RANGE_WORDS for c in (*head.children,
                                                                   *prep.children)):
        return False
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    return after is None or after.lower_ not in RANGE_WORDS
