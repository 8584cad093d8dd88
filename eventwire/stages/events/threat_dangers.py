"""A threat as a danger, not a threat anyone made (issue #12, branch
events43).

The nominal lexicon reads "threat" as THREATEN. docs/annotation.md leaves
the noun unlabelled where it names a danger ("warned authorities of the
threat": a danger, not a THREATEN; rec_u's decisions) and labels a threat
someone made. The real outlets' crime, piracy and health copy used the
noun for a danger with no maker, and their gold labels none of it:

* *a danger to a place, a body or an order*: "there are threats to the
  country, from terrorism to pandemic flu", "he knew of no threats to the
  chapel", "the ban cited threats to public order";
* *a danger from a kind of people or thing*: "the threat of bandits has
  kept the lorries off the road", "the threat of floods", "officials
  assessed what threat the parcels posed".

A threat with its maker stays: a possessor, a nationality or a "by" /
"from" phrase ("the rebels' threats", "Venezuelan threats", "threats by the
militia", "threats from the cartel"), a kind of threat made (a compound:
"death threats", "extortion threats", "bomb threats"), a threat to do
something ("a threat to close the border") or of an act ("the threat of
sanctions", "the threat of force"), or a threat to a person or against anyone ("threats
to the prime minister", "threats against the judge", "threats against the
embassy": someone threatened them), and a threat made, passed on or
received ("the threat made by the gang", "the judge has received threats";
review88). The verb "threaten" is ``event_doers.py``'s (events42).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.lexicon import load_lexicon
from eventwire.stages.events.participants import is_person_noun

THREAT_NOUNS = frozenset({"threat", "threats"})
# dependants that name the maker or the kind of threat made
MAKER_DEPS = frozenset({"poss", "compound", "nmod"})
# "by" / "from" name the maker; "against" the target someone aimed at
# ("threats against the embassy", review88)
MAKER_PREPS = frozenset({"by", "from", "against"})
TARGET_PREPS = frozenset({"to"})
# verbs of making, passing on or receiving a threat: the threat was made by
# someone ("the threat made by the gang", "the judge received threats",
# "he denied making threats"; review88). "pose" names a danger and is not listed.
MAKING_VERBS = frozenset({"make", "issue", "receive", "send", "utter", "deliver", "repeat",
                          "renew", "level", "voice", "post", "carry"})
MADE_DEPS = frozenset({"dobj", "nsubjpass"})
# acts a threat "of" names besides the nominal lexicon's event nouns ("the
# threat of sanctions", "the threat of force": a threatened act, kept)
THREATENED_ACTS = frozenset({"force", "war", "action", "retaliation", "reprisal", "reprisals"})


def is_threat_danger(tok: Token) -> bool:
    """The noun "threat" with no maker, no act threatened and no person as
    its target: a danger, no event."""
    if tok.pos_ != "NOUN" or tok.lower_ not in THREAT_NOUNS or _made(tok):
        return False
    for c in tok.children:
        if c.dep_ in MAKER_DEPS or (c.dep_ == "amod" and c.ent_type_ == "NORP"):
            return False
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > tok.i and any(
                g.lower_ == "to" for g in c.children):
            return False  # "a threat to close the border"
        if c.dep_ == "prep" and (c.lower_ in MAKER_PREPS or (
                c.lower_ in TARGET_PREPS and _names_a_person(c)) or (
                c.lower_ == "of" and _names_an_act(c))):
            return False
    return True


def _made(tok: Token) -> bool:
    """The threat is the object of a verb of making or receiving ("received
    threats", "threats were issued") or carries one as a participle or
    relative ("the threat made by the gang", "the threats he made")."""
    if tok.dep_ in MADE_DEPS and tok.head.lemma_.lower() in MAKING_VERBS:
        return True
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in MAKING_VERBS
               for c in tok.children)


def _names_an_act(prep: Token) -> bool:
    """"the threat of sanctions", "the threat of military action": the
    object of "of" is an act (an event noun of the lexicon or a listed
    act), so the threat is one someone holds out; "the threat of bandits",
    "the threat of floods" name a danger."""
    nominals = load_lexicon().nominals
    return any(g.dep_ == "pobj" and (g.lower_ in nominals or g.lemma_.lower() in nominals
                                     or g.lemma_.lower() in THREATENED_ACTS)
               for g in prep.children)


def _names_a_person(prep: Token) -> bool:
    """The object of "to" / "against" is a named person or a person noun,
    or the preposition opens a verb ("a threat to kill")."""
    for g in prep.children:
        if g.pos_ == "VERB":
            return True
        if g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or is_person_noun(g)):
            return True
    return False
