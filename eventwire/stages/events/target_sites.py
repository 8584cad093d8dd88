"""Class *a site attacked stands for its people* (recips14): the camp,
base, airport, building or vessel an act is done to, as a bare option the
recipient ranker may fill an empty slot with.

Why: the annotation guide codes "targeted buildings and vehicles" as
recipients with the sector of what they stand for (docs/annotation.md:
police station COP, ministry office GOV, banks and stores BUS; a ship
under attack stands for its crew), and "shelled Gaza" style places when
they stand for their people. The actor tables hold none of these nouns,
so the rules leave the slot empty ("militiamen attacked a military camp",
"jets bombed radar sites", "raided the municipal building"). Whether a
site is the act's target or only its content ("seized computers",
"blocked roads", "searched buildings") is left to the ranker, which sees
the option's kind and the event type; this module only says what a site
noun is and which sector its words give. The rules' own tables in
``data/events/roles.yaml`` (``installations``, ``attacked_places``,
``unnamed``) already make a recipient of a site with a named owner ("Houthi
positions") or of the listed kinds; a site reaches this module only when
they did not (``recipient_mention`` found nothing).

Word lists (lists19): ``SITE_WORDS`` and the roles.yaml tables mean different
classes and stay apart: ``installations`` is a site with a named owner,
``attacked_places`` a place standing for its people in violence only (a
town, a city, a vessel), while a site word here is any bare site the ranker
may weigh. The sector of a *building* is one class, though: the sectors of
the buildings both list (home, house, hotel, school, hospital, mosque,
church, residence) come from roles.yaml's ``unnamed_buildings``, so the two
cannot disagree again ("residence" was CVL here, GOV there: an official's
residence is what news reports attacked; a private one is a "home").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import load_yaml
from eventwire.paths import DATA_DIR

# head nouns of places and vehicles that stand for the people in them
SITE_WORDS = frozenset({
    "airport", "airfield", "airbase", "area", "base", "barracks", "boat", "building",
    "camp", "checkpoint", "city", "compound", "convoy", "depot", "embassy", "enclave",
    "facility", "garrison", "hangar", "headquarters", "helicopter", "hideout", "home",
    "hospital", "hotel", "house", "installation", "mosque", "church", "office", "outpost",
    "plane", "port", "position", "post", "residence", "school", "ship", "site", "skiff",
    "station", "stronghold", "tanker", "town", "vessel", "village", "warship"})

# a modifier word names whom the site stands for
MODIFIER_SECTORS = {
    "military": "MIL", "army": "MIL", "naval": "MIL", "navy": "MIL", "air": "MIL",
    "border": "MIL", "troop": "MIL", "militant": "REB", "terror": "REB", "terrorist": "REB",
    "rebel": "REB", "separatist": "REB", "insurgent": "REB", "jihadist": "REB",
    "civilian": "CVL", "residential": "CVL", "police": "COP", "municipal": "GOV",
    "government": "GOV", "ministry": "GOV", "presidential": "GOV", "bank": "BUS",
    "commercial": "BUS", "oil": "BUS", "fuel": "BUS", "merchant": "BUS", "cargo": "BUS",
    # recip63: a camp or shelter of the displaced stands for refugees, not a
    # force ("attacked the displacement camp", "raided refugee camps")
    "displacement": "REF", "refugee": "REF", "displaced": "REF", "idp": "REF",
}

# else the head noun does (None: only the country can be given): the sites'
# own words here, the buildings' from roles.yaml (module docstring)
SITE_HEAD_SECTORS = {
    "barracks": "MIL", "base": "MIL", "camp": "MIL", "checkpoint": "MIL", "garrison": "MIL",
    "outpost": "MIL", "position": "MIL", "post": "MIL", "warship": "MIL", "hideout": "REB",
    "stronghold": "REB", "tanker": "BUS", "ship": "BUS", "vessel": "BUS",
    "depot": "BUS", "village": "CVL", "embassy": "GOV",
}
ROLE_WORDS = DATA_DIR / "events" / "roles.yaml"


def _building_sectors() -> dict[str, str]:
    """roles.yaml's ``unnamed_buildings`` sectors of the site words."""
    raw = load_yaml(ROLE_WORDS.read_text(encoding="utf-8"))
    return {str(w): str(s) for w, s in raw["unnamed_buildings"].items() if w in SITE_WORDS}


HEAD_SECTORS = {**_building_sectors(), **SITE_HEAD_SECTORS}


def is_site(tok: Token) -> bool:
    """A common noun heading a place or vehicle that can stand for its people."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in SITE_WORDS


def site_sectors(tok: Token) -> list[str]:
    """The sector of whom a site stands for: a modifier's ("a military
    camp", "militant hideouts", "civilian facilities", "the municipal
    building") before the head noun's ("the camp", "a hotel"); none when
    neither says."""
    for left in tok.lefts:
        sector = MODIFIER_SECTORS.get(left.lemma_.lower())
        if sector is not None and left.dep_ in ("amod", "compound", "nmod"):
            return [sector]
    sector = HEAD_SECTORS.get(tok.lemma_.lower())
    return [sector] if sector is not None else []
