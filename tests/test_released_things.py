"""Information or matter released, a trip cut short
(eventwire/stages/events/released_things.py). Every sentence here was
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.released_things import (
    goods_in_demand,
    information_given,
    releases_a_thing,
    standard_met,
    words,
)
from tests.conftest import events_of


def triggers(pipe: Pipeline, text: str) -> set[str]:
    return {e.trigger.text for e in events_of(pipe, text)}


@pytest.mark.parametrize("text,word", [
    ("The ministry said a report released on Thursday by the inspectors blamed the army.",
     "released"),
    ("The names of the dead soldiers have not yet been released, a police spokesman said.",
     "released"),
    ("A statement released by the rebel group said the talks had failed.", "released"),
    ("An accidental release of chlorine at the plant forced villagers to flee.", "release"),
])
def test_information_or_matter_released_is_no_event(event_pipe: Pipeline, text: str,
                                                    word: str) -> None:
    assert word not in triggers(event_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The rebels released the two aid workers on Sunday after talks with the governor.",
     "released"),
    ("The government released 300 political prisoners on Friday.", "released"),
    ("The United Nations released $10 million from its emergency fund for the flood victims.",
     "released"),
])
def test_people_or_money_released_stay(event_pipe: Pipeline, text: str, word: str) -> None:
    assert word in triggers(event_pipe, text)


@pytest.mark.parametrize("text", [
    "The prime minister cut short his visit to Brussels after the bombing.",
    "Protests forced the president to cut short a trip to the coast.",
    "The queen cut her holiday short and flew back to the capital.",
])
def test_a_trip_cut_short_is_no_event(event_pipe: Pipeline, text: str) -> None:
    assert "cut" not in triggers(event_pipe, text)


@pytest.mark.parametrize("text", [
    "Washington cut aid to the government after the coup.",
    "The authorities cut mobile internet across the country on Tuesday.",
])
def test_aid_or_internet_cut_stays(event_pipe: Pipeline, text: str) -> None:
    assert "cut" in triggers(event_pipe, text)


@pytest.mark.parametrize("text", [
    "A slowing economy was hurting demand for personal computers, the chipmaker said.",
    "Profits rose as demand for its memory chips surged in the second quarter.",
    "Global demand for oil fell sharply after the lockdowns.",
])
def test_goods_in_demand_is_a_market(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    assert goods_in_demand(next(t for t in doc if t.lower_ == "demand"))


@pytest.mark.parametrize("text", [
    "The protesters repeated their demand for the release of the detained students.",
    "The opposition renewed its demand for early elections.",
])
def test_a_demand_of_a_party_is_no_market(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    assert not goods_in_demand(next(t for t in doc if t.lower_ == "demand"))


@pytest.mark.parametrize("text", [
    "Officials insisted the country can meet European standards of press freedom.",
    "The port does not meet the safety requirements, the inspectors said.",
    "The loan will help the government meet its targets for the budget deficit.",
])
def test_a_standard_met_is_no_meeting(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    assert standard_met(next(t for t in doc if t.lower_ == "meet"))


def test_a_standard_met_gives_no_event(event_pipe: Pipeline) -> None:
    text = "The port does not meet the safety requirements, the inspectors said."
    assert "meet" not in triggers(event_pipe, text)


@pytest.mark.parametrize("text", [
    "The foreign minister will meet his Chinese counterpart in Beijing on Monday.",
    "Rebel leaders met the mediators in Doha last week.",
])
def test_a_meeting_of_parties_stays(event_pipe: Pipeline, text: str) -> None:
    assert {"meet", "met"} & triggers(event_pipe, text)


@pytest.mark.parametrize("text", [
    "The kidnappers released a number of the hostages on Sunday after the ransom was paid.",
    "Troops released a group of detained students late on Tuesday.",
])
def test_a_quantity_of_people_released_stays(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """"a number of hostages": the quantity head ("number" is also an
    information noun) is read through to what it counts (review20)."""
    doc = spacy_nlp(text)
    assert not releases_a_thing(next(t for t in doc if t.lower_ == "released"))


def test_a_number_of_reports_released_is_still_a_thing(spacy_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp("The ministry released a number of reports on the floods.")
    assert releases_a_thing(next(t for t in doc if t.lower_ == "released"))


@pytest.mark.parametrize("text", [
    "The United States cut short-term aid to the junta after the coup.",
    "Donors cut short-term loans to the government over the crackdown.",
])
def test_short_term_is_no_cut_short(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """"cut short-term aid": "short" next to "cut" modifies the object, it is
    no particle of "cut" (review20)."""
    from eventwire.stages.events.released_things import cut_short

    doc = spacy_nlp(text)
    assert not cut_short(next(t for t in doc if t.lower_ == "cut"))


@pytest.mark.parametrize("text", [
    "Kyiv renewed its demand for fighter jets from its Western allies.",
    "The rebels repeated their demand for power in a new government.",
    "The minister's demand for loans from the fund was turned down.",
])
def test_a_partys_demand_for_goods_is_no_market(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A demand with a possessor is a party's request, whatever it asks
    for ("its demand for fighter jets"); market demand has none (review20)."""
    doc = spacy_nlp(text)
    assert not goods_in_demand(next(t for t in doc if t.lower_ == "demand"))


@pytest.mark.parametrize("text", [
    "The ministry released 20 of the videos on Friday.",
    "The army released 12 of the photographs taken at the camp.",
    "The court released 40 of the documents seized in the raid at his home.",
])
def test_a_count_of_things_is_read_through(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A number ("20 of the videos") is read through to what it counts, as
    ``mention_lookup.look_through`` reads a quantity for actors (mends24:
    one reading of a quantity, not a second copy that knew no numbers)."""
    doc = spacy_nlp(text)
    assert releases_a_thing(next(t for t in doc if t.lower_ == "released"))


@pytest.mark.parametrize("text", [
    "The ministry released 20 of the prisoners on Friday.",
    "Rebels released hundreds of thousands of civilians held in the camps.",
])
def test_a_count_of_people_released_stays(spacy_nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = spacy_nlp(text)
    assert not releases_a_thing(next(t for t in doc if t.lower_ == "released"))


@pytest.mark.parametrize("text,word", [
    ("He provided a few details about the raid on the depot.", "provided"),
    ("The ministry gave no figures for the dead.", "gave"),
    ("Updates will be provided every hour on the council's site.", "provided"),
])
def test_information_given(spacy_nlp: Any, text: str, word: str) -> None:
    assert information_given(next(t for t in spacy_nlp(text) if t.text == word))


@pytest.mark.parametrize("text,word", [
    ("The agency has already provided 20,000 water filters to the camps.", "provided"),
    ("The bank gave $2 million to the flood victims.", "gave"),
    ("Japan will provide tents and blankets to the families.", "provide"),
])
def test_goods_given_stay(spacy_nlp: Any, text: str, word: str) -> None:
    assert not information_given(next(t for t in spacy_nlp(text) if t.text == word))


def test_giving_verbs_have_one_home() -> None:
    """The giving verbs are health.yaml's (the aid-giving class), not a second
    list in released_things.yaml (review40)."""
    assert "giving_verbs" not in words()


def test_information_extended(spacy_nlp: Any) -> None:
    doc = spacy_nlp("The ministry extended its flood warning to two more provinces.")
    assert information_given(next(t for t in doc if t.text == "extended"))


@pytest.mark.parametrize("text", [
    "In a resolution released on Friday, the electoral board set the vote for March.",
    "The sheriff's news release gave the time of the crash as 4 a.m.",
    "According to the agency's release, the boat sank within minutes.",
    "The prosecutor's release said the suspect had fled on foot.",
    "Firefighters said in a release that the blaze started in a kitchen.",
    "The coroner's office released the autopsy results late on Thursday.",
    "A statement released by the ministry on Sunday gave no figures.",
    "The release of the audit report was delayed twice.",
    "Investigators have released dashcam footage and a sketch of the driver.",
])
def test_a_publication_is_no_release(event_rules_pipe: Pipeline, text: str) -> None:
    """Branch real67, rules alone (learned filter off): the first four were
    RETREAT before the class; the other five were already dropped (the
    typing class wants a captive as object) and guard that they stay so."""
    assert not {"released", "release"} & triggers(event_rules_pipe, text)


@pytest.mark.parametrize("text", [
    "The tannery released chlorine gas into the canal on Tuesday.",
    "Thick fumes released by the burning depot forced schools to close.",
    "The refinery had released sewage into the bay for months.",
])
def test_an_emission_is_no_release(event_rules_pipe: Pipeline, text: str) -> None:
    """Already dropped by the rules alone; the class drops the same reading
    when the learned type ranker offers it (a smelter's "released sulphur
    dioxide" was a false RETREAT in a development set)."""
    assert "released" not in triggers(event_rules_pipe, text)


@pytest.mark.parametrize("text,word", [
    ("The rebels freed and released two hostages on Friday.", "released"),
    ("The junta released the report's authors after a week.", "released"),
    ("The agency released $5 million from its emergency fund.", "released"),
    ("Kidnappers released the pilot and his camera crew.", "released"),
    ("The release of the captured fishermen came after two days of talks.", "release"),
])
def test_people_vessels_and_sums_stay_released(event_rules_pipe: Pipeline, text: str,
                                                word: str) -> None:
    assert word in triggers(event_rules_pipe, text)
