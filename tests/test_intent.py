"""Announced acts (``eventwire/stages/events/intent.py``): a future or
promised concession stays CONCEDE (the PLOVER manual: future concessions do
not reduce to AGREE); other cooperative acts announced are AGREE. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article
from eventwire.nlp.pipeline import Pipeline
from eventwire.stages.events.component import main_event


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def main_type(pipe: Pipeline, text: str) -> str | None:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 3, 1))]))
    main = main_event(list(doc._.events))
    return main.type if main else None


@pytest.mark.parametrize("text", [
    "The government will lift the curfew on Monday.",
    "The court decided to allow the opposition candidate to stand.",
    "The junta promised to ease restrictions on the press.",
    "The minister said sanctions on the two banks would be eased next month.",
])
def test_announced_concessions_stay_concessions(pipe: Pipeline, text: str) -> None:
    assert main_type(pipe, text) == "CONCEDE"


@pytest.mark.parametrize("text,kind", [
    ("Japan will send emergency aid to the flood victims.", "AGREE"),
    ("The government would not lift the curfew.", "CONCEDE"),
])
def test_other_announced_acts(pipe: Pipeline, text: str, kind: str) -> None:
    assert main_type(pipe, text) == kind


@pytest.mark.parametrize("text,kind", [
    ("NATO said it will deploy 700 more troops to the north.", "MOBILIZE"),
    ("Peru said it would send troops to its border with Ecuador.", "MOBILIZE"),
    ("The navy plans to station two more frigates in the strait.", "MOBILIZE"),
    ("The army will deploy tanks unless the protesters leave the square.", "THREATEN"),
])
def test_announced_deployments_stay_mobilisations(pipe: Pipeline, text: str, kind: str) -> None:
    assert main_type(pipe, text) == kind


@pytest.mark.parametrize("text", [
    "The rebels said they would withdraw from the town within a week.",
    "The army said it would halt offensive operations for ten days.",
    "Moscow said its troops would pull back from the border.",
    "The government plans to withdraw its peacekeepers by June.",
])
def test_announced_withdrawals_stay_retreats(pipe: Pipeline, text: str) -> None:
    """Class *announced military withdrawal*: kept RETREAT like an announced
    deployment stays MOBILIZE (annotation guide); refusals and ultimatums
    still change the type (below)."""
    assert main_type(pipe, text) == "RETREAT"


@pytest.mark.parametrize("text", [
    "Hamas said it would release the hostages on Sunday.",
    "The guerrillas are ready to free the captured soldiers.",
    "The militia promised to return the seized trucks to the aid agency.",
])
def test_announced_releases_are_promises(pipe: Pipeline, text: str) -> None:
    """An announced release is a promise to the other side (AGREE, as the
    PLOVER gold standard codes it)."""
    assert main_type(pipe, text) == "AGREE"


@pytest.mark.parametrize("text,kind", [
    ("The rebels said they would not withdraw from the town.", "RETREAT"),
    ("The army will pull out of the city unless the truce holds.", "THREATEN"),
])
def test_refused_or_conditional_withdrawals(pipe: Pipeline, text: str, kind: str) -> None:
    assert main_type(pipe, text) == kind


@pytest.mark.parametrize("text", [
    "The opposition said it would rally again in the capital on Saturday.",
    "Opposition supporters will protest outside parliament on Friday.",
    "The farmers' union will march on the ministry on Monday.",
])
def test_announced_protests_stay_protests(pipe: Pipeline, text: str) -> None:
    """An announced protest is the PROTEST (future), no threat (docs/annotation.md)."""
    assert main_type(pipe, text) == "PROTEST"


@pytest.mark.parametrize("text", [
    "The party said it will boycott the elections unless the president steps down.",
    "The unions will strike on Monday unless the government withdraws the decree.",
    "Students said they would march on parliament unless the fees are cut.",
])
def test_announced_protests_with_unless_are_ultimatums(pipe: Pipeline, text: str) -> None:
    """An announced protest step with an "unless" condition is an ultimatum
    (THREATEN), as every announced act with one (intent.py)."""
    assert main_type(pipe, text) == "THREATEN"


@pytest.mark.parametrize("text,word", [
    ("Opposition supporters promised to return to the streets next week.", "return"),
    ("The protesters vowed to return to the streets after the holiday.", "return"),
    ("The activists vowed to remain on the streets until the law is repealed.", "remain"),
    ("The truckers said they would stay on the roads until the tolls are scrapped.", "stay"),
])
def test_a_promised_protest_replaces_the_promise(pipe: Pipeline, text: str, word: str) -> None:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 3, 1))]))
    found = {(e.trigger.text, e.type) for e in doc._.events}
    assert (word, "PROTEST") in found, found
    assert not any(w in ("promised", "vowed") for w, _k in found), found


@pytest.mark.parametrize("text,kind", [
    ("The foreign minister will travel to Nairobi on Friday for talks.", "CONSULT"),
    ("The two presidents will meet in Geneva on Wednesday.", "CONSULT"),
    ("Norway will send emergency food aid to the quake zone on Monday.", "AID"),
    ("The envoy would visit Amman tomorrow, his office said.", "CONSULT"),
    ("The prime minister will visit Canberra in the spring.", "AGREE"),
    ("Sweden will give the refugee agency a grant of ten million crowns.", "AGREE"),
    ("The rebels offered to meet the mediators on Thursday.", "AGREE"),
    ("The envoy said on Friday he would travel to Khartoum later this year.", "AGREE"),
    ("The ministry announced on Tuesday that it would send aid to the flood victims.", "AGREE"),
    ("On Monday the president said he would meet the opposition leaders.", "AGREE"),
])
def test_scheduled_acts_keep_their_type(pipe: Pipeline, text: str, kind: str) -> None:
    """Class *a scheduled act is reported as that act*: a plain future set
    for a named day keeps its type; undated futures and offers are AGREE."""
    assert main_type(pipe, text) == kind


@pytest.mark.parametrize("text,kind", [
    # an announced sanction is the sanction (events8; docs/annotation.md
    # "Future acts keep their type"): SANCTION, modality future
    ("Pakistan said it would close its airspace to Indian airlines.", "SANCTION"),
    ("The airline will suspend its flights to Toronto from next week.", "SANCTION"),
    ("The cabinet decided to close the border crossing with its neighbour.", "SANCTION"),
    # a punishment of wrongdoers in the passive, or under a condition: a threat
    ("The president said those responsible would be punished severely.", "THREATEN"),
    ("The bloc will suspend trade talks unless the arrests stop.", "THREATEN"),
    ("If the raids go on, the government will expel the ambassador.", "THREATEN"),
])
def test_announced_sanctions_keep_their_type(pipe: Pipeline, text: str, kind: str) -> None:
    assert main_type(pipe, text) == kind


@pytest.mark.parametrize("text,kind", [
    # an announced restriction is the restriction (events16; docs/annotation.md
    # "Future acts keep their type"): COERCE, modality future or conditional
    ("The veterinary office said the farm would be quarantined for thirty days.", "COERCE"),
    ("The interior ministry said it would ban street vendors from the old town.", "COERCE"),
    ("The regulator said the newspaper would be shut if it printed the leaked files.",
     "COERCE"),
    ("Fireworks will be prohibited in the park during the festival.", "COERCE"),
    # force or custody announced stays a threat
    ("The governor said looters would be arrested on sight.", "THREATEN"),
    ("The army said it would storm the camp if the hostages were not freed.", "THREATEN"),
])
def test_announced_restrictions_keep_their_type(pipe: Pipeline, text: str, kind: str) -> None:
    assert main_type(pipe, text) == kind


@pytest.mark.parametrize("text", [
    "The government will deport the activists if they protest again.",
    "The ministry said it would expel the ambassador unless the spies are handed over.",
    "Officials warned they would deport the strikers.",
])
def test_announced_expulsions_of_people_are_threats(pipe: Pipeline, text: str) -> None:
    """Review of events16: deporting and expelling act on people, like an
    arrest, so announcing them is a threat; measures on things stay COERCE."""
    assert main_type(pipe, text) == "THREATEN"


def test_measure_verbs_derive_from_the_health_list() -> None:
    """lists19: one source of truth; a verb added to health.yaml's
    ``measure_verbs`` is an announced measure here too, and the two
    differences are the documented ones."""
    from eventwire.stages.events.health_measures import words
    from eventwire.stages.events.intent import (
        MEASURE_VERBS,
        MEASURE_VERBS_BEYOND_OUTBREAKS,
        MEASURE_VERBS_OUTBREAK_ONLY,
    )

    health = words()["measure_verbs"]
    assert health - MEASURE_VERBS == MEASURE_VERBS_OUTBREAK_ONLY
    assert MEASURE_VERBS - health == MEASURE_VERBS_BEYOND_OUTBREAKS
    assert {"quarantine", "ban", "close", "prohibit"} <= MEASURE_VERBS
    assert not {"cancel", "halt", "seal"} & MEASURE_VERBS


@pytest.mark.parametrize("text,kind", [
    ("The interior minister said the state would not negotiate with the kidnappers.", "CONSULT"),
    ("The premier said his cabinet will not back down on the pension reform.", "CONCEDE"),
    ("The militia said it would not hand over its heavy weapons.", "RETREAT"),
    ("The agency said it would not endorse the proposed border closures.", "SUPPORT"),
])
def test_negated_future_acts_keep_their_type(pipe: Pipeline, text: str, kind: str) -> None:
    """Class *a negated future act* (types26, docs/annotation.md "will not
    negotiate" CONSULT, "will not cede" CONCEDE ... all `negated`)."""
    assert main_type(pipe, text) == kind


@pytest.mark.parametrize("text", [
    "The opposition said it would not recognise the election results.",
    "The rebels refused to negotiate with the government envoy.",
    "The junta declined to meet the mediators on Friday.",
])
def test_refusals_and_non_recognition_stay_rejections(pipe: Pipeline, text: str) -> None:
    assert main_type(pipe, text) == "REJECT"
