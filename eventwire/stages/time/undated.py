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
and every article of the development record sets (dates59; held-out
figures in that tool's docstring). The policies ``unknown`` and ``publication`` of the
setting ``undated_events`` bypass the model. The model and its k-fold
figures against the two fixed policies are in ``docs/time.md`` and
``docs/BENCHMARKS.md``.
"""

from __future__ import annotations

import json
import math
import weakref
from bisect import bisect_right
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from eventwire.errors import Errors, EventwireError
from eventwire.models import EventMention, Quote, TimeValue, Timex
from eventwire.nlp.arrays import char_span, column
from eventwire.nlp.extensions import doc_cache, text_of
from eventwire.nlp.sentences import sent_of
from eventwire.nlp.spans import doc_index
from eventwire.paths import DATA_DIR
from eventwire.stages.time.act_kinds import act_kind, happened
from eventwire.stages.time.clauses import past_simple_tag
from eventwire.stages.time.foreground import foreground_attack
from eventwire.stages.time.perfect import perfect_result
from eventwire.stages.time.ranges import timex_range

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
SENT_STARTS = "eventwire.sentence_starts"
SENTENCES = doc_cache("eventwire.sentences")  # Spans: released after the pipeline
DOC_FEATURES = "eventwire.undated_doc_features"
TITLE_END = "eventwire.undated_title_end"
NEWS_WINDOW_DAYS = 7
# words that say the clause looks back or describes a standing state
BACKGROUND_CUES = {"previously", "earlier", "ago", "already", "since", "former", "formerly",
                   "once", "past", "history", "originally", "first", "last", "still",
                   "long", "years", "decades", "before"}
NEWS_CUES = {"today", "tonight", "now", "currently", "latest", "new", "newly", "breaking",
             "just", "recently", "this"}
VERB_TAGS = {"VBD", "VBN", "VBZ", "VBP", "VB", "VBG"}
SPEECH_LEMMAS = {"say", "tell", "report", "announce", "state", "claim", "add", "confirm",
                 "explain", "note", "write", "quote", "declare", "insist", "warn"}


def calendar_value(t: Timex) -> tuple[str, str] | None:
    """(value, granularity) of a dated expression, a clock time cut to its day."""
    if t.type not in ("DATE", "TIME") or not t.value[:1].isdigit():
        return None
    if "T" in t.value:
        return t.value[:10], "day"
    return t.value, t.granularity


_TIMELINES: weakref.WeakKeyDictionary[Doc, tuple[int, int, list[int], list[int]]] = (
    weakref.WeakKeyDictionary())


def timeline_timex(doc: Doc, timexes: list[Timex], before: int) -> Timex | None:
    """The text's last calendar date that ends before offset ``before``.

    The ends of the expressions (sorted, as they do not overlap) and, for
    each prefix, the position of its last calendar date are built once per
    doc and list: each question is then a binary search, not a scan of the
    text's expressions (quadratic on long articles, issue #12)."""
    cached = _TIMELINES.get(doc)
    if cached is None or cached[0] != id(timexes) or cached[1] != len(timexes):
        last, running = [], -1
        for i, t in enumerate(timexes):
            running = i if calendar_value(t) is not None else running
            last.append(running)
        cached = (id(timexes), len(timexes), [t.end for t in timexes], last)
        _TIMELINES[doc] = cached
    n = bisect_right(cached[2], before)
    return timexes[cached[3][n - 1]] if n and cached[3][n - 1] >= 0 else None


def _bucket(name: str, value: int, edges: tuple[int, ...]) -> dict[str, float]:
    """One-hot of ``value`` among the ranges closed by ``edges`` (last: open)."""
    for edge in edges:
        if value <= edge:
            return {f"{name}<={edge}": 1.0}
    return {f"{name}>{edges[-1]}": 1.0}


def _tense(trigger: Token) -> dict[str, float]:
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    tag = trigger.tag_ if trigger.tag_ in VERB_TAGS else trigger.pos_
    out = {f"tag={tag}": 1.0}
    if lowers & {"has", "have", "'ve"}:
        out["present_perfect"] = 1.0
    if "had" in lowers:  # only a reported (backshifted) past perfect gets here
        out["past_perfect"] = 1.0
    if any(a.dep_ == "auxpass" for a in auxes):
        out["passive"] = 1.0
    if trigger.tag_ == "VBG" and lowers & {"is", "are", "was", "were", "'s", "'re"}:
        out["progressive"] = 1.0
    if any(a.tag_ == "MD" for a in auxes):
        out["modal"] = 1.0
    if trigger.pos_ in ("NOUN", "PROPN"):  # an event noun: the tense of its clause
        host = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
        out[f"host_tag={host.tag_ if host is not None else 'none'}"] = 1.0
    return out


def _document(doc: Doc, timexes: list[Timex], published: date) -> dict[str, float]:
    """Article-level cues: a date line giving the publication day near the
    top (the article presents itself as the day's news), how many dates the
    text gives."""
    cached = doc.user_data.get(DOC_FEATURES)
    if cached is not None:  # the same for every event of the doc: computed once
        return dict(cached)
    cal = [t for t in timexes if calendar_value(t) is not None]
    out = _bucket("doc_dates", len(cal), (0, 2, 5))
    text = text_of(doc)
    top = text.find("\n", text.find("\n") + 1)
    if any(t.start < (top if top >= 0 else len(text)) and
           (calendar_value(t) or ("", ""))[0] == published.isoformat() for t in cal):
        out["dateline_publication"] = 1.0
    doc.user_data[DOC_FEATURES] = dict(out)
    return out


def _speech(doc: Doc, trigger: Token, quotes: list[Quote]) -> dict[str, float]:
    """Is the event reported inside a statement, and in which tense is the
    statement's verb ("said" = news of the day, "says" = standing claim)."""
    out: dict[str, float] = {}
    inside = [quotes[i] for i in doc_index(doc, "quotes", "content").containing(trigger.idx)]
    if inside:
        out["in_quote"] = 1.0
    head = trigger.head
    if trigger.dep_ in ("ccomp", "xcomp", "parataxis") and head.lemma_.lower() in SPEECH_LEMMAS:
        out["speech_complement"] = 1.0
        out[f"speech_tag={head.tag_}"] = 1.0
    if trigger.lemma_.lower() in SPEECH_LEMMAS:
        out["is_speech_verb"] = 1.0
    return out


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences as a list, built once per doc (``doc.sents``
    walks every token each time it is listed)."""
    sents: list[Span] | None = doc.user_data.get(SENTENCES)
    if sents is None:
        sents = doc.user_data[SENTENCES] = list(doc.sents)
    return sents


def sentence_index(doc: Doc, token_i: int) -> int:
    """Index of the sentence holding token ``token_i`` (the sentence starts
    are computed once per doc and kept in ``doc.user_data``)."""
    starts = doc.user_data.get(SENT_STARTS)
    if starts is None:
        starts = [s.start for s in sentences(doc)]
        doc.user_data[SENT_STARTS] = starts
    return max(0, bisect_right(starts, token_i) - 1)


def title_end(doc: Doc) -> int:
    """Offset of the line break that ends the text's first line, or -1 when
    the text has a single line. Blank lines before or after the text are not
    lines of it: a paragraph read from a file ends in "\\n" and has no title.
    Computed once per doc (a scan of the text per event was quadratic on
    long articles)."""
    end: int | None = doc.user_data.get(TITLE_END)
    if end is None:
        text = text_of(doc).rstrip()
        start = len(text) - len(text.lstrip())
        end = doc.user_data[TITLE_END] = text.find("\n", start)
    return end


def sentence_lowers(doc: Doc, sent: Span) -> set[str]:
    """The lower-case forms of ``sent``'s words, read on the kept LOWER
    column (speed30: a Token per word of the sentence for every event)."""
    strings = doc.vocab.strings
    return {strings[v] for v in column(doc, LOWER)[sent.start:sent.end]}


def _sentence(doc: Doc, trigger: Token) -> dict[str, float]:
    sent = sent_of(trigger)
    index = sentence_index(doc, trigger.i)
    out = _bucket("sent", index, (0, 1, 2, 4, 8))
    # no line break before the trigger, but one after it: a text written as
    # one paragraph has no title line (class *one-paragraph text*, dates25:
    # every sentence of it was read as a headline, which the model learned
    # from first lines only)
    if trigger.idx < title_end(doc):
        out["title_line"] = 1.0
    words = sentence_lowers(doc, sent)
    if words & BACKGROUND_CUES:
        out["background_cue"] = 1.0
    if words & NEWS_CUES:
        out["news_cue"] = 1.0
    if trigger.dep_ in ("relcl", "acl"):
        out["in_relative_or_acl"] = 1.0
    if trigger.dep_ == "ROOT":
        out["root"] = 1.0
    if trigger.lemma_.lower() in ("be", "have"):
        out["state_verb"] = 1.0
    return out


def _timeline(doc: Doc, trigger: Token, timexes: list[Timex],
              published: date) -> dict[str, float]:
    """Where the text's own last date is, and how it relates to publication."""
    prev = timeline_timex(trigger.doc, timexes, sent_of(trigger).start_char)
    if prev is None:
        return {"no_timeline": 1.0}
    value, gran = calendar_value(prev) or ("", "unknown")
    span = char_span(doc, prev.start, prev.end, alignment_mode="expand")
    gap = sentence_index(doc, trigger.i) - (sentence_index(doc, span.start) if span else 0)
    out = _bucket("timeline_gap", gap, (1, 2, 4))
    start, end = timex_range(value)
    pub = published.isoformat()
    if value == pub:
        out["timeline=publication"] = 1.0
    elif end is not None and end < pub and (published - date.fromisoformat(end)).days \
            > NEWS_WINDOW_DAYS:
        out["timeline_old"] = 1.0
    elif start is not None and start > pub:
        out["timeline_future"] = 1.0
    else:
        out["timeline_recent"] = 1.0
    out["timeline_day" if gran == "day" else "timeline_coarse"] = 1.0
    if text_of(doc).find("\n", prev.start, trigger.idx) < 0:
        out["timeline_same_paragraph"] = 1.0
    return out


def features(doc: Doc, event: EventMention, trigger: Token, timexes: list[Timex],
             quotes: list[Quote], published: date) -> dict[str, float]:
    """Sparse binary features of an undated event (names are stable: the
    model is keyed by them)."""
    out: dict[str, float] = {"bias": 1.0, f"modality={event.factuality.modality}": 1.0,
                             f"act={act_kind(event)}": 1.0}
    for part in (_tense(trigger), _speech(doc, trigger, quotes), _sentence(doc, trigger),
                 _timeline(doc, trigger, timexes, published),
                 _document(doc, timexes, published)):
        out.update(part)
    out.update(_combined(out))
    return out


def _combined(f: dict[str, float]) -> dict[str, float]:
    """Conjunctions a linear model cannot form: a past simple right after a
    date of the text's own (the narrative goes on: "On May 2 the court
    jailed him. His supporters clashed with police."), a past simple in
    an article that opens with the day's date (the day's news), and a
    verbal act right after a date of the text's own (a reaction: "Gunmen
    attacked the post on Monday. The governor condemned the attack." — the
    guide leaves it undated)."""
    out = {}
    past = f.get("tag=VBD", 0.0) or f.get("host_tag=VBD", 0.0)
    near = f.get("timeline_gap<=1", 0.0) or f.get("timeline_gap<=2", 0.0)
    if past and near and not f.get("timeline=publication"):
        out["past_after_own_date"] = 1.0
    if past and f.get("dateline_publication"):
        out["past_in_dated_news"] = 1.0
    if f.get("act=verbal") and near:  # a reaction after the text's date: not dated by it
        out["verbal_after_own_date"] = 1.0
    if past and f.get("act=material"):
        out.update(_material_past(f))
    return out


TIMELINE_PLACES = ("timeline_recent", "timeline_old", "timeline=publication", "timeline_future",
                   "no_timeline")


def _material_past(f: dict[str, float]) -> dict[str, float]:
    """Class *material act told in the past* (dates59): a past simple of a
    material act (an attack, an arrest, a seizure) against where the text's
    last date stands. After a recent date it goes on with that day ("Troops
    stormed the camp on Tuesday. They seized 40 rifles."), after the
    publication day it is the day's news ("Police arrested three men."),
    after an old date it is a back story or a standing fact ("The militia
    took the town in 2014."). The model weighed tense and act apart and left
    such acts undated on real news more than gold does (date_error_classes:
    'dated event left undated (no date in sentence)', the largest real
    class). One feature per place of the time line."""
    return {f"material_past_{key}": 1.0 for key in TIMELINE_PLACES if f.get(key)}


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
