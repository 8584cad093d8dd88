"""Class *headlines*: a headline event takes the date the body gives it.

Split from :mod:`eventwire.stages.time.anchoring` (the step before the
undated choice): the text's first line, when a body follows, names the
story's main events in the present tense with no date of their own
("Militants storm army post"); docs/annotation.md gives them the body's date.
A statement in the title line that no dated body event matches is unknown
(:func:`headline_statement`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import PLOVER_TYPES, EventMention, TimeValue
from eventwire.nlp.extensions import text_of
from eventwire.stages.time.undated import ACT_KINDS


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


TEXT_ANCHORS = {"explicit", "narrative", "speech", "sentence"}


def headline_time(doc: Doc, event: EventMention, trigger: Token,
                  dated: list[EventMention]) -> TimeValue | None:
    """Class *headlines*: an undated event in the title line (the text's
    first line, when a body follows) takes the date the body gives the same
    event: the first body event dated from the text whose trigger has the
    same lemma, else the first of the same PLOVER type ("Militants storm
    army post" -> "Militants stormed the post on Sunday"; "Court jails
    activist" -> "A court sentenced ... on Monday"). The same word comes
    first (branch dates3): a story has several events of one type ("Jets
    bomb market after rebels shell airport": the bombing is not the
    shelling the body tells first)."""
    text = text_of(doc)
    first_break = text.find("\n")
    if first_break < 0 or trigger.idx > first_break:
        return None
    lemma = trigger.lemma_.lower()
    candidates = [o for o in dated if o.trigger.start > first_break
                  and o.time.anchor in TEXT_ANCHORS and o.time.value is not None]
    same_lemma = [o for o in candidates
                  if (tok := _token_at(doc, o.trigger.start)) is not None
                  and tok.lemma_.lower() == lemma]
    same_type = [o for o in candidates if event.type == o.type and event.type in PLOVER_TYPES]
    # the same word first: a type is shared by every attack of the story
    for other in (same_lemma or same_type)[:1]:
        return TimeValue(value=other.time.value, granularity=other.time.granularity,
                         text=other.time.text, start=other.time.start,
                         end=other.time.end, anchor="narrative",
                         background=other.time.background)
    return None


def headline_statement(doc: Doc, event: EventMention, trigger: Token) -> bool:
    """Class *headline statement with no dated body* (dates26): a statement,
    demand, accusation, threat or show of support in the title line
    ("Tbilisi vows response", "Belgrade warns of response", "Taipei
    condemns 'provocation'", "rights groups cry foul") that
    :func:`headline_time` found no dated body event for is a statement with
    no time of its own: rule 1 of docs/annotation.md leaves it unknown. The
    undated choice gave it the publication day (a title line reads as the
    day's news); that is right for the headline's material acts, whose
    episode is the day's, not for the reactions a headline adds after a
    comma or "as". Read on rec_a..rec_r before the rule (title verbal acts
    left with the publication day: gold unknown 16, the publication day 6);
    measured: own +15 -4 over eleven sets, real +1 -0 (docs/BENCHMARKS.md,
    dates26)."""
    first_break = text_of(doc).find("\n")
    return 0 <= trigger.idx < first_break \
        and ACT_KINDS.get(event.type or "", "other") == "verbal"
