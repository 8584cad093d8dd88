"""Class *a local story whose places only the place stage resolves*
(issue #12, branch recip55).

A court or police story about one town ("Hawaiian Gardens", "Bellflower",
"Preston Crown Court", "Millom Pier", "Albany County") often never names its
country, and the NER tags its towns as organisations or facilities, or not
at all, so neither the actor mentions (``home.story_country``) nor the
NER's GPE votes (``agents.local_country``) give a story country: the people
acted on ("the defendant", "a 10-year-old girl", "Jenkin") stay without one,
while the guide labels a pronoun or role noun with the country of whom it
stands for, and unnamed domestic people with the story's country.

The place stage (which runs before the events stage) has already resolved
those towns against the gazetteer with its own context; the country its
resolved places name is the story's when it is named at least
``MIN_PLACES`` times and at least twice as often as any other country (one
misresolved word, "Northeast" read as a place abroad, must not decide a
story). Read once per text, only when both earlier sources gave nothing.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from eventwire.nlp.extensions import get_list

# resolved place mentions a country needs before it is the story's
MIN_PLACES = 2
# ... and how many times more than the next country
MAJORITY = 2


def placed_country(doc: Doc) -> str | None:
    """The country the place stage's resolved places name most, when it is
    named ``MIN_PLACES`` times and ``MAJORITY`` times as often as any
    other; ``None`` without the place stage (its list is then empty)."""
    places = get_list(doc, "place_mentions")
    votes = Counter(p.country for p in places if p.country and p.geonameid is not None)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < MIN_PLACES:
        return None
    if len(ranked) > 1 and ranked[0][1] < MAJORITY * ranked[1][1]:
        return None
    return ranked[0][0]
