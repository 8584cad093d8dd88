"""``eventwire_places`` (toponyms -> ``doc._.place_mentions``) and
``eventwire_event_place`` (the place of each event).

Resolution: candidates by name; a country named exactly wins; otherwise the
candidate in a country the article mentions (by a resolved place or actor),
then the most populous. A capital used as a government (subject or
possessor of a verb: "Washington has threatened", "Washington's
assassination") is an actor, not a place. A facility ("the Baghdad
airport") is placed at the city it names, with precision ``city``: the
gazetteer has no facilities, and a point would claim too much.

Event place: a place attached to the trigger by a locative preposition
(in, at, near, outside, …) within a few dependency hops; else none. Events
are not placed at a country just because the country is their actor.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.models import EventMention, PlaceMention
from eventwire.nlp.extensions import get_list, register_extensions
from eventwire.stages.geo.gazetteer import Place, gazetteer

LABELS = {"GPE", "LOC", "FAC"}
LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "into", "from",
            "throughout", "on"}
METONYM_DEPS = {"nsubj", "nsubjpass", "poss"}
HOPS = 4


def _context_countries(doc: Doc) -> Counter[str]:
    counts: Counter[str] = Counter()
    for m in get_list(doc, "actor_mentions"):
        if m.country and m.kind == "state":
            counts[m.country] += 1
    return counts


def _pick(cands: list[Place], context: Counter[str]) -> tuple[Place, float]:
    if cands[0].feature == "country":
        return cands[0], 0.95
    scored = sorted(cands, key=lambda p: (-context.get(p.country or "", 0), -p.population))
    best = scored[0]
    conf = 0.9 if len(cands) == 1 else 0.75 if context.get(best.country or "") else 0.6
    return best, conf


def _lookup(ent: Span) -> list[Place]:
    gaz = gazetteer()
    cands = gaz.candidates(ent.text)
    if not cands and ent.label_ == "FAC":
        for tok in ent:
            if tok.pos_ == "PROPN" and (found := gaz.candidates(tok.text)):
                return found
    return cands


def _is_metonym(ent: Span) -> bool:
    return ent.label_ == "GPE" and ent.root.dep_ in METONYM_DEPS and ent.root.head.pos_ in (
        "VERB", "AUX", "NOUN")


# an entity the tagger took for an organisation or a person ("Kharkiv",
# "Odesa") is a place when it follows a locative preposition and the
# gazetteer knows it as a sizeable city or a country
MISTAGGED = {"ORG", "PERSON", "WORK_OF_ART", "NORP"}
MISTAGGED_MIN_POPULATION = 100_000


def _mistagged_place(ent: Span) -> bool:
    if ent.label_ not in MISTAGGED or ent.root.dep_ != "pobj" or \
            ent.root.head.lower_ not in LOCATIVE:
        return False
    cands = gazetteer().candidates(ent.text)
    return any(p.feature == "country" or p.population >= MISTAGGED_MIN_POPULATION
               for p in cands)


def find_places(doc: Doc) -> list[PlaceMention]:
    context = _context_countries(doc)
    out = []
    for ent in doc.ents:
        if not (ent.label_ in LABELS or _mistagged_place(ent)) or _is_metonym(ent):
            continue
        cands = _lookup(ent)
        if not cands:
            out.append(PlaceMention(ent.start_char, ent.end_char, ent.text))
            continue
        best, conf = _pick(cands, context)
        precision = {"country": "country", "admin1": "admin1"}.get(best.feature, "city")
        out.append(PlaceMention(ent.start_char, ent.end_char, ent.text, best.geonameid,
                                best.name, best.lat, best.lon, best.country, best.admin1,
                                precision, conf))
        if best.country:
            context[best.country] += 1
    return out


def _locative_link(tok: Token, trigger: Token) -> bool:
    cur, saw_prep = tok, False
    for _ in range(HOPS):
        if cur.head == cur:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in LOCATIVE:
            saw_prep = True
        cur = cur.head
        if cur == trigger:
            return saw_prep
    return False


def place_for(doc: Doc, event: EventMention, places: list[PlaceMention]) -> PlaceMention | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return None
    trigger = span.root
    for p in places:
        if p.geonameid is None or not (event.sentence.start <= p.start < event.sentence.end):
            continue
        ent = doc.char_span(p.start, p.end, alignment_mode="expand")
        if ent is not None and _locative_link(ent.root, trigger):
            return p
    return None


@Language.factory("eventwire_places", requires=["doc.ents"], assigns=["doc._.place_mentions"])
def make_places(nlp: Language, name: str) -> PlaceFinder:
    gazetteer()  # build once, at load time, not on the first article
    return PlaceFinder()


class PlaceFinder:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        get_list(doc, "place_mentions").extend(find_places(doc))
        return doc


@Language.factory("eventwire_event_place", requires=["doc._.events", "doc._.place_mentions"],
                  assigns=["doc._.events"])
def make_event_place(nlp: Language, name: str) -> EventPlacer:
    return EventPlacer()


class EventPlacer:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        places = get_list(doc, "place_mentions")
        for event in get_list(doc, "events"):
            event.place = place_for(doc, event, places)
        return doc
