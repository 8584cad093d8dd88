"""The ``eventwire_event_time`` component: a time for every event.

Order of evidence (``TimeValue.anchor``):
1. ``explicit`` — a DATE/TIME expression that governs the trigger (the
   expression sits in the trigger's clause or noun phrase: "stressed on
   Thursday", "Washington's January 3 assassination");
2. ``narrative`` — such an expression is relative to an earlier one ("just
   two days later" -> January 5);
3. ``speech`` — the event is reported inside a statement whose speech verb
   has a time ("Mohi stressed on Thursday that …"): the statement's time;
4. ``publication`` — nothing in the text: the publication date, flagged;
5. ``unknown`` — no publication date either, or the clause is in the past
   perfect ("had agreed"), where the publication date would mislead.

``background`` is true when the event's whole date range ends more than
``NEWS_WINDOW_DAYS`` before publication: it is recalled, not new.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.models import EventMention, Quote, TimeValue, Timex
from eventwire.nlp.extensions import get_list, register_extensions
from eventwire.nlp.spans import doc_index
from eventwire.stages.time.ranges import timex_range

NEWS_WINDOW_DAYS = 7
MAX_HOPS = 4


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _governs(timex_tok: Token, trigger: Token) -> bool:
    """The timex attaches to the trigger within a few dependency hops, and
    not through another verb."""
    cur = timex_tok
    for _ in range(MAX_HOPS):
        if cur.head == cur:
            return False
        cur = cur.head
        if cur == trigger:
            return True
        if cur.pos_ == "VERB" and cur != trigger:
            return False
    return False


def _dated(t: Timex) -> bool:
    return t.type in ("DATE", "TIME") and bool(t.value) and t.value[:1] in "0123456789X"


def _timex_for(doc: Doc, trigger: Token, sent: Span, timexes: list[Timex]) -> Timex | None:
    for t in (timexes[i] for i in doc_index(doc, "timexes").starting(sent.start_char,
                                                                       sent.end_char)):
        if not _dated(t):
            continue
        head = _timex_head(doc, t)
        if head is not None and (_governs(head, trigger) or head.head == trigger.head == head
                                 or trigger in head.ancestors and _close(head, trigger)):
            return t
    return None


def _close(a: Token, b: Token) -> bool:
    return abs(a.i - b.i) <= 12


def _timex_head(doc: Doc, t: Timex) -> Token | None:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span.root if span is not None else None


def _speech_time(doc: Doc, trigger_start: int, quotes: list[Quote],
                 timexes: list[Timex]) -> Timex | None:
    for q in (quotes[i] for i in doc_index(doc, "quotes", "content").containing(trigger_start)):
        if q.cue is None:
            continue
        cue = _token_at(doc, q.cue.start)
        if cue is None:
            continue
        found = _timex_for(doc, cue, cue.sent, timexes)
        if found is not None:
            return found
    return None


HOST_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "acl", "prep"}


def _hosts(trigger: Token) -> list[Token]:
    """The trigger, then the clause that carries it when it is a noun or a
    participle inside a noun phrase: "aid reached the town on Monday",
    "passed a bill demanding the expulsion" (two days later). Never through
    a clausal complement: a statement's time is the 'speech' anchor."""
    hosts = [trigger]
    cur = trigger
    for _ in range(3):
        if cur.dep_ not in HOST_DEPS or cur.head == cur:
            break
        cur = cur.head
        if cur.pos_ == "VERB":
            hosts.append(cur)
            break
    return hosts


def _past_perfect(trigger: Token) -> bool:
    return any(c.lower_ == "had" and c.dep_ == "aux" for c in trigger.children)


def is_background(value: str | None, published: date | None) -> bool:
    if not value or published is None:
        return False
    _, end = timex_range(value)
    if end is None:
        return False
    return date.fromisoformat(end) < published - timedelta(days=NEWS_WINDOW_DAYS)


def time_for(doc: Doc, event: EventMention, timexes: list[Timex],
             quotes: list[Quote]) -> TimeValue:
    trigger = _token_at(doc, event.trigger.start)
    published: date | None = doc._.published
    if trigger is not None:
        found = None
        for host in _hosts(trigger):
            found = _timex_for(doc, host, trigger.sent, timexes)
            if found is not None:
                break
        anchor = "explicit"
        if found is None:
            found, anchor = _speech_time(doc, event.trigger.start, quotes, timexes), "speech"
        if found is not None and found.value:
            if found.rule.startswith("narrative"):
                anchor = "narrative"
            return TimeValue(value=found.value, granularity=found.granularity, text=found.text,
                             start=found.start, end=found.end, anchor=anchor,
                             background=is_background(found.value, published))
        if _past_perfect(trigger):
            return TimeValue(anchor="unknown")
    if published is None:
        return TimeValue(anchor="unknown")
    return TimeValue(value=published.isoformat(), granularity="day", anchor="publication")


def anchor_events(doc: Doc) -> None:
    timexes = get_list(doc, "timexes")
    quotes = get_list(doc, "quotes")
    for event in get_list(doc, "events"):
        event.time = time_for(doc, event, timexes, quotes)


@Language.factory("eventwire_event_time", requires=["doc._.events", "doc._.timexes"],
                  assigns=["doc._.events"])
def make_event_time(nlp: Language, name: str) -> EventTimer:
    return EventTimer()


class EventTimer:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        anchor_events(doc)
        return doc
