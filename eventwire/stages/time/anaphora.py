"""Class *event told again* (issue #12, branch dates3): a definite event
noun that names an event the text has already dated takes that date.

"Gunmen stormed a hotel on Tuesday. On Wednesday the president condemned
the attack" — "the attack" is Tuesday's storming, not the condemnation's
Wednesday; "police arrested three suspects in connection with the
bombing", "ordered an investigation into the shooting", "denied the
airstrike" likewise. Nouns otherwise take the time of the clause that
carries them (:mod:`eventwire.stages.time.governing`), which is right for a
new event ("announced a ceasefire on Friday") but wrong for one the text
told before. Only a noun with a definite determiner or a possessive ("the
attack", "this week's raid", "Tuesday's shelling" has its own date and is
left alone), in the singular (a plural names a series that began before
its last episode: "the protests", "the riots"), and an earlier body event
in an earlier sentence with the same lemma or PLOVER type, dated from the
text, qualify.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import PLOVER_TYPES, EventMention, TimeValue, Timex
from eventwire.stages.time.governing import governing, token_at

DEFINITE = {"the", "this", "that", "these", "those"}
TEXT_ANCHORS = {"explicit", "narrative", "speech", "sentence"}


def _definite(trigger: Token) -> bool:
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss"
               for c in trigger.children)


def _own_date(doc: Doc, trigger: Token, timexes: list[Timex]) -> bool:
    """A date inside the noun phrase ("the January 3 attack", "Tuesday's
    raid", "the attack on Tuesday")."""
    found = governing(doc, trigger, timexes)
    return found is not None and trigger.left_edge.idx <= found.start <= trigger.right_edge.idx


def told_before(doc: Doc, event: EventMention, trigger: Token, timexes: list[Timex],
                dated: list[EventMention]) -> TimeValue | None:
    """The time of the nearest earlier event of the text (an earlier
    sentence) that this definite event noun names again, None otherwise."""
    if trigger.tag_ != "NN" or not _definite(trigger) or _own_date(doc, trigger, timexes):
        return None
    lemma = trigger.lemma_.lower()
    for other in reversed(dated):
        if other.trigger.start >= trigger.sent.start_char or other.time.value is None \
                or other.time.anchor not in TEXT_ANCHORS:
            continue
        tok = token_at(doc, other.trigger.start)
        same_type = event.type == other.type and event.type in PLOVER_TYPES
        if same_type or (tok is not None and tok.lemma_.lower() == lemma):
            t = other.time
            return TimeValue(value=t.value, granularity=t.granularity, text=t.text,
                             start=t.start, end=t.end, anchor="narrative",
                             background=t.background)
    return None
