"""Class *act told in a dated report* (issue #12, branch dates26): a
material act that a dated statement reports does not take the statement's
day.

"A bomb killed two officers, police said Saturday", "Gunmen attacked a
camp, the committee said on Thursday", "The navy foiled a pirate attack,
an officer said here Friday": the day belongs to the saying, and the act
it reports came before it: the evening before, a day the text gives in
another sentence ("the attack took place late on Wednesday"), or a day the
text never gives. The annotation guide (rule 4 of "Event dates": the time
of the quoted speech never dates the act) dates the act by its own
expression or its episode, so the saying's day was wrong for most such
acts: on rec_a..rec_r the ``speech`` anchor was right for 27 of 87 matched
events (real 8 of 34, own 19 of 53); of the 60 wrong, 23 wanted the day
before and 26 no date.

The class is narrow on purpose: only material acts (assault, coercion,
protest, mobilisation, sanctions, aid, retreat: the types the undated
model already calls *material*), and only a saying dated to a day or a
clock time. A statement, demand or accusation made in the report keeps
the saying's day (it is the saying's content, rule 1), and a saying dated
to a month or a year ("last month the navy said it had sunk ...") spans
the act too. An act still going on as it is told ("farmers are blocking
the highway, police said on Monday", "two men are being held") is the
saying's day's: it did not come before it (:func:`ongoing`). The act then
gets the sentence's other date, if one comes before it, or goes to the
later steps (its episode, the text's time line, the undated model), never
the saying's day, and never a date that
begins after the saying: the act was told, so it had happened
(:func:`not_after_report`; "the intelligence service said on April 15
that it had arrested 16 people", read in a text of April 23, is not the
text's last date, April 22).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import EventMention, TimeValue, Timex
from eventwire.stages.time.act_kinds import act_kind
from eventwire.stages.time.governing import PRESENT_TAGS
from eventwire.stages.time.ranges import timex_range

DAY_GRANULARITIES = {"day", "time"}


def ongoing(trigger: Token) -> bool:
    """The act goes on as it is told: a present ("rebels hold the town") or
    a present of "be" before it ("are blocking", "is being held", "'re
    shelling"); not a present perfect ("have seized": done before)."""
    auxes = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return trigger.tag_ in PRESENT_TAGS
    return any(a.lemma_ == "be" and a.tag_ in PRESENT_TAGS for a in auxes)


def told_act(event: EventMention, said: Timex, trigger: Token | None = None) -> bool:
    """The event is a material act, not going on as it is told (``trigger``
    not :func:`ongoing`; None: the tense is not read), and ``said`` (the
    date of the statement that reports it) names a day: the day is the
    saying's, not the act's."""
    return act_kind(event) == "material" \
        and said.granularity in DAY_GRANULARITIES \
        and (trigger is None or not ongoing(trigger))


def not_after_report(found: TimeValue, said: Timex) -> TimeValue:
    """``found`` (the later steps' date of a told act), or ``unknown`` when
    it begins after the day of the saying that tells the act."""
    start, _ = timex_range(found.value)
    _, said_end = timex_range(said.value)
    if start is None or said_end is None or start <= said_end:
        return found
    return TimeValue(anchor="unknown")
