"""Find time expressions in text and normalise them (rules, not a library).

Each rule is a regular expression over the article text with a handler
that returns ``(type, value)`` from the match, the reference date and the
tense of the governing clause. Overlapping matches: the longest wins.

Why rules and not dateparser: dateparser's ``search_dates`` does not know
the tense of the sentence ("on Thursday" in a past report), returns no
TIMEX3 types, granularity or durations, and misfires on numbers; the
side-by-side figures are in ``docs/BENCHMARKS.md`` (``eventwire eval timex``
prints both).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from eventwire.stages.time import coverage, general, nights, periods, sameunit
from eventwire.stages.time import normalize as nz
from eventwire.stages.time.plausible import in_compound, plausible
from eventwire.stages.time.windows import (
    AFTER_SPACE,
    EXACT_NEEDLES,
    MAX_SPACE,
    MONTHS,
    NEEDLES,
    SCREENS,
    SPACED_NEEDLES,
    fold_for_matching,
    keyword_windows,
    month_windows,
    screen_windows,
)

Handler = Callable[[re.Match[str], date | None, str], tuple[str, str | None] | None]

MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
         r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
WEEKDAY = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# a count of units: the compound and hundreds forms of ``coverage.AMOUNT``
# ("twenty-five years", "thirty-two days later", "a twenty-year term"),
# read whole by ``normalize.amount`` as the "ago" rules read it; the vague
# counts ("several", "a few") name no number
NUM = rf"(?P<num>{coverage.AMOUNT}|several|few|a few|a couple of)"
UNIT = r"(?P<unit>day|week|month|year|decade|hour|minute|quarter)s?"
PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"


@dataclass
class Found:
    start: int
    end: int
    type: str
    value: str | None
    rule: str
    shift: tuple[int, str] | None = None  # narrative offset ("two days later")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _full_date(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    month, day, year = nz.MONTHS[m["month"].lower().rstrip(".")], int(m["day"]), int(m["year"])
    return "DATE", _iso(nz._safe(year, month, day))


def _month_day(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None] | None:
    month, day = nz.MONTHS[m["month"].lower().rstrip(".")], int(m["day"])
    if not 1 <= day <= 31:
        return None
    if ref is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    return "DATE", _iso(nz.month_day(ref, month, day, tense))


def _month_year(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    return "DATE", f"{m['year']}-{nz.MONTHS[m['month'].lower().rstrip('.')]:02d}"


def _month(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    month = nz.MONTHS[m["month"].lower().rstrip(".")]
    return "DATE", nz.month_only(ref, month, tense) if ref else f"XXXX-{month:02d}"


def _year(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    return "DATE", m["year"]


def _decade(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    return "DATE", m["dec"][:3]


def _weekday(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    mod = (m["mod"] or "").lower()
    target = nz.WEEKDAYS[m["wd"].lower()]
    if ref is None:
        return "DATE", None
    if mod == "next":
        day = nz.weekday(ref + nz.timedelta(days=1), target, "future")
        if day.isocalendar()[:2] == ref.isocalendar()[:2]:
            day += nz.timedelta(days=7)  # "next Thursday" on a Wednesday: next week's
    else:
        if mod == "last":
            tense = "past"
        day = nz.weekday(ref, target, tense)
    if m["part"]:
        return "TIME", f"{day.isoformat()}T{PARTS[m['part'].lower()]}"
    return "DATE", _iso(day)


PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def _deictic(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    word = m["word"].lower()
    if ref is None:
        return "DATE", "PRESENT_REF" if word in ("today", "tonight") else None
    if word == "tonight":  # TimeML: a part of the day is a TIME
        return "TIME", f"{ref.isoformat()}TNI"
    return "DATE", _iso(ref + nz.timedelta(days=_DEICTIC[word]))


def _relative(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    mod = m["mod"].lower()
    offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0,
              "current": 0, "earlier this": 0, "later this": 0}[mod]
    if ref is None:
        return "DATE", "PAST_REF" if offset < 0 else "FUTURE_REF" if offset > 0 else "PRESENT_REF"
    return "DATE", nz.relative_unit(ref, m["unit"].lower().rstrip("s"), offset)[0]


def _shifted_year(ref: date, mod: str | None) -> int:
    """The year "last/next/this <season|year>" names."""
    return ref.year + {"last": -1, "next": 1}.get((mod or "").lower(), 0)


# the seasons in their order within a season-year (winter is labelled by the
# year it begins in, as :func:`normalize.season_of` does)
SEASON_ORDER = ("SP", "SU", "FA", "WI")


def _season(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    code = nz.SEASONS[m["season"].lower()]
    if m["year"]:
        return "DATE", f"{m['year']}-{code}"
    if ref is None:
        return "DATE", f"XXXX-{code}"
    mod = (m["mod"] or "").lower()
    if mod in ("last", "next"):
        return "DATE", f"{_nearest_season_year(ref, code, mod == 'next')}-{code}"
    return "DATE", f"{_shifted_year(ref, m['mod'])}-{code}"


def _nearest_season_year(ref: date, code: str, ahead: bool) -> int:
    """Class *season named from the reference date*: "last summer" is the
    latest summer before the season the text is written in, "next spring"
    the first one after it — not the calendar year's neighbour ("last
    summer" written in December 2008 is the summer of 2008; written in
    March 2009 it is still 2008's; "next spring" written in December 2008
    is 2009's, in March 2009 (spring already) 2010's)."""
    year, now = nz.season_of(ref)
    here, there = SEASON_ORDER.index(now), SEASON_ORDER.index(code)
    if ahead:
        return year if there > here else year + 1
    return year if there < here else year - 1


def _ago(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    amount = nz.amount(m["num"])  # "twenty-five" whole, as anniversaries read it
    unit = m["unit"].lower().rstrip("s")
    if ref is None or amount is None:
        return "DATE", "PAST_REF"
    return "DATE", nz.relative_unit(ref, unit, -amount)[0]


def _duration(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    num = m["num"].lower()
    amount = nz.amount(num) if num not in ("several", "few", "a few") else None
    if num == "a couple of":
        amount = 2
    return "DURATION", nz.duration(amount, m["unit"].lower())


def _ref(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    word = m["word"].lower()
    if word in ("now", "currently", "at present", "at the moment", "nowadays"):
        return "DATE", "PRESENT_REF"
    if word in ("recently", "lately", "in the past", "previously", "formerly"):
        return "DATE", "PAST_REF"
    return "DATE", "FUTURE_REF"


def _clock(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    hour, minute = int(m["h"]), int(m["min"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return "TIME", None
    day = ref.isoformat() if ref else "XXXX-XX-XX"
    return "TIME", f"{day}T{hour:02d}:{minute:02d}"


def _set(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    unit = m["unit"].lower().rstrip("s")
    return "SET", "P1" + {"day": "D", "week": "W", "month": "M", "year": "Y"}.get(unit, "D")


def _weekday_set(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    """"every Friday" -> XXXX-WXX-5 (TimeML SET)."""
    return "SET", f"XXXX-WXX-{nz.WEEKDAYS[m['wd'].lower()] + 1}"


def _quarter(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}[
        m["q"].lower()]
    year = m["year"] or (str(_shifted_year(ref, m["qmod"])) if ref else "XXXX")
    if ref and not (m["year"] or m["qmod"]) and tense == "past" and n > (ref.month + 2) // 3:
        year = str(ref.year - 1)  # "profit fell in the fourth quarter" (said in March)
    return "DATE", f"{year}-Q{n}"


HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
            "new year's eve": (12, 31), "new year's day": (1, 1), "new year’s eve": (12, 31),
            "new year’s day": (1, 1)}


def _holiday(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    month, day = HOLIDAYS[m.group(0).lower()]
    if ref is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    return "DATE", _iso(nz.month_day(ref, month, day, tense))


def _weekend(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    if ref is None:
        return "DATE", None
    offset = -1 if tense != "future" else 1
    if (m["mod"] or "").lower() in ("this", "the") and tense == "future":
        offset = 0
    return "DATE", nz.relative_unit(ref, "weekend", offset)[0]


def _narrative(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    return "DATE", None  # resolved later against the previous event's date


RULES: list[tuple[str, str, Handler]] = [
    ("full-date", rf"\b{MONTH}\s+{DAY},?\s+{YEAR}\b", _full_date),
    ("full-date-dmy", rf"\b{DAY}\s+{MONTH},?\s+{YEAR}\b", _full_date),
    ("iso-date", r"\b(?P<year>(?:19|20)\d{2})-(?P<mm>[01]\d)-(?P<dd>[0-3]\d)\b",
     lambda m, r, t: ("DATE", f"{m['year']}-{m['mm']}-{m['dd']}")),
    # a part of the month may lead ("late November 2024", "mid-June 2019"): the
    # year still names the month, where the bare "month" rule (the same length
    # without the year, and earlier) would resolve it against the text's day
    ("month-year", rf"\b(?:(?:early|mid|late)[- ])?{MONTH},?\s+(?:of\s+)?{YEAR}\b",
     _month_year),
    ("month-day", rf"\b{MONTH}\s+{DAY}\b(?!,?\s*\d{{4}})", _month_day),
    ("day-month", rf"\b(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}\b(?!,?\s*\d{{4}})", _month_day),
    ("weekday-set", rf"\b(?:every|each)\s+{WEEKDAY}\b", _weekday_set),
    ("weekday", rf"\b(?:(?P<mod>last|next|this)\s+)?{WEEKDAY}{PART}\b", _weekday),
    ("deictic", r"\b(?P<word>today|yesterday|tomorrow|tonight)\b", _deictic),
    ("this-part", r"\bthis\s+(?P<part>morning|afternoon|evening)\b",
     lambda m, r, t: ("TIME", f"{r.isoformat() if r else 'XXXX-XX-XX'}T"
                              f"{PARTS[m['part'].lower()]}")),
    ("adj-duration", rf"\b{NUM}-(?P<unit>day|week|month|year|hour|minute|decade)\b",
     lambda m, r, t: ("DURATION", nz.duration(nz.amount(m["num"]), m["unit"].lower()))),
    ("relative", r"\b(?P<mod>last|past|previous|next|coming|this|current|earlier this|later this)"
                 r"\s+(?P<unit>week(?:end)?|month|year|quarter|decade)\b", _relative),
    ("season", r"\b(?:(?P<mod>last|next|this|the)\s+)?(?P<season>spring|summer|autumn|fall|winter)"
               rf"(?:\s+(?:of\s+)?{YEAR})?\b", _season),
    ("quarter", r"\b(?:the\s+)?(?P<q>first|second|third|fourth)[\s-]+quarter"
                rf"(?:(?:\s+of)?\s+{YEAR}|\s+of\s+(?P<qmod>last|next|this)\s+year)?\b",
     _quarter),
    ("ago", rf"\b(?P<num>{coverage.AMOUNT}|several|few|a few|a couple of)\s+{UNIT}\s+ago\b",
     _ago),
    ("narrative", rf"\b{NUM}\s+{UNIT}\s+(?P<dir>later|earlier|after|before)\b"
                  r"|\bthe\s+(?P<nd>next|following|previous)\s+(?P<nunit>day|week|month|year)\b"
                  r"|\bthe\s+(?P<runit>day|week|month|year)\s+(?P<rdir>after|before)\b"
                  r"|\b(?P<vague>hours|minutes|moments)\s+(?P<vdir>later|earlier|after|before)\b",
     _narrative),
    ("set", r"\b(?:every|each)\s+(?P<unit>day|week|month|year)\b", _set),
    ("holiday", r"\b(?:christmas(?: eve| day)?|new year[’']s (?:eve|day))\b", _holiday),
    ("weekend", r"\b(?P<mod>the|this)\s+weekend\b", _weekend),
    ("duration", rf"\b(?:for\s+|the\s+(?:past|last)\s+)?{NUM}\s+{UNIT}\b", _duration),
    ("ref", r"\b(?P<word>now|currently|recently|lately|nowadays|at present|in the coming (?:days|"
            r"weeks|months|years)|soon|in the future)\b", _ref),
    ("noon", r"\b(?:at\s+)?(?P<word>noon|midnight)\b",
     lambda m, r, t: ("TIME", f"{r.isoformat() if r else 'XXXX-XX-XX'}T"
                              f"{'12:00' if m['word'].lower() == 'noon' else '24:00'}")),
    ("clock", r"\b(?:at\s+)?(?P<h>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d))?\s*"
              r"(?P<ampm>a\.?m\.?|p\.?m\.?)(?=\W|$)", _clock),
    ("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<dec>(?:1[89]|20)\d0)s\b", _decade),
    ("month", rf"\b(?:in\s+|last\s+|next\s+)?(?:(?:early|mid|late)[- ])?{MONTH}\b", _month),
    ("year", rf"(?<![\d$£€#.,])\b{YEAR}\b(?![\d%,.]\d)", _year),
]
# business calendar, clocks; sets, ordinals; nights; "that year"; timex25's classes
RULES += coverage.RULES + periods.RULES + nights.RULES + sameunit.RULES
# first: a rate's unit ("15 a year") is a SET where the plain rule reads "a year"
RULES = general.RULES + RULES
COMPILED = [(name, re.compile(rx, re.IGNORECASE), fn) for name, rx, fn in RULES]


def _leading_trim(text: str, start: int, end: int) -> tuple[int, int]:
    """TIMEX3 spans exclude leading prepositions: "on Thursday" -> "Thursday"."""
    span = text[start:end].lower()
    if span.startswith(("at least ", "at most ")):  # an approximator, no preposition
        return start, end
    for prefix in ("at ", "for ", "in "):
        if span.startswith(prefix):
            return start + len(prefix), end
    return start, end


def _narrative_shift(m: re.Match[str]) -> tuple[int, str] | None:
    if m["nd"]:
        return (-1 if m["nd"].lower() == "previous" else 1), m["nunit"].lower()
    if m["vague"]:  # "hours later", "minutes before (the blast)": the same day
        return 0, "hour" if m["vague"].lower() == "hours" else "minute"
    if m["runit"]:  # "the day before (the vote)", "the year after"
        return (-1 if m["rdir"].lower() == "before" else 1), m["runit"].lower()
    amount = nz.amount(m["num"]) if m["num"] else None
    if amount is None:
        return None
    sign = -1 if m["dir"].lower() in ("earlier", "before") else 1
    return sign * amount, m["unit"].lower().rstrip("s")


def find_timexes(text: str, ref: date | None,
                 tense_at: Callable[[int], str]) -> list[Found]:
    """All time expressions in ``text``; ``tense_at(offset)`` gives the tense
    (past/future, or present/schedule: see ``normalize.weekday``) of the
    clause at a character offset.

    The rules match case-insensitively, and Python's case folding reads a
    dotless i and a long s as "i" and "s" ("Auguſt", "Aprıl"), while the
    name tables are keyed by plain lower case: the text is matched with those
    two letters folded first, and with every decimal digit of another script
    folded to its ASCII digit ("٢٠٢٤", "१५", "２０２４"), one code point each,
    so every offset holds (:func:`windows.fold_for_matching`).
    """
    text = fold_for_matching(text)
    found: list[Found] = []
    lowered = text.lower()
    spaced = len(lowered) == len(text) and MAX_SPACE.search(text) is None
    # the month keywords place windows only where they stand as a month word
    worded = spaced  # (no folded letter is left in the text)
    # rules that share their keywords (six month rules, "every"/"each") share
    # the windows: placed once per text
    placed: dict[tuple[tuple[str, ...], bool], list[tuple[int, int]]] = {}
    occurrences: dict[str, list[int]] = {}  # a keyword's offsets, shared by the rules
    exact = len(lowered) == len(text)  # EXACT_NEEDLES and AFTER_SPACE hold (windows.py)
    for name, rx, handler in COMPILED:
        needles = (EXACT_NEEDLES.get(name) if exact else None) or NEEDLES.get(name) or \
            (SPACED_NEEDLES.get(name) if spaced else None)
        after_space = exact and name in AFTER_SPACE
        screen = SCREENS.get(name) if spaced else None
        if screen is not None:
            windows = screen_windows(text, screen)
        elif needles is None:
            windows = [(0, len(text))]
        elif (needles, after_space) in placed:
            windows = placed[needles, after_space]
        else:
            windows = placed[needles, after_space] = (
                month_windows(text, lowered, occurrences) if worded and needles == MONTHS
                else keyword_windows(lowered, needles, occurrences, after_space))
        for m in (m for lo, hi in windows for m in rx.finditer(text, lo, hi)):
            if not plausible(name, m) or in_compound(name, m):
                continue
            start, end = _leading_trim(text, m.start(), m.end())
            tense = tense_at(start)
            result = handler(m, ref, tense if name in nz.NEAREST_RULES else nz.plain_tense(tense))
            if result is None:
                continue
            shift = _narrative_shift(m) if name == "narrative" else None
            found.append(Found(start, end, result[0], result[1], name, shift))
    return _longest_first(found)


def _longest_first(found: list[Found]) -> list[Found]:
    """Longest expressions first, each kept unless it overlaps one kept
    before (kept ones sorted by start: only neighbours within the longest
    kept length are compared, so this stays linear in the text)."""
    kept: list[tuple[int, int, int]] = []  # (start, end, index into found)
    longest = 0
    order = sorted(range(len(found)), key=lambda i: (-(found[i].end - found[i].start),
                                                      found[i].start))
    for i in order:
        f = found[i]
        near = kept[bisect_left(kept, (f.start - longest,)):bisect_left(kept, (f.end,))]
        if all(f.end <= s or e <= f.start for s, e, _ in near):
            insort(kept, (f.start, f.end, i))
            longest = max(longest, f.end - f.start)
    rank = {i: r for r, i in enumerate(order)}
    return [found[i] for i in sorted((i for _, _, i in kept),
                                     key=lambda i: (found[i].start, rank[i]))]
