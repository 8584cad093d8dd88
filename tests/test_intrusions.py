"""Entering another state's airspace, waters or territory is a COERCE
(eventwire/stages/events/intrusions.py, recall26). Every sentence was written
for these tests (none from an evaluation set)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from eventwire.stages.events.intrusions import armed_entry, entered_state_area, intrusion
from tests.conftest import events_of


@pytest.mark.parametrize("text", [
    "Two Chinese bombers entered Japanese airspace near Okinawa on Tuesday.",
    "A frigate entered Greek territorial waters off Rhodes, the ministry said.",
    "Sudanese soldiers entered Chadian territory in pursuit of the rebels.",
    "Manila said a coast guard cutter had entered its waters without permission.",
])
def test_entering_a_state_s_area_is_coercion(event_pipe: Any, text: str) -> None:
    found = {(e.trigger.text, e.type) for e in events_of(event_pipe, text)}
    assert ("entered", "COERCE") in found


@pytest.mark.parametrize("text", [
    "The champion entered the ring to loud cheers.",
    "Swimmers entered the cold waters of the lake at dawn.",
    "The expedition entered unknown territory beyond the glacier.",
    "The bill entered Polish law in March.",
])
def test_other_areas_entered_are_no_intrusion(spacy_nlp: Language, text: str) -> None:
    assert not any(entered_state_area(t) for t in spacy_nlp(text))


# review35: a sea, an ocean or a polar region is nobody's: the parser's LOC
# (and an ORG it mistakes for one) names no state
@pytest.mark.parametrize("text", [
    "A Russian submarine entered Arctic waters last week.",
    "The fishing fleet entered Pacific waters in June.",
    "The yacht entered Mediterranean waters on Sunday.",
    "The whalers entered Antarctic waters.",
])
def test_open_seas_are_no_state_s_area(spacy_nlp: Language, text: str) -> None:
    assert not any(entered_state_area(t) for t in spacy_nlp(text))


# review35: people fleeing or travelling across a border are no state's
# intrusion (roles.yaml's civilians and refugees); soldiers and ships stay
@pytest.mark.parametrize("text", [
    "Thousands of Syrian refugees entered Turkish territory on Friday.",
    "About 300 migrants entered Greek territorial waters overnight, the coast guard said.",
    "The pilgrims entered Saudi territory through the northern crossing.",
])
def test_civilians_crossing_are_no_intrusion(spacy_nlp: Language, text: str) -> None:
    assert not any(entered_state_area(t) for t in spacy_nlp(text))


# recip58: people named by a livelihood (roles.yaml livelihood_people) are
# civilians as recipients only; crossing with their flocks or guns they intrude
@pytest.mark.parametrize("text", [
    "Chinese herders entered Bhutanese territory with their yaks, Thimphu said.",
    "Armed poachers entered Kenyan territory from Somalia on Sunday, rangers said.",
    "Shepherds from the north entered Georgian territory with about 2,000 sheep.",
])
def test_people_of_a_livelihood_crossing_intrude(spacy_nlp: Language, text: str) -> None:
    assert any(entered_state_area(t) for t in spacy_nlp(text))


def _entered(nlp: Language, text: str) -> Any:
    return next(t for t in nlp(text) if t.lemma_.lower() == "enter")


@pytest.mark.parametrize("text", [
    "Special forces entered the broadcaster's offices before dawn.",
    "Rebel fighters entered the provincial capital on Sunday without a fight.",
    "Riot police and soldiers entered the campus to clear the sit-in.",
    "The minister warned that troops would respond if militiamen entered the valley.",
])
def test_an_armed_body_entering_a_place(spacy_nlp: Language, text: str) -> None:
    assert armed_entry(_entered(spacy_nlp, text))


@pytest.mark.parametrize("text", [
    "The gunman entered the bakery shortly after noon.",
    "The rebellion entered its third year in March.",
    "Police said the suspect entered the house through a window.",
    "The troops' deployment entered a new phase on Monday.",
])
def test_no_armed_entry(spacy_nlp: Language, text: str) -> None:
    assert not armed_entry(_entered(spacy_nlp, text))


@pytest.mark.parametrize("text", [
    "Police entered a plea of not guilty on behalf of the officer.",
    "The rebels entered negotiations with the government in May.",
    "The militants entered the race for parliament after the ceasefire.",
    "Two police officers entered the marathon last year.",
])
def test_an_undertaking_joined_is_no_armed_entry(spacy_nlp: Language, text: str) -> None:
    """review82: an armed body entering a plea, talks, a race or a contest
    enters no place."""
    assert not armed_entry(_entered(spacy_nlp, text))


@pytest.mark.parametrize("text", [
    "The troops entered the country at the invitation of the government.",
    "Turkish soldiers entered the buffer zone under the ceasefire agreement.",
    "Police entered the house with the owner's permission.",
    "Troops entered the city under a UN mandate in March.",
])
def test_an_entry_by_consent_is_no_armed_entry(spacy_nlp: Language, text: str) -> None:
    """review82: an entry the host invited or agreed to coerces no one (the
    guide: troops crossing with no act on another actor are not labelled)."""
    assert not armed_entry(_entered(spacy_nlp, text))


@pytest.mark.parametrize("text", [
    "Three fighter jets entered Estonian airspace over the islands at noon.",
    "Marines entered the harbour town after a night of shelling.",
    "The architect entered the lobby with the new owners.",
    "Heavy rain lashed the coast, and the ferry stayed in port.",
])
def test_one_screen_answers_both_entry_rules(spacy_nlp: Language, text: str) -> None:
    """speed36: ``intrusion`` screens the entry verb once and answers what
    ``entered_state_area or armed_entry`` answers, token by token."""
    assert [intrusion(t) for t in spacy_nlp(text)] == [
        entered_state_area(t) or armed_entry(t) for t in spacy_nlp(text)]
