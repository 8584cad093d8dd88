"""A harm verb that tells the outcome of an act of force it is joined to
(issue #12, branch events35).

docs/annotation.md labels "the same event twice in one sentence" once. A
verb of harm ("killed", "wounded", "injured") joined by "and" to an act of
force of the same doer, with no subject of its own, names what that act
did, not a second act: the records label the act of force alone in every
such sentence of the development sets (real outlets' and own texts). The
class, with examples written for it:

* a shot and its outcome: "officers shot and killed the teenager", "the
  guards shot and wounded a smuggler at the crossing";
* a stabbing, beating or attack and its outcome: "the intruder stabbed and
  injured two nurses", "gunmen attacked a checkpoint and wounded three
  soldiers", "the mob beat and killed a shopkeeper";
* an opening of fire and its outcome: "a former worker opened fire at the
  depot and killed a manager";
* a killing and the wounding told beside it: "the bomber killed a guard
  and wounded four passers-by".

Not a harm verb with its own subject ("troops fired at the crowd and two
men were killed": a clause of its own, often labelled), not one joined to
an act of another class ("launched an offensive and killed the commander",
"repelled the raid and killed eight attackers": the harm is a second act),
not a participle ("fired on the crowd, killing two": elaborations.py keeps
it), not a later step (review65: "shot the mayor and then killed his
bodyguard", "beat the prisoners and later killed two", "shelled the town on
Monday and killed three farmers on Thursday": a sequence adverb, or a time
of its own beside the act's, tells a second act), not a passive with an
agent of its own beside the act's ("was shot by a sniper and killed by a
second gunman": two doers, review65), and only when the act
of force is itself a candidate (else the harm verb is the only trigger the
sentence has for the act).

Word lists: ``eventwire/data/events/harm_outcomes.yaml``; the injuries
are curated.yaml's ``injury_verbs``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader, word_list_of
from eventwire.paths import DATA_DIR
from eventwire.stages.time.governing import SEQUENCE_WORDS

WORDS = DATA_DIR / "events" / "harm_outcomes.yaml"
OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
TIME_ENTS = frozenset({"DATE", "TIME"})

words = word_list_loader(WORDS)
injury_verbs = word_list_of(DATA_DIR / "events" / "curated.yaml", "injury_verbs")


def harm_verbs() -> frozenset[str]:
    """The verbs of harm: the fatal ones (``harm_outcomes.yaml``) and
    curated.yaml's ``injury_verbs`` ("wounded", "injured", "hurt")."""
    return words()["fatal_harms"] | injury_verbs()


def _force_act(head: Token) -> bool:
    """An act of force: a force verb ("shot", "stabbed", "attacked"), or
    "open" only with "fire" as its object ("opened fire")."""
    lemma = head.lemma_.lower()
    if head.pos_ != "VERB" or lemma not in words()["force_governors"]:
        return False
    return lemma != "open" or any(c.dep_ == "dobj" and c.lower_ == "fire"
                                  for c in head.children)


def _joined_by_and(tok: Token) -> bool:
    """``tok`` follows its head as a conjunct, and the coordinator nearest
    before it is "and" (the parser may hang it on a word of the head's
    phrase: "executed two with a bullet each and wounded a third"). An "and"
    inside the first act's object does not join the harm when "but" or
    "yet" does ("attacked soldiers and police but did not kill anyone")."""
    coordinators = [t for t in tok.doc[tok.head.i + 1:tok.i] if t.dep_ == "cc" or t.pos_ == "CCONJ"]
    return bool(coordinators) and coordinators[-1].lower_ == "and"


def _own_time(verb: Token) -> bool:
    """``verb`` carries a time expression of its own ("on Monday", "in
    June", "Friday night")."""
    for c in verb.children:
        if c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in TIME_ENTS:
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in TIME_ENTS
                                    for g in c.children):
            return True
    return False


def later_step(tok: Token) -> bool:
    """The harm ``tok`` is told as a step after its head's act: a sequence
    adverb ("and then killed", "and later killed"), or a time of its own
    beside a time of the act's ("shelled the town on Monday and killed
    three farmers on Thursday")."""
    if any(c.dep_ == "advmod" and c.lower_ in SEQUENCE_WORDS for c in tok.children):
        return True
    return _own_time(tok) and _own_time(tok.head)


def _two_agents(tok: Token) -> bool:
    """A passive harm and act with a "by" agent each: two doers ("was shot
    by a sniper and killed by a second gunman"), not one act and its
    outcome."""
    return all(any(c.dep_ == "agent" for c in v.children) for v in (tok, tok.head))


def tells_outcome(tok: Token) -> bool:
    """``tok`` is a harm verb coordinated after an act of force of the same
    doer (no subject of its own): the outcome of that act."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.head.i >= tok.i:
        return False
    if tok.lemma_.lower() not in harm_verbs():
        return False
    if any(c.dep_ in OWN_SUBJECT_DEPS for c in tok.children) or _two_agents(tok):
        return False
    return _force_act(tok.head) and _joined_by_and(tok) and not later_step(tok)


def harm_outcomes(tokens: Iterable[Token], triggers: set[int]) -> set[int]:
    """The candidate harm verbs that tell the outcome of a candidate act of
    force they are joined to."""
    return {t.i for t in tokens if t.head.i in triggers and tells_outcome(t)}
