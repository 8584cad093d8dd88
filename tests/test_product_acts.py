"""A company's own product acts (eventwire/stages/events/product_acts.py).
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("In 1984 the company's first home computer was released to the public.", "released"),
    ("Two years later a cheaper smartphone was released across Asia.", "released"),
    ("The firm's new operating system was released in October.", "released"),
    ("The burger chain decided to recall lettuce from all 300 of its stores.", "recall"),
    ("The grocer said it was removing bagged spinach from its shelves as a precaution.",
     "removing"),
    ("The bakery chain will withdraw the cakes from its outlets in the north.", "withdraw"),
])
def test_product_act_is_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The rebels released twelve hostages on Sunday.", "released"),
    ("Russia recalled its ambassador from Kyiv after the attack.", "recalled"),
    ("The army will withdraw its troops from the border region.", "withdraw"),
    ("The environment ministry fined the chemical company $2 million for the spill.", "fined"),
    ("Thousands of workers went on strike at the car maker's plant to protest the layoffs.",
     "strike"),
])
def test_political_acts_stay(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


# goods traded (events25): each sentence gave an event with the rule disabled
@pytest.mark.parametrize("text,word", [
    ("Ninety planes have already been ordered.", "ordered"),
    ("The new jets will be delivered to three airlines next year.", "delivered"),
    ("The grocer is voluntarily recalling all of its peanuts.", "recalling"),
    # goods as the subject of a participle; a voluntary recall whatever the subject
    ("The contract will see the aircraft delivered to two carriers in May.", "delivered"),
    ("The cooperative in Bavaria voluntarily recalled its meat.", "recalled"),
])
def test_goods_traded_are_no_event(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # a government buyer, arms, a state's delivery to armed men stay
    ("The government ordered thirty jets from Boeing.", "ordered"),
    ("Thirty fighter jets were ordered by the air force.", "ordered"),
    ("Russia delivered weapons to the rebels.", "delivered"),
    ("The deal would see the planes delivered by France to the army.", "delivered"),
])
def test_state_and_arms_trades_stay(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


def test_airline_named_after_its_country_dealing_with_a_company_is_no_event(
        event_pipe: Pipeline) -> None:
    """national_companies makes the airline BUS; is_business_act then drops it.
    No goods are traded here: with goods ("ordered 30 new jets") the trade rule
    alone drops the event, and the test passed with national_companies off."""
    text = "Air Canada signed a deal with Boeing."
    assert "signed" not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # a perfect tense: the subject is the seller, not the goods, even when
    # the seller's name is also a goods word ("Boeing", "Airbus")
    ("Boeing has delivered 30 fighter jets to Israel.", "delivered"),
    ("Airbus has delivered the combat aircraft to Egypt.", "delivered"),
])
def test_seller_of_a_perfect_tense_is_no_goods(
        event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # "order X to do": a command, not a purchase, even when X is a planemaker
    ("Regulators ordered Boeing to halt all deliveries.", "ordered"),
    ("A judge in Toulouse ordered Airbus to ground its planes.", "ordered"),
])
def test_order_to_do_is_a_command_not_a_trade(
        event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    # a government noun as the "to" buyer is a state party too
    ("The planes will be delivered to the army next year.", "delivered"),
    ("The trucks were delivered to the police in Kano.", "delivered"),
])
def test_state_buyer_after_to_stays(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)
