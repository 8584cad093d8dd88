"""Class *an appeal dated by the day it names* (issue #12, branch dates62):
a verb of appeal or commitment whose "for" phrase names the day of the act
called for — "the coalition called a general strike for Monday", "the
union has called a rally for Saturday morning", "the march the opposition
had called for Friday", "a sit-in called for Thursday" — does not happen
on that day: the call comes before it, and the text does not say when
(the guide's rule 1: a statement or appeal with no time expression of its
own is unknown). The day is the called act's (:mod:`called_day` reads it
as lying ahead); the rules that find an event's own expression took it as
the appeal's, read as ``explicit``.

Covered: the day's phrase is the object of "for" hanging on the appeal
verb (``APPEAL_LEMMAS``: call, summon, urge, ...) or on its direct object
("called [a strike for Monday]"), in any voice or clause (a relative
"the rally the party had called for Saturday", a reduced one "a strike
called for Monday"); and an "on <day>" after the protest step the appeal
names ("called for a vigil outside the court on Friday", "has called for a
protest in Male on Friday": the parser hangs the day on the call, but it
is the step's; gold leaves the 2 such calls of rec_ab and rec_ad unknown,
and "called for a rally in Noumea on Saturday" in rec_af likewise). Kept:
the appeal's own day ("called on Monday for a strike", "on Tuesday called
a strike for Friday": the rules date it by "on Monday"/"on Tuesday"), a
day that pre-modifies the called act ("called for Monday's strike") and
every other verb.

Counted on the 39 development sets and rec_an before the rule (m111 and
the rec_an start predictions, matched "call" triggers with "for <day or
date>" after them): gold leaves all 9 appeals unknown, and we dated 7,
one each in rec_o, rec_x, rec_ag and rec_an and three in rec_am, every one
a project-written text (the real outlets' texts hold none). Measured
(records_by_origin, dates62_r1 -> dates62_r2): date +7 / -0 events in rec_o,
rec_x, rec_ag and rec_am, real texts 0 / 0; rec_an +1 / -0.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, TimeValue
from eventwire.nlp.arrays import char_span
from eventwire.stages.time.called_day import APPEAL_LEMMAS, phrase_head
from eventwire.stages.time.governing import token_at

FOR, ON = "for", "on"
# the protest steps a call names ("called for a vigil outside the court on
# Friday": the day after the step is the step's, the parser hangs it on the call)
PROTEST_ACTS = {"protest", "strike", "rally", "march", "vigil", "demonstration", "sit-in",
                "boycott", "shutdown", "bandh", "hartal", "stayaway", "walkout", "blockade"}
OBJECT_DEPS = {"dobj", "nsubjpass"}


def names_called_day(doc: Doc, time: TimeValue, trigger: Token) -> bool:
    """The event's date comes from a "for" phrase that names the day of the
    act ``trigger`` (a verb of appeal) calls for (module docstring)."""
    if trigger.lemma_.lower() not in APPEAL_LEMMAS or trigger.pos_ not in ("VERB", "AUX") \
            or time.start is None or time.end is None:
        return False
    span = char_span(doc, time.start, time.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = phrase_head(span.root)
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == ON and prep.head == trigger:
        return _called_act_before(trigger, head)  # "called for a vigil ... on Friday"
    if head.dep_ != "pobj" or prep.lower_ != FOR:
        return False
    host = prep.head
    return host == trigger or (host.dep_ in OBJECT_DEPS and host.head == trigger)


def _called_act_before(trigger: Token, day: Token) -> bool:
    """A protest step the appeal calls for ("for a vigil", "a rally") stands
    between the appeal verb and ``day``."""
    acts = [c for c in trigger.children if c.dep_ in OBJECT_DEPS] + [
        o for c in trigger.children if c.dep_ == "prep" and c.lower_ == FOR
        for o in c.children if o.dep_ == "pobj"]
    return any(a.lemma_.lower() in PROTEST_ACTS and a.i < day.i for a in acts)


def undate_appeals_for_a_day(doc: Doc, events: list[EventMention]) -> None:
    """Leave an appeal dated by the day of the act it calls for unknown
    (module docstring)."""
    for event in events:
        if event.time.value is None:
            continue
        trigger = token_at(doc, event.trigger.start)
        if trigger is not None and names_called_day(doc, event.time, trigger):
            event.time = TimeValue(anchor="unknown")
