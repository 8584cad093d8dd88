"""Class *a request named as the condition of an offer of help* (REQUEST
``assist``, modes32): "the bloc said it was ready to send a mediation
mission *if* the capital *requested* one", "Canberra stood ready to provide
policing support *if* Port Moresby *asked* for it", "Moscow was ready to
help guard the border *if* Dushanbe *asked*", "Malaysia offered to send
observers *if* both governments *requested* it". The request has no content
of its own (its object is "one", "it", or nothing): what would be asked for
is what the offer holds, help given by the one who offers. The records give
these ``assist`` (rec_g, rec_h, rec_q, rec_v, rec_w); the cascade reads only
the request's own complements and finds nothing.

An offer of something another mode names ("ready to hold talks if Kyiv
asked", "willing to withdraw if the council requested it") takes no mode
from this class: the cascade's reading of the offer is left to the other
rules.

A request that names its own content ("ready to arrest him *if*
prosecutors *requested a warrant*", "ready to rebuild the school *if*
parents *asked for a new site*", "offered a refund *if* passengers
*requested a written claim*") asks for that thing, not for the offer: no
mode from this class (review56). Nor does an offer to restrict a third
party, the THREATEN ``restrict`` cues ("ready to impose sanctions if the
council requested it", "prepared to impose an embargo if its allies
asked", "ready to close the border if the capital asked"): a restriction
offered on request is no help (review56).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.stages.events.mention_lookup import prep_objects

# the adjectives of readiness ("was ready to hold talks", "willing to
# resign"): component.py makes them the offer's trigger; they live here once
READINESS_WORDS = frozenset({"ready", "willing", "prepared"})
# the words that make a clause an offer: "ready to", "offered to", "willing to"
OFFER_WORDS = READINESS_WORDS | {"offer", "poised", "available"}
# how far above the request the offer may stand ("ready [to send [a mission
# [if ... requested]]]": the request's head, its head, and one more)
CLIMB = 3
# the THREATEN mode whose cues make an offer a restriction, no help
RESTRICTING = "restrict"
# an object that names nothing of its own: "requested one", "asked for it"
CONTENTLESS = frozenset({"PRON", "NUM"})
FOR = frozenset({"for"})


def _conditional(root: Token) -> bool:
    """An "if" clause hung on another verb: "... if Dushanbe asked"."""
    return root.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "if"
                                        for c in root.children)


def _offer_above(root: Token) -> Token | None:
    """The offer word on the heads above the condition, or beside one of
    them as its adjectival complement ("was [ready]", "stood [ready]")."""
    tok = root
    for _ in range(CLIMB):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lemma_.lower() in OFFER_WORDS:
            return tok
        found = next((c for c in tok.children if c.dep_ in ("acomp", "oprd", "xcomp")
                      and c.lemma_.lower() in OFFER_WORDS), None)
        if found is not None:
            return found
    return None


def offer_condition(root: Token) -> bool:
    """Is the request the "if" condition of an offer ("ready to rebuild the
    school if parents asked for a new site")? Then it is addressed to the
    one who offers, whatever it asks for (private_instructions.py reads
    this: such a request is never one private person's instruction to
    another)."""
    return _conditional(root) and _offer_above(root) is not None


def _names_content(root: Token) -> bool:
    """Does the request name what it asks for, a noun as its object or
    after "for" ("requested a warrant", "asked for a new site"), rather than
    a pronoun or nothing ("requested one", "asked for it", "asked")?"""
    objects = [c for c in root.children if c.dep_ == "dobj"] + prep_objects(root, FOR)
    return any(o.pos_ not in CONTENTLESS for o in objects)


def offered_help(trigger: Span) -> bool:
    """Is the request the condition of an offer of help, with no other
    REQUEST mode cued in the offer (the module docstring)?"""
    from eventwire.stages.events.mode_cues import cue_words, cued_modes

    root = trigger.root
    if not _conditional(root) or _names_content(root):
        return False
    offer = _offer_above(root)
    if offer is None:
        return False
    top = offer.head if offer.dep_ in ("acomp", "oprd") else offer
    condition = set(t.i for t in root.subtree)
    region = [t for t in top.subtree if t.i not in condition]
    words = cue_words(region)
    return all(mode == "assist" for mode in cued_modes("REQUEST", words)) and \
        RESTRICTING not in cued_modes("THREATEN", words)
