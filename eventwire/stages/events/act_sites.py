"""Class *a site named before an act noun is where the act happens, not who
does it* (issue #12, branch actors31).

An attack or riot is often named by where it happened: the building or
site compounded with the act noun ("the embassy attack", "a prison riot",
"the anniversary of the parliament storming", "a police station
bombing"), and that site often by the town it stands in ("The Kabul
market bombing killed ten people", "A Lagos church attack killed
worshippers", "Ohio office shooting kills two"). The site is the target
or the scene; the town is where: neither is who acted. Before, the site
was read as an agent compound ("police station" COP, "embassy" GOV,
"prison" COP, "parliament" LEG) and the town as the owner named inside the
phrase ("Houthi missile" -> Houthi), both giving the act its actor.

Only act nouns of force and unrest are read (not "parliament vote",
"ministry decision": there the body acts), and only a site noun: an agent
compound that is no site ("police shooting", "army raid", "Taliban
attack") and an owner with no site after it ("U.S. drone strike",
"Houthi missile attack") still name the doer.

review53: an armed group before the site attacked it ("the al-Shabaab
hotel siege", "the Hamas festival attack", "a Boko Haram market
bombing"): only a place or the site's owner ("Kabul", "Ohio", "a Pakistani
police station attack") names where or whose the site is. And a mention
that ends in the site noun is the site itself ("The US embassy bombing
killed", "the Turkish consulate attack wounded two guards"), no doer.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.models import ActorMention

ACT_NOUNS = frozenset({"attack", "bombing", "shooting", "storming", "raid", "riot", "siege",
                       "blast", "explosion", "assault", "arson", "stabbing", "massacre",
                       "killing", "burning", "ambush", "hostage-taking", "break-in",
                       "takeover", "occupation", "shootout"})
SITE_NOUNS = frozenset({"market", "church", "mosque", "temple", "synagogue", "school",
                        "university", "campus", "office", "mall", "hotel", "embassy",
                        "consulate", "prison", "jail", "parliament", "hospital", "station",
                        "airport", "bank", "restaurant", "nightclub", "club", "stadium",
                        "courthouse", "shop", "store", "factory", "supermarket", "cafe",
                        "bar", "theatre", "theater", "concert", "festival", "parade",
                        "pipeline", "refinery", "port", "checkpoint", "headquarters",
                        "barracks", "compound", "residence", "palace", "building"})


def act_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in ACT_NOUNS or tok.lower_ in ACT_NOUNS


def site_of_act(modifier: Token, act: Token) -> bool:
    """``modifier`` (a compound of ``act``) names a site: "the embassy
    attack", "a prison riot", "the police station bombing"."""
    return act_noun(act) and modifier.lemma_.lower() in SITE_NOUNS


ARMED_DOER_SECTORS = frozenset({"REB", "UAF"})  # a group that attacks sites


def _armed_group(owner: ActorMention) -> bool:
    return owner.kind == "armed_group" or bool(ARMED_DOER_SECTORS.intersection(owner.sectors))


def site_between(act: Token, owner: ActorMention) -> bool:
    """A site noun ends the owner mention or stands between it and the act
    noun: "the Kabul market bombing", "Ohio office shooting", "the US
    embassy bombing" -- the owner names where or whose the site is. An
    armed group ("the al-Shabaab hotel siege") attacked the site."""
    if not act_noun(act) or _armed_group(owner):
        return False
    return any(t.lemma_.lower() in SITE_NOUNS and t.idx + len(t.text) >= owner.end
               for t in act.doc[act.left_edge.i:act.i])
