"""Class *whom a protest mourns is not whom it targets* (issue #12,
recodes18).

"a candlelight vigil for Maria Lopez", "a march for the slain reporter",
"riots over the teenager's shooting", "clashes over the police killing of a
taxi driver", "protests against the death of a student in custody": the
person a vigil or protest is held for, and whoever a death noun in its
over/against phrase names (the dead, the killers), say why people protest.
The record guide labels vigils PROTEST with no recipient unless the text
says at whom the protest is aimed ("threw bottles at police", "clashed with
riot police" are read from the verb, not from the grievance). Dropped for
PROTEST events only: "police arrested a man over the shooting of a guard"
keeps its suspect. Applied to the events once the learned event filter has
kept them (:func:`drop_mourned`): the filter reads whether the rules found a
recipient, and was fitted on the rules' recipients, these included.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import EventMention
from eventwire.nlp.spans import head_token

# nouns of an act of mourning or protest a "for" phrase names the mourned of
MOURNING_NOUNS = frozenset({"vigil", "memorial", "march", "rally", "protest", "demonstration",
                            "service", "funeral", "procession", "prayer", "gathering"})
# nouns of a death or injury that is the grievance
DEATH_NOUNS = frozenset({"killing", "shooting", "death", "murder", "slaying", "beating",
                         "execution", "assassination", "stabbing"})
# prepositions that give a protest's grievance
GRIEVANCE_PREPS = frozenset({"over", "against", "after", "following", "about"})
# how a party hangs on a death noun: "the teenager's shooting", "a police
# killing", "the killing of a student", "the shooting by officers"
PARTY_DEPS = frozenset({"poss", "compound", "nmod", "amod"})
PARTY_PREPS = frozenset({"of", "by"})


def _death_noun(tok: Token) -> Token | None:
    """The death noun ``tok`` is a party of, if any."""
    if tok.dep_ in PARTY_DEPS and tok.head.lemma_.lower() in DEATH_NOUNS:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in PARTY_PREPS \
            and tok.head.head.lemma_.lower() in DEATH_NOUNS:
        return tok.head.head
    return None


def _grievance(noun: Token) -> bool:
    """A death noun that is the object of "over", "against", ... or the
    direct object of any verb in the sentence ("protested the killing of
    ...", "denounced the shooting of ..."): the verb is not checked to be
    the protest's own (review18: the docstring said it was)."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in GRIEVANCE_PREPS) or noun.dep_ == "dobj"


def mourned(tok: Token, kind: str | None) -> bool:
    """Whether ``tok`` (a mention's head) is whom a PROTEST mourns or the
    party of the death it protests (module docstring)."""
    if kind != "PROTEST":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "for" \
            and tok.head.head.lemma_.lower() in MOURNING_NOUNS:
        return True
    noun = _death_noun(tok)
    return noun is not None and _grievance(noun)


def drop_mourned(doc: Doc, events: list[EventMention]) -> None:
    """Clear the recipient of every PROTEST whose recipient is whom it
    mourns or a party of its grievance (after the event filter)."""
    for event in events:
        if event.type != "PROTEST" or event.recipient is None:
            continue
        tok = head_token(doc, event.recipient)
        if tok is not None and mourned(tok, event.type):
            event.recipient = None
