"""The keyword windows of the time-expression scan (``detect.find_timexes``).

A regular expression over a whole long article costs about as much as the
rest of the time stage; a rule whose every match holds one of a few words
scans only the text around them. ``NEEDLES`` are those words per rule;
``SPACED_NEEDLES`` (speed10) those of the rules whose matches may hold runs
of whitespace, used only where a text allows (see there).
"""

from __future__ import annotations

import re

from eventwire.stages.time import coverage, general, nights, periods, sameunit

WINDOW = 40  # every match of a keyword rule holds its keyword and is shorter than this
_UNITS = ("day", "week", "month", "year", "decade", "hour", "minute", "quarter")
# rules whose every match holds one of these words (lower case): they scan
# only the text around them (:func:`keyword_windows`); the others scan everything
NEEDLES: dict[str, tuple[str, ...]] = {
    "ago": ("ago",), "duration": _UNITS, "adj-duration": ("-",),
    "narrative": ("later", "earlier", "after", "before", "next", "following", "previous"),
    "set": ("every", "each"), "weekday-set": ("every", "each"),
    "holiday": ("christmas", "new year"), "weekend": ("weekend",),
    "noon": ("noon", "midnight"), "decade": ("0s",), "quarter": ("quarter",),
    "season": ("spring", "summer", "autumn", "fall", "winter"),
    "deictic": ("today", "yesterday", "tomorrow", "tonight"),
    "this-part": ("this",),
    "relative": ("week", "month", "year", "quarter", "decade"),
    **coverage.NEEDLES, **periods.NEEDLES, **nights.NEEDLES,
    **sameunit.NEEDLES, **general.NEEDLES}

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# rules whose every match holds one of these words but may hold runs of
# whitespace (``\s+``): a match stays shorter than ``WINDOW`` around its word
# only while no run is longer than 8 characters, and the windows are placed
# on the lower-cased text: both are checked per text (``MAX_SPACE``, equal
# lengths), else these rules scan everything as before
SPACED_NEEDLES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("full-date", "full-date-dmy", "month-year", "month-day", "day-month",
                     "month"), _MONTHS),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "ref": ("now", "currently", "recently", "lately", "at present", "in the coming", "soon",
            "in the future"),
    "clock": ("am", "a.m", "pm", "p.m")}
MAX_SPACE = re.compile(r"\s{9}")


def keyword_windows(lowered: str, needles: tuple[str, ...],
                    seen: dict[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """The stretches of text around each occurrence of a rule's keywords,
    merged: a keyword rule scans only these (a regular expression over a
    whole long article costs about as much as the rest of the stage).
    ``seen``: the occurrences already found in this text, by needle (the
    rules' keyword lists share words — "year", "month", "past", "tomorrow"
    are in up to four — so each word is searched once per text, speed34)."""
    if seen is None:
        seen = {}
    spots = sorted([spot for n in needles for spot in (
        seen[n] if n in seen else seen.setdefault(n, _occurrences(lowered, n)))])
    out: list[tuple[int, int]] = []
    for spot in spots:
        lo, hi = max(0, spot - WINDOW), min(len(lowered), spot + WINDOW)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _occurrences(text: str, needle: str) -> list[int]:
    """Where ``needle`` occurs, left to right without overlaps (as
    ``re.finditer`` of the escaped needle finds them, at a tenth of its cost).
    A list, not a generator (speed26): one call per needle and text instead
    of a generator step per occurrence (~40k per 200 articles)."""
    out: list[int] = []
    at = text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + max(1, len(needle)))
    return out
