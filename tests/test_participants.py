"""Who fills the actor and recipient slots (eventwire/stages/events/participants.py
and roles.py), and the coreference they rely on (eventwire/stages/actors).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger, events_of


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,trigger", [
    ("The government threatened tougher sanctions.", "threatened"),
    ("Iran agreed on a conditional ceasefire.", "agreed"),
    ("The militia vowed to use all the weapons at its disposal.", "vowed"),
    ("Protesters defied a curfew in the capital.", "defied"),
    ("The opposition rejected the timetable for the vote.", "rejected"),
])
def test_the_content_of_an_act_is_no_recipient(pipe: Pipeline, text: str, trigger: str) -> None:
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is None, ev.recipient


@pytest.mark.parametrize("text,trigger,country", [
    ("Egypt rejected an Ethiopian proposal on the dam.", "rejected", "ETH"),
    ("Turkey threatened to shell Syrian towns near the border.", "threatened", "SYR"),
    ("The army shelled Houthi positions near the port.", "shelled", None),
])
def test_a_named_owner_of_the_object_is_the_recipient(pipe: Pipeline, text: str, trigger: str,
                                                       country: str | None) -> None:
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None
    assert country is None or ev.recipient.country == country


@pytest.mark.parametrize("text,trigger", [
    ("A drone struck the fuel depot on Monday.", "struck"),
    ("Missiles hit the airport overnight.", "hit"),
    ("The raids killed six fighters in the hills.", "killed"),
])
def test_instruments_are_not_actors(pipe: Pipeline, text: str, trigger: str) -> None:
    assert by_trigger(pipe, text)[trigger].actor is None


@pytest.mark.parametrize("text,trigger,country", [
    ("A Russian missile hit the railway station.", "hit", "RUS"),
    ("Israeli warplanes struck the tunnel entrance.", "struck", "ISR"),
    ("An Iranian drone attacked the tanker.", "attacked", "IRN"),
])
def test_the_owner_of_an_instrument_acts(pipe: Pipeline, text: str, trigger: str,
                                         country: str) -> None:
    ev = by_trigger(pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.country == country


@pytest.mark.parametrize("text,trigger,actor", [
    ("The school bombed by government jets on Tuesday was empty.", "bombed", "government"),
    ("Convoys attacked by insurgents last week carried food.", "attacked", "insurgents"),
    ("The market was attacked by rebel artillery at dawn.", "attacked", "artillery"),
])
def test_passive_agents(pipe: Pipeline, text: str, trigger: str, actor: str) -> None:
    ev = by_trigger(pipe, text)[trigger]
    assert ev.actor is not None and actor in ev.actor.text


@pytest.mark.parametrize("text,trigger,sector", [
    ("Hundreds of students protested outside the ministry.", "protested", "EDU"),
    ("Tens of thousands of workers marched on the capital.", "marched", "LAB"),
    ("Dozens of soldiers attacked the checkpoint.", "attacked", "MIL"),
])
def test_quantities_are_seen_through(pipe: Pipeline, text: str, trigger: str,
                                     sector: str) -> None:
    ev = by_trigger(pipe, text)[trigger]
    assert ev.actor is not None and sector in ev.actor.sectors


TEXT_THEY = ("Iraqi resistance groups said on Monday they had agreed a truce with the "
             "government. The groups demanded the release of prisoners. A week later the "
             "minister met the tribal leaders. They, however, threatened to resume attacks.")


def test_plural_pronoun_takes_the_group_subject(pipe: Pipeline) -> None:
    ev = by_trigger(pipe, TEXT_THEY)["threatened"]
    assert ev.actor is not None and ev.actor.text == "They"
    assert ev.actor.country == "IRQ" or "leaders" in (ev.actor.name or "")


@pytest.mark.parametrize("text,trigger,country", [
    ("Nigerian police arrested the suspects. Protesters later blocked the road, and "
     "police fired tear gas in Nigeria's capital.", "fired", "NGA"),
    ("Kenya's parliament debated the budget in Kenya. The government rejected the "
     "amendments.", "rejected", "KEN"),
    ("Peru's officials counted votes in Peru. Demonstrators marched on the electoral "
     "office.", "marched", "PER"),
])
def test_unnamed_domestic_agents_take_the_story_country(pipe: Pipeline, text: str, trigger: str,
                                                        country: str) -> None:
    ev = by_trigger(pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.country == country


@pytest.mark.parametrize("text,trigger,country", [
    ("Ansar Dine said it would fight on. The Ansar spokesman urged the "
     "government to act.", "urged", "MLI"),
    ("A spokesman for the Taliban warned the foreign troops.", "warned", "AFG"),
    ("Hamas said the truce held. Hamas spokesman Fawzi Barhoum later condemned the raid.",
     "condemned", "PSE"),
])
def test_role_nouns_resolve_to_whom_they_speak_for(pipe: Pipeline, text: str, trigger: str,
                                                   country: str) -> None:
    ev = by_trigger(pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,trigger,country", [
    ("Hamas said its fighters had fired rockets at the town.", "fired", "PSE"),
    ("Boko Haram said on Monday that its gunmen had attacked the school.", "attacked", "NGA"),
    ("Turkey said its troops had shelled the positions of the militia.", "shelled", "TUR"),
])
def test_possessed_agents_take_the_owner_country(pipe: Pipeline, text: str, trigger: str,
                                                 country: str) -> None:
    ev = by_trigger(pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,trigger,country", [
    ("Al-Shabaab fighters attacked a base. A spokesman for the group warned of more "
     "attacks.", "warned", "SOM"),
    ("Boko Haram released a video. A spokesman for the group denied the report.",
     "denied", "NGA"),
    ("Hezbollah shelled the outpost. A spokesman for the group praised the operation.",
     "praised", "LBN"),
])
def test_spokesman_for_the_group(pipe: Pipeline, text: str, trigger: str, country: str) -> None:
    ev = by_trigger(pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,actor", [
    ("The ministry said the allegations were baseless.", "ministry"),
    ("Hamas insisted that the accusations are false.", "Hamas"),
    ("A police spokesman told reporters the claims were untrue.", "spokesman"),
])
def test_the_speaker_of_a_denial_is_its_actor(pipe: Pipeline, text: str, actor: str) -> None:
    denials = [e for e in events_of(pipe, text) if e.type == "REJECT"]
    assert denials and denials[0].actor is not None and actor in denials[0].actor.text, denials


@pytest.mark.parametrize("text,trigger,country", [
    ("The army imposed a curfew in Kirkuk after the clashes.", "imposed", "IRQ"),
    ("The military reimposed a blockade in Gaza.", None, "PSE"),
    ("Police imposed a ban on gatherings in Nairobi.", None, "KEN"),
])
def test_the_place_of_the_acts_object_stands_for_its_people_in_plover_only(
        pipe: Pipeline, text: str, trigger: str | None, country: str) -> None:
    """PLOVER's target (``plover_target``) codes the place of the act's
    object when no actor is acted on (the record recipient no longer takes
    the "in" place itself: the record guide's recipient is an actor or
    nothing)."""
    from datetime import date

    from eventwire.models import Article
    from eventwire.stages.events.targets import plover_target

    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2021, 5, 4))]))
    events = [e for e in doc._.events if trigger is None or e.trigger.text == trigger]
    targets = [plover_target(doc, doc.char_span(e.trigger.start, e.trigger.end,
                                                alignment_mode="expand").root, None)
               for e in events]
    assert any(t is not None and t.country == country for t in targets), targets


@pytest.mark.parametrize("text,country", [
    ("Norway promised to continue humanitarian aid to Somalia.", "SOM"),
    ("The government accepted demands from the Kenyan teachers' union.", "KEN"),
    ("Canada offered to extend its loan to Ghana.", "GHA"),
])
def test_recipients_inside_the_content(pipe: Pipeline, text: str, country: str) -> None:
    assert any(e.recipient is not None and e.recipient.country == country
               for e in events_of(pipe, text)), events_of(pipe, text)


@pytest.mark.parametrize("text,country", [
    ("Kenya demanded that Somalia withdraw its ambassador.", "SOM"),
    ("The opposition insisted that the Ugandan government release the detainees.", "UGA"),
    ("Tibetan exiles are demanding autonomy from China.", "CHN"),
])
def test_the_addressee_of_a_demand_is_the_recipient(pipe: Pipeline, text: str,
                                                     country: str) -> None:
    requests = [e for e in events_of(pipe, text) if e.type == "REQUEST"]
    assert requests and requests[0].recipient is not None and \
        requests[0].recipient.country == country, requests


@pytest.mark.parametrize("text,country", [
    ("Students staged protests against the Iranian government.", "IRN"),
    ("Farmers held a rally against India's new laws.", "IND"),
    ("Exiles organised demonstrations against Venezuela in Madrid.", "VEN"),
])
def test_a_protest_nouns_against_object_is_the_recipient(pipe: Pipeline, text: str,
                                                         country: str) -> None:
    assert any(e.recipient is not None and e.recipient.country == country
               for e in events_of(pipe, text)), events_of(pipe, text)


@pytest.mark.parametrize("text,trigger,name,country", [
    ("Tunisia's Ennahda party condemned the decree. Ennahda urged its supporters to "
     "protest.", "urged", "Ennahda", "TUN"),
    ("In Tunisia, Ennahda urged its supporters to stay calm after the vote in Tunisia.",
     "urged", "Ennahda", "TUN"),
    ("The Tawheed Front accused the Malian government of breaking the truce. Mali "
     "rejected the charge.", "accused", "Tawheed Front", "MLI"),
])
def test_unknown_organisations_act_in_the_story_country(pipe: Pipeline, text: str, trigger: str,
                                                        name: str, country: str) -> None:
    """Class *unknown organisations acting in the story*."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.actor is not None and name in ev.actor.text, ev.actor
    assert ev.actor.country == country, ev.actor


def test_an_unknown_name_as_object_gets_no_story_country(pipe: Pipeline) -> None:
    text = "Kenya suspended the Lamu Corridor Accord with Ethiopia. Kenya said it acted alone."
    ev = by_trigger(pipe, text)["suspended"]
    assert ev.recipient is None or ev.recipient.text != "Lamu Corridor Accord" or \
        ev.recipient.country is None, ev.recipient


@pytest.mark.parametrize("text,trigger,role,country,sector", [
    ("Russian peacekeepers blocked the road to the border town.", "blocked", "actor",
     "RUS", "MIL"),
    ("Azerbaijani forces shot down an Armenian drone near the border.", "shot", "recipient",
     "ARM", "MIL"),
    ("Chinese customs halted imports of Lithuanian goods.", "halted", "actor", "CHN", "GOV"),
])
def test_a_demonym_names_the_owner_and_the_head_the_sector(pipe: Pipeline, text: str,
                                                           trigger: str, role: str,
                                                           country: str, sector: str) -> None:
    """Class *a demonym names the owner, the head names the sector*."""
    ev = by_trigger(pipe, text)[trigger]
    m = ev.actor if role == "actor" else ev.recipient
    assert m is not None and m.country == country and sector in m.sectors, m


@pytest.mark.parametrize("text,trigger,country", [
    ("Rwandan troops arrived in Mozambique last year. Insurgents attacked a village in "
     "Mozambique's north, and Mozambique's army said it repelled them.", "attacked", "MOZ"),
    ("French soldiers left Mali in 2022. In Mali, militants ambushed a convoy near Gao, "
     "the Malian army said.", "ambushed", "MLI"),
    ("Kenyan troops patrol the border with Somalia. In Somalia, rebels stormed a hotel in "
     "Somalia's capital, Somalia's police said.", "stormed", "SOM"),
])
def test_non_state_armed_groups_are_of_the_story_country(pipe: Pipeline, text: str,
                                                         trigger: str, country: str) -> None:
    """Class *non-state armed groups fight where they are from*, even when
    foreign armies are in the story."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.actor is not None and ev.actor.country == country, ev.actor


@pytest.mark.parametrize("text,trigger,place", [
    ("The governor lifted the state of emergency in Oaxaca on Friday.", "lifted", "Oaxaca"),
    ("Rebels declared a ceasefire in the Kivu region.", "declared", "Kivu"),
    ("The regulator suspended licences in Sindh last week.", "suspended", "Sindh"),
])
def test_the_place_of_the_act_is_no_record_recipient(pipe: Pipeline, text: str, trigger: str,
                                                     place: str) -> None:
    """The record guide: a recipient is an actor or nothing; the place where
    the act is done is the event's place, not its recipient."""
    ev = by_trigger(pipe, text).get(trigger)
    assert ev is None or ev.recipient is None or place not in ev.recipient.text, ev


@pytest.mark.parametrize("text,trigger,word,sector", [
    ("The junta freed 40 prisoners on Friday.", "freed", "prisoners", "CVL"),
    ("The envoy urged both countries to return to talks.", "urged", "countries", "GOV"),
    ("A gunman assaulted two election monitors outside the school.", "assaulted", "monitors",
     "NGO"),
    ("Militiamen attacked villagers near the border town.", "attacked", "villagers", "CVL"),
    ("Pirates fired on a cargo ship in the gulf.", "fired", "ship", "BUS"),
])
def test_unnamed_people_acted_on_are_recipients(pipe: Pipeline, text: str, trigger: str,
                                                word: str, sector: str) -> None:
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient
    assert sector in ev.recipient.sectors, ev.recipient


@pytest.mark.parametrize("text,trigger,word,sector", [
    ("Rioters clashed with cops outside the stadium on Sunday.", "clashed", "cops", "COP"),
    ("A masked man stabbed the teen near the subway station.", "stabbed", "teen", "CVL"),
    ("The prisoner overpowered two guards during the transfer.", "overpowered", "guards",
     "COP"),
    ("The robbers beat a security guard at the warehouse.", "beat", "security guard", "CVL"),
    ("Troops fired tear gas at mourners leaving the cemetery.", "fired", "mourners", "CVL"),
])
def test_people_named_informally_or_by_post_are_recipients(
        pipe: Pipeline, text: str, trigger: str, word: str, sector: str) -> None:
    """Class *people named informally or by their post* (recips15): police
    by slang, youths by age, guards by post, a march's or funeral's crowd.
    The likelier sector comes first (recip61 made bare "guards" COP, then MIL:
    gold codes them COP mostly), which is what first-sector scoring reads."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient
    assert ev.recipient.sectors[:1] == [sector], ev.recipient


@pytest.mark.parametrize("text,trigger,country,sector", [
    ("Arsonists torched a Turkish bank in the old town.", "torched", "TUR", "BUS"),
    ("Soldiers shelled Armenian churches near the frontier.", "shelled", "ARM", "REL"),
    ("Gunmen killed a Dutch tourist near the ruins.", "killed", "NLD", "CVL"),
])
def test_a_demonym_owner_takes_the_sector_of_the_building_or_person(
        pipe: Pipeline, text: str, trigger: str, country: str, sector: str) -> None:
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient
    assert sector in ev.recipient.sectors, ev.recipient


@pytest.mark.parametrize("text,trigger,word", [
    ("Police in Zambia warned that organisers of the march would be prosecuted.", "warned",
     "organisers"),
    ("Officers in Kenya arrested the organizers of the rally on Monday.", "arrested",
     "organizers"),
    ("The mayor of Istanbul warned that participants could be fined.", "warned",
     "participants"),
])
def test_the_people_of_a_gathering_are_civilians(pipe: Pipeline, text: str, trigger: str,
                                                 word: str) -> None:
    """Class *the people of a gathering warned or acted on* (recips24,
    ``unnamed_victims`` in roles.yaml): organisers and participants with no
    name are the story's civilians."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None and word in ev.recipient.text, ev.recipient
    assert "CVL" in ev.recipient.sectors, ev.recipient


@pytest.mark.parametrize("text,trigger,country,sector", [
    ("A bomb exploded at an Ohio bank on Friday, police said.", "exploded", "USA", "BUS"),
    ("Protesters threw petrol bombs at Lyon's main courthouse on Tuesday.", "threw", "FRA",
     "JUD"),
    ("Militants shelled a Kandahar hospital overnight, witnesses said.", "shelled", "AFG",
     "HLH"),
])
def test_a_place_s_name_on_the_thing_acted_on_gives_no_government(
        pipe: Pipeline, text: str, trigger: str, country: str, sector: str) -> None:
    """Class *a place's name before the thing acted on* (recips27): the
    thing's sector, not the GOV a place's name takes by default."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient
    assert ev.recipient.sectors == [sector], ev.recipient


def test_a_place_s_government_named_as_such_keeps_its_sector(pipe: Pipeline) -> None:
    """A place's name acted on as itself is still its government."""
    ev = by_trigger(pipe, "Ethiopia accused Kenya of harbouring the rebels.")["accused"]
    assert ev.recipient is not None and ev.recipient.sectors == ["GOV"], ev.recipient


def test_a_city_named_as_the_doer_stays_its_government(pipe: Pipeline) -> None:
    """Only the thing acted on loses the place's GOV: a city named with its
    own noun as the actor is still the city's government."""
    ev = by_trigger(pipe, "The Kathmandu Metropolitan City fined three shops on Monday.")["fined"]
    assert ev.actor is not None and ev.actor.sectors == ["GOV"], ev.actor


@pytest.mark.parametrize("text,trigger,country,sector", [
    ("Congo's rebel movement said government troops had attacked their positions near Goma.",
     "attacked", "COD", "REB"),
    ("Ukraine said Russian forces shelled its positions overnight near Kharkiv.", "shelled",
     "UKR", "MIL"),
    ("Sudan's paramilitary force said army jets bombed its bases in Darfur on Monday.",
     "bombed", "SDN", None),
])
def test_a_site_owned_by_a_possessive_pronoun(pipe: Pipeline, text: str, trigger: str,
                                              country: str, sector: str | None) -> None:
    """recips29, class *a site owned by a possessive pronoun*: the
    pronoun's referent is the recipient."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient
    assert sector is None or sector in ev.recipient.sectors, ev.recipient
