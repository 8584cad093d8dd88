"""Class *a nationality adjective on a protest noun names the crowd's land,
not a doer* (actors63): "bank fire-bombed during Greek riots", "a Greek
anti-austerity march erupted in violence", "Chilean riots spread to the
capital". The demonym says whose streets and people, not that the state
rioted; the records leave such a crowd unnamed (actor null: the ECB+
Greek-riots stories, "Palestinian rally", "Greek youth revolt"), while a
named crowd ("Kenyan protesters", "Greek students") is the actor.

Not this class: the same adjective on an act a state does -- "Israeli
strikes", "the Russian attack", "Omani mediation", "Polish accusations" --
keeps the country as actor (``nominals.named_by_modifier``); a group's
name on the noun ("Houthi rallies", "opposition protests") is a doer, as
only a *state* mention (a country's demonym) is read here; and a protest
*verb* ("Greeks protested") keeps its subject.

Measured (39 sets, records_diff m108 -> /work/notes/actors63_r1): actor
+4 (all real: the ECB+ Greek-riots/Athens-march documents of rec_c, rec_h,
rec_j, rec_l), -0; no other field moved.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.stages.events.mention_lookup import covering_actor

MODIFIER_DEPS = ("amod", "nmod", "compound")


def crowd_nationality(doc: Doc, trigger: Token, actor: Token | None, kind: str | None) -> bool:
    """Whether ``actor`` is a country's demonym modifying the PROTEST noun
    ``trigger`` ("Greek riots") and so names no actor."""
    if kind != "PROTEST" or actor is None or actor.head.i != trigger.i or actor.i > trigger.i:
        return False
    if actor.dep_ not in MODIFIER_DEPS or not (actor.pos_ == "ADJ" or actor.ent_type_ == "NORP"):
        return False
    found = covering_actor(doc, actor)
    return found is not None and found.kind == "state"
