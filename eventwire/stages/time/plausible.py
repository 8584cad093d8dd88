"""Which matches of the time rules are time expressions (split from
:mod:`eventwire.stages.time.detect` in split18).

A rule's regular expression also matches words that are no time in most
news text: "may" and "march" as verbs, "the fall of Mosul", "the
now-defunct firm". These checks read only the match and the characters
around it; :func:`eventwire.stages.time.detect.find_timexes` drops a match
that fails them before its handler runs.
"""

from __future__ import annotations

import re

# Words that, capitalised or not, are not months in most news text.
_NOT_MONTH = {"may", "march", "mar", "jan", "sep", "dec", "oct", "aug", "jun", "jul"}
# words before such a month name that make it one ("in May", "since March")
_MONTH_CUES = ("in", "by", "since", "until", "till", "last", "next", "early", "late", "mid",
               "of", "from", "through", "this", "during", "before", "after")


def _season_ok(m: re.Match[str]) -> bool:
    """"the fall of Mosul" is no season: with only "the", a season needs a
    year, and "fall" always needs a year or last/next/this."""
    mod = (m["mod"] or "").lower()
    if m["year"]:
        return True
    if m["season"].lower() == "fall" and mod in ("", "the"):
        return False
    follows = m.string[m.end():m.end() + 4].lower()
    return not (mod == "the" and follows.startswith(" of"))


def plausible(name: str, m: re.Match[str]) -> bool:
    """A season needs a year or a modifier (:func:`_season_ok`); a month name
    or a month-and-day needs a capital, and a month name that is also a
    common word ("may", "march", "dec") needs a cue before it ("in May",
    "last March")."""
    if name == "season":
        return _season_ok(m)
    if name == "month":
        word = m["month"].lower().rstrip(".")
        if not m["month"][0].isupper():
            return False
        before = m.string[max(0, m.start() - 12):m.start()].lower().split()
        cue = m.group(0).lower().split()[0] in ("in", "last", "next") or (
            before and before[-1] in _MONTH_CUES)
        if word in _NOT_MONTH and not cue:
            return False
    if name in ("month-day", "day-month") and not m["month"][0].isupper():
        return False
    return True


def in_compound(name: str, m: re.Match[str]) -> bool:
    """Class *hyphenated compound*: "the now-defunct firm", "the
    soon-to-open terminal": a time word inside a compound adjective is no
    time expression."""
    if name != "ref":
        return False
    text = m.string
    return (m.end() < len(text) and text[m.end()] == "-") or (m.start() > 0 and
                                                              text[m.start() - 1] == "-")
