"""Mentions the parse offers as a recipient that the record guide does not
count as one (docs/annotation.md: "a recipient is an actor or nothing").

``dropped_options.dropped`` consults these after the rules have chosen; each
names a linguistic class (branch recipients5, issue #12):

* **the place an act happens in** (:func:`located_place`): a place name in
  a locative phrase is where a protest, a decree or an arrest happens, not
  whom it is aimed at ("protested in Goma", "declared a state of emergency
  in Tigray", "imposed a curfew across the province", "extended the curfew
  to the port city of Valparaiso", "took to the streets of Caracas");
* **the source of a report** (:func:`attribution_source`): "according to
  Iraqi lawmakers" says who reports the act, never whom it targets;
* **the victims of a denied act** (:func:`denied_content`): "denied
  targeting civilians", "denied that its soldiers fired on protesters",
  "denied any links to the militia" -- the denial rejects an allegation;
  the people of the denied act are that act's recipients, not the
  denial's;
* **an airport taken is no recipient** (:func:`taken_place`): "took
  control of the city's airport", "seize Goma airport" -- an airport stands
  for no one (recip44); a town or territory taken *is* the recipient since
  relabel51 (docs/annotation.md "Open questions decided", (b): "captured
  Goma", "occupied the city of Gori" stand for the side that held them);
* **one's own people called back** (:func:`own_people_recalled`): "will
  withdraw their envoys", "recalled its own envoy" -- the actor's own
  envoys or staff are what it moves (unless the host is named);
* **the parties of a foiled act** (:func:`foiled_act`, recips15): "foiled
  an attack on merchant vessels", "repelled an attack on a police base",
  "thwarted a hijack attempt by pirates" -- whoever the foiled act names
  belongs to that act; the foiling is done to the attackers only when
  they are its object ("repelled the insurgents");
* **a place sealed off is where** (:func:`sealed_place`, recips15):
  "police locked down the neighbourhood", "cordoned off streets",
  "Randwick has been locked down" -- a cordon is put round a place, whose
  people it does not name;
* **the channel of a statement** (:func:`statement_channel`, recips27):
  "condemned the riot on Twitter", "warned on state television";
* **a demonym that qualifies goods or symbols**
  (:func:`origin_of_things.origin_of_things`, recodes18): "burned Chinese
  flags", "banned Canadian beef".
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.arrays import column, head_indices
from eventwire.nlp.cues import default_cues
from eventwire.nlp.sentences import sent_of
from eventwire.nlp.spans import head_token
from eventwire.stages.events.mention_lookup import child
from eventwire.stages.events.nonevents import word_classes
from eventwire.stages.events.origin_of_things import origin_of_things

# prepositions that say where: "in Goma", "across Guatemala", "along the border"
# ("drills around Taiwan" are aimed at it: "around" is no locative here)
LOCATIVE_PREPS = {"in", "inside", "across", "throughout", "through", "along", "near", "at",
                  "outside"}
# prepositions of direction: a place only when a place noun says so ("to the
# city of Valparaiso", "to the streets of Caracas"); "sent troops to Mali" or
# "appealed to Washington" may name a party
DIRECTION_PREPS = {"to", "into", "toward", "towards"}
_ACCORDING = get_string_id("according")
# nouns that name a place, not its people ("the port city of X", "the
# streets of X", "its border with X", "Somali waters")
PLACE_NOUNS = {"city", "town", "capital", "street", "streets", "region", "province",
               "district", "village", "area", "port", "border", "frontier", "square",
               "territory", "waters", "island", "enclave", "outskirts"}
PLACE_ENTS = {"GPE", "LOC"}
# a place named in violence stands for its people ("resume attacks in Israel",
# "fired rockets at Sderot": docs/annotation.md "shelled Gaza")
VIOLENT_KINDS = {"ASSAULT", "THREATEN"}
DENY_LEMMAS = {"deny"}
# acts of taking or holding ground: what is taken is territory ("seized the
# town", "occupied the village"); curated.yaml's one list of taking (review32)
TAKE_LEMMAS = word_classes()["capture_verbs"] | word_classes()["holding_verbs"]
# sites that stand for no one when taken (recip44): the town they serve is
# named as their owner ("Goma's airport") and is no recipient either
TAKEN_SITES = frozenset({"airport", "airports", "airfield", "airstrip"})
# calling one's own people back: "recalled its ambassador", "withdrew their envoys"
RECALL_LEMMAS = {"recall", "withdraw", "pull", "evacuate", "repatriate"}
# the one list of possessives that name the actor's own (also ``addressed_followers``)
OWN_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "my", "own"})
# the host an envoy is recalled from stays the target (PLOVER codes it)
HOST_PREPS = {"from", "to", "in"}
# closing a place off: "locked down the neighbourhood", "sealed off the area"
SEAL_LEMMAS = {"lock", "cordon", "seal", "shut", "close"}
SEALED_NOUNS = PLACE_NOUNS | {"neighbourhood", "neighborhood", "road", "roads", "campus",
                              "block", "blocks", "zone", "perimeter"}
# stopping an act: "foiled an attack", "repelled an assault", "thwarted a plot"
FOIL_LEMMAS = {"foil", "thwart", "repulse", "repel", "avert", "frustrate", "fend", "scupper"}
# what is foiled is an act, whose own parties it names
ACT_NOUNS = {"attack", "attempt", "plot", "bid", "raid", "assault", "hijack", "hijacking",
             "ambush", "offensive", "coup", "incursion", "intention", "kidnapping", "attacks",
             "attempts"}


def _is_place(tok: Token, state: bool) -> bool:
    """A place name (a state or town of the KB, whatever NER says), a GPE or
    LOC entity, or a place noun."""
    return state or tok.ent_type_ in PLACE_ENTS or tok.lemma_.lower() in PLACE_NOUNS


def named_place(tok: Token) -> Token:
    """The name a place noun gives ("the capital city [of Algiers]", "the
    capital, [Brasilia]", "the streets [of Caracas]"), else the token."""
    if tok.lemma_.lower() not in PLACE_NOUNS:
        return tok
    name = child(tok, {"appos"}) or next(
        (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
         for g in c.children if g.dep_ == "pobj"), None)
    return tok if name is None else name


def located_place(tok: Token, kind: str | None, state: bool = False) -> bool:
    """Class *the place an act happens in is no recipient*: a place name
    (or a place noun: "the city", "Somali waters") that is the object of a
    locative preposition, directly or through a place noun it names ("the
    capital, Brasilia", "the port city of Valparaiso", "its border with
    Ecuador"); a direction ("to", "into") only through a place noun. Not
    for violence and threats of it, where the place stands for its people.
    recips27, *the destination of a deployment*: a MOBILIZE moves one's own
    forces, so its "to" place is where they go, named or not ("will send
    1,000 more troops to central Mali", "deploy 700 more troops to northern
    Kosovo", "moved two brigades into Donbas"); aid sent to a state stays
    addressed to it."""
    if kind in VIOLENT_KINDS or not _is_place(tok, state):
        return False
    cur, via_place = tok, tok.lemma_.lower() in PLACE_NOUNS
    for _ in range(3):
        if cur.dep_ == "appos" and cur.head.lemma_.lower() in PLACE_NOUNS:
            cur = cur.head
        elif cur.dep_ == "pobj" and cur.head.lower_ in ("of", "with") \
                and cur.head.head.lemma_.lower() in PLACE_NOUNS:
            cur = cur.head.head
        else:
            break
        via_place = True
    if cur.dep_ != "pobj":
        return False
    prep = cur.head.lower_
    return prep in LOCATIVE_PREPS or (
        (via_place or kind == "MOBILIZE") and prep in DIRECTION_PREPS)


# the platforms and media a statement goes out on ("on Twitter", "on state
# television"): cues.yaml's one list of platforms and media nouns (review42)
CHANNEL_WORDS = frozenset(
    w.lower() for w in default_cues().ordered("platforms") + default_cues().ordered("media_nouns")
    if " " not in w) | {"tv", "medium", "website", "podcast", "airwaves"}
CHANNEL_PREPS = {"on", "via", "over"}
# acts done to someone, where "on X" names whom they fall on ("sanctions on
# the broadcaster", "an attack on the radio station")
DONE_TO_KINDS = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
# verbs whose "on" names a party, not a channel: "called on Facebook to
# remove", "blamed the unrest on social media", "prevailed on YouTube to"
ON_PARTY_VERBS = {"call", "blame", "prevail", "pin"}
# nouns whose "on" names what they target ("lifted the ban on Telegram")
TARGETING_NOUNS = default_cues().words("targeting_nouns")


def statement_channel(tok: Token, kind: str | None) -> bool:
    """Class *the channel of a statement* (recips27): the platform a speaker
    speaks on ("condemned the riot on Twitter", "welcomed the deal on social
    media", "warned on state television that ...") is how the words went
    out, not whom they address. Only the object of "on"/"via"/"over" hanging
    from a verb or its object, and not for acts done to someone ("imposed
    sanctions on the broadcaster", "cracked down on social media"). review42:
    nor where "on" names a party -- the one called on or blamed ("called on
    Facebook to remove the posts", "blamed the riots on social media") or
    the one a targeting noun falls on ("lifted its ban on Telegram",
    "threatened new curbs on TikTok")."""
    if kind in DONE_TO_KINDS or tok.dep_ != "pobj" or tok.lemma_.lower() not in CHANNEL_WORDS:
        return False
    prep = tok.head  # on the verb, or on its object ("welcomed the deal on X")
    host = prep.head
    verb = host.head if host.dep_ == "dobj" else host  # "blamed [the unrest on] X"
    if prep.lower_ == "on" and (verb.lemma_.lower() in ON_PARTY_VERBS
                                or host.lemma_.lower() in TARGETING_NOUNS):
        return False
    return prep.lower_ in CHANNEL_PREPS and (host.pos_ in ("VERB", "AUX") or host.dep_ == "dobj")


def attribution_source(tok: Token) -> bool:
    """Class *the source of a report is no recipient*: a mention inside an
    "according to" phrase ("deployed more troops to the base, according to
    Iraqi lawmakers", "attacked the convoy, according to local officials")."""
    heads, lowers = head_indices(tok.doc), column(tok.doc, LOWER)
    cur = tok.i  # climbed on positions, not a Token per step (speed24)
    for _ in range(4):
        if heads[cur] == cur:
            return False
        cur = heads[cur]
        if lowers[cur] == _ACCORDING:
            return True
    return False


def denied_content(tok: Token, trigger: Token | None) -> bool:
    """Class *the victims of a denied act are not the denial's*: a denial's
    recipient can only be whom something is denied to ("denied him a
    visa", "observers were denied accreditation") or whose claim is denied
    ("denied Moscow's claims"); any other mention lies in the denied act
    ("denied attacking villagers", "denied that police beat the students",
    "denied any links to the gang")."""
    if trigger is None or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in DENY_LEMMAS:
        return False
    if tok.head == trigger and tok.dep_ in ("dative", "dobj", "nsubjpass") \
            and tok.tag_ != "VBG":
        return False
    obj = child(trigger, {"dobj"})
    if obj is not None and obj.tag_ != "VBG" and (
            (tok.dep_ == "poss" and tok.head == obj)
            or (tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.head == obj)):
        return False
    return True


def taken_place(tok: Token, trigger: Token | None, state: bool,
                kind: str | None = None) -> bool:
    """Class *a place taken is no recipient unless it is what a seizure
    takes*. Since relabel51 (docs/annotation.md "Open questions decided",
    (b)) a town, region or territory an ASSAULT or COERCE of taking seizes,
    captures or occupies *is* the recipient, standing for the side that held
    it ("captured Goma", "occupied the city of Gori", "took control of the
    district"); still dropped: an airport taken and the town named as its
    owner ("took control of the town's airport", "seize Goma airport":
    an airport stands for no one, recip44), a place a protest occupies
    ("the convoy occupying downtown Ottawa", PROTEST), a place that is not
    what is taken ("take all measures to restore order in Niger"), and a
    place named as the owner of the craft or goods taken ("seize every ship
    of Russia's fleet": the ship, recip45)."""
    if trigger is None or trigger.lemma_.lower() not in TAKE_LEMMAS:
        return False
    site = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
    if tok.dep_ in ("poss", "compound", "amod", "pobj", "appos") \
            and site.lemma_.lower() in TAKEN_SITES:
        return True  # "Goma's airport", "the airport of the eastern city"
    if tok.ent_type_ == "NORP" or tok.pos_ == "ADJ":
        return False  # "seized a Thai trawler", "seized 11 Yemeni nationals": people
    if not (_is_place(tok, state) or tok.lemma_.lower() in TAKEN_SITES):
        return False
    return kind not in SEIZING_KINDS or not _taken_object(tok, trigger)


# the types whose taking of a place is done to the side that held it
SEIZING_KINDS = frozenset({"ASSAULT", "COERCE"})
# links from a place name up to what a verb of taking takes: "the town *of*
# X", "control *of* X", "X, the capital", "X's border", "the X district"
TAKEN_LINKS = frozenset({"pobj", "prep", "appos", "compound", "poss", "conj"})


def _taken_object(tok: Token, trigger: Token) -> bool:
    """The place is the object (or passive subject) of the verb of taking,
    or sits in it through "of", an apposition, a compound, a possessive of
    a place noun or a coordination (at most four links)."""
    cur = tok
    for _ in range(4):
        if cur.head.i == trigger.i:
            return cur.dep_ in ("dobj", "nsubjpass") or (
                cur.dep_ == "prep" and cur.lower_ == "of")  # "took control of X"
        if cur.dep_ not in TAKEN_LINKS or cur.head == cur:
            return False
        if cur.dep_ == "prep" and cur.lower_ != "of":
            return False
        if cur.dep_ == "poss" and cur.head.lemma_.lower() not in PLACE_NOUNS:
            return False  # "every ship of Russia's fleet": the fleet is taken
        cur = cur.head
    return False


def own_people_recalled(tok: Token, trigger: Token | None) -> bool:
    """Class *one's own people called back*: an envoy, staff or citizens a
    side recalls, withdraws or evacuates, marked as its own ("recalled its
    ambassador from Vilnius", "will withdraw their diplomats", "recalled
    its own envoy", "evacuated our citizens"), are what is moved, not
    whom the act targets; when the host is named ("recalled its ambassador
    from Ottawa", "its envoy to Ethiopia") the envoy stands for it and
    stays -- when the host is a proper toponym, ``toponym_parties.recall_host``
    has already made that toponym the recipient (recip40)."""
    if trigger is None or trigger.lemma_.lower() not in RECALL_LEMMAS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in HOST_PREPS for c in (*tok.children,
                                                                 *trigger.children)):
        return False  # "recalled its ambassador from Canada": the host is targeted
    return any(c.dep_ in ("poss", "amod") and c.lower_ in OWN_POSSESSIVES
               for c in tok.children)


def foiled_act(tok: Token, trigger: Token | None, kind: str | None = None) -> bool:
    """Class *the parties of a foiled act are not the foiling's*: a mention
    inside the act noun a verb of stopping takes as its object or passive
    subject ("foiled an attack on merchant vessels", "repelled a separate
    attack on a police base", "thwarted a multi-boat attack by sea
    brigands", "foiled a Somali pirate attack", "an attack on the convoy
    was repulsed") is that act's target or author; the attackers named as
    the object itself ("repelled the insurgents") stay. When the stopping
    is itself an attack (ASSAULT: "repelled an RSF attack, killing dozens
    of the attackers") its authors are fought: only the foiled act's target
    (its on/against phrase) is dropped. recips27: the parser often hangs
    that phrase on the verb when a word stands between ("thwarted another
    attack today on a freighter", "foiled a second attack on Sunday against
    the convoy"): an on/against phrase of the verb after the act noun is
    still the act's target."""
    if trigger is None or trigger.lemma_.lower() not in FOIL_LEMMAS:
        return False
    act = child(trigger, {"dobj", "nsubjpass"})
    if act is None or act.lemma_.lower() not in ACT_NOUNS or tok == act:
        return False
    if tok not in act.subtree:  # recips27: the act's target hung on the verb
        return any(c.dep_ == "prep" and c.lower_ in ("on", "against", "upon") and c.i > act.i
                   and tok in c.subtree for c in trigger.children)
    return kind != "ASSAULT" or any(
        c.dep_ == "prep" and c.lower_ in ("on", "against", "upon") and tok in c.subtree
        for c in act.children)


def sealed_place(tok: Token, trigger: Token | None, state: bool) -> bool:
    """Class *a place sealed off is where, not whom*: the object or passive
    subject of lock (down), cordon (off), seal (off), shut (down), close
    that is a place noun or a place name ("police locked down the
    neighbourhood", "officers cordoned off streets", "the suburb of
    Randwick has been locked down", "troops sealed off the district");
    offices or crossings shut ("shut Serb-run offices") are not places."""
    if trigger is None or trigger.lemma_.lower() not in SEAL_LEMMAS:
        return False
    if tok.head != trigger or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return tok.lemma_.lower() in SEALED_NOUNS or tok.lower_ in SEALED_NOUNS or (
        tok.pos_ == "PROPN" and _is_place(tok, state))


# what a rejection's pronoun may stand for besides the allegations
# (curated.yaml ``allegation_nouns``): results, terms and proposals
CONTENT_NOUNS = word_classes()["allegation_nouns"] | {
    "result", "results", "finding", "findings", "proposal", "proposals", "demand", "demands",
    "term", "terms", "condition", "conditions", "offer", "offers", "plan", "plans", "figure",
    "figures", "verdict", "ruling", "decision", "request", "requests", "ultimatum",
    "statement", "statements", "remark", "remarks", "suggestion", "suggestions"}
# the pronouns a rejection takes as its object, by the number they want
CONTENT_PRONOUNS = {"them": "NNS", "these": "NNS", "those": "NNS", "it": "NN", "this": "NN"}


def rejected_content(tok: Token, kind: str | None) -> bool:
    """Class *a pronoun rejected stands for what was said* (recips30): the
    object pronoun of a rejection whose nearest noun of its number before
    it (in its sentence or the one before) is a claim, result or proposal
    -- "These charges are baseless and we reject them", "The ministry
    dismissed the reports. 'We reject them entirely,' a spokesman said",
    "If the figures are not audited, we will not accept them"; "The army
    arrested the two men, and the court refused to free them" keeps the
    men (no rejection of content)."""
    tag = CONTENT_PRONOUNS.get(tok.lower_)
    if kind != "REJECT" or tag is None or tok.dep_ != "dobj":
        return False
    sent = sent_of(tok)
    start = sent.start
    if start > 0:
        start = sent_of(tok.doc[start - 1]).start
    for prev in reversed(tok.doc[start:tok.i]):
        if prev.pos_ in ("NOUN", "PROPN") and prev.tag_.startswith(tag) and (
                tag == "NNS") == prev.tag_.endswith("S"):
            return prev.lower_ in CONTENT_NOUNS or prev.lemma_.lower() in CONTENT_NOUNS
    return False


def not_a_recipient(doc: Doc, m: ActorMention, kind: str | None,
                    trigger: Token | None = None) -> bool:
    """Whether the mention is one of the classes above."""
    tok = head_token(doc, m)
    if tok is None:
        return False
    state = m.kind == "state"
    return located_place(tok, kind, state) or attribution_source(tok) \
        or denied_content(tok, trigger) or taken_place(tok, trigger, state, kind) \
        or own_people_recalled(tok, trigger) or foiled_act(tok, trigger, kind) \
        or sealed_place(tok, trigger, state) or origin_of_things(m, tok) \
        or statement_channel(tok, kind) or rejected_content(tok, kind)
