"""Acts with no political side (eventwire/stages/events/nonpolitical.py) and
the third-pass classes of nonevents/triggers/component (issue #12). Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventwire.nlp.pipeline import Pipeline
from tests.conftest import by_trigger, events_of


@pytest.fixture(scope="module")
def pipe(event_pipe: Pipeline) -> Pipeline:
    return event_pipe


@pytest.mark.parametrize("text", [
    "Microsoft sued Samsung over unpaid royalties.",
    "The carmaker attacked its rival in a television advert.",
    "Microsoft invaded the tablet business last spring.",
])
def test_business_actors_without_a_government(pipe: Pipeline, text: str) -> None:
    assert not by_trigger(pipe, text)


@pytest.mark.parametrize("text,word,kind", [
    ("The Nigerian government sued Shell over the oil spill.", "sued", "ACCUSE"),
    ("Police arrested two executives of the bank.", "arrested", "COERCE"),
])
def test_a_government_acting_on_business_stays(pipe: Pipeline, text: str, word: str,
                                               kind: str) -> None:
    assert by_trigger(pipe, text)[word].type == kind


@pytest.mark.parametrize("text", [
    "The goalkeeper kicked the ball into the crowd.",
    "The referee threatened to send off both captains.",
    "The boxer attacked his opponent from the first bell.",
])
def test_sport_subjects(pipe: Pipeline, text: str) -> None:
    assert not by_trigger(pipe, text)


@pytest.mark.parametrize("text", [
    "The Kenyan team captured the relay title in Oslo.",
    "Samsung seized a bigger share of the phone business.",
    "The visitors seized the lead after the break.",
])
def test_market_and_sport_patients(pipe: Pipeline, text: str) -> None:
    assert not [e for e in events_of(pipe, text) if e.type in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize("text", [
    "Travellers will pay an extra fee at the border from May.",
    "Several airlines plan to buy new jets from the manufacturer.",
    "The ferry operator charges a fee for every vehicle.",
    "Two office buildings caught fire after the power cut.",
])
def test_commerce_and_idioms(pipe: Pipeline, text: str) -> None:
    assert not by_trigger(pipe, text)


@pytest.mark.parametrize("text,kept", [
    ("The raid left four houses destroyed and a school damaged.", "raid"),
    ("The mortar round left the clinic wrecked and two guards wounded.", None),
    ("Gunmen attacked the convoy and left three trucks burned.", "attacked"),
])
def test_states_a_result_leaves(pipe: Pipeline, text: str, kept: str | None) -> None:
    found = set(by_trigger(pipe, text))
    assert found <= ({kept} if kept else set()), found


@pytest.mark.parametrize("text", [
    "Measles has killed 90 children in the district since January.",
    "Heavy snowfall trapped hundreds of drivers on the pass.",
    "Two trains collided outside the station in a crash, which killed 14 people.",
    "An ebola outbreak killed 30 villagers last year.",
])
def test_more_natural_causes(pipe: Pipeline, text: str) -> None:
    assert not by_trigger(pipe, text)


@pytest.mark.parametrize("text,word,kind", [
    ("The president ordered an investigation into the shooting.", "investigation", "ACCUSE"),
    ("The governor ordered the arrest of four councillors.", "arrest", "COERCE"),
    ("The colonel ordered an attack on the hill at dawn.", "attack", "ASSAULT"),
])
def test_orders_carried_out(pipe: Pipeline, text: str, word: str, kind: str) -> None:
    found = by_trigger(pipe, text)
    assert "ordered" not in found and found[word].type == kind
    assert found[word].content_of is None


@pytest.mark.parametrize("text,word", [
    ("The regime denies using barrel bombs in the district.", "using"),
    ("The army denied that its gunners had shelled the hospital.", "shelled"),
    ("The militia denied that it had kidnapped the engineers.", "kidnapped"),
])
def test_denial_of_an_act_is_the_act(pipe: Pipeline, text: str, word: str) -> None:
    """docs/annotation.md (batches b-g): the denied act is the one event; the
    denial is its modality, not a REJECT of its own."""
    found = by_trigger(pipe, text)
    assert found[word].type == "ASSAULT"
    assert {e.type for e in found.values()} == {"ASSAULT"}, found


@pytest.mark.parametrize("text", [
    "Security forces used live ammunition against the crowd.",
    "The air force used cluster bombs on the town.",
    "Troops used force to clear the square.",
])
def test_using_a_weapon(pipe: Pipeline, text: str) -> None:
    assert by_trigger(pipe, text)["used"].type == "ASSAULT"


@pytest.mark.parametrize("text,word", [
    ("The army said its tanks would pull back from the city.", "pull"),
    ("The rebels pulled back from the ridge overnight.", "pulled"),
    ("Both navies moved away from the reef after the talks.", None),
])
def test_adverb_particles(pipe: Pipeline, text: str, word: str | None) -> None:
    found = by_trigger(pipe, text)
    if word is not None:
        assert found[word].type in ("RETREAT", "AGREE")
    assert not [e for e in found.values() if e.type in ("THREATEN", "ASSAULT")]


@pytest.mark.parametrize("text,word", [
    ("The two delegations failed to reach agreement on the border.", "reach"),
    ("The factions failed to agree on a ceasefire.", "agree"),
])
def test_failure_to_cooperate_is_a_refusal(pipe: Pipeline, text: str, word: str) -> None:
    assert by_trigger(pipe, text)[word].type == "REJECT"


@pytest.mark.parametrize("text", [
    "The reforms failed to dissuade the unions.",
    "The talks have stalled over the border issue.",
    "The cabinet is considering new measures.",
])
def test_failing_stalling_considering_are_no_events(pipe: Pipeline, text: str) -> None:
    assert not {w for w in by_trigger(pipe, text) if w in ("failed", "stalled", "considering")}


def test_a_failed_attack_stays_an_attack(pipe: Pipeline) -> None:
    found = by_trigger(pipe, "Rebels failed to capture the airport after two days of fighting.")
    assert found["capture"].type in ("ASSAULT", "COERCE")


@pytest.mark.parametrize("text,word", [
    ("The council agreed to the strikers' demands on Tuesday.", "agreed"),
    ("The prime minister bowed to pressure from the unions.", "bowed"),
    ("The regime gave in to the demands of the protesters.", "gave"),
])
def test_yielding_to_demands_is_a_concession(pipe: Pipeline, text: str, word: str) -> None:
    assert by_trigger(pipe, text)[word].type == "CONCEDE"


@pytest.mark.parametrize("text", [
    "The company demonstrated its new tablet at the fair.",
    "This release adds a faster search and a new mail program.",
    "He was fired from the bank in 2009 and started his own firm.",
    "The studio said its founder was fighting cancer.",
    "The album came out on March 14, 2024.",
    "Engineers executed the plan without delays.",
])
def test_products_jobs_dates(pipe: Pipeline, text: str) -> None:
    assert not [e for e in events_of(pipe, text) if e.type != "ACCUSE"], events_of(pipe, text)


@pytest.mark.parametrize("text,word,kind", [
    ("Thousands of students demonstrated outside the ministry.", "demonstrated", "PROTEST"),
    ("The rebels demanded the release of the hostages.", "demanded", "REQUEST"),
    ("Pirates released the crew of the tanker on Sunday.", "released", "RETREAT"),
    ("The pilot fired from the helicopter at the gunmen.", "fired", "ASSAULT"),
])
def test_the_political_readings_stay(pipe: Pipeline, text: str, word: str, kind: str) -> None:
    assert by_trigger(pipe, text)[word].type == kind


@pytest.mark.parametrize("text,word", [
    # events27: a company compensated or reimbursed by no political payer
    ("Qantas Airways expects to be compensated for the grounded fleet.", "compensated"),
    ("The carmaker Volvo was compensated for the cancelled order.", "compensated"),
    ("Toyota has been compensated for the flooded plant.", "compensated"),
])
def test_a_company_paid_is_no_event(pipe: Pipeline, text: str, word: str) -> None:
    assert word not in by_trigger(pipe, text)


@pytest.mark.parametrize("text,word", [
    # a government compensating victims is AID (CAMEO's verb list had it ACCUSE)
    ("The ministry compensated farmers whose land was taken for the highway.",
     "compensated"),
    ("Kenya's government compensated the families of the protesters killed by police.",
     "compensated"),
])
def test_a_state_compensating_people_is_aid(pipe: Pipeline, text: str, word: str) -> None:
    assert by_trigger(pipe, text)[word].type == "AID"
