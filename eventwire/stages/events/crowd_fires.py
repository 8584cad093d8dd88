"""Class *a crowd's fire in a protest or riot*: PROTEST ``riot``, not
ASSAULT ``destroy`` (branch events54, issue #12; docs/annotation.md
relabel62 (a)).

relabel60 (a) made every fire set to property ASSAULT ``destroy``
(``arson.py``); relabel62 (a) divides the class by the doers: a crowd in a
protest or riot -- protesters, rioters, youths, strikers, inmates, or a
crowd the text does not name in riot copy -- riots ("protesters set fire to
the governor's office", "crowds looted and torched shops", "two police
vehicles were set alight" after stones were thrown at a protest); armed
attackers, security forces and a group raiding another community keep the
ASSAULT ("gunmen torched buses", "settlers burned homes in the village").
``crowd_violence.crowd_riot`` knew the crowd only through the chosen actor;
a fire is missed when the actor chooser leaves the doer out (a long subject,
an agentless passive, a nominal "a night of arson"). This class reads the
doer from the parse:

* **a crowd doer** -- the fire verb's subject (through conjoined verbs, a
  relative pronoun's antecedent, "hundreds *of* rioters") is a crowd word:
  a riot whatever the setting;
* **a riot setting** -- no armed doer is named in the sentence, the subject
  is missing or a common noun ("residents", "young men"), and the sentence
  or the one before names a protest, riot, rally, march or unrest (the
  protest words as nouns: a state that "protests" a fire set to a club
  tells no riot).

A fire that kills people (a death word in the sentence: "three bank
workers were killed when the building was torched during protests") is a
killing by fire and stays an ASSAULT, as relabel62 (a) keeps the Marfin
bank fire.

Only fire acts are read (``arson.sets_property_on_fire``), so the cost is a
word test on ASSAULT triggers. Words: ``eventwire/data/events/crowd_fires.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.datafiles import word_list_loader
from eventwire.nlp.sentences import sent_of
from eventwire.paths import DATA_DIR
from eventwire.stages.events.arson import sets_property_on_fire
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.mention_lookup import prep_objects
from eventwire.stages.events.mode_words import person_nouns
from eventwire.stages.events.nonevents import word_classes

words = word_list_loader(DATA_DIR / "events" / "crowd_fires.yaml")
RELATIVES = frozenset({"who", "that", "which"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
QUANTITIES = frozenset({"hundreds", "dozens", "thousands", "scores", "group", "groups"})
OF = frozenset({"of"})


def crowd_fire(event_type: str, trigger: Token) -> bool:
    """Is this ASSAULT a crowd's fire in a protest or riot (module docstring)?"""
    if event_type != "ASSAULT" or not _fire_word(trigger):
        return False
    if not sets_property_on_fire(trigger.doc[trigger.i:trigger.i + 1], person_nouns()):
        return False
    if any(t.lower_ in words()["death_words"] for t in sent_of(trigger)):
        return False  # a killing by fire stays an ASSAULT (relabel62 (a))
    doer = _doer(trigger)
    said = doer.lower_ if doer is not None else ""
    if said in words()["armed_doers"] or said in word_classes()["security_words"]:
        return False
    if said in words()["crowd_doers"]:
        return True
    if doer is not None and (doer.pos_ == "PROPN" or doer.tag_ == "PRP"):
        return False  # a named party or a bare pronoun: who it is is not read here
    sent = sent_of(trigger)
    if any(t.lower_ in words()["armed_doers"] for t in sent):
        return False
    return _riot_setting(sent)


def armed_fire(event_type: str, trigger: Token) -> bool:
    """The other side of the class: a fire set to property by an armed or
    raiding doer the parse names as the subject ("hooded gunmen torched
    lorries during the unrest", "settlers set fire to houses amid clashes")
    stays ASSAULT ``destroy`` even in a riot's setting."""
    if event_type != "ASSAULT" or not _fire_word(trigger):
        return False
    doer = _doer(trigger)
    if doer is None or doer.lower_ not in words()["armed_doers"] and not any(
            c.lower_ in words()["armed_doers"] for c in doer.children if c.dep_ == "amod"):
        return False
    return sets_property_on_fire(trigger.doc[trigger.i:trigger.i + 1], person_nouns())


def _fire_word(trigger: Token) -> bool:
    """The cheap gate: a fire verb, "set", or an arson noun."""
    return _lemma(trigger) in {"torch", "burn", "set", "arson", "firebomb"}


def _doer(trigger: Token) -> Token | None:
    """The subject of the fire verb or of the verb it is conjoined to; a
    relative pronoun stands for its antecedent, a quantity ("hundreds of
    rioters") for what it counts; a passive subject is the burnt thing, no
    doer."""
    verb = trigger
    while True:
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None or verb.dep_ != "conj" or verb.head is verb:
            break
        verb = verb.head
    if subj is None or subj.dep_ == "nsubjpass":
        return None
    if subj.lower_ in RELATIVES and verb.dep_ == "relcl":
        subj = verb.head
    counted = prep_objects(subj, OF)
    if counted and (subj.like_num or subj.lower_ in QUANTITIES):
        return counted[0]
    return subj


def _riot_setting(sent: Span) -> bool:
    """The sentence or the one before names a protest or a riot."""
    setting, nouns = words()["riot_setting"], words()["noun_only"]
    doc = sent.doc
    before = sent_of(doc[sent.start - 1]) if sent.start > 0 else sent
    return any((_lemma(t) in setting or t.lower_ in setting)
               and (t.pos_ == "NOUN" or _lemma(t) not in nouns)
               for span in (before, sent) for t in span)
