"""Facility and feature names: a name headed by a generic feature word.

Class: a FAC/ORG/LOC entity or a capitalised run whose head is a generic
feature word ("O'Hare International Airport", "Incirlik Air Base", "Fort
Hood", "Camp Pendleton", "the Hudson River", "Stanford University", "Tahrir
Square") names the feature, not a place called "Airport", "Fort" or "Air".
It resolves, in this order:

1. as a whole, when the gazetteer has the whole name ("Fort Worth", "Port
   Sudan", "Lake Charles"; an airport or air base named in full, "O'Hare
   International Airport", "Incirlik Air Base": ``airports.py``; the caller
   looks it up first);
2. else as the place its modifier names, when the modifier stands for the
   place that holds a built facility ("the Baghdad airport", "the Kabul
   airport", "Boston University", "the Panama Canal"): a proper noun that
   is not itself a generic word; after a university, hospital, square or other head that is usually
   named after a person ("Stanford University", "Johns Hopkins Hospital")
   only a country, a first-level division or a city of 100,000+;
3. else nothing: a generic word alone never resolves ("Airport" is a town
   in Hawaii, "Fort" an alternate name of Augusta, Maine); the name after a
   prefix ("Fort Hood", "Camp David", "Mount X") is the feature's own name;
   a natural feature's modifier is its own name ("the Hudson River",
   "the Mekong River"), not a town it runs through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the word lists are read by the gazetteer build, without spaCy
    from spacy.tokens import Span, Token

    from eventwire.stages.geo.gazetteer import Place

# heads of a built facility: the modifier may be the place that holds it
BUILT = {"airport", "airfield", "airbase", "base", "station", "port", "harbor", "harbour",
         "bridge", "university", "college", "hospital", "square", "stadium", "park", "center",
         "centre", "memorial", "prison", "camp", "field", "terminal", "tunnel", "dam",
         "plaza", "canal", "cathedral", "mosque", "temple", "church", "palace", "hall", "school",
         "institute", "laboratory", "academy", "museum", "market", "mall", "arena", "tower"}
# heads usually named after a person or an institution, not a place
PERSON_NAMED = {"university", "college", "hospital", "square", "stadium", "park", "center",
                "centre", "memorial", "plaza", "cathedral", "mosque", "temple", "church",
                "palace", "hall", "school", "institute", "academy", "museum", "arena",
                "tower", "field", "bridge", "canal"}
# heads of a natural feature: the modifier is the feature's own name
NATURAL = {"river", "lake", "sea", "ocean", "bay", "gulf", "strait", "straits", "creek",
           "canyon", "mountain", "mountains", "hills", "island", "islands", "valley",
           "desert", "peninsula", "falls", "glacier", "reef", "delta", "basin",
           "channel", "sound", "coast", "forest", "volcano"}
# words that start a feature's name: the rest is the feature's own name
PREFIXES = {"fort", "ft", "camp", "mount", "mt", "lake", "port", "cape", "isle", "gulf",
            "strait", "sea", "bay", "river", "base", "university", "station", "point"}
# words that are part of a facility's name, never a place on their own
QUALIFIERS = {"international", "regional", "municipal", "national", "air", "naval", "army",
              "force", "military", "marine", "corps", "joint", "general", "memorial",
              "county", "state", "federal", "royal", "central", "grand", "north", "south",
              "east", "west", "upper", "lower", "new", "old", "great"}
# words naming a kind of place: "City" of "City Hall" is no town called City
PLACE_WORDS = {"city", "town", "village", "township", "province", "region", "district",
               "borough", "parish", "municipality", "prefecture", "territory", "downtown"}
GENERIC = BUILT | NATURAL | PREFIXES | QUALIFIERS | PLACE_WORDS
PERSON_NAMED_MIN_POPULATION = 100_000


def generic(tok: Token) -> bool:
    """A generic feature word ("Airport", "Fort", "Air", "River")."""
    return tok.lower_.rstrip(".") in GENERIC


def head(span: Span) -> str | None:
    """The generic head of a feature name, lower-cased, when it has one:
    its last word ("Incirlik Air Base" -> "base") or, for "Fort Hood",
    "Strait of Hormuz", its first word."""
    words = [t for t in span if not t.is_punct]
    if len(words) >= 2 and words[-1].lower_ in BUILT | NATURAL:
        return words[-1].lower_
    if len(words) >= 2 and words[0].lower_.rstrip(".") in PREFIXES and words[0].text[:1].isupper():
        return words[0].lower_.rstrip(".")
    return None


def feature_word(tok: Token) -> bool:
    """A generic feature word ("Airport", "Lake") or the word after a
    capitalised prefix ("Hood" of "Fort Hood"): alone, no town's name.
    :func:`generic` or :func:`after_prefix` on one Token (speed31)."""
    return generic(tok) or after_prefix(tok)


def after_prefix(tok: Token) -> bool:
    """The word after a capitalised prefix ("Hood" in "Fort Hood"): the
    feature's own name, not a place."""
    if tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]  # one Token, not one per test (speed31)
    return before.text[:1].isupper() and before.lower_.rstrip(".") in PREFIXES


def _big(cands: list[Place]) -> bool:
    return any(p.feature in ("country", "admin1", "user") or
               p.population >= PERSON_NAMED_MIN_POPULATION for p in cands)


def part_ok(span: Span, part: Span, cands: list[Place]) -> bool:
    """May ``part`` of the unknown feature name ``span`` stand for the
    place that holds it? (rules 2 and 3 of the module docstring)."""
    kind = head(span)
    if kind is None or not cands:
        return bool(cands)  # no feature head: "South West England" -> "South West"
    if all(generic(t) for t in part):
        return False
    if kind in NATURAL or (kind in PREFIXES and span[0].lower_.rstrip(".") == kind
                           and part.start > span.start):
        return False  # "the Hudson River", "Fort Hood" -> "Hood"
    if len(part) == 1 and generic(part[0]):
        return False
    if kind in PERSON_NAMED:
        return _big(cands)  # "Boston University" yes, "Stanford University" no
    return True


def modifier_place(span: Span, lookup: Callable[[str], list[Place]]
                   ) -> tuple[Span, list[Place]] | None:
    """The place a facility name's modifier names ("the Baghdad airport" ->
    Baghdad, "the Los Angeles International Airport" -> Los Angeles), by
    rules 2 and 3: the longest part first, then the leftmost; one word only
    as a proper noun; ``lookup`` is the gazetteer's ``candidates``."""
    for size in range(len(span) - 1, 0, -1):
        for a in range(span.start, span.end - size + 1):
            part = span.doc[a:a + size]
            if not part[0].text[:1].isupper() or size == 1 and (
                    part[0].pos_ != "PROPN" or feature_word(part[0])):
                continue
            if part_ok(span, part, lookup(part.text)):
                return part, lookup(part.text)
    return None


# lower-case words after a short name that make it an airport's: "Heathrow airport"
AIRPORT_AFTER = {"airport", "airfield"}


def short_airport(span: Span, lookup: Callable[[str], list[Place]]
                  ) -> tuple[Span, list[Place]] | None:
    """An airport called by its short name and a lower-case "airport" the
    NER model leaves out of the entity ("Heathrow airport", "LaGuardia
    airport", "O'Hare airport", "Gatwick airport"): the short name alone is
    a namesake town (Heathrow, Florida; La Guardia, Spain) or a person, so
    name and word are one mention whose candidates are the gazetteer's
    airports of "<name> Airport" (``airports.py`` adds that name only when
    no place near the airport bears it: "the Kabul airport" stays the city,
    rule 2 above). Not when the short name is itself a country, a division,
    a region or a city of 100,000+ ("Bali airport": the island, not an
    airport of that name in Cameroon): there the name says where, and the
    mention stays the place as before."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in AIRPORT_AFTER or any(
            p.feature not in ("city", "admin2") or p.population >= PERSON_NAMED_MIN_POPULATION
            for p in lookup(span.text)):
        return None
    found = [p for p in lookup(f"{span.text} Airport") if p.feature == "airport"]
    return (doc[span.start:span.end + 1], found) if found else None
