"""Class *a passive harm whose doer is the subject of its 'when' clause*
(issue #12, branch actors31).

A passive harm with no "by" agent often names its doer in the clause that
tells when it happened; the record guide's actor is who performs the act,
and the same sentence tells it:

* "Two villagers were killed when gunmen stormed a market" (the gunmen);
* "A teacher was shot dead when soldiers opened fire on the crowd" (the
  soldiers);
* "Three guards were wounded when militiamen attacked the checkpoint" (the
  militiamen).

Only "when" (not "after", "as": a sequence or a backdrop, not the same
act), only harm verbs, only an active clause whose subject is an actor
mention (not a pronoun, which may be the victim himself: "was pelted with
stones when he attended ..."; not a thing: "when a bomb exploded", "when
gunfire erupted", which name no doer: ``cause_clauses.py``), and only a
clause that does something to someone or somewhere (an object, "out",
"fire"): "were killed when the rally turned violent" has none.

Nor is the clause's subject the doer when the harmed are of its own armed
side (review53): "Two soldiers were killed when troops raided a rebel
camp", "Five militants were killed when Taliban fighters stormed a
checkpoint", "Two policemen were wounded when officers raided a den" --
the attackers' own men fell to those they attacked, who are not named. An
armed sector shared by the harmed and the clause's subject, with no two
different countries, leaves the harm without an actor.

Nor is a clause of standing rule or control the act (review53): "was
kidnapped in 1998 when the Taliban ruled Afghanistan", "was killed when
rebels held the town", "was abducted when a militia controlled the port"
tell the backdrop, like "as", not who did the harm.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list
from eventwire.nlp.spans import doc_index
from eventwire.stages.actors.home import ARMED_SECTORS
from eventwire.stages.events.mention_lookup import child, covering_mention, is_actor, resolved
from eventwire.stages.events.target_tokens import HARM_LEMMAS

# the harms of an attack's outcome (``target_tokens``) and those done to a person
WHEN_HARMS = frozenset(HARM_LEMMAS | {"shoot", "stab", "beat", "abduct", "kidnap", "slay",
                                      "murder", "massacre"})
ARMED_SIDES = frozenset(ARMED_SECTORS | {"COP"})  # "two policemen ... when officers raided"
# a clause of standing rule is a backdrop ("when the Taliban ruled Afghanistan")
STANDING_VERBS = frozenset({"rule", "control", "govern", "administer", "hold", "dominate"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which",
                              "that"})


def _when_clauses(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and any(
        m.dep_ in ("advmod", "mark") and m.lower_ == "when" and m.i < c.i for m in c.children)]


def _acts_on_something(clause: Token) -> bool:
    """An object or a particle, on the clause's verb or on a verb joined to
    it ("when a gunman burst out of the house, put a gun to his face and
    fired")."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(c.dep_ in ("dobj", "prt", "dative") for v in verbs for c in v.children)


def _names_actor(tok: Token) -> bool:
    mentions = get_list(tok.doc, "actor_mentions")
    return any(is_actor(mentions[j]) and mentions[j].rule != "pronoun"
               for j in doc_index(tok.doc, "actor_mentions").containing(tok.idx))


def _actor_subject(clause: Token) -> Token | None:
    """The clause's subject if it names an actor; else the actor an attack
    noun's modifier names ("when an Israeli strike hit their home")."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in SUBJECT_PRONOUNS or subj.pos_ == "PRON":
        return None
    if _names_actor(subj):
        return subj
    return next((c for c in subj.children if c.dep_ in ("amod", "compound") and c.i < subj.i
                 and _names_actor(c)), None)


def _mention_at(tok: Token) -> ActorMention | None:
    index = covering_mention(tok.doc, tok)
    return None if index is None else resolved(get_list(tok.doc, "actor_mentions"), index)


def _same_armed_side(verb: Token, subj: Token) -> bool:
    """The harmed (the passive subject, or the noun a reduced passive
    hangs on) and the clause's subject share an armed sector and no two
    different countries: "Two soldiers were killed when troops raided"."""
    harmed = child(verb, {"nsubjpass"}) or (verb.head if verb.dep_ == "acl" else None)
    victim = None if harmed is None else _mention_at(harmed)
    doer = _mention_at(subj)
    if victim is None or doer is None:
        return False
    shared = ARMED_SIDES.intersection(victim.sectors, doer.sectors)
    return bool(shared) and not (victim.country and doer.country
                                 and victim.country != doer.country)


def when_clause_agent(verb: Token) -> Token | None:
    """The doer of an agentless passive harm told by its when-clause (module
    docstring), or None."""
    if verb.lemma_.lower() not in WHEN_HARMS:
        return None
    for clause in _when_clauses(verb):
        if clause.pos_ != "VERB" or clause.lemma_.lower() in STANDING_VERBS or any(
                c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
            continue
        if _acts_on_something(clause) and (subj := _actor_subject(clause)) is not None:
            return None if _same_armed_side(verb, subj) else subj
    return None
