"""Class *an everyday instruction between private persons*: no REQUEST
(branch events54, issue #12; docs/annotation.md relabel62 (d)).

"She told her son to leave", "a man outside the shop told the driver to
stop", "bystanders pleaded with the motorist", "the fourth person told her
to get out of the lounge" have no political side: neither party acts in
public life. A REQUEST needs a requester who is, or stands for, a
political, governmental, armed, judicial or civil-society actor, or a
request aimed at one ("the mayor asked residents to stay indoors",
"police told marchers to turn back" stay). The class is read from what the
actor stage already knows -- the requester is a civilian (sector ``CVL``
or ``PPL`` only, no knowledge-base id) named by a private-person noun or a
personal pronoun (or, with no actor found, the parse's subject and object),
and the addressee is a civilian too or no one named -- so it costs a set
test on REQUEST triggers. A pronoun requester counts only towards a
pronoun or a private-person noun ("she told her to leave", not "he urged
supporters to block the vote"). A request that is the "if" condition of
an offer ("the council stood ready to rebuild the school if parents asked
for a new site") is asked of the one who offers: never this class. Words:
``eventwire/data/events/private_instructions.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_list_loader
from eventwire.models import ActorMention
from eventwire.paths import DATA_DIR
from eventwire.stages.events.detection_words import lemma as _lemma
from eventwire.stages.events.offered_help import offer_condition

words = word_list_loader(DATA_DIR / "events" / "private_instructions.yaml")
CIVILIANS = frozenset({"CVL", "PPL"})
OBJECT_PRONOUNS = frozenset({"her", "him", "them", "me", "us"})


def _private(mention: ActorMention | None, heads: frozenset[str]) -> bool:
    """A civilian with no knowledge-base id, named by a private-person noun."""
    if mention is None or mention.actor_id is not None or set(mention.sectors) - CIVILIANS:
        return False
    said = mention.text.lower().split()
    return bool(said) and said[-1] in heads


def _parsed_private(tok: Token, heads: frozenset[str]) -> bool:
    """No actor found: the parse's subject and object are both private-person
    words or pronouns ("she told her son to leave")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return subj is not None and obj is not None and subj.lower_ in heads and \
        (obj.lower_ in heads or obj.lower_ in OBJECT_PRONOUNS)


def is_private_instruction(tok: Token, event_type: str, actor: ActorMention | None,
                           recipient: ActorMention | None) -> bool:
    """A REQUEST on a verb of telling, from one private person to another
    (module docstring)."""
    if event_type != "REQUEST" or _lemma(tok) not in words()["instruction_verbs"]:
        return False
    if offer_condition(tok):  # "ready to help if parents asked": asked of the offerer
        return False
    heads = words()["private_persons"]
    if actor is None:
        return _parsed_private(tok, heads)
    if not _private(actor, heads):
        return False
    if actor.text.lower().split()[-1] in words()["pronoun_requesters"]:
        said = recipient.text.lower().split() if recipient is not None else []
        return bool(said) and (said[-1] in OBJECT_PRONOUNS or said[-1] in heads)
    return recipient is None or not recipient.actor_id and \
        not set(recipient.sectors) - CIVILIANS and recipient.kind not in ("state", "organisation")
