"""The features of the undated-event decision (:mod:`eventwire.stages.time.undated`).

Split from ``time.undated`` in dates60 along the seam features / decision:
this module reads an undated event's parse and discourse (its tense, the
statement around it, its sentence's place and words, where the text's last
calendar date stands, the article's date line) into the sparse binary
features the learned model is keyed by (:func:`features`), and holds the
per-doc helpers other time modules share (:func:`calendar_value`,
:func:`timeline_timex`, :func:`sentences`, :func:`sentence_index`,
:func:`title_end`, :func:`sentence_lowers`). The decision — the rule
classes that answer before the model, the model and the candidate dates —
stays in ``time.undated``. Feature names are stable: the shipped model
(``eventwire/data/time/undated.json``) is keyed by them.
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from datetime import date

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from eventwire.models import EventMention, Quote, Timex
from eventwire.nlp.arrays import char_span, column
from eventwire.nlp.extensions import doc_cache, text_of
from eventwire.nlp.sentences import sent_of
from eventwire.nlp.spans import doc_index
from eventwire.stages.time.act_kinds import act_kind
from eventwire.stages.time.ranges import timex_range

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
                 _document(doc, timexes, published), _remention(doc, trigger, timexes)):
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


ACT_STEMS = "eventwire.undated_act_stems"
ACT_POS = ("VERB", "NOUN")
# words every text repeats without naming one act again
NOT_ACTS = SPEECH_LEMMAS | {"be", "have", "do", "get", "make", "take", "go", "come"}


def act_stem(token: Token) -> str:
    """The stem an act's verb and its noun share: the lemma without an
    ``-ing`` and its doubled consonant ("shooting" -> "shoot", "stabbing"
    -> "stab", "attacked" -> "attack")."""
    stem = token.lemma_.lower()
    if stem.endswith("ing") and len(stem) > 5:
        stem = stem[:-3]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiousl":
            stem = stem[:-1]
    return stem


def _act_stems(doc: Doc) -> dict[str, list[int]]:
    """Per act stem, the doc's verb and noun tokens that carry it (once per doc)."""
    stems: dict[str, list[int]] | None = doc.user_data.get(ACT_STEMS)
    if stems is None:
        stems = {}
        for token in doc:
            if token.pos_ in ACT_POS and token.lemma_.lower() not in NOT_ACTS:
                stems.setdefault(act_stem(token), []).append(token.i)
        doc.user_data[ACT_STEMS] = stems
    return stems


def _remention(doc: Doc, trigger: Token, timexes: list[Timex]) -> dict[str, float]:
    """Class *re-mention of an act dated earlier* (dates60): the event's
    word (its verb or its noun) already stood in an earlier sentence of
    the text, and that sentence gave a calendar date ("Gunmen shot two
    guards on Friday. ... Since the shooting, the mine has been shut.",
    "Police arrested him on May 3. After the arrest, he was questioned.",
    "Rebels attacked the convoy in March. The attack killed four."): the text
    names again an act it has dated, which gold dates with that act
    (relabel66 added such re-mentions on real texts). ``remention`` says
    the word stood earlier, ``remention_dated`` that its sentence was
    dated, ``remention_dated_last`` that this sentence holds the text's
    last date before the event (the ``timeline`` candidate is its date)."""
    if trigger.lemma_.lower() in NOT_ACTS:
        return {}
    here = sentence_index(doc, trigger.i)
    earlier = [i for i in _act_stems(doc).get(act_stem(trigger), ())
               if i < trigger.i and sentence_index(doc, i) < here]
    if not earlier:
        return {}
    out = {"remention": 1.0}
    sents = sentences(doc)
    dated = {sentence_index(doc, i) for i in earlier
             if any(calendar_value(t) is not None
                    and sents[sentence_index(doc, i)].start_char <= t.start
                    < sents[sentence_index(doc, i)].end_char for t in timexes)}
    if dated:
        out["remention_dated"] = 1.0
        prev = timeline_timex(doc, timexes, sent_of(trigger).start_char)
        if prev is not None and any(sents[k].start_char <= prev.start < sents[k].end_char
                                    for k in dated):
            out["remention_dated_last"] = 1.0
    return out
