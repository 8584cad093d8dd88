"""Class *a story that names its towns, not its state*: an article about a
riot in "Brooklyn" and "East Flatbush", or a protest "in Buenos Aires",
often never names its country, or names it no more often than a country
merely mentioned (a name misread as one). When the actor mentions give no
story country (``home.home_country``), the places the NER tags (GPE) vote
too, each for the country of its most populous gazetteer entry: the
country with at least ``MIN_VOTES`` votes, more than any other, is the
story's.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from eventwire.models import ActorMention
from eventwire.nlp.arrays import where_lower
from eventwire.nlp.extensions import ents_of
from eventwire.nlp.spans import SpanIndex
from eventwire.stages.actors.home import SPONSOR_RULE
from eventwire.stages.actors.navies import SHIP_RULE

MIN_VOTES = 2


def _place_country(name: str) -> str | None:
    from eventwire.stages.geo.gazetteer import gazetteer

    found = gazetteer().candidates(name)
    return found[0].country if found else None


def places_country(doc: Doc, mentions: list[ActorMention], min_votes: int = MIN_VOTES,
                   forces: bool = False) -> str | None:
    """The story's country from its states, nationalities and named places
    (``forces``: and the towns of its local forces, :func:`force_towns`)."""
    votes: Counter[str] = Counter()
    for m in mentions:
        if m.kind == "state" and m.country and SPONSOR_RULE not in m.rule:
            votes[m.country] += 1
    # a ship's name ("INS Tabar") is no place, though spaCy may tag it GPE
    states = SpanIndex([(m.start, m.end) for m in mentions
                        if m.kind == "state" and m.country or m.rule == SHIP_RULE])
    for ent in ents_of(doc):
        if ent.label_ != "GPE" or states.overlapping(ent.start_char, ent.end_char):
            continue
        if (country := _place_country(ent.text)) is not None:
            votes[country] += 1
    for town in force_towns(doc, mentions) if forces else []:
        if not states.overlapping(town.start_char, town.end_char) and \
                (country := _town_country(doc, town)) is not None:
            votes[country] += 1
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < min_votes:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


# the nouns of a town's own force or office ("Staunton police", "the Tulsa
# Police Department", "the Leeds City Council")
FORCE_NOUNS = {"police", "sheriff", "constabulary", "council", "mayor"}
# capitalised words before "Police" that name a kind of force, not a town
NOT_TOWNS = {"federal", "national", "state", "metropolitan", "capitol", "border", "military",
             "secret", "religious", "transit", "port", "park", "riot",
             "traffic", "royal", "special", "judicial", "tourist", "local", "police"}
# a word alone before "Council" that names a kind of council ("Supreme Council",
# "Olympic Council"), each also some small place's name in the gazetteer; only
# alone: "Grand Prairie police", "Grand Junction Police" name their towns
NOT_TOWNS_ALONE = {"supreme", "olympic", "central", "grand", "village", "research", "peace",
                   "unity", "executive", "legislative", "revolutionary", "transitional",
                   "sovereign", "security"}
# "Leeds City Council", "Orange County Sheriff": the kind of place, not its name
TOWN_KINDS = {"city", "county", "town", "district"}


def _town_country(doc: Doc, town: Span) -> str | None:
    """The country of a town :func:`force_towns` found, read with the kind
    of place it left out when the gazetteer knows the two together: "Essex
    County Sheriff" is of "Essex County" (USA), not of the bare name's most
    populous place ("Essex", England; "Bay", a region of Somalia); a name
    the gazetteer does not know with its kind ("Leeds City") is read alone,
    and so is a "County Council" (how Britain and Ireland name a county's
    council: "Kent County Council" is of Kent, not of Kent County, Michigan)."""
    kind = town.end < len(doc) and doc[town.end].lower_ in TOWN_KINDS
    if kind and not (doc[town.end].lower_ == "county" and town.end + 1 < len(doc)
                     and doc[town.end + 1].lower_ == "council") and \
            (country := _place_country(doc[town.start:town.end + 1].text)) is not None:
        return country
    return _place_country(town.text)


def force_towns(doc: Doc, mentions: list[ActorMention]) -> list[Span]:
    """Class *a local force named by its town*: "Staunton police arrested",
    "the Tulsa Police Department said", "Orange County sheriff's deputies" -- the
    capitalised proper nouns just before a force noun name the town the
    story is in; words that name a kind of force ("Federal Police",
    "Capitol Police", "Metropolitan Police") are not towns, nor a person, a
    nationality or an actor the KB knows ("Hamas police")."""
    known = SpanIndex([(m.start, m.end) for m in mentions if m.actor_id or m.country])
    towns: list[Span] = []
    for i in where_lower(doc, FORCE_NOUNS):  # the force nouns' positions, no Token per word
        tok = doc[i]
        start = tok.i
        while start > tok.sent.start and doc[start - 1].pos_ == "PROPN" and \
                doc[start - 1].is_title:
            start -= 1
        end = tok.i - 1 if tok.i > start and doc[tok.i - 1].lower_ in TOWN_KINDS else tok.i
        span = doc[start:end]
        if not len(span) or {t.lower_ for t in span} & NOT_TOWNS or \
                len(span) == 1 and span[0].lower_ in NOT_TOWNS_ALONE or \
                span.root.ent_type_ in ("PERSON", "NORP") or \
                known.overlapping(span.start_char, span.end_char):
            continue
        towns.append(span)
    return towns
