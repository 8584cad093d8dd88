"""Toponym recognition: which spans of an article name places.

Five sources, longest span first, no overlaps:

1. spaCy NER ``GPE``/``LOC``/``FAC``; a place span the gazetteer does not
   know is cut to the part it does ("City of Santa Ana", "Kigali
   International Airport"; ``name_extent.inner_name``). An ``ORG``/``PERSON``/
   ``NORP``/``PRODUCT``/``WORK_OF_ART`` entity is a place when the gazetteer
   knows it and it stands after a locative preposition ("near Orneta"; a
   person-tagged name not after "from", and after the wider prepositions
   only a country, a division or a place of 100k+), after "<place>,", before
   a facility noun ("the Pirbright laboratory"), before ", <region>" that
   holds it ("Krasnodar, Russia"; ``orgplace``), or when it is a country or
   first-level division tagged anything but a person ("Romania confirmed");
   an organisation ending "of <place>" gives that place ("the Bank of
   Japan"; ``orgplace``), a court named by its town gives the town
   ("Leeds Magistrates' Court"; ``court_names``); a hyphenated pair of places is split ("the
   Kabul-Kandahar highway");
2. a gazetteer scan (``scan.py``; a dictionary phrase matcher over the SQLite index,
   not spaCy's ``PhraseMatcher``: 800k names would cost ~1 GB of patterns)
   of capitalised proper-noun runs outside person, organisation and other
   named entities: a run of two or more words that names a place ("Pandi",
   "Central Luzon" are single and multiword cases), or one word after a
   locative preposition, before ", <division>" or owning a local noun
   ("Kyiv's mayor"), or a country's own name ("Floods hit Mozambique"); in an
   all-capital headline, countries, divisions and cities of 100k+;
3. context (``context.by_context``), whatever the NER label: a name with a
   place-type noun ("the Puno region", "the village of Cellardyke"), a
   conjunct of a place ("Mozambique and Botswana"), a name modifying a
   local noun ("Columbia police"), a list before a plural type word, a
   "-based"/"-bound" compound, a definition ("Kasese is a town"), two
   coordinated towns of a state the article names ("Hallowell and Gardiner",
   ``coordination.home_pair``); then names the NER model mistags or
   leaves out where no locative preposition precedes them, kept when they
   are towns of the article's own geography (sentence-initial subjects,
   later conjuncts, all-capital datelines; person guards:
   ``neighbours.neighbour_names``); then any
   mention grows to a longer known name the NER model cut ("Mission" +
   "Viejo": ``name_extent.longer_name``);
4. the project's curated regions and waters (``regions.py``), matched as
   whole phrases ("the Gulf of Aden", "the Horn of Africa"), replacing a
   shorter mention inside them;
5. nothing else: demonyms ("Iraqi") resolve to their country for the
   article's focus (``demonym_countries``) but are not places.

A name inside a newspaper's name ("the New York Times") or before a disease
noun ("the West Nile virus") names no place (``nonplace``).

Metonymy is the actor stage's call: a capital that the actor stage took for
a state actor and that is a subject or possessor ("Washington threatened",
"Moscow's envoy") locates nothing and is dropped, unless what it owns is the
city's own ("Ouagadougou's mayor", "Rome's hospitals"; ``entity_places``). Countries and divisions
are kept whatever their role ("Georgia's governor", "in Iran's south",
"Iran rejected the proposal" all name a place).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.attrs import LOWER, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from eventwire.nlp.arrays import column
from eventwire.nlp.extensions import ents_of, get_list, span_text
from eventwire.stages.geo.city_parts import part_and_city
from eventwire.stages.geo.context import (
    NUMERIC,
    TRAILING,
    by_context,
    proper_flags,
    split_pair,
)
from eventwire.stages.geo.coordination import home_divisions, split_list
from eventwire.stages.geo.court_names import court_town, doer_towns
from eventwire.stages.geo.entity_places import (
    airport_name,
    before_facility,
    big_place,
    is_metonym,
    named_region,
)
from eventwire.stages.geo.facility import feature_word, modifier_place, short_airport
from eventwire.stages.geo.gazetteer import Place, gazetteer
from eventwire.stages.geo.name_extent import inner_name, longer_name
from eventwire.stages.geo.neighbours import neighbour_names
from eventwire.stages.geo.nonplace import code_only, in_publication, names_disease
from eventwire.stages.geo.orgplace import (
    before_region,
    country_own_name,
    country_prefix,
    trailing_place,
)
from eventwire.stages.geo.ownname import (
    ordinary,
    own_country,
)
from eventwire.stages.geo.regions import region_spans
from eventwire.stages.geo.scan import (  # the locative words: re-exported for other stages
    LOCATIVE as LOCATIVE,
)
from eventwire.stages.geo.scan import (
    SCAN_LOCATIVE,
    STRICT_LOCATIVE,
    after_locative,
    gazetteer_scan,
    is_region,
)
from eventwire.stages.geo.type_levels import typed

LABELS = {"GPE", "LOC", "FAC"}
MISTAGGED = {"ORG", "PERSON", "WORK_OF_ART", "NORP", "PRODUCT"}
BLOCKING = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "DATE", "TIME",
            "MONEY", "LANGUAGE"}


@dataclass
class Mention:
    start: int  # token offsets
    end: int
    text: str
    source: str  # ner, mistagged, organisation, gazetteer, context, neighbour, region, feature
    label: str
    candidates: list[Place]


_STRIPPED = frozenset(get_string_id(w) for w in ("the", "'s"))
_POSSESSIVE = get_string_id("POS")


def _strip(span: Span) -> Span:
    """Drop a leading "the" and a trailing possessive ("Iran's" -> "Iran").
    The words' forms and tags are read from the document's columns, not a
    Token per word (speed24)."""
    doc = span.doc
    start, end = span.start, span.end
    lowers = column(doc, LOWER)
    while start < end and lowers[start] in _STRIPPED:
        start += 1
    tags = column(doc, TAG)
    while end > start and tags[end - 1] == _POSSESSIVE:
        end -= 1
    return Span(doc, start, end)  # doc[start:end] without the slice checks (speed33)


def _leading_place(ent: Span) -> Mention | None:
    """"the U.S. Centers for Disease Control", "the Texas Department of
    Health": an organisation named after a country or first-level division
    locates it there (not "the Central Bank": ``ownname.ordinary``)."""
    gaz = gazetteer()
    span = _strip(ent)
    for n in range(min(3, len(span) - 1), 0, -1):
        head = span[:n]
        if head[-1].text[:1].isupper() and is_region(cands := gaz.candidates(head.text)) \
                and not gaz.demonym(head.text) and not ordinary(head.text):
            return Mention(head.start, head.end, head.text, "organisation", "ORG", cands)
    return None


def _after_place(span: Span, found: list[Mention]) -> bool:
    """"Pandi, Bulacan": a name right after "<place>,"."""
    return span.start > 1 and span.doc[span.start - 1].text == "," and any(
        m.end == span.start - 1 for m in found)


def _ner(doc: Doc, actor_spans: set[tuple[int, int]]) -> list[Mention]:
    gaz = gazetteer()
    out = []
    for ent in ents_of(doc):
        span = _strip(ent)
        if not len(span):
            continue
        if (short := short_airport(span, gaz.candidates)) is not None:  # "Heathrow airport"
            out.append(Mention(short[0].start, short[0].end, short[0].text, "ner", "FAC", short[1]))
            continue
        text = span_text(span)  # ``Span.text`` builds a Token per word
        cands = gaz.candidates(text)
        # "Kharkiv and Odesa" tagged one work of art: each conjunct is a place
        if not cands and (parts := split_list(span, ent.label_)):
            out += [Mention(p.start, p.end, p.text, "ner", ent.label_, c) for p, c in parts]
            continue
        # "the Kabul-Kandahar highway": two places, neither the span's name
        if not cands and ent.label_ in LABELS | {"ORG"} and (pair := split_pair(span)):
            out += [Mention(p.start, p.end, p.text, "ner", ent.label_, c) for p, c in pair]
            continue
        if not cands and ent.label_ in LABELS and (parts := part_and_city(span)):
            out += [Mention(p.start, p.end, p.text, "ner", ent.label_, c) for p, c in parts]
            continue  # "the South Side of Pittsburgh" (city_parts)
        inner = inner_name(span) if not cands and (
            ent.label_ in LABELS or ent.label_ == "ORG" and span[-1].lower_ in TRAILING) else None
        if inner is not None:  # "City of Santa Ana", "the Baghdad airport", "Da Nang Airport"
            part, found = inner
            out.append(Mention(part.start, part.end, part.text, "ner", ent.label_, found))
            continue
        if ent.label_ == "FAC" and not cands:
            # "the Baghdad airport": the city it names, with its own span;
            # never "Fort" of "Fort Hood" nor "Air" of "Incirlik Air Base"
            if (mod := modifier_place(span, gaz.candidates)) is not None:
                part, found = mod
                out.append(Mention(part.start, part.end, part.text, "ner", "FAC", found))
            continue
        if len(span) == 1 and feature_word(span[0]):
            continue  # "Airport", "Lake" alone: a feature word, not the town of that name
        if ent.label_ in LABELS:
            if not is_metonym(span, cands, actor_spans):
                out.append(Mention(span.start, span.end, text, "ner", ent.label_, cands))
        elif ent.label_ in MISTAGGED and cands and not gazetteer().demonym(text) and (
                after_locative(ent) and big_place(cands) or _after_place(ent, out)
                or after_locative(ent, STRICT_LOCATIVE if ent.label_ == "PERSON" else
                                   SCAN_LOCATIVE)
                or named_region(ent, cands) or before_facility(ent) or airport_name(cands)
                or before_region(ent, cands) or country_own_name(ent, text, cands)):
            out.append(Mention(span.start, span.end, text, "mistagged", ent.label_, cands))
        elif not cands and (opening := country_prefix(ent, span)) is not None:  # "the Iraq war"
            out.append(Mention(opening[0].start, opening[0].end, opening[0].text, "mistagged",
                               ent.label_, opening[1]))
        elif ent.label_ in NUMERIC and own_country(cands):  # "near Diffa in Niger." tagged DATE
            out.append(Mention(span.start, span.end, text, "mistagged", ent.label_, cands))
        elif ent.label_ == "ORG" and (lead := _leading_place(ent)) is not None:
            out.append(lead)
        elif ent.label_ == "ORG" and (tail := trailing_place(span)) is not None:
            out.append(Mention(tail[0].start, tail[0].end, tail[0].text, "organisation", "ORG",
                               tail[1]))
        elif ent.label_ == "ORG" and (court := court_town(span)) is not None:
            out.append(Mention(court[0].start, court[0].end, court[0].text, "organisation",
                               "ORG", court[1]))  # "Leeds Magistrates' Court" (place42)
    return out


def find_mentions(doc: Doc) -> list[Mention]:
    actor_spans = {(m.start, m.end) for m in get_list(doc, "actor_mentions")
                   if m.kind in ("state", "agent", "organisation")}
    mentions = _with_regions(doc, _ner(doc, actor_spans))
    taken = {i for m in mentions for i in range(m.start, m.end)}
    blocked = taken | {i for e in ents_of(doc) if e.label_ in BLOCKING  # no Token per word
                       for i in range(e.start, e.end)}
    mentions += [Mention(i, j, text, "gazetteer", "", cands)
                 for i, j, text, cands in gazetteer_scan(doc, blocked)]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += [Mention(span.start, span.end, span.text, "organisation", "ORG", cands)
                 for span, cands in doer_towns(doc, taken)]  # "A Norwalk jury" (place43)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    home = home_divisions(m.candidates for m in mentions)
    proper = proper_flags(doc)  # the two name scans below read the same words
    mentions += [Mention(span.start, span.end, span.text, "context", "", cands)
                 for span, cands in by_context(doc, taken, home, proper)]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    mentions += [Mention(span.start, span.end, span.text, "neighbour", "", cands)
                 for span, cands in neighbour_names(
                     doc, taken, [m.candidates for m in mentions],
                     lambda span, cands: is_metonym(span, cands, actor_spans), proper)]
    taken = {i for m in mentions for i in range(m.start, m.end)}
    from eventwire.stages.geo.waters import sea_by_short_name  # waters builds on Mention

    for m in mentions:
        own = set(range(m.start, m.end))
        if (longer := longer_name(doc, m.start, m.end, taken - own)) is not None:
            m.start, m.end, m.candidates = longer
            m.text = doc[m.start:m.end].text
            taken |= set(range(m.start, m.end))
        m.candidates = typed(doc, m.start, m.end,
                             sea_by_short_name(doc, m.start, m.end, m.candidates))
    from eventwire.stages.geo.abbreviations import defined_abbreviations, standard_abbreviations
    from eventwire.stages.geo.features import with_features  # features builds on Mention
    from eventwire.stages.geo.joined import join_cut_names

    mentions = join_cut_names(doc, mentions)
    mentions = mentions + defined_abbreviations(doc, mentions)
    mentions = with_features(doc, mentions + standard_abbreviations(doc, mentions))
    return sorted((m for m in mentions if not (_street(doc, m.end) or names_disease(doc, m.end)
                                               or in_publication(doc, m.start, m.end)
                                               or code_only(m.text, m.candidates))),
                  key=lambda m: m.start)


STREET_WORDS = {"street", "st.", "avenue", "ave.", "ave", "road", "rd.", "boulevard", "blvd.",
                "blvd", "drive", "lane", "parkway", "turnpike", "expressway", "freeway"}


def _street(doc: Doc, end: int) -> bool:
    """The name begins a street's name ("Massachusetts Street" in Lawrence,
    "Pennsylvania Avenue", "Michigan Ave."): a street, not the state."""
    return end < len(doc) and doc[end].lower_ in STREET_WORDS and doc[end].text[:1].isupper()


def _with_regions(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Add the curated regions and waters (``regions.region_spans``): a
    whole name replaces the shorter mentions inside it ("Aden" of "the Gulf
    of Aden"); a mention that overlaps it otherwise stays."""
    gaz = gazetteer()
    for span in region_spans(doc):
        if any(m.start < span.end and span.start < m.end and
               not (span.start <= m.start and m.end <= span.end) for m in found):
            continue
        if not (cands := gaz.candidates(span.text)):
            continue
        found = [m for m in found if not (span.start <= m.start and m.end <= span.end)]
        found.append(Mention(span.start, span.end, span.text, "region", "LOC", cands))
    return found


def demonym_countries(doc: Doc) -> Counter[str]:
    """Countries named by demonyms and adjectives ("Iraqi", "Syrian")."""
    gaz = gazetteer()
    out: Counter[str] = Counter()
    for ent in ents_of(doc):
        if ent.label_ == "NORP" and (country := gaz.demonym(ent.text)):
            out[country] += 1
    return out
