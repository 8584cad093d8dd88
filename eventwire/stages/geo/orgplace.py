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
  name is left alone ("Johnson, Texas Republican");
* **a country's own name tagged alone as something else**
  (``country_own_name``, geo34): "Azerbaijan's offensive" and "near the
  Gabon border" tagged a person, "Sri Lanka - approximately 28,500" a
  person, "Peru said on Monday" an organisation. The whole entity is the
  own name of the country that is the name's most populous reading (so not
  "Georgia", whose largest reading is the US state, nor an alternate name);
  a person-tagged name is left when a person of the article carries it as
  a word ("Chad Daniels ... Chad said": the man, not the country) or when
  the sentence defines it as a person — the subject of "be" whose
  complement is a person noun ("Jordan was the best player", "Chad is a
  nurse at the clinic", "Israel was the first driver home": the person;
  "Jordan is a key ally" stays the country) or when the subject of its
  reported clause is "he" or "she" ("Chad told reporters he would
  appeal", "Jordan said she was tired": a country says "it"). The
  same name opening a longer event, person or work entity before a common
  word or a sign (``country_prefix``): "the Vietnam war", "the Iraq war
  veterans", "Sri Lanka - approximately 28,500" tagged one person; never
  before a proper noun ("Jordan Peterson", "Israel Folau": a person's
  name), not for organisations (``recognize._leading_place`` reads
  those), and not for products: a product named after a country names a
  kind of thing, not the place ("Panama hats", "Jordan 1 sneakers",
  "Brazil nut oil").
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.nlp.extensions import ents_of
from eventwire.stages.actors.person_nouns import SUBJECT_PRONOUNS, singular_person_nouns
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


def _is_country(text: str, cands: list[Place]) -> bool:
    top = cands[0] if cands else None
    return top is not None and top.feature == "country" and top.main_name and top.name == text


def defined_as_person(ent: Span) -> bool:
    """The entity is the subject of "be" whose complement is a person noun
    ("Jordan was the best player"; module docstring, last class)."""
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    nouns = singular_person_nouns()
    return any(c.dep_ == "attr" and (c.lower_ in nouns or c.lemma_.lower() in nouns)
               for c in root.head.children)


def told_as_person(ent: Span) -> bool:
    """The entity is the subject of a verb whose reported clause has "he" or
    "she" as its subject ("Chad told reporters he would appeal", "Jordan said
    she was tired", "Mali insisted he had paid": a person's own words; a
    country says "it"; module docstring, last class)."""
    root = ent.root
    if root.dep_ != "nsubj":
        return False
    return any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass")
                                         and s.lower_ in SUBJECT_PRONOUNS for s in c.children)
               for c in root.head.children)


def country_own_name(ent: Span, text: str, cands: list[Place]) -> bool:
    """The entity (``text``, stripped of "the" and "'s") is the own name of
    its most populous reading, a country (module docstring, last class)."""
    if not _is_country(text, cands):
        return False
    if ent.label_ != "PERSON":
        return True
    return not (defined_as_person(ent) or told_as_person(ent) or any(
        e.label_ == "PERSON" and e.text != text and text in e.text.split()
        for e in ents_of(ent.doc)))


PREFIX_LABELS = {"PERSON", "EVENT", "WORK_OF_ART"}


def country_prefix(ent: Span, span: Span) -> tuple[Span, list[Place]] | None:
    """The country's own name that opens ``span`` (the entity without "the")
    before a common word or a sign (module docstring, last class)."""
    if ent.label_ not in PREFIX_LABELS:
        return None
    gaz = gazetteer()
    for n in range(min(3, len(span) - 1), 0, -1):
        head = span[:n]
        if span[n].pos_ == "PROPN" or not head.text[:1].isupper():
            continue
        if _is_country(head.text, cands := gaz.candidates(head.text)) and \
                country_own_name(ent, head.text, cands):
            return head, cands
    return None
