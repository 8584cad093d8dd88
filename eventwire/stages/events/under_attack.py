"""Class *who is under attack* (recips15): an attack noun after "under"
names the attacked outside its own phrase, and the attacker after
"from"/"by".

Why: a noun trigger's recipient is read from its own of/on/against phrase
("an attack on the convoy"), and its actor from the clause's subject ("X
launched an attack"). "Under attack" turns both around: the subject is
the one attacked ("the convoy came under fire from militants", "the
ship was under attack from two boats"), so is the noun the phrase
modifies ("rescued a merchant vessel under attack by pirates", "vessels
that were under attack"), or the object of the verb that puts it there
("pirates brought the tanker under heavy fire"); the attacker, if named,
follows "from" or "by". Custody nouns ("under arrest") are
``target_tokens.under_custody``'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import child, pobj
from eventwire.stages.events.passives import RELATIVE, resolve_relative

ATTACK_NOUNS = frozenset({"attack", "assault", "fire", "gunfire", "bombardment", "shelling",
                          "siege", "bombing", "shellfire", "onslaught", "threat"})
SOURCE_PREPS = {"from", "by"}


def _attacked(host: Token) -> Token | None:
    if host.pos_ in ("NOUN", "PROPN", "PRON"):  # "a merchant vessel under attack"
        return host
    found = child(host, {"dobj"}) or child(host, {"nsubjpass", "nsubj"})
    if found is not None and found.lower_ in RELATIVE:
        return resolve_relative(found)  # "vessels that were under attack"
    return found


def under_attack(noun: Token) -> tuple[Token | None, Token] | None:
    """(attacker, attacked) of an attack noun after "under", or None when
    the noun is not one."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in ATTACK_NOUNS \
            or prep.lower_ != "under":
        return None
    host = prep.head
    attacked = _attacked(host)
    if attacked is None:
        return None
    source = pobj(noun, SOURCE_PREPS)
    if source is None and host.pos_ in ("VERB", "AUX"):
        source = pobj(host, SOURCE_PREPS)  # "came under fire on Monday from militants"
    if source is None and host.pos_ == "VERB" and attacked.dep_ == "dobj":
        source = child(host, {"nsubj"})  # "pirates brought the tanker under fire"
    return source, attacked
