"""Class *a capital's namesake town*: "a fire at the Waitrose store in
Wellington, Somerset", "police in London, Ontario", "a shooting in Moscow,
Idaho". The knowledge base reads a capital's name as its state ("Wellington"
NZL GOV), and a story that names no state then takes the capital's country
as its own (``home.home_country``: capitals vote as states; with no other
country named, ``_sole_country``), so its police, courts and unknown people
go abroad. When the text never names the capital's state (no state name, no
nationality), while the other places it names -- towns and regions, not
capitals -- all lie in one other country, and the gazetteer knows a place of
the capital's name in that country, the name is that country's town: each
of its mentions is recoded to the town's country with no sector (a town is no
body) and votes for that country as any place the story names -- unless
the capital is the subject of a verb ("Paris condemned the shootings in
Dallas": the state speaking through its seat, review94).

Why the guide labels so: a bare agent is of the side it belongs to, police
of the place they act in ("Actor decisions across the record sets
(actors41)", docs/annotation.md); the gold codes the Somerset story's police,
court and accused GBR in every set that has it.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from eventwire.models import ActorMention
from eventwire.nlp.extensions import ents_of
from eventwire.nlp.spans import head_token
from eventwire.stages.actors.kb import normalise

NAMESAKE_RULE = "+namesake"
# the feature a gazetteer row has when it names a state itself
COUNTRY_FEATURE = "country"
# a namesake is a town people live in, not a hamlet of the name: below this
# many inhabitants a place called "Moscow" or "Paris" in a state the story
# names is no evidence that the story is there
NAMESAKE_MIN_POPULATION = 5000


def _capital_country(name: str) -> str | None:
    """The country whose capital ``name`` is, when the gazetteer's entries
    of that name include a capital and the name is no state's own name."""
    from eventwire.stages.geo.gazetteer import gazetteer

    found = gazetteer().candidates(name)
    if any(c.feature == COUNTRY_FEATURE for c in found):
        return None
    return next((c.country for c in found if c.capital), None)


def _has_namesake(name: str, country: str) -> bool:
    """Whether the gazetteer knows a town called ``name`` in ``country``
    (at least ``NAMESAKE_MIN_POPULATION`` inhabitants)."""
    from eventwire.stages.geo.gazetteer import gazetteer

    return any(c.country == country and (c.population or 0) >= NAMESAKE_MIN_POPULATION
               for c in gazetteer().candidates(name))


def _town_country(name: str) -> str | None:
    """The country of a place the story names that is no capital and no
    state: its most populous gazetteer entry's, or None for a capital, a
    state ("Moscow accused Ukraine": Moscow is the state's seat, Ukraine the
    other party, not a region around a namesake) or an unknown name."""
    from eventwire.stages.geo.gazetteer import gazetteer

    found = gazetteer().candidates(name)
    if not found or found[0].capital or any(c.feature == COUNTRY_FEATURE for c in found) or \
            any(c.capital and normalise(c.name) == normalise(name) for c in found):
        return None
    return found[0].country


def _capitals(mentions: list[ActorMention]) -> dict[str, str]:
    """The capitals read as states: normalised name -> the state's country."""
    out: dict[str, str] = {}
    for m in mentions:
        key = normalise(m.text)
        if m.kind == "state" and m.country and key not in out and \
                _capital_country(m.text) == m.country:
            out[key] = m.country
    return out


def _state_named(mentions: list[ActorMention], capitals: dict[str, str], country: str) -> bool:
    """Whether any mention other than a capital's name gives ``country``
    (its state's name, a nationality, a body of it)."""
    return any(m.country == country and normalise(m.text) not in capitals for m in mentions)


def _town_votes(doc: Doc, capitals: dict[str, str]) -> Counter[str]:
    """The countries of the places the text names that are not capitals."""
    votes: Counter[str] = Counter()
    for ent in ents_of(doc):
        if ent.label_ in ("GPE", "LOC") and normalise(ent.text) not in capitals and \
                (country := _town_country(ent.text)) is not None:
            votes[country] += 1
    return votes


def _speaks_as_state(doc: Doc, mentions: list[ActorMention], key: str) -> bool:
    """A mention of the capital is the subject of a verb ("Paris condemned
    the shootings in Dallas", "London criticised the arrests in Toronto"):
    the state speaking through its seat, not a town (review94)."""
    for m in mentions:
        tok = head_token(doc, m) if normalise(m.text) == key else None
        if tok is not None and tok.dep_ == "nsubj":
            return True
    return False


def namesake_capitals(doc: Doc, mentions: list[ActorMention]) -> None:
    """Recode the mentions of a capital's name that stand for a namesake town
    of the one other country the story's places lie in (module docstring)."""
    capitals = _capitals(mentions)
    if not capitals:
        return
    votes = _town_votes(doc, capitals)
    ranked = votes.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return
    town_country = ranked[0][0]
    for key, country in capitals.items():
        if country == town_country or votes[country] or \
                _state_named(mentions, capitals, country) or \
                _speaks_as_state(doc, mentions, key):
            continue
        for m in mentions:
            if normalise(m.text) == key and _has_namesake(m.text, town_country):
                m.country, m.sectors, m.actor_id = town_country, [], None
                m.rule += NAMESAKE_RULE
