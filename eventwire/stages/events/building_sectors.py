"""Class *a building or site acted on takes the sector of what it stands for*
(issue #12, sites48).

Why: by the head noun of the recipient phrase, buildings and sites acted on
are the largest recipient class with a head in common (recip46's census,
re-run on m62 in sites48). Where the system keeps the building's own
phrase as the recipient, its sector is often the default of the word it
kept -- a hotel's name as a people's CVL or a person's ("stormed the
Wehliye Hotel", "stormed the Ambassador Hotel"), a gendarmerie or health
post as a force's MIL ("storm a gendarmerie post", "attack on health
post"), a state word on a post or a building ("attacked a government
health post", "several state buildings were set ablaze"). The guide codes
a building, site or facility acted on by **what it stands for**
(docs/annotation.md, "A building, site or facility acted on is the
recipient with the sector of what it stands for"; "Targeted buildings and
vehicles": police station COP, ministry office GOV, banks and stores BUS),
and what it stands for is written in the building's own phrase: its
modifiers first (police and gendarmerie COP, health HLH, television MED,
militant REB, army MIL, state GOV: ``modifier_sector``), else
its head noun (a hotel, shop or factory BUS; a church or mosque REL; a
school EDU; a hospital HLH; barracks or a base MIL: the shared building
tables, ``target_sites.HEAD_SECTORS`` and roles.yaml's buildings and
business premises, plus the few heads only this class reads,
``EXTRA_HEADS``).

Here the chosen recipient -- a mention headed by such a noun, or a state
word or place name modifying it -- takes that sector; its country stays.
Not changed: a building named by an owner who is an actor of its own (a
person or an organisation: "the BJP's office", "the Al Jazeera office",
"Machar's base" keep the owner's codes), a home, house or residence (it
stands for whoever lives there, already coded), a phrase that names no
kind ("the building", "the post", "two posts"), a named mention the
knowledge base identifies, and any mention outside a building's phrase.
A building as the scene of an act ("clashes outside the hotel") or a
speaker ("the White House said") is not made a recipient here: this rule
only recodes a recipient already chosen.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.datafiles import load_yaml
from eventwire.models import ActorMention
from eventwire.nlp.spans import head_token
from eventwire.stages.events.target_sites import HEAD_SECTORS, MODIFIER_SECTORS, ROLE_WORDS

# building heads no shared table holds (their sector is the head's alone;
# "store" is roles.yaml's: review94)
EXTRA_HEADS = {
    "mall": "BUS", "cafe": "BUS", "casino": "BUS", "motel": "BUS",
    "pharmacy": "BUS", "synagogue": "REL", "cathedral": "REL", "chapel": "REL",
    "monastery": "REL", "pagoda": "REL", "shrine": "REL", "college": "EDU",
    "campus": "EDU", "seminary": "EDU", "clinic": "HLH", "studio": "MED",
    "newsroom": "MED", "capitol": "LEG", "consulate": "GOV", "airbase": "MIL",
}
# heads that stand for whoever lives there or owns them: their mention is
# coded by its own rule (the residents, the official, the owner)
DWELLINGS = frozenset({"home", "house", "residence", "palace"})
# sites of the shared table that are no building: vessels (``vessel_sectors``
# codes them), places and positions (their holder's: relabel51 (b))
NOT_BUILDINGS = frozenset({"ship", "vessel", "tanker", "warship", "boat", "skiff", "village",
                           "town", "city", "position", "stronghold", "area", "enclave",
                           # "the central bank" is a state's: a bank acted on is
                           # coded BUS where it is found (roles.yaml)
                           "bank", "banks"})
# heads that name no kind alone: only a modifier gives their sector
GENERIC_HEADS = frozenset({
    "post", "station", "camp", "building", "office", "compound", "headquarters",
    "centre", "center", "facility", "checkpoint", "premises", "complex", "site"})
# a possessed one of these is its owner's ("Machar's base", "the party's
# office"): the generic heads but a checkpoint, and the armed forces' sites
OWNER_HEADS = GENERIC_HEADS - {"checkpoint"} | {"base", "barracks", "garrison", "outpost"}
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
DEFINITE = frozenset({"the", "this", "that"})
# how far back a building told before is looked for, and the positions of a
# building acted on (not a speaker's "the ministry said")
BACK_SENTENCES = 2
ANTECEDENT_DEPS = frozenset({"dobj", "pobj", "nsubjpass", "conj", "appos"})
# the site table's modifier words plus the kinds this class reads: a
# gendarmerie or health post, a TV station, a state or parliament building.
# They recode a recipient once chosen; the ranker's options keep the site
# table's own sectors, which it was fitted on (changing them there moved
# its choices: an "attack on health post" lost its recipient, sites48)
BUILDING_MODIFIERS = {
    **MODIFIER_SECTORS,
    "gendarmerie": "COP", "precinct": "COP", "health": "HLH", "medical": "HLH",
    "television": "MED", "tv": "MED", "radio": "MED", "newspaper": "MED", "petrol": "BUS",
    "state": "GOV", "capitol": "LEG", "parliament": "LEG", "assembly": "LEG",
}
# a modifier that names the institution owning the building: its own
# modifiers name the institution's field, not whom the building stands for
# ("an oil ministry building" GOV, not the oil's BUS; "a health ministry
# warehouse" GOV; "a state oil company depot" BUS: review94)
OWNING_MODIFIERS = {"ministry": "GOV", "company": "BUS", "firm": "BUS", "corporation": "BUS"}
# when two modifiers name two sectors, the narrower one wins: "a government
# health post" is a health post, "a state television station" a broadcaster's
SECTOR_ORDER = ("COP", "HLH", "MED", "LEG", "REB", "MIL", "BUS", "CVL", "GOV")
# a head that names its own kind beats any modifier: "the government
# school" is a school (EDU), "a state hospital" HLH, "an army chapel" REL;
# a person's one ("Palin's church") is still of its kind
OWN_KIND_SECTORS = frozenset({"EDU", "HLH", "REL", "MED", "JUD", "LEG"})


def _head_table() -> dict[str, str]:
    """The building heads' sectors: roles.yaml's buildings and business
    premises, the site table's heads, then this class's extras."""
    raw = load_yaml(ROLE_WORDS.read_text(encoding="utf-8"))
    table = {str(w): str(s) for part in ("unnamed_buildings", "business_premises")
             for w, s in raw[part].items() if " " not in str(w)}
    return {**table, **HEAD_SECTORS, **EXTRA_HEADS}


HEADS = {w: s for w, s in _head_table().items() if w not in DWELLINGS | NOT_BUILDINGS}
# mention kinds that yield to the building they modify: a state word, a
# place, a bare agent ("police" in "the police station")
YIELDING_KINDS = frozenset({"state", "place", "agent"})


def _named_state(tok: Token) -> bool:
    """"State" inside a name ("an Islamic State camp") is no state's."""
    return tok.lower_ == "state" and tok.text[:1].isupper() and tok.i > tok.sent.start


def modifier_sector(building: Token) -> str | None:
    """The sector a building noun's own modifiers name ("a military camp",
    "a gendarmerie post", "a police border post"); of two, the narrower
    (``SECTOR_ORDER``); an owning institution's ("an oil ministry
    building") ends the search below it (``OWNING_MODIFIERS``)."""
    named: set[str | None] = set()
    stack = [c for c in building.lefts if c.dep_ in MODIFIER_DEPS]
    while stack:
        mod = stack.pop()
        owner = OWNING_MODIFIERS.get(mod.lemma_.lower())
        if owner is not None:
            named.add(owner)
            continue
        if not _named_state(mod):
            named.add(BUILDING_MODIFIERS.get(mod.lemma_.lower()))
        stack.extend(c for c in mod.lefts if c.dep_ in MODIFIER_DEPS)
    return next((s for s in SECTOR_ORDER if s in named), None)


def _building_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ in ("NOUN", "PROPN") and (lemma in HEADS or lemma in GENERIC_HEADS)


def building_kind(building: Token) -> str | None:
    """The sector a building's own phrase names: a head that names its own
    kind ("the government school" EDU), else a modifier's, else a head's
    ("a rebel base" REB, "the base" MIL); an owning institution its own
    ("the oil ministry" GOV, review94); None for "the building", "the
    post"."""
    lemma = building.lemma_.lower()
    if lemma in OWNING_MODIFIERS:  # "the oil ministry": its modifiers name its field
        return OWNING_MODIFIERS[lemma]
    head = None if lemma in GENERIC_HEADS else HEADS.get(lemma)
    return head if head in OWN_KIND_SECTORS else modifier_sector(building) or head


def _anaphoric(building: Token) -> bool:
    """"the building", "the compound", "the station": a definite generic
    head with no modifier, which names a building told before."""
    lefts = list(building.lefts)
    return building.lemma_.lower() in GENERIC_HEADS and len(lefts) == 1 \
        and lefts[0].lower_ in DEFINITE and not any(r.lower_ == "of" for r in building.rights)


def told_before(building: Token) -> str | None:
    """Class *the building told before*: "gunmen stormed the building"
    after "a car bomb struck the gate of a hotel" is the hotel (BUS);
    "police stormed the building" after "gunmen burst into a television
    studio" the studio (MED). The nearest building noun with a kind
    acted on (object, preposition's object, passive subject) earlier in
    the sentence or in the ``BACK_SENTENCES`` before it gives the
    sector; a building named as a speaker ("the ministry said") is no
    antecedent (docs/annotation.md: a definite noun "is labelled with its
    antecedent")."""
    if not _anaphoric(building):
        return None
    sents = list(building.doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= building.i < s.end)
    start = sents[max(0, here - BACK_SENTENCES)].start
    for tok in reversed(building.doc[start:building.i]):
        if tok.dep_ in ANTECEDENT_DEPS and _building_noun(tok) and not _anaphoric(tok):
            kind = building_kind(tok)
            if kind is not None:
                return kind
    return None


def told_before_sectors(tok: Token) -> list[str]:
    """:func:`told_before` as the sector list of a bare-site option
    (``bare_options.bare_objects``): an anaphoric "the building"
    takes the sector of the building told before."""
    kind = told_before(tok)
    return [kind] if kind is not None else []


def _possessed(building: Token) -> bool:
    return any(c.dep_ == "poss" for c in building.children)


def _building_above(tok: Token) -> Token | None:
    """The building noun a state word or place name directly modifies
    ("government" in "a government health post", "state" in "state
    buildings")."""
    if tok.dep_ in MODIFIER_DEPS and tok.head != tok and _building_noun(tok.head):
        return tok.head
    return None


def _own_kind_owned(tok: Token) -> Token | None:
    """The building a person's possessive names when the building names
    its own kind ("Palin's church" REL, "the bishop's school" EDU): the
    building, not its owner, is what was acted on (a home or an office is
    its owner's: not here)."""
    head = tok.head
    own = _building_noun(head) and HEADS.get(head.lemma_.lower()) in OWN_KIND_SECTORS
    return head if own else None


def building_of(doc: Doc, recipient: ActorMention) -> Token | None:
    """The building noun whose phrase the recipient mention is: the noun
    its head is (not a KB-identified name), or the one its state word or
    place name modifies; None for an owner with codes of its own."""
    tok = head_token(doc, recipient)
    if tok is None:
        return None
    if _building_noun(tok):
        building = tok if recipient.actor_id is None else None
    elif recipient.kind in YIELDING_KINDS and recipient.actor_id is None \
            or recipient.kind == "state":
        building = _building_above(tok)
    elif recipient.kind == "person" and tok.dep_ == "poss":
        building = _own_kind_owned(tok)
    else:
        return None
    if building is None or _possessed(building) and \
            building.lemma_.lower() in OWNER_HEADS:
        return None
    return building


def building_sector(doc: Doc, recipient: ActorMention | None) -> ActorMention | None:
    """The recipient with the sector of the building its phrase names when
    that is another than the mention's; else unchanged."""
    if recipient is None:
        return None
    building = building_of(doc, recipient)
    sector = None if building is None else building_kind(building) or told_before(building)
    if sector is None or recipient.sectors[:1] == [sector]:
        return recipient
    return replace(recipient, sectors=[sector], rule=recipient.rule + "+building")
