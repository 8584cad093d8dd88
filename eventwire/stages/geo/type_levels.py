"""The level a place-type word gives a name: "Idlib province" is the
division, not the city; "the town of Hebron" the town, not a division of its
name; "Kandahar province", "the Lviv region", "Kaduna State" likewise. Not
after a rank or a plural type word before one name ("the second city of
Peru", "30 provinces of China"): those name places *in* the name
(:func:`_partitive`). The type words themselves are ``context.py``'s.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.stages.geo.context import DIVISION_TRAILING, PLURAL_TYPES
from eventwire.stages.geo.gazetteer import Place

# the level a type word says: "Idlib province" (the division, not the city),
# "the town of Tiberias" (the town, not a division of its name)
RANKS = {"main", "chief", "principal", "only", "biggest", "largest", "second", "third"}
TYPE_LEVELS = {**{w: ("admin1", "admin2") for w in DIVISION_TRAILING | {
    "parish", "municipality", "canton", "territory", "provinces", "regions", "states",
    "districts", "counties"}},
    **{w: ("city",) for w in ("village", "town", "city", "hamlet", "settlement", "suburb",
                              "neighbourhood", "neighborhood", "villages", "towns")}}


def type_word(doc: Doc, start: int, end: int) -> str | None:
    """The place-type word a name comes with: after it ("Idlib province",
    "the Puno Region", "Kaduna State") or before it with "of" ("the town of
    Tiberias", "the province of Alberta")."""
    if end < len(doc) and doc[end].lower_ in TYPE_LEVELS:
        return doc[end].lower_
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in TYPE_LEVELS \
            and not _partitive(doc, start - 2, end):
        return doc[start - 2].lower_
    return None


def _partitive(doc: Doc, word: int, end: int) -> bool:
    """"<type> of <Name>" names places IN the name, not the name: after an
    ordinal or superlative ("the second city of Argentina", "the largest
    town of Ghana", "the fourth-largest city of Japan"), or a plural type
    word before one name, not a list ("30 provinces of China", "the
    regions of Mongolia hit by the cold", "across most states of Brazil";
    "the provinces of Nyanza and Western" types each member, geo30)."""
    before = doc[word - 1] if word >= 1 else doc[word]
    if before.tag_ == "JJS" or before.ent_type_ == "ORDINAL" or before.lower_ in RANKS:
        return True
    if doc[word].lower_ not in PLURAL_TYPES:
        return False
    listed = end + 1 < len(doc) and doc[end].lower_ in (",", "and", "or") \
        and doc[end + 1].text[:1].isupper()
    return before.like_num or not listed


def typed(doc: Doc, start: int, end: int, cands: list[Place]) -> list[Place]:
    """Feature class by context: a type word says the level, so only the
    candidates of that level compete when there are any ("Idlib province":
    the province, not Idlib city; "Kandahar province", "Lviv region"; "the
    town of Hebron": the town). Without such a candidate, all stay (the
    Sahel region is a region, not a division)."""
    word = type_word(doc, start, end)
    if word is None:
        return cands
    fit = [c for c in cands if c.feature in TYPE_LEVELS[word] or c.feature == "user"]
    return fit or cands
