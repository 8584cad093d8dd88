"""Class *a place tagged as a person is no "he"/"she"* (coref67): the
named-entity tagger files some towns, districts and regions as PERSON
("in the departments of Madarounfa and Guidan Roumdji", "police in
Derry's Creggan area", "a resident of Rezekne", "arrested a lawmaker in
Kitwe"); a personal pronoun after them then took the place, the nearest
"person", instead of the one the sentence was about. A name the text
uses as a place is no antecedent of he/she/him/her:

* the object of a preposition of place ("in Kitwe", "near Goma",
  "outside Tarawa"), or of "of" after a place noun ("the communes of
  Fada N'Gourma", "a resident of Rezekne", "the mayor of X");
* the owner or modifier of a place or local-body noun ("Derry's Creggan
  area", "a Rezekne court", "the Kitwe district council");
* a name coordinated with one of these ("Madarounfa and Guidan Roumdji").

Only names the tagger gave with nothing else said of the person (rule
``ner-PERSON``, no title, role, apposition or knowledge-base entry) are
read: "President Ruto in Nairobi" stays a person. Near-misses: "a letter
from Smith", "talks with Ana Silva", "confidence in the minister" (no
place preposition, or no bare name).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import char_span

PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across",
                         "throughout", "into"})
PLACE_NOUNS = frozenset({
    "area", "areas", "city", "commune", "communes", "county", "department", "departments",
    "district", "districts", "municipality", "neighbourhood", "neighborhood", "outskirts",
    "province", "provinces", "region", "regions", "resident", "residents", "suburb",
    "town", "village", "villages", "mayor", "governor", "governorate", "prefecture",
    "court", "council", "hospital", "prison", "port", "airport", "market"})
# a name's rule words that say something of the person: not a bare tagged name
_SAID_OF_PERSON = ("title", "role", "apposition", "kb", "party", "office", "described",
                   "speaks", "body")


def _bare_name(m: ActorMention) -> bool:
    return m.kind == "person" and m.rule.startswith("ner-PERSON") and m.actor_id is None \
        and not any(word in m.rule for word in _SAID_OF_PERSON)


def _used_as_place(tok: Token) -> bool:
    """``tok`` (a name's head) stands where a place stands (module docstring)."""
    for _ in range(4):  # "Madarounfa and Guidan Roumdji": up the coordination
        if tok.dep_ != "conj" or tok.head == tok:
            break
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj":
        if head.lower_ in PLACE_PREPS:
            return True
        return head.lower_ == "of" and head.head.lower_ in PLACE_NOUNS
    return tok.dep_ in ("poss", "compound", "nmod") and head.lower_ in PLACE_NOUNS


def placed_names(doc: Doc, mentions: list[ActorMention]) -> frozenset[int]:
    """Indices of the bare tagged names the text uses as places."""
    found = set()
    for i, m in enumerate(mentions):
        if not _bare_name(m):
            continue
        span = char_span(doc, m.start, m.end, alignment_mode="expand")
        if span is not None and _used_as_place(span.root):
            found.add(i)
    return frozenset(found)
