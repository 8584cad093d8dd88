"""Class *past act dated after the report* (issue #12, branch dates15).

An act the text tells in the past tense ("was shot", "charged", "offered")
has happened by the time the report was published, so a date that begins
after the publication day cannot be its own. Such a date comes from a
misreading, not from the text's meaning:

* a weekday or a month and day that governs the act (anchor
  ``explicit``) read forward because the tense check took its verb for a
  schedule: the same weekday or day read backward is the act's (the last
  Friday, the last August 2 up to publication);
* anything else — a date the act only shares a sentence with ("was shot
  ... while on his way to work early Aug. 2", "was released on a promise
  to appear in court on May 12"), a chain (anchor ``narrative``), another
  rule ("This morning, 41 years later, police have charged", "said it
  would not open talks until 2028, and accused the EU of blackmail"): no
  date (``unknown``) rather than an impossible one.

A past act is a verb in the past simple, a passive or perfect with a past
or perfect auxiliary, or a past participle describing a noun ("a teenager
shot by police"); not a present passive ("is expected"), not under a modal
or "to" ("will be charged", "is to be sentenced"): those look ahead.
The check runs last, after the date ranker
(:mod:`eventwire.stages.time.date_ranking`), whose own choice among the
candidates may already have left such a date; chains built on the
impossible date earlier are not redone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, TimeValue, Timex
from eventwire.nlp.spans import first_conjunct
from eventwire.stages.time.governing import token_at
from eventwire.stages.time.pending import condition_deadline
from eventwire.stages.time.ranges import timex_range

PAST_AUX = {"was", "were", "has", "have", "had", "been", "'ve", "'d"}
FORWARD_RULES = {"weekday": 7, "month-day": 0, "day-month": 0}  # days back; 0 = a year
# the expression governs the act: reading it backward dates the act (a date
# the act only shares a sentence with may be another clause's: "was released
# on a promise to appear in court on May 12")
OWN_ANCHORS = {"explicit"}


def past_act(trigger: Token) -> bool:
    """The trigger is a verb telling an act that has happened."""
    if trigger.tag_ not in ("VBD", "VBN"):
        return False
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and trigger.dep_ == "conj":  # "have arrested and charged"
        auxes = [c for c in first_conjunct(trigger).children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    if trigger.tag_ == "VBD":
        return not auxes
    lowers = {a.lower_ for a in auxes}
    return bool(lowers) and lowers <= PAST_AUX or (
        not lowers and trigger.dep_ in ("ROOT", "conj", "acl"))


def _backward(value: str, rule: str) -> str | None:
    """The same weekday / month and day read backward, None for other rules."""
    if rule not in FORWARD_RULES or len(value) < 10:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    if FORWARD_RULES[rule]:
        return (day - timedelta(days=FORWARD_RULES[rule])).isoformat()
    try:
        return day.replace(year=day.year - 1).isoformat()
    except ValueError:  # February 29
        return None


def after_report(found: TimeValue, trigger: Token, timexes: list[Timex],
                 published: date | None, background: Callable[[str | None], bool]
                 ) -> TimeValue:
    """``found`` unless it dates a past act after publication (module
    docstring): then the expression read backward, or no date."""
    if found.value is None or published is None:
        return found
    start, _end = timex_range(found.value)
    if start is None or start <= published.isoformat() or not past_act(trigger) \
            or condition_deadline(trigger, timexes) is not None:  # "if not freed by Friday"
        return found
    evidence = next((t for t in timexes if t.start == found.start and t.end == found.end
                     and found.anchor in OWN_ANCHORS), None)
    back = _backward(found.value, evidence.rule) if evidence is not None else None
    if back is None or back > published.isoformat():
        return TimeValue(anchor="unknown")
    return TimeValue(value=back, granularity="day", text=found.text, start=found.start,
                     end=found.end, anchor=found.anchor, background=background(back))


def recheck_events(doc: Doc, events: list[EventMention], timexes: list[Timex],
                   background: Callable[[str | None], bool]) -> None:
    """The last word on every event's date (after the ranker): no past act
    keeps a date after publication."""
    for event in events:
        trigger = token_at(doc, event.trigger.start)
        if trigger is not None:
            event.time = after_report(event.time, trigger, timexes, doc._.published, background)
