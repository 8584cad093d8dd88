"""Class *the episode a lead's second day tells* (issue #12, branch dates65).

A wire lead often tells two days: the day's response in its main clause and
the episode that brought it about in an after- or when-clause, with a day of
its own ("France on Wednesday sent 200 gendarmes to Tahiti after a march in
Papeete turned violent on Tuesday"; "The prefect imposed a curfew on
Thursday after youths set fire to a pharmacy during a night of rioting on
Wednesday"; "Kinshasa summoned the envoy on Tuesday, a day after militias
attacked the camp"). The sentences after the lead then tell that episode's
detail with no date of their own ("Police fired tear gas at protesters who
threw stones"; "Two gendarmes were wounded by buckshot"; "The militia
denied that its fighters had attacked the camp"), and the date ranker gives
them the lead's main day, the day of the response. An act of the episode's
PLOVER type — a type the lead tells only on its other day, never on its
main day — is that episode's, and takes its day.

The lead is the sentence of the body's first event on the body's first line
(a dateline the parser splits off holds no event). Guards: the act's
sentence gives no time expression of its own; its date is the lead's main
day, read from no expression of its own sentence (anchor
not ``explicit``/``sentence``); the type is not one the lead tells on its
main day (an arrest after an arrest is the response's); lead dates are days.

Counted on dates65_r2 (41 sets; predictions): 14 matched acts would change,
9 to the gold day, 2 from it, 3 wrong either way (all own texts; real texts
have few two-day leads); rec_ap 2 to the gold day, none from it. Measured
dates65_r4 vs r2: date +9/-2 (own, 7 sets; real unchanged), no other field
moved; rec_ap +2/-0 (ap-07), date .763 -> .769.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.models import EventMention, TimeValue, Timex
from eventwire.nlp.extensions import text_of
from eventwire.nlp.sentences import sent_of
from eventwire.stages.time.governing import token_at

OWN_ANCHORS = {"explicit", "sentence"}
TEXT_ANCHORS = {"explicit", "narrative", "speech", "sentence"}


def date_lead_episodes(doc: Doc, events: list[EventMention], timexes: list[Timex]) -> None:
    """Give the episode of a two-day lead its day (module docstring)."""
    text = text_of(doc)
    first_break = text.find("\n")
    line_end = text.find("\n", first_break + 1)
    body = [e.trigger.start for e in events if e.trigger.start > first_break >= 0]
    # the lead: the sentence of the body's first event, on the body's first line
    # (a dateline the parser reads as a sentence of its own holds no event)
    first = token_at(doc, min(body)) if body else None
    if first is None or (line_end >= 0 and first.idx > line_end):
        return
    lead = sent_of(first)
    lead_start, lead_end = lead.start_char, lead.end_char
    told = sorted((e for e in events if lead_start <= e.trigger.start < lead_end
                   and e.time.value is not None and e.time.granularity == "day"
                   and e.time.anchor in TEXT_ANCHORS), key=lambda e: e.trigger.start)
    if not told:
        return
    main = told[0].time.value
    main_types = {e.type for e in told if e.time.value == main}
    other_day: dict[str, TimeValue] = {}
    for e in told:
        if e.time.value != main and e.type not in main_types:
            other_day.setdefault(e.type, e.time)
    if not other_day:
        return
    for event in events:
        found = other_day.get(event.type)
        if found is None or event.trigger.start < lead_end or event.time.value != main \
                or event.time.anchor in OWN_ANCHORS:
            continue
        tok = token_at(doc, event.trigger.start)
        if tok is None:
            continue
        sent = sent_of(tok)
        if any(sent.start_char <= t.start < sent.end_char for t in timexes):
            continue
        event.time = TimeValue(value=found.value, granularity=found.granularity,
                               text=found.text, start=found.start, end=found.end,
                               anchor="narrative", background=found.background)
