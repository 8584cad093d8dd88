"""Class *a nominal act's by-phrase the parser hung on the clause's verb*
(issue #12, actors45): in "was picked up during raids by 1,200 police",
"came to the rescue of a ship under attack by pirates", "moved in to break
up a blockade of the road by activists" or "was freed after mediation by
the sultanate", the ``by`` right after the event noun's phrase names the
noun's doer, but the small parser attaches it to the verb above the noun
(as its passive agent or an adjunct), so ``pobj(noun, {"by"})`` finds
nothing and the act is left without an actor. The guide labels such a
by-phrase the act's actor ("Actors": "an attack by jihadists"); the 31
development sets label it so in every instance (9 of 9, 8 sets).

Only the ``by`` that follows the noun's phrase directly counts ("raids on
Monday by police" puts a date between them: left to the other rules), and
not when the noun is the reason an accusing or judging verb gives ("was
charged over the killing by prosecutors", "was jailed for the attack by a
court"): there the by-phrase is that verb's agent, and the act's doer is
the one accused (``noun_doers.accused_doer``). Nor when the by-phrase
says how or where rather than who (review96): "held talks by phone",
"talks by video link", "clashes by the river", "a sit-in by the gates",
"an offensive by the end of the year": a means of talk or travel, a
place word or a place, date or time name is no doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.stages.events.acts import PHONE_WORDS
from eventwire.stages.events.mention_lookup import pobj
from eventwire.stages.geo.unheld_venues import PLACE_WORDS

# prepositions by which a verb names the act it judges or accuses someone of
REASON_PREPS = frozenset({"for", "over", "with", "of"})


# how, where or when, not who: "by phone", "by video link", "by the gates", "by
# the end of May" (not "force": "raids by security forces"; not "side", "bank":
# "attacks by the other side", "a takeover by the central bank")
MEANS_WORDS = PHONE_WORDS | {"link", "letter", "email", "mail", "message", "hand", "road",
                             "air", "sea", "land", "car", "boat", "plane", "helicopter",
                             "train", "satellite", "end", "gate", "fence", "window", "door",
                             "roadside", "shore", "wall"}
NO_DOER_ENTS = frozenset({"LOC", "FAC", "DATE", "TIME"})


def _no_doer(obj: Token) -> bool:
    """The by-object tells a means, a place or a time (module docstring)."""
    lemma = obj.lemma_.lower()
    video = any(c.dep_ == "compound" and c.lower_ in PHONE_WORDS for c in obj.children)
    return obj.ent_type_ in NO_DOER_ENTS or lemma in MEANS_WORDS or lemma in PLACE_WORDS \
        or video  # "by video link"; not "by road hauliers"


def _reason_of_verb(noun: Token) -> bool:
    """"charged over the killing", "accused of the attack": the noun is
    the reason a verb gives, hung on it by a reason preposition."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in REASON_PREPS and \
        prep.head.pos_ in ("VERB", "AUX")


def stranded_agent(noun: Token) -> Token | None:
    """The object of a ``by`` that directly follows ``noun``'s phrase and
    hangs on one of the noun's heads, or ``None`` (module docstring)."""
    doc = noun.doc
    after = noun.right_edge.i + 1
    if after >= len(doc) or doc[after].lower_ != "by" or _reason_of_verb(noun):
        return None
    by = doc[after]
    if by.dep_ not in ("agent", "prep") or by.head not in list(noun.ancestors):
        return None
    obj = next((c for c in by.children if c.dep_ == "pobj"), None)
    return None if obj is None or _no_doer(obj) else obj


def by_agent(noun: Token) -> Token | None:
    """The doer a by-phrase names for ``noun``: its own ("raids by police")
    or one hung on a verb above it (``stranded_agent``); never a means, a
    place or a time ("held talks by phone": the talkers are the subject)."""
    own = pobj(noun, {"by"})
    if own is not None:
        return None if _no_doer(own) else own
    return stranded_agent(noun)


# participles of carrying out, leading or sending an act: "talks mediated by
# Qatar", "an operation conducted by the warship", "a protest note delivered
# by Belize", "arson ordered by Russia" (not "a threat received by a bank",
# "a strike called by a union": receiving or calling is not doing)
DOING_PARTICIPLES = frozenset({
    "conduct", "carry", "mediate", "broker", "facilitate", "lead", "organise", "organize",
    "stage", "launch", "mount", "direct", "order", "lodge", "deliver", "perpetrate",
    "commit", "plan", "orchestrate", "spearhead", "host"})


def done_by(noun: Token) -> Token | None:
    """Class *a nominal act's doer named by a participle of doing*: the
    agent of a past participle of carrying out, leading or sending an act
    (``DOING_PARTICIPLES``) that modifies ``noun`` ("negotiations brokered
    by the Red Cross": the Red Cross). The guide labels a mediator of talks
    their actor (CONSULT ``third-party``, rec_i) and the one who lodges a
    protest its actor; the caller leaves out an agreement ("a deal mediated
    by Qatar" is the parties' AGREE, the mediator's act a CONSULT of its
    own)."""
    host = noun.head if noun.dep_ == "compound" else noun  # "a protest note delivered by"
    for acl in (c for c in host.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        if acl.lemma_.lower() not in DOING_PARTICIPLES:
            continue
        for by in (c for c in acl.children if c.dep_ == "agent"):
            return next((c for c in by.children if c.dep_ == "pobj"), None)
    return None
