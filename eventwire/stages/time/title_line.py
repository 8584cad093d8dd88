"""Class *a lede sentence read as a title* (branch dates38, issue #12): where
the text's title line ends, if it has one.

The time stage reads the text's first line as its title when a body follows
(:mod:`eventwire.stages.time.headline`: a title act takes the date the body
gives it, a title statement no date, and the title is no part of the body's
episode). Many real outlets' texts carry no title: the first line is
already the lede, a full sentence ("A judge on Saturday sentenced the man
who killed four people ... to life in prison.", "The Indian navy has
captured 23 pirates who threatened a merchant vessel."). Read as a title, its
acts are kept out of the body's episodes and dated only from the body. A
title is no sentence: it ends without a full stop ("Navy foils pirate
attack", "Belgrade threatens to go to U.N." — an abbreviation's point is no
full stop). Census over rec_a..rec_aa (docs/BENCHMARKS.md, dates38): a
first line that ends with a full stop opens 102 of the 265 real texts with
a body (20 sets) and none of the 517 own texts (one own title ends with
"U.N."). The learned date ranker's features keep reading the first line
(:mod:`eventwire.stages.time.date_evidence`, ``undated.doc_features``): they
were fitted that way.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eventwire.models import EventMention, TimeValue

# the anchors of a date the event's own sentence gives
OWN_ANCHORS = {"explicit", "sentence"}

# a full stop after a lower-case word, a number or a closing bracket, then
# maybe a closing quote (``''`` in the ECB+ texts): "... police said.",
# "... ordered them to stop.''"; not "U.N." nor an abbreviated month or
# title ("until Jan.", "Ltd.", "Gov.")
SENTENCE_END = re.compile(r"(?<![A-Z])[a-z0-9%)]\.(?:''|[\"'’”])?\s*$")
ABBREVIATION = re.compile(r"(?i)\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|gen|col|"
                          r"lt|sgt|capt|gov|sen|rep|st|mr|mrs|ms|dr|jr|sr|inc|corp|co|ltd|"
                          r"no|vs|etc)\.(?:''|[\"'’”])?\s*$")


def title_end(text: str) -> int:
    """The end of the text's title line (its first line, when a body follows
    it and it is no sentence); -1 when the text has no title."""
    end = text.find("\n")
    if end < 0 or (SENTENCE_END.search(text, 0, end) is not None
                   and ABBREVIATION.search(text, 0, end) is None):
        return -1
    return end


def lede_antecedents(text: str, events: list[EventMention],
                     own_date: Callable[[EventMention], TimeValue | None]) -> list[EventMention]:
    """Class *a body noun names again an act the lede dated*: when the text
    opens with a lede, not a title, its acts that their own words date
    (``own_date``: the anchoring rules, steps 1-5) are dated so, in place,
    and returned, for the body's anaphors and episodes to read back to
    ("Testimony in the murder trial of ... continued on Wednesday" -> "the
    trial resumed"; "99 alleged Mafia members seized on Tuesday" -> "his
    arrest"). Read as a title, the lede took part in no body rule. The lede's
    own final dates are chosen afterwards with the title rules, as before
    (a lede act takes the date the body gives the same act: measured, the
    lede read as body lost 25 dates, docs/BENCHMARKS.md dates38)."""
    first_break = text.find("\n")
    if first_break < 0 or title_end(text) >= 0:
        return []
    out = []
    for event in (e for e in events if e.trigger.start < first_break):
        found = own_date(event)
        if found is not None and found.value is not None and found.anchor in OWN_ANCHORS:
            event.time = found
            out.append(event)
    return out
