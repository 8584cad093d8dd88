"""Finding the actor mention at a token and whom it stands for: the
foundations ``participants.py`` (actor and recipient slots) and the role
stages build on.

* **the mention at a token** — the first mention whose characters hold it
  (``covering_actor``), or an owner named inside the phrase to its left
  ("Houthi missile", "Iraq's Kata'ib Hezbollah group"), never a sponsor
  ("Iran-backed militias");
* **quantities seen through** — "hundreds of people", "some of them" act as
  the people counted (``look_through``);
* **resolution** — a pronoun or "the group" stands for its antecedent, a
  spokesperson for the body (``resolved``).

Split from ``participants.py`` (fixes21) when it reached the size limit.
Word lists: ``eventwire/data/events/roles.yaml``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.datafiles import load_yaml
from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list, text_of
from eventwire.nlp.spans import doc_index
from eventwire.paths import DATA_DIR
from eventwire.stages.actors.home import SPONSOR_SUFFIXES
from eventwire.stages.actors.party_offices import PARTY_RULE
from eventwire.stages.actors.spokespeople import BODY_RULE

ROLE_WORDS = DATA_DIR / "events" / "roles.yaml"
NOT_RECIPIENTS = {"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}


@lru_cache(maxsize=1)
def role_classes() -> dict[str, Any]:
    raw = load_yaml(ROLE_WORDS.read_text(encoding="utf-8"))
    return {"not_actors": set(raw["not_actors"]), "quantity": set(raw["quantity_heads"]),
            "installations": dict(raw["installations"]), "people": frozenset(raw["people"]),
            "crowds": frozenset(raw["crowd_nouns"]), "owned": dict(raw["owned_objects"]),
            "unnamed_people": dict(raw["unnamed_people"]),
            "attacked_places": dict(raw["attacked_places"]),
            "owned_vehicles": frozenset(raw["owned_vehicles"]),
            "premises": frozenset(raw["business_premises"]),
            "premises_funding": frozenset(raw["premises_funding_verbs"]),
            "plant_crops": frozenset(raw["plant_crops"]),
            "unnamed": {**raw["unnamed_people"], **raw["unnamed_buildings"],
                        **raw["business_premises"], **raw["unnamed_victims"],
                        **raw["livelihood_people"]}}


_KIDS_KEY = "eventwire.events.children"


def children_of(tok: Token) -> list[tuple[str, int, str]]:
    """``(dep_, i, lower_)`` of ``tok.children``, in their order, read once
    per token and kept in ``doc.user_data`` (speed21): ``child``, ``pobj``
    and ``typing_classes.prep_pattern`` ask the same trigger and head words
    for a subject, an object, a preposition ~35k times per 200 articles, and
    every ``tok.children`` walk built a Token per child. No eventwire stage
    changes the parse, so the table stays true."""
    table: dict[int, list[tuple[str, int, str]]] | None = tok.doc.user_data.get(_KIDS_KEY)
    if table is None:
        table = tok.doc.user_data[_KIDS_KEY] = {}
    kids = table.get(tok.i)
    if kids is None:
        kids = table[tok.i] = [(c.dep_, c.i, c.lower_) for c in tok.children]
    return kids


def children_at(doc: Doc, i: int) -> list[tuple[str, int, str]]:
    """:func:`children_of` the token at ``i``, its Token built only the
    first time it is asked (a preposition's object, read from its head)."""
    table: dict[int, list[tuple[str, int, str]]] | None = doc.user_data.get(_KIDS_KEY)
    if table is None:
        table = doc.user_data[_KIDS_KEY] = {}
    kids = table.get(i)
    if kids is None:
        kids = table[i] = [(c.dep_, c.i, c.lower_) for c in doc[i].children]
    return kids


def child(tok: Token, deps: set[str]) -> Token | None:
    """The first child of ``tok`` (in ``tok.children`` order) whose ``dep_``
    is one of ``deps``."""
    for dep, i, _ in children_of(tok):
        if dep in deps:
            return tok.doc[i]
    return None


def pobj(tok: Token, preps: set[str]) -> Token | None:
    """The object of the first preposition (or passive agent) among
    ``preps`` after ``tok`` that has one."""
    doc = tok.doc
    for dep, i, lower in children_of(tok):
        if dep in ("prep", "agent") and lower in preps:
            for dep_g, j, _ in children_at(doc, i):
                if dep_g == "pobj":
                    return doc[j]
    return None


def prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    """Every object of every preposition among ``preps`` under ``tok``, in
    order: "the slaughter *of* the hogs", "a release *of* mercury", "warned
    *about* the floods" (:func:`pobj` gives only the first, and also reads a
    passive agent)."""
    doc = tok.doc
    return [doc[j] for dep, i, lower in children_of(tok) if dep == "prep" and lower in preps
            for dep_g, j, _ in children_at(doc, i) if dep_g == "pobj"]


def look_through(tok: Token) -> Token:
    """Class *quantified actors*: "hundreds of people", "tens of thousands of
    union members", "some of them" act as the people counted."""
    for _ in range(3):
        if not (tok.lower_ in role_classes()["quantity"] or tok.like_num):
            break
        inner = pobj(tok, {"of"})
        if inner is None:
            break
        tok = inner
    return tok


def resolved(mentions: list[ActorMention], index: int) -> ActorMention:
    """A copy of the mention carrying the identity of whom it stands for: its
    antecedent chain (pronouns, "the group"), or the organisation a
    spokesperson speaks for."""
    here = mentions[index]
    cur, seen = here, {index}
    for _ in range(len(mentions)):
        if cur.actor_id is None and cur.country is None and cur.antecedent is not None \
                and cur.antecedent not in seen:
            seen.add(cur.antecedent)
            cur = mentions[cur.antecedent]
        elif cur.speaks_for is not None and cur.speaks_for not in seen and (
                cur.country is None or cur.kind == "agent" and BODY_RULE in cur.rule) \
                and PARTY_RULE not in cur.rule:  # a party officer keeps OPP (party_offices)
            # a spokesperson acts for the organisation; a role noun that took
            # the body's codes ("the Hamas spokesman") acts under its name too
            seen.add(cur.speaks_for)
            cur = mentions[cur.speaks_for]
        else:
            break
    if cur is here:
        return replace(here, sectors=list(here.sectors))
    return replace(here, actor_id=cur.actor_id, name=cur.name or cur.text, kind=cur.kind,
                   country=cur.country, sectors=list(cur.sectors),
                   confidence=round(min(here.confidence or 0.6, cur.confidence) * 0.9, 3))


def is_actor(m: ActorMention) -> bool:
    return bool(m.actor_id or m.country or m.sectors)


def covering_actor(doc: Doc, tok: Token) -> ActorMention | None:
    """The actor mention (not a pronoun) with a country that covers ``tok``."""
    index = covering_mention(doc, tok)
    m = None if index is None else get_list(doc, "actor_mentions")[index]
    return m if m is not None and m.country and m.rule != "pronoun" else None


def covering_mention(doc: Doc, tok: Token) -> int | None:
    """The first mention (in list order) whose characters hold the token."""
    hits = doc_index(doc, "actor_mentions").containing(tok.idx)
    return hits[0] if hits else None


# "Iran-backed militias" are not Iran's own: the sponsor is no owner


def _sponsor(doc: Doc, m: ActorMention) -> bool:
    """Class *sponsors*: an actor named in a "X-backed" / "X-aligned"
    modifier ("Iran-backed factions", "Russia-aligned separatists",
    "Western-funded groups") backs the head; it is not its owner."""
    after = text_of(doc)[m.end:m.end + 12].lower().replace(" - ", "-")
    return after.startswith(SPONSOR_SUFFIXES)


def owner_inside(doc: Doc, tok: Token) -> int | None:
    """The head may sit after the mention ("Iraq's Kata'ib Hezbollah group",
    "Houthi missile", "Haftar warplane"): the mention inside its left part
    that ends closest to the head."""
    mentions = get_list(doc, "actor_mentions")
    left = tok.left_edge.idx
    inside = [i for i in doc_index(doc, "actor_mentions").within(left, tok.idx)
              if mentions[i].rule != "pronoun" and not _sponsor(doc, mentions[i])]
    return max(inside, key=lambda i: mentions[i].end) if inside else None
