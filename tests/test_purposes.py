"""Classes whose type lies in the act's purpose, content or object
(``eventwire/stages/events/purposes.py``); sentences written for these
tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.component import main_event


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def events(pipe: Pipeline, text: str) -> list[EventMention]:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 2, 1))]))
    return list(doc._.events)


def typed(pipe: Pipeline, text: str, trigger: str) -> tuple[str, str | None]:
    evs = [e for e in events(pipe, text) if e.trigger.text == trigger]
    assert evs, [(e.trigger.text, e.type) for e in events(pipe, text)]
    return evs[0].type, evs[0].mode


@pytest.mark.parametrize("text,trigger", [
    ("The president vowed to intensify the military campaign against the insurgents.", "vowed"),
    ("The army chief swore to crush the rebellion within weeks.", "swore"),
    ("The prime minister vowed that the bombing would not go unpunished.", "vowed"),
    ("Militia leaders pledged retaliation for the air strike.", "pledged"),
    ("The prime minister vowed that the ambush would not go unanswered.", "vowed"),
    ("The interior minister vowed to put down the rebellion within days.", "vowed"),
    ("The general swore to stamp out the insurgency in the north.", "swore"),
])
def test_hostile_vows_are_threats(pipe: Pipeline, text: str, trigger: str) -> None:
    assert typed(pipe, text, trigger)[0] == "THREATEN"


@pytest.mark.parametrize("text,trigger", [
    ("The president vowed to intensify the military campaign against the insurgents.", "vowed"),
    ("The prime minister vowed that the ambush would not go unanswered.", "vowed"),
    ("The interior minister vowed to put down the rebellion within days.", "vowed"),
])
def test_hostile_vows_threaten_violence(pipe: Pipeline, text: str, trigger: str) -> None:
    """A vow of force threatens force: THREATEN ``violence``."""
    assert typed(pipe, text, trigger) == ("THREATEN", "violence")


def test_cooperative_vows_stay_agreements(pipe: Pipeline) -> None:
    assert typed(pipe, "The minister vowed to cooperate with the inquiry.", "vowed")[0] == "AGREE"


@pytest.mark.parametrize("text,trigger", [
    ("The mayor vowed to bring the arsonists to justice.", "vowed"),
    ("The premier promised that the officials behind the fraud would be held accountable.",
     "promised"),
    ("The governor pledged that the killers would face the consequences of their crime.",
     "pledged"),
    ("After the massacre the president swore that every culprit would be brought to justice.",
     "swore"),
    ("The chief promised that the officers who fired would be held to account.", "promised"),
])
def test_vows_of_justice_threaten_punishment(pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *a vow of justice* (types26): THREATEN ``arrest``, not AGREE."""
    assert typed(pipe, text, trigger) == ("THREATEN", "arrest")


@pytest.mark.parametrize("text,trigger", [
    ("The minister promised to support the families of the victims.", "promised"),
    ("The donors pledged to rebuild the justice ministry's archive.", "pledged"),
    # "account" as an explanation or a regard, not "held to account" (review38)
    ("The minister promised to take into account the concerns of the growers.", "promised"),
    ("The premier vowed to give parliament a full account of the negotiations.", "vowed"),
])
def test_vows_without_punishment_stay_agreements(pipe: Pipeline, text: str, trigger: str
                                                 ) -> None:
    assert typed(pipe, text, trigger)[0] == "AGREE"


@pytest.mark.parametrize("text,trigger", [
    ("The frigate turned towards the speedboats and challenged them.", "challenged"),
    ("Troops sealed the square and prevented the lawmakers from entering the assembly.",
     "prevented"),
    ("Three smuggling dhows were challenged by a navy patrol off the coast.", "challenged"),
    ("Border police prevented the reporters from crossing into the zone.", "prevented"),
])
def test_forces_stopping_people_coerce(pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *a force stopping someone* (types26): COERCE, not ACCUSE."""
    assert typed(pipe, text, trigger)[0] == "COERCE"


@pytest.mark.parametrize("text,trigger", [
    ("The opposition said it would challenge the election result in court.", "challenge"),
    ("The union challenged the minister's figures at a news conference.", "challenged"),
    # a force that is the subject of another clause does not stop anyone (review38)
    ("Soldiers pulled out of the city and the opposition challenged the vote count.",
     "challenged"),
])
def test_verbal_challenges_stay_accusations(pipe: Pipeline, text: str, trigger: str) -> None:
    assert typed(pipe, text, trigger)[0] == "ACCUSE"


@pytest.mark.parametrize("text,trigger,mode", [
    # "ordered X held/detained" is one custody event on the participle
    # (relabel52 Q5, false51's issued_orders.drop_told_orders)
    ("A magistrate ordered the suspect held in custody for a year.", "held", "arrest"),
    ("The judge ordered the two officers to remain in detention.", "ordered", "arrest"),
    ("The court ordered the activist detained pending trial.", "detained", "arrest"),
    ("The government ordered the foreign correspondents to leave the country.", "ordered", None),
])
def test_coercive_orders_are_coercion(pipe: Pipeline, text: str, trigger: str,
                                      mode: str | None) -> None:
    got = typed(pipe, text, trigger)
    assert got[0] == "COERCE" and (mode is None or got[1] == mode), got


def test_ordinary_orders_stay_requests(pipe: Pipeline) -> None:
    assert typed(pipe, "The minister ordered an end to the strike talks.", "ordered")[0] != \
        "COERCE"


@pytest.mark.parametrize("text,trigger,kind", [
    ("Australian police and soldiers arrived to help restore order.", "arrived", "AID"),
    ("A Jordanian aid convoy arrived in the besieged city on Friday.", "arrived", "AID"),
    ("Kenya sent 400 police officers at the request of the Haitian government.", "sent", "AID"),
    ("Chile dispatched two air force planes to help fight the wildfires.", "dispatched", "AID"),
    ("Russian troops arrived in the northern town on Monday.", "arrived", "MOBILIZE"),
])
def test_forces_sent_to_help_are_aid(pipe: Pipeline, text: str, trigger: str, kind: str
                                     ) -> None:
    assert typed(pipe, text, trigger)[0] == kind


def test_envoys_arriving_still_visit(pipe: Pipeline) -> None:
    got = typed(pipe, "The Qatari foreign minister arrived in Kabul on Sunday.", "arrived")
    assert got == ("CONSULT", "visit"), got


@pytest.mark.parametrize("text,trigger", [
    ("Rebels took control of the airport after a night of fighting.", "took"),
    ("The militia has taken control of the port district.", "taken"),
    ("Jihadists seized control of the border town on Friday.", "seized"),
])
def test_places_taken_are_assaults(pipe: Pipeline, text: str, trigger: str) -> None:
    assert typed(pipe, text, trigger)[0] == "ASSAULT"


@pytest.mark.parametrize("text,trigger,kind", [
    ("The tanker was seized by pirates off the coast of Yemen.", "seized", "ASSAULT"),
    ("Gunmen commandeered a passenger boat on the lake.", "commandeered", "ASSAULT"),
    ("Pirates seized a Greek cargo vessel in the Gulf of Guinea.", "seized", "ASSAULT"),
    ("The coast guard seized a fishing boat in its waters.", "seized", "COERCE"),
    # told in a relative clause, through a quantity, or with people seized (modes20)
    ("The navy sank a dhow that had been commandeered earlier by pirates.", "commandeered",
     "ASSAULT"),
    ("Pirates have grown bolder, seizing a number of tankers off the Horn of Africa.",
     "seizing", "ASSAULT"),
    ("The mayor was seized by gunmen outside his home on Friday.", "seized", "ASSAULT"),
    ("Police seized the suspect outside his home on Friday.", "seized", "COERCE"),
])
def test_vessels_seized_by_pirates_are_hijackings(pipe: Pipeline, text: str, trigger: str,
                                                  kind: str) -> None:
    assert typed(pipe, text, trigger)[0] == kind


@pytest.mark.parametrize("text", [
    "The president withdrew the contested finance bill after the protests.",
    "The government suspended the fuel price increase.",
    "The council scrapped the planned tax on street traders.",
])
def test_withdrawn_measures_are_concessions(pipe: Pipeline, text: str) -> None:
    main = main_event(events(pipe, text))
    assert main is not None and main.type == "CONCEDE", main


@pytest.mark.parametrize("text", [
    "The junta ordered the French ambassador to leave the country within 72 hours.",
    "Caracas ordered diplomats from seven countries to leave.",
    "The ministry ordered two Dutch envoys to leave the capital.",
])
def test_diplomats_ordered_out_are_expelled(pipe: Pipeline, text: str) -> None:
    assert typed(pipe, text, "ordered") == ("SANCTION", "expel")


@pytest.mark.parametrize("text,trigger,kind", [
    ("Soldiers on Sunday freed 137 pupils abducted from a school in Kaduna.", "freed", "AID"),
    ("Police officers freed seven people trapped in the bank.", "freed", "AID"),
    ("Nigerian army frees kidnapped students", "frees", "AID"),
    ("The kidnappers freed the two aid workers on Sunday.", "freed", "RETREAT"),
    ("The army freed 50 detainees after the ceasefire.", "freed", "RETREAT"),
])
def test_forces_freeing_captives_rescue(pipe: Pipeline, text: str, trigger: str,
                                        kind: str) -> None:
    """Class *a rescue*: security forces freeing people others held are AID;
    captors freeing captives and forces freeing their detainees are RETREAT."""
    assert typed(pipe, text, trigger)[0] == kind


@pytest.mark.parametrize("text,trigger", [
    ("A cartoonist imprisoned for mocking the king was freed on Monday.", "imprisoned"),
    ("Three activists were later jailed for sedition, their lawyers said.", "jailed"),
    ("The former colonel was imprisoned in 1988 on two life sentences.", "imprisoned"),
])
def test_a_jailing_for_an_offence_is_a_sentence(pipe: Pipeline, text: str, trigger: str) -> None:
    """Class *judicial punishment*, a jailing for an offence or on a sentence
    (types27): SANCTION convict, not an arrest."""
    assert typed(pipe, text, trigger) == ("SANCTION", "convict")


@pytest.mark.parametrize("text", [
    "A provincial court jailed the two editors pending their trial.",
    "Police jailed forty protesters overnight in the northern city.",
])
def test_a_jailing_pending_trial_stays_an_arrest(pipe: Pipeline, text: str) -> None:
    assert typed(pipe, text, "jailed")[0] == "COERCE"


@pytest.mark.parametrize("text,trigger", [
    ("Pirates boarded a tanker off the coast and took its crew hostage.", "boarded"),
    ("The two reporters were seized by armed men outside their hotel.", "seized"),
    ("A fishing trawler was boarded by pirates off the horn of Africa.", "boarded"),
])
def test_pirates_boarding_and_armed_men_seizing_attack(pipe: Pipeline, text: str,
                                                       trigger: str) -> None:
    """Class *vessels or people seized by pirates or gunmen*, boarding and
    "armed men" (types27): ASSAULT abduct."""
    assert typed(pipe, text, trigger)[0] == "ASSAULT"


def test_the_armed_forces_seizing_a_boat_is_no_hijacking(pipe: Pipeline) -> None:
    assert typed(pipe, "The armed forces seized a smuggler's boat near the port.",
                 "seized")[0] == "COERCE"
