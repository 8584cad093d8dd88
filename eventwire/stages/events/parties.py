"""Class *a political party named by its common noun* (actors24).

Why: a participant headed by "party" ("the party denied", "her party would
challenge", "Machar's party", "dissolved all political parties") got no
sector from the rules, so the learned resolver's fill guessed one -- GOV for
most -- or the owner inside the phrase lent its own ("Khan's Pakistan
Tehreek-e-Insaf party" -> Pakistan GOV); the knowledge base's "political
parties" is PTY, a code the records never use. The records code such a party
OPP, GOV only when the phrase says it rules ("the ruling party"). The
participant keeps the country it was found with (the owner's, the place's,
or none for the resolver to fill) and takes the party's sector. "Both
parties", "the warring parties" are the sides of a dispute and "a wedding
party", "the boarding party" a gathering or a team: left alone.
Words live in ``eventwire/data/events/parties.yaml``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.datafiles import load_yaml
from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import get_list
from eventwire.paths import DATA_DIR
from eventwire.stages.actors.agent_owners import along_antecedents
from eventwire.stages.actors.resolver_features import rule_parts

PRONOUN_RULE = "pronoun"  # a pronoun's mention (``coref``): the base of its rule name

PARTIES_PATH = DATA_DIR / "events" / "parties.yaml"


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data: dict[str, Any] = load_yaml(PARTIES_PATH.read_text(encoding="utf-8"))
    return {k: frozenset(str(w) for w in v) for k, v in data.items()}


def _modifiers(tok: Token) -> set[str]:
    """The words of the phrase before the head (determiners, adjectives,
    compounds, a possessor's words)."""
    return {t.lower_ for t in tok.subtree if t.i < tok.i}


def is_party(tok: Token) -> bool:
    """A head noun "party"/"parties" that names a political party, not the
    sides of a dispute."""
    words = _words()
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in words["heads"]:
        return False
    mods = _modifiers(tok)
    if mods & words["gathering_words"]:
        return False
    return not (mods & words["side_words"]) or bool(mods & words["political_words"])


def _once_ruled(tok: Token) -> bool:
    """The phrase puts the party's rule in the past: "the former ruling
    party", "the once-ruling party"."""
    mods = _modifiers(tok)
    return bool(mods & _words()["ruling_words"] and mods & _words()["past_words"])


def party_sector(tok: Token) -> str:
    """GOV when the phrase says the party rules (not that it once ruled),
    else OPP."""
    ruling = _modifiers(tok) & _words()["ruling_words"] and not _once_ruled(tok)
    return "GOV" if ruling else "OPP"


def as_party(tok: Token, m: ActorMention | None) -> ActorMention | None:
    """The participant found at ``tok``, coded as a party when ``tok`` heads
    a party's phrase. A mention of the party itself whose sector already says
    government, opposition or legislature keeps it (a party the knowledge
    base knows) unless it is the government and the phrase says the party
    ruled once ("the former ruling party", matched as the agent "ruling
    party"); an owner inside the phrase ("Machar's party") lends only its
    country."""
    if m is None or not is_party(tok):
        return m
    covers = m.start <= tok.idx < m.end
    if covers and set(m.sectors) & _words()["kept_sectors"] and \
            not ("GOV" in m.sectors and _once_ruled(tok)):
        return m
    return replace(m, sectors=[party_sector(tok)], kind="party", actor_id=None,
                   rule=m.rule + "+party")


def as_party_through(doc: Doc, tok: Token, m: ActorMention | None) -> ActorMention | None:
    """``as_party``, and class *a pronoun standing for a party named by its
    common noun* (actors59): "The opposition Liberal Party said it would
    boycott the vote", "the ruling party ... its leaders said they would",
    "The party denied it had paid": the pronoun left with no sector by the
    rules takes the sector its antecedent's head would give (OPP, GOV when
    the phrase says the party rules), as the party's own phrase would have
    as the participant; a pronoun the rules coded keeps its codes. On 38
    sets (actors59_r3) one event changed, a gain (own texts)."""
    found = as_party(tok, m)
    if found is not m or m is None or m.sectors or m.antecedent is None \
            or rule_parts(m.rule)[0] != PRONOUN_RULE:
        return found
    named = along_antecedents(get_list(doc, "actor_mentions"), m.antecedent,
                              lambda a: rule_parts(a.rule)[0] != PRONOUN_RULE)
    span = None if named is None else char_span(doc, named.start, named.end,
                                                alignment_mode="expand")
    if span is None or len(span) == 0:
        return m
    return as_party(span.root, m)  # m has no sector: coded as the head says
