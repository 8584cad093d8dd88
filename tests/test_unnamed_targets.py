"""Unnamed targets and the buildings and vehicles that stand for their
people (eventwire/stages/events/unnamed_targets.py). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text,trigger,country,sector", [
    ("Kenya's opposition leader returned on Monday. In 2019, gunmen fired more than 30 "
     "bullets at his car in Nairobi, the party said.", "fired", "KEN", "OPP"),
    ("Teenagers in Thessaloniki threw bottles at a squad car after the match, residents "
     "said.", "threw", "GRC", "COP"),
    ("Rwandan police arrested two men on Friday after they set fire to the mayor's vehicle "
     "in Kigali.", "set", "RWA", "GOV"),
])
def test_a_vehicle_stands_for_its_owner(pipe: Pipeline, text: str, trigger: str,
                                        country: str, sector: str) -> None:
    """Class *a named owner's vehicle stands for its owner* (recips27), and
    the police's own vehicles for the police."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient
    assert sector in ev.recipient.sectors, ev.recipient


def test_cars_burned_with_no_owner_are_no_recipient(pipe: Pipeline) -> None:
    """A vehicle with no owner named stands for no one here."""
    ev = by_trigger(pipe, "A car bomb exploded near the market in Mogadishu.")["exploded"]
    assert ev.recipient is None or "car" not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,country,sector", [
    ("Several hundred farmers massed outside parliament in Nairobi over the new tax and "
     "tried to storm the building.", "storm", "KEN", "LEG"),
    ("Protesters marched to the police headquarters in Lome on Friday. Some threw rocks at "
     "the building, witnesses said.", "threw", "TGO", "COP"),
    ("Crowds surrounded Peru's Congress in Lima on Monday. Hours later they attacked the "
     "main building with stones.", "attacked", "PER", "LEG"),
])
def test_the_building_is_the_seat_named_before(pipe: Pipeline, text: str, trigger: str,
                                               country: str, sector: str) -> None:
    """Class *"the building" is the seat named just before* (recips27)."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient
    assert sector in ev.recipient.sectors, ev.recipient


def test_a_building_of_no_seat_takes_no_body(pipe: Pipeline) -> None:
    """"the building" after a house names no body's seat."""
    text = "Soldiers stormed the house of the opposition leader and searched the building."
    ev = by_trigger(pipe, text)["searched"]
    assert ev.recipient is None or ev.recipient.sectors != ["MIL"], ev.recipient


@pytest.mark.parametrize("text,trigger,word", [
    ("The interior ministry said rioters had set fire to the building overnight.", "set",
     "ministry"),
    ("The defence ministry said gunmen opened fire on the building on Tuesday.", "opened",
     "ministry"),
    ("The embassy announced that protesters had thrown eggs at the building.", "thrown",
     "embassy"),
])
def test_the_source_of_a_report_is_no_seat_of_the_building(pipe: Pipeline, text: str,
                                                           trigger: str, word: str) -> None:
    """review42: the body that reports the act is its source, not the
    building's seat."""
    ev = by_trigger(pipe, text).get(trigger)
    assert ev is not None, by_trigger(pipe, text)
    assert ev.recipient is None or word not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,country", [
    ("The health ministry said it had shut down two pig farms in Hebei province after "
     "inspectors found the virus.", "shut", "CHN"),
    ("The pig farm near Uppsala has been quarantined and its animals will be culled.",
     "quarantined", "SWE"),
    ("Police in Riga sealed off a nightclub on Friday after a brawl, a spokesman said.",
     "sealed", "LVA"),
    ("Rioters in Durban set fire to a warehouse near the harbour on Sunday.", "set", "ZAF"),
    ("Striking miners in Oruro set fire to a kiosk outside the company offices.", "set",
     "BOL"),
])
def test_a_business_premises_acted_on_is_the_business(pipe: Pipeline, text: str,
                                                      trigger: str, country: str) -> None:
    """Class *a business's premises acted on stand for the business*
    (recips31, roles.yaml ``business_premises``)."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient
    assert ev.recipient.sectors == ["BUS"], ev.recipient


@pytest.mark.parametrize("text,trigger,word", [
    ("Officials seized the cheese at a restaurant in Lille and traced it to a dairy.",
     "seized", "restaurant"),
    ("Hundreds of villagers rallied against the planned chemical plant near Izmir.",
     "rallied", "plant"),
    ("Vets set up cordons around the farm near Ghent after the outbreak.", "cordons", "farm"),
])
def test_a_business_premises_as_a_scene_is_no_recipient(pipe: Pipeline, text: str,
                                                        trigger: str, word: str) -> None:
    """The premises named as the act's scene or topic stand for no one."""
    ev = by_trigger(pipe, text)[trigger]  # the event must exist: no vacuous pass
    assert ev.recipient is None or word not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,word", [
    ("Russia agreed to build a nuclear power plant in Egypt, officials said.", "agreed",
     "plant"),
    ("Japan will fund a new water treatment plant in Dhaka.", "fund", "plant"),
    ("The aid agency said it would finance two grain warehouses in Mopti.", "finance",
     "warehouses"),
])
def test_premises_being_made_are_no_business(pipe: Pipeline, text: str, trigger: str,
                                             word: str) -> None:
    """Class *premises being made* (review51): what is built, set up,
    opened or funded is no business acted on yet."""
    ev = by_trigger(pipe, text)[trigger]  # the event must exist: no vacuous pass
    assert ev.recipient is None or word not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger", [
    ("Police in Accra seized 400 cannabis plants from a house on Friday.", "seized"),
    ("Soldiers in Nangarhar burned the opium poppy plants they found in a field.", "burned"),
    ("Troops in Putumayo uprooted and burned coca plants on a hillside.", "burned"),
])
def test_a_plant_named_by_its_crop_is_no_business(pipe: Pipeline, text: str,
                                                  trigger: str) -> None:
    """Class *a plant named by its crop is vegetation* (review51)."""
    ev = by_trigger(pipe, text)[trigger]  # the event must exist: no vacuous pass
    assert ev.recipient is None or "plant" not in ev.recipient.text, ev.recipient


@pytest.mark.parametrize("text,trigger,country", [
    ("Kenyan police said on Sunday that bandits from across the border had attacked the "
     "herders near a well in Marsabit and driven off their cattle.", "attacked", "KEN"),
    ("Armed rebels in eastern Congo released a Belgian pilot on Tuesday, eleven weeks "
     "after his plane was forced down near Beni, the army said.", "released", "BEL"),
    ("Rangers in Zambia arrested six Tanzanian poachers inside the national park on "
     "Thursday, the wildlife agency said.", "arrested", "TZA"),
    ("Soldiers in northern Mali shot two shepherds near Menaka on Wednesday, local "
     "officials said.", "shot", "MLI"),
])
def test_people_named_by_a_livelihood_are_civilians(pipe: Pipeline, text: str, trigger: str,
                                                     country: str) -> None:
    """Class *people named by a livelihood the knowledge base has no agent noun
    for* (recip58): herders, shepherds, poachers, pilots acted on are
    civilians -- of the country a demonym before them names ("Belgian pilot":
    BEL, CVL, not the state word's GOV), else of the story."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None and ev.recipient.country == country, ev.recipient
    assert ev.recipient.sectors[:1] == ["CVL"], ev.recipient


@pytest.mark.parametrize("text,trigger,head", [
    ("Masked men set fire to nine haulage trucks on a highway outside Temuco before dawn, "
     "police said.", "set", "trucks"),
    ("Rioters set fire to a pharmacy on the main square of Cap-Haitien overnight, the mayor "
     "said.", "set", "pharmacy"),
    ("Looters emptied a corner bar and torched two lorries in the port district of Durban "
     "on Saturday.", "torched", "lorries"),
    ("Angry youths set fire to a filling station in Kano after a motorcyclist was killed, "
     "witnesses said.", "set", "station"),
])
def test_premises_and_lorries_acted_on_are_the_business(pipe: Pipeline, text: str,
                                                        trigger: str, head: str) -> None:
    """Class *a trader's premises and a haulier's lorries acted on stand for
    the business* (recip63): what fire is set to or what is torched is the
    recipient, BUS."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None and head in ev.recipient.text, ev.recipient
    assert "BUS" in ev.recipient.sectors, ev.recipient


@pytest.mark.parametrize("text,trigger,word", [
    ("Insurgents set fire to three army trucks near Maiduguri on Sunday, the military "
     "said.", "set", "trucks"),
    ("Militiamen set fire to twelve Red Cross trucks on the road to Goma on Monday, the "
     "agency said.", "set", "trucks"),
    ("A boy was shot dead at a petrol station in Kaduna on Tuesday, police said.", "shot",
     "station"),
])
def test_lorries_of_another_owner_and_a_scene_are_no_business(
        pipe: Pipeline, text: str, trigger: str, word: str) -> None:
    """Guard: lorries whose modifier names their owner or side ("army",
    "Red Cross") and a station that is only the scene are not BUS."""
    ev = by_trigger(pipe, text).get(trigger)
    rec = None if ev is None else ev.recipient
    assert rec is None or word not in rec.text or "BUS" not in rec.sectors, rec


@pytest.mark.parametrize("text,trigger", [
    ("Riot police stormed a workers' hostel in Lyubertsy on Friday night, witnesses said.",
     "stormed"),
    ("Officers raided a hostel for seasonal workers in Tbilisi on Tuesday.", "raided"),
    ("A mob set fire to a hostel in Rosarno on Sunday, police said.", "set"),
])
def test_a_hostel_acted_on_stands_for_its_residents(pipe: Pipeline, text: str,
                                                    trigger: str) -> None:
    """Class *a hostel acted on stands for the people living in it*
    (recip63): the recipient, CVL like a home."""
    ev = by_trigger(pipe, text)[trigger]
    assert ev.recipient is not None and "hostel" in ev.recipient.text, ev.recipient
    assert "CVL" in ev.recipient.sectors, ev.recipient
