"""Class *the reporter's request for comment*: no REQUEST (branch events54,
issue #12; docs/annotation.md relabel62 (c)).

"X did not respond to a request for comment", "did not reply to requests
for comment", "a request for comment went unanswered", "repeated requests
for an interview were not returned" tell how the outlet tried to reach a
party; the asker is the reporter, who acts in no story, so the noun carries
no REQUEST (the guide: "no REQUEST from the reporter's request"; whether the
silence itself is a REJECT is the state-body reading of relabel62 (c), not
this class). A request *for* anything else -- "a request for asylum", "the
request for extradition", "requests for aid" -- stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.mention_lookup import prep_objects

FOR = frozenset({"for"})
REQUEST_NOUNS = frozenset({"request", "requests"})
# what a reporter asks a party for
ASKED_OF_A_SOURCE = frozenset({"comment", "comments", "interview", "interviews", "reaction",
                               "response"})


def reporters_request(tok: Token) -> bool:
    """The noun "request(s)" asking *for comment* (module docstring)."""
    if tok.lower_ not in REQUEST_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(g.lower_ in ASKED_OF_A_SOURCE for g in prep_objects(tok, FOR))
