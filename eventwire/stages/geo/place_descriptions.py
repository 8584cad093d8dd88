"""Class *a place named by a description* (issue #12, branch place7).

News names a place it has already placed by a common noun: "police clashed
with protesters in the capital", "youths hurled petrol bombs at stores in
the Greek capital", "rallies all around the country", "soldiers surrendered
at a stadium in the city", "riots spread across the country". No gazetteer
holds "the capital", so the event's place was lost although the guide
(docs/annotation.md "Places": "the capital", "the country" take the place
they stand for) and every record set label it. This module turns such a
description into a place mention for the event-place rules only (never
into ``doc._.place_mentions``: it is no toponym, ``eventwire eval geo`` does
not see it):

* ``the capital`` / ``the capital city`` / ``the Greek capital``: the
  capital of the demonym's country, else of the article's main country;
* ``the country`` / ``the Greek country``: that country itself;
* ``the city`` / ``the town`` / ``the village`` / ``the square``
  (``the eastern city``, ``the port city``, ``the same town``): the nearest
  earlier town the text resolved (the dateline's included); a square told
  again is in its town ("marchers gathered in Independence Square in Kyiv
  ... police fired tear gas near the square", "a rally in Tahrir Square ...
  troops cleared the square", "the Maidan in Kyiv ... snipers fired on the
  square": the town's point is within 161 km of the square's);
* ``the province`` / ``the state`` (class *a first-level division told
  again*, place31): the nearest earlier province or state the text
  resolved ("declared an emergency in Oaxaca ... troops patrolled the
  province", "Bavaria's premier ... curfew across the state", "fighting in
  Balochistan ... attacked police posts in the province");
* ``the district`` (class *a district told again*, place31): the nearest
  earlier place below the country the text resolved, a town or a division
  ("a market in Mafeteng ... shot mourners in the district", "riots in
  Kibera ... police patrolled the district", "a clinic in Swat ... curfew
  in the district").

* ``there`` (class *"there" told again*, place31): the adverb on the
  event's verb stands for the nearest earlier place the text resolved, of
  any precision ("travelled to Ghana and signed a deal there", "gunmen
  attacked a bus in Kano; police detained two men there", "protests spread
  to Mombasa, but no clashes were reported there"); only as an adverb of a
  verb other than "be" (not "there were clashes", not "the troops there").

* ``the area`` / ``the region`` as a deployment's destination (class
  *forces sent to the place told again*, place61): the object of "to" /
  "into" (or "in") on a verb that moves forces (``DEPLOY_VERBS``: "sent
  reinforcements to the area", "would deploy troops to the area", "1,000
  more soldiers to the region", "were deployed in the region") stands for
  the nearest earlier place the text resolved, as "the district" does —
  for the deployment itself only (``event_place.place_basis``: basis
  ``trigger`` for the verb it hangs on, none for the sentence's other
  acts, "sent a patrol to the area and called on both sides").
  Measured (place61_r4 vs m98, 38 sets): place +8/-3, all own texts
  (rec_o, rec_ac, rec_ae, rec_ag, rec_k), real texts unchanged; the three
  losses (rec_ak-24, rec_u-30, rec_u-36) are "deployed to the area" that
  gold leaves unplaced although the guide places MOBILIZE at its
  destination (as rec_o-25 / rec_ag-29 do).

Not told-again nouns elsewhere: "the region" and "the area" (measured, place31: as
often the wider region or an unstated spot as the last place named —
"security in the region", "troops in the region since 1992"), and "the island" (the last place
named is as often a town of it, or the island is the story's whole
country: "drills around the island"), and "the city centre" (+2 -2 on real
text: from a relative or other clause it placed the sentence's other acts,
"tear gas which clouded the city centre").

Not a description: a noun with its own name beside it ("the capital,
Sanaa", "the city of Goma": the name is the toponym; review51: a toponym
in its own locative phrase, "marched to the square in Valencia", "the
village near Kano", "the district outside Lahore"), a noun modifying
another ("the city council", "capital punishment"), an indefinite or
possessed noun ("a city", "its capital"), a noun with any other adjective
("the holy city", "the second city", "the capital markets").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.models import PlaceMention
from eventwire.nlp.arrays import char_span, where_lower
from eventwire.stages.geo.gazetteer import Place, gazetteer
from eventwire.stages.geo.place_scope import VARIANTS

CAPITAL, COUNTRY, TOWN = "capital", "country", "town"
DIVISION, AREA, THERE = "division", "area", "there"
HEADS = {"capital": CAPITAL, "country": COUNTRY, "nation": COUNTRY, "city": TOWN,
         "town": TOWN, "village": TOWN, "province": DIVISION, "state": DIVISION,
         "district": AREA, "square": TOWN}
# adjectives that keep a description: where in the country, what kind of town
ALLOWED_ADJ = {"eastern", "western", "northern", "southern", "central", "northeastern",
               "northwestern", "southeastern", "southwestern", "coastal", "port", "border",
               "whole", "entire", "same"}
TOWN_PRECISION = {"city", "point"}
# the precisions the text's earlier place must have for each told-again noun
ANTECEDENT_PRECISION = {TOWN: TOWN_PRECISION, DIVISION: {"admin1"},
                        AREA: {"city", "point", "admin2", "admin1", "region"},
                        THERE: {"city", "point", "admin2", "admin1", "region", "water",
                                "country"}}
CONFIDENCE = 0.5  # a description is less sure than a name
DESCRIPTION = "description"  # the mention's mark until an event takes it


def country_scope(p: PlaceMention, basis: str) -> bool:
    """Class *the country as a scope*: "across the country", "throughout
    the country" places the act it hangs on ("detained 300 people across
    the country"), but from another clause it gives the extent of
    something else ("banned the airline after accidents in the country",
    "the killing unleashed unrest across the country"): there it places
    nothing."""
    return VARIANTS["country_scope"] and p.basis == DESCRIPTION and \
        p.precision == "country" and basis != "trigger"


def _kind(tok: Token, places: list[PlaceMention]) -> str | None:
    """The description class of a noun, or None (module docstring)."""
    word = tok.lower_
    if tok.pos_ != "NOUN" or word not in HEADS or tok.dep_ in ("compound", "amod"):
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return None
    if any(c.dep_ in ("appos", "poss", "nummod") or (c.dep_ == "prep" and c.lower_ == "of")
           or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN") for c in kids):
        return None
    if tok.dep_ == "appos" or _named_beside(tok, places) or _named_in_phrase(tok, places):
        return None  # "the capital, Sanaa": the name beside it is the toponym
    if any(c.dep_ == "compound" and c.lower_ == "capital" for c in kids):
        return CAPITAL  # "the capital city"
    return HEADS[word]


def _named_in_phrase(tok: Token, places: list[PlaceMention]) -> bool:
    """The noun's own prepositional phrase holds a toponym: "the square in
    Valencia", "the village near Kano" (review51): the noun is placed by
    it, not told again. The phrase right after the noun counts when the
    parser hangs it on the verb ("attacked [the village] [near Kano]")."""
    doc = tok.doc
    after = [doc[tok.i + 1]] if tok.i + 1 < len(doc) else []
    for c in [*tok.children, *after]:
        obj = next((g for g in c.children if g.dep_ == "pobj"), None) \
            if c.dep_ == "prep" else None
        if obj is not None and any(p.start <= obj.idx < p.end for p in places):
            return True
    return False


def _named_beside(tok: Token, places: list[PlaceMention]) -> bool:
    """A toponym follows the noun after a comma: "the capital, Sanaa"."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    at = doc[tok.i + 2].idx
    named = next((p for p in places if p.start == at), None)
    if named is None:
        return False
    after = doc.char_span(named.end, named.end + 2, alignment_mode="expand")
    return after is None or after[0].text not in ("'s", "’s")  # not "the country, Uganda's"


def _demonym_country(tok: Token) -> str | None | bool:
    """The country of a demonym adjective ("the Greek capital"), None when
    there is none, False when another adjective rules the noun out."""
    country: str | None = None
    for c in tok.children:
        if c.dep_ not in ("amod", "compound") or c.lower_ == "capital":
            continue
        iso = gazetteer().demonym(c.text)
        if iso is not None:
            country = iso
        elif c.lower_ not in ALLOWED_ADJ:
            return False
    return country


def _mention(doc: Doc, tok: Token, place: Place | PlaceMention, precision: str) -> PlaceMention:
    first = min([tok.i, *(c.i for c in tok.children if c.i < tok.i)])
    span = doc[first:tok.i + 1]
    return PlaceMention(span.start_char, span.end_char, span.text, place.geonameid, place.name,
                        place.lat, place.lon, place.country, place.admin1, precision, CONFIDENCE,
                        basis=DESCRIPTION)


def _place_before(doc: Doc, places: list[PlaceMention], at: int, kind: str
                  ) -> PlaceMention | None:
    """The nearest earlier resolved place of the precision the noun takes,
    unless the story moved abroad since (``_moved_abroad``)."""
    wanted = ANTECEDENT_PRECISION[kind]
    before = [p for p in places if p.end <= at and p.geonameid is not None
              and p.precision in wanted]
    if not before or _moved_abroad(doc, places, before[-1], at):
        return None
    return before[-1]


def _moved_abroad(doc: Doc, places: list[PlaceMention], earlier: PlaceMention,
                  at: int) -> bool:
    """Class *a scene in another country told in between* (review51): a
    town or division of another country named after the antecedent as the
    object of a preposition ("in Kabul", "near Mumbai") ends its reach --
    "floods hit Sindh ... in India, rain flooded streets in Mumbai ...
    looters in the state" (not Sindh), "attacks in Balochistan ... a bomb
    exploded in Kabul ... troops sent to the province", "a raid in
    Maiduguri ... in Bavaria, floods ... arrests in the same town". A
    country, or a capital named as its government ("urged Kabul to hand
    over those responsible"), does not."""
    return any(earlier.end <= p.start and p.end <= at and p.geonameid is not None
               and p.precision not in ("country", "continent") and p.country
               and earlier.country and p.country != earlier.country and _scene(doc, p)
               for p in places)


def _scene(doc: Doc, p: PlaceMention) -> bool:
    """The place is the object of a preposition ("in Kabul")."""
    span = char_span(doc, p.start, p.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj"


def describe(doc: Doc, tok: Token, places: list[PlaceMention],
             country: str | None) -> PlaceMention | None:
    """The place a description noun stands for, or None."""
    kind = _kind(tok, places)
    if kind is None:
        return None
    demonym = _demonym_country(tok)
    if demonym is False:
        return None
    iso = demonym if isinstance(demonym, str) else country
    if kind in ANTECEDENT_PRECISION:
        earlier = _place_before(doc, places, tok.idx, kind)
        return None if earlier is None else _mention(doc, tok, earlier, earlier.precision)
    if iso is None:
        return None
    target = gazetteer().capitals().get(iso) if kind == CAPITAL else gazetteer().country(iso)
    if target is None:
        return None
    return _mention(doc, tok, target, "city" if kind == CAPITAL else "country")


def _there(tok: Token) -> bool:
    """"there" as an adverb of place on a verb other than "be"."""
    head = tok.head
    return tok.dep_ == "advmod" and head != tok and head.pos_ == "VERB" and \
        head.lemma_.lower() != "be"


def there_basis(tok: Token, trigger: Token, trigger_clause: Token) -> str | None:
    """The basis "there" gives an event: its own verb's (``trigger``), its
    clause's (``clause``: "no clashes were reported there"), else none."""
    if tok.head == trigger:
        return "trigger"
    return "clause" if tok.head == trigger_clause else None


def _there_places(doc: Doc, places: list[PlaceMention]) -> list[PlaceMention]:
    out = []
    for i in where_lower(doc, (THERE,)):
        tok = doc[i]
        earlier = _place_before(doc, places, tok.idx, THERE) if _there(tok) else None
        if earlier is not None:
            out.append(_mention(doc, tok, earlier, earlier.precision))
    return out


DEPLOY_VERBS = {"deploy", "redeploy", "send", "dispatch", "rush", "move", "station"}
DEPLOY_PREPS = {"to", "into", "in"}
AREA_NOUNS = ("area", "region")


def deployed_to(tok: Token) -> bool:
    """"the area" / "the region" (no other modifier) as the object of
    "to" / "into" / "in" on a verb that moves forces (module docstring)."""
    if tok.dep_ != "pobj" or tok.pos_ != "NOUN" or \
            [c.lower_ for c in tok.children] != ["the"]:
        return False
    prep = tok.head
    return prep.lower_ in DEPLOY_PREPS and prep.head.pos_ == "VERB" and \
        prep.head.lemma_.lower() in DEPLOY_VERBS


def _destination_places(doc: Doc, places: list[PlaceMention]) -> list[PlaceMention]:
    out = []
    for i in where_lower(doc, AREA_NOUNS):
        tok = doc[i]
        earlier = _place_before(doc, places, tok.idx, AREA) if deployed_to(tok) else None
        if earlier is not None:
            out.append(_mention(doc, tok, earlier, earlier.precision))
    return out


def description_places(doc: Doc, places: list[PlaceMention],
                       country: str | None) -> list[PlaceMention]:
    """Every description of the text resolved to a place, none overlapping
    a toponym (``country``: the article's main country). The head nouns
    are found on the attribute arrays (``where_lower``), not by a Token per
    word."""
    out = []
    for i in where_lower(doc, HEADS):
        tok = doc[i]
        found = describe(doc, tok, places, country)
        if found is not None and not any(p.start < found.end and found.start < p.end
                                         for p in places):
            out.append(found)
    return out + _there_places(doc, places) + _destination_places(doc, places)


def with_descriptions(doc: Doc, places: list[PlaceMention],
                      country: str | None) -> list[PlaceMention]:
    """The toponyms and the descriptions, in text order (the event-place
    rules' candidates)."""
    extra = description_places(doc, places, country)
    return places if not extra else sorted([*places, *extra], key=lambda p: p.start)
