"""How far a stated place reaches, beyond one event's own words.

Classes the event-place rules (``event_place.py``) consult
(docs/BENCHMARKS.md "place6", "place7"). On:

* :func:`condition_clause` — an event inside a condition or a clause of
  another time ("if", "after", "as") is not placed by the main clause's
  place;
* :func:`speaker_seat` — a locative inside the subject of a verbal act says
  where the body sits, not where it spoke;
* :func:`shared_locative` — verbs of one subject joined by "and" share
  the locative of the last one's clause (place7), along a chain of three
  or more (``conj_chain``, place24; through a place noun's "of", "near
  the town of X", only with ``place_noun_of``, off: +2 −2);
* :func:`undated_speech_act` — the dateline does not place a verbal act
  the text gives no time of its own (place7);
* :func:`speech_venue` — a participle of speaking on the speaker ("speaking
  in Buka, ... accused") says where a verbal act was made (place20; written
  in place6, off in place7 with two sets, confirmed on unseen rec_o/rec_p);
* :func:`court_seat` — a court, judge or jury named by its town ("a
  Beijing court sentenced", "a court in Bishkek ordered") acts there
  (place20, off until the guide decided it in relabel55 (a); on since
  place43);
* :func:`earlier_period` — the dateline does not place an act of an
  earlier week or month than the report (place20);
* ``where_places.where_clause`` — an act told in a "where" clause happens
  at the town or site the clause hangs on ("drove to Hebron, where he
  stabbed a guard") (place24; its own module, flag here);
* ``scene_places`` — the classes of the act's scene named by its target or
  its scene noun (a town struck, taken or left, the scene of the people
  acted upon, a town naming the scene, unrest spread over a place): split
  from here (refactor36), flags here.

``VARIANTS`` switches each class off for ``tools/event_place_variants.py``,
which scores the flags leave-one-set-out. Three classes written here lost
leave-one-set-out over rec_a..rec_h and were removed (docs/BENCHMARKS.md
"place6", "place7"): a later "the attack" taking its antecedent's place,
and a removal placed at its origin ("expelled from X"). The speaker's
stated venue, removed in place7 (two sets), is back since place20.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from spacy.tokens import Token

from eventwire.models import EventMention, TimeValue
from eventwire.stages.events.harm_adjuncts import SIMULTANEOUS_MARKS
from eventwire.stages.geo.conjuncts import chain_root, has_subject
from eventwire.stages.geo.court_names import court_doer, jurisdiction
from eventwire.stages.geo.recognize import STRICT_LOCATIVE
from eventwire.stages.time.act_kinds import made_by_deed
from eventwire.stages.time.ranges import timex_range

# verbal acts: statements, appeals, agreements, promises; done by speaking
VERBAL_TYPES = {"ACCUSE", "AGREE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"}


def verbal_act(type_: str | None, rules: Iterable[str]) -> bool:
    """A verbal act by its type, except a threat made by a deed (warning
    shots, relabel51): it happens where the shots are fired."""
    return type_ in VERBAL_TYPES and not made_by_deed(rules)

CONDITION_MARKS = {"if", "unless"}
SEQUENCE_MARKS = {"after", "before", "since", "until", "because"}
VARIANTS = {"speaker_seat": True, "condition": True, "sequence": True, "simultaneous": True,
            "object_scene": True, "undated_speech": True, "shared_locative": True,
            "country_scope": True, "scene_owner": True, "spread_over": True,
            "taken_town": True, "left_place": True, "speech_venue": True,
            "court_seat": True, "earlier_period": True, "where_clause": True,
            "conj_chain": True, "place_noun_of": False, "attack_scene": True,
            "harm_when": True, "crowd_scene": True, "present_scene": True,
            "actor_whereabouts": True, "report_venue": True, "later_step": True,
            "fronted_scene": True, "told_again": True, "same_kind": True}
REPORT_WINDOW_DAYS = 7  # a dated day this far back is not the report's news
# participles of speaking or visiting whose locative says where a verbal act
# was made ("speaking in Buka", "addressing a rally in Bihar") (place20)
SPEAKING = {"speak", "address", "talk", "visit", "attend", "tour"}
# physical acts on people or things: done where those are
CONTACT_TYPES = {"ASSAULT", "COERCE"}
PHYSICAL_TYPES = {"ASSAULT", "COERCE", "PROTEST"}  # acts done at one scene


def scene_type(event: EventMention) -> str:
    """The type the place rules read: a threat made by a deed (warning
    shots, relabel51) is placed as the shooting it is (ASSAULT), where it is
    fired, not where a spoken threat is made (the learned choosers were
    fitted on warning shots typed ASSAULT)."""
    if event.type == "THREATEN" and made_by_deed(event.rules):
        return "ASSAULT"
    return event.type or ""


def scene_modality(event: EventMention) -> str:
    """The modality the place rules read: warning shots (``threatened`` by
    the guide) were fired, so they are placed as an act told by its speaker
    or by the outlet, not as a threat that may never be carried out."""
    modality = event.factuality.modality
    if modality == "threatened" and made_by_deed(event.rules):
        return "reported" if any(a.role == "speaker" for a in event.attribution) else "asserted"
    return modality


def physical_act(event: EventMention) -> bool:
    """An act done at one scene, by :func:`scene_type`."""
    return scene_type(event) in PHYSICAL_TYPES

SCENE_PREPS = {"in", "at", "near", "outside", "inside", "around", "off", "within"}
OWNER_DEPS = {"compound", "poss", "amod", "nmod"}
OWNER_HOPS = 4
NATION_PRECISIONS = {"country", "continent"}


def speaker_seat(place: Token, trigger: Token, event: EventMention) -> bool:
    """Class *seat of the speaking body*: a locative phrase inside the
    subject of a verbal act ("Leaders across Europe condemned", "the UN
    Mission in Libya called on", "his allies in Congress promised") names
    where the body sits or serves, not where it spoke; a material act of a
    located subject ("Police in Tbilisi detained", "protesters in Baghdad
    tore down") still happens there."""
    if not VARIANTS["speaker_seat"] or not verbal_act(event.type, event.rules):
        return False
    cur = place
    while cur.head != cur and cur.head != trigger:
        cur = cur.head
    return cur.head == trigger and cur != place and cur.dep_ in ("nsubj", "nsubjpass")


def speech_venue(place: Token, trigger: Token, event: EventMention) -> bool:
    """Class *the speaker's stated venue* (place6, back in place20): a
    participle of speaking or visiting on the verbal act or its subject
    ("Bush, speaking in Crawford, praised the draft", "Modi, addressing a
    rally in Bihar, vowed", "Speaking in Buka, Toroama said ... and
    accused") says where the act was made; it reaches the second of two
    verbs of one speaker joined by "and". A relative clause about the
    speaker ("who was visiting Madrid") stays a side clause, and a physical
    act is not placed by where someone spoke about it. ``place`` is the
    phrase head of the place."""
    if not VARIANTS["speech_venue"] or not verbal_act(event.type, event.rules):
        return False
    if place.dep_ != "pobj" or place.head.lower_ not in SCENE_PREPS:
        return False
    verb = place.head.head
    while verb.pos_ != "VERB" and verb.head != verb:
        verb = verb.head
    if verb.lemma_.lower() not in SPEAKING or verb.tag_ != "VBG" or \
            verb.dep_ not in ("acl", "advcl"):
        return False
    # the second of two verbs of one speaker: a conjunct with its own
    # subject ("and the unions threatened") is another speaker's act
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    heads = {trigger} | ({trigger.head} if trigger.dep_ == "conj" and not own_subject
                         else set())
    return verb.head in heads or (verb.head.head in heads
                                  and verb.head.dep_ in ("nsubj", "nsubjpass"))


def court_seat(place: Token, trigger: Token, precision: str, name: str) -> bool:
    """Class *a court acts at its seat* (place20; on since place43, decided
    by relabel55 (a)): a court, judge, jury or magistrates named with its
    town and doing the trigger ("a Beijing court sentenced", "a court in
    Bishkek ordered", "remanded by Barrow magistrates") acts where it sits
    (``court_names.court_doer``). Not a jurisdiction: a country, a state or
    a province, or a town named as one ("Brazil's Supreme Court convicted",
    "A Georgia judge", "Sao Tome court jails")."""
    if not VARIANTS["court_seat"] or precision in NATION_PRECISIONS or precision == "admin1" \
            or jurisdiction(name):
        return False
    return court_doer(place, trigger)


def condition_clause(trigger: Token, place_clause: Token) -> bool:
    """Class *event of a condition or another time*: the trigger sits in an
    adverbial clause of the clause that names the place, marked as a
    condition ("would pass through the Strait of Hormuz if Western
    countries imposed sanctions", "extend the emergency in Puno if the
    blockades continued", "threatened force in Niger unless Bazoum is
    reinstated"); the condition is another, unrealised event with no place
    of its own. (``subordinate`` extends this to clauses of another time,
    "after", "as", "since".)"""
    marks = (CONDITION_MARKS if VARIANTS["condition"] else set()) | \
        (SEQUENCE_MARKS if VARIANTS["sequence"] else set()) | \
        (SIMULTANEOUS_MARKS if VARIANTS["simultaneous"] else set())
    cur = trigger
    while cur != place_clause and cur.head != cur:
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks
                                       for c in cur.children):
            return True
        cur = cur.head
    return False


def undated_speech_act(event: EventMention) -> bool:
    """Class *undated speech act under a dateline* (docs/annotation.md
    "Dateline places across the record sets"): a statement, accusation,
    demand or other verbal act the text gives no time of its own ("The
    government accuses Machar of directing the White Army", "Iohannis also
    urged calm") is not placed by the dateline: it says where the copy was
    filed, not where an undated remark was made."""
    return VARIANTS["undated_speech"] and verbal_act(event.type, event.rules) and \
        event.time.value is None


def earlier_period(time: TimeValue, published: date | None) -> bool:
    """Class *an act of an earlier period under a dateline* (place20): the
    dateline says where the report was filed, so it places the acts of the
    report's own days; an act the text dates to a day a week or more back
    ("a week after authorities said they had foiled a plot" dated April 16
    under an April 23 dateline), to an earlier week ("last week, soldiers
    fired warning shots", "the party last week expelled") or to an earlier
    month ("had accused the UPC last month", "the protests began in
    mid-May" under a June dateline) happened where the text says, or
    unplaced. The time stage's ``background`` needs the whole period
    outside the news window; this only needs it to end before the
    report's own week or month. Not an undated act, not this week's or
    this month's ("protests this month")."""
    if not VARIANTS["earlier_period"] or published is None:
        return False
    _, end = timex_range(time.value)
    if end is None:
        return False
    last = date.fromisoformat(end)
    unit = time.granularity
    if unit == "day":
        return last <= published - timedelta(days=REPORT_WINDOW_DAYS)
    if unit == "week":
        return last < published - timedelta(days=published.weekday())
    if unit == "month":
        return last < published.replace(day=1)
    return False


def shared_locative(place: Token, place_clause: Token, trigger: Token,
                    event: EventMention) -> bool:
    """Class *coordinated acts share a locative*: verbs of one subject
    joined by "and" share the place a locative of the last one's clause
    (``place_clause``) states ("was shot and
    killed by police in Quito", "beat and arrested dozens of students in
    Dhaka", "torched cars and shot two guards in Kano"): the locative hangs
    on one conjunct in the parse but places both. Not when the conjunct
    with the place has a subject of its own ("police fired and protesters
    fled into Lagos" are two clauses), and only for physical acts (ASSAULT,
    COERCE, PROTEST): a statement or a diplomatic step joined to another act
    ("refused to comply and deployed troops to the base", "spoke to Ramaphosa
    and accused troops in Congo", "suspended the treaty and ordered advisers
    at the mission in Delhi to leave") is not done where that act is.
    Since place24 (flag ``conj_chain``) any verb of one chain of conjuncts
    of one subject shares it ("fired shots, forced the drivers out and set
    the trucks alight in X": the parse hangs each verb on the one before)."""
    if not VARIANTS["shared_locative"] or not physical_act(event) or \
            trigger.pos_ != "VERB" or place_clause.pos_ != "VERB":
        return False
    if VARIANTS["conj_chain"]:
        if chain_root(place_clause) != chain_root(trigger):
            return False
    elif place_clause.dep_ == "conj" and place_clause.head == trigger:
        conj = place_clause
        if has_subject(conj):
            return False
    elif trigger.dep_ == "conj" and trigger.head in (place_clause, place_clause.head):
        conj = trigger if trigger.head == place_clause else place_clause
        if conj.dep_ != "conj" or has_subject(conj):
            return False
    else:
        return False
    if VARIANTS["place_noun_of"] and place.dep_ == "pobj" and place.head.lower_ == "of":
        place = place.head.head  # "near the town of Ercilla": the town noun's locative
    return place.dep_ == "pobj" and place.head.lower_ in STRICT_LOCATIVE

