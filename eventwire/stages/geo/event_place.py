"""The place of each event (``eventwire_event_place``, docs/architecture.md).

First that applies (``basis``):

1. ``trigger``: a venue attached to the trigger by a locative preposition
   (in, at, near, outside, ...) within a few dependency hops, not through
   another verb;
2. ``clause``: a venue in the trigger's clause (its nearest verb is the
   trigger's);
3. ``sentence``: the most specific venue of the sentence (a city before a
   division before a country);
   (a headline's town label, "Batumi: police detain 17 ...", places the
   headline's events that name no place: ``headline_label.py``);
4. ``dateline``: the place of the wire dateline that opens the story, for a
   news event of an actor of the dateline's country (or of no known
   country) whose sentence names no venue, and only for the body the
   dateline heads: a headline above it is not placed by it
   (``datelines.under_dateline``); not for an undated reported claim, an act of
   an international body of no country, or a deployment (see
   ``datelines.dateline_fits``), nor an act of an earlier week or month
   (``place_scope.earlier_period``);
5. ``focus``: the article's main country (``component._focus``); scored as
   no place (docs/formats.md);
6. none. Never the actor's country on its own, never invented.

A *venue* is a place the text gives as where something happens; the classes
that name a place without placing anything are filtered out (see
:func:`venue`): modifiers of people and bodies ("U.S. officials", "Russia's
foreign ministry", "Iran-aligned militias", "leaders of Mexico"), origins
("launched from X"), destinations of a transfer ("deported 40 migrants to
Tunisia"), participants reached by a non-locative preposition ("called on
Tbilisi"), and the dateline's own words inside the first sentence.
How far a place reaches beyond the trigger's own words (conditions and
clauses of another time, the seat of a speaking body, the scene of the
people a physical act is done to) is ``place_scope.py``; the scene named by
the act's target or its scene noun is ``scene_places.py``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import EventMention, PlaceMention
from eventwire.nlp.arrays import char_span
from eventwire.nlp.extensions import get_list
from eventwire.nlp.spans import expand_root, head_token, index_of
from eventwire.nlp.subtrees import is_ancestor
from eventwire.stages.geo.another_time import act_of_another_time
from eventwire.stages.geo.context import LOCAL_HEADS, LOCAL_MODIFIED
from eventwire.stages.geo.court_names import court_venue
from eventwire.stages.geo.datelines import DESTINATION_TYPES, dateline_fits, under_dateline
from eventwire.stages.geo.gathered import people_scene
from eventwire.stages.geo.harm_when import harm_when
from eventwire.stages.geo.headline_label import TOWN_PRECISIONS, headline_label
from eventwire.stages.geo.later_step import later_step
from eventwire.stages.geo.place_descriptions import (
    DESCRIPTION,
    THERE,
    country_scope,
    deployed_to,
    there_basis,
)
from eventwire.stages.geo.place_scope import (
    condition_clause,
    court_seat,
    earlier_period,
    scene_type,
    shared_locative,
    speaker_seat,
    speech_venue,
)
from eventwire.stages.geo.recognize import LOCATIVE, STRICT_LOCATIVE
from eventwire.stages.geo.report_venue import report_venue
from eventwire.stages.geo.scene_places import (
    object_scene,
    one_passive_subject,
    scene_owner,
    spread_over,
    struck_place,
    withdrawal,
)
from eventwire.stages.geo.unheld_venues import unheld_venue
from eventwire.stages.geo.where_places import where_clause
from eventwire.stages.geo.whereabouts import actor_whereabouts, acts_of

HOPS = 4
SPECIFIC = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "water": 3, "region": 3, "country": 4,
            "continent": 5}
BASIS_CONFIDENCE = {"trigger": 1.0, "clause": 0.8, "sentence": 0.6, "dateline": 0.5,
                    "scene": 0.5, "focus": 0.3}
BASES = ("trigger", "clause", "sentence")
# nouns a place name may own or modify and still say where: "Erbil airport",
# "Iraq's Erbil" (a place owning a place), "the town of Bunagana"
PLACE_NOUNS = {"airport", "base", "town", "city", "village", "region", "province", "district",
               "border", "port", "street", "square", "capital", "outskirts", "suburb",
               "suburbs", "area", "county", "state", "island", "coast", "camp", "market",
               "neighbourhood", "neighborhood", "centre", "center", "south", "north", "east",
               "west", "part", "parts", "hospital", "prison", "station", "compound", "avenue",
               "highway", "road", "bridge", "crossing", "checkpoint", "valley", "river",
               "waters", "sea", "gulf", "streets", "heart", "downtown", "territory", "hall",
               "northeast", "northwest", "southeast", "southwest", "office", "building",
               "hotel", "school", "church", "mosque", "headquarters", "plant", "farm"}
# verbs of motion whose destination is where the act happens ("would travel
# to Tbilisi", "marched to the square"), even when the parse makes it a recipient
MOTION = {"travel", "go", "fly", "come", "return", "head", "move", "arrive", "march",
          "sail", "drive", "walk", "visit", "trip", "journey"}
MODIFIER_DEPS = {"poss", "compound", "amod", "nmod", "npadvmod"}
# class *a town naming a venue* (place14): shops, homes and public buildings a
# place name modifies ("at a Denver grocery store", "inside a Tucson home") say
# where as PLACE_NOUNS do; only as the name's head, never through "of" ("the
# Bank of England" is a body, not a venue in England)
FACILITY_NOUNS = {"store", "shop", "supermarket", "mall", "bank", "branch", "home", "house",
                  "apartment", "residence", "courthouse", "jail", "restaurant", "cafe", "bar",
                  "nightclub", "theater", "theatre", "stadium", "factory", "warehouse",
                  "rooftop", "synagogue", "temple", "clinic", "motel", "park", "beach"}
# an origin is not where the event is ("launched from X", "flew from Paris")
ORIGIN = {"from"}


def up_to_phrase(tok: Token) -> Token:
    """From a place name up through appositions, conjunctions and names it
    modifies that are places themselves ("Iraq's Erbil", "Erbil airport"),
    to the token whose relation says what the place does in the clause."""
    cur = tok
    for _ in range(HOPS):
        if cur.dep_ in ("appos", "conj") or (
                cur.dep_ in MODIFIER_DEPS and (_place_noun(cur.head) or (
                    cur.dep_ == "compound" and cur.head.lemma_.lower() in FACILITY_NOUNS))):
            cur = cur.head
            continue
        break
    return cur


def _place_noun(tok: Token) -> bool:
    """A place, a facility, or a noun only a place has: "Erbil airport",
    "Iraq's Erbil", and the class of *local nouns* ("residents of Mosul",
    "Kyiv's mayor", "Columbia police": ``context.local``) whose place is
    where they are."""
    word = tok.lemma_.lower()
    return word in PLACE_NOUNS or word in LOCAL_HEADS or word in LOCAL_MODIFIED or \
        tok.ent_type_ in ("GPE", "LOC", "FAC")


def venue(tok: Token, trigger: Token, participant: bool, transfer: bool,
          left: bool = False, town: bool = False) -> bool:
    """Class *places that say where*: the place (or the place noun it
    names) is the object of a locative preposition ("in Lima", "near Goma",
    "the streets of Nairobi"), or the direct object of the trigger ("seized
    Bunagana"). Not a venue: a modifier of a person or body ("U.S.
    officials", "Russia's foreign ministry"), the object of a non-place "of"
    ("leaders of Mexico"), an origin ("from Paris"), a transfer's
    destination, a subject ("Georgia: police ..."), and a participant
    reached by a preposition that is not strictly locative ("called on
    Tbilisi", "spoke to Kyiv"). ``left``: the trigger is a withdrawal, whose
    own "from" phrase is where it happens (``scene_places.withdrawal``).
    ``town``: the place is a town or a spot (:func:`names_event_noun`)."""
    head = up_to_phrase(tok)
    if names_event_noun(head, trigger, town):
        return not participant  # "Gaza airstrikes", "the Kabul bombing"; not "EU ban"
    if head.dep_ == "dobj":
        return head.head == trigger and not participant
    if head.dep_ != "pobj":
        return False
    prep = head.head.lower_
    if prep == "of":
        return _place_noun(head.head.head) or head.lemma_.lower() in PLACE_NOUNS
    if prep in ORIGIN or prep not in LOCATIVE:
        return left and prep in ORIGIN and head.head.head == trigger
    if prep in ("to", "into", "towards", "toward") and transfer:
        return False
    motion = prep in ("to", "into") and head.head.head == trigger and \
        trigger.lemma_.lower() in MOTION
    return prep in STRICT_LOCATIVE or motion or not participant


def names_event_noun(head: Token, trigger: Token, town: bool) -> bool:
    """Class *a place naming the event noun*: the place modifies the
    trigger noun itself ("the Gaza airstrikes", "the Kabul bombing"). Also,
    for a town (``town``: city or spot precision), as the parser reads
    headlines: the modifier as ``nmod`` ("cattle stolen in Marsabit raid")
    and the event noun tagged a proper noun ("shot in Manzini March",
    "Police Break Up Bangui Rally") (place64). Not a country or a region in
    those readings: "South Korea martial law", "Australia wide travel ban",
    "CUMBRIA DOUBLE MURDER" name a topic or a spread, not a scene (dev:
    they lost 5 events, the towns won 3). Development (40 sets, against
    m112): place +3/-0 (rec_aj, rec_an, rec_d; real 0/0), no other field.
    The ``amod`` reading too ("Beni attack") was +1 more, from one misparse:
    not kept."""
    if head.head != trigger:
        return False
    if head.dep_ == "compound" and trigger.pos_ == "NOUN":
        return True
    return town and head.dep_ in ("compound", "nmod") and trigger.pos_ in ("NOUN", "PROPN")


def _transfer(trigger: Token, event: EventMention) -> bool:
    """Class *transfer*: the trigger moves an object somewhere ("deported 40
    migrants to Tunisia", "flew them to Washington"); its destination is not
    where the act happens. Massing forces (MOBILIZE) is where they go."""
    return scene_type(event) not in DESTINATION_TYPES and any(
        c.dep_ == "dobj" for c in trigger.children)


def _locative_link(tok: Token, trigger: Token) -> bool:
    """The place reaches the trigger through a locative preposition, within
    ``HOPS`` heads and without passing another verb: the locative of a
    conjoined or embedded clause ("refused ... and deployed troops to X")
    belongs to that clause's event."""
    cur, saw_prep = tok, False
    for _ in range(HOPS):
        if cur.head == cur:
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in LOCATIVE:
            saw_prep = True
        cur = cur.head
        if cur == trigger:
            return saw_prep
        if cur.pos_ in ("VERB", "AUX"):
            return False
    return False


def _names_own_place(doc: Doc, trigger: Token) -> bool:
    """The trigger's clause names its own place through a locative ("the
    ministers, meeting in Nairobi, signed the accord in Geneva"; "touring a
    camp near Goma, the envoy met the governor in Kinshasa"; "soldiers
    stationed near Kandahar opened fire on a party in Herat province"):
    that place, not the doer's whereabouts, is the act's (review58)."""
    acts, sent = acts_of(trigger), trigger.sent
    places: list[PlaceMention] = get_list(doc, "place_mentions")
    for i in index_of(doc, "place_mentions", places).starting(sent.start_char, sent.end_char):
        head = head_token(doc, places[i]) if places[i].geonameid is not None else None
        phrase = None if head is None else up_to_phrase(head)
        if phrase is not None and phrase.dep_ == "pobj" and \
                phrase.head.lower_ in STRICT_LOCATIVE and \
                any(_locative_link(phrase, a) for a in acts):
            return True
    return False


def clause_head(tok: Token) -> Token:
    cur = tok
    while cur.pos_ not in ("VERB", "AUX") and cur.head != cur:
        cur = cur.head
    return cur


def place_basis(doc: Doc, p: PlaceMention, trigger: Token, event: EventMention) -> str | None:
    """The place's basis for this event, or None when it is not a venue."""
    ent = char_span(doc, p.start, p.end, alignment_mode="expand")
    if ent is None:
        return None
    if p.basis == DESCRIPTION and ent.root.lower_ == THERE:
        return there_basis(ent.root, trigger, clause_head(trigger))
    if p.basis == DESCRIPTION and deployed_to(ent.root):
        # "the area" forces are sent to places that deployment only, not
        # the sentence's other acts ("sent a patrol to the area and called on")
        return "trigger" if ent.root.head.head == trigger else None
    target = struck_place(p, ent.root, event)
    if target and up_to_phrase(ent.root).dep_ == "nsubjpass" and \
            up_to_phrase(ent.root).head == trigger and one_passive_subject(trigger):
        return "trigger"  # "Stepanakert was shelled"
    if spread_over(up_to_phrase(ent.root), trigger, event):
        return "trigger"  # "a strike paralysed Greece"
    if court_seat(ent.root, trigger, p.precision, p.text):
        return "clause"  # "a Beijing court sentenced"
    if court_venue(ent.root, trigger):
        return "trigger"  # "will appear before the Kitwe Magistrates Court"
    if where_clause(ent.root, trigger, p.precision):
        return "clause"  # "drove to Hebron, where he stabbed a guard"
    if actor_whereabouts(up_to_phrase(ent.root), trigger) and not _names_own_place(doc, trigger):
        return "sentence"  # "the ministers, meeting in Nairobi, condemned"
    participant = is_participant(p, event) and not target
    transfer, root, left = _transfer(trigger, event), ent.root, withdrawal(event)
    town = p.precision in TOWN_PRECISIONS
    if not venue(root, trigger, participant, transfer, left, town):
        owner = scene_owner(root, trigger, p.precision)  # "at a Tucson office party"
        if owner is None or not venue(owner, trigger, participant, transfer, left, town):
            return None
        root = owner
    if _locative_link(root, trigger):
        return None if speaker_seat(root, trigger, event) else "trigger"
    if act_of_another_time(root, trigger):
        return None
    own = clause_head(root)
    if own == clause_head(trigger):
        return "clause"
    phrase = up_to_phrase(ent.root)
    if object_scene(phrase, trigger, event) or speech_venue(phrase, trigger, event) or \
            harm_when(phrase, trigger, event) or people_scene(phrase, trigger, event, p.precision):
        return "sentence"
    if shared_locative(up_to_phrase(ent.root), own, trigger, event):
        return "clause"
    if not _governs(ent.root, trigger) or condition_clause(trigger, own) or \
            report_venue(phrase, trigger, event) or later_step(trigger):
        return None
    return "sentence"


def _governs(place: Token, trigger: Token) -> bool:
    """Class *place of another clause*: a sentence place stands for an
    event only from a clause that governs the event's ("Police in Lima
    said protesters [attacked]"); a place in a side clause — a relative
    clause about a participant ("Bolsonaro, who is in Florida,
    [condemned]"), a conjoined or adverbial clause ("[expelled] ..., and
    Pakistan ordered a diplomat in Islamabad out") — belongs to that
    clause's own event."""
    return is_ancestor(clause_head(place), trigger)  # in trigger.ancestors (speed51)


def is_participant(place: PlaceMention, event: EventMention) -> bool:
    """Class *places that are participants*: a country or city named as the
    event's actor, recipient or co-actor ("France rejected the plan", "urged
    Yemen to", "Moscow and Kyiv agreed") acts or is acted upon; it does not say
    where the event happens, unless a strict locative names it ("protests in
    France")."""
    for who in (event.actor, event.recipient, *event.co_actors):
        if who is not None and who.start < place.end and place.start < who.end:
            return True
    return False


def trigger_token(doc: Doc, event: EventMention) -> Token | None:
    """The root of the trigger's expand-aligned span (kept per trigger:
    ``spans.expand_root``, speed58), None where there is no span."""
    root = expand_root(doc, event.trigger.start, event.trigger.end)[0]
    return None if root < 0 else doc[root]


# How far (characters) from the trigger a place of its sentence can be read
# as its place. No real sentence comes near it (a sentence of 2,000
# characters is ~330 words); a run-on "sentence" the parser could not split
# (issue 18's 100k-character sentence: 1,905 events x ~380 places, 93 s in
# this stage alone) would otherwise ask every place of it for every event.
REACH_CHARS = 2000


def sentence_places(doc: Doc, event: EventMention, places: list[PlaceMention],
                    header: tuple[int, int]) -> list[PlaceMention]:
    """The resolved toponyms of the event's sentence within
    :data:`REACH_CHARS` of its trigger, less the dateline header's own
    names."""
    start = max(event.sentence.start, event.trigger.start - REACH_CHARS)
    end = min(event.sentence.end, event.trigger.end + REACH_CHARS)
    in_sentence = index_of(doc, "place_mentions", places).starting(start, end)
    return [p for p in (places[i] for i in in_sentence)
            if p.geonameid is not None and not header[0] <= p.start < header[1]]


def place_for(doc: Doc, event: EventMention, places: list[PlaceMention],
              focus: PlaceMention | None = None, dateline: PlaceMention | None = None,
              header: tuple[int, int] = (0, 0)) -> PlaceMention | None:
    """The event's place and basis (module docstring). ``header`` is the
    dateline header's span: its names ("ERBIL, Iraq (Reuters) -") place the
    story through the dateline rule, not as the first sentence's venues."""
    trigger = trigger_token(doc, event)
    if trigger is None:
        return None
    here = sentence_places(doc, event, places, header)
    ranked = sorted(((BASES.index(basis), SPECIFIC.get(p.precision, 1), p.start, p)
                     for p in here if (basis := place_basis(doc, p, trigger, event)) is not None
                     and not country_scope(p, basis)),
                    key=lambda t: t[:3])
    if ranked:
        order, _, _, best = ranked[0]
        basis = BASES[order]
    elif (unheld := unheld_venue(doc, event, places, header, trigger, place_basis)) is not None:
        best, basis = unheld
    elif (label := headline_label(doc, event, places)) is not None:
        best, basis = label, "sentence"  # "Batumi: police detain 17 ..."
    elif (dateline is not None and under_dateline(event, header)
          and dateline_fits(event, dateline) and not earlier_period(event.time, doc._.published)):
        best, basis = dateline, "dateline"
    elif focus is not None:
        best, basis = focus, "focus"
    else:
        return None
    return with_basis(best, basis)


def with_basis(place: PlaceMention, basis: str) -> PlaceMention:
    """``place`` as an event's place on ``basis``, its confidence scaled by
    what the basis is worth (``BASIS_CONFIDENCE``)."""
    return replace(place, basis=basis,
                   confidence=round(place.confidence * BASIS_CONFIDENCE[basis], 3))


def focus_or_none(focus: PlaceMention | None) -> PlaceMention | None:
    """The article's focus as an event's place of last resort, or none."""
    return None if focus is None else with_basis(focus, "focus")
