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

from spacy.tokens import Doc

from eventwire.models import ActorMention
from eventwire.nlp.spans import SpanIndex
from eventwire.stages.actors.home import SPONSOR_RULE

MIN_VOTES = 2


def _place_country(name: str) -> str | None:
    from eventwire.stages.geo.gazetteer import gazetteer

    found = gazetteer().candidates(name)
    return found[0].country if found else None


def places_country(doc: Doc, mentions: list[ActorMention], min_votes: int = MIN_VOTES
                   ) -> str | None:
    """The story's country from its states, nationalities and named places."""
    votes: Counter[str] = Counter()
    for m in mentions:
        if m.kind == "state" and m.country and SPONSOR_RULE not in m.rule:
            votes[m.country] += 1
    states = SpanIndex([(m.start, m.end) for m in mentions if m.kind == "state" and m.country])
    for ent in doc.ents:
        if ent.label_ != "GPE" or states.overlapping(ent.start_char, ent.end_char):
            continue
        if (country := _place_country(ent.text)) is not None:
            votes[country] += 1
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < min_votes:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]
