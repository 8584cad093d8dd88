"""Class *a place name that only names a route or site* (recip44, issue #12).

"supporters blocked the Osh-Bishkek highway", "farmers blocked the
Pune-Bengaluru highway", "gathered in Sukhbaatar Square", "sent troops to
the Stung Treng border", "blocked the main road to Kabul": the place name
is part of the name of a road, a crossing, a square, a district or a
facility, or names a route's end; the act is done to (or at) that site,
whose people the name does not stand for, so it is no recipient (the
record guide: "a recipient is an actor or nothing"). recip44's census over
the 29 development sets (``tools/recipient_fresh_census.py``): spurious
recipients that are a name inside another noun's phrase are 29, 10 of them
in the four recently blind sets (rec_z..rec_ac, 34 % against their 17 %
share of all recipient errors); those on a route or site noun were 18
spurious or wrong in 12 sets against 3 right ones. The rule keeps those: a
demonym ("Pakistani military facilities", "the Tajik frontier"), a
country's own name on a border ("closed the Mexico border": the border
with Mexico), and institutions' buildings ("the police station", "an army
base": no place name). Not a gathering named by its town ("the Tbilisi
rally", "the Linden protest": the guide takes the rally for its
protesters), nor a port or an airport (attacks on them are labelled both
ways).

review92 (probes on sentences nobody tuned to): a **district** is an
inhabited area, so the target of violence there stands for its people
("Russian troops attacked Kharkiv district": the guide's "shelled Gaza"),
and only outside an ASSAULT is a district a site ("deployed police in
Jaffna District"); and a route's end that the parser hangs on the verb
("blocked the road | to Kisumu") is read as on the route the verb's object
names (``ROUTE_NOUNS``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import ActorMention
from eventwire.stages.geo.gazetteer import gazetteer

# what a place name can name as a site or route, not as its people
SITE_NOUNS = frozenset({
    "highway", "road", "motorway", "expressway", "railway", "railroad", "bridge", "tunnel",
    "crossing", "checkpoint", "border", "frontier", "pipeline", "corridor", "square",
    "district", "facility", "terminal", "route"})
# sites that are inhabited areas: the target of violence there is its people
AREA_NOUNS = frozenset({"district"})
VIOLENCE = "ASSAULT"
# the ways a route's end names ("the road to Kabul"), also when the parser
# hangs "to Kabul" on the verb whose object the road is
ROUTE_NOUNS = frozenset({"highway", "road", "motorway", "expressway", "railway", "railroad",
                         "route", "corridor"})
# a border is a country's too: "closed the Mexico border" names the neighbour
BORDER_NOUNS = frozenset({"border", "frontier"})
# the links from a name to the noun it modifies ("Osh-Bishkek highway")
MODIFIER_DEPS = frozenset({"compound", "nmod", "npadvmod", "poss", "punct"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# a route's ends: "the main road to Kabul", "the highway from Almaty to Bishkek"
END_PREPS = frozenset({"from", "to", "between"})


def _site_of(tok: Token) -> Token | None:
    """The route or site noun the name belongs to: up to three modifier
    links rightwards ("the Osh-Bishkek highway", "the Kabul ring road"), or
    the object of from / to / between on it ("the road to Kabul")."""
    if tok.dep_ == "pobj" and tok.head.lower_ in END_PREPS:
        if tok.head.head.lemma_.lower() in SITE_NOUNS:
            return tok.head.head
        return _verb_route(tok.head.head)
    cur = tok
    for _ in range(3):
        if cur.dep_ not in MODIFIER_DEPS or cur.head.i <= cur.i:
            return None
        cur = cur.head
        if cur.lemma_.lower() in SITE_NOUNS or cur.lower_ in SITE_NOUNS:
            return cur
    return None


def _verb_route(verb: Token) -> Token | None:
    """The route noun that is the object of ``verb``, on which a route's end
    attached to the verb belongs ("blocked the road to Kisumu")."""
    if verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"
                 and c.lemma_.lower() in ROUTE_NOUNS), None)


def _place_name(tok: Token, m: ActorMention) -> bool:
    """A proper name of a place: a KB state or town, a GPE/LOC/FAC entity,
    or a gazetteer name; never a demonym ("the Tajik frontier"), whatever
    NER says of a town ("the Mombasa highway" tagged NORP)."""
    if tok.pos_ != "PROPN" or gazetteer().demonym(tok.text):
        return False
    return m.kind == "state" or tok.ent_type_ in PLACE_ENTS or bool(gazetteer().candidates(m.text))


def _country_name(m: ActorMention) -> bool:
    place = gazetteer().country(m.country) if m.country else None
    return place is not None and place.name.lower() == m.text.lower()


def named_site(tok: Token) -> bool:
    """Class *a route or site named as such* (recip57): a mention whose head
    is a capitalised site noun is the name of the road, bridge or square
    itself -- "students blocked the Liberty Bridge", "supporters had blocked
    the Linden-Soesdyke Highway", "tried to block National Highway 110" --
    no one's stand-in; a lower-case noun ("the border post", "the square")
    and an inhabited district are left to the other classes. Measured on
    the 36 development sets (recip57_r9 vs r8): recipient +3 (own) / -0,
    3 sets, no other field changed."""
    lemma = tok.lemma_.lower()
    return tok.text[:1].isupper() and tok.i > tok.sent.start and (
        lemma in SITE_NOUNS or tok.lower_ in SITE_NOUNS) and lemma not in AREA_NOUNS


def site_name(m: ActorMention, tok: Token, kind: str | None = None) -> bool:
    """Whether the mention is a place name that only names a route or site
    for an act of type ``kind`` (see the module docstring), or the named
    route or site itself (:func:`named_site`). The parse walk comes first:
    the gazetteer is asked only about a name that hangs on a site noun."""
    if named_site(tok):
        return True
    site = _site_of(tok) if tok.pos_ == "PROPN" else None
    if site is None or (kind == VIOLENCE and site.lemma_.lower() in AREA_NOUNS):
        return False
    if not _place_name(tok, m):
        return False
    return not (site.lemma_.lower() in BORDER_NOUNS and _country_name(m))
