"""Class *the crime a charge names* (issue #12, branch dates24): an act named
only as the content of a charge, a verdict or a trial happened before it,
and neither the charge's date nor the publication day dates it.

"A man was charged with murdering his neighbour", "the officer accused of
shooting the boy appeared in court on Tuesday", "a jury found him guilty of
stabbing a shopkeeper", "prosecutors indicted her for the killing of a
journalist": the murder, the shooting, the stabbing and the killing are
older than the charge, the verdict or the indictment that names them, so
neither the charge's day ("on Tuesday", the charge's sentence or speech
date) nor the publication day (the fallback's "day's news") is theirs.
docs/annotation.md ("Time"): an event the article never dates is unknown.
A crime the text dates in its own phrase ("convicted of killing two women
in 1967") keeps that date; one the text dates in another mention takes it
(class *the crime dated elsewhere*: the nearest act of the same PLOVER type
dated as background, before or after it — "accused of murdering a mother of
12 ... she was shot in October 2011"); an earlier day the time line gives
stays ("a fire early on Sunday ... is accused of setting fire to the
store"). The second step runs once every event is dated and the date
ranker has spoken (:func:`date_charged_crimes`), because the dated mention
often comes later and the ranker would otherwise move the crime back to
the charge's day.

The heads are verbs of charging and judging ("was charged with", "accused
of", "convicted of", "indicted for", "found guilty of"), the adjective
"guilty" and the nouns "trial" and "charges" with their crime ("on trial
for the murder", "on charges of calling for unrest"). "accuse" counts only
as a participle without its own object: an active accusation ("Police
accused the protesters of throwing stones") is a statement about recent
acts, not a charge. "blame", "arrest" and "suspect" are not charges, nor
the noun "charge" of command ("the general in charge of the offensive"),
nor "charged with" a duty ("a panel charged with investigating the attack").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import PLOVER_TYPES, EventMention, TimeValue, Timex
from eventwire.stages.time.governing import CHARGE_LEMMAS, CRIME_PREPS, token_at
from eventwire.stages.time.ranges import timex_range

# heads that name a crime as their content (the verbs of charging of
# governing.py's class *the charge's crime* but "blame", which is no charge,
# and the words of judging), and the prepositions that bring it in (the same)
JUDGING_WORDS = {"guilty", "trial", "arraign"}
CHARGE_HEADS = (CHARGE_LEMMAS - {"blame"}) | JUDGING_WORDS
CONTENT_PREPS = CRIME_PREPS
# how the crime hangs on the preposition
CONTENT_DEPS = {"pcomp", "pobj"}
# the anchors of a date the text itself gives
TEXT_ANCHORS = {"explicit", "narrative", "speech", "sentence"}
# the one head that is also an accuser's statement ("Police accused the
# protesters of throwing stones"): a charge only as a participle on the accused
ACCUSE = "accuse"
# "found guilty / not guilty / innocent of"
FIND = "find"
VERDICTS = {"guilty", "innocent"}
# the noun "charge" of command ("the general in charge of the offensive",
# "took charge of the rescue"): its "of" names what is commanded, not a crime
CHARGE = "charge"
COMMAND_VERBS = {"take", "assume", "put", "place", "leave"}
# "charged with" in the sense of "tasked with" ("a panel charged with
# investigating the massacre", "troops charged with protecting the border"):
# verbs of a duty, not of a crime
TASK = "with"
TASK_VERBS = {"investigate", "probe", "examine", "review", "verify", "monitor", "oversee",
              "supervise", "protect", "guard", "ensure", "implement", "enforce", "draft",
              "negotiate", "rebuild", "restore"}
# (not "run", "lead", "organise", "coordinate", "prepare", "distribute", which
# also name crimes: "charged with running a smuggling ring")


def _head_of(prep: Token) -> Token | None:
    """The charging head the preposition hangs on: a charging word; "found"
    with its "guilty" ("found guilty on Monday of beating"); or a charging
    verb above the accused the parser hung the preposition on ("convicted
    [their commander [of the attack]]"; not "accused", whose object makes it
    an accuser's statement; not when the verb brings in a crime of its own:
    "charged [the organiser [of the march]] with inciting violence")."""
    head = prep.head
    if head.lemma_.lower() in CHARGE_HEADS:
        return head
    if head.lemma_.lower() == FIND and any(c.lower_ in VERDICTS for c in head.children):
        return head
    if head.dep_ == "dobj" and head.head.lemma_.lower() in CHARGE_HEADS - {ACCUSE} and \
            not _names_its_crime(head.head):
        return head.head
    return None


def _names_its_crime(verb: Token) -> bool:
    """The charging verb brings in a crime of its own ("charged X with
    inciting", "convicted X on charges of fraud")."""
    return any(c.dep_ == "prep" and (c.lower_ in CONTENT_PREPS or any(
        g.dep_ == "pobj" and g.lemma_.lower() in CHARGE_HEADS for g in c.children))
        for c in verb.children)


def _charging(head: Token) -> bool:
    """A head that charges or judges someone, not an accuser's statement:
    "accused" counts as the participle without an object of its own ("the
    officer accused of shooting", "is accused of"), not "has accused the
    government of"; the noun "charge" not in its sense of command ("in
    charge of the offensive", "took charge of the rescue")."""
    if head.lemma_.lower() == CHARGE and head.pos_ == "NOUN":
        return not _command(head)
    if head.lemma_.lower() != ACCUSE:
        return True
    return head.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in head.children)


def _task(head: Token, prep: Token, content: Token) -> bool:
    """"charged with" a duty ("charged with investigating the massacre"):
    the verb "charge", its "with" and a verb of a duty as the content."""
    return head.lemma_.lower() == CHARGE and head.pos_ == "VERB" and \
        prep.lower_ == TASK and content.lemma_.lower() in TASK_VERBS


def _command(noun: Token) -> bool:
    """The noun "charge" of command: "in charge of", "took / assumed charge
    of" (the object of a verb of taking command, without a determiner of
    its own: "faces a charge of murder" is an accusation)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in COMMAND_VERBS and not any(
        c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def charge_content(trigger: Token) -> Token | None:
    """The charging head when ``trigger`` is the crime it names: the trigger
    hangs on one of the content prepositions (directly, or as the object of
    a noun the preposition takes: "guilty of the murder of"), and that
    preposition on a charging head."""
    cur = trigger
    for _ in range(2):
        if cur.dep_ not in CONTENT_DEPS:
            return None
        prep = cur.head
        if prep.dep_ != "prep" or prep.lower_ not in CONTENT_PREPS:
            return None
        head = _head_of(prep)
        if head is not None:
            return head if _charging(head) and not _task(head, prep, cur) else None
        cur = prep.head
        if cur.pos_ not in ("NOUN", "PROPN"):
            return None
    return None


def charges_own_date(trigger: Token, found: Timex) -> bool:
    """The date that governs a charged crime is the charge's own, outside
    the crime's phrase ("convicted on Monday of the attack", "charged
    yesterday with murder"): not the crime's. A date inside the phrase stays
    ("charged with killing two women in 1994", "charged in the 1967
    slayings")."""
    if charge_content(trigger) is None:
        return False
    return not trigger.left_edge.idx <= found.start < trigger.right_edge.idx + len(
        trigger.right_edge)


def crime_dated_elsewhere(event: EventMention, events: list[EventMention]
                          ) -> TimeValue | None:
    """Class *the crime dated elsewhere*: a charged crime the text dates in
    another mention — "The officer accused of killing the boy went on trial
    on Monday. ... Gray was shot dead in March 2019" — takes the date of the
    nearest act of its PLOVER type (before or after it) that the text dated
    as background (older than the news window: a charge names an old crime;
    a recent day is more likely the charge's own story). None when there is
    none: the crime stays unknown."""
    if event.type not in PLOVER_TYPES:
        return None
    same = [o for o in events if o is not event and o.type == event.type
            and o.time.background and o.time.value is not None
            and o.time.anchor in TEXT_ANCHORS]
    if not same:
        return None
    other = min(same, key=lambda o: abs(o.trigger.start - event.trigger.start))
    return TimeValue(value=other.time.value, granularity=other.time.granularity,
                     text=other.time.text, start=other.time.start, end=other.time.end,
                     anchor="narrative", background=True)


def _own_phrase_date(trigger: Token, value: TimeValue) -> bool:
    """The crime's date was read inside its own phrase ("charged with
    killing a guard on Saturday", "the 1967 slayings")."""
    return value.start is not None and value.anchor in ("explicit", "narrative") and \
        trigger.left_edge.idx <= value.start < trigger.right_edge.idx + len(trigger.right_edge)


def _charge_day(doc: Doc, head: Token, events: list[EventMention]) -> str | None:
    """The first day of the charge's own date (the event on the charging
    head, when it has one), else the publication day."""
    for other in events:
        if other.trigger.start <= head.idx < other.trigger.end and other.time.value:
            start = timex_range(other.time.value)[0]
            if start is not None:
                return start
    published = doc._.published
    return published.isoformat() if published is not None else None


def _not_before(value: str | None, day: str | None) -> bool:
    """A date that does not end before ``day`` (or no date at all)."""
    end = timex_range(value)[1] if value else None
    return end is None or day is None or end >= day


def date_charged_crimes(doc: Doc, events: list[EventMention], not_happened: set[str]) -> None:
    """After every event has its date (the later mention is often the one
    with the date; the date ranker has spoken): each charged crime that
    happened and has no date of its own phrase takes the date the text gives
    the crime elsewhere (:func:`crime_dated_elsewhere`); without one, a date
    that is not before the charge's own (the charge's day, the publication
    day the fallback gave) becomes unknown, while an earlier day of the time
    line stays ("a fire early on Sunday. X is accused of setting it")."""
    for event in events:
        if event.factuality.modality in not_happened or event.time.background:
            continue
        trigger = token_at(doc, event.trigger.start)
        head = charge_content(trigger) if trigger is not None else None
        if trigger is None or head is None or _own_phrase_date(trigger, event.time):
            continue
        found = crime_dated_elsewhere(event, events)
        if found is not None:
            event.time = found
        elif _not_before(event.time.value, _charge_day(doc, head, events)):
            event.time = TimeValue(anchor="unknown")
