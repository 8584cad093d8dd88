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
"Houthi missile attack") still name the doer. Nor does a site make a
doer named before it a town (review53): "the al-Shabaab hotel siege",
"the Hamas festival attack", "an Islamic State church bombing" -- an armed
group or organisation before the site attacked it; only a place (a state
or town mention: "Kabul", "Ohio") names where the site stands.
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


PLACE_KINDS = frozenset({"state"})  # countries and towns ("Kabul", "Ohio")


def site_between(act: Token, owner: ActorMention) -> bool:
    """A site noun stands between a place-named owner mention and the act
    noun: "the Kabul market bombing", "Ohio office shooting" -- the owner
    names where the site is. An armed group or organisation owner ("the
    al-Shabaab hotel siege") attacked the site: no site between."""
    if not act_noun(act) or owner.kind not in PLACE_KINDS:
        return False
    return any(t.lemma_.lower() in SITE_NOUNS and t.idx >= owner.end
               for t in act.doc[act.left_edge.i:act.i])
