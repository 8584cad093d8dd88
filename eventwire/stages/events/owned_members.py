"""Class *a body's members named by a possessive pronoun act as the body*
(actors59).

A member noun with a body as its possessor acts in that body's role
(``actors.agent_owners.members_of_bodies``: "the militia's fighters", "the
rebels' commander"), but when the possessor is a pronoun the actor stage
has no mention for the members ("members" is no agent noun) and the
participant was the bare phrase, whose sector the learned resolver guessed
from "members" alone (GOV or CVL):

* "The miners' federation called a strike and said its members would march
  on the capital" (the federation's LAB);
* "The teachers' union said its members would stay away from the schools"
  (LAB);
* "The opposition alliance said its delegates would boycott the talks"
  (the alliance's OPP).

Only the member nouns of ``MEMBER_NOUNS``, only a possessive pronoun
coreference resolved, and only a body with sectors that is neither a state
nor a body of government: a state's or a ministry's "its officials" or
"their representatives" are its government's or its police, which the
phrase's own reading already gives. The body's country comes
along (none when it has none).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list
from eventwire.stages.actors.agent_owners import GOVERNMENT, MEMBER_NOUNS
from eventwire.stages.events.mention_lookup import child, covering_mention, resolved

# the rule of the phrase: the bare phrase's (``participants._parse_mention``),
# marked, so the later steps treat it as they treated the phrase
MEMBERS_RULE = "parse+members"


def pronoun_owned_members(tok: Token) -> ActorMention | None:
    """The members' phrase coded as their body ("its members" -> the union),
    or None (module docstring)."""
    if tok.lower_ not in MEMBER_NOUNS:
        return None
    poss = child(tok, {"poss"})
    if poss is None or poss.tag_ != "PRP$":
        return None
    index = covering_mention(tok.doc, poss)
    if index is None:
        return None
    body = resolved(get_list(tok.doc, "actor_mentions"), index)
    if body.antecedent is None or body.kind == "state" or not body.sectors \
            or GOVERNMENT in body.sectors:
        return None
    start = poss.idx
    end = tok.idx + len(tok.text)
    return replace(body, start=start, end=end, text=tok.doc.text[start:end],
                   rule=MEMBERS_RULE, antecedent=None)
