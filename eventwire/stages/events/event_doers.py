"""An event or a condition as the doer of a compulsion, a stoppage or a
danger (issue #12, branches events36, events42).

docs/annotation.md labels the act of an actor ("Label an event when its
actor is ... a political, governmental ... actor, a group of people acting
together"). A verb of compelling, stopping or hindering whose doer is
itself an event, a measure or a condition names a cause and its effect,
not an act anyone did; the event named by the subject (the protest, the
strike, the attack) is labelled on its own, the compulsion is not. The
development records hold no gold event on such a verb, and the pipeline
predicted one in political and health stories, real and own:

* *a protest or a strike compelling a leader*: "months of protests forced
  the governor to step down", "a general strike compelled the cabinet to
  drop the fuel tax", "a rally that forced the council to adjourn" (a
  relative "that" / "which" is read as its antecedent);
* *a disease's cases or a hazard compelling a closure*: "new measles
  cases have forced two districts to shut their clinics", "the outbreak
  obliged the ministry to call off the fair", "the shortage of fuel has
  forced the army to ground its helicopters";
* *an attack or a measure stopping something*: "shelling attacks halted
  the grain exports", "fresh sanctions froze the holdings of the mining
  tycoon", "the audit was hindered by a blockade of the office" (a passive's
  ``by`` agent is the doer). A measure noun is read through to its ``of``
  object ("weeks of protests", "dozens of cases").

* (events42) *an event, a dispute or a plan endangering something*: a
  verb of danger ("threaten", "endanger", "jeopardise") whose doer is no
  one names a risk, not a threat someone made: "a rift in the coalition
  threatens the budget deal", "a move that threatens to derail the
  talks", "two villages threatened by flooding", "the dispute is
  endangering the harvest", "with the project threatening the wetland"
  (an active participle with no subject reads the noun it hangs on). A
  threat is an act of someone ("the rebels threatened to shell the town",
  "the union threatens a strike": the actor is a party), and a document
  ("the resolution threatens sanctions") is its authors' act, no event noun.

A person, a group, a state or a force as the doer stays ("the coast guard
compelled the trawler to return", "border guards hindered the observers",
"the junta froze the assets"); verbs of harm stay whatever their subject
("the clashes killed four": a re-mention of the clashes). A body's name
whose last word is an event noun is the body, not the event (review69: a
party named a rally, "the National Rally forced a confidence vote", "the
Rally for Culture and Democracy halted the debate", "the Republican Rally
compelled the senate to reopen the hearing"): a doer inside a named
organisation, person, group or state stays an actor; so does an actor
joined by "and" to the event noun (review69: "strikes and the opposition
forced early elections", "protests and the army forced the president
out", "the vote was disrupted by riots and by armed militiamen").
Word lists: ``eventwire/data/events/event_doers.yaml``, the disease and
hazard words of ``natural_hazards.yaml`` and outbreak.yaml's nouns of
collective violence.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.datafiles import natural_hazards, word_list_loader
from eventwire.paths import DATA_DIR
from eventwire.stages.events.mention_lookup import role_classes
from eventwire.stages.events.outbreak import words as outbreak_words

WORDS = DATA_DIR / "events" / "event_doers.yaml"
# entity labels of a named actor: "the National Rally" is a party, not a rally
NAMED_ACTORS = frozenset({"ORG", "PERSON", "NORP", "GPE"})

words = word_list_loader(WORDS)


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """Nouns of an event, a measure or a condition: this module's list, the
    hazard and disease words, outbreak.yaml's nouns of collective violence."""
    o = outbreak_words()
    return frozenset(words()["event_nouns"] | natural_hazards() | o["disturbance_nouns"]
                     | o["violent_subjects"])


@lru_cache(maxsize=1)
def _frame_nouns() -> frozenset[str]:
    """Measures read through to their "of" object: this module's spans of
    time, outbreak.yaml's measures, roles.yaml's quantities; an event noun
    ("an outbreak of cholera") is no frame."""
    return frozenset(words()["frame_nouns"] | outbreak_words()["measure_nouns"]
                     | role_classes()["quantity"]) - event_nouns()


def _doers(tok: Token) -> list[Token]:
    """The active subjects, or the ``by`` agents' objects of a passive, with
    the nouns joined to them ("strikes and the opposition", "by riots and by
    militiamen"; the parser may hang two joined subjects on the verb); a
    relative pronoun is read as the noun its clause hangs on, and so is the
    noun an active participle with no subject of its own hangs on ("the
    rift threatening the truce", events42)."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    if any(c.lower_ in words()["relative_pronouns"] for c in subjects) and tok.dep_ == "relcl":
        return [tok.head]
    if not subjects and tok.dep_ == "acl" and tok.tag_ == "VBG":
        return [tok.head]
    agents = [p for c in tok.children if c.dep_ == "agent" for p in (c, *c.conjuncts)]
    heads = subjects + [g for p in agents for g in p.children if g.dep_ == "pobj"]
    return [d for h in heads for d in (h, *h.conjuncts)]


def through_frame(noun: Token) -> Token:
    """"weeks of protests" -> "protests"."""
    if noun.lower_ not in _frame_nouns():
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return inner if inner is not None else noun


def _named_actor(noun: Token) -> bool:
    """A proper noun inside a named organisation, person, group or state
    ("the National Rally", "the Rally of the Republicans"); a common noun
    the tagger puts in a name ("Protests" opening a sentence) stays."""
    return noun.pos_ == "PROPN" and noun.ent_type_ in NAMED_ACTORS


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Lemmas of compelling, stopping or hindering, and of endangering."""
    return frozenset(words()["compulsion_verbs"] | words()["danger_verbs"])


def is_event_compulsion(tok: Token) -> bool:
    """A verb of compulsion, stoppage or danger whose doer is an event, a
    measure or a condition: no event."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _verbs():
        return False
    doers = [through_frame(d) for d in _doers(tok)]
    return bool(doers) and all(_event_noun(d) for d in doers)


def _event_noun(doer: Token) -> bool:
    """An event, a measure or a condition named by a common noun; every
    doer joined by "and" must be one ("strikes and the opposition forced"
    is the opposition's act)."""
    if doer.pos_ not in ("NOUN", "PROPN") or _named_actor(doer):
        return False
    return doer.lower_ in event_nouns() or doer.lemma_.lower() in event_nouns()
