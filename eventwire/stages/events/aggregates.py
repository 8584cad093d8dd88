"""Acts counted or compared as a kind beside the act the story tells (issue
#12, branch events40).

A story that tells an act ("gunmen shot two guards", "the pirates attacked
the tanker") often names more acts of its kind around it: earlier ones, a
run of them, the kind in general. docs/annotation.md does not label such
aggregates and generics ("dozens of rocket attacks", "frequent attacks",
"five weeks of fighting", "several previous truces collapsed"), while it
labels every re-mention of the told act ("the attack", "the shooting",
``tools/remention_split.py``: gold labels those two to one). The class is a
**plural act noun with no determiner of its own** that is

* **a member of a run** — the object of "of" under a noun of succession:
  "a wave of stabbings near the pit gates", "one more in a series of
  ambushes", "after a spate of muggings on the coast road", "a string of
  arson attacks";
* **a kind compared or repeated** — modified by "similar", "such",
  "frequent", "further", "repeated", "recurring" or "sporadic": "the gang
  has committed similar burglaries in two other towns", "such raids put
  crews at risk", "to stop further shootings", "repeated strikes on the port".

A count ("dozens of arrests", "around 100 attacks") and an episode's span
("three days of protests", "two nights of rioting") are not in the class:
gold labels them as one event. Nor is a run or a repetition that is itself
done in the sentence, the object of a verb of doing ("police carried out a
wave of arrests on Monday", "the army launched a series of strikes",
"the ministers held a series of meetings", "jets mounted repeated raids"),
or the subject of a verb of happening or onset, as "clashes broke out" is
("a wave of strikes began on Monday", "the wave of arrests that started on
Friday", "further clashes erupted on Tuesday"; review81): that is the told
act. A comparison ("similar", "such") is the told act only when a verb of
doing does it in the past simple ("rebels mounted similar assaults on
two villages on Sunday", "such arrests were carried out on Friday"; not
"the cartel has staged similar ambushes"; review81).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import EventMention
from eventwire.stages.events.eventness import trigger_token
from eventwire.stages.events.noun_doers import MEASURE_SUPPORT, RUN_NOUNS, does_measure, measure_of
from eventwire.stages.time.anaphora import TOLD_HAPPEN_LEMMAS, happen_verb

COMPARED = frozenset({"similar", "such"})
REPEATED = frozenset({"frequent", "further", "repeated", "recurring", "sporadic"})
# the verbs that do a measured act (noun_doers) and a few more of doing or ordering
DOING_VERBS = MEASURE_SUPPORT | {"make", "unleash", "order", "step"}


def _bare_plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss") for c in tok.children)


def _done(noun: Token) -> bool:
    """The noun is what a verb of doing does ("carried out a wave of ...")."""
    return noun.dep_ in ("dobj", "nsubjpass") and does_measure(noun.head, DOING_VERBS)


def _done_then(noun: Token) -> bool:
    """Done in the past simple, active or passive ("carried out similar attacks
    on Sunday", "such arrests were carried out"; not "has carried out")."""
    verb = noun.head
    return _done(noun) and (verb.tag_ == "VBD" or any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children))


def _happened(verb: Token) -> bool:
    """A verb of happening or onset not in the present simple of a habit nor
    counted over a span ("began", "has broken out", "erupted"; not "clashes
    occur every year", "raids have taken place since 2019")."""
    return verb.tag_ not in ("VBZ", "VBP") and happen_verb(verb, TOLD_HAPPEN_LEMMAS) \
        and not any(c.lower_ == "since" for c in verb.children)


def _happens(noun: Token) -> bool:
    """The noun is the subject of a verb of happening or onset, its own or a
    relative clause's ("a wave of strikes began on Monday", "a series of
    clashes broke out", "the wave of arrests that started on Friday")."""
    if noun.dep_ in ("nsubj", "nsubjpass") and _happened(noun.head):
        return True
    return any(c.dep_ == "relcl" and _happened(c) and any(
        s.dep_ == "nsubj" and s.tag_ in ("WDT", "WP") for s in c.children)
        for c in noun.children)


def _told(noun: Token, member: Token) -> bool:
    """The run or repetition is the told act: done or happening (docstring)."""
    return _done(noun) or _happens(noun) or (member is not noun and _happens(member))


def is_aggregate(tok: Token) -> bool:
    """A plural act noun named as a run or a kind (module docstring)."""
    if tok.pos_ != "NOUN" or not _bare_plural(tok):
        return False
    mods = {c.lower_ for c in tok.children if c.dep_ == "amod"}
    if mods & COMPARED and not _done_then(tok):
        return True
    if mods & REPEATED and not _told(tok, tok):
        return True
    run = measure_of(tok)  # "a wave of [killings]"
    return run is not None and run.lemma_.lower() in RUN_NOUNS and not _told(run, tok)


def drop_aggregates(doc: Doc, events: list[EventMention]) -> list[EventMention]:
    """The events whose trigger is no aggregate of acts."""
    out: list[EventMention] = []
    for event in events:
        tok = trigger_token(doc, event)
        if tok is None or not is_aggregate(tok):
            out.append(event)
    return out
