"""Verb classes of weapons that close the mode cascade (``modes.rule_mode``):
who fires a gun when no weapon is named (anyone, relabel52 q4; a
person fired is a dismissal), bringing down an aircraft (no mode), and a
state bombing from the air (``aerial``). Split from ``modes.py`` (modes24)
when it grew past ~400 lines.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mode_context import is_person
from eventwire.stages.events.mode_words import person_nouns

# where a bare "fire" aims (modes41: "fired on the village" with no firer named)
SHOT_PREPS = {"at", "on", "upon", "into"}
# what a shooter fires when no mode word is named: no dismissal ("fired their weapons", "fired it")
SHOT_NOUNS = {"shot", "round", "volley", "salvo", "burst", "bullet", "warning", "weapon", "gun",
              "pistol", "revolver", "rifle", "handgun", "shotgun", "firearm", "it", "them", "one",
              "total", "dozen"}
# what words are fired in (review90: "fired back at critics in a statement",
# "fired off a complaint", "fired up the crowd with insults")
WORD_NOUNS = {"statement", "letter", "complaint", "question", "insult", "remark", "tweet",
              "post", "message", "email", "speech", "interview", "broadside", "retort"}


def people_fire(root: Token) -> bool:
    """Class *a bare "fire"* (relabel52 q4, modes41): the verb "fire" with
    no weapon named is ``firearms`` whoever fires: people and police
    ("officers fired at the suspect", "Martinez fired twice"), armed men
    and "they" (modes36), and now also a ship, an army or a state ("the
    navy fired in self-defence", "the South fired first"), as the guide
    reads "fire" as a verb of shooting; modes36 left the last ones null
    while the gold was split. Also a firer left unnamed when the shot has a
    target ("fired on the village"). Firing a person is a dismissal
    ("whom Mugabe fired", "fired the coach"), firing words or an engine
    shoots nothing (review90). A weapon named in the clause ("fired
    rockets", "fired tear gas") has already decided the mode before this
    class is asked."""
    if root.lemma_.lower() != "fire" or root.pos_ != "VERB" or fires_a_person(root) \
            or fires_words(root) or _fires_a_thing(root):
        return False
    return bool(_firers(root)) or not _read_passive(root) and any(
        c.dep_ == "prep" and c.lower_ in SHOT_PREPS and any(g.dep_ == "pobj" for g in c.children)
        for c in root.children)


def _fires_a_thing(root: Token) -> bool:
    """An object that is no shot ("fired the coach", "fired the manager"):
    a dismissal even when the noun is not a listed person; a weapon object
    has decided the mode before (modes41)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() not in SHOT_NOUNS for c in root.children)


def fires_words(root: Token) -> bool:
    """Class *firing words or an engine* (review90): "fire up" ("troops fired
    up their engines", "fired up the crowd"), and firing with words as object
    or medium ("they fired off a complaint", "fired back at critics in a
    statement") shoot no gun, whoever fires."""
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in root.children):
        return True
    objs = [c for c in root.children if c.dep_ == "dobj"]
    objs += [g for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "with", "via")
             for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in WORD_NOUNS for o in objs)


def _firers(root: Token) -> list[Token]:
    """Who fires: the subject; a coordinated verb's subject ("had used tear
    gas and fired"); the antecedent of a relative "who"; and (modes36,
    class *armed men firing*) the noun a participle hangs on when the parser
    reads the clause as one ("a border patrol fired in self-defence"; not a
    passive "the boat fired upon by the guard"), and the accused of "accused
    the soldiers of firing" / "was accused of firing"."""
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    if not subj and root.dep_ == "conj":  # "had used tear gas and fired ..."
        subj = [c for c in root.head.children if c.dep_ == "nsubj"]
    if root.dep_ == "relcl":  # "officers, who fired at the car": the antecedent
        subj = [root.head if s.lower_ in ("who", "that") else s for s in subj]
    if not subj and root.dep_ == "acl" and not _read_passive(root):
        subj = [root.head]
    if not subj and root.dep_ == "pcomp" and root.head.lower_ == "of":
        host = root.head.head  # "accused [the soldiers] [of firing]", "accused [...]"
        subj = [host] if host.pos_ in ("NOUN", "PROPN") else \
            [c for c in host.children if c.dep_ in ("dobj", "nsubjpass")]
    return subj


def _read_passive(verb: Token) -> bool:
    """A participle with a passive agent or a stranded "at"/"upon" ("the boat
    fired upon by the guard", "a car fired at"): its noun is the target."""
    return any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")
               and not any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


def fires_a_person(tok: Token) -> bool:
    """The verb "fire" as a dismissal: a person as its object ("whom Mugabe
    fired", "fired the shop steward") or as its passive subject ("if any
    worker was fired"; not "was fired at / upon", a shooting)."""
    if tok.lemma_.lower() != "fire" or tok.pos_ not in ("VERB", "AUX"):
        return False
    shot_at = any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")
                  and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
                  for c in tok.children)  # "fired on", not "fired on Friday"
    return any((c.dep_ == "dobj" or c.dep_ == "nsubjpass" and not shot_at)
               and (c.lower_ in ("whom", "who") or is_person(c, person_nouns()))
               for c in tok.children)


def downs_aircraft(root: Token) -> bool:
    """Class *bringing down an aircraft*: "shot down a helicopter", "Poland
    shoots down drones", "jets downed four drones", "were shot down". The
    drone or jet named is what was hit, not the weapon used, and the shot
    ("shot") says nothing of the weapon either (a missile, a gun or a jet):
    the records give these ASSAULT with no mode (annotation guide, Batch h:
    "Shooting down jets or drones ASSAULT (mode null)")."""
    lemma = root.lemma_.lower()
    if lemma == "down" or root.lower_ in ("downed", "downing", "shootdown"):
        return root.pos_ in ("VERB", "NOUN")
    return lemma == "shoot" and any(c.lower_ == "down" and c.dep_ in ("prt", "advmod", "prep")
                                    for c in root.children)


# a state's armed forces: they deliver bombs from the air
STATE_FORCES = {"army", "military", "junta", "regime", "government", "navy", "troops", "forces",
                "coalition", "airforce", "air"}


def _bombers(verb: Token) -> list[Token]:
    """Who bombs: the subject, the passive agent ("bombed by the army"), a
    coordinated verb's subject, or the accused of "accused the army of
    bombing"."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    subj += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not subj and verb.dep_ == "conj":
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "pcomp" and verb.head.lower_ == "of":
        host = verb.head.head  # "accused [the army] of bombing", "accused the army [of ...]"
        subj = [host] if host.pos_ in ("NOUN", "PROPN") else \
            [c for c in host.children if c.dep_ == "dobj"]
    return subj


def state_bombing(root: Token) -> bool:
    """Class *a state bombs from the air*: the verb "bomb" with a state's
    armed forces or a country as its agent ("the army bombed villages",
    "Thailand bombed two positions", "accused the military of bombing
    schools", "was bombed by government forces") is ``aerial``, as states
    drop bombs from aircraft; bombs of militants or unknown attackers
    stay ``explosives``."""
    if root.lemma_.lower() != "bomb" or root.pos_ != "VERB":
        return False
    return any(b.lower_ in STATE_FORCES or b.lemma_.lower() in STATE_FORCES
               or b.ent_type_ in ("GPE", "NORP") and b.dep_ != "compound"
               or any(c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP")
                      and b.lemma_.lower() in STATE_FORCES for c in b.children)
               for b in _bombers(root))
