"""Toponyms inside or beside names the NER model tags as something else,
where the text's form says the name is a place.

Two linguistic classes (the gazetteer must know the name):

* **organisation "of <place>"** (``trailing_place``): an organisation named
  after the place it serves or stands in ends in "of [the] <place>" or ",
  <country>" — "the Children's Hospital of Pittsburgh", "the University of
  Michigan", "the Bank of Japan", "the Ministry of Health of the People's
  Republic of China", "the Ministry of Health, Angola". The place is a
  country, a first-level division, a continent or a city of 100,000+ (so
  "the Order of Malta" is kept, "the Church of Christ" is not: no place;
  "the Department of Justice": no place). Geoparsing benchmarks tag such
  names (an associative toponym); they are not event places (the event-place
  stage decides that). Left out, by the convention of the project's own sets
  and GeoVirus: a university named after its state or city ("the University
  of Georgia in Athens, Georgia", "the University of California, San Diego":
  a name of an institution with many sites, not where something is), and
  "of America" (the Voice of America, the Bank of America: a brand, and
  "America" is both a continent and a country);
* **"<name>, <region>"** (``before_region``): a name the model tagged an
  organisation, a product or a nationality, followed by a comma and a
  country or first-level division that holds one of the name's candidates
  — "Krasnodar, Russia officials said", "Temryuk, Russia", "Tuxtla,
  Chiapas": the hierarchy the text states makes it a place; a person-tagged
  name is left alone ("Johnson, Texas Republican").
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.stages.geo.gazetteer import Place, gazetteer

BIG_CITY = 100_000
ACADEMIC = {"university", "college", "polytechnic"}
MAX_PLACE_WORDS = 5


def _big(cands: list[Place]) -> bool:
    return any(p.feature in ("country", "admin1", "continent") or p.population >= BIG_CITY
               for p in cands)


def trailing_place(ent: Span) -> tuple[Span, list[Place]] | None:
    """The place that ends an organisation's name after "of" or "," (module
    docstring); the longest such ending first."""
    doc, gaz = ent.doc, gazetteer()
    if ent[0].lower_ in ACADEMIC:
        return None
    for k in range(ent.start + 1, ent.end):
        if doc[k - 1].lower_ not in ("of", ",") or ent.end - k > MAX_PLACE_WORDS + 1:
            continue
        start = k + 1 if doc[k].lower_ == "the" else k
        part = doc[start:ent.end]
        if not len(part) or not part[0].text[:1].isupper() or gaz.demonym(part.text) \
                or part.text == "America":
            continue
        if (cands := gaz.candidates(part.text)) and _big(cands):
            return part, cands
    return None


def _holds(region: Place, place: Place) -> bool:
    if region.feature == "country":
        return place.country == region.country and place.feature != "country"
    return region.feature == "admin1" and place.admin1_id == region.geonameid


def before_region(ent: Span, cands: list[Place]) -> bool:
    """"Krasnodar, Russia": a non-person entity followed by ", <region>"
    whose country or division holds one of its candidates."""
    doc, end = ent.doc, ent.end
    if ent.label_ == "PERSON" or end + 1 >= len(doc) or doc[end].text != ",":
        return False
    gaz = gazetteer()
    for size in (3, 2, 1):
        words = doc[end + 1:min(len(doc), end + 1 + size)]
        if not words.text[:1].isupper():
            continue
        regions = [r for r in gaz.candidates(words.text) if r.feature in ("country", "admin1")]
        if any(_holds(r, p) for r in regions for p in cands):
            return True
    return False
