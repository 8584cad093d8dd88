"""Class *a building or site acted on takes the sector of what it stands for*
(issue #12, sites48).

Why: by the head noun of the recipient phrase, buildings and sites acted on
are the largest recipient class with a head in common (recip46's census,
re-run on m62 in sites48). Where the system keeps the building's own
phrase as the recipient, its sector is often the default of the word it
kept -- a hotel's name as a people's CVL or a state's GOV ("stormed the
Wehliye Hotel"), a gendarmerie or health post as a force's MIL ("storm a
gendarmerie post", "attack on health post"), a place name or a state word
on a base or a building ("attack on Bosaso base", "set ablaze several
state buildings"), a possessor on a church ("Palin's church"). The guide
codes a building, site or facility acted on by **what it stands for**
(docs/annotation.md, "A building, site or facility acted on is the
recipient with the sector of what it stands for"; "Targeted buildings and
vehicles": police station COP, ministry office GOV, banks and stores BUS),
and what it stands for is written in the building's own phrase: its head
noun (a hotel, shop or factory BUS; a church or mosque REL; a school or
university EDU; a hospital or clinic HLH; barracks or a base MIL; a
studio MED; a parliament or capitol building LEG; an embassy, consulate
or ministry GOV) or, for a noun that names no kind (post, station, camp,
building, office, compound, headquarters), its modifiers (police and
gendarmerie COP; health and medical HLH; army and military MIL; militant,
rebel and separatist REB; television, radio and newspaper MED; state and
government GOV; petrol and filling BUS).

Here the chosen recipient -- a mention headed by such a noun, or a place
name or state word modifying it -- takes that sector; its country stays.
Not changed: a building named by an owner who is an actor of its own (a
person, an organisation the knowledge base or the tagger knows: "the
BJP's office", "the Al Jazeera office" keep the owner's codes), a home,
house or residence (it stands for whoever lives there: the possessor's or
the residents' codes, already given), a possessed base or office ("Machar's
base": the owner's), a phrase that names no kind ("the building", "two
posts"), a border post (border guards are MIL or COP by force: the guide
codes by the force when named), and any mention outside a building's
phrase. A building as the scene of an act ("clashes outside the hotel")
or a speaker ("the White House said") is never chosen as the recipient
here: this rule only recodes a recipient already chosen.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.models import ActorMention
from eventwire.nlp.spans import head_token

# head nouns that name what the building stands for by themselves
HEAD_KINDS: dict[str, str] = {
    **dict.fromkeys(("hotel", "shop", "store", "restaurant", "supermarket", "mall",
                     "factory", "warehouse", "cafe", "nightclub", "pharmacy", "casino",
                     "motel", "boutique"), "BUS"),
    **dict.fromkeys(("church", "mosque", "temple", "synagogue", "cathedral", "monastery",
                     "chapel", "pagoda", "shrine"), "REL"),
    **dict.fromkeys(("school", "university", "college", "campus", "seminary"), "EDU"),
    **dict.fromkeys(("hospital", "clinic"), "HLH"),
    **dict.fromkeys(("barracks", "base", "airbase", "garrison", "outpost"), "MIL"),
    **dict.fromkeys(("studio", "newsroom"), "MED"),
    **dict.fromkeys(("capitol",), "LEG"),
    **dict.fromkeys(("embassy", "consulate"), "GOV"),
}
# head nouns whose kind only their modifiers name
GENERIC_HEADS = frozenset({
    "post", "station", "camp", "building", "office", "compound", "headquarters",
    "centre", "center", "facility", "checkpoint", "premises", "complex"})
# modifier words and the sector they give, in the order they are tried
# (a "government health post" is a health post, a "police headquarters
# building" a police building)
MODIFIER_KINDS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"police", "gendarmerie", "precinct", "constabulary"}), "COP"),
    (frozenset({"health", "medical"}), "HLH"),
    (frozenset({"militant", "rebel", "separatist", "insurgent", "jihadist", "guerrilla",
                "guerilla", "dissident"}), "REB"),
    (frozenset({"army", "military", "troop", "naval", "navy"}), "MIL"),
    (frozenset({"television", "tv", "radio", "newspaper", "news", "broadcaster"}), "MED"),
    (frozenset({"parliament", "assembly", "legislature", "capitol"}), "LEG"),
    (frozenset({"petrol", "filling", "gas", "fuel", "shopping", "commercial"}), "BUS"),
    (frozenset({"state", "government", "administration", "municipal", "ministry",
                "mayor", "governor"}), "GOV"),
)
# a possessor names the owner; these heads stand for their owner, so a
# possessed one keeps the owner's codes ("Machar's base", "the party's office")
OWNER_HEADS = frozenset({"base", "barracks", "garrison", "outpost", "camp", "office",
                         "compound", "headquarters", "building", "premises", "facility"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# a place name or a state word hangs at most this many modifier links below
# the building noun ("Bosaso" -> "base"; "state" -> "buildings")
MAX_LINKS = 2


def _site_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("NOUN", "PROPN") and (lemma in HEAD_KINDS or lemma in GENERIC_HEADS)


def _modifier_words(site: Token) -> set[str]:
    """The lower-cased words and lemmas of the site noun's left modifiers,
    recursively (a possessor's own words are not read)."""
    words: set[str] = set()
    stack = [c for c in site.lefts if c.dep_ in ("amod", "compound", "nmod")]
    while stack:
        mod = stack.pop()
        words.update((mod.lemma_.lower(), mod.lower_))
        stack.extend(c for c in mod.lefts if c.dep_ in ("amod", "compound", "nmod"))
    return words


def site_kind(site: Token) -> str | None:
    """The sector a building's own phrase names, or None when it names
    none ("the building", "the post")."""
    words = _modifier_words(site)
    if "border" in words:
        return None
    for cue, sector in MODIFIER_KINDS:
        if words & cue:
            return sector
    return HEAD_KINDS.get(site.lemma_.lower())


def _possessed(site: Token) -> bool:
    return any(c.dep_ == "poss" for c in site.children)


def _site_above(tok: Token) -> Token | None:
    """The building noun a word of the mention modifies, up to
    ``MAX_LINKS`` modifier links up ("Bosaso" in "Bosaso base")."""
    cur = tok
    for _ in range(MAX_LINKS):
        if cur.head == cur or cur.dep_ not in MODIFIER_DEPS:
            return None
        cur = cur.head
        if _site_noun(cur):
            return cur
    return None


def site_of(doc: Doc, recipient: ActorMention) -> Token | None:
    """The building noun whose phrase the recipient mention is: a noun the
    mention's head is, or one a place name, state word or possessor of the
    mention modifies; None for an owner who is an actor of its own."""
    tok = head_token(doc, recipient)
    if tok is None:
        return None
    site = tok if _site_noun(tok) else _site_above(tok)
    if site is None:
        return None
    if site is not tok and not _modifier_may_yield(recipient, tok, site):
        return None
    if site is tok and (recipient.actor_id is not None
                        or _possessed(site) and site.lemma_.lower() in OWNER_HEADS):
        return None
    return site


def _modifier_may_yield(recipient: ActorMention, tok: Token, site: Token) -> bool:
    """A modifier yields to its building when it names a place or a state
    ("Bosaso base", "state buildings"), or a person owning a building that
    stands for its own kind ("Palin's church"); an organisation keeps its
    codes, and a possessed base or office is its owner's."""
    if recipient.kind == "organisation" or recipient.actor_id is not None \
            and recipient.kind not in ("state", "place", None):
        return False
    if tok.dep_ == "poss" or _possessed(site):
        return site.lemma_.lower() not in OWNER_HEADS and recipient.kind == "person"
    return recipient.kind != "person"


def site_sector(doc: Doc, recipient: ActorMention | None) -> ActorMention | None:
    """The recipient with the sector of the building its phrase names when
    that is another than the mention's; else unchanged."""
    if recipient is None:
        return None
    site = site_of(doc, recipient)
    sector = None if site is None else site_kind(site)
    if sector is None or recipient.sectors[:1] == [sector]:
        return recipient
    return replace(recipient, sectors=[sector], rule=recipient.rule + "+site")
