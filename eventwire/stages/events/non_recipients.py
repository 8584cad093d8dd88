"""Mentions the parse offers as a recipient that the record guide does not
count as one (docs/annotation.md: "a recipient is an actor or nothing").

``recipients.dropped`` consults these after the rules have chosen; each
names a linguistic class (branch recipients5, issue #12):

* **the place an act happens in** (:func:`located_place`): a place name in
  a locative phrase is where a protest, a decree or an arrest happens, not
  whom it is aimed at ("protested in Goma", "declared a state of emergency
  in Tigray", "imposed a curfew across the province", "extended the curfew
  to the port city of Valparaiso", "took to the streets of Caracas");
* **the source of a report** (:func:`attribution_source`): "according to
  Iraqi lawmakers" says who reports the act, never whom it targets;
* **the victims of a denied act** (:func:`denied_content`): "denied
  targeting civilians", "denied that its soldiers fired on protesters",
  "denied any links to the militia" -- the denial rejects an allegation;
  the people of the denied act are that act's recipients, not the
  denial's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.stages.events.participants import child

# prepositions that say where: "in Goma", "across Guatemala", "along the border"
# ("drills around Taiwan" are aimed at it: "around" is no locative here)
LOCATIVE_PREPS = {"in", "inside", "across", "throughout", "through", "along", "near", "at",
                  "outside"}
# prepositions of direction: a place only when a place noun says so ("to the
# city of Valparaiso", "to the streets of Caracas"); "sent troops to Mali" or
# "appealed to Washington" may name a party
DIRECTION_PREPS = {"to", "into", "toward", "towards"}
# nouns that name a place, not its people ("the port city of X", "the
# streets of X", "its border with X", "Somali waters")
PLACE_NOUNS = {"city", "town", "capital", "street", "streets", "region", "province",
               "district", "village", "area", "port", "border", "frontier", "square",
               "territory", "waters", "island", "enclave", "outskirts"}
PLACE_ENTS = {"GPE", "LOC"}
# a place named in violence stands for its people ("resume attacks in Israel",
# "fired rockets at Sderot": docs/annotation.md "shelled Gaza")
VIOLENT_KINDS = {"ASSAULT", "THREATEN"}
DENY_LEMMAS = {"deny"}


def head_token(doc: Doc, m: ActorMention) -> Token | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return None if span is None else span.root


def _is_place(tok: Token, state: bool) -> bool:
    """A place name (a state or town of the KB, whatever NER says), a GPE or
    LOC entity, or a place noun."""
    return state or tok.ent_type_ in PLACE_ENTS or tok.lemma_.lower() in PLACE_NOUNS


def named_place(tok: Token) -> Token:
    """The name a place noun gives ("the capital city [of Algiers]", "the
    capital, [Brasilia]", "the streets [of Caracas]"), else the token."""
    if tok.lemma_.lower() not in PLACE_NOUNS:
        return tok
    name = child(tok, {"appos"}) or next(
        (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
         for g in c.children if g.dep_ == "pobj"), None)
    return tok if name is None else name


def located_place(tok: Token, kind: str | None, state: bool = False) -> bool:
    """Class *the place an act happens in is no recipient*: a place name
    (or a place noun: "the city", "Somali waters") that is the object of a
    locative preposition, directly or through a place noun it names ("the
    capital, Brasilia", "the port city of Valparaiso", "its border with
    Ecuador"); a direction ("to", "into") only through a place noun. Not
    for violence and threats of it, where the place stands for its people."""
    if kind in VIOLENT_KINDS or not _is_place(tok, state):
        return False
    cur, via_place = tok, tok.lemma_.lower() in PLACE_NOUNS
    for _ in range(3):
        if cur.dep_ == "appos" and cur.head.lemma_.lower() in PLACE_NOUNS:
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.lower_ in ("of", "with") \
                and cur.head.head.lemma_.lower() in PLACE_NOUNS:
            cur = cur.head.head
        else:
            break
        via_place = True
    if cur.dep_ != "pobj":
        return False
    prep = cur.head.lower_
    return prep in LOCATIVE_PREPS or (via_place and prep in DIRECTION_PREPS)


def attribution_source(tok: Token) -> bool:
    """Class *the source of a report is no recipient*: a mention inside an
    "according to" phrase ("deployed more troops to the base, according to
    Iraqi lawmakers", "attacked the convoy, according to local officials")."""
    cur = tok
    for _ in range(4):
        if cur.head == cur:
            return False
        cur = cur.head
        if cur.lower_ == "according":
            return True
    return False


def denied_content(tok: Token, trigger: Token | None) -> bool:
    """Class *the victims of a denied act are not the denial's*: a denial's
    recipient can only be whom something is denied to ("denied him a
    visa", "observers were denied accreditation") or whose claim is denied
    ("denied Moscow's claims"); any other mention lies in the denied act
    ("denied attacking villagers", "denied that police beat the students",
    "denied any links to the gang")."""
    if trigger is None or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in DENY_LEMMAS:
        return False
    if tok.head == trigger and tok.dep_ in ("dative", "dobj", "nsubjpass") \
            and tok.tag_ != "VBG":
        return False
    obj = child(trigger, {"dobj"})
    if obj is not None and obj.tag_ != "VBG" and (
            (tok.dep_ == "poss" and tok.head == obj)
            or (tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head == obj)):
        return False
    return True


def not_a_recipient(doc: Doc, m: ActorMention, kind: str | None,
                    trigger: Token | None = None) -> bool:
    """Whether the mention is a place, a source or denied content (above)."""
    tok = head_token(doc, m)
    if tok is None:
        return False
    return located_place(tok, kind, m.kind == "state") or attribution_source(tok) \
        or denied_content(tok, trigger)
