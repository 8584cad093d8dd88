"""TIMEX3 rules for periodic, ordinal and open-ended expressions (branch timex2).

Classes rule systems often miss in news (issue #12), each a handler with the
signature of :data:`detect.Handler`:

- *frequency adverbs* (TimeML SET): "dividends are paid annually", "the
  index is published quarterly", "the board meets monthly" -> ``P1Y``,
  ``P3M``, ``P1M``; the adjectives ("a quarterly report", "a daily
  newspaper") are left alone except "annual", which the rule does not take;
- *day of the month by ordinal*: "as early as the 15th", "from the 3rd to
  the 9th", "on the 21st," -> that day of the reference month (tense decides
  past or next month when the day is beyond / before the reference date);
  "the 15th century", "the 3rd floor", "the 20th anniversary" are not days
  (a word must not follow);
- *centuries*: "the 19th century", "the twentieth century" -> ``18``, ``19``
  (TimeML century value: the first two digits of its years);
- *the last stretch as a duration*: "for the past month", "over the last
  year", "during the past week" -> ``P1M``, ``P1Y``, ``P1W`` (TimeML: a
  stretch measured back from now behind for/over/during is a DURATION);
- *bare plural units*: "for years", "within days", "for decades", "over
  months" -> ``PXY``, ``PXD`` (an unspecified number of units);
- *the past / the future*: "unlike in the past", "plans for the future",
  "has happened before in the past" -> ``PAST_REF`` / ``FUTURE_REF``.
"""

from __future__ import annotations

import re
from datetime import date

from eventwire.stages.time import normalize as nz

FREQUENCY = {"annually": "P1Y", "yearly": "P1Y", "quarterly": "P3M", "monthly": "P1M",
             "weekly": "P1W", "daily": "P1D", "hourly": "PT1H", "biannually": "P6M",
             "biennially": "P2Y", "fortnightly": "P2W"}
ORDINAL_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
                 "seventeenth": 17, "sixteenth": 16, "fifteenth": 15}


def _frequency(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    return "SET", FREQUENCY[m["freq"].lower()]


def _ordinal_day(m: re.Match[str], ref: date | None, tense: str
                 ) -> tuple[str, str | None] | None:
    day = int(m["d"])
    if not 1 <= day <= 31:
        return None
    if ref is None:
        return "DATE", f"XXXX-XX-{day:02d}"
    value = _day_in_month(ref, day, tense)
    return ("DATE", value.isoformat()) if value else None


def _day_in_month(ref: date, day: int, tense: str) -> date | None:
    """The reference month's day; a future clause with a day already past
    moves to the next month, a past clause with a day still ahead to the
    previous one."""
    year, month = ref.year, ref.month
    if tense == "future" and day < ref.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif tense == "past" and day > ref.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return nz._safe(year, month, day)


def _century(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    n = int(m["c"]) if m["c"] else ORDINAL_WORDS[m["cw"].lower()]
    return "DATE", f"{n - 1:02d}"


def _last_stretch(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    return "DURATION", nz.duration(1, m["unit"].lower())


def _bare_plural(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    return "DURATION", nz.duration(None, m["unit"].lower())


def _past_future(m: re.Match[str], ref: date | None, tense: str) -> tuple[str, str | None]:
    return "DATE", "PAST_REF" if m["pf"].lower() == "past" else "FUTURE_REF"


# after for/over/during/throughout/within (fixed-width look-behinds: the
# preposition stays outside the span, as TIMEX3 wants)
_AFTER_PREP = "(?:" + "|".join(f"(?<=\\b{p} )" for p in ("for", "over", "during",
                                                          "throughout", "within")) + ")"

# a lower-case word that is not a preposition or conjunction: after
# "quarterly" it is the noun of an adjective ("a quarterly report")
_NOT_FUNCTION = (r"(?!(?:in|at|on|and|or|but|to|for|since|from|until|with|by|as|because|"
                 r"while|after|before|than|if|when)\b)")

RULES = [
    ("frequency", r"(?<!-)\b(?P<freq>annually|yearly|quarterly|monthly|weekly|daily|hourly|"
                  r"biannually|biennially|fortnightly)\b(?!\s+" + _NOT_FUNCTION + "[a-z])",
     _frequency),
    ("ordinal-day", r"\bthe\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s*(?:-|[A-Za-z]))",
     _ordinal_day),
    ("century", r"\bthe\s+(?:(?P<c>1\d|2[01])(?:st|nd|rd|th)|(?P<cw>"
                + "|".join(ORDINAL_WORDS) + r"))[\s-]+century\b", _century),
    ("last-stretch", _AFTER_PREP + r"the\s+(?:past|last)\s+"
                     r"(?P<unit>week|month|year|decade)\b", _last_stretch),
    ("bare-plural", _AFTER_PREP + r"(?P<unit>days|weeks|months|years|decades)\b"
                    r"(?!\s+(?:of|to|ago|later|earlier|before|after)\b)", _bare_plural),
    ("past-future", "(?:" + "|".join(f"(?<=\\b{p} )" for p in ("in", "for", "of", "from"))
     + r")the\s+(?P<pf>past|future)\b(?!-|\s+(?:\d|few|several|two|three|four|five|ten|"
     r"(?:day|week|month|year|decade|century|quarter|hour)s?\b))",
     _past_future),
]
# a rule runs only when one of its words is in the lower-cased text
NEEDLES = {"frequency": tuple(FREQUENCY),
           "century": ("century",), "last-stretch": ("past", "last"),
           "bare-plural": ("days", "weeks", "months", "years", "decades"),
           "past-future": ("past", "future")}
