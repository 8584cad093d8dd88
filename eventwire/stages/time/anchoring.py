"""The ``eventwire_event_time`` component: a time for every event.

Order of evidence (``TimeValue.anchor``), following the time rules of
``docs/annotation.md``:
1. ``explicit`` — a DATE/TIME expression that governs the trigger (the
   expression sits in the trigger's clause or noun phrase: "stressed on
   Thursday", "Washington's January 3 assassination");
2. ``narrative`` — such an expression is relative to an earlier one ("just
   two days later" -> January 5), or the event sits in the complement of a
   relation ("marched on Wednesday, a day after police broke up a rally":
   the rally is Tuesday; :func:`relation_time`);
3. events that have not happened (modality future, hypothetical or
   conditional) take only a date that governs them: otherwise ``unknown``;
4. ``speech`` — the event is reported inside a statement whose speech verb
   has a time ("X stressed on Thursday that …"): the statement's time, but
   not for a material act when the time is a day (class *act told in a
   dated report*, :mod:`eventwire.stages.time.told_act`: "a bomb killed two
   officers, police said Saturday" — the day is the saying's);
5. ``sentence`` — the event's sentence dates something else (class: *one
   dated sentence* — "fired tear gas late on Tuesday to disperse people
   rallying", "since Sept. 18, when militants attacked"): the nearest date
   before the trigger, unless the trigger is in a relative clause;
6. otherwise ``unknown`` when the clause is in the past perfect ("had
   agreed") or there is no publication date; a headline event takes the
   date the body gives the same event (:func:`headline_time`); a past
   material act right after a dated act continues its episode and takes its
   date (:mod:`eventwire.stages.time.episode`, learned policy only); else the
   per-event choice of
   :mod:`eventwire.stages.time.undated` (setting ``undated_events``:
   ``learned`` by default — the day's news gets the publication day, a
   narrative that goes on gets the text's last date, anything else
   ``unknown`` — or the fixed ``unknown`` / ``publication``); after the
   date ranker, under the learned policy, an undated past material act of
   a story whose own dated acts fall mostly on one recent day takes that
   day (:mod:`eventwire.stages.time.story_day`, class *undated act of the
   story's day*; the charged-crime and after-the-report checks run after
   it).

An act named as the content of a charge, verdict or trial ("charged with
murdering", "found guilty of slaying") takes neither the charge's date nor
the publication day (:mod:`eventwire.stages.time.charge_content`, dates24).
Before all of these, a definite event noun that names an event the text
dated before takes that date (:mod:`eventwire.stages.time.anaphora`, class
*event told again*). A date that pre-modifies another noun dates that noun
only, and a verb in the present tense takes only a date that governs it
(:func:`eventwire.stages.time.governing.modifies_other_noun`; the sentence's
date of step 5 is :mod:`eventwire.stages.time.sentence_date`); which
expression governs a trigger is :mod:`eventwire.stages.time.governing`, the
clause classes of branch dates2 are :mod:`eventwire.stages.time.clauses`.
A clock time or part of day dates the event to its day ("Wednesday evening"
-> the Wednesday, granularity ``day``). ``background`` is true when the
event's whole date range ends more than ``NEWS_WINDOW_DAYS`` before
publication, or its date is a calendar month or year before the publication's
own (:func:`is_background`): it is recalled, not new.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.errors import Errors, EventwireError
from eventwire.models import EventMention, Quote, TimeValue, Timex
from eventwire.nlp.component import StageComponent
from eventwire.nlp.extensions import get_list, text_of
from eventwire.nlp.sentences import sent_of
from eventwire.nlp.spans import doc_index
from eventwire.stages.factuality.component import is_future
from eventwire.stages.time import normalize as nz
from eventwire.stages.time.adjuncts import participle_host
from eventwire.stages.time.anaphora import told_before
from eventwire.stages.time.anniversary import anniversary_time, since_time
from eventwire.stages.time.charge_content import (
    charge_content,
    charges_own_date,
)
from eventwire.stages.time.clauses import (
    attempt_host,
    marked_earlier,
    modal_future,
    naming_relative,
    own_future_date,
    perfect_since,
    relation_clause,
    reported_past_perfect,
    subject_as_object_verb,
)
from eventwire.stages.time.date_ranking import load_model as load_ranker
from eventwire.stages.time.date_ranking import rerank_events
from eventwire.stages.time.episode import UNREALISED, episode_time
from eventwire.stages.time.generic_acts import undated_generic
from eventwire.stages.time.governing import (
    PRESENT_TAGS,
    governing,
    in_sentence,
    is_dated,
    timex_for,
    token_at,
)
from eventwire.stages.time.headline import headline_statement, headline_time
from eventwire.stages.time.multiday import span_time, widen_day_pairs
from eventwire.stages.time.pending import condition_deadline, conditional_step, pending_condition
from eventwire.stages.time.ranges import timex_range
from eventwire.stages.time.revisions import revise_dates
from eventwire.stages.time.sentence_date import past_perfect, sentence_date
from eventwire.stages.time.told_act import not_after_report, told_act
from eventwire.stages.time.trigger_word import trigger_word
from eventwire.stages.time.undated import POLICIES, load_model, undated_time
from eventwire.stages.time.undated_features import timeline_timex

NEWS_WINDOW_DAYS = 7


def _speech_time(doc: Doc, trigger_start: int, quotes: list[Quote],
                 timexes: list[Timex]) -> Timex | None:
    for q in (quotes[i] for i in doc_index(doc, "quotes", "content").containing(trigger_start)):
        if q.cue is None:
            continue
        cue = token_at(doc, q.cue.start)
        if cue is None:
            continue
        found = timex_for(doc, cue, sent_of(cue), timexes)
        if found is not None:
            return found
    return None


PAST_PERIOD = re.compile(r"\d{4}(-\d{2})?")  # a calendar year or month


def is_background(value: str | None, published: date | None) -> bool:
    """A recollection, not news: the value's whole range ends more than
    ``NEWS_WINDOW_DAYS`` before publication, or it is a calendar month or year
    before the publication's own (class *a past month or year recalled*: the
    guide reads a named period by its start — "In June" in a July 3 story,
    "last month", "in December" in January are background; "earlier this
    month" is not)."""
    if not value or published is None:
        return False
    if PAST_PERIOD.fullmatch(value) and value < published.isoformat()[:len(value)]:
        return True
    _, end = timex_range(value)
    if end is None:
        return False
    return date.fromisoformat(end) < published - timedelta(days=NEWS_WINDOW_DAYS)


def _value(found: Timex, anchor: str, published: date | None) -> TimeValue:
    value, gran = found.value, found.granularity
    if found.type == "TIME" and "T" in value and value[:4].isdigit():
        value, gran = value[:10], "day"  # an event is dated to its day
    if value.endswith("-WE"):  # "over the weekend": the ISO week (docs/annotation.md)
        value, gran = value[:-3], "week"
    return TimeValue(value=value, granularity=gran, text=found.text, start=found.start,
                     end=found.end, anchor=anchor, background=is_background(value, published))


def relation_time(doc: Doc, trigger: Token, timexes: list[Timex],
                  published: date | None) -> TimeValue | None:
    """Class *relative clause of time*: "X came one day after bombings were
    reported" puts the bombings one day BEFORE X ("before" puts them after).
    The event in the complement of "N units after/before" takes the main
    clause's date shifted back (after) or forward (before); the main clause's
    own date comes from an expression governing it or its sentence."""
    sent = sent_of(trigger)
    for t in in_sentence(doc, sent, timexes):
        if not t.rule.startswith("relation:"):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or span.end >= len(doc) or doc[span.end].lower_ not in ("after",
                                                                             "before"):
            continue
        word = doc[span.end]  # the signal right after the measure ("a day [after]")
        clause = relation_clause(word)
        verb = subject_as_object_verb(word) if clause == word else None
        clause = verb if verb is not None and trigger in verb.subtree else clause
        if trigger not in clause.subtree or trigger in span or trigger == word \
                or clause.head == clause:
            continue
        main = clause.head
        base = governing(doc, main, timexes, skip=t) or \
            sentence_date(doc, main, timexes, skip=t) or _earlier_day(doc, main, timexes)
        value = base.value[:10] if base is not None and base.value[:1].isdigit() else None
        _, amount, unit = t.rule.split(":")
        # the rule's amount is +N for "after", -N for "before": the complement
        # lies that far on the other side of the main clause
        shifted = nz.shift_value(value, -int(amount), unit) if value else None
        if shifted is None:
            return TimeValue(anchor="unknown")
        return TimeValue(value=shifted, granularity=nz.granularity_of(shifted), text=t.text,
                         start=t.start, end=t.end, anchor="narrative",
                         background=is_background(shifted, published))
    return None


def _earlier_day(doc: Doc, main: Token, timexes: list[Timex]) -> Timex | None:
    """Class *relation to an event dated before*: "The strikes came two days
    after a cargo ship was hit", "The arrests followed a day after the
    march", "The raid came hours after police were attacked" — the main
    clause names an event the text dated in an earlier sentence; its date is
    the text's last calendar day before this sentence (not a coarser unit,
    not a clause in the present or future)."""
    if main.tag_ != "VBD":
        return None
    prev = timeline_timex(doc, timexes, sent_of(main).start_char)
    return prev if prev is not None and prev.granularity == "day" and is_dated(prev) else None


def _described_noun_time(doc: Doc, trigger: Token, timexes: list[Timex]) -> Timex | None:
    """Class *recollection in a noun phrase*: a relative clause on a dated
    event noun happens with it ("the January 2020 drone strike that killed
    the general", "the 2019 election that brought him to power", "last
    year's raid, which left 20 dead"): the noun's own date. Not a verb in the
    present tense ("the 1991 agreement that he says is void")."""
    if trigger.dep_ != "relcl" or trigger.tag_ in PRESENT_TAGS or past_perfect(trigger):
        return None
    noun = trigger.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return timex_for(doc, noun, sent_of(noun), timexes)


def _attempt_time(doc: Doc, trigger: Token, timexes: list[Timex]) -> Timex | None:
    """Class *attempt or purpose of a dated past act* ("tried to storm",
    "went on radio on Wednesday to condemn"): the date that governs the
    act, or its sentence's (:func:`eventwire.stages.time.clauses.attempt_host`)."""
    host = attempt_host(trigger) or participle_host(trigger)  # and class *a participle
    if host is None:  # adjunct of a past act* (dates31: "ordered ..., accusing them")
        return None
    return governing(doc, host, timexes) or sentence_date(doc, host, timexes)


def _not_happened(doc: Doc, event: EventMention, trigger: Token) -> bool:
    """Class *unhappened events*: future, hypothetical and conditional
    modality, and a statement's future content ("said on Thursday that his
    fighters would attack": the attack has no date, Thursday is the
    statement's). An attempt of a past act ("tried to attack") has happened
    (the caller exempts it, branch dates6)."""
    modality = event.factuality.modality
    if modality in UNREALISED:
        return True
    return modality in ("asserted", "reported") and is_future(doc, trigger.i)


def rule_time(doc: Doc, event: EventMention, trigger: Token, timexes: list[Timex],
              quotes: list[Quote], published: date) -> TimeValue | None:
    """Steps 1-5 of the module docstring; None when no rule dates the event
    and the undated decision (:mod:`eventwire.stages.time.undated`) applies."""
    if (deadline := condition_deadline(trigger, timexes)) is not None:  # *a deadline in a
        return _value(deadline, "explicit", published)  # condition* (dates64, pending.py)
    if naming_relative(trigger) or pending_condition(trigger) or conditional_step(trigger) \
            or undated_generic(doc, trigger, timexes):
        return TimeValue(anchor="unknown")  # classes *naming in a free relative*, *pending
    # condition* (dates18), *a step promised on a condition* (dates62), *an act of
    # anyone* (dates31)
    modal = modal_future(trigger)
    if modal is not None:  # class *modal future*: only its own later date
        found = governing(doc, trigger, timexes)
        if found is None or not own_future_date(doc, modal, trigger, found.start):
            return TimeValue(anchor="unknown")
        return _value(found, "explicit", published)
    marked = anniversary_time(doc, trigger, timexes, lambda main, t: governing(
        doc, main, timexes) or sentence_date(doc, main, timexes))
    if marked is not None:  # class *anniversary of* (dates20): before the host's own date
        return TimeValue(value=marked[0], granularity=marked[1], anchor="narrative",
                         background=is_background(marked[0], published))
    found = governing(doc, trigger, timexes)
    if found is not None and charges_own_date(trigger, found):
        found = None  # "convicted on Monday of the attack": Monday is the verdict's
    if found is not None:
        return _value(found, "narrative" if found.rule.startswith("narrative") else "explicit",
                      published)
    related = relation_time(doc, trigger, timexes, published)
    if related is not None:
        return related
    since = since_time(doc, trigger, timexes, lambda main, t: governing(
        doc, main, timexes, skip=t) or sentence_date(doc, main, timexes, skip=t))
    if since is not None:  # class *anniversary since* (dates18)
        return TimeValue(value=since[0], granularity=since[1], anchor="narrative",
                         background=is_background(since[0], published))
    found = _described_noun_time(doc, trigger, timexes)
    if found is not None:
        return _value(found, "sentence", published)
    found = _attempt_time(doc, trigger, timexes)
    if found is not None:
        return _value(found, "sentence", published)
    if (_not_happened(doc, event, trigger) and attempt_host(trigger) is None
            and participle_host(trigger) is None) or (
            past_perfect(trigger) and (event.factuality.modality == "negated"
                                        or not reported_past_perfect(doc, trigger))):
        return TimeValue(anchor="unknown")
    if perfect_since(trigger) or marked_earlier(trigger):  # classes *"has since" + verb*
        return TimeValue(anchor="unknown")  # (dates24), *marked as earlier* (dates27)
    if charge_content(trigger) is not None:  # class *the crime a charge names* (dates24):
        return None  # not the charge's sentence or speech date; see date_charged_crimes
    said = _speech_time(doc, event.trigger.start, quotes, timexes)
    if said is not None and not told_act(event, said, trigger):
        return _value(said, "speech", published)
    found = sentence_date(doc, trigger, timexes, skip=said)  # class *act told in a dated report*
    if found is not None:
        return _value(found, "sentence", published)
    return None


def time_for(doc: Doc, event: EventMention, timexes: list[Timex],
             quotes: list[Quote], undated: str = "learned",
             dated: list[EventMention] | None = None) -> TimeValue:
    """The event's time; ``dated`` are the doc's events already dated by a
    rule (for a headline event, :func:`headline_time`). An event in a span
    of days ("during three days of protests") takes the span's week or month
    (:mod:`eventwire.stages.time.multiday`)."""
    found = _time_for(doc, event, timexes, quotes, undated, dated)
    trigger = trigger_word(doc, event.trigger)
    spanned = span_time(doc, trigger, found, timexes) if trigger is not None else None
    if spanned is None:
        return found
    return replace(found, value=spanned[0], granularity=spanned[1],
                   background=is_background(spanned[0], doc._.published))


def _time_for(doc: Doc, event: EventMention, timexes: list[Timex],
              quotes: list[Quote], undated: str, dated: list[EventMention] | None
              ) -> TimeValue:
    trigger = trigger_word(doc, event.trigger)  # a compound noun at its head (dates40)
    published: date | None = doc._.published
    if trigger is None or published is None:
        return TimeValue(anchor="unknown")
    again = told_before(doc, event, trigger, timexes, dated or [])
    if again is not None:  # class *event told again*
        return again
    ruled = rule_time(doc, event, trigger, timexes, quotes, published)
    if ruled is not None:
        return ruled
    later = _later_steps(doc, event, trigger, timexes, quotes, undated, dated, published)
    said = _speech_time(doc, event.trigger.start, quotes, timexes)
    if said is not None and told_act(event, said, trigger):  # class *act told in a dated report*
        return not_after_report(later, said)
    return later


def _later_steps(doc: Doc, event: EventMention, trigger: Token, timexes: list[Timex],
                 quotes: list[Quote], undated: str, dated: list[EventMention] | None,
                 published: date) -> TimeValue:
    """Step 6 of the module docstring: the headline, episode and undated choices."""
    headline = headline_time(doc, event, trigger, dated or [])
    if headline is not None:
        return headline
    if headline_statement(doc, event, trigger):  # class *headline statement with no dated body*
        return TimeValue(anchor="unknown")
    if undated == "learned":
        episode = episode_time(doc, event, trigger, timexes, dated or [], published)
        if episode is not None:  # class *episode continuation*
            return episode
    chosen = undated_time(doc, event, trigger, timexes, quotes, published, undated)
    chosen.background = is_background(chosen.value, published)
    return chosen


def anchor_events(doc: Doc, undated: str = "learned", rerank: bool = True) -> None:
    """Date every event; headline events after the body's events are dated.
    Day pairs ("on Thursday and Friday") date as their week or month
    (:func:`widen_day_pairs`). Under the learned policy the date ranker
    (:mod:`eventwire.stages.time.date_ranking`) then reviews every date;
    ``rerank=False`` leaves the rules' dates (tests of the rules on gold
    spans, whose events carry no PLOVER type or factuality for its features).
    The story-level passes run last (:mod:`eventwire.stages.time.revisions`)."""
    timexes = widen_day_pairs(doc, get_list(doc, "timexes"))
    quotes = get_list(doc, "quotes")
    events = get_list(doc, "events")
    first_break = text_of(doc).find("\n")
    body = [e for e in events if e.trigger.start > first_break]
    for event in body + [e for e in events if e.trigger.start <= first_break]:
        event.time = time_for(doc, event, timexes, quotes, undated, body)
    published = doc._.published
    if rerank and undated == "learned" and published is not None:
        rerank_events(doc, events, quotes,
                      lambda ev, trig, tx: rule_time(doc, ev, trig, tx, quotes,
                                                     published) is not None,
                      lambda value: is_background(value, published))
    revise_dates(doc, events, timexes, undated, published,
                 lambda v: is_background(v, published))  # the story-level passes

class EventTimer(StageComponent, factory="eventwire_event_time",
                 requires=["doc._.events", "doc._.timexes"], assigns=["doc._.events"],
                 default_config={"undated": "learned"}):
    def __init__(self, nlp: Language | None = None, name: str = "eventwire_event_time",
                 undated: str = "learned") -> None:
        super().__init__(nlp, name)
        if undated not in POLICIES:
            raise EventwireError(Errors.E601, name="undated_events", value=undated,
                                 detail="use learned, unknown or publication")
        if undated == "learned":
            load_model()  # at load time, not on the first article
            load_ranker()
        self.undated = undated

    def process(self, doc: Doc) -> None:
        anchor_events(doc, self.undated)
