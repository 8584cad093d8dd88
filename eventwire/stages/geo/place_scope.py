"""How far a stated place reaches, beyond one event's own words.

Classes the event-place rules (``event_place.py``) consult
(docs/BENCHMARKS.md "place6", "place7"). On:

* :func:`condition_clause` — an event inside a condition or a clause of
  another time ("if", "after", "as") is not placed by the main clause's
  place;
* :func:`speaker_seat` — a locative inside the subject of a verbal act says
  where the body sits, not where it spoke;
* :func:`object_scene` — a physical act happens where the people acted upon
  are, when a clause about them says it;
* :func:`shared_locative` — verbs of one subject joined by "and" share
  the locative of the last one's clause (place7), along a chain of three
  or more (``conj_chain``, place24; through a place noun's "of", "near
  the town of X", only with ``place_noun_of``, off: +2 −2);
* :func:`undated_speech_act` — the dateline does not place a verbal act
  the text gives no time of its own (place7);
* :func:`scene_owner` — a town naming the noun of the scene ("at a Leeds
  accounting firm", "outside Athens's main courthouse", "a Troy office
  shooting") places the act done there (place15);
* :func:`struck_place` — a town struck (ASSAULT, PROTEST) or taken or
  shut (COERCE, place18) is where the act happens;
* :func:`withdrawal` — a withdrawal's own "from" phrase is its place
  (place18);
* :func:`speech_venue` — a participle of speaking on the speaker ("speaking
  in Buka, ... accused") says where a verbal act was made (place20; written
  in place6, off in place7 with two sets, confirmed on unseen rec_o/rec_p);
* :func:`court_seat` — a court, judge or jury named by its town ("a
  Beijing court sentenced", "a court in Bishkek ordered") acts there
  (place20; **off**: +2 −1 over rec_a..rec_p, its real loss costs a whole
  record — docs/BENCHMARKS.md "place20");
* :func:`earlier_period` — the dateline does not place an act of an
  earlier week or month than the report (place20);
* ``where_places.where_clause`` — an act told in a "where" clause happens
  at the town or site the clause hangs on ("drove to Hebron, where he
  stabbed a guard") (place24; its own module, flag here);
* :func:`spread_over` — an unrest noun whose verb of spreading or
  paralysing takes the place as object ("a strike paralysed Greece",
  "clashes rocked Nairobi", "Chile was rocked by protests") (place15;
  **off**: its gains are all in one set, so leave-one-set-out cannot
  confirm them — docs/BENCHMARKS.md "place15").

``VARIANTS`` switches each class off for ``tools/event_place_variants.py``,
which scores the flags leave-one-set-out. Three classes written here lost
leave-one-set-out over rec_a..rec_h and were removed (docs/BENCHMARKS.md
"place6", "place7"): a later "the attack" taking its antecedent's place,
and a removal placed at its origin ("expelled from X"). The speaker's
stated venue, removed in place7 (two sets), is back since place20.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from eventwire.models import EventMention, PlaceMention, TimeValue
from eventwire.stages.events.harm_adjuncts import SIMULTANEOUS_MARKS
from eventwire.stages.geo.conjuncts import chain_root, has_subject
from eventwire.stages.geo.context import LOCAL_MODIFIED
from eventwire.stages.geo.recognize import STRICT_LOCATIVE
from eventwire.stages.time.ranges import timex_range

# verbal acts: statements, appeals, agreements, promises; done by speaking
VERBAL_TYPES = {"ACCUSE", "AGREE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"}
CONDITION_MARKS = {"if", "unless"}
SEQUENCE_MARKS = {"after", "before", "since", "until", "because"}
VARIANTS = {"speaker_seat": True, "condition": True, "sequence": True, "simultaneous": True,
            "object_scene": True, "undated_speech": True, "shared_locative": True,
            "country_scope": True, "scene_owner": True, "spread_over": False,
            "taken_town": True, "left_place": True, "speech_venue": True,
            "court_seat": False, "earlier_period": True, "where_clause": True,
            "conj_chain": True, "place_noun_of": False, "attack_scene": True,
            "harm_when": True, "crowd_scene": True, "present_scene": True,
            "actor_whereabouts": True, "report_venue": True}
REPORT_WINDOW_DAYS = 7  # a dated day this far back is not the report's news
# participles of speaking or visiting whose locative says where a verbal act
# was made ("speaking in Buka", "addressing a rally in Bihar") (place20)
SPEAKING = {"speak", "address", "talk", "visit", "attend", "tour"}
# bodies that sit where they act: a court's ruling is made at the court (place20)
COURT_NOUNS = {"court", "jury", "judge", "magistrate", "tribunal"}
# physical acts on people or things: done where those are
CONTACT_TYPES = {"ASSAULT", "COERCE"}
PHYSICAL_TYPES = {"ASSAULT", "COERCE", "PROTEST"}  # acts done at one scene
SCENE_PREPS = {"in", "at", "near", "outside", "inside", "around", "off", "within"}
# verbs whose subject, a wave of unrest or violence, covers or seizes up the
# place that is their object ("a strike paralysed Greece", "riots swept
# Iran"); not "hit" ("sanctions hit Iran": the target, not the scene)
SPREAD_VERBS = {"paralyse", "paralyze", "paralysed", "paralyzed", "rock", "engulf", "grip",
                "sweep", "shake", "roil", "cripple", "convulse", "rattle", "hobble",
                "shut", "bring"}
OWNER_DEPS = {"compound", "poss", "amod", "nmod"}
OWNER_HOPS = 4
NATION_PRECISIONS = {"country", "continent"}
STRUCK_TYPES = {"ASSAULT", "PROTEST"}  # acts whose target site is where they happen
TAKEN_TYPES = {"COERCE"}  # class *a town taken or shut* (place18)
LEFT_TYPES = {"RETREAT"}  # class *a place left* (place18)
# people a town name modifies ("a Salem man"): context.LOCAL_MODIFIED less
# places and bodies ("the Benghazi council building" is a site sealed off)
PEOPLE_NOUNS = LOCAL_MODIFIED - {"hospital", "neighborhood", "neighbourhood", "police",
                                 "council"}


def struck_place(place: PlaceMention, tok: Token, event: EventMention) -> bool:
    """Class *a town or site struck is where the strike happens*: a place
    below a country that a violent or storming act (ASSAULT, PROTEST) hits
    ("shelled Stepanakert", "insurgents attack Mozambique's Chiure", "jets
    strike Yemen's Hodeidah", "protesters torch Almaty city hall") is both
    its target and its place; a country hit ("Russia attacked Ukraine")
    says no more than the actor's war, so it stays a participant only.
    Class *a town taken or shut* (place18, COERCE, flag ``taken_town``): a
    town sealed off, cordoned, quarantined or locked down ("police sealed
    off Kabul's airport", "Randwick has been locked down", "the RSF
    captured El Geneina") is where the coercion happens, as a town struck
    is; not a town naming the people arrested (:func:`_names_people`).
    ``tok`` is the place name's root token."""
    if place.precision in NATION_PRECISIONS:
        return False
    if event.type in STRUCK_TYPES:
        return True
    return VARIANTS["taken_town"] and event.type in TAKEN_TYPES and not _names_people(tok)


def _names_people(tok: Token) -> bool:
    """The place modifies a noun of people the act is done to ("arrested a
    Texas man", "detained a Columbia teenager"): the people are the target,
    their town no scene."""
    return tok.dep_ in OWNER_DEPS and tok.head.lemma_.lower() in PEOPLE_NOUNS


def one_passive_subject(trigger: Token) -> bool:
    """A passive trigger with two subjects is a misread apposition: "John
    Jenkin, 23, of Newton Street, Millom was arrested" hangs the man's home
    town as a second subject; a town struck stands alone ("Randwick has
    been locked down", "Stepanakert was shelled")."""
    return sum(c.dep_ == "nsubjpass" for c in trigger.children) == 1


def withdrawal(event: EventMention) -> bool:
    """Class *a place left is where the leaving happens* (place18, RETREAT,
    flag ``left_place``): the trigger's own "from" phrase ("troops withdrew
    from Kherson", "the rebels retreated from Timbuktu", "the army said it
    had withdrawn from El Fasher") is where a withdrawal happens; other
    origins stay no place ("launched from X", "expelled from X": place6)."""
    return VARIANTS["left_place"] and event.type in LEFT_TYPES


def speaker_seat(place: Token, trigger: Token, event: EventMention) -> bool:
    """Class *seat of the speaking body*: a locative phrase inside the
    subject of a verbal act ("Leaders across Europe condemned", "the UN
    Mission in Libya called on", "his allies in Congress promised") names
    where the body sits or serves, not where it spoke; a material act of a
    located subject ("Police in Tbilisi detained", "protesters in Baghdad
    tore down") still happens there."""
    if not VARIANTS["speaker_seat"] or event.type not in VERBAL_TYPES:
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
    if not VARIANTS["speech_venue"] or event.type not in VERBAL_TYPES:
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


def court_seat(place: Token, trigger: Token, precision: str) -> bool:
    """Class *a court acts at its seat* (place20): a court, judge, jury or
    magistrate named by its town ("a Beijing court sentenced", "an
    Amsterdam court suspended", "a court in Bishkek ordered", "a judge in
    Salto del Guaira ordered the eviction") and subject of the trigger
    rules where it sits, so its act is placed there; unlike the seat of a
    speaking body (:func:`speaker_seat`), a court's ruling is made in its
    courtroom. Not a country ("Brazil's Supreme Court convicted": the
    nation's court, not a place), not a court reached by "by" or "before"
    ("ordered by an Athens magistrate", "before a Denver judge")."""
    if not VARIANTS["court_seat"] or precision in NATION_PRECISIONS:
        return False
    cur = place
    for _ in range(OWNER_HOPS):
        if cur.dep_ == "pobj" and cur.head.lower_ == "in":
            cur = cur.head.head
        elif cur.dep_ in OWNER_DEPS and cur.head != cur:
            cur = cur.head
        else:
            return False
        if cur.lemma_.lower() in COURT_NOUNS:
            return cur.dep_ == "nsubj" and cur.head == trigger
    return False


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


def object_scene(place: Token, trigger: Token, event: EventMention) -> bool:
    """Class *scene of the people acted upon*: a physical act on a
    participant (ASSAULT, COERCE) happens where that participant is, which a
    clause about the participant may say ("arrested 23 pirates who had
    attacked a tanker off Oman", "opened fire on worshippers gathered outside
    a mosque in Zahedan", "beat lawyers protesting in Lahore"): a place
    after a locative preposition of a relative or participial clause of the
    trigger's object places the act."""
    if not VARIANTS["object_scene"] or event.type not in CONTACT_TYPES:
        return False
    if place.dep_ != "pobj" or place.head.lower_ not in SCENE_PREPS:
        return False
    clause = place.head.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl"):
        return False
    obj = clause.head
    while obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head != trigger:
        obj = obj.head.head  # "dozens of students protesting in X"
    if obj.dep_ == "pobj" and obj.head.head == trigger:
        return True  # "fired on worshippers who ..."
    return obj.dep_ == "dobj" and obj.head == trigger


def undated_speech_act(event: EventMention) -> bool:
    """Class *undated speech act under a dateline* (docs/annotation.md
    "Dateline places across the record sets"): a statement, accusation,
    demand or other verbal act the text gives no time of its own ("The
    government accuses Machar of directing the White Army", "Iohannis also
    urged calm") is not placed by the dateline: it says where the copy was
    filed, not where an undated remark was made."""
    return VARIANTS["undated_speech"] and event.type in VERBAL_TYPES and \
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
    if not VARIANTS["shared_locative"] or event.type not in PHYSICAL_TYPES or \
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


def scene_owner(place: Token, trigger: Token, precision: str) -> Token | None:
    """Class *a town naming the scene* (place15): a town or region that
    owns or modifies the noun of the scene says
    where the act done there is: the noun is the object of a scene
    preposition ("opened fire at a Leeds accounting firm", "stabbed in a
    Nantes ice cream shop", "threw stones at Madrid's main courthouse",
    "a bomb exploded at a Lagos toll gate") and the preposition hangs on
    the trigger itself, or, through nouns modifying it, the noun is the
    event noun ("a Troy office shooting"). Returns the token
    that then stands for the place in the clause (the scene noun, or the
    trigger's compound), None when the place owns no such noun. Not through
    "of" ("the Bank of England"), not an origin ("from a Brooklyn
    rooftop": ``from`` is no scene preposition), not a scene of another
    word ("charged in a shooting at a Troy firm": the firm is the
    shooting's scene, not the charge's), and not a country: a
    country modifying a noun is a nationality ("at the U.S. embassy",
    "killed in a U.S. drone strike"), and not a word the parser tags a
    person: a person's name the gazetteer happens to hold owns things that
    are not the scene's town ("at Nixon's Florida holiday home", "in
    Woodward's copy")."""
    if not VARIANTS["scene_owner"] or precision in NATION_PRECISIONS or \
            place.ent_type_ == "PERSON":
        return None
    cur = place
    for _ in range(OWNER_HOPS):
        if cur.dep_ not in OWNER_DEPS or cur.head.pos_ != "NOUN" or cur.head == cur:
            return None
        if cur.head == trigger:
            return cur if cur != place else None
        cur = cur.head
        if cur.dep_ == "pobj" and cur.head.lower_ in SCENE_PREPS:
            return cur if cur.head.head == trigger else None
    return None


def spread_over(place: Token, trigger: Token, event: EventMention) -> bool:
    """Class *unrest spread over a place* (place15): a noun of unrest or
    violence (PROTEST, ASSAULT, COERCE) that is the subject of a verb of
    spreading or paralysing happens over that verb's object ("a general
    strike paralysed Portugal", "violent clashes rocked Nairobi",
    "protests swept the capital"), also in the passive ("Chile was rocked
    by more protests"). ``place`` is the phrase head of the place (after
    ``_up_to_phrase``). The same in a headline's participle ("Kenya rocked
    by fresh clashes"). Not a verb of hitting ("sanctions hit Iran"), and
    not a verbal or diplomatic act ("the dispute paralysed talks")."""
    if not VARIANTS["spread_over"] or event.type not in PHYSICAL_TYPES or \
            trigger.pos_ != "NOUN":
        return False
    verb = place.head
    if verb.lemma_.lower() not in SPREAD_VERBS and verb.lower_ not in SPREAD_VERBS:
        return False
    if place.dep_ == "dobj":  # the parse may hang the verb on its subject as "acl"
        return (trigger.dep_ == "nsubj" and trigger.head == verb) or \
            (verb.dep_ == "acl" and verb.head == trigger)
    if place.dep_ in ("nsubjpass", "nsubj"):  # a headline drops "was": "Kenya rocked by"
        return trigger.dep_ == "pobj" and trigger.head.lower_ == "by" and \
            trigger.head.head == verb
    return False

