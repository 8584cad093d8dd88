"""Class *a capture at the scene* (issue #12, branch dates45): an arrest
the text ties to the incident's scene takes the incident's date.

"The driver fled the scene, but was arrested nearby", "police pulled him
over a few blocks away", "officers caught up with the gunman two streets
away", "he was arrested shortly after the crash", "the suspect, who was
detained an hour after the bodies were found", "had been arrested a few
hours after the Monday morning shootings": the capture is a step of the
incident's own scene. docs/annotation.md "Event dates" rule 2 dates an
undated past material act by the dated episode it is part of when the text
ties it to that episode ("same scene ... arrests during the dated riot"),
and rule 3 dates a pluperfect that tells an act of that episode the same
way. The time line left these captures undated: the incident is often no
PLOVER event (a hit-and-run crash, bodies found), so the episode rule,
which hangs on a dated act, has nothing to continue, and the undated model
reads a passive or pluperfect arrest as unknown.

The tie is read on the capture's own clause (its subtree without other
clauses conjoined to it): a word of nearness ("nearby", "N blocks / miles
/ streets away", "at / near the scene", "on the spot") or a short interval
before or after ("shortly after", "soon afterwards", "minutes later", "an
hour after", "hours after", "within hours"). The date is one the interval's
own phrase gives ("a few hours after the Monday morning shootings"), else
the text's last calendar date before the capture that does not begin after
the publication day (the scene's day; a scheduled hearing named before it
is not), and is no bare year naming a thing ("a grey 2013 Toyota Camry").

Left alone: a capture with a date of its own (the earlier steps gave it
one), a capture told without such a tie ("police later arrested him", "was
arrested after a week on the run"), a capture named inside another event's
relation ("hanged himself hours after his arrest": the host's date, which
the text often gives no event), headlines, and acts that did not happen.

Counted on the 32 development sets (m69, /work/notes/dates45/sim_arrest.py):
every matched capture with such a tie in its sentence is dated in gold
(36 of 36 outside one ECB+ story whose gold reads "hours after being
arrested" both ways); 11 real ones were left unknown, in 9 sets and 5
stories, none on own texts (the own texts date these already).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, TimeValue, Timex
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import text_of
from eventwire.stages.time.act_kinds import happened
from eventwire.stages.time.governing import NOUN_MODIFIER_DEPS, token_at
from eventwire.stages.time.ranges import timex_range
from eventwire.stages.time.undated_features import calendar_value

CAPTURE_LEMMAS = frozenset({"arrest", "apprehend", "capture", "catch", "detain", "nab",
                            "pull", "collar", "tackle", "subdue"})
PULL = "pull"  # a capture only as "pulled ... over"
OVER = "over"
NEAR = "nearby"
AWAY = "away"
DISTANCE_UNITS = frozenset({"block", "mile", "yard", "metre", "meter", "kilometre",
                            "kilometer", "street", "door"})
SCENE_NOUNS = frozenset({"scene", "spot"})
SCENE_PREPS = frozenset({"at", "near", "on"})
RELATION_WORDS = frozenset({"after", "afterwards", "afterward", "later", "following"})
# what makes the interval short: "shortly after", "an hour after", "minutes later"
SHORT_WORDS = frozenset({"shortly", "soon", "immediately", "moment", "minute", "hour"})
WITHIN = "within"
OTHER_CLAUSES = frozenset({"conj", "ccomp", "parataxis"})
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def capture(trigger: Token) -> bool:
    """The trigger is a capture verb or noun ("pulled" only with "over")."""
    lemma = trigger.lemma_.lower()
    if lemma not in CAPTURE_LEMMAS:
        return False
    return lemma != PULL or any(c.lower_ == OVER for c in trigger.children)


def clause_tokens(trigger: Token) -> list[Token]:
    """The trigger's subtree without the clauses conjoined to it or
    embedded as its complement (another act's words are not its tie)."""
    out: list[Token] = []
    stack = [trigger]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children
                     if not (c.dep_ in OTHER_CLAUSES and c.pos_ in VERB_POS))
    return sorted(out, key=lambda t: t.i)


def _near(tok: Token) -> bool:
    """A word of nearness: "nearby", "a few blocks away", "at the scene"."""
    if tok.lower_ == NEAR:
        return True
    if tok.lower_ == AWAY:
        return any(t.lemma_.lower() in DISTANCE_UNITS for t in tok.subtree)
    return tok.lemma_.lower() in SCENE_NOUNS and tok.dep_ == "pobj" \
        and tok.head.lower_ in SCENE_PREPS


def _short_interval(tok: Token) -> bool:
    """A short interval: "shortly after", "hours later", "within minutes"."""
    if tok.lower_ in RELATION_WORDS and tok.i > 0:
        return tok.nbor(-1).lemma_.lower() in SHORT_WORDS
    return tok.lower_ == WITHIN and any(
        c.dep_ == "pobj" and c.lemma_.lower() in SHORT_WORDS for c in tok.children)


def scene_tie(trigger: Token) -> tuple[bool, Token | None]:
    """Whether the capture's clause ties it to the scene, and the interval
    word when the tie is a short interval (its phrase may hold the date)."""
    for tok in clause_tokens(trigger):
        if tok.dep_ == "mark" and tok.head == trigger:
            continue  # "hours after he was arrested": the capture is the complement
        if _short_interval(tok):
            return True, tok
        if _near(tok):
            return True, None
    return False, None


def _phrase_bounds(word: Token) -> tuple[int, int]:
    """Character bounds of the interval word's phrase (its clause when it
    marks one: "an hour after [the bodies were found]")."""
    head = word.head if word.dep_ == "mark" else word
    toks = list(head.subtree)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _as_time(found: Timex, background: Callable[[str | None], bool]) -> TimeValue | None:
    cal = calendar_value(found)
    if cal is None:
        return None
    return TimeValue(value=cal[0], granularity=cal[1], text=found.text, start=found.start,
                     end=found.end, anchor="narrative", background=background(cal[0]))


def _not_after(found: Timex, day: str) -> bool:
    """A calendar date that does not begin after ``day`` (ISO)."""
    cal = calendar_value(found)
    first = timex_range(cal[0])[0] if cal is not None else None
    return first is not None and first <= day


def scene_time(trigger: Token, word: Token | None, timexes: list[Timex], published: date,
               background: Callable[[str | None], bool]) -> TimeValue | None:
    """The scene's date (module docstring): the interval phrase's own date,
    else the last calendar date before the capture; never one that begins
    after the publication day (a capture told in the past has happened)."""
    day = published.isoformat()
    if word is not None:
        lo, hi = _phrase_bounds(word)
        inside = [t for t in timexes if lo <= t.start < hi and _not_after(t, day)]
        if inside:
            return _as_time(inside[0], background)
    for found in reversed(timexes):
        if found.end <= trigger.idx and _not_after(found, day) \
                and not _names_a_thing(trigger.doc, found):
            return _as_time(found, background)
    return None


def _names_a_thing(doc: Doc, found: Timex) -> bool:
    """A bare year that pre-modifies a noun names a model or an edition ("a
    grey 2013 Toyota Camry", "the 2008 Games"): it is no scene's date."""
    cal = calendar_value(found)
    span = char_span(doc, found.start, found.end, alignment_mode="expand")
    if cal is None or cal[1] != "year" or span is None or len(span) == 0:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return span.root.dep_ in NOUN_MODIFIER_DEPS and after is not None \
        and after.pos_ in NOUN_POS  # the parser may hang it on an adjective ("grey")


def date_scene_captures(doc: Doc, events: list[EventMention], timexes: list[Timex],
                        published: date | None,
                        background: Callable[[str | None], bool]) -> None:
    """Give each undated capture the text ties to the scene the scene's
    date (module docstring)."""
    if published is None:
        return
    first_break = text_of(doc).find("\n")
    for event in events:
        if event.time.value is not None or event.trigger.start <= first_break \
                or not happened(event):
            continue
        trigger = token_at(doc, event.trigger.start)
        if trigger is None or not capture(trigger):
            continue
        tied, word = scene_tie(trigger)
        found = scene_time(trigger, word, timexes, published, background) if tied else None
        if found is not None:
            event.time = found
