"""Which date expression governs an event's trigger (split from
:mod:`eventwire.stages.time.anchoring`, issue #12 branch dates2).

An expression governs a trigger when it sits in the trigger's clause or
noun phrase ("stressed on Thursday", "Washington's January 3
assassination"), not through another verb, not as the pre-modifier of
another noun ("replaces the 1991 agreement", unless that noun is the
occasion of the trigger: "seized power in a 2014 coup"), not inside a
statement's content ("warned that forces would leave before the end of the
year") and not inside a clause describing another noun
(:mod:`eventwire.stages.time.clauses`). Nouns and participles take the time
of the clause that carries them (:func:`hosts`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Span, Token

from eventwire.models import EventMention, TimeValue, Timex
from eventwire.nlp.arrays import char_span, token_index_at
from eventwire.nlp.sentences import sent_of
from eventwire.nlp.spans import doc_index, heads_above, index_of
from eventwire.stages.time.called_day import APPEAL_LEMMAS, SPEECH_LEMMAS
from eventwire.stages.time.clauses import in_other_noun_clause
from eventwire.stages.time.ranges import timex_range

MAX_HOPS = 4
# a present tense is the time of writing: it takes only a date that governs it
PRESENT_TAGS = {"VBZ", "VBP"}


def token_at(doc: Doc, offset: int) -> Token | None:
    """The first token of ``char_span(doc, offset, offset + 1, "expand")``,
    None where that span is None or empty (``token_index_at``: no Span)."""
    i = token_index_at(doc, offset)
    return doc[i] if i >= 0 else None


def governs(timex_tok: Token, trigger: Token) -> bool:
    """The timex attaches to the trigger within a few dependency hops, and
    not through another verb."""
    for cur in heads_above(timex_tok, MAX_HOPS):
        if cur == trigger:
            return True
        if cur.pos_ == "VERB" and cur != trigger:
            return False
    return False


def is_dated(t: Timex) -> bool:
    """A calendar expression that can date an event (a wire dateline's date
    cannot: it is when the story was filed)."""
    return t.type in ("DATE", "TIME") and bool(t.value) and t.value[:1] in "0123456789X" \
        and t.rule != "dateline"


def timex_for(doc: Doc, trigger: Token, sent: Span, timexes: list[Timex],
               skip: Timex | None = None) -> Timex | None:
    """``timexes`` is the doc's whole list (the index points into it);
    ``skip`` leaves one expression out (a relation's own measure)."""
    for t in (timexes[i] for i in doc_index(doc, "timexes").starting(sent.start_char,
                                                                       sent.end_char)):
        if t is skip or not is_dated(t):
            continue
        head = timex_head(doc, t)
        if head is None or modifies_other_noun(head, trigger) or end_point(head) \
                or charged_crime(doc, t, head, trigger):
            continue
        if governs(head, trigger) or head.head == trigger.head == head \
                or (trigger in head.ancestors
                    and (near(head, trigger) or trailing_conjunct_date(head, trigger))
                    and trigger.tag_ not in PRESENT_TAGS and not in_content(head, trigger)
                    and not in_other_noun_clause(head, trigger)):
            return t
    return None


NOUN_MODIFIER_DEPS = {"compound", "amod", "nummod", "poss", "nmod"}


def modifies_other_noun(head: Token, trigger: Token) -> bool:
    """Class *dated noun*: a date that pre-modifies a noun dates that noun, not
    the verb above it ("replaces the 1991 agreement", "a breach of the 1991
    settlement", "in time for the 2008 Olympic Games"); the trigger's own
    noun keeps it ("Washington's January 3 assassination")."""
    return head.dep_ in NOUN_MODIFIER_DEPS and head.head != trigger \
        and head.head.pos_ in ("NOUN", "PROPN") \
        and head.head.lower_ not in ("time", "hours") \
        and not occasion_of(head.head, trigger)  # "at 18:00 local time"


# prepositions that make a date the end of a state or a deadline
LIMIT_PREPS = {"until", "till", "til", "by"}
PERIOD_PARTS = {"end", "beginning", "start", "middle", "close"}


def end_point(head: Token) -> bool:
    """Class *an end date or a deadline* (branch dates31): a date after
    "until" or "by" is when a state ends or an act is due, not when the act
    that sets it happened: "closed the schools until May 8", "banned rallies
    until March 23", "would suspend the talks until 2028", "demanded their
    release by Friday", "must disarm by the end of the year". A negated
    "until" is the act's own time ("it was not until 1997 that a jury
    agreed", "police did not arrive until Tuesday")."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in PERIOD_PARTS:
        head = head.head.head  # "until the end of June": the expression is "June"
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in LIMIT_PREPS:
        return False
    if prep.lower_ == "by":
        return True
    verb = prep.head
    return not any(c.dep_ == "neg" for c in verb.children) and not (
        prep.i > 0 and prep.doc[prep.i - 1].lower_ in ("not", "n't"))


OCCASION_PREPS = {"in", "during", "amid"}


def occasion_of(noun: Token, trigger: Token) -> bool:
    """Class *dated occasion*: a dated event noun in an "in/during/amid"
    adjunct of the trigger is the occasion the trigger happened in, so its
    date is the trigger's ("seized power in a 2014 coup", "was wounded
    during the 2006 war", "were arrested amid the 2019 protests"); not an
    object or another preposition ("replaces the 1991 agreement", "in time
    for the 2008 Games")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in OCCASION_PREPS and prep.head == trigger


def near(a: Token, b: Token) -> bool:
    return abs(a.i - b.i) <= 12


PAST_TAGS = {"VBD", "VBN"}
CHAIN_SPAN = 30  # tokens from the first conjunct to the shared date
AHEAD_PREPS = {"for", "until", "till", "by"}
OWN_CLAUSE_DEPS = {"nsubj", "nsubjpass", "expl"}
# adverbs that say an act follows the one told before ("and then released
# them", "later set fire"; the sentence openers of episode.py too)
SEQUENCE_WORDS = {"later", "then", "afterwards", "afterward", "subsequently", "thereafter"}
STATEMENT_LEMMAS = SPEECH_LEMMAS | APPEAL_LEMMAS


def trailing_conjunct_date(head: Token, trigger: Token) -> bool:
    """Class *a date shared by coordinated past acts* (branch dates35): the
    date closes the last of a run of coordinated past verbs and dates each
    of them, however long their objects ("fired into the air, forced the
    passengers off and burned the bus near the border before dawn on
    Tuesday"; "arrested nine traders and destroyed their stalls at the
    central market Tuesday evening"; "shut down the mobile network and
    deployed soldiers in the two northern provinces on Tuesday"). The date
    hangs on a later conjunct of the trigger, after every verb of the chain,
    within :data:`CHAIN_SPAN` tokens; each verb of the chain is a past form
    with no subject and no modal of its own (one actor's run of acts, not
    "killed two officers, and police have no suspects" or "were held and
    would be flown home on Friday"). Left to the other rules: a date before
    the later conjunct ("shelled the town, and on Monday troops entered"), a
    day set ahead ("for Friday", "until Monday", "by Sunday"), a later step
    of a sequence ("detained them and then released them on Sunday",
    "later set fire to the depot on Thursday": review82), and a
    statement or appeal as the trigger ("called the riot an assault and
    spoke to him on Monday": the guide's rule 1 for statements)."""
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb == trigger or verb.i > head.i or head.i - trigger.i > CHAIN_SPAN \
            or trigger.tag_ not in PAST_TAGS or trigger.lemma_.lower() in STATEMENT_LEMMAS \
            or (head.dep_ == "pobj" and head.head.lower_ in AHEAD_PREPS):
        return False
    cur = verb
    while cur != trigger:
        if cur.dep_ != "conj" or cur.tag_ not in PAST_TAGS or cur.head == cur or any(
                c.dep_ in OWN_CLAUSE_DEPS or (c.dep_ == "aux" and c.tag_ == "MD")
                or (c.dep_ == "advmod" and c.lower_ in SEQUENCE_WORDS)
                for c in cur.children):
            return False
        cur = cur.head
    return True


def timex_head(doc: Doc, t: Timex) -> Token | None:
    span = char_span(doc, t.start, t.end, alignment_mode="expand")
    return span.root if span is not None else None


HOST_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "acl", "prep"}


def hosts(trigger: Token) -> list[Token]:
    """The trigger, then the clause that carries it when it is a noun or a
    participle inside a noun phrase: "aid reached the town on Monday",
    "passed a bill demanding the expulsion" (two days later). Never through
    a clausal complement: a statement's time is the 'speech' anchor."""
    hosts = [trigger]
    cur = trigger
    for _ in range(3):
        if cur.dep_ not in HOST_DEPS or cur.head == cur:
            break
        cur = cur.head
        if cur.pos_ == "VERB":
            hosts.append(cur)
            break
    return hosts


def governing(doc: Doc, trigger: Token, timexes: list[Timex],
               skip: Timex | None = None) -> Timex | None:
    for host in hosts(trigger):
        found = timex_for(doc, host, sent_of(trigger), timexes, skip)
        if found is not None:
            return found
    return None


# verbs of charging and judging, and the prepositions that bring in the crime
CHARGE_LEMMAS = {"charge", "accuse", "convict", "indict", "acquit", "prosecute", "blame"}
CRIME_PREPS = {"of", "with", "for", "in", "over"}
CRIME_AGE_DAYS = 7


def charged_crime(doc: Doc, t: Timex, head: Token, trigger: Token) -> bool:
    """Class *the charge's crime* (branch dates18): a past date inside the
    crime a verb of charging names dates the crime, not the charge ("accused
    of killing a mother of twelve in Oct. 2011", "charged in the 1967
    slayings", "convicted of stabbing his wife in 1999", "charged with
    murder for the shootings in September 2010"; also when the parser hangs
    the crime on the accused: "accused [the mayor [of taking bribes in
    2019]]"). A date that is the
    preposition's own object stays the verb's ("convicted in June 1998"),
    and so does a recent day (older than a week counts: "accused the
    government on Tuesday of hiding ..." is the accusation's Tuesday, whatever
    the parse)."""
    if trigger.lemma_.lower() not in CHARGE_LEMMAS or (
            head.dep_ == "pobj" and head.head.head == trigger):
        return False
    path, cur = [], head
    while cur.head != cur and cur != trigger:
        cur = cur.head
        path.append(cur)
    if cur != trigger or not any(p.dep_ == "prep" and p.lower_ in CRIME_PREPS for p in path):
        return False
    end = timex_range(t.value)[1]
    published = doc._.published
    return end is not None and published is not None and \
        (published - date.fromisoformat(end)).days > CRIME_AGE_DAYS


def in_sentence(doc: Doc, sent: Span, timexes: list[Timex]) -> list[Timex]:
    """The expressions starting in ``sent``, through the doc's span index (a
    scan of every expression for every event was quadratic on long
    articles, issue #12)."""
    return [timexes[i] for i in index_of(doc, "timexes", timexes).starting(sent.start_char,
                                                                           sent.end_char)]


def in_content(head: Token, trigger: Token) -> bool:
    """Class *a statement's content*: a date inside the clausal complement of
    the trigger ("warned that the forces would face strikes if they did not
    leave before the end of the year", "said talks would resume next month")
    dates that content, not the act of saying."""
    cur = head
    while cur != trigger and cur.head != cur:
        if cur.dep_ in ("ccomp", "xcomp") and cur.pos_ in ("VERB", "AUX"):
            return True
        cur = cur.head
    return False


def own_words_date(doc: Doc, time: TimeValue, trigger: Token) -> bool:
    """The event's date comes from an expression that hangs on the trigger
    itself (:func:`governs`), absolute or relative ("until June 10" on "do
    not meet", "a week later" on "of having occupied"), not on a verb of
    another clause ("in 1977" on "the zone Oslo declared"): the rules that
    take a date away keep it (review76)."""
    if time.start is None or time.end is None:
        return False
    span = char_span(doc, time.start, time.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and governs(span.root, trigger)


def undate_unless_own_words(doc: Doc, events: list[EventMention],
                            in_class: Callable[[Token], bool],
                            skip: Callable[[EventMention], bool] = lambda _e: False) -> None:
    """Leave each dated event whose trigger is ``in_class`` unknown unless a
    date of its own words places it (:func:`own_words_date`): the shared
    step of the classes that take a borrowed date away (accused conduct,
    accusation labels, standing negations); ``skip`` keeps events a class
    does not cover."""
    for event in events:
        if event.time.value is None or skip(event):
            continue
        trigger = token_at(doc, event.trigger.start)
        if trigger is not None and in_class(trigger) \
                and not own_words_date(doc, event.time, trigger):
            event.time = TimeValue(anchor="unknown")
