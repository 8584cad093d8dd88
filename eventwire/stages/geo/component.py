"""``eventwire_places`` (toponyms -> ``doc._.place_mentions``) and
``eventwire_event_place`` (the place of each event).

Recognition is ``recognize.py`` (NER + gazetteer scan, metonymy from the
actor stage), resolution ``resolve.py`` (learned candidate ranking). A
facility ("the Baghdad airport") is placed at the city it names.

Event place, first that applies (``basis``):

1. ``trigger``: a place attached to the trigger by a locative preposition
   (in, at, near, outside, ...) within a few dependency hops;
2. ``clause``: a place in the trigger's clause (its nearest verb is the
   trigger's);
3. ``sentence``: the most specific place of the sentence (a city before a
   division before a country);
4. ``dateline``: the place of the wire dateline that opens the story
   ("ERBIL, Iraq (Reuters) -", "KINSHASA:"), for a news event (asserted or
   reported, not background) whose sentence names no place
   (docs/annotation.md: the dateline places the article's news events);
5. ``focus``: the country the article's places name most often (precision
   ``country``, low confidence), with the span of its first mention. The
   text does not state it for the event: ``eval records`` counts it as no
   place (docs/formats.md);
6. none. Never the actor's country on its own, never invented.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.models import EventMention, PlaceMention
from eventwire.nlp.component import StageComponent
from eventwire.nlp.extensions import get_list, text_of
from eventwire.nlp.spans import index_of
from eventwire.stages.geo.gazetteer import gazetteer
from eventwire.stages.geo.recognize import LOCATIVE, Mention, demonym_countries, find_mentions
from eventwire.stages.geo.resolve import resolve

HOPS = 4
PRECISION = {"country": "country", "admin1": "admin1", "admin2": "admin2",
             "continent": "continent", "user": "point", "airport": "point"}
SPECIFIC = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "continent": 5}
BASIS_CONFIDENCE = {"trigger": 1.0, "clause": 0.8, "sentence": 0.6, "dateline": 0.5,
                    "focus": 0.3}
LIST_WORDS = {",", "and", "or", "&"}
NATIONAL_OFFICES = {"parliament", "president", "minister", "premier", "ambassador", "embassy",
                    "army", "navy", "military", "king", "queen", "cabinet", "ministry",
                    "consulate", "presidency", "monarch"}
STATE_OFFICES = {"governor", "legislature", "statehouse", "lieutenant"}
DATELINE_LINES = 3  # a dateline opens one of the text's first lines (after a title)


def seed_countries(doc: Doc) -> Counter[str]:
    """The article's countries before any place is resolved: state actors
    and demonyms."""
    counts = demonym_countries(doc)
    for m in get_list(doc, "actor_mentions"):
        if m.country and m.kind == "state" and not _elsewhere(m.text, m.country):
            counts[m.country] += 1
    return counts


def _elsewhere(text: str, country: str) -> bool:
    """The actor's name is a place whose main bearer lies in another country
    than the actor's ("Santa Ana" listed for El Salvador, said of the
    Californian city): the name is resolved as a place, it seeds nothing."""
    cands = [p for p in gazetteer().candidates(text) if p.feature != "country"]
    return bool(cands) and max(cands, key=lambda p: p.population).country != country


def adjacency(doc: Doc, mentions: list[Mention]) -> list[bool]:
    """Mention i is followed by ", <mention i+1>" ("Springfield, Illinois")."""
    return [i + 1 < len(mentions) and mentions[i + 1].start == m.end + 1
            and doc[m.end].text == "," for i, m in enumerate(mentions)]


def list_groups(doc: Doc, mentions: list[Mention]) -> list[int]:
    """Mentions chained only by commas and "and"/"or" ("Armenia, Azerbaijan,
    Georgia, Iraq, and Syria") share a group number (``resolve.list_levels``)."""
    groups = list(range(len(mentions)))
    for i in range(1, len(mentions)):
        gap = doc[mentions[i - 1].end:mentions[i].start]
        if 0 < len(gap) <= 2 and all(t.lower_ in LIST_WORDS for t in gap):
            groups[i] = groups[i - 1]
    return groups


def office_cues(doc: Doc, mentions: list[Mention]) -> dict[int, tuple[str, str | None]]:
    """A name that owns a national office or body ("Georgia's parliament",
    "the Prime Minister of Georgia", "the president of Mexico", "Brazil's
    army") names a country, not a first-level division or a town of that
    name; one that owns a state office ("Georgia's governor", "the
    legislature of Georgia") names a first-level division. Returns mention
    -> that level (``resolve``)."""
    out: dict[int, tuple[str, str | None]] = {}
    for i, m in enumerate(mentions):
        root = doc[m.start:m.end].root
        head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else \
            root.head if root.dep_ == "poss" else None
        word = head.lower_ if head is not None else ""
        feature = "country" if word in NATIONAL_OFFICES else \
            "admin1" if word in STATE_OFFICES else None
        fit = [c for c in m.candidates if c.feature == feature]
        if fit:
            top = max(fit, key=lambda c: c.population)
            out[i] = (top.feature, top.country if top.feature == "admin1" else None)
    return out


def find_places(doc: Doc) -> list[PlaceMention]:
    mentions = find_mentions(doc)
    picks = resolve(mentions, seed_countries(doc), adjacency(doc, mentions),
                    list_groups(doc, mentions), office_cues(doc, mentions))
    out = []
    for m, (best, conf) in zip(mentions, picks, strict=True):
        span = doc[m.start:m.end]
        if best is None:
            out.append(PlaceMention(span.start_char, span.end_char, span.text))
            continue
        out.append(PlaceMention(span.start_char, span.end_char, span.text, best.geonameid,
                                best.name, best.lat, best.lon, best.country, best.admin1,
                                PRECISION.get(best.feature, "city"), conf))
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


def _clause_head(tok: Token) -> Token:
    cur = tok
    while cur.pos_ not in ("VERB", "AUX") and cur.head != cur:
        cur = cur.head
    return cur


def _basis(doc: Doc, p: PlaceMention, trigger: Token) -> str:
    ent = doc.char_span(p.start, p.end, alignment_mode="expand")
    if ent is None:
        return "sentence"
    if _locative_link(ent.root, trigger):
        return "trigger"
    return "clause" if _clause_head(ent.root) == _clause_head(trigger) else "sentence"


def _focus(places: list[PlaceMention]) -> PlaceMention | None:
    """The article's country: the one its resolved places name most often,
    as the country itself (its own id and point), with the span of the
    place that named it, or of its first place in that country."""
    counts = Counter(p.country for p in places if p.country and p.geonameid is not None)
    if not counts:
        return None
    country = counts.most_common(1)[0][0]
    named = next((p for p in places if p.country == country and p.precision == "country"), None)
    if named is not None:
        return named
    record = gazetteer().country(country)
    first = next(p for p in places if p.country == country)
    if record is None:
        return None
    return PlaceMention(first.start, first.end, first.text, record.geonameid, record.name,
                        record.lat, record.lon, country, None, "country", first.confidence)


# "ERBIL, Iraq (Reuters) - ", "BAGHDAD, July 7 (Xinhua) -- ", "NIAMEY/ABUJA, July 31
# (Reuters) - ", "MUMBAI: ", "Tbilisi (AFP) - ": the place opens the line
DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’ -]{1,30}?|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=,? [^\n]{0,20}\())"
    r"(?:/[A-Z][A-Z.'’ -]{1,30}?)*(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,2})?"
    r"\s*(?:\([^)\n]{1,40}\))?\s*(?:--|[-–—:])\s")


def dateline_place(doc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    """The place of a dateline opening one of the first ``DATELINE_LINES``
    lines: its resolved mention, else the most populous city of that name."""
    text = text_of(doc)
    start = 0
    for _ in range(DATELINE_LINES):
        m = DATELINE.match(text, start, min(len(text), start + 90))
        if m is not None:
            a, b = m.span("place")
            found = next((p for p in places if a <= p.start < b and p.geonameid is not None),
                         None)
            return found if found is not None else _named_city(text[a:b].strip(), a)
        nxt = text.find("\n", start)
        if nxt < 0:
            return None
        start = nxt + 1
    return None


def _named_city(name: str, start: int) -> PlaceMention | None:
    cities = [c for c in gazetteer().candidates(name) if c.feature == "city"]
    if not cities:
        return None
    c = max(cities, key=lambda c: (c.population, -c.geonameid))
    return PlaceMention(start, start + len(name), name, c.geonameid, c.name, c.lat, c.lon,
                        c.country, c.admin1, "city", 1.0)


NEWS_MODALITIES = {"asserted", "reported"}


def _news_event(event: EventMention) -> bool:
    """An event of the article's news: it happened (asserted or reported, not
    demanded, threatened, planned or denied) and is not recalled background
    (the time stage runs first)."""
    return event.factuality.modality in NEWS_MODALITIES and not event.time.background


def _is_participant(place: PlaceMention, event: EventMention) -> bool:
    """Class *places that are participants*: a country or city named as the
    event's actor, recipient or co-actor ("France rejected the plan", "urged
    Yemen to", "Moscow and Kyiv agreed") acts or is acted upon; it does not say
    where the event happens. It still places the event when it is the
    trigger's own locative ("protests in France")."""
    for who in (event.actor, event.recipient, *event.co_actors):
        if who is not None and who.start < place.end and place.start < who.end:
            return True
    return False


def place_for(doc: Doc, event: EventMention, places: list[PlaceMention],
              focus: PlaceMention | None = None,
              dateline: PlaceMention | None = None) -> PlaceMention | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return None
    trigger = span.root
    in_sentence = index_of(doc, "place_mentions", places).starting(event.sentence.start,
                                                                   event.sentence.end)
    here = [p for p in (places[i] for i in in_sentence) if p.geonameid is not None]
    bases = [(_basis(doc, p, trigger), p) for p in here]
    ranked = sorted(((("trigger", "clause", "sentence").index(basis),
                      SPECIFIC.get(p.precision, 1), p.start, p) for basis, p in bases
                     if basis == "trigger" or not _is_participant(p, event)),
                    key=lambda t: t[:3])
    if ranked:
        order, _, _, best = ranked[0]
        basis = ("trigger", "clause", "sentence")[order]
    elif dateline is not None and _news_event(event):
        best, basis = dateline, "dateline"
    elif focus is not None:
        best, basis = focus, "focus"
    else:
        return None
    return replace(best, basis=basis, confidence=round(best.confidence *
                                                       BASIS_CONFIDENCE[basis], 3))


class PlaceFinder(StageComponent, factory="eventwire_places", requires=["doc.ents"],
                  assigns=["doc._.place_mentions"]):
    def __init__(self, nlp: Language | None = None, name: str = "eventwire_places") -> None:
        super().__init__(nlp, name)
        gazetteer()  # open (and if needed build) once, at load time, not on the first article

    def process(self, doc: Doc) -> None:
        get_list(doc, "place_mentions").extend(find_places(doc))


class EventPlacer(StageComponent, factory="eventwire_event_place",
                  requires=["doc._.events", "doc._.place_mentions"], assigns=["doc._.events"]):
    def process(self, doc: Doc) -> None:
        places = get_list(doc, "place_mentions")
        focus, dateline = _focus(places), dateline_place(doc, places)
        for event in get_list(doc, "events"):
            event.place = place_for(doc, event, places, focus, dateline)
