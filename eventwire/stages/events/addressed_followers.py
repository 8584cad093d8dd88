"""Class *followers addressed by their own leader* (recips31, issue #12).

An appeal made to followers with no other leader named ("the opposition
leader called on supporters to march", "she urged her supporters to stay
calm", "the party told its followers to boycott the vote") is made by the
figure or party they follow: when the appealing actor is coded OPP, OPP
joins the followers' sectors, as ``actors.followers`` does for the
followers of a named opposition figure ("supporters of opposition leader
X"). The follower noun alone reads as civilians (``curated.yaml``), and
OPP only joins, so the civilian reading stays right too. Only appeals and
meetings: a hostile act by an opposition actor on someone's supporters
("opposition militants attacked ruling-party supporters") says nothing of
whom they follow. The follower nouns are ``followers.yaml``'s.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.datafiles import word_list_of
from eventwire.models import ActorMention
from eventwire.nlp.spans import head_token
from eventwire.stages.actors.followers import FOLLOWERS_PATH
from eventwire.stages.events.non_recipients import OWN_POSSESSIVES  # "her supporters"

OPPOSITION = "OPP"
follower_nouns = word_list_of(FOLLOWERS_PATH, "follower_nouns")
other_side_words = word_list_of(FOLLOWERS_PATH, "other_side_words")
# acts that address the followers: the appeal and the meeting
ADDRESSING_TYPES = frozenset({"REQUEST", "CONSULT"})


def _own_or_bare(head: Token) -> bool:
    """The follower noun names no other leader: no compound or of-phrase,
    a possessor only if it is a pronoun ("his supporters"), and no
    adjective of another side ("pro-government supporters", "rival
    supporters": followers.yaml ``other_side_words``, review51)."""
    for c in head.children:
        if c.dep_ == "poss" and c.lower_ not in OWN_POSSESSIVES:
            return False
        if c.dep_ == "amod" and c.lower_ in other_side_words():
            return False
        if c.dep_ in ("compound", "nmod") or c.dep_ == "prep" and c.lower_ == "of":
            return False
    return True


def addressed_followers(doc: Doc, actor: ActorMention | None,
                        recipient: ActorMention | None, kind: str | None
                        ) -> ActorMention | None:
    """The recipient with OPP joined when it is a follower noun an OPP
    actor appeals to or meets (see the module docstring); else unchanged."""
    if recipient is None or actor is None or kind not in ADDRESSING_TYPES \
            or OPPOSITION not in actor.sectors or OPPOSITION in recipient.sectors:
        return recipient
    head = head_token(doc, recipient)
    if head is None or head.lower_ not in follower_nouns() or not _own_or_bare(head):
        return recipient
    return replace(recipient, sectors=[*recipient.sectors, OPPOSITION])
