"""Violence done in a protest (``eventwire/stages/events/acts.py``
``in_protest``): a doer described as protesting by its own clause (branch
types27). Sentences written for these tests, none from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.models import Article, EventMention
from eventwire.nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(components=("eventwire_actors", "eventwire_events"))


def act(pipe: Pipeline, text: str, trigger: str) -> EventMention:
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 6, 3))]))
    got = [e for e in doc._.events if e.trigger.text == trigger]
    assert got, [(e.trigger.text, e.type) for e in doc._.events]
    return got[0]


@pytest.mark.parametrize("text,trigger", [
    ("Students demonstrating against the fee rise threw stones at the guards.", "threw"),
    ("Dock workers who were protesting over unpaid wages set fire to the depot.", "set"),
    ("Nurses who had rallied outside the ministry threw bottles at the guards.", "threw"),
])
def test_a_doer_described_as_protesting_riots(pipe: Pipeline, text: str, trigger: str) -> None:
    got = act(pipe, text, trigger)
    assert got.type == "PROTEST" and got.mode in ("riot", "vandalize"), got


@pytest.mark.parametrize("text,trigger", [
    ("Men wearing masks set fire to the bakery on Sunday night.", "set"),
    ("Gunmen who were hiding in the forest attacked the convoy.", "attacked"),
    ("Soldiers guarding the march fired on the crowd, witnesses said.", "fired"),
    # (review41) an armed group marching or rallying moves as a force, no protester
    ("Rebels who marched into the town burned the market.", "burned"),
    ("Gunmen who had rallied at the camp attacked a police post.", "attacked"),
    ("Militias marching through the valley torched four farmhouses.", "torched"),
])
def test_other_clauses_on_the_doer_change_nothing(pipe: Pipeline, text: str,
                                                   trigger: str) -> None:
    assert act(pipe, text, trigger).type != "PROTEST"


@pytest.mark.parametrize("text,trigger", [
    ("Market traders protesting against the new levy looted two warehouses.", "looted"),
    ("Shopkeepers protesting over the new levy burned a supermarket in the old town.", "burned"),
])
def test_a_protesting_trade_is_no_business_act(pipe: Pipeline, text: str, trigger: str) -> None:
    """A doer described as protesting acts in a protest even when it is a trade
    (the business filter left it out before, types27)."""
    assert act(pipe, text, trigger).type == "PROTEST"


@pytest.mark.parametrize("text", [
    "An angry crowd lynched a suspected thief at the bus station.",
    "A mob lynched two men accused of witchcraft in the village.",
])
def test_a_lynching_by_a_crowd_is_a_riot(pipe: Pipeline, text: str) -> None:
    """Lynching (curated ASSAULT verb, types27): a riot when a crowd does it
    (review41: the test took either type, so it could not tell the two apart)."""
    got = act(pipe, text, "lynched")
    assert (got.type, got.mode) == ("PROTEST", "riot"), got


@pytest.mark.parametrize("text,trigger", [
    ("Residents lynched a suspected kidnapper on Sunday, police said.", "lynched"),
    ("Rights groups condemned the lynching of two herders last month.", "lynching"),
    ("The lynchings of three traders shocked the province.", "lynchings"),
])
def test_a_lynching_by_no_crowd_is_an_assault(pipe: Pipeline, text: str, trigger: str) -> None:
    """The verb and its noun (curated ASSAULT nominal) done by no named crowd."""
    assert act(pipe, text, trigger).type == "ASSAULT"


@pytest.mark.parametrize("text,trigger", [
    ("Glencore suspended shipments from the port during the riots.", "suspended"),
    ("Rio Tinto suspended its operations in the region amid the protests.", "suspended"),
    ("Toyota halted exports from the plant amid the protests.", "halted"),
    ("Nestle withdrew its staff from the city during the demonstrations.", "withdrew"),
])
def test_a_company_acting_during_protests_stays_business(pipe: Pipeline, text: str,
                                                         trigger: str) -> None:
    """(review41) only a trade that protests is no business act: a company's
    act merely *during* or *amid* protests stays one (no event)."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 6, 3))]))
    assert not [e for e in doc._.events if e.trigger.text == trigger], \
        [(e.trigger.text, e.type) for e in doc._.events]


def test_a_company_acting_in_protest_is_an_event(pipe: Pipeline) -> None:
    """An act made *in* protest is itself the protest (a formal complaint)."""
    assert act(pipe, "Glencore challenged the tender award in a formal protest.",
               "challenged").type == "ACCUSE"


@pytest.mark.parametrize("text,trigger", [
    ("The court allowed investigators to search the suspect's house.", "allowed"),
    ("The judge permitted police investigators to question the boy again.", "permitted"),
    ("The rebels let the army convoy pass through the valley.", "let"),
])
def test_a_permission_to_no_international_party_is_no_access(pipe: Pipeline, text: str,
                                                              trigger: str) -> None:
    """(review41) *allowing international involvement* reads its parties from
    the typing.yaml class of that name: police investigators and a military
    convoy are no inspectors, observers or aid convoys (CONCEDE permission)."""
    got = act(pipe, text, trigger)
    assert (got.type, got.mode) == ("CONCEDE", None), got


@pytest.mark.parametrize("text,trigger", [
    ("The junta let foreign election observers watch the count in every province.", "let"),
    ("The ministry permitted two humanitarian convoys to reach the besieged suburb.",
     "permitted"),
    ("Officials allowed the weapons inspectors to enter the enrichment plant.", "allowed"),
])
def test_a_permission_to_an_international_party_is_access(pipe: Pipeline, text: str,
                                                          trigger: str) -> None:
    got = act(pipe, text, trigger)
    assert (got.type, got.mode) == ("RETREAT", "access"), got


@pytest.mark.parametrize("text", [
    "The senator spoke with a newsman outside the courthouse.",
    "The candidate spoke with a supporter after the vote.",
    "The minister spoke with crowds of farmers in the square.",
])
def test_speaking_with_an_audience_is_no_meeting(pipe: Pipeline, text: str) -> None:
    """``talks_with``: the press and audience nouns are one cue list
    (``press_audience``, shared with ``geo/report_venue``), read by lemma."""
    ((_, doc, _),) = list(pipe.docs([Article(text=text, published=date(2024, 6, 3))]))
    assert all(e.type != "CONSULT" for e in doc._.events)


def test_the_press_audience_is_one_list() -> None:
    from eventwire.nlp.cues import default_cues
    from eventwire.stages.events.acts import NOT_COUNTERPARTS
    from eventwire.stages.geo.report_venue import HEARERS
    audience = default_cues().words("press_audience")
    assert NOT_COUNTERPARTS == audience and audience < HEARERS
