"""The extent of a place name the NER model cut wrong.

``recognize.py`` asks these once a mention is found: a name cut in two grows
to the longer name the gazetteer knows ("Mashonaland" + "West", "Viña" +
"del Mar": ``longer_name``, with the lower-case connectors and elided French
articles a name may hold), and an unknown place span shrinks to its known
leading or trailing part ("City of Santa Ana" -> "Santa Ana":
``inner_name``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from eventwire.stages.geo.context import (
    DIVISION_TRAILING,
    PLACE_TYPES,
    SINGLE_MIN_POPULATION,
    TRAILING,
)
from eventwire.stages.geo.facility import part_ok
from eventwire.stages.geo.gazetteer import Place, gazetteer

# lower-case words inside place names ("Viña del Mar", "Mocímboa da Praia",
# "Stratford-upon-Avon", "Castellón de la Plana", "Bandar Seri Begawan" needs none)
NAME_CONNECTORS = {"de", "del", "della", "da", "do", "dos", "das", "di", "la", "le", "les", "el",
                   "al", "y", "e", "en", "sur", "upon", "on", "van", "von", "der", "den",
                   "du", "des", "au", "aux"}  # "Prairie du Chien", "Lac du Flambeau"
# a French article elided onto the name's next word: "Coeur d'Alene", "Bois d'Arc"
ELIDED = re.compile(r"^[dl]['\u2019][A-Z][a-z]+$")


def elided(text: str) -> bool:
    """A word of a place name that starts lower-case only because a French
    article is elided onto it ("d'Alene", "d'Arc"): inside a name it counts
    as a capitalised word, so the NER model's "Coeur" or "Bois" is no name
    of its own."""
    return ELIDED.match(text) is not None


def longer_name(doc: Doc, start: int, end: int, taken: set[int]
                ) -> tuple[int, int, list[Place]] | None:
    """A place name the NER model cut in two: "Mashonaland" tagged a place
    and "West" left out, "Mission" found and "Viejo" tagged a person, "Viña"
    found without "del Mar", "Praia" without "Mocímboa da", "St. Louis"
    without "County": the mention grows by up to three words on either side
    (not in another mention) when the longer span is a name the gazetteer
    knows ("Mashonaland West", "Mission Viejo", "Viña del Mar"); the words
    are capitalised names or abbreviations ("St.") and, inside the span
    only, lower-case name connectors (``NAME_CONNECTORS``); the longest such
    span wins."""
    def cap(i: int) -> bool:
        t = doc[i] if 0 <= i < len(doc) else None
        return t is not None and i not in taken and (t.text[:1].isupper() and (
            t.pos_ == "PROPN" and t.is_alpha or t.text[:-1].isalpha() and t.text[-1] == "."
            or t.lower_ in ("county", "parish", "province", "region", "district", "island"))
            or elided(t.text))

    def link(i: int) -> bool:
        return 0 <= i < len(doc) and i not in taken and doc[i].text in NAME_CONNECTORS

    def ok(side: range) -> bool:  # the outermost word capitalised, the rest names or links
        *inner, outer = side
        return cap(outer) and all(cap(i) or link(i) for i in inner)

    lefts = [0, *(n for n in range(1, 4) if ok(range(start - 1, start - n - 1, -1)))]
    rights = [0, *(n for n in range(1, 4) if ok(range(end, end + n)))]
    for size in range(max(lefts) + max(rights), 0, -1):
        for left in lefts:
            right = size - left
            if right in rights and (cands := gazetteer().candidates(
                    doc[start - left:end + right].text)):
                return start - left, end + right, cands
    return None


def inner_name(span: Span) -> tuple[Span, list[Place]] | None:
    """The longest leading or trailing part of an unknown place span that
    the gazetteer knows: two words or more, or one word once the rest is
    "<type> of" or facility words ("Westminster City Council") and the
    word names a place of 10,000+ people (not "Church" in a hall's name)."""
    gaz = gazetteer()
    words = [t for t in span]
    start, end = 0, len(words)
    if len(words) > 2 and words[1].lower_ == "of" and words[0].lower_ in PLACE_TYPES:
        start = 2
    while end > start + 1 and words[end - 1].lower_ in TRAILING | DIVISION_TRAILING:
        end -= 1
    trimmed = (start, end) != (0, len(words))
    for size in range(end - start, 0, -1):
        for a in (start, end - size):
            part = span[a:a + size]
            if size == 1 and not (trimmed and a == start and a + size == end):
                continue
            if part[0].text[:1].isupper() and (cands := gaz.candidates(part.text)) and (
                    size > 1 or any(p.population >= SINGLE_MIN_POPULATION for p in cands)) \
                    and part_ok(span, part, cands):
                return part, cands
    return None
