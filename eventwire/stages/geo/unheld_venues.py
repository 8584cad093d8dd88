"""Class *a venue no gazetteer holds* (place44).

The guide places an event where the text says it happens, "a locative
phrase of the trigger" first (docs/annotation.md, Fields: place) — also
when the place is a hamlet, an island, a square or a district the offline
gazetteer does not hold ("raiders attacked a bus near Kagumo Junction",
"the navy seized two trawlers off Kapitiya island", "police fired tear
gas at traders in Nakivubo Square"). Such a name is recognised and gets
the article's vicinity point (``vicinity.py``: precision ``vicinity``, no GeoNames id),
but the event-place rules read only mentions with an id, so the event fell
to the dateline or the article's focus: where the copy was filed or what
the article is about, not where the act was done.

The rule: when no resolved place of the sentence is a venue of the event,
an unresolved name with a vicinity point that the event's own trigger or
clause locates it at (``place_basis`` ``trigger`` / ``clause``: "seized
... off Kapitiya island", "marched on Bakalu Plaza") is its place, on that
basis. Not a name further off in the sentence (``sentence``: a venue of
another clause), not a dateline's words, not a name with no point (nothing
near it resolved). A resolved venue of the sentence always wins (it says
where with a gazetteer's point). The point stays an estimate (the
article's or the sentence's centre): consumers see precision
``vicinity`` and no id.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, PlaceMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.spans import index_of
from eventwire.stages.geo.distance import haversine_km
from eventwire.stages.geo.told_again import INCIDENT_NOUNS

UNHELD_BASES = ("trigger", "clause")
# prepositions that put an act at a place ("in", "off", "near" ...): not
# "between" (it joins parties: "clashes between Nyatura and the army"), and "on"
# only from a verb or beside a place word ("marched on Bakalu Plaza", "a
# school on Kimathi Square"; not "sanctions on Tolavia")
UNHELD_PREPS = {"in", "at", "near", "off", "outside", "inside", "around", "across", "along",
                "through", "throughout", "into", "on", "within", "beside"}
# the NER model's word that a name is no place: a person, a people, a craft
# or a product ("Wanjiru was killed", "the tanker Marlowe"); not ORG, which
# the model gives headline toponyms ("navy arrests 20 fishermen off Kapitiya")
NOT_PLACE_ENTS = {"PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
# prepositions that only place: an ORG-tagged name after them is still a
# place ("off Kapitiya"); after "in", "at" or "on" it is a body ("in Red
# Crescent flights", "at Safaricom")
ONLY_PLACING = {"off", "near", "outside", "around", "beside", "across", "along"}
# a title-cased headline's event noun read into a name ("Confesses To
# Murder In Nyali Shooting"): an incident, not a place
EVENT_WORDS = INCIDENT_NOUNS | {"rampage", "riot", "riots", "protest", "fire", "crash",
                                "shootings", "attacks", "killings", "murders"}
# the estimate is trusted beside a town the article resolved, not at a
# country's or a region's middle (``vicinity.main_country_centre``)
NEAR_KM = 161.0
LOCAL_PRECISIONS = ("city", "admin2", "point")
# words that make a place of the name they follow or precede
PLACE_WORDS = {"island", "islands", "square", "street", "road", "avenue", "district", "area",
               "valley", "village", "town", "county", "province", "region", "camp", "market",
               "neighbourhood", "neighborhood", "bay", "strait", "coast", "border", "crossing",
               "park", "bridge", "port", "harbour", "harbor", "forest", "river", "lake", "hill",
               "hills", "mountains", "township", "quarter", "base", "school", "station"}
# prepositions whose object is not where the act is done: an origin, a
# party, a topic, a purpose, a comparison or an agent (place45)
NOT_PLACING = {"from", "between", "about", "for", "with", "against", "by", "like", "than",
               "over"}
# nouns whose "of" places ("south of the island of X", "the mouth of the X
# River"); any other "of" belongs to a person or a thing ("the mayor of")
PLACING_OF = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
              "southwest", "outskirts", "edge", "mouth", "centre", "center", "heart", "middle"}
Basis = Callable[[Doc, PlaceMention, Token, EventMention], "str | None"]


def unheld_venue(doc: Doc, event: EventMention, places: list[PlaceMention],
                 header: tuple[int, int], trigger: Token,
                 basis_of: Basis) -> tuple[PlaceMention, str] | None:
    """The first unresolved name with a vicinity point of the event's
    sentence that its trigger or clause locates it at, with that basis
    (``basis_of`` is ``event_place.place_basis``); None otherwise."""
    found = []
    for p in _unheld_places(doc, event, places, header):
        if not held_as_place(doc, p) or not beside_a_town(p, places):
            continue
        basis = basis_of(doc, p, trigger, event)
        if basis in UNHELD_BASES:
            found.append((UNHELD_BASES.index(basis), p.start, p, basis))
    if not found:
        return None
    _, _, place, basis = min(found, key=lambda t: t[:2])
    return place, basis


def beside_a_town(p: PlaceMention, places: list[PlaceMention]) -> bool:
    """The name's vicinity point lies within ``NEAR_KM`` of a town, county
    or point the article resolved: the estimate stands for a neighbourhood
    of the story's places, not for the middle of a country the article
    names (a Somali village at the centre of the United States because the
    story quotes a U.S. command)."""
    return p.lat is not None and p.lon is not None and any(
        q.geonameid is not None and q.precision in LOCAL_PRECISIONS and q.lat is not None
        and q.lon is not None and haversine_km(p.lat, p.lon, q.lat, q.lon) <= NEAR_KM
        for q in places)


def held_as_place(doc: Doc, p: PlaceMention) -> bool:
    """The text holds the unresolved name as a place, not a person, body or
    craft the recogniser took for one: a capitalised name the NER model
    does not tag as another kind of name, more than a place word alone ("on
    4th Street" read as "Street"), and either named by a place word
    (:func:`held_by_place_word`) or the object of a preposition of place
    ("near Walikale", "marched on Bakalu Plaza")."""
    span = char_span(doc, p.start, p.end, alignment_mode="expand")
    if span is None or not p.text[:1].isupper() or \
            all(t.lower_ in PLACE_WORDS for t in span if t.is_alpha):
        return False
    if any(t.ent_type_ in NOT_PLACE_ENTS or t.lower_ in EVENT_WORDS for t in span):
        return False
    word = place_word_of(span.root)
    if word is not None:
        return held_by_place_word(word)
    phrase = span.root
    if phrase.dep_ != "pobj" or phrase.head.lower_ not in UNHELD_PREPS:
        return False
    prep = phrase.head
    if any(t.ent_type_ == "ORG" for t in span) and prep.lower_ not in ONLY_PLACING:
        return False
    return prep.lower_ != "on" or prep.head.pos_ in ("VERB", "AUX") or \
        any(t.lower_ in PLACE_WORDS for t in phrase.subtree) or prep.head.lower_ in PLACE_WORDS


def place_word_of(root: Token) -> Token | None:
    """The place word that names the name as a place: its head ("off
    Kapitiya island", "the Rumichaca border crossing"), the noun it is the
    "of" complement of ("the border town of Bunagana"), or its own last
    word ("Taksim Square"); None when no place word names it."""
    if root.dep_ == "compound" and root.head.lower_ in PLACE_WORDS:
        return root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in PLACE_WORDS:
        return root.head.head
    return root if root.lower_ in PLACE_WORDS else None


def held_by_place_word(word: Token) -> bool:
    """Class *a venue named by its place word* (place45): a name a place
    word names ("the border town of Bunagana", "the Ras Jedir crossing",
    "the village of Kuvali") is a place whatever the word's role in the
    clause: the object of the act ("rebels seized the border town of X",
    "truckers blocked the X bridge", "police patrolled the townships of
    X"), its subject ("the X district was sealed off"), a destination
    ("sent troops to the border district of X") or a preposition's object
    ("near the X bridge", "south of the island of X", "the mouth of the X
    River"); an ORG tag on it is the headline's, not a body's. Not the
    object of a preposition that does not place: an origin ("fishermen
    from the village of X"), a party ("between the X camp and"), a topic
    ("talks about the X crossing"), "of" but after a direction or an edge
    ("the mayor of the town of X"). "On" places here even from a noun ("a
    patrol on the X River"): the place word says the name is no target of
    sanctions."""
    if word.dep_ != "pobj":
        return True
    prep = word.head
    return prep.lower_ not in NOT_PLACING and \
        (prep.lower_ != "of" or prep.head.lower_ in PLACING_OF)


def _unheld_places(doc: Doc, event: EventMention, places: list[PlaceMention],
                   header: tuple[int, int]) -> list[PlaceMention]:
    """The sentence's names no gazetteer holds that got a vicinity point,
    less the dateline header's own words."""
    in_sentence = index_of(doc, "place_mentions", places).starting(event.sentence.start,
                                                                   event.sentence.end)
    return [p for p in (places[i] for i in in_sentence)
            if p.geonameid is None and p.precision == "vicinity" and p.lat is not None
            and not header[0] <= p.start < header[1]]


def unheld_rule(rule: PlaceMention | None) -> bool:
    """The rules placed the event at a name no gazetteer holds
    (:func:`unheld_venue`). The learned chooser must not trade it away: its
    candidates are only the sentence's resolved names, so it has no row
    for this pick and would read it as no place."""
    return rule is not None and rule.geonameid is None and rule.precision == "vicinity" \
        and rule.basis in UNHELD_BASES

