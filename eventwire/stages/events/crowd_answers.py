"""Class *a crowd-control act answers the crowd its sentence names* (branch
recip64; docs/annotation.md "Questions decided (relabel67, 2026-12-07)" (3)).

Tear gas, water cannon, rubber bullets, pepper spray or stun grenades used
with no object of their own take as recipient the crowd the same sentence
names as doing what the force answers or meets:

* **as / when / after / while clause** -- "police fired tear gas as dock
  workers marched on the port", "officers used pepper spray after settlers
  tried to cross the cordon": the clause's subject;
* **a relative clause on the force** -- "youths threw stones at the
  gendarmes, who responded with stun grenades": the subject of the verb
  whose object the force is;
* **a coordinated answer** -- "supporters hurled bottles at the building,
  and police responded with water cannon": the subject of the first verb.

Only an empty slot is filled (``roles.roles_for`` asks last). Guards from
the guide: the crowd must be in the sentence (a crowd named only in an
earlier one gives none); the doer of the answered act is no force (police,
troops: "police fired tear gas as soldiers watched" gives none); the people
arrested after it are no recipient (an arrest is no answered act here).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention

# the head nouns of crowd-control means ("tear gas", "water cannon", "rubber bullets")
CONTROL_WORDS = frozenset({"gas", "cannon", "cannons", "bullet", "bullets", "spray",
                           "grenade", "grenades", "flashbang", "flashbangs", "teargas"})
ANSWER_MARKS = frozenset({"as", "when", "after", "while"})
FORCE_WORDS = frozenset({"police", "officer", "officers", "policeman", "policemen", "troops",
                         "soldier", "soldiers", "gendarme", "gendarmes", "army", "forces",
                         "guard", "guards", "squad"})
FORCE_SECTORS = frozenset({"COP", "MIL"})


def _uses_control(trigger: Token) -> bool:
    """"fired tear gas", "responded with water cannon", "used pepper spray"."""
    objs = [c for c in trigger.children if c.dep_ == "dobj"]
    objs += [g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "with"
             for g in p.children if g.dep_ == "pobj"]
    objs += [c for o in objs for c in o.conjuncts]
    return any(o.lemma_.lower() in CONTROL_WORDS or o.lower_ in CONTROL_WORDS for o in objs)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _answered_doers(trigger: Token) -> list[Token]:
    out: list[Token] = []
    for clause in (c for c in trigger.children if c.dep_ == "advcl"):
        if any(m.dep_ == "mark" and m.lower_ in ANSWER_MARKS for m in clause.children):
            out += [s for s in [_subject(clause)] if s is not None]
    if trigger.dep_ == "relcl" and trigger.head.dep_ == "pobj" and trigger.head.head.dep_ \
            == "prep":
        out += [s for s in [_subject(trigger.head.head.head)] if s is not None]
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" and _subject(trigger) is not None:
        out += [s for s in [_subject(trigger.head)] if s is not None]
    return out


def answered_crowd(doc: Doc, trigger: Token, kind: str | None) -> ActorMention | None:
    """The crowd a crowd-control ASSAULT answers (see the module docstring),
    else None."""
    if kind != "ASSAULT" or trigger.pos_ != "VERB" or not _uses_control(trigger):
        return None
    from eventwire.stages.events.participants import actor_mention

    for subj in _answered_doers(trigger):
        if subj.lower_ in FORCE_WORDS or subj.lemma_.lower() in FORCE_WORDS \
                or subj.pos_ == "PRON" and subj.lower_ not in ("some", "many", "others"):
            continue
        mention = actor_mention(doc, subj)
        if mention is None or FORCE_SECTORS & set(mention.sectors):
            continue
        return mention
    return None
