"""Class *the victims of an attack are of the scene's country* (issue #12,
recodes18).

"a drone strike on a market near Idlib killed three civilians", "militants
ambushed policemen at a checkpoint in Zahedan", "the raid on a base near
Gao killed twelve soldiers": the people an attack kills or wounds, named
bare ("civilians", "two men", "policemen", "soldiers"), are of the place
where the attack falls (the record sets code the scene's police, soldiers and
civilians so). The actor stage gives a bare agent the story's
country (``home.locate_bare_agents``, ``agents.in_story_country``), which in
a story about a cross-border strike is often the attacker's. Once the
event's place is chosen from the trigger's own clause or sentence, a
victim whose country came from the story takes the place's country instead.
Only the story-given country is replaced: a victim the text places itself
("Syrian civilians", "Lebanon's health ministry said two Lebanese") keeps it;
a place chosen as the article's focus or dateline says nothing new.

Class *unnamed people are of the place where they act* (people34): the
same holds for the unnamed civilians any act is done by or to -- the
people arrested, the protesters who gather, the residents who block a road
(:func:`people_at_place`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Doc

from eventwire.models import ActorMention, EventMention, PlaceMention
from eventwire.nlp.extensions import get_list
from eventwire.stages.actors.body_names import body_heads, head_noun
from eventwire.stages.actors.home import STORY_MARKS, outsider_words, state_force_home
from eventwire.stages.actors.record_sectors import STATE_SECTORS
from eventwire.stages.events.agents import VISITORS
from eventwire.stages.geo.scan import STRICT_LOCATIVE

# event types that fall on people where they happen
SCENE_TYPES = frozenset({"ASSAULT"})
# sectors of the people an attack falls on: civilians, and the police and
# soldiers of the place it falls on
VICTIM_SECTORS = frozenset({"CVL", "PPL", "COP", "MIL"})
# sectors of the unnamed people any act is done by or to: civilians first
# (people34), beside them perhaps a side or a trade ("protesters" CVL OPP,
# "suspects" CVL CRM), but no office of a state
PEOPLE_SECTORS = frozenset({"CVL", "PPL"})
# a state's offices or a body of states
OFFICE_SECTORS = STATE_SECTORS | {"IGO"}
# class *people named as newcomers to where they are* (review73): migrants,
# tourists, pilgrims, visitors are by their name not of the place they are in
# (the record sets code migrants REF with no country or their own: Uzbek
# migrant workers near Moscow); beside agents.VISITORS and home.OUTSIDERS
NEWCOMERS = frozenset({
    "migrant", "migrants", "immigrant", "immigrants", "emigrants", "asylum", "tourist",
    "tourists", "pilgrim", "pilgrims", "visitor", "visitors", "traveller", "travellers",
    "traveler", "travelers", "holidaymakers", "expats", "expatriates", "foreigner"})
# a place name within a locative phrase: the preposition's object, or a
# name modifying it ("the Dosso region", "the town of Berehove")
# prepositions of where people are (review73): the geo stage's locatives
# without those of a way or an end ("marched to Colombia", "crossed into
# Chad", "came from Syria": the people are not of that place)
DIRECTION_PREPS = frozenset({"into", "towards", "toward", "via"})
POSITION_PREPS = frozenset(STRICT_LOCATIVE) - DIRECTION_PREPS
# "the town of Berehove": the of-phrase names the noun it hangs on
OF_PREP = "of"
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "appos", "poss"})
LOCATIVE_STEPS = 3
# what the tagger calls a place: states and towns, other regions, sites
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
STORY_RULES = STORY_MARKS  # the rule suffixes of a country taken from the story
# the place bases that come from the event's own sentence
LOCAL_BASES = frozenset({"trigger", "clause", "sentence"})
SCENE_RULE = "+scene"
# class *a jurisdiction's own agents* (actors40): police, coast guards,
# courts, judges and prosecutors act only within their own state's reach
# ("police detained two men in Ohrid", "a court in Tetovo ordered"), so,
# named bare, they are of the state where they act; not soldiers or
# officials, who act abroad too ("troops crossed into", "the minister
# visited Riyadh")
JURISDICTION_SECTORS = frozenset({"COP", "JUD"})
# sectors of trades only people have: labour, farming and fishing (recips20)
PEOPLE_TRADES = frozenset({"LAB", "AGR"})
TRADE_RULE = "+harmed"
AGENT_RULE = "agent"


def _story_given(m: ActorMention) -> bool:
    """A bare agent noun ("civilians", "two men") whose country the story gave."""
    return m.rule.startswith(AGENT_RULE) and any(r in m.rule for r in STORY_RULES) \
        and not m.actor_id


class SceneStates(NamedTuple):
    """What the scene rule reads of the doc's actor mentions, gathered in
    one pass per doc (review18: the rule scanned every mention twice per
    event): the countries the text names through a state or a demonym, and
    the character ranges of the mentions that carry a country."""

    named: frozenset[str]
    located: tuple[tuple[int, int, str], ...]


def scene_states(doc: Doc) -> SceneStates:
    """The doc's :class:`SceneStates`, built by :func:`victims_at_scene`
    once before its loop over the events."""
    mentions = get_list(doc, "actor_mentions")
    named = frozenset(m.country for m in mentions if m.country and (
        m.kind == "state" or m.rule.startswith("ner-NORP")))
    return SceneStates(named, tuple((m.start, m.end, m.country) for m in mentions if m.country))


def _named(states: SceneStates, country: str) -> bool:
    """The text names the place's country through an actor (a state, its
    capital, a demonym): a place resolved into a country the article never
    names ("Georgia" read as the US state) is not trusted."""
    return country in states.named


def _other_state(states: SceneStates, place: PlaceMention) -> bool:
    """The place's words are an actor of another country ("Police in
    Georgia": the state, not the US state the gazetteer may pick)."""
    return any(start < place.end and place.start < end and country != place.country
               for start, end, country in states.located)


def scene_country(doc: Doc, event: EventMention,
                  states: SceneStates | None = None) -> ActorMention | None:
    """The event's recipient, with the country of the event's place when it
    is a victim whose country came from the story (module docstring);
    ``states``: the doc's :func:`scene_states`, read here when not given.
    Beside an attack's victims (any of ``VICTIM_SECTORS``), the unnamed
    civilians of any act (``PEOPLE_SECTORS``) are placed so too
    (:func:`people_at_place`)."""
    if event.type in SCENE_TYPES:
        placed = _placed(doc, event.recipient, event.place, _victim, states)
        if placed is not event.recipient:
            return placed
    if event.place is None or _newcomers(event.recipient) or not _locative(doc, event.place):
        return event.recipient
    return _placed(doc, event.recipient, event.place, _civilian, states)


def people_at_place(doc: Doc, event: EventMention,
                    states: SceneStates | None = None) -> ActorMention | None:
    """Class *unnamed people are of the place where they act* (issue #12,
    people34): "hundreds of protesters gathered outside the parliament in
    Yerevan", "residents blocked the road into Goma", "a farmer fired at the
    inspectors near Cork": people named only by a common noun, whose country
    the story gave (often the other party's: Azerbaijan in a story about its
    dispute with Armenia), are of the country of the event's own place when
    the trigger's clause or sentence names one. The event's actor, coded by
    the recipient's rule (:func:`scene_country`, ``PEOPLE_SECTORS``).
    A jurisdiction's own agents (``JURISDICTION_SECTORS``, actors40: "police
    detained two men in Ohrid", "the coast guard boarded the tanker off
    Porvoo") are placed so too, a dependent territory's police given to its
    sovereign (``home.state_force_home``)."""
    if event.place is None or _newcomers(event.actor) or not _locative(doc, event.place):
        return event.actor
    placed = _placed(doc, event.actor, event.place, _civilian, states)
    if placed is event.actor:
        placed = _placed(doc, event.actor, event.place, _jurisdictional, states)
        if placed is not None and placed is not event.actor and placed.country:
            # police of a dependent territory are its sovereign's (actors36)
            placed.country = state_force_home(placed.sectors, placed.country)
    return placed


def _newcomers(r: ActorMention | None) -> bool:
    """``r`` is named as people come from elsewhere ("hundreds of migrants",
    "a group of pilgrims", "foreign tourists", "visiting students"): the
    place where they are is not their country."""
    if r is None:
        return False
    words = set(r.text.lower().split())
    return bool(words & NEWCOMERS or words & VISITORS or outsider_words(r.text))


def _locative(doc: Doc, place: PlaceMention) -> bool:
    """The place is named in a locative phrase: the object of a preposition
    of position (``POSITION_PREPS``: "in Yerevan", "near the Dosso region",
    "outside Goma", "in the town of Berehove"), itself or through the noun
    it modifies -- not the end or the start of a way ("marched to Colombia",
    "crossed into Chad", "returned from Syria": review73), nor a name the
    gazetteer read into a word that is no place where anyone is ("tossed in
    Molotov cocktails": the tagger does not read the name as a place).

    Class *a town the tagger misreads* (actors40): the small model tags
    many towns it has not seen as a person or an organisation ("gathered
    outside the parliament building in Yerevan": Yerevan PERSON, "protested
    in Tetovo"). A proper noun the geo stage resolved as the place, standing
    itself as the object of the preposition (or of "the town of"), is
    locative whatever its tag; only the climb through a noun it modifies
    ("Molotov cocktails") still needs the tagger's place label."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    tagged = span.root.ent_type_ in PLACE_LABELS
    if not tagged and span.root.pos_ != "PROPN":
        return False
    tok = span.root
    for _ in range(LOCATIVE_STEPS):
        if tok.dep_ == "pobj":
            prep = tok.head.lower_
            if prep in POSITION_PREPS:
                return True
            if prep != OF_PREP:
                return False
            tok = tok.head.head
        elif tagged and tok.dep_ in MODIFIER_DEPS and tok.head is not tok:
            tok = tok.head
        else:
            return False
    return tok.dep_ == "pobj" and tok.head.lower_ in POSITION_PREPS


def _jurisdictional(r: ActorMention) -> bool:
    """A jurisdiction's own agents: every sector of ``r`` is
    ``JURISDICTION_SECTORS`` ("police", "the coast guard", "a judge")."""
    return bool(r.sectors) and set(r.sectors) <= JURISDICTION_SECTORS


def _victim(r: ActorMention) -> bool:
    """An attack's victims: all of ``r``'s sectors are ``VICTIM_SECTORS``."""
    return bool(r.sectors) and set(r.sectors) <= VICTIM_SECTORS


def _civilian(r: ActorMention) -> bool:
    """Unnamed people (``PEOPLE_SECTORS``): ``r``'s first sector is a
    civilian's and none is a state office's ("protesters" CVL OPP, not
    "police" or "officials")."""
    return bool(r.sectors) and r.sectors[0] in PEOPLE_SECTORS \
        and not set(r.sectors) & OFFICE_SECTORS


def _placed(doc: Doc, r: ActorMention | None, place: PlaceMention | None,
            placeable: Callable[[ActorMention], bool], states: SceneStates | None
            ) -> ActorMention | None:
    """``r`` with the country of ``place`` when ``r`` is a bare agent of the
    class ``placeable`` tells (:func:`_victim`, :func:`_civilian`) whose
    country the story gave and the place is the event's
    own (from its sentence) in a country the text names."""
    if r is None or place is None:
        return r
    if not place.country or place.basis not in LOCAL_BASES or place.country == r.country:
        return r
    if not placeable(r) or not _story_given(r):
        return r
    if states is None:
        states = scene_states(doc)
    if not _named(states, place.country) or _other_state(states, place):
        return r
    return replace(r, country=place.country, rule=r.rule + SCENE_RULE)


def harmed_trade(event: EventMention) -> ActorMention | None:
    """Class *people named by their trade are civilians when harmed*
    (recips20): "a gunman shot two co-workers", "pirates killed three
    fishermen", "militants attacked Chinese workers at the mine". The agent
    lexicon gives trade nouns their trade's sector (workers LAB, fishermen
    AGR), the right one when they act as a trade (a strike, a march); the
    people an attack harms are coded CVL. CVL is put first and the trade
    kept beside it. Only for trades of people (not BUS: "a merchant vessel",
    "a bank" are harmed as businesses), and not a trade's body ("the
    transport union", "the workers federation": LAB too, but an
    organisation; data/actors/body_heads.yaml)."""
    r = event.recipient
    if r is None or event.type not in SCENE_TYPES:
        return r
    if not r.sectors or not set(r.sectors) <= PEOPLE_TRADES or _trade_body(r):
        return r
    return replace(r, sectors=["CVL", *r.sectors], rule=r.rule + TRADE_RULE)


def _trade_body(r: ActorMention) -> bool:
    """The mention is headed by a body noun, singular or plural ("union",
    "unions", "federation")."""
    head = head_noun(r.text)
    return head in body_heads() or head.removesuffix("s") in body_heads()


def victims_at_scene(doc: Doc, events: list[EventMention]) -> None:
    """Apply :func:`scene_country`, :func:`people_at_place` and
    :func:`harmed_trade` to every event
    (after the place stage), the doc's mentions read once for all events."""
    states = scene_states(doc)
    for event in events:
        event.recipient = scene_country(doc, event, states)
        event.actor = people_at_place(doc, event, states)
        event.recipient = harmed_trade(event)
