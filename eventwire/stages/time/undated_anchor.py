"""Where the time line's anchor stands: features of the undated-event model.

The ``timeline`` candidate of :mod:`eventwire.stages.time.undated` is the
text's last calendar date before the event's sentence
(:func:`undated_features.timeline_timex`). dates62 counted the largest
real-text date error class, *time-line anchoring*: an act dated through
that anchor one day late, usually the publication day, often from a
headline or a date line. What the anchor *is* matters, not only where it
falls against the publication date (``undated_features._timeline``):

* ``anchor_header`` — the anchor is a date of the article, not of a told
  act: it stands in the title line, in a stamp line ("Updated Thu 6 May
  2010, 9:03am", "April 10, 2007 - 7:07AM") or in the date line that opens
  the first body line ("MOSCOW, May 14 (Interfax) - ..."). Such an anchor
  dates the publication, and the acts after it were told, not done, that
  day.
* ``anchor_relative_day`` — the anchor is a relative day word or a weekday
  ("yesterday", "on Tuesday", "tonight"): a told act's day, resolved against
  the publication date, as against a written calendar date.

Both are read per event from the anchor the ``timeline`` candidate would
take (names are stable: the shipped model is keyed by them).
"""

from __future__ import annotations

import re

from eventwire.models import Timex

# a date line: a place in capitals (or a place and a date) closed by a dash
# or an agency in brackets before the first words of the story
DATELINE = re.compile(
    r"^[^\n]{0,80}?(?:\)\s*[-\u2013\u2014]|\s[-\u2013\u2014]\s|\(\w[^)]{0,40}\)\s)")
RELATIVE_DAY = re.compile(
    r"\b(?:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
STAMP_WORDS = 4  # at most this many words besides the date on a stamp line
WORD = re.compile(r"[A-Za-z]{2,}")


def _line(text: str, offset: int) -> tuple[int, int]:
    """(start, end) of the line holding ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, (end if end >= 0 else len(text))


def header_anchor(text: str, title_stop: int, anchor: Timex) -> bool:
    """Class *anchor in the article's header*: ``anchor`` stands in the
    title line, on a stamp line (few words besides the date), or in the
    date line before the first dash of a body line ("PARIS, March 3 (AFP)
    - ..."). ``title_stop`` is the offset of the line break that ends the
    title (``undated_features.title_end``; -1: the text has no title)."""
    if 0 <= title_stop and anchor.start < title_stop:
        return True
    start, end = _line(text, anchor.start)
    rest = text[start:anchor.start] + " " + text[anchor.end:end]
    if len(WORD.findall(rest)) <= STAMP_WORDS:
        return True
    m = DATELINE.match(text[start:end])
    return m is not None and anchor.end <= start + m.end()


def relative_day_anchor(anchor: Timex) -> bool:
    """Class *anchor told as a relative day*: the anchor's words name a day
    by a weekday or a word relative to today ("on Tuesday", "yesterday",
    "last night"), not by a written calendar date ("May 3", "3/5/2021")."""
    return RELATIVE_DAY.search(anchor.text) is not None


def anchor_features(text: str, title_stop: int, anchor: Timex | None) -> dict[str, float]:
    """The two features of the ``timeline`` candidate's anchor (none when
    the text gives no date before the event's sentence)."""
    if anchor is None:
        return {}
    out: dict[str, float] = {}
    if header_anchor(text, title_stop, anchor):
        out["anchor_header"] = 1.0
    if relative_day_anchor(anchor):
        out["anchor_relative_day"] = 1.0
    return out
