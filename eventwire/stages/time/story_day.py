"""Class *undated act of the story's day* (issue #12, branch dates29).

A news story that tells one recent incident dates it once or twice and then
narrates the rest of it in plain past tense, often several sentences or
paragraphs away from the date: "Police fired tear gas at marchers in the
capital on Tuesday. [...] Protesters hurled stones at the ministry." — the
stones were hurled that Tuesday; "Coast guards boarded the trawler on
Sunday. [...] Officers seized 40 kilos of cocaine." — the seizure is
Sunday's; "Gunmen opened fire at a wedding late on Friday. [...] Soldiers
later arrested two suspects." — Friday. The guide's rule 2 ("undated past
acts of the day's news", docs/annotation.md) gives such an act the date of
the dated news episode it is part of. The episode rule
(:mod:`eventwire.stages.time.episode`) reaches one sentence back to a dated
act; this class reads the whole text: when the acts the text itself dates
(by their own expression, a chain, their sentence or their statement) fall
mostly on one day within a week before publication — the *story's day* —
an undated past material act of the body takes that day.

Not dated here (each stays ``unknown``, as the guide says):
* a headline (its body dates it: :mod:`eventwire.stages.time.headline`);
* a statement, reaction or meeting (rule 1), a plan, a perfect or a
  pluperfect (rule 3), an act in a relative clause ("the six nurses, who
  were convicted of ...": a recollection describing someone), its
  conjuncts and its nouns too ("who was arrested and beaten", "the general
  who led the invasion");
* an act with a shift cue in its sentence ("earlier", "last year", "ago"),
  or one its own words mark as earlier (:func:`told_earlier`): done
  "recently" (rule 2), "a prior attack on the newsroom", "a previous ambush
  on the road" (``clauses.marked_earlier``, whose ``unknown`` this class
  does not overrule); "recently" elsewhere in the sentence ("arrested the
  recently elected mayor") does not mark the act;
* an event noun under a preposition ("hours after his arrest", "signs of
  torture") and an -ing complement ("accused the army of shelling
  villages"): the content of another act, not a step of the story;
* a text whose dated acts split over two days or more with no day holding
  half of them, or whose day is more than a week before publication (the
  article is not the news of one day).

A *dated recollection* does not outvote the news (dates30): events the text
dates wholly before the week that ends on publication day are background
told around the story, not days the story could fall on, so they are left
out of the count (:func:`recent_told`). "Sailors seized a skiff in the Gulf
of Aden on Saturday. [...] On 19 November the same frigate sank a mother
ship, rescued two freighters and chased off three skiffs. [...] The crew
boarded the skiff" — the three November acts outnumber Saturday's one, yet
the boarding is Saturday's; "Police arrested the mayor on Monday. In 2019
and 2020 he had been fined, sued and investigated" (the old years are not
the story); "Rebels shelled the airport on Sunday; the airport had been hit
on 2 March, 9 March and 16 March" (three old days against one recent).
* a text whose only dated events are statements and reactions ("the
  ministry condemned the killings on Monday", "rebels warned on Sunday"):
  a statement's day is not a dated episode (rule 2: "an incident the
  article never dates" is unknown), so the story's day must date at least
  one of the text's material acts or meetings (review45).

A past progressive act of the body counts as told in the past too
(:func:`past_progressive`, dates30).

Class *a negated act of the story* (dates32): an act the story says did
not happen, told in the past simple, is a step of the dated episode as
much as one that happened ("Police watched the march and did not
intervene", "No one was detained during the rally", "Troops guarding the
palace did not stop the crowd"), and takes the story's day; a negated
future, perfect or present ("will not resign", "has not granted access",
"nobody is arrested for politics") is no step of it (:func:`negated_past`),
nor is a lasting or habitual negation (review55, :func:`lasting`: "nobody
was ever punished", "police did not patrol the road for months").

Measured with ``tools/records_by_origin.py`` (docs/BENCHMARKS.md, dates29, dates30).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, TimeValue
from eventwire.nlp.cues import default_cues
from eventwire.nlp.extensions import title_end
from eventwire.nlp.spans import first_conjunct
from eventwire.stages.time.act_kinds import act_kind, happened
from eventwire.stages.time.called_day import SPEECH_LEMMAS
from eventwire.stages.time.clauses import attempt_host, marked_earlier
from eventwire.stages.time.episode import EVENT_KINDS, past_simple, shifted
from eventwire.stages.time.governing import token_at
from eventwire.stages.time.ranges import timex_range

# anchors that come from the text's own words, not from a default
STORY_ANCHORS = {"explicit", "narrative", "sentence", "speech"}
STORY_WINDOW_DAYS = 7
MIN_SHARE = 0.5  # the story's day dates at least half of the text's dated acts
NOUN_POS = {"NOUN", "PROPN"}
VERB_POS = {"VERB", "AUX"}
RELATIVE_DEPS = {"relcl", "acl"}
SAYING_LEMMAS = SPEECH_LEMMAS | default_cues().words("reporting_verbs")
HABITUAL_ADVERBS = default_cues().words("habitual_adverbs")
RECURRING_QUANTIFIERS = default_cues().words("recurring_quantifiers")
LASTING_UNITS = default_cues().words("lasting_units")


def story_day(events: list[EventMention], published: date) -> TimeValue | None:
    """The day most of the text's own dated events (but its dated
    recollections, :func:`recent_told`) fall on (a strict
    plurality holding at least ``MIN_SHARE`` of them), when it lies within
    ``STORY_WINDOW_DAYS`` before publication and dates at least one
    material act or meeting (the episode; its expression is the evidence);
    None otherwise."""
    told = recent_told(events, published)
    days = Counter(e.time.value for e in told if e.time.granularity == "day")
    if not days:
        return None
    ranked = days.most_common(2)
    value, count = ranked[0]
    if value is None or (len(ranked) > 1 and ranked[1][1] == count) \
            or count < MIN_SHARE * len(told):
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:  # a day-granular value that is not a calendar day ("2021-W03-2")
        return None
    acts = [e.time for e in told
            if e.time.value == value and act_kind(e) in EVENT_KINDS]
    if not acts or not 0 <= (published - day).days <= STORY_WINDOW_DAYS:
        return None
    return TimeValue(value=value, granularity="day", text=acts[0].text, start=acts[0].start,
                     end=acts[0].end, anchor="narrative", background=False)


def recent_told(events: list[EventMention], published: date) -> list[EventMention]:
    """The events the text dates by its own words, but for dated
    recollections: a value that ends before the ``STORY_WINDOW_DAYS`` that
    end on publication day ("in 2019", "on 19 November" in a December story)."""
    first = (published - timedelta(days=STORY_WINDOW_DAYS)).isoformat()
    told = []
    for e in events:
        if not e.time.value or e.time.anchor not in STORY_ANCHORS:
            continue
        _, end = timex_range(e.time.value)
        if end is None or end >= first:
            told.append(e)
    return told


def story_act(event: EventMention, trigger: Token, first_break: int) -> bool:
    """An undated past material act of the body that tells a step of the
    story (the exclusions of the module docstring)."""
    negated = event.factuality.modality == "negated"
    if (not happened(event) and not negated) \
            or act_kind(event) != "material" \
            or event.trigger.start <= first_break or in_relative(trigger):
        return False
    if (trigger.pos_ in NOUN_POS and trigger.dep_ == "pobj") or (
            trigger.tag_ == "VBG" and trigger.dep_ == "pcomp"):
        return False
    if told_earlier(trigger):
        return False
    host = attempt_host(trigger) or trigger
    if negated:
        return negated_past(host) and not shifted(trigger) and not lasting(clause_verb(host))
    return (past_simple(host) or past_progressive(host)) and not shifted(trigger)


def negated_past(trigger: Token) -> bool:
    """A past simple the text negates: "did not intervene" (a bare verb
    under "did"), "no one was detained", "no clashes were reported" (the
    noun's verb), "the suspect was not taken into custody"."""
    verb = clause_verb(trigger)
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VB" and auxes == {"did"}:
        return True
    return past_simple(trigger)


def clause_verb(trigger: Token) -> Token:
    """The verb a noun act hangs from ("no arrests were made"), or the trigger."""
    if trigger.pos_ in NOUN_POS:
        return next((a for a in trigger.ancestors if a.pos_ in VERB_POS), trigger)
    return trigger


def habitual(verb: Token) -> bool:
    """Class *a habitual act* (review55): an adverb of frequency or "ever"
    on the verb ("police routinely beat detainees", "rebels shell villages
    daily", "nobody was ever punished") or a recurring unit ("every week",
    "each night") tells acts of any day, not a step of the story's."""
    return any((c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS)
               or (c.dep_ == "npadvmod" and recurring_unit(c)) for c in verb.children)


def recurring_unit(noun: Token) -> bool:
    """A unit of time under "every"/"each" ("every week", "each night")."""
    return any(d.dep_ == "det" and d.lower_ in RECURRING_QUANTIFIERS for d in noun.children)


def lasting(verb: Token) -> bool:
    """Class *a lasting negation* (review55): a :func:`habitual` verb, or a
    "for"-duration of a week or more on it ("did not patrol the road for
    months", "did not charge anyone for a decade", "for weeks the army did
    not enter the valley"): the act did not happen over a span, not on the
    story's day ("for hours police did not intervene" is that day's)."""
    return habitual(verb) or any(
        c.dep_ == "prep" and c.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in LASTING_UNITS for o in c.children)
        for c in verb.children)


def past_progressive(verb: Token) -> bool:
    """Class *act of the story told in the past progressive* (dates30): a
    verb in -ing after "was" or "were" and no other auxiliary ("police were
    firing tear gas at the crowd", "the frigate was escorting three
    tankers", "looters were smashing shop windows") tells a step of the
    story as a past simple does; not the past perfect progressive ("had been
    marching": earlier) nor a modal ("would be firing"), nor one reported by
    a saying (:func:`reported_progressive`)."""
    if verb.tag_ != "VBG":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return len(auxes) == 1 and auxes[0].lower_ in ("was", "were") \
        and not reported_progressive(verb)


def reported_progressive(verb: Token) -> bool:
    """The progressive is the content of a saying: the present of the
    speaker shifted back ("the minister said the navy was patrolling the
    coast", "India said it was withdrawing its envoy", "the company
    announced it was closing two plants"), going on when it was said, not
    a step of the story; not a direct quotation (:func:`quoted_clause`)."""
    clause = first_conjunct(verb)
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SAYING_LEMMAS \
        and not quoted_clause(clause)


def quoted_clause(clause: Token) -> bool:
    """The complement is a direct quotation, the speaker's own tense, not a
    present shifted back: '"We were patrolling the coast when the skiffs
    attacked," the captain said', '"They were beating us with sticks," one
    protester told reporters', '"Soldiers were shooting at everyone," a
    witness said' tell steps of the story (review48)."""
    first = clause.left_edge
    return first.is_quote or (first.i > 0 and clause.doc[first.i - 1].is_quote)


def in_relative(trigger: Token) -> bool:
    """The act is told in a relative or participial clause on a noun: the
    trigger heads it ("who were convicted"), is a conjunct of its verb ("who
    was arrested and beaten") or a noun of it ("who led the invasion")."""
    verb = trigger
    if trigger.pos_ in NOUN_POS:
        verb = next((a for a in trigger.ancestors if a.pos_ in VERB_POS), trigger)
    return trigger.dep_ in RELATIVE_DEPS or first_conjunct(verb).dep_ in RELATIVE_DEPS


def told_earlier(trigger: Token) -> bool:
    """The act's own words mark it as earlier
    (:func:`~eventwire.stages.time.clauses.marked_earlier`): an adverb on its
    verb, on the verb it attempts or on the verb a noun act hangs from
    ("militias recently burned", "recently tried to storm", "clashes
    recently erupted"), an adjective on a noun act ("a prior attack"); not
    an adverb elsewhere in the sentence ("arrested the recently elected
    mayor": the arrest is not marked)."""
    host = attempt_host(trigger) or trigger
    if host.pos_ not in NOUN_POS:
        return marked_earlier(host)
    verb = next((a for a in host.ancestors if a.pos_ in VERB_POS), None)
    return marked_earlier(host) or (verb is not None and marked_earlier(verb))


def date_story_acts(doc: Doc, events: list[EventMention], published: date | None) -> None:
    """Give the story's day to every undated act of the story (in place)."""
    if published is None:
        return
    day = story_day(events, published)
    if day is None:
        return
    first_break = title_end(doc)
    for event in events:
        if event.time.value is not None or event.time.anchor != "unknown":
            continue
        trigger = token_at(doc, event.trigger.start)
        if trigger is not None and story_act(event, trigger, first_break):
            event.time = TimeValue(value=day.value, granularity=day.granularity, text=day.text,
                                   start=day.start, end=day.end, anchor=day.anchor)
