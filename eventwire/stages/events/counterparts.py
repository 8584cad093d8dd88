"""Class *a body the text leaves without a country does not act on its own
state as on a foreign one* (issue #12, branch actors34).

A bare state body -- "the government", "the foreign ministry", "the
committee" -- is given the country the story names most
(``home.home_country``). In a story between two states the most-named one
is often the other party, the one the body acts on:

* "The federal government accused Kenya of sheltering the fighters" (a
  Somali story that names Kenya more often than Somalia);
* "The foreign ministry summoned the Bolivian ambassador" (Chile's);
* "The committee ordered the expulsion of Indian diplomats" (Pakistan's);
* "His government would suspend relations with Venezuela" (Panama's).

When such a body is the actor of a relation between states (an accusation,
a demand, a sanction, a threat, a rejection) whose recipient is a state
named as such ("Kenya", "Moscow") or a state's officials named by their
nationality ("the Bolivian ambassador"), and the body's country is that
recipient's, the body is of the story's next most-named country instead --
if that one is a party of the story (named at least twice, as the story's
own country must be) and named more than any third. Every event of the same body takes
the same country ("the foreign ministry recalled its ambassador, called
Canada's statement ... and warned ..."). A domestic act stays with the
story's country: "the government accused Kenyan opposition leaders" (no
state, no officials), "the government offered Transnistria autonomy" (an
offer is no relation of the five kinds), and so does a domestic story that
names a neighbour once ("observers from Uganda watched the count ... the
president urged Kenya to stay calm").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from eventwire.models import ActorMention, EventMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import get_list
from eventwire.stages.actors.home import (
    HOME_MIN_MENTIONS,
    STORY_MARKS,
    country_votes,
    story_country,
)
from eventwire.stages.actors.record_sectors import STATE_SECTORS
from eventwire.stages.actors.resolver_features import rule_parts
from eventwire.stages.actors.states import place_name

# relations between states that a state does not hold with itself
RELATIONS = frozenset({"ACCUSE", "REQUEST", "SANCTION", "THREATEN", "REJECT"})
RESOLVER_MARK = "+resolver"
COUNTERPART_MARK = "+counterpart"
# a state's officials named by nationality: "the Kenyan envoy", "Indian diplomats"
OFFICIALS = frozenset({"GOV"})
# the other state must be a party of the story as the story's own country is
# (``home.HOME_MIN_MENTIONS``): a domestic story that names a neighbour once
# ("observers from Uganda watched ... The president urged Kenya to stay calm")
# is no story between two states
MIN_VOTES = HOME_MIN_MENTIONS
# who acts for a state: a body named by a common noun ("the ministry") or a
# person ("Foreign Minister Devi Rai"); not an organisation's proper name the
# KB lacks ("the FDA", a breakaway region's name), nor the opposition, rebels
# or civilians, who act on their own state ("the opposition denounced Chad")
STATE_KINDS = frozenset({"agent", "person"})
PARSE_RULE = "parse"
# a body of a region, province or town acts on its own capital as on another
# power ("the regional government accused Baghdad", "the state governor
# asked Mexico City", "the provincial council accused Addis Ababa"): no
# relation between states
SUBNATIONAL = frozenset({"regional", "region", "provincial", "province", "state", "local",
                         "municipal", "county", "city", "district", "town", "autonomous",
                         "breakaway", "separatist", "semi-autonomous"})


def _state_kind(m: ActorMention) -> bool:
    """A body named by a common noun or a person; a mention the parse made
    ("the committee": no kind) only when its head word is a common noun
    (a proper name there may be any organisation or region)."""
    if m.kind in STATE_KINDS:
        return True
    words = m.text.split()
    return m.kind is None and rule_parts(m.rule)[0] == PARSE_RULE and bool(words) and \
        words[-1][:1].islower()


def subnational(doc: Doc, m: ActorMention) -> bool:
    """Whether the mention or a modifier of its head before it names a
    region's or town's body (``SUBNATIONAL``: "the regional government",
    "the state governor")."""
    span = char_span(doc, m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    words = {t.lower_ for t in span} | {t.lower_ for t in span.root.lefts}
    return bool(words & SUBNATIONAL)


def story_given(doc: Doc, m: ActorMention) -> bool:
    """Whether the mention is a state's body or officer whose country came
    from the story's, not from its own words: a body or person the KB does
    not know, placed by ``home``/``in_story_country`` (or by the resolver's
    story candidate)."""
    if m.actor_id is not None or not m.country or not _state_kind(m):
        return False
    if not m.sectors or not set(m.sectors) <= STATE_SECTORS:
        return False
    base, *marks = rule_parts(m.rule)
    parts = set(marks)
    if base == "pronoun":
        return False
    return bool(parts.intersection(STORY_MARKS)) or (
        RESOLVER_MARK in parts and m.country == story_country(doc))


def _demonym_of_officials(doc: Doc, m: ActorMention) -> bool:
    """A demonym on an officials' noun the mention leaves out ("Indian" of
    "Indian defence advisers", GOV by ``states.state_sectors``)."""
    span = char_span(doc, m.start, m.end, alignment_mode="expand")
    return span is not None and bool(m.sectors) and \
        (span.root.pos_ == "ADJ" or span.root.dep_ in ("amod", "compound"))


def named_state(doc: Doc, m: ActorMention | None) -> bool:
    """A recipient that names its state: the state or its capital written
    as a place ("Kenya", "Moscow"; not its people, "Kenyans") or its
    officials by their nationality ("the Bolivian ambassador", "Indian
    diplomats", or the demonym alone when the parse cut it from them)."""
    if m is None or not m.country or rule_parts(m.rule)[0] == "pronoun":
        return False
    if m.kind == "state":  # written as a place, not as its people ("Kenyans", "Somalis")
        return place_name(m) or (set(m.sectors) <= OFFICIALS and _demonym_of_officials(doc, m))
    return rule_parts(m.rule)[0] == "compound" and bool(m.sectors) and \
        set(m.sectors) <= OFFICIALS and (m.actor_id or "").startswith("cameo:")


Votes = tuple[dict[str, float], dict[str, int]]


def rival_country(votes: Votes, not_this: str) -> str | None:
    """The story's most-named country other than ``not_this``, if named at
    least ``MIN_VOTES`` and more than any third country (a story between
    three states that names two of them alike says not which one the body
    is of); ``votes`` is ``home.country_votes`` of the document, counted once."""
    counts, _ = votes
    others = sorted((v for c, v in counts.items() if c != not_this), reverse=True)
    if not others or others[0] < MIN_VOTES or (len(others) > 1 and others[1] == others[0]):
        return None
    return next(c for c, v in counts.items() if c != not_this and v == others[0])


def _key(m: ActorMention) -> tuple[int, int, str | None]:
    return (m.start, m.end, m.country)


def place_counterparts(doc: Doc, events: Sequence[EventMention]) -> None:
    """Give a story-placed actor that acts on its own state as on a foreign
    one the story's other country, in every event it is the actor of."""
    moved: dict[tuple[int, int, str | None], str] = {}
    votes: Votes | None = None  # counted once per document, at the first candidate
    for e in events:
        a, r = e.actor, e.recipient
        if e.type not in RELATIONS or a is None or r is None or a.country != r.country:
            continue
        if _key(a) in moved or not named_state(doc, r) or not story_given(doc, a) or \
                subnational(doc, a):
            continue
        if votes is None:
            votes = country_votes(get_list(doc, "actor_mentions"))
        rival = rival_country(votes, str(a.country))
        if rival is not None:
            moved[_key(a)] = rival
    if not moved:
        return
    for e in events:
        a = e.actor
        if a is not None and _key(a) in moved and story_given(doc, a):
            e.actor = replace(a, country=moved[_key(a)], rule=a.rule + COUNTERPART_MARK)
