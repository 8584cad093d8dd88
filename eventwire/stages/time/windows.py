"""The keyword windows of the time-expression scan (``detect.find_timexes``).

A regular expression over a whole long article costs about as much as the
rest of the time stage; a rule whose every match holds one of a few words
scans only the text around them. ``NEEDLES`` are those words per rule;
``SPACED_NEEDLES`` (speed10) those of the rules whose matches may hold runs
of whitespace, used only where a text allows (see there).
"""

from __future__ import annotations

import re
import unicodedata

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
    "clock": ("am", "a.m", "pm", "p.m"),
    # speed35: the digit rules had no screen. A year's match starts with its
    # century ("18", "19", "20": two equal digits never overlap themselves,
    # so every start is found), an ISO date's with a year of 19xx/20xx, a
    # short quarter's with "q1".."q4" or "1q".."4q" (then at most a run of
    # whitespace and a year). Digits and "q" keep their place in a lowered
    # text only where it is as long as the text: hence these sit here, with
    # the rules that need that check
    "year": ("18", "19", "20"), "iso-date": ("19", "20"),
    "short-quarter": ("q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q")}
MAX_SPACE = re.compile(r"\s{9}")
# speed51: narrower keywords for two rules, used only where the lowered text
# is as long as the text (one character lowers to one: the keyword found in
# the lowered text is the match's own, at its offset). "a 90-day truce":
# every match of "adj-duration" holds its hyphen glued to its unit, so the
# hyphens of "well-known" or "long-term" (NEEDLES' "-") place no window;
# ~69k -> ~3.5k characters scanned per 200 ECB+ articles
EXACT_NEEDLES: dict[str, tuple[str, ...]] = {
    "adj-duration": ("-day", "-week", "-month", "-year", "-hour", "-minute", "-decade")}
# speed51: rules whose keyword stands after whitespace in every match
# ("for three years": ``\s+{UNIT}``), so a keyword inside a word ("today",
# "Monday", "holiday") places no window; the same length condition.
# ~61k -> ~38k characters for "duration"
AFTER_SPACE = frozenset({"duration"})
# rules whose every match holds a match of a cheaper expression, searched
# on the text itself with the rule's own flags (a keyword of a fixed
# spelling would miss case folds such as "ſt"): "the 4th" holds a digit
# with its ordinal suffix, three characters that cannot overlap; the rule's
# "the" and its lookahead hold runs of whitespace, so these too are used
# only where ``MAX_SPACE`` finds no long run (speed35)
SCREENS: dict[str, re.Pattern[str]] = {
    "ordinal-day": re.compile(r"\d(?:st|nd|rd|th)", re.IGNORECASE)}
# The six month rules' keywords are three letters that most often start or
# sit inside other words ("may", "market", "primary", "decided"); in every
# match of those rules the month stands as a word of its own: no word
# character before it, and after its three letters either none or the rest
# of its full spelling and then none ("Sept. 30", "mid-March", "May 4, 2021").
# Where the text holds neither of the two letters that match "i" or "s"
# under the rules' case folding but lower-case to something else ("ı",
# "ſ"; "İ" changes the text's length and turns every window off), a month
# keyword elsewhere can start no match, and its window is not placed
# (speed35)
MONTHS = _MONTHS
MONTH_SPELLINGS: dict[str, tuple[str, ...]] = {
    "jan": ("january",), "feb": ("february",), "mar": ("march",), "apr": ("april",),
    "may": (), "jun": ("june",), "jul": ("july",), "aug": ("august",),
    "sep": ("sept", "september"), "oct": ("october",), "nov": ("november",),
    "dec": ("december",)}
FOLDED = ("\u0131", "\u017f")  # dotless i, long s
FOLD_TABLE = str.maketrans({"\u0131": "i", "\u017f": "s"})  # what case folding reads them as
# a decimal digit of another script: the rules' ``\d`` matches it, but
# their literal "19"/"20" and the values they build want ASCII (issue #12)
OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def fold_for_matching(text: str) -> str:
    """``text`` as the rules match it, one code point for one (so every
    offset holds): a dotless i and a long s as case folding reads them
    ("Aprıl", "Auguſt"), and every Unicode decimal digit as its ASCII digit
    ("٢٠٢٤" Arabic-Indic, "१५" Devanagari, full-width "２０２４", "১৯৯৮"
    Bengali -> "2024", "15", "2024", "1998"): a date written in another
    script's digits is read as the same date (docs/architecture.md, "Time
    expressions in other digits"). An ASCII text is returned as it is."""
    if text.isascii():
        return text
    if any(c in text for c in FOLDED):
        text = text.translate(FOLD_TABLE)
    digits = set(OTHER_DIGIT.findall(text))
    if digits:
        text = text.translate({ord(c): str(unicodedata.decimal(c)) for c in digits})
    return text


def keyword_windows(lowered: str, needles: tuple[str, ...],
                    seen: dict[str, list[int]] | None = None,
                    after_space: bool = False) -> list[tuple[int, int]]:
    """The stretches of text around each occurrence of a rule's keywords,
    merged: a keyword rule scans only these (a regular expression over a
    whole long article costs about as much as the rest of the stage).
    ``seen``: the occurrences already found in this text, by needle (the
    rules' keyword lists share words — "year", "month", "past", "tomorrow"
    are in up to four — so each word is searched once per text, speed34).
    ``after_space``: only the occurrences right after whitespace (``\\s`` and
    ``str.isspace`` read the same characters; see ``AFTER_SPACE``)."""
    if seen is None:
        seen = {}
    spots = sorted([spot for n in needles for spot in (
        seen[n] if n in seen else seen.setdefault(n, _occurrences(lowered, n)))
        if not after_space or (spot and lowered[spot - 1].isspace())])
    return _merged(spots, len(lowered))


def month_windows(text: str, lowered: str,
                  seen: dict[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """:func:`keyword_windows` of ``MONTHS``, placed only where the keyword
    starts a month written as a word (see ``MONTH_SPELLINGS``); ``text`` and
    ``lowered`` of one length, holding none of ``FOLDED``."""
    if seen is None:
        seen = {}
    spots = sorted([spot for n in MONTHS for spot in (
        seen[n] if n in seen else seen.setdefault(n, _occurrences(lowered, n)))
        if _month_word(text, lowered, spot, n)])
    return _merged(spots, len(lowered))


def _is_word(char: str) -> bool:
    """A word character as ``\\b`` reads it (``\\w`` of a str pattern)."""
    return char.isalnum() or char == "_"


def _month_word(text: str, lowered: str, at: int, keyword: str) -> bool:
    """Does the month keyword at ``at`` stand as a word, in its short or one
    of its full spellings?"""
    if at and _is_word(text[at - 1]):
        return False
    end = at + len(keyword)
    if end >= len(text) or not _is_word(text[end]):
        return True
    return any(lowered.startswith(full, at) and (
        at + len(full) >= len(text) or not _is_word(text[at + len(full)]))
        for full in MONTH_SPELLINGS[keyword])


def screen_windows(text: str, screen: re.Pattern[str]) -> list[tuple[int, int]]:
    """The stretches of text around each match of a rule's screen
    (``SCREENS``), merged as :func:`keyword_windows` merges its keywords'."""
    return _merged([m.start() for m in screen.finditer(text)], len(text))


def _merged(spots: list[int], size: int) -> list[tuple[int, int]]:
    """The windows of ``WINDOW`` characters either side of each sorted spot,
    overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for spot in spots:
        lo, hi = max(0, spot - WINDOW), min(size, spot + WINDOW)
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
