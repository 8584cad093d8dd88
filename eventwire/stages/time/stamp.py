"""Class *the text's own date stamp* (branch dates5, issue #12): when an
article comes without a publication date, the date the text prints at its
top stands in for it.

Real articles carry their date in the first lines: a line that is only a
date ("December 20, 2007", "Friday, Sep 10, 2010", "Updated: November 11,
2011 18:50 IST", "Posted 11 October 2025"), or a dateline with a full date
("Algiers, 7 April 2025 —", "LOME, June 29, 2025 (AFP) -"). Without a
publication date every weekday, "yesterday" and undated event stays
unknown; with the stamp they resolve as they would with the metadata. Only
a full date (day, month and year) within the first ``TOP_LINES`` lines
counts; the metadata, when present, always wins.
"""

from __future__ import annotations

import re
from datetime import date

TOP_LINES = 4
STAMP_WORDS = (r"(?:(?:updated|posted|published|last\s+updated|first\s+published)"
               r"\s*:?\s*(?:on\s+)?)?")
WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+"
MONTH_WORD = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
              r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")


def _full(n: str) -> str:
    """A full date; ``n`` tells the group names of one alternative apart."""
    day, year = rf"(?P<d{n}>[0-3]?\d)(?:st|nd|rd|th)?", rf"(?P<y{n}>(?:19|20)\d{{2}})"
    return (rf"(?:(?P<m{n}>{MONTH_WORD})\.?\s+{day},?\s+{year}"
            rf"|(?P<e{n}>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<n{n}>{MONTH_WORD})\.?,?\s+"
            rf"(?P<z{n}>(?:19|20)\d{{2}})|(?P<iy{n}>(?:19|20)\d{{2}})-(?P<im{n}>[01]\d)-"
            rf"(?P<id{n}>[0-3]\d))")


FULL = _full("")
# a line that is only a date, maybe with a stamp word, a weekday and a clock time
DATE_LINE = re.compile(rf"(?i)^\s*{STAMP_WORDS}(?:{WEEKDAY})?{FULL}\b[^\n]{{0,30}}$")
# "CITY[, Country], <full date> [(Agency)] -/—"
DATELINE = re.compile(rf"(?i)^[A-Z][\w.'’/ -]{{1,40}}(?:,\s*[A-Z][\w.'’ -]{{1,30}})?,\s*"
                      rf"{FULL}\s*(?:\([^)\n]{{1,40}}\))?\s*(?:--|[-–—:])")
MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                      "sep", "oct", "nov", "dec"), start=1)}


def _date(m: re.Match[str]) -> date | None:
    try:
        if m["iy"]:
            return date(int(m["iy"]), int(m["im"]), int(m["id"]))
        if m["m"]:
            return date(int(m["y"]), MONTHS[m["m"].lower()[:3]], int(m["d"]))
        return date(int(m["z"]), MONTHS[m["n"].lower()[:3]], int(m["e"]))
    except ValueError:
        return None


def text_stamp(text: str) -> date | None:
    """The full date a stamp line or dateline in the text's first lines
    gives, None without one."""
    for line in text.split("\n", TOP_LINES)[:TOP_LINES]:
        for rx in (DATE_LINE, DATELINE):
            m = rx.search(line) if rx is DATELINE else rx.match(line)
            if m is not None:
                found = _date(m)
                if found is not None:
                    return found
    return None
