"""The parties of a call or conversation named as the trigger (recips24).

Split out of ``roles.py`` (which passed 400 lines): "a phone call with
the Thai prime minister" starts on the medium, and "told his counterpart
in a phone call" names the call's other party as the one told.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.acts import NOT_COUNTERPARTS, PHONE_WORDS
from eventwire.stages.events.mention_lookup import child, pobj

CALL_MEDIA = PHONE_WORDS - {"call", "videoconference"}
CALL_NOUNS = {"call", "conversation", "conference", "talk", "talks"}
# the frame a conversation is told in: "told X in a phone call"
TOLD_IN = {"in", "during", "over"}
TELL_VERBS = {"tell", "assure", "inform", "brief", "ask", "urge", "warn"}


def call_head(noun: Token) -> Token:
    """Class *a call named by its medium* (recips24): a multiword trigger
    "phone call", "telephone call", "video conference" starts on the medium,
    a compound of the call noun that holds the roles ("a phone call with
    the Thai prime minister")."""
    head = noun.head
    if noun.dep_ == "compound" and noun.lemma_.lower() in CALL_MEDIA \
            and head.lemma_.lower() in CALL_NOUNS:
        return head
    return noun


def told_in_call(noun: Token) -> Token | None:
    """Class *the one told in a conversation* (recips24): "told his Chinese
    counterpart in a phone call that ...", "assured the president during
    the call": the speech verb's addressee is the other party of the
    call; never the press ("told reporters during talks in Geneva",
    ``acts.NOT_COUNTERPARTS``), nor when the call names its own party
    ("warned Moscow during talks with Kuleba": Kuleba)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in TOLD_IN \
            or noun.lemma_.lower() not in CALL_NOUNS or prep.head.lemma_.lower() not in TELL_VERBS \
            or pobj(noun, {"with"}) is not None:
        return None
    told = child(prep.head, {"dative", "dobj"})
    # NOT_COUNTERPARTS holds lemmas ("reporter"): the plural is read by its lemma
    return None if told is None or told.lower_ in NOT_COUNTERPARTS \
        or told.lemma_.lower() in NOT_COUNTERPARTS else told
