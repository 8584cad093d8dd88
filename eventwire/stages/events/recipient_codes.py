"""The codes of the recipient once it is chosen (``roles.roles_for``).

Two classes of country (the second is applied first, so that the first can
override the story's country), then one of sector:

* *the arrested are where the arresting authority is*
  (``targets.held_where_holder_is``);
* **recipients the text leaves without a country are where the story is**
  (:func:`story_recipient`): the unnamed people, bodies and persons an act
  is done to ("police arrested a man", "Eleven people were arrested",
  "accused the government of criminalising protest", "the court convicted
  Critchfield", "soldiers rounded up residents and shot them") are of the
  country the article is about, as their actors are
  (``agents.in_story_country``: international bodies, outsiders and
  visitors named as such stay without one; when no actor mention names
  the story's country, its places do: ``agents.local_country``, "a Tucson
  woman was charged", "police in Brighton arrested a man");
* *a recipient whose own noun phrase names its nationality is of that
  country* (``own_nationality``, recip37): "Chilean lorry driver Pedro
  Araya" arrested by Bolivian police is CHL, "a Greek fishing trawler"
  seized by a coast guard GRC -- applied last, it beats both above;
* *followers addressed by their own leader* (``addressed_followers``):
  "the opposition leader urged supporters to stay calm" -- OPP joins;
* *the followers of a named opposition figure or party, acted on*
  (``actors.followers.followed_recipient``, recip50): "police fired tear
  gas at Chadema supporters" -- OPP joins the bare follower noun;
* *the accused of a story of organised crime* (``crime_suspects``): a
  civilian arrested, charged or sentenced near a named gang, cartel or
  mafia -- UAF joins (recip36);
* *a vessel acted on takes the sector of its kind* (``vessel_sector``,
  recip46): "seized three Vietnamese fishing boats" BUS, "rammed an
  Indonesian patrol boat" MIL -- not the state word's GOV;
* *a ship's captain is the vessel's* (``captain_sector``, recip58): "police
  said the captain had been charged with illegal fishing" BUS, not the
  army rank's MIL;
* *a building or site acted on takes the sector of what it stands for*
  (``building_sector``, sites48): "stormed the Wehliye Hotel" BUS, "storm a
  gendarmerie post" COP, "attack on health post" HLH.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.models import ActorMention
from eventwire.stages.actors.followers import followed_recipient
from eventwire.stages.events.addressed_followers import addressed_followers
from eventwire.stages.events.agents import in_story_country
from eventwire.stages.events.building_sectors import building_sector
from eventwire.stages.events.crime_suspects import crime_suspect
from eventwire.stages.events.flagged_vessels import flagged_vessel
from eventwire.stages.events.own_nationality import own_nationality
from eventwire.stages.events.ship_masters import captain_sector
from eventwire.stages.events.targets import held_where_holder_is
from eventwire.stages.events.vessel_sectors import vessel_sector


def story_recipient(doc: Doc, recipient: ActorMention | None) -> ActorMention | None:
    """Class *recipients the text leaves without a country are where the
    story is*: a recipient with no country and no KB identity gets the
    story's country (``home.home_country``), with the same exclusions as an
    actor (international bodies, "foreign"/"Western" outsiders, sponsored
    groups). It runs after the choice: it never decides which mention is
    the recipient."""
    return in_story_country(doc, flagged_vessel(doc, recipient))  # a ship: its flag's (recips30)


def recipient_codes(doc: Doc, actor: ActorMention | None, recipient: ActorMention | None,
                    kind: str | None) -> ActorMention | None:
    """The chosen recipient with its country: the holder's for people taken
    into custody, else the story's when the text gives none; followers an
    opposition figure appeals to are the opposition's (recips31); a
    nationality its own phrase names beats both (recip37); the
    accused near a named crime group are UAF too (recip36), the followers
    of a named opposition figure or party OPP (recip50); a vessel's
    kind names its sector (recip46), a building's what it stands for
    (sites48)."""
    coded = followed_recipient(doc, building_sector(doc, captain_sector(doc, vessel_sector(
        doc, own_nationality(doc, held_where_holder_is(actor, story_recipient(doc, recipient),
                                                       kind))))))
    return crime_suspect(doc, actor, addressed_followers(doc, actor, coded, kind), kind)
