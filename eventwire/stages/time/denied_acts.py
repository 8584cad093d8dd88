"""Class *a denied act of the story* (issue #12, branch dates32).

The guide's rule 3 (docs/annotation.md, "Event dates: the four rules")
dates "a claim or denial about who did what in" the dated episode with the
episode's day ("denied that residential areas had been hit" about the dated
offensive). The text's speaker denies an act of the story told in the past
perfect as the content clause of the denial; the act is the one the story
is about, and takes the story's day
(:func:`~eventwire.stages.time.story_day.story_day`):

* "Police fired tear gas at marchers on Monday. The ministry denied that
  officers had beaten anyone in custody."
* "Rebels shelled the port on Sunday. The army denied that its gunners had
  hit the market."
* "Soldiers stormed the camp on Saturday. The governor denied that any
  refugee had been shot during the raid."

Not dated here (each stays ``unknown``):

* a denied claim held by a noun ("denied rebel claims that it had bombed
  villages", "dismissed reports that 100 people had been shot"): the
  claim's act, not a step the text tells;
* a denied statement or order ("denied that he had called for an
  uprising", "denied it had ordered the kidnapping": rule 1) — only
  material acts;
* a denial in another tense ("denied that officers used force",
  "denies that it has detained anyone");
* a sentence with a shift cue ("earlier", "already", "before", "ago") or an
  act its words mark as earlier (``story_day.told_earlier``);
* a habitual or lasting act (review55, ``story_day.lasting``: "denied that
  officers had routinely beaten detainees", "had ever arrested a
  reporter", "had tapped their phones for months");
* a text with no story's day (no one recent day holds most of its dated acts).

Counted first with ``tools/date_undated_census.py --by modality --spread``
over rec_a..rec_w (docs/BENCHMARKS.md, dates32).

Branch dates34 adds *the rebuttal's own act*: beside the denial, the
speaker tells what it did instead, marked by "only", in the past perfect of
a saying's content clause — the same rule 3 claim about who did what in
the episode, and the same story's day:

* "Police denied that officers had used live rounds, saying they had fired
  only rubber bullets."
* "The ministry denied that Okello had been detained and said troops had
  only been posted around his home."
* "The company denied that the guards had beaten the strikers, saying they
  had only handcuffed two of them." (review76: replaces a paraphrase of a
  record-set sentence.)

A rebutting statement or request stays undated (rule 1: "denied that it
had interfered, saying it had only called for a recount"): material acts
only, as above. Counted on rec_a..rec_y (m42 with this branch's first two
classes, past perfects after a denial in their sentence): gold dates four
such material acts we left undated, in four sets (e, n, r, s), and leaves
the two statements ("called for", "urged") undated. Measured (run c4 of
the branch): date +3 / -0, own, sets e, n, s (r's act is dated by gold to
a week, where the story's day is a day).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, TimeValue
from eventwire.nlp.extensions import text_of
from eventwire.nlp.spans import first_conjunct
from eventwire.stages.time.act_kinds import act_kind
from eventwire.stages.time.episode import shifted
from eventwire.stages.time.governing import token_at
from eventwire.stages.time.sentence_date import past_perfect
from eventwire.stages.time.story_day import lasting, story_day, told_earlier

ONLY, DENY = "only", "deny"
# a rebuttal's act is told as having happened
NOT_TOLD = {"denied", "negated", "future", "hypothetical", "conditional"}


def denied_story_act(event: EventMention, trigger: Token, first_break: int) -> bool:
    """An undated material act of the body that the factuality stage reads
    as denied, a past perfect ("had beaten", "had been hit", "had not
    fired") heading (or a conjunct of) the content clause
    of the denial (the module docstring's class and exclusions)."""
    if event.factuality.modality != "denied" or act_kind(event) != "material" \
            or event.trigger.start <= first_break:
        return False
    return past_perfect(trigger) and first_conjunct(trigger).dep_ == "ccomp" \
        and not told_earlier(trigger) and not shifted(trigger) and not lasting(trigger)


def rebuttal_act(event: EventMention, trigger: Token, first_break: int) -> bool:
    """An undated material act of the body told with "only" as the past
    perfect content of a saying in a sentence that denies something ("saying
    they had fired only rubber bullets"; module docstring)."""
    if act_kind(event) != "material" or event.trigger.start <= first_break \
            or event.factuality.modality in NOT_TOLD:
        return False
    only = any(t.lower_ == ONLY and (t.head == trigger or t.head.head == trigger)
               for t in trigger.subtree)
    denial = any(t.lemma_.lower() == DENY for t in trigger.sent)
    return only and denial and past_perfect(trigger) \
        and first_conjunct(trigger).dep_ == "ccomp" and not told_earlier(trigger) \
        and not shifted(trigger) and not lasting(trigger)


def date_denied_acts(doc: Doc, events: list[EventMention], published: date | None) -> None:
    """Give the story's day to every undated denied act of the story, and to
    a rebuttal's own act (in place)."""
    if published is None:
        return
    first_break = text_of(doc).find("\n")
    chosen = []
    for event in events:
        if event.time.value is not None or event.time.anchor != "unknown":
            continue
        trigger = token_at(doc, event.trigger.start)
        if trigger is not None and (denied_story_act(event, trigger, first_break)
                                    or rebuttal_act(event, trigger, first_break)):
            chosen.append(event)
    day = story_day(events, published) if chosen else None
    if day is None:
        return
    for event in chosen:
        event.time = TimeValue(value=day.value, granularity=day.granularity, text=day.text,
                               start=day.start, end=day.end, anchor=day.anchor)
