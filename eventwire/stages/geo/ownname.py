"""Single untagged words the gazetteer scan takes as places by their own
name or by what follows them (``recognize._scan_accepts``; issue 13).

* an untagged country's own name anywhere ("Floods hit Mozambique");
* an untagged first-level division's own name of 1,000,000+ people
  ("Guerrero provides a route for smugglers", "Sindh needs relief"; branch
  geo6), not a capital's namesake division ("Ankara summoned"), not a
  compass or ordinary word that some country uses as a division's name
  ("Central", "Western", "Coast", "Plateau");
* a word before ", <division>", the division of one to three words
  ("Buffalo, New York", "Durham, North Carolina"; the one-word check missed
  "New York"; branch geo6): a proper noun, or any capitalised word whose
  candidates the division holds ("Buffalo" tagged a common noun);
* in an all-capital headline, casing says nothing (``headline``).
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.nlp.spans import entity_at
from eventwire.stages.geo.gazetteer import Place, gazetteer

DIVISION_MIN_POPULATION = 1_000_000
ORDINARY_DIVISION_WORDS = {"central", "western", "eastern", "northern", "southern", "north",
                           "south", "east", "west", "coast", "capital", "lakes", "islands",
                           "plateau", "littoral", "centre", "center", "upper", "lower",
                           "federal", "interior", "highlands", "lowlands", "mountain",
                           "river", "lake", "sea", "valley", "delta", "red", "national",
                           "north-west", "north-east", "south-west", "south-east", "midlands",
                           "sud", "nord", "est", "ouest", "centro", "norte", "oriental",
                           "occidental"}
MAX_DIVISION_WORDS = 3


def own_country(cands: list[Place]) -> bool:
    """"Floods hit Mozambique", "talks with Eritrea": a proper noun the NER
    model left untagged (not a person, not an organisation) that is a
    country's own name is the country, wherever it stands."""
    return any(p.feature == "country" and p.main_name for p in cands)


def own_division(span: Span, cands: list[Place]) -> bool:
    """An untagged proper noun that is a large first-level division's own
    name ("Guerrero", "Sindh"), unless every word of it is an ordinary word,
    or it is also a capital (the division named after its capital: "Ankara
    summoned the ambassador" is the government, ``entity_places.is_metonym``),
    or the NER model tagged it (then its label decides), or it is part of a
    hyphenated compound."""
    if ordinary(span.text) or any(p.capital for p in cands) or _hyphenated(span) or entity_at(
            span.doc, span.start) is not None:
        return False
    return any(p.feature == "admin1" and p.main_name and p.population >= DIVISION_MIN_POPULATION
               for p in cands)


def _hyphenated(span: Span) -> bool:
    """Part of a hyphenated compound ("the Mombasa-Nairobi railway"): the
    compound classes of ``context`` decide it as a whole."""
    doc = span.doc
    return (span.end < len(doc) and doc[span.end].text == "-") or (
        span.start > 0 and doc[span.start - 1].text == "-")


def ordinary(name: str) -> bool:
    """Every word of the name is a compass or ordinary word ("Central",
    "North-West"): the own name of a division somewhere, but in English text
    an adjective ("Central Bank", "Western powers", "Northern Rock")."""
    return all(w.lower() in ORDINARY_DIVISION_WORDS for w in name.split())


def before_division(span: Span, cands: list[Place]) -> bool:
    """", <division>" follows the word; a proper noun needs no more, another
    capitalised word needs the division to hold one of its candidates."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    gaz = gazetteer()
    for n in range(min(MAX_DIVISION_WORDS, len(doc) - end - 1), 0, -1):
        region = doc[end + 1:end + 1 + n]
        if not region[-1].text[:1].isupper():
            continue
        found = [p for p in gaz.candidates(region.text)
                 if p.feature in ("country", "admin1", "continent")]
        if not found:
            continue
        if span[0].pos_ == "PROPN":
            return True
        ids = {p.geonameid for p in found}
        countries = {p.country for p in found if p.feature == "country"}
        return any(c.admin1_id in ids or c.country in countries for c in cands)
    return False


def headline(span: Span) -> bool:
    """A sentence of three words or more written all in capitals ("FLOODS HIT
    MOZAMBIQUE AS RAINS SWAMP BEIRA"): casing says nothing there, so a word
    is a place when it is the own name of a country, a division or a city of
    100,000+ (not "HIT", Hit in Iraq; not "POLICE", a Polish town)."""
    words = [t for t in span.sent if t.is_alpha]
    return len(words) >= 3 and all(t.text.isupper() for t in words)
