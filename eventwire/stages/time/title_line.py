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
first line that ends with a full stop opens 106 of the real texts (20 sets)
and 1 of the 517 own texts with a body, and that one ends with "U.N.".
"""

from __future__ import annotations

import re

# a full stop after a lower-case word, a number or a closing bracket, then
# maybe a closing quote (``''`` in the ECB+ texts): "... police said.",
# "... ordered them to stop.''"; not "U.N." or "Jan."
SENTENCE_END = re.compile(r"[a-z0-9%)]\.(?:''|[\"'’”])?\s*$")


def title_end(text: str) -> int:
    """The end of the text's title line (its first line, when a body follows
    it and it is no sentence); -1 when the text has no title."""
    end = text.find("\n")
    if end < 0 or SENTENCE_END.search(text, 0, end) is not None:
        return -1
    return end
