"""Class *a division the text names as such, read as a foreign town of its
name* (issue 13, branch geo18).

A type word says a name is a division ("Nyanza province", "the district of
Karo", "the provinces of Nyanza and Western"), and ``type_levels.typed`` keeps
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

Class *a small foreign namesake for a local name* (geo28,
``foreign_small_towns``): a name the gazetteer holds only as a small town
abroad (under 100,000 people) when the article's place is another country
is most often a local name it lacks — a London street ("Piccadilly" read
as a hamlet in Australia), a Kenyan constituency ("Suba" read as Suva,
Fiji), a valley town of Pakistan's Swat ("Kalam" read as a town in India).
Such a pick lies in a country no other name of the article lies in, and
that no demonym, state actor or other name's candidate says, while two
others name the main country; it is dropped to ``vicinity`` like the
class above, unless it stands in a list whose names span countries ("the
Zaire, Bundibugyo and Sudan strains": the list goes abroad).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from spacy.tokens import Doc

from eventwire.stages.geo.build import key
from eventwire.stages.geo.gazetteer import Place, gazetteer
from eventwire.stages.geo.recognize import Mention
from eventwire.stages.geo.type_levels import TYPE_LEVELS, type_word

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


SMALL_TOWN = 100_000  # a town pick below this many people may be a far namesake


def _country_said(country: str | None, mentions: Sequence[Mention], skip: set[int],
                  seeds: Collection[str]) -> bool:
    """The article says the country some other way: a demonym or a state
    actor ("Nigerien forces patrolled around Diffa"; ``seeds``) or a name
    one of whose candidates is the country, whatever it was resolved to
    ("near Tillaberi in Niger", with Niger read as the Nigerian state)."""
    return country in seeds or any(
        p.feature == "country" and p.country == country
        for j, m in enumerate(mentions) if j not in skip for p in m.candidates)


def _demonym_beside(doc: Doc, mention: Mention, country: str | None) -> bool:
    """A word of the mention's sentence is the country's demonym ("Nigerien
    forces patrolled around Diffa", where the NER model tagged no NORP); read
    only for a pick about to be dropped."""
    gaz = gazetteer()
    return any(tok.text[:1].isupper() and gaz.demonym(tok.text) == country
               for tok in doc[mention.start].sent)


def foreign_small_towns(doc: Doc, mentions: Sequence[Mention], picks: Sequence[Place | None],
                        groups: Sequence[int], seeds: Collection[str]) -> set[int]:
    """Indices of mentions whose pick is a small town in a country no other
    name of the article lies in or says, abroad of its main country, and
    not in a list that names another country (module docstring); ``groups``:
    the list group of each mention (``component.list_groups``); ``seeds``:
    the countries the article's demonyms and state actors name."""
    out: set[int] = set()
    for i, pick in enumerate(picks):
        if pick is None or pick.feature != "city" or pick.population >= SMALL_TOWN:
            continue
        same = {j for j, m in enumerate(mentions) if (q := picks[j]) is not None
                and q.geonameid == pick.geonameid and key(m.text) == key(mentions[i].text)}
        country = _main_country(picks, same)
        if country is None or pick.country == country or _named_elsewhere(pick, picks, same) \
                or _country_said(pick.country, mentions, same, seeds):
            continue
        if any(groups[j] == groups[i] and (q := picks[j]) is not None and q.country != country
               for j in range(len(mentions)) if j not in same):
            continue  # a list that spans countries
        if not _demonym_beside(doc, mentions[i], pick.country):
            out |= same
    return out
