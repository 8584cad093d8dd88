"""Class *a raid by security forces* (types26; word lists in
``eventwire/data/events/curated.yaml``): police, troops or guards who storm
or raid a building or a camp ("police stormed the embassy to arrest him",
"military police stormed the prison", "RCMP raids on the camps", "raids by
1,200 police") carry out a forcible entry of the state, which PLOVER codes
COERCE (the manual's raids and seizures), not the armed attack (ASSAULT)
the verb gives; gunmen, pirates or rebels storming a hotel stay ASSAULT.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import ActorMention
from eventwire.stages.events.nonevents import word_classes

POLICE_SECTORS = {"COP"}


def _doers(tok: Token) -> list[Token]:
    """Who raids: the verb's subject (also of the verb it is joined to:
    "surrounded and stormed"), the "by" agent of a passive or of a raid noun,
    the noun's compound or possessor ("police raids", "the army's raid")."""
    out = [c for c in tok.children if c.dep_ in ("nsubj", "compound", "poss")]
    if not any(c.dep_ == "nsubj" for c in out) and tok.dep_ == "conj":
        # a subject shared with the first verb only ("police surrounded and
        # stormed"), never another clause's ("police closed the road and
        # gunmen stormed the hotel")
        out += [c for c in tok.head.children if c.dep_ == "nsubj"]
    for prep in (c for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
        out += [g for g in prep.children if g.dep_ == "pobj"]
    return out


def forces_raid(tok: Token, actor: ActorMention | None) -> bool:
    """A raiding word whose doer is a security force (by its word, or a
    police actor the resolver found: "RCMP")."""
    words = word_classes()
    raiding = words["raiding_words"]
    if tok.lemma_.lower() not in raiding and tok.lower_ not in raiding:
        return False
    forces = words["security_words"]
    for doer in _doers(tok):
        if doer.lower_ in forces or doer.lemma_.lower() in forces:
            return True
        if any(c.dep_ == "compound" and c.lower_ in forces for c in doer.children):
            return True  # "military police", "special police units"
    return actor is not None and bool(set(actor.sectors) & POLICE_SECTORS) and \
        not (set(actor.text.lower().split()) & words["armed_groups"] - forces)
