"""Crowd violence: which doers are a violent crowd, and which of its acts
stay an assault (types39; the gold line is written down in
docs/annotation.md, "Decisions taken in the twenty-eighth session (crowd
violence)"). Word lists in ``eventwire/data/events/roles.yaml``.

The development gold types a crowd's violence -- stones, bottles or mud
thrown at police or officials, shops and police posts torched, clashes
with police -- as PROTEST ``riot`` whenever the doer is a crowd, however
the text names it. ``participants.is_crowd`` knew the crowd only by its
noun ("protesters", "rioters", "a mob"); two classes named it otherwise:

* **a reference to a crowd** -- the doer is a relative pronoun whose
  antecedent is a crowd ("police fired on protesters, who set fire to the
  party office"), or a plural reference -- "some", "others", "they",
  "hundreds of them", "dozens of people" -- in a sentence, or after one,
  that names the crowd or its protest ("Relatives gathered outside the
  prison. Some threw stones at police");
* **young people as a crowd** -- "masked youths torched cars", "youths
  fought running battles with police", unless armed ("armed youths from
  the next county attacked a village" is a raid).

Both take only a crowd's acts (torching, looting, clashing, storming),
never a shooting ("they opened fire at the rally"); throwing only for a
crowd named by reference -- the gold types 9 of 13 of youths' throwing
("youths hurled petrol bombs at banks") as ASSAULT. And one class goes the
other way:

* **an attack on people, or a shooting** -- "rioters attacked police
  with rocks", "a crowd attacked them with stones and machetes", "rioters
  fired shots at gendarmes", "a gunman opened fire at the rally" -- stays
  ASSAULT: the type follows the word, as for "the attack on KFOR"
  (docs/annotation.md, re-mentions); the gold has 11 of 12 crowd attacks on
  people as ASSAULT and no shooting as PROTEST. A crowd attacking a
  building ("attacked the embassies", "attacked the party offices") is
  split in the gold (own texts PROTEST, the Greek riot copy ASSAULT) and
  keeps the riot.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.datafiles import word_list_loader
from eventwire.models import ActorMention
from eventwire.nlp.sentences import sent_of
from eventwire.paths import DATA_DIR
from eventwire.stages.events.acts import in_protest
from eventwire.stages.events.crowd_fires import armed_fire, crowd_fire
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.participants import is_crowd, is_person_noun
from eventwire.stages.events.protests import civilians_storm, protest_clash

WORDS = DATA_DIR / "events" / "roles.yaml"
words = word_list_loader(WORDS, ("youth_nouns", "crowd_unarmed_blockers", "crowd_references",
                                 "crowd_context_words", "crowd_acts", "crowd_throws",
                                 "attack_words", "crowd_nouns"))
RELATIVES = frozenset({"who", "that"})
SHOOTING = frozenset({"shoot", "gun", "shooting"})
RIOT_TYPES = frozenset({"ASSAULT", "COERCE"})  # violence by a crowd of protesters is a riot


def crowd_riot(event_type: str, trigger: Token, actor: ActorMention | None) -> bool:
    """Whether an act is a crowd's riot (PROTEST): a force act by a crowd,
    or an assault within a protest or a clash with police -- never an act
    named as an attack or a shooting (moved here from the events component
    to keep it under 400 lines)."""
    if named_attack(trigger) or armed_fire(event_type, trigger):
        return False
    if event_type in RIOT_TYPES and (is_crowd(actor) or civilians_storm(trigger, actor)
                                     or crowd_doer(trigger, actor)):
        return True
    return event_type == "ASSAULT" and (in_protest(trigger, actor) or protest_clash(trigger)
                                         or crowd_fire(event_type, trigger))


def named_attack(trigger: Token) -> bool:
    """Class *an act named as an attack, or a shooting*: "attacked", "the
    attack on", "shot", "opened fire", "exchanged fire"."""
    lemma = _lemma(trigger)
    if lemma in words()["attack_words"]:
        return _attacks_people(trigger)
    if lemma in SHOOTING or lemma == "fire" and trigger.pos_ == "VERB":
        return True
    return lemma in ("open", "exchange", "return") and any(
        c.dep_ == "dobj" and c.lower_ == "fire" for c in trigger.children)


def _attacks_people(trigger: Token) -> bool:
    """The attack's object is people -- police, officers, journalists, a
    pronoun ("attacked them with stones") -- not a building: a crowd that
    "attacked the offices of the ruling party" riots (PROTEST, as the gold)."""
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "on"
             for g in c.children if g.dep_ == "pobj"]
    return any(o.tag_ == "PRP" or o.lower_ in word_classes()["security_words"]
               or is_person_noun(o) for o in objs)


def crowd_doer(trigger: Token, actor: ActorMention | None) -> bool:
    """Class *a reference to a crowd* or *young people as a crowd* doing a
    crowd's act (see the module docstring)."""
    lemma = _lemma(trigger)
    throws = lemma in words()["crowd_throws"]
    if actor is None or not actor.text.strip() or not throws and lemma not in words()["crowd_acts"]:
        return False
    said = actor.text.lower().replace("'s", "").split()
    if set(said) & (word_classes()["security_words"] | words()["crowd_unarmed_blockers"]):
        return False
    head = said[-1]
    if head in words()["youth_nouns"]:
        return not throws  # "youths hurled petrol bombs at the bank" stays an assault
    if head in RELATIVES or _subject(trigger).lower_ in RELATIVES:
        return _relative_is_crowd(trigger)
    return head in words()["crowd_references"] and _crowd_named_near(trigger)


def _is_crowd_word(tok: Token) -> bool:
    w = words()
    return tok.lower_ in w["crowd_nouns"] | w["youth_nouns"] or \
        _lemma(tok) in w["crowd_context_words"]


def _subject_verb(trigger: Token) -> tuple[Token, Token]:
    """The subject and its verb; a conjoined verb borrows the first one's
    ("who set fire ... and torched a police vehicle")."""
    verb = trigger
    while True:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None or verb.dep_ != "conj" or verb.head is verb:
            return (subj if subj is not None else verb), verb
        verb = verb.head


def _subject(trigger: Token) -> Token:
    return _subject_verb(trigger)[0]


def _relative_is_crowd(trigger: Token) -> bool:
    """"protesters, who set fire to": the relative clause's noun is a crowd."""
    subj, verb = _subject_verb(trigger)
    if subj.lower_ not in RELATIVES or verb.dep_ != "relcl":
        return False
    crowds = words()["crowd_nouns"] | words()["youth_nouns"]
    noun = verb.head  # "protesters demanding land reform, who": up to the crowd
    for _ in range(4):
        if noun.lower_ in crowds:
            return True
        if noun.head is noun or noun.dep_ in ("nsubj", "ROOT"):
            return False  # "police, who ...": never past the clause's own subject
        noun = noun.head
    return False


def _crowd_named_near(trigger: Token) -> bool:
    """The trigger's sentence or the one before names a crowd or a protest
    (the sentences from the project's table, ``sent_of``: speed39)."""
    sent = sent_of(trigger)
    if any(_is_crowd_word(t) for t in sent if t.i != trigger.i):
        return True
    if sent.start == 0:
        return False
    before: Span = sent_of(trigger.doc[sent.start - 1])
    return any(_is_crowd_word(t) for t in before)
