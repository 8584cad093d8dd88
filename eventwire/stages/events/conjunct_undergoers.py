"""Class *the coordinated target of an attack whose first conjunct is no
party* (recip43).

In "Youths torched cars and businesses", "the insurgents seized the towns
of Kidal and Tessalit" or "police fired on pensioners and football fans"
the undergoer of the attack is a coordination joined by "and"/"or" whose
head -- the first conjunct -- gave no recipient ("cars", "the towns", a
head the coder does not resolve), while a later conjunct names a party.
The recipient candidates held only the head, so the attack had no
recipient although gold codes the group (docs/annotation.md,
"Recipients": one span over the conjuncts, coded as the group). A later
conjunct stands in for the group then -- only when every other source
left the slot empty, only for ASSAULT (a seized weapon, a burned bus or a
deployed unit is the act's content, and gold gives those acts no
recipient), and only for a real coordination (a "cc" word: a headline's
comma list "crack down on protest, opposition leader in hospital" is no
coordination). Coordinated actors are never read: only the recipient
candidates are ("Rebels and bandits attacked the convoy" keeps its actor).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.stages.events.dropped_options import dropped
from eventwire.stages.events.recipients import first_choice, found_mentions

NOMINAL_POS = ("NOUN", "PROPN")
STAND_IN_KINDS = frozenset({"ASSAULT"})


def stand_in_conjuncts(candidates: list[Token]) -> list[Token]:
    """The later nominal conjuncts of the candidates coordinated by a "cc"
    word, in order, without the candidates themselves."""
    out: list[Token] = []
    for tok in candidates:
        if tok.pos_ not in NOMINAL_POS or not any(c.dep_ == "cc" for c in tok.children):
            continue
        out += [c for c in tok.conjuncts if c.i > tok.i and c.pos_ in NOMINAL_POS
                and c not in candidates and c not in out]
    return out


def stand_in_recipient(doc: Doc, trigger: Token, candidates: list[Token],
                       actor: ActorMention | None, kind: str | None) -> ActorMention | None:
    """The first party among the later conjuncts of the candidates, for an
    attack whose recipient slot stayed empty (None otherwise)."""
    if kind not in STAND_IN_KINDS:
        return None
    found = found_mentions(doc, stand_in_conjuncts(candidates), actor, kind)
    choice = first_choice(found)
    return None if choice is None or dropped(doc, choice, kind, trigger) else choice
