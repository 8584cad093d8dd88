"""Whose agent noun: an agent mention with no country of its own takes its
owner's.

Three classes, run by ``component.py``: an owner in a possessive or an
in / of / from phrase ("Nicaragua's Sandinista government", "security
forces in Guinea"), a title right before a name ("German Foreign Minister
Oskar Fischer") and a possessive pronoun or noun resolved through
coreference ("its air force", "the group's forces").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import text_of
from eventwire.nlp.spans import SpanIndex
from eventwire.stages.actors.kb import INTERNATIONAL


def _covering(mentions: list[ActorMention], index: SpanIndex, tok: Token
              ) -> ActorMention | None:
    found = index.containing(tok.idx)
    return mentions[found[0]] if found else None


def _owner_of(doc: Doc, agent: ActorMention, mentions: list[ActorMention], index: SpanIndex
              ) -> ActorMention | None:
    """"Nicaragua's Sandinista government", "Security forces in Guinea",
    "the parliament of Poland": the country that owns an agent noun."""
    span = char_span(doc, agent.start, agent.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from")
               for g in c.children if g.dep_ == "pobj"]
    for tok in owners:
        owner = _covering(mentions, index, tok)
        if owner is not None and owner.country and owner.kind == "state":
            return owner
    return None


# class *members of a body* (actors27): the head nouns of people who belong
# to the body their "of"/"from" phrase names, and act as it
MEMBER_NOUNS = frozenset({"member", "members", "officer", "officers", "official", "officials",
                          "leader", "leaders", "fighter", "fighters", "commander", "commanders",
                          "representative", "representatives", "delegate", "delegates",
                          "militant", "militants", "doctor", "doctors", "staff", "agent",
                          "agents"})


def _body_of(doc: Doc, agent: ActorMention, mentions: list[ActorMention], index: SpanIndex
             ) -> ActorMention | None:
    """"Officers of the National Security Service", "fighters of the rebel
    group", "doctors from two aid groups": the body (no state, with sectors)
    a member noun's "of"/"from" phrase names; or, class *a body's members
    named by a possessive* (actors49), its possessor: "the rebels'
    commander", "the militants' leaders", "the militia's fighters"."""
    if MEMBER_NOUNS.isdisjoint(agent.text.lower().split()):
        return None  # a set test first: most agents are no member noun
    span = char_span(doc, agent.start, agent.end, alignment_mode="expand")
    if span is None or span.root.lower_ not in MEMBER_NOUNS:
        return None
    for c in span.root.children:
        if c.dep_ == "poss":
            body = _covering(mentions, index, c)
            if body is not None and body is not agent and body.kind != "state" \
                    and body.sectors:
                return body
        if c.dep_ != "prep" or c.lower_ not in ("of", "from"):
            continue
        for g in c.children:
            body = _covering(mentions, index, g) if g.dep_ == "pobj" else None
            if body is not None and body is not agent and body.kind != "state" \
                    and body.sectors:
                return body
    return None


def members_of_bodies(doc: Doc, mentions: list[ActorMention]) -> None:
    """Class *members of a body*: a member noun with no country of its own
    whose "of"/"from" phrase names a body that is no state ("Officers of the
    National Security Service" SPY, "fighters of the UPC rebel group" REB,
    "members of the Lawyers' Association" NGO, "doctors from two American
    aid groups" USA NGO) acts as that body: its country and sectors (a
    body's people are coded by the body, docs/annotation.md "the role they
    act in"). With no country from the body, the story's country may come
    later (the rule stays ``agent``), except for an international body."""
    index = SpanIndex([(m.start, m.end) for m in mentions])
    for m in mentions:
        if m.rule != "agent" or m.country:
            continue
        body = _body_of(doc, m, mentions, index)
        if body is None:
            continue
        m.sectors = list(body.sectors)
        if body.country or INTERNATIONAL & set(body.sectors):
            m.country = body.country
            m.actor_id = f"cameo:{body.country or ''}{''.join(m.sectors)}"
            m.rule = "agent+member"


def attach_owners(doc: Doc, mentions: list[ActorMention]) -> None:
    """Agent nouns take their owner's country; a name right after a title
    ("German Foreign Minister Oskar Fischer", "President Dos Santos") takes
    the title's country and sectors."""
    index = SpanIndex([(m.start, m.end) for m in mentions])
    for i, m in enumerate(mentions):
        if m.rule == "agent" and not m.country:
            owner = _owner_of(doc, m, mentions, index)
            if owner is not None:
                m.country = owner.country
                m.actor_id = f"cameo:{owner.country}{''.join(m.sectors)}"
                m.rule = "agent+owner"
        if m.kind == "person" and not m.country and not m.actor_id and i > 0:
            title = mentions[i - 1]
            between = text_of(doc)[title.end:m.start]
            if between.strip() == "" and title.rule in ("agent", "compound", "agent+owner"):
                m.country, m.sectors = title.country, list(title.sectors)
                m.rule += "+title"




def along_antecedents(mentions: list[ActorMention], index: int,
                      test: Callable[[ActorMention], bool]) -> ActorMention | None:
    """The first mention from ``index`` along its antecedent chain (each
    mention once, so a cycle ends the walk) for which ``test`` holds."""
    seen: set[int] = set()
    cur: int | None = index
    while cur is not None and cur not in seen:
        seen.add(cur)
        if test(mentions[cur]):
            return mentions[cur]
        cur = mentions[cur].antecedent
    return None


def _identity(mentions: list[ActorMention], index: int) -> ActorMention | None:
    """The first mention along the antecedent chain that has a country."""
    return along_antecedents(mentions, index, lambda m: bool(m.country))


# the rule of a bare agent the home step gave the story's country (``home``)
HOME_AGENT_RULE = "agent+home"


def possessed_agents(doc: Doc, mentions: list[ActorMention]) -> None:
    """Class *possessed agents*: "its air force", "their fighters", "the
    group's forces" belong to whom the possessive stands for: the agent
    takes that owner's country (its own sector stays).

    Also class *a possessed agent over the story's country* (actors59): the
    home step gives a bare agent the story's country (``agent+home``) before
    coreference reads the possessive, so "Chile's ministry denied that its
    officers had expelled anyone" (a story about Peru), "he said his
    government would not yield" (a president of the neighbour), "Beijing
    said its coast guard had expelled vessels" kept the story's country;
    the possessive pronoun's owner, when it has a country, says whose they
    are (a noun possessor is left to the home step: "fishermen's unions",
    "the president's government" name no other state: with them, actors59_r2
    lost 3 more events). Measured on 38 sets (actors59_r3 vs a base on
    e725cfc7, with the party pronouns of ``events.parties``): actor +9/-2
    of it, recipient +2/-2, place +1/-1, all own texts; real texts unchanged.
    The losses are coreference sending "its" to the other state ("Caracas
    expelled its diplomats", "Sofia summoned its ambassador": the object's
    owner is the party acted on, ``binding.owned_by_another``)."""
    index = SpanIndex([(m.start, m.end) for m in mentions])
    for m in mentions:
        if m.kind != "agent" or m.country and m.rule != HOME_AGENT_RULE:
            continue
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        poss = None if span is None else next(
            (c for c in span.root.children if c.dep_ == "poss"), None)
        # the mention covering the possessor: "the group's forces" -> "the group";
        # over the story's country, only a possessive pronoun ("its", "his")
        if m.country and poss is not None and poss.tag_ != "PRP$":
            continue
        found = [] if poss is None else index.containing(poss.idx)
        owner = _identity(mentions, found[0]) if found else None
        if owner is not None and owner is not m and owner.country != m.country:
            m.country = owner.country
            m.rule += "+possessor"
