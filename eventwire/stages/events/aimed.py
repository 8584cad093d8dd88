"""Class *what a thing thrown, fired or pointed is aimed at* (recips15).

Why: the recipient rules read the trigger verb's own at/toward phrase
("fired at the convoy"), but the parser often hangs that phrase on the
thing thrown, fired or pointed ("pointed a gun [at the officers]",
"threw stones [at the squad car]", "hurled volleys of petrol bombs and
rocks [at a police station]", "fired tear gas [at marchers]"), or the
thing is the passive subject and the verb's own at-phrase was never read
("bottles were thrown [at police officers]": a passive gives only its
subject as a candidate). Whom the thing is aimed at is the act's target
(docs/annotation.md: "opened fire" on X has X as recipient; a police
station or squad car stands for the police).

Only when the object (or passive subject) is a weapon, projectile or
round of fire (``detection.yaml``: ``weapon_words``, ``arms_words``,
``projectile_words``, ``response_force_words``, read through
``physical.words``): "arrested a man at the airport", "signed a deal at
the summit" name where, not whom.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.physical import FORCE_KEYS, words

AIM_PREPS = frozenset({"at", "toward", "towards"})
# how a word of the thing's noun phrase hangs from its head ("volleys of
# petrol bombs and rocks", "tear gas", "a volley of shots")
NP_DEPS = frozenset({"pobj", "prep", "conj", "cc", "compound", "amod", "nmod", "det",
                     "nummod", "quantmod"})


def _force_word(tok: Token) -> bool:
    table = words()
    return any(tok.lower_ in table[k] or tok.lemma_.lower() in table[k] for k in FORCE_KEYS)


def _phrase(head: Token) -> list[Token]:
    """The nouns of the thing's phrase: its head and what hangs from it
    through of-phrases and coordination, in order."""
    out: list[Token] = []
    for tok in head.subtree:
        cur, ok = tok, True
        while cur != head:
            if cur.dep_ not in NP_DEPS:
                ok = False
                break
            cur = cur.head
        if ok and tok.pos_ in ("NOUN", "PROPN"):
            out.append(tok)
    return out


def _aim_objects(tok: Token) -> list[Token]:
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS
            for g in c.children if g.dep_ == "pobj"]


def aimed_targets(verb: Token) -> list[Token]:
    """Whom the weapon or projectile the verb acts with is aimed at: the
    at/toward object hanging on its object's phrase, and the verb's own
    at/toward object when the thing is the passive subject."""
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if thing is None:
        return []
    nouns = _phrase(thing)
    if not any(_force_word(t) for t in nouns):
        return []
    out = [g for t in nouns for g in _aim_objects(t)]
    if thing.dep_ == "nsubjpass":
        out += _aim_objects(verb)
    return out
