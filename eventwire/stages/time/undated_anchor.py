"""Where the time line's anchor stands: a feature of the undated-event model.

The ``timeline`` candidate of :mod:`eventwire.stages.time.undated` is the
text's last calendar date before the event's sentence
(:func:`undated_features.timeline_timex`). dates62 counted the largest
real-text date error class, *time-line anchoring*: an act dated through
that anchor, often one day late. dates63 tried what the anchor *is*, beside
where it falls against the publication date (``undated_features._timeline``);
held out (leave-one-set-out, topic-clean, ``tools/undated_topic_folds.py
--c 3.0``, 3,574 examples; without the dates63 features: real 0.503 of
953, own 0.729 of 2,621):

* kept, ``anchor_relative_far`` — class *a relative day far back*: the
  anchor names a day by a weekday or a word relative to today ("on
  Tuesday", "yesterday", "last night") and stands more than two sentences
  before the act. Such a day is a told act's day in the lede; an act told
  three or more sentences later is less often that act's day (a reaction,
  a back story) than one right after a written date. Real 0.505 (+2
  events, sets won/lost 6/3), own 0.730 (+4, 6/2).
* dropped (measured, not shipped): the anchor on a title, stamp or date
  line ("MOSCOW, May 14 (Interfax) - ...": real 0.491, own 0.726); any
  relative-day anchor (real 0.504, own 0.726); either of these with a past
  simple act (real 0.499 / 0.503, own 0.726 / 0.727); a date line anchor
  equal to the publication day (real 0.491).

The margin is small and was chosen among those six on the same folds: a
selection, not a clean held-out win; the feature name is stable (the
shipped model is keyed by it).
"""

from __future__ import annotations

import re

from eventwire.models import Timex

RELATIVE_DAY = re.compile(
    r"\b(?:yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
FAR_GAP = 2  # sentences between the anchor's sentence and the act's: more is far


def relative_day_anchor(anchor: Timex) -> bool:
    """The anchor's words name a day by a weekday or a word relative to
    today ("on Tuesday", "yesterday", "last night"), not by a written
    calendar date ("May 3", "3/5/2021")."""
    return RELATIVE_DAY.search(anchor.text) is not None


def anchor_features(anchor: Timex, gap: int) -> dict[str, float]:
    """The feature of the ``timeline`` candidate's anchor ``gap`` sentences
    before the act's sentence (class *a relative day far back*)."""
    if gap > FAR_GAP and relative_day_anchor(anchor):
        return {"anchor_relative_far": 1.0}
    return {}
