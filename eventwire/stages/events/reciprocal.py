"""Reciprocal and joint acts: the co-actors of a compound subject and who
is the recipient when several parties act on each other
(docs/annotation.md, "Reciprocal actors"; docs/actors.md, "Roles")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.stages.events.participants import actor_mention, is_actor
from eventwire.stages.events.roles import verb_actor

RECIPROCAL_TYPES = {"CONSULT", "AGREE", "COOPERATE", "ASSAULT", "SUPPORT", "AID"}
# "exchanged / swapped prisoners" (RETREAT release since branch types2) is done by
# each party to the other, like "each other"
RECIPROCAL_WORDS = ("each other", "one another", "exchanged", "swapped")


def _coordinated(tok: Token) -> list[Token]:
    """Tokens coordinated with ``tok`` ("Russia and [China]") and, for a
    noun phrase whose modifier is coordinated ("Hungarian and [Romanian]
    officials"), the modifier's conjuncts."""
    out = [c for c in tok.conjuncts if c.i != tok.i]
    for mod in (c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")):
        out += [c for c in mod.conjuncts if c.i != mod.i]
    return out


def co_actors_for(doc: Doc, trigger: Token, nominal: bool, actor: ActorMention | None
                  ) -> list[ActorMention]:
    """The other actors of a compound subject, each once, actors only."""
    if actor is None or nominal:
        return []
    subj = verb_actor(trigger)
    if subj is None:
        return []
    out: list[ActorMention] = []
    seen = {(actor.start, actor.end)}
    for tok in _coordinated(subj):
        m = actor_mention(doc, tok)
        if m is not None and is_actor(m) and (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out


def is_reciprocal(sentence_text: str, kind: str, co_actors: list[ActorMention],
                  recipient: ActorMention | None) -> bool:
    """Class *reciprocal and joint acts*: several actors act on each other
    ("Iran and Iraq met", "signed a deal with each other", "India and
    Pakistan accused each other", "traded accusations"). A joint act of the
    reciprocal types with no other recipient, or any act marked "each
    other" / "one another"."""
    if not co_actors:
        return False
    if any(w in sentence_text.lower() for w in RECIPROCAL_WORDS):
        return True
    return kind in RECIPROCAL_TYPES and recipient is None


def reciprocal_partner(co_actors: list[ActorMention]) -> ActorMention | None:
    """The recipient of a reciprocal act: the second party (the first
    co-actor), as the record guide codes it (docs/annotation.md,
    "Reciprocal actors": actor = first conjunct, recipient = second); all
    parties stay in ``co_actors`` and ``reciprocal`` is set, so PLOVER's
    coding (all actors, no target) can be read off the record."""
    return co_actors[0] if co_actors else None
