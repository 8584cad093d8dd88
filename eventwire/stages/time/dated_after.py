"""Class *an act dated by the clause after it* (issue #12, branch dates27).

News often tells the act first and its day one or two sentences later, in
a clause whose subject is the act named again and whose verb only says
when it was:

* "Gunmen stormed a bus depot and shot two guards. The attack happened
  late on Sunday near the river." — stormed and shot are Sunday's;
* "Two officers were wounded at a checkpoint, the army said. The incident
  occurred on Friday morning." — wounded is Friday's;
* "Protesters set fire to the town hall. The violence broke out on Monday
  evening after a court ruling." — set fire is Monday's.

The lead acts have no date of their own, so the earlier steps gave them the
publication day, the wire dateline's, the time line's or none; the dating
clause says which day the episode is. The act is re-dated when:

* the clause is a verb of happening ("happened", "occurred", "took
  place", "broke out", "erupted", "unfolded") in the past simple whose
  subject is a definite noun naming a material act ("the attack", "the
  incident", "this shooting", "the violence": a noun the trigger lexicon
  types as a material act, or a word for any such episode,
  ``EPISODE_NOUNS``; :func:`~eventwire.stages.time.anaphora.names_material_act`,
  shared with the episode rule's dating clauses) — not another kind of
  event ("The talks took place on Monday", "the vote happened on Tuesday",
  "the wedding took place" date no shelling told before them) — with a calendar date inside its
  own clause that neither lies after publication nor ends more than a
  week before it (the day's news, not a recollection: "The murder
  happened in 1999" dates no arrest told before it);
* the act is a material act (assault, coercion, protest, mobilisation,
  aid, retreat, sanction) that happened (asserted or reported), in one of
  the ``BACK`` sentences before the clause (stamp lines not counted), with
  no look-back cue in its sentence ("earlier", "ago", "last": ``LOOK_BACK``)
  and not in a main-clause past perfect (a flashback), nor marked as
  earlier by its own word ("on parole for a previous assault", "a prior
  arrest", "recently seized": :func:`~eventwire.stages.time.clauses.marked_earlier`);
* its date did not come from its own sentence (anchors ``explicit``,
  ``sentence``, ``speech``, or a chain from a date in its sentence keep
  theirs), and no calendar date other than a stamp line or a dateline
  lies between its sentence and the clause (the time line moved on).

The acts told *after* such a clause are the episode rule's
(:func:`eventwire.stages.time.episode.dating_clauses`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from eventwire.models import EventMention, TimeValue, Timex
from eventwire.nlp.extensions import text_of
from eventwire.stages.time.act_kinds import act_kind, happened
from eventwire.stages.time.anaphora import (
    HAPPEN_LEMMAS,
    definite_noun,
    happen_verb,
    names_material_act,
)
from eventwire.stages.time.clauses import marked_earlier
from eventwire.stages.time.episode import flashback, past_simple
from eventwire.stages.time.governing import governing, token_at
from eventwire.stages.time.ranges import timex_range
from eventwire.stages.time.stamp import DATE_LINE
from eventwire.stages.time.undated_features import calendar_value, sentence_index, sentences

BACK = 3  # prose sentences before the dating clause whose acts it may date
NEWS_DAYS = 7
OWN_ANCHORS = {"explicit", "sentence", "speech"}
URL_LINE = re.compile(r"^\s*https?\s*:")
# the verb forms of anaphora.HAPPEN_LEMMAS and HAPPEN_PHRASES in the past simple
HAPPEN_WORDS = re.compile(r"\b(?:happened|occurred|unfolded|erupted|took|broke)\b", re.I)
# words of the act's sentence that put it before the episode the clause
# dates ("before" is left out: "opened fire ... before being taken into
# custody" orders two acts of one episode)
LOOK_BACK = {"earlier", "ago", "previously", "already", "since", "last", "formerly",
             "originally", "once"}


def _happening(tok: Token) -> Token | None:
    """The definite event noun that is the subject of this verb of
    happening ("The attack happened", "the violence broke out"), None
    otherwise."""
    if not happen_verb(tok, HAPPEN_LEMMAS):
        return None
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or not definite_noun(subject) \
            or not names_material_act(subject):
        return None
    return subject


def _news_day(value: str, published: date) -> bool:
    """A date of the day's news: not after publication, not ended more than
    ``NEWS_DAYS`` before it (read by :func:`timex_range`, as the episode
    rule's dating clauses are)."""
    start, end = timex_range(value)
    return start is not None and end is not None and start <= published.isoformat() \
        and end >= (published - timedelta(days=NEWS_DAYS)).isoformat()


def dating_clause(doc: Doc, tok: Token, timexes: list[Timex],
                  published: date) -> TimeValue | None:
    """The day this verb of happening gives its definite event noun ("The
    attack took place late on Wednesday" -> Wednesday), None when it is no
    such clause."""
    if _happening(tok) is None or not past_simple(tok):
        return None
    t = governing(doc, tok, timexes)
    cal = calendar_value(t) if t is not None else None
    if t is None or cal is None or cal[1] != "day" \
            or not tok.left_edge.idx <= t.start <= tok.right_edge.idx \
            or not _news_day(cal[0], published):
        return None
    return TimeValue(value=cal[0], granularity=cal[1], text=t.text, start=t.start,
                     end=t.end, anchor="narrative")


def _clauses(doc: Doc, timexes: list[Timex], published: date) -> list[tuple[int, TimeValue]]:
    """(sentence index, day) of every dating clause: the verbs are found by
    one search of the text (``HAPPEN_WORDS``), not a walk over its words."""
    found: list[tuple[int, TimeValue]] = []
    for m in HAPPEN_WORDS.finditer(text_of(doc)):
        tok = token_at(doc, m.start())
        if tok is None:
            continue
        day = dating_clause(doc, tok, timexes, published)
        if day is not None:
            found.append((sentence_index(doc, tok.i), day))
    return found


def _stamp_line(text: str, offset: int) -> bool:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start:end if end >= 0 else len(text)]
    return DATE_LINE.match(line) is not None or URL_LINE.match(line) is not None


def _prose_before(doc: Doc, here: int) -> list[Span]:
    """Up to ``BACK`` sentences before sentence ``here``, nearest first,
    stamp and address lines skipped."""
    text = text_of(doc)
    out: list[Span] = []
    for sent in reversed(sentences(doc)[:here]):
        if _stamp_line(text, sent.start_char):
            continue
        out.append(sent)
        if len(out) == BACK:
            break
    return out


def _dated_between(text: str, timexes: list[Timex], start: int, end: int) -> bool:
    return any(start <= t.start < end and calendar_value(t) is not None and t.rule != "dateline"
               and not _stamp_line(text, t.start) for t in timexes)


def _target(event: EventMention, trigger: Token) -> bool:
    """An undated-by-its-sentence material act that happened."""
    t = event.time
    sent = trigger.sent
    own = t.start is not None and sent.start_char <= t.start < sent.end_char
    return happened(event) \
        and act_kind(event) == "material" \
        and t.anchor not in OWN_ANCHORS and not own and not t.background \
        and not any(w.lower_ in LOOK_BACK for w in sent) and not flashback(trigger) \
        and not marked_earlier(trigger)


def date_by_later_clause(doc: Doc, events: list[EventMention], timexes: list[Timex],
                         published: date | None) -> None:
    """Re-date the acts told before a dating clause with the clause's day."""
    if published is None or not events:
        return
    text = text_of(doc)
    sents = sentences(doc)
    for k, found in _clauses(doc, timexes, published):
        sent = sents[k]
        for before in _prose_before(doc, k):
            if _dated_between(text, timexes, before.end_char, sent.start_char):
                break
            for event in events:
                if not before.start_char <= event.trigger.start < before.end_char:
                    continue
                trigger = token_at(doc, event.trigger.start)
                if trigger is None or sentence_index(doc, trigger.i) != \
                        sentence_index(doc, before.start) or not _target(event, trigger):
                    continue
                event.time = replace(found, background=False)
