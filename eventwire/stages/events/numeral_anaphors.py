"""Class *a definite numeral names the group counted before* (branch recip65).

"Police arrested three opposition activists on Monday ... The three were
released on bail", "a court jailed two journalists ... the two were held in
Baku": a bare count with a definite article ("the three", "the two") is an
anaphor of the last group the story counted with the same number, and the
record guide codes a mention by what it refers to, so its sectors and
country are the antecedent's (OPP, MED, LAB, ...), not the civilians a bare
count of victims gets (``recipients.counted_people``).

The antecedent is the nearest earlier token of the article that counts a
noun with the same number word or figure ("three opposition activists",
"3 journalists") and whose noun lies in an actor mention with sectors; a
count of time or money ("three days", "two years") is no mention, so it is
passed over. Not: a bare count without the article ("police arrest 17",
"Three killed": headline counts, the victims themselves), nor a count whose
antecedent is not found (it keeps CVL).

Measured (recip65_r3 vs m116, 40 sets, with ``found_wrongdoers``):
recipient +4/-1 from this class (rec_aa-33, rec_an-33, rec_u-26, rec_y-27;
all own texts), real texts unchanged, actor unchanged. The loss inherits a
wrong antecedent sector ("three community representatives" read LEG, gold
CVL, so "The three" followed); "the three"/"the four" whose antecedent
mention has no sector or is another phrase ("three protesters kept in
custody") stay CVL (rec_al-17, rec_ac-20).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.extensions import get_list
from eventwire.stages.events.mention_lookup import covering_mention

DEFINITE = frozenset({"the", "all"})
NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12"}


def _value(tok: Token) -> str:
    return NUMBER_WORDS.get(tok.lower_, tok.lower_)


def definite_count(tok: Token) -> bool:
    """"the three", "The two", "all three": a count with a definite word
    before it."""
    return tok.like_num and tok.i > 0 and tok.doc[tok.i - 1].lower_ in DEFINITE


def counted_antecedent(doc: Doc, tok: Token) -> ActorMention | None:
    """The mention of the group last counted with ``tok``'s number before it
    (see the module docstring), else None."""
    if not definite_count(tok):
        return None
    value = _value(tok)
    mentions = get_list(doc, "actor_mentions")
    for prior in reversed(doc[:tok.i]):
        if prior.dep_ != "nummod" or _value(prior) != value:
            continue
        index = covering_mention(doc, prior.head)
        if index is not None and mentions[index].sectors:
            return mentions[index]
    return None
