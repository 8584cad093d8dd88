"""Toponyms that place no event: ``doc._.toponym_mentions`` (issue 13, geo29).

A geoparsing benchmark counts every toponym of a text; ``place_mentions``
holds only the names the event-place stage may use. These are the rest.
``eventwire eval geo`` reports them beside ``place_mentions``; nothing else
reads them (the event place, the article focus, the dateline and the
vicinity anchors of ``place_mentions`` never see them), so records do not
change. Seven classes:

1. *a demonym used as an adjective of its country*: "Peruvian police
   cleared the road", "a Norwegian trawler", "the Ivorian capital", "two
   Turkish engineers" -> the country, its own id and GeoNames' point (precision
   ``country``); a plural people noun ("Palestinians", "the Kenyans") is
   no toponym;
2. *a capital the actor stage reads as its government*: "Paris warned on
   Friday", "Washington warned Tehran", "Beijing denied it" -> the capital
   city (``entity_places.is_metonym`` keeps it out of ``place_mentions``);
3. *a named street, road or numbered highway*: "a pipe under Sycamore
   Street", "Pendleton Street near Augusta Road", "closed Interstate 80",
   "overturned on U.S. 41", "Route 9 near Glens Falls";
4. *a named facility*: "Bradley International Airport", "Mercy General
   Hospital", "inspections at Folsom Dam", "soldiers from Fort Drum",
   "Camp Lejeune", "a shelter at Central High School".

5. *a town, county or state opening the name of a public body that serves
   it*: "the Leavenworth Police Department", "the Knox County Commission",
   "the Fresno Unified School District", "the Des Moines Water Works" ->
   the candidate in a division (else a country) the article's places name,
   else the most populous (docs/annotation.md, "Toponyms for eval geo").

6. *a name before a lower-case facility noun*: "the Atmeh camp", "the
   Sculeni crossing", "the Idamalayar dam", "the Lao Bao border crossing"
   (not a person's or a people's: "the Biden camp", "the Syrian border");
7. *the dateline's place the recogniser left* (an all-capital name the NER
   model tagged a person: "FLORENCE — Muscle Shoals, Sheffield and ...",
   "KOTA KINABALU, Malaysia —", "TROY, N.Y. —") -> the candidate the
   article's places support, as in class 5.

Classes 3, 4 and 6 get no id: the vicinity point of the place mentions around
them (``vicinity.place_in_vicinity``, precision ``vicinity``), or none.
A span that overlaps a place mention is not added again, except that a
place mention inside a longer street or facility name that the article's
other places do not support ("U.S." of "U.S. 41" in Michigan, "St.
Joseph's" of "St. Joseph's Hospital" in Tampa) gives way to the longer
name and leaves ``place_mentions`` (``names_inside_features``; review47).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.models import PlaceMention
from eventwire.nlp.extensions import ents_of, get_list, span_text, text_of
from eventwire.nlp.sentences import sentence_chars
from eventwire.nlp.spans import first_conjunct
from eventwire.stages.geo.datelines import dateline_match
from eventwire.stages.geo.entity_places import is_metonym
from eventwire.stages.geo.gazetteer import Place, gazetteer
from eventwire.stages.geo.vicinity import place_in_vicinity

PLURAL_TAGS = {"NNPS", "NNS"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# the actors that own or run a facility named after them ("the Exxon refinery")
OWNER_KINDS = {"organisation", "armed_group"}
# the slots of a noun: a demonym in one names a person ("an Egyptian was arrested")
NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "dative", "ROOT"}
# a capitalised word of a name ("Sycamore", "St.", "O'Hare", "Wilkes-Barre", "Fifth")
_WORD = r"[A-Z][\w'\u2019.&-]*"
_NAME = rf"(?:{_WORD}\s+){{1,4}}"
STREET_HEADS = ("Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Boulevard", "Blvd.",
                "Drive", "Lane", "Parkway", "Highway", "Way", "Turnpike", "Expressway",
                "Freeway", "Pike", "Trail")
FACILITY_HEADS = ("Naval Air Station", "Air Station", "Airport", "Airfield", "Air Base",
                  "Air Force Base", "Naval Station",
                  "Barracks", "Hospital", "Medical Center", "Medical Centre", "Clinic",
                  "High School", "Middle School", "Elementary School", "Elementary",
                  "Bridge", "Dam", "Reservoir", "Park", "Zoo", "Stadium", "Arena", "Prison",
                  "Penitentiary", "Correctional Facility", "Correctional Center",
                  "Correctional Institution", "Detention Center", "Power Plant",
                  "Nuclear Power Plant")
_HEADS = "|".join(re.escape(h) for h in sorted(STREET_HEADS + FACILITY_HEADS, key=len,
                                                reverse=True))
# not when the name goes on after the head: an organisation named after a road or
# facility ("the Florida Highway Patrol", "the U.S. Park Police", "the Bridge Authority")
NAMED = re.compile(rf"\b{_NAME}(?P<head>{_HEADS})(?![\w-])(?!\s+[A-Z][a-z])")
# heads that are also surnames: a person's name ending in one is no street ("Nathan Lane")
SURNAME_HEADS = {"Lane", "Pike", "Park", "Way", "Street", "Dam"}
# "Fort Drum", "Camp Lejeune", "Mount Kenya", "Mount La Plata"
_BARE = r"[A-Z][\w'\u2019-]*"  # a name word with no full stop: "Fort Detrick. A" ends at the stop
PREFIXED = re.compile(rf"\b(?:Fort|Camp|Mount|Mt\.)\s+{_BARE}(?:\s+(?:Le|La|de|{_BARE}))?")
# "Interstate 80", "I-70", "U.S. 41", "Highway 17", "Route 9", "State Route 33"
NUMBERED = re.compile(r"(?<![$\w])(?:Interstate|I-|U\.S\.(?: Highway| Route)?|Highway|Route|"
                      r"State Route|State Highway|County Road)\s?\d{1,4}(?![\d.,]*\d)"
                      r"(?!\s*(?:million|billion|trillion|percent|per cent|%))")
# "the Atmeh camp", "the Sculeni crossing": the name before a lower-case facility noun
BEFORE_NOUN = re.compile(rf"\b((?:{_BARE}\s+){{1,3}})(?:border\s+)?(?:camp|crossing|dam|"
                         r"refinery|checkpoint|border post|airbase|air base|oilfield|gas field|"
                         r"skating rink|pass|barrage)\b")
# words that open a capitalised run without being part of the name
_OPENERS = {"the", "a", "an", "at", "in", "on", "near", "from", "to", "and", "or", "but",
            "then", "when", "while", "after", "before", "outside", "inside", "by", "of",
            "along", "across", "through", "toward", "towards", "into", "past", "with"}
# a public body's word after the place it serves ("the Knox County Commission")
PUBLIC_BODY_WORDS = {"police", "sheriff", "sheriff's", "fire", "city", "county", "public",
                     "unified", "school", "schools", "department", "board", "commission",
                     "council", "water", "transit", "housing", "health", "library", "municipal",
                     "district", "township", "village", "town", "borough", "parish"}
# the words that end a club's or firm's name as well ("Luton Town", "Thames Water")
CLUB_WORDS = {"city", "county", "town", "fire", "water"}
# a public body's own noun after one of them ("Water Works", "City Hall", "County Council")
BODY_NOUNS = {"works", "hall", "authority", "service", "services", "utilities", "utility",
              "court", "office", "government", "administration", "jail", "corporation"}
# a national portfolio before "Department" names no town ("the Justice Department")
PORTFOLIOS = {"justice", "state", "defense", "defence", "energy", "labor", "labour", "commerce",
              "treasury", "education", "agriculture", "transportation", "interior", "health",
              "housing", "homeland", "veterans", "war", "navy", "army"}
LOCAL_FEATURES = {"city": "city", "admin2": "admin2", "admin1": "admin1"}
_POS_OPENERS = {"DET", "ADP", "CCONJ", "SCONJ", "ADV", "PRON", "VERB", "AUX"}


def demonyms(doc: Doc) -> list[PlaceMention]:
    """Class 1: entities whose whole text is a demonym of a country used as
    an adjective, not a people noun (plural, or a person: "an Egyptian was
    arrested", "a Briton and an Australian", "the minister, a Lebanese")
    nor a language ("answered in French", "talks held in English")."""
    gaz = gazetteer()
    out = []
    for ent in ents_of(doc):
        iso3 = gaz.demonym(span_text(ent))  # no Token per word (speed31)
        if iso3 is None or ent.label_ == "LANGUAGE" or ent[-1].tag_ in PLURAL_TAGS \
                or _a_noun(ent[-1]):
            continue
        country = gaz.country(iso3)
        if country is not None:
            out.append(_at(ent, country, "country"))
    return out


def _a_noun(token: Token) -> bool:
    """A demonym filling a noun's slot (subject, object, apposition, "was
    a Norwegian"), or conjoined to one ("a Briton and an Australian"),
    names a person; "the tanker was Norwegian" is still an adjective."""
    token = first_conjunct(token)
    return token.dep_ in NOUN_DEPS or (
        token.dep_ == "attr" and any(c.dep_ == "det" for c in token.children))


def metonyms(doc: Doc, places: list[PlaceMention]) -> list[PlaceMention]:
    """Class 2: place entities the metonymy rule keeps out of
    ``place_mentions``, at their capital candidate, or at a first-level
    division of that name that holds another place of the article
    ("Washington's governor" in a story about Seattle)."""
    actor_spans = {(m.start, m.end) for m in get_list(doc, "actor_mentions")
                   if m.kind in ("state", "agent", "organisation")}
    gaz = gazetteer()
    out = []
    for ent in ents_of(doc):
        if ent.label_ not in PLACE_LABELS:
            continue
        cands = gaz.candidates(ent.text)
        if cands and is_metonym(ent, cands, actor_spans):
            out.append(_metonym_place(ent, cands, places))
    return out


def _metonym_place(ent: Span, cands: list[Place], places: list[PlaceMention]) -> PlaceMention:
    """The candidate the article's places support ("Washington's governor"
    in a story about Seattle: the state; "Tripoli was gripped" under a
    BEIRUT dateline: Lebanon's Tripoli), else the capital."""
    pick = _supported(cands, places)
    if pick is None:
        pick = max((p for p in cands if p.capital), key=lambda p: p.population)
    return _at(ent, pick, LOCAL_FEATURES.get(pick.feature, "city"))


def public_bodies(doc: Doc, places: list[PlaceMention]) -> list[PlaceMention]:
    """Class 5: organisation entities whose first one to three words are a
    town, county or state, followed by a public body's word."""
    gaz = gazetteer()
    out = []
    for ent in ents_of(doc):
        if ent.label_ != "ORG":
            continue
        span = ent[1:] if ent[0].lower_ == "the" else ent
        for n in range(min(3, len(span) - 1), 0, -1):
            head = span[:n]
            if span[n].lower_ not in PUBLIC_BODY_WORDS or not head[-1].text[:1].isupper() \
                    or head.text.lower() in PORTFOLIOS or _a_club(span, n):
                continue
            cands = [p for p in gaz.candidates(head.text) if p.feature in LOCAL_FEATURES]
            if cands:
                best = _local_pick(cands, places)
                out.append(_at(head, best, LOCAL_FEATURES[best.feature]))
                break
    return out


def _a_club(span: Span, n: int) -> bool:
    """A word that also ends a club's or firm's name ("Luton Town", "Derby
    County", "the Chicago Fire", "Yorkshire Water", "the Kansas City
    Chiefs") names a public body only before another body word ("the Luton
    Town Council", "the Chicago Fire Department", "the Des Moines Water
    Works")."""
    if span[n].lower_ not in CLUB_WORDS:
        return False
    return n + 1 >= len(span) or span[n + 1].lower_ not in PUBLIC_BODY_WORDS | BODY_NOUNS


def _local_pick(cands: list[Place], places: list[PlaceMention]) -> Place:
    """The candidate the article's places support, else the most populous."""
    return _supported(cands, places) or max(cands, key=lambda c: c.population)


def _supported(cands: list[Place], places: list[PlaceMention]) -> Place | None:
    """The most populous candidate in a first-level division the article's
    resolved places lie in, else in their country, else ``None``."""
    resolved = [p for p in places if p.geonameid is not None]
    divisions = {(p.country, p.admin1) for p in resolved}
    countries = {p.country for p in resolved}
    for ok in (lambda c: (c.country, c.admin1) in divisions, lambda c: c.country in countries):
        if inside := [c for c in cands if ok(c)]:
            return max(inside, key=lambda c: c.population)
    return None


def _at(span: Span, place: Place, precision: str) -> PlaceMention:
    return PlaceMention(span.start_char, span.end_char, span.text, place.geonameid, place.name,
                        place.lat, place.lon, place.country, place.admin1, precision, 0.5)


def named_features(doc: Doc) -> list[PlaceMention]:
    """Classes 3 and 4: named streets, roads, highways and facilities, each
    trimmed of the function words a capitalised run may open with; no
    point yet. Not a person whose surname is a street's or facility's word
    (the NER model's person: "actor Nathan Lane", "Zebulon Pike explored",
    "Grace Park said")."""
    text = text_of(doc)
    persons = {t.i for e in ents_of(doc) if e.label_ == "PERSON" for t in e}
    out = []
    for pattern in (NUMBERED, NAMED, PREFIXED):
        for m in pattern.finditer(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or span[-1].i in persons and span[-1].text in SURNAME_HEADS:
                continue
            span = _named(span, m.start("head") if "head" in m.re.groupindex else m.end())
            if span is not None:
                out.append(PlaceMention(span.start_char, span.end_char, span.text))
    return out


def before_nouns(doc: Doc) -> list[PlaceMention]:
    """Class 6: a proper name before a lower-case facility noun (a noun, or
    any word after "the <name>": not "Refugees crossing into Chad"; a
    capitalised word opening a sentence only if tagged a proper noun),
    unless it is a people's name, or a person's before "camp" (a
    candidate's camp; the small model tags unknown dam and crossing names
    persons), or a known organisation's or armed group's (one the actor
    stage resolved in its knowledge base), which owns or runs the facility
    ("the Exxon refinery", "the Hezbollah checkpoint", "the Hamas
    checkpoint"; an unknown crossing's name the model tags an organisation
    stays: "the Torkham crossing")."""
    text = text_of(doc)
    people = {t.i for e in ents_of(doc) if e.label_ == "NORP" for t in e}
    persons = {t.i for e in ents_of(doc) if e.label_ == "PERSON" for t in e}
    owners = [(m.start, m.end) for m in get_list(doc, "actor_mentions")
              if m.kind in OWNER_KINDS and m.actor_id is not None]
    out = []
    for m in BEFORE_NOUN.finditer(text):
        name = m.group(1).rstrip()
        span = doc.char_span(m.start(1), m.start(1) + len(name), alignment_mode="expand")
        span = _trimmed(span) if span is not None else None
        if span is None or _overlaps(_bare(span), owners):
            continue
        noun = doc.char_span(m.end() - 1, m.end(), alignment_mode="expand")
        blocked = people | persons if m.group(0).endswith("camp") else people
        after_the = span.start > 0 and doc[span.start - 1].lower_ == "the"
        if noun is not None and (noun.root.pos_ == "NOUN" or after_the) and all(
                (t.pos_ == "PROPN" or not t.is_sent_start) and t.i not in blocked for t in span):
            out.append(PlaceMention(span.start_char, span.end_char, span.text))
    return out


def dateline_name(doc: Doc, places: list[PlaceMention]) -> list[PlaceMention]:
    """Class 7: the dateline's place when no place mention covers it."""
    m = dateline_match(doc)
    if m is None:
        return []
    start, end = m.span("place")
    span = doc.char_span(start, end - (end - start - len(m.group("place").rstrip())),
                         alignment_mode="contract")
    if span is None or not len(span) or _overlaps(_bare(span), [(p.start, p.end) for p in places]):
        return []
    cands = [c for c in gazetteer().candidates(span.text)
             if c.feature in LOCAL_FEATURES or c.feature == "country"]
    if not cands:
        return []
    best = _local_pick(cands, places)
    return [_at(span, best, LOCAL_FEATURES.get(best.feature, "country"))]


def _bare(span: Span) -> PlaceMention:
    return PlaceMention(span.start_char, span.end_char, span.text)


def _trimmed(span: Span) -> Span | None:
    """The name inside the sentence of its last word, without leading
    function words ("The", "At"); ``None`` when nothing is left."""
    start = max(span.start, span[-1].sent.start)  # "Hamilton. Shady Grove Hospital"
    while start < span.end and (span.doc[start].lower_ in _OPENERS
                                or span.doc[start].pos_ in _POS_OPENERS):
        start += 1
    return span.doc[start:span.end] if start < span.end else None


def _named(span: Span, head: int) -> Span | None:
    """A trimmed street or facility name with a name before its head word
    (not "Airport", "Street" alone), after the place that owns it ("Moscow's
    Sheremetyevo International Airport": the airport; "St. Joseph's
    Hospital" keeps its saint: the head, at ``head``, follows the "'s")."""
    owner = [t.i for t in span if t.tag_ == "POS" and t.i + 1 < len(t.doc)
             and t.doc[t.i + 1].idx < head]
    if owner:
        span = span.doc[owner[-1] + 1:span.end]
    trimmed = _trimmed(span)
    if trimmed is None or len(trimmed) == 1 or trimmed.text in STREET_HEADS + FACILITY_HEADS:
        return None
    return trimmed


def _overlaps(p: PlaceMention, taken: list[tuple[int, int]]) -> bool:
    return any(p.start < e and s < p.end for s, e in taken)


def names_inside_features(places: list[PlaceMention],
                          features: list[PlaceMention]) -> list[PlaceMention]:
    """The place mentions a longer street, road or facility name holds that
    the article's other places do not support: a country ("U.S. 41", "U.S.
    Highway 61"), or a place outside every first-level division of the
    article's other resolved places ("Mary" of "Mary Greeley Medical Center"
    in Ames, Iowa; "St. Joseph's" of "St. Joseph's Hospital" in Tampa;
    "Alice" of "Alice Peck Day Memorial Hospital" in Lebanon, NH). The name
    honours a person or a far place, so the longer name is the toponym and
    the inner one places no event. Not the facility's own shorter name
    ending with it ("Vnukovo International Airport" of "the Vnukovo
    International Airport"). Kept when the division holds the
    article's other places ("Columbus Avenue" in Columbus, Ohio)
    or when the article has no other resolved place."""
    def inside(p: PlaceMention) -> bool:
        return any(f.start <= p.start and p.end < f.end for f in features)
    inner = [p for p in places if p.geonameid is not None and inside(p)]
    others = [p for p in places if p.geonameid is not None and not inside(p)]
    if not inner or not others:
        return []
    divisions = {(p.country, p.admin1) for p in others if p.precision != "country"}
    return [p for p in inner if p.precision == "country" or (p.country, p.admin1) not in divisions]


def toponyms_only(doc: Doc, places: list[PlaceMention],
                  features: list[PlaceMention] | None = None) -> list[PlaceMention]:
    """The seven classes, longest first, none overlapping ``places`` or each
    other; streets and facilities (``features``, else ``named_features``)
    placed by the vicinity of copies of ``places`` (the originals are not
    touched)."""
    taken = [(p.start, p.end) for p in places]
    out: list[PlaceMention] = []
    features = named_features(doc) if features is None else features
    found = dateline_name(doc, places) + metonyms(doc, places) + public_bodies(doc, places) + \
        demonyms(doc) + sorted(features + before_nouns(doc), key=lambda p: p.start - p.end)
    for p in found:
        if not _overlaps(p, taken):
            out.append(p)
            taken.append((p.start, p.end))
    unplaced = [p for p in out if p.lat is None]
    if unplaced:
        place_in_vicinity([replace(p) for p in places] + unplaced,
                          sentence_chars(doc))
    return sorted(out, key=lambda p: p.start)
