"""Class *a division the text names as such, read as a foreign town of its
name* (issue 13, branch geo18).

A type word says a name is a division ("Nyanza province", "the district of
Karo", "the provinces of Nyanza and Western"), and ``context.typed`` keeps
only the division candidates when there are any. When the gazetteer holds
no division of that name (Kenya's former provinces, Indonesia's regencies:
``cities500`` has towns and first-level divisions only), every candidate
left is a town, and the ranker takes a namesake town abroad: Nyanza, a
Rwandan town, for Kenya's Nyanza province (583 km); Kāro in India for the
Karo regency of North Sumatra (2,664 km). A town is not a province, so a
town pick is kept only when it lies in the article's main country (a
town named after its own district, "the district of Kisumu" beside Kenyan
towns, is near enough) or in a country another name of the article lies
in (the story goes there: a district beside its country's name);
in a country the article names nowhere else it is dropped and the
mention is placed by ``vicinity.py`` (its sentence or the article's
main-country centre), with no id. The same name said again untyped ("in Nyanza") is the same
place (one sense per article) and is dropped with it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from eventwire.stages.geo.build import key
from eventwire.stages.geo.context import TYPE_LEVELS, type_word
from eventwire.stages.geo.gazetteer import Place
from eventwire.stages.geo.recognize import Mention

DIVISION_LEVELS = ("admin1", "admin2")
MIN_COUNTRY_NAMES = 2  # the main country must be named by this many other names


def _main_country(picks: Sequence[Place | None], skip: set[int]) -> str | None:
    """The country most of the article's other picks lie in (named by two
    names at least), else ``None``."""
    counts = Counter(p.country for i, p in enumerate(picks)
                     if i not in skip and p is not None and p.country)
    if not counts:
        return None
    country, n = counts.most_common(1)[0]
    return country if n >= MIN_COUNTRY_NAMES else None


def _named_elsewhere(pick: Place, picks: Sequence[Place | None], skip: set[int]) -> bool:
    """Another name of the article lies in the pick's country: the story
    goes there ("the Dairi district" in a story that also names Ivory
    Coast reads Dahiri there), so the town may well be the division's seat."""
    return any(p is not None and p.country == pick.country
               for i, p in enumerate(picks) if i not in skip)


def foreign_division_towns(doc: Doc, mentions: Sequence[Mention],
                           picks: Sequence[Place | None]) -> set[int]:
    """Indices of mentions whose town pick stands for a division the text
    types as such, abroad of the article's main country (module docstring),
    with every other mention of the same name and the same pick."""
    typed = {i for i, m in enumerate(mentions)
             if (p := picks[i]) is not None and p.feature == "city"
             and (word := type_word(doc, m.start, m.end)) is not None
             and TYPE_LEVELS[word] == DIVISION_LEVELS}
    out: set[int] = set()
    for i in typed:
        pick = picks[i]
        names = {key(mentions[i].text)}
        same = {j for j, m in enumerate(mentions)
                if key(m.text) in names and (q := picks[j]) is not None
                and pick is not None and q.geonameid == pick.geonameid}
        country = _main_country(picks, same)
        if pick is not None and country is not None and pick.country != country \
                and not _named_elsewhere(pick, picks, same):
            out |= same
    return out
