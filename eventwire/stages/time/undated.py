"""The date of an event that no expression governs: a decision per event.

When the rules of :mod:`eventwire.stages.time.anchoring` find no date for an
event that has happened, three readings compete:

* ``publication`` — the event is the news of the day (the article reports
  it as today's or yesterday's news): the publication date, granularity
  ``day``, anchor ``publication``;
* ``timeline`` — the event continues the text's own time line: the last
  calendar date the text gave before the event's sentence (its value and
  granularity: "In March, ... . The army also ..." -> March), anchor
  ``narrative``;
* ``unknown`` — the text does not date it (a recollection, a state, a
  claim without a day).

The choice is made by a small multinomial logistic regression over parse
and discourse features (:func:`features`) shipped as package data
(``eventwire/data/time/undated.json``) and built deterministically by
``tools/undated_topic_folds.py --write`` from MEANTIME dev gold event dates
and every article of the development record sets (dates59, refit on the
gold of relabel65/66 in dates60; held-out
figures in that tool's docstring). The policies ``unknown`` and ``publication`` of the
setting ``undated_events`` bypass the model. The model and its k-fold
figures against the two fixed policies are in ``docs/time.md`` and
``docs/BENCHMARKS.md``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.errors import Errors, EventwireError
from eventwire.models import EventMention, Quote, TimeValue, Timex
from eventwire.nlp.extensions import text_of
from eventwire.nlp.sentences import sent_of
from eventwire.paths import DATA_DIR
from eventwire.stages.time.act_kinds import act_kind, happened
from eventwire.stages.time.clauses import past_simple_tag
from eventwire.stages.time.foreground import foreground_attack
from eventwire.stages.time.perfect import perfect_result
from eventwire.stages.time.undated_features import (
    calendar_value,
    features,
    sentence_index,
    timeline_timex,
)

MODEL_PATH = DATA_DIR / "time" / "undated.json"
CHOICES = ("publication", "timeline", "unknown")
Recorder = Callable[[EventMention, list[TimeValue], dict[str, float]], None]
# Training tools (``tools/train_undated.py``) register here to read each
# event the learned policy asks the model about, with its candidate per
# choice (in ``CHOICES`` order) and its features, where they are computed at
# run time (the rules before the model decide which events reach it).
RECORDERS: list[Recorder] = []
POLICIES = ("learned", "unknown", "publication")
# the events stage's rule of a sentence being served (events/procedure_states.py)
SERVED_RULE = "curated-verb+served"


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> dict[str, Any]:
    if not path.exists():
        raise EventwireError(Errors.E601, name="undated_events", value="learned",
                             detail=f"{path} is missing: run tools/train_undated.py or set "
                                    "undated_events to unknown or publication")
    model: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return model


def predict_choice(feats: dict[str, float], model: dict[str, Any]) -> str:
    """The class with the highest linear score (ties: the first in
    ``model["classes"]``)."""
    scores = []
    for cls in model["classes"]:
        weights = model["weights"][cls]
        scores.append(sum(weights.get(k, 0.0) * v for k, v in feats.items()))
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return str(model["classes"][best]) if not math.isnan(scores[best]) else "unknown"


def candidate(choice: str, timexes: list[Timex], trigger: Token,
              published: date) -> TimeValue:
    """The TimeValue a choice stands for (``timeline`` without a date before
    the sentence falls back to ``unknown``)."""
    if choice == "publication":
        return TimeValue(value=published.isoformat(), granularity="day", anchor="publication")
    if choice == "timeline":
        prev = timeline_timex(trigger.doc, timexes, sent_of(trigger).start_char)
        cal = calendar_value(prev) if prev is not None else None
        if prev is not None and cal is not None:
            return TimeValue(value=cal[0], granularity=cal[1], text=prev.text, start=prev.start,
                             end=prev.end, anchor="narrative")
    return TimeValue(anchor="unknown")


def bulletin_lead(doc: Doc, event: EventMention, trigger: Token,
                  timexes: list[Timex]) -> bool:
    """Class *undated bulletin*: a text that gives no calendar date at all
    can only be read against its publication date, so the past act of its
    first sentence (or of the first line after a title) is the day's news
    ("Police arrested twelve protesters in the capital.", "Troops fired on
    a crowd outside the palace.", "Rebels seized two oil wells in the
    east."). The model never saw such a text (every training article gives
    a date: a dateline, a weekday), so it decides nothing here; a statement
    or reaction is left to it ("The ministry condemned the bombing.")."""
    if any(calendar_value(t) is not None for t in timexes) or not past_simple_tag(trigger) \
            or act_kind(event) not in ("material", "other") \
            or not happened(event):
        return False
    index = sentence_index(doc, trigger.i)
    if index == 0:
        return True
    first_break = text_of(doc).find("\n")
    return index == 1 and 0 <= first_break < sent_of(trigger).start_char \
        and sentence_index(doc, sent_of(trigger).start - 1) == 0


def undated_time(doc: Doc, event: EventMention, trigger: Token, timexes: list[Timex],
                 quotes: list[Quote], published: date, policy: str) -> TimeValue:
    """The date of an event no expression governs, under ``policy``
    (``learned``, ``unknown`` or ``publication``). ``background`` is set by
    the caller."""
    if policy == "publication":
        return candidate("publication", timexes, trigger, published)
    if policy == "unknown":
        return TimeValue(anchor="unknown")
    if bulletin_lead(doc, event, trigger, timexes):
        return candidate("publication", timexes, trigger, published)
    if foreground_attack(event, trigger):  # class *foreground attack* (dates17)
        return candidate("timeline", timexes, trigger, published)
    if perfect_result(trigger) or SERVED_RULE in event.rules:
        # class *undated perfect of result* (dates25); a sentence being served is
        # a state, undated unless the text dates it (relabel50, events51)
        return TimeValue(anchor="unknown")
    feats = features(doc, event, trigger, timexes, quotes, published)
    for record in RECORDERS:
        record(event, [candidate(c, timexes, trigger, published) for c in CHOICES], feats)
    return candidate(predict_choice(feats, load_model()), timexes, trigger, published)
